import type {
  CollectorService,
  CollectRequest,
  ResourceInfo,
  VerifyRequest,
} from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import type { CallContext, Handlers } from '../../server/plugin-definition';

/** What a collector decides; `collectorHandlers` makes the `Collector` service of it. */
export interface CollectorImplementation {
  /** What `init` answers: `collectorMetadata(optionsSchema, …)`. */
  metadata: Record<string, unknown>;
  /** `init`'s check of the options (`{}` when none came); throws on a bad options form. */
  checkOptions(options: Record<string, unknown>): void;
  /** Throws when the secret does not reach the account; otherwise `verify` answers `{}`. */
  verify(request: VerifyRequest, ctx: CallContext): Promise<void>;
  /** `collect`'s stream. */
  collect(request: CollectRequest, ctx: CallContext): AsyncIterable<ResourceInfo>;
}

/** The `Collector` service's handlers: `init`, `verify` and `collect`. */
export function collectorHandlers(collector: CollectorImplementation): Handlers<typeof CollectorService> {
  return {
    init(request) {
      collector.checkOptions(request.options ?? {});
      return { metadata: collector.metadata };
    },
    async verify(request, ctx) {
      await collector.verify(request, ctx);
      return {};
    },
    collect: (request, ctx) => collector.collect(request, ctx),
  };
}

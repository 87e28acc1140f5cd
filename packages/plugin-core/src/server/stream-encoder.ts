import { BinaryWriter } from '@bufbuild/protobuf/wire';
import { CostsInfo } from '@cloudforet/api/gen/spaceone/api/cost_analysis/plugin/cost';
import { ResourceInfo } from '@cloudforet/api/gen/spaceone/api/inventory/plugin/collector';
import { LogsDataInfo } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/log';
import type { MethodDefinition } from './plugin-definition';

interface Codec {
  encode(message: never, writer: BinaryWriter): BinaryWriter;
}

/** The message types of the plugin APIs' server streams, by method path. */
const STREAMED: Record<string, Codec> = {
  '/spaceone.api.inventory.plugin.Collector/collect': ResourceInfo,
  '/spaceone.api.monitoring.plugin.Log/list': LogsDataInfo,
  '/spaceone.api.cost_analysis.plugin.Cost/get_data': CostsInfo,
};

/** Items up to this size leave the writer's buffer (a few times as large) to the next item. */
const KEPT_WRITER_BYTES = 256 * 1024;

/**
 * The encoder of one server stream's items. The generated `responseSerialize` makes a writer per
 * item (a string field first reserves three bytes per character: 8 MB of buffer for a 1.7 MB
 * document) and copies its bytes twice; a stream of a known type reuses one writer for its
 * items (a new one after a large item) and copies each item's bytes once. Other streams keep the generated encoder.
 */
export function streamEncoder(definition: MethodDefinition): (item: unknown) => Buffer {
  const codec = STREAMED[definition.path];
  if (!codec) return definition.responseSerialize;
  let writer = new BinaryWriter();
  return (item) => {
    const bytes = codec.encode(item as never, writer).finish();
    // A large item grew the writer's buffer to several times its size: let that buffer go.
    if (bytes.byteLength > KEPT_WRITER_BYTES) writer = new BinaryWriter();
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };
}

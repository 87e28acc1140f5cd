import type { ServerUnaryCall, ServerWritableStream, sendUnaryData } from '@grpc/grpc-js';
import { status as GrpcStatus } from '@grpc/grpc-js';
import {
  HealthCheckResponse_ServingStatus as ServingStatus,
  type HealthCheckRequest,
  type HealthCheckResponse,
  type HealthServer,
} from '@cloudforet/api/gen/grpc/health/v1/health';

/**
 * grpc.health.v1.Health: SERVING for the empty name and every served service,
 * NOT_SERVING once shutdown starts. Nothing in the core calls it; it is for
 * Kubernetes gRPC probes and operators.
 */
export class HealthStatus {
  private serving = true;
  private readonly watchers = new Set<ServerWritableStream<HealthCheckRequest, HealthCheckResponse>>();

  constructor(private readonly services: readonly string[]) {}

  shutdown(): void {
    this.serving = false;
    for (const w of this.watchers) {
      w.write({ status: ServingStatus.NOT_SERVING });
      w.end();
    }
    this.watchers.clear();
  }

  private statusOf(service: string | undefined): ServingStatus | undefined {
    if (service && !this.services.includes(service)) return undefined;
    return this.serving ? ServingStatus.SERVING : ServingStatus.NOT_SERVING;
  }

  handlers(): HealthServer {
    return {
      check: (
        call: ServerUnaryCall<HealthCheckRequest, HealthCheckResponse>,
        callback: sendUnaryData<HealthCheckResponse>,
      ) => {
        const status = this.statusOf(call.request.service);
        if (status === undefined)
          callback({ code: GrpcStatus.NOT_FOUND, details: `unknown service ${call.request.service}` });
        else callback(null, { status });
      },
      watch: (call: ServerWritableStream<HealthCheckRequest, HealthCheckResponse>) => {
        call.write({ status: this.statusOf(call.request.service) ?? ServingStatus.SERVICE_UNKNOWN });
        if (!this.serving) return call.end();
        this.watchers.add(call);
        call.on('cancelled', () => this.watchers.delete(call));
      },
    };
  }
}

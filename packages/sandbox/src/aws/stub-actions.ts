import type { AwsCall } from './aws-request';

/**
 * EC2 actions answered with an empty list until the sandbox generates their resources: where
 * `nx g @cloudforet/tools:cloud-service-type` adds the call of a new type (move it to
 * ec2-actions.ts, answered from ec2-world.ts, when you fill it).
 */
export const EC2_STUB_ACTIONS: Record<string, (call: AwsCall) => Record<string, unknown>> = {
  // cloud-service-type:stubs
};

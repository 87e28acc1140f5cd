// The plugin's conformance suite, in-process, wired exactly as its container is (through its harness).
import { describeHarnessConformance } from '@cloudforet/plugin-testing';
import { startSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import { harness } from './harness';

describeHarnessConformance('aws-sns-mon-webhook conformance (through its harness)', {
  alertManager: true,
  createPlugin,
  startSandbox,
  harness,
  more: (run) =>
    it('fetched the signing certificate from the SNS stand-in, and nothing else', () => {
      expect(run().sandbox.sns.requests.every((r) => r.path.endsWith('.pem'))).toBe(true);
    }),
});

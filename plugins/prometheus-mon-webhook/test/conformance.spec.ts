// The plugin's conformance suite, in-process, wired exactly as its container is (through its harness).
import { describeHarnessConformance } from '@cloudforet/plugin-testing';
import { startSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import { harness } from './harness';

describeHarnessConformance('prometheus-mon-webhook conformance (through its harness)', {
  alertManager: true,
  createPlugin,
  startSandbox,
  harness,
  more: (run) =>
    it('needs no stand-in: the plugin calls nothing outside', () => {
      expect(Object.keys(run().sandbox.started())).toEqual([]);
    }),
});

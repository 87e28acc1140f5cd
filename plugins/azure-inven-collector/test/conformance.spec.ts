// The plugin's conformance suite, in-process, wired exactly as its container is (through its harness).
import { describeHarnessConformance } from '@cloudforet/plugin-testing';
import { startSandbox } from '@cloudforet/sandbox';
import { createPlugin } from '../src/plugin';
import { harness } from './harness';

describeHarnessConformance('azure-inven-collector conformance (through its harness)', {
  createPlugin,
  startSandbox,
  harness,
});

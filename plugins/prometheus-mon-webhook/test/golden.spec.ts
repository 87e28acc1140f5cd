// Recorded Alertmanager payloads (test/golden/*.json, each with its source) parsed through gRPC
// as the core calls Event.parse: the events, written out in full, must come back exactly.
import { join } from 'node:path';
import { describeGoldenPayloads } from '@cloudforet/plugin-testing';
import { createPlugin } from '../src/plugin';

describeGoldenPayloads('prometheus-mon-webhook golden payloads', { createPlugin, dir: join(__dirname, 'golden') });

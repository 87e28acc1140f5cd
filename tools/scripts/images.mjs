#!/usr/bin/env node
// `npm run images [-- options] [plugin...]`: builds each plugin's image from docker/Dockerfile
// with buildah, starts it, and runs the plugin's conformance suite against the container.
// See tools/image/check-images.ts for the options.
import { ROOT, requireDependencies, runTool } from './run-tool.mjs';

requireDependencies();
process.chdir(ROOT);
process.exit(await runTool('image/check-images', process.argv.slice(2)));

// Child process of the collect benchmarks: serves the collector named by its argument (`aws`:
// aws-ec2-inven-collector against AWS_ENDPOINT_URL, `gcp`: google-cloud-inven-collector against
// GOOGLE_CLOUD_ROOT_URL, `azure`: azure-inven-collector against AZURE_RESOURCE_MANAGER_URL) on an
// ephemeral port and reports its port; the parent reads its peak RSS and CPU.
import { createPlugin as createAwsPlugin } from '@cloudforet/plugin-aws-ec2-inven-collector/src/plugin';
import { createPlugin as createGcpPlugin } from '@cloudforet/plugin-google-cloud-inven-collector/src/plugin';
import { createPlugin as createAzurePlugin } from '@cloudforet/plugin-azure-inven-collector/src/plugin';
import { servePluginChild } from './plugin-child';

const PLUGINS = { aws: createAwsPlugin, gcp: createGcpPlugin, azure: createAzurePlugin };
servePluginChild(() => (PLUGINS[process.argv[2] as keyof typeof PLUGINS] ?? createAwsPlugin)());

// Child process of the metric benchmarks: serves the data source named by its argument (`aws`, the
// default: aws-cloudwatch-mon-datasource against AWS_ENDPOINT_URL; `gcp`: google-stackdriver-mon-datasource
// against GOOGLE_CLOUD_ROOT_URL) on an ephemeral port and reports its port (its own process, as in a container).
import { createPlugin as createCloudWatchPlugin } from '@cloudforet/plugin-aws-cloudwatch-mon-datasource/src/plugin';
import { createPlugin as createStackdriverPlugin } from '@cloudforet/plugin-google-stackdriver-mon-datasource/src/plugin';
import { servePluginChild } from './plugin-child';

servePluginChild(() => (process.argv[2] === 'gcp' ? createStackdriverPlugin() : createCloudWatchPlugin()));

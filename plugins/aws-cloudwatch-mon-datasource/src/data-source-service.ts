import type { Handlers } from '@cloudforet/plugin-core';
import { awsSecretOf, openAwsCredentials, type AwsSettings } from '@cloudforet/plugin-core/aws';
import type { DataSourceService } from '@cloudforet/api/gen/spaceone/api/monitoring/plugin/data_source';
import { SUPPORTED_STATS } from './stat-period';

/**
 * What monitoring validates at registration, as upstream answers it: the stats, `required_keys[0]`
 * (the path of the resource's data monitoring sends to Metric.list as `query`) and the provider.
 */
export const DATA_SOURCE_METADATA = {
  supported_stat: [...SUPPORTED_STATS],
  required_keys: ['data.cloudwatch'],
  supported_providers: ['aws'],
};

export function dataSourceHandlers(settings: AwsSettings): Handlers<typeof DataSourceService> {
  return {
    init: () => ({ metadata: DATA_SOURCE_METADATA }),
    /** sts:GetCallerIdentity with the keys; with `role_arn`, sts:AssumeRole (+ExternalId) first. */
    async verify(request, ctx) {
      await openAwsCredentials(awsSecretOf(request.secret_data), settings, ctx.signal);
      return {};
    },
  };
}

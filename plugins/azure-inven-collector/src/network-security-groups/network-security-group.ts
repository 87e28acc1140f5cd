import type { NetworkSecurityGroup, SecurityRule } from '@azure/arm-network';
import { defineType } from '../collect/define-type';
import { armCloudService } from '../collect/arm-resource';
import { shapePages } from '../collect/shape-pages';
import { nameOf, upstreamShape } from '../azure-resource';

const GROUP = 'NetworkSecurityGroups';
const TYPE = 'Instance';

/** NSGs of the subscription (`networkSecurityGroups.listAll`), rules split inbound / outbound as upstream shows them. */
export const networkSecurityGroupDefinition = defineType({
  group: GROUP,
  name: TYPE,
  serviceCode: '/Microsoft.Network/networkSecurityGroups',
  labels: ['Networking', 'Security'],
  icon: 'azure-network-security-groups.svg',
  isPrimary: true,
  isMajor: true,
  fields: [
    { name: 'Inbound Rules', key: 'data.inbound_rule_count' },
    { name: 'Outbound Rules', key: 'data.outbound_rule_count' },
    { name: 'Network Interfaces', key: 'data.network_interfaces_display', type: 'list' },
    { name: 'Resource Group', key: 'data.resource_group' },
    { name: 'Location', key: 'region_code' },
    { name: 'Subscription', key: 'data.subscription_name' },
  ],
  widgets: [{ name: 'Total Count', type: 'card', operator: 'count' }],
  collect: (ctx) =>
    shapePages(
      ctx.session.pages((o) => ctx.session.network.networkSecurityGroups.listAll(o)),
      (nsg: NetworkSecurityGroup) => {
        const rules = [...(nsg.securityRules ?? []), ...(nsg.defaultSecurityRules ?? [])];
        const of = (direction: string) => rules.filter((r) => r.direction === direction).map(rule);
        const inbound = of('Inbound');
        const outbound = of('Outbound');
        return armCloudService(ctx, nsg, {
          group: GROUP,
          type: TYPE,
          extra: {
            inbound_security_rules: inbound,
            outbound_security_rules: outbound,
            inbound_rule_count: inbound.length,
            outbound_rule_count: outbound.length,
            network_interfaces_display: (nsg.networkInterfaces ?? []).map((n) => nameOf(n.id)),
            subnets_display: (nsg.subnets ?? []).map((s) => nameOf(s.id)),
          },
        });
      },
      { group: GROUP, type: TYPE },
    ),
});

function rule(r: SecurityRule) {
  return upstreamShape(r) as Record<string, unknown>;
}

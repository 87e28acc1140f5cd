// The cloud-service-type generator on a virtual tree holding the real collector's registry and the
// AWS sandbox's action files (CI also runs it on a copy of the repository: check-generated.sh).
import { createTreeWithEmptyWorkspace } from '@nx/devkit/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cloudServiceTypeGenerator, SANDBOX_STUBS } from './generator';

jest.mock('@nx/devkit', () => ({ ...jest.requireActual('@nx/devkit'), logger: { info: jest.fn() } }));

const ROOT = join(__dirname, '../../..');
const REGISTRY = 'plugins/aws-ec2-inven-collector/src/cloud-service-types.ts';
const real = (path: string) => readFileSync(join(ROOT, path), 'utf-8');

function tree() {
  const t = createTreeWithEmptyWorkspace();
  t.write('.prettierrc.json', real('.prettierrc.json'));
  for (const path of [REGISTRY, SANDBOX_STUBS, 'packages/sandbox/src/aws/ec2-actions.ts']) t.write(path, real(path));
  return t;
}

describe('cloud-service-type generator', () => {
  it('writes connector, manager, metadata, index and spec, registers the type and stubs the sandbox call', async () => {
    const t = tree();
    await cloudServiceTypeGenerator(t, { plugin: 'aws-ec2-inven-collector', group: 'EC2', type: 'NatGateway' });
    const dir = 'plugins/aws-ec2-inven-collector/src/ec2/nat-gateway';
    const files = t.children(dir).sort();
    expect(files).toEqual([
      'index.ts',
      'nat-gateway-connector.ts',
      'nat-gateway-manager.spec.ts',
      'nat-gateway-manager.ts',
      'nat-gateway-metadata.ts',
    ]);
    const connector = t.read(`${dir}/nat-gateway-connector.ts`, 'utf-8')!;
    expect(connector).toContain("import { DescribeNatGatewaysCommand, type NatGateway } from '@aws-sdk/client-ec2';");
    expect(connector).toContain('new DescribeNatGatewaysCommand({ MaxResults: 1000, NextToken })');
    expect(connector).toContain('next: out.NextToken');
    expect(t.read(`${dir}/nat-gateway-manager.ts`, 'utf-8')).toContain('const id = item.NatGatewayId!;');
    expect(t.read(`${dir}/nat-gateway-metadata.ts`, 'utf-8')).toContain(
      'export const NAT_GATEWAY_TYPE = awsCloudServiceType({',
    );
    const registry = t.read(REGISTRY, 'utf-8')!;
    expect(registry).toContain(
      "import { natGatewayDefinition } from './ec2/nat-gateway';\n// cloud-service-type:imports",
    );
    expect(registry).toMatch(/ {2}natGatewayDefinition,\n {2}\/\/ cloud-service-type:entries/);
    expect(t.read(SANDBOX_STUBS, 'utf-8')).toContain('DescribeNatGateways: () => ({ NatGateways: [] }),');
    expect([...t.listChanges().map((c) => c.path)].join('\n')).not.toMatch(/<%|%>|__/);
  });

  it('takes the command, list, item and id for types whose names differ; no stub when the sandbox answers the call', async () => {
    const t = tree();
    const stubs = t.read(SANDBOX_STUBS, 'utf-8');
    await cloudServiceTypeGenerator(t, {
      plugin: 'aws-ec2-inven-collector',
      group: 'EC2',
      type: 'ElasticAddress',
      command: 'DescribeAddresses',
      list: 'Addresses',
      item: 'Address',
      id: 'AllocationId',
      paginated: false,
    });
    const connector = t.read(
      'plugins/aws-ec2-inven-collector/src/ec2/elastic-address/elastic-address-connector.ts',
      'utf-8',
    )!;
    expect(connector).toContain('new DescribeAddressesCommand({})');
    expect(connector).not.toContain('NextToken');
    expect(t.read(SANDBOX_STUBS, 'utf-8')).toBe(stubs);
  });

  it('refuses a plugin without a type registry, a type that is not PascalCase, and a type that exists', async () => {
    const t = tree();
    await expect(
      cloudServiceTypeGenerator(t, { plugin: 'slack-noti-protocol', group: 'EC2', type: 'Foo' }),
    ).rejects.toThrow(
      /plugins\/slack-noti-protocol\/src\/cloud-service-types\.ts is missing or has no "\/\/ cloud-service-type:imports"/,
    );
    await expect(
      cloudServiceTypeGenerator(t, { plugin: 'aws-ec2-inven-collector', group: 'EC2', type: 'nat_gw' }),
    ).rejects.toThrow('--type must be PascalCase (got "nat_gw")');
    t.write('plugins/aws-ec2-inven-collector/src/ec2/instance/index.ts', '');
    await expect(
      cloudServiceTypeGenerator(t, { plugin: 'aws-ec2-inven-collector', group: 'EC2', type: 'Instance' }),
    ).rejects.toThrow(/exists already/);
  });
});

import { streamSummary } from './stream-summary';

describe('streamSummary', () => {
  it('counts messages by resource_type and state and shows the first failure', () => {
    const text = streamSummary([
      { resource_type: 'inventory.CloudService', state: 'SUCCESS' },
      { resource_type: 'inventory.CloudServiceType', state: 'SUCCESS' },
      { resource_type: 'inventory.CloudService', state: 'SUCCESS' },
      { resource_type: 'inventory.ErrorResource', state: 'FAILURE', message: 'eu-west-1: UnauthorizedOperation' },
    ]);
    const lines = text.split('\n').map((l) => l.trim().split(/\s+/));
    expect(lines.slice(0, 4)).toEqual([
      ['resource_type', 'state', 'count'],
      ['inventory.CloudService', 'SUCCESS', '2'],
      ['inventory.CloudServiceType', 'SUCCESS', '1'],
      ['inventory.ErrorResource', 'FAILURE', '1'],
    ]);
    expect(text).toContain('first failure: eu-west-1: UnauthorizedOperation');
  });
});

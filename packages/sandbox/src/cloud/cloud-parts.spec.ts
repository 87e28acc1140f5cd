import { CloudFaults } from './cloud-faults';
import { PageTokens } from './page-token';
import { RegionAccess } from './region-access';
import { seeded } from './seeded';

describe('cloud stand-in parts', () => {
  it('seeded: the same key gives the same values, another key others, whatever was drawn before', () => {
    const a = seeded(7, 'us-east-1', 'instance', 42);
    const values = [a.next(), a.int(1, 6), a.hex(8)];
    seeded(7, 'us-east-1', 'instance', 41).next();
    const b = seeded(7, 'us-east-1', 'instance', 42);
    expect([b.next(), b.int(1, 6), b.hex(8)]).toEqual(values);
    expect(seeded(8, 'us-east-1', 'instance', 42).next()).not.toBe(values[0]);
    expect(seeded(7, 'us-east-1', 'instance', 43).next()).not.toBe(values[0]);
    expect(values[2]).toMatch(/^[0-9a-f]{8}$/);
  });

  it('page tokens round-trip for their list only, and an edited token is refused', () => {
    const tokens = new PageTokens('secret');
    const token = tokens.encode('instances:us-east-1', 200);
    expect(tokens.decode('instances:us-east-1', token)).toBe(200);
    expect(tokens.decode('volumes:us-east-1', token)).toBeUndefined();
    expect(tokens.decode('instances:us-east-1', Buffer.from('300.x').toString('base64url'))).toBeUndefined();
    expect(new PageTokens('other').decode('instances:us-east-1', token)).toBeUndefined();
  });

  it('faults: queued bursts first, then rates drawn from the seed, reproducibly; bad knobs are refused', () => {
    const faults = new CloudFaults({ throttleRate: 0.3, serverErrorRate: 0.1, seed: 3 });
    faults.failNext('server-error', 2);
    const draws = Array.from({ length: 1000 }, () => faults.decide());
    expect(draws.slice(0, 2)).toEqual(['server-error', 'server-error']);
    const throttled = draws.slice(2).filter((d) => d === 'throttle').length / 998;
    expect(throttled).toBeGreaterThan(0.25);
    expect(throttled).toBeLessThan(0.35);
    faults.reset();
    expect(Array.from({ length: 998 }, () => faults.decide())).toEqual(draws.slice(2));
    expect(() => new CloudFaults({ throttleRate: 2 })).toThrow('throttleRate must be between 0 and 1');
    expect(() => new CloudFaults({ latencyMs: -1 })).toThrow('latencyMs must be a finite number >= 0');
  });

  it('region access: enabled, not opted in, denied, unknown', () => {
    const access = new RegionAccess({
      regions: ['us-east-1', 'eu-west-1'],
      notOptedIn: ['af-south-1'],
      denied: ['eu-west-1'],
    });
    expect(['us-east-1', 'eu-west-1', 'af-south-1', 'mars-1'].map((r) => access.verdict(r))).toEqual([
      'ok',
      'denied',
      'not-opted-in',
      'unknown',
    ]);
  });
});

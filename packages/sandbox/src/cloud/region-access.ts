/** Which regions exist, which the account has enabled, and where its calls are refused. */
export interface RegionAccessOptions {
  /** The regions the account has enabled (listed by default). */
  regions: string[];
  /** Regions that exist but need opting in: listed only when all regions are asked for; calls there fail. */
  notOptedIn?: string[];
  /** Enabled regions where every call is refused as unauthorized (an IAM policy denying the region). */
  denied?: string[];
}

export type RegionVerdict = 'ok' | 'not-opted-in' | 'denied' | 'unknown';

export class RegionAccess {
  readonly enabled: readonly string[];
  readonly notOptedIn: readonly string[];
  readonly denied: Set<string>;

  constructor(options: RegionAccessOptions) {
    this.enabled = [...options.regions];
    this.notOptedIn = [...(options.notOptedIn ?? [])];
    this.denied = new Set(options.denied ?? []);
  }

  verdict(region: string): RegionVerdict {
    if (this.notOptedIn.includes(region)) return 'not-opted-in';
    if (!this.enabled.includes(region)) return 'unknown';
    return this.denied.has(region) ? 'denied' : 'ok';
  }
}

const SLACK_TOKEN_SHAPE = /^xox[bpa]-/;

export type TokenCheck = 'valid' | 'not_authed' | 'invalid_auth';

/** Decides a token's fate the way Slack names it: missing → not_authed, unknown → invalid_auth. */
export class TokenPolicy {
  private readonly allowed?: ReadonlySet<string>;

  constructor(tokens?: readonly string[]) {
    this.allowed = tokens === undefined ? undefined : new Set(tokens);
  }

  check(token: string | undefined): TokenCheck {
    if (token === undefined || token === '') return 'not_authed';
    const valid = this.allowed === undefined ? SLACK_TOKEN_SHAPE.test(token) : this.allowed.has(token);
    return valid ? 'valid' : 'invalid_auth';
  }
}

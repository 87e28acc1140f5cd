import { createHmac } from 'node:crypto';

/**
 * Opaque page tokens over an offset into a list, bound to the list they page (`scope`): a token of
 * another list, or an edited one, is refused as the clouds refuse it. Stateless, so a list of any
 * size costs nothing until its pages are asked for.
 */
export class PageTokens {
  constructor(private readonly secret: string) {}

  encode(scope: string, offset: number): string {
    const body = `${offset}`;
    return Buffer.from(`${body}.${this.mac(scope, body)}`).toString('base64url');
  }

  /** The offset, or undefined when the token is not one of this list's. */
  decode(scope: string, token: string): number | undefined {
    const [body, mac] = Buffer.from(token, 'base64url').toString().split('.');
    if (!body || mac !== this.mac(scope, body) || !/^\d+$/.test(body)) return undefined;
    return Number(body);
  }

  private mac(scope: string, body: string): string {
    return createHmac('sha256', this.secret).update(`${scope}\n${body}`).digest('base64url').slice(0, 16);
  }
}

import type { Adapter, AdapterPayload } from 'oidc-provider';

/**
 * The provider's storage, kept outside any one Provider instance so that a key rotation (a new
 * instance with a new keystore) keeps every issued token, grant and session.
 */
export class MemoryStore {
  private readonly entries = new Map<string, { payload: AdapterPayload; expiresAt: number }>();

  adapterFor(model: string): Adapter {
    const key = (id: string) => `${model}:${idOf(model, id)}`;
    return {
      upsert: async (id, payload, expiresIn) => {
        this.entries.set(key(id), { payload, expiresAt: expiresIn ? Date.now() + expiresIn * 1000 : Infinity });
      },
      find: async (id) => {
        const payload = this.read(key(id));
        // oidc-provider looks up only opaque tokens at its own userinfo; Keycloak's userinfo takes
        // its JWT access tokens, so a JWT presented there is found as the record it was saved as.
        return payload && isJwt(id) ? { ...payload, format: 'opaque' } : payload;
      },
      findByUid: async (uid) => [...this.entries.values()].find((e) => e.payload.uid === uid)?.payload,
      findByUserCode: async (code) => [...this.entries.values()].find((e) => e.payload.userCode === code)?.payload,
      consume: async (id) => {
        const entry = this.entries.get(key(id));
        if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000);
      },
      destroy: async (id) => {
        this.entries.delete(key(id));
      },
      revokeByGrantId: async (grantId) => {
        for (const [k, e] of this.entries) if (e.payload.grantId === grantId) this.entries.delete(k);
      },
    };
  }

  /**
   * oidc-provider does not store JWT access tokens; Keycloak's userinfo accepts them, so the realm
   * records each one it issues (by `jti`) for its own userinfo to find.
   */
  rememberJwtAccessToken(payload: AdapterPayload & { jti: string; exp: number }): void {
    this.entries.set(`AccessToken:${payload.jti}`, {
      payload: { ...payload, kind: 'AccessToken' },
      expiresAt: payload.exp * 1000,
    });
  }

  private read(key: string): AdapterPayload | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.payload;
  }
}

/** A JWT access token is stored under its `jti`; the resource server presents the whole JWT. */
function idOf(model: string, id: string): string {
  if (model !== 'AccessToken' || !isJwt(id)) return id;
  try {
    const payload = JSON.parse(Buffer.from(id.split('.')[1], 'base64url').toString('utf8')) as { jti?: unknown };
    return typeof payload.jti === 'string' ? payload.jti : id;
  } catch {
    return id;
  }
}

function isJwt(id: string): boolean {
  return id.split('.').length === 3;
}

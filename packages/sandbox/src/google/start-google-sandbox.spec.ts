import { startGoogleSandbox, SANDBOX_GOOGLE_CLIENT_ID } from './start-google-sandbox';
import type { GoogleSandbox } from './google-sandbox-types';

describe('Google tokeninfo sandbox', () => {
  let google: GoogleSandbox;
  beforeAll(async () => {
    google = await startGoogleSandbox();
  });
  afterAll(() => google.close());

  const tokeninfo = (body: unknown) =>
    fetch(`${google.url}/oauth2/v2/tokeninfo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('describes an issued token as Google v2 tokeninfo does', async () => {
    const token = google.issueToken({ email: 'dave@example.org' });
    const res = await tokeninfo({ access_token: token });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      issued_to: SANDBOX_GOOGLE_CLIENT_ID,
      audience: SANDBOX_GOOGLE_CLIENT_ID,
      email: 'dave@example.org',
      verified_email: true,
      access_type: 'online',
    });
  });

  it('answers 400 invalid_token for an unknown or revoked token, and 404 at the root', async () => {
    const token = google.issueToken();
    google.revoke(token);
    const res = await tokeninfo({ access_token: token });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'invalid_token', error_description: 'Invalid Value' });
    expect((await fetch(google.url)).status).toBe(404);
    expect(google.calls).toEqual({ tokeninfo: 2, other: 1 });
  });
});

/** A refused Google REST call, shaped as googleErrorOf and retryDecision read it (status, body, headers). */
export class GoogleApiError extends Error {
  readonly response: { status: number; data: unknown; headers: Headers };
  constructor(status: number, data: unknown, headers: Headers) {
    const body = (data ?? {}) as { error?: { message?: string } };
    super(body.error?.message ?? 'the answer carried no Google error');
    this.response = { status, data, headers };
  }
}

/** `<root><path>?<params>`, the params left out when undefined. */
export function googleRestUrl(root: string, path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) query.set(k, v);
  return `${root}${path}?${query}`;
}

/**
 * One authorized GET of a Google REST API: the parsed JSON, or a GoogleApiError carrying the
 * answer's status, error body and headers (Retry-After). The token travels in the header alone.
 */
export async function getGoogleJson<T>(
  url: string,
  { token, fetch: fetchImpl = fetch, signal }: { token: string; fetch?: typeof fetch; signal?: AbortSignal },
): Promise<T> {
  const res = await fetchImpl(url, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    signal,
  });
  const text = await res.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : {};
  } catch {
    data = { error: { message: text.slice(0, 200) } };
  }
  if (!res.ok) throw new GoogleApiError(res.status, data, res.headers);
  return data as T;
}

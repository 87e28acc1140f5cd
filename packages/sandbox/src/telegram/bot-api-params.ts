/**
 * The parameters of a Bot API call, from wherever the client put them: the query string, an
 * `application/x-www-form-urlencoded` body or an `application/json` body (JSON wins, then
 * form, then query, key by key). multipart/form-data (file uploads) is not read.
 */
export function botApiParams(
  contentType: string | undefined,
  body: string,
  query: URLSearchParams,
): { params: Record<string, unknown> } | { error: string } {
  const params: Record<string, unknown> = Object.fromEntries(query);
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (body === '') return { params };
  if (type === 'application/json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return { error: "Bad Request: can't parse JSON object" };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      return { error: "Bad Request: can't parse JSON object" };
    return { params: { ...params, ...parsed } };
  }
  if (type === 'application/x-www-form-urlencoded')
    return { params: { ...params, ...Object.fromEntries(new URLSearchParams(body)) } };
  if (type === 'multipart/form-data') return { error: 'Bad Request: the sandbox does not read multipart/form-data' };
  return { params };
}

/**
 * A request dict that `json_format.ParseDict` would reject. The message follows
 * the Python wording, e.g.
 * `Message type "pkg.Msg" has no field named "foo" at "Msg".\n Available Fields(except extensions): "['bar']"`.
 */
export class ParseDictError extends Error {
  override readonly name = 'ParseDictError';
}

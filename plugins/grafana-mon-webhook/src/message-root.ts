import {
  describeValue,
  invalidParameter,
  invalidParameterType,
  isPyDict,
  pyJsonLoads,
  type PyDict,
  type PyValue,
} from '@cloudforet/plugin-core';

/**
 * `options.message_root` (`"Message"`, `"Records.0.Sns.Message"` is not supported: segments are
 * dict keys): where Grafana's body sits inside what was posted, typically an SNS envelope's
 * `Message`. Each segment descends into a dict, or into a string that starts with `{` (decoded as
 * JSON, as Python's json.loads would); any other string stops the descent at the level holding it,
 * so an SNS SubscriptionConfirmation (plain-text Message) stays the whole envelope.
 */
export function atMessageRoot(data: PyDict, messageRoot: PyValue | undefined): PyDict {
  if (messageRoot === undefined || messageRoot === null || messageRoot === '' || messageRoot === false) return data;
  if (typeof messageRoot !== 'string')
    throw invalidParameterType('options.message_root', `str, not ${describeValue(messageRoot)}`);
  let current = data;
  let path = 'data';
  for (const segment of messageRoot.split('.')) {
    path += `.${segment}`;
    if (!Object.hasOwn(current, segment))
      throw invalidParameter('options.message_root', `${path} does not exist in the posted body`);
    const next = current[segment];
    if (isPyDict(next)) current = next;
    else if (typeof next === 'string' && next.startsWith('{')) current = decoded(next, path);
    else if (typeof next === 'string') return current;
    else
      throw invalidParameter('options.message_root', `${path} is ${describeValue(next)}, not an object or a JSON text`);
  }
  return current;
}

function decoded(text: string, path: string): PyDict {
  let value: PyValue;
  try {
    value = pyJsonLoads(text);
  } catch (err) {
    throw invalidParameter(path, `not JSON (${(err as Error).message})`);
  }
  if (!isPyDict(value)) throw invalidParameter(path, 'not a JSON object');
  return value;
}

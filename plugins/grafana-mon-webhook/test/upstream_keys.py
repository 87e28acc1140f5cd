"""The event keys, titles and descriptions the Python plugin computes, with CPython itself.

Reads a JSON list of [options, data] from stdin and prints, per case, {event_key, title,
description} (null where the Python plugin fails or has none). Numbers of the posted body are floats, as MessageToDict gives them to the
plugin; a JSON text decoded on the message_root path keeps Python's ints. Used by
test/upstream-keys.spec.ts to check every golden payload's event_key.
"""
import hashlib
import json
import re
import sys

TITLE_CODES = [re.compile(r"\[[FIRING|RESOLVED]+\:+[0-9]+\] "), re.compile(r"[\[+[a-zA-Z]+\:+[0-9]+\,+.+[a-zA-Z]+\:+[0-9]+\] ")]
NOISE = re.compile(r"Annotations:\s+.*|Source:\s+.*|Silence:\s+.*", re.MULTILINE)


def as_struct(value):
    # MessageToDict of a Struct: every number is a float.
    return json.loads(json.dumps(value), parse_int=float)


def message_root(data, root):
    for segment in root.split('.'):
        value = data[segment]
        if isinstance(value, dict):
            data = value
        elif isinstance(value, str) and value.startswith('{'):
            data = json.loads(value)
        else:
            return data
    return data


def md5(text):
    return hashlib.md5(text.encode()).hexdigest()


def unified_description(data):
    message = data['message']
    if re.search(r"\[no value\]", message):
        return 'DatasourceNoData'
    text = re.sub(r"\n{3,}", "\n\n", NOISE.sub('', message)) + 'ValueString: \n'
    for alert in data['alerts']:
        for piece in alert['valueString'].split(', '):
            text += f'- {piece}\n'
        text += '\n'
    return text


def event(options, data):
    if options.get('split_alerts'):
        return None
    if options.get('message_root'):
        data = message_root(data, options['message_root'])
    if data.get('dashboardId') and data.get('orgId'):
        title = data['title']
        for code in ['[Alerting]', '[OK]', '[No Data]']:
            title = title.replace(code, '')
        key = f"{data['dashboardId']}:{data['panelId']}:{data['ruleId']}:{data['orgId']}"
        return {'event_key': md5(key), 'title': title, 'description': data.get('message', '')}
    if data.get('orgId'):
        title = data.get('commonLabels', {}).get('alertname')
        if title is None:
            title = data.get('title')
            for code in TITLE_CODES:
                title = code.sub('', title)
        return {'event_key': md5(data['groupKey']), 'title': title, 'description': unified_description(data)}
    return {'event_key': md5(data['TopicArn']), 'title': data.get('Type', ''), 'description': data.get('Message')}


cases = json.load(sys.stdin)
out = []
for options, data in cases:
    try:
        out.append(event(options, as_struct(data)))
    except (KeyError, TypeError, AttributeError):
        out.append(None)
print(json.dumps(out))

"""The event keys and titles the Python plugin computes, with CPython itself.

Reads a JSON list of posted bodies from stdin and prints, per body, the list of
[event_key, title] of its events (null where the Python plugin fails). The CloudWatch key is
md5("{AWSAccountId}:{dimension value}:{AlarmName}:{bucket}") with the 10-minute bucket of
StateChangeTime taken in UTC (the plugin's container runs in UTC). Used by
test/upstream-keys.spec.ts to check every golden payload.
"""
import hashlib
import json
import sys
from datetime import datetime, timezone


def cloudwatch(message):
    t = datetime.strptime(message['StateChangeTime'], '%Y-%m-%dT%H:%M:%S.%f+0000')
    bucket = int(t.replace(tzinfo=timezone.utc).timestamp() // 600 * 100)
    trigger = message.get('Trigger', {})
    dims = list(trigger.get('Dimensions', []))
    for metric in trigger.get('Metrics', []):
        dims += metric.get('MetricStat', {}).get('Metric', {}).get('Dimensions', [])
    out = []
    for d in dims:
        key = f"{message.get('AWSAccountId')}:{d.get('value')}:{message.get('AlarmName')}:{bucket}"
        out.append([hashlib.md5(key.encode()).hexdigest(), message.get('AlarmName', '')])
    return out


def events(data):
    if data.get('Type') == 'SubscriptionConfirmation':
        return []
    message = json.loads(data['Message']) if 'Message' in data else data
    if 'AlarmArn' in message:
        return cloudwatch(message) if message['AlarmArn'].split(':')[2] == 'cloudwatch' else None
    if message['source'].split('.')[1] == 'health':
        detail = message['detail']
        return [[detail.get('eventArn', ''), detail.get('eventTypeCode', '').replace('_', ' ').title()]]
    return None


out = []
for data in json.load(sys.stdin):
    try:
        out.append(events(json.loads(json.dumps(data), parse_int=float)))
    except (KeyError, ValueError, AttributeError, IndexError, TypeError):
        out.append(None)
print(json.dumps(out))

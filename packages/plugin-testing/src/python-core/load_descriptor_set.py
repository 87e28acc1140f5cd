#!/usr/bin/env python3
"""Loads every file of a FileDescriptorSet (read from stdin) into a fresh Python
protobuf DescriptorPool and builds every message class, as the core's pool does
for the files a plugin reflects. Prints {"files": N, "messages": N, "services": [...]}
or exits 1 with the error."""
import json
import sys

from google.protobuf import descriptor_pb2, descriptor_pool, message_factory


def message_class(desc):
    get = getattr(message_factory, "GetMessageClass", None)
    return get(desc) if get else message_factory.MessageFactory(desc.file.pool).GetPrototype(desc)


def main():
    fds = descriptor_pb2.FileDescriptorSet.FromString(sys.stdin.buffer.read())
    pool = descriptor_pool.DescriptorPool()
    for proto in fds.file:
        pool.Add(proto)
    messages, services = 0, []
    for proto in fds.file:
        file = pool.FindFileByName(proto.name)
        stack = list(file.message_types_by_name.values())
        while stack:
            desc = stack.pop()
            message_class(desc)()
            messages += 1
            stack.extend(desc.nested_types)
        services.extend(s.full_name for s in file.services_by_name.values())
    print(json.dumps({"files": len(fds.file), "messages": messages, "services": services}))


if __name__ == "__main__":
    main()

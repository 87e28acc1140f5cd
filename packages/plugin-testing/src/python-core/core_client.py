#!/usr/bin/env python3
"""Calls a plugin exactly as the Cloudforet 2.x Python core does, with the real
protobuf and grpcio libraries: descriptors only from gRPC server reflection
(v1alpha) through a DescriptorPool backed by a reflection database, requests
built with json_format.ParseDict (strict), responses read with
json_format.MessageToDict(preserving_proto_field_name=True).

    python3 core_client.py HOST:PORT '[{"method": "Protocol.init", "params": {"options": {}}}]'

Prints one JSON document: {"services": [...], "methods": {...}, "results": [...]},
each result {"response": ...} | {"responses": [...]} | {"error": {...}}.
Needs python3-grpcio and python3-protobuf (Debian) or grpcio and protobuf (pip).
"""
import json
import sys

import grpc
from google.protobuf import descriptor_pb2, descriptor_pool, json_format, message_factory
from google.protobuf.descriptor_database import DescriptorDatabase

REFLECTION_METHOD = "/grpc.reflection.v1alpha.ServerReflection/ServerReflectionInfo"


def _reflection_messages():
    """ServerReflectionRequest/Response of grpc.reflection.v1alpha, declared here
    (not taken from the plugin) so a wrong reflection proto on our side shows."""
    f = descriptor_pb2.FileDescriptorProto(name="core_client_reflection.proto", package="grpc.reflection.v1alpha", syntax="proto3")
    T = descriptor_pb2.FieldDescriptorProto

    def message(name, *fields, oneof=None):
        m = f.message_type.add(name=name)
        if oneof:
            m.oneof_decl.add(name=oneof)
        for number, fname, ftype, label, type_name, in_oneof in fields:
            field = m.field.add(name=fname, number=number, type=ftype, label=label or T.LABEL_OPTIONAL)
            if type_name:
                field.type_name = ".grpc.reflection.v1alpha." + type_name
            if in_oneof:
                field.oneof_index = 0

    S, B, I, M, REP = T.TYPE_STRING, T.TYPE_BYTES, T.TYPE_INT32, T.TYPE_MESSAGE, T.LABEL_REPEATED
    message("ServerReflectionRequest", (1, "host", S, None, None, False), (3, "file_by_filename", S, None, None, True),
            (4, "file_containing_symbol", S, None, None, True), (7, "list_services", S, None, None, True), oneof="message_request")
    message("FileDescriptorResponse", (1, "file_descriptor_proto", B, REP, None, False))
    message("ServiceResponse", (1, "name", S, None, None, False))
    message("ListServiceResponse", (1, "service", M, REP, "ServiceResponse", False))
    message("ErrorResponse", (1, "error_code", I, None, None, False), (2, "error_message", S, None, None, False))
    message("ServerReflectionResponse", (1, "valid_host", S, None, None, False),
            (2, "original_request", M, None, "ServerReflectionRequest", False),
            (4, "file_descriptor_response", M, None, "FileDescriptorResponse", True),
            (6, "list_services_response", M, None, "ListServiceResponse", True),
            (7, "error_response", M, None, "ErrorResponse", True), oneof="message_response")
    pool = descriptor_pool.DescriptorPool()
    pool.Add(f)
    return (message_class(pool.FindMessageTypeByName("grpc.reflection.v1alpha.ServerReflectionRequest")),
            message_class(pool.FindMessageTypeByName("grpc.reflection.v1alpha.ServerReflectionResponse")))


def message_class(desc):
    get = getattr(message_factory, "GetMessageClass", None)
    return get(desc) if get else message_factory.MessageFactory(desc.file.pool).GetPrototype(desc)


class ReflectionDatabase(DescriptorDatabase):
    """Like grpcio-reflection's ProtoReflectionDescriptorDatabase: one stream per request."""

    def __init__(self, channel):
        super().__init__()
        self._request, response = _reflection_messages()
        self._stub = channel.stream_stream(REFLECTION_METHOD, request_serializer=self._request.SerializeToString,
                                           response_deserializer=response.FromString)
        self._known = {}

    def _ask(self, **kwargs):
        response = next(iter(self._stub(iter([self._request(**kwargs)]))))
        if response.HasField("error_response"):
            assert response.error_response.error_code == grpc.StatusCode.NOT_FOUND.value[0], response.error_response
            raise KeyError(response.error_response.error_message)
        return response

    def _add(self, response):
        first = None
        for raw in response.file_descriptor_response.file_descriptor_proto:
            proto = descriptor_pb2.FileDescriptorProto.FromString(raw)
            first = first or proto
            if proto.name not in self._known:
                self._known[proto.name] = proto
                self.Add(proto)
        return first

    def get_services(self):
        return [s.name for s in self._ask(list_services="").list_services_response.service]

    def FindFileByName(self, name):
        try:
            return super().FindFileByName(name)
        except KeyError:
            return self._add(self._ask(file_by_filename=name))

    def FindFileContainingSymbol(self, symbol):
        try:
            return super().FindFileContainingSymbol(symbol)
        except KeyError:
            self._add(self._ask(file_containing_symbol=symbol))
            return super().FindFileContainingSymbol(symbol)


def main():
    endpoint, calls = sys.argv[1], json.loads(sys.argv[2])
    max_len = 1024 * 1024 * 256
    channel = grpc.insecure_channel(endpoint, options=[("grpc.max_send_message_length", max_len), ("grpc.max_receive_message_length", max_len)])
    grpc.channel_ready_future(channel).result(timeout=3)
    db = ReflectionDatabase(channel)
    pool = descriptor_pool.DescriptorPool(db)
    services = db.get_services()
    methods = {}
    for name in services:
        desc = pool.FindServiceByName(name)
        methods[desc.name] = {m.name: m for m in desc.methods}
    results = []
    for call in calls:
        service, verb = call["method"].split(".")
        method = methods[service][verb]
        path = f"/{method.containing_service.full_name}/{method.name}"
        try:
            request = json_format.ParseDict(call["params"], message_class(method.input_type)())
        except json_format.ParseError as e:
            results.append({"parse_error": str(e)})
            continue
        response_class = message_class(method.output_type)
        metadata = (("token", "NO_TOKEN"),)
        try:
            if method.server_streaming:
                stub = channel.unary_stream(path, request_serializer=request.__class__.SerializeToString, response_deserializer=response_class.FromString)
                responses = [json_format.MessageToDict(r, preserving_proto_field_name=True) for r in stub(request, metadata=metadata)]
                results.append({"responses": responses})
            else:
                stub = channel.unary_unary(path, request_serializer=request.__class__.SerializeToString, response_deserializer=response_class.FromString)
                response = stub(request, metadata=metadata, timeout=180)
                results.append({"response": json_format.MessageToDict(response, preserving_proto_field_name=True)})
        except grpc.RpcError as e:
            results.append({"error": {"code": e.code().name, "details": e.details()}})
    print(json.dumps({"services": services, "methods": {s: sorted(m) for s, m in methods.items()}, "results": results}))


if __name__ == "__main__":
    main()

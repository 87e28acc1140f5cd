import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bufBuild, type BuiltSet } from './descriptor-sets';

/** One message with every kind of field ParseDict treats differently. */
const SAMPLE_PROTO = `
syntax = "proto3";
package fixture.v1;

import "google/protobuf/struct.proto";
import "google/protobuf/timestamp.proto";
import "google/protobuf/wrappers.proto";

message Sample {
  enum Kind {
    KIND_NONE = 0;
    ALPHA = 1;
    BETA = 2;
  }
  message Sort {
    string key = 1;
    bool desc = 2;
  }
  string name = 1;
  int32 limit = 2;
  int64 big = 3;
  uint32 small = 4;
  double ratio = 5;
  float ratio32 = 6;
  bool flag = 7;
  bytes blob = 8;
  Kind kind = 9;
  repeated string tags = 10;
  repeated Sort sorts = 11;
  map<string, int32> counts = 12;
  map<int32, Sort> by_id = 13;
  google.protobuf.Struct options = 14;
  google.protobuf.Value any_value = 15;
  google.protobuf.ListValue items = 16;
  google.protobuf.Int32Value wrapped = 17;
  google.protobuf.Timestamp at = 18;
  Sort sort = 19;
  optional string maybe = 20;
  oneof choice {
    string text = 21;
    int32 number = 22;
  }
}
`;

/** Builds SAMPLE_PROTO with buf in a temporary directory (outside the repository's buf workspace). */
export function buildSampleSet(): BuiltSet {
  const dir = mkdtempSync(path.join(tmpdir(), 'plugin-testing-sample-'));
  try {
    writeFileSync(path.join(dir, 'sample.proto'), SAMPLE_PROTO);
    return bufBuild([], '.', dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

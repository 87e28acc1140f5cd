import { fromBinary } from '@bufbuild/protobuf';
import { BinaryReader, WireType } from '@bufbuild/protobuf/wire';
import { FileDescriptorProtoSchema, type DescriptorProto, type FileDescriptorProto } from '@bufbuild/protobuf/wkt';

export interface IndexedFile {
  name: string;
  /** The FileDescriptorProto bytes exactly as protoc/buf wrote them. */
  raw: Uint8Array;
  dependencies: string[];
}

/**
 * The files a plugin serves over reflection, indexed by file name and by every
 * fully-qualified symbol they define. Built from protoc-built FileDescriptorSets,
 * keeping each file's bytes verbatim: re-encoding would risk exactly the drift
 * (lost dependency lists, renamed fields) that breaks the Python core.
 */
export class DescriptorIndex {
  private readonly files = new Map<string, IndexedFile>();
  private readonly symbols = new Map<string, string>();

  /** Indexes only the files that `serviceNames` need (their files and transitive imports). */
  static forServices(sets: readonly Uint8Array[], serviceNames: readonly string[]): DescriptorIndex {
    const all = new Map<string, { file: IndexedFile; proto: FileDescriptorProto }>();
    for (const set of sets) {
      for (const raw of splitFileDescriptorSet(set)) {
        const proto = fromBinary(FileDescriptorProtoSchema, raw);
        if (!all.has(proto.name))
          all.set(proto.name, { file: { name: proto.name, raw, dependencies: proto.dependency }, proto });
      }
    }
    const index = new DescriptorIndex();
    const serviceFile = new Map<string, string>();
    for (const { proto } of all.values()) {
      for (const s of proto.service) serviceFile.set(qualify(proto.package, s.name), proto.name);
    }
    const visit = (name: string) => {
      if (index.files.has(name)) return;
      const entry = all.get(name);
      if (!entry) throw new Error(`descriptor set lacks ${name}`);
      index.add(entry.file, entry.proto);
      entry.file.dependencies.forEach(visit);
    };
    for (const service of serviceNames) {
      const file = serviceFile.get(service);
      if (!file) throw new Error(`no descriptor set defines service ${service}; pass its set in descriptorSets`);
      visit(file);
    }
    return index;
  }

  /** The file and all files it imports, transitively, requested file first. */
  fileWithDependencies(name: string): IndexedFile[] | undefined {
    if (!this.files.has(name)) return undefined;
    const out: IndexedFile[] = [];
    const seen = new Set<string>();
    const visit = (n: string) => {
      if (seen.has(n)) return;
      seen.add(n);
      const file = this.files.get(n);
      if (!file) return;
      out.push(file);
      file.dependencies.forEach(visit);
    };
    visit(name);
    return out;
  }

  fileContainingSymbol(symbol: string): string | undefined {
    return this.symbols.get(symbol.replace(/^\./, ''));
  }

  private add(file: IndexedFile, proto: FileDescriptorProto): void {
    this.files.set(file.name, file);
    const define = (symbol: string) => this.symbols.set(symbol, file.name);
    const addMessage = (scope: string, m: DescriptorProto) => {
      const name = qualify(scope, m.name);
      define(name);
      m.nestedType.forEach((n) => addMessage(name, n));
      m.enumType.forEach((e) => define(qualify(name, e.name)));
      m.field.forEach((f) => define(qualify(name, f.name)));
      m.extension.forEach((x) => define(qualify(name, x.name)));
    };
    proto.messageType.forEach((m) => addMessage(proto.package, m));
    for (const e of proto.enumType) {
      define(qualify(proto.package, e.name));
      e.value.forEach((v) => define(qualify(proto.package, v.name)));
    }
    for (const s of proto.service) {
      const name = qualify(proto.package, s.name);
      define(name);
      s.method.forEach((m) => define(qualify(name, m.name)));
    }
    proto.extension.forEach((x) => define(qualify(proto.package, x.name)));
  }
}

function qualify(scope: string, name: string): string {
  return scope ? `${scope}.${name}` : name;
}

/** Splits a serialized FileDescriptorSet into the raw bytes of each `file` (field 1). */
export function splitFileDescriptorSet(set: Uint8Array): Uint8Array[] {
  const reader = new BinaryReader(set);
  const files: Uint8Array[] = [];
  while (reader.pos < reader.len) {
    const [field, wireType] = reader.tag();
    if (field === 1 && wireType === WireType.LengthDelimited) files.push(reader.bytes());
    else reader.skip(wireType);
  }
  return files;
}

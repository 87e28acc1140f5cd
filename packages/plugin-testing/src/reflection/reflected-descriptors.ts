import type { DescriptorProto, FileDescriptorProto } from '@bufbuild/protobuf/wkt';
import type { ReflectedFiles, ReflectionClient } from './reflection-client';
import { ReflectionNotFoundError } from './reflection-errors';

/**
 * Collects FileDescriptorProtos over reflection the way Python's
 * `DescriptorPool(ProtoReflectionDescriptorDatabase(channel))` does for
 * `FindServiceByName`: ask `file_containing_symbol` for the service, keep every
 * file of every response, then ask `file_by_filename` for each import not seen
 * yet, transitively. Files are only requested when no earlier response held them.
 */
export class ReflectedDescriptors {
  /** Every file any response carried, by name (the database). */
  private readonly known = new Map<string, FileDescriptorProto>();
  private readonly symbols = new Map<string, string>();
  /** Files needed by resolved services, dependencies first (the pool). */
  private readonly needed: FileDescriptorProto[] = [];
  private readonly neededNames = new Set<string>();

  constructor(private readonly reflection: ReflectionClient) {}

  /** Loads the file defining `service` and all its imports. Throws a one-line Error naming what is missing. */
  async resolveService(service: string): Promise<void> {
    const file = await this.fileContainingSymbol(service);
    await this.require(file, []);
  }

  /** The files the resolved services need, each after its dependencies. */
  files(): FileDescriptorProto[] {
    return [...this.needed];
  }

  private async require(file: FileDescriptorProto, importChain: string[]): Promise<void> {
    if (this.neededNames.has(file.name)) return;
    if (importChain.includes(file.name)) throw new Error(`import cycle: ${[...importChain, file.name].join(' -> ')}`);
    for (const dependency of file.dependency) {
      const dep = await this.fileByName(dependency, file.name);
      await this.require(dep, [...importChain, file.name]);
    }
    this.neededNames.add(file.name);
    this.needed.push(file);
  }

  private async fileContainingSymbol(symbol: string): Promise<FileDescriptorProto> {
    const local = this.lookupSymbol(symbol);
    if (local) return local;
    this.add(await this.ask(() => this.reflection.fileContainingSymbol(symbol), `symbol "${symbol}" was not found`));
    const found = this.lookupSymbol(symbol);
    if (!found) throw new Error(`file_containing_symbol "${symbol}" returned no file that defines it`);
    return found;
  }

  private async fileByName(name: string, importedBy: string): Promise<FileDescriptorProto> {
    const local = this.known.get(name);
    if (local) return local;
    const missing = `file "${name}" (imported by "${importedBy}") was not found`;
    this.add(await this.ask(() => this.reflection.fileByFilename(name), missing));
    const found = this.known.get(name);
    if (!found) throw new Error(`file_by_filename "${name}" (imported by "${importedBy}") did not return that file`);
    return found;
  }

  private async ask(request: () => Promise<ReflectedFiles>, notFoundMessage: string): Promise<ReflectedFiles> {
    try {
      return await request();
    } catch (error) {
      if (error instanceof ReflectionNotFoundError)
        throw new Error(`${notFoundMessage} (error_code 5)`, { cause: error });
      throw error;
    }
  }

  /** Like ProtoReflectionDescriptorDatabase: a file name seen once is never replaced. */
  private add(response: ReflectedFiles): void {
    for (const file of response.files) {
      if (this.known.has(file.name)) continue;
      this.known.set(file.name, file);
      for (const symbol of topLevelSymbols(file)) this.symbols.set(symbol, file.name);
    }
  }

  /** As Python's DescriptorDatabase: exact symbol, else its parent (for fields, methods, enum values). */
  private lookupSymbol(symbol: string): FileDescriptorProto | undefined {
    const name = this.symbols.get(symbol) ?? this.symbols.get(symbol.slice(0, Math.max(0, symbol.lastIndexOf('.'))));
    return name === undefined ? undefined : this.known.get(name);
  }
}

function topLevelSymbols(file: FileDescriptorProto): string[] {
  const out: string[] = [];
  const addMessage = (scope: string, message: DescriptorProto) => {
    const name = qualify(scope, message.name);
    out.push(name);
    message.nestedType.forEach((nested) => addMessage(name, nested));
    message.enumType.forEach((e) => out.push(qualify(name, e.name)));
  };
  file.messageType.forEach((m) => addMessage(file.package, m));
  for (const e of file.enumType) {
    out.push(qualify(file.package, e.name));
    e.value.forEach((v) => out.push(qualify(file.package, v.name)));
  }
  file.extension.forEach((x) => out.push(qualify(file.package, x.name)));
  file.service.forEach((s) => out.push(qualify(file.package, s.name)));
  return out;
}

function qualify(scope: string, name: string): string {
  return scope ? `${scope}.${name}` : name;
}

export { CoreClient, type ConnectOptions } from './client/core-client';
export { type CallOptions } from './client/call-options';
export { CoreCallError } from './errors/core-call-error';
export { ParseDictError } from './errors/parse-dict-error';
export { ConnectError } from './errors/connect-error';
export { ReflectionClient, type ReflectionVersion, type ReflectedFiles } from './reflection/reflection-client';
export { ReflectionError, ReflectionNotFoundError } from './reflection/reflection-errors';

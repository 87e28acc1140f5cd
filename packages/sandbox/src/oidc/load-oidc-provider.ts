/**
 * oidc-provider, loaded when a realm starts (not when the sandbox package is imported). On Node 20
 * it prints "Unsupported runtime" as it loads (it supports 22+, where our images run); that one line
 * is dropped so that the CLI and the tests keep a clean stderr. It works on 20.
 */
export async function loadOidcProvider(): Promise<typeof import('oidc-provider')> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (!String(args[0]).includes('oidc-provider WARNING: Unsupported runtime')) warn(...args);
  };
  try {
    return await import('oidc-provider');
  } finally {
    console.warn = warn;
  }
}

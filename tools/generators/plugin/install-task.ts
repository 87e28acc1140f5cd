import { execFileSync } from 'node:child_process';

/**
 * A new folder under plugins/ is a new npm workspace: `npm install` links it into
 * node_modules/@cloudforet and records it in package-lock.json, which `npm ci` needs.
 * Then `npm run docs <name>` fills its README's generated reference, so docs:check passes at once.
 */
export function installAndDocument(root: string, name: string): void {
  execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  execFileSync('npm', ['run', '--silent', 'docs', '--', name], { cwd: root, stdio: 'inherit' });
}

import { execSync } from 'node:child_process';

/**
 * A new folder under plugins/ is a new npm workspace: `npm install` links it into
 * node_modules/@cloudforet and records it in package-lock.json, which `npm ci` needs.
 */
export function runNpmInstall(root: string): void {
  execSync('npm install --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
}

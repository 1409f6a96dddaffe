import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './paths.ts';

const webIndex = fileURLToPath(new URL('../../web/dist/index.html', import.meta.url));

/** Builds the web app with Vite; `ifMissing` skips the build when one exists. */
export function buildWeb(options: { ifMissing: boolean }): void {
  if (options.ifMissing && existsSync(webIndex)) return;
  console.log('Building the web app (web/dist)…');
  execFileSync('vite', ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
}

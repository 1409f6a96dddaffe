import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './paths.ts';

/** The office app (web/dist) and the field app (web/dist/veld, built second: the first build empties dist). */
const builds = [
  { config: 'web/vite.config.ts', index: '../../web/dist/index.html' },
  { config: 'web/vite.field.config.ts', index: '../../web/dist/veld/index.html' },
];

/** Builds both web apps with Vite; `ifMissing` skips the build when both exist. */
export function buildWeb(options: { ifMissing: boolean }): void {
  const built = builds.every((build) => existsSync(fileURLToPath(new URL(build.index, import.meta.url))));
  if (options.ifMissing && built) return;
  console.log('Building the web apps (web/dist, web/dist/veld)…');
  for (const build of builds) {
    execFileSync('vite', ['build', '--config', build.config, '--logLevel', 'warn'], {
      cwd: repoRoot,
      stdio: 'inherit',
    });
  }
}

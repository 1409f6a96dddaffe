import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './paths.ts';
import { findPostgresBin } from './throwaway-postgres.ts';

/**
 * The tests need Debian's PostgreSQL server and Chromium. On a Debian machine where we are root they
 * are installed (as `.ci/run` does); anywhere else the message says what to install.
 */
export function ensureSystemPackages(): void {
  const missing = [
    ...(findPostgresBin() ? [] : ['postgresql']),
    ...(existsSync(chromiumPath) ? [] : ['chromium']),
    ...(existsSync('/usr/sbin/dovecot') ? [] : ['dovecot-imapd']),
  ];
  if (missing.length === 0) return;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    throw new Error(
      `The tests need ${missing.join(', ')} (Debian packages). Install them with\n` +
        `  sudo apt-get install -y ${missing.join(' ')}\nthen run npm test again.`,
    );
  }
  console.log(`Installing ${missing.join(', ')} with apt-get (needed by the tests)…`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

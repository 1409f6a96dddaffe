import { fileURLToPath } from 'node:url';

/** The repository's root folder, wherever the script runs from. */
export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Debian's Chromium, used by the end-to-end tests. */
export const chromiumPath = '/usr/bin/chromium';

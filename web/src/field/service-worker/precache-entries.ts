/** One file the service worker installs ahead (workbox's PrecacheEntry). */
export type PrecacheEntry = { url: string; revision: string | null };

/** A file of the field app's build: its path below the output folder ('/' separated) and a content hash. */
export type BuiltFile = { path: string; contentHash: string };

/** Vite's own bookkeeping and the service worker itself are not part of the app. */
const notPrecached = [/^\.vite\//, /^sw\.js$/, /\.map$/];

/**
 * Every file of the field app's build as precache entries under its base: the hashed files in assets/
 * carry their version in their name (revision null); the others (index.html, the manifest, the icons)
 * get their content hash, so that a changed file is fetched again by the next release.
 */
export function precacheEntries(files: readonly BuiltFile[], base: string): PrecacheEntry[] {
  return files
    .filter((file) => !notPrecached.some((pattern) => pattern.test(file.path)))
    .map((file) => ({
      url: `${base}${file.path}`,
      revision: file.path.startsWith('assets/') ? null : file.contentHash,
    }))
    .sort((a, b) => a.url.localeCompare(b.url));
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

type ManifestChunk = { file: string; css?: string[]; imports?: string[]; dynamicImports?: string[] };

export type LoadedFile = { file: string; bytes: number; gzipBytes: number };

/**
 * The files a browser loads before a Vite-built page can start (its entry, the chunks it imports
 * statically and their CSS), from the build's `.vite/manifest.json`; chunks loaded on demand are
 * listed separately. Gzip at level 9, as a server would send them.
 */
export function firstLoad(distDir: string, entry = 'index.html') {
  const manifest = JSON.parse(readFileSync(path.join(distDir, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const initial = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    for (const css of chunk.css ?? []) initial.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry);
  const onDemand = new Set<string>();
  for (const chunk of Object.values(manifest)) {
    if (!initial.has(chunk.file)) onDemand.add(chunk.file);
    for (const css of chunk.css ?? []) if (!initial.has(css)) onDemand.add(css);
  }
  const measure = (file: string): LoadedFile => {
    const content = readFileSync(path.join(distDir, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  };
  return { initial: [...initial].map(measure), onDemand: [...onDemand].map(measure) };
}

export const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

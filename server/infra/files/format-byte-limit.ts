/** A size limit for a message to people: '25 MB' (whole MB, rounded down) or, below 1 MB, '256 kB' (at least 1 kB). */
export function formatByteLimit(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.floor(bytes / (1024 * 1024))} MB`;
  return `${Math.max(1, Math.ceil(bytes / 1024))} kB`;
}

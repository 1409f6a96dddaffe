/** Calls `onStall` when `kick` has not been called for `stallMs`; a download calls `kick` on every chunk. */
export function startStallWatchdog(stallMs: number, onStall: () => void): { kick(): void; stop(): void } {
  let timer = setTimeout(onStall, stallMs);
  return {
    kick() {
      clearTimeout(timer);
      timer = setTimeout(onStall, stallMs);
    },
    stop() {
      clearTimeout(timer);
    },
  };
}

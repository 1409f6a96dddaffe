import { useSyncExternalStore } from 'react';
import { type KeptAnswerMessage, keptAnswerMessage } from '../service-worker/cache-rules';

/**
 * Per API path: when the answer the page got last was kept on the device (epoch ms), if the service worker
 * answered from the device because the server did not answer (in time). A fresh answer removes the path.
 */
let keptAt: ReadonlyMap<string, number> = new Map();
const listeners = new Set<() => void>();

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Follows the service worker's word on each data answer (sw.ts, the keptAnswer plugin). */
export function listenForKeptAnswers(container: ServiceWorkerContainer): void {
  container.addEventListener('message', (event: MessageEvent<Partial<KeptAnswerMessage> | null>) => {
    const message = event.data;
    if (message?.type !== keptAnswerMessage || typeof message.path !== 'string') return;
    const at = typeof message.keptAt === 'string' ? Date.parse(message.keptAt) : Number.NaN;
    const next = new Map(keptAt);
    if (Number.isNaN(at)) next.delete(message.path);
    else next.set(message.path, at);
    keptAt = next;
    for (const listener of listeners) listener();
  });
  container.startMessages();
}

/** When the data last given for this path were kept on the device; null when they came from the server. */
export function useKeptAt(path: string): number | null {
  return useSyncExternalStore(subscribe, () => keptAt.get(path) ?? null);
}

export { KeptAgeNote } from './kept-age-note';
export { KlicOfflineBadge } from './klic-offline-badge';
export { NewVersionToast } from './new-version-toast';
export { OfflineSyncLine } from './offline-sync-line';
export { registerFieldServiceWorker } from './service-worker-registration';
export { forgetAllOffline, forgetKlicOffline, keptKlicCount } from './sync-engine';
export { useKeepKlicsOffline } from './use-offline';

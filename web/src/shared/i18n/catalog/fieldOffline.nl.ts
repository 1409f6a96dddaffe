/** Dutch texts of the field app's offline part; `fieldOffline.en.ts` has the same keys. */
export const fieldOfflineNl = {
  state: {
    pending: 'Nog niet offline',
    busy: 'Ophalen {{done}} van {{total}}',
    ready: 'Offline beschikbaar',
    failed: 'Ophalen mislukt',
  },
  summary_one: '{{ready}} van {{count}} KLIC offline beschikbaar op dit toestel',
  summary_other: '{{ready}} van {{count}} KLIC’s offline beschikbaar op dit toestel',
  syncing: 'KLIC’s worden opgehaald voor gebruik zonder verbinding…',
  paused: 'Ophalen gaat verder zodra er weer verbinding is.',
  failed: 'Niet alle KLIC’s konden worden opgehaald.',
  storageUsed: '{{size}} in gebruik',
  unsupported: 'Deze browser kan KLIC’s niet op het toestel bewaren; zonder verbinding ziet u ze niet.',
  newVersion: 'Nieuwe versie beschikbaar',
  newVersionText: 'Herlaad de app om de nieuwe versie te gebruiken. Uw wachtrij blijft bewaard.',
  reload: 'Herladen',
  keptAt: 'Gegevens van {{time}} — mogelijk niet actueel',
  olderMap: 'Kaart van een oudere levering; de nieuwe wordt geladen.',
};

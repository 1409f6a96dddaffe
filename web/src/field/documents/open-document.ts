const viewable = new Set(['application/pdf', 'image/png', 'image/jpeg']);

/**
 * Opens a KLIC document from this page's fetch: the service worker answers it from the copy on the phone
 * (a new tab's own request for an /api address is outside the service worker's reach and would fail without
 * a connection). A PDF or picture opens in a new tab, opened at once inside the tap so that no popup blocker
 * stops it; anything else (Word, TIFF) is saved under its own name, for the phone's own app to open.
 */
export async function openDocument(url: string, fileName: string, onFailure: () => void): Promise<void> {
  const tab = window.open('', '_blank');
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`status ${response.status}`);
    const blob = await response.blob();
    const blobUrl = URL.createObjectURL(blob);
    window.setTimeout(() => URL.revokeObjectURL(blobUrl), 5 * 60_000);
    if (tab && viewable.has(blob.type)) {
      tab.location.href = blobUrl;
      return;
    }
    tab?.close();
    const link = document.createElement('a');
    link.href = blobUrl;
    link.download = fileName;
    link.click();
  } catch {
    tab?.close();
    onFailure();
  }
}

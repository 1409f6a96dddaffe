/**
 * Opens a KLIC document in a new tab from this page's fetch: the service worker answers it from the copy on
 * the phone (a new tab's own request for an /api address is outside the service worker's reach and would
 * fail without a connection). The tab is opened at once, inside the tap, so that no popup blocker stops it.
 */
export async function openDocument(url: string, onFailure: () => void): Promise<void> {
  const tab = window.open('', '_blank');
  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`status ${response.status}`);
    const blobUrl = URL.createObjectURL(await response.blob());
    if (tab) tab.location.href = blobUrl;
    else window.location.assign(blobUrl);
    window.setTimeout(() => URL.revokeObjectURL(blobUrl), 5 * 60_000);
  } catch {
    tab?.close();
    onFailure();
  }
}

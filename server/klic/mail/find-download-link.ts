import { htmlAnchors } from './html-text.ts';

/** The Kadaster's download path: https://service10.kadaster.nl/gds2/download/public/<uuid>. */
const kadasterDownloadPath = /\/gds2\/download\//i;
const downloadLabel = /download\s+levering/i;
/** "Download levering <https://…>" (Outlook's plain text) or "Download levering [https://…]". */
const labelledTextLink = /download\s+levering\s*[<[(:]?\s*(https:\/\/[^\s<>"'\])]+)/i;
const textLink = /https:\/\/[^\s<>"'\])]+/gi;

/**
 * The "Download levering" link of a delivery notice: from the HTML's anchors, else from the text. A link
 * counts when its label says "Download levering" or it has the Kadaster's download path, and only as https
 * (javascript:, ftp: and the like are ignored). Whether the host is trusted is for the caller to decide.
 */
export function findDownloadLink(html: string, text: string): string | null {
  return linkFromHtml(html) ?? linkFromText(text);
}

function linkFromHtml(html: string): string | null {
  const anchors = htmlAnchors(html);
  const labelled = anchors.filter(({ label }) => downloadLabel.test(label));
  const withPath = anchors.filter(({ href }) => kadasterDownloadPath.test(href));
  return firstHttps([...labelled, ...withPath].map(({ href }) => href));
}

function linkFromText(text: string): string | null {
  const labelled = labelledTextLink.exec(text)?.[1];
  const withPath = [...text.matchAll(textLink)]
    .map(([url]) => url)
    .filter((url) => kadasterDownloadPath.test(url));
  const candidates = [...(labelled === undefined ? [] : [labelled]), ...withPath];
  return firstHttps(candidates.map((url) => url.replace(/[.,;:!?]+$/, '')));
}

function firstHttps(candidates: string[]): string | null {
  for (const candidate of candidates) {
    const url = httpsUrl(candidate);
    if (url !== null) return url;
  }
  return null;
}

/** The link itself, unwrapped from Microsoft 365 Safe Links, when it is https; otherwise null. */
function httpsUrl(candidate: string): string | null {
  if (!URL.canParse(candidate)) return null;
  const url = new URL(candidate);
  if (url.hostname.endsWith('.safelinks.protection.outlook.com')) {
    const wrapped = url.searchParams.get('url');
    return wrapped !== null && wrapped !== candidate ? httpsUrl(wrapped) : null;
  }
  return url.protocol === 'https:' ? url.href : null;
}

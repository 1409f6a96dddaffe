// Mails are read with mailparser's own HTML-to-text conversion switched off: on hostile HTML it can block
// the event loop for seconds. These conversions are linear: every pattern stops at the next "<" or ">".

const blockTag = /<\/?(?:p|div|br|tr|li|ul|ol|h[1-6]|table|blockquote|hr)\b[^<>]*>/gi;
const anyTag = /<[^<>]*>/g;

/** The readable text of an HTML body, good enough to find the Kadaster's wording and numbers in. */
export function htmlToText(html: string): string {
  const text = decodeEntities(html.replace(blockTag, '\n').replace(anyTag, ''));
  return text.replace(/[\u00a0\u200b-\u200d]/g, ' ').replace(/[ \t]+\n/g, '\n');
}

export function decodeEntities(value: string): string {
  return value
    .replace(/&#x([0-9a-f]{1,6});/gi, (whole, hex: string) => codePoint(Number.parseInt(hex, 16), whole))
    .replace(/&#(\d{1,7});/g, (whole, decimal: string) => codePoint(Number.parseInt(decimal, 10), whole))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
}

function codePoint(value: number, whole: string): string {
  return value <= 0x10ffff ? String.fromCodePoint(value) : whole;
}

export type HtmlAnchor = { href: string; label: string };

const anchorTag = /<(\/?)a\b([^<>]*)>/gi;
/** A Kadaster mail has a few dozen links; more than this is no mail a person wrote or forwarded. */
const maxAnchors = 10_000;
const hrefAttribute = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/** The first anchors of an HTML body with their href and text; an unclosed anchor ends at the next one. */
export function htmlAnchors(html: string): HtmlAnchor[] {
  const anchors: HtmlAnchor[] = [];
  let open: { href: string; labelStart: number } | null = null;
  for (const tag of html.matchAll(anchorTag)) {
    if (anchors.length >= maxAnchors) break;
    if (open !== null) {
      const label = html.slice(open.labelStart, tag.index);
      const text = /[<&]/.test(label) ? htmlToText(label) : label;
      anchors.push({ href: open.href, label: text.replace(/\s+/g, ' ').trim() });
    }
    const [whole, closing, attributes = ''] = tag;
    open = closing ? null : { href: hrefOf(attributes), labelStart: tag.index + whole.length };
  }
  return anchors;
}

function hrefOf(attributes: string): string {
  const match = hrefAttribute.exec(attributes);
  return decodeEntities(match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim();
}

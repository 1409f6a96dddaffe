import { describe, expect, it } from 'vitest';
import { findDownloadLink } from './find-download-link.ts';

const link = 'https://service10.kadaster.nl/gds2/download/public/3f2b8a6e-1c4d-4e8f-9a0b-7c6d5e4f3a2b';

describe('findDownloadLink', () => {
  it('takes the href of the anchor labelled "Download levering", also with markup around the label', () => {
    const html = `<a href="https://www.kadaster.nl/">Kadaster</a> <a class="btn" href='${link}'><span>Download</span>\n<b>levering</b></a>`;
    expect(findDownloadLink(html, '')).toBe(link);
  });

  it('takes an anchor with the Kadaster’s download path whatever its label', () => {
    expect(findDownloadLink(`<a href="${link}">hier</a>`, '')).toBe(link);
  });

  it('decodes entities in the href', () => {
    const html = '<a href="https://example.nl/gds2/download/public/1?a=1&amp;b=2">Download levering</a>';
    expect(findDownloadLink(html, '')).toBe('https://example.nl/gds2/download/public/1?a=1&b=2');
  });

  it('unwraps a Microsoft 365 Safe Links href', () => {
    const wrapped = `https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent(link)}&data=05%7C01`;
    expect(findDownloadLink(`<a href="${wrapped}">Download levering</a>`, '')).toBe(link);
  });

  it('falls back to the text: Outlook’s "<…>", HTML-as-text "[…]" and a bare link at the end of a sentence', () => {
    expect(findDownloadLink('', `Download levering <${link}>`)).toBe(link);
    expect(findDownloadLink('', `Download levering [${link}]`)).toBe(link);
    expect(findDownloadLink('', `Kopieer deze link: ${link}.`)).toBe(link);
  });

  it('does not take a neighbouring link for the download link', () => {
    const text = 'Download levering [javascript:alert(1)] of bel ons: https://www.kadaster.nl/contact';
    expect(findDownloadLink('<a href="javascript:alert(1)">Download levering</a>', text)).toBeNull();
  });

  it('ignores links that are neither labelled nor on the download path', () => {
    expect(
      findDownloadLink('<a href="https://www.klicviewer.nl/">KLIC-viewer</a>', 'https://www.kadaster.nl/'),
    ).toBeNull();
  });
});

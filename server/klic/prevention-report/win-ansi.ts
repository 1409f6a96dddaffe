/** The characters of Windows-1252 beyond Latin-1: what the PDF's standard fonts can show besides it. */
const windows1252Extras = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * Text a standard PDF font (Helvetica, WinAnsi) can show: other characters (emoji, Polish or Turkish
 * letters a worker typed) become '?' instead of glyph garbage.
 */
export function winAnsi(text: string): string {
  let result = '';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const latin1 = (code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || character === '\n';
    result += latin1 || windows1252Extras.has(character) ? character : '?';
  }
  return result;
}

import fc from 'fast-check';

/**
 * (b) Text-level damage of a delivery's GML for the property test of storeDelivery: slices deleted or
 * doubled, XML's special characters and invalid bytes inserted, tags swapped, the file cut short, the
 * IMKL namespace or version changed, key elements removed or given nonsense values.
 */
export type GmlMutation =
  | { kind: 'deleteSlice'; at: number; length: number }
  | { kind: 'duplicateSlice'; at: number; length: number; to: number }
  | { kind: 'insertText'; at: number; text: string }
  | { kind: 'insertBytes'; at: number; bytes: readonly number[] }
  | { kind: 'swapTags'; first: number; second: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'namespace'; prefix: 'imkl' | 'gml'; uri: string }
  | { kind: 'schemaVersion'; version: string }
  | { kind: 'encoding'; declaration: string }
  | { kind: 'removeElement'; name: string; nth: number }
  | { kind: 'duplicateFeatureMember'; nth: number; times: number }
  | { kind: 'replaceText'; element: string; nth: number; value: string }
  | { kind: 'replaceHref'; nth: number; value: string };

/** Near the start (the root, the request and delivery metadata) or anywhere. */
const at = fc.oneof(fc.nat({ max: 5_000 }), fc.nat());
const nth = fc.oneof(fc.nat({ max: 5 }), fc.nat({ max: 5_000 }));
const xmlSnippets = [
  '<',
  '>',
  '&',
  ']]>',
  '<![CDATA[',
  '<!--',
  '"',
  '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
  '<!DOCTYPE lol [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>',
  '&e;',
  '&#0;',
  '&#x110000;',
  '\u0000',
  '\uFEFF',
  '<?xml version="1.0"?>',
  '</gml:featureMember>',
  '<gml:featureMember><imkl:Kabel gml:id="x">',
  ' xmlns:imkl="http://example.com/anders"',
  '😀ü€',
];
const garbageNumbers = [
  '1.5',
  '-1',
  '0',
  '2147483648',
  '1e39',
  '-1e39',
  '1e-50',
  '1e400',
  'NaN',
  '',
  'abc def',
];
const garbageText = [
  '',
  ' ',
  'x'.repeat(10_000),
  '&lt;script&gt;',
  '../../etc/passwd',
  'ü€😀',
  '%E0%A4%A',
  'true',
  '22O0005081',
];
const numberElements = ['leveringsvolgnummer', 'rotatiehoekSymbool', 'gml:posList', 'gml:pos'];
const textElements = [
  'indicatieLeveringCompleet',
  'datumLeveringSamengesteld',
  'klicMeldnummer',
  'aanvraagDatum',
  'referentie',
  'bestandLocatie',
  'kaartreferentie',
  'label',
  'bronhoudercode',
];
const replaceText = (elements: string[], values: string[]) =>
  fc.record({
    kind: fc.constant('replaceText' as const),
    element: fc.constantFrom(...elements),
    nth,
    value: fc.constantFrom(...values),
  });

export const gmlMutation: fc.Arbitrary<GmlMutation> = fc.oneof(
  fc.record({ kind: fc.constant('deleteSlice' as const), at, length: fc.integer({ min: 1, max: 2_000 }) }),
  fc.record({
    kind: fc.constant('duplicateSlice' as const),
    at,
    length: fc.integer({ min: 1, max: 2_000 }),
    to: at,
  }),
  fc.record({
    kind: fc.constant('insertText' as const),
    at,
    text: fc.oneof(
      fc.constantFrom(...xmlSnippets),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }),
    ),
  }),
  fc.record({
    kind: fc.constant('insertBytes' as const),
    at,
    bytes: fc.constantFrom(
      [0xff],
      [0xc3],
      [0x80],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
      [0xc0, 0xaf],
    ),
  }),
  fc.record({ kind: fc.constant('swapTags' as const), first: nth, second: nth }),
  fc.record({ kind: fc.constant('truncate' as const), at }),
  fc.record({
    kind: fc.constant('namespace' as const),
    prefix: fc.constantFrom('imkl' as const, 'gml' as const),
    uri: fc.constantFrom(
      'http://www.geostandaarden.nl/imkl/2015/wion/1.2',
      'http://www.geostandaarden.nl/imkl/wibon/3.0',
      'http://www.opengis.net/gml',
      'http://example.com/niet-imkl',
      '',
    ),
  }),
  fc.record({
    kind: fc.constant('schemaVersion' as const),
    version: fc.constantFrom('1.2.1', '3.0.0', '2.1', '2.0.0-rc', 'IMKL2015', 'x', ''),
  }),
  fc.record({
    kind: fc.constant('encoding' as const),
    declaration: fc.constantFrom('UTF-16', 'ISO-8859-1', 'windows-1252', 'EBCDIC-US', 'utf-32', ''),
  }),
  fc.record({
    kind: fc.constant('removeElement' as const),
    name: fc.constantFrom(
      'klicMeldnummer',
      'GebiedsinformatieAanvraag',
      'GebiedsinformatieLevering',
      'leveringsvolgnummer',
    ),
    nth: fc.constant(0),
  }),
  fc.record({
    kind: fc.constant('duplicateFeatureMember' as const),
    nth,
    times: fc.integer({ min: 1, max: 3 }),
  }),
  { weight: 2, arbitrary: replaceText(numberElements, garbageNumbers) },
  replaceText(textElements, garbageText),
  fc.record({
    kind: fc.constant('replaceHref' as const),
    nth,
    value: fc.constantFrom(
      '',
      '#',
      'http://x/%',
      'http://x/%E0%A4%A',
      '#nl.imkl-onbekend',
      'x'.repeat(5_000),
    ),
  }),
);

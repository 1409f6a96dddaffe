/**
 * The PMKL 2.0 colours and line patterns (unchanged in 3.0) as plain data, in ONE place for the web map
 * (web/src/shared/klic-map/pmkl-style.ts) and the server's PDFs (the prevention report). No imports, so
 * that both toolchains can load it: Vite bundles it, Node runs it with type stripping.
 */
export const themeColours: Readonly<Record<string, string>> = {
  datatransport: '#00ff00',
  gasLageDruk: '#ffd750',
  gasHogeDruk: '#ffaf3c',
  buisleidingGevaarlijkeInhoud: '#ff7f00',
  landelijkHoogspanningsnet: '#ff0000',
  hoogspanning: '#ff0000',
  middenspanning: '#c80000',
  laagspanning: '#960000',
  petrochemie: '#b64a00',
  rioolVrijverval: '#ba38a8',
  rioolOnderOverOfOnderdruk: '#800080',
  warmte: '#008080',
  water: '#0000ff',
  wees: '#918a6f',
  overig: '#6f5c10',
};

/** Graaf-, informatie- and oriëntatiepolygoon. */
export const requestPolygonColour = '#ff00ff';

/** A theme outside the table (a newer IMKL, a typo) is drawn as "overig", never left out. */
export function themeColour(theme: string | null): string {
  return theme && Object.hasOwn(themeColours, theme)
    ? (themeColours[theme] as string)
    : (themeColours.overig as string);
}

export type LineStatus = 'inUse' | 'planned' | 'outOfUse';

/** IMKL currentStatus (functional / projected / disused) and EigenTopografie's status (bestaand / plan …). */
export function lineStatus(status: string | undefined): LineStatus {
  switch (status) {
    case 'projected':
    case 'plan':
    case 'planned':
    case 'underConstruction':
      return 'planned';
    case 'disused':
    case 'decommissioned':
    case 'buitenGebruik':
    case 'removed':
      return 'outOfUse';
    default:
      return 'inUse';
  }
}

/** In use solid, planned dashed 4/16, out of use dashed 40/12/8/12 (pixels on screen, points on paper). */
export const statusDashes: Readonly<Record<LineStatus, readonly number[] | undefined>> = {
  inUse: undefined,
  planned: [4, 16],
  outOfUse: [40, 12, 8, 12],
};

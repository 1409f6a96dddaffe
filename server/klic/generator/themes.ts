import { inspire, waarde } from './gml-writer.ts';

/** The cable and pipe feature types of IMKL 2.0; their geometry lives in the UtilityLink they point to. */
export const CABLE_KINDS = [
  'Elektriciteitskabel',
  'OlieGasChemicalienPijpleiding',
  'Telecommunicatiekabel',
  'Waterleiding',
  'Rioolleiding',
  'ThermischePijpleiding',
  'Mantelbuis',
  'Kabelbed',
  'Duct',
  'Overig',
] as const;
export type CableKind = (typeof CABLE_KINDS)[number];

type Family = { networkType: string; appurtenanceList: string; appurtenanceTypes: readonly string[] };

export type ThemeSpec = Family & {
  thema: string;
  /** Short code used in EV codes. */
  code: string;
  /** Cycled through by the cables of this theme, so that every kind shows up. */
  cableKinds: readonly CableKind[];
  /** Texts the operator writes beside its lines (annotations). */
  labels: readonly string[];
  /** Distance from the street's centreline in metres, so that themes lie side by side. */
  offset: number;
  /** standaardDieptelegging in metres. */
  depth: number;
};

const family = (type: string, appurtenanceList: string, appurtenanceTypes: string[]): Family => ({
  networkType: type.startsWith('http') ? type : inspire('UtilityNetworkTypeValue', type),
  appurtenanceList: `${appurtenanceList}AppurtenanceTypeIMKLValue`,
  appurtenanceTypes,
});
const FAMILIES = {
  telecom: family('telecommunications', 'Telecommunications', [
    'mof',
    'handhole',
    'kabelverdeler',
    'overlengte',
  ]),
  electricity: family('electricity', 'Electricity', ['mof', 'eindkap', 'aarding', 'afdekplaten']),
  gas: family('oilGasChemical', 'OilGasChemicals', ['afsluiter', 'overgangsstuk', 'aftakzadel', 'tstuk']),
  sewer: family('sewer', 'Sewer', ['overstort', 'puntVanLevering', 'overig']),
  thermal: family('thermal', 'Thermal', ['afsluiter', 'compensator', 'ontluchting', 'put']),
  water: family('water', 'Water', ['afsluiter', 'blindflens', 'eindpunt', 'materiaalovergang']),
  other: family(waarde('UtilityNetworkTypeIMKLValue', 'overig'), 'Overig', ['overig', 'onbekend']),
};

/** Per theme: EV code, network family, distance from the street's centreline (m) and standard depth (m). */
const BASICS: Record<string, [string, keyof typeof FAMILIES, number, number]> = {
  datatransport: ['DT', 'telecom', 0.8, 0.6],
  gasLageDruk: ['GLD', 'gas', 1.6, 0.8],
  gasHogeDruk: ['GHD', 'gas', 2.4, 1],
  buisleidingGevaarlijkeInhoud: ['BGI', 'gas', 5.2, 1.2],
  landelijkHoogspanningsnet: ['LHS', 'electricity', 6, 1.4],
  hoogspanning: ['HS', 'electricity', 4.4, 1.2],
  middenspanning: ['MS', 'electricity', 1.2, 0.8],
  laagspanning: ['LS', 'electricity', 0.4, 0.6],
  petrochemie: ['PCH', 'gas', 5.8, 1.2],
  rioolVrijverval: ['RV', 'sewer', 0, 1.8],
  rioolOnderOverOfOnderdruk: ['RO', 'sewer', 2.8, 1.1],
  warmte: ['WA', 'thermal', 3.4, 1],
  water: ['WTR', 'water', 2, 1],
  wees: ['WEES', 'other', 3.8, 0.9],
  overig: ['OV', 'other', 0.6, 0.5],
};

const KINDS_BY_THEME: Record<string, CableKind[]> = {
  datatransport: ['Telecommunicatiekabel', 'Duct', 'Telecommunicatiekabel', 'Kabelbed'],
  buisleidingGevaarlijkeInhoud: ['OlieGasChemicalienPijpleiding', 'Mantelbuis'],
  landelijkHoogspanningsnet: ['Elektriciteitskabel', 'Mantelbuis'],
  middenspanning: ['Elektriciteitskabel', 'Elektriciteitskabel', 'Mantelbuis'],
  rioolVrijverval: ['Rioolleiding'],
  rioolOnderOverOfOnderdruk: ['Rioolleiding'],
  warmte: ['ThermischePijpleiding', 'Mantelbuis'],
  water: ['Waterleiding'],
  wees: ['Overig'],
  overig: ['Overig', 'Duct'],
};
const DEFAULT_KINDS: Record<keyof typeof FAMILIES, CableKind[]> = {
  telecom: ['Telecommunicatiekabel'],
  electricity: ['Elektriciteitskabel'],
  gas: ['OlieGasChemicalienPijpleiding'],
  sewer: ['Rioolleiding'],
  thermal: ['ThermischePijpleiding'],
  water: ['Waterleiding'],
  other: ['Overig'],
};

const LABELS: Record<string, string[]> = {
  datatransport: ['2x glas 48v', 'HDPE 40 (4 buizen)', 'Koper 10x2'],
  gasLageDruk: ['PE 110 100 mbar', 'PVC 63 30 mbar'],
  gasHogeDruk: ['Staal 168 8 bar', 'PE 160 4 bar'],
  buisleidingGevaarlijkeInhoud: ['Aardgas 40 bar Ø 323', 'Stikstof Ø 219'],
  landelijkHoogspanningsnet: ['380 kV', '220 kV'],
  hoogspanning: ['150 kV 3x1x1200 Cu', '110 kV'],
  middenspanning: ['3x1x240 Al XLPE', '3x95 Al GPLK'],
  laagspanning: ['4x150 Al', '4x95 Al', '4x16 Cu'],
  petrochemie: ['Nafta Ø 250', 'Ethyleen Ø 200'],
  rioolVrijverval: ['Beton Ø 500 DWA', 'PVC 315 HWA'],
  rioolOnderOverOfOnderdruk: ['PE 160 persleiding', 'PE 90 drukriool'],
  warmte: ['Stadsverwarming 2x DN150', 'Warmte DN80 aanvoer & retour'],
  water: ['PVC 110', 'AC 150', 'PE 40 huisaansluiting'],
  wees: ['Verlaten leiding, eigenaar onbekend'],
  overig: ['Signaalkabel verkeerslichten', 'Drainage PVC 80'],
};

/** The 15 IMKL themes, in the order the Kadaster lists them. */
export const THEMES: readonly ThemeSpec[] = Object.entries(BASICS).map(
  ([thema, [code, kind, offset, depth]]) => ({
    thema,
    code,
    ...FAMILIES[kind],
    cableKinds: KINDS_BY_THEME[thema] ?? DEFAULT_KINDS[kind],
    labels: LABELS[thema] ?? [thema],
    offset,
    depth,
  }),
);

export function themeSpec(thema: string): ThemeSpec {
  const spec = THEMES.find((candidate) => candidate.thema === thema);
  if (!spec) throw new RangeError(`Unknown IMKL theme: ${thema}`);
  return spec;
}

/** Themes where an operator typically sets an EV (eis voorzorgsmaatregel), in order of preference. */
export const EV_THEMES = [
  'gasHogeDruk',
  'hoogspanning',
  'landelijkHoogspanningsnet',
  'buisleidingGevaarlijkeInhoud',
];

/**
 * Dutch names for what a KLIC delivery says about a map object: IMKL types, themes, attribute names and
 * the code-list values planners meet most. Anything not listed is shown as it came, never dropped.
 */
export const typeNames: Readonly<Record<string, string>> = {
  Elektriciteitskabel: 'Elektriciteitskabel',
  Telecommunicatiekabel: 'Telecommunicatiekabel',
  Waterleiding: 'Waterleiding',
  Rioolleiding: 'Rioolleiding',
  OlieGasChemicalienPijpleiding: 'Olie-, gas- of chemicaliënleiding',
  ThermischePijpleiding: 'Warmteleiding',
  Mantelbuis: 'Mantelbuis',
  Duct: 'Kabelgoot (duct)',
  Kabelbed: 'Kabelbed',
  Overig: 'Overige kabel of leiding',
  UtilityLink: 'Leidingtracé',
  Appurtenance: 'Leidingelement',
  Kast: 'Kast',
  Mast: 'Mast',
  Mangat: 'Mangat',
  Toren: 'Toren',
  TechnischGebouw: 'Technisch gebouw',
  DiepteNAP: 'Diepte t.o.v. NAP',
  DiepteTovMaaiveld: 'Diepte t.o.v. maaiveld',
  ExtraDetailinfo: 'Extra detailinformatie',
  Annotatie: 'Annotatie',
  Maatvoering: 'Maatvoering',
  AanduidingEisVoorzorgsmaatregel: 'Gebied met eis voorzorgsmaatregel (EV)',
  ExtraGeometrie: 'Extra geometrie',
  EigenTopografie: 'Eigen topografie',
  Veiligheidsgebied: 'Veiligheidsgebied',
  Graafpolygoon: 'Graafpolygoon',
  Orientatiepolygoon: 'Oriëntatiepolygoon',
  Informatiepolygoon: 'Informatiepolygoon',
};

export const themeNames: Readonly<Record<string, string>> = {
  datatransport: 'Datatransport',
  gasLageDruk: 'Gas lage druk',
  gasHogeDruk: 'Gas hoge druk',
  buisleidingGevaarlijkeInhoud: 'Buisleiding gevaarlijke inhoud',
  landelijkHoogspanningsnet: 'Landelijk hoogspanningsnet',
  hoogspanning: 'Hoogspanning',
  middenspanning: 'Middenspanning',
  laagspanning: 'Laagspanning',
  petrochemie: '(Petro)chemie',
  rioolVrijverval: 'Riool vrij verval',
  rioolOnderOverOfOnderdruk: 'Riool onder over- of onderdruk',
  warmte: 'Warmte',
  water: 'Water',
  wees: 'Weesleiding',
  overig: 'Overig',
};

export const propertyNames: Readonly<Record<string, string>> = {
  currentStatus: 'Status',
  status: 'Status',
  validFrom: 'Geldig vanaf',
  validTo: 'Geldig tot',
  verticalPosition: 'Verticale ligging',
  geoNauwkeurigheidXY: 'Nauwkeurigheid ligging',
  appurtenanceType: 'Soort element',
  rotatiehoek: 'Rotatiehoek',
  rotatiehoekSymbool: 'Rotatiehoek symbool',
  bovengrondsZichtbaar: 'Bovengronds zichtbaar',
  maatvoeringsType: 'Soort maatvoering',
  annotatieType: 'Soort annotatie',
  label: 'Label',
  omschrijving: 'Omschrijving',
  toelichting: 'Toelichting',
  fictitious: 'Fictief',
  utilityDeliveryType: 'Soort net',
  operatingVoltage: 'Bedrijfsspanning (V)',
  nominalVoltage: 'Nominale spanning (V)',
  buismateriaalType: 'Materiaal',
  pressure: 'Druk (bar)',
  oilGasChemicalsProductType: 'Product',
  pipeDiameter: 'Diameter (mm)',
  kabelDiameter: 'Kabeldiameter (mm)',
  aantalKabelsLeidingen: 'Aantal kabels of leidingen',
  ductWidth: 'Breedte duct (mm)',
  warningType: 'Soort waarschuwing',
  typeTopografischObject: 'Soort topografisch object',
  extraInfoType: 'Soort extra informatie',
  bestandLocatie: 'Bestand',
  bestandMediaType: 'Bestandstype',
  dieptePeil: 'Diepte (m)',
  diepteNauwkeurigheid: 'Nauwkeurigheid diepte',
  diepteAangrijpingspunt: 'Gemeten aan',
  datumOpmetingDieptePeil: 'Diepte gemeten op',
  maaiveldPeil: 'Maaiveldpeil (m)',
  datumOpmetingMaaiveldPeil: 'Maaiveld gemeten op',
  eisVoorzorgsmaatregel: 'Eis voorzorgsmaatregel',
  netbeheerderNetAanduiding: 'Aanduiding net',
  netbeheerderNetOmschrijving: 'Omschrijving net',
  netbeheerderWerkAanduiding: 'Aanduiding werk',
  naam: 'Contactpersoon',
  telefoon: 'Telefoon',
  email: 'E-mail',
  towerHeight: 'Hoogte toren (m)',
  poleHeight: 'Hoogte mast (m)',
  hoogte: 'Hoogte (m)',
  sewerWaterType: 'Soort rioolwater',
  waterType: 'Soort water',
  thermalProductType: 'Product',
  telecommunicationsCableMaterialType: 'Kabelsoort',
  producttype: 'Product',
  postcode: 'Postcode',
  huisnummer: 'Huisnummer',
  huisletter: 'Huisletter',
  huisnummertoevoeging: 'Toevoeging',
  openbareRuimteNaam: 'Straat',
  woonplaatsNaam: 'Woonplaats',
  eanCode: 'EAN-code',
};

const valueNames: Readonly<Record<string, string>> = {
  functional: 'In gebruik',
  projected: 'Gepland',
  disused: 'Buiten gebruik',
  bestaand: 'Bestaand',
  plan: 'Gepland',
  underground: 'Ondergronds',
  onGroundSurface: 'Op maaiveld',
  suspendedOrElevated: 'Bovengronds',
  true: 'Ja',
  false: 'Nee',
  tot30cm: 'tot 30 cm',
  tot50cm: 'tot 50 cm',
  tot100cm: 'tot 100 cm',
  onbekend: 'onbekend',
  bovenkant: 'bovenkant',
  onderkant: 'onderkant',
};

/** References to other objects (gml:id) and internals that mean nothing to a planner. */
const hiddenProperties = new Set([
  'nodes',
  'startNode',
  'endNode',
  'cables',
  'pipes',
  'ducts',
  'dieptelegging',
  'extraGeometrie',
  'heeftExtraInformatie',
  'bestandIdentificator',
  'namespace',
  'lokaalID',
  'versie',
  'aangrijpingHorizontaal',
  'aangrijpingVerticaal',
]);

const lookup = (table: Readonly<Record<string, string>>, key: string) =>
  Object.hasOwn(table, key) ? table[key] : undefined;

export const typeName = (type: string) => lookup(typeNames, type) ?? type;
export const themeName = (theme: string | null) => (theme ? (lookup(themeNames, theme) ?? theme) : '—');

/** A value as a planner reads it: code lists in Dutch, ISO dates as dd-mm-jjjj, decimals with a comma. */
export function displayValue(value: string): string {
  const known = lookup(valueNames, value);
  if (known) return known;
  const date = /^(\d{4})-(\d{2})-(\d{2})(T|$)/.exec(value);
  if (date) return `${date[3]}-${date[2]}-${date[1]}`;
  if (/^-?\d+\.\d+$/.test(value)) return value.replace('.', ',');
  return value;
}

export type AttributeRow = { name: string; value: string };

/** The rows of the attribute panel: what the object is, then its known attributes, then the rest. */
export function attributeRows(feature: {
  type: string;
  theme: string | null;
  operatorName: string | null;
  properties: Record<string, string>;
}): AttributeRow[] {
  const rows: AttributeRow[] = [
    { name: 'Soort object', value: typeName(feature.type) },
    { name: 'Thema', value: themeName(feature.theme) },
  ];
  if (feature.operatorName) rows.push({ name: 'Netbeheerder', value: feature.operatorName });
  const entries = Object.entries(feature.properties).filter(([key]) => !hiddenProperties.has(key));
  const known = entries.filter(([key]) => lookup(propertyNames, key));
  const other = entries.filter(([key]) => !lookup(propertyNames, key));
  for (const [key, value] of [...known, ...other]) {
    rows.push({ name: lookup(propertyNames, key) ?? key, value: displayValue(value) });
  }
  return rows;
}

/** IMKL 2.0 feature types Veldwerk knows; anything else is kept and reported as a warning. */
export const metadataTypes = new Set([
  'GebiedsinformatieLevering',
  'GebiedsinformatieAanvraag',
  'Belanghebbende',
  'Beheerder',
  'Belang',
  'Bijlage',
  'EisVoorzorgsmaatregelBijlage',
  'Utiliteitsnet',
]);

/** Cables and pipes: their geometry is on the UtilityLink that net:link points to. */
export const networkElementTypes = new Set([
  'Elektriciteitskabel',
  'Telecommunicatiekabel',
  'Waterleiding',
  'Rioolleiding',
  'OlieGasChemicalienPijpleiding',
  'ThermischePijpleiding',
  'Mantelbuis',
  'Duct',
  'Kabelbed',
  'Overig',
]);

export const requestPolygonTypes = new Set(['Graafpolygoon', 'Informatiepolygoon', 'Orientatiepolygoon']);

const mapObjectTypes = [
  'UtilityLink',
  'Appurtenance',
  'Kast',
  'Mast',
  'Mangat',
  'Toren',
  'TechnischGebouw',
  'DiepteNAP',
  'DiepteTovMaaiveld',
  'ExtraDetailinfo',
  'Annotatie',
  'Maatvoering',
  'ExtraGeometrie',
  'EigenTopografie',
  'AanduidingEisVoorzorgsmaatregel',
  'Veiligheidsgebied',
];

export const knownFeatureTypes = new Set([
  ...metadataTypes,
  ...networkElementTypes,
  ...requestPolygonTypes,
  ...mapObjectTypes,
]);

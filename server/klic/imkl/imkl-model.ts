/**
 * The typed content of an IMKL 2.0 delivery (gebiedsinformatielevering) as Veldwerk reads it. Names follow
 * the IMKL standard where a planner would recognise them (meldnummer, netbeheerder, eisVoorzorgsmaatregel).
 * Coordinates stay in RD New (EPSG:28992, metres); a WGS84 bounding box is kept beside them.
 */

export type AanvraagSoort = 'graafmelding' | 'orientatieverzoek' | 'calamiteitenmelding';

export type Position = [x: number, y: number];

/** GeoJSON-shaped geometry in RD New. */
export type Geometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPoint'; coordinates: Position[] }
  | { type: 'MultiLineString'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };

/** [minX, minY, maxX, maxY]; RD metres or WGS84 degrees (lon, lat). */
export type BBox = [number, number, number, number];

export type Contact = { naam: string | null; telefoon: string | null; email: string | null };

export type Levering = {
  volgnummer: number | null;
  compleet: boolean | null;
  datumSamengesteld: string | null;
  /** The background raster inside the ZIP, e.g. 'bronnen/GB_22G0027001.png'. */
  achtergrondkaart: string | null;
};

export type Partij = { organisatie: string | null; contact: Contact | null };

export type Aanvraag = {
  meldnummer: string | null;
  ordernummer: string | null;
  positienummer: string | null;
  referentie: string | null;
  aanvraagSoort: AanvraagSoort | null;
  aanvraagDatum: string | null;
  startDatum: string | null;
  eindDatum: string | null;
  soortWerkzaamheden: string[];
  locatie: string | null;
  aanvrager: Partij | null;
  opdrachtgever: Partij | null;
};

export type Bijlage = {
  gmlId: string;
  bronhoudercode: string | null;
  /** The last part of bijlageType, e.g. 'eisVoorzorgsmaatregel', 'algemeen', 'profielschets'. */
  soort: string | null;
  /** Path inside the ZIP folder, e.g. 'bronnen/TS1383/…pdf'. */
  bestandLocatie: string | null;
  mediaType: string | null;
  thema: string | null;
  eisVoorzorgsmaatregel: string | null;
  toelichting: string | null;
};

export type Netbeheerder = {
  bronhoudercode: string;
  naam: string | null;
  themas: string[];
  eisVoorzorgsmaatregel: boolean;
  beheerdersinformatieGeleverd: boolean | null;
  betrokkenBijAanvraag: boolean | null;
  contactNetinformatie: Contact[];
  contactBeschadiging: Contact[];
  contactAanvraag: Contact[];
  /** Who to contact about the EV, from the operator's EV areas (AanduidingEisVoorzorgsmaatregel). */
  contactEisVoorzorgsmaatregel: Contact[];
  bijlagen: Bijlage[];
};

/** One map object: a cable or pipe, a point object, an annotation, an EV area, a request polygon … */
export type ImklFeature = {
  gmlId: string;
  /** The IMKL feature type as in the XML, e.g. 'Elektriciteitskabel', 'UtilityLink', 'Annotatie'. */
  type: string;
  bronhoudercode: string | null;
  /** gml:id of the Utiliteitsnet (theme) this object belongs to. */
  networkRef: string | null;
  /** gml:id of the UtilityLink that holds a cable's or pipe's geometry. */
  linkRef: string | null;
  geometry: Geometry | null;
  label: string | null;
  rotation: number | null;
  /** Other simple values of the feature (status, depth, EV code, …) by element name. */
  properties: Record<string, string>;
};

export type WarningCode =
  | 'dangling_link'
  | 'unknown_feature_type'
  | 'unknown_element'
  | 'unreadable_geometry';

export type ReadWarning = { code: WarningCode; count: number; examples: string[] };

export type DeliverySummary = {
  imklVersion: '2.0';
  levering: Levering;
  aanvraag: Aanvraag;
  netbeheerders: Netbeheerder[];
  /** Utiliteitsnet gml:id → thema, for giving cables and pipes their theme. */
  networkThemes: Record<string, string>;
  themas: string[];
  counts: Record<string, number>;
  bbox: { rd: BBox; wgs84: BBox } | null;
  warnings: ReadWarning[];
};

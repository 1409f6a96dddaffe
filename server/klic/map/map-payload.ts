import type { BBox, Geometry } from '../imkl/imkl-model.ts';

/** One drawable map object of a delivery: cables and pipes carry their UtilityLink's geometry. */
export type MapFeature = {
  gmlId: string;
  /** The IMKL type, e.g. 'Elektriciteitskabel', 'Annotatie', 'AanduidingEisVoorzorgsmaatregel'. */
  type: string;
  theme: string | null;
  bronhoudercode: string | null;
  geometry: Geometry;
  label: string | null;
  /** Degrees counter-clockwise, as IMKL's rotatiehoek. */
  rotation: number | null;
  properties: Record<string, string>;
};

export type MapOperator = { bronhoudercode: string; name: string | null; themes: string[]; ev: boolean };

/** The background raster (bronnen/GB_….png) and the RD extent it covers (the delivery's gml:boundedBy). */
export type MapBackground = { url: string; extent: BBox; width: number; height: number };

export type RequestPolygon = {
  type: 'Graafpolygoon' | 'Orientatiepolygoon' | 'Informatiepolygoon';
  geometry: Geometry;
};

/** Everything the map of one KLIC needs, from its current delivery; RD New (EPSG:28992) metres. */
export type MapPayload = {
  melding: { id: string; meldnummer: string; aanvraagSoort: string | null };
  delivery: { id: string; volgnummer: number; complete: boolean };
  bbox: BBox | null;
  operators: MapOperator[];
  requestPolygons: RequestPolygon[];
  background: MapBackground | null;
  features: MapFeature[];
};

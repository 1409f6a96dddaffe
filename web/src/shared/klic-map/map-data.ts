/** What `GET /api/klic/meldingen/:id/map` answers (server/klic/map/map-payload.ts); RD New metres. */
export type Position = [number, number];
export type BBox = [number, number, number, number];

export type MapGeometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPoint'; coordinates: Position[] }
  | { type: 'MultiLineString'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };

export type MapFeatureData = {
  gmlId: string;
  type: string;
  theme: string | null;
  bronhoudercode: string | null;
  geometry: MapGeometry;
  label: string | null;
  rotation: number | null;
  properties: Record<string, string>;
};

export type MapOperator = { bronhoudercode: string; name: string | null; themes: string[]; ev: boolean };

export type KlicMapData = {
  melding: { id: string; meldnummer: string; aanvraagSoort: string | null };
  delivery: { id: string; volgnummer: number; complete: boolean };
  bbox: BBox | null;
  operators: MapOperator[];
  requestPolygons: Array<{ type: string; geometry: MapGeometry }>;
  background: { url: string; extent: BBox; width: number; height: number } | null;
  features: MapFeatureData[];
};

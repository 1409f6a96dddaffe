import type { KlicMapData } from '@/shared/klic-map';

/** A labelled point on the field map (e.g. a registration), RD New metres. */
export type MapMarker = { position: [number, number]; label: string };

export type FieldMapProps = {
  data: KlicMapData;
  /**
   * Pick mode: a tap sets a point (RD New metres, rounded to centimetres) instead of showing an object's
   * attributes; measuring is then not offered.
   */
  onPick?: (rd: [number, number]) => void;
  /** The picked point, drawn as a cross-hair. */
  picked?: [number, number] | null;
  markers?: readonly MapMarker[];
};

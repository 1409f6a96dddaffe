/** Where the registration lies: RD New metres, from the GPS (with its accuracy) or tapped on the map. */
export type PickedLocation = {
  position: [number, number];
  source: 'gps' | 'map';
  accuracyM: number | null;
};

/** Above this the GPS position is shown as rough, with the advice to wait or pick on the map. */
export const roughAccuracyM = 30;

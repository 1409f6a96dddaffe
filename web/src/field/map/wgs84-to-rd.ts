import proj4 from 'proj4';

/**
 * RD New (EPSG:28992) with the 7-parameter datum shift of the Dutch standard, as the server uses
 * (server/klic/imkl/rd-to-wgs84.ts): within a metre of RDNAPTRANS™, well inside a phone's GPS accuracy.
 * Loaded on demand with the first position (proj4 stays out of the map's own code).
 */
const rdNew =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 ' +
  '+ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';

const converter = proj4('WGS84', rdNew);

/** A GPS position (longitude, latitude in degrees) in RD New metres, rounded to centimetres. */
export function wgs84ToRd(longitude: number, latitude: number): [number, number] {
  const [x = Number.NaN, y = Number.NaN] = converter.forward([longitude, latitude]);
  return [Math.round(x * 100) / 100, Math.round(y * 100) / 100];
}

type Converter = typeof import('./wgs84-to-rd').wgs84ToRd;
let converter: Promise<Converter> | undefined;

/** The WGS84 → RD New converter; proj4 is fetched when first needed (with the first position), not with the app. */
export function loadWgs84ToRd(): Promise<Converter> {
  if (!converter) {
    converter = import('./wgs84-to-rd').then((module) => module.wgs84ToRd);
    converter.catch(() => {
      converter = undefined;
    });
  }
  return converter;
}

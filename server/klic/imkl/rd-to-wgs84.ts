import { createRequire } from 'node:module';
import type { BBox } from './imkl-model.ts';

// Loaded with require(): an `import` of this 317 KB CommonJS file makes Node scan all of it for its
// export names first, about a quarter of the start-up time of `veldwerk klic inspect`.
const proj4 = createRequire(import.meta.url)('proj4') as typeof import('proj4');

/** RD New (Amersfoort / RD New) with the datum shift the Dutch standard uses for WGS84. */
const rdNew =
  '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 ' +
  '+ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs';

const converter = proj4(rdNew, 'WGS84');

/** The WGS84 box (lon/lat) around an RD box: the extremes of its four transformed corners. */
export function rdBBoxToWgs84(box: BBox): BBox {
  const corners = [
    [box[0], box[1]],
    [box[0], box[3]],
    [box[2], box[1]],
    [box[2], box[3]],
  ].map((corner) => converter.forward(corner));
  const lons = corners.map((corner) => corner[0] as number);
  const lats = corners.map((corner) => corner[1] as number);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)].map(
    (value) => Math.round(value * 1e7) / 1e7,
  ) as BBox;
}

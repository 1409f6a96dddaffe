import LayerGroup from 'ol/layer/Group';
import ImageLayer from 'ol/layer/Image';
import TileLayer from 'ol/layer/Tile';
import ImageSource from 'ol/source/Image';
import ImageWMS from 'ol/source/ImageWMS';
import XYZ from 'ol/source/XYZ';
import TileGrid from 'ol/tilegrid/TileGrid';
import type { KlicMapData } from './map-data';
import { rdExtent, rdProjection } from './rd-projection';

/** Longest side of the raster's overview: sharp up to about 1:850 for the Kadaster's 14 px per metre. */
const overviewPixels = 2048;

/**
 * The delivery's own raster (bronnen/GB_….png, often 7000 × 7000 px) stretched over the extent it covers.
 * Decoding it whole takes half a second, so the browser decodes it off the main thread
 * (createImageBitmap of the fetched bytes) into an overview of at most 2048 px first, and into full size
 * only when the user zooms in beyond what the overview shows sharply. The bytes are fetched once, when the
 * layer is made.
 */
export function deliveryBackgroundLayer(background: NonNullable<KlicMapData['background']>) {
  const { url, extent, width, height } = background;
  // Fetched at once (cheap for the processor); decoded when the layer is first drawn.
  const bytes = fetch(url, { credentials: 'same-origin' }).then((response) => {
    if (!response.ok) throw new Error(`background raster: HTTP ${response.status}`);
    return response.blob();
  });
  bytes.catch(() => undefined);
  const factor = Math.min(1, overviewPixels / Math.max(width, height, 1));
  const rasterLayer = (scale: number, options: { zIndex: number; maxResolution?: number }) =>
    new ImageLayer({
      ...options,
      source: new ImageSource({
        projection: rdProjection,
        interpolate: true,
        loader: async () => {
          const image = await createImageBitmap(await bytes, {
            resizeWidth: Math.max(1, Math.round(width * scale)),
            resizeHeight: Math.max(1, Math.round(height * scale)),
            resizeQuality: 'medium',
          });
          return { image, extent, resolution: (extent[2] - extent[0]) / image.width, pixelRatio: 1 };
        },
      }),
    });
  const layers = [rasterLayer(factor, { zIndex: -2 })];
  if (factor < 1) {
    // Metres per CSS pixel below which the overview's pixels would be enlarged.
    const overviewResolution = (extent[2] - extent[0]) / (width * factor) / (window.devicePixelRatio || 1);
    layers.push(rasterLayer(1, { zIndex: -1, maxResolution: overviewResolution }));
  }
  return new LayerGroup({ layers });
}

/** Calls back once the raster's overview is drawn (or could not be loaded). */
export function onceRasterDrawn(raster: LayerGroup, callback: () => void) {
  const overview = raster.getLayers().item(0) as ImageLayer<ImageSource>;
  let called = false;
  const once = () => {
    if (!called) callback();
    called = true;
  };
  overview.once('postrender', once);
  overview.getSource()?.once('imageloaderror', once);
}

/** PDOK's RD tiling: 3440.64 m per pixel at level 0, halving per level (Geonovum's "Richtlijn tiling"). */
const rdTileGrid = new TileGrid({
  extent: rdExtent,
  origin: [rdExtent[0], rdExtent[3]],
  resolutions: Array.from({ length: 17 }, (_, level) => 3440.64 / 2 ** level),
  tileSize: 256,
});

/**
 * The configured online background (MAP_ONLINE_BACKGROUND_URL): a WMTS tile URL in RD with {z}/{x}/{y}
 * (such as PDOK's BRT achtergrondkaart), or else a WMS whose query names the layers. Loaded with CORS so
 * that the PDF export may read the pixels.
 */
export function onlineBackgroundLayer(url: string) {
  if (url.includes('{z}')) {
    return new TileLayer({
      zIndex: -3,
      source: new XYZ({ url, projection: rdProjection, tileGrid: rdTileGrid, crossOrigin: 'anonymous' }),
    });
  }
  const parsed = new URL(url);
  const params: Record<string, string> = { FORMAT: 'image/png', TRANSPARENT: 'false' };
  for (const [key, value] of parsed.searchParams) params[key.toUpperCase()] = value;
  parsed.search = '';
  return new ImageLayer({
    zIndex: -3,
    source: new ImageWMS({
      url: parsed.toString(),
      params,
      projection: rdProjection,
      crossOrigin: 'anonymous',
    }),
  });
}

import { addProjection, Projection } from 'ol/proj';

/** The Dutch tiling grid (Geonovum's "Richtlijn tiling"), also the extent of the projection. */
export const rdExtent: [number, number, number, number] = [-285401.92, 22598.08, 595401.92, 903401.92];

/**
 * RD New (EPSG:28992). Everything on the map is in RD: the delivery, its raster, the online backgrounds
 * (PDOK's RD tiling) and the PDF's scale, so no transformation to other systems is registered. That keeps
 * proj4 (a quarter of the map's code) out, and makes the scale line use RD metres, like the measuring tool
 * and the PDF export (with a transformation, OpenLayers would measure on a sphere, 0.2 % off).
 */
export const rdProjection = new Projection({ code: 'EPSG:28992', units: 'm', extent: rdExtent });
addProjection(rdProjection);

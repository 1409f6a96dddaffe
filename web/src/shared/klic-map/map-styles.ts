import type { FeatureLike } from 'ol/Feature';
import { Circle, Fill, RegularShape, Stroke, Style, Text } from 'ol/style';
import { hatchPattern } from './hatch-pattern';
import {
  type DrawingLevel,
  evHatch,
  lineWidth,
  networkLine,
  requestPolygonSpec,
  themeColour,
  zIndexOf,
} from './pmkl-style';

/** What the style function reads from a feature; set once when the features are built. */
export type FeatureStyleKeys = {
  level: DrawingLevel;
  type: string;
  theme: string | null;
  operator: string | null;
  status: string | undefined;
  /** Annotatie / Maatvoering sub-type, e.g. 'maatvoeringspijlpunt'. */
  kind: string | undefined;
  label: string | null;
  rotation: number | null;
  /** IMKL aangrijpingHorizontaal / -Verticaal: 0, 0.5 or 1. */
  anchorX: number;
  anchorY: number;
};

export type Visibility = {
  hiddenThemes: ReadonlySet<string>;
  hiddenOperators: ReadonlySet<string>;
  requestPolygons: boolean;
};

/** Labels and dimension texts only when they can be read: 1:1500 and closer. */
const labelResolution = 0.42;
const topographyColour = '#7a7a7a';
const styles = new Map<string, Style>();

function cached(key: string, make: () => Style): Style {
  let style = styles.get(key);
  if (!style) {
    style = make();
    styles.set(key, style);
  }
  return style;
}

const textAlign = (x: number): CanvasTextAlign => (x <= 0.25 ? 'left' : x >= 0.75 ? 'right' : 'center');
const textBaseline = (y: number): CanvasTextBaseline => (y <= 0.25 ? 'bottom' : y >= 0.75 ? 'top' : 'middle');
/** IMKL turns counter-clockwise in degrees; OpenLayers clockwise in radians. */
const radians = (degrees: number | null) => (-(degrees ?? 0) * Math.PI) / 180;

function labelStyle(keys: FeatureStyleKeys, colour: string): Style {
  const key = `label|${colour}|${keys.label}|${keys.rotation}|${keys.anchorX}|${keys.anchorY}`;
  return cached(
    key,
    () =>
      new Style({
        zIndex: zIndexOf('annotation'),
        text: new Text({
          text: keys.label ?? '',
          font: '12px system-ui, sans-serif',
          fill: new Fill({ color: colour }),
          stroke: new Stroke({ color: 'rgba(255, 255, 255, 0.85)', width: 3 }),
          rotation: radians(keys.rotation),
          rotateWithView: true,
          textAlign: textAlign(keys.anchorX),
          textBaseline: textBaseline(keys.anchorY),
        }),
      }),
  );
}

function pointStyle(keys: FeatureStyleKeys, colour: string): Style {
  if (keys.kind?.endsWith('pijlpunt')) {
    return cached(
      `arrow|${colour}|${keys.rotation}`,
      () =>
        new Style({
          zIndex: zIndexOf('annotation'),
          image: new RegularShape({
            points: 3,
            radius: 4,
            rotation: radians(keys.rotation) + Math.PI / 2,
            fill: new Fill({ color: colour }),
          }),
        }),
    );
  }
  return cached(
    `point|${keys.level}|${colour}`,
    () =>
      new Style({
        zIndex: zIndexOf(keys.level),
        image: new Circle({
          radius: 3,
          fill: new Fill({ color: colour }),
          stroke: new Stroke({ color: '#ffffff', width: 1 }),
        }),
      }),
  );
}

function lineOrAreaStyle(keys: FeatureStyleKeys, resolution: number, geometryType: string): Style {
  const width = lineWidth(resolution);
  const key = `${keys.level}|${keys.theme}|${keys.status}|${width}|${geometryType}`;
  return cached(key, () => {
    const zIndex = zIndexOf(keys.level);
    if (keys.level === 'request') {
      const spec = requestPolygonSpec(keys.type);
      return new Style({
        zIndex,
        stroke: new Stroke({ color: spec.stroke, width: spec.width, lineDash: spec.dash }),
        ...(spec.fill ? { fill: new Fill({ color: spec.fill }) } : {}),
      });
    }
    if (keys.level === 'ev') {
      return new Style({
        zIndex,
        fill: new Fill({ color: hatchPattern(evHatch(keys.theme)) }),
        stroke: new Stroke({ color: themeColour(keys.theme), width: 2 }),
      });
    }
    const line = networkLine(keys.theme, keys.status, resolution);
    const colour = keys.level === 'topography' ? topographyColour : line.colour;
    const thin = keys.level === 'annotation' || keys.level === 'topography' || keys.level === 'area';
    return new Style({
      zIndex,
      stroke: new Stroke({ color: colour, width: thin ? 1 : line.width, lineDash: line.dash }),
      ...(geometryType.endsWith('Polygon') ? { fill: new Fill({ color: `${colour}1a` }) } : {}),
    });
  });
}

/**
 * The one style function of the KLIC layer: styles come from caches (a handful of objects for
 * thousands of features), and hidden themes or operators simply get no style.
 */
export function createStyleFunction(visibility: () => Visibility) {
  return (feature: FeatureLike, resolution: number): Style | Style[] | undefined => {
    const keys = feature.get('keys') as FeatureStyleKeys;
    const shown = visibility();
    if (keys.level === 'request') {
      if (!shown.requestPolygons) return undefined;
    } else if (
      (keys.theme !== null && shown.hiddenThemes.has(keys.theme)) ||
      (keys.operator !== null && shown.hiddenOperators.has(keys.operator))
    ) {
      return undefined;
    }
    const colour = keys.level === 'topography' ? topographyColour : themeColour(keys.theme);
    const geometryType = feature.getGeometry()?.getType() ?? 'Point';
    const withLabel = keys.label && resolution <= labelResolution;
    if (geometryType === 'Point' || geometryType === 'MultiPoint') {
      if (keys.level === 'annotation' && keys.label && !keys.kind?.endsWith('pijlpunt')) {
        return withLabel ? labelStyle(keys, colour) : undefined;
      }
      const point = pointStyle(keys, colour);
      return withLabel ? [point, labelStyle(keys, colour)] : point;
    }
    return lineOrAreaStyle(keys, resolution, geometryType);
  };
}

/** The style of the measured line while drawing and after. */
export const measureStyle = new Style({
  stroke: new Stroke({ color: '#1c7ed6', width: 3, lineDash: [8, 6] }),
  image: new Circle({ radius: 4, fill: new Fill({ color: '#1c7ed6' }) }),
});

import { describe, expect, it } from 'vitest';
import {
  drawingLevel,
  drawingOrder,
  evHatch,
  lineStatus,
  lineWidth,
  networkLine,
  requestPolygonSpec,
  themeColour,
  zIndexOf,
} from './pmkl-style';

// The PMKL table of KLIC.md, theme by theme.
const table: Array<[string, string]> = [
  ['datatransport', '#00ff00'],
  ['gasLageDruk', '#ffd750'],
  ['gasHogeDruk', '#ffaf3c'],
  ['buisleidingGevaarlijkeInhoud', '#ff7f00'],
  ['landelijkHoogspanningsnet', '#ff0000'],
  ['hoogspanning', '#ff0000'],
  ['middenspanning', '#c80000'],
  ['laagspanning', '#960000'],
  ['petrochemie', '#b64a00'],
  ['rioolVrijverval', '#ba38a8'],
  ['rioolOnderOverOfOnderdruk', '#800080'],
  ['warmte', '#008080'],
  ['water', '#0000ff'],
  ['wees', '#918a6f'],
  ['overig', '#6f5c10'],
];

describe('theme colours', () => {
  it.each(table)('%s is drawn in %s', (theme, colour) => {
    expect(themeColour(theme)).toBe(colour);
    expect(networkLine(theme, 'functional', 0.1).colour).toBe(colour);
  });

  it('draws an unknown or missing theme as "overig" instead of leaving it out', () => {
    expect(themeColour('kernfusie')).toBe('#6f5c10');
    expect(themeColour(null)).toBe('#6f5c10');
    expect(themeColour('constructor')).toBe('#6f5c10');
  });
});

describe('line style', () => {
  it('is solid in use, dashed 4/16 when planned and 40/12/8/12 when out of use', () => {
    expect(networkLine('water', 'functional', 0.1).dash).toBeUndefined();
    expect(networkLine('water', 'projected', 0.1).dash).toEqual([4, 16]);
    expect(networkLine('water', 'disused', 0.1).dash).toEqual([40, 12, 8, 12]);
    expect(lineStatus('plan')).toBe('planned');
    expect(lineStatus(undefined)).toBe('inUse');
  });

  it('is 4, 2 or 1 px wide by scale', () => {
    expect(lineWidth(0.07)).toBe(4); // 1:250
    expect(lineWidth(0.14)).toBe(4); // 1:500
    expect(lineWidth(0.28)).toBe(2); // 1:1000
    expect(lineWidth(0.56)).toBe(2); // 1:2000
    expect(lineWidth(2)).toBe(1);
  });
});

describe('request polygons and EV areas', () => {
  it('draws dig and orientation polygons 4 px magenta dashed 30/6, the information polygon filled at 35 %', () => {
    for (const type of ['Graafpolygoon', 'Orientatiepolygoon']) {
      expect(requestPolygonSpec(type)).toEqual({ stroke: '#ff00ff', width: 4, dash: [30, 6], fill: null });
    }
    expect(requestPolygonSpec('Informatiepolygoon').fill).toBe('rgba(255, 0, 255, 0.35)');
  });

  it('hatches an EV area in its theme colour, and an unknown theme in the fallback colour', () => {
    expect(evHatch('hoogspanning')).toMatchObject({ colour: '#ff0000' });
    expect(evHatch('buisleidingGevaarlijkeInhoud').colour).toBe('#ff7f00');
    expect(evHatch(null).colour).toBe('#6f5c10');
    expect(evHatch('water').spacing).toBeGreaterThan(0);
  });
});

describe('drawing order', () => {
  it('goes from own topography at the bottom to the request polygons on top', () => {
    expect(drawingOrder[0]).toBe('topography');
    expect(drawingOrder.at(-1)).toBe('request');
    const z = (type: string, geometry: string) => zIndexOf(drawingLevel(type, geometry));
    expect(z('EigenTopografie', 'LineString')).toBeLessThan(z('AanduidingEisVoorzorgsmaatregel', 'Polygon'));
    expect(z('AanduidingEisVoorzorgsmaatregel', 'Polygon')).toBeLessThan(
      z('Elektriciteitskabel', 'LineString'),
    );
    expect(z('Elektriciteitskabel', 'LineString')).toBeLessThan(z('Appurtenance', 'Point'));
    expect(z('Appurtenance', 'Point')).toBeLessThan(z('Annotatie', 'Point'));
    expect(z('Maatvoering', 'LineString')).toBeLessThan(z('Graafpolygoon', 'Polygon'));
    expect(drawingLevel('ExtraGeometrie', 'Polygon')).toBe('area');
  });
});

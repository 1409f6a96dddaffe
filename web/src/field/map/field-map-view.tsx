import { Drawer, Paper, Text } from '@mantine/core';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { featureAtPixel, type SelectedFeature } from '@/shared/klic-map/feature-at-pixel';
import { FeaturePanel } from '@/shared/klic-map/feature-panel';
import { LayerPanel } from '@/shared/klic-map/layer-panel';
import { useMapLayers, useMeasuring } from '@/shared/klic-map/use-map-controls';
import { useOlMap } from '@/shared/klic-map/use-ol-map';
import { useSession } from '@/shared/session';
import classes from './field-map.module.css';
import type { FieldMapProps } from './field-map-types';
import { nextFollowing } from './follow-mode';
import { MapControls } from './map-controls';
import { PositionStatus } from './position-status-text';
import { useMarkers } from './use-markers';
import { useOwnPosition } from './use-own-position';
import { usePositionOnMap } from './use-position-on-map';

/** Fingers are less precise than a mouse: a tap finds an object up to 12 px away. */
const tapTolerance = 12;
const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The phone map of a KLIC: the office map's PMKL styling, layers in a bottom sheet, attributes of a tapped
 * object, measuring, the own position with its accuracy, follow mode and "centre on me"; in pick mode a
 * tap sets a point. No PDF export (office only). Loaded on demand: it brings OpenLayers.
 */
export default function FieldMapView({ data, onPick, picked = null, markers = [] }: FieldMapProps) {
  const { t } = useTranslation();
  const session = useSession();
  const onlineBackgroundUrl = session.map?.onlineBackgroundUrl ?? null;
  const [element, setElement] = useState<HTMLElement | null>(null);
  const { visibility, setVisibility, backgrounds, setBackgrounds, themes, operatorNames } =
    useMapLayers(data);
  const [layersOpen, setLayersOpen] = useState(false);
  const [selected, setSelected] = useState<SelectedFeature | null>(null);
  const [following, follow] = useReducer(nextFollowing, false);
  const map = useOlMap(element, data, visibility, backgrounds, onlineBackgroundUrl);
  const { measuring, setMeasuring, length } = useMeasuring(map);
  const position = useOwnPosition();
  const endFollowing = useCallback(() => follow('pannedByHand'), []);
  const centreOnMe = usePositionOnMap(map, position, following, endFollowing);
  useMarkers(map, markers, picked);
  const picking = onPick !== undefined;
  const located = position.status === 'located';

  useEffect(() => {
    if (position.status !== 'located' && position.status !== 'locating') follow('positionLost');
  }, [position.status]);

  // The latest onPick without subscribing again: callers often pass a new function on every render.
  const onPickRef = useRef(onPick);
  onPickRef.current = onPick;
  useEffect(() => {
    if (!map || measuring) return;
    const key = map.on('singleclick', (event) => {
      const pick = onPickRef.current;
      if (pick) {
        const [x = 0, y = 0] = event.coordinate;
        pick([round(x), round(y)]);
      } else {
        setSelected(featureAtPixel(map, event.pixel, operatorNames, tapTolerance));
      }
    });
    return () => map.un('singleclick', key.listener);
  }, [map, measuring, operatorNames]);

  const toggleFollow = () => {
    if (!following) centreOnMe();
    follow('toggle');
  };

  return (
    <div className={classes.root}>
      <section
        ref={setElement}
        className={classes.map}
        data-testid="field-map"
        aria-label={t('klicMap.map.label', { meldnummer: data.melding.meldnummer })}
      />
      <MapControls
        measuring={picking ? null : measuring}
        onMeasure={() => {
          setSelected(null);
          setMeasuring((on) => !on);
        }}
        located={located}
        following={following}
        onLocate={centreOnMe}
        onFollow={toggleFollow}
        onLayers={() => setLayersOpen(true)}
      />
      <div className={classes.bottom}>
        {measuring && (
          <Paper
            shadow="sm"
            px="sm"
            py={6}
            className={classes.status}
            aria-live="polite"
            data-testid="field-map-length"
          >
            <Text size="sm">
              {length ? t('klicMap.measure.length', { length }) : t('field.klic.map.measureHint')}
            </Text>
          </Paper>
        )}
        {picking && (
          <Paper shadow="sm" px="sm" py={6} className={classes.status}>
            <Text size="sm">{t('field.klic.map.pickHint')}</Text>
          </Paper>
        )}
        <PositionStatus position={position} />
        {selected && (
          <FeaturePanel touch title={selected.type} rows={selected.rows} onClose={() => setSelected(null)} />
        )}
      </div>
      <Drawer
        opened={layersOpen}
        onClose={() => setLayersOpen(false)}
        position="bottom"
        size="75%"
        title={t('field.klic.map.layers')}
        closeButtonProps={{ 'aria-label': t('common.close'), size: 'xl' }}
      >
        <LayerPanel
          touch
          data={data}
          themes={themes}
          visibility={visibility}
          onVisibility={setVisibility}
          backgrounds={backgrounds}
          onBackgrounds={setBackgrounds}
          onlineAvailable={onlineBackgroundUrl !== null}
        />
      </Drawer>
    </div>
  );
}

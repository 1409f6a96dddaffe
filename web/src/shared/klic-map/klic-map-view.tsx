import { Box, Button, Group, Paper, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportControls } from './export-controls';
import { featureAtPixel, type SelectedFeature } from './feature-at-pixel';
import { FeaturePanel } from './feature-panel';
import { LayerPanel } from './layer-panel';
import type { KlicMapData } from './map-data';
import { useMapLayers, useMeasuring } from './use-map-controls';
import { useOlMap } from './use-ol-map';

export type KlicMapViewProps = {
  data: KlicMapData;
  /** MAP_ONLINE_BACKGROUND_URL of the instance; null: no online background is offered. */
  onlineBackgroundUrl: string | null;
  height?: string;
};

/**
 * The planner's KLIC map: every object in PMKL style, layer toggles, attributes on click, measuring and the
 * PDF export; loaded on demand (it brings OpenLayers). The field app builds its phone map from the same
 * parts (web/src/field/map), without the PDF export.
 */
export default function KlicMapView({ data, onlineBackgroundUrl, height = '70vh' }: KlicMapViewProps) {
  const { t } = useTranslation();
  const [element, setElement] = useState<HTMLElement | null>(null);
  const { visibility, setVisibility, backgrounds, setBackgrounds, themes, operatorNames } =
    useMapLayers(data);
  const [selected, setSelected] = useState<SelectedFeature | null>(null);
  const map = useOlMap(element, data, visibility, backgrounds, onlineBackgroundUrl);
  const { measuring, setMeasuring, length } = useMeasuring(map);

  useEffect(() => {
    if (!map || measuring) return;
    const key = map.on('singleclick', (event) =>
      setSelected(featureAtPixel(map, event.pixel, operatorNames)),
    );
    return () => map.un('singleclick', key.listener);
  }, [map, measuring, operatorNames]);

  return (
    <Group align="stretch" gap="sm" wrap="nowrap" h={height}>
      <Paper withBorder w={280} style={{ flexShrink: 0, overflow: 'hidden' }}>
        <LayerPanel
          data={data}
          themes={themes}
          visibility={visibility}
          onVisibility={setVisibility}
          backgrounds={backgrounds}
          onBackgrounds={setBackgrounds}
          onlineAvailable={onlineBackgroundUrl !== null}
        />
      </Paper>
      <Box style={{ flex: 1, display: 'flex', flexDirection: 'column', gap: 8, minWidth: 0 }}>
        <Group gap="sm" justify="space-between" wrap="wrap">
          <Group gap="xs">
            <Button
              variant={measuring ? 'filled' : 'light'}
              onClick={() => setMeasuring((on) => !on)}
              data-testid="klic-map-measure"
            >
              {measuring ? t('klicMap.measure.stop') : t('klicMap.measure.start')}
            </Button>
            {measuring && (
              <Text size="sm" data-testid="klic-map-length" aria-live="polite">
                {length ? t('klicMap.measure.length', { length }) : t('klicMap.measure.hint')}
              </Text>
            )}
          </Group>
          <ExportControls map={map} meldnummer={data.melding.meldnummer} />
        </Group>
        <Box pos="relative" style={{ flex: 1, minHeight: 0 }}>
          <section
            ref={setElement}
            data-testid="klic-map"
            aria-label={t('klicMap.map.label', { meldnummer: data.melding.meldnummer })}
            style={{ position: 'absolute', inset: 0, background: '#f4f4f1', border: '1px solid #dee2e6' }}
          />
          {selected && (
            <Box pos="absolute" top={8} right={8} style={{ zIndex: 10 }}>
              <FeaturePanel title={selected.type} rows={selected.rows} onClose={() => setSelected(null)} />
            </Box>
          )}
        </Box>
      </Box>
    </Group>
  );
}

import { Button, Group, Select, Text } from '@mantine/core';
import type OlMap from 'ol/Map';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportMapToPdf } from './export-pdf';
import { type ExportScale, exportScales, formatScale, type Paper } from './pdf-layout';

/**
 * "Exporteren naar PDF": scale and sheet, then a PDF of the current view's centre. Shown before the map
 * exists (the button waits for it), so that the map's size does not change after it was fitted.
 */
export function ExportControls({ map, meldnummer }: { map: OlMap | null; meldnummer: string }) {
  const { t } = useTranslation();
  const [scale, setScale] = useState<ExportScale>(500);
  const [paper, setPaper] = useState<Paper>('A4');
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const create = async () => {
    if (!map) return;
    setState('busy');
    try {
      const date = new Date().toLocaleDateString('nl-NL', {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
      });
      await exportMapToPdf(map, {
        paper,
        scale,
        fileName: `KLIC_${meldnummer}_1-${scale}_${paper}.pdf`,
        texts: {
          title: t('klicMap.export.pdfTitle', { meldnummer }),
          scale: t('klicMap.export.pdfScale'),
          date: t('klicMap.export.pdfDate', { date }),
          north: t('klicMap.export.north'),
        },
      });
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <Group gap="xs" align="end" wrap="wrap">
      <Select
        w={110}
        label={t('klicMap.export.scale')}
        data={exportScales.map((value) => ({ value: String(value), label: formatScale(value) }))}
        value={String(scale)}
        onChange={(value) => value && setScale(Number(value) as ExportScale)}
        allowDeselect={false}
      />
      <Select
        w={130}
        label={t('klicMap.export.paper')}
        data={[
          { value: 'A4', label: t('klicMap.export.a4') },
          { value: 'A3', label: t('klicMap.export.a3') },
        ]}
        value={paper}
        onChange={(value) => value && setPaper(value as Paper)}
        allowDeselect={false}
      />
      <Button
        variant="light"
        loading={state === 'busy'}
        disabled={!map}
        onClick={() => void create()}
        data-testid="klic-map-export"
      >
        {t('klicMap.export.submit')}
      </Button>
      {state === 'failed' && (
        <Text c="red" size="sm" role="alert">
          {t('klicMap.export.failed')}
        </Text>
      )}
    </Group>
  );
}

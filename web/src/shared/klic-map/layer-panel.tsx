import { Badge, Checkbox, Divider, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { themeName } from './feature-attributes';
import type { KlicMapData } from './map-data';
import type { Visibility } from './map-styles';
import { themeColour } from './pmkl-style';
import type { Backgrounds } from './use-ol-map';

type Props = {
  data: KlicMapData;
  themes: string[];
  visibility: Visibility;
  onVisibility(next: Visibility): void;
  backgrounds: Backgrounds;
  onBackgrounds(next: Backgrounds): void;
  onlineAvailable: boolean;
  /** Larger boxes and more space between them, for fingers (the field app). */
  touch?: boolean;
};

const toggled = (set: ReadonlySet<string>, key: string) => {
  const next = new Set(set);
  if (!next.delete(key)) next.add(key);
  return next;
};

/** Toggles per theme (in its PMKL colour), per operator (with its EV), the request area and backgrounds. */
export function LayerPanel(props: Props) {
  const { t } = useTranslation();
  const { visibility, onVisibility, backgrounds, onBackgrounds } = props;
  const size = props.touch ? 'md' : 'sm';
  return (
    <ScrollArea.Autosize mah="100%" type="auto" data-testid="klic-map-layers">
      <Stack gap={props.touch ? 'lg' : 'xs'} p="sm">
        <Text fw={700}>{t('klicMap.layers.themes')}</Text>
        {props.themes.map((theme) => (
          <Checkbox
            size={size}
            key={theme}
            data-testid="klic-map-theme"
            data-theme={theme}
            checked={!visibility.hiddenThemes.has(theme)}
            onChange={() =>
              onVisibility({ ...visibility, hiddenThemes: toggled(visibility.hiddenThemes, theme) })
            }
            label={
              <Group gap={6} wrap="nowrap">
                <span aria-hidden style={{ width: 14, height: 4, background: themeColour(theme) }} />
                {themeName(theme)}
              </Group>
            }
          />
        ))}
        <Divider />
        <Text fw={700}>{t('klicMap.layers.operators')}</Text>
        {props.data.operators.map((operator) => (
          <Checkbox
            size={size}
            key={operator.bronhoudercode}
            data-testid="klic-map-operator"
            data-code={operator.bronhoudercode}
            checked={!visibility.hiddenOperators.has(operator.bronhoudercode)}
            onChange={() =>
              onVisibility({
                ...visibility,
                hiddenOperators: toggled(visibility.hiddenOperators, operator.bronhoudercode),
              })
            }
            label={
              <Group gap={6} wrap="nowrap">
                {operator.name ?? operator.bronhoudercode}
                {operator.ev && (
                  <Badge size="xs" color="red" title={t('klicMap.layers.evTitle')}>
                    {t('klicMap.layers.ev')}
                  </Badge>
                )}
              </Group>
            }
          />
        ))}
        <Divider />
        <Checkbox
          size={size}
          checked={visibility.requestPolygons}
          onChange={() => onVisibility({ ...visibility, requestPolygons: !visibility.requestPolygons })}
          label={t('klicMap.layers.requestPolygons')}
        />
        <Text fw={700}>{t('klicMap.layers.backgrounds')}</Text>
        {props.data.background ? (
          <Checkbox
            size={size}
            checked={backgrounds.delivery}
            onChange={() => onBackgrounds({ ...backgrounds, delivery: !backgrounds.delivery })}
            label={t('klicMap.layers.deliveryBackground')}
          />
        ) : (
          <Text size="sm" c="dimmed">
            {t('klicMap.layers.noBackground')}
          </Text>
        )}
        {props.onlineAvailable && (
          <Checkbox
            size={size}
            data-testid="klic-map-online-background"
            checked={backgrounds.online}
            onChange={() => onBackgrounds({ ...backgrounds, online: !backgrounds.online })}
            label={t('klicMap.layers.onlineBackground')}
          />
        )}
      </Stack>
    </ScrollArea.Autosize>
  );
}

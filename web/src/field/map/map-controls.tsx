import { ActionIcon } from '@mantine/core';
import { IconCurrentLocation, IconNavigation, IconRuler2, IconStack2 } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import classes from './field-map.module.css';

type Props = {
  /** null: measuring is not offered (pick mode). */
  measuring: boolean | null;
  onMeasure(): void;
  located: boolean;
  following: boolean;
  onLocate(): void;
  onFollow(): void;
  onLayers(): void;
};

/** The map's buttons, top right, each big enough for a finger (48 px). */
export function MapControls(props: Props) {
  const { t } = useTranslation();
  const { measuring, following } = props;
  return (
    <div className={classes.controls}>
      <ActionIcon
        size={48}
        variant="white"
        color="dark"
        aria-label={t('field.klic.map.layers')}
        onClick={props.onLayers}
        data-testid="field-map-layers"
      >
        <IconStack2 aria-hidden />
      </ActionIcon>
      {measuring !== null && (
        <ActionIcon
          size={48}
          variant={measuring ? 'filled' : 'white'}
          color={measuring ? 'blue' : 'dark'}
          aria-label={measuring ? t('field.klic.map.measureStop') : t('field.klic.map.measure')}
          aria-pressed={measuring}
          onClick={props.onMeasure}
          data-testid="field-measure"
        >
          <IconRuler2 aria-hidden />
        </ActionIcon>
      )}
      <ActionIcon
        size={48}
        variant="white"
        color="blue"
        aria-label={t('field.klic.map.locate')}
        disabled={!props.located}
        onClick={props.onLocate}
        data-testid="field-locate"
      >
        <IconCurrentLocation aria-hidden />
      </ActionIcon>
      <ActionIcon
        size={48}
        variant={following ? 'filled' : 'white'}
        color="blue"
        aria-label={following ? t('field.klic.map.followOn') : t('field.klic.map.follow')}
        aria-pressed={following}
        disabled={!props.located && !following}
        onClick={props.onFollow}
        data-testid="field-follow"
      >
        <IconNavigation aria-hidden />
      </ActionIcon>
    </div>
  );
}

import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './field-map.module.css';
import type { OwnPosition } from './position-status';

/** A line on the map saying where the worker is (± accuracy), or why the position is not shown. */
export function PositionStatus({ position }: { position: OwnPosition }) {
  const { t } = useTranslation();
  const problem =
    position.status === 'denied' || position.status === 'unavailable' || position.status === 'unsupported';
  return (
    <Paper
      shadow="sm"
      px="sm"
      py={6}
      className={classes.status}
      bg={problem ? 'yellow.1' : undefined}
      role={problem ? 'alert' : 'status'}
      data-testid="field-position"
      data-status={position.status}
    >
      <Text size="sm">
        {position.status === 'located'
          ? t('field.klic.map.position', { accuracy: Math.max(1, Math.round(position.accuracy)) })
          : t(`field.klic.map.${position.status}`)}
      </Text>
    </Paper>
  );
}

import { Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LogEntry } from '../api/logbook-api';
import { fieldChanges, fieldText, valueText } from './describe-entry';
import classes from './logbook.module.css';

/** "Voornaam: Jan → Johan" per field; a new item only shows its values, a removed one what it was. */
export function LogbookChanges({ entry }: { entry: LogEntry }) {
  const { t, i18n } = useTranslation();
  const changes = fieldChanges(i18n, entry);
  if (changes.length === 0) return null;
  return (
    <Stack gap={2}>
      {changes.map((change) => (
        <Text key={change.field} size="xs" className={classes.change} lineClamp={4}>
          <Text span inherit fw={600}>
            {fieldText(i18n, change.field)}:
          </Text>{' '}
          {change.hasBefore && (
            <Text span inherit c="dimmed">
              {valueText(t, i18n, change.field, change.before)}
            </Text>
          )}
          {change.hasBefore && change.hasAfter && (
            <>
              <span aria-hidden> → </span>
              <VisuallyHidden> {t('logbook.becomes')} </VisuallyHidden>
            </>
          )}
          {change.hasAfter && (
            <Text span inherit>
              {valueText(t, i18n, change.field, change.after)}
            </Text>
          )}
        </Text>
      ))}
    </Stack>
  );
}

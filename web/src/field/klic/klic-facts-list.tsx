import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/shared/format/date-time';
import type { FieldKlic } from '../api/field-api';
import classes from './klic-page.module.css';

/** Project · sub-project, the planner's toelichting, start date and Verloopdatum (red once expired). */
export function KlicFacts({ klic }: { klic: FieldKlic }) {
  const { t } = useTranslation();
  const project = klic.projectNumber
    ? [klic.projectNumber, klic.subProject].filter(Boolean).join(' · ')
    : t('field.klic.facts.noProject');
  return (
    <dl className={classes.facts}>
      <dt>{t('field.klic.facts.project')}</dt>
      <dd data-testid="field-klic-project">{project}</dd>
      {klic.toelichting && (
        <>
          <dt>{t('field.klic.facts.toelichting')}</dt>
          <dd style={{ whiteSpace: 'pre-wrap' }}>{klic.toelichting}</dd>
        </>
      )}
      <dt>{t('field.klic.facts.startDate')}</dt>
      <dd>{klic.projectStartDate ? formatDate(klic.projectStartDate) : t('field.klic.facts.unknown')}</dd>
      <dt>{t('field.klic.facts.expiresOn')}</dt>
      <dd>
        {klic.expiresOn ? (
          <Text
            component="span"
            c={klic.expired ? 'red.8' : undefined}
            fw={klic.expired ? 700 : undefined}
            data-testid="field-klic-expires"
            data-expired={klic.expired}
          >
            {klic.expired
              ? t('field.klic.facts.expired', { date: formatDate(klic.expiresOn) })
              : formatDate(klic.expiresOn)}
          </Text>
        ) : (
          t('field.klic.facts.unknown')
        )}
      </dd>
    </dl>
  );
}

import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/shared/format/date-time';
import { type FieldKlic, fieldKlicUrl } from '../api/field-api';
import { isExpired } from '../klics';
import { KeptAgeNote } from '../offline';
import classes from './klic-page.module.css';

/**
 * Project · sub-project, the planner's toelichting, start date and Verloopdatum (red once expired, worked
 * out today on the phone); and how old the data are when they came from the device.
 */
export function KlicFacts({ klic }: { klic: FieldKlic }) {
  const { t } = useTranslation();
  const expired = isExpired(klic.expiresOn);
  const project = klic.projectNumber
    ? [klic.projectNumber, klic.subProject].filter(Boolean).join(' · ')
    : t('field.klic.facts.noProject');
  return (
    <>
      <KeptAgeNote path={fieldKlicUrl(klic.id)} />
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
              c={expired ? 'red.8' : undefined}
              fw={expired ? 700 : undefined}
              data-testid="field-klic-expires"
              data-expired={expired}
            >
              {expired
                ? t('field.klic.facts.expired', { date: formatDate(klic.expiresOn) })
                : formatDate(klic.expiresOn)}
            </Text>
          ) : (
            t('field.klic.facts.unknown')
          )}
        </dd>
      </dl>
    </>
  );
}

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type Ability, useAbility } from '@/shared/session';
import { StatusPage } from './status-page';

/** Shows the page only to users with the ability; others (who opened the address directly) get a 403 text. */
export function RequireAbility({ ability, children }: { ability: Ability; children: ReactNode }) {
  const { t } = useTranslation();
  if (useAbility(ability)) return children;
  return (
    <StatusPage title={t('access.forbiddenTitle')} text={t('access.forbiddenText')} testId="forbidden" />
  );
}

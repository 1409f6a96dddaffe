import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, languages } from './language';
import { useLanguage } from './use-language';

/** A compact Nederlands / English switch for pages without the top bar (the login page). */
export function LanguageToggle() {
  const { t } = useTranslation();
  const { language, setLanguage } = useLanguage();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language.label')}
      value={language}
      onChange={(value) => isLanguage(value) && setLanguage(value)}
      data={languages.map((value) => ({ value, label: t(`language.${value}`) }))}
    />
  );
}

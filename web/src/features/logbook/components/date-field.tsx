import { TextInput } from '@mantine/core';
import { IconCalendar } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dutchDateFromIso, isoFromDutchDate } from './dutch-date';

type Props = {
  label: string;
  /** jjjj-mm-dd or null. */
  value: string | null;
  onChange: (iso: string | null) => void;
  error?: string | undefined;
  testId: string;
};

/** A date typed as dd-mm-jjjj; applied when the field is left or Enter is pressed, refused when no date. */
export function DateField({ label, value, onChange, error, testId }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ? dutchDateFromIso(value) : '');
  const [invalid, setInvalid] = useState(false);

  function apply() {
    if (text.trim() === '') {
      setInvalid(false);
      if (value !== null) onChange(null);
      return;
    }
    const iso = isoFromDutchDate(text);
    setInvalid(iso === null);
    if (iso !== null) {
      setText(dutchDateFromIso(iso));
      if (iso !== value) onChange(iso);
    }
  }

  return (
    <TextInput
      label={label}
      placeholder={t('logbook.filters.datePlaceholder')}
      leftSection={<IconCalendar size={16} aria-hidden />}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onBlur={apply}
      onKeyDown={(event) => event.key === 'Enter' && apply()}
      error={invalid ? t('logbook.filters.invalidDate') : error}
      inputMode="numeric"
      autoComplete="off"
      style={{ flex: '1 1 140px', maxWidth: 170 }}
      size="sm"
      data-testid={testId}
    />
  );
}

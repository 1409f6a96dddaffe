import { List, Text, ThemeIcon, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconPoint } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { containsPersonalData, passwordMinLength } from './password-rules';

type Props = {
  password: string;
  /** The repeated password; leave out where the password is typed once. */
  repeat?: string;
  /** Name, username, e-mail address: a password must not contain them. */
  personal?: string[];
};

/** The password rules, each ticked off while the user types. */
export function PasswordHints({ password, repeat, personal = [] }: Props) {
  const { t } = useTranslation();
  const rules = [
    {
      key: 'length',
      met: password.length >= passwordMinLength,
      text: t('account.password.hints.length', { min: passwordMinLength }),
    },
    ...(personal.length > 0
      ? [
          {
            key: 'personal',
            met: password.length > 0 && !containsPersonalData(password, personal),
            text: t('account.password.hints.personal'),
          },
        ]
      : []),
    ...(repeat !== undefined
      ? [
          {
            key: 'repeat',
            met: password.length > 0 && password === repeat,
            text: t('account.password.hints.repeat'),
          },
        ]
      : []),
  ];
  return (
    <div data-testid="password-hints">
      <List spacing={4} size="sm" center>
        {rules.map((rule) => (
          <List.Item
            key={rule.key}
            icon={
              <ThemeIcon size={18} radius="xl" color={rule.met ? 'veldwerk.7' : 'gray.5'} aria-hidden>
                {rule.met ? <IconCheck size={12} /> : <IconPoint size={12} />}
              </ThemeIcon>
            }
          >
            {rule.text}
            <VisuallyHidden>
              {' '}
              ({rule.met ? t('account.password.hints.met') : t('account.password.hints.notMet')})
            </VisuallyHidden>
          </List.Item>
        ))}
      </List>
      <Text size="xs" c="dimmed" mt={6}>
        {t('account.password.hints.advice')}
      </Text>
    </div>
  );
}

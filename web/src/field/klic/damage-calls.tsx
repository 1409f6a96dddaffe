import { Button, Card, Stack, Text, Title } from '@mantine/core';
import { IconPhone, IconPhoneOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FieldKlic } from '../api/field-api';
import { operatorLabel, telHref } from './klic-facts';
import classes from './klic-page.module.css';

/** "Schade melden": every operator's damage number as one big button that calls it. */
export function DamageCalls({ klic }: { klic: FieldKlic }) {
  const { t } = useTranslation();
  const operators = [...klic.operators].sort((a, b) =>
    operatorLabel(a).localeCompare(operatorLabel(b), 'nl'),
  );
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="field-damage-title">
      <Stack gap="xs">
        <Title order={3} size="h4" id="field-damage-title">
          {t('field.klic.damage.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('field.klic.damage.hint')}
        </Text>
        {operators.map((operator) => {
          const calls = operator.damagePhones.flatMap((phone) => {
            const href = telHref(phone);
            return href ? [{ phone, href }] : [];
          });
          if (calls.length === 0) {
            return (
              <Button
                key={operator.bronhoudercode}
                variant="default"
                size="lg"
                fullWidth
                disabled
                justify="flex-start"
                classNames={{ root: classes.tall, label: classes.wrapping }}
                leftSection={<IconPhoneOff aria-hidden />}
              >
                <span>
                  {operatorLabel(operator)}
                  <Text component="span" display="block" size="sm">
                    {t('field.klic.damage.noPhone')}
                  </Text>
                </span>
              </Button>
            );
          }
          return calls.map(({ phone, href }) => (
            <Button
              key={`${operator.bronhoudercode}-${phone}`}
              component="a"
              href={href}
              size="lg"
              color="red.8"
              fullWidth
              justify="flex-start"
              classNames={{ root: classes.tall, label: classes.wrapping }}
              leftSection={<IconPhone aria-hidden />}
              data-testid="field-damage-call"
              data-operator={operator.bronhoudercode}
            >
              <span>
                {operatorLabel(operator)}
                <Text component="span" display="block" size="sm" fw={400}>
                  {t('field.klic.damage.call', { phone })}
                </Text>
              </span>
            </Button>
          ));
        })}
      </Stack>
    </Card>
  );
}

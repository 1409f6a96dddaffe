import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconPhone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FieldKlic } from '../api/field-api';
import { type FieldEv, operatorLabel, shownEvs, telHref } from './klic-facts';
import classes from './klic-page.module.css';

/** A red banner per operator with an EV: what the planner wrote and the EV contact's number. */
export function EvBanners({ klic }: { klic: FieldKlic }) {
  const evs = shownEvs(klic);
  if (evs.length === 0) return null;
  return (
    <Stack gap="xs">
      {evs.map((ev) => (
        <EvBanner key={ev.bronhoudercode} ev={ev} />
      ))}
    </Stack>
  );
}

function EvBanner({ ev }: { ev: FieldEv }) {
  const { t } = useTranslation();
  const phones = ev.contactPhones.flatMap((phone) => {
    const href = telHref(phone);
    return href ? [{ phone, href }] : [];
  });
  return (
    <Stack
      gap="xs"
      className={classes.ev}
      role="alert"
      data-testid="field-ev-banner"
      data-status={ev.status}
      data-operator={ev.bronhoudercode}
    >
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <IconAlertTriangle size={28} aria-hidden style={{ flex: 'none' }} />
        <Stack gap={4}>
          <Text fw={700} size="lg" lh={1.25}>
            {t('field.klic.ev.title', { operator: operatorLabel(ev) })}
          </Text>
          <Badge color={ev.status === 'open' ? 'yellow' : 'white'} c="dark.9" variant="filled">
            {t(`field.klic.ev.${ev.status === 'open' ? 'open' : 'handled'}`)}
          </Badge>
        </Stack>
      </Group>
      {ev.instructions ? (
        <div>
          <Text size="sm" fw={700}>
            {t('field.klic.ev.instructions')}
          </Text>
          <Text className={classes.instructions} data-testid="field-ev-instructions">
            {ev.instructions}
          </Text>
        </div>
      ) : (
        <Text size="sm">{t('field.klic.ev.noInstructions')}</Text>
      )}
      {phones.length === 0 && <Text size="sm">{t('field.klic.ev.noPhone')}</Text>}
      {phones.map(({ phone, href }) => (
        <Button
          key={phone}
          component="a"
          href={href}
          size="lg"
          color="white"
          c="red.9"
          leftSection={<IconPhone aria-hidden />}
          data-testid="field-ev-call"
        >
          {t('field.klic.ev.call', { phone })}
        </Button>
      ))}
    </Stack>
  );
}

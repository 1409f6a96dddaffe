import {
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/shared/api';
import { formatDateTime } from '@/shared/format/date-time';
import { themeName } from '@/shared/klic-map/feature-attributes';
import { ErrorAlert } from '@/shared/ui';
import { type ContactMethod, contactMethods, type EvOperator, type EvStatus, evStatuses } from '../api/types';
import {
  contactDateProblem,
  type EvForm,
  evFormFrom,
  evInput,
  evLimits,
  todayInAmsterdam,
} from '../format/ev-form';
import { useSaveEvHandling } from '../hooks/use-ev-mutations';
import { ContactLinks } from './contact-links';
import { EvStatusBadge } from './ev-status-badge';

type Field = keyof EvForm;

/** One operator's EV: its documents and contacts, what the field worker must do, and its status. */
export function EvOperatorCard({ meldingId, operator }: { meldingId: string; operator: EvOperator }) {
  const { t } = useTranslation();
  // Kept as typed when the server refuses, so that nothing has to be typed twice.
  const [form, setForm] = useState<EvForm>(() => evFormFrom(operator.handling));
  const save = useSaveEvHandling(meldingId);
  const operatorName = operator.name ?? operator.bronhoudercode;
  const handling = operator.handling;
  const set = <K extends Field>(field: K, value: EvForm[K]) =>
    setForm((current) => ({ ...current, [field]: value }));

  const serverFields = isApiError(save.error) ? (save.error.fields ?? {}) : {};
  const fieldError = (field: Field): string | undefined => {
    if (field === 'contactedOn' && contactDateProblem(form)) return t('klicMelding.ev.errors.inFuture');
    const code = serverFields[field];
    if (!code) return undefined;
    if (code === 'in_future') return t('klicMelding.ev.errors.inFuture');
    if (field in evLimits)
      return t('klicMelding.ev.errors.tooLong', { max: evLimits[field as keyof typeof evLimits] });
    return t('klicMelding.ev.errors.invalid');
  };

  const submit = (status: EvStatus) => {
    if (contactDateProblem(form)) return;
    save.mutate(
      { bronhoudercode: operator.bronhoudercode, handling: evInput(form, status) },
      {
        onSuccess: (operators) => {
          const saved = operators.find((each) => each.bronhoudercode === operator.bronhoudercode);
          if (saved) setForm(evFormFrom(saved.handling));
          notifications.show({
            color: 'veldwerk',
            message: t('klicMelding.ev.saved', { operator: operatorName }),
          });
        },
      },
    );
  };

  return (
    <Paper withBorder radius="md" p="md" data-testid={`ev-operator-${operator.bronhoudercode}`}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <Group gap="sm">
              <Title order={3} size="h4">
                {operatorName}
              </Title>
              <Text size="sm" c="dimmed">
                {operator.bronhoudercode}
              </Text>
              <EvStatusBadge status={handling.status} />
            </Group>
            <Group gap={6}>
              {operator.themes.map((theme) => (
                <Badge key={theme} variant="outline" size="sm" tt="none">
                  {themeName(theme)}
                </Badge>
              ))}
            </Group>
          </Stack>
          {handling.handledAt && (
            <Text size="sm" c="dimmed">
              {t(handling.handledBy ? 'klicMelding.ev.settled' : 'klicMelding.ev.settledNoName', {
                status: t(`klicMelding.ev.status.${handling.status}`),
                name: handling.handledBy,
                date: formatDateTime(handling.handledAt),
              })}
            </Text>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('klicMelding.ev.documents')}
            </Text>
            {operator.documents.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('klicMelding.ev.noDocuments')}
              </Text>
            ) : (
              operator.documents.map((document) => (
                <Anchor key={document.id} href={document.url} download size="sm">
                  <Group gap={6} wrap="nowrap">
                    <IconDownload size={14} aria-hidden />
                    {[document.evCode, document.theme, document.name].filter(Boolean).join(' – ')}
                  </Group>
                </Anchor>
              ))
            )}
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t('klicMelding.ev.contacts')}
            </Text>
            <ContactLinks contacts={operator.contacts} />
          </Stack>
        </SimpleGrid>
        <Textarea
          label={t('klicMelding.ev.instructions')}
          description={t('klicMelding.ev.instructionsHint')}
          value={form.instructions}
          onChange={(event) => set('instructions', event.currentTarget.value)}
          maxLength={evLimits.instructions}
          autosize
          minRows={2}
          error={fieldError('instructions')}
          data-testid="ev-instructions"
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
          <TextInput
            label={t('klicMelding.ev.contactName')}
            value={form.contactName}
            onChange={(event) => set('contactName', event.currentTarget.value)}
            maxLength={evLimits.contactName}
            error={fieldError('contactName')}
            data-testid="ev-contact-name"
          />
          <TextInput
            type="date"
            label={t('klicMelding.ev.contactedOn')}
            value={form.contactedOn}
            max={todayInAmsterdam()}
            onChange={(event) => set('contactedOn', event.currentTarget.value)}
            error={fieldError('contactedOn')}
            data-testid="ev-contacted-on"
          />
          <Select
            label={t('klicMelding.ev.contactMethod')}
            data={contactMethods.map((method) => ({
              value: method,
              label: t(`klicMelding.ev.method.${method}`),
            }))}
            value={form.contactMethod}
            onChange={(value) => set('contactMethod', value as ContactMethod | null)}
            clearable
            error={fieldError('contactMethod')}
            data-testid="ev-contact-method"
          />
        </SimpleGrid>
        <Textarea
          label={t('klicMelding.ev.notes')}
          value={form.notes}
          onChange={(event) => set('notes', event.currentTarget.value)}
          maxLength={evLimits.notes}
          autosize
          minRows={2}
          error={fieldError('notes')}
          data-testid="ev-notes"
        />
        {save.error && <ErrorAlert error={save.error} />}
        <Group gap="sm">
          <Button
            variant="default"
            onClick={() => submit(handling.status)}
            loading={save.isPending && save.variables?.handling.status === handling.status}
            disabled={save.isPending}
            data-testid="ev-save"
          >
            {t('klicMelding.ev.save')}
          </Button>
          {evStatuses.map((status) => (
            <Button
              key={status}
              variant={handling.status === status ? 'filled' : 'light'}
              color={status === 'open' ? 'orange' : status === 'noInterest' ? 'gray' : undefined}
              onClick={() => submit(status)}
              disabled={save.isPending}
              data-testid={`ev-set-${status}`}
            >
              {t(`klicMelding.ev.action.${status}`)}
            </Button>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}

import { ActionIcon, Button, Group, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReasonItem } from '../api/types';
import { reasonTextError } from '../format/reason-errors';
import type { useReasonMutations } from '../hooks/use-reason-mutations';

type Props = {
  item: ReasonItem;
  index: number;
  count: number;
  update: ReturnType<typeof useReasonMutations>['update'];
  onRemove: (item: ReasonItem) => void;
};

/** One reason with move up/down, edit (inline) and remove. */
export function ReasonRow({ item, index, count, update, onRemove }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const move = (position: number) => update.mutate({ id: item.id, position });
  const save = (event: React.FormEvent) => {
    event.preventDefault();
    const text = (draft ?? '').trim();
    if (!text) return setError('required');
    if (text === item.text) return setDraft(null);
    update.mutate(
      { id: item.id, text },
      {
        onSuccess: () => setDraft(null),
        onError: (failure) => setError(reasonTextError(failure)),
      },
    );
  };
  if (draft !== null)
    return (
      <Table.Tr data-testid="reason-row" data-text={item.text}>
        <Table.Td colSpan={2}>
          <form onSubmit={save} noValidate>
            <Group gap="sm" align="flex-start" wrap="nowrap">
              <TextInput
                aria-label={t('companyLists.reasons.editField')}
                value={draft}
                onChange={(event) => {
                  setDraft(event.currentTarget.value);
                  setError(null);
                }}
                onKeyDown={(event) => event.key === 'Escape' && setDraft(null)}
                maxLength={200}
                error={
                  error ? t(`companyLists.reasons.${error}` as 'companyLists.reasons.invalid') : undefined
                }
                style={{ flex: 1 }}
                data-autofocus
                autoFocus
                data-testid="reason-edit-text"
              />
              <Button type="submit" loading={update.isPending} data-testid="reason-save">
                {t('companyLists.reasons.save')}
              </Button>
              <Button variant="default" onClick={() => setDraft(null)}>
                {t('companyLists.reasons.cancel')}
              </Button>
            </Group>
          </form>
        </Table.Td>
      </Table.Tr>
    );
  const label = (key: 'editLabel' | 'moveUpLabel' | 'moveDownLabel' | 'removeLabel') =>
    t(`companyLists.reasons.${key}`, { text: item.text });
  return (
    <Table.Tr data-testid="reason-row" data-text={item.text}>
      <Table.Td>
        <Text size="sm">{item.text}</Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4} justify="flex-end" wrap="nowrap">
          <Tooltip label={t('companyLists.reasons.moveUp')}>
            <ActionIcon
              variant="subtle"
              disabled={index === 0}
              onClick={() => move(index - 1)}
              aria-label={label('moveUpLabel')}
            >
              <IconArrowUp size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('companyLists.reasons.moveDown')}>
            <ActionIcon
              variant="subtle"
              disabled={index === count - 1}
              onClick={() => move(index + 1)}
              aria-label={label('moveDownLabel')}
            >
              <IconArrowDown size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('companyLists.reasons.edit')}>
            <ActionIcon
              variant="subtle"
              onClick={() => {
                setDraft(item.text);
                setError(null);
              }}
              aria-label={label('editLabel')}
              data-testid="reason-edit"
            >
              <IconPencil size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('companyLists.reasons.remove')}>
            <ActionIcon
              variant="subtle"
              color="red.9"
              onClick={() => onRemove(item)}
              aria-label={label('removeLabel')}
              data-testid="reason-remove"
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}

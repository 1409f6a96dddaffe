import { Badge, Group, Radio, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/shared/format/date-time';
import type { UserSummary } from '../api/types';
import { InvitationStatus, RightsBadges } from './user-badges';
import classes from './users-table.module.css';

type Props = {
  items: UserSummary[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onEdit: (user: UserSummary) => void;
};

/**
 * The users of one page. A row is selected with a click or with the radio button (arrow keys move the
 * selection); a double click opens the form.
 */
export function UsersTable({ items, selectedId, onSelect, onEdit }: Props) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table highlightOnHover verticalSpacing="sm" data-testid="users-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={44}>
              <VisuallyHidden>{t('users.columns.select')}</VisuallyHidden>
            </Table.Th>
            <Table.Th>{t('users.columns.name')}</Table.Th>
            <Table.Th>{t('users.columns.login')}</Table.Th>
            <Table.Th>{t('users.columns.rights')}</Table.Th>
            <Table.Th>{t('users.columns.regions')}</Table.Th>
            <Table.Th>{t('users.columns.lastLogin')}</Table.Th>
            <Table.Th>{t('users.columns.invitation')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((user) => {
            const selected = user.id === selectedId;
            return (
              <Table.Tr
                key={user.id}
                className={classes.row}
                data-selected={selected || undefined}
                onClick={() => onSelect(user.id)}
                onDoubleClick={() => !user.removedAt && onEdit(user)}
                data-testid="user-row"
              >
                <Table.Td>
                  <Radio
                    name="selected-user"
                    value={user.id}
                    checked={selected}
                    onChange={() => onSelect(user.id)}
                    aria-label={t('users.selectRow', { name: user.name })}
                  />
                </Table.Td>
                <Table.Td>
                  <Stack gap={0}>
                    <Group gap={6}>
                      <Text size="sm" fw={500} c={user.removedAt ? 'dimmed' : undefined}>
                        {user.name}
                      </Text>
                      {user.removedAt && (
                        <Badge color="gray.7" variant="outline" size="sm" tt="none">
                          {t('users.removedBadge')}
                        </Badge>
                      )}
                      {user.kind === 'partner' && (
                        <Badge color="orange.9" variant="light" size="sm" tt="none">
                          {t('users.partnerBadge')}
                        </Badge>
                      )}
                    </Group>
                    {(user.jobTitle || user.partnerCompany) && (
                      <Text size="xs" c="dimmed">
                        {[user.partnerCompany, user.jobTitle].filter(Boolean).join(' · ')}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" className={classes.breakAnywhere}>
                    {user.username}
                  </Text>
                  {user.email && user.email !== user.username && (
                    <Text size="xs" c="dimmed" className={classes.breakAnywhere}>
                      {user.email}
                    </Text>
                  )}
                  {!user.email && (
                    <Text size="xs" c="dimmed">
                      {t('users.noEmail')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <RightsBadges rights={user.rights} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={user.regions.length === 0 ? 'dimmed' : undefined}>
                    {user.regions.length === 0
                      ? t('users.noRegions')
                      : user.regions.map((region) => region.name).join(', ')}
                  </Text>
                </Table.Td>
                <Table.Td className={classes.nowrap}>
                  <Text size="sm" c={user.lastLoginAt ? undefined : 'dimmed'}>
                    {user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('users.never')}
                  </Text>
                </Table.Td>
                <Table.Td className={classes.nowrap}>
                  <InvitationStatus user={user} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

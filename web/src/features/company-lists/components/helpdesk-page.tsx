import { Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAbility } from '@/shared/session';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import { helpdeskQuery } from '../api/helpdesk-api';
import { HelpdeskCard } from './helpdesk-card';
import { HelpdeskForm } from './helpdesk-form';

/** `/mijn-bedrijf/helpdesk`: the organisation's own support contact, for every user; user admins edit it. */
export function HelpdeskPage() {
  const { t } = useTranslation();
  const canEdit = useAbility('helpdesk.manage');
  const query = useQuery(helpdeskQuery);
  const [editing, setEditing] = useState(false);
  const helpdesk = query.data?.helpdesk ?? null;
  return (
    <Container size="sm" py="md">
      <DocumentTitle title={t('companyLists.helpdesk.title')} />
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={1}>
            {editing ? t('companyLists.helpdesk.editTitle') : t('companyLists.helpdesk.title')}
          </Title>
          {canEdit && helpdesk && !editing && (
            <Button
              variant="default"
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setEditing(true)}
              data-testid="helpdesk-edit"
            >
              {t('companyLists.helpdesk.edit')}
            </Button>
          )}
        </Group>
        {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
        {query.isPending && <PageLoader />}
        {query.data && (
          <Paper withBorder radius="md" p="lg">
            {editing ? (
              <HelpdeskForm helpdesk={helpdesk} onDone={() => setEditing(false)} />
            ) : helpdesk ? (
              <Stack gap="md">
                <Text c="dimmed" size="sm">
                  {t('companyLists.helpdesk.intro')}
                </Text>
                <HelpdeskCard helpdesk={helpdesk} />
              </Stack>
            ) : (
              <Stack gap="md" align="flex-start">
                <Text data-testid="helpdesk-empty">
                  {t(canEdit ? 'companyLists.helpdesk.notSetAdmin' : 'companyLists.helpdesk.notSet')}
                </Text>
                {canEdit && (
                  <Button onClick={() => setEditing(true)} data-testid="helpdesk-fill-in">
                    {t('companyLists.helpdesk.fillIn')}
                  </Button>
                )}
              </Stack>
            )}
          </Paper>
        )}
      </Stack>
    </Container>
  );
}

import { Anchor, Badge, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAbility } from '@/shared/session';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import { warningsQuery } from '../api/klic-warnings-api';
import { warningKinds } from '../api/types';
import { klicWarningPaths } from '../paths';
import { WarningSection } from './warning-section';

/** `/klic/waarschuwingen`: today's KLIC warnings grouped by kind, each with what to do. */
export function KlicWarningsPage() {
  const { t } = useTranslation();
  const warnings = useQuery({ ...warningsQuery(), staleTime: 0 });
  const maySetUp = useAbility('klicWarnings.configure');
  const data = warnings.data;
  const kinds = data ? warningKinds.filter((kind) => data.counts[kind] > 0) : [];
  return (
    <Container size="lg" py="md">
      <DocumentTitle title={t('klicWarnings.title')} />
      <Stack gap="lg">
        <div>
          <Group justify="space-between" align="baseline">
            <Title order={1}>{t('klicWarnings.title')}</Title>
            {maySetUp && (
              <Anchor component={Link} to={klicWarningPaths.settings}>
                {t('klicWarnings.settingsLink')}
              </Anchor>
            )}
          </Group>
          <Text c="dimmed" mt={4} maw={760}>
            {t('klicWarnings.intro')}
          </Text>
        </div>
        {warnings.isError && <ErrorAlert error={warnings.error} onRetry={() => void warnings.refetch()} />}
        {warnings.isPending && <PageLoader />}
        {data && (
          <Group gap="xs" aria-label={t('klicWarnings.counts')} role="group">
            {warningKinds.map((kind) => (
              <Badge key={kind} variant="light" color={data.counts[kind] > 0 ? 'red' : 'gray'} size="lg">
                {t(`klicWarnings.kind.${kind}`)}: {data.counts[kind]}
              </Badge>
            ))}
          </Group>
        )}
        {data && kinds.length === 0 && <Text data-testid="klic-warnings-none">{t('klicWarnings.none')}</Text>}
        {data &&
          kinds.map((kind) => (
            <WarningSection
              key={kind}
              kind={kind}
              warnings={data.warnings.filter((w) => w.kind === kind)}
              count={data.counts[kind]}
              expiringWithinWorkdays={data.expiringWithinWorkdays}
            />
          ))}
      </Stack>
    </Container>
  );
}

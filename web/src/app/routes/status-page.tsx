import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DocumentTitle } from '@/shared/ui';
import { paths } from '../paths';

type Props = { title: string; text: string; testId: string };

/** A page that only says why there is nothing here (no access, not found), with a way back. */
export function StatusPage({ title, text, testId }: Props) {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl" data-testid={testId}>
      <DocumentTitle title={title} />
      <Stack gap="sm" align="flex-start">
        <Title order={1}>{title}</Title>
        <Text>{text}</Text>
        <Button component={Link} to={paths.home} variant="light" mt="sm">
          {t('access.toHome')}
        </Button>
      </Stack>
    </Container>
  );
}

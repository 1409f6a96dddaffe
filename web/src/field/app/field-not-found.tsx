import { Alert, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldPaths } from './paths';

export function FieldNotFound() {
  const { t } = useTranslation();
  return (
    <Stack>
      <Alert color="yellow">{t('field.notFound')}</Alert>
      <Button component={Link} to={fieldPaths.list} variant="default">
        {t('field.toList')}
      </Button>
    </Stack>
  );
}

import { Button, SimpleGrid, Stack, Title } from '@mantine/core';
import {
  IconAlertOctagon,
  IconFileText,
  IconHandStop,
  IconMap,
  IconQuestionMark,
  IconRoute,
  IconShovel,
} from '@tabler/icons-react';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldPaths } from '../app/paths';
import { loadFieldMap } from '../map';
import { type RegistrationKind, registrationKinds } from '../outbox';
import classes from './klic-page.module.css';

/** The map and the documents: what the worker opens first. */
export function KlicViewLinks({ klicId }: { klicId: string }) {
  const { t } = useTranslation();
  // The map is what the worker opens next: its code starts loading now, not on the tap.
  useEffect(() => {
    loadFieldMap().catch(() => undefined);
  }, []);
  return (
    <SimpleGrid cols={2} spacing="sm">
      <Button
        component={Link}
        to={fieldPaths.map(klicId)}
        size="lg"
        px="sm"
        leftSection={<IconMap aria-hidden />}
        data-testid="field-open-map"
      >
        {t('field.klic.actions.map')}
      </Button>
      <Button
        component={Link}
        to={fieldPaths.documents(klicId)}
        size="lg"
        px="sm"
        variant="default"
        leftSection={<IconFileText aria-hidden />}
        data-testid="field-open-documents"
      >
        {t('field.klic.actions.documents')}
      </Button>
    </SimpleGrid>
  );
}

const kindIcons: Record<RegistrationKind, ReactNode> = {
  proefsleuf: <IconShovel aria-hidden />,
  graafschade: <IconAlertOctagon aria-hidden />,
  afwijkendeLigging: <IconRoute aria-hidden />,
  onbekendNet: <IconQuestionMark aria-hidden />,
};

/** "Vastleggen": a registration of each kind, or aborting the work. */
export function RegisterLinks({ klicId }: { klicId: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs" component="section" aria-labelledby="field-register-title">
      <Title order={3} size="h4" id="field-register-title">
        {t('field.klic.actions.registerTitle')}
      </Title>
      <SimpleGrid cols={2} spacing="sm">
        {registrationKinds.map((kind) => (
          <Button
            key={kind}
            component={Link}
            to={fieldPaths.register(klicId, kind)}
            size="md"
            variant="light"
            justify="flex-start"
            classNames={{ root: classes.tall, label: classes.wrapping }}
            leftSection={kindIcons[kind]}
            data-testid={`field-register-${kind}`}
            data-kind={kind}
          >
            {t(`field.klic.actions.${kind}`)}
          </Button>
        ))}
      </SimpleGrid>
      <Button
        component={Link}
        to={fieldPaths.abort(klicId)}
        size="lg"
        variant="outline"
        color="orange.9"
        leftSection={<IconHandStop aria-hidden />}
        data-testid="field-abort"
      >
        {t('field.klic.actions.abort')}
      </Button>
    </Stack>
  );
}

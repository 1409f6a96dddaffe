import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconExternalLink, IconFileText, IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { currentLanguage } from '@/shared/i18n';
import { DocumentTitle, ErrorAlert, PageLoader } from '@/shared/ui';
import type { FieldDocument } from '../api/field-api';
import { BackLink } from '../app/back-link';
import { fieldPaths } from '../app/paths';
import { operatorLabel, useFieldKlic } from '../klic';
import { documentGroups, formatFileSize } from './document-groups';
import classes from './documents-page.module.css';
import { openDocument } from './open-document';

/**
 * `/veld/klics/:klicId/documenten`: the delivery letter, EV documents, the operators' attachments and the
 * planner's own; each opens in a new tab, where the phone's own viewer shows it.
 */
export function DocumentsPage() {
  const { t } = useTranslation();
  const { klicId = '' } = useParams();
  const query = useFieldKlic(klicId);
  const klic = query.data;
  const [openFailed, setOpenFailed] = useState<string | null>(null);
  const operatorName = (code: string) => {
    const operator = klic?.operators.find((candidate) => candidate.bronhoudercode === code);
    return operator ? operatorLabel(operator) : code;
  };
  const groups = klic ? documentGroups(klic.documents, operatorName) : [];
  const title = klic
    ? t('field.klic.documents.title', { meldnummer: klic.meldnummer })
    : t('field.klic.documents.documentTitle');
  return (
    <Stack gap="md">
      <DocumentTitle title={title} />
      <BackLink to={fieldPaths.klic(klicId)}>
        {klic ? t('field.klic.backToKlic', { meldnummer: klic.meldnummer }) : t('field.klic.back')}
      </BackLink>
      <Title order={2} size="h3">
        {title}
      </Title>
      {query.isPending && <PageLoader />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {openFailed && (
        <Alert
          color="orange"
          role="alert"
          withCloseButton
          closeButtonLabel={t('common.close')}
          onClose={() => setOpenFailed(null)}
          data-testid="field-document-failed"
        >
          {t('field.klic.documents.openFailed', { name: openFailed })}
        </Alert>
      )}
      {klic && groups.length === 0 && <Alert color="gray">{t('field.klic.documents.empty')}</Alert>}
      {groups.map((group) => (
        <Stack
          key={group.kind}
          gap="xs"
          component="section"
          aria-label={t(`field.klic.documents.${group.kind}`)}
        >
          <Title order={3} size="h5">
            {t(`field.klic.documents.${group.kind}`)}
          </Title>
          <Stack gap="xs" component="ul" className={classes.list}>
            {group.documents.map((document) => (
              <li key={document.id}>
                <DocumentRow
                  document={document}
                  onFailure={() => setOpenFailed(document.name)}
                  operator={document.bronhoudercode ? operatorName(document.bronhoudercode) : null}
                />
              </li>
            ))}
          </Stack>
        </Stack>
      ))}
    </Stack>
  );
}

type RowProps = { document: FieldDocument; operator: string | null; onFailure: () => void };

function DocumentRow({ document, operator, onFailure }: RowProps) {
  const Icon = document.kind === 'own' || document.kind === 'attachment' ? IconPaperclip : IconFileText;
  return (
    <a
      href={document.url}
      target="_blank"
      rel="noopener"
      onClick={(event) => {
        event.preventDefault();
        void openDocument(document.url, document.name, onFailure);
      }}
      className={classes.row}
      data-testid="field-document"
      data-kind={document.kind}
    >
      <Icon size={28} aria-hidden className={classes.icon} />
      <div className={classes.body}>
        <Text fw={600} className={classes.name}>
          {document.name}
        </Text>
        <Text size="sm" c="dimmed">
          {[operator, formatFileSize(document.size, currentLanguage())].filter(Boolean).join(' · ')}
        </Text>
      </div>
      <IconExternalLink size={20} aria-hidden className={classes.icon} />
    </a>
  );
}

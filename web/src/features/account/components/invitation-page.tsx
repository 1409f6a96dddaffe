import { Button, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isApiError } from '@/shared/api';
import { formatDateTime } from '@/shared/format/date-time';
import { ErrorAlert, PageLoader } from '@/shared/ui';
import { PublicPage } from '@/shared/ui/public-page';
import { acceptInvitation, getInvitation, type InvitationInfo } from '../api/account-api';
import { type InvitationProblem, InvitationProblemAlert, invitationProblemOf } from './invitation-problem';
import { checkNewPassword, type NewPasswordErrors, NewPasswordFields } from './new-password-fields';

/** `/uitnodiging/:token`: the invited user chooses a password and is logged in. */
export function InvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: ({ signal }) => getInvitation(token, signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const problem =
    invitation.error && isApiError(invitation.error) ? invitationProblemOf(invitation.error) : null;

  return (
    <PublicPage
      title={
        invitation.data
          ? t('account.invitation.welcome', { firstName: invitation.data.firstName })
          : t('account.invitation.title')
      }
      intro={
        invitation.data
          ? t('account.invitation.intro', { organisation: invitation.data.organisationName })
          : undefined
      }
      testId="invitation-page"
    >
      {problem && <InvitationProblemAlert problem={problem} />}
      {invitation.isError && !problem && (
        <ErrorAlert error={invitation.error} onRetry={() => void invitation.refetch()} />
      )}
      {invitation.isPending && <PageLoader />}
      {invitation.data && <AcceptForm token={token} invitation={invitation.data} />}
    </PublicPage>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationInfo }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [values, setValues] = useState({ password: '', repeat: '' });
  const [errors, setErrors] = useState<NewPasswordErrors>({});
  const [problem, setProblem] = useState<InvitationProblem | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const accept = useMutation({
    mutationFn: () => acceptInvitation(token, values.password),
    onSuccess: async ({ redirectTo }) => {
      // The session of before (none, or someone else's) is stale now.
      queryClient.removeQueries({ queryKey: ['session'] });
      await navigate(redirectTo.startsWith('/') && !redirectTo.startsWith('//') ? redirectTo : '/', {
        replace: true,
      });
    },
    onError: (error) => {
      if (!isApiError(error)) return;
      const tokenProblem = invitationProblemOf(error);
      if (tokenProblem) return setProblem(tokenProblem);
      if (error.fields?.password) {
        setErrors({ password: error.fields.password });
        passwordRef.current?.focus();
      }
    },
  });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = checkNewPassword(values);
    setErrors(found);
    if (found.password || found.repeat) return;
    accept.mutate();
  }

  if (problem) return <InvitationProblemAlert problem={problem} />;
  const otherError =
    accept.error && !(isApiError(accept.error) && accept.error.fields?.password) ? accept.error : null;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {otherError && <ErrorAlert error={otherError} />}
        <TextInput
          label={t('account.invitation.username')}
          value={invitation.username}
          readOnly
          variant="filled"
          autoComplete="username"
        />
        <NewPasswordFields
          values={values}
          errors={errors}
          personal={[invitation.firstName, invitation.username]}
          onChange={setValues}
          passwordRef={passwordRef}
          autoFocus
        />
        <Text size="xs" c="dimmed">
          {t('account.invitation.validUntil', { dateTime: formatDateTime(invitation.expiresAt) })}
        </Text>
        <Button type="submit" fullWidth loading={accept.isPending} data-testid="invitation-submit">
          {t('account.invitation.submit')}
        </Button>
      </Stack>
    </form>
  );
}

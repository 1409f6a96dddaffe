import { Anchor, Group } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { PublicPage } from '@/shared/ui/public-page';
import { sessionQueryOptions } from '../api/session';
import { forgotPasswordPath, opensFieldApp, redirectTargetFrom } from '../paths';
import { LoginCodeForm } from './login-code-form';
import { LoginForm } from './login-form';

let leaving = false;

function leaveFor(target: string): void {
  if (leaving) return;
  leaving = true;
  window.location.replace(target);
}

/** `/inloggen`: after logging in (and the two-factor code, if set up) back to the page the user came from. */
export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const target = redirectTargetFrom(search);
  const session = useQuery(sessionQueryOptions);
  const [step, setStep] = useState<'password' | 'code'>('password');
  // The field app (/veld) is another build: a full page load, not a route of this app — once, although
  // both the login and the session that follows it ask for it.
  const done = () => (opensFieldApp(target) ? leaveFor(target) : navigate(target, { replace: true }));

  if (session.data) {
    if (!opensFieldApp(target)) return <Navigate to={target} replace />;
    leaveFor(target);
    return null;
  }

  return step === 'code' ? (
    <PublicPage title={t('account.login.codeTitle')}>
      <LoginCodeForm onSignedIn={done} onBack={() => setStep('password')} />
    </PublicPage>
  ) : (
    <PublicPage title={t('auth.login.pageTitle')} intro={t('auth.login.intro')}>
      <LoginForm onSignedIn={done} onCodeNeeded={() => setStep('code')} />
      <Group justify="center">
        <Anchor component={Link} to={forgotPasswordPath} size="sm" data-testid="forgot-password-link">
          {t('account.forgot.link')}
        </Anchor>
      </Group>
    </PublicPage>
  );
}

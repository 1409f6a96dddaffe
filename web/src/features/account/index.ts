export { ChangePasswordPage } from './components/change-password-page';
export { ForgotPasswordPage } from './components/forgot-password-page';
export { InvitationPage } from './components/invitation-page';
export { RequireAccountReady } from './components/require-account-ready';
export { ResetPasswordPage } from './components/reset-password-page';
export { TwoFactorPage } from './components/two-factor-page';
export { accountPaths } from './paths';

import { apiRequest } from '@/shared/api';

export type InvitationInfo = {
  firstName: string;
  organisationName: string;
  username: string;
  expiresAt: string;
};

const invitationPath = (token: string) => `/api/invitations/${encodeURIComponent(token)}`;

export function getInvitation(token: string, signal?: AbortSignal): Promise<InvitationInfo> {
  return apiRequest<InvitationInfo>(invitationPath(token), signal ? { signal } : {});
}

/** Sets the password and starts a session (the server sets the cookie). */
export function acceptInvitation(token: string, password: string): Promise<{ redirectTo: string }> {
  return apiRequest<{ redirectTo: string }>(`${invitationPath(token)}/accept`, {
    method: 'POST',
    body: { password },
  });
}

/** Always answers the same, whether or not the address is known. */
export function requestPasswordReset(email: string): Promise<void> {
  return apiRequest<void>('/api/auth/request-password-reset', {
    method: 'POST',
    body: { email, redirectTo: '/wachtwoord-herstellen' },
  });
}

export function resetPassword(token: string, newPassword: string): Promise<void> {
  return apiRequest<void>('/api/auth/reset-password', { method: 'POST', body: { token, newPassword } });
}

export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return apiRequest<void>('/api/account/password', {
    method: 'POST',
    body: { currentPassword, newPassword },
  });
}

export type TwoFactorSetup = { totpURI: string; backupCodes: string[] };

export function enableTwoFactor(password: string): Promise<TwoFactorSetup> {
  return apiRequest<TwoFactorSetup>('/api/auth/two-factor/enable', { method: 'POST', body: { password } });
}

export function verifyTotp(code: string): Promise<void> {
  return apiRequest<void>('/api/auth/two-factor/verify-totp', { method: 'POST', body: { code } });
}

/**
 * Invitation, password-reset and KLIC download links carry their secret in the URL: whoever reads a log line with it
 * could accept the invitation or reset the password. Request URLs are logged with those parts masked.
 */
const secretsInUrls: [RegExp, string][] = [
  [/(\/uitnodiging\/)[^/?#]+/g, '$1[redacted]'],
  [/(\/api\/invitations\/)[^/?#]+/g, '$1[redacted]'],
  [/([?&]token=)[^&#]+/g, '$1[redacted]'],
  // The Kadaster's download link of a KLIC delivery is itself the key to the delivery.
  [/(\/gds2\/download\/public\/)[^/?#\s]+/g, '$1[redacted]'],
];

export function maskSecretsInUrl(url: string): string {
  return secretsInUrls.reduce((masked, [pattern, replacement]) => masked.replace(pattern, replacement), url);
}

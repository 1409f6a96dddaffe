import type { Language } from '../../infra/i18n/language.ts';
import { describeDevice } from './session-messages.ts';
import type { UserSession } from './session-schemas.ts';
import type { SessionRecord } from './sessions-repository.ts';
import { parseUserAgent } from './user-agent.ts';

export function toUserSession(
  record: SessionRecord,
  language: Language,
  currentSessionId: string,
): UserSession {
  const device = parseUserAgent(record.userAgent);
  return {
    id: record.id,
    device: describeDevice(language, device),
    browser: device.browser,
    platform: device.platform,
    ipAddress: record.ipAddress,
    createdAt: record.createdAt.toISOString(),
    lastActiveAt: record.updatedAt.toISOString(),
    expiresAt: record.expiresAt.toISOString(),
    current: record.id === currentSessionId,
  };
}

/** What the logbook keeps of an ended session: which device, since when; never its token. */
export function sessionAuditView(record: SessionRecord): Record<string, unknown> {
  const device = parseUserAgent(record.userAgent);
  return {
    browser: device.browser,
    platform: device.platform,
    signedInAt: record.createdAt.toISOString(),
    lastActiveAt: record.updatedAt.toISOString(),
  };
}

import { describe, expect, it } from 'vitest';
import { reasonMessage } from '../../infra/i18n/reason-messages.ts';
import { downloadReasons } from './download-errors.ts';

describe('download messages', () => {
  it.each(Object.values(downloadReasons))('%s has a Dutch and an English sentence', (reason) => {
    const params = { host: 'evil.example', status: 500, limit: '50 MB' };
    for (const language of ['nl', 'en'] as const) {
      expect(reasonMessage(language, reason, params)).toMatch(/^[A-Z][^{}]+\.$/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { checkHelpdesk } from './helpdesk-checks';

const empty = { name: '', email: '', phone: '', hours: '', note: '' };

describe('the helpdesk form checks', () => {
  it('accepts empty fields and ordinary Dutch numbers and addresses', () => {
    expect(checkHelpdesk(empty)).toEqual({});
    expect(checkHelpdesk({ ...empty, email: 'support@bedrijf.nl', phone: '+31 (0)343-593587' })).toEqual({});
  });

  it('names a bad address and a number with letters, too few or too many digits', () => {
    expect(checkHelpdesk({ ...empty, email: 'support@' })).toEqual({ email: 'emailInvalid' });
    for (const phone of ['bel ons', '12345', '0'.repeat(16)])
      expect(checkHelpdesk({ ...empty, phone })).toEqual({ phone: 'phoneInvalid' });
  });
});

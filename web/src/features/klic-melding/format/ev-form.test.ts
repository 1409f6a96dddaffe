import { describe, expect, it } from 'vitest';
import { contactDateProblem, evFormFrom, evInput, todayInAmsterdam } from './ev-form';

const handling = {
  status: 'open' as const,
  instructions: '',
  contactName: '',
  contactedOn: null,
  contactMethod: null,
  notes: '',
  handledAt: null,
  handledBy: null,
};

describe('the EV form', () => {
  it('sends trimmed texts, no date when none is chosen, and the status of the button pressed', () => {
    const form = { ...evFormFrom(handling), instructions: '  Proefsleuf graven \n', contactName: ' Jan ' };
    expect(evInput(form, 'handled')).toEqual({
      status: 'handled',
      instructions: 'Proefsleuf graven',
      contactName: 'Jan',
      contactedOn: null,
      contactMethod: null,
      notes: '',
    });
  });

  it('takes the day in Amsterdam as today, and refuses a contact date after it', () => {
    expect(todayInAmsterdam(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02');
    const form = evFormFrom(handling);
    expect(contactDateProblem({ ...form, contactedOn: '2026-03-03' }, '2026-03-02')).toBe('inFuture');
    expect(contactDateProblem({ ...form, contactedOn: '2026-03-02' }, '2026-03-02')).toBeNull();
    expect(contactDateProblem(form, '2026-03-02')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { dutchDateAndTime, escapeHtml, invitationMail } from './invitation-mail.ts';

const base = {
  firstName: 'Henk',
  inviterName: 'Anna Beheer',
  organisationName: 'Grondwerk Noord B.V.',
  username: 'henk@grondwerk.nl',
  link: 'https://veldwerk.example/uitnodiging/abc_DEF-123',
  expiresAt: new Date('2026-03-29T00:30:00Z'),
};

describe('the invitation mail', () => {
  it('says who invited whom for what, the link, until when (Dutch time) and that it may be ignored', () => {
    const mail = invitationMail({ ...base, rights: ['fieldWorker'] });
    expect(mail.subject).toBe('Uitnodiging voor Veldwerk van Grondwerk Noord B.V.');
    expect(mail.text).toContain('Beste Henk,');
    expect(mail.text).toContain('Anna Beheer heeft u uitgenodigd voor Veldwerk van Grondwerk Noord B.V.');
    expect(mail.text).toContain('KLIC-tekeningen');
    expect(mail.text).toContain('Uw gebruikersnaam is: henk@grondwerk.nl');
    expect(mail.text).toContain(base.link);
    expect(mail.text).toContain('geldig tot 29-03-2026 om 01:30 uur');
    expect(mail.text).toContain('kunt u deze e-mail negeren');
    expect(mail.html).toContain(`href="${base.link}"`);
  });

  it('explains Veldwerk by the rights the invitee gets', () => {
    expect(invitationMail({ ...base, rights: ['workPlanner'] }).text).toContain('KLIC-meldingen');
    expect(invitationMail({ ...base, rights: ['userAdmin'] }).text).toContain(
      "gebruikers, rechten en regio's",
    );
    expect(invitationMail({ ...base, rights: [] }).text).toContain('organiseert Grondwerk Noord B.V.');
  });

  it('escapes every value in the HTML, keeps the plain text as typed', () => {
    const hostile = `<script>alert('x')</script> & "Zn"`;
    const mail = invitationMail({
      ...base,
      firstName: hostile,
      inviterName: hostile,
      organisationName: hostile,
      username: hostile,
      rights: ['userAdmin'],
    });
    expect(mail.html).not.toMatch(/<script|"Zn"|' *\)/);
    expect(mail.html).toContain(escapeHtml(hostile));
    expect(mail.text).toContain(`Beste ${hostile},`);
  });

  it('writes dates as dd-mm-jjjj and 24-hour times in Europe/Amsterdam, summer and winter', () => {
    expect(dutchDateAndTime(new Date('2026-07-01T22:15:00Z'))).toEqual({ date: '02-07-2026', time: '00:15' });
    expect(dutchDateAndTime(new Date('2026-12-31T12:05:00Z'))).toEqual({ date: '31-12-2026', time: '13:05' });
  });
});

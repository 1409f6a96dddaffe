import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, session, userInvitation, userProfile } from '../../infra/db/schema/index.ts';
import { createTestApp, type TestApp } from '../../infra/testing/test-app.ts';
import { aNewUser, usersTestKit } from '../users/users-test-kit.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const kit = usersTestKit(() => t);
const { send } = kit;
const newPassword = 'Graafwerk-in-de-polder-2026';

async function anInvitedUser(overrides: Record<string, unknown> = {}) {
  const { org, admin, adminUser } = await kit.anOrganisationWithAdmin('Anna Beheer');
  const body = aNewUser(overrides);
  const created = await send(admin, 'POST', '/api/users', body);
  expect(created.statusCode).toBe(201);
  const token = await kit.invitationTokenFor(body.email);
  return { org, admin, adminUser, body, user: created.json(), token };
}

const accept = (token: string, password = newPassword) =>
  send(undefined, 'POST', `/api/invitations/${token}/accept`, { password });

describe('an invitation by e-mail', () => {
  it('mails a working link with which the invitee chooses a password and is logged in, once', async () => {
    const { org, body, user, token } = await anInvitedUser();
    expect(user).toMatchObject({ hasPassword: false, invitationConfirmedAt: null });
    expect(user.invitationSentAt).not.toBeNull();

    const [mail] = await kit.mailsTo(body.email);
    expect(mail?.subject).toMatch(/^Uitnodiging voor Veldwerk van Testbedrijf /);
    expect(mail?.text).toContain('Anna Beheer heeft u uitgenodigd');
    expect(mail?.text).toContain(`Uw gebruikersnaam is: ${body.username}`);
    expect(mail?.text).toMatch(/geldig tot \d{2}-\d{2}-\d{4} om \d{2}:\d{2} uur/);
    expect(mail?.text).toContain('negeren');
    expect(mail?.html).toContain(`/uitnodiging/${token}`);

    const shown = await send(undefined, 'GET', `/api/invitations/${token}`);
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toMatchObject({ firstName: 'Henk', username: body.username });
    expect(shown.json().organisationName).toMatch(/^Testbedrijf /);
    const validDays = (Date.parse(shown.json().expiresAt) - Date.now()) / 86_400_000;
    expect(validDays).toBeGreaterThan(6.9);
    expect(validDays).toBeLessThanOrEqual(7);

    const accepted = await accept(token);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toEqual({ redirectTo: '/' });
    const me = await send(kit.cookieOf(accepted), 'GET', '/api/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({ id: user.id, email: body.email });

    expect((await send(undefined, 'GET', `/api/invitations/${token}`)).json().error).toMatchObject({
      code: 'CONFLICT',
      fields: { token: 'used' },
    });
    const again = await accept(token, 'Een-ander-wachtwoord-2026');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fields).toEqual({ token: 'used' });
    expect((await kit.signInWithEmail(body.email, newPassword)).statusCode).toBe(200);

    const [profile] = await t.database.db.select().from(userProfile).where(eq(userProfile.userId, user.id));
    expect(profile?.invitationConfirmedAt).not.toBeNull();
    const events = (await kit.logbook(org.organisationId, user.id)).map((row) => row.event);
    expect(events).toEqual(['user.created', 'rights.changed', 'invitation.sent', 'invitation.accepted']);
  });
});

describe('an invitation link that no longer works', () => {
  it('is refused once it has expired', async () => {
    const { user, token } = await anInvitedUser();
    await t.database.db
      .update(userInvitation)
      .set({ expiresAt: new Date(Date.now() - 60_000) })
      .where(eq(userInvitation.userId, user.id));
    const shown = await send(undefined, 'GET', `/api/invitations/${token}`);
    expect(shown.statusCode).toBe(409);
    expect(shown.json().error.fields).toEqual({ token: 'expired' });
    const accepted = await accept(token);
    expect(accepted.statusCode).toBe(409);
    expect(accepted.json().error.fields).toEqual({ token: 'expired' });
    expect(await t.database.db.select().from(account).where(eq(account.userId, user.id))).toEqual([]);
  });

  it('is revoked by a new invitation, which works', async () => {
    const { admin, body, user, token: oldToken } = await anInvitedUser();
    const resent = await send(admin, 'POST', `/api/users/${user.id}/invitation`);
    expect(resent.statusCode).toBe(204);
    const newToken = await kit.invitationTokenFor(body.email);
    expect(newToken).not.toBe(oldToken);
    expect((await kit.mailsTo(body.email)).length).toBe(2);

    const old = await accept(oldToken);
    expect(old.statusCode).toBe(409);
    expect(old.json().error.fields).toEqual({ token: 'revoked' });
    expect((await accept(newToken)).statusCode).toBe(200);
  });

  it('is revoked when the user is removed', async () => {
    const { admin, user, token } = await anInvitedUser();
    expect((await send(admin, 'DELETE', `/api/users/${user.id}`)).statusCode).toBe(204);
    const accepted = await accept(token);
    expect(accepted.statusCode).toBe(409);
    expect(accepted.json().error.fields).toEqual({ token: 'revoked' });
  });

  it('answers 404 for a token that was never issued, whatever its form', async () => {
    for (const token of ['x', 'A'.repeat(43), '%3Cscript%3E', 'a'.repeat(100)]) {
      const shown = await send(undefined, 'GET', `/api/invitations/${token}`);
      expect(shown.statusCode, token).toBe(404);
      expect((await accept(token)).statusCode, token).toBe(404);
    }
  });

  it('can be accepted only once, also by two tabs at the same moment', async () => {
    const { token } = await anInvitedUser();
    const results = await Promise.all([accept(token), accept(token)]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });
});

describe('choosing the password of an invitation', () => {
  it('refuses a weak password or one with the own name, and keeps the link usable', async () => {
    const { user, token } = await anInvitedUser({ firstName: 'Gerritsen', lastName: 'Bakker' });
    for (const [password, problem] of [
      ['kort', 'too_short'],
      ['wachtwoord123', 'too_common'],
      ['Gerritsen-2026-graaft', 'contains_personal_data'],
      ['x'.repeat(300), 'too_long'],
    ]) {
      const refused = await accept(token, password);
      expect(refused.statusCode, password).toBe(422);
      expect(refused.json().error.fields).toEqual({ password: problem });
    }
    const wrongType = await send(undefined, 'POST', `/api/invitations/${token}/accept`, { password: 12345 });
    expect(wrongType.statusCode).toBe(422);
    expect(await t.database.db.select().from(account).where(eq(account.userId, user.id))).toEqual([]);
    expect((await send(undefined, 'GET', `/api/invitations/${token}`)).statusCode).toBe(200);
  });

  it('replaces a password the user had, and ends no one else’s session', async () => {
    const { admin, user, body, token } = await anInvitedUser();
    const setByAdmin = await send(admin, 'POST', `/api/users/${user.id}/password`, {
      password: 'Tijdelijk-wachtwoord-2026',
      mustChangePassword: true,
    });
    expect(setByAdmin.statusCode).toBe(204);
    expect((await accept(token)).statusCode).toBe(200);
    expect((await kit.signInWithEmail(body.email, 'Tijdelijk-wachtwoord-2026')).statusCode).toBe(401);
    expect((await kit.signInWithEmail(body.email, newPassword)).statusCode).toBe(200);
    expect((await send(admin, 'GET', '/api/me')).statusCode).toBe(200);
    const detail = (await send(admin, 'GET', `/api/users/${user.id}`)).json();
    expect(detail).toMatchObject({ hasPassword: true, mustChangePassword: false });
    expect(detail.invitationConfirmedAt).not.toBeNull();
  });
});

describe('the invitation mail', () => {
  it('escapes every value in the HTML and never stores the token itself', async () => {
    const hostile = '<script>alert("x")</script>';
    const { body, user, token } = await anInvitedUser({ firstName: hostile, lastName: `O'Neil & <b>Zn</b>` });
    const [mail] = await kit.mailsTo(body.email);
    expect(mail?.text).toContain(`Beste ${hostile},`);
    expect(mail?.html).not.toContain('<script>');
    expect(mail?.html).not.toContain('<b>');
    expect(mail?.html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;');
    const [stored] = await t.database.db
      .select()
      .from(userInvitation)
      .where(eq(userInvitation.userId, user.id));
    expect(stored?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('is not sent to, nor accepted by, a user without e-mail address', async () => {
    const { admin } = await kit.anOrganisationWithAdmin();
    const refused = await send(admin, 'POST', '/api/users', aNewUser({ email: null }));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.fields).toEqual({ email: 'required_for_invitation' });
    const created = await send(
      admin,
      'POST',
      '/api/users',
      aNewUser({
        email: null,
        setup: { mode: 'password', password: newPassword, mustChangePassword: false },
      }),
    );
    expect(created.statusCode).toBe(201);
    const resend = await send(admin, 'POST', `/api/users/${created.json().id}/invitation`);
    expect(resend.statusCode).toBe(422);
    expect(resend.json().error.fields).toEqual({ email: 'required_for_invitation' });
    expect(await t.database.db.select().from(session).where(eq(session.userId, created.json().id))).toEqual(
      [],
    );
  });
});

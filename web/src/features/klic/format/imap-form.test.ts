import { describe, expect, it } from 'vitest';
import type { ImapSettings } from '../api/types';
import {
  checkImapForm,
  type ImapFormValues,
  imapErrorsFromServer,
  imapFormValues,
  imapInput,
} from './imap-form';

const stored: ImapSettings = {
  enabled: true,
  host: 'imap.example.nl',
  port: 993,
  secure: true,
  user: 'klic@example.nl',
  mailbox: 'INBOX',
  passwordSet: true,
  lastPolledAt: null,
  lastError: null,
};

const filled: ImapFormValues = {
  enabled: true,
  host: ' imap.example.nl ',
  port: 993,
  secure: true,
  user: 'klic@example.nl',
  password: '',
  mailbox: ' Kadaster ',
};

describe('imapFormValues', () => {
  it('fills the form from the stored settings with an empty password', () => {
    expect(imapFormValues({ ...stored, host: null, port: null, user: null })).toEqual({
      enabled: true,
      host: '',
      port: '',
      secure: true,
      user: '',
      password: '',
      mailbox: 'INBOX',
    });
  });
});

describe('imapInput', () => {
  it('trims, leaves out an empty password (keep the stored one) and defaults the mailbox', () => {
    expect(imapInput({ ...filled, mailbox: '  ' })).toEqual({
      enabled: true,
      host: 'imap.example.nl',
      port: 993,
      secure: true,
      user: 'klic@example.nl',
      mailbox: 'INBOX',
    });
  });

  it('sends a typed password and empty fields as null', () => {
    expect(imapInput({ ...filled, host: '', user: ' ', port: '', password: ' geheim ' })).toMatchObject({
      host: null,
      user: null,
      port: null,
      password: ' geheim ',
    });
  });
});

describe('checkImapForm', () => {
  it('accepts a complete mailbox and one with a stored password', () => {
    expect(checkImapForm(filled, true)).toEqual({});
    expect(checkImapForm({ ...filled, password: 'geheim' }, false)).toEqual({});
  });

  it('asks for server, port, user and password when the mailbox is switched on', () => {
    expect(checkImapForm({ ...filled, host: '', port: '', user: '' }, false)).toEqual({
      host: 'required',
      port: 'port',
      user: 'required',
      password: 'required',
    });
  });

  it('lets a switched-off mailbox be incomplete, but not with an impossible port', () => {
    const off = { ...filled, enabled: false, host: '', user: '' };
    expect(checkImapForm(off, false)).toEqual({});
    expect(checkImapForm({ ...off, port: 70000 }, false)).toEqual({ port: 'port' });
    expect(checkImapForm({ ...off, port: 0 }, false)).toEqual({ port: 'port' });
  });
});

describe('imapErrorsFromServer', () => {
  it("puts the server's problems at their fields and keeps the unknown ones apart", () => {
    expect(
      imapErrorsFromServer({ host: 'invalid_format', port: 'too_big', user: 'required', other: 'x' }),
    ).toEqual({ errors: { host: 'invalid', port: 'port', user: 'required' }, rest: ['other'] });
    expect(imapErrorsFromServer({ mailbox: 'too_big' }).errors).toEqual({ mailbox: 'tooLong' });
  });
});

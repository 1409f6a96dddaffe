import { type SimpleParserOptions, simpleParser } from 'mailparser';
import { htmlToText } from './html-text.ts';
import type { MailAttachment, ReadMail } from './kadaster-mail.ts';
import { mailUnreadable } from './kadaster-mail-messages.ts';

/** A header field: printable ASCII without a colon, then a colon (RFC 5322 section 2.2). */
const headerField = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;
const continuation = /^[ \t]/;
const essentialHeader = /^(from|subject|date|message-id|mime-version|received|content-type)[ \t]*:/i;
const mboxSeparator = /^From [^\r\n]*\r?\n/;

/**
 * mailparser makes a "mail" of any bytes at all, so first check that the input starts with a header block
 * that a mail program would write: only header fields and their continuations, among them a real one.
 */
function startsWithMailHeaders(input: Buffer): boolean {
  const head = input
    .subarray(0, 64 * 1024)
    .toString('latin1')
    .replace(mboxSeparator, '');
  const end = head.search(/\r?\n\r?\n/);
  const lines = (end === -1 ? head : head.slice(0, end)).split(/\r?\n/);
  return (
    headerField.test(lines[0] ?? '') &&
    lines.some((line) => essentialHeader.test(line)) &&
    lines.every((line) => headerField.test(line) || continuation.test(line))
  );
}

// ignoreEmbedded (a mailsplit option mailparser passes on): an attached message stays an attachment
// instead of being merged into the text, so that forwards-as-attachment are read on their own.
// skipHtmlToText: see html-text.ts.
const parserOptions = {
  ignoreEmbedded: true,
  skipHtmlToText: true,
  skipImageLinks: true,
  skipTextToHtml: true,
  skipTextLinks: true,
} as SimpleParserOptions;

/** Reads an RFC 822 mail (.eml, or what an SMTP server receives). */
export async function readRfc822(input: Buffer): Promise<ReadMail> {
  if (!startsWithMailHeaders(input)) throw mailUnreadable('no RFC 822 header block');
  try {
    const parsed = await simpleParser(input, parserOptions);
    const html = typeof parsed.html === 'string' ? parsed.html : '';
    return {
      subject: parsed.subject ?? '',
      from: parsed.from?.value[0]?.address || null,
      sentAt: parsed.date instanceof Date && !Number.isNaN(parsed.date.getTime()) ? parsed.date : null,
      text: parsed.text || htmlToText(html),
      html,
      attachments: parsed.attachments.map(
        (attachment): MailAttachment => ({
          fileName:
            attachment.filename ?? (attachment.contentType === 'message/rfc822' ? 'bijlage.eml' : 'bijlage'),
          contentType: attachment.contentType,
          content: attachment.content,
        }),
      ),
    };
  } catch (error) {
    throw mailUnreadable('mailparser could not read the mail', error);
  }
}

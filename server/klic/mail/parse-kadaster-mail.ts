import { AppError } from '../../infra/errors/app-error.ts';
import { formatByteLimit } from '../../infra/files/format-byte-limit.ts';
import { classifyKadasterMail } from './classify-kadaster-mail.ts';
import type { KadasterFacts, KadasterMail, MailAttachment, ReadMail } from './kadaster-mail.ts';
import { mailUnreadable } from './kadaster-mail-messages.ts';
import { isCompoundFile, readMsg } from './read-msg.ts';
import { readRfc822 } from './read-rfc822.ts';

export type { KadasterMail, MailAttachment } from './kadaster-mail.ts';

export const defaultMaxMailBytes = 25 * 1024 * 1024;

/** How many mails deep a forward-as-attachment is followed (a mail in a mail in a mail). */
export const maxAttachedMailDepth = 3;

/**
 * Reads a received mail (RFC 822: an .eml or what the SMTP server received; or an Outlook .msg, told apart
 * by content) and says whether it is the Kadaster's receipt or delivery notice, also when forwarded inline
 * or as an attachment. It decides nothing and fetches nothing: the intake pipeline does that.
 * Throws AppError PAYLOAD_TOO_LARGE (klic.mail_too_large) above `maxBytes` and VALIDATION_FAILED
 * (klic.mail_unreadable) for bytes that are no readable mail; a readable mail from anyone else is 'other'.
 */
export async function parseKadasterMail(
  input: Buffer,
  options: { fileName?: string; maxBytes?: number } = {},
): Promise<KadasterMail> {
  const maxBytes = options.maxBytes ?? defaultMaxMailBytes;
  if (input.length > maxBytes) {
    throw new AppError('PAYLOAD_TOO_LARGE', {
      reason: 'klic.mail_too_large',
      params: { limit: formatByteLimit(maxBytes) },
      detail: `mail ${options.fileName ?? '(no file name)'} has ${input.length} bytes, more than ${maxBytes}`,
    });
  }
  const mail = await readMail(input);
  return {
    subject: mail.subject,
    from: mail.from,
    sentAt: mail.sentAt,
    ...(await findKadasterMail(mail, 0)),
  };
}

async function readMail(input: Buffer): Promise<ReadMail> {
  if (input.length === 0) throw mailUnreadable('empty input');
  return isCompoundFile(input) ? await readMsg(input) : await readRfc822(input);
}

type FoundMail = KadasterFacts & { attachments: MailAttachment[] };

/** The Kadaster mail attached to `mail` (the original wins over the forward around it), else `mail` itself. */
async function findKadasterMail(mail: ReadMail, depth: number): Promise<FoundMail> {
  if (depth < maxAttachedMailDepth) {
    for (const attachment of mail.attachments.filter(isAttachedMail)) {
      const attached = await readAttachedMail(attachment);
      if (attached === null) continue;
      const found = await findKadasterMail(attached, depth + 1);
      if (found.kind !== 'other') return found;
    }
  }
  return { ...classifyKadasterMail(mail), attachments: mail.attachments };
}

function isAttachedMail({ fileName, contentType }: MailAttachment): boolean {
  return (
    contentType === 'message/rfc822' ||
    contentType === 'application/vnd.ms-outlook' ||
    /\.(eml|msg)$/i.test(fileName)
  );
}

/** An attachment that only looks like a mail (a damaged .msg, a Word file named .msg) is just an attachment. */
async function readAttachedMail(attachment: MailAttachment): Promise<ReadMail | null> {
  try {
    return await readMail(attachment.content);
  } catch {
    return null;
  }
}

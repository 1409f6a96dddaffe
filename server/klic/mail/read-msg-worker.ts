import { parentPort, workerData } from 'node:worker_threads';
import msgReaderModule from '@kenjiuno/msgreader';
import { htmlToText } from './html-text.ts';
import type { MailAttachment, ReadMail } from './kadaster-mail.ts';

/**
 * Runs in a worker thread started by read-msg.ts: msgreader follows the sector chains of a compound file
 * without cycle checks, so a crafted .msg would otherwise loop until the whole server runs out of memory.
 */
const MsgReader = msgReaderModule.default;
type FieldsData = ReturnType<InstanceType<typeof MsgReader>['getFileData']>;

export type MsgWorkerAnswer = { ok: true; mail: ReadMail } | { ok: false; detail: string };

function readMsgFields(bytes: Uint8Array<ArrayBuffer>): ReadMail {
  const reader = new MsgReader(bytes.buffer);
  const data = reader.getFileData();
  if (data.error !== undefined || data.dataType !== 'msg') throw new Error(data.error ?? 'not a message');
  const html = data.bodyHtml ?? (data.html ? new TextDecoder().decode(data.html) : '');
  return {
    subject: data.subject ?? '',
    from: senderAddress(data),
    sentAt: dateOrNull(data.clientSubmitTime ?? data.messageDeliveryTime),
    text: data.body || htmlToText(html),
    html,
    attachments: (data.attachments ?? []).map((attachment) => readAttachment(reader, attachment)),
  };
}

function readAttachment(reader: InstanceType<typeof MsgReader>, attachment: FieldsData): MailAttachment {
  const { fileName, content } = reader.getAttachment(attachment);
  const embeddedMessage = attachment.innerMsgContent === true;
  return {
    fileName: fileName || attachment.name || 'bijlage',
    contentType:
      attachment.attachMimeTag ??
      (embeddedMessage ? 'application/vnd.ms-outlook' : 'application/octet-stream'),
    content: Buffer.from(content),
  };
}

function senderAddress(data: FieldsData): string | null {
  const smtp = data.senderAddressType === 'SMTP' ? data.senderEmail : undefined;
  return data.senderSmtpAddress || data.sentRepresentingSmtpAddress || smtp || null;
}

function dateOrNull(value: string | undefined): Date | null {
  if (value === undefined) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

function answer(): MsgWorkerAnswer {
  if (!(workerData instanceof Uint8Array)) return { ok: false, detail: 'no bytes given' };
  try {
    return { ok: true, mail: readMsgFields(new Uint8Array(workerData)) };
  } catch (error) {
    return { ok: false, detail: error instanceof Error ? error.message : String(error) };
  }
}

parentPort?.postMessage(answer());

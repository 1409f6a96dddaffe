import { Worker } from 'node:worker_threads';
import type { ReadMail } from './kadaster-mail.ts';
import { mailUnreadable } from './kadaster-mail-messages.ts';
import type { MsgWorkerAnswer } from './read-msg-worker.ts';

/** The magic number of a Compound File (OLE/CFB), the container of an Outlook .msg. */
const compoundFileMagic = Buffer.from('d0cf11e0a1b11ae1', 'hex');

const workerFile = new URL('./read-msg-worker.ts', import.meta.url);
/** Far above what a real .msg needs (milliseconds, a few MB), far below what would hurt the server. */
const workerTimeoutMs = 10_000;
const workerMemoryLimitMb = 128;

export function isCompoundFile(input: Buffer): boolean {
  return input.subarray(0, compoundFileMagic.length).equals(compoundFileMagic);
}

/**
 * Reads an Outlook .msg file in a worker thread with a time and memory limit (see read-msg-worker.ts);
 * a damaged, hostile or non-mail compound file is unreadable.
 */
export function readMsg(input: Buffer): Promise<ReadMail> {
  // A copy of exactly these bytes: a Buffer may be a view on a larger ArrayBuffer, which msgreader would read.
  const bytes = new Uint8Array(input);
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerFile, {
      workerData: bytes,
      transferList: [bytes.buffer],
      resourceLimits: { maxOldGenerationSizeMb: workerMemoryLimitMb },
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const fail = (detail: string, cause?: unknown) => settle(() => reject(mailUnreadable(detail, cause)));
    const timer = setTimeout(
      () => fail(`reading the .msg took longer than ${workerTimeoutMs} ms`),
      workerTimeoutMs,
    );
    worker.once('message', (answer: MsgWorkerAnswer) => {
      if (!answer.ok) return fail(`not a readable Outlook .msg file: ${answer.detail}`);
      settle(() => resolve(withBuffers(answer.mail)));
    });
    worker.once('error', (error) => fail('the .msg reader failed', error));
    worker.once('exit', (code) => fail(`the .msg reader stopped with code ${code}`));
  });
}

/** Messages from a worker carry plain Uint8Arrays; the rest of the module works with Buffers. */
function withBuffers(mail: ReadMail): ReadMail {
  return {
    ...mail,
    attachments: mail.attachments.map((attachment) => ({
      ...attachment,
      content: Buffer.from(
        attachment.content.buffer,
        attachment.content.byteOffset,
        attachment.content.byteLength,
      ),
    })),
  };
}

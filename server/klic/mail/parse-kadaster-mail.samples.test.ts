import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../infra/errors/app-error.ts';
import { klicSample, klicSampleFiles } from '../../infra/testing/klic-samples.ts';
import { composeMail } from './kadaster-test-mails.ts';
import { parseKadasterMail } from './parse-kadaster-mail.ts';

// The Kadaster's Outlook samples; klicSample() fails loudly when ../shared/klic/samples is absent.
const receipt = readFileSync(klicSample(klicSampleFiles.receiptMail));
const completeNotice = readFileSync(klicSample(klicSampleFiles.completeNoticeMail));
const partialNotice = readFileSync(klicSample(klicSampleFiles.partialNoticeMail));

const kadasterSender = 'KLIC@SAPQC1310.CS.KADASTER.NL';
const unreadable = { code: 'VALIDATION_FAILED', reason: 'klic.mail_unreadable' };

describe('parseKadasterMail on the Kadaster’s Outlook samples', () => {
  it('reads the receipt with its Ontvangstbevestiging PDF', async () => {
    const mail = await parseKadasterMail(receipt, { fileName: klicSampleFiles.receiptMail });
    expect(mail).toMatchObject({
      kind: 'receipt',
      subject: 'KLIC-ontvangstbevestiging: 9807215110/10 22G0027001 Ref: Graafmelding',
      from: kadasterSender,
      sentAt: new Date('2022-11-18T07:43:18Z'),
      meldnummer: '22G0027001',
      ordernummer: '9807215110',
      positienummer: '10',
      referentie: 'Graafmelding',
      deliveryNumber: null,
      complete: null,
      downloadUrl: null,
    });
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]).toMatchObject({
      fileName: 'Ontvangstbevestiging_22G0027001.pdf',
      contentType: 'application/pdf',
    });
    expect(mail.attachments[0]?.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('reads the complete delivery notice with its download link', async () => {
    expect(await parseKadasterMail(completeNotice)).toMatchObject({
      kind: 'deliveryNotice',
      subject: 'KLIC complete levering 1: 9807215110/10 22G0027001 Ref: Graafmelding',
      from: kadasterSender,
      sentAt: new Date('2022-11-18T08:30:30Z'),
      meldnummer: '22G0027001',
      ordernummer: '9807215110',
      positienummer: '10',
      referentie: 'Graafmelding',
      deliveryNumber: 1,
      complete: true,
      downloadUrl:
        'https://service10.acceptatie.kadaster.nl/gds2/download/public/76ec2493-9c27-40ae-abdb-d330268c088d',
      attachments: [],
    });
  });

  it('reads the partial delivery notice (deellevering) of an oriëntatieverzoek', async () => {
    expect(await parseKadasterMail(partialNotice)).toMatchObject({
      kind: 'deliveryNotice',
      subject: 'KLIC deellevering 1: 9807215024/10 22O0005081 Ref: Orientatieverzoek',
      sentAt: new Date('2022-11-17T15:41:16Z'),
      meldnummer: '22O0005081',
      ordernummer: '9807215024',
      positienummer: '10',
      referentie: 'Orientatieverzoek',
      deliveryNumber: 1,
      complete: false,
      downloadUrl:
        'https://service10.acceptatie.kadaster.nl/gds2/download/public/b3599e92-327e-4eba-9bf7-acbf0b7b29e2',
    });
  });

  it('follows a .msg attached to a forwarded mail', async () => {
    const raw = await composeMail({
      from: 'jan@bouw.nl',
      subject: 'zie bijlage',
      text: 'Uit Outlook gesleept.',
      attachments: [
        {
          filename: 'KLIC complete levering.msg',
          content: completeNotice,
          contentType: 'application/vnd.ms-outlook',
        },
      ],
    });
    const mail = await parseKadasterMail(raw);
    expect(mail).toMatchObject({ kind: 'deliveryNotice', subject: 'zie bijlage', from: 'jan@bouw.nl' });
    expect(mail).toMatchObject({ meldnummer: '22G0027001', deliveryNumber: 1, complete: true });
    expect(mail.downloadUrl).toMatch(
      /^https:\/\/service10\.acceptatie\.kadaster\.nl\/gds2\/download\/public\//,
    );
  });

  it.each([
    ['receipt', receipt],
    ['complete notice', completeNotice],
  ])('refuses the %s cut in half as unreadable', async (_name, sample) => {
    // A view on the first half: the bytes after it are still in memory and must not be read.
    const error = await parseKadasterMail(sample.subarray(0, sample.length / 2)).catch(
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject(unreadable);
  });

  it('survives a .msg whose sector chain loops (it would exhaust the memory of the server)', {
    timeout: 30_000,
  }, async () => {
    const looping = Buffer.from(completeNotice);
    const sectorSize = 2 ** looping.readUInt16LE(30);
    const directoryStart = looping.readInt32LE(48);
    const firstFatSector = looping.readInt32LE(76);
    // The directory's next sector is itself.
    looping.writeInt32LE(directoryStart, (firstFatSector + 1) * sectorSize + 4 * directoryStart);
    const error = await parseKadasterMail(looping).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject(unreadable);
    expect(await parseKadasterMail(partialNotice)).toMatchObject({ kind: 'deliveryNotice' });
  });
});

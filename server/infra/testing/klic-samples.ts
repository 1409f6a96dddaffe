import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../../scripts/lib/paths.ts';

/**
 * The Kadaster's example deliveries and mails beside the checkout (`../shared/klic/samples`). They may be
 * used in tests and benchmarks but never copied into the repository.
 */
export const klicSamplesDir = join(repoRoot, '..', 'shared', 'klic', 'samples');

/**
 * The path of one sample file. Throws with a clear sentence when the samples are absent, so that a test that
 * needs them fails loudly instead of passing without having looked at them.
 */
export function klicSample(fileName: string): string {
  const path = join(klicSamplesDir, fileName);
  if (!existsSync(path)) {
    throw new Error(
      `KLIC sample ${fileName} not found in ${klicSamplesDir}: these tests need the Kadaster samples in ` +
        '../shared/klic/samples beside the checkout (they are not part of the repository).',
    );
  }
  return path;
}

export const klicSampleFiles = {
  graafmeldingComplete: 'Levering_22G0027001_1.zip',
  orientatiePartial: 'Levering_22O0005081_1.zip',
  calamiteitPartial: 'Levering_22C0007840_1.zip',
  lianderLarge: 'Levering_22G003174_1.zip',
  orientatieSmall: 'Levering_22O000518_1.zip',
  receiptMail: 'KLIC-ontvangstbevestiging 980721511010 22G0027001 Ref Graafmelding.msg',
  completeNoticeMail: 'KLIC complete levering 1 980721511010 22G0027001 Ref Graafmelding.msg',
  partialNoticeMail: 'KLIC deellevering 1 980721502410 22O0005081 Ref Orientatieverzoek.msg',
} as const;

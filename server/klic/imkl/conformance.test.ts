import { beforeAll, describe, expect, it } from 'vitest';
import { klicSample, klicSampleFiles } from '../../infra/testing/klic-samples.ts';
import { type ReadDelivery, readDelivery } from './read-delivery.ts';

/**
 * The Kadaster's sample deliveries against values read by hand from their GI XML (unzipped, then
 * python's ElementTree and grep): identifiers, operators with their EV flag, EV attachments, files.
 */
type Expected = {
  file: string;
  aanvraag: Record<string, string>;
  volgnummer: number;
  compleet: boolean;
  /** bronhoudercode, naam, indicatieEisVoorzorgsmaatregel (absent in the XML counts as no EV). */
  operators: [string, string, boolean][];
  /** bestandLocatie, EV code, thema of every EisVoorzorgsmaatregelBijlage. */
  ev: [string, string, string][];
  /** Bijlage + EisVoorzorgsmaatregelBijlage features in the file. */
  bijlagen: number;
};

const request = (meldnummer: string, ordernummer: string, referentie: string, aanvraagSoort: string) => ({
  meldnummer,
  ordernummer,
  positienummer: '0000000010',
  referentie,
  aanvraagSoort,
});

const samples: Expected[] = [
  {
    file: klicSampleFiles.graafmeldingComplete,
    aanvraag: request('22G0027001', '9807215110', 'Graafmelding', 'graafmelding'),
    volgnummer: 1,
    compleet: true,
    operators: [
      ['TS1383', 'Autotest Regressie01', true],
      ['TS1384', 'Autotest Regressie02', false],
      ['TS1385', 'Autotest Regressie03', false],
      ['TS1396', 'Autotest Regressie05', true],
      ['TS1387', 'Autotest Regressie06', false],
      ['TS0020', 'Autotest Regressie07', false],
      ['TS2211', 'Autotest Regressie08', true],
      ['TS2213', 'Autotest Regressie10', false],
      ['GM0001', 'Gemeente Utrecht', false],
    ],
    ev: [
      [
        'bronnen/TS1383/nl.imkl-TS1383_22G0027001.EV_hoogspanning_T_risicoHoog_hoogspanning.pdf',
        'HS-T-W3',
        'hoogspanning',
      ],
      [
        'bronnen/TS1396/nl.imkl-TS1396_22G0027001.EV_buisleidingGevaarlijkeInhoud_T_risicoHoog.pdf',
        'BGI-T-W3',
        'buisleidingGevaarlijkeInhoud',
      ],
      [
        'bronnen/TS1396/nl.imkl-TS1396_22G0027001.EV_hoogspanning_T_risicoHoog.pdf',
        'HS-T-W3',
        'hoogspanning',
      ],
      [
        'bronnen/TS2211/nl.imkl-TS2211_22G0027001.EV_buisleidingGevaarlijkeInhoud_T_risicoHoog_buisleidingGevaarlijkeInhoud.pdf',
        'BGI-T-W3',
        'buisleidingGevaarlijkeInhoud',
      ],
    ],
    bijlagen: 9,
  },
  {
    file: klicSampleFiles.orientatiePartial,
    aanvraag: request('22O0005081', '9807215024', 'Orientatieverzoek', 'orientatieverzoek'),
    volgnummer: 1,
    compleet: false,
    operators: [
      ['TS1383', 'Autotest Regressie01', false],
      ['TS1384', 'Autotest Regressie02', false],
      ['TS1385', 'Autotest Regressie03', false],
      ['TS1396', 'Autotest Regressie05', false],
      ['TS1387', 'Autotest Regressie06', false],
      ['TS0020', 'Autotest Regressie07', false],
      ['TS2211', 'Autotest Regressie08', false],
      ['TS2213', 'Autotest Regressie10', false],
      ['GM0001', 'Gemeente Utrecht', false],
    ],
    ev: [],
    bijlagen: 3,
  },
  {
    file: klicSampleFiles.calamiteitPartial,
    aanvraag: request('22C0007840', '9807215031', '2022-11-17 17:15:39.670', 'calamiteitenmelding'),
    volgnummer: 1,
    compleet: false,
    operators: [
      ['nbact1', 'Netbeheerder Actualiseren01', false],
      ['TS1392', 'Netbeheerder Regressie09', true],
      ['TS1393', 'Netbeheerder Regressie10', false],
      ['TS1394', 'Netbeheerder Regressie11', false],
      ['TS1395', 'Netbeheerder Regressie12', true],
      ['TS1381', 'Netbeheerder Regressie05', false],
      ['TS1382', 'Netbeheerder Regressie06', false],
      ['TS1390', 'Netbeheerder Regressie07', false],
      ['nbact2', 'FTO Netbeheerder Actualiseren02', false],
      ['nbact3', 'FTO Netbeheerder Actualiseren03', false],
      ['KL1031', 'Enexis B.V.', false],
    ],
    ev: [
      [
        'bronnen/TS1392/nl.imkl-TS1392_22C0007840.EV_hoogspanning_T_risicoHoog_hoogspanning.pdf',
        'HS-T-W3',
        'hoogspanning',
      ],
      [
        'bronnen/TS1395/nl.imkl-TS1395_22C0007840.EV_buisleidingGevaarlijkeInhoud_T_risicoHoog_buisleidingGevaarlijkeInhoud.pdf',
        'BGI-T-W3',
        'buisleidingGevaarlijkeInhoud',
      ],
    ],
    bijlagen: 5,
  },
  {
    file: klicSampleFiles.lianderLarge,
    aanvraag: request('22G003174', '9807138519', 'TEST MELDING', 'graafmelding'),
    volgnummer: 1,
    compleet: false,
    operators: [
      ['KL1051', 'KPN', false],
      ['KL1040', 'Liander', false],
    ],
    ev: [],
    bijlagen: 1,
  },
  {
    file: klicSampleFiles.orientatieSmall,
    aanvraag: request('22O000518', '9807138535', 'Voorbeeldbestand KAT', 'orientatieverzoek'),
    volgnummer: 1,
    compleet: false,
    operators: [
      ['KL1110', 'WML N.V.', false],
      ['GM1641', 'Gemeente Maasgouw', false],
      ['KL1051', 'KPN', false],
      ['KL1031', 'Enexis B.V.', true],
    ],
    ev: [
      [
        'bronnen/KL1031/nl.imkl-KL1031_22O000518.EnexisOrientatieEV.001_gasHogeDruk.pdf',
        'O_GHDW3-hoog',
        'gasHogeDruk',
      ],
    ],
    bijlagen: 2,
  },
];

describe.each(samples)('the Kadaster sample $file', (expected) => {
  let read: ReadDelivery;
  beforeAll(async () => {
    read = await readDelivery(klicSample(expected.file));
  });

  it('has the request and delivery identifiers of the file', () => {
    expect(read.summary.aanvraag).toMatchObject(expected.aanvraag);
    expect(read.summary.levering).toMatchObject({
      volgnummer: expected.volgnummer,
      compleet: expected.compleet,
    });
  });

  it('lists every operator with its name and EV flag, in document order', () => {
    expect(
      read.summary.netbeheerders.map((each) => [each.bronhoudercode, each.naam, each.eisVoorzorgsmaatregel]),
    ).toEqual(expected.operators);
  });

  it('has the EV attachments with their location, EV code and theme', () => {
    const ev = read.summary.netbeheerders
      .flatMap((each) => each.bijlagen)
      .filter((bijlage) => bijlage.soort === 'eisVoorzorgsmaatregel')
      .map((bijlage) => [bijlage.bestandLocatie, bijlage.eisVoorzorgsmaatregel, bijlage.thema]);
    expect(ev).toEqual(expected.ev);
  });

  it('finds every attachment and the background map in the ZIP', () => {
    const bijlagen = read.summary.netbeheerders.flatMap((each) => each.bijlagen);
    expect(bijlagen).toHaveLength(expected.bijlagen);
    const paths = read.files.map((file) => file.path);
    for (const location of [
      ...bijlagen.map((each) => each.bestandLocatie),
      read.summary.levering.achtergrondkaart,
    ]) {
      expect(paths).toContain(location);
    }
  });
});

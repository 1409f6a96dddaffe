import { type Area, planArea } from './area.ts';
import { addMinutes, dutchDate, dutchDateTime } from './dates.ts';
import type { ResolvedOptions } from './delivery-options.ts';
import { CONTACT_NAMES, operatorProfile } from './operator-profiles.ts';
import { createRandom, type Random } from './random.ts';
import { EV_THEMES, type ThemeSpec, themeSpec } from './themes.ts';

export type Contact = { naam: string; telefoon: string; email: string };
export type Network = { gmlId: string; spec: ThemeSpec };
export type Attachment = {
  gmlId: string;
  soort: 'algemeen' | 'eisVoorzorgsmaatregel' | 'profielschets';
  /** Path inside the delivery folder, e.g. 'bronnen/VW0001/nl.imkl-VW0001_26G0001234.algemeen.pdf'. */
  bestandLocatie: string;
  bestandIdentificator: string;
  title: string;
};
export type EisVoorzorgsmaatregel = { thema: string; code: string; attachment: Attachment; contact: Contact };

export type OperatorPlan = {
  code: string;
  name: string;
  omschrijving: string;
  themas: readonly string[];
  /** False in a partial delivery for the operator that has not answered yet. */
  delivered: boolean;
  networks: Network[];
  ev: EisVoorzorgsmaatregel | null;
  attachments: Attachment[];
  contacts: { netinformatie: Contact; beschadiging: Contact; aanvraag: Contact };
};

export type DeliveryPlan = {
  options: ResolvedOptions;
  /** '<meldnummer>_<volgnummer>', the ZIP's top folder. */
  folder: string;
  area: Area;
  dates: { aanvraag: string; levering: string; start: string; eind: string; beheerder: string };
  /** When the delivery was put together; also the ZIP entries' modification time. */
  leveredAt: Date;
  operators: OperatorPlan[];
  random: Random;
};

const pad = (value: number, length: number) => String(value).padStart(length, '0');

function contact(naam: string, role: string, code: string, index: number): Contact {
  return {
    naam,
    telefoon: `030 7${pad(index % 100, 2)} ${pad((index * 37) % 10_000, 4)}`,
    email: `${role}.${code.toLowerCase()}@example.nl`,
  };
}

function operatorPlan(options: ResolvedOptions, index: number): OperatorPlan {
  const { meldnummer, operators, complete } = options;
  const code = `VW${pad(index + 1, 4)}`;
  const { name, omschrijving, themas } = operatorProfile(index, operators);
  const delivered = complete || operators === 1 || index < operators - 1;
  const file = (part: string) => ({
    bestandLocatie: `bronnen/${code}/nl.imkl-${code}_${meldnummer}.${part}.pdf`,
    bestandIdentificator: `nl.imkl-${code}.${part}`,
  });
  const attachments: Attachment[] = delivered
    ? [
        {
          gmlId: `nl.imkl-${code}.algemeen`,
          soort: 'algemeen',
          title: `Algemene informatie ${name}`,
          ...file('algemeen'),
        },
        {
          gmlId: `nl.imkl-${code}.profielschets-01`,
          soort: 'profielschets',
          title: `Profielschets ${name}`,
          ...file('profielschets-01'),
        },
      ]
    : [];
  let ev: EisVoorzorgsmaatregel | null = null;
  if (delivered && index < options.evOperators) {
    const thema = EV_THEMES.find((candidate) => themas.includes(candidate)) ?? themas[0] ?? 'overig';
    const evCode = `${themeSpec(thema).code}-T-W${(index % 3) + 1}`;
    const attachment: Attachment = {
      gmlId: `nl.imkl-${code}._EisVoorzorgsmaatregelBijlage_${meldnummer}_${thema}`,
      soort: 'eisVoorzorgsmaatregel',
      title: `Eis voorzorgsmaatregel ${evCode} (${thema})`,
      ...file(`EV_${thema}_${evCode}`),
    };
    const naam = CONTACT_NAMES.voorzorgsmaatregel[index % CONTACT_NAMES.voorzorgsmaatregel.length] ?? 'EV';
    ev = { thema, code: evCode, attachment, contact: contact(naam, 'voorzorgsmaatregel', code, index + 40) };
  }
  return {
    code,
    name,
    omschrijving,
    themas,
    delivered,
    networks: delivered
      ? themas.map((thema) => ({ gmlId: `nl.imkl-${code}.net-${thema}`, spec: themeSpec(thema) }))
      : [],
    ev,
    attachments: ev ? [...attachments, ev.attachment] : attachments,
    contacts: {
      netinformatie: contact(CONTACT_NAMES.netinformatie, 'netinformatie', code, index),
      beschadiging: contact(CONTACT_NAMES.beschadiging, 'storingen', code, index + 20),
      aanvraag: contact(CONTACT_NAMES.aanvraag, 'klic', code, index + 10),
    },
  };
}

/** Everything that is decided before the first byte is written: the area, the dates, the operators. */
export function planDelivery(options: ResolvedOptions): DeliveryPlan {
  const random = createRandom(options.seed);
  const year = 2000 + Number(options.meldnummer.slice(0, 2));
  // Drawn also when a moment is given, so that the rest of the delivery stays the same for the same seed.
  const drawn = addMinutes(new Date(Date.UTC(year, 0, 2, 6)), random.int(0, 330) * 1440 + random.int(0, 540));
  const aanvraag = options.requestedAt ?? drawn;
  const levering = addMinutes(aanvraag, options.volgnummer * 1500 + random.int(5, 55));
  return {
    options,
    folder: `${options.meldnummer}_${options.volgnummer}`,
    area: planArea(options.aanvraagSoort, options.centre, random),
    dates: {
      aanvraag: dutchDateTime(aanvraag),
      levering: dutchDateTime(levering),
      start: dutchDate(addMinutes(aanvraag, 4 * 1440)),
      eind: dutchDate(addMinutes(aanvraag, 45 * 1440)),
      beheerder: dutchDateTime(new Date(Date.UTC(year - 4, 0, 1))),
    },
    leveredAt: levering,
    operators: Array.from({ length: options.operators }, (_, index) => operatorPlan(options, index)),
    random,
  };
}

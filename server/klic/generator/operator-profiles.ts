/** Invented network operators (netbeheerders) around Utrecht and Nieuwegein. None of them exists. */
export type OperatorProfile = { name: string; omschrijving: string; themas: readonly string[] };

export const OPERATOR_PROFILES: readonly OperatorProfile[] = [
  {
    name: 'Demo Netbeheer Utrecht',
    omschrijving: 'Elektriciteit en gas Utrecht-Zuid',
    themas: ['laagspanning', 'middenspanning', 'gasLageDruk', 'gasHogeDruk'],
  },
  { name: 'Glasnet Demo B.V.', omschrijving: 'Glasvezel Nieuwegein', themas: ['datatransport'] },
  { name: 'Waterbedrijf Vecht & Lek (demo)', omschrijving: 'Drinkwater', themas: ['water'] },
  {
    name: 'Gemeente Demodorp',
    omschrijving: 'Riolering, openbare verlichting en weesleidingen',
    themas: ['rioolVrijverval', 'rioolOnderOverOfOnderdruk', 'overig', 'wees'],
  },
  {
    name: 'Hoogspanning Demo Transport',
    omschrijving: 'Hoogspanningsverbindingen Midden-Nederland',
    themas: ['landelijkHoogspanningsnet', 'hoogspanning'],
  },
  {
    name: 'Demo Buisleidingen Noordoever',
    omschrijving: 'Buisleidingen met gevaarlijke inhoud',
    themas: ['buisleidingGevaarlijkeInhoud', 'petrochemie'],
  },
  { name: "Warmtebedrijf Zuilen & Overvecht 'demo'", omschrijving: 'Stadsverwarming', themas: ['warmte'] },
];

/**
 * The profile of operator `index` of `count`. With fewer operators than profiles the profiles are dealt out in
 * turn, so that all 15 themes still appear; with more, the profiles come round again with a number.
 */
export function operatorProfile(index: number, count: number): OperatorProfile {
  const dealt = OPERATOR_PROFILES.filter(
    (_, profile) => profile % count === index % OPERATOR_PROFILES.length,
  );
  const [first] = dealt;
  if (!first) throw new RangeError(`No operator profile for operator ${index + 1} of ${count}`);
  const round = Math.floor(index / OPERATOR_PROFILES.length);
  return {
    name: round === 0 ? first.name : `${first.name} ${round + 1}`,
    omschrijving: first.omschrijving,
    themas: dealt.flatMap((profile) => profile.themas),
  };
}

/** The people and desks the invented operators give as contacts. */
export const CONTACT_NAMES = {
  netinformatie: 'Afdeling Netinformatie',
  beschadiging: 'Storingsdienst (24 uur per dag)',
  aanvraag: 'KLIC-loket',
  voorzorgsmaatregel: ['Noëlle Kröger', 'Joël van der Hoeven', 'Anouk Brouwer', 'Sjoerd Mulder'],
} as const;

/** The contractor who requested the KLIC in every generated delivery. */
export const REQUESTER = {
  organisatie: 'Veldwerk Demo Aannemer B.V.',
  kvkNummer: '99000001',
  contact: { naam: 'Gerrit de Vries', telefoon: '030 700 0100', email: 'werkvoorbereiding@example.nl' },
  adres: { straat: 'Proefsleuflaan', huisnummer: '7', postcode: '3439 ZZ', woonplaats: 'Nieuwegein' },
} as const;

export const WORK_LOCATIONS = [
  { straat: 'Kabelgoot', woonplaats: 'Utrecht', postcode: '3524 ZZ' },
  { straat: 'Leidingstraat', woonplaats: 'Nieuwegein', postcode: '3431 ZZ' },
  { straat: 'Mofweg', woonplaats: 'Utrecht', postcode: '3526 ZZ' },
] as const;

export const WORK_TYPES = [
  'grondwerkBouwrijpMaken',
  'gasleidingLeggen',
  'bestratingswerk',
  'HDPEbuisLeggen',
  'drainage',
  'bouwwerkzaamheden',
] as const;

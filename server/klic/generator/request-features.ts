import type { DeliveryPlan } from './delivery-plan.ts';
import { type Feature, featureMember, href, nen3610, polygon, text, waarde } from './gml-writer.ts';
import { REQUESTER, WORK_LOCATIONS, WORK_TYPES } from './operator-profiles.ts';

const KADASTER = 'nl.imkl-KA0000.';
const NLD = 'http://publications.europa.eu/resource/authority/country/NLD';

const contactXml = (naam: string, telefoon: string, email: string) =>
  `<imkl:Contact>${text('imkl:naam', naam)}${text('imkl:telefoon', telefoon)}${text('imkl:email', email)}</imkl:Contact>`;

/** The requester's organisation and contact, written for both aanvrager and opdrachtgever. */
function party(tag: 'Aanvrager' | 'Opdrachtgever'): string {
  const { organisatie, kvkNummer, contact, adres } = REQUESTER;
  return (
    `<imkl:${tag}><imkl:contactpersoon>${contactXml(contact.naam, contact.telefoon, contact.email)}</imkl:contactpersoon>` +
    `<imkl:organisatie><imkl:Organisatie>${text('imkl:naam', organisatie)}${text('imkl:kvkNummer', kvkNummer)}` +
    `<imkl:bezoekAdres><imkl:Adres>${text('imkl:openbareRuimteNaam', adres.straat)}${text('imkl:huisnummer', adres.huisnummer)}` +
    `${text('imkl:woonplaatsNaam', adres.woonplaats)}${text('imkl:postcode', adres.postcode)}${href('imkl:landcode', NLD)}` +
    `</imkl:Adres></imkl:bezoekAdres></imkl:Organisatie></imkl:organisatie></imkl:${tag}>`
  );
}

export function leveringFeature(plan: DeliveryPlan): Feature {
  const { meldnummer, volgnummer, complete } = plan.options;
  const localId = `KA0000._GebiedsinformatieLevering_${meldnummer}`;
  return featureMember(
    'imkl:GebiedsinformatieLevering',
    `${KADASTER}_GebiedsinformatieLevering_${meldnummer}-${volgnummer}`,
    [
      nen3610(localId, volgnummer),
      text('imkl:beginLifespanVersion', plan.dates.levering),
      text('imkl:leveringsvolgnummer', volgnummer),
      text('imkl:datumLeveringSamengesteld', plan.dates.levering),
      text('imkl:indicatieLeveringCompleet', complete),
      `<imkl:achtergrondkaart><imkl:Achtergrondkaart>${href('imkl:achtergrondkaartSoort', waarde('AchtergrondkaartSoortValue', 'bgtRaster'))}` +
        `${text('imkl:kaartreferentie', `bronnen/GB_${meldnummer}.png`)}</imkl:Achtergrondkaart></imkl:achtergrondkaart>`,
      ...plan.operators.map((operator) => href('imkl:belanghebbende', belanghebbendeId(plan, operator.code))),
      href('imkl:aanvraag', `${KADASTER}_GebiedsinformatieAanvraag_${meldnummer}`),
    ],
  );
}

export const belanghebbendeId = (plan: DeliveryPlan, code: string) =>
  `nl.imkl-${code}._Belanghebbende_${plan.options.meldnummer}-${plan.options.volgnummer}`;
export const polygonId = (plan: DeliveryPlan, kind: string) =>
  `${KADASTER}_${kind}_${plan.options.meldnummer}`;

export function aanvraagFeature(plan: DeliveryPlan): Feature {
  const { meldnummer, ordernummer, positienummer, referentie, aanvraagSoort } = plan.options;
  const location = plan.random.pick(WORK_LOCATIONS);
  const isDigNotice = aanvraagSoort === 'graafmelding';
  return featureMember(
    'imkl:GebiedsinformatieAanvraag',
    `${KADASTER}_GebiedsinformatieAanvraag_${meldnummer}`,
    [
      nen3610(`KA0000._GebiedsinformatieAanvraag_${meldnummer}`),
      text('imkl:beginLifespanVersion', plan.dates.aanvraag),
      text('imkl:ordernummer', ordernummer),
      text('imkl:positienummer', positienummer),
      text('imkl:klicMeldnummer', meldnummer),
      `<imkl:aanvrager>${party('Aanvrager')}</imkl:aanvrager>`,
      text('imkl:referentie', referentie),
      `<imkl:opdrachtgever>${party('Opdrachtgever')}</imkl:opdrachtgever>`,
      href('imkl:aanvraagSoort', waarde('AanvraagSoortValue', aanvraagSoort)),
      text('imkl:aanvraagDatum', plan.dates.aanvraag),
      aanvraagSoort === 'calamiteitenmelding'
        ? ''
        : href('imkl:soortWerkzaamheden', waarde('SoortWerkzaamhedenValue', plan.random.pick(WORK_TYPES))),
      `<imkl:locatieWerkzaamheden><imkl:Adres>${text('imkl:openbareRuimteNaam', location.straat)}` +
        `${text('imkl:huisnummer', plan.random.int(1, 180))}${text('imkl:woonplaatsNaam', location.woonplaats)}` +
        `${text('imkl:postcode', location.postcode)}${href('imkl:landcode', NLD)}</imkl:Adres></imkl:locatieWerkzaamheden>`,
      isDigNotice ? text('imkl:startDatum', plan.dates.start) : '',
      isDigNotice ? text('imkl:eindDatum', plan.dates.eind) : '',
      ...plan.area.polygons.map((area) =>
        href(`imkl:${area.kind.charAt(0).toLowerCase()}${area.kind.slice(1)}`, polygonId(plan, area.kind)),
      ),
    ],
  );
}

/** Graafpolygoon, Orientatiepolygoon and Informatiepolygoon, as the aanvraagSoort asks. */
export function polygonFeatures(plan: DeliveryPlan): Feature[] {
  return plan.area.polygons.map((area) => {
    const id = polygonId(plan, area.kind);
    const visualisation =
      area.kind === 'Informatiepolygoon'
        ? `<imkl:geometrieVoorVisualisatie>${polygon(`${id}_geoV`, area.ring)}</imkl:geometrieVoorVisualisatie>`
        : '';
    return featureMember(`imkl:${area.kind}`, id, [
      nen3610(`KA0000._${area.kind}_${plan.options.meldnummer}`),
      text('imkl:beginLifespanVersion', plan.dates.aanvraag),
      `<imkl:geometrie>${polygon(`${id}_geo`, area.ring)}</imkl:geometrie>`,
      visualisation,
    ]);
  });
}

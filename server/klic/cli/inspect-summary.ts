import type { ReadDelivery } from '../imkl/read-delivery.ts';

/** The machine-readable answer of `veldwerk klic inspect --json`. */
export function inspectJson({ summary, files, gmlBytes }: ReadDelivery) {
  const { aanvraag, levering } = summary;
  return {
    meldnummer: aanvraag.meldnummer,
    ordernummer: aanvraag.ordernummer,
    positienummer: aanvraag.positienummer,
    referentie: aanvraag.referentie,
    aanvraagSoort: aanvraag.aanvraagSoort,
    aanvraagDatum: aanvraag.aanvraagDatum,
    startDatum: aanvraag.startDatum,
    eindDatum: aanvraag.eindDatum,
    locatie: aanvraag.locatie,
    volgnummer: levering.volgnummer,
    compleet: levering.compleet,
    datumLeveringSamengesteld: levering.datumSamengesteld,
    imklVersie: summary.imklVersion,
    netbeheerders: summary.netbeheerders.map((each) => ({
      bronhoudercode: each.bronhoudercode,
      naam: each.naam,
      themas: each.themas,
      eisVoorzorgsmaatregel: each.eisVoorzorgsmaatregel,
    })),
    counts: summary.counts,
    themas: summary.themas,
    bbox: summary.bbox,
    warnings: summary.warnings,
    gmlBytes,
    files: files.map((file) => file.path),
  };
}

const soortNames = {
  graafmelding: 'Graafmelding',
  orientatieverzoek: 'Oriëntatieverzoek',
  calamiteitenmelding: 'Calamiteitenmelding',
};
const warningNames = {
  dangling_link: 'verwijzingen naar objecten die niet in de levering staan',
  unknown_feature_type: 'onbekende objecttypen (bewaard)',
  unknown_element: 'onbekende elementen (bewaard)',
  unreadable_geometry: 'onleesbare geometrieën',
};

/** The readable Dutch summary of `veldwerk klic inspect`. */
export function inspectText(read: ReadDelivery): string {
  const json = inspectJson(read);
  const yesNo = (value: boolean | null) => (value === null ? 'onbekend' : value ? 'ja' : 'nee');
  const lines = [
    `KLIC-melding ${json.meldnummer ?? '(zonder meldnummer)'} — ${json.aanvraagSoort ? soortNames[json.aanvraagSoort] : 'soort onbekend'}`,
    `  Ordernummer      ${json.ordernummer ?? '-'} / positie ${json.positienummer ?? '-'}`,
    `  Referentie       ${json.referentie ?? '-'}`,
    `  Locatie          ${json.locatie ?? '-'}`,
    `  Levering         volgnummer ${json.volgnummer ?? '-'}, ${json.compleet ? 'compleet' : 'deellevering'}`,
    `  Thema's          ${json.themas.join(', ') || '-'}`,
    json.bbox
      ? `  Gebied (RD)      ${json.bbox.rd.map((value) => value.toFixed(0)).join(' ')}`
      : '  Gebied           geen geometrie',
    '',
    `Netbeheerders (${json.netbeheerders.length}):`,
    ...json.netbeheerders.map(
      (each) =>
        `  ${each.bronhoudercode.padEnd(8)} ${(each.naam ?? '').padEnd(36)} EV: ${yesNo(each.eisVoorzorgsmaatregel).padEnd(4)} ${each.themas.length} thema's`,
    ),
    '',
    'Objecten per type:',
    ...Object.entries(json.counts).map(
      ([type, count]) => `  ${type.padEnd(36)} ${String(count).padStart(7)}`,
    ),
  ];
  if (json.warnings.length > 0) {
    lines.push('', 'Waarschuwingen (niet fataal):');
    for (const warning of json.warnings) {
      lines.push(`  ${warning.count} × ${warningNames[warning.code]}, bijv. ${warning.examples[0] ?? ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

import pg from 'pg';

/** Where the bulk data went: the busiest region and a full number that is open in it. */
export type ProjectBenchData = { bigRegionId: string; openNumber: string };

const workTypes = [
  'Glasvezel',
  'Riolering vervangen',
  'Gasleiding saneren',
  'Huisaansluiting elektra',
  'Waterleiding',
  'Kabel laagspanning',
  'Openbare verlichting',
  'Middenspanning tracé',
  'Herbestrating',
  'Laadpalen',
];
const streets = [
  'Kerkstraat',
  'Dorpsstraat',
  'Molenweg',
  'Stationsweg',
  'Schoolstraat',
  'Julianalaan',
  'Beatrixlaan',
  'Wilhelminastraat',
  'Nieuwstraat',
  'Marktplein',
  'Kastanjelaan',
  'Eikenlaan',
  'Beukenlaan',
  'Lindelaan',
  'Parallelweg',
  'Industrieweg',
  'Havenstraat',
  'Sportlaan',
  'Burgemeester de Withstraat',
  'Oranjestraat',
  'Prins Bernhardlaan',
  'Vondelstraat',
  'Rembrandtlaan',
  'Zuiderweg',
  'Noordersingel',
  'Achterweg',
  'Hoofdstraat',
  'Brink',
  'Dijkweg',
  'Polderweg',
  'Kanaalweg',
  'Meidoornstraat',
  'Populierenlaan',
  'Wethouder Jansenstraat',
  'Graaf Florislaan',
  'Koningsweg',
  'Spoorstraat',
  'Veldweg',
  'Bosweg',
  'Zandweg',
];
const towns = [
  'Amersfoort',
  'Utrecht',
  'Zwolle',
  'Deventer',
  'Apeldoorn',
  'Ede',
  'Veenendaal',
  'Barneveld',
  'Nijkerk',
  'Harderwijk',
  'Ermelo',
  'Putten',
  'Soest',
  'Baarn',
  'Zeist',
  'Houten',
  'Nieuwegein',
  'IJsselstein',
  'Woerden',
  'Culemborg',
  'Tiel',
  'Wageningen',
  'Rhenen',
  'Leusden',
  'Hoevelaken',
];

const literal = (words: string[]) => `array[${words.map((w) => `'${w.replace(/'/g, "''")}'`).join(',')}]`;

/**
 * 100,000 projects (numbers 2019-00001 … 2026-12500, 55/20/15/10 % over four regions, a third open) and
 * 500,000 KLIC-meldingen (1 % unlinked, a tenth on the first thousand projects), inserted with
 * generate_series in one session so that the seeded random() gives the same data every run.
 */
export async function loadProjectBenchData(
  url: string,
  organisationId: string,
  regionIds: string[],
  counts: { projects: number; klics: number },
): Promise<ProjectBenchData> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select setseed(0.4123)');
    await client.query(
      `insert into projects (id, organisation_id, number, description, region_id, status, start_date,
                             klic_validity_override, created_at, updated_at)
       select md5('p' || i)::uuid, $1,
              (2019 + (i - 1) / 12500) || '-' || lpad(((i - 1) % 12500 + 1)::text, 5, '0'),
              case when i % 25000 = 7 then 'Kabel Zwaluwstaartpad ' || (i / 25000) || ' Lunteren'
                   else (${literal(workTypes)})[1 + floor(random() * ${workTypes.length})::int] || ' ' ||
                        (${literal(streets)})[1 + floor(random() * ${streets.length})::int] || ' ' ||
                        (1 + floor(random() * 180))::int || ' ' ||
                        (${literal(towns)})[1 + floor(random() * ${towns.length})::int] end,
              ($2::text[])[case when i % 20 < 11 then 1 when i % 20 < 15 then 2 when i % 20 < 18 then 3 else 4 end],
              case when r < 0.2 then 'new' when r < 0.35 then 'inExecution' when r < 0.9 then 'completed'
                   else 'cancelled' end,
              case when random() < 0.1 then null
                   else make_date(2019 + (i - 1) / 12500, 1, 1) + floor(random() * 365)::int end,
              random() < 0.05,
              now() - random() * interval '700 days', now() - random() * interval '300 days'
       from (select i, random() as r from generate_series(1, $3::int) i) s`,
      [organisationId, regionIds, counts.projects],
    );
    await client.query(
      `insert into klic_meldingen (organisation_id, meldnummer, referentie, state, project_id, melding_date,
                                   expires_on, created_at, updated_at)
       select $1, '26O' || lpad(j::text, 7, '0'), p.number,
              case when random() < 0.1 then 'requested' when random() < 0.15 then 'partial' else 'complete' end,
              case when j % 100 = 0 then null else p.id end,
              current_date - k % 700, current_date - k % 700 + 28, now(), now()
       from (select j, case when random() < 0.1 then 1 + floor(random() * 1000)::int
                            else 1 + floor(random() * $3::int)::int end as k
             from generate_series(1, $2::int) j) m
       join projects p on p.id = md5('p' || m.k)::uuid`,
      [organisationId, counts.klics, counts.projects],
    );
    await client.query('analyze projects');
    await client.query('analyze klic_meldingen');
    const { rows } = await client.query<{ number: string }>(
      `select number from projects where region_id = $1 and status in ('new', 'inExecution')
         and number like '2026-%' order by number limit 1 offset 500`,
      [regionIds[0]],
    );
    return { bigRegionId: regionIds[0] as string, openNumber: rows[0]?.number ?? '2026-00001' };
  } finally {
    await client.end();
  }
}

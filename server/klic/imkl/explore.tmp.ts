import { readdirSync } from 'node:fs';
import { readDelivery } from './read-delivery.ts';
import { zipBytes, scratchFolder } from './test-zips.ts';
import { deliveryEntries, imklDocument, levering, aanvraag } from './test-deliveries.ts';
const s = scratchFolder('explore');
const fds = () => readdirSync('/proc/self/fd').length;
const kast = (i: number) => `<imkl:Kast gml:id="nl.imkl-XX.k${i}"><imkl:label>${Math.random().toString(36).repeat(4)}</imkl:label><imkl:ligging><gml:Point><gml:pos>${155000 + i} 463000</gml:pos></gml:Point></imkl:ligging></imkl:Kast>`;
const many = Array.from({ length: 20000 }, (_, i) => kast(i));
const bad = imklDocument([levering, aanvraag(), ...many.slice(0, 10), '<imkl:Kast>&bogus;</imkl:Kast>', ...many]);
for (const store of [false, true]) {
  const path = await s.file(await zipBytes(deliveryEntries(bad).map((e) => ({ ...e, store }))));
  const before = fds();
  for (let i = 0; i < 20; i++) { try { await readDelivery(path); } catch (e: any) { if (i === 0) console.log(e.reason); } }
  await new Promise((r) => setTimeout(r, 200));
  console.log('store', store, 'fds before', before, 'after', fds());
}
s.remove();

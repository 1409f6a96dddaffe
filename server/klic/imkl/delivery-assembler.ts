import { knownFeatureTypes } from './feature-types.ts';
import { extendBBox } from './gml-geometry.ts';
import { fingerprintOf, IdFingerprints } from './id-fingerprints.ts';
import type {
  BBox,
  Bijlage,
  Contact,
  DeliverySummary,
  ImklFeature,
  Levering,
  Netbeheerder,
  WarningCode,
} from './imkl-model.ts';
import { rdBBoxToWgs84 } from './rd-to-wgs84.ts';
import { readFeature } from './read-feature.ts';
import {
  type BelanghebbendeRecord,
  type BelangRecord,
  readAanvraag,
  readBeheerder,
  readBelang,
  readBelanghebbende,
  readBijlage,
  readContact,
  readLevering,
} from './read-metadata.ts';
import { WarningCollector } from './warning-collector.ts';
import { child, codeOf, type XmlNode } from './xml-node.ts';

const emptyLevering: Levering = {
  volgnummer: null,
  compleet: null,
  datumSamengesteld: null,
  achtergrondkaart: null,
};

/**
 * Takes the features of one delivery in document order and puts the delivery together: metadata into a
 * summary, map objects out to `onMapFeature` as they come. Links are checked at the end, when every
 * gml:id is known.
 */
export class DeliveryAssembler {
  readonly warnings = new WarningCollector();
  // No prototype: a feature type named 'constructor' or '__proto__' is just another name.
  private readonly counts: Record<string, number> = Object.create(null);
  private readonly ids = new IdFingerprints();
  /** Targets not (yet) seen, by fingerprint → the target, the first feature pointing there and how many point there. */
  private readonly pendingReferences = new Map<number, { to: string; from: string; count: number }>();
  private readonly belanghebbenden: BelanghebbendeRecord[] = [];
  private readonly beheerders = new Map<string, ReturnType<typeof readBeheerder>>();
  private readonly belangen = new Map<string, BelangRecord>();
  private readonly bijlagen = new Map<string, Bijlage>();
  private readonly networkThemes: Record<string, string> = Object.create(null);
  private readonly evContacts = new Map<string, Contact[]>();
  private levering = emptyLevering;
  private aanvraag: ReturnType<typeof readAanvraag> | null = null;
  private bbox: BBox | null = null;

  /** Null when nobody wants the map objects (only the summary): they are then read for their geometry only. */
  private readonly onMapFeature: ((feature: ImklFeature) => void) | null;
  private readonly checkLinks: boolean;

  /** Without `checkLinks` no gml:id is remembered (a second pass over a file already checked). */
  constructor(onMapFeature: ((feature: ImklFeature) => void) | null, options: { checkLinks?: boolean } = {}) {
    this.onMapFeature = onMapFeature;
    this.checkLinks = options.checkLinks ?? true;
  }

  /** One feature in document order, with the xlink:href values found inside it. */
  add(node: XmlNode, references: string[]): void {
    const type = node.name;
    this.counts[type] = (this.counts[type] ?? 0) + 1;
    const gmlId = node.attrs['gml:id'];
    if (this.checkLinks) {
      if (gmlId) {
        const id = fingerprintOf(gmlId);
        this.ids.add(id);
        if (this.pendingReferences.size > 0) this.pendingReferences.delete(id);
      }
      this.addReferences(gmlId ?? type, references);
    }
    if (!knownFeatureTypes.has(type)) this.warnings.add('unknown_feature_type', type);

    switch (type) {
      case 'GebiedsinformatieLevering':
        this.levering = readLevering(node);
        return;
      case 'GebiedsinformatieAanvraag':
        this.aanvraag = readAanvraag(node);
        return;
      case 'Belanghebbende':
        this.belanghebbenden.push(readBelanghebbende(node));
        return;
      case 'Beheerder':
        if (gmlId) this.beheerders.set(gmlId, readBeheerder(node));
        return;
      case 'Belang':
        if (gmlId) this.belangen.set(gmlId, readBelang(node));
        return;
      case 'Bijlage':
      case 'EisVoorzorgsmaatregelBijlage':
        if (gmlId) this.bijlagen.set(gmlId, readBijlage(node));
        return;
      case 'Utiliteitsnet': {
        const thema = codeOf(child(node, 'thema'));
        if (gmlId && thema) this.networkThemes[gmlId] = thema;
        return;
      }
    }
    const { feature, geometryUnreadable } = readFeature(node, { withProperties: this.onMapFeature !== null });
    if (type === 'AanduidingEisVoorzorgsmaatregel') this.addEvContact(feature.bronhoudercode, node);
    if (geometryUnreadable) this.warnings.add('unreadable_geometry', feature.gmlId);
    if (feature.geometry) this.bbox = extendBBox(this.bbox, feature.geometry);
    this.onMapFeature?.(feature);
  }

  addWarning(code: WarningCode, example: string): void {
    this.warnings.add(code, example);
  }

  finish(): DeliverySummary {
    for (const { to, from, count } of this.pendingReferences.values()) {
      for (let i = 0; i < count; i++) this.warnings.add('dangling_link', `${from} → ${to}`);
    }
    const netbeheerders = this.belanghebbenden.map((each) => this.netbeheerder(each));
    const themas = new Set([
      ...Object.values(this.networkThemes),
      ...netbeheerders.flatMap((each) => each.themas),
    ]);
    return {
      imklVersion: '2.0',
      levering: this.levering,
      aanvraag:
        this.aanvraag ??
        readAanvraag({ name: 'GebiedsinformatieAanvraag', attrs: {}, children: [], text: '' }),
      netbeheerders,
      networkThemes: this.networkThemes,
      themas: [...themas].sort(),
      counts: Object.fromEntries(Object.entries(this.counts).sort(([a], [b]) => a.localeCompare(b))),
      bbox: this.bbox ? { rd: this.bbox, wgs84: rdBBoxToWgs84(this.bbox) } : null,
      warnings: this.warnings.list(),
    };
  }

  private netbeheerder(record: BelanghebbendeRecord): Netbeheerder {
    const beheerder = record.beheerderRef ? this.beheerders.get(record.beheerderRef) : undefined;
    const belangen = record.belangRefs
      .map((ref) => this.belangen.get(ref))
      .filter((each) => each !== undefined);
    const networkThemas = record.networkRefs
      .map((ref) => this.networkThemes[ref])
      .filter((each) => each !== undefined);
    const fallbackCode = /^nl\.imkl-([A-Za-z0-9]+)\./.exec(record.gmlId)?.[1] ?? record.gmlId;
    return {
      bronhoudercode: beheerder?.bronhoudercode ?? fallbackCode,
      naam: beheerder?.naam ?? null,
      themas: [...new Set([...belangen.flatMap((each) => each.themas), ...networkThemas])].sort(),
      eisVoorzorgsmaatregel: record.eisVoorzorgsmaatregel,
      beheerdersinformatieGeleverd: record.beheerdersinformatieGeleverd,
      betrokkenBijAanvraag: record.betrokkenBijAanvraag,
      contactNetinformatie: belangen.flatMap((each) => each.contactNetinformatie),
      contactBeschadiging: belangen.flatMap((each) => each.contactBeschadiging),
      contactAanvraag: belangen.flatMap((each) => each.contactAanvraag),
      contactEisVoorzorgsmaatregel: this.evContacts.get(beheerder?.bronhoudercode ?? fallbackCode) ?? [],
      bijlagen: record.bijlageRefs.map((ref) => this.bijlagen.get(ref)).filter((each) => each !== undefined),
    };
  }

  /** The EV contact of an EV area, once per distinct contact of the operator. */
  private addEvContact(bronhoudercode: string | null, node: XmlNode): void {
    const element = child(node, 'contactVoorzorgsmaatregel');
    if (!bronhoudercode || !element) return;
    const contact = readContact(element);
    const known = this.evContacts.get(bronhoudercode) ?? [];
    if (!known.some((each) => JSON.stringify(each) === JSON.stringify(contact))) known.push(contact);
    this.evContacts.set(bronhoudercode, known);
  }

  /** Every xlink:href that is not a web address points to another feature; '#id' to 'id'. */
  private addReferences(from: string, references: string[]): void {
    for (const reference of references) {
      if (reference === '' || reference.includes('://')) continue;
      const to = reference.charCodeAt(0) === 35 ? reference.slice(1) : reference;
      const target = fingerprintOf(to);
      if (this.ids.has(target)) continue;
      const pending = this.pendingReferences.get(target);
      if (pending) pending.count++;
      else this.pendingReferences.set(target, { to: detached(to), from: detached(from), count: 1 });
    }
  }
}

/**
 * A copy of a string that no longer points into the parser's text chunk. Attribute values are slices of
 * that chunk; keeping one alive until the end (as the pending references do) would keep the whole chunk in
 * memory.
 */
function detached(text: string): string {
  return ` ${text}`.slice(1);
}

import { localName } from './xml-node.ts';

export type ElementName = {
  /** The name as written, prefix included. */
  qualified: string;
  local: string;
  /** Whether the root binds the prefix to a namespace IMKL uses. */
  knownByRoot: boolean;
  /** For a feature type: the elements foreseen in its next feature, by position. */
  sequence: ElementName[] | undefined;
  /** False for a name met after the bounds below were reached: it is not kept beyond its element. */
  remembered: boolean;
};

/**
 * What is remembered is bounded, whatever a (hostile) file holds: names up to this length, this many of
 * them, and this many foreseen positions over all feature types together. Beyond that, names are looked up
 * without being remembered; reading stays right, only slower.
 */
const maxRememberedNameLength = 256;
const maxRememberedNames = 10_000;
const maxForeseenPositions = 65_536;

/**
 * The element names of one document, each kept once. Every element costs a look-up, so two things make
 * it cheap: the names are the copies V8 keeps once for all (as it does for property names), so that later
 * comparisons with literals such as 'Belanghebbende' are pointer tests and their hashes are computed once;
 * and a feature of a type seen before is expected to repeat the elements of the features of that type
 * before it, position by position — comparing a name with the one foreseen is cheaper than hashing it.
 */
export class ElementNames {
  private readonly byName = new Map<string, ElementName>();
  private readonly isKnownByRoot: (qualified: string) => boolean;
  private foreseen: ElementName[] = [];
  private position = 0;
  private foreseeing = false;
  private foreseenPositions = 0;
  private lastMember: ElementName | undefined;

  constructor(isKnownByRoot: (qualified: string) => boolean) {
    this.isKnownByRoot = isKnownByRoot;
  }

  /** How many names and foreseen positions are remembered (both bounded). */
  get footprint(): { names: number; foreseenPositions: number } {
    return { names: this.byName.size, foreseenPositions: this.foreseenPositions };
  }

  lookup(qualified: string): ElementName {
    const known = this.byName.get(qualified);
    if (known !== undefined) return known;
    const remember = this.byName.size < maxRememberedNames && qualified.length <= maxRememberedNameLength;
    // A name that is not remembered is not copied either: it lives only as long as its element.
    const name = remember ? shared(qualified) : qualified;
    const entry: ElementName = {
      qualified: name,
      local: remember ? shared(localName(name)) : localName(name),
      knownByRoot: this.isKnownByRoot(name),
      sequence: undefined,
      remembered: remember,
    };
    if (remember) this.byName.set(name, entry);
    return entry;
  }

  /** A child of the root (a gml:featureMember, mostly the same name as the one before). */
  member(qualified: string): ElementName {
    const last = this.lastMember;
    if (last !== undefined && last.qualified === qualified) return last;
    this.lastMember = this.lookup(qualified);
    return this.lastMember;
  }

  /** The feature element itself: what follows is foreseen from the earlier features of its type. */
  startFeature(qualified: string): ElementName {
    const entry = this.lookup(qualified);
    // A feature type that is not remembered foresees nothing (its list would not outlive the feature).
    if (entry.remembered) entry.sequence ??= [];
    this.foreseen = entry.sequence ?? [];
    this.foreseeing = entry.remembered;
    this.position = 0;
    return entry;
  }

  /** An element inside the current feature. */
  inFeature(qualified: string): ElementName {
    const position = this.position++;
    const guess = this.foreseen[position];
    if (guess !== undefined && guess.qualified === qualified) return guess;
    const entry = this.lookup(qualified);
    if (!entry.remembered || !this.foreseeing) return entry;
    if (position < this.foreseen.length) {
      this.foreseen[position] = entry;
    } else if (position === this.foreseen.length && this.foreseenPositions < maxForeseenPositions) {
      this.foreseen.push(entry);
      this.foreseenPositions++;
    }
    return entry;
  }
}

/** The copy of a string that V8 keeps once for all (a property name's); it no longer points into a text chunk. */
function shared(name: string): string {
  const holder: Record<string, 0> = Object.create(null);
  holder[name] = 0;
  return Object.keys(holder)[0] ?? name;
}

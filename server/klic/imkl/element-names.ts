import { localName } from './xml-node.ts';

export type ElementName = {
  /** The name as written, prefix included. */
  qualified: string;
  local: string;
  /** Whether the root binds the prefix to a namespace IMKL uses. */
  knownByRoot: boolean;
  /** For a feature type: the elements of the last feature of this type, in document order. */
  sequence: ElementName[] | undefined;
};

/** Names remembered; a hostile file with endless new names is read without remembering the rest. */
const maxRememberedNames = 10_000;
/** How far into a feature the elements are foreseen (a real feature has a few dozen). */
const maxForeseen = 4_096;

/**
 * The element names of one document, each kept once. Every element costs a look-up, so two things make
 * it cheap: the names are the copies V8 keeps once for all (as it does for property names), so that later
 * comparisons with literals such as 'Belanghebbende' are pointer tests and their hashes are computed once;
 * and a feature of a type seen before is expected to repeat that feature's elements in the same order —
 * comparing a name with the one foreseen is cheaper than hashing it.
 */
export class ElementNames {
  private readonly byName = new Map<string, ElementName>();
  private readonly isKnownByRoot: (qualified: string) => boolean;
  private foreseen: ElementName[] = [];
  private lastMember: ElementName | undefined;
  private position = 0;

  constructor(isKnownByRoot: (qualified: string) => boolean) {
    this.isKnownByRoot = isKnownByRoot;
  }

  lookup(qualified: string): ElementName {
    let entry = this.byName.get(qualified);
    if (entry === undefined) {
      const name = shared(qualified);
      entry = {
        qualified: name,
        local: shared(localName(name)),
        knownByRoot: this.isKnownByRoot(name),
        sequence: undefined,
      };
      if (this.byName.size < maxRememberedNames) this.byName.set(name, entry);
    }
    return entry;
  }

  /** A child of the root (a gml:featureMember, mostly the same name as the one before). */
  member(qualified: string): ElementName {
    const last = this.lastMember;
    if (last !== undefined && last.qualified === qualified) return last;
    this.lastMember = this.lookup(qualified);
    return this.lastMember;
  }

  /** The feature element itself: what follows is foreseen from the last feature of its type. */
  startFeature(qualified: string): ElementName {
    const entry = this.lookup(qualified);
    entry.sequence ??= [];
    this.foreseen = entry.sequence;
    this.position = 0;
    return entry;
  }

  /** An element inside the current feature. */
  inFeature(qualified: string): ElementName {
    const position = this.position++;
    const guess = this.foreseen[position];
    if (guess !== undefined && guess.qualified === qualified) return guess;
    const entry = this.lookup(qualified);
    if (position < maxForeseen) this.foreseen[position] = entry;
    return entry;
  }
}

/** The copy of a string that V8 keeps once for all (a property name's); it no longer points into a text chunk. */
function shared(name: string): string {
  const holder: Record<string, 0> = Object.create(null);
  holder[name] = 0;
  return Object.keys(holder)[0] ?? name;
}

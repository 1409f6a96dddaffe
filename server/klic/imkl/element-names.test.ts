import { describe, expect, it } from 'vitest';
import { ElementNames } from './element-names.ts';

const withKnownPrefixes = () => new ElementNames((qualified) => /^(imkl|gml|net):/.test(qualified));

describe('ElementNames', () => {
  it('gives local names and whether the root knows the prefix', () => {
    const names = withKnownPrefixes();
    expect(names.lookup('imkl:Elektriciteitskabel')).toMatchObject({
      local: 'Elektriciteitskabel',
      knownByRoot: true,
    });
    expect(names.lookup('x:Vreemd')).toMatchObject({ local: 'Vreemd', knownByRoot: false });
    expect(names.lookup('geenPrefix')).toMatchObject({ local: 'geenPrefix', knownByRoot: false });
  });

  it('answers right when a feature differs from the last one of its type', () => {
    const names = withKnownPrefixes();
    const read = (type: string, elements: string[]) => {
      names.startFeature(type);
      return elements.map((each) => names.inFeature(each).local);
    };
    expect(read('imkl:Kabel', ['net:inNetwork', 'net:link', 'imkl:label'])).toEqual([
      'inNetwork',
      'link',
      'label',
    ]);
    expect(read('imkl:Kabel', ['net:inNetwork', 'imkl:label'])).toEqual(['inNetwork', 'label']);
    expect(read('net:UtilityLink', ['net:inNetwork', 'net:centrelineGeometry'])).toEqual([
      'inNetwork',
      'centrelineGeometry',
    ]);
    expect(read('imkl:Kabel', ['net:inNetwork', 'net:link', 'imkl:label', 'imkl:extra'])).toEqual([
      'inNetwork',
      'link',
      'label',
      'extra',
    ]);
    expect(names.member('gml:featureMember').local).toBe('featureMember');
    expect(names.member('gml:featureMembers').local).toBe('featureMembers');
  });

  it('keeps answering right after it has stopped remembering new names', () => {
    const names = withKnownPrefixes();
    for (let index = 0; index < 12_000; index++) {
      expect(names.lookup(`imkl:naam${index}`).local).toBe(`naam${index}`);
    }
    names.startFeature('imkl:Kabel');
    expect(names.inFeature('imkl:naam11999').local).toBe('naam11999');
  });

  it('remembers a bounded number of names and foreseen positions, whatever a hostile file holds', () => {
    const names = withKnownPrefixes();
    for (let type = 0; type < 300; type++) {
      names.startFeature(`imkl:Type${type}`);
      for (let element = 0; element < 400; element++) {
        expect(names.inFeature(`imkl:e${type}_${element}`).local).toBe(`e${type}_${element}`);
      }
    }
    expect(names.footprint.names).toBe(10_000);
    expect(names.footprint.foreseenPositions).toBeLessThanOrEqual(65_536);
    const long = `imkl:${'x'.repeat(300)}`;
    expect(names.lookup(long)).toMatchObject({ local: 'x'.repeat(300), remembered: false });
  });

  it('reads a feature type named like an object property as just another name', () => {
    const names = withKnownPrefixes();
    expect(names.lookup('imkl:__proto__').local).toBe('__proto__');
    expect(names.lookup('constructor').local).toBe('constructor');
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { klicSample, klicSampleFiles } from '../../infra/testing/klic-samples.ts';
import { type ReadDelivery, readDelivery } from './read-delivery.ts';

/**
 * Counts per feature type in the Kadaster's samples, counted by hand: the element name of every child of
 * a <gml:featureMember>, once with python's ElementTree and once with a regular expression over the text
 * (both agree, and their totals equal the number of <gml:featureMember> tags).
 */
const allThemes = `buisleidingGevaarlijkeInhoud datatransport gasHogeDruk gasLageDruk hoogspanning laagspanning
  landelijkHoogspanningsnet middenspanning overig petrochemie rioolOnderOverOfOnderdruk rioolVrijverval warmte
  water wees`;

const samples = [
  {
    file: klicSampleFiles.graafmeldingComplete,
    featureMembers: 682,
    counts: `AanduidingEisVoorzorgsmaatregel 4 Annotatie 23 Appurtenance 290 Beheerder 9 Belang 9 Belanghebbende 9
      Bijlage 5 DiepteNAP 7 DiepteTovMaaiveld 4 Duct 6 EigenTopografie 13 EisVoorzorgsmaatregelBijlage 4
      Elektriciteitskabel 8 ExtraDetailinfo 15 ExtraGeometrie 88 GebiedsinformatieAanvraag 1
      GebiedsinformatieLevering 1 Graafpolygoon 1 Kabelbed 6 Kast 6 Maatvoering 19 Mangat 6 Mantelbuis 6
      Mast 6 OlieGasChemicalienPijpleiding 20 Overig 4 Rioolleiding 4 TechnischGebouw 6
      Telecommunicatiekabel 2 ThermischePijpleiding 2 Toren 6 Utiliteitsnet 33 UtilityLink 57 Waterleiding 2`,
    themas: allThemes,
    operatorThemes: { TS2211: 'buisleidingGevaarlijkeInhoud datatransport' },
  },
  {
    file: klicSampleFiles.orientatiePartial,
    featureMembers: 357,
    counts: `Annotatie 12 Appurtenance 145 Beheerder 9 Belang 9 Belanghebbende 9 Bijlage 3 DiepteNAP 4
      DiepteTovMaaiveld 2 Duct 3 EigenTopografie 7 Elektriciteitskabel 4 ExtraDetailinfo 7 ExtraGeometrie 45
      GebiedsinformatieAanvraag 1 GebiedsinformatieLevering 1 Kabelbed 3 Kast 3 Maatvoering 10 Mangat 3
      Mantelbuis 3 Mast 3 OlieGasChemicalienPijpleiding 11 Orientatiepolygoon 1 Overig 2 Rioolleiding 2
      TechnischGebouw 3 Telecommunicatiekabel 1 ThermischePijpleiding 1 Toren 3 Utiliteitsnet 18
      UtilityLink 28 Waterleiding 1`,
    themas: allThemes,
    operatorThemes: { TS1383: allThemes },
  },
  {
    file: klicSampleFiles.calamiteitPartial,
    featureMembers: 843,
    counts: `AanduidingEisVoorzorgsmaatregel 15 Annotatie 42 Appurtenance 190 Beheerder 11 Belang 11
      Belanghebbende 11 Bijlage 3 DiepteNAP 4 DiepteTovMaaiveld 2 Duct 9 EigenTopografie 7
      EisVoorzorgsmaatregelBijlage 2 Elektriciteitskabel 36 ExtraDetailinfo 8 ExtraGeometrie 49
      GebiedsinformatieAanvraag 1 GebiedsinformatieLevering 1 Graafpolygoon 1 Informatiepolygoon 1
      Kabelbed 25 Kast 4 Maatvoering 216 Mangat 3 Mantelbuis 21 Mast 3 OlieGasChemicalienPijpleiding 18
      Overig 2 Rioolleiding 2 TechnischGebouw 3 Telecommunicatiekabel 1 ThermischePijpleiding 1 Toren 3
      Utiliteitsnet 21 UtilityLink 115 Waterleiding 1`,
    themas: allThemes,
    operatorThemes: {
      TS1395: 'buisleidingGevaarlijkeInhoud datatransport',
      nbact3: 'rioolVrijverval',
      KL1031: 'gasHogeDruk gasLageDruk laagspanning middenspanning',
    },
  },
  {
    file: klicSampleFiles.lianderLarge,
    featureMembers: 5636,
    counts: `Annotatie 528 Appurtenance 1643 Beheerder 2 Belang 3 Belanghebbende 2 Bijlage 1 EigenTopografie 27
      Elektriciteitskabel 597 ExtraDetailinfo 21 ExtraGeometrie 3 GebiedsinformatieAanvraag 1
      GebiedsinformatieLevering 1 Graafpolygoon 1 Kast 2 Maatvoering 1218 Mantelbuis 13
      OlieGasChemicalienPijpleiding 476 TechnischGebouw 3 Utiliteitsnet 3 UtilityLink 1091`,
    themas: 'datatransport gasHogeDruk gasLageDruk hoogspanning laagspanning middenspanning petrochemie',
    operatorThemes: {
      KL1051: 'datatransport',
      KL1040: 'datatransport gasHogeDruk gasLageDruk hoogspanning laagspanning middenspanning petrochemie',
    },
  },
  {
    file: klicSampleFiles.orientatieSmall,
    featureMembers: 2261,
    counts: `AanduidingEisVoorzorgsmaatregel 3 Annotatie 93 Appurtenance 451 Beheerder 4 Belang 4 Belanghebbende 4
      Bijlage 1 DiepteTovMaaiveld 5 Duct 4 EisVoorzorgsmaatregelBijlage 1 Elektriciteitskabel 126
      ExtraGeometrie 4 GebiedsinformatieAanvraag 1 GebiedsinformatieLevering 1 Kabelbed 53 Kast 2
      Maatvoering 762 Mantelbuis 3 OlieGasChemicalienPijpleiding 121 Orientatiepolygoon 1 Rioolleiding 44
      TechnischGebouw 2 Utiliteitsnet 6 UtilityLink 480 Waterleiding 85`,
    themas:
      'datatransport gasHogeDruk gasLageDruk laagspanning middenspanning rioolOnderOverOfOnderdruk rioolVrijverval water',
    operatorThemes: {
      KL1110: 'datatransport laagspanning water',
      GM1641: 'datatransport laagspanning rioolOnderOverOfOnderdruk rioolVrijverval',
      KL1051: 'datatransport',
    },
  },
];

/** 'Annotatie 23 Appurtenance 290 …' → { Annotatie: 23, Appurtenance: 290, … } */
function countsOf(text: string): Record<string, number> {
  const words = text.trim().split(/\s+/);
  const counts: Record<string, number> = {};
  for (let i = 0; i + 1 < words.length; i += 2) counts[words[i] as string] = Number(words[i + 1]);
  return counts;
}
const themesOf = (text: string) => text.trim().split(/\s+/);

describe.each(samples)('the Kadaster sample $file', (expected) => {
  let read: ReadDelivery;
  beforeAll(async () => {
    read = await readDelivery(klicSample(expected.file));
  });

  it('counts the features of every type as the file holds them', () => {
    expect(read.summary.counts).toEqual(countsOf(expected.counts));
    const total = Object.values(read.summary.counts).reduce((sum, count) => sum + count, 0);
    expect(total).toBe(expected.featureMembers);
  });

  it('has the themes of the networks and interests in the file', () => {
    expect(read.summary.themas).toEqual(themesOf(expected.themas));
  });

  it('gives operators the themes of their Belang and Utiliteitsnet', () => {
    for (const [code, themes] of Object.entries(expected.operatorThemes)) {
      const operator = read.summary.netbeheerders.find((each) => each.bronhoudercode === code);
      expect(operator?.themas, code).toEqual(themesOf(themes));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { winAnsi } from './win-ansi.ts';

describe('winAnsi', () => {
  it('keeps Dutch text with its accents, quotes and dashes', () => {
    expect(winAnsi('Oriëntatieverzoek – café ‘foto’s’ € 5\nregel 2')).toBe(
      'Oriëntatieverzoek – café ‘foto’s’ € 5\nregel 2',
    );
  });

  it('replaces what the standard fonts cannot show, one ? per character', () => {
    expect(winAnsi('💥 Łódź\u0000\t')).toBe('? ?ód???');
  });
});

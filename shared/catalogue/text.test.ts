import { describe, expect, it } from 'vitest';
import { containsPhrase, normalizeText } from './text';

describe('containsPhrase', () => {
  it('finds a phrase as whole words only, wherever it is in the text', () => {
    const text = normalizeText('Pekerja Bukan Warganegara (Sabah)');
    expect(containsPhrase(text, 'bukan warganegara')).toBe(true);
    expect(containsPhrase(text, 'pekerja')).toBe(true);
    expect(containsPhrase(text, 'sabah')).toBe(true);
    expect(containsPhrase(text, 'warga')).toBe(false);
    expect(containsPhrase(text, 'ukan warganegara')).toBe(false);
    // a first occurrence inside a word does not hide a whole-word one later
    expect(containsPhrase('warganegaraan warganegara', 'warganegara')).toBe(true);
    expect(containsPhrase('warganegaraan', 'warganegara')).toBe(false);
    expect(containsPhrase('', 'x')).toBe(false);
    expect(containsPhrase('x', '')).toBe(false);
  });

  it('answers as searching the text padded with spaces for the padded phrase', () => {
    const words = ['a', 'ab', 'b', 'ba', 'a b', 'b a'];
    for (const x of words) for (const y of words) for (const z of words) for (const phrase of words) {
      const text = `${x} ${y}${z}`;
      expect(containsPhrase(text, phrase), `${text} / ${phrase}`).toBe(` ${text} `.includes(` ${phrase} `));
    }
  });
});

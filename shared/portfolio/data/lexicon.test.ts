/** The matcher's word lists are consistent data (issue 17). */
import { describe, expect, it } from 'vitest';
import { AGENCIES, STOP_WORDS, SYNONYMS, WEAK_WORDS } from './lexicon';
import { MATCH_SETTINGS, OVERLAP_KINDS } from './settings';

describe('portfolio lexicon', () => {
  it('lists every synonym word under one concept only', () => {
    const seen = new Map<string, string>();
    for (const [concept, words] of Object.entries(SYNONYMS)) {
      for (const w of words) {
        expect(seen.get(w), `${w} in ${concept} and ${seen.get(w)}`).toBeUndefined();
        seen.set(w, concept);
      }
    }
  });

  it('never lists a stop word as a synonym (it would be dropped before it could match)', () => {
    const stop = new Set(STOP_WORDS);
    for (const words of Object.values(SYNONYMS)) for (const w of words) expect(stop.has(w), w).toBe(false);
  });

  it('names weak words that are concepts of the synonym table', () => {
    for (const w of WEAK_WORDS) expect(SYNONYMS[w], w).toBeDefined();
  });

  it('gives every agency a unique acronym', () => {
    const acronyms = AGENCIES.map((a) => a.acronym);
    expect(new Set(acronyms).size).toBe(acronyms.length);
  });
});

describe('portfolio match settings', () => {
  it('has weights and thresholds for every kind, thresholds within 0–1, and at least one corroborating signal (001 §4.2.2 a: name alone never decides)', () => {
    for (const kind of OVERLAP_KINDS) {
      const k = MATCH_SETTINGS.kinds[kind];
      expect(k.threshold).toBeGreaterThan(0);
      expect(k.threshold).toBeLessThanOrEqual(1);
      expect(k.minName).toBeGreaterThan(0);
      expect(k.corroborating.length).toBeGreaterThan(0);
      for (const s of k.corroborating) expect(k.signals[s], `${kind}.${s}`).toBeGreaterThan(0);
    }
    expect(MATCH_SETTINGS.source).toBe('001 §4.2.2 a');
  });
});

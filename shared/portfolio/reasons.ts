/**
 * Evidence of an overlap in words, in BM or EN: which normalised words the names share, which
 * generic processes (001 Rajah 3-2), target groups, registries or data, domain and agencies.
 */
import { builtinCatalogueIndex } from '../catalogue/catalogue';
import { GENERIC_PROCESSES } from '../catalogue/generic-processes';
import { endsName, label, type Lang } from '../i18n';
import { SYNONYMS } from './data/lexicon';
import type { Evidence, Overlap } from './matcher';
import { surfaceOf } from './normalise';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** A concept id as a word people read: the first BM or EN word of its synonym entry, else the stem. */
export function conceptLabel(concept: string, lang: Lang): string {
  const words = SYNONYMS[concept];
  if (!words) return surfaceOf(concept);
  if (lang === 'ms') return words[0];
  // The first English-looking word: the entries list BM words first, then EN.
  return words.find((w, i) => i > 0 && /^[a-z]+$/.test(w) && !/(an|kan)$/.test(w) && w !== words[0]) ?? words[0];
}

function dataLabel(key: string, lang: Lang): string {
  if (key.startsWith('ref:')) return builtinCatalogueIndex().refName(key.slice(4), lang) ?? key.slice(4);
  if (key.startsWith('w:') || key.startsWith('f:')) return conceptLabel(key.slice(2), lang);
  return key;
}

function domainLabel(key: string, lang: Lang): string {
  if (key.startsWith('sector:')) {
    const sector = key.slice(7);
    try {
      return label(lang, 'sector', sector as never);
    } catch {
      return sector;
    }
  }
  return builtinCatalogueIndex().refName(key, lang) ?? key;
}

function list(items: string[], max = 4): string {
  const shown = items.slice(0, max);
  return shown.join(', ') + (items.length > max ? ` (+${items.length - max})` : '');
}

/** One piece of evidence as a sentence fragment. */
export function evidenceText(e: Evidence, lang: Lang): string {
  const ms = lang === 'ms';
  switch (e.signal) {
    case 'name':
      return ms ? `nama serupa selepas normalisasi (${pct(e.similarity)}): ${list(e.shared.map((c) => conceptLabel(c, lang)))}` : `similar names after normalisation (${pct(e.similarity)}): ${list(e.shared.map((c) => conceptLabel(c, lang)))}`;
    case 'processes': {
      const names = e.shared.map((n) => GENERIC_PROCESSES[Number(n) - 1]?.[lang] ?? n);
      return ms ? `proses generik sama (${pct(e.similarity)}): ${list(names)}` : `same generic processes (${pct(e.similarity)}): ${list(names)}`;
    }
    case 'targets': {
      // labels as written ("G2C Pencari Kerja"); a bare key (no label known) shows its words
      const names = e.shared.map((t) => {
        if (!/^G2[CBGE]:/.test(t)) return t;
        const [lifecycle, what = ''] = t.split(':');
        return [lifecycle, ...what.split(' ').filter(Boolean).map((w) => conceptLabel(w, lang))].join(' ');
      });
      return ms ? `kumpulan sasar sama: ${list(names)}` : `same target groups: ${list(names)}`;
    }
    case 'data': {
      const names = [...new Set(e.shared.map((k) => dataLabel(k, lang)))];
      return ms ? `registri/data sama: ${list(names)}` : `same registries/data: ${list(names)}`;
    }
    case 'domain':
      return ms ? `domain/sektor sama: ${list(e.shared.map((k) => domainLabel(k, lang)))}` : `same domain/sector: ${list(e.shared.map((k) => domainLabel(k, lang)))}`;
    case 'agencies':
      return ms ? `agensi sama di kedua-dua hujung: ${list(e.shared.map((k) => endsName(...(k.split('>') as [string, string]))))}` : `same agencies at both ends: ${list(e.shared.map((k) => endsName(...(k.split('>') as [string, string]))))}`;
  }
}

/** The reasons of an overlap, one string each. */
export function overlapReasons(o: Overlap, lang: Lang): string[] {
  return o.evidence.map((e) => evidenceText(e, lang));
}

/**
 * Text for jsPDF's standard fonts. Those fonts are WinAnsi (Windows-1252) encoded: Malay in Rumi
 * script, the em dash, curly quotes, the bullet and Latin-1 accents all render, but anything outside
 * WinAnsi (arrows, "≤", Jawi, CJK) would print as garbage. We map what we can to a readable WinAnsi
 * equivalent and everything else to "?" rather than embed a Unicode TTF, which would add 300 KB–
 * several MB to every proposal paper for characters the domain does not need.
 */

/** The 27 characters WinAnsi places in 0x80–0x9F, beyond Latin-1. */
const WINANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const REPLACEMENTS: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '↔': '<->',
  '⇒': '=>',
  '≤': '<=',
  '≥': '>=',
  '≠': '!=',
  '≈': '~',
  '−': '-',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '―': '—',
  '′': "'",
  '″': '"',
  '✓': 'v',
  '✔': 'v',
  '✗': 'x',
  '✘': 'x',
  '●': '•',
  '◦': '•',
  '▪': '•',
  '·': '·',
  '\u00a0': ' ',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u200b': '',
  '\ufeff': '',
};

function isWinAnsi(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return (c >= 0x20 && c <= 0x7e) || (c >= 0xa0 && c <= 0xff) || WINANSI_EXTRA.has(ch);
}

/**
 * `text` made printable in a standard PDF font: WinAnsi characters kept, known symbols replaced,
 * accents outside Latin-1 dropped (ā → a), other characters shown as "?". Newlines are kept; tabs
 * and other control characters become spaces.
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === '\n') {
      out += ch;
    } else if (isWinAnsi(ch)) {
      out += ch;
    } else if (ch in REPLACEMENTS) {
      out += REPLACEMENTS[ch];
    } else if (ch.codePointAt(0)! < 0x20 || ch === '\u007f') {
      out += ch === '\r' ? '' : ' ';
    } else {
      const base = ch.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
      out += base !== '' && [...base].every(isWinAnsi) ? base : '?';
    }
  }
  return out;
}

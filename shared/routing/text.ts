/** Texts written on an LMV drawing that come from the model: line labels, speeds. */
import { label, type Lang } from '../i18n';
import type { Element, LakarDocument, Relation } from '../model/schema';

const CATEGORY_SHORT: Record<Lang, Record<string, string>> = {
  ms: { oneOff: 'One-off', berkala: 'Berkala' },
  en: { oneOff: 'One-off', berkala: 'Periodic' },
};

/** Text of a flow's label, longest first: "method · (its label) · data · berkala/one-off", then shorter, then the method alone. */
export function flowLabelTexts(doc: Pick<LakarDocument, 'elements'>, relation: Relation, lang: Lang): string[] {
  if (relation.kind !== 'dataFlow') return relation.label ? [relation.label] : [];
  const method = relation.method ? label(lang, 'flowMethod', relation.method) : '';
  const data = (relation.dataEntityIds ?? []).map((id) => doc.elements.get(id)?.name).filter(Boolean).join(', ');
  const category = relation.category ? CATEGORY_SHORT[lang][relation.category] : '';
  const full = [method, relation.label, data, category].filter(Boolean).join(' · ');
  const short = method || relation.label || '';
  const texts = [full, [method, category].filter(Boolean).join(' · '), short].filter((t, i, all) => t && all.indexOf(t) === i);
  return texts;
}

/** Mbps as people write it: 100 Mbps, 1 Gbps, 10 Gbps. */
export function formatSpeed(mbps: number): string {
  if (mbps >= 1000 && mbps % 100 === 0) return `${mbps / 1000} Gbps`;
  return `${mbps} Mbps`;
}


/** Type sizes of the LMV drawing in model units; the smallest prints at 6 pt at MIN_PRINT_SCALE. */
export const TEXT = { caption: 11, name: 13.5, fact: 11, nameLine: 15.5, factLine: 13, bandNo: 15, bandName: 13, layer: 11 };
/** Padding inside a box around its texts. */
export const TEXT_PAD = 6;
/** Average advance of a character in em (Helvetica/Liberation Sans, bold names a little wider). */
const EM = { regular: 0.55, bold: 0.6 };

/**
 * `text` broken into at most `maxLines` lines of about `width` at font `size` (a word longer than a
 * line is cut); the last line ends with "…" when text is left over. Drawings without text layout
 * (SVG) use it directly; sizes of boxes are worked out with it, so names fit in every drawing.
 */
export function wrapByChars(text: string, width: number, size: number, maxLines: number, bold = false): string[] {
  const perLine = Math.max(4, Math.floor(width / (size * (bold ? EM.bold : EM.regular))));
  const lines: string[] = [];
  let cur = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (let w = word; w.length > 0; ) {
      const piece = w.length > perLine ? w.slice(0, perLine) : w;
      w = w.slice(piece.length);
      if (cur && (cur + ' ' + piece).length > perLine) {
        lines.push(cur);
        cur = piece;
      } else cur = cur ? `${cur} ${piece}` : piece;
    }
  }
  if (cur) lines.push(cur);
  if (lines.length > maxLines) {
    lines.length = maxLines;
    lines[maxLines - 1] = `${lines[maxLines - 1].slice(0, Math.max(1, perLine - 1))}…`;
  }
  return lines;
}

/** The narrowest width that takes `text` on one line at font `size`, by the same measure as wrapByChars. */
export function oneLineWidth(text: string, size: number, bold = false): number {
  return Math.ceil(text.length * size * (bold ? EM.bold : EM.regular));
}

/** Whether `text` fits on one line of `width` at font `size`, by the same measure as wrapByChars. */
export function fitsByChars(width: number, size: number, bold = false): (text: string) => boolean {
  const perLine = Math.max(4, Math.floor(width / (size * (bold ? EM.bold : EM.regular))));
  return (text) => text.length <= perLine;
}

/** Separator between a hardware item and its quantity on a site's box ("Pelayan aplikasi × 4"). */
const TIMES = ' × ';

/**
 * One line of `text` that `fits`, shortened with "…" when it does not. A hardware line loses the end
 * of its item's name, never its quantity: the number is what 001 §3.3.4 g asks a site to list.
 */
export function shortenLine(text: string, fits: (line: string) => boolean): string {
  if (fits(text)) return text;
  const at = text.lastIndexOf(TIMES);
  const tail = at > 0 && /^\d/.test(text.slice(at + TIMES.length)) ? text.slice(at) : '';
  let head = tail ? text.slice(0, at) : text;
  while (head.length > 1 && !fits(`${head.trimEnd()}…${tail}`)) head = head.slice(0, -1);
  return `${head.trimEnd()}…${tail}`;
}

const nameLineCache = new Map<string, number>();

/** Lines a box's name takes at width `w` (at most 4); remembered, as every scene asks for every box. */
export function nameLines(name: string, w: number): number {
  const key = `${w}\u0000${name}`;
  let n = nameLineCache.get(key);
  if (n === undefined) {
    if (nameLineCache.size > 50_000) nameLineCache.clear();
    n = Math.max(1, wrapByChars(name, w - 2 * TEXT_PAD, TEXT.name, 4, true).length);
    nameLineCache.set(key, n);
  }
  return n;
}

export interface NodeText {
  /** Small line above the name: the kind and its key fact (lifecycle, speed, agency…). */
  caption: string;
  /** Lines under the name: a site's hardware with quantities, then its software and placement matters (Jadual 3-1 label 7). */
  facts: string[];
}

/**
 * Words of a site's fact lines. A box is as tall as its Malay lines need (scene.ts counts them), so
 * no English word is longer than its Malay one ("lagi"/"more", "Perisian"/"Software",
 * "Penempatan"/"Placement"): greedy wrapping never takes more lines for a shorter word.
 */
const KIND_WORDS: Record<Lang, { more: (n: number) => string; software: string; placement: string; protectedBy: string }> = {
  ms: { more: (n) => `+${n} lagi`, software: 'Perisian', placement: 'Penempatan', protectedBy: 'Dilindungi oleh' },
  en: { more: (n) => `+${n} more`, software: 'Software', placement: 'Placement', protectedBy: 'Protected by' },
};

/** Most hardware items a site box lists (label 7, "senarai perkakasan serta bilangan"; the rest in one "+n" line). */
export const MAX_HARDWARE_LINES = 4;
/** Most lines one hardware item wraps onto; past them it is cut, keeping its quantity. */
const MAX_LINES_PER_ITEM = 3;
/** Most lines a site's software takes ("Perisian: …"), and its placement matters ("Penempatan: …"); items past them are summed up as "+n lagi". */
const MAX_LIST_LINES = 2;

/** Hardware lines a site lists, at most `max` (the rest summed up in a last line). */
export function hardwareLines(element: Extract<Element, { kind: 'site' }>, lang: Lang, max: number): string[] {
  const items = element.hardware ?? [];
  if (items.length <= max) return items.map((h) => `${h.item}${TIMES}${h.quantity}`);
  const shown = items.slice(0, max - 1).map((h) => `${h.item}${TIMES}${h.quantity}`);
  return [...shown, KIND_WORDS[lang].more(items.length - shown.length)];
}

/**
 * Stands for the space between a number and its unit while a line is wrapped, so the two stay on one
 * line: a word joiner, one character like the space it replaces, and not whitespace to wrapByChars
 * (a no-break space is: JavaScript's \s matches it).
 */
const GLUE = '\u2060';
/** A number starting a word ("8", "(8", "1.5", "2,000"; not "6," ending a clause), then a space before its unit. */
const NUMBER_THEN_SPACE = String.raw`(?<=^|\s)(\(?\d+(?:[.,]\d+)*) `;
/** A number and the word after it: its unit ("32 GB", "8 vCPU", "12 cakera"); the space is what gets glued. */
const NUMBER_AND_UNIT = new RegExp(`${NUMBER_THEN_SPACE}(?=\\S)`, 'g');
/** A number and its unit ending a line ("32 GB)"): they go down to the next line together. */
const TRAILING_NUMBER_AND_UNIT = new RegExp(`${NUMBER_THEN_SPACE}\\S+$`);

/** `text` wrapped as wrapByChars does, a number never parted from its unit ("32" / "GB)" is read as two facts). */
function wrapKeepingUnits(text: string, inner: number): string[] {
  const glued = text.replace(NUMBER_AND_UNIT, `$1${GLUE}`);
  return wrapByChars(glued, inner, TEXT.fact, Number.MAX_SAFE_INTEGER).map((l) => l.replaceAll(GLUE, ' '));
}

/**
 * A hardware line wrapped at `inner`: a number stays with its unit ("32 GB") and the quantity with the
 * item's last word ("32 GB) × 4", never a lone "4" or "× 4").
 */
function wrapItem(line: string, inner: number, fits: (line: string) => boolean): string[] {
  const at = line.lastIndexOf(TIMES);
  if (at <= 0) return wrapKeepingUnits(line, inner);
  const tail = line.slice(at);
  const lines = wrapKeepingUnits(line.slice(0, at), inner);
  const last = lines.pop() ?? '';
  if (fits(last + tail)) return [...lines, last + tail];
  // the last word with its number, if it is a unit ("32 GB)"), goes down with the quantity
  const unit = TRAILING_NUMBER_AND_UNIT.exec(last)?.[0];
  const word = unit ?? last.slice(last.lastIndexOf(' ') + 1);
  const rest = last.slice(0, last.length - word.length).trimEnd();
  if (rest && fits(word + tail)) return [...lines, rest, word + tail];
  return [...lines, last, tail.trimStart()];
}

/** Between two hardware items sharing a line ("Komputer kaunter × 10, Pencetak × 5"), as between software items. */
const ITEM_SEPARATOR = ', ';

/**
 * A box's fact lines as drawn in a box of width `w`: each hardware item wrapped onto as many lines
 * as it needs (up to MAX_LINES_PER_ITEM), so its specification ("8 vCPU, 32 GB") is read on paper,
 * not cut (001 §3.3.4 g: "setiap lokasi perlu menyenaraikan perkakasan serta bilangan"). Items
 * short enough share a line, in their order: a line saved per site box is what keeps a site that
 * lists hardware, software and placement matters as short as its neighbours, and the worked
 * example's LMV on one A3 page at a readable scale (a taller infrastructure band shrinks the whole
 * drawing). The "+n" line stays one line of its own, so the count, and the box's height, is the same
 * in either language. Last, the security controls protecting the site (`protectedBy`, their names:
 * shared/routing/protection.ts), listed rather than drawn as lines (Jadual 3-1 label 7: HSM, SIEM, DLP).
 */
export function factLines(element: Element, lang: Lang, w: number, protectedBy: readonly string[] = []): string[] {
  if (element.kind !== 'site') return [];
  const inner = w - 2 * TEXT_PAD;
  const fits = fitsByChars(inner, TEXT.fact);
  const items = element.hardware ?? [];
  const hardware: string[] = [];
  // whether the last line holds whole items only (one or more), so a short item may join it
  let lastWhole = false;
  hardwareLines(element, lang, MAX_HARDWARE_LINES).forEach((line, i) => {
    if (i >= MAX_HARDWARE_LINES - 1 && items.length > MAX_HARDWARE_LINES) {
      hardware.push(shortenLine(line, fits));
      lastWhole = false;
      return;
    }
    const lines = wrapItem(line, inner, fits);
    if (lines.length === 1 && lastWhole && fits(`${hardware[hardware.length - 1]}${ITEM_SEPARATOR}${line}`)) {
      hardware[hardware.length - 1] += `${ITEM_SEPARATOR}${line}`;
      return;
    }
    lastWhole = lines.length === 1;
    // too long even so: the last line takes the rest, cut before its quantity
    hardware.push(...(lines.length <= MAX_LINES_PER_ITEM ? lines : [...lines.slice(0, MAX_LINES_PER_ITEM - 1), shortenLine(lines.slice(MAX_LINES_PER_ITEM - 1).join(' '), fits)]));
  });
  const words = KIND_WORDS[lang];
  return [
    ...hardware,
    ...listLines(words.software, element.software, words, inner, fits),
    ...listLines(words.placement, element.placement, words, inner, fits),
    ...listLines(words.protectedBy, protectedBy, words, inner, fits),
  ];
}

/**
 * A site's software, then its placement matters, under its hardware (001 §3.3.4 g: "setiap lokasi
 * perlu menyenaraikan perkakasan serta bilangan, perisian dan perkara yang berkaitan dengan
 * penempatan infrastruktur di lokasi tersebut"): "Perisian: A, B" wrapped onto at most
 * MAX_LIST_LINES lines. The items that do not fit are summed up ("Perisian: A, +2 lagi"); a first
 * item too long alone loses the end of its name, never the "+n".
 */
function listLines(word: string, list: readonly string[] | undefined, words: (typeof KIND_WORDS)[Lang], inner: number, fits: (line: string) => boolean): string[] {
  const items = (list ?? []).map((s) => s.trim()).filter(Boolean);
  if (items.length === 0) return [];
  const text = (shown: number) => `${word}: ${[...items.slice(0, shown), ...(shown < items.length ? [words.more(items.length - shown)] : [])].join(', ')}`;
  // no more items can show than two lines' characters hold: a site listing hundreds is not wrapped hundreds of times
  let room = MAX_LIST_LINES * Math.max(4, Math.floor(inner / (TEXT.fact * EM.regular)));
  let most = 0;
  while (most < items.length && (room -= items[most].length + 2) >= 0) most++;
  for (let shown = Math.max(1, most); shown >= 1; shown--) {
    const lines = wrapKeepingUnits(text(shown), inner);
    if (lines.length <= MAX_LIST_LINES) return lines;
  }
  const more = items.length > 1 ? `, ${words.more(items.length - 1)}` : '';
  const lines = wrapKeepingUnits(`${word}: ${items[0]}`, inner);
  const last = shortenLine(lines.slice(MAX_LIST_LINES - 1).join(' '), (line) => fits(line + more));
  return [...lines.slice(0, MAX_LIST_LINES - 1), last + more];
}

/**
 * The captions a box may carry, longest first; a drawing takes the first that fits its box. An
 * external system's agency gives way to its MyGDX agency code ("Sistem Luaran · JPN") rather than
 * being cut, as that agency is what Jadual 3-1 label 6 shows; the agency's own system ("Sistem
 * Dalaman", 001 §3.3.4 f) may drop the agency, which the caption already implies; a security
 * control may drop its type, which its name usually states.
 */
export function captionTexts(element: Element, lang: Lang): string[] {
  const full = nodeText(element, lang, 0).caption;
  // a control's name usually says its type: the kind alone rather than a cut type
  if (element.kind === 'securityControl') return [full, label(lang, 'kind', element.kind)];
  if (element.kind !== 'externalSystem' || !element.agency) return [full];
  const scope = label(lang, 'systemScope', element.internal ? 'internal' : 'external');
  const texts = [full];
  if (element.agencyCode) texts.push(`${scope} · ${element.agencyCode}`);
  if (element.internal) texts.push(scope);
  return texts;
}

/** A control type as 003 §3.2.5 writes it: the acronym of one that has one (HSM, WAF), else its name (Firewall, Antivirus). */
function controlTypeShort(type: Extract<Element, { kind: 'securityControl' }>['controlType'], lang: Lang): string {
  const name = label(lang, 'securityControlType', type);
  return /\(([A-Z]{2,})\)$/.exec(name)?.[1] ?? name;
}

/** Texts of a box besides its name. */
export function nodeText(element: Element, lang: Lang, maxFacts = 4): NodeText {
  const kind = label(lang, 'kind', element.kind);
  switch (element.kind) {
    case 'targetGroup':
      return { caption: `${kind} · ${element.lifecycle}`, facts: [] };
    case 'service':
      return { caption: element.e2eCategory ? `${kind} · ${label(lang, 'e2eCategory', element.e2eCategory)}` : kind, facts: [] };
    case 'process':
      return { caption: element.order !== undefined ? `${kind} ${element.order}` : kind, facts: [] };
    case 'externalSystem':
      // the agency's own systems (001 §3.3.4 f: Sistem XY, YZ) are internal, not "Sistem Luaran"
      return { caption: [label(lang, 'systemScope', element.internal ? 'internal' : 'external'), element.agency].filter(Boolean).join(' · '), facts: [] };
    case 'dataEntity':
      return { caption: element.classification ? `${kind} · ${label(lang, 'classification', element.classification)}` : kind, facts: [] };
    case 'network':
      return { caption: element.speedMbps !== undefined ? `${kind} · ${formatSpeed(element.speedMbps)}` : kind, facts: [] };
    case 'site':
      return { caption: element.location ? `${kind} · ${element.location}` : kind, facts: hardwareLines(element, lang, maxFacts) };
    case 'securityControl':
      return { caption: `${kind} · ${controlTypeShort(element.controlType, lang)}`, facts: [] };
    case 'platform':
      return { caption: `${kind} · ${label(lang, 'platformType', element.platformType)}`, facts: [] };
    default:
      return { caption: kind, facts: [] };
  }
}

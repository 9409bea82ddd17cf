/**
 * CLI formats of issue 6: ArchiMate Open Exchange (`oef`, .xml), Archi CSV (`csv`: a folder, any of
 * the three files with its siblings, or a .zip; exported as a .zip) and a view as SVG or PNG.
 *   npx lakar import model.xml -o model.lakar
 *   npx lakar import ./archi-export/ -o model.lakar        (folder with elements/relations/properties.csv)
 *   npx lakar export model.lakar --format oef -o model.xml
 *   npx lakar export model.lakar --format png --view view_main --scale 2 -o lmv.png
 * PNG is rendered with @resvg/resvg-js here, in Node; the browser uses a canvas (renderer/interchange).
 * Messages come from renderer/i18n/locales/<lang>/interchange.json, the same texts the UI shows.
 */
import { readFileSync } from 'node:fs';
import fsp from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Resvg as ResvgClass } from '@resvg/resvg-js';
import type { Lang } from '../shared/i18n';
import type { LakarDocument } from '../shared/model';
import type { CsvFile } from '../shared/interchange/csv';
import type { ImportResult } from '../shared/interchange/oef';
import { InterchangeError } from '../shared/interchange/oef/errors';
import { hasOwn } from '../shared/model/ids';
import type { Exporter, FormatModule, FormatWarning, Importer } from './formats';
import { interruptSignal } from './interrupt';
import { phaseTexts, terminalProgress } from './progress';

// Readers, writers and the renderer are loaded on first use: the OEF reader brings elkjs (its
// layout), the PNG writer a native module, and every other command and --help start without them.
const oef = () => import('../shared/interchange/oef');
const csv = () => import('../shared/interchange/csv');
const svgWriter = () => import('../shared/export/svg');
const views = () => import('../shared/model/document');
const require = createRequire(import.meta.url);

const NS = 'interchange';

/** interchange.json of `lang`, flattened to `interchange:error.x` / `interchange:warning.x` keys. */
export function interchangeMessages(lang: Lang): Record<string, string> {
  const file = new URL(`../renderer/i18n/locales/${lang}/interchange.json`, import.meta.url);
  const out: Record<string, string> = {};
  const walk = (obj: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(obj)) {
      if (typeof v === 'string') out[`${NS}:${prefix}${k}`] = v;
      else if (v && typeof v === 'object') walk(v as Record<string, unknown>, `${prefix}${k}.`);
    }
  };
  try {
    walk(JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>, '');
  } catch {
    // without the texts the CLI still prints keys and parameters
  }
  return out;
}

type Progress = { phase: string; fraction: number };

/**
 * Ctrl+C aborts a long import (cli/interrupt.ts); nothing is written because the project file is
 * created only after. On a terminal the import's phase and percentage show on stderr meanwhile.
 */
async function withInterrupt<T>(lang: Lang, run: (signal: { readonly aborted: boolean }, onProgress: (p: Progress) => void) => Promise<T>): Promise<T> {
  const progress = terminalProgress(phaseTexts(interchangeMessages(lang)));
  try {
    return await run(interruptSignal(), progress.onProgress);
  } finally {
    progress.done();
  }
}

function toCli(result: ImportResult): { doc: LakarDocument; warnings: FormatWarning[] } {
  const warnings: FormatWarning[] = result.warnings.map((w) => ({ key: `${NS}:${w.key}`, params: w.params }));
  if (result.unplaced.length > 0) warnings.push({ key: `${NS}:warning.unplacedKept`, params: { count: result.unplaced.length } });
  return { doc: result.doc, warnings };
}

const textHead = (head: Uint8Array) => new TextDecoder('latin1').decode(head.subarray(0, 4096));
const isZip = (head: Uint8Array) => head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;

/** The CSV files of a folder (Archi writes them side by side, optionally with a common prefix). */
async function csvFilesIn(dir: string, only?: (name: string) => boolean): Promise<CsvFile[]> {
  const names = (await fsp.readdir(dir)).filter((n) => /\.csv$/i.test(n) && (!only || only(n)));
  return Promise.all(names.map(async (name) => ({ name, data: new Uint8Array(await fsp.readFile(path.join(dir, name))) })));
}

const oefImporter: Importer = {
  name: 'oef',
  description: { ms: 'ArchiMate Open Exchange Format 3.x (.xml) daripada Archi, Sparx EA, Visual Paradigm…', en: 'ArchiMate Open Exchange Format 3.x (.xml) from Archi, Sparx EA, Visual Paradigm…' },
  extensions: ['.xml'],
  detect: (head) => /<(\w+:)?model\b[^>]*opengroup\.org\/xsd\/archimate/.test(textHead(head)),
  read: (data, { fileName, lang }) => withInterrupt(lang, async (signal, onProgress) => toCli(await (await oef()).fromOef(data, { fileName, signal, onProgress }))),
};

const csvImporter: Importer = {
  name: 'csv',
  description: { ms: 'CSV Archi: folder, fail elements/relations/properties.csv (bersama fail sebelahnya) atau .zip', en: 'Archi CSV: a folder, an elements/relations/properties.csv file (with its siblings) or a .zip' },
  extensions: ['.csv', '.zip'],
  detect: (head, fileName) => isZip(head) && /\.zip$/i.test(fileName),
  async read(data, { fileName, lang, path: filePath }) {
    const { fromArchiCsv, fromArchiCsvZip } = await csv();
    if (isZip(data)) return withInterrupt(lang, async (signal, onProgress) => toCli(await fromArchiCsvZip(data, { fileName, signal, onProgress })));
    // One file of the triple was named: read its siblings with the same prefix, as Archi does.
    const prefix = /^(.*?)(elements|relations|properties)\.csv$/i.exec(fileName)?.[1];
    const siblings = filePath && prefix !== undefined ? await csvFilesIn(path.dirname(filePath), (n) => n.toLowerCase().startsWith(prefix.toLowerCase())) : [];
    const files = siblings.some((f) => f.name === fileName) ? siblings : [{ name: fileName, data }, ...siblings];
    return withInterrupt(lang, async (signal, onProgress) => toCli(await fromArchiCsv(files, { signal, onProgress })));
  },
  async readDirectory(dir, { lang }) {
    const { fromArchiCsv } = await csv();
    const files = await csvFilesIn(dir);
    return withInterrupt(lang, async (signal, onProgress) => toCli(await fromArchiCsv(files, { signal, onProgress })));
  },
};

async function pickView(doc: LakarDocument, options: Record<string, unknown>): Promise<string> {
  const { sortedViews } = await views();
  const asked = options.view as string | undefined;
  if (asked === undefined) return sortedViews(doc)[0].id;
  if (hasOwn(doc.views, asked)) return asked;
  const byName = Object.values(doc.views).find((v) => v.name === asked);
  if (byName) return byName.id;
  throw new InterchangeError('error.viewNotFound', { view: asked, views: sortedViews(doc).map((v) => `${v.id} (${v.name})`).join(', ') });
}

// The same flag as the single-view PDF export: one option, one meaning.
const VIEW_OPTION = { flags: '--view <id>', description: { ms: 'paparan yang dieksport (id atau nama); svg/png: lalai paparan pertama', en: 'the view to export (id or name); svg/png: default the first view' } };

/** A view as PNG: the SVG rendered by resvg at `scale` (default 2, for sharp text on screens and slides). */
export function renderPng(svg: string, scale = 2): Uint8Array {
  const { Resvg } = require('@resvg/resvg-js') as { Resvg: typeof ResvgClass };
  const resvg = new Resvg(svg, { fitTo: { mode: 'zoom', value: scale }, font: { loadSystemFonts: true }, background: '#ffffff' });
  return resvg.render().asPng();
}

function parseScale(value: unknown): number {
  if (value === undefined) return 2;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0.25 || n > 8) throw new InterchangeError('error.badScale', { value: String(value) });
  return n;
}

const exportersList: Exporter[] = [
  {
    name: 'oef',
    description: { ms: 'ArchiMate Open Exchange Format 3.1 (.xml), sah menurut XSD The Open Group', en: 'ArchiMate Open Exchange Format 3.1 (.xml), valid against The Open Group XSDs' },
    extension: '.xml',
    async write(doc, { lang }) {
      return (await oef()).toOef(doc, { lang });
    },
  },
  {
    name: 'csv',
    description: { ms: 'CSV Archi (elements/relations/properties.csv dalam .zip)', en: 'Archi CSV (elements/relations/properties.csv in a .zip)' },
    extension: '.zip',
    async write(doc, { lang }) {
      return (await csv()).toArchiCsvZip(doc, { lang });
    },
  },
  {
    name: 'svg',
    description: { ms: 'satu paparan LMV sebagai SVG (tujuh jalur, teks boleh dipilih)', en: 'one LMV view as SVG (seven bands, selectable text)' },
    extension: '.svg',
    options: [VIEW_OPTION],
    async write(doc, { lang, options }) {
      return (await svgWriter()).viewToSvg(doc, await pickView(doc, options), { lang });
    },
  },
  {
    name: 'png',
    description: { ms: 'satu paparan LMV sebagai PNG', en: 'one LMV view as PNG' },
    extension: '.png',
    options: [VIEW_OPTION, { flags: '--scale <n>', description: { ms: 'png: skala piksel (lalai 2)', en: 'png: pixel scale (default 2)' } }],
    async write(doc, { lang, options }) {
      const scale = parseScale(options.scale);
      return renderPng((await svgWriter()).viewToSvg(doc, await pickView(doc, options), { lang }), scale);
    },
  },
];

export const format: FormatModule = {
  importers: [oefImporter, csvImporter],
  exporters: exportersList,
  messages: { ms: interchangeMessages('ms'), en: interchangeMessages('en') },
};

/**
 * Import of an agency's application list (CSV, e.g. a RASA export: name, agency, function, sector)
 * for the duplicate-application check (001 §4.2.2 a; Jadual 4-1 A.1.a iii "Rujuk Repositori Aplikasi
 * Sektor Awam"). Header names vary between exports, so each column is recognised by several names;
 * a BOM, `;`/`,`/tab separators and Windows-1252 files are accepted. Bad rows are reported by line
 * and skipped; the good rows are kept.
 */
import Papa from 'papaparse';
import { SECTORS, type Sector } from '../model/vocabulary';
import type { AgencyApplication, AgencyApplicationList, Bilingual } from './schema';
import { normalizeText } from './text';

type Column = 'name' | 'agency' | 'function' | 'sector';

/** How many leading rows may be titles before the header. */
const HEADER_SEARCH_ROWS = 10;

/** Header names (normalised) accepted for each column. */
const HEADER_ALIASES: Record<Column, string[]> = {
  name: ['nama aplikasi', 'nama sistem', 'nama sistem aplikasi', 'aplikasi', 'sistem', 'sistem aplikasi', 'name', 'nama', 'application', 'application name', 'app name', 'system', 'system name'],
  agency: ['agensi', 'nama agensi', 'agensi pemilik', 'pemilik', 'kementerian agensi', 'kementerian', 'agency', 'agency name', 'owner', 'owner agency', 'ministry agency'],
  function: ['fungsi', 'fungsi perkhidmatan', 'fungsi aplikasi', 'fungsi sistem', 'keterangan', 'penerangan', 'function', 'service function', 'description'],
  sector: ['sektor', 'sector'],
};

/** Sector values (normalised) as they appear in exports. */
const SECTOR_ALIASES: Record<string, Sector> = {
  'sosial 1': 'sosial1', 'sosial1': 'sosial1', 'sosial 1 masyarakat': 'sosial1', masyarakat: 'sosial1', 'social 1': 'sosial1', 'social 1 community': 'sosial1',
  'sosial 2': 'sosial2', 'sosial2': 'sosial2', 'sosial 2 bakat': 'sosial2', bakat: 'sosial2', 'social 2': 'sosial2', 'social 2 talent': 'sosial2',
  ekonomi: 'ekonomi', economy: 'ekonomi', economic: 'ekonomi',
  infrastruktur: 'infrastruktur', infrastructure: 'infrastruktur',
  keselamatan: 'keselamatan', security: 'keselamatan',
  'pentadbiran awam': 'pentadbiranAwam', pentadbiranawam: 'pentadbiranAwam', 'public administration': 'pentadbiranAwam',
};

/** Sector id for a sector cell, or undefined when not recognised. */
export function parseSectorName(value: string): Sector | undefined {
  if ((SECTORS as readonly string[]).includes(value.trim())) return value.trim() as Sector;
  return SECTOR_ALIASES[normalizeText(value.replace(/^sektor\s+/i, ''))];
}

export interface RowProblem {
  /** 1-based line in the file. */
  line: number;
  message: Bilingual;
}

export type AppListResult =
  | { ok: true; list: AgencyApplicationList; rejected: RowProblem[]; warnings: RowProblem[] }
  | { ok: false; error: Bilingual };

/** Text of a file: UTF-8 (BOM stripped) or, when the bytes are not valid UTF-8, Windows-1252 (Excel). */
export function decodeTextFile(data: Uint8Array | string): string {
  if (typeof data === 'string') return data.replace(/^\uFEFF/, '');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}

/** Parse an agency application list from CSV. `importedAt` defaults to now. */
export function parseAgencyApplicationsCsv(fileName: string, data: Uint8Array | string, importedAt = new Date().toISOString()): AppListResult {
  const text = decodeTextFile(data);
  if (text.trim() === '') return { ok: false, error: { ms: `Fail "${fileName}" kosong.`, en: `File "${fileName}" is empty.` } };
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: false });
  const rows = parsed.data;
  const lines = rowLines(rows);

  // Exports may start with title lines: the header is the first of the first rows naming an application column.
  const firstRow = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  let headerIndex = -1;
  for (let r = firstRow; r < Math.min(rows.length, firstRow + HEADER_SEARCH_ROWS) && headerIndex < 0; r++) {
    if (rows[r].some((c) => HEADER_ALIASES.name.includes(normalizeText(c)))) headerIndex = r;
  }
  const columns = new Map<Column, number>();
  if (headerIndex >= 0) {
    const header = rows[headerIndex].map((c) => normalizeText(c));
    for (const col of Object.keys(HEADER_ALIASES) as Column[]) {
      const i = header.findIndex((h) => HEADER_ALIASES[col].includes(h));
      if (i >= 0) columns.set(col, i);
    }
  }
  if (!columns.has('name')) {
    const found = rows[firstRow].join(' | ').slice(0, 200);
    return {
      ok: false,
      error: {
        ms: `Fail "${fileName}" tiada lajur nama aplikasi (cth. "Nama Aplikasi", "Nama Sistem", "Name"). Pengepala dijumpai: ${found}`,
        en: `File "${fileName}" has no application name column (e.g. "Nama Aplikasi", "Nama Sistem", "Name"). Header found: ${found}`,
      },
    };
  }

  const quoteErrors = new Map<number, string>();
  for (const e of parsed.errors) if (e.row !== undefined && e.type === 'Quotes') quoteErrors.set(e.row, e.message);

  const entries: AgencyApplication[] = [];
  const rejected: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const cell = (row: string[], col: Column) => {
    const i = columns.get(col);
    return i === undefined ? '' : (row[i] ?? '').trim();
  };
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const row = rows[r];
    const line = lines[r];
    if (row.every((c) => c.trim() === '')) continue;
    if (quoteErrors.has(r)) {
      rejected.push({ line, message: { ms: `Petikan (") tidak ditutup: ${quoteErrors.get(r)}`, en: `Unclosed quote ("): ${quoteErrors.get(r)}` } });
      continue;
    }
    const name = cell(row, 'name');
    if (!name) {
      rejected.push({ line, message: { ms: 'Nama aplikasi kosong; baris diabaikan.', en: 'Application name is empty; row skipped.' } });
      continue;
    }
    if (name.length > 300) {
      rejected.push({ line, message: { ms: 'Nama aplikasi melebihi 300 aksara; baris diabaikan.', en: 'Application name exceeds 300 characters; row skipped.' } });
      continue;
    }
    const entry: AgencyApplication = { name, line };
    const agency = cell(row, 'agency');
    const fn = cell(row, 'function');
    const sectorText = cell(row, 'sector');
    if (agency) entry.agency = agency.slice(0, 300);
    if (fn) entry.function = fn.slice(0, 1000);
    if (sectorText) {
      const sector = parseSectorName(sectorText);
      if (sector) entry.sector = sector;
      else warnings.push({ line, message: { ms: `Sektor "${sectorText}" tidak dikenali; aplikasi diimport tanpa sektor.`, en: `Sector "${sectorText}" not recognised; application imported without a sector.` } });
    }
    entries.push(entry);
  }
  if (entries.length === 0) {
    return { ok: false, error: { ms: `Fail "${fileName}" tiada baris aplikasi yang sah (${rejected.length} baris ditolak).`, en: `File "${fileName}" has no valid application rows (${rejected.length} rows rejected).` } };
  }
  return { ok: true, list: { importedFrom: fileName, importedAt, entries }, rejected, warnings };
}

/** 1-based line at which each parsed row starts (quoted fields may span lines). */
function rowLines(rows: string[][]): number[] {
  const lines: number[] = [];
  let line = 1;
  for (const row of rows) {
    lines.push(line);
    let breaks = 0;
    for (const c of row) for (let i = c.indexOf('\n'); i >= 0; i = c.indexOf('\n', i + 1)) breaks++;
    line += 1 + breaks;
  }
  return lines;
}

/**
 * What the native Open and Save dialogs show for each kind of file the UI asks for: filter names in
 * Bahasa Melayu or English, extensions, titles, and a safe default file name. Plain data and
 * functions; `electron-dialogs.ts` passes them to Electron's `dialog`.
 */
import type { FileKind } from '../../shared/ipc/contract';
import { FILE_KIND_EXTENSIONS } from './handlers-files';
import type { MenuLanguage } from './menu';

/** A file-dialog filter, as Electron's `FileFilter`. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

interface KindInfo {
  /** Full suffix a saved file must end with (can have two dots, e.g. `.lakar.json`). */
  suffix: string;
  name: Record<MenuLanguage, string>;
}

const KINDS: Record<FileKind, KindInfo> = {
  lakar: { suffix: '.lakar', name: { ms: 'Projek Lakar', en: 'Lakar project' } },
  json: { suffix: '.lakar.json', name: { ms: 'Lakar JSON', en: 'Lakar JSON' } },
  pdf: { suffix: '.pdf', name: { ms: 'Dokumen PDF', en: 'PDF document' } },
  oef: { suffix: '.xml', name: { ms: 'ArchiMate Open Exchange', en: 'ArchiMate Open Exchange' } },
  csv: { suffix: '.csv', name: { ms: 'CSV Archi', en: 'Archi CSV' } },
  zip: { suffix: '.zip', name: { ms: 'Arkib ZIP', en: 'ZIP archive' } },
  svg: { suffix: '.svg', name: { ms: 'Imej SVG', en: 'SVG image' } },
  png: { suffix: '.png', name: { ms: 'Imej PNG', en: 'PNG image' } },
  md: { suffix: '.md', name: { ms: 'Markdown', en: 'Markdown' } },
  catalogue: { suffix: '.json', name: { ms: 'Katalog ekosistem', en: 'Ecosystem catalogue' } },
  applist: { suffix: '.csv', name: { ms: 'Senarai aplikasi', en: 'Application list' } },
  ulasan: { suffix: '.ulasan', name: { ms: 'Fail ulasan Lakar', en: 'Lakar review file' } },
};

/** Extensions a dialog filter offers (no dot); dialogs match the last extension only, so `.lakar.json` is `json`. */
function extensionsOf(kind: FileKind): string[] {
  return [...FILE_KIND_EXTENSIONS[kind]];
}

/** "Projek Lakar (.lakar)", "Senarai aplikasi (.csv, .xlsx, .json)". */
function filterName(kind: FileKind, lang: MenuLanguage): string {
  const shown = kind === 'json' ? KINDS.json.suffix : extensionsOf(kind).map((e) => `.${e}`).join(', ');
  return `${KINDS[kind].name[lang]} (${shown})`;
}

const TEXT = {
  ms: { supported: 'Semua fail disokong', all: 'Semua fail', open: 'Buka', save: 'Simpan' },
  en: { supported: 'All supported files', all: 'All files', open: 'Open', save: 'Save' },
} as const;

/** Filters of an Open dialog for `kinds`: all of them together first, one per kind, then all files. */
export function openDialogFilters(kinds: readonly FileKind[], lang: MenuLanguage): FileFilter[] {
  const unique = [...new Set(kinds)];
  const perKind = unique.map((k) => ({ name: filterName(k, lang), extensions: extensionsOf(k) }));
  const together = unique.length > 1 ? [{ name: TEXT[lang].supported, extensions: [...new Set(unique.flatMap(extensionsOf))] }] : [];
  return [...together, ...perKind, { name: TEXT[lang].all, extensions: ['*'] }];
}

/** The single filter of a Save dialog for `kind`. */
export function saveDialogFilters(kind: FileKind, lang: MenuLanguage): FileFilter[] {
  return [{ name: filterName(kind, lang), extensions: extensionsOf(kind) }];
}

/** Title of the dialog, e.g. "Buka — Projek Lakar". */
export function dialogTitle(mode: 'open' | 'save', kinds: readonly FileKind[], lang: MenuLanguage): string {
  const first = kinds[0];
  return first && kinds.length === 1 ? `${TEXT[lang][mode]} — ${KINDS[first].name[lang]}` : TEXT[lang][mode];
}

/** `fileName` ending with the suffix of `kind` (added when missing, case-insensitive check). */
export function withSuffix(fileName: string, kind: FileKind): string {
  const suffix = KINDS[kind].suffix;
  if (fileName.toLowerCase().endsWith(suffix)) return fileName;
  // `plan.json` saved as Lakar JSON becomes `plan.lakar.json`, not `plan.json.lakar.json`
  const last = FILE_KIND_EXTENSIONS[kind][0];
  const bare = last && fileName.toLowerCase().endsWith(`.${last}`) && suffix !== `.${last}` ? fileName.slice(0, -(last.length + 1)) : fileName;
  return `${bare}${suffix}`;
}

/**
 * A file name the page suggested, made safe to offer in a Save dialog: no directories, no
 * characters Windows forbids, no control characters, no leading dots, at most 150 characters,
 * and ending with the kind's suffix. The user still confirms the final path in the dialog.
 */
export function safeSuggestedName(suggested: string, kind: FileKind): string {
  const base = suggested.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\p{Cc}/gu, '')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 150);
  return withSuffix(cleaned || 'lakar', kind);
}

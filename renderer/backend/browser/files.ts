/**
 * File access in the browser edition: picking a file through `<input type=file>` and saving bytes as
 * a download. Browsers give no path back, so the saved "ref" is the file name.
 */
import { MAX_PICKED_FILES, type FileKind } from '../../../shared/ipc/contract';
import { UserError } from '../../../shared/ipc/errors';
import { parseLakarJson } from '../../../shared/interchange/json';
import type { LakarDocument } from '../../../shared/model/schema';

/** File-name extensions (and the MIME type used for downloads) of each file kind. */
export const FILE_KIND_TYPES: Record<FileKind, { extensions: string[]; mime: string }> = {
  lakar: { extensions: ['.lakar'], mime: 'application/vnd.sqlite3' },
  json: { extensions: ['.json', '.lakar.json'], mime: 'application/json' },
  pdf: { extensions: ['.pdf'], mime: 'application/pdf' },
  oef: { extensions: ['.xml'], mime: 'application/xml' },
  csv: { extensions: ['.csv'], mime: 'text/csv' },
  zip: { extensions: ['.zip'], mime: 'application/zip' },
  svg: { extensions: ['.svg'], mime: 'image/svg+xml' },
  png: { extensions: ['.png'], mime: 'image/png' },
  md: { extensions: ['.md'], mime: 'text/markdown' },
  catalogue: { extensions: ['.json'], mime: 'application/json' },
  applist: { extensions: ['.csv', '.json'], mime: 'text/csv' },
  ulasan: { extensions: ['.ulasan'], mime: 'application/json' },
};

type PickedFile = { name: string; data: Uint8Array<ArrayBuffer> };

/**
 * Ask the user for a file of one of `kinds` (several with `multiple`: the first is returned, the
 * others in `more`); resolves null when the picker is cancelled.
 */
export function pickFile(kinds: readonly FileKind[], multiple = false): Promise<(PickedFile & { more?: PickedFile[] }) | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    input.accept = [...new Set(kinds.flatMap((k) => FILE_KIND_TYPES[k].extensions))].join(',');
    input.style.display = 'none';
    const done = () => input.remove();
    input.addEventListener('cancel', () => {
      done();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      done();
      if (files.length === 0) return resolve(null);
      if (files.length > MAX_PICKED_FILES) return reject(new UserError('file.tooMany', { count: files.length, max: MAX_PICKED_FILES }));
      Promise.all(files.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) }))).then(([first, ...more]) => resolve(multiple ? { ...first, more } : first), reject);
    });
    document.body.append(input);
    input.click();
  });
}

/** File endings offered when picking a portfolio (many proposals, or a zip of them). */
export const PORTFOLIO_ACCEPT = ['.lakar.json', '.json', '.xml', '.zip', '.lakar'];

/** Ask for the files of a portfolio (many at once, or a zip); resolves null when cancelled. */
export function pickPortfolioFiles(max: number): Promise<PickedFile[] | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = PORTFOLIO_ACCEPT.join(',');
    input.style.display = 'none';
    const done = () => input.remove();
    input.addEventListener('cancel', () => {
      done();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      done();
      if (files.length === 0) return resolve(null);
      if (files.length > max) return reject(new UserError('file.tooMany', { count: files.length, max }));
      Promise.all(files.map(async (f) => ({ name: f.name, data: new Uint8Array(await f.arrayBuffer()) }))).then(resolve, reject);
    });
    document.body.append(input);
    input.click();
  });
}

/** Offer `data` as a download named `name`. */
export function downloadBytes(kind: FileKind, name: string, data: Uint8Array): { ref: string } {
  const blob = new Blob([data as Uint8Array<ArrayBuffer>], { type: FILE_KIND_TYPES[kind].mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // the download has started from the object URL; release it once the click has been handled
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ref: name };
}

/**
 * The document of another copy picked for Compare with… / Merge from…: a `.lakar.json` file. A
 * `.lakar` project (a database the browser cannot read) is refused with a message saying how to
 * bring it over (export it as Lakar JSON in the desktop app or the CLI).
 */
export function peekDocument(picked: PickedFile): { name: string; doc: LakarDocument } {
  if (new TextDecoder('latin1').decode(picked.data.subarray(0, 16)) === 'SQLite format 3\u0000') throw new UserError('merge.browserLakar', { file: picked.name });
  const text = new TextDecoder('utf-8').decode(picked.data);
  const parsed = parseLakarJson(text);
  if (!parsed.ok) throw new UserError(parsed.error.key, parsed.error.params);
  return { name: picked.name, doc: parsed.doc };
}

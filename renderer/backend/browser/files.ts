/**
 * File access in the browser edition: picking a file through `<input type=file>` and saving bytes as
 * a download. Browsers give no path back, so the saved "ref" is the file name.
 */
import type { FileKind } from '../../../shared/ipc/contract';

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
};

/** Ask the user for a file of one of `kinds`; resolves null when the picker is cancelled. */
export function pickFile(kinds: readonly FileKind[]): Promise<{ name: string; data: Uint8Array<ArrayBuffer> } | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = [...new Set(kinds.flatMap((k) => FILE_KIND_TYPES[k].extensions))].join(',');
    input.style.display = 'none';
    const done = () => input.remove();
    input.addEventListener('cancel', () => {
      done();
      resolve(null);
    });
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      done();
      if (!file) return resolve(null);
      file.arrayBuffer().then((buf) => resolve({ name: file.name, data: new Uint8Array(buf) }), reject);
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

/** The IDDs of a model as one zip (File › Export › MyGDX IDD when several agencies supply): one file per supplier. */
import { zipSync } from 'fflate';
import type { LakarDocument } from '../../model/schema';
import type { ProgressOptions } from '../pdf/progress';
import type { IddBuildOptions } from './document';
import { buildIddPdfs } from './pdf';
import { buildIddMarkdownFiles } from './text';

const encoder = new TextEncoder();

/** The IDD files of `doc` in form `form`, one per supplying agency: name and bytes. */
export async function buildIddFiles(doc: LakarDocument, form: 'pdf' | 'md', options: IddBuildOptions & ProgressOptions): Promise<{ name: string; data: Uint8Array }[]> {
  if (form === 'pdf') return (await buildIddPdfs(doc, options)).map((f) => ({ name: f.name, data: f.bytes }));
  return buildIddMarkdownFiles(doc, options).map((f) => ({ name: f.name, data: encoder.encode(f.text) }));
}

/** `files` zipped together, stored with time `date` (PDFs are compressed already: stored as they are). */
export function zipFiles(files: readonly { name: string; data: Uint8Array }[], date: Date): Uint8Array {
  return zipSync(Object.fromEntries(files.map((f) => [f.name, [f.data, { mtime: date, level: f.name.endsWith('.pdf') ? 0 : 6 }]])));
}

/** The IDD files of `doc` zipped together, one per supplying agency. */
export async function buildIddZip(doc: LakarDocument, form: 'pdf' | 'md', options: IddBuildOptions & ProgressOptions): Promise<Uint8Array> {
  return zipFiles(await buildIddFiles(doc, form, options), options.date ?? new Date());
}

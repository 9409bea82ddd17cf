/**
 * The browser edition's review channels (shared/review). A project opened for review is read from
 * IndexedDB without taking its lock or touching its journal. Review files are kept in their own
 * IndexedDB database (`lakar-reviews`), one record per review file holding its text as written, and
 * move between machines as `.ulasan` files: imported in the review chooser, downloaded with
 * File › Save Review Copy.
 */
import { Dexie, type Table } from 'dexie';
import type { IpcHandlers, IpcArgs } from '../../../shared/ipc/contract';
import { newId } from '../../../shared/model';
import { parseReviewFile } from '../../../shared/review/file';
import { UserError } from '../errors';
import type { LakarDb } from './db';
import { loadStoredProject } from './dexie-adapter';
import type { pickFile } from './files';

/** One stored review file. */
export interface StoredReviewRow {
  id: string;
  /** Name shown in the chooser (the file name it was imported from, or the name it was saved under). */
  name: string;
  /** Title of the proposal reviewed. */
  title: string;
  text: string;
  savedAt: string;
}

/** A stored review as listed by the chooser. */
export type StoredReviewSummary = Omit<StoredReviewRow, 'text'>;

/** The review database (its own, so the projects' schema is untouched). */
export class ReviewDb extends Dexie {
  reviews!: Table<StoredReviewRow, string>;

  constructor(name = 'lakar-reviews', options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({ reviews: 'id, name, savedAt' });
  }
}

/** What the chooser answers: a stored review, a request to import a file, or nothing. */
export type ReviewChoice = { ref: string } | { import: true } | null;

export interface BrowserReviewDeps {
  db: LakarDb;
  reviews: ReviewDb;
  /** Pick a stored project (the Open dialog). */
  chooseProject(): Promise<string | null>;
  /** Pick a stored review or ask to import one; absent means import straight away. */
  chooseReview?(reviews: StoredReviewSummary[]): Promise<ReviewChoice>;
  pickFile: typeof pickFile;
}

type ReviewChannels = { [C in 'review:openProject' | 'review:open' | 'review:save']: (args: IpcArgs<C>) => ReturnType<IpcHandlers[C]> };

function titleOf(text: string): string {
  const read = parseReviewFile(text);
  return read.ok ? read.review.proposal.title : '';
}

/** The review channels of the browser edition. */
export function createBrowserReviewChannels(deps: BrowserReviewDeps): ReviewChannels {
  async function list(): Promise<StoredReviewSummary[]> {
    const rows = await deps.reviews.reviews.orderBy('savedAt').reverse().toArray();
    return rows.map(({ text: _text, ...summary }) => summary);
  }

  async function importFile(): Promise<{ ref: string; name: string; text: string } | null> {
    const picked = await deps.pickFile(['ulasan']);
    if (!picked) return null;
    const text = new TextDecoder('utf-8').decode(picked.data);
    // kept as picked: the page checks it (and shows why a bad file is refused) before using it
    const id = newId('prj').replace(/^prj_/, 'rev_');
    if (parseReviewFile(text).ok) await deps.reviews.reviews.put({ id, name: picked.name, title: titleOf(text), text, savedAt: new Date().toISOString() });
    return { ref: id, name: picked.name, text };
  }

  return {
    'review:openProject': async (args) => {
      const ref = args.ref ?? (await deps.chooseProject());
      if (!ref) return null;
      const stored = await loadStoredProject(deps.db, ref);
      // a draft has no saved version to review
      if (!stored?.head) throw new UserError('browser.projectNotFound');
      return { ref, displayName: stored.head.name, doc: stored.doc, generation: stored.generation, fileId: ref };
    },

    'review:open': async (args) => {
      if (args.ref !== undefined) {
        const row = await deps.reviews.reviews.get(args.ref);
        if (!row) throw new UserError('review.notFound', { name: args.ref });
        return { ref: row.id, name: row.name, text: row.text };
      }
      const choice = deps.chooseReview ? await deps.chooseReview(await list()) : { import: true as const };
      if (!choice) return null;
      if ('import' in choice) return importFile();
      const row = await deps.reviews.reviews.get(choice.ref);
      if (!row) throw new UserError('review.notFound', { name: choice.ref });
      return { ref: row.id, name: row.name, text: row.text };
    },

    'review:save': async (args) => {
      if (!parseReviewFile(args.text).ok) throw new UserError('review.notReviewFile');
      const existing = args.ref !== undefined ? await deps.reviews.reviews.get(args.ref) : undefined;
      if (args.ref !== undefined && !existing) throw new UserError('review.notFound', { name: args.ref });
      const row: StoredReviewRow = {
        id: existing?.id ?? newId('prj').replace(/^prj_/, 'rev_'),
        name: existing?.name ?? args.suggestedName,
        title: titleOf(args.text),
        text: args.text,
        savedAt: new Date().toISOString(),
      };
      await deps.reviews.reviews.put(row);
      return { ref: row.id, name: row.name };
    },
  };
}

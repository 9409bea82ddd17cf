/**
 * The recovery journal: a small SQLite database in WAL mode, one per open project, in the app's
 * recovery folder. Each edit is one INSERT (durable on commit), so a crash or kill loses nothing the
 * user did; the `.lakar` file itself changes only on Save. The journal records the generation of the
 * file it extends and the file's random id, so a journal left by an older save or by another file
 * that once had the same path is recognised as stale. A never-saved project keeps its starting
 * document in its journal, so it too can be recovered.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import type { Patch } from 'immer';
import { documentSchema, upgradeDocument, type LakarDocument } from '../../shared/model';
import type { DrawnRun } from '../../shared/store/drawn-record';
import type { JournalEntry } from '../../shared/store/session';
import { JOURNAL_APPLICATION_ID } from './format';

/**
 * 1: entries(seq, at, patches). 2: entries gain `drawn` (JSON, or NULL): the runs of a batch that
 * stored a view as drawn, kept as a note instead of their patches (shared/store/drawn-record.ts).
 */
const JOURNAL_SCHEMA = 2;
const DRAFT_PREFIX = 'draft-';
const SUFFIX = '.journal.sqlite';

/** The journal file of the saved project at absolute path `file`: named by a hash of the path. */
export function journalFileForProject(recoveryDir: string, file: string): string {
  let real = path.resolve(file);
  try {
    real = fs.realpathSync.native(real);
  } catch {
    // not created yet: the resolved path is what the project will be saved under
  }
  const hash = crypto.createHash('sha256').update(real).digest('hex').slice(0, 32);
  return path.join(recoveryDir, `${hash}${SUFFIX}`);
}

/** The journal file of never-saved project `draftId`. */
export function journalFileForDraft(recoveryDir: string, draftId: string): string {
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(draftId)) throw new Error(`bad draft id ${draftId}`);
  return path.join(recoveryDir, `${DRAFT_PREFIX}${draftId}${SUFFIX}`);
}

/** What a journal holds. */
export interface JournalContents {
  baseGeneration: number;
  /** Id of the `.lakar` file the edits apply to (saved projects). */
  fileId: string | null;
  /** Starting document of a never-saved project. */
  draftDoc: LakarDocument | null;
  entries: JournalEntry[];
}

/** One project's recovery journal; the database is created on the first journalled edit. */
export class RecoveryJournal {
  private db: BetterSqlite3.Database | null = null;
  private base: number | null = null;
  private insert: BetterSqlite3.Statement | null = null;
  private setBase: BetterSqlite3.Statement | null = null;

  constructor(
    readonly file: string,
    /**
     * Written into a new journal: the saved file's id, or the draft's starting document. Null opens
     * an existing journal only; `read()` then takes the identity from it.
     */
    private identity: { fileId: string } | { draftDoc: LakarDocument } | null,
  ) {}

  private open(): BetterSqlite3.Database {
    if (this.db) return this.db;
    const identity = this.identity;
    if (!identity && !fs.existsSync(this.file)) throw new Error(`no journal at ${this.file}`);
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const db = new Database(this.file);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version === 1) {
        // a journal of an earlier Lakar (a crash, then an update): its entries hold whole batches
        db.transaction(() => {
          db.exec('ALTER TABLE entries ADD COLUMN drawn TEXT');
          db.pragma(`user_version = ${JOURNAL_SCHEMA}`);
        })();
      } else if (version > JOURNAL_SCHEMA) {
        // a later Lakar's journal: its entries may hold notes this one cannot read (it is set aside)
        throw new Error(`journal schema ${version}`);
      }
      if (version === 0) {
        db.transaction(() => {
          db.exec(`
            CREATE TABLE IF NOT EXISTS info (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS entries (seq INTEGER PRIMARY KEY NOT NULL, at TEXT NOT NULL, patches TEXT NOT NULL, drawn TEXT);
          `);
          const put = db.prepare('INSERT OR REPLACE INTO info(key, value) VALUES (?, ?)');
          put.run('baseGeneration', '0');
          if (!identity) throw new Error('journal without identity');
          if ('fileId' in identity) put.run('fileId', JSON.stringify(identity.fileId));
          else put.run('draftDoc', JSON.stringify(identity.draftDoc));
          put.run('createdAt', JSON.stringify(new Date().toISOString()));
          db.pragma(`application_id = ${JOURNAL_APPLICATION_ID}`);
          db.pragma(`user_version = ${JOURNAL_SCHEMA}`);
        })();
      }
    } catch (e) {
      db.close();
      throw e;
    }
    this.db = db;
    return db;
  }

  /** The journal's contents, or null when there is none (or it is unreadable: then it is set aside). */
  read(): JournalContents | null {
    if (!fs.existsSync(this.file)) return null;
    try {
      const db = this.open();
      if ((db.pragma('application_id', { simple: true }) as number) !== JOURNAL_APPLICATION_ID) throw new Error('not a journal');
      const info = new Map((db.prepare('SELECT key, value FROM info').all() as { key: string; value: string }[]).map((r) => [r.key, JSON.parse(r.value) as unknown]));
      const baseGeneration = Number(info.get('baseGeneration'));
      const fileId = info.get('fileId');
      const draft = info.has('draftDoc') ? documentSchema.safeParse(upgradedDraft(info.get('draftDoc'))) : null;
      if (draft && !draft.success) throw new Error('bad draft document');
      const entries = (db.prepare('SELECT seq, at, patches, drawn FROM entries ORDER BY seq').all() as { seq: number; at: string; patches: string; drawn: string | null }[]).map(
        (r): JournalEntry => {
          const entry: JournalEntry = { seq: r.seq, at: r.at, patches: JSON.parse(r.patches) as Patch[] };
          if (r.drawn !== null) entry.drawn = JSON.parse(r.drawn) as DrawnRun[];
          return entry;
        },
      );
      this.base = baseGeneration;
      if (draft?.success) this.identity = { draftDoc: draft.data };
      else if (typeof fileId === 'string') this.identity ??= { fileId };
      return { baseGeneration, fileId: typeof fileId === 'string' ? fileId : null, draftDoc: draft?.success ? draft.data : null, entries };
    } catch {
      this.setAside();
      return null;
    }
  }

  /** Append one entry durably; a different base generation first empties the journal. */
  append(baseGeneration: number, entry: JournalEntry): void {
    const db = this.open();
    if (this.base !== baseGeneration) this.reset(baseGeneration);
    this.insert ??= db.prepare('INSERT INTO entries(seq, at, patches, drawn) VALUES (?, ?, ?, ?)');
    this.insert.run(entry.seq, entry.at, JSON.stringify(entry.patches), entry.drawn ? JSON.stringify(entry.drawn) : null);
  }

  /** Drop the entries after `seq` (durably): a recovery stopped at an entry that no longer applies. */
  dropAfter(baseGeneration: number, seq: number): void {
    if (!this.db && !fs.existsSync(this.file)) return;
    const db = this.open();
    // a journal of another generation holds nothing this session recovered
    if (this.base !== baseGeneration) return;
    db.prepare('DELETE FROM entries WHERE seq > ?').run(seq);
  }

  /** Drop every entry and record `baseGeneration` (after a save or when edits are discarded). */
  clear(baseGeneration: number): void {
    if (!this.db && !fs.existsSync(this.file)) {
      this.base = null; // nothing journalled yet: the first append creates the journal
      return;
    }
    this.open();
    this.reset(baseGeneration);
  }

  private reset(baseGeneration: number): void {
    const db = this.db!;
    // Moving to a new base generation (after a save) need not wait for the disk: if a power cut loses
    // this commit, the journal still names the old generation, which the saved file no longer has, so
    // it is ignored as stale; the next append's synced commit makes it durable (the WAL is written in
    // order). Dropping edits at the same generation (the user declined a recovery) must be durable.
    const relaxed = this.base !== null && this.base !== baseGeneration;
    if (relaxed) db.pragma('synchronous = NORMAL');
    try {
      db.transaction(() => {
        db.exec('DELETE FROM entries');
        (this.setBase ??= db.prepare("INSERT OR REPLACE INTO info(key, value) VALUES ('baseGeneration', ?)")).run(String(baseGeneration));
      })();
    } finally {
      if (relaxed) db.pragma('synchronous = FULL');
    }
    this.base = baseGeneration;
  }

  /** Close the database, keeping the journal on disk (it is offered again at the next open). */
  close(): void {
    this.db?.close();
    this.db = null;
    this.insert = null;
    this.setBase = null;
  }

  /** Close and delete the journal: its edits are saved elsewhere or the user declined them. */
  remove(): void {
    this.close();
    for (const f of [this.file, `${this.file}-wal`, `${this.file}-shm`]) fs.rmSync(f, { force: true });
    this.base = null;
  }

  /** Move an unreadable journal out of the way (kept for diagnosis, never offered). */
  private setAside(): void {
    this.close();
    const aside = `${this.file}.unreadable-${Date.now()}`;
    try {
      fs.renameSync(this.file, aside);
    } catch {
      fs.rmSync(this.file, { force: true });
    }
    for (const f of [`${this.file}-wal`, `${this.file}-shm`]) fs.rmSync(f, { force: true });
  }
}

/** A never-saved project found in the recovery folder (left by a crash). */
export interface DraftJournalInfo {
  draftId: string;
  file: string;
  edits: number;
  /** Time of the last journalled edit. */
  lastEditAt: string;
}

/** Never-saved projects with journalled edits in `recoveryDir`, most recent first. */
export function listDraftJournals(recoveryDir: string): DraftJournalInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(recoveryDir);
  } catch {
    return [];
  }
  const out: DraftJournalInfo[] = [];
  for (const name of names) {
    if (!name.startsWith(DRAFT_PREFIX) || !name.endsWith(SUFFIX)) continue;
    const draftId = name.slice(DRAFT_PREFIX.length, -SUFFIX.length);
    const file = path.join(recoveryDir, name);
    let db: BetterSqlite3.Database | null = null;
    try {
      db = new Database(file, { readonly: true, fileMustExist: true });
      const row = db.prepare('SELECT count(*) AS n, max(at) AS last FROM entries').get() as { n: number; last: string | null };
      if (row.n > 0 && row.last) out.push({ draftId, file, edits: row.n, lastEditAt: row.last });
    } catch {
      // unreadable: openDraft sets it aside when the user picks it; it is not listed
    } finally {
      db?.close();
    }
  }
  return out.sort((a, b) => b.lastEditAt.localeCompare(a.lastEditAt));
}

/** A never-saved project's starting document journalled by an older Lakar, at the current schema version. */
function upgradedDraft(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const upgraded = upgradeDocument(raw as Record<string, unknown>);
  return upgraded.ok ? upgraded.doc : raw;
}

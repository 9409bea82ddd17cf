/**
 * SQLite's side files beside a `.lakar` file, and reading a file whose side files matter without
 * touching any of them. Lakar's own files are self-contained (rollback journal, deleted on commit),
 * so a side file means one of:
 *  - a hot `-journal`: a save was interrupted; SQLite would roll it back in place at the next
 *    read-write open, changing the file and deleting the journal;
 *  - a `-wal` file or WAL mode in the header: another SQLite tool changed the file; opening it
 *    creates `-wal`/`-shm` beside it;
 *  - a cold (zeroed header) or empty `-journal`: nothing to roll back (SQLite writes the journal
 *    before it touches the file, so one killed that early left the file as it was); SQLite ignores
 *    it on open and reuses it on the next Save, as it would its own.
 * Reading (info, check, export, import, and the check before opening) goes through a private copy in
 * the system's temporary folder when needed, where SQLite may roll back or checkpoint freely. Editing
 * such a file in place needs the user's answer first (see `recoverIntoCopy` in project.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { distrustSchema } from './schema-check';

/** What lies beside a `.lakar` file. */
export interface SideFiles {
  /** `hot`: non-empty with a non-zero first byte (SQLite would play it back); `cold`: zeroed header; `empty`: size 0. */
  journal: 'none' | 'empty' | 'cold' | 'hot';
  /** A `-wal` file exists. */
  wal: boolean;
}

/** The side files of `file` as SQLite would judge them (without taking its locks). */
export function sideFilesOf(file: string): SideFiles {
  let journal: SideFiles['journal'] = 'none';
  try {
    const fd = fs.openSync(`${file}-journal`, 'r');
    try {
      const first = Buffer.alloc(1);
      const n = fs.readSync(fd, first, 0, 1, 0);
      journal = n === 0 ? 'empty' : first[0] === 0 ? 'cold' : 'hot';
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // no journal (or unreadable: SQLite could not use it either)
  }
  return { journal, wal: fs.existsSync(`${file}-wal`) };
}

/** Why a file cannot be edited in place until the user answers, or null when it can. */
export function editBlocker(side: SideFiles, walHeader: boolean): 'interruptedSave' | 'sideFiles' | null {
  if (side.journal === 'hot') return 'interruptedSave';
  if (walHeader || side.wal) return 'sideFiles';
  return null;
}

/** True when reading `file` in place could make SQLite change it or create files beside it. */
export function needsPrivateCopy(side: SideFiles, walHeader: boolean): boolean {
  return walHeader || side.wal || side.journal === 'hot';
}

/**
 * Copy `file` and the side files that carry data (a hot journal, a WAL) to `target`, open the copy
 * so SQLite rolls the journal back or folds the WAL in, and leave it a self-contained rollback-mode
 * file. The original and its side files are only read.
 */
export function settledCopy(file: string, target: string): void {
  const side = sideFilesOf(file);
  fs.copyFileSync(file, target);
  if (side.journal === 'hot') fs.copyFileSync(`${file}-journal`, `${target}-journal`);
  if (side.wal) fs.copyFileSync(`${file}-wal`, `${target}-wal`);
  const db = distrustSchema(new Database(target, { fileMustExist: true }));
  try {
    db.pragma('schema_version'); // the first read plays a hot journal back
    if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() === 'wal') db.pragma('journal_mode = DELETE'); // checkpoints and leaves WAL mode
  } finally {
    db.close();
  }
  for (const f of [`${target}-journal`, `${target}-wal`, `${target}-shm`]) fs.rmSync(f, { force: true });
}

/** Run `read` on a settled private copy of `file` in the system's temporary folder, then delete the copy. */
export function withPrivateCopy<T>(file: string, read: (copy: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-read-'));
  try {
    const copy = path.join(dir, 'project.lakar');
    settledCopy(file, copy);
    return read(copy);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The answer to "the last save of this file was interrupted" (or "another SQLite tool changed it"):
 * restore its last saved state into a copy the user names, and edit the copy. The original file and
 * everything beside it stay exactly as they were. The recovery journal of the original (unsaved
 * edits recorded before the interruption) moves to the copy, so those edits are offered there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readError, StoreError } from './errors';
import { commitTempFileSync, sweepTempFiles, tempPathBeside } from './files';
import { displayName } from './format';
import { journalFileForProject, RecoveryJournal } from './journal';
import { openProject, readProjectDocument, type LakarProject, type StoreOptions } from './project';
import { settledCopy } from './side-files';

/** Suggested name of the copy: `<stem>-dipulihkan.lakar` beside the original. */
export function recoveredCopyName(file: string): string {
  return `${path.basename(file).replace(/\.lakar$/i, '')}-dipulihkan.lakar`;
}

/** Move the recovery journal of `from` to `to` when it belongs to the same file id (the copy keeps it). */
function moveRecoveryJournal(recoveryDir: string, from: string, to: string, fileId: string): void {
  const source = journalFileForProject(recoveryDir, from);
  if (!fs.existsSync(source)) return;
  const journal = new RecoveryJournal(source, null);
  const found = journal.read();
  journal.close();
  if (!found || found.fileId !== fileId) return;
  const target = journalFileForProject(recoveryDir, to);
  // the journal is an SQLite database in WAL mode: its side files move with it
  for (const suffix of ['-wal', '-shm', '']) {
    if (fs.existsSync(source + suffix)) fs.renameSync(source + suffix, target + suffix);
    else fs.rmSync(target + suffix, { force: true });
  }
}

/**
 * Restore the last saved state of `file` into a new file `copy` (replaced if it exists, as the save
 * dialog confirmed) and open the copy for editing. `file` and its side files are only read.
 */
export async function recoverIntoCopy(file: string, copy: string, options: StoreOptions): Promise<LakarProject> {
  const abs = path.resolve(file);
  const target = path.resolve(copy);
  if (abs === target) throw new StoreError('exists', { file: displayName(target) });
  if (!fs.existsSync(path.dirname(target))) throw new StoreError('folderMissing', { file: displayName(target), folder: path.dirname(target) });
  // the original is checked first (read through a private copy): a foreign or damaged file is refused as usual
  const original = await readProjectDocument(abs, options);
  sweepTempFiles(path.dirname(target));
  const temp = tempPathBeside(target);
  try {
    settledCopy(abs, temp);
    commitTempFileSync(temp, target);
  } catch (e) {
    for (const f of [temp, `${temp}-journal`, `${temp}-wal`, `${temp}-shm`]) fs.rmSync(f, { force: true });
    throw readError(e, displayName(abs));
  }
  moveRecoveryJournal(options.recoveryDir, abs, target, original.fileId);
  return openProject(target, options);
}

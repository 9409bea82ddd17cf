/**
 * The recovery journal's own schema (journal.ts): version 2 gave each entry the note of a view stored
 * as drawn (shared/store/drawn-record.ts). A journal left by an earlier Lakar (a crash, then an
 * update) is still offered and replayed; one left by a later Lakar is set aside, not misread.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { executeCommand } from '../../shared/commands';
import { makeDocument, makeElement } from '../../test/helpers/factories';
import { JOURNAL_APPLICATION_ID } from './format';
import { journalFileForProject } from './journal';
import { createProject, openProject, type LakarProject } from './project';

let dir: string;
let recoveryDir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-jschema-'));
  recoveryDir = path.join(dir, 'recovery');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function edit(p: LakarProject, name: string) {
  const r = executeCommand(p.session.doc, 'element.update', { id: 'el_a', patch: { name } });
  await p.session.apply(r.patches);
  return r.doc;
}

/** A saved project with one journalled edit, its journal rewritten as schema `version` would hold it. */
async function journalOfVersion(version: number) {
  const file = path.join(dir, 'p.lakar');
  await createProject(file, makeDocument([makeElement('application', { id: 'el_a', name: 'A' })]));
  const p = await openProject(file, { recoveryDir });
  const expected = await edit(p, 'Sebelum kemas kini');
  p.close({ keepRecovery: true });
  const journalFile = journalFileForProject(recoveryDir, file);
  const db = new Database(journalFile);
  const info = db.prepare('SELECT key, value FROM info').all() as { key: string; value: string }[];
  const entries = db.prepare('SELECT seq, at, patches FROM entries').all() as { seq: number; at: string; patches: string }[];
  db.close();
  for (const f of [journalFile, `${journalFile}-wal`, `${journalFile}-shm`]) fs.rmSync(f, { force: true });
  // the tables exactly as that version made them
  const old = new Database(journalFile);
  old.pragma('journal_mode = WAL');
  old.exec(`
    CREATE TABLE info (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE entries (seq INTEGER PRIMARY KEY NOT NULL, at TEXT NOT NULL, patches TEXT NOT NULL${version >= 2 ? ', drawn TEXT' : ''});
  `);
  for (const r of info) old.prepare('INSERT INTO info(key, value) VALUES (?, ?)').run(r.key, r.value);
  for (const e of entries) old.prepare('INSERT INTO entries(seq, at, patches) VALUES (?, ?, ?)').run(e.seq, e.at, e.patches);
  old.pragma(`application_id = ${JOURNAL_APPLICATION_ID}`);
  old.pragma(`user_version = ${version}`);
  old.close();
  return { file, journalFile, expected };
}

describe('recovery journal schema', () => {
  it('offers and replays a journal of schema 1 (an earlier Lakar), then journals the next edits into it', async () => {
    const { file, journalFile, expected } = await journalOfVersion(1);
    const p = await openProject(file, { recoveryDir });
    expect(p.session.recovery?.edits).toBe(1);
    expect(p.session.acceptRecovery()).toBe(1);
    expect(p.session.doc).toEqual(expected);
    const next = await edit(p, 'Selepas kemas kini');
    p.close({ keepRecovery: true });
    const db = new Database(journalFile, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
    const again = await openProject(file, { recoveryDir });
    expect(again.session.recovery?.edits).toBe(2);
    again.session.acceptRecovery();
    expect(again.session.doc).toEqual(next);
    again.close({ keepRecovery: false });
  });

  it('sets aside a journal of a later schema instead of replaying what it cannot read', async () => {
    const { file } = await journalOfVersion(3);
    const p = await openProject(file, { recoveryDir });
    expect(p.session.recovery).toBeUndefined();
    expect(p.session.doc.elements.get('el_a')?.name).toBe('A');
    p.close({ keepRecovery: false });
    expect(fs.readdirSync(recoveryDir).some((n) => n.includes('.unreadable-'))).toBe(true);
  });
});

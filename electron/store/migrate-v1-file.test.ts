/** A `.lakar` file of schema 1 (Lakar 0.1.0) in the desktop store and the CLI reader: migration 002 on a real file. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../shared/model';
import { V1_COST_COMPONENT } from '../../shared/model/upgrade';
import { openProject, readProjectDocument } from './project';

/** A `.lakar` file written by Lakar 0.1.0 (schema 1): the worked example with estimatedCost RM5,000,000. */
const V1_FILE = path.resolve(__dirname, '../../test/fixtures/schema-v1/contoh-v1.lakar');

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-m002-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('a schema-1 .lakar file in the desktop store', () => {
  it('opens a file written by Lakar 0.1.0: backup kept at version 1, the project at version 2 with its cost', async () => {
    const file = path.join(dir, 'contoh.lakar');
    fs.copyFileSync(V1_FILE, file);
    const p = await openProject(file, { recoveryDir: path.join(dir, 'recovery') });
    try {
      expect(p.info.fileVersion).toBe(1);
      expect(p.info.backupPath).toBe(path.join(dir, 'contoh.v1.bak.lakar'));
      const { meta } = p.session.doc;
      expect(p.session.doc.schemaVersion).toBe(SCHEMA_VERSION);
      expect(meta.costs).toEqual([{ component: V1_COST_COMPONENT, amount: 5_000_000 }]);
      expect('estimatedCost' in meta).toBe(false);
      expect(meta.title).toBe('Perkhidmatan Pengurusan Pengambilan Pekerja');
      expect(p.session.doc.elements.ids().length).toBeGreaterThan(30);
    } finally {
      p.close({ keepRecovery: false });
    }
    const db = new Database(file, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    db.close();
    expect(fs.readFileSync(path.join(dir, 'contoh.v1.bak.lakar')).equals(fs.readFileSync(V1_FILE))).toBe(true);
  });

  it('reads a schema-1 file for the CLI without touching it', async () => {
    const before = fs.readFileSync(V1_FILE);
    const read = await readProjectDocument(V1_FILE);
    expect(read.fileVersion).toBe(1);
    expect(read.doc.meta.costs?.[0].amount).toBe(5_000_000);
    expect(fs.readFileSync(V1_FILE).equals(before)).toBe(true);
  });
});

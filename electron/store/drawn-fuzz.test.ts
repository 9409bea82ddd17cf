/**
 * Random sessions of edits on views not stored as drawn, journalled as the window sends them (the
 * runs storing a view as drawn named: notes, shared/store/drawn-record.ts), with saves between and
 * crashes at random points: after each crash the recovered document must be the one the user had,
 * byte for byte.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { initialState, prepareForCommands } from '../../shared/commands';
import { drawnRunsIn } from '../../shared/commands/drawn-ahead';
import { fromDocumentData, toDocumentData, type LakarDocument } from '../../shared/model';
import { generated, randomEdit } from '../../test/helpers/drawn-session';
import { rng } from '../../test/helpers/portfolio-generator';
import Database from 'better-sqlite3';
import { journalFileForProject } from './journal';
import { createProject, openProject, type LakarProject } from './project';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-drawn-fuzz-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const text = (doc: LakarDocument) => JSON.stringify(toDocumentData(doc));
/** The window's own copy of a document (it comes over IPC). */
const copyOf = (doc: LakarDocument) => fromDocumentData(structuredClone(toDocumentData(doc))) as LakarDocument;

async function session(seed: number, steps: number) {
  const rand = rng(seed);
  const file = path.join(dir, `p${seed}.lakar`);
  const recoveryDir = path.join(dir, 'recovery');
  await createProject(file, generated(120 + Math.floor(rand() * 300), seed));
  let p: LakarProject = await openProject(file, { recoveryDir });
  let state = initialState(copyOf(p.session.doc));
  const counter = { n: 0 };
  const log: string[] = [];
  let named = 0;
  const journalled = { notes: 0, undoes: 0 };
  const crash = async () => {
    log.push('crash');
    const jf = journalFileForProject(recoveryDir, file);
    if (fs.existsSync(jf)) {
      const db = new Database(jf, { readonly: true });
      for (const r of db.prepare('SELECT drawn FROM entries WHERE drawn IS NOT NULL').all() as { drawn: string }[]) {
        for (const run of JSON.parse(r.drawn) as { undoes?: number }[]) {
          if (run.undoes === undefined) journalled.notes++;
          else journalled.undoes++;
        }
      }
      db.close();
    }
    p.close({ keepRecovery: true });
    p = await openProject(file, { recoveryDir });
    if (p.session.recovery) p.session.acceptRecovery();
    expect(p.session.redrawnOnRecovery, log.join('\n')).toBe(0);
    expect(text(p.session.doc), log.join('\n')).toBe(text(state.doc));
    state = initialState(copyOf(p.session.doc));
  };
  for (let i = 0; i < steps; i++) {
    const r = rand();
    if (r < 0.08) {
      log.push('save');
      await p.session.save();
    } else if (r < 0.16) {
      await crash();
    } else if (r < 0.22) {
      log.push('prepare');
      let budget = Math.floor(rand() * 4);
      prepareForCommands(state.doc, () => budget-- > 0);
    } else {
      const t = randomEdit(state, rand, counter, log);
      if (!t || t.patches.length === 0) continue;
      const drawn = drawnRunsIn(t.patches, state.doc, t.state.doc);
      if (drawn.length) {
        named++;
        log.push(`  drawn ${JSON.stringify(drawn)}`);
      }
      await p.session.apply(t.patches, '2026-12-08T00:00:00.000Z', drawn);
      state = t.state;
      expect(text(p.session.doc), log.join('\n')).toBe(text(state.doc));
    }
  }
  await crash();
  p.close({ keepRecovery: false });
  return { named, ...journalled };
}

describe('recovery of views stored as drawn (random sessions, SQLite journal)', () => {
  const seeds = Number(process.env.DRAWN_FUZZ_SEEDS ?? 6);
  const from = Number(process.env.DRAWN_FUZZ_FROM ?? 1);
  for (let seed = from; seed < from + seeds; seed++) {
    it(`seed ${seed}`, async () => {
      const counts = await session(seed, Number(process.env.DRAWN_FUZZ_STEPS ?? 40));
      if (process.env.DRAWN_FUZZ_SEEDS) console.log(`seed ${seed}: ${JSON.stringify(counts)}`);
    }, 120_000);
  }
});

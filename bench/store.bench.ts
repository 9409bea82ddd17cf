/**
 * Store figures for a 10,000-element project (about 15,000 relations):
 *  - journalling one edit and saving it (incremental: one journal row, then one element row in a
 *    transaction), against rewriting the whole document as JSON to disk atomically, the simple way
 *    a save could work — both measured here, same machine, same run. "Storage work" counts only the
 *    adapter's disk work; "end to end" adds applying the edit to the in-memory document (immer),
 *    which a JSON design would need as well;
 *  - journalling one edit alone and saving alone;
 *  - opening the project (header checks, integrity_check, loading and validating every row).
 * Medians of several runs after a warm-up, in real temp files with fsync on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { executeCommand } from '../shared/commands';
import { makeLargeDocument } from '../test/helpers/factories';
import { writeFileAtomic } from '../electron/store/files';
import { createProject, openProject } from '../electron/store/project';
import type { BenchRow } from './run';
import { median, time } from './timing';

const ELEMENTS = 10_000;

/** Bench rows for the `.lakar` store. */
export async function run(): Promise<BenchRow[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-bench-'));
  try {
    const doc = makeLargeDocument(ELEMENTS);
    const file = path.join(dir, 'besar.lakar');
    const createMs = await time(() => createProject(file, doc));
    const fileBytes = fs.statSync(file).size;

    // baseline: the whole document as JSON, written atomically (temp file, fsync, rename)
    const jsonFile = path.join(dir, 'besar.json');
    const jsonTimes: number[] = [];
    for (let i = 0; i < 6; i++) jsonTimes.push(await time(() => writeFileAtomic(jsonFile, JSON.stringify(doc))));
    const jsonMs = median(jsonTimes.slice(1));

    const openTimes: number[] = [];
    for (let i = 0; i < 4; i++) {
      let project: Awaited<ReturnType<typeof openProject>> | undefined;
      openTimes.push(await time(async () => (project = await openProject(file, { recoveryDir: path.join(dir, 'recovery') }))));
      project?.close({ keepRecovery: false });
    }
    const openMs = median(openTimes.slice(1));

    const project = await openProject(file, { recoveryDir: path.join(dir, 'recovery') });
    // time the storage work apart from applying the edit in memory (which any design must do)
    const adapter = project.adapter;
    let storageMs = 0;
    for (const method of ['appendJournal', 'writeChanges', 'clearJournal'] as const) {
      const original = adapter[method].bind(adapter) as (...args: never[]) => Promise<void>;
      (adapter as unknown as Record<string, unknown>)[method] = async (...args: never[]) => {
        const t = performance.now();
        await original(...args);
        storageMs += performance.now() - t;
      };
    }
    const storage: number[] = [];
    const journal: number[] = [];
    const save: number[] = [];
    const endToEnd: number[] = [];
    let rows = 0;
    for (let i = 0; i < 21; i++) {
      const id = `el_${(i * 37) % ELEMENTS}`;
      const { patches } = executeCommand(project.session.doc, 'element.update', { id, patch: { name: `Nama ${i}` } });
      storageMs = 0;
      const applyMs = await time(() => project.session.apply(patches));
      const journalMs = storageMs;
      const saveMs = await time(async () => (rows = await project.session.save()));
      if (i === 0) continue; // warm-up (creates the journal database)
      storage.push(storageMs);
      journal.push(journalMs);
      save.push(saveMs);
      endToEnd.push(applyMs + saveMs);
    }
    project.close({ keepRecovery: false });

    const baseline = { name: 'whole document as JSON, atomic write', value: jsonMs };
    const n = ELEMENTS.toLocaleString('en-US');
    return [
      { name: `journal 1 edit + save it: storage work (${n} elements, ${rows} row saved)`, value: median(storage), unit: 'ms', baseline },
      { name: 'journal 1 edit + save it: end to end (incl. applying the edit in memory)', value: median(endToEnd), unit: 'ms', baseline },
      { name: 'journal 1 edit (one WAL insert, synchronous=FULL)', value: median(journal), unit: 'ms' },
      { name: 'save 1 changed row (one transaction, synchronous=FULL)', value: median(save), unit: 'ms' },
      { name: `open project (${n} elements: integrity_check, load, validate)`, value: openMs, unit: 'ms' },
      { name: `create project file (${n} elements, complete write)`, value: createMs, unit: 'ms' },
      { name: '.lakar file size', value: Math.round(fileBytes / 1024), unit: 'KiB' },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The process the kill harness (kill.ts) SIGKILLs at a random moment. It edits a project the way a
 * user does — commands journalled one by one (now and then a bulk paste), a Save now and then, or
 * Save As to new files — and,
 * before and after every step, appends to a log what the document's hash will be / now is, with a
 * synchronous write, so the harness knows exactly which states may legitimately be on disk.
 *   node kill-child.mjs <edit|saveas> <file> <recoveryDir> <log> <seed>
 * Log lines: `READY`, `J? <hash>` (an edit is about to be journalled), `J <hash>` (journalled),
 * `S? <hash>` / `S <hash>` (Save began / ended), `A? <path> <hash>` / `A <path> <hash>` (Save As).
 */
import fs from 'node:fs';
import path from 'node:path';
import { executeCommand } from '../../shared/commands';
import type { LakarDocument } from '../../shared/model';
import { openProject, saveAs, type LakarProject } from '../../electron/store/project';
import { canonicalHash, Random } from './common';

const [mode, file, recoveryDir, logFile, seedText] = process.argv.slice(2);
const rnd = new Random(Number(seedText));
const log = fs.openSync(logFile, 'a');
const note = (line: string) => fs.writeSync(log, `${line}\n`);

/** One random edit of the kinds users make most: rename, move, describe, add, remove, retitle. */
function randomEdit(doc: LakarDocument): { id: string; args: unknown } {
  const ids = doc.elements.ids();
  const view = Object.values(doc.views)[0];
  const some = () => ids[rnd.int(0, ids.length - 1)];
  const roll = rnd.int(0, 9);
  if (roll < 3 || ids.length < 5) return { id: 'project.updateMeta', args: { patch: { title: `Tajuk ${rnd.int(0, 1e6)}` } } };
  if (roll < 5) return { id: 'element.update', args: { id: some(), patch: { name: `Nama ${rnd.int(0, 1e6)}` } } };
  if (roll < 7) {
    const id = some();
    const node = view.nodes[id];
    if (node) return { id: 'element.move', args: { viewId: view.id, moves: [{ id, x: node.x + rnd.int(-40, 40), y: node.y }] } };
    return { id: 'element.update', args: { id, patch: { description: `Huraian ${rnd.int(0, 1e6)}` } } };
  }
  if (roll < 9) return { id: 'element.add', args: { element: { id: `el_t${rnd.int(0, 1e9)}`, kind: 'application', name: `Aplikasi ${rnd.int(0, 1e6)}` }, viewId: view.id } };
  if (rnd.chance(0.3)) return { id: 'element.remove', args: { ids: [some()] } };
  // a bulk edit (a paste, an import into the project): the next Save writes many rows, so kills land inside it
  const batch = rnd.int(100, 600);
  const stamp = rnd.int(0, 1e9);
  const elements = Array.from({ length: batch }, (_, i) => ({ id: `el_b${stamp}_${i}`, kind: 'dataEntity', name: `Data ${stamp} ${i}` }));
  return { id: 'element.addMany', args: { elements, viewId: view.id } };
}

/** Make one edit; true when it was a bulk one (many rows for the next Save). */
async function editOnce(project: LakarProject): Promise<boolean> {
  const { id, args } = randomEdit(project.session.doc);
  let result;
  try {
    result = executeCommand(project.session.doc, id, args);
  } catch {
    return false; // e.g. an element that cannot move: not an edit
  }
  note(`J? ${canonicalHash(result.doc)}`);
  await project.session.apply(result.patches);
  note(`J ${canonicalHash(project.session.doc)}`);
  return id === 'element.addMany';
}

async function main(): Promise<void> {
  let project = await openProject(file, { recoveryDir });
  if (project.session.recovery) project.session.acceptRecovery();
  note('READY');
  let copies = 0;
  for (;;) {
    const bulk = await editOnce(project);
    // a Save after a bulk edit writes hundreds of rows: the kill often lands inside it
    if (mode === 'edit' && (bulk || rnd.chance(0.25))) {
      const hash = canonicalHash(project.session.doc);
      note(`S? ${hash}`);
      await project.session.save();
      note(`S ${hash}`);
    }
    if (mode === 'saveas' && rnd.chance(0.2)) {
      const target = path.join(path.dirname(file), `kopi-${++copies}.lakar`);
      const hash = canonicalHash(project.session.doc);
      note(`A? ${target} ${hash}`);
      project = (await saveAs(project, target, { recoveryDir })).project;
      note(`A ${target} ${hash}`);
    }
  }
}

main().catch((e: unknown) => {
  note(`ERROR ${e instanceof Error ? (e.stack ?? e.message).replace(/\n/g, ' | ') : String(e)}`);
  process.exit(3);
});

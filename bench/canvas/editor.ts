/** Benchmark page: the Lakar canvas editor (renderer/canvas) on the generated LMV (3,000 elements, or `?elements=`). */
import '../../renderer/styles/app.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../../renderer/i18n';
import { useEditor } from '../../renderer/state/editor';
import { dispatch as runCommand } from '../../shared/commands';
import type { LakarDocument } from '../../shared/model';
import { knownBoxesTable } from '../../shared/model/boxes-record';
import { useCanvas } from '../../renderer/canvas/canvasStore';
import { useRoutes } from '../../renderer/canvas/routing/routeStore';
import { CanvasEditor } from '../../renderer/canvas/CanvasEditor';
import { ModelTree } from '../../renderer/tree/ModelTree';
import { Inspector } from '../../renderer/inspector/Inspector';
import { loadBenchDocument, sizeFromQuery } from './graph';
import { afterMicrotasks, nextFrame, panFrames, startViewport, whenDrawn } from './protocol';

const withPanels = new URLSearchParams(location.search).has('panels');

async function start() {
  await initI18n('ms');
  const doc = await loadBenchDocument(sizeFromQuery(location.search));
  useEditor.getState().loadProject({ handle: 'bench', ref: null, displayName: 'Bench', doc, dirty: false });
  useCanvas.getState().saveViewport('view_main', startViewport(doc.views.view_main));
  const root = document.getElementById('root')!;
  const t0 = performance.now();
  createRoot(root).render(
    withPanels
      ? createElement('div', { className: 'bench-with-panels' }, createElement('div', { className: 'bench-side' }, createElement(ModelTree)), createElement('div', { className: 'bench-main' }, createElement(CanvasEditor)), createElement('div', { className: 'bench-side' }, createElement(Inspector)))
      : createElement(CanvasEditor),
  );
  return whenDrawn(t0);
}

const ready = start();
const routed = ready.then(
  () =>
    new Promise<number>((resolve) => {
      const t0 = performance.now();
      const done = () => useRoutes.getState().viewId === 'view_main' && useRoutes.getState().routes.size > 0;
      if (done()) return resolve(0);
      const stop = useRoutes.subscribe(() => {
        if (!done()) return;
        stop();
        resolve(performance.now() - t0);
      });
    }),
);
let step = 0;

/** Continue `doc`'s tables from `doc` (see Table.reopen). */
function reopenTables(doc: LakarDocument) {
  doc.elements.reopen();
  doc.relations.reopen();
  for (const view of Object.values(doc.views)) knownBoxesTable(view.nodes)?.reopen();
}

window.__bench = {
  ready,
  routed,
  pan: async (start, frames, dx, dy) => {
    await ready;
    const rf = useCanvas.getState().instance!;
    return panFrames(() => rf.getViewport(), (v) => void rf.setViewport(v), start, frames, dx, dy);
  },
  command: async (kind, reps, options) => {
    await ready;
    const commit: number[] = [];
    const frame: number[] = [];
    const alone: number[] = [];
    const routedMs: number[] = [];
    // an element that is on screen, so its re-render is real work
    const id = document.querySelector('.react-flow__node')!.getAttribute('data-id')!;
    for (let i = 0; i < reps; i++) {
      await nextFrame();
      const s = useEditor.getState();
      const node = s.history!.doc.views.view_main.nodes[id];
      const [command, args] =
        kind === 'rename' ? (['element.update', { id, patch: { name: `Elemen ${++step}` } }] as const) : (['element.move', { viewId: 'view_main', moves: [{ id, x: node.x + (i % 2 ? -10 : 10), y: node.y }] }] as const);
      // baseline: the same command on the same history, without the store and the UI
      const a0 = performance.now();
      runCommand(s.history!, command, args);
      alone.push(performance.now() - a0);
      // the result is dropped: the tables continue from the history's document, as they do after a
      // command that failed; left branched, the store's command below copied the whole element table
      // (a persistent table starts a map of its own for a second line of versions, shared/model/table.ts)
      reopenTables(s.history!.doc);
      await nextFrame();
      // the routing worker's answer to this edit is the next change of the route store (a drag alone marks lines stale)
      const linesIn = options?.routed ? new Promise<void>((resolve) => { const stop = useRoutes.subscribe(() => (stop(), resolve())); }) : null;
      const t0 = performance.now();
      s.dispatch(command, args);
      await afterMicrotasks();
      commit.push(performance.now() - t0);
      await nextFrame();
      frame.push(performance.now() - t0);
      if (linesIn) {
        await linesIn;
        routedMs.push(performance.now() - t0);
        await nextFrame();
      }
    }
    return { commit, frame, alone, ...(options?.routed ? { routed: routedMs } : {}) };
  },
};

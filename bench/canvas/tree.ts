/**
 * Benchmark page: the model tree alone on a generated project of `?n=` elements (issue 18), either
 * the windowed tree (renderer/tree) or, with `?impl=before`, the tree as it was before (treeBefore.tsx).
 * No element is on the view, as after importing a ministry's repository.
 */
import '../../renderer/styles/app.css';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../../renderer/i18n';
import { useEditor } from '../../renderer/state/editor';
import { ModelTree } from '../../renderer/tree/ModelTree';
import { createEmptyDocument, ELEMENT_KINDS, Table, type Element, type LakarDocument } from '../../shared/model';
import { makeElement } from '../../test/helpers/factories';
import { ModelTreeBefore } from './treeBefore';
import { nextFrame, type TreeBenchPage } from './protocol';

declare global {
  interface Window {
    __treeBench: TreeBenchPage;
  }
}

const params = new URLSearchParams(location.search);
const SIZE = Number(params.get('n') ?? 1000);
const before = params.get('impl') === 'before';
/** The one element the search looks for: last generated, last of its band by name. */
const LAST_NAME = 'Zamrud Terakhir';

function treeDocument(): LakarDocument {
  const doc = createEmptyDocument(`Bench tree ${SIZE}`, '2026-01-01T00:00:00.000Z');
  const elements: Element[] = [];
  for (let i = 0; i < SIZE; i++) {
    const kind = ELEMENT_KINDS[i % ELEMENT_KINDS.length].kind;
    // names out of id order, as imported models are
    const name = i === SIZE - 1 ? LAST_NAME : `Elemen ${String((i * 7919) % SIZE).padStart(6, '0')}`;
    elements.push(makeElement(kind, { id: `el_${i}`, name } as Partial<Element>) as Element);
  }
  return { ...doc, elements: Table.of(elements) };
}

const rowNamed = (name: string) => [...document.querySelectorAll('.tree-item .tree-name')].some((n) => n.textContent === name);

async function until(test: () => boolean): Promise<void> {
  while (!test()) await nextFrame();
}

async function start() {
  await initI18n('ms');
  useEditor.getState().loadProject({ handle: 'bench', ref: null, displayName: 'Bench', doc: treeDocument(), dirty: false });
  const root = document.getElementById('root')!;
  const t0 = performance.now();
  createRoot(root).render(createElement('div', { className: 'bench-tree' }, createElement(before ? ModelTreeBefore : ModelTree)));
  await until(() => document.querySelector('.tree-item') !== null);
  await nextFrame();
  return { firstRenderMs: performance.now() - t0, rowsInDom: document.querySelectorAll('.tree-item').length };
}

function typeInto(input: HTMLInputElement, value: string) {
  // React listens to the native setter's value plus an input event
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const ready = start();
let renamed = 0;

window.__treeBench = {
  ready,
  async search(query, expect, reps) {
    await ready;
    const input = document.querySelector<HTMLInputElement>('.lmv-tree input[type="search"]')!;
    const times: number[] = [];
    for (let i = 0; i < reps; i++) {
      await nextFrame();
      const t0 = performance.now();
      typeInto(input, query);
      await until(() => rowNamed(expect));
      await nextFrame();
      times.push(performance.now() - t0);
    }
    return times;
  },
  async clear() {
    typeInto(document.querySelector<HTMLInputElement>('.lmv-tree input[type="search"]')!, '');
    await until(() => !rowNamed(LAST_NAME) && document.querySelectorAll('.tree-item').length > 1);
    await nextFrame();
    await nextFrame();
  },
  async rename(reps) {
    await ready;
    const times: number[] = [];
    const dispatched: number[] = [];
    for (let i = 0; i < reps; i++) {
      await nextFrame();
      const s = useEditor.getState();
      // the band's first row stays first: what is renamed is in view
      const id = firstElementId();
      const name = `Aaa ${++renamed}`;
      const t0 = performance.now();
      s.dispatch('element.update', { id, patch: { name } });
      dispatched.push(performance.now() - t0);
      await until(() => rowNamed(name));
      await nextFrame();
      times.push(performance.now() - t0);
    }
    return { shown: times, dispatched };
  },
};

/** The id of the element drawn first in the tree (both trees show the users' band first). */
function firstElementId(): string {
  const name = document.querySelector('.tree-item .tree-name')!.textContent;
  return useEditor.getState().history!.doc.elements.values().find((e) => e.name === name)!.id;
}

/**
 * Benchmark baseline: bare React Flow (default nodes and edges, `onlyRenderVisibleElements`) on the
 * same graph, at the same size and viewport as the editor page.
 */
import '@xyflow/react/dist/style.css';
import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, ReactFlowProvider, useReactFlow, type Edge, type Node, type ReactFlowInstance } from '@xyflow/react';
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/model';
import { loadBenchDocument, sizeFromQuery } from './graph';
import { panFrames, startViewport, whenDrawn, type Viewport } from './protocol';

let instance: ReactFlowInstance | null = null;

function Capture() {
  instance = useReactFlow();
  return null;
}

function Bare({ nodes: initialNodes, edges, viewport }: { nodes: Node[]; edges: Edge[]; viewport: Viewport }) {
  // uncontrolled use as in React Flow's own examples: the library keeps the node state
  const [nodes] = useState(initialNodes);
  return createElement(
    'div',
    { style: { position: 'absolute', inset: 0, display: 'flex', flexDirection: 'column' } },
    // same height as the editor's view tabs and toolbar, so both panes show the same area
    createElement('div', { style: { height: 'var(--bench-head, 45px)', flex: 'none' } }),
    createElement('div', { style: { flex: '1 1 auto', position: 'relative' } }, createElement(ReactFlow, { defaultNodes: nodes, defaultEdges: edges, onlyRenderVisibleElements: true, defaultViewport: viewport, minZoom: 0.05 }, createElement(Capture))),
  );
}

async function start() {
  const doc = await loadBenchDocument(sizeFromQuery(location.search));
  const view = doc.views.view_main;
  const nodes: Node[] = Object.entries(view.nodes).map(([id, p]) => ({ id, position: { x: p.x, y: p.y }, data: { label: doc.elements.get(id)!.name }, width: NODE_WIDTH, height: NODE_HEIGHT }));
  const edges: Edge[] = doc.relations.values().map((r) => ({ id: r.id, source: r.source, target: r.target, label: r.kind === 'dataFlow' ? r.method : undefined }));
  const head = new URLSearchParams(location.search).get('head');
  if (head) document.documentElement.style.setProperty('--bench-head', `${head}px`);
  const t0 = performance.now();
  createRoot(document.getElementById('root')!).render(createElement(ReactFlowProvider, null, createElement(Bare, { nodes, edges, viewport: startViewport(view) })));
  return whenDrawn(t0);
}

const ready = start();

window.__bench = {
  ready,
  pan: async (start, frames, dx, dy) => {
    await ready;
    return panFrames(() => instance!.getViewport(), (v) => void instance!.setViewport(v), start, frames, dx, dy);
  },
};

/**
 * The pointer side of the canvas's direct manipulation, as props for <ReactFlow>: connect by
 * dropping on a node, double-click to rename, right-click menus, a click that finishes a
 * "Sambung ke…" pick, and the wheel that pans (Ctrl+wheel or a pinch zooms), as laptop users expect.
 */
import { useMemo, type MouseEvent as ReactMouseEvent, type RefObject } from 'react';
import type { ReactFlowProps, ReactFlowInstance } from '@xyflow/react';
import { useEditor } from '../../state/editor';
import type { LmvEdge, LmvNode } from '../flowModel';
import { connectOnNodeDrop, pickConnectionTarget } from './connect';
import { useInteract } from './interactStore';

type Props = Pick<
  ReactFlowProps<LmvNode, LmvEdge>,
  'onConnectEnd' | 'onNodeDoubleClick' | 'onNodeContextMenu' | 'onEdgeContextMenu' | 'onPaneContextMenu' | 'onSelectionContextMenu' | 'onNodeClick' | 'onPaneClick' | 'panOnScroll' | 'zoomOnDoubleClick'
>;

/** Select `id` alone unless it is already part of the selection. */
function selectForMenu(id: string, kind: 'elements' | 'relations') {
  const sel = useEditor.getState().selection;
  if (sel[kind].includes(id)) return;
  useEditor.getState().setSelection(kind === 'elements' ? { elements: [id], relations: [] } : { elements: [], relations: [id] });
}

/** Props of the canvas's pointer interactions; `wrapper` is the canvas's focusable root. */
export function useCanvasInteractions(rf: Pick<ReactFlowInstance, 'screenToFlowPosition'>, wrapper: RefObject<HTMLElement | null>): Props {
  return useMemo<Props>(
    () => ({
      panOnScroll: true,
      // a double-click on a node renames it; on the empty canvas it would zoom by surprise
      zoomOnDoubleClick: false,
      onConnectEnd: connectOnNodeDrop,
      onNodeClick: (_e, node) => void pickConnectionTarget(node.id),
      onPaneClick: () => {
        useInteract.getState().startConnect(null);
        // keyboard shortcuts (Ctrl+A, Delete…) then reach the canvas, not the page
        wrapper.current?.focus({ preventScroll: true });
      },
      onNodeDoubleClick: (_e, node) => {
        useEditor.getState().setSelection({ elements: [node.id], relations: [] });
        useInteract.getState().startRename(node.id);
      },
      onNodeContextMenu: (e, node) => {
        e.preventDefault();
        selectForMenu(node.id, 'elements');
        const many = useEditor.getState().selection.elements.length > 1;
        useInteract.getState().openMenu({ at: { x: e.clientX, y: e.clientY }, target: many ? { kind: 'selection' } : { kind: 'node', id: node.id } });
      },
      onSelectionContextMenu: (e) => {
        e.preventDefault();
        useInteract.getState().openMenu({ at: { x: e.clientX, y: e.clientY }, target: { kind: 'selection' } });
      },
      onEdgeContextMenu: (e, edge) => {
        e.preventDefault();
        selectForMenu(edge.id, 'relations');
        useInteract.getState().openMenu({ at: { x: e.clientX, y: e.clientY }, target: { kind: 'edge', id: edge.id } });
      },
      onPaneContextMenu: (e: ReactMouseEvent | MouseEvent) => {
        e.preventDefault();
        const p = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
        useInteract.getState().openMenu({ at: { x: e.clientX, y: e.clientY }, target: { kind: 'pane', x: p.x, y: p.y } });
      },
    }),
    [rf, wrapper],
  );
}

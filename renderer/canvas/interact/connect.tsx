/**
 * Connecting as in Archi and draw.io: a line dragged from a node's handle connects when it is
 * dropped anywhere on the target node (not only on its small handle), the nodes it can reach with a
 * proper relation light up while it is dragged, and "Sambung ke…" from a node's context menu waits
 * for a click (or Enter) on the target. More than one fitting relation kind opens the connect dialog.
 */
import { useEffect } from 'react';
import { Panel, useConnection, useStore, type OnConnectEnd } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../../state/editor';
import { connectElements } from '../actions';
import { connectableKinds } from '../relations';
import { useInteract } from './interactStore';

/** Id of the canvas node under a screen point, if any (also under the line being drawn). */
export function nodeIdAt(x: number, y: number): string | null {
  if (typeof document === 'undefined' || typeof document.elementsFromPoint !== 'function') return null;
  for (const el of document.elementsFromPoint(x, y)) {
    const node = el.closest('.react-flow__node');
    if (node) return node.getAttribute('data-id');
  }
  return null;
}

/**
 * React Flow's `onConnectEnd`: a line dropped on a node's body (away from any handle) connects to
 * that node. A drop on a handle was already connected by `onConnect`.
 */
export const connectOnNodeDrop: OnConnectEnd = (event, state) => {
  if (state.isValid) return;
  const from = state.fromNode?.id;
  if (!from) return;
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return;
  const target = nodeIdAt(point.clientX, point.clientY);
  if (target && target !== from) void connectElements(from, target);
};

/** Finish a "Sambung ke…" pick on `target`; true when a pick was waiting. */
export function pickConnectionTarget(target: string): boolean {
  const from = useInteract.getState().connectFrom;
  if (!from) return false;
  useInteract.getState().startConnect(null);
  if (from !== target) void connectElements(from, target);
  return true;
}

/** Mark `kinds` as reachable on the canvas's root element; returns the undo. */
function markTargets(root: HTMLElement, kinds: readonly string[]): () => void {
  root.setAttribute('data-connect', kinds.join(' '));
  root.classList.add('is-connecting');
  return () => {
    root.removeAttribute('data-connect');
    root.classList.remove('is-connecting');
  };
}

/**
 * Marks the element kinds a connection in progress can reach on the canvas's root element
 * (`data-connect`, styled in interact.css), and shows what a "Sambung ke…" pick waits for.
 */
export function ConnectHighlight() {
  const { t } = useTranslation('interact');
  const dragFrom = useConnection((c) => (c.inProgress ? c.fromNode.id : null));
  const pickFrom = useInteract((s) => s.connectFrom);
  const from = dragFrom ?? pickFrom;
  const kind = useEditor((s) => (from ? s.history?.doc.elements.get(from)?.kind : undefined));
  const pickName = useEditor((s) => (pickFrom ? s.history?.doc.elements.get(pickFrom)?.name : undefined));
  const root = useStore((s) => s.domNode) as HTMLElement | null;
  useEffect(() => {
    if (!root || !kind) return;
    return markTargets(root, connectableKinds(kind));
  }, [root, kind]);
  if (!pickFrom || pickName === undefined) return null;
  return (
    <Panel position="top-center">
      <div className="connect-banner" role="status">
        {t('connect.pick', { name: pickName })}{' '}
        <button type="button" className="btn btn-small" onClick={() => useInteract.getState().startConnect(null)}>
          {t('common:action.cancel')}
        </button>
      </div>
    </Panel>
  );
}

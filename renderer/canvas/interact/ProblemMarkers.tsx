/**
 * A small marker on each node that has findings of the WoG checker (the worst severity's colour and
 * their number). Pressing it selects the element and shows its first finding in the Problems panel.
 * The marker is part of its node (NodeMarker, drawn by LmvNode), so like the nodes only the markers
 * on screen are drawn, and they come and go with their nodes: an imported model can have a finding
 * on nearly every one of its thousands of elements, and a separate layer of markers near the screen
 * (hundreds of buttons, redrawn whenever the area near the screen moved) slowed every pan frame.
 * ProblemMarkers (inside React Flow) works the findings out once per check and publishes them.
 */
import { useLayoutEffect, useState, type KeyboardEvent } from 'react';
import { useStore } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import { Table, type LakarDocument } from '../../../shared/model';
import { useEditor } from '../../state/editor';
import { useCheckReport } from '../../problems/useCheckReport';
import { useProblemFocus } from '../../problems/problemFocus';
import { ElementMarkers, type NodeFindings } from '../../problems/findingsIndex';

/**
 * The findings of the canvas's elements, published by ProblemMarkers for the nodes' markers. `byId`
 * is updated in place after a recheck (only the elements the recheck concerned), and `version`
 * tells the markers to look again.
 */
export const useNodeFindings = create<{ byId: ReadonlyMap<string, NodeFindings>; version: number }>(() => ({ byId: new Map(), version: 0 }));

const NO_RELATIONS: LakarDocument['relations'] = Table.empty();

const zoomOf = (s: { transform: [number, number, number] }) => Math.round(s.transform[2] * 20) / 20;
const domNodeOf = (s: { domNode: Element | null }) => s.domNode;

/** Works out the active view's findings per element for the nodes' markers (inside ReactFlow; draws nothing itself). */
export function ProblemMarkers(): null {
  const { report } = useCheckReport();
  const relations = useEditor((s) => s.history?.doc.relations);
  // follows the report recheck by recheck: what an edit changed, not every finding of the model
  const [markers] = useState(() => new ElementMarkers());
  useLayoutEffect(() => {
    if (markers.update(report, relations ?? NO_RELATIONS) || useNodeFindings.getState().byId !== markers.byId) useNodeFindings.setState((s) => ({ byId: markers.byId, version: s.version + 1 }));
  }, [markers, report, relations]);
  useLayoutEffect(() => () => useNodeFindings.setState((s) => ({ byId: new Map(), version: s.version + 1 })), []);
  // markers keep about the same size on screen at any zoom (readable zoomed out, not huge zoomed
  // in): one CSS variable on the canvas, changed only when the zoom moves by a twentieth
  const zoom = useStore(zoomOf);
  const domNode = useStore(domNodeOf) as HTMLElement | null;
  useLayoutEffect(() => {
    domNode?.style.setProperty('--lmv-marker-scale', String(Math.min(3, Math.max(0.5, 1 / Math.max(zoom, 0.05)))));
  }, [domNode, zoom]);
  return null;
}

/** The marker of one node (nothing when it has no errors or warnings); `name` is the element's name. */
export function NodeMarker({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation('interact');
  // a text, so the marker re-renders only when its own findings change, not on every recheck
  const found = useNodeFindings((s) => {
    const f = s.byId.get(id);
    return f ? `${f.severity} ${f.count}` : '';
  });
  if (!found) return null;
  const [severity, count] = found.split(' ');
  const text = t(`marker.${severity}`, { count: Number(count), name });
  const open = () => {
    useEditor.getState().setSelection({ elements: [id], relations: [] });
    useProblemFocus.getState().show(id);
  };
  // keys pressed on the marker are the marker's (Enter presses it), not the node's
  const ownKeys = (e: KeyboardEvent) => e.stopPropagation();
  return (
    <div className="problem-marker-at">
      <button type="button" className={`problem-marker severity-${severity} nodrag nopan`} title={text} aria-label={text} onClick={open} onKeyDown={ownKeys}>
        {count}
      </button>
    </div>
  );
}

/**
 * A small marker on each node that has findings of the WoG checker (the worst severity's colour and
 * their number), drawn over the nodes in the plane so it pans and zooms with them. Pressing it
 * selects the element and shows its first finding in the Problems panel. Like the nodes, only the
 * markers near the screen are drawn: an imported model can have a finding on nearly every one of
 * its thousands of elements, and thousands of buttons over the plane slowed every pan frame.
 */
import { memo, useMemo } from 'react';
import { createPortal } from 'react-dom';
import { useStore } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { NODE_HEIGHT, NODE_WIDTH, type LakarDocument, type View } from '../../../shared/model';
import { problemElements } from '../../problems/problemFocus';
import type { CheckReport, Severity } from '../../../shared/rules';
import { useEditor } from '../../state/editor';
import { useCheckReport } from '../../problems/useCheckReport';
import { useProblemFocus } from '../../problems/problemFocus';
import { inArea, useVisibleArea } from '../parts/visibleArea';

const RANK: Record<Severity, number> = { error: 0, warning: 1, advice: 2 };

export interface NodeFindings {
  severity: Severity;
  count: number;
}

/**
 * The worst severity and the number of errors and warnings of each element with any (advice alone
 * draws no marker); a finding about a relation (a flow's Servis ID) marks the relation's two ends.
 */
export function findingsByElement(report: CheckReport | null, relations: LakarDocument['relations']): Map<string, NodeFindings> {
  const out = new Map<string, NodeFindings>();
  if (!report) return out;
  for (const p of report.problems) {
    if (p.severity === 'advice') continue;
    for (const id of problemElements(p, relations)) {
      const f = out.get(id);
      if (!f) out.set(id, { severity: p.severity, count: 1 });
      else {
        f.count++;
        if (RANK[p.severity] < RANK[f.severity]) f.severity = p.severity;
      }
    }
  }
  return out;
}

/** The marker's font size at zoom 1 (px); everything else about its size follows it. */
const MARKER_FONT_SIZE = 11;

const zoomOf = (s: { transform: [number, number, number] }) => Math.round(s.transform[2] * 20) / 20;
const domNodeOf = (s: { domNode: Element | null }) => s.domNode;

function MarkersView({ view, findings }: { view: View; findings: Map<string, NodeFindings> }) {
  const { t } = useTranslation('interact');
  const names = useEditor((s) => s.history?.doc.elements);
  // markers keep about the same size on screen at any zoom (readable zoomed out, not huge zoomed in)
  const zoom = useStore(zoomOf);
  const scale = Math.min(3, Math.max(0.5, 1 / Math.max(zoom, 0.05)));
  const area = useVisibleArea();
  // like React Flow's ViewportPortal, but looks the portal up once instead of on every pan frame
  const domNode = useStore(domNodeOf);
  const portal = useMemo(() => domNode?.querySelector('.react-flow__viewport-portal') ?? null, [domNode]);
  const open = (id: string) => {
    useEditor.getState().setSelection({ elements: [id], relations: [] });
    useProblemFocus.getState().show(id);
  };
  if (!portal || !area) return null;
  return createPortal(
    <>
      {[...findings].map(([id, f]) => {
        const n = view.nodes[id];
        if (!n || !names?.[id] || !inArea(area, n.x, n.y, n.w ?? NODE_WIDTH, n.h ?? NODE_HEIGHT)) return null;
        const text = t(`marker.${f.severity}`, { count: f.count, name: names[id].name });
        // centred near the node's top-right corner and sized by its font size (the CSS sizes it in
        // em), not by a transform: a transform is a layer of its own for the compositor to sort
        // out, and the hundreds of markers near the screen of a large view made every pan frame slower
        return (
          <div key={id} className="problem-marker-at" style={{ left: n.x + (n.w ?? NODE_WIDTH) - 4, top: n.y + 2 }}>
            <button
              type="button"
              className={`problem-marker severity-${f.severity} nodrag nopan`}
              style={{ fontSize: `${MARKER_FONT_SIZE * scale}px` }}
              title={text}
              aria-label={text}
              onClick={() => open(id)}
            >
              {f.count}
            </button>
          </div>
        );
      })}
    </>,
    portal,
  );
}

const Markers = memo(MarkersView);

/** Markers of the active view's elements with errors or warnings (inside ReactFlow). */
export function ProblemMarkers({ view }: { view: View }) {
  const { report } = useCheckReport();
  const relations = useEditor((s) => s.history?.doc.relations);
  const findings = useMemo(() => findingsByElement(report, relations ?? {}), [report, relations]);
  if (findings.size === 0) return null;
  return <Markers view={view} findings={findings} />;
}

/**
 * Marks on the LMV canvas while comparing or merging, drawn in model coordinates behind-the-glass
 * (like the bands: they pan and zoom with the nodes without re-rendering them): an outline per added,
 * changed or moved element, a dashed ghost where a removed element stood in the other copy, an
 * outline per element a merge conflict is about, and a legend. Nothing when neither is under way.
 */
import { memo, useMemo } from 'react';
import { createPortal } from 'react-dom';
import { Panel, useStore } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { NODE_HEIGHT, NODE_WIDTH, type NodeLayout, type View } from '../../shared/model';
import { CompareLegend, markCounts } from './Legend';
import { useComparison, useMergePreview } from './useComparison';

const domNodeOf = (s: { domNode: Element | null }) => s.domNode;

interface Mark {
  id: string;
  mark: string;
  at: NodeLayout;
  /** Shown in a ghost (a removed element is no longer on the canvas to carry its name). */
  name?: string;
}

function CompareOverlayView({ view }: { view: View }) {
  const { t } = useTranslation('compare');
  const comparison = useComparison();
  const merge = useMergePreview();
  const domNode = useStore(domNodeOf);
  const portal = useMemo(() => domNode?.querySelector('.react-flow__viewport-portal') ?? null, [domNode]);
  const marks = useMemo(() => {
    const out: Mark[] = [];
    if (comparison) {
      const before = comparison.other.views[view.id];
      for (const [id, mark] of comparison.marks) {
        if (mark === 'removed') {
          const at = before?.nodes[id];
          if (at) out.push({ id, mark, at, name: comparison.other.elements.get(id)?.name ?? id });
        } else if (view.nodes[id]) out.push({ id, mark, at: view.nodes[id] });
      }
    } else if (merge) {
      for (const id of merge.conflictElements) if (view.nodes[id]) out.push({ id, mark: 'conflict', at: view.nodes[id] });
    }
    return out;
  }, [comparison, merge, view]);
  if (!comparison && !merge) return null;
  const counts = comparison ? markCounts(comparison) : { conflict: merge!.conflictElements.size };
  return (
    <>
      {portal &&
        createPortal(
          <div className="compare-marks" aria-hidden="true">
            {marks.map((m) => (
              <div key={`${m.mark}:${m.id}`} className={`compare-mark mark-${m.mark}`} data-element={m.id} style={{ left: m.at.x - 5, top: m.at.y - 5, width: (m.at.w ?? NODE_WIDTH) + 10, height: (m.at.h ?? NODE_HEIGHT) + 10 }}>
                {m.name && <span className="compare-ghost-name">{m.name}</span>}
              </div>
            ))}
          </div>,
          portal,
        )}
      <Panel position="top-right" className="compare-legend-panel" aria-label={t('legend.label')}>
        <CompareLegend counts={counts} />
      </Panel>
    </>
  );
}

/** Compare / merge marks of `view` (inside ReactFlow). */
export const CompareOverlay = memo(CompareOverlayView);

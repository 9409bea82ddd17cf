/**
 * The node of an LMV element. One component for every kind (the look comes from CSS classes per
 * kind), memoised on its data and selection so panning and unrelated edits never re-render it. An
 * application holding its modules is a parent node: its head shows kind and name, its children sit
 * in its body (Jadual 3-1 label 5). The checker's marker (errors, warnings) sits on its top-right corner.
 */
import { memo } from 'react';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { LmvNode as LmvNodeType } from '../flowModel';
import { NodeMarker } from '../interact/ProblemMarkers';

function LmvNodeView({ id, data, selected }: NodeProps<LmvNodeType>) {
  const { facts } = data;
  const classes = ['lmv-node', `k-${data.kind}`, selected ? 'is-selected' : '', data.isParent ? 'is-parent' : ''].filter(Boolean).join(' ');
  // the handles sit outside the node body, which clips its text (a clipped handle could not be grabbed)
  return (
    <>
      <Handle type="source" position={Position.Top} id="t" className="lmv-handle" />
      <div className={classes} title={facts.description}>
        {facts.order !== undefined && <span className="lmv-order">{facts.order}</span>}
        <div className="lmv-node-head">
          <span className="lmv-kind">{facts.kindLabel}</span>
          {facts.badge && <span className={`lmv-badge tone-${facts.badgeTone ?? 'neutral'}`}>{facts.badge}</span>}
        </div>
        <div className="lmv-name">{data.name}</div>
        {facts.facts && !data.isParent && <div className="lmv-facts">{facts.facts}</div>}
        {data.lines?.map((line, i) => (
          <div key={i} className="lmv-facts lmv-fact-line">
            {line}
          </div>
        ))}
      </div>
      <Handle type="source" position={Position.Bottom} id="b" className="lmv-handle" />
      <NodeMarker id={id} name={data.name} />
    </>
  );
}

/** Node component registered as type `lmv`. */
export const LmvNode = memo(LmvNodeView, (a, b) => a.data === b.data && a.selected === b.selected);

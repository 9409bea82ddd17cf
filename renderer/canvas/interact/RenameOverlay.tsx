/**
 * Rename in place: a text field over the node (double-click, F2 or the context menu). Enter or
 * leaving the field keeps the name (one undo step), Escape keeps the old one; focus returns to the
 * node. Drawn over the canvas at screen size, so it stays readable at any zoom.
 */
import { useEffect, useRef, useState } from 'react';
import { useStore } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../../state/editor';
import { commitRename } from './editActions';
import { useInteract } from './interactStore';
import { drawnPlace, focusNode } from './keyboardTravel';

const FIELD_HEIGHT = 30;
const MIN_WIDTH = 180;

function RenameEditor({ id, name, x, y, w, h }: { id: string; name: string; x: number; y: number; w: number; h: number }) {
  const { t } = useTranslation('interact');
  const [tx, ty, zoom] = useStore((s) => s.transform);
  const [value, setValue] = useState(name);
  const input = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const finish = (keep: boolean) => {
    if (done.current) return;
    done.current = true;
    if (keep) commitRename(id, value);
    useInteract.getState().startRename(null);
    requestAnimationFrame(() => focusNode(id));
  };
  const width = Math.max(w * zoom, MIN_WIDTH);
  return (
    <input
      ref={input}
      className="rename-in-place nodrag nopan nowheel"
      style={{ left: tx + x * zoom, top: ty + (y + h / 2) * zoom - FIELD_HEIGHT / 2, width, height: FIELD_HEIGHT }}
      value={value}
      aria-label={t('rename.label')}
      onChange={(e) => setValue(e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish(true);
        else if (e.key === 'Escape') finish(false);
      }}
      onBlur={() => finish(true)}
    />
  );
}

/** The rename field of the element being renamed, if any (inside ReactFlow). */
export function RenameOverlay() {
  const id = useInteract((s) => s.renaming);
  const name = useEditor((s) => (id ? s.history?.doc.elements.get(id)?.name : undefined));
  const layout = useEditor((s) => (id && s.activeViewId ? s.history?.doc.views[s.activeViewId]?.nodes[id] : undefined));
  // over the box where the canvas draws it (a module inside its application), not where it is stored
  const at = id ? drawnPlace(id, layout) : undefined;
  if (!id || name === undefined || !at) return null;
  return <RenameEditor key={id} id={id} name={name} x={at.x} y={at.y} w={at.w} h={at.h} />;
}

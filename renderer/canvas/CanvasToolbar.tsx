/**
 * The toolbar above the canvas: undo/redo, auto-layout, align/distribute for the selection, zoom
 * (out, the zoom in percent, in, 100 %, fit, to the selection), the minimap, and the keyboard
 * shortcuts (Help › Keyboard shortcuts, the same list as the menu's).
 */
import { useTranslation } from 'react-i18next';
import { useReactFlow, useStore } from '@xyflow/react';
import { ALIGN_MODES } from '../../shared/commands';
import { useEditor } from '../state/editor';
import { useCanvas } from './canvasStore';
import { alignSelection, autoLayout, distributeSelection, zoomToFit } from './actions';
import { openDialog } from '../shell/dialogs';
import { zoomTo100, zoomToSelection } from './interact/viewport';

const zoomPercent = (s: { transform: [number, number, number] }) => Math.round(s.transform[2] * 100);

/** What the canvas shows besides the nodes: the minimap and the kinds of lines (beside the view tabs). */
export function CanvasDisplayToggles() {
  const { t } = useTranslation('canvas');
  const showMinimap = useCanvas((s) => s.showMinimap);
  const showRelationLabels = useCanvas((s) => s.showRelationLabels);
  return (
    <div className="canvas-display" role="group" aria-label={t('toolbar.display')}>
      <button type="button" className="btn btn-small btn-quiet" aria-pressed={showMinimap} onClick={() => useCanvas.getState().toggleMinimap()}>
        {t('toolbar.minimap')}
      </button>
      <button type="button" className="btn btn-small btn-quiet" aria-pressed={showRelationLabels} onClick={() => useCanvas.getState().toggleRelationLabels()}>
        {t('toolbar.relationLabels')}
      </button>
    </div>
  );
}

/** The canvas toolbar (inside the ReactFlowProvider). */
export function CanvasToolbar() {
  const { t } = useTranslation('canvas');
  const rf = useReactFlow();
  const canUndo = useEditor((s) => (s.history?.past.length ?? 0) > 0);
  const canRedo = useEditor((s) => (s.history?.future.length ?? 0) > 0);
  const selected = useEditor((s) => s.selection.elements.length);
  const busy = useCanvas((s) => s.layoutBusy);
  const progress = useCanvas((s) => s.layoutProgress);
  const zoom = useStore(zoomPercent);

  const onArrange = (value: string) => {
    if (value === 'horizontal' || value === 'vertical') distributeSelection(value);
    else alignSelection(value as (typeof ALIGN_MODES)[number]);
  };

  return (
    <div className="canvas-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      {/* glyphs keep the toolbar on one line beside the canvas; the name and tooltip say what they do */}
      <button type="button" className="btn btn-small btn-glyph" disabled={!canUndo} onClick={() => useEditor.getState().undo()} aria-keyshortcuts="Control+Z" aria-label={t('toolbar.undo')} title={t('toolbar.undo')}>
        ↶
      </button>
      <button type="button" className="btn btn-small btn-glyph" disabled={!canRedo} onClick={() => useEditor.getState().redo()} aria-keyshortcuts="Control+Shift+Z" aria-label={t('toolbar.redo')} title={t('toolbar.redo')}>
        ↷
      </button>
      <span className="toolbar-sep" />
      <button type="button" className="btn btn-small" disabled={busy} aria-busy={busy} onClick={() => void autoLayout()}>
        {busy ? (progress > 0 ? t('toolbar.layoutProgress', { percent: Math.round(progress * 100) }) : t('toolbar.layoutBusy')) : t('toolbar.layout')}
      </button>
      <select
        className="toolbar-select"
        aria-label={t('toolbar.arrange')}
        value=""
        disabled={selected < 2}
        onChange={(e) => {
          onArrange(e.target.value);
          e.target.value = '';
        }}
      >
        <option value="">{t('toolbar.arrange')}</option>
        {ALIGN_MODES.map((m) => (
          <option key={m} value={m}>
            {t(`toolbar.align.${m}`)}
          </option>
        ))}
        <option value="horizontal" disabled={selected < 3}>
          {t('toolbar.distribute.horizontal')}
        </option>
        <option value="vertical" disabled={selected < 3}>
          {t('toolbar.distribute.vertical')}
        </option>
      </select>
      <span className="toolbar-sep" />
      <button type="button" className="btn btn-small" onClick={() => void rf.zoomOut({ duration: 150 })} aria-label={t('toolbar.zoomOut')}>
        −
      </button>
      <span className="zoom-level" data-testid="zoom-level">
        <span className="visually-hidden">{t('toolbar.zoomLevel')} </span>
        {zoom} %
      </span>
      <button type="button" className="btn btn-small" onClick={() => void rf.zoomIn({ duration: 150 })} aria-label={t('toolbar.zoomIn')}>
        +
      </button>
      <button type="button" className="btn btn-small" onClick={zoomTo100}>
        100 %
      </button>
      <button type="button" className="btn btn-small" onClick={zoomToFit}>
        {t('toolbar.fit')}
      </button>
      <button type="button" className="btn btn-small" disabled={selected === 0} onClick={() => void zoomToSelection()}>
        {t('toolbar.zoomSelection')}
      </button>
      <span className="toolbar-spacer" />
      <button type="button" className="btn btn-small btn-glyph" aria-haspopup="dialog" aria-label={t('toolbar.shortcuts')} title={t('toolbar.shortcuts')} onClick={() => void openDialog({ kind: 'shortcuts' })}>
        ?
      </button>
    </div>
  );
}

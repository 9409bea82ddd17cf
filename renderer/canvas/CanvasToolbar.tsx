/**
 * The toolbar above the canvas: undo/redo, auto-layout, zoom, align/distribute for the selection,
 * and the list of canvas shortcuts.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReactFlow } from '@xyflow/react';
import { ALIGN_MODES } from '../../shared/commands';
import { useEditor } from '../state/editor';
import { useCanvas } from './canvasStore';
import { alignSelection, autoLayout, distributeSelection, zoomToFit } from './actions';
import { CANVAS_SHORTCUTS } from './keyboard';
import { formatShortcut } from '../shell/menu/shortcuts';

/** The canvas toolbar (inside the ReactFlowProvider). */
export function CanvasToolbar() {
  const { t } = useTranslation('canvas');
  const rf = useReactFlow();
  const canUndo = useEditor((s) => (s.history?.past.length ?? 0) > 0);
  const canRedo = useEditor((s) => (s.history?.future.length ?? 0) > 0);
  const selected = useEditor((s) => s.selection.elements.length);
  const busy = useCanvas((s) => s.layoutBusy);
  const progress = useCanvas((s) => s.layoutProgress);
  const showMinimap = useCanvas((s) => s.showMinimap);
  const [showKeys, setShowKeys] = useState(false);

  const onArrange = (value: string) => {
    if (value === 'horizontal' || value === 'vertical') distributeSelection(value);
    else alignSelection(value as (typeof ALIGN_MODES)[number]);
  };

  return (
    <div className="canvas-toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <button type="button" className="btn btn-small" disabled={!canUndo} onClick={() => useEditor.getState().undo()} aria-keyshortcuts="Control+Z">
        {t('toolbar.undo')}
      </button>
      <button type="button" className="btn btn-small" disabled={!canRedo} onClick={() => useEditor.getState().redo()} aria-keyshortcuts="Control+Shift+Z">
        {t('toolbar.redo')}
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
      <button type="button" className="btn btn-small" onClick={() => void rf.zoomIn({ duration: 150 })} aria-label={t('toolbar.zoomIn')}>
        +
      </button>
      <button type="button" className="btn btn-small" onClick={zoomToFit}>
        {t('toolbar.fit')}
      </button>
      <button type="button" className="btn btn-small" aria-pressed={showMinimap} onClick={() => useCanvas.getState().toggleMinimap()}>
        {t('toolbar.minimap')}
      </button>
      <span className="toolbar-spacer" />
      <div className="toolbar-keys">
        <button type="button" className="btn btn-small btn-quiet" aria-expanded={showKeys} aria-controls="canvas-shortcuts" onClick={() => setShowKeys(!showKeys)}>
          {t('toolbar.shortcuts')}
        </button>
        {showKeys && (
          <div id="canvas-shortcuts" className="shortcut-popover" role="region" aria-label={t('toolbar.shortcuts')}>
            <table>
              <tbody>
                {CANVAS_SHORTCUTS.map((s) => (
                  <tr key={s.labelKey}>
                    <td>
                      <kbd>{s.keys.startsWith('Mod') ? formatShortcut(s.keys) : s.keys}</kbd>
                    </td>
                    <td>{t(s.labelKey)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </div>
  );
}

/**
 * The LMV canvas editor panel: view tabs, toolbar and the canvas with its seven bands (the
 * typed-connection dialog opens in the shell's dialog stack). Renders nothing while no project is open.
 */
import '@xyflow/react/dist/base.css';
import './canvas.css';
import './nodes.css';
import './panels.css';
import { ReactFlowProvider } from '@xyflow/react';
import { useEditor } from '../state/editor';
import { FlowCanvas } from './FlowCanvas';
import { CanvasDisplayToggles, CanvasToolbar } from './CanvasToolbar';
import { ViewTabs } from './ViewTabs';
import { CanvasContextMenu } from './interact/ContextMenu';

/** The canvas panel. */
export function CanvasEditor() {
  const open = useEditor((s) => s.history !== null);
  if (!open) return null;
  return (
    <ReactFlowProvider>
      <div className="lmv-editor">
        <div className="lmv-editor-head">
          <ViewTabs />
          <CanvasDisplayToggles />
          <CanvasToolbar />
        </div>
        <FlowCanvas />
        {/* outside the canvas in the React tree too: its keys and clicks never reach the canvas's handlers */}
        <CanvasContextMenu />
      </div>
    </ReactFlowProvider>
  );
}

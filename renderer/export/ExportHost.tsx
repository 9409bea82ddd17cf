/**
 * Where the export dialog lives. Mount `<ExportHost />` once in the app frame; until someone does,
 * the first export menu click mounts it in its own root so the feature works on its own.
 */
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { ExportDialog } from './ExportDialog';

let mounted = 0;

/** Renders the export dialog while an export is being set up or runs. */
export function ExportHost() {
  useEffect(() => {
    mounted++;
    return () => {
      mounted--;
    };
  }, []);
  return <ExportDialog />;
}

/** Mount a host in its own root unless one is already mounted. */
export function ensureExportHost(): void {
  if (mounted > 0 || typeof document === 'undefined') return;
  const el = document.createElement('div');
  el.className = 'lakar-export-host';
  document.body.append(el);
  createRoot(el).render(<ExportHost />);
  mounted++;
}

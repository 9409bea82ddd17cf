/**
 * Where the interchange dialog lives. The app frame may mount `<InterchangeHost />` once; until it
 * does, the first import/export mounts one in its own root so the feature works on its own.
 */
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { InterchangeDialog } from './InterchangeDialog';

let mounted = 0;

/** Renders the interchange dialog while a task runs or reports. */
export function InterchangeHost() {
  useEffect(() => {
    mounted++;
    return () => {
      mounted--;
    };
  }, []);
  return <InterchangeDialog />;
}

/** Mount a host in its own root unless one is already mounted. */
export function ensureInterchangeHost(): void {
  if (mounted > 0 || typeof document === 'undefined') return;
  const el = document.createElement('div');
  el.className = 'lakar-interchange-host';
  document.body.append(el);
  createRoot(el).render(<InterchangeHost />);
  mounted++;
}

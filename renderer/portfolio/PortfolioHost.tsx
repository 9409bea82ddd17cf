/**
 * Where the portfolio view lives: mounted once in its own root on first use (like the interchange
 * dialog), so the feature plugs in without editing App.tsx.
 */
import { createRoot } from 'react-dom/client';
import { PortfolioView } from './PortfolioView';

let mounted = false;

/** Mount the portfolio view's host unless it is already mounted. */
export function ensurePortfolioHost(): void {
  if (mounted || typeof document === 'undefined') return;
  const el = document.createElement('div');
  el.className = 'lakar-portfolio-host';
  document.body.append(el);
  createRoot(el).render(<PortfolioView />);
  mounted = true;
}

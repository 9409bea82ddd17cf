/**
 * Keyboard reach across the window's parts, as in desktop editors: F6 and Shift+F6 move focus
 * between the menu bar, the palette, the model tree, the centre panel (the canvas), the inspector
 * and the Problems panel, skipping parts that are collapsed or absent.
 */
import { useEffect } from 'react';

/** The parts F6 visits, in order; each is the element that takes focus. */
export function focusParts(doc: Document = document): HTMLElement[] {
  const centre = doc.getElementById('lmv-canvas') ?? doc.querySelector<HTMLElement>('#main .tabpanel');
  const parts = [
    doc.querySelector<HTMLElement>('.menubar [role="menuitem"][tabindex="0"]'),
    doc.getElementById('panel-palette'),
    doc.getElementById('panel-tree'),
    centre,
    doc.getElementById('region-right'),
    doc.getElementById('region-bottom'),
  ];
  return parts.filter((p): p is HTMLElement => !!p && p.isConnected && p.getClientRects().length > 0);
}

/** The part after (`step` 1) or before (-1) the one holding `active`; the first (or last) when focus is elsewhere. */
export function nextPart(parts: readonly HTMLElement[], active: Element | null, step: 1 | -1): HTMLElement | null {
  if (parts.length === 0) return null;
  const at = parts.findIndex((p) => active && (p === active || p.contains(active) || (p.classList.contains('menubar') && p.contains(active))));
  const menubar = active?.closest('.menubar');
  const current = at >= 0 ? at : menubar ? 0 : -1;
  if (current < 0) return step === 1 ? parts[0] : parts[parts.length - 1];
  return parts[(current + step + parts.length) % parts.length];
}

/** Listen for F6 / Shift+F6 on the window. */
export function useFocusCycle(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F6' || e.ctrlKey || e.altKey || e.metaKey) return;
      // a modal dialog keeps focus inside itself
      if (document.querySelector('dialog[open]')) return;
      const target = nextPart(focusParts(), document.activeElement, e.shiftKey ? -1 : 1);
      if (!target) return;
      e.preventDefault();
      target.focus({ preventScroll: true });
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}

/** Keyboard shortcuts in `Mod+Shift+K` form: matching key events and showing them to the user. */

/** True on macOS, where Mod is ⌘ instead of Ctrl. */
export function isMac(): boolean {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

/** Does keyboard event `e` press `combo` (e.g. `Mod+Shift+S`)? */
export function matchesShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, combo: string, mac = isMac()): boolean {
  const parts = combo.split('+');
  const key = parts[parts.length - 1].toLowerCase();
  const mods = new Set(parts.slice(0, -1));
  const mod = mac ? e.metaKey : e.ctrlKey;
  if (mods.has('Mod') !== mod) return false;
  if (mods.has('Shift') !== e.shiftKey) return false;
  if (mods.has('Alt') !== e.altKey) return false;
  if (!mods.has('Mod') && (e.ctrlKey || e.metaKey)) return false;
  return e.key.toLowerCase() === key;
}

/** How `combo` is written for the user (`Ctrl+Shift+S`, or `⇧⌘S` on macOS). */
export function formatShortcut(combo: string, mac = isMac()): string {
  const parts = combo.split('+');
  if (mac) {
    const sym: Record<string, string> = { Mod: '⌘', Shift: '⇧', Alt: '⌥' };
    const mods = parts.slice(0, -1);
    const order = ['Alt', 'Shift', 'Mod'];
    return mods.sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((m) => sym[m] ?? m).join('') + parts[parts.length - 1].toUpperCase();
  }
  return parts.map((p) => (p === 'Mod' ? 'Ctrl' : p.length === 1 ? p.toUpperCase() : p)).join('+');
}

/** The `aria-keyshortcuts` value of `combo` (WAI-ARIA spelling). */
export function ariaShortcut(combo: string, mac = isMac()): string {
  return combo
    .split('+')
    .map((p) => (p === 'Mod' ? (mac ? 'Meta' : 'Control') : p.length === 1 ? p.toUpperCase() : p))
    .join('+');
}

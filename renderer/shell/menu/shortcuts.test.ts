import { describe, expect, it } from 'vitest';
import { formatShortcut, matchesShortcut } from './shortcuts';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('matchesShortcut', () => {
  it('matches Ctrl+S but not Ctrl+Shift+S for Mod+S on Windows and Linux', () => {
    expect(matchesShortcut(key('s', { ctrlKey: true }), 'Mod+S', false)).toBe(true);
    expect(matchesShortcut(key('S', { ctrlKey: true, shiftKey: true }), 'Mod+S', false)).toBe(false);
    expect(matchesShortcut(key('S', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+S', false)).toBe(true);
  });

  it('uses the Command key for Mod on macOS', () => {
    expect(matchesShortcut(key('z', { metaKey: true }), 'Mod+Z', true)).toBe(true);
    expect(matchesShortcut(key('z', { ctrlKey: true }), 'Mod+Z', true)).toBe(false);
  });

  it('ignores a plain letter typed without modifiers', () => {
    expect(matchesShortcut(key('s'), 'Mod+S', false)).toBe(false);
  });
});

describe('formatShortcut', () => {
  it('spells shortcuts the platform way', () => {
    expect(formatShortcut('Mod+Shift+S', false)).toBe('Ctrl+Shift+S');
    expect(formatShortcut('Mod+Shift+S', true)).toBe('⇧⌘S');
  });
});

import { describe, expect, it } from 'vitest';
import { autosaveDue } from './useShellEffects';

const base = { hasRef: true, dirty: true, recoveryPending: false, saving: false, dialogOpen: false };

describe('autosaveDue', () => {
  it('saves a named project that has changes', () => {
    expect(autosaveDue(base)).toBe(true);
  });

  it('does not save a project that was never saved, is clean, or is already saving', () => {
    expect(autosaveDue({ ...base, hasRef: false })).toBe(false);
    expect(autosaveDue({ ...base, dirty: false })).toBe(false);
    expect(autosaveDue({ ...base, saving: true })).toBe(false);
  });

  it('waits while the recovery question or another dialog is open', () => {
    expect(autosaveDue({ ...base, recoveryPending: true })).toBe(false);
    expect(autosaveDue({ ...base, dialogOpen: true })).toBe(false);
  });
});

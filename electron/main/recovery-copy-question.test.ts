import { describe, expect, it } from 'vitest';
import { StoreError } from '../store/errors';
import { recoveryCopyQuestion, recoveryCopyReason } from './recovery-copy-question';

describe('recovery-copy question', () => {
  it('names the file and offers the copy first, in Malay and English', () => {
    const ms = recoveryCopyQuestion('interruptedSave', 'cuti.lakar', 'ms');
    expect(ms.message).toBe('Simpanan terakhir “cuti.lakar” terganggu.');
    expect(ms.detail).toContain('“cuti.lakar-journal”');
    expect(ms.buttons).toEqual(['Pulihkan ke salinan…', 'Batal']);
    expect([ms.defaultId, ms.cancelId]).toEqual([0, 1]);
    const en = recoveryCopyQuestion('sideFiles', 'cuti.lakar', 'en');
    expect(en.message).toBe('“cuti.lakar” was changed by another SQLite tool.');
    expect(en.buttons).toEqual(['Restore into a copy…', 'Cancel']);
  });

  it('is asked only for the refusals a copy answers', () => {
    expect(recoveryCopyReason(new StoreError('interruptedSave', { file: 'a' }))).toBe('interruptedSave');
    expect(recoveryCopyReason(new StoreError('sideFiles', { file: 'a' }))).toBe('sideFiles');
    expect(recoveryCopyReason(new StoreError('corrupt', { file: 'a', detail: '' }))).toBeNull();
    expect(recoveryCopyReason(new Error('x'))).toBeNull();
  });
});

// @vitest-environment happy-dom
/**
 * The yes/no question: its "no" button says what it does. At the close of a project kept only in the
 * browser (issue 19), "no" closes without a copy, so it must not read "Batal" (which reads as "do not close").
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { initI18n } from '../../i18n';
import { ConfirmDialog } from './SimpleDialogs';

beforeAll(async () => {
  await initI18n('ms');
});
afterEach(cleanup);

describe('ConfirmDialog', () => {
  it('names the "no" answer of the close reminder "Tutup tanpa salinan" and answers no with it', () => {
    const onAnswer = vi.fn();
    render(<ConfirmDialog messageKey="storage:reminder.close" params={{ name: 'Projek A' }} confirmKey="storage:copy.download" cancelKey="storage:copy.closeWithout" onAnswer={onAnswer} />);
    expect(screen.queryByRole('button', { name: 'Batal' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Tutup tanpa salinan' }));
    expect(onAnswer).toHaveBeenCalledWith(false);
    fireEvent.click(screen.getByRole('button', { name: 'Muat turun salinan .lakar' }));
    expect(onAnswer).toHaveBeenLastCalledWith(true);
  });

  it('keeps "Batal" for a plain question', () => {
    render(<ConfirmDialog messageKey="storage:reminder.close" params={{ name: 'Projek A' }} confirmKey="storage:copy.download" onAnswer={() => {}} />);
    expect(screen.getByRole('button', { name: 'Batal' })).toBeTruthy();
  });
});

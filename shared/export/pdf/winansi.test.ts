import { describe, expect, it } from 'vitest';
import { toWinAnsi } from './winansi';

describe('toWinAnsi', () => {
  it('keeps Malay text, Latin-1 accents and the WinAnsi punctuation the standard fonts can print', () => {
    const text = 'Perkhidmatan Pengurusan — “Pengambilan” Pekerja’s • café … RM 5,000';
    expect(toWinAnsi(text)).toBe(text);
  });

  it('replaces symbols outside WinAnsi with readable equivalents', () => {
    expect(toWinAnsi('A → B ≤ 5 ✓')).toBe('A -> B <= 5 v');
  });

  it('drops accents WinAnsi lacks and marks unprintable scripts with "?"', () => {
    expect(toWinAnsi('Ā ō')).toBe('A o');
    expect(toWinAnsi('中文')).toBe('??');
  });

  it('keeps newlines and turns tabs into spaces', () => {
    expect(toWinAnsi('a\tb\r\nc')).toBe('a b\nc');
  });
});

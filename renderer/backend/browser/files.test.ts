// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { downloadBytes, peekDocument, pickFile } from './files';
import { toLakarJson } from '../../../shared/interchange/json';
import { createEmptyDocument } from '../../../shared/model';

describe('pickFile', () => {
  it('offers the extensions of the requested kinds and returns the chosen file’s bytes', async () => {
    const picked = pickFile(['json', 'csv']);
    const input = document.querySelector('input[type=file]') as HTMLInputElement;
    expect(input.accept).toBe('.json,.lakar.json,.csv');
    const file = new File([new Uint8Array([1, 2, 3])], 'model.lakar.json');
    Object.defineProperty(input, 'files', { value: [file] });
    input.dispatchEvent(new Event('change'));
    const result = await picked;
    expect(result?.name).toBe('model.lakar.json');
    expect([...result!.data]).toEqual([1, 2, 3]);
    expect(document.querySelector('input[type=file]')).toBeNull();
  });

  it('resolves null when the user cancels the picker', async () => {
    const picked = pickFile(['pdf']);
    document.querySelector('input[type=file]')!.dispatchEvent(new Event('cancel'));
    expect(await picked).toBeNull();
  });
});

describe('downloadBytes', () => {
  it('downloads under the suggested name through a temporary link', () => {
    const clicked: string[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    };
    try {
      expect(downloadBytes('pdf', 'Kertas Cadangan.pdf', new Uint8Array([37, 80]))).toEqual({ ref: 'Kertas Cadangan.pdf' });
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(clicked).toEqual(['Kertas Cadangan.pdf']);
    expect(document.querySelector('a[download]')).toBeNull();
  });
});

describe('peekDocument', () => {
  it('reads a .lakar.json copy and refuses a .lakar database with a way to bring it over', () => {
    const text = toLakarJson(createEmptyDocument('Salinan', '2026-01-01T00:00:00.000Z'));
    expect(peekDocument({ name: 'a.lakar.json', data: new TextEncoder().encode(text) as Uint8Array<ArrayBuffer> }).doc.meta.title).toBe('Salinan');
    const sqlite = new TextEncoder().encode('SQLite format 3\u0000 and more') as Uint8Array<ArrayBuffer>;
    expect(() => peekDocument({ name: 'a.lakar', data: sqlite })).toThrow(expect.objectContaining({ key: 'merge.browserLakar' }));
    expect(() => peekDocument({ name: 'x.json', data: new TextEncoder().encode('{') as Uint8Array<ArrayBuffer> })).toThrow(expect.objectContaining({ key: 'json.unexpectedEnd' }));
  });
});

import { describe, expect, it } from 'vitest';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { fromDocumentData, fromWire, toDocumentData, toWire } from './wire';

const example = () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');

// ARCHITECTURE.md, the core, tables (`fromWire`/`fromDocumentData`): a document read gets the vocabulary's own strings
// for its words (own-words.ts), which must change nothing anyone can see of it
describe('the words of a document just read made the vocabulary’s own (own-words.ts)', () => {
  it('leave a document read from its file, or arriving in the window, equal to the one written', () => {
    const doc = example();
    const text = JSON.stringify(toDocumentData(doc));
    const read = fromDocumentData(JSON.parse(text) as ReturnType<typeof toDocumentData<typeof doc>>);
    expect(JSON.stringify(toDocumentData(read))).toBe(text);
    const arrived = fromWire(structuredClone(toWire(doc)));
    expect(JSON.stringify(toDocumentData(arrived))).toBe(text);
    expect([...arrived.elements.values()].map((e) => Object.keys(e))).toEqual([...doc.elements.values()].map((e) => Object.keys(e)));
  });

  it('read a document whose items are frozen (data an editor made) without changing or refusing them', () => {
    const data = toDocumentData(example());
    for (const item of [...Object.values(data.elements), ...Object.values(data.relations)]) Object.freeze(item);
    const text = JSON.stringify(data);
    const read = fromDocumentData(data);
    expect(JSON.stringify(toDocumentData(read))).toBe(text);
    expect([...read.elements.values()].every((e) => Object.isFrozen(e))).toBe(true);
  });

  it('leave words Lakar does not know as they are (a damaged or newer file is refused by its check, not here)', () => {
    const data = toDocumentData(example());
    const id = Object.keys(data.relations)[0];
    (data.relations[id] as { kind: string }).kind = 'bukanJenis';
    const read = fromDocumentData(data);
    expect(read.relations.get(id)!.kind).toBe('bukanJenis');
  });
});

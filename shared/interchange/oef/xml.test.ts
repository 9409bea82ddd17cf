import { describe, expect, it } from 'vitest';
import { parseXml } from './xml';

describe('parseXml attributes', () => {
  it('keeps attributes named like Object.prototype members as plain attributes, and finds nothing it was not given', () => {
    const el = parseXml('<element __proto__="a" toString="b" constructor="c" identifier="id-1"/>');
    expect(Object.entries(el.attrs)).toEqual([
      ['__proto__', 'a'],
      ['toString', 'b'],
      ['constructor', 'c'],
      ['identifier', 'id-1'],
    ]);
    expect(Object.hasOwn(el.attrs, '__proto__')).toBe(true);
    const bare = parseXml('<element/>');
    expect(bare.attrs.toString).toBeUndefined();
    expect(bare.attrs.hasOwnProperty).toBeUndefined();
    expect(bare.attrs.__proto__).toBeUndefined();
    expect(Object.keys(bare.attrs)).toEqual([]);
  });

  it('reports its progress through a large input, ending near the whole', () => {
    const xml = `<model>${'<element identifier="x"><name>n</name></element>'.repeat(5000)}</model>`;
    const seen: number[] = [];
    parseXml(xml, (f) => seen.push(f));
    expect(seen.length).toBeGreaterThan(20);
    expect(seen.every((f, i) => f > 0 && f <= 1 && (i === 0 || f > seen[i - 1]))).toBe(true);
    expect(seen[seen.length - 1]).toBeGreaterThan(0.9);
  });
});

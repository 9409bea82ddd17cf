import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/fixtures/interchange/xmllint';
import { parseXml as parseXmlWithRegexes } from '../../../test/helpers/xml-regex-parser';
import { parseXml, type XmlElement } from './xml';

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

/** A parse as data: the tree (attributes in order), or the error's problem, place and parameters. */
function outcome(parse: (src: string) => XmlElement, src: string): unknown {
  try {
    const tree = (el: XmlElement): unknown => ({ qname: el.qname, name: el.name, attrs: Object.entries(el.attrs), text: el.text, offset: el.offset, children: el.children.map(tree) });
    return tree(parse(src));
  } catch (e) {
    if (!(e instanceof Error) || !('problem' in e)) throw e;
    const { message, offset, line, col, problem, params } = e as Error & { offset: number; line: number; col: number; problem: string; params: unknown };
    return { message, offset, line, col, problem, params };
  }
}

/** Pieces of XML, well-formed and not, that inputs are made of. */
const PIECES = [
  '<a', '<a>', '</a>', '<b:c', '</b:c>', '<ns:el x="1">', '</ns:el>', '<a/>', '/>', '>', ' ', '\n', '\t', '\r', '=', '"', "'", 'x', 'é', '·', '-', '.', '1',
  ' id="v"', " id='v'", ' id = "v" ', ' xsi:type="T"', ' a="1" a="2"', ' a="<"', " a='\"'", ' a="x', ' a=v', ' __proto__="p"', ' toString="t"', ' ünï="u"',
  '&amp;', '&lt;', '&#65;', '&#x41;', '&#0;', '&bogus;', '&', ']]>', '<!-- c -->', '<!--', '<![CDATA[ x ]]>', '<![CDATA[', '<?pi x?>', '<?', '<!DOCTYPE a>', '<!x', '</', '</ a>', '< a>', '<1>',
];

describe('parseXml against the regex parser it replaced', () => {
  it('gives the same tree, or the same error at the same place, for real files and any input made of XML pieces', () => {
    for (const file of ['sample1.xml', 'archisurance.xml', 'archi-5.0.2-export.xml']) {
      const src = readFileSync(join(CORPUS, file), 'utf8');
      expect(outcome(parseXml, src)).toEqual(outcome(parseXmlWithRegexes, src));
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const src = `<r${pieces.join('')}`;
        expect(outcome(parseXml, src)).toEqual(outcome(parseXmlWithRegexes, src));
        const wrapped = `<r>${pieces.join('')}</r>`;
        expect(outcome(parseXml, wrapped)).toEqual(outcome(parseXmlWithRegexes, wrapped));
      }),
      { numRuns: 20_000, seed: 18 },
    );
  });

  it('gives the same for mutations of a real file: characters deleted, repeated or replaced', () => {
    const src = readFileSync(join(CORPUS, 'sample1.xml'), 'utf8');
    fc.assert(
      fc.property(fc.nat(src.length - 1), fc.nat(8), fc.constantFrom('', '<', '>', '"', "'", '=', '/', ' ', '&', 'é', '\n'), (at, cut, insert) => {
        const mutated = src.slice(0, at) + insert + src.slice(at + cut);
        expect(outcome(parseXml, mutated)).toEqual(outcome(parseXmlWithRegexes, mutated));
      }),
      { numRuns: 5000, seed: 18 },
    );
  });
});

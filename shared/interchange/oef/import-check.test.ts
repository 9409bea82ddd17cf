/**
 * The import's last step checks the whole document with parseDocumentQuickly (shared/model/quick-document.ts)
 * instead of documentSchema: the imported documents must be exactly the ones documentSchema gave.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CORPUS } from '../../../test/fixtures/interchange/xmllint';
import { everythingDocument } from '../../../test/fixtures/interchange/documents';
import { makeLargeDocument } from '../../../test/helpers/factories';
import { makeVariedDocument } from '../../../test/helpers/varied-model';
import { fromOef, toOef } from './index';

const schemaOnly = vi.hoisted(() => ({ on: false }));
vi.mock('../../model/quick-document', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../model/quick-document')>();
  const { documentSchema } = await import('../../model/schema');
  return { ...actual, parseDocumentQuickly: (value: unknown) => (schemaOnly.on ? documentSchema.safeParse(value) : actual.parseDocumentQuickly(value)) };
});

const NOW = '2026-01-01T00:00:00.000Z';

/** The import of `input` checked quickly and by documentSchema: the same document (keys and ids in the same order) and warnings. */
async function expectSameImport(input: string | Uint8Array): Promise<void> {
  const quick = await fromOef(input, { now: NOW });
  schemaOnly.on = true;
  try {
    const schema = await fromOef(input, { now: NOW });
    expect(JSON.stringify(quick.doc)).toBe(JSON.stringify(schema.doc));
    expect(quick.doc.elements.ids()).toEqual(schema.doc.elements.ids());
    expect(quick.doc.relations.ids()).toEqual(schema.doc.relations.ids());
    expect(quick).toEqual(schema);
  } finally {
    schemaOnly.on = false;
  }
}

describe('OEF import checked without documentSchema’s copies', () => {
  for (const file of ['sample1.xml', 'archisurance.xml', 'archi-5.0.2-export.xml']) {
    it(`imports ${file} as documentSchema's check gave it`, async () => {
      await expectSameImport(new Uint8Array(readFileSync(join(CORPUS, file))));
    });
  }

  it('imports generated models as documentSchema’s check gave them', async () => {
    for (const doc of [everythingDocument(), makeVariedDocument(400, 5), makeLargeDocument(3000)]) await expectSameImport(toOef(doc));
  });
});

import { describe, expect, it } from 'vitest';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { executeCommand } from '../commands';
import { makeDocument, makeElement } from '../../test/helpers/factories';
import { createReview, parseReviewFile, reviewMismatch, serializeReview, REVIEW_FORMAT_VERSION, latestReviewVersion, REVIEW_MIGRATIONS, modelContentHash, executeReviewCommand, type Review, type ReviewMigration } from './index';
import { canonicalJson, sha256Text } from './hash';
import { fromWire, toWire } from '../model/wire';

const AT = '2025-03-01T09:00:00.000Z';
const reviewer = { role: 'reviewer' as const, name: 'Puan Aminah', at: AT };

/** A deep copy to change in place (the model's tables travel as records, ../model/wire.ts). */
const copy = <V>(value: V): V => fromWire(structuredClone(toWire(value)));

function sampleReview(): Review {
  const doc = pengambilanPekerjaExample(AT);
  let review = createReview({ doc, reviewer: { name: 'Puan Aminah', body: 'bppd' }, projectName: 'pengambilan.lakar', generation: 3, at: AT });
  review = executeReviewCommand(review, 'review.comment.add', { id: 'komen_1', anchor: { kind: 'element', id: 'site_pdsa', name: 'PDSA JDN', elementKind: 'site' }, heading: 'pengurusanPusatData', severity: 'perluTindakan', text: 'Nyatakan kapasiti pelayan.' }, reviewer).review;
  review = executeReviewCommand(review, 'review.syor.set', { value: 'bersetujuDenganPindaan', amendments: 'Guna MyGDX untuk aliran JPN.' }, reviewer).review;
  return review;
}

describe('review file', () => {
  it('reads back exactly what was written, with the version reviewed', () => {
    const review = sampleReview();
    const read = parseReviewFile(serializeReview(review));
    expect(read).toEqual({ ok: true, review });
    if (!read.ok) return;
    expect(read.review.proposal.reviewed.generation).toBe(3);
    expect(read.review.proposal.reviewed.contentHash).toBe(modelContentHash(pengambilanPekerjaExample(AT)));
  });

  it('records the format and its version in the file', () => {
    const raw = JSON.parse(serializeReview(sampleReview()));
    expect(raw.format).toBe('lakar-ulasan');
    expect(raw.formatVersion).toBe(REVIEW_FORMAT_VERSION);
    expect(raw.checksum).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('agrees with the migrations on the newest format version', () => {
    expect(latestReviewVersion(REVIEW_MIGRATIONS)).toBe(REVIEW_FORMAT_VERSION);
  });

  it('refuses a file that is not a review, naming it foreign', () => {
    expect(parseReviewFile('not json at all')).toEqual({ ok: false, error: { key: 'review.foreign', params: {} } });
    expect(parseReviewFile(JSON.stringify({ format: 'lakar', schemaVersion: 1 }))).toMatchObject({ ok: false, error: { key: 'review.foreign' } });
    expect(parseReviewFile('[]')).toMatchObject({ ok: false, error: { key: 'review.foreign' } });
  });

  it('refuses a review changed outside Lakar: a verdict edited by hand fails the checksum', () => {
    const text = serializeReview(sampleReview()).replace('"bersetujuDenganPindaan"', '"bersetujuTanpaPindaan"');
    expect(parseReviewFile(text)).toEqual({ ok: false, error: { key: 'review.tampered', params: {} } });
  });

  it('refuses a file whose checksum was removed', () => {
    const raw = JSON.parse(serializeReview(sampleReview()));
    delete raw.checksum;
    expect(parseReviewFile(JSON.stringify(raw))).toMatchObject({ ok: false, error: { key: 'review.tampered' } });
  });

  it('refuses a file from a newer Lakar with the versions in the message', () => {
    const raw = JSON.parse(serializeReview(sampleReview()));
    raw.formatVersion = REVIEW_FORMAT_VERSION + 1;
    expect(parseReviewFile(JSON.stringify(raw))).toEqual({ ok: false, error: { key: 'review.tooNew', params: { version: REVIEW_FORMAT_VERSION + 1, supported: REVIEW_FORMAT_VERSION } } });
  });

  it('names the first invalid field of a consistent but invalid file', () => {
    const review = copy(sampleReview());
    (review.comments[0] as { severity: string }).severity = 'penting';
    expect(parseReviewFile(serializeReview(review))).toMatchObject({ ok: false, error: { key: 'review.invalid', params: { path: 'review.comments[0].severity' } } });
  });

  it('refuses two comments with one id', () => {
    const review = copy(sampleReview());
    review.comments.push({ ...review.comments[0] });
    expect(parseReviewFile(serializeReview(review))).toMatchObject({ ok: false, error: { key: 'review.invalid', params: { path: 'review.comments[1].id' } } });
  });

  it('migrates an older format step by step, checking the file as it was written first', () => {
    // a future format 3 renames `summary` to `ringkasan`, and 4 renames it back: the chain runs in order
    const to3: ReviewMigration = { version: 3, description: 'test', up: (raw) => ({ ...raw, review: { ...(raw.review as object), ringkasan: (raw.review as { summary?: string }).summary } }) };
    const to4: ReviewMigration = {
      version: 4,
      description: 'test',
      up: (raw) => {
        const { ringkasan, ...review } = raw.review as { ringkasan?: string };
        return { ...raw, review: { ...review, summary: `${ringkasan} (dinaik taraf)` } };
      },
    };
    const review = { ...sampleReview(), summary: 'Ringkasan asal' };
    const read = parseReviewFile(serializeReview(review), { migrations: [...REVIEW_MIGRATIONS, to3, to4] });
    expect(read).toMatchObject({ ok: true, migratedFrom: 2 });
    if (read.ok) expect(read.review.summary).toBe('Ringkasan asal (dinaik taraf)');
  });

  it('reads a format-1 review (before step 8’s Pelaksana Projek) with an empty recommendation, keeping the rest (Jadual 4-1 langkah 8)', () => {
    const { implementer: _none, ...v1 } = sampleReview();
    const body = { format: 'lakar-ulasan', formatVersion: 1, review: v1 };
    const text = JSON.stringify({ ...body, checksum: sha256Text(canonicalJson(body)) });
    const read = parseReviewFile(text);
    expect(read).toMatchObject({ ok: true, migratedFrom: 1 });
    if (!read.ok) return;
    expect(read.review.implementer).toEqual({});
    expect(read.review.syor).toEqual(v1.syor);
    expect(read.review.comments).toEqual(v1.comments);
    // saved again, it is a format-2 file that reads back as it is
    expect(JSON.parse(serializeReview(read.review)).formatVersion).toBe(2);
    expect(parseReviewFile(serializeReview(read.review))).toEqual({ ok: true, review: read.review });
    // the migration alone: a file that has the field keeps it
    const kept = { format: 'lakar-ulasan', formatVersion: 1, review: { ...v1, implementer: { agency: 'JDN' } } };
    expect(REVIEW_MIGRATIONS[0].up(kept)).toEqual(kept);
  });

  it('reads a review made by an older Lakar: its schema-1 model snapshot is brought up, the single estimate becoming a cost line', () => {
    const review = sampleReview();
    const { costs: _costs, ...meta } = review.proposal.snapshot.meta;
    const v1 = { ...review.proposal.snapshot, schemaVersion: 1, meta: { ...meta, estimatedCost: 2_500_000 } };
    const read = parseReviewFile(serializeReview({ ...review, proposal: { ...review.proposal, snapshot: v1 } } as unknown as Review));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.review.proposal.snapshot.schemaVersion).toBe(review.proposal.snapshot.schemaVersion);
    expect(read.review.proposal.snapshot.meta.costs).toEqual([{ component: 'Anggaran kos keseluruhan', amount: 2_500_000 }]);
  });

  it('refuses a review whose model snapshot comes from a newer Lakar', () => {
    const review = sampleReview();
    const newer = { ...review.proposal.snapshot, schemaVersion: 99 };
    const read = parseReviewFile(serializeReview({ ...review, proposal: { ...review.proposal, snapshot: newer } } as unknown as Review));
    expect(read.ok).toBe(false);
  });

  it('reports a gap in the migration chain instead of reading a half-migrated file', () => {
    const to4: ReviewMigration = { version: 4, description: 'test', up: (raw) => raw };
    expect(parseReviewFile(serializeReview(sampleReview()), { migrations: [...REVIEW_MIGRATIONS, to4] })).toMatchObject({ ok: false, error: { key: 'review.migrationFailed', params: { from: 2, to: 4 } } });
  });
});

describe('reviewMismatch', () => {
  it('accepts the revised project: renames, edits and a deletion keep most element ids', () => {
    const review = sampleReview();
    let doc = pengambilanPekerjaExample(AT);
    doc = executeCommand(doc, 'element.update', { id: 'site_pdsa', patch: { name: 'PDSA JDN (Cyberjaya)' } }).doc;
    doc = executeCommand(doc, 'element.remove', { ids: ['sys_d'] }).doc;
    expect(reviewMismatch(review, doc)).toBeNull();
  });

  it('refuses a review of another project, naming both', () => {
    const other = makeDocument([makeElement('application', { name: 'Sistem Lain' })], [], 'Projek Lain');
    expect(reviewMismatch(sampleReview(), other)).toEqual({ key: 'review.otherProject', params: { reviewed: 'Perkhidmatan Pengurusan Pengambilan Pekerja', project: 'Projek Lain' } });
  });

  it('accepts the same .lakar file by its id even when the model was rebuilt', () => {
    const review = { ...sampleReview(), proposal: { ...sampleReview().proposal, fileId: 'file-1' } };
    expect(reviewMismatch(review, makeDocument([], [], 'Lain'), 'file-1')).toBeNull();
  });
});

describe('canonicalJson', () => {
  it('gives the same text whatever the key order, without undefined members', async () => {
    const { canonicalJson } = await import('./hash');
    expect(canonicalJson({ b: [1, undefined, { z: 1, a: undefined }], a: 'x', c: undefined })).toBe('{"a":"x","b":[1,null,{"z":1}]}');
    expect(canonicalJson({ y: { b: 1, a: 2 }, x: 0 })).toBe(canonicalJson({ x: 0, y: { a: 2, b: 1 } }));
  });
});

describe('review file with unsafe ids (issue 13)', () => {
  /** `review` as a file whose checksum matches, as anyone can compute it (it is not a signature). */
  function resealed(raw: { format: unknown; formatVersion: unknown; review: unknown }): string {
    return `{"format":${JSON.stringify(raw.format)},"formatVersion":${JSON.stringify(raw.formatVersion)},"review":${JSON.stringify(raw.review)},"checksum":${JSON.stringify(sha256Text(canonicalJson({ format: raw.format, formatVersion: raw.formatVersion, review: raw.review })))}}`;
  }

  it('refuses a snapshot holding a __proto__ element instead of dropping it without a word', () => {
    const raw = JSON.parse(serializeReview(sampleReview()));
    const element = raw.review.proposal.snapshot.elements.site_pdsa;
    // JSON.parse keeps "__proto__" as an own member, as it would be read from a received file
    const withProto = JSON.parse(JSON.stringify(raw).replace('"elements":{', `"elements":{"__proto__":${JSON.stringify({ ...element, id: '__proto__' })},`));
    expect(Object.hasOwn(withProto.review.proposal.snapshot.elements, '__proto__')).toBe(true);
    const tampered = resealed(withProto);
    expect(parseReviewFile(tampered)).toEqual({ ok: false, error: { key: 'review.reservedId', params: { path: 'review.proposal.snapshot.elements.__proto__', id: '__proto__' } } });
  });

  it('refuses a comment anchored on toString, which would find a function of every object in the model', () => {
    const raw = JSON.parse(serializeReview(sampleReview()));
    raw.review.comments[0].anchor.id = 'toString';
    const read = parseReviewFile(resealed(raw));
    expect(read).toMatchObject({ ok: false, error: { key: 'review.reservedId', params: { id: 'toString' } } });
  });
});

describe('review file nested absurdly deep (issue 13, found by the fuzz harness)', () => {
  it('is refused with a message instead of overflowing the stack in the checksum', () => {
    // written as text: JSON.stringify itself would overflow on such a value
    const text = serializeReview(sampleReview()).replace('"review": {', `"review": {"lampiran":${'['.repeat(20_000)}0${']'.repeat(20_000)},`);
    expect(parseReviewFile(text)).toMatchObject({ ok: false, error: { key: 'review.tooDeep', params: { max: 64 } } });
  });
});

describe('review file beyond the documented limits (issue 13)', () => {
  it('is refused naming the limit before its checksum and validation are worked out', async () => {
    const { LIMITS } = await import('../model/limits');
    const extra = Array.from({ length: LIMITS.elements + 1 }, (_, i) => `"x${i}":0`).join(',');
    const text = serializeReview(sampleReview()).replace('"elements": {', `"elements": {${extra},`);
    expect(text.length).toBeGreaterThan(LIMITS.elements * 4);
    expect(parseReviewFile(text)).toMatchObject({ ok: false, error: { key: 'limit.elements', params: { max: LIMITS.elements } } });
  });
});

import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileKind, IpcCallContext } from '../../shared/ipc/contract';
import { UserError } from '../../shared/ipc/errors';
import { createReview, parseReviewFile, serializeReview } from '../../shared/review';
import { pengambilanPekerjaExample } from '../../shared/samples/pengambilan-pekerja';
import { createProject } from '../store/project';
import { createDesktopHandlers, type DesktopHandlers } from './handlers';

const win1: IpcCallContext = { windowId: 1 };
const win2: IpcCallContext = { windowId: 2 };
let dir: string;
let api: DesktopHandlers;
const picks: (string | null)[] = [];
const saves: (string | null)[] = [];

const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const reviewText = () => serializeReview(createReview({ doc: pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'), reviewer: { name: 'Puan Aminah', body: 'bppd' }, at: '2026-02-01T00:00:00.000Z' }));

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof UserError) return e.key;
    if (e && typeof e === 'object' && 'key' in e) return String((e as { key: unknown }).key);
    throw e;
  }
  throw new Error('expected a refusal');
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-review-ipc-'));
  api = createDesktopHandlers({
    userDataDir: path.join(dir, 'userData'),
    dialogs: {
      pickFile: async (_kinds: FileKind[]) => picks.shift() ?? null,
      pickFiles: async () => null,
      chooseSavePath: async () => saves.shift() ?? null,
      askRecoverIntoCopy: async () => false,
    },
  });
  await createProject(path.join(dir, 'agensi.lakar'), pengambilanPekerjaExample('2026-01-01T00:00:00.000Z'));
});
afterEach(async () => {
  await api.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('desktop review channels', () => {
  it('open a project for review without writing it or starting a recovery journal', async () => {
    const file = path.join(dir, 'agensi.lakar');
    const before = sha(file);
    picks.push(file);
    const opened = await api['review:openProject']({}, win1);
    expect(opened).toMatchObject({ ref: file, displayName: 'agensi.lakar', generation: 1 });
    expect(opened!.fileId).toMatch(/\S/);
    expect(opened!.doc.meta.title).toBe('Perkhidmatan Pengurusan Pengambilan Pekerja');
    expect(sha(file)).toBe(before);
    expect(fs.existsSync(path.join(dir, 'userData', 'recovery')) ? fs.readdirSync(path.join(dir, 'userData', 'recovery')) : []).toEqual([]);
    // reviewing does not hold the project: the agency can still open it for editing
    expect(await api['project:open']({ ref: file }, win2)).not.toBeNull();
  });

  it('save a review file where the user chose, then again over it; open it back', async () => {
    const target = path.join(dir, 'agensi.ulasan');
    saves.push(target);
    const text = reviewText();
    expect(await api['review:save']({ suggestedName: 'agensi.ulasan', text }, win1)).toEqual({ ref: target, name: 'agensi.ulasan' });
    expect(fs.readFileSync(target, 'utf8')).toBe(text);
    const again = text.replace('Puan Aminah', 'Puan Aminah binti Ali');
    // hand-edited text is not a valid review any more: refused, the file stays as it was
    expect(await refusal(api['review:save']({ ref: target, suggestedName: 'x', text: again }, win1))).toBe('review.notReviewFile');
    expect(fs.readFileSync(target, 'utf8')).toBe(text);
    const read = await api['review:open']({ ref: target }, win1);
    expect(read?.text).toBe(text);
    expect(parseReviewFile(read!.text).ok).toBe(true);
  });

  it('never let a page name a path it was not given', async () => {
    const target = path.join(dir, 'lain.ulasan');
    expect(await refusal(api['review:save']({ ref: target, suggestedName: 'x', text: reviewText() }, win1))).toBe('error.badRequest');
    expect(fs.existsSync(target)).toBe(false);
    saves.push(target);
    await api['review:save']({ suggestedName: 'lain.ulasan', text: reviewText() }, win1);
    // known to window 1 only
    expect(await refusal(api['review:open']({ ref: target }, win2))).toBe('error.badRequest');
  });

  it('refuse to write a review over a Lakar project', async () => {
    const project = path.join(dir, 'agensi.lakar');
    const before = sha(project);
    saves.push(project);
    expect(await refusal(api['review:save']({ suggestedName: 'agensi.ulasan', text: reviewText() }, win1))).toBe('review.notOverProject');
    expect(sha(project)).toBe(before);
  });
});

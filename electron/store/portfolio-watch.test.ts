/** Watching a portfolio folder: added, changed and deleted project files are found once each (issue 17). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FolderWatcher } from './portfolio-watch';

let dir: string;
let watcher: FolderWatcher | undefined;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-watch-'));
  fs.writeFileSync(path.join(dir, 'a.lakar.json'), '{}');
  fs.writeFileSync(path.join(dir, 'b.xml'), '<x/>');
  fs.writeFileSync(path.join(dir, 'nota.txt'), 'not a project');
});
afterEach(() => {
  watcher?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const touch = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  // a later modification time even on file systems with coarse timestamps
  const t = new Date(Date.now() + 5000);
  fs.utimesSync(file, t, t);
};

describe('FolderWatcher', () => {
  it('reports added, modified and deleted project files since the last take, ignoring other files', async () => {
    watcher = new FolderWatcher(dir, { watch: (() => ({ on: () => undefined, close: () => undefined })) as never });
    await watcher.start();
    expect(watcher.take()).toEqual({ changed: [], removed: [] });
    touch('a.lakar.json', '{"changed": true}');
    touch('c.lakar', 'new');
    fs.rmSync(path.join(dir, 'b.xml'));
    touch('nota.txt', 'ignored');
    await watcher.look();
    expect(watcher.take()).toEqual({ changed: ['a.lakar.json', 'c.lakar'], removed: ['b.xml'] });
    await watcher.look();
    expect(watcher.take()).toEqual({ changed: [], removed: [] });
  });

  it('keeps a file changed then deleted before the page asked as removed only', async () => {
    watcher = new FolderWatcher(dir, { watch: (() => ({ on: () => undefined, close: () => undefined })) as never });
    await watcher.start();
    touch('a.lakar.json', '{"v": 2}');
    await watcher.look();
    fs.rmSync(path.join(dir, 'a.lakar.json'));
    await watcher.look();
    expect(watcher.take()).toEqual({ changed: [], removed: ['a.lakar.json'] });
  });

  it('looks again by itself after fs.watch reports an event, and tells onChange', async () => {
    const seen: unknown[] = [];
    watcher = new FolderWatcher(dir, { debounceMs: 20, onChange: (c) => seen.push(c) });
    await watcher.start();
    expect(watcher.watching).toBe(true);
    touch('d.lakar.json', '{}');
    await expect.poll(() => seen.length, { timeout: 5000 }).toBeGreaterThan(0);
    expect(watcher.take().changed).toContain('d.lakar.json');
  });
});

/**
 * A test double of the File System Access pickers that writes into a temporary folder. The pickers
 * hand the app real `FileSystemFileHandle`s of the origin-private file system (so handles keep in
 * IndexedDB, permissions and atomic writes behave as in Chrome), and every closed write is mirrored
 * into `dir` on disk, where the CLI can read the file. `pickNext(page, name)` chooses what the next
 * picker returns (a file of `dir` for Open, a new name for Save).
 *
 * `memory: true` gives plain in-memory handles instead (for pages where the origin-private file
 * system is not available); they cannot be kept in IndexedDB.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

/** Runs in the page before the app: replaces the pickers and mirrors writes. */
function installPickers(memory: boolean) {
  type Bridge = { lakarTempRead(name: string): Promise<string | null>; lakarTempWrite(name: string, b64: string): Promise<void> };
  const w = window as unknown as Window & Bridge & { __lakarNextPick?: string; showOpenFilePicker: unknown; showSaveFilePicker: unknown };
  const toB64 = (bytes: Uint8Array) => {
    let s = '';
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(s);
  };
  const fromB64 = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  const take = () => {
    const name = w.__lakarNextPick;
    w.__lakarNextPick = undefined;
    if (!name) throw new DOMException('The user aborted a request.', 'AbortError');
    return name;
  };

  if (memory) {
    const files = new Map<string, Uint8Array<ArrayBuffer>>();
    const handle = (name: string) => ({
      kind: 'file',
      name,
      async getFile() {
        return new File([files.get(name) ?? new Uint8Array(0)], name, { lastModified: 1 });
      },
      async createWritable(options?: { keepExistingData?: boolean }) {
        let data = options?.keepExistingData ? (files.get(name) ?? new Uint8Array(0)).slice() : new Uint8Array(0);
        return {
          async write(chunk: Uint8Array | { type: string; position: number; data: Uint8Array }) {
            const c = chunk instanceof Uint8Array ? { position: data.length, data: chunk } : chunk;
            const out = new Uint8Array(Math.max(data.length, c.position + c.data.length));
            out.set(data);
            out.set(c.data, c.position);
            data = out;
          },
          async truncate(size: number) {
            data = data.slice(0, size);
          },
          async abort() {},
          async close() {
            files.set(name, data);
            await w.lakarTempWrite(name, toB64(data));
          },
        };
      },
      async queryPermission() {
        return 'granted';
      },
      async requestPermission() {
        return 'granted';
      },
      async isSameEntry(other: { name: string }) {
        return other.name === name;
      },
    });
    w.showSaveFilePicker = async () => handle(take());
    w.showOpenFilePicker = async () => {
      const name = take();
      const b64 = await w.lakarTempRead(name);
      if (b64 === null) throw new DOMException('not found', 'NotFoundError');
      files.set(name, fromB64(b64));
      return [handle(name)];
    };
    return;
  }

  const proto = FileSystemFileHandle.prototype as unknown as { createWritable(this: FileSystemFileHandle, o?: object): Promise<{ close(): Promise<void> }> };
  const createWritable = proto.createWritable;
  proto.createWritable = async function (this: FileSystemFileHandle, options?: object) {
    const writable = await createWritable.call(this, options);
    const close = writable.close.bind(writable);
    writable.close = async () => {
      await close();
      const file = await this.getFile();
      await w.lakarTempWrite(this.name, toB64(new Uint8Array(await file.arrayBuffer())));
    };
    return writable;
  };
  w.showSaveFilePicker = async () => {
    const root = await navigator.storage.getDirectory();
    return root.getFileHandle(take(), { create: true });
  };
  w.showOpenFilePicker = async () => {
    const name = take();
    const b64 = await w.lakarTempRead(name);
    if (b64 === null) throw new DOMException('not found', 'NotFoundError');
    const root = await navigator.storage.getDirectory();
    const h = await root.getFileHandle(name, { create: true });
    // seeded without the mirror: the file in the folder is the source, not a write of the app
    const seed = await createWritable.call(h);
    await (seed as unknown as { write(d: Uint8Array): Promise<void> }).write(fromB64(b64));
    await close(seed);
    return [h];
  };
  function close(x: { close(): Promise<void> }) {
    return x.close();
  }
}

/** Install the picker double on `page` (before it loads), with `dir` as the folder the user picks in. */
export async function stubFilePickers(page: Page, dir: string, options: { memory?: boolean } = {}): Promise<void> {
  await page.exposeFunction('lakarTempRead', (name: string) => {
    const file = path.join(dir, path.basename(name));
    return fs.existsSync(file) ? fs.readFileSync(file).toString('base64') : null;
  });
  await page.exposeFunction('lakarTempWrite', (name: string, b64: string) => {
    fs.writeFileSync(path.join(dir, path.basename(name)), Buffer.from(b64, 'base64'));
  });
  await page.addInitScript(installPickers, options.memory ?? false);
}

/** What the next Open or Save picker returns: a file name in the folder (none: the user cancels). */
export async function pickNext(page: Page, name: string | undefined): Promise<void> {
  await page.evaluate((n) => {
    (window as unknown as { __lakarNextPick?: string }).__lakarNextPick = n;
  }, name);
}

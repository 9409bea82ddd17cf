import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isProjectFile, projectFileFromArgv } from './launch';

describe('projectFileFromArgv', () => {
  const cwd = path.resolve('/home/pegawai');

  it('finds a project passed by the file manager (packaged app)', () => {
    expect(projectFileFromArgv(['C:\\Program Files\\Lakar\\Lakar.exe', path.resolve('/data/JPA.lakar')], cwd)).toBe(path.resolve('/data/JPA.lakar'));
  });

  it('skips the app directory and flags of an unpackaged run and resolves relative paths', () => {
    expect(projectFileFromArgv(['/usr/bin/electron', '.', '--no-sandbox', 'projek/Pengambilan.LAKAR'], cwd)).toBe(path.join(cwd, 'projek', 'Pengambilan.LAKAR'));
  });

  it('ignores flags that happen to end in .lakar and other files', () => {
    expect(projectFileFromArgv(['lakar', '--open=x.lakar', 'notes.txt', 'model.lakar.json'], cwd)).toBeNull();
    expect(projectFileFromArgv(['lakar'], cwd)).toBeNull();
  });

  it('takes the last project when several are given', () => {
    expect(projectFileFromArgv(['lakar', 'a.lakar', 'b.lakar'], cwd)).toBe(path.join(cwd, 'b.lakar'));
  });
});

describe('isProjectFile', () => {
  it('accepts .lakar in any case but not a bare extension or JSON exports', () => {
    expect(isProjectFile('/x/a.lakar')).toBe(true);
    expect(isProjectFile('/x/A.Lakar')).toBe(true);
    expect(isProjectFile('/x/.lakar')).toBe(false);
    expect(isProjectFile('/x/a.lakar.json')).toBe(false);
  });
});

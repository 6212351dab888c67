import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  copyFileTo,
  isFile,
  listFilesRecursive,
  listVisibleFiles,
  moveFile,
  readInputText,
  readTextIfExists,
  removeFile,
  writeFileAtomic,
} from '#lib/io/files.ts';
import { InputError } from '#lib/errors.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'veelgesteld-files-'));
  for (const path of ['a.md', '.hidden.md', 'sub/b.md', 'sub/deeper/c.md', '.dot/d.md']) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), path);
  }
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readInputText', () => {
  it('reads the file', async () => {
    expect(await readInputText(join(root, 'a.md'))).toBe('a.md');
  });

  it('names a missing file in an InputError, "<file>: no such file"', async () => {
    const error = await readInputText('missing.json').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toBe('missing.json: no such file');
  });
});

describe('readTextIfExists and isFile', () => {
  it('give undefined and false for a missing file, and false for a folder', async () => {
    expect(await readTextIfExists(join(root, 'nope.md'))).toBeUndefined();
    expect(await isFile(join(root, 'nope.md'))).toBe(false);
    expect(await isFile(join(root, 'sub'))).toBe(false);
    expect(await isFile(join(root, 'a.md'))).toBe(true);
  });
});

describe('listFilesRecursive', () => {
  it('lists every file at any depth, hidden ones included, and nothing for a missing folder', async () => {
    const files = (await listFilesRecursive(root)).map((file) => file.slice(root.length + 1)).sort();
    expect(files).toEqual(['.dot/d.md', '.hidden.md', 'a.md', 'sub/b.md', 'sub/deeper/c.md']);
    expect(await listFilesRecursive(join(root, 'missing'))).toEqual([]);
  });
});

describe('listVisibleFiles', () => {
  it('lists down to the given depth, sorted, skipping names that start with a dot', async () => {
    const relative = async (depth: number) => (await listVisibleFiles(root, depth)).map((file) => file.slice(root.length + 1));
    expect(await relative(1)).toEqual(['a.md']);
    expect(await relative(2)).toEqual(['a.md', 'sub/b.md']);
    expect(await relative(9)).toEqual(['a.md', 'sub/b.md', 'sub/deeper/c.md']);
    expect(await listVisibleFiles(join(root, 'missing'), 9)).toEqual([]);
  });
});

describe('writeFileAtomic, copyFileTo, moveFile and removeFile', () => {
  it('create the target folder, leave no temporary file, and removing a missing file is no error', async () => {
    const out = join(root, 'out');
    await writeFileAtomic(join(out, 'one/x.txt'), 'x');
    await copyFileTo(join(out, 'one/x.txt'), join(out, 'two/y.txt'));
    await moveFile(join(out, 'two/y.txt'), join(out, 'three/z.txt'));
    expect(readdirSync(out, { recursive: true }).map(String).sort()).toEqual(['one', 'one/x.txt', 'three', 'three/z.txt', 'two']);
    expect(readFileSync(join(out, 'three/z.txt'), 'utf8')).toBe('x');
    await removeFile(join(out, 'three/z.txt'));
    await removeFile(join(out, 'three/z.txt'));
    expect(await isFile(join(out, 'three/z.txt'))).toBe(false);
  });
});

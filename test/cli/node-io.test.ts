import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../cli/node-io';
import { tempDir } from './harness';

describe('writeFileAtomically', () => {
  it('writes a new file and replaces an existing one, leaving only the target', async () => {
    const dir = await tempDir();
    const path = join(dir, 'plan.drplan.json');
    await writeFileAtomically(path, 'first');
    expect(await readFile(path, 'utf8')).toBe('first');
    await writeFileAtomically(path, new TextEncoder().encode('second, longer than the first'));
    expect(await readFile(path, 'utf8')).toBe('second, longer than the first');
    expect(await readdir(dir)).toEqual(['plan.drplan.json']);
  });

  it('leaves what was there, and no temporary file, when the write cannot finish', async () => {
    const dir = await tempDir();
    // A directory in the way: the temp file is written, but the rename over it fails.
    const path = join(dir, 'taken');
    await mkdir(path);
    await writeFile(join(path, 'keep.txt'), 'kept');
    await expect(writeFileAtomically(path, 'new')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['taken']);
    expect(await readFile(join(path, 'keep.txt'), 'utf8')).toBe('kept');
  });
});

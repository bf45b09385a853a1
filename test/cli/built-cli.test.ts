import { spawnSync } from 'node:child_process';
import { copyFile, mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../support/plan-pdf';
import { UNICODE_NAME } from '../support/sample-plan';
import { tempDir, writePlanFile } from './harness';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/drp.mjs');
const BUILT = existsSync(join(ROOT, 'dist/cli/drp.mjs'));

function node(args: readonly string[]) {
  return spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
}

// npm test runs build:cli before the unit tests, so this runs there; a bare `vitest run` on a fresh checkout skips it.
describe.skipIf(!BUILT)(
  'the built command (dist/cli/drp.mjs, skipped when not built: run npm run build:cli)',
  () => {
    it('prints its help through bin/drp.mjs', () => {
      const result = node([BIN, '--help']);
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/^drp \d+\.\d+\.\d+ — DR Planner on the command line/);
      expect(result.stderr).toBe('');
    });

    it('validates a plan file, and refuses a broken one with exit 2 and no stack trace', async () => {
      const dir = await tempDir();
      const good = await writePlanFile(dir, 'good.drplan.json');
      const valid = node([BIN, 'validate', good]);
      expect(valid.status).toBe(0);
      expect(valid.stdout).toContain(': valid — ');

      const broken = await writePlanFile(dir, 'broken.drplan.json', { text: '{"format": "dr-planner-plan"' });
      const refused = node([BIN, 'validate', broken]);
      expect(refused.status).toBe(2);
      expect(refused.stderr).toMatch(/^\$: The file is not valid JSON/);
      expect(refused.stderr).not.toMatch(/\n\s+at /);
    });

    it('exports a PDF run from another folder, finding the font package beside the build', async () => {
      const dir = await tempDir();
      const input = await writePlanFile(dir, 'plan.drplan.json');
      const result = spawnSync(
        process.execPath,
        [BIN, 'export', input, '--format', 'pdf', '--out', 'p.pdf'],
        {
          cwd: dir,
          encoding: 'utf8',
          timeout: 30_000,
        },
      );
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(pdfText(join(dir, 'p.pdf'))).toContain(UNICODE_NAME);
    });
  },
);

describe('bin/drp.mjs without a build', () => {
  it('says to run npm run build:cli, and exits 2', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'bin'));
    await copyFile(BIN, join(dir, 'bin/drp.mjs'));
    const result = node([join(dir, 'bin/drp.mjs'), '--help']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      'drp: the command line is not built yet; run "npm run build:cli" in the DR Planner folder\n',
    );
  });
});

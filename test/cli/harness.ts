import { webcrypto } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { createBundle, serialiseBundle } from '../../shared/bundle/bundle';
import { encryptText } from '../../shared/bundle/encryption';
import type { PlanSnapshot } from '../../shared/bundle/snapshot';
import { run, type CliIo } from '../../cli/main';
import { nodeIo } from '../../cli/node-io';
import { samplePlan, SAMPLE_NOW } from '../support/sample-plan';

/** The clock every in-process run sees. */
export const CLI_NOW = new Date(SAMPLE_NOW);

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh temporary directory, removed after the test. */
export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'drp-cli-'));
  dirs.push(dir);
  return dir;
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `drp …args` in-process on the real file system, with the output captured and the clock fixed. */
export async function drp(args: readonly string[], overrides: Partial<CliIo> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    ...nodeIo(),
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    now: () => CLI_NOW,
    ...overrides,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** The text of a plan file made the way the app exports one. */
export async function bundleText(snapshot: PlanSnapshot = samplePlan()): Promise<string> {
  const bundle = await createBundle(webcrypto, snapshot, {
    exportedAt: SAMPLE_NOW,
    app: { name: 'DR Planner', version: '0.1.0' },
  });
  return serialiseBundle(bundle);
}

/** Writes a plan file (encrypted with `passphrase` if given) into `dir`, returning its path. */
export async function writePlanFile(
  dir: string,
  name: string,
  options: { snapshot?: PlanSnapshot; passphrase?: string; text?: string } = {},
): Promise<string> {
  const path = join(dir, name);
  const text = options.text ?? (await bundleText(options.snapshot));
  const data =
    options.passphrase === undefined
      ? text
      : serialiseBundle(await encryptText(webcrypto, text, options.passphrase));
  await writeFile(path, data);
  return path;
}

/** Every line of the text, without the empty one after the final line break. */
export function lines(text: string): string[] {
  return text.split('\n').filter((line, index, all) => line !== '' || index < all.length - 1);
}

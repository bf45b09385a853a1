import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { join } from 'node:path';
import { drp, lines, tempDir, writePlanFile } from './harness';

describe('drp: help, version and bad arguments', () => {
  it('prints the help with every command and the exit codes', async () => {
    const result = await drp(['--help']);
    expect(result.code).toBe(0);
    for (const command of ['validate', 'analyze', 'export', 'import', 'hash']) {
      expect(result.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    }
    expect(result.stdout).toMatch(/^ {2}70 {2}an unexpected internal error/m);
    expect(result.stderr).toBe('');
    expect((await drp(['-h'])).stdout).toBe(result.stdout);
    expect((await drp(['help'])).stdout).toBe(result.stdout);
  });

  it('prints the version from package.json', async () => {
    expect(await drp(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect((await drp(['-v'])).stdout).toBe(`${version}\n`);
  });

  it("prints a command's help with --help anywhere in its arguments, and with drp help <command>", async () => {
    const help = await drp(['analyze', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: drp analyze <plan\.drplan\.json>/);
    expect((await drp(['analyze', 'missing.drplan.json', '--fail-on', 'nonsense', '-h'])).stdout).toBe(
      help.stdout,
    );
    expect((await drp(['help', 'analyze'])).stdout).toBe(help.stdout);
  });

  it('fails without a command, showing the help on stderr', async () => {
    const result = await drp([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^drp .* DR Planner on the command line/);
  });

  it.each([
    [
      ['frobnicate'],
      'drp: unknown command "frobnicate"; the commands are validate, analyze, export, import, hash',
    ],
    [['--frobnicate'], 'drp: unknown option --frobnicate'],
    [
      ['help', 'frobnicate'],
      'drp: unknown command "frobnicate"; the commands are validate, analyze, export, import, hash',
    ],
  ])('refuses %j with one line and a pointer to --help', async (args, message) => {
    const result = await drp(args);
    expect(result.code).toBe(2);
    expect(lines(result.stderr)).toEqual([message, 'Run "drp --help" for usage.']);
  });

  it.each([
    [['analyze', 'x.drplan.json', '--jsn'], 'drp analyze: unknown option --jsn'],
    [['analyze', 'x.drplan.json', '--fail-on'], 'drp analyze: option --fail-on needs a value'],
    [['analyze', 'x.drplan.json', '--json=yes'], 'drp analyze: option --json does not take a value'],
    [['analyze'], 'drp analyze: missing <plan.drplan.json>'],
    [['validate', 'a.drplan.json', 'b.drplan.json'], 'drp validate: unexpected argument "b.drplan.json"'],
    [['hash'], 'drp hash: missing <plan.drplan.json>'],
    [['export', 'x.drplan.json', '--out', 'y'], 'drp export: missing --format <format>'],
    [['export', 'x.drplan.json', '--format', 'bundle'], 'drp export: missing --out <path>'],
    [['import'], 'drp import: missing the source: csv or backstage'],
  ])('%j: exit 2 with one line naming the problem, and the hint', async (args, message) => {
    const result = await drp(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const [first, hint] = lines(result.stderr);
    expect(first).toBe(message);
    expect(hint).toBe(`Run "drp ${args[0] ?? ''} --help" for usage.`);
    expect(result.stderr).not.toMatch(/\bat .*:\d+:\d+/);
  });

  it('reports an unexpected failure as one line with exit 70, not a stack trace', async () => {
    const path = await writePlanFile(await tempDir(), 'plan.drplan.json');
    let stderr = '';
    const result = await drp(['hash', path], {
      stdout: () => {
        throw new TypeError('stdout is gone\n    at somewhere (file.js:1:2)');
      },
      stderr: (text) => {
        stderr += text;
      },
    });
    expect(result.code).toBe(70);
    expect(stderr).toBe('drp: unexpected error (a bug; please report it): stdout is gone\n');
  });

  it('says why a file cannot be read, in one line', async () => {
    const dir = await tempDir();
    const missing = await drp(['validate', join(dir, 'nope.drplan.json')]);
    expect(missing.code).toBe(2);
    expect(lines(missing.stderr)).toEqual([
      `drp validate: cannot read ${join(dir, 'nope.drplan.json')}: no such file or directory`,
      'Run "drp validate --help" for usage.',
    ]);
    const directory = await drp(['validate', dir]);
    expect(directory.code).toBe(2);
    expect(lines(directory.stderr)[0]).toBe(
      `drp validate: cannot read ${dir}: it is a directory, not a file`,
    );
  });
});

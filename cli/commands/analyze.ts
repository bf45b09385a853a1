import { SEVERITIES, type Severity } from '../../shared/analysis/findings';
import { parseCommandArgs, positionals } from '../args';
import { analyseSnapshot } from '../../shared/analysis/plan-analysis';
import { analysisJson, analysisReport, findingsAtOrAbove } from '../analysis-output';
import type { Command } from '../command';
import { dayOption } from '../day';
import { CliError, EXIT } from '../errors';
import { passphraseFrom, readPlanFile } from '../plan-file';

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'findings, single points of failure, recovery waves, cycles and systems',
  help: `Usage: drp analyze <plan.drplan.json> [--json] [--now YYYY-MM-DD] [--fail-on <severity>]

Runs the app's analysis of the plan: findings by severity (each with a fix),
single points of failure with what they take down, recovery waves, dependency
cycles, and each system's tier, objectives, wave and recovery time.

Options:
  --json                    print one JSON object instead of the report:
                              findings      [{code, severity, subjects, message, fix}]
                              spofs         [{id, name, blastRadius: {systems, processes}}]
                              recoveryWaves [[system id, …] per wave, wave 1 first]
                              cycles        [[system id, …] per cycle]
                              systems       [{id, name, tier, rto, rpo, wrt, mtd, wave,
                                              recoveryMinutes}]
                            durations in minutes, null when unknown; ids are the file's ids
  --now <YYYY-MM-DD>        the day to judge dates against (contacts last verified,
                            restore tests); default: today on this computer
  --fail-on <severity>      exit 1 if a finding at or above it exists:
                            low, medium, high or critical
  --passphrase-file <file>  opens an encrypted plan file: the file's text is the
                            passphrase (a final line break is ignored)
  -h, --help                this help

Example (CI): drp analyze plan.drplan.json --fail-on high
`,
  run: async (args, io) => {
    const { values, positionals: rest } = parseCommandArgs(args, {
      json: { type: 'boolean' },
      now: { type: 'string' },
      'fail-on': { type: 'string' },
      'passphrase-file': { type: 'string' },
    });
    const [path = ''] = positionals(rest, ['<plan.drplan.json>']);
    const today = dayOption(values.now, io.now());
    const failOn = values['fail-on'] === undefined ? null : parseSeverity(values['fail-on']);

    const read = await readPlanFile(io, path, await passphraseFrom(io, values['passphrase-file']));
    const analysis = analyseSnapshot(read.snapshot, today);
    io.stdout(
      values.json
        ? `${JSON.stringify(analysisJson(analysis), null, 2)}\n`
        : analysisReport(read.snapshot, analysis, { today, hash: read.contentHash }),
    );
    if (failOn === null) return EXIT.ok;
    const failing = findingsAtOrAbove(analysis, failOn).length;
    if (failing === 0) return EXIT.ok;
    io.stderr(`drp analyze: ${failing} finding${failing === 1 ? '' : 's'} at or above ${failOn}\n`);
    return EXIT.findings;
  },
};

function isSeverity(text: string): text is Severity {
  return SEVERITIES.some((severity) => severity === text);
}

function parseSeverity(text: string): Severity {
  if (isSeverity(text)) return text;
  throw new CliError(`--fail-on must be low, medium, high or critical (got ${JSON.stringify(text)})`);
}

import process from 'node:process';
import { run } from './main';
import { nodeIo } from './node-io';

/**
 * The entry that vite.cli.config.ts builds into dist/cli/drp.mjs (loaded by
 * bin/drp.mjs). exitCode rather than exit(), so stdout is flushed first.
 */

// `drp analyze plan.drplan.json | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await run(process.argv.slice(2), nodeIo());

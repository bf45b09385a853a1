import process from 'node:process';
import { run } from './main';
import { nodeIo } from './node-io';

/**
 * The entry that vite.cli.config.ts builds into dist/cli/drp.mjs (loaded by
 * bin/drp.mjs). exitCode rather than exit(), so stdout is flushed first.
 */
process.exitCode = await run(process.argv.slice(2), nodeIo());

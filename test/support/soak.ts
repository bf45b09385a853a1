/**
 * `npm run soak` sets DRP_SOAK=1 and runs the fuzz tests and the kill test at full length;
 * `npm test` runs the same tests shorter, so they stay in every CI run.
 */
export const SOAK = process.env.DRP_SOAK === '1';

/** How many cases or rounds to run: `normal` in `npm test`, `soak` in `npm run soak`. */
export function soakCount(normal: number, soak: number): number {
  return SOAK ? soak : normal;
}

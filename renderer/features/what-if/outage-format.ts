import type { ExpectedTime } from '../../../shared/analysis/outage';
import { formatDuration } from '../../../shared/model/duration';

/** "4 h"; "at least 2 h" while an RTO or a step estimate it depends on is missing; "unknown"; or no order at all. */
export function formatExpected(time: ExpectedTime): string {
  if (time.minutes !== null) return formatDuration(time.minutes);
  if (time.atLeast === null) return 'no recovery order';
  return time.atLeast > 0 ? `at least ${formatDuration(time.atLeast)}` : 'unknown';
}

export type MtdVerdict = 'breach' | 'ok' | 'unknown' | 'no-mtd' | 'no-order';

/** Whether an outage keeps within an MTD: breached, within, or what is missing to tell. */
export function mtdVerdict(time: ExpectedTime, mtd: number | null, breach: boolean): MtdVerdict {
  if (breach) return 'breach';
  if (time.atLeast === null) return 'no-order';
  if (mtd === null) return 'no-mtd';
  return time.minutes === null ? 'unknown' : 'ok';
}

export const MTD_VERDICT_LABELS = {
  breach: 'MTD breached',
  ok: 'Within MTD',
  unknown: 'Unknown: an RTO or a step estimate is missing',
  'no-mtd': 'No MTD known',
  'no-order': 'Cannot be recovered: dependency cycle',
} as const satisfies Record<MtdVerdict, string>;

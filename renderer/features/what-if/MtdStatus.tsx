import type { ExpectedTime } from '../../../shared/analysis/outage';
import { MTD_VERDICT_LABELS, mtdVerdict } from './outage-format';

/** The verdict in words and colour, so it reads the same in greyscale print and on a projector. */
export function MtdStatus({
  time,
  mtd,
  breach,
}: {
  time: ExpectedTime;
  mtd: number | null;
  breach: boolean;
}) {
  const verdict = mtdVerdict(time, mtd, breach);
  return (
    <span className={`mtd-status mtd-${verdict}`}>
      <span aria-hidden="true">{verdict === 'breach' ? '✕ ' : verdict === 'ok' ? '✓ ' : ''}</span>
      {MTD_VERDICT_LABELS[verdict]}
    </span>
  );
}

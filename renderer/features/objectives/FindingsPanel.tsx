import type { Finding } from '../../../shared/analysis/findings';
import { explainSystemMtd, type SystemMtd } from '../../../shared/analysis/mtd';
import type { System } from '../../../shared/model/system';
import { FindingsList } from '../findings/FindingsList';
import { mtdText } from './row-analysis';

interface FindingsPanelProps {
  /** The active row's system, with the cell being typed already applied; null on the new-system row. */
  system: System | null;
  mtd: SystemMtd | null;
  findings: readonly Finding[];
}

/** What is wrong with the active row, each with what to do about it; it follows the typing. */
export function FindingsPanel({ system, mtd, findings }: FindingsPanelProps) {
  if (!system || !mtd) {
    return (
      <section className="row-findings" aria-label="Findings">
        <p className="row-findings-empty">Select a system’s row to see what needs attention in it.</p>
      </section>
    );
  }
  const name = system.name || 'unnamed system';
  return (
    <section className="row-findings" aria-labelledby="row-findings-heading">
      <h2 id="row-findings-heading">Findings for “{name}”</h2>
      <p className="row-findings-mtd">
        <strong>MTD {mtd.minutes === null ? '' : mtdText(mtd)}</strong> — {explainSystemMtd(mtd)}
      </p>
      {findings.length === 0 ? (
        <p className="row-findings-empty">Nothing to fix in this row.</p>
      ) : (
        <FindingsList findings={findings} label={`Findings for ${name}`} />
      )}
    </section>
  );
}

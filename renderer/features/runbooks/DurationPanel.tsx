import type { RunbookDuration } from '../../../shared/analysis/critical-path';
import type { Finding } from '../../../shared/analysis/findings';
import type { SystemAnalysis } from '../../../shared/analysis/plan-analysis';
import type { Runbook } from '../../../shared/model/runbook';
import { FindingsList } from '../findings/FindingsList';
import { durationText, recoveryText, rtoComparison, stepNumbers } from './runbook-format';

/** How long the runbook takes along its longest chain, against the RTO, and what the analysis says. */
export function DurationPanel(props: {
  runbook: Runbook;
  duration: RunbookDuration;
  rto: number | null;
  system: SystemAnalysis | undefined;
  findings: readonly Finding[];
  nameOf: (id: string) => string;
}) {
  const { runbook, duration, system } = props;
  const numberOf = (id: string) => runbook.steps.findIndex((step) => step.id === id) + 1;
  const compared = rtoComparison(duration, props.rto);
  const unknown = duration.unknownIds.map(numberOf);
  return (
    <section className="form-section" aria-labelledby="duration-heading">
      <h2 id="duration-heading">How long it takes</h2>
      <div className="panel duration-panel" aria-live="polite">
        {runbook.steps.length === 0 ? (
          <p className="muted">Add steps with estimates to see how long recovery takes.</p>
        ) : (
          <>
            <p className="duration-value" data-testid="runbook-duration">
              {durationText(duration)}
            </p>
            <p className="duration-chain" data-testid="runbook-chain">
              Longest chain: {duration.criticalPath.length === 1 ? 'step ' : 'steps '}
              {duration.criticalPath.map(numberOf).join(' → ')}
            </p>
            <p className={`runbook-verdict verdict-${String(compared.ok)}`}>{compared.text}</p>
            {unknown.length > 0 && (
              <p className="field-help">
                {stepNumbers(unknown)} {unknown.length === 1 ? 'has' : 'have'} no estimate yet, so the runbook
                may take longer.
              </p>
            )}
            <p className="field-help">Steps that do not wait for each other run in parallel and overlap.</p>
          </>
        )}
        {system && (
          <p className="runbook-recovery">
            <span className="muted">When everything is down, the system is </span>
            {recoveryText(system.recovery, system.id, props.nameOf)}.
          </p>
        )}
      </div>
      <FindingsList findings={props.findings} label="Findings for this runbook" />
    </section>
  );
}

import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import { runbookDuration } from '../../../shared/analysis/critical-path';
import type { SystemAnalysis } from '../../../shared/analysis/plan-analysis';
import { CRITICAL_TIER_MAX } from '../../../shared/analysis/spof';
import { formatOptionalDuration } from '../../../shared/model/duration';
import type { Plan } from '../../../shared/model/plan';
import type { Runbook } from '../../../shared/model/runbook';
import type { Scenario } from '../../../shared/model/scenario';
import { TIER_INFO, type System } from '../../../shared/model/system';
import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../app/services';
import { listScenarios } from '../scenarios/scenario-repository';
import { durationText, recoveryText, rtoComparison } from './runbook-format';
import { useRunbookAnalysis } from './useRunbookAnalysis';
import { WriteRunbookDialog } from './WriteRunbookDialog';
import './runbooks.css';

/** Step 4: every critical system with its runbooks, how long they take, and when it is back. */
export function RunbooksScreen({ plan }: { plan: Plan }) {
  const { db } = useServices();
  const loaded = useRunbookAnalysis(plan);
  const scenarios = useLiveQuery(() => listScenarios(db, plan.id), [db, plan.id]);
  const [writingFor, setWritingFor] = useState<System | null>(null);
  if (!loaded || !scenarios) return null;
  const { content, analysis } = loaded;

  const names = new Map(content.systems.map((system) => [system.id, system.name || 'Unnamed system']));
  const shown = content.systems.filter(
    (system) =>
      (system.tier !== null && system.tier <= CRITICAL_TIER_MAX) ||
      content.runbooks.some((runbook) => runbook.systemId === system.id),
  );
  const missing = shown.filter(
    (system) => !content.runbooks.some((runbook) => runbook.systemId === system.id),
  );

  return (
    <main className="page runbooks" aria-labelledby="runbooks-heading">
      <div className="page-header">
        <div>
          <h1 id="runbooks-heading">Runbooks</h1>
          <p className="page-lede">
            How to bring each critical system back, step by step, written to be followed in a hurry. Every
            tier 0–2 system needs one; each runbook’s duration is its longest chain of steps.
          </p>
        </div>
      </div>
      {shown.length === 0 ? (
        <div className="panel empty-state">
          <p>
            No tier 0–2 system yet. Give your systems a tier on <Link href="/systems">Critical systems</Link>,
            and the ones that matter most appear here.
          </p>
        </div>
      ) : (
        <>
          <p className="runbooks-summary" aria-live="polite">
            {missing.length === 0
              ? 'Every system listed has a runbook.'
              : `${missing.length} of ${shown.length} systems still need a runbook.`}
          </p>
          <ul className="runbook-systems" aria-label="Systems and their runbooks">
            {shown.map((system) => (
              <SystemRunbookCard
                key={system.id}
                system={system}
                runbooks={content.runbooks.filter((runbook) => runbook.systemId === system.id)}
                scenarios={scenarios}
                analysis={analysis.systems.find((each) => each.id === system.id)}
                nameOf={(id) => names.get(id) ?? 'a removed system'}
                onWrite={() => {
                  setWritingFor(system);
                }}
              />
            ))}
          </ul>
        </>
      )}
      <WriteRunbookDialog
        system={writingFor}
        onOpenChange={(open) => {
          if (!open) setWritingFor(null);
        }}
      />
    </main>
  );
}

function SystemRunbookCard(props: {
  system: System;
  runbooks: readonly Runbook[];
  scenarios: readonly Scenario[];
  analysis: SystemAnalysis | undefined;
  nameOf: (id: string) => string;
  onWrite: () => void;
}) {
  const { system, runbooks, analysis } = props;
  const name = system.name || 'Unnamed system';
  return (
    <li className={`panel runbook-system${runbooks.length === 0 ? ' runbook-system-missing' : ''}`}>
      <div className="runbook-system-header">
        <h2>
          <Link href={`/systems/${system.id}`}>{name}</Link>
        </h2>
        <span className="muted">
          {system.tier === null ? 'No tier' : TIER_INFO[system.tier].label} · RTO{' '}
          {formatOptionalDuration(system.rto)}
        </span>
        <Button
          className="button button-small runbook-write"
          onPress={props.onWrite}
          aria-label={`Write a runbook for ${name}`}
        >
          Write a runbook
        </Button>
      </div>
      {runbooks.length === 0 ? (
        <p className="runbook-missing">No runbook yet: nobody has written down how to recover it.</p>
      ) : (
        <ul className="runbook-rows" aria-label={`Runbooks of ${name}`}>
          {runbooks.map((runbook) => {
            const duration = runbookDuration(runbook.steps);
            const compared = rtoComparison(duration, system.rto);
            const scenario = props.scenarios.find((each) => each.id === runbook.scenarioId);
            return (
              <li key={runbook.id} className="runbook-row">
                <Link href={`/runbooks/${runbook.id}`} className="runbook-row-title">
                  {runbook.title}
                </Link>
                {scenario && <span className="muted"> · for “{scenario.name}”</span>}
                <span className="runbook-row-duration">
                  {runbook.steps.length === 0
                    ? 'No steps yet'
                    : `${runbook.steps.length} ${runbook.steps.length === 1 ? 'step' : 'steps'}, ${durationText(duration)}`}
                </span>
                {runbook.steps.length > 0 && (
                  <span className={`runbook-verdict verdict-${String(compared.ok)}`}>{compared.text}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {analysis && (
        <p className="runbook-recovery">
          <strong>{name}</strong> is {recoveryText(analysis.recovery, system.id, props.nameOf)}
          {analysis.recovery.unknownIds.length > 0 &&
            ` (unknown for ${analysis.recovery.unknownIds.map(props.nameOf).join(', ')})`}
          .
        </p>
      )}
    </li>
  );
}

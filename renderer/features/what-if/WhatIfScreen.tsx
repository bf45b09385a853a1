import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { ToggleButton } from 'react-aria-components';
import { simulateOutage } from '../../../shared/analysis/outage';
import type { Plan } from '../../../shared/model/plan';
import { useServices } from '../../app/services';
import { plural } from '../../components/format';
import { usePlanContent } from '../plans/usePlanContent';
import { listScenarios } from '../scenarios/scenario-repository';
import { DegradedList } from './DegradedList';
import { FailurePicker } from './FailurePicker';
import { OutageCounts } from './OutageCounts';
import { OutageWaves } from './OutageWaves';
import { ScenarioChooser } from './ScenarioChooser';
import { StoppedProcesses } from './StoppedProcesses';
import { useFailedIds } from './useFailedIds';
import { usePresentationMode } from './usePresentationMode';
import './what-if.css';

/** Step 3, for the workshop: pick what fails and see, at once, what stops and how long it takes to come back. */
export function WhatIfScreen({ plan }: { plan: Plan }) {
  const content = usePlanContent(plan.id);
  const [{ failed, scenarioId }, setFailed] = useFailedIds(plan.id);
  const { db } = useServices();
  const scenarios = useLiveQuery(() => listScenarios(db, plan.id), [db, plan.id]);
  const [presenting, setPresenting] = usePresentationMode();
  const outage = useMemo(
    () => (content ? simulateOutage({ ...content, mtdThreshold: plan.mtdThreshold }, failed) : null),
    [content, failed, plan.mtdThreshold],
  );
  if (!content || !outage || !scenarios) return null;
  const scenario = scenarios.find((candidate) => candidate.id === scenarioId) ?? null;

  const names = new Map(content.systems.map((system) => [system.id, system.name]));
  const picked = outage.failedIds.length > 0;

  return (
    <main
      className={`page what-if${presenting ? ' what-if-presentation' : ''}`}
      aria-labelledby="what-if-heading"
    >
      <div className="page-header">
        <div>
          <h1 id="what-if-heading">What-if</h1>
          <p className="page-lede">
            Pick what fails and see what goes down with it, which business processes stop, the order to
            recover in and whether each is back within its maximum tolerable downtime (MTD). Back times come
            from the runbooks (each started once what its system needs is back), or from the RTO where a
            system has no runbook yet.
          </p>
        </div>
        <ToggleButton className="button presentation-toggle" isSelected={presenting} onChange={setPresenting}>
          Presentation mode
        </ToggleButton>
      </div>

      <div className="what-if-layout">
        <FailurePicker
          systems={content.systems}
          failed={outage.failedIds}
          onChange={(ids) => {
            setFailed(ids);
          }}
        >
          <ScenarioChooser
            scenarios={scenarios}
            scenarioId={scenarioId}
            failed={outage.failedIds}
            onChoose={(chosen) => {
              setFailed(chosen?.affectedSystemIds ?? [], chosen?.id ?? null);
            }}
          />
        </FailurePicker>

        <div className="what-if-result">
          {outage.unknownIds.length > 0 && (
            <p className="field-warning" role="note">
              {plural(outage.unknownIds.length, 'picked system is', 'picked systems are')} no longer in this
              plan and left out.
            </p>
          )}
          {!picked ? (
            <div className="empty-state what-if-empty">
              <p>
                <strong>Nothing has failed yet.</strong>
              </p>
              <p>
                Tick one or more systems under “What failed”. The result updates at once: the systems that go
                down with them, the processes that stop, and for each the time until it is back compared with
                the longest the business can bear.
              </p>
            </div>
          ) : (
            <>
              {scenario && (
                <p className="what-if-scenario">
                  Scenario: <strong>{scenario.name || 'Unnamed scenario'}</strong>
                </p>
              )}
              <OutageCounts outage={outage} />

              <section className="form-section" aria-labelledby="stopped-heading">
                <h2 id="stopped-heading">Processes stopped</h2>
                <StoppedProcesses outage={outage} names={names} />
              </section>

              <section className="form-section" aria-labelledby="outage-waves-heading">
                <h2 id="outage-waves-heading">Recovery from this outage</h2>
                <OutageWaves outage={outage} names={names} />
              </section>

              <section className="form-section" aria-labelledby="degraded-heading">
                <h2 id="degraded-heading">Degraded</h2>
                {outage.degraded.length + outage.degradedProcesses.length === 0 ? (
                  <p className="muted">Nothing keeps running with reduced function.</p>
                ) : (
                  <>
                    <DegradedList
                      kind="system"
                      entries={outage.degraded}
                      names={names}
                      label="Degraded systems"
                    />
                    <DegradedList
                      kind="process"
                      entries={outage.degradedProcesses}
                      names={names}
                      label="Degraded processes"
                    />
                  </>
                )}
              </section>
            </>
          )}
        </div>
      </div>
    </main>
  );
}

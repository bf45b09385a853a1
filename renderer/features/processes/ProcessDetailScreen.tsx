import { useLiveQuery } from 'dexie-react-hooks';
import { Button } from 'react-aria-components';
import { Link, useLocation } from 'wouter';
import { processFindings } from '../../../shared/analysis/findings';
import { mtdForTier, processMtd } from '../../../shared/analysis/mtd';
import { formatDuration } from '../../../shared/model/duration';
import {
  deriveMtd,
  explainDerivedMtd,
  explainTierSuggestion,
  isFullyRated,
  suggestTier,
  type DerivedMtd,
} from '../../../shared/model/impact';
import type { Plan } from '../../../shared/model/plan';
import type { BusinessProcess } from '../../../shared/model/process';
import { TIER_INFO } from '../../../shared/model/system';
import { useServices } from '../../app/services';
import { DependencyEditor } from '../dependencies/DependencyEditor';
import { FindingsList } from '../findings/FindingsList';
import { ImpactChart } from './ImpactChart';
import { ImpactGrid } from './ImpactGrid';
import { processFields, tierOverrideField } from './process-fields';
import { ProcessField } from './ProcessField';
import { SupportingSystems } from './SupportingSystems';
import { useProcessActions } from './useProcessActions';
import './processes.css';

/** A process's outright needs are its ticked systems; these are the other two kinds. */
const PROCESS_DEPENDENCY_KINDS = ['degraded', 'alternatives'] as const;

export function ProcessDetailScreen({ plan, processId }: { plan: Plan; processId: string }) {
  const { db } = useServices();
  const [, navigate] = useLocation();
  const { remove } = useProcessActions();
  const process = useLiveQuery(async () => (await db.processes.get(processId)) ?? null, [db, processId]);

  if (process === undefined) return null;
  if (process?.planId !== plan.id) {
    return (
      <main className="page">
        <h1>Process not found</h1>
        <p>It may have been deleted.</p>
        <Link href="/processes">Back to all processes</Link>
      </main>
    );
  }

  const fields = processFields(plan.currency);
  const derived = deriveMtd(process.impact, plan.mtdThreshold);

  return (
    <main className="page process-detail" aria-labelledby="process-heading">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/processes">← All processes</Link>
      </nav>
      <div className="page-header">
        <h1 id="process-heading">{process.name || 'Unnamed process'}</h1>
        <Button
          className="button button-danger-quiet"
          onPress={() => {
            navigate('/processes');
            void remove(process);
          }}
        >
          Delete process
        </Button>
      </div>
      <FindingsList findings={processFindings(process)} label="Findings for this process" />

      <section className="form-section" aria-labelledby="about-heading">
        <h2 id="about-heading">About the process</h2>
        <div className="form-grid">
          <ProcessField process={process} spec={fields.name} />
          <ProcessField process={process} spec={fields.owner} showHelp />
          <ProcessField process={process} spec={fields.description} showHelp className="span-2" />
        </div>
      </section>

      <section className="form-section" aria-labelledby="systems-heading">
        <h2 id="systems-heading">Systems it needs</h2>
        <div className="panel">
          <SupportingSystems process={process} />
        </div>
      </section>

      <section className="form-section" aria-labelledby="other-needs-heading">
        <h2 id="other-needs-heading">Other needs</h2>
        <p className="page-lede">
          Where any one of several systems will do (two internet links, two suppliers), or where the work goes
          on without a system but more slowly, record it here.
        </p>
        <div className="panel dependencies">
          <DependencyEditor
            dependent={{ id: process.id, kind: 'process', planId: process.planId, name: process.name }}
            kinds={PROCESS_DEPENDENCY_KINDS}
            emptyText="Nothing else recorded."
          />
        </div>
      </section>

      <section className="form-section" aria-labelledby="impact-heading">
        <h2 id="impact-heading">Impact over time</h2>
        <p className="page-lede">
          If this process stopped right now, how bad would it be after an hour, four hours, a day…? Rate each
          kind of harm.
        </p>
        <div className="panel impact-panel">
          <ImpactGrid process={process} />
          <div className="impact-results">
            <ImpactChart impact={process.impact} threshold={plan.mtdThreshold} derived={derived} />
            <MtdAndTierResults plan={plan} process={process} derived={derived} />
          </div>
        </div>
        <div className="form-grid impact-money">
          <ProcessField process={process} spec={fields.lossPerHour} showHelp />
        </div>
      </section>

      <section className="form-section" aria-labelledby="adjust-heading">
        <h2 id="adjust-heading">Adjust by hand</h2>
        <div className="form-grid">
          <div className="field-stack">
            <ProcessField process={process} spec={fields.mtdOverride} showHelp />
            {(process.mtdOverride !== null || process.mtdOverrideReason !== '') && (
              <>
                <ProcessField process={process} spec={fields.mtdOverrideReason} showHelp />
                {process.mtdOverride !== null && process.mtdOverrideReason === '' && (
                  <p className="field-warning">Give a reason for setting the MTD by hand.</p>
                )}
              </>
            )}
          </div>
          <TierOverride plan={plan} process={process} />
        </div>
      </section>
    </main>
  );
}

const DERIVED_TEXT: Record<DerivedMtd['status'], (derived: DerivedMtd) => string> = {
  reached: (derived) => (derived.status === 'reached' ? formatDuration(derived.minutes) : ''),
  unrated: () => 'Not rated yet',
  incomplete: () => 'Not known yet',
  'not-reached': () => 'More than a week',
};

function MtdAndTierResults({
  plan,
  process,
  derived,
}: {
  plan: Plan;
  process: BusinessProcess;
  derived: DerivedMtd;
}) {
  const mtd = processMtd(process, plan.mtdThreshold);
  const forTier = mtdForTier(mtd);
  const tier = process.tierOverride ?? suggestTier(forTier);
  const derivedText = DERIVED_TEXT[derived.status](derived);

  return (
    <div className="impact-verdict" aria-live="polite">
      <div className="derived">
        <p className="field-label">MTD – maximum tolerable downtime</p>
        <p className="derived-value" data-testid="process-mtd">
          {mtd.source === 'override' && mtd.minutes !== null ? formatDuration(mtd.minutes) : derivedText}
          {mtd.source === 'override' && <span className="derived-note"> set by hand</span>}
        </p>
        <p className="field-help">
          {mtd.source === 'override'
            ? `The impact ratings alone give: ${derivedText.toLowerCase()}. ${explainDerivedMtd(derived)}`
            : explainDerivedMtd(derived)}
          {derived.status === 'reached' && !isFullyRated(process.impact) && (
            <> So far: an unrated cell in an earlier time bucket could make it shorter.</>
          )}
        </p>
      </div>
      <div className="derived">
        <p className="field-label">Tier</p>
        <p className="derived-value" data-testid="process-tier">
          {tier === null ? 'Not known yet' : TIER_INFO[tier].label}
          {process.tierOverride !== null && <span className="derived-note"> set by hand</span>}
        </p>
        <p className="field-help">{explainTierSuggestion(forTier)}</p>
      </div>
    </div>
  );
}

function TierOverride({ plan, process }: { plan: Plan; process: BusinessProcess }) {
  const suggested = suggestTier(mtdForTier(processMtd(process, plan.mtdThreshold)));
  return (
    <ProcessField
      process={process}
      spec={tierOverrideField(suggested === null ? 'none yet' : TIER_INFO[suggested].label)}
    />
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { SEVERITY_LABELS } from '../../../shared/analysis/findings';
import { analysePlan } from '../../../shared/analysis/plan-analysis';
import { nextAction, planProgress, type StepProgress } from '../../../shared/analysis/progress';
import { EXERCISED_TIER_MAX } from '../../../shared/analysis/test-review-progress';
import type { Plan } from '../../../shared/model/plan';
import { TIER_INFO } from '../../../shared/model/system';
import { readiness, weakPoints } from '../../../shared/readiness/readiness';
import { useServices } from '../../app/services';
import { plural } from '../../components/format';
import { todayIso } from '../../db/clock';
import { usePlanContent } from '../plans/usePlanContent';
import { listScenarios } from '../scenarios/scenario-repository';
import { TemplateNotice } from '../templates/TemplateNotice';
import { CountChart } from './charts/CountChart';
import { CoverageChart } from './charts/CoverageChart';
import { RtoChart } from './charts/RtoChart';
import { NextSteps } from './NextSteps';
import { pathOf } from './paths';
import './overview.css';

const STATUS_LABELS = {
  done: 'Done',
  'in-progress': 'In progress',
  'not-started': 'Not started',
  later: 'Coming later',
} as const satisfies Record<StepProgress['status'], string>;

/**
 * The plan's home: how ready it is overall and per step, where it is weak (in words and in
 * pictures), and the ordered list of what to do next.
 */
export function OverviewScreen({ plan }: { plan: Plan }) {
  const { db } = useServices();
  const planContent = usePlanContent(plan.id);
  const scenarios = useLiveQuery(() => listScenarios(db, plan.id), [db, plan.id]);
  if (!planContent || !scenarios) return null;
  const content = { ...planContent, scenarios };
  const today = todayIso();

  const analysis = analysePlan({ ...content, mtdThreshold: plan.mtdThreshold, today });
  const { findings } = analysis;
  const steps = planProgress({
    ...content,
    findings,
    dependencyCount: content.dependencies.length,
    runbookCount: content.runbooks.length,
    contactCount: content.contacts.length,
    callCount: content.callTree?.entries.length ?? 0,
    testReview: { exercises: content.exercises, scenarios, plan, today },
  });
  const next = nextAction(steps, findings);
  const data = readiness({ ...content, analysis, steps, today });
  const weak = weakPoints(data);
  const critical = content.systems.filter(
    (system) => system.tier !== null && system.tier <= EXERCISED_TIER_MAX,
  ).length;
  const findingTotal = findings.length;

  return (
    <main className="page overview" aria-labelledby="overview-heading">
      <div className="page-header">
        <div>
          <h1 id="overview-heading">{plan.name}</h1>
          <p className="page-lede">
            {plan.organisation ? `${plan.organisation} · ` : ''}
            {plural(content.systems.length, 'system', 'systems')} ·{' '}
            {plural(content.processes.length, 'process', 'processes')}
          </p>
        </div>
      </div>

      <TemplateNotice plan={plan} />

      <section className="readiness" aria-labelledby="readiness-heading">
        <div className="readiness-overall">
          <h2 id="readiness-heading">Readiness</h2>
          <p className="readiness-percent" aria-describedby="readiness-heading">
            {data.overall}%
          </p>
          {weak.length > 0 ? (
            <ul className="readiness-weak" aria-label="Where the plan is weak">
              {weak.map((point) => (
                <li key={point}>{point}</li>
              ))}
            </ul>
          ) : (
            <p>Every step is complete and nothing serious is found.</p>
          )}
        </div>
        <ol className="readiness-steps" aria-label="Readiness per step">
          {data.steps.map((step) => (
            <li key={step.id}>
              <span className="readiness-step-title">{step.title}</span>
              <progress max={100} value={step.percent} aria-label={`${step.title}: ${step.percent}%`} />
              <span className="readiness-step-percent">{step.percent}%</span>
            </li>
          ))}
        </ol>
      </section>

      <section className="next-action" aria-labelledby="next-heading">
        <h2 id="next-heading">What to do next</h2>
        {next ? (
          <Link href={pathOf(next.target)} className="button button-primary">
            {next.text} →
          </Link>
        ) : (
          <p>Every step is done and the analysis finds nothing to fix.</p>
        )}
      </section>

      <section className="charts" aria-label="Readiness in pictures">
        <div className="chart-wide">
          <RtoChart bars={data.rto} />
        </div>
        <CountChart
          title="Findings by severity"
          what="Findings"
          summary={
            findingTotal === 0
              ? 'No findings.'
              : data.severities
                  .map((row) => `${row.count} ${SEVERITY_LABELS[row.severity].toLowerCase()}`)
                  .join(', ')
          }
          rows={data.severities.map((row) => ({
            label: SEVERITY_LABELS[row.severity],
            count: row.count,
            tone: `bar-${row.severity}`,
          }))}
        />
        <CountChart
          title="Systems per tier"
          what="Systems"
          summary={
            data.tiers
              .filter((row) => row.count > 0)
              .map((row) => `${row.count} ${row.tier === null ? 'without a tier' : `in tier ${row.tier}`}`)
              .join(', ') || 'No systems yet.'
          }
          rows={data.tiers.map((row) => ({
            label: row.tier === null ? 'Not set' : (TIER_INFO[row.tier].label.split(' – ')[0] ?? ''),
            count: row.count,
            tone: row.tier === null ? 'bar-unknown-solid' : row.tier <= 1 ? 'bar-tier-critical' : 'bar-tier',
          }))}
        />
        <CoverageChart quarters={data.coverage} critical={critical} />
      </section>

      <section className="form-section" aria-labelledby="findings-heading">
        <h2 id="findings-heading">
          Then, most severe first{' '}
          <span className="muted">– {plural(findingTotal, 'finding', 'findings')}</span>
        </h2>
        <NextSteps steps={data.nextSteps} />
      </section>

      <ol className="step-cards" aria-label="Planning steps">
        {steps.map((step, index) => (
          <li key={step.id} className={`step-card step-${step.status}`}>
            <span className="step-card-number" aria-hidden="true">
              {step.status === 'done' ? '✓' : index + 1}
            </span>
            <div className="step-card-body">
              <h3>{step.title}</h3>
              <p className="step-card-purpose">{step.purpose}</p>
              {step.status !== 'later' && step.total > 0 && (
                <progress
                  className="step-progress"
                  max={step.total}
                  value={step.done}
                  aria-label={`${step.title}: ${step.done} of ${step.total} complete`}
                />
              )}
              <p className="step-card-summary">{step.summary}</p>
              {step.next && step.status !== 'done' && (
                <Link href={pathOf(step.next.target)} className="step-card-next">
                  {step.next.text}
                </Link>
              )}
            </div>
            <span className="step-card-status">{STATUS_LABELS[step.status]}</span>
          </li>
        ))}
      </ol>
    </main>
  );
}

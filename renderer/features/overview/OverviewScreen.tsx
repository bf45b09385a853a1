import { useLiveQuery } from 'dexie-react-hooks';
import { Link } from 'wouter';
import { isProblem } from '../../../shared/analysis/findings';
import { analysePlan } from '../../../shared/analysis/plan-analysis';
import {
  nextAction,
  planProgress,
  type NextTarget,
  type StepProgress,
} from '../../../shared/analysis/progress';
import type { Plan } from '../../../shared/model/plan';
import { useServices } from '../../app/services';
import { TemplateNotice } from '../templates/TemplateNotice';
import { plural } from '../../components/format';
import { todayIso } from '../../db/clock';
import { FindingsList } from '../findings/FindingsList';
import { usePlanContent } from '../plans/usePlanContent';
import { listScenarios } from '../scenarios/scenario-repository';
import './overview.css';

function pathOf(target: NextTarget): string {
  switch (target.kind) {
    case 'system':
      return `/systems/${target.id}`;
    case 'process':
      return `/processes/${target.id}`;
    case 'scenario':
      return `/scenarios/${target.id}`;
    case 'contact':
      return `/contacts/${target.id}`;
    default:
      return `/${target.kind}`;
  }
}

const STATUS_LABELS = {
  done: 'Done',
  'in-progress': 'In progress',
  'not-started': 'Not started',
  later: 'Coming later',
} as const satisfies Record<StepProgress['status'], string>;

/** The plan's front page: the five steps, how far each has got, and what to do next. */
export function OverviewScreen({ plan }: { plan: Plan }) {
  const { db } = useServices();
  const planContent = usePlanContent(plan.id);
  const scenarios = useLiveQuery(() => listScenarios(db, plan.id), [db, plan.id]);
  if (!planContent || !scenarios) return null;
  const content = { ...planContent, scenarios };

  const { findings } = analysePlan({ ...content, mtdThreshold: plan.mtdThreshold, today: todayIso() });
  const steps = planProgress({
    ...content,
    findings,
    dependencyCount: content.dependencies.length,
    runbookCount: content.runbooks.length,
    contactCount: content.contacts.length,
    callCount: content.callTree?.entries.length ?? 0,
  });
  const next = nextAction(steps, findings);
  const errors = findings.filter(isProblem).length;

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
      <section className="next-action" aria-labelledby="next-heading">
        <h2 id="next-heading">What to do next</h2>
        {next ? (
          <Link href={pathOf(next.target)} className="button button-primary">
            {next.text} →
          </Link>
        ) : (
          <p>
            Everything in the steps available today is done. Runbooks and testing arrive in later versions.
          </p>
        )}
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

      <section className="form-section" aria-labelledby="findings-heading">
        <h2 id="findings-heading">
          Findings{' '}
          <span className="muted">
            {findings.length === 0
              ? '– nothing to fix so far'
              : `– ${plural(errors, 'problem', 'problems')}, ${plural(findings.length - errors, 'thing', 'things')} to check`}
          </span>
        </h2>
        <FindingsList findings={findings} showSubject label="Findings for this plan" />
      </section>
    </main>
  );
}

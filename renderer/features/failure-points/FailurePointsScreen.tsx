import { useMemo } from 'react';
import { Link } from 'wouter';
import { isProblem } from '../../../shared/analysis/findings';
import { analysePlan } from '../../../shared/analysis/plan-analysis';
import type { Plan } from '../../../shared/model/plan';
import { plural } from '../../components/format';
import { todayIso } from '../../db/clock';
import { FindingsBySeverity } from './FindingsBySeverity';
import { CycleList, RecoveryOrder } from './RecoveryOrder';
import { SpofList } from './SpofList';
import { usePlanContent } from '../plans/usePlanContent';
import './failure-points.css';

/** Step 3: what can take the business down, the order to recover in, and everything to fix. */
export function FailurePointsScreen({ plan }: { plan: Plan }) {
  const content = usePlanContent(plan.id);
  const analysis = useMemo(
    () => (content ? analysePlan({ ...content, mtdThreshold: plan.mtdThreshold, today: todayIso() }) : null),
    [content, plan.mtdThreshold],
  );
  if (!content || !analysis) return null;

  const systems = new Map(content.systems.map((system) => [system.id, system]));
  const processes = new Map(content.processes.map((process) => [process.id, process]));
  const problems = analysis.findings.filter(isProblem).length;

  return (
    <main className="page failure-points" aria-labelledby="failure-points-heading">
      <div className="page-header">
        <div>
          <h1 id="failure-points-heading">Failure points</h1>
          <p className="page-lede">
            What one failure can take down, the order to bring systems back in, and what to fix. It follows
            every change you make to systems, processes and dependencies.
          </p>
        </div>
        <Link href="/what-if" className="button button-primary">
          Simulate an outage…
        </Link>
      </div>

      <div className="failure-layout">
        <div className="failure-main">
          <section className="form-section" aria-labelledby="spof-heading">
            <h2 id="spof-heading">
              Single points of failure <span className="muted">– {analysis.spofs.length}</span>
            </h2>
            <p className="section-lede">
              Systems without redundancy whose failure alone stops something critical, worst first.
            </p>
            <SpofList planId={plan.id} spofs={analysis.spofs} systems={systems} processes={processes} />
          </section>

          <section className="form-section" aria-labelledby="waves-heading">
            <h2 id="waves-heading">Recovery order</h2>
            <p className="section-lede">
              After a disaster, bring systems back in waves: wave 1 is what needs nothing else to run, each
              later wave what needs only the waves before it. Systems in the same wave can be recovered side
              by side.
            </p>
            <RecoveryOrder analysis={analysis} />
          </section>

          <section className="form-section" aria-labelledby="cycles-heading">
            <h2 id="cycles-heading">
              Dependency cycles <span className="muted">– {analysis.cycles.length}</span>
            </h2>
            <CycleList analysis={analysis} />
          </section>
        </div>

        <section className="form-section failure-findings" aria-labelledby="findings-heading">
          <h2 id="findings-heading">
            Findings{' '}
            <span className="muted">
              –{' '}
              {analysis.findings.length === 0
                ? 'nothing to fix so far'
                : `${plural(problems, 'problem', 'problems')}, ${plural(analysis.findings.length - problems, 'thing', 'things')} to check`}
            </span>
          </h2>
          <FindingsBySeverity findings={analysis.findings} />
        </section>
      </div>
    </main>
  );
}

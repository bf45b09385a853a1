import { useLiveQuery } from 'dexie-react-hooks';
import { Link, Redirect, Route, Switch, useRoute } from 'wouter';
import { useServices } from '../../app/services';
import { SystemDetailScreen } from '../systems/SystemDetailScreen';
import { SystemsScreen } from '../systems/SystemsScreen';

/** The planning steps that work today; later steps join this list when they do. */
const STEPS = [{ path: '/systems', label: 'Critical systems' }] as const;

/** Everything inside one plan. Nested routes are relative to /plans/:planId. */
export function PlanWorkspace({ planId }: { planId: string }) {
  const { db } = useServices();
  const plan = useLiveQuery(async () => (await db.plans.get(planId)) ?? null, [db, planId]);

  if (plan === undefined) return null;
  if (plan === null) {
    return (
      <main className="page">
        <h1>Plan not found</h1>
        <p>It may have been deleted on this computer.</p>
        <Link href="~/">Back to your plans</Link>
      </main>
    );
  }

  return (
    <div className="workspace">
      <nav className="sidebar" aria-label="Planning steps">
        <Link href="~/" className="sidebar-back">
          ← All plans
        </Link>
        <div className="sidebar-plan">
          <span className="sidebar-plan-name">{plan.name}</span>
          {plan.organisation && <span className="sidebar-plan-org">{plan.organisation}</span>}
        </div>
        <ol className="steps">
          {STEPS.map((step, index) => (
            <StepLink key={step.path} path={step.path} number={index + 1} label={step.label} />
          ))}
        </ol>
      </nav>
      <Switch>
        <Route path="/systems">
          <SystemsScreen plan={plan} />
        </Route>
        <Route path="/systems/:systemId">
          {(params) => <SystemDetailScreen planId={plan.id} systemId={params.systemId} />}
        </Route>
        <Route>
          <Redirect to="/systems" replace />
        </Route>
      </Switch>
    </div>
  );
}

function StepLink({ path, number, label }: { path: string; number: number; label: string }) {
  const [active] = useRoute(`${path}/*?`);
  return (
    <li>
      <Link href={path} className="step-link" aria-current={active ? 'page' : undefined}>
        <span className="step-number" aria-hidden="true">
          {number}
        </span>
        {label}
      </Link>
    </li>
  );
}

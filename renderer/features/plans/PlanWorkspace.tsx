import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, Redirect, Route, useRoute } from 'wouter';
import { ScreenSwitch } from '../../app/ErrorBoundary';
import { useServices } from '../../app/services';
import { BackupsScreen } from '../backups/BackupsScreen';
import { CallTreePrintScreen } from '../call-tree/CallTreePrintScreen';
import { CallTreeScreen } from '../call-tree/CallTreeScreen';
import { ContactDetailScreen } from '../contacts/ContactDetailScreen';
import { ContactsScreen } from '../contacts/ContactsScreen';
import { ExportDialog } from '../exchange/ExportDialog';
import { ExerciseDetailScreen } from '../exercises/ExerciseDetailScreen';
import { ExerciseRunScreen } from '../exercises/ExerciseRunScreen';
import { ExercisesScreen } from '../exercises/ExercisesScreen';
import { FailurePointsScreen } from '../failure-points/FailurePointsScreen';
import { ObjectivesScreen } from '../objectives/ObjectivesScreen';
import { OverviewScreen } from '../overview/OverviewScreen';
import { ReviewScreen } from '../review/ReviewScreen';
import { PlanVersionLine } from '../review/PlanVersionLine';
import { ProcessDetailScreen } from '../processes/ProcessDetailScreen';
import { ProcessesScreen } from '../processes/ProcessesScreen';
import { RunbookEditorScreen } from '../runbooks/RunbookEditorScreen';
import { RunbookReadScreen } from '../runbooks/RunbookReadScreen';
import { RunbooksScreen } from '../runbooks/RunbooksScreen';
import { ScenarioDetailScreen } from '../scenarios/ScenarioDetailScreen';
import { ScenariosScreen } from '../scenarios/ScenariosScreen';
import { SystemDetailScreen } from '../systems/SystemDetailScreen';
import { SystemsScreen } from '../systems/SystemsScreen';
import { TeamsScreen } from '../teams/TeamsScreen';
import { WhatIfScreen } from '../what-if/WhatIfScreen';
import { VendorDetailScreen } from '../vendors/VendorDetailScreen';
import { VendorsScreen } from '../vendors/VendorsScreen';

// The map brings @xyflow/react and its worker: loaded when first opened, not at start.
const MapScreen = lazy(() => import('../map/MapScreen').then((module) => ({ default: module.MapScreen })));

/** The screens of the planning steps that work today, in the order the overview walks through them. */
const SCREENS = [
  { path: '/systems', label: 'Critical systems', step: 1 },
  { path: '/processes', label: 'Business processes', step: 1 },
  { path: '/objectives', label: 'Recovery objectives', step: 2 },
  { path: '/map', label: 'Dependency map', step: 3 },
  { path: '/failure-points', label: 'Failure points', step: 3 },
  { path: '/scenarios', label: 'Scenarios', step: 3 },
  { path: '/what-if', label: 'What-if', step: 3 },
  { path: '/runbooks', label: 'Runbooks', step: 4 },
  { path: '/contacts', label: 'Contacts', step: 4 },
  { path: '/teams', label: 'Roles and teams', step: 4 },
  { path: '/call-tree', label: 'Call tree', step: 4 },
  { path: '/vendors', label: 'Vendors', step: 4 },
  { path: '/exercises', label: 'Exercises', step: 5 },
  { path: '/review', label: 'Review and approval', step: 5 },
] as const;

/** Everything inside one plan. Nested routes are relative to /plans/:planId. */
export function PlanWorkspace({ planId }: { planId: string }) {
  const { db } = useServices();
  const plan = useLiveQuery(async () => (await db.plans.get(planId)) ?? null, [db, planId]);
  const [exporting, setExporting] = useState(false);

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
      <nav className="sidebar" aria-label="Plan">
        <Link href="~/" className="sidebar-back">
          ← All plans
        </Link>
        <div className="sidebar-plan">
          <span className="sidebar-plan-name">{plan.name}</span>
          {plan.organisation && <span className="sidebar-plan-org">{plan.organisation}</span>}
          <PlanVersionLine plan={plan} />
          <Button
            className="button button-small sidebar-export"
            onPress={() => {
              setExporting(true);
            }}
          >
            Export…
          </Button>
          <Link href="/backups" className="sidebar-backups">
            Backups of this plan
          </Link>
          <Link href={`~/present/${plan.id}`} className="sidebar-backups">
            Workshop mode
          </Link>
        </div>
        <ol className="steps">
          <NavLink path="/overview" marker="★" label="Overview" />
          {SCREENS.map((screen) => (
            <NavLink key={screen.path} path={screen.path} marker={String(screen.step)} label={screen.label} />
          ))}
        </ol>
      </nav>
      <ScreenSwitch>
        <Route path="/overview">
          <OverviewScreen plan={plan} />
        </Route>
        <Route path="/systems">
          <SystemsScreen plan={plan} />
        </Route>
        <Route path="/systems/:systemId">
          {(params) => <SystemDetailScreen plan={plan} systemId={params.systemId} />}
        </Route>
        <Route path="/processes">
          <ProcessesScreen plan={plan} />
        </Route>
        <Route path="/processes/:processId">
          {(params) => <ProcessDetailScreen plan={plan} processId={params.processId} />}
        </Route>
        <Route path="/objectives">
          <ObjectivesScreen plan={plan} />
        </Route>
        <Route path="/failure-points">
          <FailurePointsScreen plan={plan} />
        </Route>
        <Route path="/what-if">
          <WhatIfScreen plan={plan} />
        </Route>
        <Route path="/scenarios">
          <ScenariosScreen plan={plan} />
        </Route>
        <Route path="/scenarios/:scenarioId">
          {(params) => <ScenarioDetailScreen plan={plan} scenarioId={params.scenarioId} />}
        </Route>
        <Route path="/runbooks">
          <RunbooksScreen plan={plan} />
        </Route>
        <Route path="/runbooks/:runbookId">
          {(params) => <RunbookEditorScreen plan={plan} runbookId={params.runbookId} />}
        </Route>
        <Route path="/runbooks/:runbookId/read">
          {(params) => <RunbookReadScreen plan={plan} runbookId={params.runbookId} />}
        </Route>
        <Route path="/vendors">
          <VendorsScreen plan={plan} />
        </Route>
        <Route path="/vendors/:vendorId">
          {(params) => <VendorDetailScreen plan={plan} vendorId={params.vendorId} />}
        </Route>
        <Route path="/contacts">
          <ContactsScreen plan={plan} />
        </Route>
        <Route path="/contacts/:contactId">
          {(params) => <ContactDetailScreen plan={plan} contactId={params.contactId} />}
        </Route>
        <Route path="/teams">
          <TeamsScreen plan={plan} />
        </Route>
        <Route path="/call-tree">
          <CallTreeScreen plan={plan} />
        </Route>
        <Route path="/call-tree/print">
          <CallTreePrintScreen plan={plan} />
        </Route>
        <Route path="/review">
          <ReviewScreen plan={plan} />
        </Route>
        <Route path="/exercises">
          <ExercisesScreen plan={plan} />
        </Route>
        <Route path="/exercises/:exerciseId">
          {(params) => <ExerciseDetailScreen plan={plan} exerciseId={params.exerciseId} />}
        </Route>
        <Route path="/exercises/:exerciseId/run">
          {(params) => <ExerciseRunScreen exerciseId={params.exerciseId} />}
        </Route>
        <Route path="/backups">
          <BackupsScreen plan={plan} />
        </Route>
        <Route path="/map">
          <Suspense fallback={<p className="page muted">Loading the map…</p>}>
            <MapScreen plan={plan} />
          </Suspense>
        </Route>
        <Route>
          <Redirect to="/overview" replace />
        </Route>
      </ScreenSwitch>
      <ExportDialog
        plan={exporting ? plan : null}
        onClose={() => {
          setExporting(false);
        }}
      />
    </div>
  );
}

function NavLink({ path, marker, label }: { path: string; marker: string; label: string }) {
  const [active] = useRoute(`${path}/*?`);
  return (
    <li>
      <Link href={path} className="step-link" aria-current={active ? 'page' : undefined}>
        <span className="step-number" aria-hidden="true">
          {marker}
        </span>
        {label}
      </Link>
    </li>
  );
}

import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { Link, Redirect, Route, Router, useLocation, useRoute } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { SaveStatusBar } from '../autosave/SaveStatusBar';
import { useFlushOnLeave } from '../autosave/useFlushOnLeave';
import { Toasts } from '../components/toasts';
import { AboutDialog } from '../features/about/AboutDialog';
import { BackupsScreen } from '../features/backups/BackupsScreen';
import { PlanListScreen } from '../features/plans/PlanListScreen';
import { PlanWorkspace } from '../features/plans/PlanWorkspace';
import { PresenterView } from '../features/workshop/PresenterView';
import { DatabaseGate } from './DatabaseGate';
import { ScreenSwitch } from './ErrorBoundary';
import { useServices } from './services';

/*
 * Hash routing: the URL of the page itself never changes, so Electron's
 * navigation guard never has to allow an in-app move, and a reload always
 * lands on index.html.
 */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <Shell />
    </Router>
  );
}

function Shell() {
  const { platform, toasts, saveTracker } = useServices();
  const [, navigate] = useLocation();
  const [aboutOpen, setAboutOpen] = useState(false);
  useFlushOnLeave(saveTracker);
  const [presenting, presented] = useRoute('/present/:planId');

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'new-plan') navigate('/new');
        else if (command === 'new-plan-from-template') navigate('/new-from-template');
        else if (command === 'open-plan-list') navigate('/');
        else if (command === 'open-backups') navigate('/backups');
        else setAboutOpen(true);
      }),
    [platform, navigate],
  );

  if (presenting) {
    // Workshop mode owns the whole window: no top bar, plan list or toasts that could name another client.
    return (
      <DatabaseGate>
        <ScreenSwitch>
          <Route path="/present/:planId">
            <PresenterView key={presented.planId} planId={presented.planId} />
          </Route>
        </ScreenSwitch>
      </DatabaseGate>
    );
  }

  return (
    <div className="app">
      <header className="topbar">
        <Link href="/" className="brand">
          <span className="brand-mark" aria-hidden="true">
            ◆
          </span>
          DR Planner
        </Link>
        <SaveStatusBar />
        <Button
          className="button button-quiet"
          onPress={() => {
            setAboutOpen(true);
          }}
        >
          About
        </Button>
      </header>
      <DatabaseGate>
        <ScreenSwitch>
          <Route path="/">
            <PlanListScreen open={null} />
          </Route>
          <Route path="/new">
            <PlanListScreen open="new-plan" />
          </Route>
          <Route path="/new-from-template">
            <PlanListScreen open="new-from-template" />
          </Route>
          <Route path="/backups">
            <BackupsScreen plan={null} />
          </Route>
          <Route path="/plans/:planId" nest>
            {(params) => <PlanWorkspace key={params.planId} planId={params.planId} />}
          </Route>
          <Route>
            <Redirect to="/" replace />
          </Route>
        </ScreenSwitch>
      </DatabaseGate>
      <Toasts queue={toasts} />
      <AboutDialog isOpen={aboutOpen} onOpenChange={setAboutOpen} />
    </div>
  );
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { Button, Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { useLocation } from 'wouter';
import { workshopFieldSchemas } from '../../../shared/model/workshop';
import { useServices } from '../../app/services';
import { Agenda, AgendaClock } from './Agenda';
import { useAgendaTimer } from './agenda-timer';
import { ParkingLot } from './ParkingLot';
import { QuickCapture } from './QuickCapture';
import { WorkshopField } from './WorkshopField';
import { WorkshopSaveStatus } from './WorkshopSaveStatus';
import { getWorkshop, updateWorkshopNotes } from './workshop-repository';
import './workshop.css';

/**
 * Workshop mode, for a projector in front of a client: large type, high contrast, and nothing but
 * this plan. It replaces the whole window (no plan list, sidebar, toasts or other plans' unsaved
 * edits by name), and the window title names only this plan.
 */
export function PresenterView({ planId }: { planId: string }) {
  const { db, toasts } = useServices();
  const [, navigate] = useLocation();
  const plan = useLiveQuery(async () => (await db.plans.get(planId)) ?? null, [db, planId]);
  const workshop = useLiveQuery(() => getWorkshop(db, planId), [db, planId]);
  const timer = useAgendaTimer(workshop?.agenda ?? []);
  const name = plan?.name;

  useEffect(() => {
    // A toast from before (say, "Deleted plan X") could name another client: close them all.
    for (const toast of toasts.visibleToasts) toasts.close(toast.key);
  }, [toasts]);

  useEffect(() => {
    const before = document.title;
    document.title = name === undefined ? 'Workshop – DR Planner' : `${name} – Workshop – DR Planner`;
    return () => {
      document.title = before;
    };
  }, [name]);

  if (plan === undefined || workshop === undefined) return null;
  if (plan === null) {
    return (
      <main className="presenter">
        <h1>Plan not found</h1>
        <Button
          className="button"
          onPress={() => {
            navigate('/');
          }}
        >
          Leave workshop mode
        </Button>
      </main>
    );
  }

  return (
    <div className="presenter">
      <header className="presenter-header">
        <div>
          <p className="presenter-kicker">Workshop</p>
          <h1 className="presenter-title">{plan.name}</h1>
        </div>
        <WorkshopSaveStatus planId={planId} />
        <Button
          className="button presenter-leave"
          onPress={() => {
            navigate(`/plans/${planId}/overview`);
          }}
        >
          Leave workshop mode
        </Button>
      </header>
      <AgendaClock timer={timer} planId={planId} />
      <Tabs className="presenter-tabs">
        <TabList aria-label="Workshop" className="presenter-tablist">
          <Tab id="capture">Quick capture</Tab>
          <Tab id="parking">
            Parking lot ({workshop?.parkingLot.filter((item) => item.status === 'open').length ?? 0})
          </Tab>
          <Tab id="agenda">Agenda</Tab>
          <Tab id="notes">Notes</Tab>
        </TabList>
        <TabPanel id="capture" className="presenter-panel">
          <QuickCapture planId={planId} />
        </TabPanel>
        <TabPanel id="parking" className="presenter-panel">
          <ParkingLot planId={planId} items={workshop?.parkingLot ?? []} />
        </TabPanel>
        <TabPanel id="agenda" className="presenter-panel">
          <Agenda planId={planId} items={workshop?.agenda ?? []} />
        </TabPanel>
        <TabPanel id="notes" className="presenter-panel">
          <WorkshopField
            planId={planId}
            saveKey="notes"
            label="Workshop notes"
            what="Workshop notes"
            control={{ kind: 'textarea', rows: 12 }}
            value={workshop?.notes ?? ''}
            schema={workshopFieldSchemas.notes}
            save={(notes) => updateWorkshopNotes(db, planId, notes)}
          />
        </TabPanel>
      </Tabs>
    </div>
  );
}

import { useSyncExternalStore, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useServices } from './services';

/**
 * Says where this window stands with the database, and renders the screens only while they can
 * work: once it is open (or open read-only). Screens never meet a closed or half-open database.
 */
export function DatabaseGate({ children }: { children: ReactNode }) {
  const { databaseStatus } = useServices();
  const state = useSyncExternalStore(databaseStatus.subscribe, databaseStatus.getSnapshot);

  switch (state.kind) {
    case 'opening':
      return null;
    case 'open':
      return children;
    case 'read-only':
      return (
        <>
          <div className="database-banner" role="alert" data-kind="read-only">
            <strong>Read-only: this database was made by a newer version of DR Planner.</strong> Your plans
            are shown as they are, and nothing here can change them. Update DR Planner to edit.
          </div>
          {children}
        </>
      );
    case 'blocked':
      return (
        <div className="database-banner" role="alert" data-kind="blocked">
          <strong>Waiting for other DR Planner windows.</strong> Another window still has the older database
          open, so this one cannot update it. Close the other DR Planner windows (or reload them); this window
          continues as soon as they let go.
        </div>
      );
    case 'closed':
      return (
        <div className="database-banner" role="alert" data-kind="closed">
          <strong>Another DR Planner window is updating the database.</strong> This window let go of it so the
          update can finish; everything shown as saved is kept. Reload to continue.
          <Button
            className="button button-small"
            onPress={() => {
              window.location.reload();
            }}
          >
            Reload
          </Button>
        </div>
      );
    case 'unreadable':
      return (
        <div className="database-banner" role="alert" data-kind="unreadable">
          <strong>The database cannot be opened.</strong> {state.message}
        </div>
      );
  }
}

import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { csvFileName, systemsToCsv } from '../../../shared/export/systems-csv';
import type { Plan } from '../../../shared/model/plan';
import { useServices } from '../../app/services';
import { plural } from '../../components/format';
import { ImportSystemsDialog } from '../import/ImportSystemsDialog';
import { useSystemsImport } from '../import/useSystemsImport';
import { TemplateNotice } from '../templates/TemplateNotice';
import { applyView, DEFAULT_VIEW, isFiltered, keepOrder, type SystemListView } from './system-list';
import { listSystems } from './system-repository';
import { SystemsTable } from './SystemsTable';
import { SystemsToolbar } from './SystemsToolbar';
import './systems-screen.css';

export function SystemsScreen({ plan }: { plan: Plan }) {
  const { db, platform, toasts } = useServices();
  const systems = useLiveQuery(() => listSystems(db, plan.id), [db, plan.id]);
  const [view, setViewState] = useState(DEFAULT_VIEW);
  // Row order frozen while focus is inside the table (see keepOrder).
  const [frozen, setFrozen] = useState<readonly string[] | null>(null);
  const csvImport = useSystemsImport();

  if (!systems) return null;
  const viewed = applyView(systems, view);
  const shown = frozen ? keepOrder(systems, viewed, frozen) : viewed;
  const setView = (next: SystemListView) => {
    setViewState(next);
    setFrozen(null);
  };

  const exportCsv = async () => {
    const data = new TextEncoder().encode('\uFEFF' + systemsToCsv(systems));
    const result = await platform.saveFile({
      suggestedName: csvFileName(plan, 'systems'),
      filters: [{ name: 'CSV spreadsheet', extensions: ['csv'] }],
      data,
    });
    if (result.status === 'saved') toasts.add({ title: `Saved ${result.fileName}` }, { timeout: 5000 });
    else if (result.status === 'failed') toasts.add({ title: 'Export failed', description: result.message });
  };

  return (
    <main className="page" aria-labelledby="systems-heading">
      <div className="page-header">
        <div>
          <h1 id="systems-heading">Critical systems</h1>
          <p className="page-lede">
            Everything whose loss would hurt: applications, data stores, infrastructure, third-party services,
            facilities and key people. Start with names; fill in details later.
          </p>
        </div>
        <div className="page-header-actions">
          <Button className="button" onPress={() => void csvImport.pickFile()}>
            Import CSV…
          </Button>
          <Button className="button" isDisabled={systems.length === 0} onPress={() => void exportCsv()}>
            Export CSV
          </Button>
        </div>
      </div>
      <TemplateNotice plan={plan} />
      <ImportSystemsDialog
        planId={plan.id}
        opened={csvImport.opened}
        existingNames={systems.map((system) => system.name)}
        onClose={csvImport.close}
      />
      <SystemsToolbar view={view} onChange={setView} />
      <p className="table-summary" aria-live="polite">
        {isFiltered(view) ? (
          <>
            Showing {viewed.length} of {plural(systems.length, 'system', 'systems')}.{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setView({ ...DEFAULT_VIEW, sort: view.sort, direction: view.direction });
              }}
            >
              Clear filters
            </button>
          </>
        ) : (
          plural(systems.length, 'system', 'systems')
        )}
      </p>
      <div
        onFocus={() => {
          if (!frozen) setFrozen(shown.map((system) => system.id));
        }}
        onBlur={(event) => {
          if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) {
            setFrozen(null);
          }
        }}
      >
        <SystemsTable
          planId={plan.id}
          systems={shown}
          view={view}
          onSort={(sort, direction) => {
            setView({ ...view, sort, direction });
          }}
        />
      </div>
    </main>
  );
}

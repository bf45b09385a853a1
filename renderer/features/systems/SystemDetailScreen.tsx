import { useLiveQuery } from 'dexie-react-hooks';
import { Button } from 'react-aria-components';
import { Link, useLocation } from 'wouter';
import type { Plan } from '../../../shared/model/plan';
import { TIER_INFO } from '../../../shared/model/system';
import { useServices } from '../../app/services';
import { systemFields } from './system-fields';
import { SystemField } from './SystemField';
import { SystemObjectives } from './SystemObjectives';
import { SystemDependencies } from '../dependencies/SystemDependencies';
import { SystemRunbooks } from '../runbooks/SystemRunbooks';
import { useSystemActions } from './useSystemActions';
import { SystemVendors } from '../vendors/SystemVendors';

/** The full form for one system. Every field autosaves on its own. */
export function SystemDetailScreen({ plan, systemId }: { plan: Plan; systemId: string }) {
  const { db } = useServices();
  const [, navigate] = useLocation();
  const { remove, confirmDialog } = useSystemActions();
  // null (not undefined) once loaded and missing, so "not found" is told apart from "loading".
  const system = useLiveQuery(async () => (await db.systems.get(systemId)) ?? null, [db, systemId]);

  if (system === undefined) return null;
  if (system?.planId !== plan.id) {
    return (
      <main className="page">
        <h1>System not found</h1>
        <p>It may have been deleted.</p>
        <Link href="/systems">Back to all systems</Link>
      </main>
    );
  }

  return (
    <main className="page system-detail" aria-labelledby="system-heading">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/systems">← All systems</Link>
      </nav>
      <div className="page-header">
        <h1 id="system-heading">{system.name || 'Unnamed system'}</h1>
        <Button
          className="button button-danger-quiet"
          onPress={() => {
            void remove(system, () => {
              navigate('/systems');
            });
          }}
        >
          Delete system
        </Button>
      </div>
      <section className="form-section" aria-labelledby="about-heading">
        <h2 id="about-heading">About the system</h2>
        <div className="form-grid">
          <SystemField system={system} spec={systemFields.name} />
          <SystemField system={system} spec={systemFields.type} />
          <SystemField system={system} spec={systemFields.owner} showHelp />
          <div className="field-group">
            <SystemField system={system} spec={systemFields.tier} showHelp />
            <p className="tier-hint" aria-live="polite">
              {system.tier === null
                ? 'Not classified yet. Ask: how long can the business cope without it?'
                : TIER_INFO[system.tier].hint}
            </p>
          </div>
          <SystemField system={system} spec={systemFields.description} showHelp className="span-2" />
          <SystemField system={system} spec={systemFields.detection} showHelp className="span-2" />
          <SystemField system={system} spec={systemFields.redundancy} showHelp />
          {system.redundancy.mode === 'active-active' && (
            <SystemField system={system} spec={systemFields.instances} showHelp />
          )}
        </div>
      </section>
      <SystemObjectives plan={plan} system={system} />
      <SystemDependencies system={system} />
      <SystemRunbooks system={system} />
      <SystemVendors plan={plan} system={system} />
      {confirmDialog}
    </main>
  );
}

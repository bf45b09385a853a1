import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import type { Plan } from '../../../shared/model/plan';
import { compareByRisk, IMPACT_INFO, LIKELIHOOD_INFO, type Scenario } from '../../../shared/model/scenario';
import { useServices } from '../../app/services';
import { plural } from '../../components/format';
import { TrashIcon } from '../../components/icons';
import { NewScenarioDialog } from './NewScenarioDialog';
import { RiskBadge } from './RiskBadge';
import { RiskMatrix } from './RiskMatrix';
import { listScenarios } from './scenario-repository';
import { StarterPickerDialog } from './StarterPickerDialog';
import { useScenarioActions } from './useScenarioActions';
import './scenarios.css';

/** Step 3, first part: what could go wrong, how likely and how bad, and what protects against it. */
export function ScenariosScreen({ plan }: { plan: Plan }) {
  const { db } = useServices();
  const { remove } = useScenarioActions();
  const [dialog, setDialog] = useState<'starters' | 'new' | null>(null);
  const scenarios = useLiveQuery(() => listScenarios(db, plan.id), [db, plan.id]);
  if (!scenarios) return null;
  const sorted = [...scenarios].sort(compareByRisk);

  const actions = (
    <div className="scenario-actions">
      <Button
        className="button button-primary"
        onPress={() => {
          setDialog('starters');
        }}
      >
        Add from starter list…
      </Button>
      <Button
        className="button"
        onPress={() => {
          setDialog('new');
        }}
      >
        New scenario…
      </Button>
    </div>
  );

  return (
    <main className="page" aria-labelledby="scenarios-heading">
      <div className="page-header">
        <div>
          <h1 id="scenarios-heading">Failure scenarios</h1>
          <p className="page-lede">
            Things that can go wrong, from a crashed server to losing the building. Rate how likely and how
            bad each is; the riskiest come first.
          </p>
        </div>
        {scenarios.length > 0 && actions}
      </div>

      {scenarios.length === 0 ? (
        <div className="empty-state scenario-empty">
          <h2>What could go wrong?</h2>
          <p>
            A scenario is one thing that could stop the organisation working: a server dying, the internet
            going down, a ransomware attack, a fire, the one person who knows the passwords being away.
          </p>
          <p>
            For each, you say how likely it is and how much it would hurt, which systems it takes down, how
            you would notice, and what protects you against it. Those that score highest are where time and
            money for protection pay off first.
          </p>
          <p>Start from the list of common scenarios, or describe your own.</p>
          {actions}
        </div>
      ) : (
        <>
          <p className="table-summary">{plural(scenarios.length, 'scenario', 'scenarios')}, riskiest first</p>
          <table className="grid scenario-table" aria-label="Failure scenarios">
            <thead>
              <tr>
                <th scope="col" className="col-name">
                  Scenario
                </th>
                <th scope="col">Likelihood</th>
                <th scope="col">Impact</th>
                <th scope="col">Risk</th>
                <th scope="col">Systems affected</th>
                <th scope="col">Mitigations in place</th>
                <th scope="col" className="col-actions">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((scenario) => (
                <ScenarioRow key={scenario.id} scenario={scenario} onDelete={() => void remove(scenario)} />
              ))}
            </tbody>
          </table>
          <RiskMatrix scenarios={sorted} />
        </>
      )}

      <StarterPickerDialog
        plan={plan}
        added={scenarios}
        isOpen={dialog === 'starters'}
        onOpenChange={(open) => {
          setDialog(open ? 'starters' : null);
        }}
      />
      <NewScenarioDialog
        planId={plan.id}
        isOpen={dialog === 'new'}
        onOpenChange={(open) => {
          setDialog(open ? 'new' : null);
        }}
      />
    </main>
  );
}

function ScenarioRow({ scenario, onDelete }: { scenario: Scenario; onDelete: () => void }) {
  const name = scenario.name || 'Unnamed scenario';
  const inPlace = scenario.mitigations.filter((mitigation) => mitigation.status === 'in-place').length;
  return (
    <tr>
      <td>
        <Link href={`/scenarios/${scenario.id}`} className="cell-link">
          {name}
        </Link>
      </td>
      <td>
        {scenario.likelihood === null ? (
          <span className="muted">–</span>
        ) : (
          `${scenario.likelihood} ${LIKELIHOOD_INFO[scenario.likelihood].label}`
        )}
      </td>
      <td>
        {scenario.impact === null ? (
          <span className="muted">–</span>
        ) : (
          `${scenario.impact} ${IMPACT_INFO[scenario.impact].label}`
        )}
      </td>
      <td>
        <RiskBadge scenario={scenario} />
      </td>
      <td>{scenario.affectedSystemIds.length}</td>
      <td>
        {scenario.mitigations.length === 0 ? (
          <span className="muted">none recorded</span>
        ) : (
          `${inPlace} of ${scenario.mitigations.length}`
        )}
      </td>
      <td className="row-actions">
        <Button className="icon-button" aria-label={`Delete ${name}`} onPress={onDelete}>
          <TrashIcon />
        </Button>
      </td>
    </tr>
  );
}

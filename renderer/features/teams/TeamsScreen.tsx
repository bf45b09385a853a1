import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import type { Plan } from '../../../shared/model/plan';
import { TEAM_KIND_INFO, teamFieldSchemas, type Team, type TeamKind } from '../../../shared/model/team';
import { validate } from '../../../shared/model/validation';
import type { Contact } from '../../../shared/model/contact';
import { useServices } from '../../app/services';
import { listContacts } from '../contacts/contact-repository';
import { Succession } from './Succession';
import { TeamKindField, TeamTextField } from './TeamField';
import { addStarterRoles, addTeam, listTeams, missingStarterRoles } from './team-repository';
import { teamName, useTeamActions } from './useTeamActions';
import './teams.css';

/** Step 4: who decides and who does what in a disaster, each with a line of succession. */
export function TeamsScreen({ plan }: { plan: Plan }) {
  const { db, saveTracker } = useServices();
  const data = useLiveQuery(
    () =>
      db.transaction('r', db.teams, db.contacts, async () => ({
        teams: await listTeams(db, plan.id),
        contacts: await listContacts(db, plan.id),
      })),
    [db, plan.id],
  );
  if (!data) return null;
  const missing = missingStarterRoles(data.teams);

  const addUsual = missing.length > 0 && (
    <Button
      className={data.teams.length === 0 ? 'button button-primary' : 'button'}
      onPress={() => {
        void saveTracker.run(`plan:${plan.id}:starter-roles`, 'Adding the usual roles', () =>
          addStarterRoles(db, plan.id),
        );
      }}
    >
      Add the usual roles ({missing.length})
    </Button>
  );

  return (
    <main className="page" aria-labelledby="teams-heading">
      <div className="page-header">
        <div>
          <h1 id="teams-heading">Roles and teams</h1>
          <p className="page-lede">
            Who decides and who does what when disaster strikes. Name people for each in order: the first
            acts; when they cannot be reached, the next one does.
          </p>
        </div>
        {data.teams.length > 0 && addUsual}
      </div>
      {data.teams.length === 0 && (
        <div className="empty-state teams-empty">
          <h2>Who is in charge?</h2>
          <p>
            Most plans name a DR coordinator who activates the plan, a recovery team lead, a communications
            lead, and an IT and a business recovery team. Start from those, or add your own.
          </p>
          {addUsual}
        </div>
      )}
      <div className="team-list">
        {data.teams.map((team) => (
          <TeamCard key={team.id} team={team} contacts={data.contacts} />
        ))}
      </div>
      <NewTeamForm planId={plan.id} />
    </main>
  );
}

function TeamCard({ team, contacts }: { team: Team; contacts: readonly Contact[] }) {
  const { remove } = useTeamActions();
  const headingId = useId();
  const name = teamName(team);
  return (
    <section className="panel team-card" aria-labelledby={headingId}>
      <div className="team-card-header">
        <h2 id={headingId}>
          {name} <span className="team-kind">{TEAM_KIND_INFO[team.kind].label}</span>
        </h2>
        <Button className="button button-danger-quiet button-small" onPress={() => void remove(team)}>
          Delete {team.kind}
          <span className="visually-hidden"> {name}</span>
        </Button>
      </div>
      <div className="team-fields">
        <TeamTextField team={team} field="name" label="Name" help="As people will say it in an outage." />
        <TeamKindField team={team} label="Kind" />
        <TeamTextField
          team={team}
          field="responsibilities"
          label="Responsibilities"
          help="What it does in a disaster, in plain words."
          className="span-2"
        />
      </div>
      <Succession team={team} contacts={contacts} />
    </section>
  );
}

function NewTeamForm({ planId }: { planId: string }) {
  const { db, saveTracker } = useServices();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<TeamKind>('role');
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const add = async () => {
    const checked = validate(teamFieldSchemas.name, name);
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    const saved = await saveTracker.run(`plan:${planId}:new-team`, `New ${kind} “${checked.value}”`, () =>
      addTeam(db, planId, checked.value, kind),
    );
    if (saved) {
      setName('');
      setError(null);
    }
  };

  return (
    <form
      className="panel new-team"
      aria-labelledby={`${id}-heading`}
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <h2 id={`${id}-heading`}>Add your own</h2>
      <div className="new-team-fields">
        <div className={error ? 'field field-invalid' : 'field'}>
          <label className="field-label" htmlFor={`${id}-name`}>
            Name of the role or team
          </label>
          <input
            id={`${id}-name`}
            className="control"
            value={name}
            autoComplete="off"
            placeholder="e.g. Facilities contact"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(event) => {
              setName(event.target.value);
              setError(null);
            }}
          />
          {error && (
            <p id={`${id}-error`} className="field-error">
              {error}
            </p>
          )}
        </div>
        <div className="field">
          <label className="field-label" htmlFor={`${id}-kind`}>
            Kind
          </label>
          <select
            id={`${id}-kind`}
            className="control"
            value={kind}
            onChange={(event) => {
              setKind(event.target.value === 'team' ? 'team' : 'role');
            }}
          >
            <option value="role">Role</option>
            <option value="team">Team</option>
          </select>
        </div>
        <button type="submit" className="button">
          Add
        </button>
      </div>
    </form>
  );
}

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link } from 'wouter';
import type { Contact } from '../../../shared/model/contact';
import type { Team } from '../../../shared/model/team';
import { useServices } from '../../app/services';
import { contactName } from '../contacts/useContactActions';
import { successionLabel } from './succession';
import { addMember, moveMember, removeMember } from './team-repository';
import { teamName } from './useTeamActions';

/**
 * The people of a role or team in order: the first acts, the next takes over
 * when they cannot. Move up and down with the buttons, or Alt+↑ / Alt+↓ on a
 * row; focus stays with the person moved.
 */
export function Succession({ team, contacts }: { team: Team; contacts: readonly Contact[] }) {
  const { db, saveTracker } = useServices();
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const rows = useRef(new Map<string, HTMLLIElement>());
  // The person just moved and where they should land: once the list shows them there, focus
  // follows them, unless the user has meanwhile put focus somewhere else.
  const pendingFocus = useRef<{ contactId: string; index: number; by: -1 | 1 } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const name = teamName(team);

  useEffect(() => {
    const pending = pendingFocus.current;
    if (pending === null) return;
    if (team.memberIds.indexOf(pending.contactId) !== pending.index) return;
    pendingFocus.current = null;
    const active = document.activeElement;
    const free = active === null || active === document.body || (list.current?.contains(active) ?? false);
    if (!free) return;
    const row = rows.current.get(pending.contactId);
    const same = row?.querySelector<HTMLButtonElement>(
      `button[data-move="${pending.by === -1 ? 'up' : 'down'}"]:not(:disabled)`,
    );
    const other = row?.querySelector<HTMLButtonElement>('button[data-move]:not(:disabled)');
    (same ?? other)?.focus();
  }, [team.memberIds]);

  const run = (key: string, what: string, write: () => Promise<void>) =>
    saveTracker.run(`team:${team.id}:${key}`, what, write);

  const move = (contactId: string, by: -1 | 1) => {
    const index = team.memberIds.indexOf(contactId);
    if (index + by < 0 || index + by >= team.memberIds.length) return;
    pendingFocus.current = { contactId, index: index + by, by };
    void run('order', `Order of people in “${name}”`, () => moveMember(db, team.id, contactId, by));
  };

  const onRowKeyDown = (contactId: string) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(contactId, event.key === 'ArrowUp' ? -1 : 1);
  };

  return (
    <div className="succession">
      <p className="field-label" id={`${team.id}-people`}>
        {team.kind === 'role' ? 'Who acts, in order of succession' : 'Members, lead first'}
      </p>
      {team.memberIds.length === 0 ? (
        <p className="muted">Nobody yet.</p>
      ) : (
        <ol ref={list} className="succession-list" aria-labelledby={`${team.id}-people`}>
          {team.memberIds.map((contactId, index) => {
            const contact = byId.get(contactId);
            const person = contact ? contactName(contact) : 'A removed contact';
            return (
              <li
                key={contactId}
                className="succession-row"
                onKeyDown={onRowKeyDown(contactId)}
                ref={(element) => {
                  if (element) rows.current.set(contactId, element);
                  else rows.current.delete(contactId);
                }}
              >
                <span className="succession-place" aria-hidden="true">
                  {index + 1}.
                </span>
                <span className="succession-person">
                  {contact ? <Link href={`/contacts/${contact.id}`}>{person}</Link> : person}
                  <span className="muted"> · {successionLabel(index, team.kind)}</span>
                  {contact?.phones[0] && <span className="muted"> · {contact.phones[0].number}</span>}
                </span>
                <span className="succession-actions">
                  <button
                    type="button"
                    className="button button-small"
                    data-move="up"
                    disabled={index === 0}
                    aria-label={`Move ${person} up in ${name}`}
                    aria-keyshortcuts="Alt+ArrowUp"
                    onClick={() => {
                      move(contactId, -1);
                    }}
                  >
                    ↑ Up
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    data-move="down"
                    disabled={index === team.memberIds.length - 1}
                    aria-label={`Move ${person} down in ${name}`}
                    aria-keyshortcuts="Alt+ArrowDown"
                    onClick={() => {
                      move(contactId, 1);
                    }}
                  >
                    ↓ Down
                  </button>
                  <button
                    type="button"
                    className="button button-small button-quiet"
                    aria-label={`Remove ${person} from ${name}`}
                    onClick={() => {
                      void run(`remove:${contactId}`, `Removing ${person} from “${name}”`, () =>
                        removeMember(db, team.id, contactId),
                      );
                    }}
                  >
                    Remove
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <AddMember
        team={team}
        contacts={contacts}
        onAdd={(contactId) =>
          run(`add:${contactId}`, `Adding a person to “${name}”`, () => addMember(db, team.id, contactId))
        }
      />
    </div>
  );
}

function AddMember({
  team,
  contacts,
  onAdd,
}: {
  team: Team;
  contacts: readonly Contact[];
  onAdd: (contactId: string) => Promise<boolean>;
}) {
  const id = useId();
  const [chosen, setChosen] = useState('');
  const candidates = contacts.filter((contact) => !team.memberIds.includes(contact.id));
  if (contacts.length === 0) {
    return (
      <p className="muted">
        Add people on <Link href="/contacts">Contacts</Link> first.
      </p>
    );
  }
  if (candidates.length === 0) return <p className="muted">Everyone in the contacts is here.</p>;
  const selected = candidates.some((contact) => contact.id === chosen) ? chosen : '';
  return (
    <form
      className="add-member"
      onSubmit={(event) => {
        event.preventDefault();
        if (selected === '') return;
        void onAdd(selected).then((saved) => {
          // A person picked while this one was being added stays picked.
          if (saved) setChosen((current) => (current === selected ? '' : current));
        });
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        Person to add to {teamName(team)}
      </label>
      <select
        id={id}
        className="control"
        value={selected}
        onChange={(event) => {
          setChosen(event.target.value);
        }}
      >
        <option value="">Choose a person…</option>
        {candidates.map((contact) => (
          <option key={contact.id} value={contact.id}>
            {contactName(contact)}
          </option>
        ))}
      </select>
      <button type="submit" className="button" disabled={selected === ''}>
        {team.memberIds.length === 0 ? 'Add person' : 'Add next in line'}
      </button>
    </form>
  );
}

import { useId, useState } from 'react';
import { callTreeEntriesSchema, withCall, type CallTreeEntry } from '../../../shared/model/call-tree';
import type { Contact } from '../../../shared/model/contact';
import { validate } from '../../../shared/model/validation';
import { useServices } from '../../app/services';
import { contactName } from '../contacts/useContactActions';
import { addCall } from './call-tree-repository';

/**
 * Picks a person for someone to call. People already in the tree are not
 * offered (each is called once); the schema still checks the result, and its
 * message is shown here when the change is refused.
 */
export function AddCallForm({
  planId,
  entries,
  contacts,
  caller,
  onDone,
}: {
  planId: string;
  entries: readonly CallTreeEntry[];
  contacts: readonly Contact[];
  /** The caller's entry and name, or null for whoever activates the plan. */
  caller: { entryId: string; name: string } | null;
  onDone?: () => void;
}) {
  const { db, saveTracker } = useServices();
  const id = useId();
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const called = new Set(entries.map((entry) => entry.contactId));
  const candidates = contacts.filter((contact) => !called.has(contact.id));
  const selected = candidates.some((contact) => contact.id === chosen) ? chosen : '';
  const label = caller ? `Person ${caller.name} calls` : 'Person to call first';

  if (candidates.length === 0) {
    return <p className="muted add-call-none">Everyone in the contacts is in the call tree.</p>;
  }

  const add = async () => {
    if (selected === '') {
      setError('Choose a person to call.');
      return;
    }
    const proposed = { id: crypto.randomUUID(), contactId: selected, callerId: caller?.entryId ?? null };
    const checked = validate(
      callTreeEntriesSchema,
      withCall(entries, { ...proposed, escalateAfterMinutes: null }),
    );
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    const saved = await saveTracker.run(
      `calltree:${planId}:add:${selected}`,
      'Adding a call to the call tree',
      () => addCall(db, planId, selected, proposed.callerId),
    );
    if (saved) {
      // A person picked while this call was being written stays picked.
      setChosen((current) => (current === proposed.contactId ? '' : current));
      setError(null);
      onDone?.();
    }
  };

  return (
    <form
      className="add-call"
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <select
        id={id}
        className="control"
        value={selected}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        autoFocus={caller !== null}
        onChange={(event) => {
          setChosen(event.target.value);
          setError(null);
        }}
      >
        <option value="">Choose a person…</option>
        {candidates.map((contact) => (
          <option key={contact.id} value={contact.id}>
            {contactName(contact)}
            {contact.title ? ` · ${contact.title}` : ''}
          </option>
        ))}
      </select>
      <button type="submit" className={caller ? 'button button-small' : 'button'}>
        {caller ? 'Add call' : 'Add a first call'}
      </button>
      {onDone && (
        <button type="button" className="button button-small button-quiet" onClick={onDone}>
          Cancel
        </button>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error add-call-error">
          {error}
        </p>
      )}
    </form>
  );
}

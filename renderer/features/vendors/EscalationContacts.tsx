import { useState } from 'react';
import { Button } from 'react-aria-components';
import { validate } from '../../../shared/model/validation';
import {
  escalationContactSchema,
  MAX_ESCALATION_CONTACTS,
  type EscalationContact,
  type Vendor,
} from '../../../shared/model/vendor';
import { useServices } from '../../app/services';
import { AutosaveControl } from '../../autosave/AutosaveControl';
import {
  addEscalationContact,
  moveEscalationContact,
  removeEscalationContact,
  updateEscalationContact,
  type EscalationFields,
} from './vendor-repository';

const COLUMNS = [
  { field: 'name', label: 'Name' },
  { field: 'title', label: 'Role or title' },
  { field: 'phone', label: 'Phone' },
  { field: 'email', label: 'E-mail' },
] as const satisfies readonly { field: keyof EscalationFields; label: string }[];

/** Whom to go to, in order, when the support line does not help. */
export function EscalationContacts({ vendor }: { vendor: Vendor }) {
  const { db, saveTracker } = useServices();
  const vendorName = vendor.name || 'unnamed vendor';
  const run = (key: string, what: string, write: () => Promise<void>) => {
    void saveTracker.run(`vendor:${vendor.id}:escalation:${key}`, what, write);
  };

  return (
    <div className="panel escalation">
      {vendor.escalation.length === 0 ? (
        <p className="field-help">
          Nobody recorded. Ask the vendor whom to call when a ticket is not moving: an account manager, a duty
          manager, a technical lead.
        </p>
      ) : (
        <table className="grid escalation-table" aria-label={`Escalation contacts of ${vendorName}`}>
          <thead>
            <tr>
              <th scope="col" className="col-order">
                Order
              </th>
              {COLUMNS.map((column) => (
                <th key={column.field} scope="col">
                  {column.label}
                </th>
              ))}
              <th scope="col" className="col-actions">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {vendor.escalation.map((person, index) => (
              <EscalationRow
                key={person.id}
                vendor={vendor}
                person={person}
                index={index}
                onMove={(by) => {
                  run(`${person.id}:move`, `Moving “${person.name}”`, () =>
                    moveEscalationContact(db, vendor.id, person.id, by),
                  );
                }}
                onRemove={() => {
                  run(`${person.id}:remove`, `Removing “${person.name}”`, () =>
                    removeEscalationContact(db, vendor.id, person.id),
                  );
                }}
              />
            ))}
          </tbody>
        </table>
      )}
      {vendor.escalation.length < MAX_ESCALATION_CONTACTS && <AddEscalationContact vendor={vendor} />}
    </div>
  );
}

function EscalationRow({
  vendor,
  person,
  index,
  onMove,
  onRemove,
}: {
  vendor: Vendor;
  person: EscalationContact;
  index: number;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { db } = useServices();
  const position = index + 1;
  return (
    <tr>
      <td className="col-order">{position}</td>
      {COLUMNS.map((column) => (
        <td key={column.field}>
          <AutosaveControl<string>
            control={{ kind: 'text' }}
            label={`${column.label}, escalation contact ${String(position)}`}
            hideLabel
            saveKey={`vendor:${vendor.id}:escalation:${person.id}:${column.field}`}
            what={`${column.label} of “${person.name}” at “${vendor.name}”`}
            value={person[column.field]}
            format={(text) => text}
            parse={(text) => validate(escalationContactSchema.shape[column.field], text)}
            save={(value) => updateEscalationContact(db, vendor.id, person.id, { [column.field]: value })}
          />
        </td>
      ))}
      <td className="row-actions escalation-actions">
        <Button
          className="icon-button"
          aria-label={`Move ${person.name} up`}
          isDisabled={index === 0}
          onPress={() => {
            onMove(-1);
          }}
        >
          ↑
        </Button>
        <Button
          className="icon-button"
          aria-label={`Move ${person.name} down`}
          isDisabled={index === vendor.escalation.length - 1}
          onPress={() => {
            onMove(1);
          }}
        >
          ↓
        </Button>
        <Button className="icon-button" aria-label={`Remove ${person.name}`} onPress={onRemove}>
          ×
        </Button>
      </td>
    </tr>
  );
}

const EMPTY: EscalationFields = { name: '', title: '', phone: '', email: '' };

/** A new escalation contact: checked as a whole before anything is written. */
function AddEscalationContact({ vendor }: { vendor: Vendor }) {
  const { db, saveTracker } = useServices();
  const [draft, setDraft] = useState<EscalationFields>(EMPTY);
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    const checked = validate(escalationContactSchema.omit({ id: true }), draft);
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    const saved = await saveTracker.run(
      `vendor:${vendor.id}:escalation:new`,
      `Escalation contact “${checked.value.name}”`,
      async () => {
        await addEscalationContact(db, vendor.id, checked.value);
      },
    );
    if (saved) setDraft(EMPTY);
    else setError('Not added. Use Retry in the status bar.');
  };

  return (
    <form
      className="add-escalation"
      aria-label="Add an escalation contact"
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      {COLUMNS.map((column) => (
        <div key={column.field} className="field">
          <label className="field-label" htmlFor={`new-escalation-${column.field}`}>
            {column.label}
          </label>
          <input
            id={`new-escalation-${column.field}`}
            className="control"
            value={draft[column.field]}
            autoComplete="off"
            onChange={(event) => {
              setDraft({ ...draft, [column.field]: event.target.value });
              setError(null);
            }}
          />
        </div>
      ))}
      <Button type="submit" className="button">
        Add contact
      </Button>
      {error && (
        <p className="field-error add-escalation-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

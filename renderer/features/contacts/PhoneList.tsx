import { useState } from 'react';
import { Button } from 'react-aria-components';
import { MAX_PHONES, phoneSchema, type Contact, type Phone } from '../../../shared/model/contact';
import { validate } from '../../../shared/model/validation';
import { useServices } from '../../app/services';
import { AutosaveControl } from '../../autosave/AutosaveControl';
import { addPhone, removePhone, updatePhone } from './contact-repository';
import { contactName } from './useContactActions';

/** A contact's numbers: each label and number autosaves; new ones are added with their own small form. */
export function PhoneList({ contact }: { contact: Contact }) {
  const { db, saveTracker } = useServices();
  return (
    <>
      {contact.phones.length > 0 && (
        <ol className="phone-list" aria-label="Phone numbers">
          {contact.phones.map((phone, index) => (
            <li key={phone.id} className="phone-row">
              <PhonePart contact={contact} phone={phone} part="label" index={index} />
              <PhonePart contact={contact} phone={phone} part="number" index={index} />
              <Button
                className="button button-quiet"
                aria-label={`Remove phone ${index + 1} (${phone.number})`}
                onPress={() => {
                  void saveTracker.run(
                    `contact:${contact.id}:phone:${phone.id}:remove`,
                    `Removing a phone number of “${contactName(contact)}”`,
                    () => removePhone(db, contact.id, phone.id),
                  );
                }}
              >
                Remove
              </Button>
            </li>
          ))}
        </ol>
      )}
      {contact.phones.length < MAX_PHONES ? (
        <AddPhone contact={contact} />
      ) : (
        <p className="field-help">At most {MAX_PHONES} numbers per person.</p>
      )}
    </>
  );
}

function PhonePart({
  contact,
  phone,
  part,
  index,
}: {
  contact: Contact;
  phone: Phone;
  part: 'label' | 'number';
  index: number;
}) {
  const { db } = useServices();
  const label = part === 'label' ? `Label of phone ${index + 1}` : `Number of phone ${index + 1}`;
  return (
    <AutosaveControl<string>
      control={{ kind: 'text' }}
      label={label}
      hideLabel
      saveKey={`contact:${contact.id}:phone:${phone.id}:${part}`}
      what={`${label} of “${contactName(contact)}”`}
      value={phone[part]}
      format={(text) => text}
      parse={(text) => validate(phoneSchema.shape[part], text)}
      save={(value) => updatePhone(db, contact.id, phone.id, { [part]: value })}
    />
  );
}

function AddPhone({ contact }: { contact: Contact }) {
  const { db, saveTracker } = useServices();
  const [label, setLabel] = useState('Mobile');
  const [number, setNumber] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    const checked = validate(phoneSchema.pick({ label: true, number: true }), { label, number });
    if (!checked.ok) {
      setError(checked.message);
      return;
    }
    const saved = await saveTracker.run(
      `contact:${contact.id}:new-phone`,
      `New phone number of “${contactName(contact)}”`,
      () => addPhone(db, contact.id, checked.value),
    );
    if (saved) {
      setNumber('');
      setError(null);
    }
  };

  return (
    <form
      className="add-phone"
      aria-label="Add a phone number"
      onSubmit={(event) => {
        event.preventDefault();
        void add();
      }}
    >
      <div className="field">
        <label className="field-label" htmlFor={`new-phone-label-${contact.id}`}>
          Label
        </label>
        <input
          id={`new-phone-label-${contact.id}`}
          className="control"
          value={label}
          placeholder="Mobile, office, home…"
          autoComplete="off"
          onChange={(event) => {
            setLabel(event.target.value);
          }}
        />
      </div>
      <div className={error ? 'field field-invalid' : 'field'}>
        <label className="field-label" htmlFor={`new-phone-number-${contact.id}`}>
          New number
        </label>
        <input
          id={`new-phone-number-${contact.id}`}
          className="control"
          value={number}
          placeholder="+44 7700 900123"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `new-phone-error-${contact.id}` : undefined}
          onChange={(event) => {
            setNumber(event.target.value);
            setError(null);
          }}
        />
        {error && (
          <p id={`new-phone-error-${contact.id}`} className="field-error">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="button">
        Add phone
      </button>
    </form>
  );
}

import { useState } from 'react';
import { useLocation } from 'wouter';
import { contactFieldSchemas } from '../../../shared/model/contact';
import { validate } from '../../../shared/model/validation';
import { useServices } from '../../app/services';
import { addContact } from './contact-repository';

/** Type a name and press Enter: the contact is added and its page opens for numbers and e-mail. */
export function NewContactInput({ planId }: { planId: string }) {
  const { db, saveTracker } = useServices();
  const [, navigate] = useLocation();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    if (text.trim() === '') return;
    const name = validate(contactFieldSchemas.name, text);
    if (!name.ok) {
      setError(name.message);
      return;
    }
    setText('');
    const added: { id?: string } = {};
    const saved = await saveTracker.run(
      `plan:${planId}:new-contact:${crypto.randomUUID()}`,
      `New contact “${name.value}”`,
      async () => {
        added.id = (await addContact(db, planId, name.value)).id;
      },
    );
    if (saved && added.id) navigate(`/contacts/${added.id}`);
    else setError(`“${name.value}” was not added. Use Retry in the status bar.`);
  };

  return (
    <>
      <input
        className="control"
        aria-label="New contact name"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'new-contact-error' : undefined}
        placeholder="Add a person: type their name and press Enter"
        value={text}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void add();
          }
        }}
      />
      {error && (
        <p id="new-contact-error" className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

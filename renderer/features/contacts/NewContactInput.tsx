import { contactFieldSchemas } from '../../../shared/model/contact';
import { AddByNameInput } from '../../autosave/AddByNameInput';
import type { AddByName } from '../../autosave/useAddByName';
import { addContact } from './contact-repository';

const NEW_CONTACT: AddByName = {
  what: 'contact',
  schema: contactFieldSchemas.name,
  add: addContact,
  pathOf: (id) => `/contacts/${id}`,
};

/** Type a name and press Enter: the contact is added and its page opens for numbers and e-mail. */
export function NewContactInput({ planId }: { planId: string }) {
  return (
    <AddByNameInput
      planId={planId}
      spec={NEW_CONTACT}
      label="New contact name"
      placeholder="Add a person: type their name and press Enter"
    />
  );
}

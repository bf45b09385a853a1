import type { Contact } from '../../../shared/model/contact';
import { useServices } from '../../app/services';
import { useUndoableDelete } from '../../autosave/useUndoableDelete';
import { deleteContact, restoreContact } from './contact-repository';

export const contactName = (contact: Pick<Contact, 'name'>) => contact.name || 'Unnamed contact';

export function useContactActions() {
  const { db } = useServices();
  const undoableDelete = useUndoableDelete();
  return {
    remove: (contact: Contact) =>
      undoableDelete({
        key: `contact:${contact.id}`,
        label: contactName(contact),
        remove: () => deleteContact(db, contact.id),
        restore: (deleted) => restoreContact(db, deleted),
        forget: () => [`contact:${contact.id}:`],
      }),
  };
}

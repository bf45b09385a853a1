import { Button } from 'react-aria-components';
import { Link } from 'wouter';
import type { Contact } from '../../../shared/model/contact';
import type { Plan } from '../../../shared/model/plan';
import { plural } from '../../components/format';
import { TrashIcon } from '../../components/icons';
import { NewContactInput } from './NewContactInput';
import { contactName, useContactActions } from './useContactActions';
import { usePeopleAnalysis } from './usePeopleAnalysis';
import './contacts.css';

/** Step 4: the people the plan relies on, and how current their details are. */
export function ContactsScreen({ plan }: { plan: Plan }) {
  const analysis = usePeopleAnalysis(plan);
  const { remove } = useContactActions();
  if (!analysis) return null;
  const { contacts } = analysis.content;

  return (
    <main className="page" aria-labelledby="contacts-heading">
      <div className="page-header">
        <div>
          <h1 id="contacts-heading">Contacts</h1>
          <p className="page-lede">
            The people a disaster needs: who decides, who recovers, who talks to customers and suppliers. Keep
            their numbers here, who to try when they do not answer, and when someone last checked them.
          </p>
        </div>
      </div>
      {contacts.length === 0 && (
        <div className="empty-state contacts-empty">
          <h2>Who will you call?</h2>
          <p>
            Add the people named in the plan: the DR coordinator and their deputies, the IT staff who restore
            systems, the business owners, and key people at suppliers. Then give them roles and put them in
            the call tree.
          </p>
        </div>
      )}
      <p className="table-summary">{plural(contacts.length, 'contact', 'contacts')}</p>
      <table className="grid contacts-table" aria-label="Contacts">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role or title</th>
            <th scope="col">Phone</th>
            <th scope="col">Verified</th>
            <th scope="col" className="col-actions">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((contact) => (
            <ContactRow
              key={contact.id}
              contact={contact}
              unverified={analysis.findingsOf(contact.id).length > 0}
              onDelete={() => void remove(contact)}
            />
          ))}
          <tr className="new-row">
            <td colSpan={5}>
              <NewContactInput planId={plan.id} />
            </td>
          </tr>
        </tbody>
      </table>
    </main>
  );
}

function ContactRow({
  contact,
  unverified,
  onDelete,
}: {
  contact: Contact;
  unverified: boolean;
  onDelete: () => void;
}) {
  const name = contactName(contact);
  const phone = contact.phones[0];
  return (
    <tr>
      <td>
        <Link href={`/contacts/${contact.id}`} className="cell-link">
          {name}
        </Link>
      </td>
      <td>{contact.title || <span className="muted">–</span>}</td>
      <td>
        {phone ? (
          <>
            {phone.number}
            {phone.label && <span className="muted"> ({phone.label})</span>}
          </>
        ) : (
          <span className="muted">No number</span>
        )}
      </td>
      <td>
        {contact.lastVerified ?? <span className="muted">never</span>}
        {unverified && <span className="unverified-mark">unverified</span>}
      </td>
      <td className="row-actions">
        <Button className="icon-button" aria-label={`Delete ${name}`} onPress={onDelete}>
          <TrashIcon />
        </Button>
      </td>
    </tr>
  );
}

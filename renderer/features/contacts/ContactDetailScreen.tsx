import { Button } from 'react-aria-components';
import { Link, useLocation } from 'wouter';
import type { Plan } from '../../../shared/model/plan';
import { useServices } from '../../app/services';
import { todayIso } from '../../db/clock';
import { FindingsList } from '../findings/FindingsList';
import { updateContact } from './contact-repository';
import { AlternateField, ContactField, LastVerifiedField } from './ContactField';
import { ContactUsage } from './ContactUsage';
import { PhoneList } from './PhoneList';
import { contactName, useContactActions } from './useContactActions';
import { usePeopleAnalysis } from './usePeopleAnalysis';
import './contacts.css';

/** One person: who they are, how to reach them, who to try instead, when it was checked, where they are named. */
export function ContactDetailScreen({ plan, contactId }: { plan: Plan; contactId: string }) {
  const { db, saveTracker } = useServices();
  const [, navigate] = useLocation();
  const { remove } = useContactActions();
  const analysis = usePeopleAnalysis(plan);
  if (!analysis) return null;
  const { content } = analysis;
  const contact = content.contacts.find((candidate) => candidate.id === contactId);
  if (!contact) {
    return (
      <main className="page">
        <h1>Contact not found</h1>
        <p>They may have been deleted.</p>
        <Link href="/contacts">Back to all contacts</Link>
      </main>
    );
  }
  const name = contactName(contact);
  const findings = analysis.findingsOf(contact.id);
  const today = todayIso();

  return (
    <main className="page contact-detail" aria-labelledby="contact-heading">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/contacts">← All contacts</Link>
      </nav>
      <div className="page-header">
        <h1 id="contact-heading">{name}</h1>
        <div className="page-actions">
          <Button
            className="button button-danger-quiet"
            onPress={() => {
              navigate('/contacts');
              void remove(contact);
            }}
          >
            Delete contact
          </Button>
        </div>
      </div>

      <section className="form-section" aria-labelledby="who-heading">
        <h2 id="who-heading">Who they are</h2>
        <div className="form-grid">
          <ContactField contact={contact} field="name" label="Name" className="span-2" />
          <ContactField contact={contact} field="title" label="Role or title" placeholder="e.g. IT manager" />
          <ContactField
            contact={contact}
            field="organisation"
            label="Organisation"
            help="Leave empty for your own staff; name the company for a supplier's people."
          />
        </div>
      </section>

      <section className="form-section" aria-labelledby="reach-heading">
        <h2 id="reach-heading">How to reach them</h2>
        <div className="panel">
          <PhoneList contact={contact} />
        </div>
        <div className="form-grid reach-grid">
          <ContactField contact={contact} field="email" label="E-mail" placeholder="name@example.com" />
          <AlternateField
            contact={contact}
            others={content.contacts.filter((other) => other.id !== contact.id)}
            label="Alternate contact"
            help="Whom to call when this person does not answer."
          />
          <ContactField
            contact={contact}
            field="notes"
            label="Notes"
            rows={3}
            className="span-2"
            help="When to reach them, languages, anything that helps in a hurry. Never passwords."
          />
        </div>
      </section>

      <section className="form-section" aria-labelledby="verified-heading">
        <h2 id="verified-heading">Details checked</h2>
        <div className="panel">
          <div className="verified-row">
            <LastVerifiedField
              contact={contact}
              label="Last verified"
              help="When someone last confirmed these numbers and e-mail."
            />
            <Button
              className="button"
              isDisabled={contact.lastVerified === today}
              onPress={() => {
                void saveTracker.run(
                  `contact:${contact.id}:verified-today`,
                  `Verified date of “${name}”`,
                  () => updateContact(db, contact.id, { lastVerified: today }),
                );
              }}
            >
              Verified today
            </Button>
          </div>
          <div aria-live="polite">
            <FindingsList findings={findings} label={`Findings for ${name}`} />
          </div>
        </div>
      </section>

      <section className="form-section" aria-labelledby="usage-heading">
        <h2 id="usage-heading">Where the plan names them</h2>
        <ContactUsage contact={contact} content={content} />
      </section>
    </main>
  );
}

import { Link } from 'wouter';
import type { Contact } from '../../../shared/model/contact';
import { stepLabel } from '../../../shared/model/runbook';
import type { PlanContent } from '../plans/usePlanContent';
import { successionLabel } from '../teams/succession';
import { contactName } from './useContactActions';

/** Where the plan relies on this person: roles and teams, the call tree, runbooks, other people's alternate. */
export function ContactUsage({ contact, content }: { contact: Contact; content: PlanContent }) {
  const byId = new Map(content.contacts.map((other) => [other.id, other]));
  const entries = content.callTree?.entries ?? [];
  const entry = entries.find((candidate) => candidate.contactId === contact.id);
  const caller = entry?.callerId ? entries.find((candidate) => candidate.id === entry.callerId) : undefined;
  const callerContact = caller ? byId.get(caller.contactId) : undefined;
  const calls = entry ? entries.filter((candidate) => candidate.callerId === entry.id) : [];
  const teams = content.teams.filter((team) => team.memberIds.includes(contact.id));
  const steps = content.runbooks.flatMap((runbook) =>
    runbook.steps.flatMap((step, index) =>
      step.responsibleId === contact.id || step.escalateToId === contact.id
        ? [
            {
              key: `${runbook.id}:${step.id}`,
              text: `${runbook.title}: ${stepLabel(index, step)}${step.responsibleId === contact.id ? ' (does it)' : ' (escalation)'}`,
            },
          ]
        : [],
    ),
  );
  const alternateFor = content.contacts.filter((other) => other.alternateId === contact.id);

  return (
    <div className="panel">
      <h3 className="usage-heading">Roles and teams</h3>
      {teams.length === 0 ? (
        <p className="muted">
          In no role or team. <Link href="/teams">Roles and teams</Link>
        </p>
      ) : (
        <ul className="usage-list">
          {teams.map((team) => {
            const index = team.memberIds.indexOf(contact.id);
            return (
              <li key={team.id}>
                <Link href="/teams">{team.name}</Link>: {index + 1}. {successionLabel(index, team.kind)}
              </li>
            );
          })}
        </ul>
      )}
      <h3 className="usage-heading">Call tree</h3>
      {entry ? (
        <ul className="usage-list">
          <li>
            Called by{' '}
            {callerContact ? (
              <Link href={`/contacts/${callerContact.id}`}>{contactName(callerContact)}</Link>
            ) : (
              'whoever activates the plan'
            )}
          </li>
          <li>
            {calls.length === 0
              ? 'Calls nobody'
              : `Calls ${calls.map((call) => contactName(byId.get(call.contactId) ?? { name: '' })).join(', ')}`}
          </li>
        </ul>
      ) : (
        <p className="muted">
          Not in the <Link href="/call-tree">call tree</Link>.
        </p>
      )}
      {steps.length > 0 && (
        <>
          <h3 className="usage-heading">Runbooks</h3>
          <ul className="usage-list">
            {steps.map((step) => (
              <li key={step.key}>{step.text}</li>
            ))}
          </ul>
        </>
      )}
      {alternateFor.length > 0 && (
        <>
          <h3 className="usage-heading">Alternate for</h3>
          <ul className="usage-list">
            {alternateFor.map((other) => (
              <li key={other.id}>
                <Link href={`/contacts/${other.id}`}>{contactName(other)}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

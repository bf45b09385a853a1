import type { Contact } from '../../../model/contact';
import type { Team } from '../../../model/team';
import type { PlanContext } from './context';
import { nameList } from './format';

/**
 * Who a role, team or contact is today, as a responder needs it on paper:
 * for a role or team, its name and the person who acts first (the head of
 * its line of succession), with their first phone number.
 */
export function personText(context: PlanContext, id: string | null, written = ''): string {
  if (id === null) return written.trim() === '' ? 'Not assigned' : written;
  const contact = context.contact(id);
  if (contact) return withPhone(contact.name, contact);
  const team = context.team(id);
  if (!team) return written.trim() === '' ? 'Someone no longer in the plan' : written;
  const first = team.memberIds[0] === undefined ? undefined : context.contact(team.memberIds[0]);
  return first ? withPhone(`${team.name}: ${first.name}`, first) : `${team.name} (nobody named yet)`;
}

function withPhone(name: string, contact: Contact): string {
  const phone = contact.phones[0];
  return phone ? `${name}, ${phone.number}` : name;
}

/** The members of a role or team in order of succession: "1. Anna (Operations director), 2. Bjørn". */
export function successionText(context: PlanContext, team: Team): string {
  if (team.memberIds.length === 0) return 'Nobody named yet';
  return team.memberIds
    .map((id, index) => {
      const contact = context.contact(id);
      const name = contact
        ? contact.title
          ? `${contact.name} (${contact.title})`
          : contact.name
        : 'someone no longer in the plan';
      return `${index + 1}. ${name}`;
    })
    .join('\n');
}

/** The roles and teams a contact belongs to, by name. */
export function rolesOf(context: PlanContext, contactId: string): string {
  const names = context.snapshot.teams
    .filter((team) => team.memberIds.includes(contactId))
    .map((team) => team.name);
  return names.length === 0 ? 'None' : nameList(names);
}

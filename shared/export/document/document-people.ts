import { callTreeNodes, type CallTreeEntry, type CallTreeNode } from '../../model/call-tree';
import type { Contact } from '../../model/contact';
import { formatDuration } from '../../model/duration';
import type { Team } from '../../model/team';
import { personOf } from '../../runbooks/runbook-text';

/**
 * People as printed documents name them: phone numbers first, because in an
 * outage people call. The wording follows the screens (CallTreeView, the
 * runbook reading view) so paper and screen say the same thing.
 */

export const NO_NUMBER = 'no number recorded';

/** "Mobile +45 20 30 40 50 · Office +45 …", or null without any phone. */
export function phonesText(contact: Pick<Contact, 'phones'>): string | null {
  if (contact.phones.length === 0) return null;
  return contact.phones
    .map((phone) => (phone.label ? `${phone.label} ${phone.number}` : phone.number))
    .join(' · ');
}

export function contactName(contact: Pick<Contact, 'name'> | undefined): string {
  if (!contact) return 'a removed contact';
  return contact.name || 'Unnamed contact';
}

/** "Anna Łukasiewicz ☎ Mobile +45 20 30 40 50", or "… (no number recorded)". */
export function contactWithPhones(contact: Contact | undefined): string {
  const phones = contact ? phonesText(contact) : null;
  return phones ? `${contactName(contact)} ☎ ${phones}` : `${contactName(contact)} (${NO_NUMBER})`;
}

/** A role, team or contact id as a responder dials it: "DR coordinator (Anna) ☎ +45 … (Mobile)". */
export function personWithPhone(
  id: string | null,
  teams: readonly Team[],
  contacts: readonly Contact[],
): string | null {
  const person = personOf(id, teams, contacts);
  if (!person) return null;
  return person.phone ? `${person.name} ☎ ${person.phone}` : person.name;
}

/** One call of the call tree, numbered the way a printed tree reads: 1, 1.1, 1.2, 2 … */
export interface CallRow {
  number: string;
  node: CallTreeNode;
  contact: Contact | undefined;
  /** Whoever makes the call; undefined when the person activating the plan does. */
  caller: Contact | undefined;
}

/** Every call, depth first: each person followed by the calls they make. */
export function callRows(entries: readonly CallTreeEntry[], contacts: readonly Contact[]): CallRow[] {
  const byId = new Map(contacts.map((contact) => [contact.id, contact]));
  const rows: CallRow[] = [];
  const visit = (nodes: readonly CallTreeNode[], prefix: string, caller: Contact | undefined) => {
    nodes.forEach((node, index) => {
      const number = `${prefix}${index + 1}`;
      const contact = byId.get(node.entry.contactId);
      rows.push({ number, node, contact, caller });
      visit(node.children, `${number}.`, contact);
    });
  };
  visit(callTreeNodes(entries), '', undefined);
  return rows;
}

/** What the caller does when nobody answers, as CallTreeView says it. */
export function noAnswerText(row: CallRow, contacts: readonly Contact[]): string {
  const wait = row.node.entry.escalateAfterMinutes;
  const alternateId = row.contact?.alternateId ?? null;
  const alternate = contacts.find((contact) => contact.id === alternateId);
  const when = wait === null ? 'No answer' : `No answer within ${formatDuration(wait)}`;
  if (!alternate) return `${when}: the caller makes their calls instead`;
  const theirCalls = row.node.children.length > 0 ? ', who makes their calls' : '';
  return `${when}: call ${contactWithPhones(alternate)}${theirCalls}`;
}

import { formatDuration } from '../../../model/duration';
import type { Contact } from '../../../model/contact';
import { TIER_INFO, type Tier } from '../../../model/system';

/** "A; B; C": names may hold commas and "and" themselves ("Pick, pack and ship"), so they are kept apart plainly. */
export function nameList(items: readonly string[]): string {
  return items.join('; ');
}

/** A duration for a table cell; "—" (not set) reads as a gap, which it is. */
export function duration(minutes: number | null): string {
  return minutes === null ? 'not set' : formatDuration(minutes);
}

export function tierText(tier: Tier | null): string {
  return tier === null ? 'Not set' : TIER_INFO[tier].label;
}

/** "Tier 1" without the words, for narrow columns. */
export function tierShort(tier: Tier | null): string {
  return tier === null ? 'Not set' : `Tier ${tier}`;
}

/** Free text the user wrote, or an honest "not recorded" when empty. */
export function orNone(text: string, none = 'Not recorded'): string {
  return text.trim() === '' ? none : text;
}

export function yesNo(value: boolean): string {
  return value ? 'Yes' : 'No';
}

/** All phone numbers of a contact, one a line: "Mobile +45 …". */
export function phonesText(contact: Pick<Contact, 'phones'>): string {
  if (contact.phones.length === 0) return 'No phone recorded';
  return contact.phones
    .map((phone) => (phone.label ? `${phone.label} ${phone.number}` : phone.number))
    .join('\n');
}

/** "2026-10-01", or "Never verified". */
export function verifiedText(contact: Pick<Contact, 'lastVerified'>): string {
  return contact.lastVerified ?? 'Never verified';
}

/** "3 systems", "1 system". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

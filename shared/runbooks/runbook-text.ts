import type { RunbookDuration } from '../analysis/critical-path';
import type { RecoveryTime } from '../analysis/recovery-time';
import type { Contact } from '../model/contact';
import { formatDuration } from '../model/duration';
import type { Step } from '../model/runbook';
import { TEAM_KIND_INFO, type Team } from '../model/team';

/** "A, B and C". */
export function listWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** "step 2", "steps 2 and 3". */
export function stepNumbers(numbers: readonly number[]): string {
  return `${numbers.length === 1 ? 'step' : 'steps'} ${listWords(numbers.map(String))}`;
}

/** "5 h 30 min", or "at least 5 h 30 min" when some estimate is missing. */
export function durationText(duration: Pick<RunbookDuration, 'minutes' | 'lowerBound'>): string {
  return `${duration.lowerBound ? 'at least ' : ''}${formatDuration(duration.minutes)}`;
}

/** How the duration compares with the RTO, in words a workshop understands. */
export function rtoComparison(
  duration: Pick<RunbookDuration, 'minutes' | 'lowerBound'>,
  rto: number | null,
): { ok: boolean | null; text: string } {
  if (rto === null)
    return { ok: null, text: 'The system has no RTO yet, so there is nothing to compare with.' };
  if (duration.minutes > rto) {
    return {
      ok: false,
      text: `Longer than the RTO of ${formatDuration(rto)} by ${duration.lowerBound ? 'at least ' : ''}${formatDuration(duration.minutes - rto)}.`,
    };
  }
  if (duration.lowerBound) {
    return {
      ok: null,
      text: `Within the RTO of ${formatDuration(rto)} so far, but some steps have no estimate yet.`,
    };
  }
  const spare = rto - duration.minutes;
  return {
    ok: true,
    text: `Fits in the RTO of ${formatDuration(rto)}${spare > 0 ? `, with ${formatDuration(spare)} to spare` : ''}.`,
  };
}

/** "back after 5 h 30 min: after Network, Database", from the analysis' recovery time. */
export function recoveryText(recovery: RecoveryTime, systemId: string, nameOf: (id: string) => string) {
  if (recovery.blocked) {
    return recovery.blocked.reason === 'in-cycle'
      ? 'cannot be recovered as planned: it is part of a dependency cycle'
      : 'cannot be recovered as planned: something it needs waits on a dependency cycle';
  }
  if (recovery.atLeast === null) return 'back after a time nobody knows yet';
  const before = recovery.chain.filter((id) => id !== systemId).map(nameOf);
  const time = `${recovery.minutes === null ? 'at least ' : ''}${formatDuration(recovery.atLeast)}`;
  return `back after ${time}${before.length > 0 ? `: after ${before.join(', ')}` : ''}`;
}

/**
 * For each step, the numbers of the steps it runs in parallel with: those
 * neither before it (what it waits for, directly or not) nor after it.
 */
export function parallelSteps(steps: readonly Pick<Step, 'id' | 'waitsFor'>[]): Map<string, number[]> {
  const index = new Map(steps.map((step, at) => [step.id, at]));
  // before[i]: every step i waits for, directly or through others; steps only wait for earlier ones.
  const before: Set<number>[] = [];
  steps.forEach((step, at) => {
    const all = new Set<number>();
    for (const id of step.waitsFor) {
      const other = index.get(id);
      if (other === undefined || other >= at) continue;
      all.add(other);
      for (const further of before[other] ?? []) all.add(further);
    }
    before.push(all);
  });
  const result = new Map<string, number[]>();
  steps.forEach((step, at) => {
    const parallel = steps.flatMap((_, other) =>
      other !== at && !before[at]?.has(other) && !before[other]?.has(at) ? [other + 1] : [],
    );
    result.set(step.id, parallel);
  });
  return result;
}

export interface Person {
  /** "DR coordinator (Ann Smith)", "Bob Jones". */
  name: string;
  /** The first phone number of whoever acts now, or null. */
  phone: string | null;
}

function firstPhone(contact: Contact | undefined): string | null {
  const phone = contact?.phones[0];
  if (!phone) return null;
  return phone.label ? `${phone.number} (${phone.label})` : phone.number;
}

/**
 * Who a step's role, team or contact is today: for a role or team, its first
 * member (the line of succession's head), whose number is what a responder dials.
 */
export function personOf(
  id: string | null,
  teams: readonly Team[],
  contacts: readonly Contact[],
): Person | null {
  if (id === null) return null;
  const contact = contacts.find((candidate) => candidate.id === id);
  if (contact) return { name: contact.name, phone: firstPhone(contact) };
  const team = teams.find((candidate) => candidate.id === id);
  if (!team) return { name: 'someone no longer in the plan', phone: null };
  const first = contacts.find((candidate) => candidate.id === team.memberIds[0]);
  return {
    name: first ? `${team.name} (${first.name})` : `${team.name} (nobody named yet)`,
    phone: firstPhone(first),
  };
}

export interface PersonChoice {
  value: string;
  label: string;
}

/** The plan's roles and teams, then its contacts, for "who does it" and "escalate to". */
export function peopleChoices(teams: readonly Team[], contacts: readonly Contact[], none: string) {
  return [
    { value: '', label: none },
    ...teams.map((team) => ({ value: team.id, label: `${TEAM_KIND_INFO[team.kind].label}: ${team.name}` })),
    ...contacts.map((contact) => ({ value: contact.id, label: `Person: ${contact.name}` })),
  ] satisfies PersonChoice[];
}

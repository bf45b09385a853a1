import type { PlanSnapshot } from '../../bundle/snapshot';
import type { Contact } from '../../model/contact';
import { formatDuration } from '../../model/duration';
import type { Runbook, Step } from '../../model/runbook';
import { successionLabel } from '../../model/succession';
import type { Team } from '../../model/team';
import { documentMeta, type DocumentInput } from './document-meta';
import {
  callRows,
  contactName,
  contactWithPhones,
  noAnswerText,
  phonesText,
  personWithPhone,
  NO_NUMBER,
  type CallRow,
} from './document-people';
import type { Block, ChecklistItem, DocumentSection, PlanDocument } from './model';
import { orderedSystems, runbookHeading, runbooksOf, systemName } from './runbook-order';

/** What fits on one printed page beside the rest of the card; the runbooks have the others. */
export const CARD_LIMITS = { steps: 8, calls: 8, people: 5 } as const;

/**
 * One-page role pocket cards: for each role or team, the first hour on one
 * sheet to carry: who holds it and who stands in, what it is for, the runbook
 * steps it does in the order of the runbook book, whom it calls (with numbers,
 * escalation times and alternates), and where to escalate. Each card is a
 * top-level section, so each starts on its own page; there is no table of
 * contents, because cards are handed out one by one.
 */
export function buildPocketCards(input: DocumentInput): PlanDocument {
  const { snapshot } = input;
  const teams = [...snapshot.teams].sort((a, b) => a.position - b.position);
  const steps = stepsInBookOrder(input);
  const calls = callRows(snapshot.callTree?.entries ?? [], snapshot.contacts);
  const sections: DocumentSection[] =
    teams.length === 0
      ? [
          {
            id: 'no-roles',
            title: 'No roles or teams yet',
            blocks: [
              {
                kind: 'paragraph',
                tone: 'warning',
                text: 'Pocket cards are made for roles and teams. Add the usual roles (DR coordinator, recovery team lead, …) in step 4 of the plan.',
              },
            ],
            children: [],
          },
        ]
      : teams.map((team) => card(snapshot, team, steps, calls));
  return {
    meta: documentMeta(input, { title: snapshot.plan.name, kind: 'Role pocket cards' }),
    tableOfContents: false,
    sections,
  };
}

interface BookStep {
  runbook: Runbook;
  systemName: string;
  step: Step;
  /** 1-based, as the printed runbook numbers it. */
  number: number;
}

function stepsInBookOrder(input: DocumentInput): BookStep[] {
  return orderedSystems(input.snapshot, input.analysis.systems).flatMap((system) =>
    runbooksOf(input.snapshot, system.id).flatMap((runbook) =>
      runbook.steps.map((step, index) => ({
        runbook,
        systemName: systemName(system),
        step,
        number: index + 1,
      })),
    ),
  );
}

function card(
  snapshot: PlanSnapshot,
  team: Team,
  steps: readonly BookStep[],
  calls: readonly CallRow[],
): DocumentSection {
  const members = team.memberIds.flatMap((id) => snapshot.contacts.filter((contact) => contact.id === id));
  const holder = members[0];
  const name = team.name || 'Unnamed role';
  // A role acts through whoever holds it now; a team's members all do its work.
  const doers = new Set([
    team.id,
    ...(team.kind === 'role' ? members.slice(0, 1) : members).map((m) => m.id),
  ]);
  const own = steps.filter((each) => each.step.responsibleId !== null && doers.has(each.step.responsibleId));
  const holderCall = holder ? calls.find((row) => row.node.entry.contactId === holder.id) : undefined;
  const part = (suffix: string, title: string, blocks: Block[]): DocumentSection => ({
    id: `card-${team.id}-${suffix}`,
    title,
    blocks,
    children: [],
  });
  return {
    id: `card-${team.id}`,
    title: `The first hour for ${name}`,
    blocks: [],
    children: [
      part('holders', team.kind === 'role' ? 'Who holds it' : 'Who is in it', holderBlocks(team, members)),
      part('responsibilities', 'Responsibilities', [
        team.responsibilities.trim() === ''
          ? { kind: 'paragraph', tone: 'muted', text: 'No responsibilities written yet.' }
          : { kind: 'paragraph', text: team.responsibilities },
      ]),
      part('steps', 'What to do', stepBlocks(snapshot, team, own)),
      part('calls', 'Whom to call', callBlocks(snapshot, holder, holderCall, calls)),
      part('escalate', 'Escalate to', escalateBlocks(snapshot, own, holder, holderCall)),
    ],
  };
}

function holderBlocks(team: Team, members: readonly Contact[]): Block[] {
  const shown = members.slice(0, CARD_LIMITS.people);
  const blocks: Block[] = [
    {
      kind: 'table',
      columns: [
        { header: 'Place', weight: 1.2 },
        { header: 'Person', weight: 2 },
        { header: 'Phone', weight: 2.6 },
      ],
      rows: shown.map((member, index) => [
        successionLabel(index, team.kind),
        contactName(member),
        phonesText(member) ?? NO_NUMBER,
      ]),
      empty: `Nobody named yet: name who ${team.kind === 'role' ? 'holds this role' : 'is in this team'} in the plan.`,
    },
  ];
  if (members.length > shown.length) {
    blocks.push({ kind: 'paragraph', tone: 'muted', text: `And ${members.length - shown.length} more.` });
  }
  return blocks;
}

function stepBlocks(snapshot: PlanSnapshot, team: Team, own: readonly BookStep[]): Block[] {
  if (own.length === 0) {
    return [{ kind: 'paragraph', tone: 'muted', text: 'No runbook step names this role yet.' }];
  }
  const shown = own.slice(0, CARD_LIMITS.steps);
  const items = shown.map(({ runbook, systemName: system, step, number }, index): ChecklistItem => {
    const details: [string, string][] = [
      ['Runbook', `${runbookHeading(runbook, system)}, step ${number}`],
      [
        'Takes',
        step.estimatedMinutes === null ? 'Not estimated' : `About ${formatDuration(step.estimatedMinutes)}`,
      ],
    ];
    if (step.responsibleId !== team.id) {
      const person = snapshot.contacts.find((contact) => contact.id === step.responsibleId);
      details.push(['Who', contactName(person)]);
    }
    return { number: `${index + 1}.`, title: step.title, details };
  });
  const blocks: Block[] = [{ kind: 'checklist', items }];
  if (own.length > shown.length) {
    const more = own.length - shown.length;
    blocks.push({
      kind: 'paragraph',
      tone: 'muted',
      text: `And ${more} more ${more === 1 ? 'step' : 'steps'} in the runbooks.`,
    });
  }
  return blocks;
}

function callBlocks(
  snapshot: PlanSnapshot,
  holder: Contact | undefined,
  row: CallRow | undefined,
  calls: readonly CallRow[],
): Block[] {
  if (!holder) {
    return [{ kind: 'paragraph', tone: 'warning', text: 'Nobody holds it yet, so nobody is called for it.' }];
  }
  if (!row) {
    return [
      {
        kind: 'paragraph',
        tone: 'warning',
        text: `${contactName(holder)} is not in the call tree: nobody calls them when the plan is activated.`,
      },
    ];
  }
  const calledBy = row.caller ? `${contactName(row.caller)} calls you` : 'You are called first';
  const children = calls.filter((other) => other.node.entry.callerId === row.node.entry.id);
  const shown = children.slice(0, CARD_LIMITS.calls);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text:
        children.length === 0
          ? `${calledBy} (call ${row.number}). You make no further calls.`
          : `${calledBy} (call ${row.number}). Then call these people, in this order; a deputy standing in makes the same calls.`,
    },
  ];
  if (children.length > 0) {
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Call', weight: 0.6 },
        { header: 'Person', weight: 2.6 },
        { header: 'If no answer', weight: 3 },
      ],
      rows: shown.map((child) => [
        child.number,
        contactWithPhones(child.contact),
        noAnswerText(child, snapshot.contacts),
      ]),
      empty: '',
    });
  }
  if (children.length > shown.length) {
    blocks.push({
      kind: 'paragraph',
      tone: 'muted',
      text: `And ${children.length - shown.length} more calls: see the call tree.`,
    });
  }
  return blocks;
}

function escalateBlocks(
  snapshot: PlanSnapshot,
  own: readonly BookStep[],
  holder: Contact | undefined,
  row: CallRow | undefined,
): Block[] {
  const targets = [...new Set(own.map((each) => each.step.escalateToId))].flatMap((id) => {
    const text = personWithPhone(id, snapshot.teams, snapshot.contacts);
    return text ? [text] : [];
  });
  if (holder && row) {
    targets.push(
      row.caller
        ? `Whoever called you: ${contactWithPhones(row.caller)}`
        : 'Whoever activated the plan (they called you)',
    );
  }
  if (targets.length === 0) {
    return [
      {
        kind: 'paragraph',
        tone: 'muted',
        text: 'No escalation is named for this role yet: agree whom it escalates to.',
      },
    ];
  }
  return [{ kind: 'list', ordered: false, items: targets }];
}

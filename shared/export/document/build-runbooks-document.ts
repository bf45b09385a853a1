import { runbookDuration } from '../../analysis/critical-path';
import type { SystemAnalysis } from '../../analysis/plan-analysis';
import type { PlanSnapshot } from '../../bundle/snapshot';
import { formatDuration, formatOptionalDuration } from '../../model/duration';
import type { Runbook, Step } from '../../model/runbook';
import type { System } from '../../model/system';
import { durationText, recoveryText, rtoComparison, stepNumbers } from '../../runbooks/runbook-text';
import { documentMeta, type DocumentInput } from './document-meta';
import { orderedSystems, runbookHeading, runbooksOf, systemName, tierText } from './runbook-order';
import { callRows, contactWithPhones, noAnswerText, personWithPhone } from './document-people';
import type { Block, ChecklistItem, DocumentSection, PlanDocument } from './model';

export interface RunbooksDocumentInput extends DocumentInput {
  /** Only this system's runbooks: "the runbook PDF for this system". */
  systemId?: string;
}

/** A blank to write on, in any format: plain text, so every renderer prints it as it is. */
export const WRITE_HERE = '_'.repeat(28);

/** More calls than this are left to the call tree itself; the runbook only starts it. */
const CALL_TREE_SUMMARY_ROWS = 12;

/**
 * The printable runbook book, in checklist form: one section per runbook,
 * systems in recovery-wave order (what others need comes first), so a team
 * works through the book front to back. Each runbook is complete on its own
 * pages (system, objectives, activation, steps with who, how to verify and
 * whom to call, tests, return to normal, rollback, sign-off) because a
 * printed runbook gets handed to one person.
 */
export function buildRunbooksDocument(input: RunbooksDocumentInput): PlanDocument {
  const { snapshot, analysis } = input;
  const systems = orderedSystems(snapshot, analysis.systems).filter(
    (system) => input.systemId === undefined || system.id === input.systemId,
  );
  const analysisOf = new Map(analysis.systems.map((system) => [system.id, system]));
  const nameOf = (id: string) =>
    snapshot.systems.find((system) => system.id === id)?.name ?? 'Unnamed system';

  const sections: DocumentSection[] = [];
  if (input.systemId === undefined) sections.push(recoveryOrderSection(snapshot, systems, analysisOf));
  for (const system of systems) {
    for (const runbook of runbooksOf(snapshot, system.id)) {
      sections.push(runbookSection(snapshot, system, analysisOf.get(system.id), runbook, nameOf));
    }
  }
  const only = input.systemId === undefined ? undefined : systems[0];
  if (input.systemId !== undefined && sections.length === 0) {
    sections.push({
      id: 'no-runbook',
      title: only ? `No runbook for ${systemName(only)} yet` : 'System not found',
      blocks: [
        {
          kind: 'paragraph',
          tone: 'warning',
          text: only
            ? 'Nobody has written down yet how to recover this system. Write its runbook in step 4 of the plan.'
            : 'This plan has no such system.',
        },
      ],
      children: [],
    });
  }
  return {
    meta: documentMeta(input, {
      title: only ? systemName(only) : snapshot.plan.name,
      kind: only ? 'Runbook' : 'Runbooks',
    }),
    tableOfContents: input.systemId === undefined,
    sections,
  };
}

function recoveryOrderSection(
  snapshot: PlanSnapshot,
  systems: readonly System[],
  analysisOf: ReadonlyMap<string, SystemAnalysis>,
): DocumentSection {
  const rows = systems
    .filter((system) => runbooksOf(snapshot, system.id).length > 0)
    .map((system) => [
      String(analysisOf.get(system.id)?.wave ?? '–'),
      systemName(system),
      tierText(system),
      formatOptionalDuration(system.rto),
      runbooksOf(snapshot, system.id)
        .map((runbook) => runbook.title)
        .join('\n'),
    ]);
  const missing = systems.filter(
    (system) => system.tier !== null && system.tier <= 2 && runbooksOf(snapshot, system.id).length === 0,
  );
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: 'Recover systems wave by wave: a system’s runbook starts once everything it needs is back. The runbooks in this book follow that order; runbooks in the same wave can run at the same time.',
    },
    {
      kind: 'table',
      columns: [
        { header: 'Wave', weight: 0.8, align: 'right' },
        { header: 'System', weight: 2 },
        { header: 'Tier', weight: 2 },
        { header: 'RTO', weight: 1 },
        { header: 'Runbooks', weight: 3 },
      ],
      rows,
      empty: 'No runbooks written yet.',
    },
  ];
  if (missing.length > 0) {
    blocks.push({
      kind: 'paragraph',
      tone: 'warning',
      text: `No runbook yet for these tier 0–2 systems: ${missing.map(systemName).join(', ')}.`,
    });
  }
  if (systems.some((system) => analysisOf.get(system.id)?.wave === null)) {
    blocks.push({
      kind: 'paragraph',
      tone: 'warning',
      text: 'Systems without a wave (–) are in or wait on a dependency cycle: no order can recover them as planned.',
    });
  }
  return { id: 'recovery-order', title: 'Recovery order', blocks, children: [] };
}

function runbookSection(
  snapshot: PlanSnapshot,
  system: System,
  analysed: SystemAnalysis | undefined,
  runbook: Runbook,
  nameOf: (id: string) => string,
): DocumentSection {
  const duration = runbookDuration(runbook.steps);
  const scenario = snapshot.scenarios.find((each) => each.id === runbook.scenarioId);
  const name = systemName(system);
  const title = runbookHeading(runbook, name);
  const facts: [string, string][] = [
    ['System', name],
    ['Tier', tierText(system)],
    ['RTO', formatOptionalDuration(system.rto)],
    ['RPO', formatOptionalDuration(system.rpo)],
    [
      'Duration',
      runbook.steps.length === 0
        ? 'No steps yet'
        : `${durationText(duration)} along the critical path. ${rtoComparison(duration, system.rto).text}`,
    ],
    ['Recovery time', analysed ? capitalise(recoveryText(analysed.recovery, system.id, nameOf)) : 'Unknown'],
    ['Scenario', scenario ? scenario.name || 'Unnamed scenario' : 'Any failure (general recovery)'],
  ];
  const part = (suffix: string, partTitle: string, blocks: Block[]): DocumentSection => ({
    id: `runbook-${runbook.id}-${suffix}`,
    title: partTitle,
    blocks,
    children: [],
  });
  const children = [
    part('activation', 'When to start', activationBlocks(runbook)),
    ...(runbook.startsCallTree
      ? [part('call-tree', 'Call tree: start it now', callTreeBlocks(snapshot))]
      : []),
    part('steps', 'Steps', stepBlocks(snapshot, runbook)),
    part('tests', 'Check it works', testBlocks(runbook)),
    part('return', 'Return to normal', [textOr(runbook.returnToNormal)]),
    part('rollback', 'If recovery goes wrong: rollback', [textOr(runbook.rollback)]),
    part('sign-off', 'Sign-off', [
      {
        kind: 'signatures',
        columns: ['', 'Name', 'Date and time', 'Signature'],
        rows: [
          ['Performed by', '', '', ''],
          ['Checked by', '', '', ''],
        ],
        blankRows: 0,
      },
    ]),
  ];
  return { id: `runbook-${runbook.id}`, title, blocks: [{ kind: 'fields', rows: facts }], children };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function textOr(text: string): Block {
  return text.trim() === ''
    ? { kind: 'paragraph', tone: 'muted', text: 'Not written yet.' }
    : { kind: 'paragraph', text };
}

function activationBlocks(runbook: Runbook): Block[] {
  const { criteria, whoMayActivate } = runbook.activation;
  return [
    criteria.trim() === ''
      ? { kind: 'paragraph', tone: 'warning', text: 'No activation criteria written yet.' }
      : { kind: 'paragraph', text: criteria },
    {
      kind: 'fields',
      rows: [
        ['Who may activate', whoMayActivate.trim() || 'Not written yet'],
        ...(runbook.notification.trim() === ''
          ? []
          : [['Tell', runbook.notification] satisfies [string, string]]),
      ],
    },
  ];
}

function callTreeBlocks(snapshot: PlanSnapshot): Block[] {
  const rows = callRows(snapshot.callTree?.entries ?? [], snapshot.contacts);
  const shown = rows.slice(0, CALL_TREE_SUMMARY_ROWS);
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: 'Whoever activates the plan makes the first calls; each person then makes theirs.',
    },
    {
      kind: 'table',
      columns: [
        { header: 'Call', weight: 0.6 },
        { header: 'Person', weight: 2.4 },
        { header: 'Called by', weight: 1.4 },
        { header: 'If no answer', weight: 2.6 },
      ],
      rows: shown.map((row) => [
        row.number,
        contactWithPhones(row.contact),
        row.caller ? row.caller.name || 'Unnamed contact' : 'Whoever activates',
        noAnswerText(row, snapshot.contacts),
      ]),
      empty: 'No call tree yet: nobody is notified in a set order.',
    },
  ];
  if (rows.length > shown.length) {
    blocks.push({
      kind: 'paragraph',
      tone: 'muted',
      text: `And ${rows.length - shown.length} more calls: see the full call tree in the plan.`,
    });
  }
  return blocks;
}

function stepBlocks(snapshot: PlanSnapshot, runbook: Runbook): Block[] {
  if (runbook.steps.length === 0) {
    return [{ kind: 'paragraph', tone: 'warning', text: 'No steps written yet.' }];
  }
  const numberOf = new Map(runbook.steps.map((step, index) => [step.id, index + 1]));
  const items = runbook.steps.map((step, index): ChecklistItem => {
    const after = step.waitsFor
      .map((id) => numberOf.get(id) ?? 0)
      .filter((n) => n > 0)
      .sort((a, b) => a - b);
    return { number: `${index + 1}.`, title: step.title, details: stepDetails(snapshot, step, after) };
  });
  return [{ kind: 'checklist', items }];
}

/** Who, what, how long, after what, how to verify, what if it fails: what a responder needs at the step. */
export function stepDetails(
  snapshot: Pick<PlanSnapshot, 'teams' | 'contacts'>,
  step: Step,
  after: readonly number[],
): [string, string][] {
  const who = [
    personWithPhone(step.responsibleId, snapshot.teams, snapshot.contacts),
    step.responsible.trim(),
  ]
    .filter(Boolean)
    .join(' · ');
  const escalate = personWithPhone(step.escalateToId, snapshot.teams, snapshot.contacts);
  const details: [string, string][] = [
    ['Who', who || 'Not assigned'],
    [
      'Takes',
      step.estimatedMinutes === null ? 'Not estimated' : `About ${formatDuration(step.estimatedMinutes)}`,
    ],
    ['Starts', after.length === 0 ? 'At once' : `After ${stepNumbers(after)}`],
  ];
  if (step.instructions.trim() !== '') details.push(['Do', step.instructions]);
  if (step.verify.trim() !== '') details.push(['Verify', step.verify]);
  if (step.onFailure.trim() !== '') details.push(['If it fails', step.onFailure]);
  if (escalate) details.push(['Escalate to', escalate]);
  return details;
}

function testBlocks(runbook: Runbook): Block[] {
  if (runbook.validationTests.length === 0) {
    return [{ kind: 'paragraph', tone: 'warning', text: 'No validation tests written yet.' }];
  }
  return [
    {
      kind: 'checklist',
      items: runbook.validationTests.map((test, index) => ({
        number: `${index + 1}.`,
        title: test.procedure,
        details: [
          ['Expected', test.expected.trim() || 'Not written yet'],
          ['Actual, by whom', WRITE_HERE],
        ],
      })),
    },
  ];
}

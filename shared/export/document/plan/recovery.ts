import { runbookDuration } from '../../../analysis/critical-path';
import type { RecoveryTime } from '../../../analysis/recovery-time';
import { CRITICAL_TIER_MAX } from '../../../analysis/spof';
import { formatDuration } from '../../../model/duration';
import type { Runbook } from '../../../model/runbook';
import type { Block, DocumentSection } from '../model';
import type { PlanContext } from './context';
import { duration, nameList, orNone, tierShort, yesNo } from './format';
import { personText } from './people';
import { paragraph, section } from './sections';

/** "at least 2 h" / "5 h 30 min" / why it cannot be said. */
export function recoveryTimeText(recovery: RecoveryTime): string {
  if (recovery.blocked)
    return recovery.blocked.reason === 'in-cycle' ? 'Blocked: in a cycle' : 'Blocked: waits on a cycle';
  if (recovery.minutes !== null) return formatDuration(recovery.minutes);
  // Nothing known yet is "unknown", not "at least 0 min".
  if (recovery.atLeast === null || recovery.atLeast === 0) return 'Unknown';
  return `at least ${formatDuration(recovery.atLeast)}`;
}

function runbookTimeText(steps: Runbook['steps']): string {
  if (steps.length === 0) return 'No steps yet';
  const timing = runbookDuration(steps);
  return `${timing.lowerBound ? 'at least ' : ''}${formatDuration(timing.minutes)}`;
}

/** One runbook as responders use it: when to start, then numbered steps with who, how long and how to check. */
function runbookSection(context: PlanContext, runbook: Runbook): DocumentSection {
  const system = context.system(runbook.systemId);
  const scenario = context.snapshot.scenarios.find((each) => each.id === runbook.scenarioId);
  const numberOf = new Map(runbook.steps.map((step, index) => [step.id, index + 1]));
  const blocks: Block[] = [
    {
      kind: 'fields',
      rows: [
        ['Recovers', context.systemName(runbook.systemId)],
        ['For scenario', scenario?.name ?? 'Any failure of the system'],
        ['Expected duration', runbookTimeText(runbook.steps)],
        ['System RTO', duration(system?.rto ?? null)],
        ['Start it when', orNone(runbook.activation.criteria)],
        ['Who may activate', orNone(runbook.activation.whoMayActivate)],
        ['Notify', orNone(runbook.notification)],
        ['Starts the call tree', yesNo(runbook.startsCallTree)],
      ],
    },
  ];
  if (runbook.steps.length === 0) blocks.push(paragraph('No steps written yet.', 'warning'));
  else {
    blocks.push({
      kind: 'checklist',
      items: runbook.steps.map((step, index) => {
        const after = step.waitsFor.map((id) => numberOf.get(id)).filter((n) => n !== undefined);
        const details: [string, string][] = [
          ['Who', personText(context, step.responsibleId, step.responsible)],
          ['Time', step.estimatedMinutes === null ? 'No estimate' : formatDuration(step.estimatedMinutes)],
          [
            'After',
            after.length === 0
              ? 'Can start at once'
              : `${after.length === 1 ? 'Step' : 'Steps'} ${after.sort((a, b) => a - b).join(', ')}`,
          ],
        ];
        if (step.instructions) details.push(['Do', step.instructions]);
        details.push(['Check', orNone(step.verify, 'No check written')]);
        if (step.onFailure) details.push(['If it fails', step.onFailure]);
        if (step.escalateToId !== null) details.push(['Escalate to', personText(context, step.escalateToId)]);
        return { number: `${index + 1}.`, title: step.title, details };
      }),
    });
  }
  blocks.push({
    kind: 'fields',
    rows: [
      ['Rollback', orNone(runbook.rollback)],
      [
        'Validation tests',
        runbook.validationTests.length === 0 ? 'None recorded' : 'See reconstitution, validation tests',
      ],
    ],
  });
  return section(`runbook-${runbook.id}`, `Runbook: ${runbook.title}`, blocks);
}

/** 7. Recovery: the order systems come back in, then every runbook. */
export function recoverySection(context: PlanContext): DocumentSection {
  const { analysis } = context;
  const { runbooks, systems } = context.snapshot;
  const waveOf = (systemId: string) => context.systemAnalysis(systemId)?.wave ?? Number.POSITIVE_INFINITY;
  const ordered = runbooks
    .map((runbook, order) => ({ runbook, order }))
    .sort(
      (a, b) =>
        waveOf(a.runbook.systemId) - waveOf(b.runbook.systemId) ||
        (context.system(a.runbook.systemId)?.position ?? 0) -
          (context.system(b.runbook.systemId)?.position ?? 0) ||
        a.order - b.order,
    )
    .map(({ runbook }) => runbook);
  const blocked = analysis.systems.filter((system) => system.wave === null);
  const withRunbook = new Set(runbooks.map((runbook) => runbook.systemId));
  const uncovered = systems.filter(
    (system) => system.tier !== null && system.tier <= CRITICAL_TIER_MAX && !withRunbook.has(system.id),
  );

  const sequence: Block[] = [
    paragraph(
      'Systems come back in waves: a system’s wave comes after the waves of everything it needs. Systems in the same wave can be recovered in parallel. “Back after” counts from the start of recovery, including the time to bring back what it needs first.',
      'muted',
    ),
    {
      kind: 'table',
      columns: [
        { header: 'Wave', weight: 0.6 },
        { header: 'System', weight: 2.4 },
        { header: 'Tier', weight: 0.8 },
        { header: 'RTO', weight: 1 },
        { header: 'Runbook time', weight: 1.2 },
        { header: 'Back after', weight: 1.4 },
      ],
      rows: analysis.waves.flatMap((wave) =>
        wave.systemIds.map((id) => {
          const system = context.systemAnalysis(id);
          return [
            String(wave.wave),
            context.systemName(id),
            tierShort(system?.tier ?? null),
            duration(system?.rto ?? null),
            system?.runbookMinutes
              ? `${system.runbookMinutes.lowerBound ? 'at least ' : ''}${formatDuration(system.runbookMinutes.minutes)}`
              : 'No runbook',
            system ? recoveryTimeText(system.recovery) : 'Unknown',
          ];
        }),
      ),
      empty: systems.length === 0 ? 'No systems recorded yet.' : 'No system can be placed in a wave.',
    },
  ];
  if (blocked.length > 0) {
    sequence.push(
      paragraph(
        `Not in any wave, because they are in or wait on a dependency cycle: ${nameList(blocked.map((system) => system.name))}. Break the cycle to give them a recovery order.`,
        'warning',
      ),
    );
  }
  if (uncovered.length > 0) {
    sequence.push(
      paragraph(
        `Tier 0–2 systems without a runbook: ${nameList(uncovered.map((system) => system.name))}.`,
        'warning',
      ),
    );
  }
  if (runbooks.length === 0) sequence.push(paragraph('No runbooks written yet.', 'warning'));
  else sequence.push(paragraph('The runbooks follow, in recovery order.', 'muted'));

  return section(
    'recovery',
    'Recovery',
    [],
    [
      section('sequence', 'Recovery sequence', sequence),
      ...ordered.map((runbook) => runbookSection(context, runbook)),
    ],
  );
}

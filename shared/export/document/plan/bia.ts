import { processMtd, processTier } from '../../../analysis/mtd';
import { DEPENDENCY_KIND_INFO } from '../../../model/dependency';
import {
  IMPACT_CATEGORIES,
  IMPACT_CATEGORY_INFO,
  IMPACT_RATING_LABELS,
  TIME_BUCKETS,
} from '../../../model/impact';
import type { BusinessProcess } from '../../../model/process';
import type { Block, DocumentSection } from '../model';
import type { PlanContext } from './context';
import { duration, nameList, orNone, tierShort } from './format';
import { paragraph, section } from './sections';

function money(amount: number, currency: string): string {
  // A fixed locale: the same plan prints the same figures on every machine.
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency, maximumFractionDigits: 0 }).format(
    amount,
  );
}

function mtdText(context: PlanContext, process: BusinessProcess): string {
  const mtd = processMtd(process, context.snapshot.plan.mtdThreshold);
  if (mtd.minutes !== null)
    return `${duration(mtd.minutes)}${mtd.source === 'override' ? ' (set by hand)' : ''}`;
  return mtd.beyond ? 'Over 1 week' : 'Unknown';
}

function impactTable(process: BusinessProcess, mtd: string): Block {
  return {
    kind: 'table',
    caption: `${process.name}: MTD ${mtd}`,
    columns: [{ header: 'Impact', weight: 1.6 }, ...TIME_BUCKETS.map((bucket) => ({ header: bucket.label }))],
    rows: IMPACT_CATEGORIES.map((category) => [
      IMPACT_CATEGORY_INFO[category].label,
      ...process.impact[category].map((rating) => (rating === null ? '–' : IMPACT_RATING_LABELS[rating])),
    ]),
    empty: '',
  };
}

/** 4. Business impact analysis: processes, impact over time, objectives, priorities, dependencies. */
export function biaSection(context: PlanContext): DocumentSection {
  const { plan, processes, dependencies } = context.snapshot;
  const threshold = IMPACT_RATING_LABELS[plan.mtdThreshold];
  const analysed = [...context.analysis.systems];
  const priorities = analysed
    .map((system, order) => ({ system, order }))
    .sort(
      (a, b) =>
        (a.system.tier ?? 9) - (b.system.tier ?? 9) ||
        (a.system.wave ?? 999) - (b.system.wave ?? 999) ||
        (a.system.rto ?? Infinity) - (b.system.rto ?? Infinity) ||
        a.order - b.order,
    );

  return section(
    'bia',
    'Business impact analysis',
    [],
    [
      section('processes', 'Business processes', [
        paragraph(
          `MTD (maximum tolerable downtime) is the first point at which any impact reaches “${threshold}”, unless it was set by hand.`,
          'muted',
        ),
        {
          kind: 'table',
          columns: [
            { header: 'Process', weight: 2 },
            { header: 'Owner', weight: 1.4 },
            { header: 'Systems it needs', weight: 3 },
            { header: 'Loss per hour', weight: 1.1, align: 'right' },
            { header: 'MTD', weight: 1.1 },
            { header: 'Tier', weight: 0.8 },
          ],
          rows: processes.map((process) => [
            process.name,
            orNone(process.owner),
            process.systemIds.length === 0
              ? 'None recorded'
              : nameList(process.systemIds.map(context.systemName)),
            process.lossPerHour === null ? 'Not recorded' : money(process.lossPerHour, plan.currency),
            mtdText(context, process),
            tierShort(processTier(process, plan.mtdThreshold)),
          ]),
          empty: 'No business processes recorded yet.',
        },
      ]),
      section('impact', 'Impact over time', [
        paragraph(
          'How bad an outage of each process is after each length of time, by kind of impact. “–” is not rated yet.',
          'muted',
        ),
        ...(processes.length === 0
          ? [paragraph('No business processes recorded yet, so no impact has been rated.', 'warning')]
          : processes.map((process) => impactTable(process, mtdText(context, process)))),
      ]),
      section('objectives', 'Recovery objectives', [
        paragraph(
          'RTO: how soon the system must work again. RPO: how much data, as time, may be lost. WRT: the time after that to check data and catch up. RTO plus WRT must fit in the MTD.',
          'muted',
        ),
        {
          kind: 'table',
          columns: [
            { header: 'System', weight: 2.2 },
            { header: 'Tier', weight: 0.8 },
            { header: 'RTO', weight: 1 },
            { header: 'RPO', weight: 1 },
            { header: 'WRT', weight: 1 },
            { header: 'MTD', weight: 1 },
            { header: 'RTO + WRT within MTD', weight: 1.3 },
          ],
          rows: analysed.map((system) => [
            system.name,
            tierShort(system.tier),
            duration(system.rto),
            duration(system.rpo),
            duration(system.wrt),
            duration(system.mtd),
            system.rto === null || system.mtd === null
              ? 'Unknown'
              : system.rto + (system.wrt ?? 0) <= system.mtd
                ? 'Yes'
                : 'No',
          ]),
          empty: 'No systems recorded yet.',
        },
      ]),
      section('priorities', 'Recovery priorities', [
        paragraph('Systems in the order they matter: by tier, then by recovery wave, then by RTO.', 'muted'),
        {
          kind: 'table',
          columns: [
            { header: '#', weight: 0.5, align: 'right' },
            { header: 'System', weight: 2.5 },
            { header: 'Tier', weight: 1 },
            { header: 'Wave', weight: 0.8 },
            { header: 'RTO', weight: 1 },
          ],
          rows: priorities.map(({ system }, index) => [
            String(index + 1),
            system.name,
            tierShort(system.tier),
            system.wave === null ? 'Blocked' : String(system.wave),
            duration(system.rto),
          ]),
          empty: 'No systems recorded yet.',
        },
      ]),
      section('dependencies', 'Dependencies and resources', [
        paragraph(
          'What each system or process needs besides the systems listed for the processes above. Third parties and their service levels are in the appendix on vendors.',
          'muted',
        ),
        {
          kind: 'table',
          columns: [
            { header: 'Who needs it', weight: 2 },
            { header: 'Kind', weight: 1.4 },
            { header: 'What it needs', weight: 2.4 },
            { header: 'Workaround while it is down', weight: 2.6 },
          ],
          rows: dependencies.map((dependency) => [
            dependency.dependentKind === 'system'
              ? context.systemName(dependency.dependentId)
              : (context.process(dependency.dependentId)?.name ?? 'A process no longer in the plan'),
            DEPENDENCY_KIND_INFO[dependency.kind].label,
            dependency.kind === 'alternatives'
              ? dependency.targetIds.map(context.systemName).join(' or ')
              : nameList(dependency.targetIds.map(context.systemName)),
            dependency.kind === 'degraded' ? orNone(dependency.workaround) : '',
          ]),
          empty: 'No dependencies between systems recorded yet.',
        },
      ]),
    ],
  );
}

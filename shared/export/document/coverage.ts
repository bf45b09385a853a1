import { holdsData } from '../../analysis/findings';
import { processMtd } from '../../analysis/mtd';
import type { PlanAnalysis } from '../../analysis/plan-analysis';
import { CRITICAL_TIER_MAX } from '../../analysis/spof';
import type { PlanSnapshot } from '../../bundle/snapshot';
import { isFullyRated } from '../../model/impact';
import type { System } from '../../model/system';

/**
 * The coverage matrix: what NIST SP 800-34 Rev. 1 (its contingency plan
 * template and BIA) and ISO 22301:2019 clause 8.4.4 expect of a plan, where
 * this document answers each, and whether the plan's data really does. The
 * item names are our own short wording, not the standards' text. A status is
 * never "covered" because a heading exists: it is worked out from the records.
 */

export const COVERAGE_STATUSES = ['covered', 'partly', 'missing'] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];
export const COVERAGE_STATUS_LABELS = {
  covered: 'Covered',
  partly: 'Partly',
  missing: 'Missing',
} as const satisfies Record<CoverageStatus, string>;

export const NIST = 'NIST SP 800-34';
export const ISO = 'ISO 22301 8.4.4';

export interface CoverageRow {
  standard: typeof NIST | typeof ISO;
  item: string;
  /** Ids of the document sections that answer it (plan/sections and their children). */
  sectionIds: string[];
  status: CoverageStatus;
  /** Why, in plain words: what is there and what is missing. */
  why: string;
}

interface Verdict {
  status: CoverageStatus;
  why: string;
}

const covered = (why: string): Verdict => ({ status: 'covered', why });
const partly = (why: string): Verdict => ({ status: 'partly', why });
const missing = (why: string): Verdict => ({ status: 'missing', why });

/**
 * Covered when every one of `all` passes, partly when some do, missing when
 * none does or there is nothing to check (`none` says why).
 */
function share<T>(
  all: readonly T[],
  passes: (item: T) => boolean,
  words: { none: string; every: string; some: (failing: number, total: number) => string },
): Verdict {
  if (all.length === 0) return missing(words.none);
  const failing = all.filter((item) => !passes(item)).length;
  if (failing === 0) return covered(words.every);
  if (failing === all.length) return missing(words.some(failing, all.length));
  return partly(words.some(failing, all.length));
}

/** Tier 0–2 systems, or every system while none has a tier yet. */
function criticalSystems(systems: readonly System[]): readonly System[] {
  const critical = systems.filter((system) => system.tier !== null && system.tier <= CRITICAL_TIER_MAX);
  return critical.length > 0 ? critical : systems;
}

function checks(snapshot: PlanSnapshot, analysis: PlanAnalysis) {
  const { systems, processes, runbooks, teams, contacts, vendors, dependencies } = snapshot;
  const critical = criticalSystems(systems);
  const roles = teams.filter((team) => team.kind === 'role');
  const unverified = new Set(
    analysis.findings.filter((finding) => finding.code === 'CONTACT_UNVERIFIED').map((f) => f.subject.id),
  );
  const callTree = snapshot.callTree?.entries ?? [];
  const withRunbook = new Set(
    runbooks.filter((runbook) => runbook.steps.length > 0).map((runbook) => runbook.systemId),
  );

  return {
    documentControl: partly(
      'Version, status, dates and the content hash are printed; no approvals or revision history are recorded yet (blank signature rows are provided).',
    ),
    scope:
      systems.length + processes.length === 0
        ? missing('No systems or processes recorded, so the scope is empty.')
        : partly(
            'Purpose and scope come from the recorded processes and systems; no plan-specific assumptions or related plans are recorded.',
          ),
    systemDescription: share(systems, (system) => system.description.trim() !== '', {
      none: 'No systems recorded.',
      every: 'Every system has a description.',
      some: (n, total) => `Without a description: ${n} of ${total} systems.`,
    }),
    roles: share(teams, (team) => team.memberIds.length > 0 && team.responsibilities.trim() !== '', {
      none: 'No roles or teams recorded.',
      every: 'Every role and team has responsibilities and people.',
      some: (n, total) => `Without responsibilities or people: ${n} of ${total} roles and teams.`,
    }),
    succession: share(roles, (role) => role.memberIds.length >= 2, {
      none: 'No roles recorded, so no line of succession.',
      every: 'Every role has at least one deputy.',
      some: (n, total) => `Without a deputy: ${n} of ${total} roles.`,
    }),
    backups: share(
      systems.filter(holdsData),
      (system) => system.backupMethod !== null && system.backupMethod !== 'none',
      {
        none: 'No systems that hold data recorded.',
        every: 'Every system that holds data has its backup recorded.',
        some: (n, total) => `No backup recorded: ${n} of ${total} systems that hold data.`,
      },
    ),
    alternateSite: systems.some((system) => system.redundancy.mode !== 'none')
      ? partly('Standby capacity is recorded for some systems; no alternate site is recorded.')
      : missing('No alternate site or standby capacity recorded.'),
    activation: share(
      runbooks,
      (runbook) =>
        runbook.activation.criteria.trim() !== '' && runbook.activation.whoMayActivate.trim() !== '',
      {
        none: 'No runbooks, so no activation criteria or authority recorded.',
        every: 'Every runbook says when to start it and who may.',
        some: (n, total) => `Without activation criteria or who may activate: ${n} of ${total} runbooks.`,
      },
    ),
    callTree:
      callTree.length === 0
        ? missing('No call tree recorded.')
        : share(
            callTree,
            (entry) => {
              const contact = contacts.find((each) => each.id === entry.contactId);
              return contact !== undefined && contact.phones.length > 0 && !unverified.has(contact.id);
            },
            {
              none: 'No call tree recorded.',
              every: 'Everyone in the call tree has a phone number verified recently.',
              some: (n, total) =>
                `No phone, or not verified recently: ${n} of ${total} people in the call tree.`,
            },
          ),
    assessment: share(critical, (system) => system.detection.trim() !== '', {
      none: 'No systems recorded.',
      every: 'Every critical system says how its failure is detected.',
      some: (n, total) => `Not saying how failure is detected: ${n} of ${total} critical systems.`,
    }),
    sequence:
      systems.length === 0
        ? missing('No systems recorded.')
        : analysis.cycles.length > 0
          ? partly(
              `${analysis.systems.filter((s) => s.wave === null).length} systems have no recovery order because of dependency cycles.`,
            )
          : covered('Every system has a recovery wave.'),
    procedures:
      runbooks.length === 0
        ? missing('No runbooks written.')
        : share(critical, (system) => withRunbook.has(system.id), {
            none: 'No systems recorded.',
            every: 'Every critical system has a runbook with steps.',
            some: (n, total) => `Without a runbook with steps: ${n} of ${total} critical systems.`,
          }),
    validation: share(runbooks, (runbook) => runbook.validationTests.length > 0, {
      none: 'No runbooks, so no validation tests.',
      every: 'Every runbook has validation tests.',
      some: (n, total) => `Without validation tests: ${n} of ${total} runbooks.`,
    }),
    returnToNormal: share(runbooks, (runbook) => runbook.returnToNormal.trim() !== '', {
      none: 'No runbooks, so no return to normal operations described.',
      every: 'Every runbook describes the return to normal operations.',
      some: (n, total) => `Not describing the return to normal: ${n} of ${total} runbooks.`,
    }),
    afterAction: missing('No after-action reviews recorded.'),
    exercises: missing('No exercises recorded.'),
    review: missing('No review cycle recorded.'),
    contacts: share(contacts, (contact) => contact.phones.length > 0 && !unverified.has(contact.id), {
      none: 'No contacts recorded.',
      every: 'Every contact has a phone number verified recently.',
      some: (n, total) => `No phone, or not verified recently: ${n} of ${total} contacts.`,
    }),
    vendors: share(
      vendors,
      (vendor) =>
        (vendor.supportPhone !== '' || vendor.supportEmail !== '' || vendor.supportPortal !== '') &&
        vendor.slaRestoreMinutes !== null,
      {
        none: 'No vendors recorded.',
        every: 'Every vendor has a support line and a restore SLA.',
        some: (n, total) => `Without a support line or a restore SLA: ${n} of ${total} vendors.`,
      },
    ),
    inventory: share(systems, (system) => system.owner.trim() !== '' && system.tier !== null, {
      none: 'No systems recorded.',
      every: 'Every system has an owner and a tier.',
      some: (n, total) => `Without an owner or a tier: ${n} of ${total} systems.`,
    }),
    impact: share(processes, (process) => isFullyRated(process.impact), {
      none: 'No business processes recorded.',
      every: 'Every process has its impact rated at every time and in every category.',
      some: (n, total) => `Not fully rated: ${n} of ${total} processes.`,
    }),
    mtd: share(
      processes,
      (process) =>
        processMtd(process, snapshot.plan.mtdThreshold).minutes !== null ||
        processMtd(process, snapshot.plan.mtdThreshold).beyond,
      {
        none: 'No business processes recorded.',
        every: 'Every process has an MTD.',
        some: (n, total) => `No MTD yet: ${n} of ${total} processes.`,
      },
    ),
    objectives: share(
      critical,
      (system) => system.rto !== null && (system.rpo !== null || !holdsData(system)),
      {
        none: 'No systems recorded.',
        every: 'Every critical system has an RTO and (where it holds data) an RPO.',
        some: (n, total) => `Without an RTO or RPO: ${n} of ${total} critical systems.`,
      },
    ),
    priorities: share(systems, (system) => system.tier !== null, {
      none: 'No systems recorded.',
      every: 'Every system has a tier.',
      some: (n, total) => `Without a tier: ${n} of ${total} systems.`,
    }),
    interdependencies:
      dependencies.length > 0
        ? covered(`${dependencies.length} dependencies recorded and drawn on the dependency map.`)
        : processes.some((process) => process.systemIds.length > 0)
          ? partly('Processes list their systems, but no dependencies between systems are recorded.')
          : missing('No dependencies recorded.'),
    resources:
      dependencies.length > 0 && vendors.length > 0
        ? covered('Dependencies and the vendors that provide systems are recorded.')
        : dependencies.length > 0 || vendors.length > 0
          ? partly(
              dependencies.length > 0
                ? 'Dependencies are recorded; no vendors.'
                : 'Vendors are recorded; no dependencies.',
            )
          : missing('No dependencies or vendors recorded.'),
    welfare: missing('The plan does not record how affected people are looked after.'),
    informationFlow:
      callTree.length > 0
        ? partly(
            'The call tree says who tells whom; no procedure for logging decisions during the response is recorded.',
          )
        : missing('No call tree and no procedure for logging decisions recorded.'),
  } satisfies Record<string, Verdict>;
}

type Check = keyof ReturnType<typeof checks>;

/** Each item: the standard, our wording, the sections that answer it, and which check decides. */
const ITEMS: readonly {
  standard: CoverageRow['standard'];
  item: string;
  sectionIds: string[];
  check: Check;
}[] = [
  {
    standard: NIST,
    item: 'Document control: version, approval, change record',
    sectionIds: ['document-control', 'approvals', 'revisions'],
    check: 'documentControl',
  },
  {
    standard: NIST,
    item: 'Introduction: purpose, scope, assumptions',
    sectionIds: ['purpose', 'scope', 'assumptions'],
    check: 'scope',
  },
  {
    standard: NIST,
    item: 'Concept of operations: system description',
    sectionIds: ['system-descriptions', 'map'],
    check: 'systemDescription',
  },
  {
    standard: NIST,
    item: 'Roles and responsibilities, recovery teams',
    sectionIds: ['roles'],
    check: 'roles',
  },
  { standard: NIST, item: 'Line of succession', sectionIds: ['succession'], check: 'succession' },
  { standard: NIST, item: 'Backup and alternate storage', sectionIds: ['backups'], check: 'backups' },
  {
    standard: NIST,
    item: 'Alternate site and standby arrangements',
    sectionIds: ['backups'],
    check: 'alternateSite',
  },
  {
    standard: NIST,
    item: 'Activation criteria and authority',
    sectionIds: ['activation-criteria'],
    check: 'activation',
  },
  {
    standard: NIST,
    item: 'Notification procedures and call tree',
    sectionIds: ['call-tree', 'notification'],
    check: 'callTree',
  },
  { standard: NIST, item: 'Outage assessment', sectionIds: ['assessment'], check: 'assessment' },
  { standard: NIST, item: 'Sequence of recovery activities', sectionIds: ['sequence'], check: 'sequence' },
  { standard: NIST, item: 'Recovery procedures per system', sectionIds: ['recovery'], check: 'procedures' },
  {
    standard: NIST,
    item: 'Reconstitution: validation testing',
    sectionIds: ['validation'],
    check: 'validation',
  },
  {
    standard: NIST,
    item: 'Reconstitution: declaring recovery, return to normal',
    sectionIds: ['declaration', 'return-to-normal'],
    check: 'returnToNormal',
  },
  {
    standard: NIST,
    item: 'Deactivation and after-action review',
    sectionIds: ['after-action'],
    check: 'afterAction',
  },
  { standard: NIST, item: 'Testing, training and exercises', sectionIds: ['exercises'], check: 'exercises' },
  { standard: NIST, item: 'Plan maintenance and review', sectionIds: ['review'], check: 'review' },
  { standard: NIST, item: 'Appendix: personnel contact list', sectionIds: ['contacts'], check: 'contacts' },
  {
    standard: NIST,
    item: 'Appendix: vendor contact list and SLAs',
    sectionIds: ['vendors'],
    check: 'vendors',
  },
  { standard: NIST, item: 'Appendix: system inventory', sectionIds: ['inventory'], check: 'inventory' },
  {
    standard: NIST,
    item: 'BIA: processes and impact over time',
    sectionIds: ['processes', 'impact'],
    check: 'impact',
  },
  { standard: NIST, item: 'BIA: maximum tolerable downtime', sectionIds: ['processes'], check: 'mtd' },
  {
    standard: NIST,
    item: 'BIA: recovery objectives (RTO, RPO)',
    sectionIds: ['objectives'],
    check: 'objectives',
  },
  { standard: NIST, item: 'BIA: recovery priorities', sectionIds: ['priorities'], check: 'priorities' },
  {
    standard: NIST,
    item: 'BIA: resources and interdependencies',
    sectionIds: ['dependencies', 'map'],
    check: 'interdependencies',
  },
  {
    standard: ISO,
    item: 'Purpose, scope and objectives',
    sectionIds: ['purpose', 'scope', 'objectives'],
    check: 'scope',
  },
  {
    standard: ISO,
    item: 'Roles and responsibilities of those who act',
    sectionIds: ['roles', 'succession'],
    check: 'roles',
  },
  {
    standard: ISO,
    item: 'Criteria and procedure for activating the plan',
    sectionIds: ['activation-criteria'],
    check: 'activation',
  },
  { standard: ISO, item: 'Actions to carry out the recovery', sectionIds: ['recovery'], check: 'procedures' },
  {
    standard: ISO,
    item: 'Prioritised activities and their time frames',
    sectionIds: ['priorities', 'objectives', 'sequence'],
    check: 'objectives',
  },
  {
    standard: ISO,
    item: 'Internal and external interdependencies',
    sectionIds: ['dependencies', 'map', 'vendors'],
    check: 'interdependencies',
  },
  {
    standard: ISO,
    item: 'Resources needed',
    sectionIds: ['dependencies', 'vendors', 'backups'],
    check: 'resources',
  },
  {
    standard: ISO,
    item: 'Communication with staff and interested parties',
    sectionIds: ['call-tree', 'notification', 'contacts'],
    check: 'callTree',
  },
  {
    standard: ISO,
    item: 'Information flow and record keeping',
    sectionIds: ['call-tree', 'declaration'],
    check: 'informationFlow',
  },
  { standard: ISO, item: 'Welfare of affected people', sectionIds: [], check: 'welfare' },
  {
    standard: ISO,
    item: 'Standing down and return to normal',
    sectionIds: ['return-to-normal'],
    check: 'returnToNormal',
  },
  {
    standard: ISO,
    item: 'Plan documented, controlled and available',
    sectionIds: ['document-control', 'distribution', 'classification'],
    check: 'documentControl',
  },
];

/** Every row of the matrix, NIST first, each with its status worked out from the plan. */
export function coverageMatrix(snapshot: PlanSnapshot, analysis: PlanAnalysis): CoverageRow[] {
  const verdicts = checks(snapshot, analysis);
  return ITEMS.map(({ check, ...row }) => ({ ...row, ...verdicts[check] }));
}

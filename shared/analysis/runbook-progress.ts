import type { Finding, FindingCode } from './findings';
import type { NextAction, StepProgress } from './progress';

/** Findings that belong to writing runbooks and naming people rather than to setting objectives. */
export const RUNBOOK_STEP_CODES: ReadonlySet<FindingCode> = new Set([
  'MISSING_RUNBOOK',
  'RUNBOOK_EXCEEDS_RTO',
  'RECOVERY_EXCEEDS_MTD',
  'VENDOR_SLA_EXCEEDS_RTO',
  'CONTACT_UNVERIFIED',
]);

export interface RunbooksInput {
  /** Systems of tier 0–2: the ones that must have a runbook. */
  criticalSystemCount: number;
  runbookCount: number;
  contactCount: number;
  /** Calls in the call tree. */
  callCount: number;
  findings: readonly Finding[];
}

const quoted = (name: string) => `“${name}”`;

/**
 * Step 4 as four checks: every critical system has a runbook with steps;
 * recovery fits (runbooks within RTO, recovery and WRT within MTD, vendor
 * restore SLAs within RTO); a call tree exists; and the contacts' details
 * are verified. A check about something that does not exist yet (no
 * runbook, no contact) is not done: an empty plan is not a ready plan.
 */
export function runbooksStep(input: RunbooksInput): StepProgress {
  const { criticalSystemCount, runbookCount, contactCount, callCount, findings } = input;
  const of = (...codes: FindingCode[]) => findings.filter((finding) => codes.includes(finding.code));
  const missing = of('MISSING_RUNBOOK');
  const slow = of('RECOVERY_EXCEEDS_MTD', 'RUNBOOK_EXCEEDS_RTO', 'VENDOR_SLA_EXCEEDS_RTO');
  const unverified = of('CONTACT_UNVERIFIED');
  const checks = [
    criticalSystemCount > 0 && missing.length === 0,
    runbookCount > 0 && slow.length === 0,
    callCount > 0,
    contactCount > 0 && unverified.length === 0,
  ];
  const done = checks.filter(Boolean).length;

  let next: NextAction | null = null;
  const [firstMissing] = missing;
  const [firstSlow] = slow;
  const [firstUnverified] = unverified;
  if (firstMissing) {
    next = {
      text: `Write the runbook for ${quoted(firstMissing.subject.name)}`,
      target: { kind: 'runbooks' },
    };
  } else if (firstSlow) {
    next = {
      text: `${firstSlow.subject.name}: ${firstSlow.fix}`,
      target:
        firstSlow.code === 'VENDOR_SLA_EXCEEDS_RTO'
          ? { kind: 'vendors' }
          : { kind: 'system', id: firstSlow.subject.id },
    };
  } else if (contactCount === 0) {
    next = { text: 'Add the people to call in a disaster', target: { kind: 'contacts' } };
  } else if (callCount === 0) {
    next = { text: 'Set up the call tree: who calls whom', target: { kind: 'call-tree' } };
  } else if (firstUnverified) {
    next = {
      text: `Check ${quoted(firstUnverified.subject.name)}’s phone numbers and e-mail are still right`,
      target: { kind: 'contact', id: firstUnverified.subject.id },
    };
  } else if (runbookCount === 0) {
    next = { text: 'Write your first runbook', target: { kind: 'runbooks' } };
  }

  const withRunbook = criticalSystemCount - missing.length;
  return {
    id: 'runbooks',
    title: 'Write runbooks',
    purpose: 'Write the step-by-step recovery for each critical system, with who does what and whom to call.',
    status:
      done === checks.length
        ? 'done'
        : runbookCount > 0 || contactCount > 0 || callCount > 0
          ? 'in-progress'
          : 'not-started',
    done,
    total: checks.length,
    summary: [
      `${withRunbook} of ${criticalSystemCount} critical ${criticalSystemCount === 1 ? 'system has' : 'systems have'} a runbook`,
      slow.length === 0
        ? 'recovery fits the objectives'
        : `${slow.length} recovery ${slow.length === 1 ? 'time is' : 'times are'} too long`,
      callCount === 0
        ? 'no call tree yet'
        : `call tree of ${callCount} ${callCount === 1 ? 'call' : 'calls'}`,
      `${contactCount - unverified.length} of ${contactCount} ${contactCount === 1 ? 'contact' : 'contacts'} verified`,
    ].join(' · '),
    next,
  };
}

import { describe, expect, it } from 'vitest';
import type { Finding, FindingCode } from '../../shared/analysis/findings';
import { runbooksStep } from '../../shared/analysis/runbook-progress';

function finding(code: FindingCode, name: string, kind: 'system' | 'contact' = 'system'): Finding {
  return {
    code,
    severity: 'high',
    subject: { kind, id: `${name}-id`, name },
    field: 'runbook',
    message: `${code} message`,
    fix: `${code} fix`,
  };
}

const ready = { criticalSystemCount: 2, runbookCount: 2, contactCount: 3, callCount: 3, findings: [] };

describe('step 4: runbooks and people', () => {
  it('has not started on an empty plan, and points at the first runbook to write', () => {
    const step = runbooksStep({
      criticalSystemCount: 1,
      runbookCount: 0,
      contactCount: 0,
      callCount: 0,
      findings: [finding('MISSING_RUNBOOK', 'Web shop')],
    });
    expect(step).toMatchObject({
      id: 'runbooks',
      status: 'not-started',
      done: 0,
      total: 4,
      summary:
        '0 of 1 critical system has a runbook · recovery fits the objectives · no call tree yet · 0 of 0 contacts verified',
      next: { text: 'Write the runbook for “Web shop”', target: { kind: 'runbooks' } },
    });
  });

  it('is done when every check passes', () => {
    expect(runbooksStep(ready)).toMatchObject({ status: 'done', done: 4, next: null });
  });

  it('asks to fix recovery that is too slow, sending vendor SLAs to the vendors', () => {
    expect(runbooksStep({ ...ready, findings: [finding('RUNBOOK_EXCEEDS_RTO', 'Web shop')] })).toMatchObject({
      status: 'in-progress',
      done: 3,
      next: { text: 'Web shop: RUNBOOK_EXCEEDS_RTO fix', target: { kind: 'system', id: 'Web shop-id' } },
    });
    expect(
      runbooksStep({ ...ready, findings: [finding('VENDOR_SLA_EXCEEDS_RTO', 'Web shop')] }).next?.target,
    ).toEqual({ kind: 'vendors' });
  });

  it('then asks for people, the call tree and verified contacts, in that order', () => {
    expect(runbooksStep({ ...ready, contactCount: 0, callCount: 0 }).next).toEqual({
      text: 'Add the people to call in a disaster',
      target: { kind: 'contacts' },
    });
    expect(runbooksStep({ ...ready, callCount: 0 }).next?.target).toEqual({ kind: 'call-tree' });
    const stale = runbooksStep({ ...ready, findings: [finding('CONTACT_UNVERIFIED', 'Ann', 'contact')] });
    expect(stale).toMatchObject({
      done: 3,
      summary:
        '2 of 2 critical systems have a runbook · recovery fits the objectives · call tree of 3 calls · 2 of 3 contacts verified',
      next: {
        text: 'Check “Ann”’s phone numbers and e-mail are still right',
        target: { kind: 'contact', id: 'Ann-id' },
      },
    });
  });
});

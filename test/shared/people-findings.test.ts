import { describe, expect, it } from 'vitest';
import { contactFindings, vendorSlaFindings } from '../../shared/analysis/people-findings';
import { analysePlan } from '../../shared/analysis/plan-analysis';
import { newContactDefaults, type Contact } from '../../shared/model/contact';
import { newStepDefaults, type Runbook } from '../../shared/model/runbook';
import { newSystemDefaults, systemSchema, type System } from '../../shared/model/system';
import { newVendorDefaults, type Vendor } from '../../shared/model/vendor';
import { NO_PEOPLE } from '../support/no-people';

const PLAN_ID = '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60';
const STAMP = '2026-11-22T10:00:00.000Z';
const TODAY = '2026-11-22';

function contact(name: string, lastVerified: string | null): Contact {
  return {
    id: crypto.randomUUID(),
    planId: PLAN_ID,
    position: 0,
    ...newContactDefaults(name),
    lastVerified,
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

function system(name: string, rto: number | null): System {
  return systemSchema.parse({
    id: crypto.randomUUID(),
    planId: PLAN_ID,
    ...newSystemDefaults(name),
    rto,
    position: 0,
    createdAt: STAMP,
    updatedAt: STAMP,
  });
}

function vendor(name: string, slaRestoreMinutes: number | null, systems: System[]): Vendor {
  return {
    id: crypto.randomUUID(),
    planId: PLAN_ID,
    position: 0,
    ...newVendorDefaults(name),
    slaRestoreMinutes,
    systemIds: systems.map((entry) => entry.id),
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

const codesOf = (contacts: Contact[], extra: Partial<Parameters<typeof contactFindings>[0]> = {}) =>
  contactFindings({ contacts, teams: [], callTree: null, runbooks: [], today: TODAY, ...extra }).map(
    (finding) => [finding.subject.name, finding.severity],
  );

describe('CONTACT_UNVERIFIED', () => {
  it('flags never verified and older than six months, not six months to the day', () => {
    const never = contact('Never', null);
    const old = contact('Old', '2026-05-21');
    const edge = contact('Edge', '2026-05-22');
    const fresh = contact('Fresh', '2026-11-01');
    expect(codesOf([never, old, edge, fresh])).toEqual([
      ['Never', 'low'],
      ['Old', 'low'],
    ]);
  });

  it('is medium for a person the plan relies on, and says where', () => {
    const caller = contact('Ann', null);
    const deputy = contact('Bo', '2025-01-01');
    const stepOwner = contact('Cy', null);
    const bystander = contact('Di', null);
    const step = { id: crypto.randomUUID(), ...newStepDefaults('Restore'), responsibleId: stepOwner.id };
    const findings = contactFindings({
      contacts: [caller, deputy, stepOwner, bystander],
      teams: [{ name: 'DR coordinator', memberIds: [deputy.id] }],
      callTree: {
        entries: [
          { id: crypto.randomUUID(), contactId: caller.id, callerId: null, escalateAfterMinutes: 10 },
        ],
      },
      runbooks: [{ steps: [step] } satisfies Pick<Runbook, 'steps'>],
      today: TODAY,
    });
    expect(findings.map((finding) => [finding.subject.name, finding.severity])).toEqual([
      ['Ann', 'medium'],
      ['Bo', 'medium'],
      ['Cy', 'medium'],
      ['Di', 'low'],
    ]);
    expect(findings[0]?.subject.kind).toBe('contact');
    expect(findings[0]?.message).toBe(
      'Their details have never been verified, and the plan relies on them: this person is in the call tree.',
    );
    expect(findings[1]?.message).toContain('last verified on 2025-01-01, more than 6 months ago');
    expect(findings[1]?.message).toContain('is in “DR coordinator”');
  });
});

describe('VENDOR_SLA_EXCEEDS_RTO', () => {
  const shop = system('Web shop', 240);
  const mail = system('Mail', 480);
  const wiki = system('Wiki', null);

  it('flags each provided system whose RTO is shorter than the restore SLA, not equal ones', () => {
    const findings = vendorSlaFindings([shop, mail, wiki], [vendor('HostCo', 480, [shop, mail, wiki])]);
    expect(findings).toEqual([
      {
        code: 'VENDOR_SLA_EXCEEDS_RTO',
        severity: 'high',
        subject: { kind: 'system', id: shop.id, name: 'Web shop' },
        field: 'rto',
        message: 'HostCo provides it and promises to restore service within 8 h, longer than its RTO of 4 h.',
        fix: 'Negotiate a restore time of 4 h or less with HostCo, add a standby that does not depend on them, or agree an RTO of at least 8 h.',
      },
    ]);
  });

  it('says nothing without an SLA, or for systems of other plans', () => {
    expect(vendorSlaFindings([shop], [vendor('HostCo', null, [shop])])).toEqual([]);
    expect(vendorSlaFindings([mail], [vendor('HostCo', 600, [shop])])).toEqual([]);
  });
});

describe('analysePlan with runbooks and people', () => {
  it('reports every kind of finding, and each system’s runbook time and recovery time', () => {
    const shop = system('Web shop', 60);
    const steps = [{ id: crypto.randomUUID(), ...newStepDefaults('Restore'), estimatedMinutes: 90 }];
    const analysis = analysePlan({
      ...NO_PEOPLE,
      mtdThreshold: 'severe',
      systems: [{ ...shop, tier: 1 }],
      processes: [],
      dependencies: [],
      runbooks: [
        {
          id: crypto.randomUUID(),
          planId: PLAN_ID,
          systemId: shop.id,
          scenarioId: null,
          title: 'Recover the shop',
          activation: { criteria: '', whoMayActivate: '' },
          notification: '',
          startsCallTree: true,
          steps,
          validationTests: [],
          returnToNormal: '',
          rollback: '',
          createdAt: STAMP,
          updatedAt: STAMP,
        },
      ],
      contacts: [contact('Ann', null)],
      vendors: [vendor('HostCo', 120, [shop])],
      today: TODAY,
    });
    const codes = analysis.findings.map((finding) => finding.code);
    expect(codes).toContain('RUNBOOK_EXCEEDS_RTO');
    expect(codes).toContain('VENDOR_SLA_EXCEEDS_RTO');
    expect(codes).toContain('CONTACT_UNVERIFIED');
    expect(codes).not.toContain('MISSING_RUNBOOK');
    expect(analysis.systems[0]?.runbookMinutes).toEqual({ minutes: 90, lowerBound: false });
    expect(analysis.systems[0]?.recovery).toMatchObject({ minutes: 90, atLeast: 90, chain: [shop.id] });
  });
});

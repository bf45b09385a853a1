import { describe, expect, it } from 'vitest';
import { approveBlocker, versionLabel } from '../../../shared/revisions/version';

const revisions = [
  { number: 1, approvedAt: '2026-01-10T10:00:00.000Z' },
  { number: 3, approvedAt: '2026-11-20T10:00:00.000Z' },
  { number: 2, approvedAt: '2026-06-01T10:00:00.000Z' },
];

describe('versionLabel', () => {
  it('names the approved version, the draft of the next, or a plan never approved', () => {
    expect(versionLabel({ status: 'approved' }, revisions, '2026-11-23')).toBe(
      'Version 3, approved 2026-11-20',
    );
    expect(versionLabel({ status: 'draft' }, revisions, '2026-11-23')).toBe(
      'Draft of version 4, changes since version 3 of 2026-11-20',
    );
    expect(versionLabel({ status: 'in-review' }, [], '2026-11-23')).toBe('Draft of 2026-11-23');
  });
});

describe('approveBlocker', () => {
  const approver = { id: 'a', name: 'Alex', title: '', approvedOn: null };
  it('says why Approve is disabled', () => {
    expect(approveBlocker({ status: 'draft', owner: 'D', approvers: [approver] })).toMatch(/Submit/);
    expect(approveBlocker({ status: 'in-review', owner: '', approvers: [approver] })).toMatch(/owner/);
    expect(approveBlocker({ status: 'in-review', owner: 'D', approvers: [] })).toMatch(/approver/);
    expect(approveBlocker({ status: 'in-review', owner: 'D', approvers: [approver] })).toBe(
      'Waiting for Alex to approve.',
    );
    expect(
      approveBlocker({
        status: 'in-review',
        owner: 'D',
        approvers: [{ ...approver, approvedOn: '2026-11-23' }],
      }),
    ).toBeNull();
  });
});

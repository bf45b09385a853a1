import { describe, expect, it } from 'vitest';
import { reviewFindings } from '../../../shared/analysis/review-findings';

const plan = { id: 'p', name: 'Plan', createdAt: '2025-11-23T10:00:00.000Z', reviewCycleMonths: 12 };

describe('PLAN_REVIEW_OVERDUE', () => {
  it('is not due until a whole cycle after the last approval, and overdue the day after', () => {
    const approved = '2025-11-23T09:00:00.000Z';
    expect(reviewFindings({ plan, lastApprovedAt: approved, today: '2026-11-23' })).toEqual([]);
    const [finding] = reviewFindings({ plan, lastApprovedAt: approved, today: '2026-11-24' });
    expect(finding).toMatchObject({
      code: 'PLAN_REVIEW_OVERDUE',
      severity: 'medium',
      subject: { kind: 'plan', id: 'p' },
    });
    expect(finding?.message).toContain('last approved on 2025-11-23');
  });

  it('follows the plan’s own cycle', () => {
    const six = { ...plan, reviewCycleMonths: 6 };
    expect(
      reviewFindings({ plan: six, lastApprovedAt: '2026-05-23T00:00:00.000Z', today: '2026-11-23' }),
    ).toEqual([]);
    expect(
      reviewFindings({ plan: six, lastApprovedAt: '2026-05-22T00:00:00.000Z', today: '2026-11-23' }),
    ).toHaveLength(1);
  });

  it('a plan never approved is overdue once it is older than a cycle, not before', () => {
    expect(reviewFindings({ plan, lastApprovedAt: null, today: '2026-11-23' })).toEqual([]);
    const [finding] = reviewFindings({ plan, lastApprovedAt: null, today: '2026-11-24' });
    expect(finding?.message).toContain('never been approved');
  });
});

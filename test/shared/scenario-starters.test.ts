import { describe, expect, it } from 'vitest';
import { MITIGATION_KINDS, scenarioSchema, mitigationSchema } from '../../shared/model/scenario';
import {
  instantiateStarter,
  mitigationFromSuggestion,
  STARTER_SCENARIOS,
  starterById,
} from '../../shared/scenarios/starters';

const PLAN_ID = '6f1c2a4e-1b7d-4c55-9a0e-3d2f1b8c7a60';
const NOW = '2026-03-02T09:00:00.000Z';
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('the starter scenarios', () => {
  it('are the ten from the issue, in that order, with unique ids', () => {
    expect(STARTER_SCENARIOS.map((starter) => starter.name)).toEqual([
      'Server crash',
      'Database unreachable',
      'Third-party service or API down',
      'Traffic spike (10× normal)',
      'Disk failure',
      'Internet / ISP outage',
      'Power outage',
      'Ransomware',
      'Loss of the site',
      'Key person unavailable',
    ]);
    expect(new Set(STARTER_SCENARIOS.map((starter) => starter.id)).size).toBe(10);
  });

  it('each say what happens, how it is noticed, and offer mitigations with unique keys', () => {
    for (const starter of STARTER_SCENARIOS) {
      expect(starter.description.length, starter.id).toBeGreaterThan(80);
      expect(starter.detection.length, starter.id).toBeGreaterThan(20);
      expect(starter.suggestions.length, starter.id).toBeGreaterThanOrEqual(2);
      const keys = starter.suggestions.map((suggestion) => suggestion.key);
      expect(new Set(keys).size, starter.id).toBe(keys.length);
    }
    // Between them they cover every kind of mitigation the issue names.
    const kinds = new Set(STARTER_SCENARIOS.flatMap((starter) => starter.suggestions.map((s) => s.kind)));
    expect([...kinds].sort()).toEqual([...MITIGATION_KINDS].sort());
  });

  it('instantiate into valid scenarios that assume nothing: unrated, no systems, no mitigations', () => {
    STARTER_SCENARIOS.forEach((starter, index) => {
      const scenario = instantiateStarter(starter, {
        id: id(index + 1),
        planId: PLAN_ID,
        position: index,
        now: NOW,
      });
      expect(scenarioSchema.parse(scenario)).toEqual(scenario);
      expect(scenario).toEqual({
        id: id(index + 1),
        planId: PLAN_ID,
        starterId: starter.id,
        name: starter.name,
        description: starter.description,
        likelihood: null,
        impact: null,
        affectedSystemIds: [],
        detection: starter.detection,
        mitigations: [],
        position: index,
        createdAt: NOW,
        updatedAt: NOW,
      });
    });
  });

  it('turn a suggestion into a planned mitigation that remembers where it came from', () => {
    const ransomware = starterById('ransomware');
    const suggestion = ransomware?.suggestions.find((candidate) => candidate.key === 'offline-backup');
    if (!suggestion) throw new Error('ransomware has no offline-backup suggestion');
    const mitigation = mitigationFromSuggestion(suggestion, id(9));
    expect(mitigationSchema.parse(mitigation)).toEqual(mitigation);
    expect(mitigation).toMatchObject({ kind: 'backups', status: 'planned', suggestion: 'offline-backup' });
    expect(starterById('meteor')).toBeUndefined();
  });
});

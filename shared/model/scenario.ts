import { z } from 'zod';
import { idSchema, requiredTextSchema, textSchema, timestampSchema } from './common';

/**
 * A failure scenario: something that can go wrong (a server crash, ransomware,
 * the building lost), how likely and how bad it is, the systems it takes down,
 * how it is noticed, and what protects against it.
 */

export const RATINGS = [1, 2, 3, 4, 5] as const;
export type Rating = (typeof RATINGS)[number];

/** What each likelihood means in a business owner's words: how often it happens to organisations like this one. */
export const LIKELIHOOD_INFO = {
  1: { label: 'Rare', hint: 'less than once in 10 years' },
  2: { label: 'Unlikely', hint: 'once in 5 to 10 years' },
  3: { label: 'Possible', hint: 'once in 1 to 5 years' },
  4: { label: 'Likely', hint: 'about once a year' },
  5: { label: 'Almost certain', hint: 'several times a year' },
} as const satisfies Record<Rating, { label: string; hint: string }>;

/** What each impact means, as the organisation would feel it. */
export const IMPACT_INFO = {
  1: { label: 'Negligible', hint: 'a nuisance; work goes on' },
  2: { label: 'Minor', hint: 'some work is delayed and caught up within a day' },
  3: { label: 'Moderate', hint: 'an important process stops for hours; some cost or complaints' },
  4: { label: 'Major', hint: 'critical processes stop for days; customers or regulators notice' },
  5: { label: 'Severe', hint: 'threatens the organisation: a long outage, lost data, legal or safety harm' },
} as const satisfies Record<Rating, { label: string; hint: string }>;

/** null until someone has assessed it: an honest "unknown", never a guess. */
function ratingSchema(label: string) {
  return z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.null()], {
    error: `${label} must be 1, 2, 3, 4 or 5`,
  });
}

export const MITIGATION_KINDS = [
  'redundancy',
  'failover',
  'backups',
  'rate-limiting',
  'queue',
  'graceful-degradation',
  'other',
] as const;
export type MitigationKind = (typeof MITIGATION_KINDS)[number];

export const MITIGATION_KIND_INFO = {
  redundancy: { label: 'Redundancy', hint: 'a second one of it, so one can fail' },
  failover: { label: 'Failover', hint: 'a standby that takes over' },
  backups: { label: 'Backups', hint: 'copies to restore from' },
  'rate-limiting': { label: 'Rate limiting', hint: 'cap the load so the system stays up' },
  queue: { label: 'Queue-based processing', hint: 'accept work now, process it when it can' },
  'graceful-degradation': { label: 'Graceful degradation', hint: 'keep the essentials running with less' },
  other: { label: 'Other', hint: 'anything else: a contract, a procedure, training' },
} as const satisfies Record<MitigationKind, { label: string; hint: string }>;

export const MITIGATION_STATUSES = ['planned', 'in-progress', 'in-place', 'not-planned'] as const;
export type MitigationStatus = (typeof MITIGATION_STATUSES)[number];

export const MITIGATION_STATUS_INFO = {
  planned: { label: 'Planned', hint: 'agreed, not started' },
  'in-progress': { label: 'In progress', hint: 'being put in place' },
  'in-place': { label: 'In place', hint: 'working today' },
  'not-planned': { label: 'Not planned', hint: 'the risk is accepted for now' },
} as const satisfies Record<MitigationStatus, { label: string; hint: string }>;

export const MAX_MITIGATIONS = 50;

export const mitigationFieldSchemas = {
  kind: z.enum(MITIGATION_KINDS, { error: 'The kind must be one of the listed kinds of mitigation' }),
  description: requiredTextSchema('What is done', 2000),
  status: z.enum(MITIGATION_STATUSES, {
    error: 'The status must be planned, in progress, in place or not planned',
  }),
} as const;

export const mitigationSchema = z.strictObject({
  id: idSchema,
  ...mitigationFieldSchemas,
  /** The starter suggestion it was added from, so the suggestion is not offered again once taken. */
  suggestion: z.string().max(100).nullable(),
});
export type Mitigation = z.infer<typeof mitigationSchema>;
export type MitigationEdits = Partial<Pick<Mitigation, keyof typeof mitigationFieldSchemas>>;
export const mitigationEditsSchema = z.strictObject(mitigationFieldSchemas).partial();

function unique(ids: readonly string[]) {
  return new Set(ids).size === ids.length;
}

/** The fields a user edits one at a time; each validates alone so a single control can autosave. */
export const scenarioFieldSchemas = {
  name: requiredTextSchema('Scenario name', 200),
  description: textSchema('Description', 5000),
  likelihood: ratingSchema('Likelihood'),
  impact: ratingSchema('Impact'),
  /** The systems it takes down, by id; a what-if simulation fails exactly these. */
  affectedSystemIds: z.array(idSchema).refine(unique, { error: 'A system is listed twice' }),
  detection: textSchema('How it is detected', 2000),
  mitigations: z
    .array(mitigationSchema)
    .max(MAX_MITIGATIONS, { error: `A scenario can have at most ${MAX_MITIGATIONS} mitigations` })
    .refine((list) => unique(list.map((mitigation) => mitigation.id)), {
      error: 'A mitigation is listed twice',
    }),
} as const;

export type ScenarioField = keyof typeof scenarioFieldSchemas;

export const scenarioSchema = z.strictObject({
  id: idSchema,
  planId: idSchema,
  /** The starter it came from (see shared/scenarios/starters.ts), or null for one the user wrote. */
  starterId: z.string().max(100).nullable(),
  ...scenarioFieldSchemas,
  position: z.number().int().nonnegative(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioEdits = Partial<Pick<Scenario, ScenarioField>>;
export const scenarioEditsSchema = z.strictObject(scenarioFieldSchemas).partial();

export function newScenarioDefaults(name: string): Pick<Scenario, ScenarioField> {
  return {
    name,
    description: '',
    likelihood: null,
    impact: null,
    affectedSystemIds: [],
    detection: '',
    mitigations: [],
  };
}

export const RISK_BANDS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskBand = (typeof RISK_BANDS)[number];

/** Each band starts at `from` and runs to the next band's start; the comment on riskRating says why. */
export const RISK_BAND_INFO = {
  low: { label: 'Low', from: 1, hint: 'accept it, or deal with it when convenient' },
  medium: { label: 'Medium', from: 5, hint: 'plan a mitigation' },
  high: { label: 'High', from: 10, hint: 'mitigate soon' },
  critical: { label: 'Critical', from: 15, hint: 'act now: this is where effort pays most' },
} as const satisfies Record<RiskBand, { label: string; from: number; hint: string }>;

/** "Low 1–4 · Medium 5–9 · High 10–14 · Critical 15–25", for legends. */
export function riskBandRanges(): string {
  return RISK_BANDS.map((band, index) => {
    const next = RISK_BANDS[index + 1];
    const to = next === undefined ? 25 : RISK_BAND_INFO[next].from - 1;
    return `${RISK_BAND_INFO[band].label} ${RISK_BAND_INFO[band].from}–${to}`;
  }).join(' · ');
}

export interface RiskRating {
  /** likelihood × impact, 1–25. */
  score: number;
  band: RiskBand;
}

/**
 * The usual 5×5 risk matrix: score = likelihood × impact. Bands:
 *   1–4 low, 5–9 medium, 10–14 high, 15–25 critical.
 * So a severe impact is never "low" (rare and severe = 5, medium), a possible
 * and severe scenario (3 × 5 = 15) is critical, and an almost certain but
 * negligible one (5 × 1) is medium. null while either rating is unset.
 */
export function riskRating(likelihood: Rating | null, impact: Rating | null): RiskRating | null {
  if (likelihood === null || impact === null) return null;
  const score = likelihood * impact;
  const band = RISK_BANDS.findLast((candidate) => score >= RISK_BAND_INFO[candidate].from) ?? 'low';
  return { score, band };
}

/**
 * Highest risk first; at the same score the worse impact first (rare but severe
 * before frequent but negligible); unrated scenarios after every rated one;
 * then the order they were added in.
 */
export function compareByRisk(
  a: Pick<Scenario, 'likelihood' | 'impact' | 'position'>,
  b: Pick<Scenario, 'likelihood' | 'impact' | 'position'>,
): number {
  const scoreA = riskRating(a.likelihood, a.impact)?.score ?? 0;
  const scoreB = riskRating(b.likelihood, b.impact)?.score ?? 0;
  const impactA = scoreA === 0 ? 0 : (a.impact ?? 0);
  const impactB = scoreB === 0 ? 0 : (b.impact ?? 0);
  return scoreB - scoreA || impactB - impactA || a.position - b.position;
}

import { z } from 'zod';
import { formatDuration } from './duration';
import type { Tier } from './system';

export const IMPACT_CATEGORIES = ['financial', 'operational', 'legal', 'reputational', 'safety'] as const;
export type ImpactCategory = (typeof IMPACT_CATEGORIES)[number];

export const IMPACT_CATEGORY_INFO = {
  financial: { label: 'Financial', hint: 'lost revenue, penalties, extra costs' },
  operational: { label: 'Operational', hint: 'work that stops or piles up' },
  legal: { label: 'Legal / regulatory', hint: 'breached contracts, laws or reporting duties' },
  reputational: { label: 'Reputational', hint: 'customers, press and partners losing trust' },
  safety: { label: 'Safety', hint: 'harm to people or the environment' },
} as const satisfies Record<ImpactCategory, { label: string; hint: string }>;

/** The moments after an outage starts at which impact is rated, in minutes. */
export const TIME_BUCKETS = [
  { minutes: 60, label: '1 hour', short: '1 h' },
  { minutes: 240, label: '4 hours', short: '4 h' },
  { minutes: 1440, label: '1 day', short: '1 day' },
  { minutes: 4320, label: '3 days', short: '3 days' },
  { minutes: 10080, label: '1 week', short: '1 week' },
] as const;
export const BUCKET_COUNT = TIME_BUCKETS.length;

/** Ratings in rising order; the index is the severity (0 none … 4 severe) and the key a facilitator types. */
export const IMPACT_RATINGS = ['none', 'minor', 'moderate', 'major', 'severe'] as const;
export type ImpactRating = (typeof IMPACT_RATINGS)[number];

export const IMPACT_RATING_LABELS = {
  none: 'None',
  minor: 'Minor',
  moderate: 'Moderate',
  major: 'Major',
  severe: 'Severe',
} as const satisfies Record<ImpactRating, string>;

export function ratingLevel(rating: ImpactRating): number {
  return IMPACT_RATINGS.indexOf(rating);
}

export const impactRatingSchema = z.enum(IMPACT_RATINGS, {
  error: 'Impact must be none, minor, moderate, major or severe',
});

/** "none" can never be a threshold: every outage would be intolerable at once. */
export const MTD_THRESHOLDS = ['minor', 'moderate', 'major', 'severe'] as const;
export const mtdThresholdSchema = z.enum(MTD_THRESHOLDS, {
  error: 'The MTD threshold must be minor, moderate, major or severe',
});
export type MtdThreshold = z.infer<typeof mtdThresholdSchema>;
export const DEFAULT_MTD_THRESHOLD: MtdThreshold = 'severe';

/** One row of the questionnaire: a rating per time bucket, null until someone rates it. */
const impactRowSchema = z.tuple([
  impactRatingSchema.nullable(),
  impactRatingSchema.nullable(),
  impactRatingSchema.nullable(),
  impactRatingSchema.nullable(),
  impactRatingSchema.nullable(),
]);

export const impactGridSchema = z.strictObject({
  financial: impactRowSchema,
  operational: impactRowSchema,
  legal: impactRowSchema,
  reputational: impactRowSchema,
  safety: impactRowSchema,
});
export type ImpactGrid = z.infer<typeof impactGridSchema>;

export function emptyImpactGrid(): ImpactGrid {
  const row = () => [null, null, null, null, null] satisfies ImpactGrid['financial'];
  return { financial: row(), operational: row(), legal: row(), reputational: row(), safety: row() };
}

/** Returns a copy of the grid with one cell changed. */
export function withRating(
  grid: ImpactGrid,
  category: ImpactCategory,
  bucket: number,
  rating: ImpactRating | null,
): ImpactGrid {
  const row: ImpactGrid[ImpactCategory] = [...grid[category]];
  if (!Number.isInteger(bucket) || bucket < 0 || bucket >= BUCKET_COUNT)
    throw new RangeError(`No time bucket ${bucket}`);
  row[bucket] = rating;
  return { ...grid, [category]: row };
}

/** The worst rating per bucket across categories (null where nothing is rated): what the chart draws. */
export function worstByBucket(grid: ImpactGrid): (number | null)[] {
  return TIME_BUCKETS.map((_, bucket) => {
    const levels = IMPACT_CATEGORIES.map((category) => grid[category][bucket])
      .filter((rating) => rating != null)
      .map(ratingLevel);
    return levels.length === 0 ? null : Math.max(...levels);
  });
}

export type DerivedMtd =
  /** No rating entered yet: nothing to derive from. */
  | { status: 'unrated' }
  /** Every cell rated, and no category reaches the threshold even after a week. */
  | { status: 'not-reached'; threshold: MtdThreshold }
  /** Partly rated, and nothing rated so far reaches the threshold: too early to say. */
  | { status: 'incomplete'; threshold: MtdThreshold }
  | {
      status: 'reached';
      threshold: MtdThreshold;
      minutes: number;
      bucketLabel: string;
      categories: ImpactCategory[];
    };

/** Every category rated at every time bucket: the questionnaire is complete. */
export function isFullyRated(grid: ImpactGrid): boolean {
  return IMPACT_CATEGORIES.every((category) => grid[category].every((rating) => rating !== null));
}

/** MTD from the impact profile: the first bucket at which any category reaches the plan's threshold. */
export function deriveMtd(grid: ImpactGrid, threshold: MtdThreshold): DerivedMtd {
  const min = ratingLevel(threshold);
  const anyRated = IMPACT_CATEGORIES.some((category) => grid[category].some((rating) => rating !== null));
  if (!anyRated) return { status: 'unrated' };
  for (const [index, bucket] of TIME_BUCKETS.entries()) {
    const categories = IMPACT_CATEGORIES.filter((category) => {
      const rating = grid[category][index];
      return rating != null && ratingLevel(rating) >= min;
    });
    if (categories.length > 0) {
      return { status: 'reached', threshold, minutes: bucket.minutes, bucketLabel: bucket.label, categories };
    }
  }
  // "Tolerable for over a week" is a strong claim: an unrated cell could still be intolerable.
  return { status: isFullyRated(grid) ? 'not-reached' : 'incomplete', threshold };
}

export function explainDerivedMtd(derived: DerivedMtd): string {
  switch (derived.status) {
    case 'unrated':
      return 'Rate the impact below to work out how long an outage can be tolerated.';
    case 'incomplete':
      return `Nothing rated so far reaches “${IMPACT_RATING_LABELS[derived.threshold]}”. Rate every cell to see how long an outage can be tolerated.`;
    case 'not-reached':
      return `No category reaches “${IMPACT_RATING_LABELS[derived.threshold]}” within a week, so the outage can be tolerated for longer than a week.`;
    case 'reached': {
      const names = derived.categories.map((category) => IMPACT_CATEGORY_INFO[category].label.toLowerCase());
      const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
      return `After ${derived.bucketLabel} the ${list} impact reaches “${IMPACT_RATING_LABELS[derived.threshold]}”, the level this plan treats as intolerable.`;
    }
  }
}

/** Largest MTD (in minutes) that still suggests each tier; anything tolerable longer than a week is tier 4. */
const TIER_LIMITS = [
  { tier: 1, maxMinutes: 240 },
  { tier: 2, maxMinutes: 1440 },
  { tier: 3, maxMinutes: 10080 },
] as const satisfies readonly { tier: Tier; maxMinutes: number }[];

/**
 * The tier an MTD suggests. "beyond" means the impact was rated and stays
 * tolerable for over a week (tier 4); null means nothing to go on. Tier 0 is
 * never suggested: it is for foundations everything else needs, a judgement
 * about dependencies rather than impact.
 */
export function suggestTier(mtdMinutes: number | 'beyond' | null): Tier | null {
  if (mtdMinutes === null) return null;
  if (mtdMinutes === 'beyond') return 4;
  return TIER_LIMITS.find((limit) => mtdMinutes <= limit.maxMinutes)?.tier ?? 4;
}

export function explainTierSuggestion(mtdMinutes: number | 'beyond' | null): string {
  const tier = suggestTier(mtdMinutes);
  if (tier === null || mtdMinutes === null) return 'No suggestion until the MTD is known.';
  if (mtdMinutes === 'beyond') return 'Tier 4 suggested: the outage can be tolerated for more than a week.';
  const limit = TIER_LIMITS.find((entry) => entry.tier === tier);
  return limit
    ? `Tier ${tier} suggested: an MTD of ${formatDuration(mtdMinutes)} is ${formatDuration(limit.maxMinutes)} or less.`
    : `Tier 4 suggested: an MTD of ${formatDuration(mtdMinutes)} is more than a week.`;
}

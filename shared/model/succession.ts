import type { TeamKind } from './team';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];

/**
 * What a place in the line of succession means, in words: "acts" (a role)
 * or "lead" (a team) for the first, then "first deputy", "second deputy"…
 */
export function successionLabel(index: number, kind: TeamKind): string {
  if (index === 0) return kind === 'role' ? 'acts' : 'lead';
  const ordinal = ORDINALS[index - 1];
  return ordinal ? `${ordinal} deputy` : `deputy ${index}`;
}

import type { DependencyKind } from '../model/dependency';
import type { Tier } from '../model/system';

/**
 * Colours of the map, shared by the screen and the exported SVG so both
 * read the same. Colour is never the only signal: every node also says its
 * tier in words, and edge kinds differ in line pattern as well as colour.
 */
export const TIER_STYLE = {
  0: { label: 'Tier 0', stroke: '#5b3fa6', fill: '#f1edfb' },
  1: { label: 'Tier 1', stroke: '#b42318', fill: '#fdeceb' },
  2: { label: 'Tier 2', stroke: '#b54708', fill: '#fef3e7' },
  3: { label: 'Tier 3', stroke: '#1d4f91', fill: '#eaf1fa' },
  4: { label: 'Tier 4', stroke: '#2f6b4a', fill: '#e9f4ee' },
  unset: { label: 'Tier not set', stroke: '#5a6474', fill: '#f3f4f6' },
} as const satisfies Record<Tier | 'unset', { label: string; stroke: string; fill: string }>;

export function tierStyle(tier: Tier | null): (typeof TIER_STYLE)[keyof typeof TIER_STYLE] {
  return TIER_STYLE[tier ?? 'unset'];
}

export const EDGE_STYLE = {
  hard: { label: 'Needs', stroke: '#3d4757', width: 1.6, dash: null },
  degraded: { label: 'Works worse without', stroke: '#8a5a00', width: 1.6, dash: '7 5' },
  alternatives: { label: 'Needs one of', stroke: '#1d4f91', width: 2.4, dash: '0.5 5' },
} as const satisfies Record<
  DependencyKind,
  { label: string; stroke: string; width: number; dash: string | null }
>;

export const MARKER_STYLE = {
  spof: { label: 'SPOF', legend: 'Single point of failure', fill: '#b42318', text: '#ffffff' },
  cycle: { label: 'Cycle', legend: 'In a dependency cycle', fill: '#7a4b00', text: '#ffffff' },
} as const;

export const MAP_TEXT = { color: '#1b2330', muted: '#4b5563' } as const;

import { SYSTEM_TYPE_LABELS, SYSTEM_TYPES, TIERS } from '../../../shared/model/system';
import type { SystemListView } from './system-list';

interface SystemsToolbarProps {
  view: SystemListView;
  onChange: (view: SystemListView) => void;
}

const TIER_FILTERS = ['all', 'unset', ...TIERS] as const;

function tierFilterLabel(tier: (typeof TIER_FILTERS)[number]): string {
  if (tier === 'all') return 'All tiers';
  if (tier === 'unset') return 'Tier not set';
  return `Tier ${tier}`;
}

export function SystemsToolbar({ view, onChange }: SystemsToolbarProps) {
  return (
    <div className="toolbar" role="search" aria-label="Find systems">
      <input
        type="search"
        className="control toolbar-search"
        aria-label="Search systems by name"
        placeholder="Search by name"
        value={view.query}
        onChange={(event) => {
          onChange({ ...view, query: event.target.value });
        }}
      />
      <select
        className="control"
        aria-label="Filter by type"
        value={view.type}
        onChange={(event) => {
          const type = SYSTEM_TYPES.find((t) => t === event.target.value) ?? 'all';
          onChange({ ...view, type });
        }}
      >
        <option value="all">All types</option>
        {SYSTEM_TYPES.map((type) => (
          <option key={type} value={type}>
            {SYSTEM_TYPE_LABELS[type]}
          </option>
        ))}
      </select>
      <select
        className="control"
        aria-label="Filter by tier"
        value={String(view.tier)}
        onChange={(event) => {
          const tier = TIER_FILTERS.find((t) => String(t) === event.target.value) ?? 'all';
          onChange({ ...view, tier });
        }}
      >
        {TIER_FILTERS.map((tier) => (
          <option key={tier} value={String(tier)}>
            {tierFilterLabel(tier)}
          </option>
        ))}
      </select>
    </div>
  );
}

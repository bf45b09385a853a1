import { Button } from 'react-aria-components';
import type { BusinessProcess } from '../../../shared/model/process';
import { TIERS } from '../../../shared/model/system';
import type { MapFilter } from '../../../shared/map/map-model';
import { TIER_STYLE } from '../../../shared/map/map-style';

const TIER_FILTERS = ['all', ...TIERS, 'unset'] as const;

interface MapToolbarProps {
  processes: readonly BusinessProcess[];
  filter: MapFilter;
  onFilter: (filter: MapFilter) => void;
  query: string;
  onQuery: (query: string) => void;
  /** Enter in the search field: go to the next match. */
  onFindNext: () => void;
  matchCount: number | null;
  onFit: () => void;
}

export function MapToolbar(props: MapToolbarProps) {
  const { filter, onFilter } = props;
  return (
    <div className="toolbar map-toolbar">
      <div role="search" aria-label="Find on the map" className="map-search">
        <input
          type="search"
          className="control toolbar-search"
          aria-label="Search the map by name"
          aria-describedby="map-search-result"
          placeholder="Search by name, Enter to go"
          value={props.query}
          onChange={(event) => {
            props.onQuery(event.target.value);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              props.onFindNext();
            }
          }}
        />
        <span id="map-search-result" className="map-search-result" aria-live="polite">
          {props.matchCount === null ? '' : props.matchCount === 0 ? 'No match' : `${props.matchCount} found`}
        </span>
      </div>
      <select
        className="control"
        aria-label="Filter by process"
        value={filter.processId ?? ''}
        onChange={(event) => {
          onFilter({ ...filter, processId: event.target.value === '' ? null : event.target.value });
        }}
      >
        <option value="">All processes</option>
        {props.processes.map((process) => (
          <option key={process.id} value={process.id}>
            {process.name || 'Unnamed process'} and what it needs
          </option>
        ))}
      </select>
      <select
        className="control"
        aria-label="Filter by tier"
        value={String(filter.tier ?? 'all')}
        onChange={(event) => {
          const tier = TIER_FILTERS.find((candidate) => String(candidate) === event.target.value) ?? 'all';
          onFilter({ ...filter, tier: tier === 'all' ? null : tier });
        }}
      >
        {TIER_FILTERS.map((tier) => (
          <option key={tier} value={String(tier)}>
            {tier === 'all' ? 'All tiers' : TIER_STYLE[tier].label}
          </option>
        ))}
      </select>
      <Button className="button" onPress={props.onFit}>
        Fit to screen
      </Button>
    </div>
  );
}

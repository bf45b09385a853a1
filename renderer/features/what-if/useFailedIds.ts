import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';

/** What the simulation runs: the failed systems, and the scenario they came from, if any. */
export interface WhatIfQuery {
  failed: string[];
  scenarioId: string | null;
}

/** The address of a simulation, for links from other screens (a SPOF, a scenario). */
export function whatIfPath(failed: readonly string[], scenarioId: string | null = null): string {
  const params = new URLSearchParams();
  if (scenarioId) params.set('scenario', scenarioId);
  if (failed.length > 0) params.set('fail', failed.join(','));
  return `/what-if?${params.toString()}`;
}

/**
 * What failed lives in the address (?fail=id1,id2&scenario=id): a single point
 * of failure or a scenario can preselect it, and the simulation is still there
 * after a look at a system's page. Other parameters are kept.
 */
export function useFailedIds(): [WhatIfQuery, (ids: readonly string[], scenarioId?: string | null) => void] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const params = new URLSearchParams(search);
  const raw = params.get('fail') ?? '';
  const scenarioParam = params.get('scenario');
  const scenarioId = scenarioParam === '' ? null : scenarioParam;
  const failed = useMemo(() => [...new Set(raw.split(',').filter((id) => id !== ''))], [raw]);
  const setFailed = useCallback(
    /** `scenarioId` undefined keeps the scenario the picks started from; null forgets it. */
    (ids: readonly string[], nextScenario?: string | null) => {
      const next = new URLSearchParams(search);
      if (ids.length === 0) next.delete('fail');
      else next.set('fail', ids.join(','));
      if (nextScenario === null || (ids.length === 0 && nextScenario === undefined)) next.delete('scenario');
      else if (nextScenario !== undefined) next.set('scenario', nextScenario);
      // Always with "?": hash routing keeps the old query when a path comes without one.
      navigate(`${location}?${next.toString()}`, { replace: true });
    },
    [search, location, navigate],
  );
  return [{ failed, scenarioId }, setFailed];
}

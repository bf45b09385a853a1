import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';

/** What the simulation runs: the failed systems, and the scenario they came from, if any. */
export interface WhatIfQuery {
  failed: string[];
  scenarioId: string | null;
}

/** The address of a simulation, for links from other screens (a SPOF, a scenario). */
export function whatIfPath(
  planId: string,
  failed: readonly string[],
  scenarioId: string | null = null,
): string {
  const params = new URLSearchParams({ plan: planId });
  if (scenarioId) params.set('scenario', scenarioId);
  if (failed.length > 0) params.set('fail', failed.join(','));
  return `/what-if?${params.toString()}`;
}

/**
 * What failed lives in the address (?plan=id&fail=id1,id2&scenario=id): a
 * single point of failure or a scenario can preselect it, and the simulation is
 * still there after a look at a system's page. Hash routing keeps the query
 * across every screen, so it names its plan: another plan's picks are ignored.
 */
export function useFailedIds(
  planId: string,
): [WhatIfQuery, (ids: readonly string[], scenarioId?: string | null) => void] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const params = new URLSearchParams(search);
  const ours = params.get('plan') === planId;
  const raw = ours ? (params.get('fail') ?? '') : '';
  const scenarioParam = ours ? params.get('scenario') : null;
  const scenarioId = scenarioParam === '' ? null : scenarioParam;
  const failed = useMemo(() => [...new Set(raw.split(',').filter((id) => id !== ''))], [raw]);
  const setFailed = useCallback(
    /** `scenarioId` undefined keeps the scenario the picks started from; null forgets it. */
    (ids: readonly string[], nextScenario?: string | null) => {
      const next = new URLSearchParams(ours ? search : '');
      next.set('plan', planId);
      if (ids.length === 0) next.delete('fail');
      else next.set('fail', ids.join(','));
      if (nextScenario === null || (ids.length === 0 && nextScenario === undefined)) next.delete('scenario');
      else if (nextScenario !== undefined) next.set('scenario', nextScenario);
      // Always with "?": hash routing keeps the old query when a path comes without one.
      navigate(`${location}?${next.toString()}`, { replace: true });
    },
    [search, ours, planId, location, navigate],
  );
  return [{ failed, scenarioId }, setFailed];
}

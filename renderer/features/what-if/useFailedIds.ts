import { useCallback, useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';

/**
 * What failed lives in the address (?fail=id1,id2): a single-point-of-failure
 * link can preselect it, and the simulation is still there after a look at a
 * system's page. Other parameters are kept.
 */
export function useFailedIds(): [string[], (ids: readonly string[]) => void] {
  const search = useSearch();
  const [location, navigate] = useLocation();
  const raw = new URLSearchParams(search).get('fail') ?? '';
  const failed = useMemo(() => [...new Set(raw.split(',').filter((id) => id !== ''))], [raw]);
  const setFailed = useCallback(
    (ids: readonly string[]) => {
      const next = new URLSearchParams(search);
      if (ids.length === 0) next.delete('fail');
      else next.set('fail', ids.join(','));
      // Always with "?": hash routing keeps the old query when a path comes without one.
      navigate(`${location}?${next.toString()}`, { replace: true });
    },
    [search, location, navigate],
  );
  return [failed, setFailed];
}

import { useEffect, useMemo, useRef, useState } from 'react';
import type { MapLayout } from '../../../shared/map/map-layout';
import type { MapGraph } from '../../../shared/map/map-model';
import type { LayoutRequest, LayoutResponse } from './layout-messages';

export interface MapLayoutState {
  /** The latest layout that arrived; it may be of an earlier graph while the next one is computed. */
  layout: MapLayout | null;
  /** Whether `layout` is of the graph passed in now. */
  current: boolean;
  error: string | null;
}

/**
 * Lays the graph out in a Web Worker. A new request goes out only when the
 * graph really changed (a live query re-runs on every write), and answers to
 * earlier requests are ignored, so a slow old layout never replaces a new one.
 */
export function useMapLayout(graph: MapGraph): MapLayoutState {
  const request = useMemo(() => JSON.stringify(graph), [graph]);
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const [result, setResult] = useState<{ request: string; layout: MapLayout | null; error: string | null }>({
    request: '',
    layout: null,
    error: null,
  });

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  useEffect(() => {
    worker.current ??= new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
    latest.current += 1;
    const id = latest.current;
    worker.current.onmessage = (event: MessageEvent<LayoutResponse>) => {
      const answer = event.data;
      if (answer.id !== latest.current) return;
      setResult((previous) =>
        answer.status === 'done'
          ? { request, layout: answer.layout, error: null }
          : { request, layout: previous.layout, error: answer.message },
      );
    };
    worker.current.onerror = (event) => {
      setResult((previous) => ({ ...previous, error: event.message || 'The layout could not be computed.' }));
    };
    worker.current.postMessage({ id, graph, options: {} } satisfies LayoutRequest);
    // `request` is the graph as text: the effect runs when the graph changes, not when its identity does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);

  return { layout: result.layout, current: result.request === request, error: result.error };
}

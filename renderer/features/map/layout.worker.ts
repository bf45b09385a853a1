import { layoutMap } from '../../../shared/map/map-layout';
import type { LayoutRequest, LayoutResponse } from './layout-messages';

/*
 * Runs the layered layout off the UI thread: a large map takes ELK a while,
 * and typing elsewhere must never stutter meanwhile.
 *
 * A listener, not `self.onmessage`: elkjs, when it first starts inside a
 * worker, takes `self.onmessage` for itself (it expects to be the worker).
 * Its handler ignores messages that are not its own commands, so ours keeps
 * answering every request.
 */
self.addEventListener('message', (event: MessageEvent<LayoutRequest>) => {
  const { id, graph, options } = event.data;
  const reply = (response: LayoutResponse) => {
    self.postMessage(response);
  };
  layoutMap(graph, options).then(
    (layout) => {
      reply({ id, status: 'done', layout });
    },
    (error: unknown) => {
      reply({ id, status: 'failed', message: error instanceof Error ? error.message : String(error) });
    },
  );
});

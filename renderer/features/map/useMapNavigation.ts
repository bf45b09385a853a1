import { useReactFlow } from '@xyflow/react';
import { useEffect, useRef, useState } from 'react';
import type { MapLayout } from '../../../shared/map/map-layout';

/**
 * Keeps the selected node in view. Opening the side panel narrows the
 * canvas, which can hide the node just clicked; a search asks to go to its
 * match. Both are settled after the panel has rendered and the map has been
 * told its new size, two frames later.
 */
export function useMapNavigation(layout: MapLayout | null, selectedNodeId: string | null) {
  const flow = useReactFlow();
  const canvas = useRef<HTMLDivElement>(null);
  const [requested, setRequested] = useState(0);
  const served = useRef(0);

  useEffect(() => {
    if (selectedNodeId === null) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        const box = layout?.nodes.find((node) => node.id === selectedNodeId);
        const bounds = canvas.current?.getBoundingClientRect();
        if (!box || !bounds) return;
        const { x, y, zoom } = flow.getViewport();
        const inView =
          box.x * zoom + x >= 0 &&
          box.y * zoom + y >= 0 &&
          (box.x + box.width) * zoom + x <= bounds.width &&
          (box.y + box.height) * zoom + y <= bounds.height;
        const asked = served.current < requested;
        served.current = requested;
        if (inView && !asked) return;
        void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2, {
          zoom: asked ? Math.max(zoom, 0.9) : zoom,
          duration: 250,
        });
      });
    });
    return () => {
      cancelAnimationFrame(frame);
    };
  }, [selectedNodeId, layout, flow, requested]);

  return {
    canvas,
    /** Centres the selected node (the one just selected, once it is). */
    goToSelected: () => {
      setRequested((count) => count + 1);
    },
  };
}

import { exportFileName } from '../../../shared/export/file-name';
import type { Plan } from '../../../shared/model/plan';
import type { MapLayout } from '../../../shared/map/map-layout';
import type { MapGraph } from '../../../shared/map/map-model';
import { mapToSvg } from '../../../shared/map/map-svg';
import { useServices } from '../../app/services';
import { svgToPng } from './map-png';

const FORMATS = {
  svg: { name: 'SVG image', extension: 'svg' },
  png: { name: 'PNG image', extension: 'png' },
} as const;

/** Saves the map as shown (filters included) as SVG, or as a PNG drawn from that same SVG. */
export function useMapExport(plan: Plan) {
  const { platform, toasts } = useServices();
  return async (format: keyof typeof FORMATS, layout: MapLayout, graph: MapGraph, subtitle: string) => {
    try {
      const svg = mapToSvg(layout, graph, { title: plan.name, subtitle });
      const data = format === 'svg' ? new TextEncoder().encode(svg) : await svgToPng(svg);
      const result = await platform.saveFile({
        suggestedName: exportFileName(plan, 'dependency map', FORMATS[format].extension),
        filters: [{ name: FORMATS[format].name, extensions: [FORMATS[format].extension] }],
        data,
      });
      if (result.status === 'saved') toasts.add({ title: `Saved ${result.fileName}` }, { timeout: 5000 });
      else if (result.status === 'failed')
        toasts.add({ title: 'Export failed', description: result.message });
    } catch (error) {
      toasts.add({
        title: 'Export failed',
        description: error instanceof Error ? error.message : String(error),
      });
    }
  };
}

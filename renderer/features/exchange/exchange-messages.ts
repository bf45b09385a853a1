import type { AppInfo } from '../../../shared/bundle/bundle';
import type { BundleReadResult } from '../../../shared/bundle/read-bundle';
import type { PlanSnapshot } from '../../../shared/bundle/snapshot';
import type { ExportFile, MapImage } from '../../../shared/export/formats';

/** The page asks the exchange worker for one job; a worker does one job and is then dropped. */
export type ExchangeJob =
  | {
      type: 'export';
      formatId: string;
      snapshot: PlanSnapshot;
      generatedAt: string;
      today: string;
      app: AppInfo;
      passphrase: string | null;
    }
  | { type: 'read-bundle'; bytes: Uint8Array<ArrayBuffer>; passphrase: string | null }
  /** Loads the PDF fonts and says what arrived: proves the worker can fetch its assets under the CSP. */
  | { type: 'check-fonts' };

/** The page's answer to a `rasterise` request (only the page has an SVG-capable canvas). */
export interface RasterAnswer {
  type: 'raster';
  id: number;
  image: MapImage | null;
  error: string | null;
}

export type ToExchangeWorker = ExchangeJob | RasterAnswer;

export type FromExchangeWorker =
  | { type: 'progress'; label: string; fraction: number }
  | { type: 'rasterise'; id: number; svg: string }
  | { type: 'exported'; files: ExportFile[] }
  | { type: 'bundle-read'; result: BundleReadResult }
  | { type: 'fonts-checked'; regular: number; bold: number; trueType: boolean }
  | { type: 'failed'; message: string };

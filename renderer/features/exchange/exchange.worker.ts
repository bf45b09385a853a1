import { analyseSnapshot } from '../../../shared/analysis/plan-analysis';
import { readBundle } from '../../../shared/bundle/read-bundle';
import { exportFormat, type ExportContext, type MapImage } from '../../../shared/export/formats';
import type { ExchangeJob, FromExchangeWorker, RasterAnswer, ToExchangeWorker } from './exchange-messages';
import { isTrueType, loadPdfFonts } from './pdf-fonts';

/*
 * Exports and plan-file reading, off the UI thread: a PDF of a large plan, a
 * 600,000-round key derivation or a 50 MB file would otherwise freeze typing.
 * The page starts one worker per job and terminates it to cancel, so nothing
 * here needs to check for cancellation. A listener, not `self.onmessage`:
 * elkjs (loaded for map pictures) takes `self.onmessage` for itself.
 */

const post = (message: FromExchangeWorker, transfer: Transferable[] = []) => {
  self.postMessage(message, { transfer });
};

const pendingRasters = new Map<number, (answer: RasterAnswer) => void>();
let nextRasterId = 1;

self.addEventListener('message', (event: MessageEvent<ToExchangeWorker>) => {
  const message = event.data;
  if (message.type === 'raster') {
    pendingRasters.get(message.id)?.(message);
    pendingRasters.delete(message.id);
    return;
  }
  run(message).catch((error: unknown) => {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  });
});

async function run(job: ExchangeJob): Promise<void> {
  switch (job.type) {
    case 'export':
      await runExport(job);
      return;
    case 'read-bundle': {
      post({ type: 'progress', label: 'Reading the plan file', fraction: 0.2 });
      const result = await readBundle(job.bytes, {
        crypto: globalThis.crypto,
        ...(job.passphrase === null ? {} : { passphrase: job.passphrase }),
      });
      post({ type: 'bundle-read', result });
      return;
    }
    case 'check-fonts': {
      const fonts = await loadPdfFonts();
      post({
        type: 'fonts-checked',
        regular: fonts.regular.byteLength,
        bold: fonts.bold.byteLength,
        trueType: isTrueType(fonts.regular) && isTrueType(fonts.bold),
      });
      return;
    }
  }
}

async function runExport(job: Extract<ExchangeJob, { type: 'export' }>): Promise<void> {
  const format = exportFormat(job.formatId);
  if (!format) throw new Error(`There is no export format “${job.formatId}”.`);
  const progress = (label: string, fraction: number) => {
    post({ type: 'progress', label, fraction: Math.min(1, Math.max(0, fraction)) });
  };
  progress('Checking the plan', 0.02);
  const { snapshot } = job;
  const analysis = analyseSnapshot(snapshot, job.today);
  const context: ExportContext = {
    crypto: globalThis.crypto,
    generatedAt: job.generatedAt,
    today: job.today,
    app: job.app,
    passphrase: format.encryptable ? job.passphrase : null,
    fonts: loadPdfFonts,
    mapImage: async () => {
      const { planMapSvg } = await import('./plan-map-svg');
      const svg = await planMapSvg(snapshot, analysis);
      return svg === null ? null : rasterise(svg);
    },
    progress,
  };
  progress(`Preparing ${format.label}`, 0.05);
  const output = await format.generate(snapshot, analysis, context);
  post(
    { type: 'exported', files: output.files },
    output.files.map((file) => file.data.buffer),
  );
}

/** Asks the page to draw the SVG on a canvas: workers cannot decode SVG images. */
function rasterise(svg: string): Promise<MapImage | null> {
  const id = nextRasterId++;
  return new Promise((resolve, reject) => {
    pendingRasters.set(id, (answer) => {
      if (answer.error !== null) reject(new Error(answer.error));
      else resolve(answer.image);
    });
    post({ type: 'rasterise', id, svg });
  });
}

import type { BundleReadResult } from '../../../shared/bundle/read-bundle';
import type { ExportFile } from '../../../shared/export/formats';
import { svgToPngImage } from '../map/map-png';
import type { ExchangeJob, FromExchangeWorker, ToExchangeWorker } from './exchange-messages';

export interface ExchangeProgress {
  label: string;
  /** 0–1 */
  fraction: number;
}

/** A job running in its own worker: `result` settles once; `cancel` terminates the worker. */
export interface WorkerRun<T> {
  result: Promise<T>;
  cancel: () => void;
}

export class CancelledError extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'CancelledError';
  }
}

type Answer = Exclude<FromExchangeWorker, { type: 'progress' | 'rasterise' | 'failed' }>;

/**
 * Starts a fresh exchange worker for one job. The worker is terminated when
 * the job ends, fails or is cancelled: cancelling stops the work where it is
 * (a worker cannot be asked nicely mid-computation), and a new job never sees
 * an old one's state. The worker's requests to rasterise an SVG are answered
 * here, since only the page can draw SVG on a canvas.
 */
function runJob(job: ExchangeJob, onProgress: (progress: ExchangeProgress) => void): WorkerRun<Answer> {
  // Its own file in the build, loaded from 'self' as the CSP's worker-src requires (no blob: workers).
  const worker = new Worker(new URL('./exchange.worker.ts', import.meta.url), {
    type: 'module',
    name: 'exchange',
  });
  let settle: { resolve: (answer: Answer) => void; reject: (error: Error) => void } | null = null;
  const result = new Promise<Answer>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (outcome: Answer | Error) => {
    worker.terminate();
    const current = settle;
    settle = null;
    if (outcome instanceof Error) current?.reject(outcome);
    else current?.resolve(outcome);
  };
  worker.addEventListener('message', (event: MessageEvent<FromExchangeWorker>) => {
    const message = event.data;
    switch (message.type) {
      case 'progress':
        if (settle) onProgress({ label: message.label, fraction: message.fraction });
        return;
      case 'rasterise':
        svgToPngImage(message.svg).then(
          (image) => {
            send(worker, { type: 'raster', id: message.id, image, error: null });
          },
          (error: unknown) => {
            send(worker, { type: 'raster', id: message.id, image: null, error: String(error) });
          },
        );
        return;
      case 'failed':
        finish(new Error(message.message));
        return;
      default:
        finish(message);
    }
  });
  worker.addEventListener('error', (event) => {
    finish(new Error(event.message || 'The export stopped unexpectedly.'));
  });
  // Copied, not transferred: the caller keeps the bytes (a passphrase retry reads them again).
  send(worker, job);
  return {
    result,
    cancel: () => {
      finish(new CancelledError());
    },
  };
}

function send(worker: Worker, message: ToExchangeWorker) {
  worker.postMessage(message);
}

export function startExport(
  job: Extract<ExchangeJob, { type: 'export' }>,
  onProgress: (progress: ExchangeProgress) => void,
): WorkerRun<ExportFile[]> {
  const run = runJob(job, onProgress);
  return {
    cancel: run.cancel,
    result: run.result.then((answer) => {
      if (answer.type !== 'exported') throw new Error('The export worker gave an unexpected answer.');
      return answer.files;
    }),
  };
}

/** Reads a plan file in a worker: decrypting and checking a large file would block typing. */
export function readBundleInWorker(
  bytes: Uint8Array<ArrayBuffer>,
  passphrase: string | null,
  onProgress: (progress: ExchangeProgress) => void = () => undefined,
): WorkerRun<BundleReadResult> {
  const run = runJob({ type: 'read-bundle', bytes, passphrase }, onProgress);
  return {
    cancel: run.cancel,
    result: run.result.then((answer) => {
      if (answer.type !== 'bundle-read') throw new Error('The import worker gave an unexpected answer.');
      return answer.result;
    }),
  };
}

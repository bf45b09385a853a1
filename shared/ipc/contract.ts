import { z } from 'zod';
import { ERROR_REPORT_KINDS, ERROR_REPORT_LIMITS, type ErrorReport } from '../diagnostics/error-report';
import { backupRequestSchemas, type BackupResults, type BackupStore } from './backup-contract';
import type { IpcMethod, MenuCommand } from './channels';

/** Largest file the app writes or reads through the bridge. Plans are far smaller. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

const fileNameSchema = z
  .string()
  .min(1, { error: 'File name is required' })
  .max(255, { error: 'File name can be at most 255 characters' })
  // A suggested name is only a name: the user picks the folder in the dialog.
  .refine((name) => !/[/\\]/.test(name) && name !== '.' && name !== '..', {
    error: 'File name must not contain a folder',
  });

const fileFiltersSchema = z
  .array(
    z.strictObject({
      name: z.string().min(1).max(100),
      extensions: z
        .array(
          z
            .string()
            .regex(/^[a-z0-9]{1,10}$/i, { error: 'Extensions are letters and digits, without a dot' }),
        )
        .min(1)
        .max(10),
    }),
  )
  .max(10);

const fileBytesSchema = z
  .instanceof(Uint8Array, { error: 'File contents must be bytes' })
  .refine((d) => d.byteLength <= MAX_FILE_BYTES, {
    error: `File contents can be at most ${MAX_FILE_BYTES} bytes`,
  });

export const saveFileRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  filters: fileFiltersSchema,
  data: fileBytesSchema,
});

/** Most files one "save several" writes: one per table of a plan, with room to spare. */
export const MAX_FILES_PER_SAVE = 50;

/**
 * Several files saved together (one CSV per table): main creates a new folder named `folderName` in
 * the folder the user picks and writes every file into it, so nothing already there is overwritten.
 */
export const saveFilesRequestSchema = z.strictObject({
  folderName: fileNameSchema,
  files: z
    .array(z.strictObject({ name: fileNameSchema, data: fileBytesSchema }))
    .min(1, { error: 'At least one file is required' })
    .max(MAX_FILES_PER_SAVE, { error: `At most ${MAX_FILES_PER_SAVE} files can be saved at once` })
    // Case-insensitive: on Windows and macOS "A.csv" and "a.csv" are the same file.
    .refine((files) => new Set(files.map((file) => file.name.toLowerCase())).size === files.length, {
      error: 'File names must be different',
    })
    .refine((files) => files.reduce((total, file) => total + file.data.byteLength, 0) <= MAX_FILE_BYTES, {
      error: `The files together can be at most ${MAX_FILE_BYTES} bytes`,
    }),
});

export const openFileRequestSchema = z.strictObject({
  filters: fileFiltersSchema,
  maxBytes: z.number().int().positive().max(MAX_FILE_BYTES),
});

export const noArgumentsSchema = z.undefined({ error: 'This call takes no arguments' });

/** The page's answer to a before-close request: the id main sent, so a late answer to an old one is ignored. */
export const closeReadyRequestSchema = z.strictObject({
  id: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
});

/** An error caught in the page, for main's log. Bounded, so a page cannot fill the disk with one call. */
export const errorReportSchema = z.strictObject({
  kind: z.enum(ERROR_REPORT_KINDS),
  name: z.string().max(ERROR_REPORT_LIMITS.name),
  message: z.string().max(ERROR_REPORT_LIMITS.message),
  stack: z.string().max(ERROR_REPORT_LIMITS.stack),
  route: z.string().max(ERROR_REPORT_LIMITS.route),
}) satisfies z.ZodType<ErrorReport>;

export type FileFilter = z.infer<typeof fileFiltersSchema>[number];
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;
export type SaveFilesRequest = z.infer<typeof saveFilesRequestSchema>;

export type SaveFileResult =
  { status: 'saved'; fileName: string } | { status: 'cancelled' } | { status: 'failed'; message: string };

/** `folderName` is the folder the files went into (null for browser downloads); base names only. */
export type SaveFilesResult =
  | { status: 'saved'; folderName: string | null; fileNames: string[] }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export type OpenFileResult =
  | { status: 'opened'; fileName: string; data: Uint8Array }
  | { status: 'cancelled' }
  | { status: 'too-large'; fileName: string; size: number; limit: number }
  | { status: 'failed'; message: string };

/**
 * The request/response half of the contract: for each method, the schema its
 * argument must pass in main, and the result the renderer gets back.
 */
export const ipcRequestSchemas = {
  saveFile: saveFileRequestSchema,
  saveFiles: saveFilesRequestSchema,
  openFile: openFileRequestSchema,
  appVersion: noArgumentsSchema,
  closeReady: closeReadyRequestSchema,
  reportError: errorReportSchema,
  ...backupRequestSchemas,
} as const satisfies Record<IpcMethod, z.ZodType>;

export interface IpcResults extends BackupResults {
  saveFile: SaveFileResult;
  saveFiles: SaveFilesResult;
  openFile: OpenFileResult;
  appVersion: string;
  closeReady: undefined;
  reportError: undefined;
}

export type IpcRequest<M extends IpcMethod> = z.infer<(typeof ipcRequestSchemas)[M]>;

/** What main implements for each method, after the sender and argument checks. */
export type IpcHandlers = { [M in IpcMethod]: (request: IpcRequest<M>) => Promise<IpcResults[M]> };

/** The whole API the preload exposes on `window.drp`. Nothing else crosses the bridge. */
export interface DrpBridge extends BackupStore {
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  saveFiles(request: SaveFilesRequest): Promise<SaveFilesResult>;
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  appVersion(): Promise<string>;
  /** Subscribes to native menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Adds work to finish before the window closes or the app quits; main waits until every task
   * has settled, up to a time limit. Returns the unsubscribe function.
   */
  onBeforeClose(task: () => Promise<void>): () => void;
  /** Hands an error caught in the page to main's log (in a browser: the console). */
  reportError(report: ErrorReport): void;
}

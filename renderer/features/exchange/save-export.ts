import type { ExportFile, ExportFormat } from '../../../shared/export/formats';
import type { Platform } from '../../platform/platform';

export type SaveOutcome =
  { status: 'saved'; message: string } | { status: 'cancelled' } | { status: 'failed'; message: string };

/**
 * Hands an export's files to the platform: one file through the save dialog,
 * several (one CSV per table) into a new folder the platform makes. The
 * message says where they went, in the words the toast shows.
 */
export async function saveExportFiles(
  platform: Pick<Platform, 'saveFile' | 'saveFiles'>,
  format: Pick<ExportFormat, 'filter'>,
  files: readonly ExportFile[],
  folderName: string,
): Promise<SaveOutcome> {
  const [only, ...more] = files;
  if (!only) return { status: 'failed', message: 'The export made no file.' };
  if (more.length === 0) {
    const result = await platform.saveFile({
      suggestedName: only.name,
      filters: [format.filter],
      data: only.data,
    });
    return result.status === 'saved' ? { status: 'saved', message: `Saved ${result.fileName}` } : result;
  }
  const result = await platform.saveFiles({ folderName, files: [...files] });
  if (result.status !== 'saved') return result;
  const count = `${result.fileNames.length} files`;
  return {
    status: 'saved',
    message:
      result.folderName === null
        ? `Downloaded ${count}: ${result.fileNames.join(', ')}`
        : `Saved ${count} in the new folder “${result.folderName}”`,
  };
}

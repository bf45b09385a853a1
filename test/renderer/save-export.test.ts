import { describe, expect, it } from 'vitest';
import type { SaveFileRequest, SaveFilesRequest } from '../../shared/ipc/contract';
import { saveExportFiles } from '../../renderer/features/exchange/save-export';

const filter = { name: 'CSV spreadsheet', extensions: ['csv'] };
const file = (name: string) => ({ name, data: new TextEncoder().encode(name) });

/** A platform that records what it was asked to save, answering as `folderName` says. */
function recordingPlatform(folderName: string | null = 'Acme - tables') {
  const single: SaveFileRequest[] = [];
  const several: SaveFilesRequest[] = [];
  return {
    single,
    several,
    platform: {
      saveFile: (request: SaveFileRequest) => {
        single.push(request);
        return Promise.resolve({ status: 'saved' as const, fileName: `chosen ${request.suggestedName}` });
      },
      saveFiles: (request: SaveFilesRequest) => {
        several.push(request);
        return Promise.resolve({
          status: 'saved' as const,
          folderName,
          fileNames: request.files.map((f) => f.name),
        });
      },
    },
  };
}

describe('saveExportFiles', () => {
  it('saves one file through the save dialog with the format’s filter', async () => {
    const { platform, single, several } = recordingPlatform();
    const outcome = await saveExportFiles(platform, { filter }, [file('systems.csv')], 'Acme - tables');
    expect(outcome).toEqual({ status: 'saved', message: 'Saved chosen systems.csv' });
    expect(single).toEqual([
      { suggestedName: 'systems.csv', filters: [filter], data: file('systems.csv').data },
    ]);
    expect(several).toEqual([]);
  });

  it('saves several files together into a new folder and says where', async () => {
    const { platform, single, several } = recordingPlatform();
    const files = [file('systems.csv'), file('contacts.csv')];
    const outcome = await saveExportFiles(platform, { filter }, files, 'Acme - tables');
    expect(outcome).toEqual({ status: 'saved', message: 'Saved 2 files in the new folder “Acme - tables”' });
    expect(several).toEqual([{ folderName: 'Acme - tables', files }]);
    expect(single).toEqual([]);
  });

  it('in a browser, names the downloaded files', async () => {
    const { platform } = recordingPlatform(null);
    const outcome = await saveExportFiles(platform, { filter }, [file('a.csv'), file('b.csv')], 'x');
    expect(outcome).toEqual({ status: 'saved', message: 'Downloaded 2 files: a.csv, b.csv' });
  });

  it('fails plainly when the export made nothing', async () => {
    const { platform } = recordingPlatform();
    expect(await saveExportFiles(platform, { filter }, [], 'x')).toEqual({
      status: 'failed',
      message: 'The export made no file.',
    });
  });
});

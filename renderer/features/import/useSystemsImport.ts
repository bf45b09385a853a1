import { useState } from 'react';
import { MAX_IMPORT_BYTES, readSystemsCsv, type CsvTable } from '../../../shared/import/systems-csv-import';
import { useServices } from '../../app/services';
import { decodeCsvBytes, type CsvEncoding } from './decode-csv';

/** A picked file that reads as a table: what the import dialog works on. */
export interface OpenedCsv {
  fileName: string;
  encoding: CsvEncoding;
  table: CsvTable;
}

const CSV_FILTERS = [{ name: 'CSV spreadsheet', extensions: ['csv', 'txt'] }];

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString(undefined, { maximumFractionDigits: 1 })} MB`;
}

/**
 * "Import CSV…": asks the platform for a file, reads it, and either opens the
 * dialog on it or says in a toast why the file cannot be imported.
 */
export function useSystemsImport() {
  const { platform, toasts } = useServices();
  const [opened, setOpened] = useState<OpenedCsv | null>(null);

  const pickFile = async () => {
    const result = await platform.openFile({ filters: CSV_FILTERS, maxBytes: MAX_IMPORT_BYTES });
    switch (result.status) {
      case 'cancelled':
        return;
      case 'too-large':
        toasts.add({
          title: `“${result.fileName}” is too large to import`,
          description: `It is ${megabytes(result.size)}; a CSV of systems can be at most ${megabytes(result.limit)}.`,
        });
        return;
      case 'failed':
        toasts.add({ title: 'The file could not be opened', description: result.message });
        return;
      case 'opened': {
        const { text, encoding } = decodeCsvBytes(result.data);
        const read = readSystemsCsv(text);
        if (read.ok) setOpened({ fileName: result.fileName, encoding, table: read.value });
        else toasts.add({ title: `“${result.fileName}” cannot be imported`, description: read.message });
      }
    }
  };

  const close = () => {
    setOpened(null);
  };
  return { opened, pickFile, close };
}

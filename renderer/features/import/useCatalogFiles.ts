import { useState } from 'react';
import type { CatalogFile } from '../../../shared/import/backstage/import-backstage';
import { MAX_FILE_BYTES, MAX_FILES } from '../../../shared/import/backstage/read-catalog';
import { useServices } from '../../app/services';
import { decodeYaml } from './decode-yaml';

const YAML_FILTERS = [{ name: 'Backstage catalog (YAML)', extensions: ['yaml', 'yml'] }];

export type PickOutcome =
  { status: 'added' } | { status: 'cancelled' } | { status: 'refused'; message: string };

/**
 * The catalog files chosen so far, one `platform.openFile` per file (the
 * Platform opens one file at a time). Two repositories' `catalog-info.yaml`
 * get distinct names, so every problem points at one file.
 */
export function useCatalogFiles() {
  const { platform } = useServices();
  const [files, setFiles] = useState<CatalogFile[]>([]);

  const pick = async (): Promise<PickOutcome> => {
    if (files.length >= MAX_FILES) {
      return { status: 'refused', message: `At most ${MAX_FILES} files can be imported at once.` };
    }
    const result = await platform.openFile({ filters: YAML_FILTERS, maxBytes: MAX_FILE_BYTES });
    switch (result.status) {
      case 'cancelled':
        return result;
      case 'too-large':
        return {
          status: 'refused',
          message: `“${result.fileName}” is ${megabytes(result.size)}; a catalog file can be at most ${megabytes(result.limit)}.`,
        };
      case 'failed':
        return { status: 'refused', message: result.message };
      case 'opened': {
        const text = decodeYaml(result.data);
        if (text === null) {
          return {
            status: 'refused',
            message: `“${result.fileName}” is not UTF-8 text, so it is not a YAML file.`,
          };
        }
        setFiles((current) => [...current, { name: distinctName(result.fileName, current), text }]);
        return { status: 'added' };
      }
    }
  };

  const remove = (name: string) => {
    setFiles((current) => current.filter((file) => file.name !== name));
  };
  const clear = () => {
    setFiles([]);
  };
  return { files, pick, remove, clear };
}

function distinctName(name: string, files: readonly CatalogFile[]): string {
  const taken = new Set(files.map((file) => file.name));
  let candidate = name;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${name} (${n})`;
  return candidate;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toLocaleString(undefined, { maximumFractionDigits: 1 })} MB`;
}

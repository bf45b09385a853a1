import { createBundle, serialiseBundle } from '../bundle/bundle';
import { encryptText } from '../bundle/encryption';
import type { PlanSnapshot } from '../bundle/snapshot';
import { encodeUtf8 } from '../bundle/utf8';
import { exportFileName } from './file-name';
import type { ExportContext, ExportOutput } from './formats';

/** The plan file's extension: `.json` for every tool, `.drplan` so people see what it is. */
export const BUNDLE_EXTENSION = 'drplan.json';

/** The plan as a bundle file, encrypted when the context carries a passphrase. */
export async function exportBundleFile(
  snapshot: PlanSnapshot,
  context: Pick<ExportContext, 'crypto' | 'generatedAt' | 'app' | 'passphrase' | 'progress'>,
): Promise<ExportOutput> {
  context.progress('Computing the content hash', 0.2);
  const bundle = await createBundle(context.crypto, snapshot, {
    exportedAt: context.generatedAt,
    app: context.app,
  });
  let text = serialiseBundle(bundle);
  const passphrase = context.passphrase;
  if (passphrase !== null && passphrase !== '') {
    context.progress('Encrypting with your passphrase', 0.5);
    text = serialiseBundle(await encryptText(context.crypto, text, passphrase));
  }
  context.progress('Writing the file', 0.9);
  const what = passphrase ? 'plan (encrypted)' : 'plan';
  return { files: [{ name: exportFileName(snapshot.plan, what, BUNDLE_EXTENSION), data: encodeUtf8(text) }] };
}

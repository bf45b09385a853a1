import { createBundle, serialiseBundle, type AppInfo } from '../bundle/bundle';
import { encryptText } from '../bundle/encryption';
import type { PlanSnapshot } from '../bundle/snapshot';
import { encodeUtf8 } from '../bundle/utf8';
import type { WebCrypto } from '../bundle/web-crypto';
import { exportFileName } from './file-name';
import type { ExportContext, ExportOutput } from './formats';

/** The plan file's extension: `.json` for every tool, `.drplan` so people see what it is. */
export const BUNDLE_EXTENSION = 'drplan.json';

/**
 * A plan file's text: the bundle, or with a passphrase the encrypted envelope
 * around it. The app's export and the command line both write through here.
 */
export async function bundleFileText(
  crypto: WebCrypto,
  snapshot: PlanSnapshot,
  meta: { exportedAt: string; app: AppInfo; passphrase: string | null },
  progress: (label: string, fraction: number) => void = () => undefined,
): Promise<string> {
  progress('Computing the content hash', 0.2);
  const bundle = await createBundle(crypto, snapshot, { exportedAt: meta.exportedAt, app: meta.app });
  const text = serialiseBundle(bundle);
  if (meta.passphrase === null || meta.passphrase === '') return text;
  progress('Encrypting with your passphrase', 0.5);
  return serialiseBundle(await encryptText(crypto, text, meta.passphrase));
}

/** The plan as a bundle file, encrypted when the context carries a passphrase. */
export async function exportBundleFile(
  snapshot: PlanSnapshot,
  context: Pick<ExportContext, 'crypto' | 'generatedAt' | 'app' | 'passphrase' | 'progress'>,
): Promise<ExportOutput> {
  const { passphrase } = context;
  const text = await bundleFileText(
    context.crypto,
    snapshot,
    { exportedAt: context.generatedAt, app: context.app, passphrase },
    (label, fraction) => {
      context.progress(label, fraction);
    },
  );
  context.progress('Writing the file', 0.9);
  const what = passphrase ? 'plan (encrypted)' : 'plan';
  return { files: [{ name: exportFileName(snapshot.plan, what, BUNDLE_EXTENSION), data: encodeUtf8(text) }] };
}

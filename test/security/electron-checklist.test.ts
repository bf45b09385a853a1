import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Configuration } from 'electron-builder';
import { describe, expect, it, vi } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, APP_SCHEME_PRIVILEGES } from '../../electron/app-protocol';
import { mainWindowOptions } from '../../electron/window';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

/*
 * The items of Electron's security checklist (docs/tutorial/security.md, 20 items) that are not
 * already proved next to the code they concern. docs/SECURITY.md lists all 20 with the test for each.
 */

// window.ts constructs windows with the real module; only its pure options function is used here.
vi.mock('electron', () => ({ BrowserWindow: vi.fn() }));

const ROOT = path.resolve(import.meta.dirname, '../..');

interface PackageJson {
  name: string;
  productName: string;
  devDependencies: Record<string, string>;
  build: { electronFuses: Record<string, boolean> };
}

async function readJson(file: string): Promise<unknown> {
  const parsed: unknown = JSON.parse(await readFile(path.join(ROOT, file), 'utf8'));
  return parsed;
}

function isPackageJson(value: unknown): value is PackageJson {
  return typeof value === 'object' && value !== null && 'build' in value && 'devDependencies' in value;
}

async function packageJson(): Promise<PackageJson> {
  const value = await readJson('package.json');
  if (!isPackageJson(value)) throw new Error('package.json has no build or devDependencies');
  return value;
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('1. Only load secure content / 7. Content Security Policy', () => {
  it('loads the UI from the secure app:// scheme', () => {
    expect(APP_ENTRY_URL.startsWith(`${APP_ORIGIN}/`)).toBe(true);
    expect(APP_SCHEME_PRIVILEGES.secure).toBe(true);
  });

  it('allows no network origin, no inline script and no eval', () => {
    const csp = directives(CONTENT_SECURITY_POLICY);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    for (const [name, sources] of csp) {
      for (const source of sources) {
        expect(source, `${name} allows ${source}`).not.toMatch(/^(https?:|wss?:|\*|'unsafe-|'wasm-unsafe)/);
      }
    }
  });
});

describe('10. No enableBlinkFeatures, 2–4, 6, 8, 9: window preferences', () => {
  it('leaves no preference to a default, and enables no Blink feature', () => {
    const prefs = mainWindowOptions('/app/preload.cjs', {
      width: 1200,
      height: 800,
      maximized: false,
    }).webPreferences;
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
  });
});

describe('origin and storage partition are pinned (the user’s plans live there)', () => {
  it('uses the default persistent session: no partition, no custom session', () => {
    const prefs = mainWindowOptions('/app/preload.cjs', {
      width: 1200,
      height: 800,
      maximized: false,
    }).webPreferences;
    expect(prefs).not.toHaveProperty('partition');
    expect(prefs).not.toHaveProperty('session');
  });

  it('keeps the app name that names the profile folder, and the origin that owns IndexedDB', async () => {
    // Electron puts the profile (IndexedDB included) in <appData>/<productName>: renaming the app
    // would show every user an empty plan list.
    const pkg = await packageJson();
    expect(pkg.productName).toBe('DR Planner');
    expect(pkg.name).toBe('dr-planner');
    expect(APP_ORIGIN).toBe('app://drp');
  });
});

describe('16. A current Electron, pinned', () => {
  it('pins an exact version, and the lockfile installs that version', async () => {
    const pkg = await packageJson();
    const wanted = pkg.devDependencies.electron;
    expect(wanted).toMatch(/^\d+\.\d+\.\d+$/);
    const installed = await readJson('node_modules/electron/package.json');
    expect(installed).toMatchObject({ version: wanted });
  });
});

type Fuses = Required<NonNullable<Configuration['electronFuses']>>;

/**
 * Every fuse electron-builder knows, with the value we ship. The type makes a fuse added by a later
 * electron-builder fail the type-check until someone decides its value here.
 */
const SHIPPED_FUSES = {
  // ELECTRON_RUN_AS_NODE would turn the signed app into a general Node interpreter.
  runAsNode: false,
  enableCookieEncryption: true,
  // NODE_OPTIONS and --inspect would let anything that can start the app inject code into main.
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  // Only the signed, integrity-checked app.asar is loaded, never a loose app/ folder beside it.
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  // The UI is served from app://, so file:// needs none of its old extra powers.
  grantFileProtocolExtraPrivileges: false,
  // Not security fuses: left at Electron's default (a shared V8 snapshot; signing resets itself).
  loadBrowserProcessSpecificV8Snapshot: false,
  resetAdHocDarwinSignature: false,
} as const satisfies Fuses;

describe('19. Electron fuses', () => {
  it('flips every security fuse in the electron-builder config', async () => {
    const { electronFuses } = (await packageJson()).build;
    for (const [fuse, value] of Object.entries(SHIPPED_FUSES)) {
      if (fuse === 'loadBrowserProcessSpecificV8Snapshot' || fuse === 'resetAdHocDarwinSignature') {
        expect(electronFuses[fuse], fuse).toBeUndefined();
      } else {
        expect(electronFuses[fuse], fuse).toBe(value);
      }
    }
    expect(Object.keys(electronFuses).sort()).toEqual(
      Object.keys(SHIPPED_FUSES)
        .filter(
          (fuse) => fuse !== 'loadBrowserProcessSpecificV8Snapshot' && fuse !== 'resetAdHocDarwinSignature',
        )
        .sort(),
    );
  });
});

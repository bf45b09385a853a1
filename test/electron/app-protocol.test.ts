import { mkdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  APP_SCHEME_PRIVILEGES,
  contentTypeFor,
  createAppProtocolHandler,
  isAppUrl,
  resolveAppRequest,
} from '../../electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { useTempDirs } from './temp-dir';

const makeTempDir = useTempDirs();
const ROOT = path.resolve('/srv/renderer');

describe('the app origin', () => {
  it('is fixed, because IndexedDB data belongs to it', () => {
    expect(APP_ORIGIN).toBe('app://drp');
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true });
  });

  it.each([
    ['app://drp/index.html', true],
    ['app://drp', true],
    ['app://drp/#/plans/1', true],
    ['APP://drp/', true],
    ['app://evil/index.html', false],
    ['app://drp.evil/index.html', false],
    ['app://drp:8080/', false],
    ['app://user@drp/', false],
    ['app:///index.html', false],
    ['https://drp/index.html', false],
    ['file:///index.html', false],
    ['about:blank', false],
    ['not a url', false],
  ])('isAppUrl(%s) is %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('resolveAppRequest', () => {
  it.each([
    ['app://drp/', 'index.html'],
    ['app://drp', 'index.html'],
    ['app://drp/index.html', 'index.html'],
    ['app://drp/assets/index-B4x1.js', 'assets/index-B4x1.js'],
    ['app://drp/assets/app.css?v=2#top', 'assets/app.css'],
    ['app://drp/assets/Font%20Name.woff2', 'assets/Font Name.woff2'],
    // URL parsing resolves dot segments (also %2e) before we see them: these stay inside the root.
    ['app://drp/../../etc/passwd', 'etc/passwd'],
    ['app://drp/%2e%2e/%2E%2E/secret', 'secret'],
    ['app://drp/assets/.%2E/.%2e/secret', 'secret'],
    // Double encoding decodes once, to a harmless file name inside the root.
    ['app://drp/%252e%252e/secret', '%2e%2e/secret'],
  ])('maps %s to %s inside the root', (url, relative) => {
    expect(resolveAppRequest(url, ROOT)).toEqual({ status: 'ok', filePath: path.join(ROOT, relative) });
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['another scheme', 'https://drp/index.html'],
    ['a file URL', 'file:///etc/passwd'],
    ['a port', 'app://drp:1/index.html'],
    ['credentials', 'app://a:b@drp/index.html'],
    ['an encoded slash with dots', 'app://drp/..%2f..%2fsecret'],
    ['encoded dots and slashes', 'app://drp/assets/%2e%2e%2f%2e%2e%2fsecret'],
    ['a backslash', 'app://drp/..\\..\\secret'],
    ['an encoded backslash', 'app://drp/..%5c..%5csecret'],
    ['mixed-case encoded dots and slash', 'app://drp/%2E%2e%2Fsecret'],
    ['an encoded dot segment after a slash', 'app://drp/assets%2f%2e%2e%2f%2e%2e%2fsecret'],
    ['a NUL byte', 'app://drp/index.html%00.png'],
    ['a drive letter', 'app://drp/C:/Windows/win.ini'],
    ['malformed percent-encoding', 'app://drp/%E0%A4%A'],
    ['garbage', 'not a url'],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppRequest(url, ROOT)).toMatchObject({ status: 'refused' });
  });
});

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/a.js', 'text/javascript; charset=utf-8'],
    ['assets/a.CSS', 'text/css; charset=utf-8'],
    ['icon.svg', 'image/svg+xml'],
    ['font.woff2', 'font/woff2'],
    ['data.bin', 'application/octet-stream'],
    ['no-extension', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('createAppProtocolHandler (real files)', () => {
  async function makeSite() {
    const base = await makeTempDir();
    const root = path.join(base, 'renderer');
    await mkdir(path.join(root, 'assets'), { recursive: true });
    await writeFile(path.join(root, 'index.html'), '<!doctype html><title>DR Planner</title>');
    await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1);');
    await writeFile(path.join(base, 'secret.txt'), 'TOP SECRET');
    return { base, root, handle: createAppProtocolHandler(root) };
  }

  it('serves index.html for / with the CSP and nosniff headers', async () => {
    const { handle } = await makeSite();
    const response = await handle(new Request('app://drp/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>DR Planner</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves assets with their content type', async () => {
    const { handle } = await makeSite();
    const response = await handle(new Request('app://drp/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await response.text()).toBe('console.log(1);');
  });

  it('answers 404 for a missing file and for a folder', async () => {
    const { handle } = await makeSite();
    for (const url of ['app://drp/missing.js', 'app://drp/assets', 'app://drp/assets/']) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(404);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('answers 403 for another origin and for encoded traversal', async () => {
    const { handle } = await makeSite();
    for (const url of ['app://evil/index.html', 'app://drp/..%2fsecret.txt', 'https://drp/index.html']) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(403);
      expect(await response.text()).not.toContain('TOP SECRET');
    }
  });

  it('refuses a symlink inside the root that points outside it', async () => {
    const { base, root, handle } = await makeSite();
    await symlink(path.join(base, 'secret.txt'), path.join(root, 'assets', 'leak.txt'));
    await symlink(base, path.join(root, 'up'));
    for (const url of ['app://drp/assets/leak.txt', 'app://drp/up/secret.txt']) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(403);
      expect(await response.text()).not.toContain('TOP SECRET');
    }
  });

  it('follows a symlink that stays inside the root, and works when the root itself is a symlink', async () => {
    const { base, root } = await makeSite();
    await symlink(path.join(root, 'assets', 'app.js'), path.join(root, 'alias.js'));
    await symlink(root, path.join(base, 'linked-root'));
    const handle = createAppProtocolHandler(path.join(base, 'linked-root'));
    const response = await handle(new Request('app://drp/alias.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1);');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const { handle } = await makeSite();
    const head = await handle(new Request('app://drp/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await handle(new Request('app://drp/index.html', { method: 'POST', body: 'x' }));
    expect(post.status).toBe(405);
  });
});

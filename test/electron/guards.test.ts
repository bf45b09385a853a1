import { describe, expect, it, vi } from 'vitest';
import {
  decideWindowOpen,
  installPermissionGuards,
  installWebContentsGuards,
  isNavigationAllowed,
  parseExternalUrl,
  type PermissionSession,
} from '../../electron/guards';
import { FakeWebContents } from './fake-contents';

/** openExternal runs in a later microtask: let every pending one finish. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('parseExternalUrl', () => {
  it.each([
    ['https://example.com/docs', 'https://example.com/docs'],
    ['HTTPS://Example.COM/Path', 'https://example.com/Path'],
    ['hTtPs://example.com', 'https://example.com/'],
    ['  https://example.com/  ', 'https://example.com/'],
    // Look-alike hosts are still https: the browser shows the user where they really are.
    ['https://examp1e.com/', 'https://examp1e.com/'],
    ['https://xn--exmple-cua.com/', 'https://xn--exmple-cua.com/'],
    ['https://example.com.evil.test/', 'https://example.com.evil.test/'],
  ])('accepts %s as %s', (input, href) => {
    expect(parseExternalUrl(input)?.href).toBe(href);
  });

  it.each([
    ['http', 'http://example.com/'],
    ['javascript', 'javascript:alert(1)'],
    ['javascript disguised', 'JaVaScRiPt:alert(1)'],
    ['file', 'file:///etc/passwd'],
    ['app origin', 'app://drp/index.html'],
    ['data', 'data:text/html,<script>alert(1)</script>'],
    ['custom scheme', 'ms-settings:privacy'],
    ['smb share', 'smb://server/share'],
    ['credentials', 'https://user:pass@example.com/'],
    ['user only', 'https://user@example.com/'],
    ['relative', '/docs'],
    ['no host', 'https://'],
    ['scheme only', 'https:'],
    ['empty', ''],
    ['garbage', 'not a url'],
  ])('refuses %s', (_label, input) => {
    expect(parseExternalUrl(input)).toBeNull();
  });

  it.each([[undefined], [null], [42], [{ href: 'https://example.com' }], [new URL('https://example.com')]])(
    'refuses the non-string %s',
    (input) => {
      expect(parseExternalUrl(input)).toBeNull();
    },
  );
});

describe('isNavigationAllowed', () => {
  it.each([
    ['app://drp/index.html', true],
    ['app://drp/index.html#/plans', true],
    ['app://evil/index.html', false],
    ['https://example.com/', false],
    ['file:///etc/passwd', false],
    ['http://127.0.0.1:5173/', false],
    ['about:blank', false],
    ['javascript:alert(1)', false],
    // Mixed-case schemes are the same scheme; the host must still be exactly ours.
    ['App://drp/index.html', true],
    ['JAVASCRIPT:alert(1)', false],
    ['JaVaScRiPt:alert(document.domain)', false],
    ['FILE:///etc/passwd', false],
    ['File:///C:/Windows/System32/calc.exe', false],
    ['HTTPS://example.com/', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['blob:app://drp/0b5f7c1e-0000-4000-8000-000000000000', false],
    // Look-alike hosts: a longer name, a trailing dot, a port, userinfo that hides the real host.
    ['app://drp.evil/index.html', false],
    ['app://drp./index.html', false],
    ['app://drp:8080/index.html', false],
    ['app://drp@evil/index.html', false],
    ['app://evil@drp/index.html', false],
    ['app://user:pass@drp/index.html', false],
    ['app://drp%2e/index.html', false],
    // Chromium lowercases a standard scheme's host before we see it; an upper-case one here is refused.
    ['APP://DRP/index.html', false],
    ['app:/drp/index.html', false],
    ['app:///drp/index.html', false],
    ['', false],
    ['not a url', false],
  ])('%s → %s', (url, allowed) => {
    expect(isNavigationAllowed(url)).toBe(allowed);
  });
});

describe('decideWindowOpen', () => {
  it.each([
    ['https://example.com/help', 'https://example.com/help'],
    ['http://example.com/', null],
    ['javascript:alert(1)', null],
    ['file:///C:/Windows/System32/calc.exe', null],
    ['app://drp/index.html', null],
    ['https://a:b@example.com/', null],
    ['HTTPS://Example.com/Help', 'https://example.com/Help'],
    ['https://examp1e.com/', 'https://examp1e.com/'],
    ['JAVASCRIPT:alert(1)', null],
    ['FILE:///etc/passwd', null],
    ['data:text/html,hi', null],
    ['about:blank', null],
    ['', null],
  ])('denies %s and opens externally: %s', async (url, opened) => {
    const openExternal = vi.fn(() => Promise.resolve());
    expect(decideWindowOpen(url, openExternal)).toEqual({ action: 'deny' });
    await settle();
    if (opened === null) expect(openExternal).not.toHaveBeenCalled();
    else expect(openExternal).toHaveBeenCalledExactlyOnceWith(opened);
  });

  it('swallows a failing openExternal (sync or async) instead of crashing main', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(decideWindowOpen('https://example.com/', () => Promise.reject(new Error('no browser')))).toEqual({
      action: 'deny',
    });
    expect(
      decideWindowOpen('https://example.com/', () => {
        throw new Error('no browser');
      }),
    ).toEqual({ action: 'deny' });
    await vi.waitFor(() => {
      expect(error).toHaveBeenCalledTimes(2);
    });
  });
});

describe('installWebContentsGuards', () => {
  function guarded() {
    const contents = new FakeWebContents();
    const openExternal = vi.fn<(url: string) => void>();
    installWebContentsGuards(contents, openExternal);
    return { contents, openExternal };
  }

  it.each(['will-navigate', 'will-redirect'] as const)(
    '%s is prevented unless it stays on the app origin',
    (event) => {
      const { contents } = guarded();
      expect(contents.navigate(event, 'https://evil.example/')).toBe(true);
      expect(contents.navigate(event, 'file:///etc/passwd')).toBe(true);
      expect(contents.navigate(event, 'app://drp/index.html')).toBe(false);
    },
  );

  it('denies every new window and sends only https links to the browser', async () => {
    const { contents, openExternal } = guarded();
    expect(contents.openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('app://drp/index.html')).toEqual({ action: 'deny' });
    expect(contents.openWindow('file:///etc/passwd')).toEqual({ action: 'deny' });
    await vi.waitFor(() => {
      expect(openExternal).toHaveBeenCalledTimes(1);
    });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('prevents attaching a <webview>', () => {
    const { contents } = guarded();
    expect(contents.attachWebview()).toBe(true);
  });
});

describe('installPermissionGuards', () => {
  it('allows writing text to the clipboard, and nothing else', () => {
    let onRequest: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | undefined;
    let onCheck: Parameters<PermissionSession['setPermissionCheckHandler']>[0] | undefined;
    installPermissionGuards({
      setPermissionRequestHandler: (handler) => {
        onRequest = handler;
      },
      setPermissionCheckHandler: (handler) => {
        onCheck = handler;
      },
    });
    const callback = vi.fn<(granted: boolean) => void>();
    onRequest?.({}, 'clipboard-sanitized-write', callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(true);
    expect(onCheck?.({}, 'clipboard-sanitized-write')).toBe(true);
  });

  it('denies every other permission request and check', () => {
    let onRequest: Parameters<PermissionSession['setPermissionRequestHandler']>[0] | undefined;
    let onCheck: Parameters<PermissionSession['setPermissionCheckHandler']>[0] | undefined;
    installPermissionGuards({
      setPermissionRequestHandler: (handler) => {
        onRequest = handler;
      },
      setPermissionCheckHandler: (handler) => {
        onCheck = handler;
      },
    });
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'openExternal',
      'clipboard-read',
      'usb',
    ]) {
      const callback = vi.fn<(granted: boolean) => void>();
      onRequest?.({}, permission, callback);
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
      expect(onCheck?.({}, permission), permission).toBe(false);
    }
  });
});

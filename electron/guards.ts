import type { WindowOpenHandlerResponse } from 'electron';
import { isAppUrl, parseUrl } from './app-protocol';

/**
 * The only URLs the app hands to the operating system: https, without credentials. Everything
 * else (javascript:, file:, http:, custom schemes, garbage) is dropped. `URL` lowercases the
 * scheme, so "HTTPS:" and "hTtPs:" are the same thing as "https:".
 */
export function parseExternalUrl(value: unknown): URL | null {
  if (typeof value !== 'string') return null;
  const url = parseUrl(value);
  if (url?.protocol !== 'https:' || url.hostname === '') return null;
  if (url.username !== '' || url.password !== '') return null;
  return url;
}

/** A page may only ever navigate within the app; a link elsewhere must not replace the UI. */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

export type OpenExternal = (url: string) => Promise<void> | void;

/**
 * `window.open` and `target="_blank"` never create an Electron window (it would get default,
 * weaker preferences); an https link goes to the user's browser instead.
 */
export function decideWindowOpen(url: string, openExternal: OpenExternal): WindowOpenHandlerResponse {
  const external = parseExternalUrl(url);
  if (external !== null) {
    void Promise.resolve()
      .then(() => openExternal(external.href))
      .catch((error: unknown) => {
        console.error('Could not open link in the browser', error);
      });
  }
  return { action: 'deny' };
}

interface PreventableEvent {
  preventDefault(): void;
}

interface NavigationEvent extends PreventableEvent {
  readonly url: string;
}

/** The parts of `WebContents` the guards use (so tests can pass a plain EventEmitter). */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => WindowOpenHandlerResponse): void;
}

export function installWebContentsGuards(contents: GuardedContents, openExternal: OpenExternal): void {
  const guardNavigation = (event: NavigationEvent): void => {
    if (!isNavigationAllowed(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.setWindowOpenHandler((details) => decideWindowOpen(details.url, openExternal));
  // <webview> is off in webPreferences; refuse it here too in case a window is ever made without.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
}

/** The parts of `Session` used to refuse permissions. */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
}

/**
 * Writing plain text to the clipboard ("Copy problems" on a refused import). Chromium lets a page
 * do it only from a click, and it reveals nothing: reading the clipboard stays denied.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/**
 * A planning tool needs no camera, microphone, location, notifications, USB, MIDI… Deny every
 * request and every check but writing text to the clipboard, so a compromised page cannot even ask.
 */
export function installPermissionGuards(session: PermissionSession): void {
  session.setPermissionRequestHandler((_webContents, permission, callback) => {
    callback(ALLOWED_PERMISSIONS.has(permission));
  });
  session.setPermissionCheckHandler((_webContents, permission) => ALLOWED_PERMISSIONS.has(permission));
}

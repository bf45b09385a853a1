import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Privileges } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp';

/**
 * The UI is served from `app://drp`, never from `file://`. The origin must stay the same in every
 * version: IndexedDB (all of the user's plans) belongs to it, and a new origin means an empty app.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'drp';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** standard: real origin and relative URLs; secure: IndexedDB and crypto.subtle; fetch for assets. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
} as const satisfies Privileges;

/**
 * Whether a URL is on the app origin. Node's URL treats `app:` as a non-special scheme, so its
 * `origin` is the string "null" for every such URL: compare protocol and host instead.
 */
export function isAppUrl(value: string | URL): boolean {
  const url = typeof value === 'string' ? parseUrl(value) : value;
  return (
    url !== null &&
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  );
}

/** `URL.parse` without Node 22: tests run on Node 20. */
export function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

export type ResolvedRequest = { status: 'ok'; filePath: string } | { status: 'refused'; reason: string };

/**
 * Maps a request URL to a path inside `rootDir`, refusing anything that could name a file outside
 * it. Chromium canonicalises the URL first, but this is the trust boundary, so check everything
 * again: another origin, dot segments (also percent-encoded), encoded slashes or backslashes, NUL.
 */
export function resolveAppRequest(requestUrl: string, rootDir: string): ResolvedRequest {
  const url = parseUrl(requestUrl);
  if (url === null || !isAppUrl(url)) return { status: 'refused', reason: 'not the app origin' };
  const rawSegments = url.pathname.split('/').slice(1);
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return { status: 'refused', reason: 'malformed percent-encoding' };
    }
    if (segment === '.' || segment === '..') return { status: 'refused', reason: 'dot segment' };
    // "/", "\" and ":" (Windows drives and alternate data streams) never appear in our asset names.
    if (/[/\\:\0]/.test(segment)) return { status: 'refused', reason: 'forbidden character' };
    segments.push(segment);
  }
  const relative = segments.join('/');
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, relative === '' ? 'index.html' : relative);
  if (!isInside(root, filePath)) return { status: 'refused', reason: 'outside the root' };
  return { status: 'ok', filePath };
}

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return (
    relative !== '' &&
    relative !== '..' &&
    !relative.startsWith(`..${path.sep}`) &&
    !path.isAbsolute(relative)
  );
}

export type RealFile = { status: 'ok'; realPath: string } | { status: 'missing' } | { status: 'refused' };

/** Follows symlinks, then checks again: a link inside the root may point anywhere on the disk. */
export async function resolveRealFile(rootDir: string, filePath: string): Promise<RealFile> {
  let realRoot: string;
  let realPath: string;
  try {
    realRoot = await realpath(rootDir);
    realPath = await realpath(filePath);
  } catch {
    return { status: 'missing' };
  }
  if (!isInside(realRoot, realPath)) return { status: 'refused' };
  const info = await stat(realPath).catch(() => null);
  return info?.isFile() ? { status: 'ok', realPath } : { status: 'missing' };
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
  };
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** The handler for `protocol.handle('app', …)`: only files under `rootDir`, only GET and HEAD. */
export function createAppProtocolHandler(rootDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return plainResponse(405, 'Method not allowed');
    const resolved = resolveAppRequest(request.url, rootDir);
    if (resolved.status === 'refused') return plainResponse(403, 'Forbidden');
    const file = await resolveRealFile(rootDir, resolved.filePath);
    if (file.status === 'refused') return plainResponse(403, 'Forbidden');
    if (file.status === 'missing') return plainResponse(404, 'Not found');
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await readFile(file.realPath);
    } catch {
      return plainResponse(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        ...securityHeaders(),
        'Content-Type': contentTypeFor(file.realPath),
        'Content-Length': String(body.byteLength),
      },
    });
  };
}

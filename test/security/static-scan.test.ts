import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { productFiles, scanHtml, scanProduct, scanSource } from './source-scan';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('static scan of the product source', () => {
  it('covers every process folder', async () => {
    const files = await productFiles(ROOT);
    for (const expected of [
      'electron/main.ts',
      'electron/preload.ts',
      'renderer/main.tsx',
      'renderer/index.html',
    ]) {
      expect(files).toContain(expected);
    }
    expect(files.some((file) => file.startsWith('shared/'))).toBe(true);
    expect(files.some((file) => file.startsWith('cli/'))).toBe(true);
  });

  it('finds no HTML from strings, no code from strings and no weakened window anywhere', async () => {
    expect(await scanProduct(ROOT)).toEqual([]);
  });
});

// The scan is only worth something if it can fail: each rule, caught in a small sample.
describe('scanSource', () => {
  it.each([
    [
      'renderer/x.tsx',
      'export const A = (p: { t: string }) => <div dangerouslySetInnerHTML={{ __html: p.t }} />;',
      'dangerouslySetInnerHTML',
    ],
    ['shared/x.ts', 'export const run = (code: string) => eval(code);', 'eval'],
    ['shared/x.ts', 'export const run = (code: string) => globalThis.eval(code);', 'eval'],
    ['shared/x.ts', 'export const f = new Function("return 1");', 'new Function'],
    ['shared/x.ts', 'export const f = Function("return 1");', 'new Function'],
    ['renderer/x.ts', 'setTimeout("alert(1)", 10);', 'timer with code as a string'],
    ['renderer/x.ts', 'document.body.innerHTML = name;', 'HTML from a string'],
    ['renderer/x.ts', 'node.insertAdjacentHTML("beforeend", name);', 'HTML from a string'],
    ['renderer/x.ts', 'document.write(name);', 'HTML from a string'],
    ['renderer/x.ts', 'frame.srcdoc = name;', 'HTML from a string'],
    [
      'electron/x.ts',
      'export const o = { webPreferences: { nodeIntegration: true } };',
      'nodeIntegration: true',
    ],
    [
      'electron/x.ts',
      "export const o = { 'nodeIntegrationInWorker': true };",
      'nodeIntegrationInWorker: true',
    ],
    ['electron/x.ts', 'export const o = { contextIsolation: false };', 'contextIsolation: false'],
    ['electron/x.ts', 'export const o = { sandbox: false };', 'sandbox: false'],
    ['electron/x.ts', 'export const o = { webSecurity: false };', 'webSecurity: false'],
    [
      'electron/x.ts',
      'export const o = { allowRunningInsecureContent: true };',
      'allowRunningInsecureContent: true',
    ],
    ['electron/x.ts', 'export const o = { webviewTag: true };', 'webviewTag: true'],
    ['electron/x.ts', "export const o = { enableBlinkFeatures: 'X' };", 'enableBlinkFeatures'],
    ['electron/main.ts', 'const w = new BrowserWindow({});', 'window outside the factory'],
    ['electron/window.ts', 'const v = new WebContentsView({});', 'window outside the factory'],
  ])('%s: %s → %s', (file, text, rule) => {
    expect(scanSource(file, text).map((finding) => finding.rule)).toContain(rule);
  });

  it.each([
    [
      'electron/window.ts',
      'const w = new BrowserWindow({ webPreferences: { nodeIntegration: false, sandbox: true } });',
    ],
    [
      'shared/x.ts',
      '// never eval(text) or new Function(text); never dangerouslySetInnerHTML\nexport const a = 1;',
    ],
    ['shared/x.ts', "export const message = 'nodeIntegration: true is forbidden';"],
    ['renderer/x.ts', 'setTimeout(() => save(), 10);'],
    ['renderer/x.ts', 'element.textContent = name;'],
  ])('%s: lets safe code through: %s', (file, text) => {
    expect(scanSource(file, text)).toEqual([]);
  });
});

describe('scanHtml', () => {
  it.each([
    ['<script>alert(1)</script>', 'inline script'],
    ['<img src="x" onerror="alert(1)">', 'event-handler attribute'],
    ['<a href="javascript:alert(1)">x</a>', 'javascript: URL'],
  ])('%s → %s', (html, rule) => {
    expect(scanHtml('renderer/index.html', html).map((finding) => finding.rule)).toEqual([rule]);
  });

  it('allows a module script loaded from a file', () => {
    expect(scanHtml('renderer/index.html', '<script type="module" src="./main.tsx"></script>')).toEqual([]);
  });
});

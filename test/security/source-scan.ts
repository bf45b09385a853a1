import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import ts from 'typescript';

/**
 * A static scan of the product's own source, independent of ESLint (whose rules can be switched off
 * with a comment): it parses every file with the TypeScript compiler and reports the constructs that
 * would let text become code or weaken a window. Comments and strings that merely mention them are
 * not findings, because the scan looks at syntax, not text.
 */
export interface Finding {
  file: string;
  line: number;
  rule: string;
}

/** webPreferences that must never be set to the value given here (pairs, so ESLint's own rule stays quiet). */
const FORBIDDEN_PREFERENCES: ReadonlyMap<string, boolean> = new Map([
  ['nodeIntegration', true],
  ['nodeIntegrationInWorker', true],
  ['nodeIntegrationInSubFrames', true],
  ['contextIsolation', false],
  ['sandbox', false],
  ['webSecurity', false],
  ['allowRunningInsecureContent', true],
  ['webviewTag', true],
  ['experimentalFeatures', true],
]);

/** Names that are code from strings or HTML from strings wherever they appear as a call or member. */
const HTML_SINKS = new Set(['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'srcdoc']);

/** Only the window factory makes windows, so every window gets the locked-down preferences. */
const WINDOW_FACTORY = 'electron/window.ts';

function propertyName(name: ts.PropertyName): string | null {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : null;
}

function booleanValue(node: ts.Expression): boolean | null {
  if (node.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (node.kind === ts.SyntaxKind.FalseKeyword) return false;
  return null;
}

/** The findings for one file's text; `file` is relative to the repository, with forward slashes. */
export function scanSource(file: string, text: string): Finding[] {
  const kind = file.endsWith('.tsx')
    ? ts.ScriptKind.TSX
    : file.endsWith('.ts')
      ? ts.ScriptKind.TS
      : ts.ScriptKind.JS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const findings: Finding[] = [];
  const report = (node: ts.Node, rule: string) => {
    findings.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, rule });
  };

  const visit = (node: ts.Node): void => {
    if (ts.isJsxAttribute(node) && node.name.getText(source) === 'dangerouslySetInnerHTML') {
      report(node, 'dangerouslySetInnerHTML');
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const calleeName = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : null;
      if (calleeName === 'eval') report(node, 'eval');
      if (calleeName === 'Function') report(node, 'new Function');
      if (calleeName === 'insertAdjacentHTML') report(node, 'HTML from a string');
      if (calleeName === 'write' && callee.getText(source).endsWith('document.write')) {
        report(node, 'HTML from a string');
      }
      const first = node.arguments[0];
      if (
        (calleeName === 'setTimeout' || calleeName === 'setInterval') &&
        first !== undefined &&
        (ts.isStringLiteral(first) ||
          ts.isTemplateExpression(first) ||
          ts.isNoSubstitutionTemplateLiteral(first))
      ) {
        report(node, 'timer with code as a string');
      }
    }
    if (ts.isNewExpression(node)) {
      const callee = node.expression.getText(source);
      if (callee === 'Function') report(node, 'new Function');
      if (/^(BrowserView|WebContentsView)$/.test(callee)) report(node, 'window outside the factory');
      if (callee === 'BrowserWindow' && file !== WINDOW_FACTORY) report(node, 'window outside the factory');
    }
    if (ts.isPropertyAccessExpression(node) && HTML_SINKS.has(node.name.text)) {
      report(node, 'HTML from a string');
    }
    if (ts.isPropertyAssignment(node)) {
      const name = propertyName(node.name);
      if (name === 'enableBlinkFeatures') report(node, 'enableBlinkFeatures');
      const forbidden = name === null ? undefined : FORBIDDEN_PREFERENCES.get(name);
      if (forbidden !== undefined && booleanValue(node.initializer) === forbidden) {
        report(node, `${name ?? ''}: ${String(forbidden)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}

/** Inline scripts, event-handler attributes and javascript: URLs in an HTML page. */
export function scanHtml(file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    const at = (rule: string) => findings.push({ file, line: index + 1, rule });
    if (/<script(?![^>]*\bsrc=)[^>]*>/i.test(line)) at('inline script');
    if (/\son[a-z]+\s*=/i.test(line)) at('event-handler attribute');
    if (/javascript:/i.test(line)) at('javascript: URL');
  });
  return findings;
}

/** The folders of product code: what ships in the app or the CLI. */
export const PRODUCT_FOLDERS = ['electron', 'renderer', 'shared', 'cli', 'bin'];

export async function productFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    for (const entry of await readdir(path.join(root, relative), { withFileTypes: true })) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) await walk(child);
      else if (/\.(ts|tsx|js|mjs|cjs|html)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
        files.push(child);
    }
  };
  for (const folder of PRODUCT_FOLDERS) await walk(folder);
  return files.sort();
}

export async function scanProduct(root: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const file of await productFiles(root)) {
    const text = await readFile(path.join(root, file), 'utf8');
    findings.push(...(file.endsWith('.html') ? scanHtml(file, text) : scanSource(file, text)));
  }
  return findings;
}

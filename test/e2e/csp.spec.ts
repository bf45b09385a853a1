import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

/*
 * The policy in force in the built page, and that it actually stops what it is for. Uses plain
 * Playwright, not ./fixtures: these tests cause violations on purpose.
 */

test('the built page carries the one Content-Security-Policy', async ({ page }) => {
  await page.goto('/');
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveAttribute('content', CONTENT_SECURITY_POLICY);
});

// eval is not tried here: code run by Playwright comes through DevTools, which the policy exempts.
// The policy itself has no 'unsafe-eval' (test/security/electron-checklist.test.ts) and the static
// scan finds no eval or new Function in the source (test/security/static-scan.test.ts).
test('inline script, remote scripts and remote requests are blocked', async ({ page }) => {
  const violations: string[] = [];
  await page.exposeFunction('__violation', (directive: string) => {
    violations.push(directive);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report: unknown = Reflect.get(window, '__violation');
      if (typeof report === 'function') void Reflect.apply(report, window, [event.effectiveDirective]);
    });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const outcome = await page.evaluate(async () => {
    const results: Record<string, string> = {};
    const inline = document.createElement('script');
    inline.textContent = 'window.__inlineRan = true;';
    document.head.append(inline);
    results.inline = Reflect.get(window, '__inlineRan') === true ? 'ran' : 'blocked';
    try {
      await fetch('https://example.com/');
      results.fetch = 'sent';
    } catch {
      results.fetch = 'blocked';
    }
    const remote = document.createElement('script');
    remote.src = 'https://example.com/x.js';
    const loaded = new Promise<string>((resolve) => {
      remote.onerror = () => {
        resolve('blocked');
      };
      remote.onload = () => {
        resolve('ran');
      };
    });
    document.head.append(remote);
    results.remote = await loaded;
    return results;
  });

  expect(outcome).toEqual({ inline: 'blocked', fetch: 'blocked', remote: 'blocked' });
  await expect.poll(() => [...new Set(violations)].sort()).toEqual(['connect-src', 'script-src-elem'].sort());
});

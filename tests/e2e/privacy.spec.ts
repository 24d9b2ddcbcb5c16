/**
 * "Nothing is sent anywhere": through a whole journey, every request the page and its service worker make goes to
 * the app's own origin, and the Content-Security-Policy is in place and never violated.
 */
import { expect, test, type Request } from '@playwright/test';
import { content, text } from './locales';
import { createAssessment, question, waitUntilSaved } from './support/journey';

const vi = (key: string, values?: Record<string, string | number>) => text('vi', key, values);
const en = (key: string, values?: Record<string, string | number>) => text('en', key, values);
test('a whole journey makes requests to its own origin only, under a CSP it never violates', async ({
  page,
  context,
  request,
  baseURL,
}) => {
  // The app's own origin (http://127.0.0.1:4871 in playwright.config.ts), data: and blob: URLs, nothing else.
  const origin = new URL(baseURL ?? '').origin;
  const isOwn = (url: string) => url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:');
  const requests: { url: string; by: string }[] = [];
  const describe = (entry: Request, by: string) => ({ url: entry.url(), by: entry.serviceWorker() ? 'worker' : by });
  context.on('request', (entry) => requests.push(describe(entry, 'context')));
  page.on('request', (entry) => requests.push(describe(entry, 'page')));
  const consoleMessages: string[] = [];
  context.on('console', (message) => consoleMessages.push(message.text()));
  const violations: string[] = [];
  await context.exposeBinding('__reportCspViolation', (_source, violation: string) => violations.push(violation));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportCspViolation: (violation: string) => void }).__reportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`);
    });
  });

  await page.goto('/');
  await createAssessment(page, 'Trung tâm Phục vụ hành chính công tỉnh Phú Thọ');
  await page.getByRole('link', { name: content('vi', 'sections.security.title') }).click();
  await question(page, 'security-incident-reporting').getByLabel(vi('scales.yes-partly-no.partly')).check();
  await question(page, 'security-drills').getByLabel(vi('scales.yes-partly-no.no')).check();
  await question(page, 'security-obstacles')
    .getByLabel(content('vi', 'questions.security-obstacles.label'))
    .fill('Chưa có cán bộ chuyên trách an toàn thông tin.');
  await waitUntilSaved(page);
  await page.getByRole('link', { name: vi('common.backToTaskList') }).click();
  await page.getByRole('link', { name: content('vi', 'sections.services.title') }).click();
  await page.locator('section.question').first().getByLabel(vi('answers.dont-know')).check();
  await page.locator('section.question').nth(1).getByLabel(vi('scales.yes-partly-no.yes')).check();
  await waitUntilSaved(page);
  await page.getByRole('link', { name: vi('common.backToTaskList') }).click();

  await page.getByRole('link', { name: vi('taskList.results') }).click();
  await expect(page.locator('.score-summary__score')).toBeVisible();
  await page.getByRole('link', { name: vi('results.openPlan') }).click();
  await expect(page.getByRole('article').first()).toBeVisible();
  await page.getByRole('button', { name: `${vi('language.switchTo')} English` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('plan.title'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en('plan.title'));
  await page.getByRole('link', { name: en('common.backToTaskList') }).click();
  await expect(page.getByText(en('status.in-progress'))).toHaveCount(2);

  // The journey was recorded, the service worker's own fetches (precaching) included.
  expect(requests.filter(({ by }) => by === 'page').length).toBeGreaterThan(10);
  expect(requests.filter(({ by }) => by === 'worker').length, 'requests made by the service worker').toBeGreaterThan(0);
  expect.soft(requests.filter(({ url }) => !isOwn(url)).map(({ url, by }) => `${by}: ${url}`)).toEqual([]);
  expect.soft(violations, 'Content-Security-Policy violations').toEqual([]);
  expect
    .soft(
      consoleMessages.filter((message) => /Content Security Policy/i.test(message)),
      'console messages about the Content Security Policy',
    )
    .toEqual([]);

  // The policy is in the served index.html, before any script, and the page runs under it.
  const html = await (await request.get('/')).text();
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  expect(meta, 'a Content-Security-Policy meta in index.html').not.toBeNull();
  const policy = (meta?.[1] ?? '').replaceAll('&#39;', "'").replaceAll('&apos;', "'");
  expect(policy.split(';').map((directive) => directive.trim())).toContain("default-src 'self'");
  // No inline script and no eval; 'wasm-unsafe-eval' (WebAssembly compilation only, for the QR reader's decoder:
  // decision 0016) is the one exception, and stays the only one.
  expect(policy).not.toMatch(/'unsafe-(inline|eval|hashes)'/);
  expect(policy.match(/'[a-z-]*unsafe[a-z-]*'/g) ?? []).toEqual(["'wasm-unsafe-eval'"]);
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  expect(
    await page.evaluate(() =>
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ),
  ).toBe(policy);

  // And the watch above does see a violation: an inline script is refused, and reported.
  const [violationsBefore, messagesBefore] = [violations.length, consoleMessages.length];
  const ranInline = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__ranInline = true;';
    document.head.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return (window as unknown as { __ranInline?: boolean }).__ranInline === true;
  });
  expect(ranInline, 'an inline script ran despite the policy').toBe(false);
  await expect.poll(() => violations.length).toBeGreaterThan(violationsBefore);
  await expect
    .poll(() => consoleMessages.slice(messagesBefore).some((message) => /Content Security Policy/i.test(message)))
    .toBe(true);
});

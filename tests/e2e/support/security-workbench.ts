/**
 * What the browser tests of the security-by-level workbench (issue 14) share: an axe check, and a system added to
 * the security section's inventory as a person adds it, from the assessment's task list.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { content, text } from '../locales';
import { question, waitUntilSaved } from './journey';

export async function expectNoAxeViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const found = results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
  expect(found, `axe violations on ${what}`).toEqual([]);
}

/** From the task list: the security section, its inventory's first row, a citizen-facing system the unit owns. */
export async function addOwnedCitizenSystem(page: Page, name: string, options: { handlesProcedures?: boolean } = {}) {
  const vi = (key: string) => text('vi', key);
  await page.getByRole('link', { name: content('vi', 'sections.security.title') }).click();
  const inventory = question(page, 'security-system-inventory');
  await inventory.getByRole('button', { name: vi('inventory.addFirst') }).click();
  await inventory.getByLabel(vi('inventory.fields.name')).fill(name);
  await inventory.getByLabel(vi('inventory.fields.role')).selectOption({ label: vi('inventory.role.owner') });
  await inventory
    .getByLabel(vi('inventory.fields.systemType'))
    .selectOption({ label: vi('inventory.systemType.citizen-services') });
  if (options.handlesProcedures) {
    await inventory.getByLabel(vi('inventory.fields.handlesProcedures')).selectOption({ label: vi('inventory.yes') });
  }
  await waitUntilSaved(page);
}

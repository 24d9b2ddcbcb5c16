// Vitest setup, run before every test file.

// First: an in-memory IndexedDB, before anything imports Dexie (else Dexie throws MissingAPIError).
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n, loadAllTexts } from '../src/i18n/i18n';

// jsdom does not lay out pages, so it has no scrollIntoView; the app calls it when moving to a field.
if (!('scrollIntoView' in Element.prototype)) {
  Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined });
}

// Tests see the app as a user does: in Vietnamese. Components are also rendered on their own, outside the screens
// that load their texts (question texts, screen-*.json), so the tests load them all at once.
await initI18n('vi');
await loadAllTexts();

afterEach(async () => {
  cleanup();
  // A test that switched to English must not leave the next one in English.
  await initI18n('vi');
});

// Vitest setup, run before every test file.

// First: an in-memory IndexedDB, before anything imports Dexie (else Dexie throws MissingAPIError).
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n } from '../src/i18n/i18n';

// Tests see the app as a user does: in Vietnamese.
await initI18n('vi');

afterEach(() => {
  cleanup();
});

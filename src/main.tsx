// First: zod reads its configuration when schemas are built, and other modules build theirs on import.
import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { initI18n } from './i18n/i18n';
import { registerServiceWorker } from './offline/service-worker';
import { purgeDeletedAssessments } from './storage/assessments';
import './styles.css';

async function start() {
  await initI18n();
  // Deletions are undoable until the next start; a failure here must not stop the app from opening.
  await purgeDeletedAssessments().catch(() => undefined);
  registerServiceWorker();
  const root = document.getElementById('root');
  if (!root) throw new Error('No #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();

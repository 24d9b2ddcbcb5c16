import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../src/app';

/** The whole app at a given path, with an in-memory location, as a user would open it. */
export function renderApp(path: string) {
  const location = memoryLocation({ path, record: true });
  const user = userEvent.setup();
  const view = render(
    <Router hook={location.hook}>
      <App />
    </Router>,
  );
  return { ...view, user, location };
}

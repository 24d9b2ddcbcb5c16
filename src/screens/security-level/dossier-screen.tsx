/** Placeholder until issue 14's screen lands: its helper replaces this file. */
import { NotFoundScreen } from '../not-found-screen';

export function DossierScreen() {
  return <NotFoundScreen />;
}

import type { ReactNode } from 'react';

export function StatusTag({ tone, children }: { tone: 'grey' | 'blue' | 'green' | 'red'; children: ReactNode }) {
  return <strong className={`tag tag--${tone}`}>{children}</strong>;
}

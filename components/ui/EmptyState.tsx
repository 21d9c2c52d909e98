import type { ReactNode } from 'react';

/** An empty list says what to do next, not just "nothing here". */
export function EmptyState({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p className="sk-empty" data-testid={testId}>
      {children}
    </p>
  );
}

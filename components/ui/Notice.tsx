// Status line for saves, imports and background errors. role=status / alert so the result of a
// keyboard action is announced without moving focus.
export function Notice({ kind, text, testId }: { kind: 'ok' | 'error'; text: string | null; testId?: string }) {
  if (!text) return null;
  return (
    <p className={kind === 'ok' ? 'sk-ok' : 'sk-error'} role={kind === 'ok' ? 'status' : 'alert'} data-testid={testId}>
      {text}
    </p>
  );
}

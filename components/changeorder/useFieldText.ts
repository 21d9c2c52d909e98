// What the person typed in the number fields, kept apart from the change order itself: "2." or
// "12,5x" are not numbers yet, but the input must show them (and an error) while the order keeps
// its last valid value. The typed text is dropped when a different order or a saved version arrives.
import { useState } from 'react';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };
interface Typed {
  text: string;
  error: string | null;
}
type TypedMap = Record<string, Typed>;

export interface FieldText {
  text(key: string, fallback: string): string;
  error(key: string): string | undefined;
  edit<T>(key: string, text: string, parse: (text: string) => Parsed<T>, apply: (value: T) => void): void;
  /** After line `index` is removed, later lines move up: their typed text must follow them. */
  removeLine(index: number): void;
  /** Forget typed text for keys starting with prefix (a hidden field must not block saving). */
  clear(prefix: string): void;
  hasErrors: boolean;
}

const LINE_KEY = /^line-(\d+)-(.+)$/;

export function useFieldText(resetKey: string): FieldText {
  const [state, setState] = useState<{ key: string; map: TypedMap }>({ key: resetKey, map: {} });
  let map = state.map;
  if (state.key !== resetKey) {
    // Adjusting state while rendering (React's documented pattern) avoids a flash of stale text.
    map = {};
    setState({ key: resetKey, map });
  }
  const update = (next: TypedMap) => setState({ key: resetKey, map: next });
  return {
    text: (key, fallback) => map[key]?.text ?? fallback,
    error: (key) => map[key]?.error ?? undefined,
    edit(key, text, parse, apply) {
      const parsed = parse(text);
      update({ ...map, [key]: { text, error: parsed.ok ? null : parsed.error } });
      if (parsed.ok) apply(parsed.value);
    },
    removeLine(index) {
      const next: TypedMap = {};
      for (const [key, typed] of Object.entries(map)) {
        const m = LINE_KEY.exec(key);
        const i = m ? Number(m[1]) : -1;
        if (!m || i < index) next[key] = typed;
        else if (i > index) next[`line-${i - 1}-${m[2]}`] = typed;
      }
      update(next);
    },
    clear(prefix) {
      update(Object.fromEntries(Object.entries(map).filter(([key]) => !key.startsWith(prefix))));
    },
    hasErrors: Object.values(map).some((t) => t.error !== null),
  };
}

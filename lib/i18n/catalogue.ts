// What browser.i18n.getMessage does with a messages.json catalogue, for places without the
// browser's own: unit tests (WXT's fake browser has no i18n) and the catalogue checks.
export interface CatalogueEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalogue = Record<string, CatalogueEntry>;

/** `$name$` -> its placeholder's content, `$1`..`$9` -> the substitutions, `$$` -> `$`. */
export function formatMessage(entry: CatalogueEntry | undefined, substitutions: readonly string[] = []): string {
  if (!entry) return '';
  const named = entry.message.replace(/\$(\w+)\$/g, (whole, name: string) => {
    const p = entry.placeholders?.[name.toLowerCase()] ?? entry.placeholders?.[name];
    return p ? p.content : whole;
  });
  return named.replace(/\$(\$|\d)/g, (_, c: string) => (c === '$' ? '$' : (substitutions[Number(c) - 1] ?? '')));
}

/**
 * A ref that focuses its element when it mounts: the form's first field takes the keyboard at once.
 * Used instead of the `autoFocus` prop, which Preact passes on as the HTML attribute, and browsers
 * honour that attribute only once per document, not for an element rendered later. Module-level, so
 * its identity never changes and it runs on mount only, not on every render.
 */
export function focusOnMount(element: HTMLElement | null): void {
  element?.focus();
}

// When a page renders its first frame. Rendered at once, the side panel painted its loading state
// first, and that frame's style, layout and paint (8-13 ms of the main thread, the stylesheet's
// first match) fell just where the database open and the page's asks came back: their results
// waited for it, then painted in a second frame. Rendered once those reads are in (a storage read
// and one indexed read, usually well under a frame's worth of waiting), the first frame shows the
// asks: 5-28 ms sooner in four of five A/B runs of 15-25 rounds (the fifth 7 ms slower), 168 ->
// 148 ms in ten traced loads each.
// Not for pages whose first reads are slower than their shell's first render (Home's aggregates,
// the options page's project list): there the shell's render and paint overlap the reads, and held
// back they would follow them. A read slower than FIRST_RENDER_WAIT_MS (a cold service worker, a
// slow disk) gets the loading state painted meanwhile, as before.

/** How long a blank page waits for its first screen's reads before painting its loading state. */
export const FIRST_RENDER_WAIT_MS = 100;

/**
 * Calls `render` once `read` has settled (whether it failed or not: the hooks read again and report
 * failures) or `maxMs` have passed, whichever is first.
 */
export function renderWhenRead(render: () => void, read: Promise<unknown>, maxMs = FIRST_RENDER_WAIT_MS): void {
  let rendered = false;
  const once = () => {
    if (rendered) return;
    rendered = true;
    clearTimeout(timer);
    render();
  };
  const timer = setTimeout(once, maxMs);
  read.then(once, once);
}

// Where a hook starts a read. Preact runs useEffect callbacks only after the next frame has been
// painted (requestAnimationFrame, then a task): a read started there starts a frame late, and each
// read that waits on another (the side panel's page state, then the project's records) waits a
// frame more. A layout effect runs as the render is committed; the reads themselves are
// asynchronous, so the paint never waits for them.
import { useLayoutEffect } from 'react';

export const useReadEffect = useLayoutEffect;

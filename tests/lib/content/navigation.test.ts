import { describe, expect, it, vi } from 'vitest';
import { watchNavigation } from '@/lib/content/navigation';

function fakeWindow(): { win: Window; location: { href: string } } {
  const location = { href: 'https://github.com/acme-outdoor/storefront/issues' };
  const target = new EventTarget();
  const win = {
    location,
    document,
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    dispatchEvent: target.dispatchEvent.bind(target),
  } as unknown as Window;
  return { win, location };
}

describe('watchNavigation', () => {
  it('notices pushState by polling, hashchange, and Turbo / soft-nav events; stops cleanly', () => {
    vi.useFakeTimers();
    const { win, location } = fakeWindow();
    const timer = { tick: (): void => undefined };
    const onUrl = vi.fn();
    const stop = watchNavigation(win, { setInterval: (h) => (timer.tick = h) }, onUrl, () => undefined);
    timer.tick();
    expect(onUrl).not.toHaveBeenCalled(); // same URL: nothing to do
    location.href = 'https://github.com/acme-outdoor/storefront/issues/42';
    timer.tick();
    expect(onUrl).toHaveBeenCalledTimes(1);
    location.href = 'https://github.com/acme-outdoor/storefront/issues/41';
    win.dispatchEvent(new Event('hashchange'));
    expect(onUrl).toHaveBeenCalledTimes(2);
    document.dispatchEvent(new Event('turbo:render'));
    document.dispatchEvent(new Event('soft-nav:react-done'));
    expect(onUrl).toHaveBeenCalledTimes(4); // Turbo may re-render the same URL: always re-run
    stop();
    location.href = 'https://github.com/acme-outdoor/storefront/issues/40';
    timer.tick();
    document.dispatchEvent(new Event('turbo:load'));
    expect(onUrl).toHaveBeenCalledTimes(4);
    vi.useRealTimers();
  });

  it('follows the Navigation API where the browser has one, and then sets no timer', () => {
    const { win, location } = fakeWindow();
    const navigation = new EventTarget();
    Object.assign(win, { navigation });
    const setInterval = vi.fn();
    const onUrl = vi.fn();
    const stop = watchNavigation(win, { setInterval }, onUrl, () => undefined);
    expect(setInterval).not.toHaveBeenCalled();
    location.href = 'https://github.com/acme-outdoor/storefront/issues/42';
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(onUrl).toHaveBeenCalledTimes(1);
    navigation.dispatchEvent(new Event('currententrychange')); // same URL again: nothing to do
    expect(onUrl).toHaveBeenCalledTimes(1);
    stop();
    location.href = 'https://github.com/acme-outdoor/storefront/issues/41';
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(onUrl).toHaveBeenCalledTimes(1);
  });
});

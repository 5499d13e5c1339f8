import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

/**
 * What Mantine reads from the browser and jsdom lacks. Imported by the test
 * helpers, so only files that render into a DOM (`@vitest-environment jsdom`)
 * load it; the server tests in the same run never see it.
 */
if (typeof window !== 'undefined') {
  if (!('matchMedia' in window) || typeof window.matchMedia !== 'function') {
    Object.defineProperty(window, 'matchMedia', {
      writable: true,
      configurable: true,
      value: (query: string): MediaQueryList => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }),
    });
  }
  if (!('ResizeObserver' in window)) {
    class NoopResizeObserver {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    Object.defineProperty(window, 'ResizeObserver', { writable: true, configurable: true, value: NoopResizeObserver });
  }
  // Mantine's autosize textarea listens for web fonts finishing loading.
  if (!('fonts' in document)) {
    Object.defineProperty(document, 'fonts', {
      configurable: true,
      value: Object.assign(new EventTarget(), { ready: Promise.resolve() }),
    });
  }
  // Mantine's combobox scrolls the selected option into view.
  window.HTMLElement.prototype.scrollIntoView ??= () => {};
}

// Vitest runs without globals here, so Testing Library cannot unmount by itself.
afterEach(() => {
  cleanup();
});

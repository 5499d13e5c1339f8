import { createTheme } from '@mantine/core';

// A darker primary shade keeps white-on-primary buttons and links above the
// WCAG AA 4.5:1 contrast ratio; focus rings stay visible for keyboard users.
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: 8,
  focusRing: 'auto',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif' },
  components: {
    Anchor: { defaultProps: { underline: 'hover' } },
  },
});

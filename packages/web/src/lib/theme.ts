import { createTheme, type CSSVariablesResolver, type MantineThemeOverride } from '@mantine/core';

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export interface ThemeLabels {
  /** Close buttons of dialogs and notifications, which Mantine leaves unnamed. */
  close: string;
  /**
   * The show-password toggle. Its name must not contain the field's label
   * ("Mot de passe"), or finding the field by its label finds two elements.
   */
  showPassword: string;
}

/**
 * A darker primary shade keeps white-on-primary buttons and links above the
 * WCAG AA 4.5:1 contrast ratio. Labels follow the interface language.
 */
export function createAppTheme(labels: ThemeLabels): MantineThemeOverride {
  return createTheme({
    primaryColor: 'indigo',
    primaryShade: 8,
    focusRing: 'auto',
    // People who ask their system for less motion get no fades or slides.
    respectReducedMotion: true,
    defaultRadius: 'sm',
    fontFamily: FONT,
    headings: { fontFamily: FONT },
    components: {
      Anchor: { defaultProps: { underline: 'hover' } },
      // Captions above their table are read before its rows.
      Table: { defaultProps: { captionSide: 'top' } },
      Modal: { defaultProps: { closeButtonProps: { 'aria-label': labels.close } } },
      Notification: { defaultProps: { closeButtonProps: { 'aria-label': labels.close } } },
      PasswordInput: { defaultProps: { visibilityToggleButtonProps: { 'aria-label': labels.showPassword } } },
      // Option lists never scroll: a scrolled list is a region the keyboard
      // cannot reach (focus stays in the input), and whether it scrolls would
      // depend on the fonts of the machine. Long lists are cut short by their
      // search instead (see the pickers' page sizes).
      Select: { defaultProps: { withScrollArea: false } },
      MultiSelect: { defaultProps: { withScrollArea: false } },
      // Coloured alert titles (orange, yellow) are too pale on their tinted background.
      Alert: { styles: { title: { color: 'var(--mantine-color-text)' } } },
    },
  });
}

// Mantine's "dimmed" grey and its red error text fall below 4.5:1 on white;
// darker shades keep secondary text and field errors readable (WCAG 2.1 AA, 1.4.3).
export const cssVariablesResolver: CSSVariablesResolver = (current) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': current.colors.gray[7],
    '--mantine-color-placeholder': current.colors.gray[7],
    '--mantine-color-error': current.colors.red[8],
    // Red text of light buttons (delete, revoke) must stay readable on the
    // darker pink of their hover state too.
    '--mantine-color-red-light-color': '#a51d1d',
  },
  dark: {},
});

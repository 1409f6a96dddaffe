import { type CSSVariablesResolver, createTheme, type MantineColorsTuple } from '@mantine/core';

/** A calm dark teal-green; shade 7 carries white text at 6.6:1, shade 8 at 8.3:1. */
const veldwerk: MantineColorsTuple = [
  '#e6f4f1',
  '#cce7e1',
  '#9dd0c5',
  '#6bb8a8',
  '#43a190',
  '#2a8d7b',
  '#1d7a6a',
  '#15695b',
  '#0f584c',
  '#0a463d',
];

export const theme = createTheme({
  primaryColor: 'veldwerk',
  primaryShade: { light: 7, dark: 5 },
  colors: { veldwerk },
  defaultRadius: 'sm',
  cursorType: 'pointer',
  focusRing: 'auto',
  headings: {
    fontWeight: '650',
    sizes: {
      h1: { fontSize: 'clamp(1.625rem, 1.3rem + 1.2vw, 2.125rem)', lineHeight: '1.25' },
    },
  },
});

/**
 * Darker greys and reds than Mantine's defaults so that small text passes WCAG AA (4.5:1): dimmed text
 * gray.6 → gray.7 (7.9:1), error text and red alerts red.6/7 → red.9 (5.5:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-red-light-color': 'var(--mantine-color-red-9)',
  },
  dark: {},
});

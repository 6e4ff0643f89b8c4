/**
 * The colours of the light and dark themes. Status and precision are shown
 * by shape, fill and stroke, never by colour alone, so one mark colour
 * suffices; the palette is checked for WCAG AA contrast in a unit test.
 */

/** The colours of one theme, as `#rrggbb`. */
export interface Palette {
  /** Background of the plot. */
  readonly background: string;
  /** Background of every other lane (text and marks must contrast with it too). */
  readonly laneBackground: string;
  readonly text: string;
  readonly mutedText: string;
  /** Marks, bands, arrows. */
  readonly mark: string;
  /** The selected event's mark and outline. */
  readonly selected: string;
  readonly connector: string;
  readonly reference: string;
  readonly focus: string;
  /** Axis line and ticks. */
  readonly axis: string;
  /** Grid lines and lane separators: decorative, not required to contrast. */
  readonly grid: string;
}

/** The theme names. `auto` follows `prefers-color-scheme`. */
export const themes = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof themes)[number];

/** Light and dark palettes. */
export const palettes: { readonly light: Palette; readonly dark: Palette } = {
  light: {
    background: '#ffffff',
    laneBackground: '#f3f5f8',
    text: '#1b1f24',
    mutedText: '#4f5864',
    mark: '#1d5fa6',
    selected: '#a3321b',
    connector: '#5a6573',
    reference: '#8a4b00',
    focus: '#0b57d0',
    axis: '#5a6573',
    grid: '#d9dee4',
  },
  dark: {
    background: '#15181c',
    laneBackground: '#1c2026',
    text: '#e9ecef',
    mutedText: '#aab3bd',
    mark: '#7db4f0',
    selected: '#f29a84',
    connector: '#95a1ae',
    reference: '#f0b45e',
    focus: '#9cc3ff',
    axis: '#95a1ae',
    grid: '#2e343c',
  },
};

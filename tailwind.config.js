// The wizard's theme tokens, loaded by src/index.css with @config. Components name what a colour is for (ink,
// muted, surface, line, accent…); the light and dark values live here once, switched by the system colour scheme.
import colors from 'tailwindcss/colors';
import plugin from 'tailwindcss/plugin';

/** Each token's value in the light and the dark scheme. */
const TOKENS = {
  canvas: [colors.slate[50], colors.slate[950]],
  surface: [colors.white, colors.slate[900]],
  sunken: [colors.slate[100], colors.slate[800]],
  ink: [colors.slate[900], colors.slate[100]],
  muted: [colors.slate[700], colors.slate[300]],
  subtle: [colors.slate[600], colors.slate[400]],
  line: [colors.slate[300], colors.slate[700]],
  field: [colors.slate[400], colors.slate[600]],
  accent: [colors.blue[800], colors.blue[300]],
  focus: [colors.blue[600], colors.blue[400]],
};

const variables = (scheme) => Object.fromEntries(Object.entries(TOKENS).map(([name, values]) => [`--color-${name}`, values[scheme]]));

/** @type {import('tailwindcss').Config} */
export default {
  theme: {
    extend: {
      colors: Object.fromEntries(Object.keys(TOKENS).map((name) => [name, `var(--color-${name})`])),
      // Short stacks: every browser the wizard runs in knows system-ui (Segoe UI, San Francisco, Roboto, Cantarell…),
      // and each family a system lacks is a font lookup before first paint (about 40 ms under the bench's 4x CPU).
      // A generic fallback after system-ui is never used by those browsers and still cost Chromium on Linux ~50 ms of
      // the home's first layout under that throttle (20 traced loads each: 115 ms with it, 65 ms without).
      fontFamily: {
        sans: ['system-ui'],
        mono: ['ui-monospace', 'Menlo', 'Consolas', 'monospace'],
      },
    },
  },
  plugins: [
    plugin(({ addBase }) =>
      addBase({
        ':root': variables(0),
        '@media (prefers-color-scheme: dark)': { ':root': variables(1) },
      }),
    ),
  ],
};

import githubDarkDefault from '@shikijs/themes/github-dark-default';
import githubLightDefault from '@shikijs/themes/github-light-default';

/**
 * GitHub's themes, with the light theme's comment grey darkened: on a
 * highlighted line's yellow it fell below WCAG AA contrast (4.2:1).
 */
export const codeThemes = {
  light: { ...githubLightDefault, colorReplacements: { '#6e7781': '#57606a' } },
  dark: githubDarkDefault,
};

/**
 * Who the site is and where it lives. Everything here is identity; behaviour
 * lives in src/lib. Read by astro.config.mjs and by pages.
 */
export interface SiteConfig {
  /** Shown in the header, the <title> suffix and the feed. */
  title: string;
  /** One sentence for meta descriptions and the feed. */
  description: string;
  /** The two lines on the home page that say who writes here. */
  intro: readonly [string, string];
  /** The tagline under "All Posts" on /posts/. */
  tagline: string;
  /** Author name for bylines, feeds and JSON-LD. */
  author: string;
  /** Absolute origin the site is deployed to, without a path. */
  origin: string;
  /**
   * Path the site is served under, with leading and trailing slash: "/" at the
   * root of a domain, "/blog/" under a sub-path. Override with SITE_BASE.
   */
  base: string;
  /** IANA timezone that post dates are written in and displayed in. */
  timezone: string;
  /** BCP 47 language of the content, for <html lang> and date formatting. */
  lang: string;
  /** "per-post" draws each post its own card; "site-default" shows public/og-default.png for every post (very large sites). Override with SITE_SOCIAL_CARDS. */
  socialCards: SocialCards;
}

export type SocialCards = 'per-post' | 'site-default';

/** The social-card setting named by SITE_SOCIAL_CARDS, or the default; an error for any other value. */
function socialCardsSetting(raw: string | undefined): SocialCards {
  if (raw === undefined || raw === '') return 'per-post';
  if (raw === 'per-post' || raw === 'site-default') return raw;
  throw new Error(`SITE_SOCIAL_CARDS is "${raw}": expected "per-post" or "site-default"`);
}

/** Normalises a base path so that it always starts and ends with "/". */
function normaliseBase(raw: string): string {
  const trimmed = raw.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export const site: SiteConfig = {
  title: 'Rabbit Holes',
  description: 'Notes on systems, networks and the rabbit holes in between: long-form engineering posts with code.',
  intro: [
    'A working engineer’s notebook on systems, networks and distributed software.',
    'Long posts, real code, and the occasional kernel bug chased to its one-line fix.',
  ],
  tagline: 'Everything written here, newest first.',
  author: 'Rabbit Holes author',
  origin: process.env.SITE_ORIGIN ?? 'https://rabbit-holes.example.com',
  base: normaliseBase(process.env.SITE_BASE ?? '/'),
  timezone: 'Europe/Amsterdam',
  lang: 'en',
  socialCards: socialCardsSetting(process.env.SITE_SOCIAL_CARDS),
};

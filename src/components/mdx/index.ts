// The components every MDX post may use without importing them.
import Callout from './Callout.astro';
import Figure from './Figure.astro';

export const mdxComponents = { Callout, Figure };

/**
 * A post's body rendered to an HTML string outside a page, for feeds. MDX
 * posts have no pre-rendered HTML, so both kinds go through Astro's container.
 */
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { mdxComponents } from '../components/mdx';
import type { Post } from './content';

let container: Promise<AstroContainer> | undefined;

export async function renderPostHtml(post: Post): Promise<string> {
  container ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  const { Content } = await render(post);
  return (await container).renderToString(Content, { props: { components: mdxComponents } });
}

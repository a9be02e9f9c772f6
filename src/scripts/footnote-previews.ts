/**
 * Footnote previews, loaded on first use: the first pointer or focus on a
 * footnote reference loads footnote-popover.ts, which shows that note and
 * every later one. Until then the page pays only for this.
 */
import popoverUrl from 'virtual:lazy-url/src/scripts/footnote-popover.ts';

type Popover = typeof import('./footnote-popover');

const FOOTNOTE_REF = 'a[data-footnote-ref]';
const FIRST_USE = ['pointerover', 'focusin'] as const;

function load(event: Event): void {
  const ref = (event.target as Element).closest<HTMLAnchorElement>(FOOTNOTE_REF);
  if (!ref) return;
  for (const type of FIRST_USE) document.removeEventListener(type, load);
  void (import(/* @vite-ignore */ popoverUrl) as Promise<Popover>).then(({ show }) => {
    show(ref);
  });
}

for (const type of FIRST_USE) document.addEventListener(type, load);

/**
 * Zoomable figures: a click on an image shown smaller than its file opens the
 * file large in a dialog (image-zoom-dialog.ts, loaded on that first click).
 * At full size already, or with a modifier key, the link does what links do.
 */
import dialogUrl from 'virtual:lazy-url/src/scripts/image-zoom-dialog.ts';

type Dialog = typeof import('./image-zoom-dialog');

document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a.zoomable');
  const shown = link?.querySelector('img');
  // An image not loaded yet (they load lazily) has no natural width to compare: it opens in the dialog.
  const fullSize = shown?.complete === true && shown.naturalWidth > 0 && shown.naturalWidth <= shown.clientWidth;
  if (!link || !shown || fullSize || event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  void (import(/* @vite-ignore */ dialogUrl) as Promise<Dialog>).then(({ openZoom }) => {
    openZoom(link, shown);
  });
});

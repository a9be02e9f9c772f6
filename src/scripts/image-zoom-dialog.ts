/**
 * The image dialog: the file of an image large in a modal <dialog>, with the
 * image's alt text, a Close button and Esc; focus goes back to the image's
 * link. Loaded by image-zoom.ts on the first click that opens it.
 */
const dialog = document.createElement('dialog');
dialog.className = 'image-zoom';
dialog.setAttribute('aria-label', 'Enlarged image');
const close = document.createElement('button');
close.type = 'button';
close.className = 'image-zoom-close';
close.textContent = 'Close';
const large = document.createElement('img');
dialog.append(close, large);
document.body.append(dialog);
let opener: HTMLAnchorElement | undefined;

close.addEventListener('click', () => {
  dialog.close();
});
// A click outside the image, on the backdrop, closes it too.
dialog.addEventListener('click', (event) => {
  if (event.target === dialog) dialog.close();
});
dialog.addEventListener('close', () => {
  opener?.focus();
});
export function openZoom(link: HTMLAnchorElement, shown: HTMLImageElement): void {
  opener = link;
  large.src = link.href;
  large.alt = shown.alt;
  dialog.showModal();
}

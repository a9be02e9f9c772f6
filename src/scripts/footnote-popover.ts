/**
 * Footnote previews: pointing at or focusing a footnote reference shows its
 * note beside it in a popover (anchored by CSS where the browser supports
 * anchor positioning); Esc, leaving or blurring the reference closes it. The
 * reference stays an ordinary link to the note. Loaded by footnote-previews.ts
 * on the first pointer or focus on a reference.
 */
const REF = 'a[data-footnote-ref]';

const preview = document.createElement('div');
preview.popover = 'auto';
preview.id = 'footnote-preview';
preview.className = 'footnote-preview';
preview.setAttribute('role', 'note');
document.body.append(preview);
let active: HTMLAnchorElement | undefined;
let timer = 0;

export function show(ref: HTMLAnchorElement): void {
  clearTimeout(timer);
  const note = document.getElementById(decodeURIComponent(ref.hash.slice(1)));
  if (!note) return;
  const copy = note.cloneNode(true) as HTMLElement;
  // The note's "back to the text" link and its ids make no sense in a copy.
  for (const element of copy.querySelectorAll('[data-footnote-backref]')) element.remove();
  for (const element of copy.querySelectorAll('[id]')) element.removeAttribute('id');
  preview.replaceChildren(...copy.childNodes);
  active?.classList.remove('footnote-anchor');
  active = ref;
  ref.classList.add('footnote-anchor');
  if (!preview.matches(':popover-open')) preview.showPopover();
}

function hideSoon(): void {
  clearTimeout(timer);
  timer = window.setTimeout(() => {
    if (preview.matches(':popover-open') && !preview.matches(':hover')) preview.hidePopover();
  }, 200);
}

preview.addEventListener('toggle', (event) => {
  if (event.newState === 'closed') active?.classList.remove('footnote-anchor');
});
preview.addEventListener('pointerleave', hideSoon);
for (const type of ['pointerover', 'focusin'] as const) {
  document.addEventListener(type, (event) => {
    const ref = (event.target as Element).closest<HTMLAnchorElement>(REF);
    if (ref) show(ref);
  });
}
for (const type of ['pointerout', 'focusout'] as const) {
  document.addEventListener(type, (event) => {
    if ((event.target as Element).closest(REF)) hideSoon();
  });
}

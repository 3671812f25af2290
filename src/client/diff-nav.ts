// Diff page: the keys n and p jump to the next and previous change (改动, 无对应, 未找到), as the
// page's own "下一处" / "上一处" links do. Reads the changes at each key press, so it also works
// after the view is redrawn against another reference.
import { CHANGE_ID_PREFIX } from '../lib/diff-view/change-nav.ts';

/** Where a change that was jumped to sits: below the top by its scroll margin. */
const LANDED = 20;

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));
}

/** The change the address points to, if it is still in view: n and p go on from it. */
function currentIndex(changes: readonly HTMLElement[]): number {
  const at = changes.findIndex((el) => `#${el.id}` === location.hash);
  if (at < 0) return -1;
  const top = changes[at]!.getBoundingClientRect().top;
  return top > -window.innerHeight && top < window.innerHeight ? at : -1;
}

document.addEventListener('keydown', (event) => {
  if ((event.key !== 'n' && event.key !== 'p') || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
  const changes = [...document.querySelectorAll<HTMLElement>(`#diff-view [id^="${CHANGE_ID_PREFIX}"]`)]
    .filter((el) => el.getClientRects().length > 0);
  const at = currentIndex(changes);
  let to: HTMLElement | undefined;
  if (at >= 0) to = changes[event.key === 'n' ? at + 1 : at - 1];
  else {
    // Otherwise the first change below the top of the window, or the last above it.
    const tops = changes.map((el) => el.getBoundingClientRect().top);
    to = event.key === 'n' ? changes.find((_, i) => tops[i]! > LANDED) : changes.findLast((_, i) => tops[i]! < LANDED / 2);
  }
  if (!to) return;
  event.preventDefault();
  location.hash = to.id;
});

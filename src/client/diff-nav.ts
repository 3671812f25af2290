// Diff page: the keys n and p jump to the next and previous change (改动, 新增, 缺少), as the
// page's own "下一处" / "上一处" links do. Reads the changes at each key press, so it also works
// after the view is redrawn against another reference.
import { CHANGE_ID_PREFIX } from '../lib/diff-view/change-nav.ts';

/** Where a change that was jumped to sits: below the top by its scroll margin. */
const LANDED = 20;

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName));
}

document.addEventListener('keydown', (event) => {
  if ((event.key !== 'n' && event.key !== 'p') || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
  const changes = [...document.querySelectorAll<HTMLElement>(`#diff-view [id^="${CHANGE_ID_PREFIX}"]`)]
    .filter((el) => el.getClientRects().length > 0);
  const tops = changes.map((el) => el.getBoundingClientRect().top);
  const to = event.key === 'n'
    ? changes.find((_, i) => tops[i]! > LANDED)
    : changes.findLast((_, i) => tops[i]! < LANDED / 2);
  if (!to) return;
  event.preventDefault();
  location.hash = to.id;
});

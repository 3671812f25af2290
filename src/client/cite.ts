// Citations on a plan page: today's date and this site's address in the plan's references, copy
// buttons, and a "引用" button on every paragraph that opens its references (naming section and
// item) and a pre-filled correction report. The page reads completely without this script.
import { apaReference, gbtReference, paragraphLocator, type CitedPlan } from '../lib/cite/citation.ts';
import { reportHref } from '../lib/cite/report.ts';

interface Facts { record: CitedPlan & { plan_id: string }; url: string; accessed: string; site: string; corrections: string }

const box = document.querySelector<HTMLElement>('[data-cite-plan]');
if (box) setUp(box, JSON.parse(box.dataset.citePlan!) as Facts);

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function setUp(box: HTMLElement, facts: Facts) {
  const accessed = today();
  // The address the page was read at, so the permalink works wherever the site is served.
  const base = /^https?:$/.test(location.protocol) ? `${location.origin}${location.pathname}` : facts.url;
  const plan = facts.record;
  const styles = { gbt: (url: string, locator?: string) => gbtReference(plan, { url, accessed, locator }), apa: (url: string, locator?: string) => apaReference(plan, { url, accessed, locator }, facts.site) };
  for (const p of box.querySelectorAll<HTMLElement>('[data-cite-style]')) {
    p.textContent = styles[p.dataset.citeStyle as 'gbt' | 'apa'](base);
    p.after(copyButton(p));
  }
  const note = box.querySelector('[data-cite-date-note]');
  if (note) note.textContent = `引用日期为今天（${accessed}）。`;

  const panel = document.createElement('div');
  panel.className = 'cite-panel';
  panel.setAttribute('role', 'group');
  for (const block of document.querySelectorAll<HTMLElement>('.plan-text > p.block, .plan-text > .table-wrap')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'cite-para';
    button.textContent = '引用';
    button.setAttribute('aria-label', '引用本段');
    button.setAttribute('aria-expanded', 'false');
    block.querySelector(':scope > .anchor')?.after(button);
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') === 'true';
      document.querySelectorAll('.cite-para[aria-expanded="true"]').forEach((b) => b.setAttribute('aria-expanded', 'false'));
      if (open) return panel.remove();
      button.setAttribute('aria-expanded', 'true');
      fillPanel(panel, block, base, styles, facts, () => { panel.remove(); button.setAttribute('aria-expanded', 'false'); button.focus(); });
      block.after(panel);
      panel.querySelector('button')?.focus();
    });
  }
}

function ownText(el: Element): string {
  const bdi = el.querySelector('bdi');
  if (bdi) return bdi.textContent ?? '';
  return [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();
}

/** The headings a block sits under, outermost first. */
function headingsAbove(block: HTMLElement): string[] {
  const headings: string[] = [];
  let depth = 7;
  for (let el = block.previousElementSibling; el && depth > 2; el = el.previousElementSibling) {
    const m = /^H([2-6])$/.exec(el.tagName);
    if (m && Number(m[1]) < depth) {
      depth = Number(m[1]);
      headings.unshift(ownText(el));
    }
  }
  return headings;
}

function fillPanel(panel: HTMLElement, block: HTMLElement, base: string, styles: Record<'gbt' | 'apa', (url: string, locator?: string) => string>, facts: Facts, close: () => void) {
  const isTable = block.matches('.table-wrap');
  const text = isTable ? (block.querySelector('table')?.innerText ?? '') : ownText(block);
  const locator = paragraphLocator({ headings: headingsAbove(block), anchor: block.id });
  const url = `${base}#${block.id}`;
  panel.replaceChildren();
  panel.setAttribute('aria-label', `引用本段：${locator}`);
  const title = document.createElement('p');
  title.className = 'muted';
  title.textContent = `引用本段（${locator}）`;
  panel.append(title);
  for (const [style, label] of [['gbt', 'GB/T 7714-2015'], ['apa', 'APA（第7版）']] as const) {
    const head = document.createElement('p');
    head.className = 'cite-style';
    head.textContent = label;
    const ref = document.createElement('p');
    ref.className = 'cite-text';
    ref.textContent = styles[style](url, locator);
    panel.append(head, ref, copyButton(ref));
  }
  const actions = document.createElement('p');
  const report = document.createElement('a');
  report.className = 'report-link';
  report.rel = 'nofollow';
  report.href = reportHref(facts.corrections, { planTitle: facts.record.title, permalink: url, shown: '本段文字', sentence: text.slice(0, 600) });
  report.textContent = '报告本段的错误';
  const closeButton = document.createElement('button');
  closeButton.type = 'button';
  closeButton.textContent = '关闭';
  closeButton.addEventListener('click', close);
  actions.append(report, ' ', closeButton);
  panel.append(actions);
  panel.onkeydown = (e) => { if (e.key === 'Escape') close(); };
}

function copyButton(source: HTMLElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy';
  button.textContent = '复制';
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(source.textContent ?? '');
      button.textContent = '已复制';
    } catch {
      // No clipboard permission: select the text so the reader can copy it with the keyboard.
      getSelection()?.selectAllChildren(source);
      button.textContent = '已选中，请按 Ctrl+C 复制';
    }
    setTimeout(() => { button.textContent = '复制'; }, 2000);
  });
  return button;
}

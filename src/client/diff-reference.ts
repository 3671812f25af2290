// Diff page: compare the plan with another plan of the same type, chosen from the list. The
// default reference is already on the page; the alignment code loads only when asked for.
import type { AlignPlanInput } from '../lib/align/prepare.ts';

const form = document.getElementById('reference-choice') as HTMLFormElement | null;
const select = document.getElementById('reference-select') as HTMLSelectElement | null;
const view = document.getElementById('diff-view');
const status = document.getElementById('reference-status');
const title = document.getElementById('reference-title');
const description = document.getElementById('reference-description');

async function planInput(id: string): Promise<AlignPlanInput> {
  const response = await fetch(`/data/align/${encodeURIComponent(id)}.json`);
  if (!response.ok) throw new Error(`${id}: ${response.status}`);
  return (await response.json()) as AlignPlanInput;
}

if (form && select && view && title && description) {
  const planId = form.dataset.plan!;
  const original = { view: view.innerHTML, title: title.innerHTML, description: description.textContent ?? '' };
  form.hidden = false;

  const show = async (reference: string): Promise<void> => {
    if (!reference) {
      view.innerHTML = original.view;
      title.innerHTML = original.title;
      description.textContent = original.description;
      if (status) status.textContent = '';
      return;
    }
    if (status) status.textContent = '正在比较……';
    const [align, render, inputs] = await Promise.all([
      import('../lib/align/browser.ts'),
      import('../lib/diff-view/render.ts'),
      Promise.all([planInput(planId), planInput(reference)]),
    ]);
    const detail = align.alignWithPlan(inputs[0], inputs[1]);
    view.innerHTML = render.reuseToHtml(detail, { planId, clusters: new Map(), clusterPages: new Set(), referenceHref: `/plans/${reference}/` });
    const link = document.createElement('a');
    link.href = `/plans/${reference}/`;
    link.textContent = detail.reference.title;
    title.replaceChildren(link);
    description.textContent = detail.reference.description;
    if (status) status.textContent = `已改为与${inputs[1].county}的规划对照。`;
  };

  const fromUrl = new URLSearchParams(location.search).get('reference') ?? '';
  if (fromUrl && [...select.options].some((o) => o.value === fromUrl)) {
    select.value = fromUrl;
    void show(fromUrl).catch((e: unknown) => { if (status) status.textContent = `对照失败：${(e as Error).message}`; });
  }
  select.addEventListener('change', () => {
    const url = new URL(location.href);
    if (select.value) url.searchParams.set('reference', select.value);
    else url.searchParams.delete('reference');
    history.replaceState(null, '', url);
    void show(select.value).catch((e: unknown) => { if (status) status.textContent = `对照失败：${(e as Error).message}`; });
  });
}

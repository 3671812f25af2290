// Diff page: compare the plan with another plan of the same type, chosen from the list. The
// default reference is already on the page; the list of plans (/data/plan-list/<type>.json, one
// file shared by every diff page) loads after the page, the alignment code only when asked for.
import type { AlignPlanInput } from '../lib/align/prepare.ts';
import { fetchChecked } from './fetch-checked.ts';
import { groupByProvince } from '../lib/plan/counties.ts';
import { planHref } from '../lib/plan/id.ts';

const form = document.getElementById('reference-choice') as HTMLFormElement | null;
const select = document.getElementById('reference-select') as HTMLSelectElement | null;
const view = document.getElementById('diff-view');
const status = document.getElementById('reference-status');
const title = document.getElementById('reference-title');
const description = document.getElementById('reference-description');

interface ListedPlan { id: string; county: string; province: string }

// The list loads with every diff page, so it is shape-checked here rather than with the schema (and zod).
const isListedPlan = (p: unknown): p is ListedPlan =>
  typeof p === 'object' && p !== null && 'id' in p && typeof p.id === 'string' && 'county' in p && typeof p.county === 'string' && 'province' in p && typeof p.province === 'string';

function listedPlans(url: string, data: unknown): ListedPlan[] {
  const plans = typeof data === 'object' && data !== null && 'plans' in data ? data.plans : null;
  if (!Array.isArray(plans) || !plans.every(isListedPlan)) throw new Error(`${url} 的内容不是预期的格式，请刷新页面后重试`);
  return plans;
}

/** Adds every other plan of the type to the list, grouped by province. */
async function fillList(select: HTMLSelectElement, url: string, self: string, typeName: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const plans = listedPlans(url, await response.json());
  for (const [province, list] of groupByProvince(plans.filter((p) => p.id !== self))) {
    const group = document.createElement('optgroup');
    group.label = province;
    for (const p of list) group.append(new Option(`${p.county}${typeName}发展规划`, p.id));
    select.append(group);
  }
}

async function planInput(id: string): Promise<AlignPlanInput> {
  const { AlignPlanInputSchema } = await import('../lib/align/input-schema.ts');
  return fetchChecked(`/data/align/${encodeURIComponent(id)}.json`, AlignPlanInputSchema);
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
    const { tableRowsOf } = await import('../lib/diff-view/table-rows.ts');
    view.innerHTML = render.reuseToHtml(detail, {
      planId, clusters: new Map(), clusterPages: new Set(), referenceHref: planHref(reference), tableRows: tableRowsOf(inputs[0].blocks),
    });
    const link = document.createElement('a');
    link.href = planHref(reference);
    link.textContent = detail.reference.title;
    title.replaceChildren(link);
    description.textContent = detail.reference.description;
    if (status) status.textContent = `已改为与${inputs[1].county}的规划对照。`;
  };

  const fromUrl = new URLSearchParams(location.search).get('reference') ?? '';
  void fillList(select, form.dataset.planList!, planId, form.dataset.planType ?? '').then(() => {
    if (fromUrl && [...select.options].some((o) => o.value === fromUrl)) {
      select.value = fromUrl;
      return show(fromUrl);
    }
    return undefined;
  }).catch((e: unknown) => { if (status) status.textContent = `对照失败：${(e as Error).message}`; });
  select.addEventListener('change', () => {
    const url = new URL(location.href);
    if (select.value) url.searchParams.set('reference', select.value);
    else url.searchParams.delete('reference');
    history.replaceState(null, '', url);
    void show(select.value).catch((e: unknown) => { if (status) status.textContent = `对照失败：${(e as Error).message}`; });
  });
}

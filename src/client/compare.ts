// /compare/?plans=a,b: checks the choice, loads the per-plan records and renders the comparison.
import { buildComparison } from '../lib/compare/model.ts';
import { comparisonToHtml, esc } from '../lib/compare/render.ts';
import { checkSelection, compareHref, readPlanIds } from '../lib/compare/selection.ts';
import { joinCsvFiles } from '../lib/data/csv-join.ts';
import { targetReportHref } from '../lib/cite/report.ts';
import { fetchChecked } from './fetch-checked.ts';

const form = document.getElementById('plan-picker') as HTMLFormElement | null;
const view = document.getElementById('compare-view');
const message = document.getElementById('compare-message');

function showMessage(problems: string[], fixed: string[] | null): void {
  if (!message) return;
  message.hidden = problems.length === 0;
  const fix = fixed ? `<p><a href="${esc(compareHref(fixed))}">改为比较这 ${fixed.length} 部规划</a>，或在上面重新选择。</p>` : '<p>请在上面重新选择。</p>';
  message.innerHTML = problems.length ? `<ul>${problems.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>${fix}` : '';
}

async function render(): Promise<void> {
  const requested = readPlanIds(location.search);
  if (!requested.length || !view) return;
  // The schemas (and zod with them) load only when a comparison is assembled here.
  const { CompareIndexSchema, PlanCompareDataSchema } = await import('../lib/compare/schema.ts');
  const index = await fetchChecked('/data/compare-index.json', CompareIndexSchema);
  const listing = new Map(index.plans.map((p) => [p.id, p]));
  const selection = checkSelection(requested, listing);
  for (const box of form?.querySelectorAll<HTMLInputElement>('input[name="plans"]') ?? []) box.checked = selection.ids.includes(box.value);
  showMessage(selection.problems, selection.fixed);
  if (selection.problems.length) {
    view.innerHTML = '';
    return;
  }
  view.innerHTML = '<p class="muted">正在载入……</p>';
  const { AlignPlanInputSchema } = await import('../lib/align/input-schema.ts');
  const [plans, inputs, { alignWithPivot }] = await Promise.all([
    Promise.all(selection.ids.map((id) => fetchChecked(`/data/plans/${id}.json`, PlanCompareDataSchema))),
    // The same inputs and the same aligner as the pre-rendered comparisons.
    Promise.all(selection.ids.map((id) => fetchChecked(`/data/align/${id}.json`, AlignPlanInputSchema))),
    import('../lib/compare/align.ts'),
  ]);
  const indicators = new Map(index.indicators.map((i) => [i.id, i]));
  const corrections = view.dataset.corrections;
  const reportHref = corrections ? (t: Parameters<typeof targetReportHref>[3], plan: { title: string }) => targetReportHref(corrections, location.origin, plan.title, t) : undefined;
  view.innerHTML = comparisonToHtml(buildComparison(plans, indicators, alignWithPivot(inputs)), { reportHref });
  document.title = `${plans.map((p) => p.county).join('、')}：规划对照 · 两规对照`;
  form?.closest('details')?.removeAttribute('open');
  await addDownload(selection.ids);
}

let downloadUrl: string | undefined;

/** 下载对照表: the chosen plans' target tables (/data/targets/<id>.csv) joined into one file. */
async function addDownload(ids: string[]): Promise<void> {
  const files = await Promise.all(ids.map(async (id) => {
    const response = await fetch(`/data/targets/${id}.csv`);
    if (!response.ok) throw new Error(`/data/targets/${id}.csv: ${response.status}`);
    return response.text();
  }));
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = URL.createObjectURL(new Blob([joinCsvFiles(files)], { type: 'text/csv;charset=utf-8' }));
  const p = document.createElement('p');
  p.className = 'downloads no-print';
  const a = document.createElement('a');
  a.href = downloadUrl;
  a.download = `${ids.join('--')}.csv`;
  a.textContent = '下载对照表（CSV）';
  const note = document.createElement('span');
  note.className = 'muted';
  note.textContent = '：所选规划的全部目标，附文号、发布机关、日期和官方网址，列同 targets.csv。';
  p.append(a, note);
  view?.prepend(p);
}

// The form would send ?plans=a&plans=b; the shared address is the shorter ?plans=a,b.
form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const ids = [...form.querySelectorAll<HTMLInputElement>('input[name="plans"]:checked')].map((b) => b.value);
  history.pushState(null, '', compareHref(ids));
  void render();
});
window.addEventListener('popstate', () => void render());
render().catch((error: unknown) => showMessage([`对照载入失败：${(error as Error).message}`], null));

/**
 * The plan periods a collection covers, as the home page names them: "2021—2025年" when every
 * plan runs 2021–2025, "2021—2025年、2021—2030年" when some run to 2030.
 */
export interface Period {
  start: number;
  end: number;
}

export function periodsLabel(periods: readonly Period[]): string {
  const distinct = new Map<string, Period>();
  for (const p of periods) distinct.set(`${p.start}-${p.end}`, p);
  return [...distinct.values()]
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((p) => `${p.start}—${p.end}年`)
    .join('、');
}

// Fetches one of the site's /data/ files and checks it against the schema it is published with,
// so a stale or damaged file shows a message instead of a half-drawn view.
import type { z } from 'astro/zod';

export async function fetchChecked<S extends z.ZodType>(url: string, schema: S): Promise<z.output<S>> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  const result = schema.safeParse(await response.json());
  if (!result.success) throw new Error(`${url} 的内容不是预期的格式（${result.error.issues[0]?.path.join('.') ?? ''}），请刷新页面后重试`);
  return result.data;
}

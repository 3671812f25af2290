import { getRelease, JSON_HEADERS } from '../../data/open-data.ts';

/** The release id and every raw source with its SHA-256 and publication facts. */
export async function GET() {
  const { release, sources } = await getRelease();
  return new Response(`${JSON.stringify({ release, sources }, null, 1)}\n`, { headers: JSON_HEADERS });
}

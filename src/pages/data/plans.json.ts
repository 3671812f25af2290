import { getPlanRecords, JSON_HEADERS } from '../../data/open-data.ts';

/** Every plan's record (the rows of plans.csv), as a JSON array. */
export async function GET() {
  return new Response(`${JSON.stringify([...(await getPlanRecords()).values()], null, 1)}\n`, { headers: JSON_HEADERS });
}

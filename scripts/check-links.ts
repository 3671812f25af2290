// Checks every link of a built site: `node scripts/check-links.ts [dist] [plans dir]`; exit 1 on a broken one.
import { checkSiteLinks } from '../src/lib/check/links-fs.ts';
import { formatLinkProblem } from '../src/lib/check/links.ts';

const distDir = process.argv[2] ?? 'dist';
const plansDir = process.argv[3] ?? process.env.PLANS_DIR ?? 'content/plans';
const report = checkSiteLinks(distDir, plansDir);
for (const problem of report.problems) console.error(formatLinkProblem(problem));
console.log(`${report.pages} pages, ${report.links} links, ${report.problems.length} broken`);
process.exitCode = report.problems.length ? 1 : 0;

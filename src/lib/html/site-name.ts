/**
 * The name a saved government page gives its own site, for the sidecar's source_site, with where
 * it was read. Only what the page states: the SiteName meta tag government sites carry (政府网站
 * 发展指引), og:site_name, the site part of the <title> (规划名_盐湖区人民政府), or a footer
 * labelled 网站名称. A page stating none gives null; the host in 主办单位 is not the site's name.
 */
import { Parser } from 'htmlparser2';

export interface SiteName {
  value: string;
  /** For the curator: `the page's <meta name="SiteName">`. */
  where: string;
}

const META_NAMES = ['sitename', 'site_name', 'og:site_name'];
/** The separators a page title puts between the article and the site: 规划_盐湖区人民政府, 规划 - 张家港市人民政府. */
const TITLE_PARTS = /\s*(?:[_｜|]|\s[-—–]{1,2}\s|——)\s*/;
const SITE_LIKE = /(?:人民政府|政府|政府网|网站|门户网|信息公开|政务公开|网)$/;
const FOOTER_LABEL = /网站名称\s*[:：]\s*([^\s，。；|｜]{2,30})/;

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

export function readSiteName(html: string): SiteName | null {
  const metas = new Map<string, string>();
  let title = '';
  let inTitle = false;
  let text = '';
  const parser = new Parser({
    onopentag(name, attributes) {
      if (name === 'title') inTitle = true;
      const key = (attributes.name ?? attributes.property ?? '').toLowerCase();
      if (name === 'meta' && META_NAMES.includes(key) && attributes.content?.trim()) metas.set(key, clean(attributes.content));
    },
    ontext(data) {
      if (inTitle) title += data;
      else text += data;
    },
    onclosetag(name) {
      if (name === 'title') inTitle = false;
      else text += '\n';
    },
  }, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(html);
  parser.end();
  for (const key of META_NAMES) {
    const value = metas.get(key);
    if (value) return { value, where: `the page's <meta ${key.startsWith('og:') ? 'property' : 'name'}="${key === 'sitename' ? 'SiteName' : key}">` };
  }
  const parts = clean(title).split(TITLE_PARTS).filter(Boolean);
  const last = parts[parts.length - 1];
  if (parts.length >= 2 && last && SITE_LIKE.test(last)) return { value: last, where: `the page's <title>: ${clean(title)}` };
  const footer = FOOTER_LABEL.exec(text);
  if (footer) return { value: footer[1]!, where: `the page's footer: ${clean(footer[0])}` };
  return null;
}

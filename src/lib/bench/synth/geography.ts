/**
 * Synthetic counties: a name, a six-digit code and a province/prefecture for each.
 * Provinces are the real ones with their GB/T 2260 two-digit codes; prefectures take codes
 * 51–99 and made-up names, so no synthetic county can collide with a real one.
 */
import type { Random } from './random.ts';

export interface SynthCounty {
  county: string;
  county_code: string;
  province: string;
  prefecture: string;
}

const PROVINCES: readonly [string, string][] = [
  ['11', '北京市'], ['12', '天津市'], ['13', '河北省'], ['14', '山西省'], ['15', '内蒙古自治区'],
  ['21', '辽宁省'], ['22', '吉林省'], ['23', '黑龙江省'], ['31', '上海市'], ['32', '江苏省'],
  ['33', '浙江省'], ['34', '安徽省'], ['35', '福建省'], ['36', '江西省'], ['37', '山东省'],
  ['41', '河南省'], ['42', '湖北省'], ['43', '湖南省'], ['44', '广东省'], ['45', '广西壮族自治区'],
  ['46', '海南省'], ['50', '重庆市'], ['51', '四川省'], ['52', '贵州省'], ['53', '云南省'],
  ['54', '西藏自治区'], ['61', '陕西省'], ['62', '甘肃省'], ['63', '青海省'], ['64', '宁夏回族自治区'],
  ['65', '新疆维吾尔自治区'],
];

// Characters common in Chinese place names; two of them make a plausible name.
const SYLLABLES = '安平宁阳城山河江海湖泉溪川岭峰台源清新永和兴隆昌盛华丰泰康乐福寿长东西南北中丰庆武文德信义仁怀远临潼绥靖通化宝定嘉鹤云龙凤桂松柏桃梅兰竹石金银铜玉'.split('');
const COUNTY_SUFFIX: readonly string[] = ['县', '县', '县', '县', '区', '区', '区', '市'];
const COUNTIES_PER_PREFECTURE = [4, 18] as const;

function placeName(random: Random, taken: Set<string>, suffix: string): string {
  for (;;) {
    const name = random.pick(SYLLABLES) + random.pick(SYLLABLES) + suffix;
    if (!taken.has(name) && name[0] !== name[1]) {
      taken.add(name);
      return name;
    }
  }
}

/** A synthetic prefecture: its counties share a province, a name and a code prefix. */
export interface SynthPrefecture {
  province: string;
  prefecture: string;
  code: string;
  counties: SynthCounty[];
}

/** Prefectures of 4–18 counties each, spread over the provinces, for as long as the caller asks. */
export function* generatePrefectures(random: Random): Generator<SynthPrefecture> {
  const names = new Set<string>();
  const nextPrefecture = new Map<string, number>();
  for (;;) {
    const [provinceCode, province] = random.pick(PROVINCES);
    const number = nextPrefecture.get(provinceCode) ?? 51;
    if (number > 99) continue;
    nextPrefecture.set(provinceCode, number + 1);
    const code = `${provinceCode}${number}`;
    const prefecture = placeName(random, names, '市');
    const counties = Array.from({ length: random.int(...COUNTIES_PER_PREFECTURE) }, (_, i) => ({
      county: placeName(random, names, random.pick(COUNTY_SUFFIX)),
      county_code: `${code}${String(i + 1).padStart(2, '0')}`,
      province,
      prefecture,
    }));
    yield { province, prefecture, code, counties };
  }
}

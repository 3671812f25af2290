import { describe, expect, it } from 'vitest';
import { damageSignsOf, dateDamage, docNumberDamage } from '../../../src/lib/ingest/damage.ts';

const problems = (text: string) => damageSignsOf(text).map((s) => s.problem);

describe('extraction damage is noticed and listed, never repaired', () => {
  it('notices 000’s lost brackets and quotation marks', () => {
    expect(problems('现将太原市杏花岭区妇女发展规划》和《太原市杏花岭区儿童发展规划》印发给你们')).toEqual(['unbalanced 《》: 1 opening, 2 closing']);
    expect(problems('妇女常见病筛查率(%')).toEqual(['unbalanced (): 1 opening, 0 closing']);
    expect(problems('太原市杏花岭区十四五妇女发展规划')).toEqual(['quotation marks around “十三五”/“十四五” lost']);
    expect(problems('一、十三五”时期妇女发展规划执行情况')).toEqual(['unbalanced “”: 0 opening, 1 closing', 'quotation marks around “十三五”/“十四五” lost']);
  });
  it('notices a line whose first characters were lost, a year without 年, a caption without 表', () => {
    expect(problems(':1.“#”表示国家纲要指标')).toEqual(['starts with punctuation: the characters before it are lost']);
    expect(problems('2025保障儿童权利的法规政策体系更加健全')).toEqual(['a year without 年: characters after it may be lost']);
    expect(problems('1\u00a0 妇女与健康发展指标')).toEqual(['caption starts with a bare number: 表 may be lost']);
  });
  it('sees nothing wrong in sound text', () => {
    expect(problems('“十四五”时期,在常住人口2000人以上的村设立服务站。到2025年,筛查率(%)达到70%。')).toEqual([]);
  });
  it('notices a document number without 〔〕/号 and a date without 年月日', () => {
    expect(docNumberDamage('杏政发2023')).toHaveLength(1);
    expect(docNumberDamage('运盐政发〔2023〕7号')).toEqual([]);
    expect(dateDamage('2023531')).toEqual([{ problem: 'date printed without 年月日; read as 2023-05-31' }]);
    expect(dateDamage('2023年4月20日')).toEqual([]);
  });
});

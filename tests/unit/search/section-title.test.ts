import { describe, expect, it } from 'vitest';
import { markdownToBlocks } from '../../../src/lib/plan/blocks.ts';
import { sectionTitles, isInDomain, headingLabel } from '../../../src/lib/search/section-title.ts';

const PLAN = `妇女是人类文明的开创者。 {#intro-p1}

## 一、总体要求 {#s1}

### （一）指导思想 {#s1-1}

以习近平新时代中国特色社会主义思想为指导。 {#s1-1-p1}

## 三、发展领域、主要目标和策略措施 {#s3}

### （一）妇女与健康 {#s3-1}

#### 主要目标: {#s3-1-goals}

1.孕产妇死亡率控制在12/10万以下。 {#s3-1-goals-1}

### （四）妇女参与决策和管理 {#s3-4}

1.提高女干部比例。 {#s3-4-p1}
`;

describe('section titles: every block names its section, 领域 first', () => {
  const titles = sectionTitles(markdownToBlocks(PLAN));

  it('a paragraph in a domain: 领域 › heading, without numbering or colon', () => {
    expect(titles.get('s3-1-goals-1')).toBe('妇女与健康 › 主要目标');
    expect(titles.get('s3-1')).toBe('妇女与健康');
    expect(titles.get('s3-4-p1')).toBe('妇女参与决策和管理');
  });

  it('elsewhere: outermost › nearest heading; before any heading: 引言', () => {
    expect(titles.get('s1-1-p1')).toBe('总体要求 › 指导思想');
    expect(titles.get('s1')).toBe('总体要求');
    expect(titles.get('intro-p1')).toBe('引言');
  });

  it('the domain filter checks the title’s first part exactly', () => {
    expect(isInDomain('妇女与健康 › 主要目标', '妇女与健康')).toBe(true);
    expect(isInDomain('妇女与健康', '妇女与健康')).toBe(true);
    expect(isInDomain('总体要求 › 指导思想', '妇女与健康')).toBe(false);
    expect(isInDomain('妇女与健康 › 主要目标', '妇女与')).toBe(false);
  });

  it('strips heading numbers of every style', () => {
    expect(headingLabel('（一）指导思想')).toBe('指导思想');
    expect(headingLabel('(2)加强监测')).toBe('加强监测');
    expect(headingLabel('四、组织实施')).toBe('组织实施');
    expect(headingLabel('主要目标：')).toBe('主要目标');
  });
});

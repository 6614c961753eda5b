// 常见问题 shown in each matter's service guide (办事指南), keyed by matter code.
export interface FaqSeed {
  q: string;
  a: string;
}

export const faqByMatter: Record<string, FaqSeed[]> = {};

/** code → [the Chinese text it translates, its English translation]. */
export type Pairs = Readonly<Record<string, readonly [zh: string, en: string]>>;

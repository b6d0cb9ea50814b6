/** A small seeded generator (mulberry32), so the same seed gives the same demo data. */
export function createRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    between: (min: number, max: number) => min + next() * (max - min),
    int: (min: number, max: number) => Math.floor(min + next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)],
    weighted: <T>(items: readonly T[], weight: (item: T) => number): T => {
      const total = items.reduce((n, i) => n + weight(i), 0);
      let r = next() * total;
      for (const item of items) if ((r -= weight(item)) < 0) return item;
      return items[items.length - 1];
    },
    normal: (mean: number, sd: number) => mean + sd * Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next()),
  };
}
export type Random = ReturnType<typeof createRandom>;

export const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

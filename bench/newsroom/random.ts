// A seeded pseudo-random source (mulberry32): the same seed gives the same newsroom, byte for
// byte, on any machine. Never Math.random, never the clock.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** One item, the first ones likelier: weight 1 / (rank + 1)^skew. */
  pickSkewed<T>(items: readonly T[], skew: number): T;
  /** `count` different items, in the order drawn. */
  sample<T>(items: readonly T[], count: number, skew?: number): T[];
}

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const cumulative = new Map<number, Float64Array>();
  const weightsFor = (length: number, skew: number): Float64Array => {
    const key = length * 1000 + Math.round(skew * 100);
    let sums = cumulative.get(key);
    if (!sums) {
      sums = new Float64Array(length);
      let total = 0;
      for (let rank = 0; rank < length; rank++) sums[rank] = total += 1 / (rank + 1) ** skew;
      cumulative.set(key, sums);
    }
    return sums;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    pickSkewed: (items, skew) => {
      const sums = weightsFor(items.length, skew);
      const target = next() * sums[sums.length - 1]!;
      let low = 0;
      let high = sums.length - 1;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (sums[middle]! < target) low = middle + 1;
        else high = middle;
      }
      return items[low]!;
    },
    sample: (items, count, skew = 0) => {
      const chosen: typeof items[number][] = [];
      while (chosen.length < Math.min(count, items.length)) {
        const item = skew > 0 ? random.pickSkewed(items, skew) : random.pick(items);
        if (!chosen.includes(item)) chosen.push(item);
      }
      return chosen;
    },
  };
  return random;
}

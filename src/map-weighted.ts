// Runs an async job over items side by side, bounded twice: at most `slots` at once, and at most
// `budget` of weight at once (say, pages for a process whose memory grows with them). An item
// heavier than the budget runs alone. Results come in the items' order.
export interface WeightLimits {
  slots: number;
  budget: number;
}

export async function mapWeighted<T, R>(items: readonly T[], weight: (item: T) => number, { slots, budget }: WeightLimits, job: (item: T) => Promise<R>): Promise<R[]> {
  const jobs: Promise<R>[] = [];
  const running = new Set<Promise<void>>();
  let load = 0;
  for (const item of items) {
    const cost = weight(item);
    // Wait for room: a free slot, and budget for this item beside the others. An item that fails
    // frees its room too; Promise.all below reports the failure.
    while (running.size > 0 && (running.size >= Math.max(1, slots) || load + cost > budget)) await Promise.race(running);
    load += cost;
    const started = job(item);
    const settled: Promise<void> = started.then(
      () => undefined,
      () => undefined,
    );
    running.add(settled);
    void settled.then(() => {
      load -= cost;
      running.delete(settled);
    });
    jobs.push(started);
  }
  return Promise.all(jobs);
}

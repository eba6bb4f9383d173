// Asking again and again until the answer is yes, as a reader pressing reload would, with a
// deadline so that a preview that never updates is a failure and not a hang.

export interface Clock {
  /** Milliseconds, on any fixed origin (performance.now() in the benchmark). */
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface PollOptions {
  /** Pause between the end of one attempt and the start of the next. */
  intervalMs: number;
  /** Clock time after which no attempt starts. */
  deadline: number;
  clock?: Clock;
}

/**
 * Runs `attempt` (given the milliseconds left) until it says yes, and returns the clock time at
 * which that attempt finished: the moment its answer had fully arrived, as a browser would have
 * it. An attempt that throws (the server not answering yet) counts as no. Undefined when the
 * deadline passed first.
 */
export async function pollUntil(attempt: (remainingMs: number) => Promise<boolean>, { intervalMs, deadline, clock = realClock }: PollOptions): Promise<number | undefined> {
  while (clock.now() < deadline) {
    const yes = await attempt(deadline - clock.now()).catch(() => false);
    const answeredAt = clock.now();
    if (yes) return answeredAt;
    if (answeredAt >= deadline) break;
    await clock.sleep(Math.min(intervalMs, deadline - answeredAt));
  }
  return undefined;
}

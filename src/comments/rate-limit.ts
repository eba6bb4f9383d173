// How many forms one client may send in a window of time, kept in memory. A form is counted when
// it arrives (so a burst of simultaneous posts cannot all slip under the limit) and refunded if it
// is then refused: only accepted forms use up a client's quota. Memory is bounded:
// times older than the window are dropped as clients come back, every client is swept once a
// window, and past `maxClients` the least recently seen client is forgotten.
import { isIPv4, isIPv6 } from "node:net";

export interface RateLimit {
  /** Submissions allowed per client in one window. */
  max: number;
  windowMs: number;
  /** Clients remembered at most (default 10,000). */
  maxClients?: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one submission from `client` if it is allowed. */
  hit(client: string): RateDecision;
  /** Gives back the latest allowed hit of `client`: the form it counted was refused. */
  refund(client: string): void;
  /** Clients remembered now (for tests). */
  size(): number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { max: 5, windowMs: 10 * 60 * 1000 };

export function createRateLimiter(limit: RateLimit, now: () => number = Date.now): RateLimiter {
  const maxClients = limit.maxClients ?? 10_000;
  // Insertion order is recency order: a client is moved to the end each time it is seen.
  const seen = new Map<string, number[]>();
  let lastSweep = now();

  const sweep = (time: number) => {
    for (const [client, times] of seen) if (times[times.length - 1]! <= time - limit.windowMs) seen.delete(client);
    lastSweep = time;
  };

  return {
    hit(client) {
      const time = now();
      if (time - lastSweep >= limit.windowMs) sweep(time);
      const times = (seen.get(client) ?? []).filter((at) => at > time - limit.windowMs);
      seen.delete(client);
      if (times.length >= limit.max) {
        seen.set(client, times);
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((times[0]! + limit.windowMs - time) / 1000)) };
      }
      times.push(time);
      seen.set(client, times);
      if (seen.size > maxClients) sweep(time);
      while (seen.size > maxClients) seen.delete(seen.keys().next().value!);
      return { allowed: true };
    },
    refund(client) {
      const times = seen.get(client);
      if (!times || times.length === 0) return;
      times.pop();
      if (times.length === 0) seen.delete(client);
    },
    size: () => seen.size,
  };
}

/**
 * The key a client is counted under. IPv4 addresses (also written as IPv6 `::ffff:1.2.3.4`)
 * count one by one; IPv6 addresses by their /64 network, since one home or phone is usually
 * given a whole /64 and could otherwise change address for every submission.
 */
export function clientKey(address: string | undefined): string {
  if (!address) return "unknown";
  const bare = address.trim().replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(bare);
  if (mapped) return mapped[1]!;
  if (isIPv4(bare)) return bare;
  if (isIPv6(bare)) return `${ipv6Groups(bare).slice(0, 4).join(":")}::/64`;
  return bare;
}

/** The eight 16-bit groups of an IPv6 address, as lower-case hex without leading zeros. */
function ipv6Groups(address: string): string[] {
  const toGroups = (part: string): string[] => {
    if (part === "") return [];
    return part.split(":").flatMap((group) => {
      if (!group.includes(".")) return [group];
      const [a = 0, b = 0, c = 0, d = 0] = group.split(".").map(Number);
      return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
    });
  };
  const [head = "", tail] = address.split("::");
  const front = toGroups(head);
  const back = tail === undefined ? [] : toGroups(tail);
  const zeros = Array<string>(8 - front.length - back.length).fill("0");
  return [...front, ...zeros, ...back].map((group) => parseInt(group, 16).toString(16));
}

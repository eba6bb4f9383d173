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
  // Some proxies write the reader's port into X-Forwarded-For (`203.0.113.9:4711`,
  // `[2001:db8::1]:4711`, as Azure Application Gateway does): a new port for every connection
  // must not make a new client.
  const bare = address.trim().replace(/^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/, "$1").replace(/^\[([^\]]*)\](?::\d+)?$/, "$1").replace(/%.*$/, "");
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(bare);
  if (mapped) return mapped[1]!;
  if (isIPv4(bare)) return bare;
  if (isIPv6(bare)) return `${ipv6Groups(bare).slice(0, 4).join(":")}::/64`;
  return bare;
}

/**
 * The eight 16-bit groups of an IPv6 address, as lower-case hex without leading zeros; only the
 * first four (the /64) are read. A dotted IPv4 ending (`64:ff9b::192.0.2.33`) is always the last
 * 32 bits: it stands for two groups, and only its width matters (its value is past the /64).
 */
function ipv6Groups(address: string): string[] {
  const toGroups = (part: string): string[] => {
    if (part === "") return [];
    return part.split(":").flatMap((group) => (group.includes(".") ? [group, group] : [group]));
  };
  const [head, tail] = address.split("::") as [string, string?];
  const front = toGroups(head);
  const back = tail === undefined ? [] : toGroups(tail);
  const zeros = Array<string>(8 - front.length - back.length).fill("0");
  return [...front, ...zeros, ...back].map((group) => parseInt(group, 16).toString(16));
}

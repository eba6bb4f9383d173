import { suite } from "uvu";
import * as assert from "uvu/assert";
import { clientKey, createRateLimiter, DEFAULT_RATE_LIMIT } from "../../src/comments/rate-limit.ts";

const limiter = suite("createRateLimiter");

limiter("allows max per window per client, then tells how long to wait; recovers as old hits leave the window", () => {
  let now = 1_000_000;
  const limit = createRateLimiter({ max: 2, windowMs: 10_000 }, () => now);
  assert.equal(limit.hit("a"), { allowed: true });
  now += 4_000;
  assert.equal(limit.hit("a"), { allowed: true });
  assert.equal(limit.hit("a"), { allowed: false, retryAfterSeconds: 6 });
  assert.equal(limit.hit("b"), { allowed: true }, "another client is counted apart");
  now += 6_000;
  assert.equal(limit.hit("a"), { allowed: true }, "the first hit has left the window");
  assert.equal(limit.hit("a"), { allowed: false, retryAfterSeconds: 4 });
});

limiter("refused hits are not counted: a client that keeps trying still recovers", () => {
  let now = 0;
  const limit = createRateLimiter({ max: 1, windowMs: 1_000 }, () => now);
  limit.hit("a");
  for (let index = 0; index < 50; index += 1) limit.hit("a");
  now = 1_000;
  assert.equal(limit.hit("a"), { allowed: true });
});

limiter("a refunded hit (a form refused after it was counted) gives the quota back", () => {
  const limit = createRateLimiter({ max: 2, windowMs: 10_000 }, () => 0);
  assert.equal(limit.hit("a"), { allowed: true });
  limit.refund("a");
  assert.is(limit.size(), 0, "a client with no hits left is forgotten");
  assert.equal(limit.hit("a"), { allowed: true });
  assert.equal(limit.hit("a"), { allowed: true });
  assert.equal(limit.hit("a"), { allowed: false, retryAfterSeconds: 10 });
  limit.refund("b");
  assert.is(limit.size(), 1, "refunding an unknown client changes nothing");
});

limiter("memory is bounded: clients idle for a window are swept; past maxClients the least recent is forgotten", () => {
  let now = 0;
  const limit = createRateLimiter({ max: 1, windowMs: 1_000, maxClients: 100 }, () => now);
  for (let index = 0; index < 100; index += 1) limit.hit(`client-${index}`);
  assert.is(limit.size(), 100);
  now = 2_000;
  limit.hit("late");
  assert.is(limit.size(), 1, "everyone idle for a window is gone");
  for (let index = 0; index < 500; index += 1) limit.hit(`flood-${index}`);
  assert.is(limit.size(), 100);
  assert.equal(limit.hit("flood-499"), { allowed: false, retryAfterSeconds: 1 }, "the most recent clients are remembered");
});

limiter("the default is the documented five forms per address in ten minutes", () => {
  let now = Date.parse("2026-11-18T09:00:00Z");
  const limit = createRateLimiter(DEFAULT_RATE_LIMIT, () => now);
  for (let index = 0; index < 5; index += 1) {
    assert.equal(limit.hit("203.0.113.9"), { allowed: true }, `form ${index + 1}`);
    now += 1_000;
  }
  // The first form was 5 s ago: 595 s to wait.
  assert.equal(limit.hit("203.0.113.9"), { allowed: false, retryAfterSeconds: 595 });
  now = Date.parse("2026-11-18T09:09:59.999Z");
  assert.equal(limit.hit("203.0.113.9"), { allowed: false, retryAfterSeconds: 1 }, "a millisecond before the first form leaves the window");
  now = Date.parse("2026-11-18T09:10:00Z");
  assert.equal(limit.hit("203.0.113.9"), { allowed: true }, "ten minutes after the first form");
});

limiter("the wait is rounded up to whole seconds", () => {
  let now = 0;
  const limit = createRateLimiter({ max: 1, windowMs: 10_000 }, () => now);
  limit.hit("a");
  now = 500;
  assert.equal(limit.hit("a"), { allowed: false, retryAfterSeconds: 10 }, "9.5 s left: 10");
  now = 8_999;
  assert.equal(limit.hit("a"), { allowed: false, retryAfterSeconds: 2 }, "1.001 s left: 2");
  now = 9_000;
  assert.equal(limit.hit("a"), { allowed: false, retryAfterSeconds: 1 }, "exactly 1 s left: 1");
  now = 9_001;
  assert.equal(limit.hit("a"), { allowed: false, retryAfterSeconds: 1 }, "0.999 s left: 1");
});

limiter("a client is forgotten exactly one window after its last form, not before", () => {
  let now = 0;
  const limit = createRateLimiter({ max: 3, windowMs: 1_000 }, () => now);
  limit.hit("a");
  now = 400;
  limit.hit("b");
  now = 999;
  limit.hit("c");
  assert.is(limit.size(), 3, "nobody is a window old yet");
  now = 1_000;
  limit.hit("c");
  assert.is(limit.size(), 2, "a (last seen at 0) is swept at 1000; b (at 400) is kept");
  now = 1_400;
  limit.hit("c");
  assert.is(limit.size(), 2, "the next sweep is a window after the last one");
  now = 2_000;
  limit.hit("c");
  assert.is(limit.size(), 1, "b is gone at the next sweep");
});

limiter("past maxClients, a sweep forgets every idle client, not only the oldest", () => {
  let now = 0;
  const limit = createRateLimiter({ max: 1, windowMs: 1_000, maxClients: 3 }, () => now);
  for (const [client, at] of [["a", 0], ["b", 10], ["c", 20], ["d", 30]] as const) {
    now = at;
    limit.hit(client);
  }
  assert.is(limit.size(), 3, "a, the least recent, made room for d");
  now = 1_025;
  limit.hit("e");
  assert.is(limit.size(), 2, "b and c are a window old: both forgotten; d and e kept");
  assert.equal(limit.hit("d"), { allowed: false, retryAfterSeconds: 1 }, "d is still counted");
});

limiter("at most 10,000 clients are remembered by default", () => {
  const limit = createRateLimiter({ max: 1, windowMs: 60_000 }, () => 0);
  for (let index = 0; index < 10_000; index += 1) limit.hit(`198.51.${index >> 8}.${index & 255}`);
  assert.is(limit.size(), 10_000);
  limit.hit("203.0.113.9");
  assert.is(limit.size(), 10_000);
  assert.equal(limit.hit("198.51.0.0"), { allowed: true }, "the least recent client was forgotten");
});

limiter.run();

const keys = suite("clientKey");

keys("IPv4 as is, IPv4-mapped IPv6 as IPv4, IPv6 by its /64", () => {
  assert.is(clientKey("203.0.113.9"), "203.0.113.9");
  assert.is(clientKey("::ffff:203.0.113.9"), "203.0.113.9");
  assert.is(clientKey("2001:db8:85a3:0042:1000:8a2e:370:7334"), "2001:db8:85a3:42::/64");
  assert.is(clientKey("2001:db8:85a3:42::1"), "2001:db8:85a3:42::/64");
  assert.is(clientKey("2001:DB8::"), "2001:db8:0:0::/64");
  assert.is(clientKey("::1"), "0:0:0:0::/64");
  assert.is(clientKey("fe80::1%eth0"), "fe80:0:0:0::/64");
  assert.is(clientKey("64:ff9b::192.0.2.33"), "64:ff9b:0:0::/64");
  assert.is(clientKey(undefined), "unknown");
});

keys("the same address written the ways proxies and servers write it is one client", () => {
  const table: [string, string, string][] = [
    // [how it arrives, the key, where it comes from]
    ["203.0.113.9", "203.0.113.9", "a socket's remoteAddress"],
    [" 203.0.113.9 ", "203.0.113.9", "an X-Forwarded-For entry with spaces"],
    ["::FFFF:203.0.113.9", "203.0.113.9", "an IPv4-mapped address in capitals"],
    ["[2001:db8:85a3:42::1]", "2001:db8:85a3:42::/64", "a bracketed IPv6 address (Forwarded header style)"],
    ["2001:0DB8:85A3:0042:0000:0000:0000:0001", "2001:db8:85a3:42::/64", "the full form, leading zeros, capitals"],
    ["2001:db8:0:1:8a2e:370:7334:1", "2001:db8:0:1::/64", "a /64 with a zero group, written in full"],
    ["2001:db8::1:8a2e:370:7334:1", "2001:db8:0:1::/64", "the same, the zero group written as ::"],
    ["2001:db8::ffff:203.0.113.9", "2001:db8:0:0::/64", "an address that only contains ::ffff: is not IPv4-mapped"],
    ["::192.0.2.33", "0:0:0:0::/64", "an IPv4-compatible address (deprecated, RFC 4291)"],
    ["fe80::1%25eth0", "fe80:0:0:0::/64", "a link-local address with an encoded zone"],
    ["203.0.113.9:4711", "203.0.113.9", "an X-Forwarded-For entry with the reader's port (Azure Application Gateway)"],
    ["[2001:db8:85a3:42::1]:4711", "2001:db8:85a3:42::/64", "a bracketed IPv6 address with a port"],
    ["::ffff:203.0.113.9", "203.0.113.9", "an IPv4-mapped address is not an address with a port"],
    ["unix-socket", "unix-socket", "not an IP address: kept as it is"],
    ["", "unknown", "no address at all"],
  ];
  for (const [address, key, label] of table) assert.is(clientKey(address), key, label);
});

keys.run();

import { suite } from "uvu";
import * as assert from "uvu/assert";
import { clientKey, createRateLimiter } from "../../src/comments/rate-limit.ts";

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

keys.run();

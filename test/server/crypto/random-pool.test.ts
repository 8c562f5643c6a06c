import { describe, expect, it } from "vitest";
import { createRandomPool } from "../../../server/crypto/random-pool.ts";

describe("createRandomPool", () => {
  it("never hands out the same bytes twice, across block refills", () => {
    const random = createRandomPool(64);
    const seen = new Set<string>();
    for (let i = 0; i < 1000; i++) {
      const bytes = random.take(12);
      expect(bytes.length).toBe(12);
      seen.add(bytes.toString("hex"));
    }
    expect(seen.size).toBe(1000);
  });

  it("keeps earlier slices unchanged when a new block is drawn", () => {
    const random = createRandomPool(32);
    const first = random.take(16);
    const copy = Buffer.from(first);
    for (let i = 0; i < 10; i++) random.take(16);
    expect(first.equals(copy)).toBe(true);
  });

  it("serves a request larger than a block straight from the generator", () => {
    expect(createRandomPool(16).take(100).length).toBe(100);
  });

  it("looks uniform: every byte value turns up in 64 KB", () => {
    const random = createRandomPool();
    const counts = new Array(256).fill(0);
    for (let i = 0; i < 4096; i++) for (const b of random.take(16)) counts[b]++;
    // 65,536 bytes: 256 expected per value; a stuck or zeroed pool fails this at once.
    expect(Math.min(...counts)).toBeGreaterThan(150);
  });
});

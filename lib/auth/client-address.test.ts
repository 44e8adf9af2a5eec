import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

describe("the client address used for throttling", () => {
  it("ignores X-Forwarded-For without a trusted proxy: a client could write any address", () => {
    expect(clientAddress("203.0.113.7", 0)).toBeNull();
    expect(clientAddress(undefined, 1)).toBeNull();
  });

  it("takes the address the trusted proxy saw, not what the client wrote before it", () => {
    expect(clientAddress("1.2.3.4, 203.0.113.7", 1)).toBe("203.0.113.7");
    expect(clientAddress("1.2.3.4, 203.0.113.7, 10.0.0.2", 2)).toBe("203.0.113.7");
    expect(clientAddress(["1.2.3.4", "2001:db8::1"], 1)).toBe("2001:db8::1");
  });

  it("gives up when fewer entries than trusted proxies arrived, or the entry is not an address", () => {
    expect(clientAddress("203.0.113.7", 2)).toBeNull();
    expect(clientAddress("1.2.3.4, evil<script>", 1)).toBeNull();
  });
});

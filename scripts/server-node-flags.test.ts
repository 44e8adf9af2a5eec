import { describe, expect, it } from "vitest";
import { SERVER_HEAP_MB, serverNodeFlags } from "./server-node-flags";

describe("the production server's Node flags", () => {
  it("cap the V8 heap, so that garbage is collected long before the machine's memory runs short", () => {
    expect(serverNodeFlags(undefined)).toEqual([`--max-old-space-size=${SERVER_HEAP_MB}`]);
    expect(serverNodeFlags("--enable-source-maps")).toEqual([`--max-old-space-size=${SERVER_HEAP_MB}`]);
  });

  it("leave an operator's own heap size in NODE_OPTIONS alone", () => {
    expect(serverNodeFlags("--max-old-space-size=384")).toEqual([]);
    expect(serverNodeFlags("--enable-source-maps --max-old-space-size=2048")).toEqual([]);
    expect(serverNodeFlags("--max_old_space_size=512")).toEqual([]);
  });
});

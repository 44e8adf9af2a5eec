import { describe, expect, it } from "vitest";
import { evidenceProblem, formatFileSize, MAX_EVIDENCE_BYTES } from "./evidence";

const MB = 1024 * 1024;

describe("evidenceProblem (checked in the browser before anything is sent)", () => {
  it("accepts a 15 MB PDF and a file of exactly 20 MB", () => {
    expect(evidenceProblem([{ name: "验收报告.pdf", size: 15 * MB }])).toBeNull();
    expect(evidenceProblem([{ name: "照片.JPEG", size: MAX_EVIDENCE_BYTES }])).toBeNull();
  });
  it("names the file that is over 20 MB", () => {
    expect(
      evidenceProblem([
        { name: "a.pdf", size: MB },
        { name: "大文件.pdf", size: 25 * MB },
      ]),
    ).toEqual({ code: "tooLarge", name: "大文件.pdf" });
  });
  it("refuses types outside the list, empty files, more than 10 files and more than 100 MB together", () => {
    expect(evidenceProblem([{ name: "setup.exe", size: MB }])).toEqual({ code: "type", name: "setup.exe" });
    expect(evidenceProblem([{ name: "空.pdf", size: 0 }])).toEqual({ code: "empty", name: "空.pdf" });
    expect(evidenceProblem(Array.from({ length: 11 }, (_, i) => ({ name: `${i}.pdf`, size: MB })))?.code).toBe(
      "tooMany",
    );
    expect(evidenceProblem(Array.from({ length: 6 }, (_, i) => ({ name: `${i}.pdf`, size: 18 * MB })))?.code).toBe(
      "total",
    );
  });
  it("formats sizes for people", () => {
    expect(formatFileSize(15 * MB)).toBe("15.0 MB");
    expect(formatFileSize(2048)).toBe("2 KB");
  });
});

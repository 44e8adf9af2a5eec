import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en/notices.json";
import zh from "@/lib/i18n/messages/zh-CN/notices.json";
import { noticeNumber } from "./notices";

describe("notice number", () => {
  it("takes its year from Beijing time even on a server running in UTC", () => {
    const tz = process.env.TZ;
    process.env.TZ = "UTC";
    try {
      // 2025-01-01 00:30 in Beijing, still 2024-12-31 on a UTC server.
      const notice = { id: 42, createdAt: new Date("2024-12-31T16:30:00Z") };
      const zhT = createTranslator({ locale: "zh-CN", messages: { notices: zh }, namespace: "notices" });
      const enT = createTranslator({ locale: "en", messages: { notices: en }, namespace: "notices" });
      expect(zhT("number", noticeNumber(notice))).toBe("督字〔2025〕第 42 号");
      expect(enT("number", noticeNumber(notice))).toBe("Notice 2025 No. 42");
      expect(zhT("number", noticeNumber({ id: 43, createdAt: new Date("2025-12-31T15:59:00Z") }))).toBe(
        "督字〔2025〕第 43 号",
      );
    } finally {
      process.env.TZ = tz;
    }
  });
});

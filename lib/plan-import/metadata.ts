import { DATE_TOKEN, addYearsMinusOneDay, readDate } from "./dates";
import { parseChineseNumber } from "./numerals";
import { isNoiseLine } from "./text-normalize";
import type { PlanMetadata, PlanWarning } from "./types";

/** Title, 文号, issuer and dates from the document head, its closing clause and page chrome. */

const DOC_NUMBER = /([\u4e00-\u9fa5]{2,8})\s*[〔[【(]\s*(\d{4})\s*[〕\]】)]\s*(\d{1,4})\s*号/;
const ISSUER_END = /(人民政府|办公厅|办公室|委员会|管委会|局|厅|委|部)$/;
const TITLE_WORDS = /(行动计划|实施方案|工作方案|方案|计划|规划|意见|办法|措施|要点|细则)(\(.*\))?$/;

/** 20232025年 (dash lost) → 2023—2025年; any dash between two years → —. */
export function repairYearRange(text: string): { text: string; repaired: boolean } {
  const repaired = /(?<!\d)(20\d\d)(20\d\d)年/.test(text);
  const out = text
    .replace(/(?<!\d)(20\d\d)(20\d\d)年/g, "$1—$2年")
    .replace(/(20\d\d)\s*(?:[-–—~至到－]+)\s*(20\d\d)年/g, "$1—$2年");
  return { text: out, repaired };
}

function findTitle(lines: string[]): string | null {
  const head = lines.slice(0, 40).join("");
  const quoted = /印发\s*《([^》]{4,100})》/.exec(head);
  if (quoted) return quoted[1];
  const unquoted = /关于印发([^《》]{4,100}?)的通知/.exec(head);
  if (unquoted) return unquoted[1];
  const body = lines.filter((l) => !isNoiseLine(l));
  const i = body.findIndex((l) => TITLE_WORDS.test(l) && l.length <= 60 && !/通知|印发/.test(l));
  if (i === -1) return body[0] ?? null;
  const [prev, next] = [body[i - 1], body[i + 1]];
  // Titles are often broken over lines: 长沙市…高质量发展 / 三年行动计划 / (2023—2025年).
  const joinPrev = prev && prev.length < 30 && !/[,。:;]/.test(prev) && !ISSUER_END.test(prev) && !readDate(prev).date;
  const joinNext = next && /^\(\d{4}[^)]*年\)$/.test(next);
  return (joinPrev ? prev : "") + body[i] + (joinNext ? next : "");
}

function findDocNumber(lines: string[]): string | null {
  const labelled = lines.find((l) => /^(发文字号|文号)/.test(l));
  // Labelled or standalone first; a number inside running text may cite another document.
  const standalone = lines.filter((l) => DOC_NUMBER.test(l) && l.length < 40);
  const candidates = [labelled, ...standalone, ...lines.slice(0, 30).filter((l) => /印发|通知/.test(l))];
  for (const text of candidates) {
    const m = text ? DOC_NUMBER.exec(text) : null;
    // The prefix may have swallowed the words before it on the same line (…的通知长政办发).
    if (m) return `${m[1].replace(/^.*(?:通知|印发|文号|字号)/, "")}〔${m[2]}〕${m[3]}号`;
  }
  return null;
}

function findIssuer(lines: string[]): string | null {
  const labelled = lines.find((l) => /^(发文机关|发布机构):/.test(l));
  if (labelled) return labelled.replace(/^[^:]+:/, "").trim() || null;
  const notice = lines.find((l) => /关于印发/.test(l));
  const prefix = notice?.slice(0, notice.indexOf("关于印发")).trim();
  if (prefix && prefix.length >= 4 && ISSUER_END.test(prefix)) return prefix;
  return lines.find((l) => l.length <= 30 && ISSUER_END.test(l) && !/[,。:;]/.test(l)) ?? null;
}

function dateWithWarning(text: string, what: string, warnings: PlanWarning[]): string | null {
  const reading = readDate(text);
  if (reading.repaired && reading.date)
    warnings.push({ code: "date_repaired", message: `${what}“${text}”缺少年月日,已识别为${reading.date},请核对` });
  if (reading.ambiguous) warnings.push({ code: "date_ambiguous", message: `${what}“${text}”无法确定月日,请手工填写` });
  return reading.date;
}

function findIssuedOn(lines: string[], warnings: PlanWarning[]): string | null {
  const labelled = lines.find((l) => /^成文日期/.test(l));
  if (labelled) return dateWithWarning(labelled.replace(/^成文日期:?/, ""), "成文日期", warnings);
  const line = lines.find((l) => !isNoiseLine(l) && (readDate(l).date !== null || readDate(l).ambiguous));
  return line ? dateWithWarning(line, "印发日期", warnings) : null;
}

function findValidity(text: string, issuedOn: string | null, warnings: PlanWarning[]) {
  let effectiveFrom: string | null = null;
  const explicit = new RegExp(`自\\s*(${DATE_TOKEN})\\s*起(?:施行|实施|执行|生效)`).exec(text);
  if (explicit) effectiveFrom = dateWithWarning(explicit[1], "施行日期", warnings);
  else if (/自(?:印发|发布|公布|下发|签发)之日起(?:施行|实施|执行|生效)/.test(text)) effectiveFrom = issuedOn;
  let validUntil: string | null = null;
  const until = new RegExp(`有效期(?:至|到)\\s*(${DATE_TOKEN})`).exec(text);
  const years = /有效期(?:为|是)?\s*(\d{1,2}|[一二两三四五六七八九十]{1,2})\s*年/.exec(text);
  if (until) validUntil = dateWithWarning(until[1], "有效期", warnings);
  else if (years && (effectiveFrom ?? issuedOn)) {
    const n = parseChineseNumber(years[1].replace("两", "二"));
    if (n) validUntil = addYearsMinusOneDay((effectiveFrom ?? issuedOn) as string, n);
  }
  return { effectiveFrom, validUntil };
}

function findPeriod(title: string | null, text: string) {
  const range = /(20\d\d)—(20\d\d)年/.exec(title ?? "") ?? /(20\d\d)—(20\d\d)年/.exec(repairYearRange(text).text);
  if (range) return { periodStart: `${range[1]}-01-01`, periodEnd: `${range[2]}-12-31` };
  const single = /(20\d\d)年/.exec(title ?? "");
  if (single) return { periodStart: `${single[1]}-01-01`, periodEnd: `${single[1]}-12-31` };
  return { periodStart: null, periodEnd: null };
}

export function extractMetadata(lines: string[], warnings: PlanWarning[]): PlanMetadata {
  const rawTitle = findTitle(lines);
  const repairedTitle = rawTitle ? repairYearRange(rawTitle) : null;
  const title = repairedTitle?.text ?? null;
  const fullText = lines.join("\n");
  const issuedOn = findIssuedOn(lines, warnings);
  const { effectiveFrom, validUntil } = findValidity(fullText, issuedOn, warnings);
  const meta: PlanMetadata = {
    title,
    docNumber: findDocNumber(lines),
    issuer: findIssuer(lines),
    issuedOn,
    effectiveFrom,
    validUntil,
    ...findPeriod(title, lines.slice(0, 40).join("\n")),
  };
  if (repairedTitle?.repaired)
    warnings.push({ code: "date_repaired", message: `标题年份区间缺少连接号,已识别为“${title}”,请核对` });
  for (const [field, label] of [
    ["title", "标题"],
    ["docNumber", "文号"],
    ["issuedOn", "印发日期"],
    ["periodEnd", "实施期限(如2023—2025年),未写明时限的事项暂无截止日期"],
  ] as const) {
    if (!meta[field]) warnings.push({ code: "missing_metadata", message: `未识别到${label},请手工填写` });
  }
  return meta;
}

import type { Department, DepartmentDirectory, DepartmentGroup, DepartmentKind } from "./types";

/**
 * A city's department directory from a CSV of its organs (issue 14, build item 5). Aliases belong
 * to the city whose list names them: 市经信局 is 市工业和信息化局 only where that city says so.
 *
 *   名称,全称,简称,类型,别名,成员
 *   市工业和信息化局,某市工业和信息化局,工信局,市直,市经信局、市工信局,
 *   各区人民政府,,,集合,各区政府,东城区人民政府、西城区人民政府
 */

const HEADERS: Record<string, keyof Row> = {
  名称: "name",
  name: "name",
  全称: "fullName",
  fullname: "fullName",
  简称: "shortName",
  shortname: "shortName",
  类型: "kind",
  kind: "kind",
  别名: "aliases",
  aliases: "aliases",
  成员: "members",
  members: "members",
};

const KINDS: Record<string, DepartmentKind | "group"> = {
  市直: "municipal",
  municipal: "municipal",
  区县: "district",
  district: "district",
  派驻: "agency",
  agency: "agency",
  其他: "other",
  other: "other",
  集合: "group",
  group: "group",
};

interface Row {
  name: string;
  fullName: string;
  shortName: string;
  kind: string;
  aliases: string;
  members: string;
}

export class DirectoryCsvError extends Error {}

/** RFC 4180 fields: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const input = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && input[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((c) => c.trim() !== ""));
}

const list = (text: string) =>
  text
    .split(/[、;；|]/)
    .map((s) => s.trim())
    .filter(Boolean);

export function directoryFromCsv(csv: string, cityPrefixes: string[] = []): DepartmentDirectory {
  const [header, ...rows] = parseCsv(csv);
  if (!header) throw new DirectoryCsvError("单位名录为空");
  const columns = header.map((h) => HEADERS[h.trim().toLowerCase()] ?? HEADERS[h.trim()]);
  if (!columns.includes("name")) throw new DirectoryCsvError("单位名录缺少“名称”列");
  const departments: Department[] = [];
  const groups: DepartmentGroup[] = [];
  rows.forEach((cells, index) => {
    const row: Row = { name: "", fullName: "", shortName: "", kind: "", aliases: "", members: "" };
    columns.forEach((key, i) => {
      if (key) row[key] = (cells[i] ?? "").trim();
    });
    if (!row.name) throw new DirectoryCsvError(`第${index + 2}行缺少单位名称`);
    const kind = KINDS[row.kind || "市直"];
    if (!kind) throw new DirectoryCsvError(`第${index + 2}行的类型“${row.kind}”无法识别`);
    if (kind === "group") groups.push({ name: row.name, aliases: list(row.aliases), members: list(row.members) });
    else
      departments.push({
        name: row.name,
        fullName: row.fullName,
        shortName: row.shortName,
        kind,
        aliases: list(row.aliases),
      });
  });
  const known = new Set(departments.map((d) => d.name));
  for (const g of groups) {
    const missing = g.members.filter((m) => !known.has(m));
    if (missing.length) throw new DirectoryCsvError(`集合“${g.name}”的成员“${missing.join("、")}”不在名录中`);
  }
  return { cityPrefixes, departments, groups };
}

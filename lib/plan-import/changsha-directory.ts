import type { Department, DepartmentDirectory, DepartmentKind } from "./types";

/**
 * The Changsha department directory: the units named in the 2023 producer-services plan, the city
 * government and its general office, and the nine district/county/city governments with their
 * collective 各区县(市)人民政府. The CLI uses it by default; the app's seed can import the same list.
 */

function dept(
  name: string,
  fullName: string,
  shortName: string,
  kind: DepartmentKind,
  aliases: string[] = [],
): Department {
  return { name, fullName, shortName, kind, aliases };
}

const MUNICIPAL: Department[] = [
  dept("市人民政府", "长沙市人民政府", "市政府", "other", ["长沙市政府"]),
  dept("市人民政府办公厅", "长沙市人民政府办公厅", "市政府办公厅", "municipal", ["市政府办"]),
  dept("市委宣传部", "中共长沙市委宣传部", "宣传部", "municipal"),
  dept("市发展改革委", "长沙市发展和改革委员会", "发改委", "municipal", ["市发改委", "市发展和改革委员会"]),
  dept("市科技局", "长沙市科学技术局", "科技局", "municipal", ["市科学技术局"]),
  dept("市工业和信息化局", "长沙市工业和信息化局", "工信局", "municipal", ["市工信局"]),
  dept("市教育局", "长沙市教育局", "教育局", "municipal"),
  dept("市人力资源社会保障局", "长沙市人力资源和社会保障局", "人社局", "municipal", ["市人社局"]),
  dept("市交通运输局", "长沙市交通运输局", "交通运输局", "municipal", ["市交通局"]),
  dept("市农业农村局", "长沙市农业农村局", "农业农村局", "municipal", ["市农业局"]),
  dept("市商务局", "长沙市商务局", "商务局", "municipal"),
  dept("市文旅广电局", "长沙市文化旅游广电局", "文旅广电局", "municipal", ["市文旅局", "市文化旅游广电局"]),
  dept("市市场监管局", "长沙市市场监督管理局", "市场监管局", "municipal", ["市市场监督管理局"]),
  dept("市知识产权局", "长沙市知识产权局", "知识产权局", "municipal"),
  dept("市政府金融办", "长沙市地方金融监督管理局", "金融办", "municipal", ["市金融办", "市地方金融监管局"]),
  dept("市政府物流口岸办", "长沙市人民政府物流与口岸办公室", "物流口岸办", "municipal", ["市物流口岸办", "市口岸办"]),
  dept("市会展办", "长沙市会展工作管理办公室", "会展办", "municipal"),
  dept("市邮政管理局", "长沙市邮政管理局", "邮政管理局", "municipal"),
];

const AGENCIES: Department[] = [
  dept("湖南湘江新区管委会", "湖南湘江新区管理委员会", "湘江新区管委会", "agency", ["湘江新区管委会", "湖南湘江新区"]),
  dept("自贸区长沙片区管委会", "中国(湖南)自由贸易试验区长沙片区管理委员会", "长沙片区管委会", "agency", [
    "自贸试验区长沙片区管委会",
    "中国(湖南)自由贸易试验区长沙片区管委会",
  ]),
  dept("马栏山视频文创园管委会", "长沙马栏山视频文创产业园管理委员会", "马栏山管委会", "agency", [
    "马栏山视频文创产业园管委会",
  ]),
];

const DISTRICT_NAMES = ["芙蓉区", "天心区", "岳麓区", "开福区", "雨花区", "望城区", "长沙县", "浏阳市", "宁乡市"];

// 长沙县 and the county-level cities are not prefixed with 长沙市 in their full names.
const DISTRICTS: Department[] = DISTRICT_NAMES.map((place) =>
  dept(`${place}人民政府`, `${place.endsWith("区") ? "长沙市" : ""}${place}人民政府`, `${place}政府`, "district"),
);

/** The city's name as plans put it before a municipal unit (长沙市教育局 is 市教育局). */
export const CHANGSHA_CITY_PREFIXES: readonly string[] = ["长沙市"];

export const CHANGSHA_DIRECTORY: DepartmentDirectory = {
  cityPrefixes: [...CHANGSHA_CITY_PREFIXES],
  departments: [...MUNICIPAL, ...AGENCIES, ...DISTRICTS],
  groups: [
    {
      name: "各区县(市)人民政府",
      aliases: ["各区县市人民政府", "各区县（市）人民政府", "各区、县(市)人民政府", "各区县(市)政府"],
      members: DISTRICTS.map((d) => d.name),
    },
  ],
};

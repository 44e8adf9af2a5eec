import { planOf } from "./test-city";

/**
 * A document written for issue 14 with every responsibility form in it (forms 1–8), read against
 * TEST_CITY. The fuzz test mutates it and `npm run bench:import` times it. It is written for the
 * importer, not taken from a real plan.
 */
export const FORM_SAMPLE = planOf(`(一)稳定就业
1.实施就业优先政策。(牵头单位:区人社局)
加强职业技能培训,全年培训2000人次以上。(牵头单位:区人社局;配合单位:区商务局)
(二)扩大有效投资。(市发改委、市财政局,除标注“分别牵头”外,列第一位的为牵头单位,下同)
以下均需各区人民政府负责,不再列出。
(三)主要责任。(主要责任单位:市科技局;协同配合单位:市财政局)
(四)分管领导。(分管副市长:王某某;牵头单位:市发改委)
重点工作: | 12.推进数据要素市场建设 | 牵头单位: | 市发改委 | 完成时限: | 一季度:出台方案;四季度:交易额达10亿元 |
(五)等与集合。(市商务局、市发改委等各行业、招商主管部门按职责分工负责)
(六)嵌套括号。〔责任单位:市交通委(市道运局)、各县(市、区)政府〕
(七)页尾截断。推进某项工作。
责任单位:市`);

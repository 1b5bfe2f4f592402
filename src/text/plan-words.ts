// The words that end a plan-type document's title ("…实施方案", "…三年行动计划（2023—2025年）",
// "…重点工作责任分解"), shared by normalisation (a title line is a line of its own, never the start
// of a wrapped paragraph) and the outline (which line is the plan's title).

// Words that name a plan-type document, in the order they usually end a title; progress reports
// on a work list ("…重点工作完成情况") are titled the same way; "重点任务" names a list only after
// what it is of ("农村人居环境七项重点任务", "…2023年深化医改重点工作任务"), never alone (an unnumbered
// part title "重点任务").
const PLAN_WORD =
  '(?:实施方案|工作方案|行动方案|方案|工作清单|任务清单|清单|行动计划|工作计划|计划|实施意见|意见|规划|办法|细则|工作要点|要点|措施|工作思路|规则|应急预案|预案|纲要|指南|任务分解|任务分工|责任分工|责任分解|分工方案|台账|分解表|分工表|计划表|安排表|汇总表|任务表|责任表|一览表|统计表|进度表|完成情况|进展情况|落实情况|推进情况|执行情况|(?<=[\\u4e00-\\u9fff\\d]{2})重点(?:工作)?任务)';
// a qualifier may follow the plan word: "…行动计划（2023—2025年）", "…办法（试行）", the part of
// the year a progress table covers: "…汇总表（10-12月）", "…（第四季度）", its report day: "…进度表
// （截至10月31日）", or the count of its items: "…分工方案（共计121项）"
const QUALIFIER_BODY =
  '(?:(?:19|20)\\d{2}[—–\\-－~～至到]?(?:19|20)?\\d{2,4}年?|(?:19|20)\\d{2}年?(?:版|修订)?|试行|暂行|修订|修订稿|征求意见稿|送审稿|代拟稿|\\d{1,2}[—–\\-－~～至到]\\d{1,2}月份?|第?[一二三四1-4]季度|[上下]半年|截[至止](?:\\d{1,2}月(?:\\d{1,2}日|底|末)?|目前)|共计?\\d{1,4}[项件条])';
export const TITLE_QUALIFIER = `[（(]${QUALIFIER_BODY}[）)]`;
/** A text that ends the way a plan's title ends. */
export const PLAN_WORDS = new RegExp(`${PLAN_WORD}(?:${TITLE_QUALIFIER})?$`);
/**
 * A line that is only a title's qualifier ("（2023—2025年）" under its title); a page that lost the
 * opening bracket still shows its close ("2015—2020年）", "2023年）").
 */
export const QUALIFIER_LINE = new RegExp(`^[（(]?${QUALIFIER_BODY}[）)]$`);

// Internal: finding and reading responsibility clauses (责任分工括注).
#ifndef GONGWEN_LIB_RECOGNIZE_CLAUSES_H_
#define GONGWEN_LIB_RECOGNIZE_CLAUSES_H_

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "gongwen/recognize.h"

namespace gongwen::internal {

// The clauses in a paragraph: every bracketed segment (（）()［］[]【】, nesting
// respected) whose content assigns responsibility, labelled (牵头单位：…) or not
// (A、B负责). Brackets that only hold names or remarks (以下简称…) are not clauses.
std::vector<ClauseMatch> FindClauses(std::string_view text);

// The block as one clause when the whole of it is one: a bracketed clause on its
// own line, or a line that opens with a label (责任单位：…).
std::optional<ClauseMatch> WholeBlockClause(std::string_view text);

// A clause written into the first sentence of an item, unbracketed, before or among what is to be done:
// 县发改局牵头，县统计局配合，确保… · 由县财政局负责，… · 县发改局会同县自然资源局，… · 县税务局、
// 县财政局按职责分工，… · 围绕…，县投促中心牵头，县直各招商单位配合，…. Every name must end as a unit
// does (局, 委, 府, 单位, 部门, …), and the sentence must go on after it.
std::optional<ClauseMatch> InlineClause(std::string_view text);

// Beside an item's clauses read from its prose (由A牵头，B配合 · A牵头，B配合，推进…), the units another of
// its sentences gives a share, added as helping, each a clause of its own at its part:
// 各县（市、区）政府负责组织本地企业申报 · 各县（市、区）政府配合做好活动组织 · 赛事组织工作由市体育局负责 ·
// 所需资金由市财政局统筹解决. Not beside a clause in brackets or labels, not after a condition
// (对推进不力的，由…), every name a unit's.
void AddProseShares(std::string_view text, std::vector<ClauseMatch>& found);

// A labelled clause that opens an item's text and is parted from what is to be done by a wide gap
// (an ideographic space, two spaces or more, a tab): 牵头：省发展改革委；配合：省水利厅　深化… ·
// 【牵头单位】省发展改革委【配合单位】省司法厅　建立…. The clause is [0, gap); nullopt unless the part
// before the gap is a clause line whole, naming units, and text follows the gap.
std::optional<ClauseMatch> LeadingLabelledClause(std::string_view text);

// The units a 督查 report names before the task it quotes (A牵头，B、C配合的“…”任务 · 由A牵头的“…”任务 ·
// A、B共同 牵头的“…”任务): a clause of units only, up to 的“.
std::optional<ClauseMatch> ClauseBeforeQuotedTask(std::string_view text);

// The units that open an item before a colon, the task after it (综合科、规划科：推进… ·
// 县发改局：牵头推进…): names all ending as units do, six at most, none a sentence; not a lone 各…
// (各单位：要…, a call).
std::optional<ClauseMatch> UnitsColonClause(std::string_view text);

// The part a unit's duty gives it by its first words: 牵头… (共同牵头, 负责牵头, 主责, 主办) leads; 配合…,
// 协助…, 协同…, 参与…, 协办… helps; kOther for any other duty (负责具体实施).
ClauseRole RoleOfDuty(std::string_view duty);

// A label of the units' duties alone on its line, their lines below it (责任单位及分工：, 职责分工：).
bool IsDutiesLabelLine(std::string_view text);

// A牵头负责…；B配合做好…；C负责…: each sentence a unit's (or units') duty, the units before its verb, their
// part the verb's (牵头 leads; 配合, 协助, 参与 help; 负责 is responsible, or helps where one leads); nullopt
// unless every sentence reads so.
std::optional<ClauseMatch> UnitsDutySentences(std::string_view value);

// A line under such a label: the units, a colon, their duty (县商务局：牵头负责… ·
// 县住建局：配合县商务局做好… · 县统计局：负责…), the whole line the clause; the duty's first words give the
// units' part (牵头, 共同牵头 lead; 配合, 协助 … help; others are responsible). nullopt when the line opens
// with no units.
std::optional<ClauseMatch> UnitDutyLine(std::string_view text);

// The leaders a list names, each printed with a title (县委常委、常务副县长 王建平 · 副县长 赵敏、副县长
// 孙海涛 · 王建平副县长): (name, title) pairs; empty unless every name of the list is a titled person,
// or with `bare_names`, a person's name with or without a title (the list a leader label opened).
std::vector<std::pair<std::string, std::string>> TitledLeaders(std::string_view list,
                                                               bool bare_names = false);

// The list after a leader label that opens `text` (省领导：陈卫东、刘志宏 · 牵头市领导:王强): the label
// short and ending in 领导; empty when there is none, or when another label follows the list
// (校领导：X；牵头单位：A).
std::string_view AfterLeaderLabel(std::string_view text);

// Item numbers as an item clause carries them (the recognizer's "items" field: "1,2,3"), each below
// kMaxItemNumber; anything else in the field is skipped.
constexpr int kMaxItemNumber = 1000;
std::vector<int> ItemNumberList(std::string_view field);

// The task numbers a table's 任务编号 cell names: 5 · 2—3 · 6～7 · 24～26 · 35至36 · 11、16 · 第4项 (each
// below kMaxItemNumber, a range at most 100 long); empty for a cell that is no list of numbers.
std::vector<int> TaskNumbersIn(std::string_view cell);

// `names` with the address after each name taken out (市长X同志，副市长Y同志 → 市长X，副市长Y).
std::string WithoutComrade(std::string_view names);

// 县应急局主要领导同志负责，… → 县应急局负责，…: the head's words (主要领导同志, 党政主要负责同志, …) taken
// out where they follow a unit's name and come before its verb; empty when there are none.
std::string WithoutUnitHeads(std::string_view content);

// What stands before the verb that gives leaders their work at the end of `text` (副乡长杜川负责 →
// 副乡长杜川; 牵头负责, 负责, 包抓, 分管); empty when it ends with none.
std::string_view BeforeLeadersVerb(std::string_view text);

// Whether a value points at another task's parts instead of naming them (同上, 同本部分第1项,
// 同第二部分第3项, 同第4项; not 同上级要求): what ParseClauseContent gives a colon and the builder follows.
bool PointsAtTask(std::string_view value);

// Reads a clause's content (without brackets).
std::optional<ClauseMatch> ParseClauseContent(std::string_view content);

// What the fields of the brackets that close the tasks hold, in order, where a note says so once for them
// all (每项任务后【】内依次为：责任领导；牵头科室（站所）；配合单位 · 括号内依次为牵头单位、配合单位): each
// field's role, read from its label; nullopt for any other text, or a legend of fewer than two fields or
// of no units.
struct FieldsLegend {
  std::vector<ClauseRole> roles;
};
std::optional<FieldsLegend> ReadFieldsLegend(std::string_view text);

// The clause a bracket's content is by the legend: its fields parted by ；, each the part the legend says
// in turn (— or 无 an empty field). Where it has fewer fields than the legend, the leaders' field is the
// one left out when the first names no person (【党政办；纪工委】 under 责任领导；牵头；配合); the rest are
// the legend's first. nullopt for a content of one field, or of more than the legend has.
std::optional<ClauseMatch> LegendClause(std::string_view content, const FieldsLegend& legend);

// The legend's clause of the bracket that closes `text` (nothing but 。 after it), at its place in `text`;
// nullopt where that bracket is none the legend reads.
std::optional<ClauseMatch> LegendClauseClosing(std::string_view text, const FieldsLegend& legend);

// Splits a unit list where units may carry their role: 省工业和信息化厅（牵头）,
// 县统计局配合. Unmarked units go to `units`; marked ones become extra parts
// ("牵头" / "配合") appended to `parts`.
// In a part that is itself cooperating (`cooperating`), a unit marked 配合 keeps its place among the others;
// in one that leads (`leading`: 牵头单位：A、B（共同牵头）), a unit marked 牵头 is one of its units, the
// others no helpers.
void SplitUnitsByRole(std::string_view value, std::vector<std::string>& units, std::vector<ClausePart>& parts,
                      bool cooperating = false, bool leading = false);

// Adds the part `label: value` to `clause` as `role` says: names split (units
// marked 牵头/配合 as parts of their own after it), a stated lead rule noted on
// the clause and taken out of the value. For a table cell, `role` comes from
// its column.
void AddClausePart(std::string label, ClauseRole role, std::string_view value, ClauseMatch& clause);

// Whether the clauses name leaders only (县领导：张三; 责任县领导：李四、王五): no unit, no deadline.
// False when there are none.
bool OnlyLeaders(std::span<const ClauseMatch> clauses);

// Whether `text` states that the first unit listed leads (列第一位者为牵头单位).
bool StatesLeadRule(std::string_view text);

// What `text` says of a clause's first separator, ； or ，: nothing, that the units before it lead and
// those after it help (分号前的单位为牵头单位，分号后的单位为配合单位 · 第一个逗号“，”之前的单位为牵头单位…
// 之后的单位为参与单位), and that the units of a clause without one all lead (未标注分号的，所列单位均为牵头
// 单位); and which mark it speaks of.
// The same said of a list's closing bracket (括号外的为牵头单位，括号内的为配合单位 · 责任单位（括号内为
// 配合单位）): `bracket` set, the mark unused.
enum class SeparatorSplit { kNone, kSplit, kSplitElseAllLead };
struct SeparatorRule {
  SeparatorSplit split = SeparatorSplit::kNone;
  std::string_view wide = "；";  // the mark, full-width, and its half-width form
  char narrow = ';';
  bool bracket = false;
};
SeparatorRule StatesSeparatorRule(std::string_view text);

// Under a bracket rule, where the bracket that closes a list of units and holds the units that help opens
// (县发展和改革局、县财政局（县直各有关单位） · 各乡镇（街道）（县民政局、县教育局）), or npos: not the
// bracket of a name (各乡镇（街道）, 县民政局、县卫生健康局（各乡镇（街道））'s inner one), nor one
// holding no unit (（年底前）).
size_t HelpersBracketAt(std::string_view value);

// Under a bracket rule, a list parted into the units outside the helpers' brackets and those in them
// (A、B（C、D） · 县教育局（县财政局）、县卫健局（县人社局）), each list parted by 、; false when no unit of
// the list has such a bracket.
bool SplitAtHelpersBrackets(std::string_view value, std::string& heads, std::string& helpers);

// Whether `text` states that the units printed in bold lead (责任单位栏中加粗的为牵头单位).
bool StatesBoldLeadRule(std::string_view text);
// Whether it says so of the 黑体 face by that name (用黑体字标注的单位为牵头单位, 牵头单位用黑体字标注; not
// 黑体加粗 nor 加黑, bold): a unit set in that face leads, as one set in bold does.
bool StatesHeavyFaceLeadRule(std::string_view text);
// The same said of red (以红色字体标注的为牵头单位): an HTML table's red pieces (Emphasis::red) lead.
bool StatesRedLeadRule(std::string_view text);
// 加下划线的为牵头部门: units underlined lead.
bool StatesUnderlineLeadRule(std::string_view text);
// 标明“负责”的，所列单位为牵头单位: the units a clause says are responsible (A、B负责) lead, however many.
bool StatesResponsibleLeadRule(std::string_view text);
// 无牵头单位的，责任单位即为牵头单位: where a clause names no lead, each unit it holds responsible leads.
bool StatesNoLeadResponsibleLeadRule(std::string_view text);

// Whether a name read before a title is a person's: not a body (县发改局), a level
// (县委) or a word of office (常务, 分管).
bool PlausiblePersonName(std::string_view name);

// Whether `name` is a word that names no one where a name may stand (县委, 班子, 相关, 包案: after a title,
// before 同志 or after 领导), whatever its last character.
bool NotAName(std::string_view name);

// What the footer of a government web page holds beside its 主办 (the office that runs the site): the
// lines a notice copied from the page ends with are no clause. (Not 联系电话: a list of proposals gives each
// 主办单位 with its phone.)
inline constexpr std::string_view kWebFooterWords[] = {
    "承办", "网站标识码", "ICP", "版权所有", "联系我们", "技术支持", "地址：", "邮编", "备案号"};

// A name that ends as a unit's does: 局, 委, 室, …, 单位, 部门, 公司, 海关, 中心.
bool LooksLikeUnit(const std::string& name);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_RECOGNIZE_CLAUSES_H_

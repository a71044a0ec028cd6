// Internal: splitting the lists that notices print in one line: unit lists,
// addressees, copy-to lists; and reading dates.
#ifndef GONGWEN_LIB_CORE_LISTS_H_
#define GONGWEN_LIB_CORE_LISTS_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "gongwen/document.h"

namespace gongwen::internal {

// Splits on 、，,；; never inside brackets (各乡（镇）人民政府 stays whole); trims
// each item, drops a final 。 and a trailing 等 / 等单位 / 等部门. Empty items vanish.
std::vector<std::string> SplitList(std::string_view list);

// The verbs of those who help the units responsible without being them (生态环境部督促, A、B支持), longest
// first where one ends another.
inline constexpr std::string_view kSupportVerbs[] = {"督促指导", "指导督促", "支持", "督促", "指导", "督导"};

// `name` without a trailing 等 / 等单位 / 等部门 and the spaces before it (团市委等 → 团市委), as
// SplitList leaves its items.
std::string_view DropTrailingEtc(std::string_view name);

// Can a unit name end with this character (局 委 办 会 府 …), or one begin with
// it (省 市 区 县 各 …)? Used to tell "区卫健委 区红十字会" and "市财政局和市统计局"
// (two units) from "住房和城乡建设局" (one).
bool EndsOrganisation(char32_t cp);

// A work group's head by post, a label before the person (部长：X, 副部长, 常务副主任, 组长, 指挥长, 召集人):
// an event's 执委会 names its 工作部' heads so.
bool IsGroupPost(std::string_view label);
bool StartsOrganisation(char32_t cp);

// The surnames of two characters (欧阳明, 司马光), which the leader patterns' COMPOUND_SURNAME spells again
// (patterns_test checks the two agree).
inline constexpr std::string_view kCompoundSurnames[] = {
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "宇文",
    "长孙", "端木", "司徒", "独孤", "南宫", "西门", "呼延", "澹台", "申屠", "轩辕", "万俟", "闻人"};

// Whether `piece` reads as a person's name: two to four Han characters opening with a common surname
// (韩立东, 欧阳明); a unit's or a post's name (县委, 财政局) does not, nor a word of two that opens
// with no surname (持续, 推进); one that does (金融, 安全) reads as a name, so callers ask of a whole value.
// A name written in Han characters from another language, its parts joined by ·, reads as one too
// (艾尼瓦尔·托合提尼亚孜, 叶尔兰·努尔别克: Uyghur and Kazakh names, a given name and a father's).
bool LooksLikePersonName(std::string_view piece);

// A transliterated name's parts (TransliteratedName) joined by the middle dot U+00B7.
inline constexpr std::string_view kNameDot = "\u00B7";

// Whether `piece` is such a name: two to four parts of one to twelve Han characters, joined by kNameDot.
bool TransliteratedName(std::string_view piece);

// `value` with each dot typed between two parts of such a name made kNameDot (．, •, ・, a full stop, or a
// · with spaces about it: 帕尔哈提 · 吾斯曼), and a line end after one taken out (阿不都热依木· ⏎ 买买提明,
// a name cut at its dot where the cell was narrow): a dot between two Han characters, nothing else.
std::string JoinNameDots(std::string_view value);

// An item of a table's row that reads as a completion time (2025年12月底前, 持续推进, 每季度, or a date as a
// program prints a spreadsheet's, 2025-12-31 00:00:00): short, no list in it.
bool TimeLike(std::string_view item);

// An item of a table's row that names the persons in charge: persons' names (葛志强, 程　浩 padded,
// 李明、王强) or posts (县长, 常务副县长); a place's name is none (龙湖镇).
bool PersonItem(std::string_view item);

// A table row's cells as one line, `| a | b |`, a line end inside a cell a space: the text a reader
// gives a row whose cells it has read.
std::string PipeRowText(std::span<const std::string> cells);

// Appends the items of `more` not already in `into`, in order.
void AppendUnique(std::vector<std::string>& into, std::span<const std::string> more);

// Moves the items of `more` to the end of `into`, which grows at most once, to
// exactly the size needed: a vector grown by doubling can be half empty (the
// 130 000 repairs of a 10 MB text took 31 MB instead of 16).
// `more` may be any container of T (a deque gathers many without moving them).
template <typename T, typename Container>
void AppendExactly(std::vector<T>& into, Container&& more) {
  if (more.empty()) return;
  into.reserve(into.size() + more.size());
  for (T& item : more) into.push_back(std::move(item));
  more = {};
}

// ISO 8601 date from year/month/day numbers; "" if not a calendar day.
std::string IsoDate(int year, int month, int day);

// Reads a printed date, Arabic (2023年4月28日) or Chinese (二〇二三年四月二十八日), to ISO.
std::string ParseDateText(std::string_view text);

// The year a document's undated deadlines and dates belong to: its date (成文日期),
// else the year of its number (〔2023〕); 0 when it gives neither.
int DocumentYear(const Metadata& metadata);

// The character before 年 in a year relative to the document's: 明 and 次 (+1), 去 and 上 (-1),
// 今 本 当 (0); nullopt for any other.
std::optional<int> RelativeYear(std::string_view ch);

// Whether ICU's word dictionary starts a word at byte `pos` of `text` (looking a few
// characters either side): 确保|明年底 yes, 说|明年底 no (说明 is the word).
bool WordStartsAt(std::string_view text, size_t pos);

// A deadline's date as precise as the text allows, using `doc_year` when the text
// gives no year: 2023年6月底前 → 2023-06-30, 5月 → 2023-05, 年底前 → 2023-12-31.
// "" when the text holds no date.
std::string DeadlineDate(std::string_view text, int doc_year);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_CORE_LISTS_H_

#include "core/lists.h"

#include <cctype>

#include <re2/re2.h>
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <string_view>
#include <unordered_set>

#include "core/chinese_number.h"
#include "core/utf8.h"
#include "patterns/catalogue.h"

namespace gongwen::internal {

namespace {

bool IsOpen(char32_t cp) {
  // (〈〉 inside a unit's bracket: 各区人民政府〈含开发区、风景区〉.)
  return cp == U'（' || cp == U'(' || cp == U'〔' || cp == U'【' || cp == U'[' || cp == U'［' ||
         cp == U'《' || cp == U'〈';
}
bool IsClose(char32_t cp) {
  return cp == U'）' || cp == U')' || cp == U'〕' || cp == U'】' || cp == U']' || cp == U'］' ||
         cp == U'》' || cp == U'〉';
}
// Spaces separate too: "区卫健委 区红十字会" (the normalizer keeps a space between two unit names).
bool IsSeparator(char32_t cp) {
  // (and a slash: 县发改局/县财政局, as typists part units in a table's cell)
  return cp == U'、' || cp == U'，' || cp == U',' || cp == U'；' || cp == U';' || cp == U'\n' || cp == U' ' ||
         cp == U'\u3000' || cp == U'/' || cp == U'／';
}

// The last code point of `s` (0 for an empty one).
char32_t PreviousCodePointOf(std::string_view s) {
  size_t end = s.size();
  return end == 0 ? 0 : PreviousCodePoint(s, end);
}

// 1.市科技局, 2、市统计局, （3）市民政局, ①市教育局, ●市财政局: a list's number or bullet before a unit's
// name (a cell's paragraphs numbered by Word, the number read into the text), not part of it.
std::string_view DropLeadingEnumerator(std::string_view item) {
  size_t i = 0;
  if (item.starts_with("（") || item.starts_with("(")) i = item[0] == '(' ? 1 : 3;
  const size_t digits_begin = i;
  while (i < item.size() && i - digits_begin < 3 && item[i] >= '0' && item[i] <= '9') ++i;
  if (i > digits_begin) {
    static constexpr std::string_view kAfterBracketed[] = {"）", ")"};
    static constexpr std::string_view kAfterBare[] = {".", "．", "、", "）", ")"};
    const std::string_view rest = item.substr(i);
    for (std::string_view stop : digits_begin > 0 ? std::span<const std::string_view>(kAfterBracketed)
                                                  : std::span<const std::string_view>(kAfterBare))
      if (rest.starts_with(stop) && rest.size() > stop.size() &&
          !(rest[stop.size()] >= '0' && rest[stop.size()] <= '9'))
        return TrimSpaces(rest.substr(stop.size()));
    return item;
  }
  size_t j = 0;
  const char32_t cp = item.empty() ? 0 : NextCodePoint(item, j);
  if (cp >= U'①' && cp <= U'⑳' && j < item.size()) return TrimSpaces(item.substr(j));
  // ●市统计局, • 市商务局: a bullet before each line of a cell, or alone before the item after it. (A
  // matrix's ● is read from its cell as a whole, never from a list.)
  if (std::u32string_view(U"●•·▪◆◇■□○◦").find(cp) != std::u32string_view::npos)
    return TrimSpaces(item.substr(j));
  return item;
}

// A note in brackets after a unit's name, no part of it: its short name given (（以下简称槐阳经开区管委会）),
// the part of the work it takes (（停车设施建设部分）, （各承担75公里）,
// （其中岫城区3个，其余区县（管委会）各1个）), how (（按属地负责）) or what it includes (各省级人民政府
// （含新疆生产建设兵团）). Brackets that name (县财政局（县国资中心）, 各县（市、区）,
// 各区县政府（不含滨江新区）) stay.
std::string_view DropTrailingNote(std::string_view item) {
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}}) {
    if (!item.ends_with(close)) continue;
    // The bracket the last one closes, brackets inside it counted.
    size_t at = std::string_view::npos;
    int depth = 0;
    for (size_t k = item.size(); k > 0;) {
      if (item.substr(0, k).ends_with(close)) {
        ++depth;
        k -= close.size();
      } else if (item.substr(0, k).ends_with(open)) {
        k -= open.size();
        if (--depth == 0) {
          at = k;
          break;
        }
      } else {
        --k;
      }
    }
    if (at == std::string_view::npos || at == 0) continue;
    const std::string_view note =
        item.substr(at + open.size(), item.size() - close.size() - at - open.size());
    for (std::string_view remark :
         {"以下简称", "简称", "其中", "按", "各承担", "各负责", "承担", "负责", "含"})
      if (note.starts_with(remark)) return TrimSpaces(item.substr(0, at));
    // 城关镇（4个）, 双桥乡（各2所）, （1.2万亩）, （6月底前）, （60%）: a number and what it counts, its
    // share or its time; not a name's own (县公安局（110指挥中心）, ending as a body's name does).
    if (const std::string_view count = note.starts_with("各") ? note.substr(3) : note;
        !count.empty() && count[0] >= '0' && count[0] <= '9' && CountCodePoints(count) <= 8) {
      const std::string_view what =
          count.substr(std::min(count.size(), count.find_first_not_of("0123456789.")));
      if (CountCodePoints(what) < 2 || !EndsOrganisation(PreviousCodePointOf(what)))  // (所 of 2所 counts)
        return TrimSpaces(item.substr(0, at));
    }
    if (note.ends_with("部分")) return TrimSpaces(item.substr(0, at));
    // 县交通运输局（新增）: an adjustment's mark on a unit it adds, no part of the name.
    if (note == "新增" || note == "增加" || note == "新增加") return TrimSpaces(item.substr(0, at));
  }
  return item;
}

// 城关镇700人, 柳河镇各550户, 县经济开发区管委会承担48亿元, 县交通运输局负责县道25公里: a unit's share of
// the target after its name (a 目标任务分解's lists), no part of it. The name left must end as a unit's or a
// division's does (not 第3中学, nor a sentence's 新建学校3所).
std::string_view DropTrailingShare(std::string_view item) {
  if (item.find_first_of("0123456789") == std::string_view::npos) return item;  // most names: no pattern run
  re2::StringPiece unit;
  if (!FullMatch(Pat::kUnitShare, item, &unit)) return item;
  const std::string_view name = TrimSpaces(std::string_view(unit.data(), unit.size()));
  size_t end = name.size();
  const char32_t last = end == 0 ? 0 : PreviousCodePoint(name, end);
  return CountCodePoints(name) >= 2 &&
                 (EndsOrganisation(last) || last == U'镇' || last == U'乡' || last == U'村' ||
                  last == U'道' || last == U'区' || last == U'司' || last == U'位')
             ? name
             : item;
}

// 供销合作总社按职责(负责), 商务部指导(，各地区负责落实): a verb's first words after a unit's name, no part
// of it.
std::string_view DropTrailingVerb(std::string_view item) {
  const auto dropped = [&](std::string_view verb) {  // the name, or empty when `verb` closes none
    if (item.size() <= verb.size() + 3 || !item.ends_with(verb)) return std::string_view();
    const std::string_view name = item.substr(0, item.size() - verb.size());
    size_t end = name.size();
    return EndsOrganisation(PreviousCodePoint(name, end)) || name.ends_with("单位") || name.ends_with("部门")
               ? name
               : std::string_view();
  };
  for (std::string_view verb : {"按职责分工负责", "按职责分工落实", "按职责负责", "按职责分工", "按职责"})
    if (const std::string_view name = dropped(verb); !name.empty()) return name;
  for (std::string_view verb : kSupportVerbs)
    if (const std::string_view name = dropped(verb); !name.empty()) return name;
  // 各乡镇人民政府按县林业局分解任务完成: how the unit does its part, after its name.
  for (std::string_view done : {"完成", "落实", "实施", "执行"})
    if (item.ends_with(done))
      if (const size_t by = item.find("按"); by != std::string_view::npos && by > 3)
        if (const std::string_view name = item.substr(0, by);
            EndsOrganisation(PreviousCodePointOf(name)) || name.ends_with("单位") || name.ends_with("部门"))
          return name;
  return item;
}

std::string CleanItem(std::string_view item) {
  item = TrimSpaces(item);
  // …负责乡村道60公里，其中：青石镇12公里，白沙镇14公里: the members of a group before it, each a unit.
  for (std::string_view among : {"其中：", "其中:"})
    if (item.starts_with(among)) item = TrimSpaces(item.substr(among.size()));
  // 新建任务青石镇、白沙镇各1万亩: the kind of share before the first township's name.
  if (const size_t task = item.find("任务"); task != std::string_view::npos && task > 0 && task <= 3 * 4) {
    std::string_view rest = item.substr(task + std::string_view("任务").size());
    if (rest.starts_with("：")) rest.remove_prefix(std::string_view("：").size());
    const std::string_view name = DropTrailingShare(rest);
    if (CountCodePoints(name) >= 2 &&
        (name.ends_with("镇") || name.ends_with("乡") || name.ends_with("街道")))
      item = rest;
  }
  item = DropTrailingShare(DropTrailingVerb(DropTrailingNote(DropLeadingEnumerator(item))));
  // Unit names do not start as kNoUnit does, and MayMatch turns them away (5 200 matches were 4M
  // of 580M instructions).
  if (FullMatch(Pat::kNoUnit, item)) return "";  // 配合单位：无
  if (item.size() > 3 && item.ends_with("。")) item = TrimSpaces(item.substr(0, item.size() - 3));
  return std::string(DropTrailingEtc(item));
}

// "人力资源社会保障部等有关部门和单位" names a unit and a generic group: both are
// kept; "人民银行等部门" names one unit (部门 alone names nobody).
void AppendItem(std::vector<std::string>& items, std::string item) {
  if (item.empty()) return;
  // 省工业和信息化厅省通信管理局省数据局: names a copy ran together (a cell's paragraphs lost), each opening
  // with the level word the first opens with (省, 市, 县, 区) after an organisation's last character, and
  // each four characters at least.
  if (item.size() >= 8 * 3)
    for (std::string_view level : {"省", "市", "县", "区"}) {
      if (!item.starts_with(level)) continue;
      std::vector<size_t> cuts;
      for (size_t at = item.find(level, 4 * 3); at != std::string::npos; at = item.find(level, at + 3)) {
        size_t before = at;
        if (at - (cuts.empty() ? 0 : cuts.back()) >= 4 * 3 &&
            EndsOrganisation(PreviousCodePoint(item, before)))
          cuts.push_back(at);
      }
      if (cuts.empty() || item.size() - cuts.back() < 4 * 3) break;
      size_t last = item.size();
      if (!EndsOrganisation(PreviousCodePoint(item, last))) break;
      // (Not a body and an office of it whose name a word of the level's character opens: 市商务局市场运行科,
      // 县公安局县城派出所, 省交通运输厅省道管理处; 市财政局市民政局 and 县住建局县城管局 are two bodies.)
      bool office = false;
      for (size_t k = 0; k < cuts.size(); ++k) {
        size_t end = k + 1 < cuts.size() ? cuts[k + 1] : item.size();
        const char32_t cp = PreviousCodePoint(item, end);
        const std::string_view word = std::string_view(item).substr(cuts[k], 6);
        bool opens_word = false;
        for (std::string_view w : {"市场", "市容", "市区", "县城", "县域", "省道", "区域", "区划"})
          opens_word = opens_word || word == w;
        office =
            office || (opens_word && std::u32string_view(U"科处所股").find(cp) != std::u32string_view::npos);
      }
      if (office) break;
      cuts.push_back(item.size());
      size_t from = 0;
      for (size_t cut : cuts) {
        AppendItem(items, item.substr(from, cut - from));
        from = cut;
      }
      return;
    }
  // 县供销合作社联合社中国邮政集团有限公司X县分公司: a national body's branch run on after another name (a
  // cell's paragraphs lost), opening with 中国, 国家 or 国网 after an organisation's last character.
  if (item.size() >= 8 * 3)
    for (std::string_view national : {"中国", "国家", "国网"})
      for (size_t at = item.find(national, 4 * 3); at != std::string::npos;
           at = item.find(national, at + 3)) {
        size_t before = at;
        if (item.size() - at < 6 * 3 || !EndsOrganisation(PreviousCodePoint(item, before))) continue;
        // (A branch of it in a place, 中国邮政集团有限公司X县分公司, 国家税务总局X县税务局; not a body's own
        // office, 中共X县委国家安全委员会办公室, 县林业局国家级自然保护区管理中心.)
        const std::string_view rest_of = std::string_view(item).substr(at);
        bool branch = false;
        for (std::string_view end : {"分公司", "供电公司", "支行", "分行", "税务局", "分局", "营业部"})
          branch = branch || rest_of.ends_with(end);
        bool place = false;
        for (std::string_view level : {"县", "市", "区", "州", "旗"})
          place = place || ContainsText(rest_of, level);
        if (!branch || !place) continue;
        std::string rest = item.substr(at);
        item.resize(at);
        AppendItem(items, std::move(item));
        AppendItem(items, std::move(rest));
        return;
      }
  // 商务部等部门和地方各级人民政府: the unit, and the body named after the group.
  for (std::string_view group : {"等部门和", "等部门及", "等有关部门和", "等有关部门及"})
    if (const size_t at = item.find(group); at != std::string::npos && at > 0) {
      const std::string rest = item.substr(at + group.size());
      if (rest.size() <= 3 || rest == "单位" || rest.starts_with("有关单位") || rest.starts_with("单位"))
        break;
      items.push_back(item.substr(0, at));
      items.push_back(rest);
      return;
    }
  re2::StringPiece unit, group;
  if (item.find("等") != std::string::npos && FullMatch(Pat::kEtcGroup, item, &unit, &group) &&
      // (A group's members after a unit's name: 市消防救援支队等市安委会成员单位, not the 等 inside a
      // name, 市高等学校安全稳定工作领导小组成员单位.)
      (!std::string_view(group.data(), group.size()).ends_with("成员单位") ||
       (!unit.empty() &&
        EndsOrganisation(PreviousCodePointOf(std::string_view(unit.data(), unit.size())))))) {
    items.emplace_back(TrimSpaces(unit));
    std::string_view g = group;
    bool level = false;  // 市直有关单位, 县直单位: the bodies of a level, a group as named
    for (std::string_view l : {"省直", "市直", "县直", "区直", "州直"}) level = level || g.starts_with(l);
    if (level || g.rfind("有关", 0) == 0 || g.rfind("相关", 0) == 0 || g.rfind("其他", 0) == 0 ||
        g.rfind("各", 0) == 0 || g.ends_with("成员单位"))  // 市消防救援支队等市安委会成员单位
      items.emplace_back(g);
    return;
  }
  items.push_back(std::move(item));
}

// The name that ends a series of divisions (自治区、直辖市人民政府): a division's government or office,
// without a 各 of its own (各县（市、区）、各乡镇人民政府 names two) nor a level's 直 or 级 before one
// (各镇（街道）、县直各有关部门 · 各镇（街道）、区级各部门; not 各市、县级人民政府, one addressee), nor
// a body's members (各县（市、区）、市乡村振兴领导小组各成员单位).
// Whether `item` names a group by its 各 (市各有关部门, 各乡镇), not by 各级 (every level's).
static bool GroupByEach(std::string_view item) {
  for (size_t at = item.find("各"); at != std::string_view::npos; at = item.find("各", at + 3))
    if (!item.substr(at + 3).starts_with("级")) return true;
  return false;
}

bool LedByDivisions(std::string_view item) {
  // (直 second: 县直各有关部门, 市直单位; 直辖市人民政府 opens with it.)
  return !GroupByEach(item) && !ContainsText(item, "成员") &&
         !(item.size() >= 6 && item.substr(3, 3) == "直") &&
         !(item.size() >= 9 && item.substr(3, 3) == "级" && item.substr(6, 3) == "各") &&
         FullMatch(Pat::kDivisionLed, item);
}

// 各乡镇党委、政府 · 各县（市、区）党委、人民政府 · 各乡镇（街道）党（工）委、政府（办事处） ·
// 各街道党工委、办事处 · 各园区党工委、管委会: the Party committee and the government of the same
// divisions, one addressee (a 政府 or 办事处 alone names no one).
std::vector<std::string> MergePartyAndGovernment(std::vector<std::string> items) {
  constexpr std::string_view kGovernments[] = {"政府",   "人民政府", "政府（办事处）", "人民政府（办事处）",
                                               "办事处", "管委会"};
  constexpr std::string_view kCommittees[] = {"党委", "党（工）委", "党工委"};
  std::vector<std::string> out;
  out.reserve(items.size());
  for (std::string& item : items) {
    // (办事处 and 管委会 after a 党工委 only: a 乡镇党委 has a 政府.)
    const bool works_committee = item == "办事处" || item == "管委会";
    if (!out.empty() && std::ranges::find(kGovernments, item) != std::end(kGovernments) &&
        out.back().starts_with("各") && std::ranges::any_of(kCommittees, [&](std::string_view c) {
          return out.back().ends_with(c) && (!works_committee || c == "党工委");
        })) {
      out.back() += "、";
      out.back() += item;
      continue;
    }
    out.push_back(std::move(item));
  }
  return out;
}

// "各省、自治区、直辖市人民政府" is one addressee: a series of bare divisions
// (各省, 自治区, 各市（州）) shares the organisation named after the last one.
std::vector<std::string> MergeDivisionSeries(std::vector<std::string> items) {
  std::vector<std::string> out;
  out.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    size_t j = i;
    while (j < items.size() && FullMatch(Pat::kBareDivision, items[j])) ++j;
    // (Not townships before a county's body: 各乡镇（负责…）、县公安局 are two, the county above them.)
    const auto township = [](std::string_view d) {
      return d.find("乡") != std::string_view::npos || d.find("镇") != std::string_view::npos ||
             d.find("街道") != std::string_view::npos;
    };
    const auto above = [](std::string_view u) {
      return u.starts_with("县") || u.starts_with("市") || u.starts_with("区") || u.starts_with("省") ||
             u.starts_with("州");
    };
    if (j > i && j < items.size() && LedByDivisions(items[j]) &&
        !(township(items[j - 1]) && above(items[j]))) {
      std::string merged = items[i];
      for (size_t k = i + 1; k <= j; ++k) merged += "、" + items[k];
      out.push_back(std::move(merged));
      i = j;
    } else {
      // Nor does any later item of the run i..j-1 merge (it reaches the same j): all passed at once,
      // not matched again one start at a time.
      const size_t last = j > i ? j - 1 : i;
      for (size_t k = i; k <= last; ++k) out.push_back(std::move(items[k]));
      i = last;
    }
  }
  return out;
}

// 第一、第三检察部: ordinals sharing the name printed after the last of them, as a procuratorate or a court
// shortens its departments. The length in bytes of the ordinal `item` opens with (第 and a Chinese numeral or
// digits, not both), or 0.
size_t OrdinalLength(std::string_view item) {
  if (!item.starts_with("第")) return 0;
  size_t end = 3, k = 3;
  bool digits = false;
  while (k < item.size() && k - 3 < 9) {
    const size_t at = k;
    const char32_t cp = NextCodePoint(item, k);
    const bool digit = cp >= U'0' && cp <= U'9';
    if (!(digit || std::u32string_view(U"一二三四五六七八九十").find(cp) != std::u32string_view::npos) ||
        (at > 3 && digit != digits))
      break;
    digits = digit;
    end = k;
  }
  return end == 3 ? 0 : end;
}

std::vector<std::string> ShareOrdinalNames(std::vector<std::string> items) {
  if (std::none_of(items.begin(), items.end(), [](const std::string& s) { return s.starts_with("第"); }))
    return items;
  std::vector<std::string> out;
  out.reserve(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    const std::string& item = items[i];
    const size_t length = OrdinalLength(item);
    if (length == 0) {
      out.push_back(std::move(items[i]));
      continue;
    }
    // (第一至第四纪检监察室 is one name as printed, a span of departments: no ordinal in it stands alone.)
    if (length < item.size()) {
      out.push_back(std::move(items[i]));
      continue;
    }
    // 第一、第三检察部: bare ordinals take the name of the first ordinal after them that has one.
    size_t j = i + 1;
    while (j < items.size() && OrdinalLength(items[j]) == items[j].size()) ++j;
    const size_t named = j < items.size() ? OrdinalLength(items[j]) : 0;
    if (named == 0) {  // no name after them: the run as it stands, passed once
      for (size_t k = i; k < j; ++k) out.push_back(std::move(items[k]));
      i = j - 1;
      continue;
    }
    const std::string name = items[j].substr(named);
    for (size_t k = i; k < j; ++k) out.push_back(items[k] + name);
    i = j - 1;  // items[j] is read next, as it stands
  }
  return out;
}

// "市财政局和市统计局", "市商务局及各县（市、区）人民政府": 和 / 及 between a
// finished unit name and the start of another separate two units.
// An item with nothing to split is moved, not copied; one without 和 or 及 is not read, and a list
// with none is handed back as it came.
std::vector<std::string> SplitConjunctions(std::vector<std::string> items) {
  const auto joins = [](const std::string& item) {
    return item.find("和") != std::string::npos || item.find("及") != std::string::npos;
  };
  if (std::none_of(items.begin(), items.end(), joins)) return items;
  std::vector<std::string> out;
  out.reserve(items.size());
  for (std::string& item : items) {
    if (!joins(item)) {
      out.push_back(std::move(item));
      continue;
    }
    std::string_view rest = item;
    size_t i = 0;
    char32_t prev = 0;
    while (i < rest.size()) {
      size_t b = i;
      char32_t cp = NextCodePoint(rest, i);
      if ((cp == U'和' || cp == U'及') && EndsOrganisation(prev) && i < rest.size()) {
        size_t k = i;
        if (StartsOrganisation(NextCodePoint(rest, k))) {
          out.emplace_back(rest.substr(0, b));
          rest = rest.substr(i);
          i = 0;
          prev = 0;
          continue;
        }
      }
      prev = cp;
    }
    if (rest.size() == item.size())
      out.push_back(std::move(item));
    else
      out.emplace_back(rest);
  }
  return out;
}

// Both lists are of CJK unified ideographs (U+4E00-9FFF): anything else is answered without a
// search (RemoveCjkSpaces asks of the characters around every space, in Latin text too).
constexpr std::u32string_view kOrganisationSuffixes = U"局委办会院部厅所队站室府司处科社团联行馆校署门心股";
constexpr std::u32string_view kOrganisationPrefixes = U"省市区县乡镇各国团";
constexpr bool IsUnifiedIdeograph(char32_t cp) { return cp >= 0x4E00 && cp <= 0x9FFF; }
static_assert(std::ranges::all_of(kOrganisationSuffixes, IsUnifiedIdeograph) &&
              std::ranges::all_of(kOrganisationPrefixes, IsUnifiedIdeograph));
}  // namespace

// The surnames of nearly all people (the commonest four hundred or so single ones), and the compound ones.
constexpr std::u32string_view kSurnames =
    U"王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚"
    U"卢姜崔"
    U"钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文"
    U"牛樊葛"
    U"邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕季裴霍涂成苗谷盛曲翁冉"
    U"骆蓝路"
    U"游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂"
    U"全佟臧"
    U"闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳"
    U"谌奚皮"
    U"粟冼蔺楼盘满闻厉伊仝郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿狄平索宣晋相初门云容敬扈晁芮普阙浦戈伏鹿"
    U"薄邸雍"
    U"辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇哈湛宾戎勾茅於呼居揭干尉冶斯元束檀衣信展阴昝智幸"
    U"奉植衡"
    U"富尧闭洪阎萧";

std::string_view DropTrailingEtc(std::string_view name) {
  for (std::string_view tail : {"等单位", "等部门", "等"})
    if (name.size() > tail.size() && name.ends_with(tail))
      name = TrimSpaces(name.substr(0, name.size() - tail.size()));
  return name;
}

bool TransliteratedName(std::string_view piece) {
  size_t parts = 0;
  for (size_t start = 0; start <= piece.size();) {
    size_t end = piece.find(kNameDot, start);
    if (end == std::string_view::npos) end = piece.size();
    const std::string_view part = piece.substr(start, end - start);
    size_t n = 0;
    for (size_t i = 0; i < part.size();)
      if (!IsHan(NextCodePoint(part, i)) || ++n > 12) return false;
    if (n == 0 || ++parts > 4) return false;
    start = end + kNameDot.size();
  }
  if (parts < 2) return false;
  size_t end = piece.size();
  return !EndsOrganisation(PreviousCodePoint(piece, end));
}

std::string JoinNameDots(std::string_view value) {
  static constexpr std::u32string_view kDots = U"\u00B7\uFF0E\u2022\u30FB\u2027\u2219\uFF65.";
  std::string out;
  size_t copied = 0;
  for (size_t i = 0; i < value.size();) {
    const size_t at = i;
    const char32_t cp = NextCodePoint(value, i);
    if (kDots.find(cp) == std::u32string_view::npos) continue;
    // Back over spaces to a Han character, on over spaces and one line end to another.
    size_t left = at;
    while (left > copied) {
      size_t k = left;
      const char32_t c = PreviousCodePoint(value, k);
      if (c != U' ' && c != U'\u3000') break;
      left = k;
    }
    size_t k = left;
    if (left == 0 || !IsHan(PreviousCodePoint(value, k))) continue;
    size_t right = i;
    bool line_end = false;
    for (; right < value.size();) {
      size_t n = right;
      const char32_t c = NextCodePoint(value, n);
      if (c == U' ' || c == U'\u3000' || c == U'\r' || (c == U'\n' && !line_end)) {
        line_end = line_end || c == U'\n';
        right = n;
        continue;
      }
      break;
    }
    k = right;
    if (right >= value.size() || !IsHan(NextCodePoint(value, k))) continue;
    if (cp == U'\u00B7' && left == at && right == i) continue;  // already so
    out.append(value.substr(copied, left - copied)).append(kNameDot);
    copied = i = right;
  }
  if (copied == 0) return std::string(value);
  out.append(value.substr(copied));
  return out;
}

bool LooksLikePersonName(std::string_view piece) {
  if (piece.find(kNameDot) != std::string_view::npos) return TransliteratedName(piece);
  size_t n = 0;
  char32_t first = 0, last = 0;
  for (size_t i = 0; i < piece.size();) {
    const char32_t cp = NextCodePoint(piece, i);
    if (!IsHan(cp) || ++n > 4) return false;
    if (n == 1) first = cp;
    last = cp;
  }
  // Nor a post (董事长, 党委书记, 总经理): a name seldom ends as one does.
  if (n < 2 || EndsOrganisation(last) ||
      std::u32string_view(U"长记任理员监师席").find(last) != std::u32string_view::npos)
    return false;
  if (std::any_of(std::begin(kCompoundSurnames), std::end(kCompoundSurnames),
                  [&](std::string_view s) { return piece.starts_with(s); }))
    return n >= 3;
  return n <= 3 && kSurnames.find(first) != std::u32string_view::npos;
}

bool EndsOrganisation(char32_t cp) {
  return IsUnifiedIdeograph(cp) && kOrganisationSuffixes.find(cp) != std::u32string_view::npos;
}

bool IsGroupPost(std::string_view label) {
  if (label.starts_with("常务")) label.remove_prefix(std::string_view("常务").size());
  if (label.starts_with("副")) label.remove_prefix(std::string_view("副").size());
  return label == "部长" || label == "主任" || label == "组长" || label == "指挥长" || label == "召集人";
}

bool StartsOrganisation(char32_t cp) {
  return IsUnifiedIdeograph(cp) && kOrganisationPrefixes.find(cp) != std::u32string_view::npos;
}

std::vector<std::string> SplitList(std::string_view list) {
  std::vector<std::string> items;
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < list.size();) {
    // Brackets and separators are ASCII or three bytes led by E3 or EF: other bytes are passed
    // one by one, undecoded. No character, however malformed, takes in such a byte (they are
    // never continuation bytes), so each is met where decoding would meet it.
    const auto lead = static_cast<unsigned char>(list[i]);
    if (lead >= 0x80 && lead != 0xE3 && lead != 0xEF) {
      ++i;
      continue;
    }
    size_t b = i;
    char32_t cp = NextCodePoint(list, i);
    if (IsOpen(cp))
      ++depth;
    else if (IsClose(cp) && depth > 0)
      --depth;
    else if (depth == 0 && IsSeparator(cp)) {
      AppendItem(items, CleanItem(list.substr(start, b - start)));
      start = i;
    }
  }
  AppendItem(items, CleanItem(list.substr(start)));
  items = SplitConjunctions(std::move(items));
  if (items.size() < 2 && (items.empty() || !items[0].starts_with("第"))) return items;
  items = ShareOrdinalNames(std::move(items));
  if (items.size() < 2) return items;  // a series of divisions needs two items
  return MergeDivisionSeries(MergePartyAndGovernment(std::move(items)));
}

std::string PipeRowText(std::span<const std::string> cells) {
  std::string line = "|";
  for (const std::string& c : cells) {
    line += ' ';
    line += c;
    line += " |";
  }
  std::replace(line.begin(), line.end(), '\n', ' ');
  return line;
}

void AppendUnique(std::vector<std::string>& into, std::span<const std::string> more) {
  // A clause's few units: searching the list (as long as it grows to) is cheaper than a set.
  if ((into.size() + more.size()) * more.size() <= 4096) {
    for (const auto& s : more)
      if (std::find(into.begin(), into.end(), s) == into.end()) into.push_back(s);
    return;
  }
  // A list of thousands (a clause line joined over many lines) stays linear. Reserved first, so
  // that the views of `into`'s strings stay valid as copies of `more`'s are added.
  into.reserve(into.size() + more.size());
  std::unordered_set<std::string_view> seen(into.begin(), into.end());
  for (const auto& s : more)
    if (seen.insert(s).second) into.push_back(s);
}

std::string IsoDate(int year, int month, int day) {
  using namespace std::chrono;
  year_month_day ymd{std::chrono::year(year), std::chrono::month(static_cast<unsigned>(month)),
                     std::chrono::day(static_cast<unsigned>(day))};
  if (year < 1000 || year > 9999 || !ymd.ok()) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string ParseDateText(std::string_view text) {
  int y = 0, m = 0, d = 0;
  if (PartialMatch(Pat::kDateInText, text, &y, &m, &d)) return IsoDate(y, m, d);
  re2::StringPiece ys, ms, ds;
  if (PartialMatch(Pat::kDateChineseInText, text, &ys, &ms, &ds)) {
    auto yv = ParseChineseDigits(ys);
    auto mv = ParseChineseNumber(ms);
    auto dv = ParseChineseNumber(ds);
    if (yv && mv && dv) return IsoDate(*yv, *mv, *dv);
  }
  return "";
}

int DocumentYear(const Metadata& md) {
  if (md.date.size() >= 4 && std::isdigit(static_cast<unsigned char>(md.date[0])))
    return std::stoi(md.date.substr(0, 4));
  if (md.doc_number && md.doc_number->year >= 1000) return md.doc_number->year;
  return 0;
}

namespace {

// The year a deadline names: printed (2024), or relative to the document's year (明年 and 次年 the next,
// 去年 and 上年 the one before, 今年 本年 当年 its own); none printed is the document's. 0 when a
// relative year has no document year.
// A relative year counts only where a word starts (确保 明年底前, not 说明 年底前 or 每次 年底前).
int YearOf(re2::StringPiece printed, std::string_view text, int doc_year) {
  const std::string_view p(printed.data(), printed.size());
  if (p.empty()) return doc_year;
  const std::optional<int> delta = RelativeYear(p);
  if (!delta) return std::stoi(std::string(p));  // four digits
  if (!WordStartsAt(text, static_cast<size_t>(printed.data() - text.data()))) return doc_year;
  return doc_year == 0 ? 0 : doc_year + *delta;
}

}  // namespace

std::optional<int> RelativeYear(std::string_view ch) {
  if (ch == "明" || ch == "次") return 1;
  if (ch == "去" || ch == "上") return -1;
  if (ch == "今" || ch == "本" || ch == "当") return 0;
  return std::nullopt;
}

bool WordStartsAt(std::string_view text, size_t pos) {
  if (pos == 0 || pos >= text.size()) return true;
  // A few characters each side are enough for ICU's dictionary to see the words around `pos`.
  size_t b = pos, e = pos;
  for (int n = 0; n < 6 && b > 0; ++n) PreviousCodePoint(text, b);
  for (int n = 0; n < 6 && e < text.size(); ++n) NextCodePoint(text, e);
  thread_local const std::unique_ptr<icu::BreakIterator> words = [] {
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> bi(
        icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), err));
    return U_SUCCESS(err) ? std::move(bi) : nullptr;
  }();
  if (words == nullptr) return true;
  UErrorCode err = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data() + b, static_cast<int64_t>(e - b), &err);
  words->setText(ut, err);  // the iterator keeps its own shallow clone of `ut`
  const bool at = U_SUCCESS(err) && words->isBoundary(static_cast<int32_t>(pos - b));
  utext_close(ut);
  return at;
}

std::string DeadlineDate(std::string_view text, int doc_year) {
  using namespace std::chrono;
  // 6月底前启动，12月底前完成 · 2026年6月底前开工，9月底前完成: a start, then the time the work is done by:
  // that time, in the start's year where it names none. Only where the first part says no work done
  // (2025年12月底前完成， 其中6月底前完成60%: the first part's).
  constexpr std::string_view kDone[] = {"完成", "建成", "竣工", "投用", "投运"};
  const auto says_done = [&](std::string_view part) {
    return std::ranges::any_of(
        kDone, [&](std::string_view w) { return FindText(part, w) != std::string_view::npos; });
  };
  size_t cut = std::string_view::npos, cut_size = 0;  // the first separator
  for (std::string_view sep : {"，", "；", ",", ";"})
    if (const size_t s = FindText(text, sep);
        s != std::string_view::npos && (cut == std::string_view::npos || s < cut))
      cut = s, cut_size = sep.size();
  if (cut != std::string_view::npos && cut > 0 && !says_done(text.substr(0, cut)) &&
      says_done(text.substr(cut + cut_size))) {
    const std::string start = DeadlineDate(text.substr(0, cut), doc_year);
    const int year = start.size() >= 4 ? std::stoi(start.substr(0, 4)) : doc_year;
    if (std::string done = DeadlineDate(text.substr(cut + cut_size), year); !done.empty()) return done;
  }
  int y = 0, m = 0;
  re2::StringPiece ys, ds, tail;
  char buf[16];
  if (PartialMatch(Pat::kDeadlineMonth, text, &ys, &m, &ds, &tail)) {
    y = YearOf(ys, text, doc_year);
    if (y == 0 || m < 1 || m > 12) return "";
    if (!ds.empty()) return IsoDate(y, m, std::stoi(ds.as_string()));
    if (std::string_view(tail) == "底" || std::string_view(tail) == "末") {
      auto last = year_month_day_last(std::chrono::year(y),
                                      month_day_last(std::chrono::month(static_cast<unsigned>(m))));
      return IsoDate(y, m, static_cast<int>(static_cast<unsigned>(last.day())));
    }
    if (y < 1000 || y > 9999) return "";
    std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
    return buf;
  }
  // 2024年底前: the year printed (before 年底 with no year, which takes the document's).
  if (PartialMatch(Pat::kDeadlineYearEndNumbered, text, &ys) ||
      PartialMatch(Pat::kDeadlineYearEnd, text, &ys)) {
    y = YearOf(ys, text, doc_year);
    return y == 0 ? "" : IsoDate(y, 12, 31);
  }
  re2::StringPiece q;
  if (PartialMatch(Pat::kDeadlineQuarter, text, &ys, &q)) {
    y = YearOf(ys, text, doc_year);
    static constexpr std::string_view kQ[] = {"一", "二", "三", "四"};
    int qi = 0;
    for (int k = 0; k < 4; ++k)
      if (std::string_view(q) == kQ[k] || q.as_string() == std::to_string(k + 1)) qi = k + 1;
    if (y == 0 || qi == 0) return "";
    static constexpr int kEnd[] = {31, 30, 30, 31};
    return IsoDate(y, qi * 3, kEnd[qi - 1]);
  }
  // 2025/12/31, its two separators one: the last such date (a range's end: 2024/4/1至2024/6/30); none in
  // 2024.10-12 (October to December).
  std::string last;
  if (MayMatch(Pat::kDeadlineNumericDate, text)) {
    re2::StringPiece rest(text.data(), text.size()), sep1, sep2;
    int d = 0;
    while (RE2::FindAndConsume(&rest, Pattern(Pat::kDeadlineNumericDate), &y, &sep1, &m, &sep2, &d))
      if (sep1 == sep2) last = IsoDate(y, m, d);
  }
  return last;
}

// (core/lists.h)
bool TimeLike(std::string_view item) {
  if (item.empty() || CountCodePoints(item) > 20 || ContainsText(item, "、")) return false;
  // A spreadsheet's date as a program prints it (2025-12-31, 2025/6/30, 2025-12-31 00:00:00).
  if (item.size() >= 8 &&
      std::all_of(item.begin(), item.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }) &&
      (item[4] == '-' || item[4] == '/') && item[5] >= '0' && item[5] <= '9')
    return true;
  if (CountCodePoints(item) > 16) return false;
  for (std::string_view w : {"年", "月", "季度", "持续", "长期", "每"})
    if (ContainsText(item, w)) return true;
  return false;
}

bool PersonItem(std::string_view item) {
  std::string names;
  for (size_t i = 0; i < item.size();) {
    const size_t at = i;
    const char32_t cp = NextCodePoint(item, i);
    if (cp == U'，' || cp == U',')
      names += "、";
    else if (cp != U' ' && cp != U'\u3000')
      names.append(item.substr(at, i - at));
  }
  const auto one = [](std::string_view name) {
    if (name.empty()) return false;
    size_t end = name.size();
    const char32_t last = PreviousCodePoint(name, end);
    if (std::u32string_view(U"镇乡村区县市旗州").find(last) != std::u32string_view::npos) return false;
    if (LooksLikePersonName(name)) return true;
    const size_t n = CountCodePoints(name);
    return n >= 2 && n <= 6 && (name.ends_with("长") || name.ends_with("书记")) &&
           (name.starts_with("副") || name.starts_with("常务") || name.starts_with("县") ||
            name.starts_with("市") || name.starts_with("区") || name.starts_with("镇") ||
            name.starts_with("乡"));
  };
  bool any = false;
  for (size_t from = 0; from <= names.size();) {
    const size_t stop = std::min(names.find("、", from), names.size());
    if (!one(std::string_view(names).substr(from, stop - from))) return false;
    any = true;
    from = stop + std::string_view("、").size();
  }
  return any;
}

}  // namespace gongwen::internal

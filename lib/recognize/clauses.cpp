// Responsibility clauses: where they are and what they say.
#include "recognize/clauses.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <string>

#include "core/chinese_number.h"
#include "core/lists.h"
#include "core/utf8.h"
#include "patterns/catalogue.h"
#include "recognize/table.h"

namespace gongwen {

// 指标长, 链长 (副链长, 总链长): a label naming the leader a city gives each 营商环境 indicator, each
// industrial chain; a work group's heads, 部长 and 副部长 of an event's 执委会 工作部, 组长, 主任, 指挥长,
// 召集人.
static bool IsLeaderPost(std::string_view label) {
  return label == "指标长" || label == "链长" || label == "副链长" || label == "总链长" ||
         internal::IsGroupPost(label);
}

ClauseRole RoleOfClauseLabel(std::string_view label) {
  // 责任单位（排名第一的为牵头单位）, 牵头单位（县财政局）: the role is the words before the bracket's.
  if (label.ends_with("）") || label.ends_with(")"))
    if (const size_t open = std::min(label.find("（"), label.find('('));
        open != std::string_view::npos && open > 0)
      label = label.substr(0, open);
  auto has = [&](std::string_view w) { return label.find(w) != std::string_view::npos; };
  // 督办：X, the leader who sees to it (督办单位 is the office that does: no part in the work).
  if (has("领导") || has("责任人") || has("负责人") || has("督办人") || label == "督办" ||
      IsLeaderPost(label) || (label.starts_with("分管") && label.ends_with("长")))  // (分管副县长)
    return ClauseRole::kLeader;
  if (has("时限") || has("时间") || has("期限")) return ClauseRole::kDeadline;
  if (has("范围")) return ClauseRole::kOther;
  // 省牵头单位：省商务厅 under a city's units (列明供对接参考), 省级对口部门: the province's body the city's
  // units deal with, no unit the notice gives the task.
  if (label.starts_with("省牵头") || label.starts_with("省级对口") || label.starts_with("省对口") ||
      label.starts_with("对口省"))
    return ClauseRole::kOther;
  // 组长单位 and 副组长单位: the units a work group's 组长 and 副组长 come from, its lead and the helpers
  // beside its 成员单位 (a 创卫 campaign's 专项工作组).
  if (label == "组长单位") return ClauseRole::kLead;
  if (label == "副组长单位") return ClauseRole::kCooperating;
  // (成员单位: a work group's members beside its 牵头单位.)
  // (主要承载地: the places a 链长制's chain is built in, carrying it out beside the lead.)
  if (has("配合") || has("协办") || has("会办") || has("协同") || has("参与") || has("参加") || has("协作") ||
      has("承载地") || has("协助") || has("成员") || label.starts_with("其他") || label.starts_with("次要"))
    return ClauseRole::kCooperating;
  // 主要责任单位 (beside 其他责任单位): the unit that leads.
  if (label.starts_with("主要")) return ClauseRole::kLead;
  // 分办: an item parted among units, each its 主办 for its part. 承办 alone, beside 协办 (a 人大 or 政协
  // office's 承办：A；协办：B), is the lead's word as 主办 is (承办单位 alone answers for the task).
  if (has("牵头") || has("主责") || has("主办") || has("分办") || label == "承办") return ClauseRole::kLead;
  // 局属单位, 直属单位: the bodies under the issuer given a part, beside its own offices.
  // (起草单位, 评估单位: a legislative plan's drafters and evaluators; not 评估方式.)
  if (has("责任") || has("负责") || has("承办") || has("承担") || has("实施") || has("落实") || has("指导") ||
      has("属单位") || label == "起草" || label == "起草单位" || label == "起草部门" || label == "评估单位" ||
      label == "评估部门" || has("分工"))  // (职责分工：A牵头，B配合, the value a clause of its own)
    return ClauseRole::kResponsible;
  return ClauseRole::kOther;
}

namespace internal {

namespace {

char32_t Closing(char32_t open) {
  switch (open) {
    case U'（': return U'）';
    case U'(': return U')';
    case U'［': return U'］';
    case U'[': return U']';
    case U'【': return U'】';
    default: return 0;
  }
}

// How many times `needle` stands in `text`.
size_t Count(std::string_view text, std::string_view needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string_view::npos;
       at = text.find(needle, at + needle.size()))
    ++n;
  return n;
}

// Responsibility clauses are a line or two; a longer bracket is a remark, and not
// parsing one keeps deeply nested brackets linear.
constexpr size_t kMaxClauseBytes = 4096;

// Where `mark` last stands in `text` at `from` or after, or npos: memrchr for its last byte, the bytes before
// it compared there (rfind of a three-byte needle compares at every position).
size_t LastMarkFrom(std::string_view text, std::string_view mark, size_t from) {
  for (size_t k = text.size(); k > from;) {
    const void* p = memrchr(text.data() + from, mark.back(), k - from);
    if (p == nullptr) return std::string_view::npos;
    k = static_cast<size_t>(static_cast<const char*>(p) - text.data());
    // The few bytes before it compared in place (a memcmp call for each candidate cost more than the search).
    if (k + 1 < from + mark.size()) continue;
    const size_t start = k + 1 - mark.size();
    size_t same = 0;
    while (same < mark.size() && text[start + same] == mark[same]) ++same;
    if (same == mark.size()) return start;
  }
  return std::string_view::npos;
}

// 龙启明 欧阳振 · 社事办 经发办 杉木坪信用社 · 龙启明/吴志刚: names a typist parted by spaces or a slash and
// nothing else: the list parted by 、, where every piece is a name of the kind (`is_name`); the value as
// it is otherwise.
template <typename IsName>
std::string PartedBySpaces(const std::string& value, IsName is_name) {
  if (value.find_first_of(" /\xE3\xEF") == std::string::npos) return value;  // no space, slash or wide one
  for (std::string_view mark : {"、", "，", "；", ",", ";"})
    if (FindText(value, mark) != std::string_view::npos) return value;
  std::vector<std::string_view> pieces;
  size_t start = 0;
  const auto cut = [&](size_t at) {
    if (at > start) pieces.push_back(std::string_view(value).substr(start, at - start));
  };
  for (size_t i = 0; i < value.size();) {
    const size_t at = i;
    const char32_t cp = NextCodePoint(value, i);
    if (cp == U' ' || cp == U'\u3000' || cp == U'/' || cp == U'／') {
      cut(at);
      start = i;
    }
  }
  cut(value.size());
  if (pieces.size() < 2 || !std::all_of(pieces.begin(), pieces.end(), is_name)) return value;
  std::string listed;
  for (std::string_view piece : pieces) listed.append(listed.empty() ? "" : "、").append(piece);
  return listed;
}

// A part's value without the separator that led to the next part.
std::string TrimValue(std::string_view value) {
  value = TrimSpaces(value);
  for (bool again = true; again;) {
    again = false;
    for (std::string_view tail : {"；", "，", "。", ";", ",", "、"})
      if (value.size() >= tail.size() && value.substr(value.size() - tail.size()) == tail) {
        value.remove_suffix(tail.size());
        value = TrimSpaces(value);
        again = true;
      }
  }
  // The closing bracket of a clause cut over two lines (［牵头单位：A； ⏎ 配合单位：B、C］): the line's last
  // value ends with it, opened on the line before. One, once (counting again for each of many would be
  // quadratic).
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"［", "］"},
                                    {"【", "】"},
                                    {"[", "]"},
                                    {"（", "）"},
                                    {"(", ")"}})
    if (value.ends_with(close) && Count(value, open) < Count(value, close)) {
      value = TrimSpaces(value.substr(0, value.size() - close.size()));
      break;
    }
  return std::string(value);
}

// The last name of a list written so far (县财政局、县发展和改革局 → 县发展和改革局).
std::string_view LastListed(std::string_view written) {
  size_t from = 0;
  for (std::string_view sep : {"、", "，", "；", "：", ",", ";", ":", "\n"})
    if (const size_t at = written.rfind(sep); at != std::string_view::npos && at + sep.size() > from)
      from = at + sep.size();
  return TrimSpaces(written.substr(from));
}

// Whether a bracket after a unit's name holds the persons who answer for it (刘卫东 · 陈海涛、吴志远 ·
// 负责人：冯丽 · 乡镇长), no other name of the unit (县知识产权局), no place (街道), no role (牵头).
bool PersonsOfUnit(std::string_view inner) {
  inner = TrimSpaces(inner);
  for (std::string_view label : {"负责人：", "责任人：", "负责人:", "责任人:"})
    if (inner.starts_with(label)) inner.remove_prefix(label.size());
  const std::vector<std::string> names = SplitList(inner);
  if (names.empty() || names.size() > 4) return false;
  return std::ranges::all_of(names, [](const std::string& n) {
    const size_t count = CountCodePoints(n);
    if (count < 2 || count > 4 || LooksLikeUnit(n)) return false;
    for (std::string_view place : {"街道", "社区", "村", "镇", "乡", "区", "县", "市", "省", "州"})
      if (ContainsText(n, place) && !n.ends_with("长")) return false;
    return (LooksLikePersonName(n) && PlausiblePersonName(n)) || n == "乡镇长" || n.ends_with("主要负责人");
  });
}

// 12分, 2.7分, 1.3 分: a number of points, no more.
bool PointsOnly(std::string_view inner) {
  inner = TrimSpaces(inner);
  if (!inner.ends_with("分")) return false;
  inner = TrimSpaces(inner.substr(0, inner.size() - std::string_view("分").size()));
  if (inner.empty() || inner.front() < '0' || inner.front() > '9') return false;
  return std::ranges::all_of(inner, [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
}

// Unit lists inside clauses may carry the rule in brackets, 县发改局（首位单位为牵头单位，下同）, or after a
// comma.
// `persons`: the brackets of persons after units are kept (a label that names them,
// 责任单位（责任人）：A（张三）, reads them as the leaders).
std::string RemoveRuleBrackets(std::string_view value, ClauseMatch& clause, bool persons = false) {
  std::string out;
  size_t i = 0;
  while (i < value.size()) {
    size_t b = i;
    char32_t cp = NextCodePoint(value, i);
    char32_t close = Closing(cp);
    if (close != 0) {
      size_t j = i;
      int depth = 1;
      size_t e = std::string_view::npos;
      while (j < value.size()) {
        size_t k = j;
        char32_t c = NextCodePoint(value, j);
        if (c == cp) ++depth;
        if (c == close && --depth == 0) {
          e = k;
          break;
        }
      }
      if (e != std::string_view::npos) {
        std::string_view inner = value.substr(i, e - i);
        if (StatesLeadRule(inner)) {
          clause.first_is_lead = true;
          clause.rule_carries = clause.rule_carries || PartialMatch(Pat::kRuleCarries, inner);
          i = j;
          continue;
        }
        // A、B ⏎ （按职责分工负责）: how the units take part, a remark of a cell's own, no unit.
        static constexpr std::string_view kHow[] = {"按职责分工负责", "按职责分工落实", "按职责负责",
                                                    "按职责落实",     "按属地负责",     "属地负责",
                                                    "分别负责",       "共同负责"};
        if (std::find(std::begin(kHow), std::end(kHow), TrimSpaces(inner)) != std::end(kHow)) {
          i = j;
          continue;
        }
        // 县发展和改革局（刘卫东）, 荻浦经济开发区管委会（陈海涛、吴志远）, 县医疗保障局（负责人：冯丽）: the
        // unit's 责任人 after its name, no part of it (the value keeps them as printed).
        // (A field's word of two characters read as a name, 县文旅局（文物）, loses the bracket alike: the
        // unit's name stands.)
        if (!persons && PersonsOfUnit(inner) && LooksLikeUnit(std::string(LastListed(out)))) {
          i = j;
          continue;
        }
        // 县发改局（12分）, 县工信局（2.7分）: the points a unit answers for, after its name (the value
        // keeps them; a rule of the notice's may read them).
        if (PointsOnly(inner) && LooksLikeUnit(std::string(LastListed(out)))) {
          i = j;
          continue;
        }
      }
    }
    out.append(value.substr(b, i - b));
  }
  // Or after a comma: 负责部门：A、B，列第一位者为牵头部门，下同 (cut at the comma before the rule, not at
  // the first: 县住建局，县交通运输局、县财政局，列第一位者… keeps its three units).
  if (StatesLeadRule(out)) {
    const re2::StringPiece input(out.data(), out.size());
    re2::StringPiece rule;
    if (Pattern(Pat::kLeadRule).Match(input, 0, out.size(), RE2::UNANCHORED, &rule, 1)) {
      const std::string_view before =
          std::string_view(out).substr(0, static_cast<size_t>(rule.data() - out.data()));
      size_t cut = std::string_view::npos;  // the last separator before it
      for (std::string_view sep :
           {"，", "；", ",", "。"})  // (…，各市州人民政府。排在第一位的…: the full stop)
        if (const size_t at = before.rfind(sep);
            at != std::string_view::npos && (cut == std::string_view::npos || at > cut))
          cut = at;
      if (cut != std::string_view::npos) {
        clause.first_is_lead = true;
        clause.rule_carries =
            clause.rule_carries || PartialMatch(Pat::kRuleCarries, std::string_view(out).substr(cut));
        out.resize(cut);
      }
    }
  }
  return out;
}

void NoteRule(std::string_view text, ClauseMatch& clause) {
  if (StatesLeadRule(text)) {
    clause.first_is_lead = true;
    clause.rule_carries = clause.rule_carries || PartialMatch(Pat::kRuleCarries, text);
  }
}

// Whether `text` opens with a word that opens a leader's title: 副, 常务, 市委, 党组, 市长, …
bool OpensTitle(std::string_view text) {
  static constexpr std::string_view kOpeners[] = {
      "副",     "常务", "第一", "执行", "党组", "党委", "党工委", "书记",   "主任",
      "秘书长", "省委", "市委", "州委", "县委", "区委", "旗委",   "镇党委", "乡党委",
      "省长",   "市长", "州长", "县长", "区长", "旗长", "镇长",   "乡长"};
  return std::any_of(std::begin(kOpeners), std::end(kOpeners),
                     [&](std::string_view w) { return text.starts_with(w); });
}

// 市委常委、常务副市长 陈立新　副市长 周　敏: leaders printed title first one after another, parted by
// spaces only (which normalization has taken out between Chinese characters): each title and the name
// after it, as one item. A name is three characters, or two when the third would open the next title
// (周敏副市长); empty unless the value is two leaders or more and nothing else.
std::vector<std::string> SplitTitledNames(std::string_view value) {
  std::string text;
  for (size_t i = 0; i < value.size();) {
    const size_t b = i;
    if (!IsSpace(NextCodePoint(value, i))) text.append(value.substr(b, i - b));
  }
  const auto title_at = [](std::string_view s, std::string_view* title) {
    re2::StringPiece t;
    if (!PartialMatch(Pat::kLeaderTitlePrefix, s, &t)) return false;
    if (title != nullptr) *title = std::string_view(t.data(), t.size());
    return true;
  };
  std::vector<std::string> out;
  std::string_view rest = text;
  while (!rest.empty()) {
    std::string_view title;
    if (!title_at(rest, &title)) return {};
    // 副市长、市公安局局长: a title after 、 goes on with the first.
    for (std::string_view more;
         rest.substr(title.size()).starts_with("、") && title_at(rest.substr(title.size() + 3), &more);)
      title = rest.substr(0, title.size() + 3 + more.size());
    std::string_view after = rest.substr(title.size());
    const size_t two = PrefixCodePoints(after, 2).size(), three = PrefixCodePoints(after, 3).size();
    if (CountCodePoints(after.substr(0, two)) < 2) return {};  // no name of two or more
    size_t end = 0;
    const bool titled3 = three > two && (three == after.size() || title_at(after.substr(three), nullptr));
    // A two-character name needs a title that opens as titles do right after it (周敏副市长): any Han
    // prefix before a title would let 王振常 be cut to 王振 before a title 常副县长.
    const std::string_view rest2 = after.substr(two);
    const bool titled2 = two == after.size() || (OpensTitle(rest2) && title_at(rest2, nullptr));
    size_t k = three;
    const char32_t third = PreviousCodePoint(after, k);
    const bool opens_title =
        std::u32string_view(U"副常市县区省州镇乡党").find(third) != std::u32string_view::npos;
    // 副县长欧阳春晖、副县长马骏: a four-character name with a compound surname, whole before its 、 or the
    // next title (its last character and the 、 would pass for the opening of a title, 晖、副县长).
    const size_t four = PrefixCodePoints(after, 4).size();
    const bool compound = std::any_of(std::begin(kCompoundSurnames), std::end(kCompoundSurnames),
                                      [&](std::string_view s) { return after.starts_with(s); });
    if (compound && four > three &&
        (four == after.size() || after.substr(four).starts_with("、") || OpensTitle(after.substr(four))))
      end = four;
    else if (titled3 && !(titled2 && opens_title))
      end = three;
    else if (titled2)
      end = two;
    else
      return {};
    std::string_view name = after.substr(0, end);
    for (size_t i = 0; i < name.size();)
      if (!IsHan(NextCodePoint(name, i))) return {};
    if (!PlausiblePersonName(name)) return {};
    out.push_back(std::string(rest.substr(0, title.size() + end)));
    rest = after.substr(end);
  }
  if (out.size() < 2) return {};
  return out;
}

// Leaders printed title first and over several items (县委常委、常务副县长 邓光明):
// a bare title joins the item after it.
// Printed name first, each title on the line under its name (周立群 ⏎ 区长, as a sheet's cell holds them):
// the title is the name's, in brackets.
std::vector<std::string> MergeLeaderTitles(std::vector<std::string> items) {
  // 欧阳嘉禾 ⏎ （副主任）: a bracket of posts on a line of its own is the name's above it.
  for (size_t k = 1; k < items.size();)
    if (items[k].starts_with("（") && items[k].ends_with("）") &&
        FindText(std::string_view(items[k]).substr(3), "（") == std::string_view::npos &&
        LooksLikePersonName(items[k - 1])) {
      items[k - 1] += items[k];
      items.erase(items.begin() + static_cast<std::ptrdiff_t>(k));
    } else {
      ++k;
    }
  // A title alone (县委常委, 县公安局局长), not a person with a title (张三副县长).
  // (邓光明县委常委: a person, the committee's seat after the name.)
  const auto title_only = [](const std::string& item) {
    re2::StringPiece name, title;
    const bool person = (FullMatch(Pat::kLeaderNameTitle, item, &name, &title) ||
                         FullMatch(Pat::kLeaderNameTitles, item, &name, &title)) &&
                        PlausiblePersonName(std::string_view(name.data(), name.size()));
    return !person && FullMatch(Pat::kLeaderTitleOnly, item);
  };
  const auto bare_name = [&](const std::string& item) {
    return CountCodePoints(item) <= 4 && PlausiblePersonName(item) && !title_only(item);
  };
  // (Not where another item is a person printed with a title, 陈明、县委常委、副县长张华: the titles go
  // before the name after them.)
  const auto titled_person = [](const std::string& item) {
    re2::StringPiece name, title;
    return (FullMatch(Pat::kLeaderNameTitle, item, &name, &title) ||
            FullMatch(Pat::kLeaderTitleName, item, &title, &name)) &&
           PlausiblePersonName(std::string_view(name.data(), name.size()));
  };
  std::vector<std::string> out;
  if (items.size() >= 2 && bare_name(items[0]) && title_only(items[1]) &&
      std::none_of(items.begin(), items.end(), titled_person)) {
    bool titled = true;  // the last name has its title
    for (std::string& item : items) {
      if (!titled && title_only(item)) {
        out.back().append("（").append(item).append("）");
        titled = true;
      } else if (title_only(item) && !out.empty() && out.back().ends_with("）")) {
        // 彭卫东 ⏎ 副区长、市公安局云岫分局局长: its posts one after another, in the one bracket.
        out.back().insert(out.back().size() - std::string_view("）").size(), "、" + item);
      } else {
        titled = !bare_name(item);
        out.push_back(std::move(item));
      }
    }
    return out;
  }
  std::string pending;
  // Whether the last person is printed name first with a title after (邓光明县委常委): the posts right after
  // are that person's too (邓光明县委常委、常务副县长，梁文博副县长 · 周斌区委常委、副区长).
  bool name_first = false;
  const auto titled_after = [](const std::string& item) {
    re2::StringPiece name, title;
    return FullMatch(Pat::kLeaderNameTitles, item, &name, &title) &&
           PlausiblePersonName(std::string_view(name.data(), name.size()));
  };
  // (A post of the government's own, 常务副县长, 副区长: not a body's head, 县公安局局长, who is another.)
  const auto own_post = [](const std::string& item) {
    if (item.starts_with("各")) return false;  // 各乡镇乡镇长: the heads of many bodies, no one's post
    for (std::string_view body : {"局", "委", "办", "院", "厅", "部", "处", "所", "会", "中心", "室"})
      if (ContainsText(item, body)) return false;
    return true;
  };
  for (std::string& item : items) {
    if (title_only(item)) {
      if (pending.empty() && name_first && !out.empty() && own_post(item)) {
        out.back().append("、").append(item);
        continue;
      }
      pending += (pending.empty() ? "" : "、") + item;
      continue;
    }
    name_first = pending.empty() && titled_after(item);
    // 县委常委、副县长张华: the posts before a titled name, parted as printed; 市委常委、组织部部长 ⏎ 林子涵:
    // before a bare name, the posts it holds.
    out.push_back(pending.empty() ? std::move(item) : pending + (bare_name(item) ? "" : "、") + item);
    pending.clear();
  }
  if (!pending.empty()) out.push_back(std::move(pending));
  return out;
}

void AddPart(std::string label, std::string_view value, ClauseMatch& clause) {
  const ClauseRole role = RoleOfClauseLabel(label);
  AddClausePart(std::move(label), role, value, clause);
}

}  // namespace

bool NotAName(std::string_view name) {
  // (The bodies a title may open with, 县政协副主席, 县工商联主席: no surname and given name.)
  static constexpr std::string_view kNotNames[] = {
      "常务", "分管", "主管", "协管", "县委", "市委", "区委", "省委", "州委", "盟委", "旗委", "地委", "行署",
      "助理", "分管副", "党组", "党委", "党工委", "纪委", "政协", "县政协", "市政协", "区政协", "省政协",
      "州政协", "人大", "县人大", "市人大", "区人大", "省人大", "工商联", "县工商联", "市工商联", "区工商联",
      // (Words a title or 同志 may stand before that name no one: 县委常委班子, 相关同志, 包村同志.)
      "班子", "成员", "会议", "相关", "有关", "经办", "联系", "包村", "驻村", "党员", "包保", "包片", "包联",
      "干部", "领导", "全体", "各位", "分工", "按分工", "各成员",
      // (How leaders take a task on, after 领导: 县级领导包案, 县四大班子领导常态.)
      "包案", "包企", "包抓", "包干", "包点", "常态", "挂帅", "带队", "督办", "牵头"};
  return std::find(std::begin(kNotNames), std::end(kNotNames), name) != std::end(kNotNames);
}

bool PlausiblePersonName(std::string_view name) {
  if (name.starts_with("各")) return false;  // 各乡镇乡镇长: the heads of many bodies
  size_t end = name.size();
  const char32_t last = end > 0 ? PreviousCodePoint(name, end) : 0;
  // (Nor a body's party group, 局党组书记: one person's first title, 局党组书记、局长X; nor the second post
  // a title holds with 兼, 副局长兼交警支队支队长.)
  return !name.empty() && !name.starts_with("兼") &&
         std::u32string_view(U"局委办院厅部处所会府").find(last) == std::u32string_view::npos &&
         !NotAName(name) && !name.ends_with("党组") && !name.ends_with("党工委");
}

// A name that ends as a unit's does: 局, 委, 室, …, 单位, 部门, 公司, 海关, 中心.
namespace {

// The short names an office writes its departments by in a clause (县发改局牵头，财政、住建配合 ·
// （发改、统计）): those no sentence uses for anything else, and those that are also the words of a field of
// work (交通, 水利, 乡村振兴: 重点领域（交通、水利）). A bracket of them alone is a clause after the item's
// sentence only (ParseBareUnits): 推进智慧城市（城管、交通）。 names the city's fields.
constexpr std::string_view kDistinctiveShortNames[] = {"发改", "住建",     "卫健", "教体", "人社",  "科工信",
                                                       "工信", "市场监管", "编办", "网信", "国资",  "人行",
                                                       "自规", "医保",     "城管", "文旅", "文广旅"};
constexpr std::string_view kFieldShortNames[] = {
    "审批", "乡村振兴", "财政", "统计",     "民政",     "交通",     "交通运输", "水利", "商务", "公安",
    "司法", "税务",     "应急", "农业农村", "生态环境", "环保",     "自然资源", "林业", "教育", "科技",
    "审计", "信访",     "气象", "供电",     "消防",     "残联",     "妇联",     "团委", "工会", "人防",
    "供销", "水务",     "邮政", "退役军人", "文化旅游", "卫生健康", "人力资源"};

enum class ShortName { kNone, kDistinctive, kField };

// Whether `name` is a department's short name, and of which kind.
ShortName DepartmentShortName(std::string_view name) {
  if (name.size() > 4 * 3) return ShortName::kNone;
  for (std::string_view n : kDistinctiveShortNames)
    if (name == n) return ShortName::kDistinctive;
  for (std::string_view n : kFieldShortNames)
    if (name == n) return ShortName::kField;
  return ShortName::kNone;
}

}  // namespace

// 含社区微型绿地3处, 其中新建5所: what a bracket says the item includes or counts, no body (it opens with 含
// or 其中, or ends with a count's measure after a digit).
bool CountsOrIncludes(std::string_view name) {
  if (name.starts_with("含") || name.starts_with("其中")) return true;
  if (name.empty()) return false;
  size_t last = name.size();  // where the last character starts
  PreviousCodePoint(name, last);
  return last > 0 && name[last - 1] >= '0' && name[last - 1] <= '9';
}

namespace {
bool GroupOfUnits(std::string_view name);
}  // namespace

bool LooksLikeUnit(const std::string& full) {
  // “牵头单位”栏所列单位, 括注所列部门, 本部分标注的牵头部门: units a rule points at where they are listed
  // (a column, a bracket, a heading), no unit; 该项只由… is the rule's own sentence.
  // (Those words only: 市数据标注产业园管委会 is a unit.)
  if (full.starts_with("“") || full.starts_with("该项") || full.starts_with("本项")) return false;
  for (std::string_view pointer : {"栏所列", "括注所列", "括号内所列", "所列单位", "所列部门", "标注的"})
    if (FindText(full, pointer) != std::string_view::npos) return false;
  // 省发展改革委（省粮食和物资储备局）: a unit with its other name in brackets, read by the name before them
  // (brackets after brackets taken off in turn, in place).
  std::string_view name = full;
  bool bracketed = false;
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}})
      if (name.ends_with(close)) {
        const size_t at = name.rfind(open);
        if (at != std::string_view::npos && at > 0 && name.find(close, at) == name.size() - close.size()) {
          name = name.substr(0, at);
          stripped = bracketed = true;
        }
      }
  }
  // (各级领导干部, 包村干部: persons, though 部 ends a unit's name; 县委督查室督办: what the office does.)
  if (CountsOrIncludes(name) || name.ends_with("干部") || name.ends_with("督办")) return false;
  // 各乡镇（街道）, 各村（社区）: a group of units with the other kind beside it, a unit's name in a list.
  if (bracketed && GroupOfUnits(name)) return true;
  size_t end = name.size();
  const char32_t last = end > 0 ? PreviousCodePoint(name, end) : 0;
  if (EndsOrganisation(last) || name.ends_with("单位") || name.ends_with("部门") || name.ends_with("公司") ||
      name.ends_with("海关") || name.ends_with("中心") || name.ends_with("中央") ||  // 共青团中央
      DepartmentShortName(name) != ShortName::kNone)                                 // 发改, 财政
    return true;
  // The other bodies a clause names: 中国科协, 县侨协 · 中央广播电视总台, 县气象台 (not a 平台) · 领导小组,
  // 工作专班 · schools, courts, airports, farms.
  static constexpr std::string_view kOtherBodies[] = {
      "协",   "总台", "气象台", "电视台", "广播台", "小组", "工作组", "监察组", "巡察组", "专班",
      "大学", "中学", "小学",   "幼儿园", "法庭",   "监狱", "机场",   "林场",   "农场"};
  if (std::any_of(std::begin(kOtherBodies), std::end(kOtherBodies),
                  [&](std::string_view end) { return name.ends_with(end); }))
    return true;
  // 各基础电信运营企业, 相关企业 (the firms of a kind, as a clause's list names them beside the bureaus); not
  // 中小企业, 国有企业 alone (the task's words).
  if (name.ends_with("企业") && (name.starts_with("各") || name.starts_with("相关") ||
                                 name.starts_with("有关") || CountCodePoints(name) >= 6))
    return true;
  // So the institutions of a kind: 各银行业金融机构, 相关医疗机构, 县内各银行业金融机构 (not 督促指导各…机构,
  // the work's words before them).
  if (name.ends_with("机构")) {
    if (const size_t each = FindText(name, "各");
        name.starts_with("相关") || name.starts_with("有关") || (each != std::string_view::npos && each <= 6))
      return true;
    // (辖区内银行业金融机构, 县级公立医疗机构: a kind of them named at length; not the work's words before
    // them, 督促指导各…, 引导辖区…, 覆盖全县….)
    bool work = false;
    for (std::string_view verb :
         {"督促", "指导", "引导", "覆盖", "推动", "组织", "加强", "支持", "鼓励", "协调"})
      work = work || name.starts_with(verb);
    if (CountCodePoints(name) >= 6 && !work) return true;
  }
  // A railway's or a road's 段 (车务段, 公路管理段); not 分段, 阶段.
  return name.ends_with("段") &&
         (name.find("铁路") != std::string::npos || name.find("车务") != std::string::npos ||
          name.find("工务") != std::string::npos || name.find("公路") != std::string::npos);
}

namespace {

// `leaders`: whether leaders named before the units are looked for (PersonsBeforeUnits, X副县长牵头，A负责):
// not in the rest of a clause they were taken from, which is read once (a run of persons read at each level
// both ways was exponential).
std::optional<ClauseMatch> ParseUnlabelled(std::string_view content, bool support = true,
                                           bool leaders = true);

// Whether a name in a clause of running text holds a phrase of the sentence before it (实行分段负责,
// 按照属地原则分级负责, 组织运行负责), or counts or points at units, and so names none.
// The words a sentence's work opens with (实行分段负责, 统筹安排…资金): no unit's, no share's name.
constexpr std::string_view kWorkVerbs[] = {
    "实行", "按照", "坚持", "做好", "组织", "实施", "推进", "加强", "确保", "进行", "开展", "落实",
    "建立", "完善", "依法", "分级", "分段", "全面", "加快", "深入", "持续", "积极", "大力", "认真",
    "切实", "扎实", "推动", "完成", "成立", "组建", "设立", "健全", "抽调", "调整", "充实"};

bool SaysNoUnit(const std::string& name) {
  for (std::string_view verb : kWorkVerbs)
    if (name.starts_with(verb)) return true;
  // 各项任务由括号内注明的单位: a rule about units, not one (自由贸易试验区 keeps its 由); nor 工作进展情况由
  // 市政府督查室, what a sentence has a unit do.
  // (Nor how often work is reported, 化债方案执行情况按季度报县委.)
  for (std::string_view phrase : {"原则", "的单位", "的部门", "任务由", "工作由", "事项由", "按季度",
                                  "每季度", "按月", "每月", "每半年"})
    if (name.find(phrase) != std::string::npos) return true;
  for (size_t at = name.find("由", 3); at != std::string::npos; at = name.find("由", at + 3))
    if (std::string_view(name).substr(at - 3, 3) != "自") return true;
  // “牵头单位”栏列有两个单位的，两个单位共同牵头: how many units, not one (两个, 多家, 3个).
  {
    size_t i = 0;
    while (i < name.size() && name[i] >= '0' && name[i] <= '9') ++i;
    std::string_view rest = std::string_view(name).substr(i);
    if (i == 0)
      for (std::string_view count : {"两", "二", "三", "四", "五", "多", "几", "若干"})
        if (rest.starts_with(count)) {
          rest.remove_prefix(count.size());
          break;
        }
    if (rest.size() < name.size() && (rest.starts_with("个") || rest.starts_with("家")) &&
        (rest.ends_with("单位") || rest.ends_with("部门")) && CountCodePoints(rest) <= 4)
      return true;
  }
  // 由该单位负责 · 本部门: a unit pointed at, named elsewhere.
  for (std::string_view pointer :
       {"该单位", "该部门", "本单位", "本部门", "所列单位", "上述单位", "以上单位"})
    if (name == pointer) return true;
  return false;
}

// A unit's name in a clause of running text: ending as a unit's, and no phrase of the sentence before it.
bool NamesAUnit(const std::string& name) { return !SaysNoUnit(name) && LooksLikeUnit(name); }

// A unit's name, not a leader's post that reads as one (县分管领导, 主要负责同志).
bool UnitNotLeader(const std::string& name) {
  for (std::string_view person : {"领导", "同志", "负责人", "责任人"})
    if (name.ends_with(person)) return false;
  return NamesAUnit(name);
}

// A group of units named by 各 (各乡镇, 各村（社区）, 县直各部门 reads as a unit's name): short, no verb in
// it, no person's word at its end (各乡镇党委书记, 各级领导干部, 各护林员负责日常巡查 are none).
bool GroupOfUnits(std::string_view name) {
  if (!name.starts_with("各") || CountCodePoints(name) > 10) return false;
  for (std::string_view verb : {"负责", "牵头", "配合", "务必", "要", "应", "高度"})
    if (ContainsText(name, verb)) return false;
  for (std::string_view person : {"书记", "干部", "员", "长", "领导", "同志", "人"})
    if (name.ends_with(person)) return false;
  return true;
}

// Whether a clause names units, every one a unit's name (or a group's, 各乡镇), in its parts of units.
bool NamesUnitsOnly(const ClauseMatch& clause) {
  size_t units = 0;
  for (const ClausePart& p : clause.parts) {
    if (p.role != ClauseRole::kLead && p.role != ClauseRole::kCooperating &&
        p.role != ClauseRole::kResponsible)
      continue;
    for (const std::string& u : p.units)
      if (!UnitNotLeader(u) && !GroupOfUnits(u)) return false;
    units += p.units.size();
  }
  return units > 0;
}

// The verbs a clause that ends an item without brackets ends with (A牵头负责，B配合).
constexpr std::string_view kTrailingVerbs[] = {"牵头", "负责", "负总责", "配合",
                                               "参与", "参加", "协同",   "协助"};

// Words that give units a role in running text (A牵头，B配合).
bool HasRoleVerb(std::string_view value) {
  for (std::string_view w : {"牵头", "配合", "会同", "实施", "参与", "协同", "负责"})
    if (value.find(w) != std::string_view::npos) return true;
  return false;
}

}  // namespace

// A value read as a clause of its own (AddClausePart): every name a unit's, none the 其中X of a list
// that names its lead after it (A、B，其中A牵头 and A、B，由A牵头 are lists with a mark, which
// SplitUnitsByRole reads).
std::optional<ClauseMatch> ValueAsClause(std::string_view value) {
  std::optional<ClauseMatch> inner = ParseUnlabelled(value);
  if (!inner) return std::nullopt;
  for (const ClausePart& p : inner->parts)
    for (const std::string& name : p.units)
      if (name.starts_with("其中") || name.starts_with("由") || name.find("为") != std::string::npos)
        return std::nullopt;
  return inner;
}

namespace {
bool TitledPersonsOnly(std::string_view list);
}  // namespace

// `value` without the keys that open its lines (1—2．县发改局 ⏎ 3．县财政局 · 1、3．县自然资源局 · 第1项：…):
// a cell's lines keyed to the task's numbered measures, written into `out`. The value itself where no line
// opens so (most values: no copy).
const std::string& WithoutLineKeys(const std::string& value, std::string& out) {
  if (!MayMatch(Pat::kCellLineKey, value)) return value;
  bool keyed = false;
  for (size_t from = 0; from <= value.size();) {
    const size_t end = std::min(value.find('\n', from), value.size());
    std::string_view line = std::string_view(value).substr(from, end - from);
    re2::StringPiece rest;
    if (FullMatch(Pat::kCellLineKey, TrimSpaces(line), &rest)) {
      line = std::string_view(rest.data(), rest.size());
      keyed = true;
    }
    out.append(from == 0 ? "" : "\n").append(line);
    from = end + 1;
  }
  return keyed ? out : value;
}

void AddClausePart(std::string label, ClauseRole role, std::string_view value, ClauseMatch& clause) {
  ClausePart part;
  part.label = std::move(label);
  part.value = TrimValue(value);
  part.role = role;
  std::vector<ClausePart> marked;  // units that carry their own role, after the part in document order
  if (role == ClauseRole::kLeader) {
    // 阿不都热依木．买买提明, 帕尔哈提 · 吾斯曼, 阿不都热依木· ⏎ 买买提明: a transliterated name's dot as
    // typed.
    part.value = JoinNameDots(part.value);
    // @苏晓岚（副区长）: an online editor's mention of the person.
    if (part.value.find('@') != std::string::npos)
      part.value.erase(std::remove(part.value.begin(), part.value.end(), '@'), part.value.end());
    // (The value keeps the keys of its lines as printed.)
    std::string keyless;
    std::string listed = PartedBySpaces(WithoutLineKeys(part.value, keyless), [](std::string_view n) {
      return LooksLikePersonName(n) && !LooksLikeUnit(std::string(n));
    });
    // 牵头：陈立明（区长）⏎ 协管：刘建军（副区长）: each leader's part before the name, a line each; the
    // names.
    for (std::string_view sub : {"牵头：", "协管：", "分管：", "主管：", "协助：", "联系：", "包抓："})
      for (size_t at = 0; (at = listed.find(sub, at)) != std::string::npos;)
        if (at == 0 || listed[at - 1] == '\n')
          listed.erase(at, sub.size());
        else
          at += sub.size();
    // 刘晗市委常委、组织部部长 ⏎ 郑佳副市长: a person a line, each name before its titles (a 、 between
    // them).
    if (listed.find('\n') != std::string::npos) {
      std::vector<std::string> lines;
      bool persons = true;
      for (size_t from = 0; persons && from <= listed.size();) {
        const size_t end = std::min(listed.find('\n', from), listed.size());
        if (const std::string_view line = TrimSpaces(std::string_view(listed).substr(from, end - from));
            !line.empty()) {
          re2::StringPiece name, title;
          persons = (FullMatch(Pat::kLeaderNameTitles, line, &name, &title) ||
                     FullMatch(Pat::kLeaderNameTitle, line, &name, &title)) &&
                    PlausiblePersonName(std::string_view(name.data(), name.size()));
          lines.emplace_back(line);
        }
        from = end + 1;
      }
      if (persons && lines.size() >= 2) part.units = std::move(lines);
    }
    if (part.units.empty()) part.units = SplitTitledNames(listed);
    if (part.units.empty()) part.units = MergeLeaderTitles(SplitList(listed));
  } else if (const size_t slash = role == ClauseRole::kResponsible ? SlashedLeadAndHelpers(part.label)
                                                                   : std::string_view::npos;
             slash != std::string_view::npos) {
    // 县发改局/县财政局、县自然资源局 under 牵头单位/配合单位: the leads before the cell's slash, the helpers
    // after it (none after a slash alone, or 无); a cell without one names leads alone.
    const std::string_view label = part.label;
    const size_t slash_size = label.substr(slash).starts_with("/") ? 1 : 3;
    size_t cut = std::string::npos, cut_size = 0;
    for (std::string_view mark : {"/", "／"})
      if (const size_t at = part.value.find(mark); at < cut) cut = at, cut_size = mark.size();
    const std::string value = part.value;
    AddClausePart(std::string(TrimSpaces(label.substr(0, slash))), ClauseRole::kLead, value.substr(0, cut),
                  clause);
    if (cut != std::string::npos)
      AddClausePart(std::string(TrimSpaces(label.substr(slash + slash_size))), ClauseRole::kCooperating,
                    value.substr(cut + cut_size), clause);
    return;
  } else if (role != ClauseRole::kDeadline && role != ClauseRole::kOther) {
    // 责任单位：A、B牵头，C配合 · 由A负责，B具体实施 · A会同B负责 · A负责, and the same in a 责任单位
    // cell: the value is a clause of its own, its units in their roles under the label printed. (Not
    // for the parts ParseUnlabelled itself adds, labelled with its verbs.)
    // A rule in brackets inside the value (县发改局（首位单位为牵头单位）) is noted on the clause and taken
    // out.
    std::string keyless;
    const std::string plain = RemoveRuleBrackets(
        PartedBySpaces(
            WithoutLineKeys(part.value, keyless),
            [](std::string_view n) { return LooksLikeUnit(std::string(n)) && CountCodePoints(n) >= 3; }),
        clause, ContainsText(part.label, "责任人") || ContainsText(part.label, "负责人"));
    // So a lead's column that says who helps too (主办单位 | A牵头，B按职责分工负责).
    if ((role == ClauseRole::kResponsible || role == ClauseRole::kLead) && part.label != "负责" &&
        HasRoleVerb(plain)) {
      std::optional<ClauseMatch> inner = ValueAsClause(plain);
      // A会同B、C: its verb implied, as InlineClause reads it.
      if (!inner && plain.find("会同") != std::string::npos) inner = ValueAsClause(plain + "负责");
      // (A lead's own words, A牵头 or A（牵头）, name no other part: the column's role reads them.)
      if (inner && role == ClauseRole::kLead &&
          std::none_of(inner->parts.begin(), inner->parts.end(),
                       [](const ClausePart& p) { return p.role == ClauseRole::kCooperating; }))
        inner.reset();
      // (责任分工：县分管领导牵头，…: a leader's post, no unit; the value is no clause of units.)
      if (inner && ContainsText(part.label, "分工") && !NamesUnitsOnly(*inner)) inner.reset();
      if (inner) {
        for (ClausePart& p : inner->parts) {
          p.label = part.label;
          clause.parts.push_back(std::move(p));
        }
        clause.first_is_lead = clause.first_is_lead || inner->first_is_lead;
        clause.rule_carries = clause.rule_carries || inner->rule_carries;
        return;
      }
    }
    // 责任分工：A牵头负责…；B配合做好…: each unit's duty, a sentence each.
    if (ContainsText(part.label, "分工"))
      if (std::optional<ClauseMatch> duties = UnitsDutySentences(plain)) {
        for (ClausePart& p : duties->parts) {
          p.label = part.label;
          clause.parts.push_back(std::move(p));
        }
        return;
      }
    SplitUnitsByRole(plain, part.units, marked, role == ClauseRole::kCooperating, role == ClauseRole::kLead);
    // (责任分工：按照“谁主管、谁负责”原则…: a rule in prose, no units.)
    if (ContainsText(part.label, "分工")) {
      const auto unit = [](const std::string& u) { return UnitNotLeader(u) || GroupOfUnits(u); };
      bool units = std::all_of(part.units.begin(), part.units.end(), unit);
      for (const ClausePart& m : marked) units = units && std::all_of(m.units.begin(), m.units.end(), unit);
      if (!units) {
        part.units.clear();
        part.role = ClauseRole::kOther;
        marked.clear();
      }
    }
    // 县住建局（局长 李明）: the unit's own person in charge after it, by post and name, is no part of its
    // name (县委宣传部（县新闻出版局）, a second name, is). The part's value keeps them as printed.
    for (std::string& unit : part.units)
      if (unit.ends_with("）"))
        if (const size_t open = unit.rfind("（"); open != std::string::npos && open > 0) {
          const std::string_view inside = std::string_view(unit).substr(open + 3, unit.size() - open - 6);
          // (And what the unit does in it: 区医保局（负责医保定点纳入）, 区财政局（资金保障）.)
          // (Or whom it leaves out: 各直属单位（故宫博物院除外）.)
          bool duty =
              inside.ends_with("保障") || inside.ends_with("除外");  // 资金保障 (not 资金中心, a name)
          for (std::string_view verb : {"负责", "做好", "提供", "承担"})
            duty = duty || inside.starts_with(verb);
          // (Not a mark of its part, （负责牵头）: SplitUnitsByRole reads those.)
          if (FindText(inside, "牵头") != std::string_view::npos) duty = false;
          if (duty || TitledPersonsOnly(inside)) unit.resize(open);
        }
  }
  clause.parts.push_back(std::move(part));
  for (ClausePart& m : marked) clause.parts.push_back(std::move(m));
}

std::optional<ClauseMatch> ParseBareUnits(std::string_view content, bool after_sentence);

namespace {

// A match of kClauseLabel, `(LABEL)SP*COLON`, without its colon and the spaces before it: the label
// (every label is a fixed word of Han characters, without a space or colon at either end).
std::string_view LabelOfMatch(std::string_view match) {
  match.remove_suffix(match.ends_with(':') ? 1 : 3);  // ':' or '：'
  return TrimSpaces(match);
}

// 牵头单位：A；配合单位：B，C — labels anywhere, each value up to the next label.
// Whether `part` names a date: a number before 月, 日 or 季度, digits before 年 (2025年, 5月31日前, 10月底,
// 三季度), or 年内, 年底, 上半年, 下半年 (not 每月, 月度, 提前, 年度考核, 三年行动).
bool NamesATime(std::string_view part) {
  for (std::string_view w : {"年内", "年底", "上半年", "下半年"})
    if (ContainsText(part, w)) return true;
  for (size_t i = 0; i < part.size();) {
    const char32_t cp = NextCodePoint(part, i);
    const bool numeral = (cp >= U'0' && cp <= U'9') ||
                         std::u32string_view(U"一二三四五六七八九十").find(cp) != std::u32string_view::npos;
    if (!numeral || i >= part.size()) continue;
    size_t j = i;
    const char32_t next = NextCodePoint(part, j);
    // 年 after a year's digits (2025年), not after a count (三年行动).
    if (next == U'年' && cp >= U'0' && cp <= U'9') return true;
    if (next == U'月' || next == U'日' || next == U'季') return true;
  }
  return false;
}

// A short part that only sets a time: 2025年12月底前完成 · 2025年7月1日起执行 · 长期坚持. Not a unit's name.
bool IsTimeOnly(std::string_view part) {
  if (part.empty() || CountCodePoints(part) > 30) return false;
  // A date opens it (2025年7月1日起执行: 行 ends a bank's name too), or no unit's name is it.
  if (!(part[0] >= '0' && part[0] <= '9') && LooksLikeUnit(std::string(part))) return false;
  if (part.starts_with("长期") || part.starts_with("持续")) return true;
  // A time by when or from when (…底前完成, 11月底前完成第一轮抽检, 7月1日起执行, 11月底), not a thing
  // dated (2025年新开工项目, 2024年以前建成的).
  static constexpr std::string_view kBounds[] = {"前", "底", "内", "起", "止", "完成"};
  if (part.ends_with("的") || std::none_of(std::begin(kBounds), std::end(kBounds),
                                           [&](std::string_view b) { return ContainsText(part, b); }))
    return false;
  return NamesATime(part);
}

// Whether `list` names people only, each with a title (副县长陈思远, 常务副县长刘长青、县长助理王凯): not
// 县妇联 of 县妇联主席, a body's head.
bool TitledPersonsOnly(std::string_view list) {
  // A list that ends as a body's name, or holds no title's word (the patterns' needs), is turned away before
  // its names are split and matched: most values, lists of units.
  list = TrimSpaces(list);
  size_t end = list.size();
  if (list.empty() || list.size() > 3 * 30 || EndsOrganisation(PreviousCodePoint(list, end)) ||
      !MayMatch(Pat::kLeaderTitleName, list))
    return false;
  auto leaders = TitledLeaders(list);
  // (副县长张晓燕、欧阳春晖: the title the first bears shared by the names after it.)
  if (leaders.empty())
    if (auto shared = TitledLeaders(list, /*bare_names=*/true);
        shared.size() >= 2 && !shared[0].second.empty() &&
        std::all_of(shared.begin() + 1, shared.end(),
                    [](const auto& l) { return l.second.empty() && !NamesAUnit(l.first); }))
      leaders = std::move(shared);
  return !leaders.empty() && std::all_of(leaders.begin(), leaders.end(),
                                         [](const auto& l) { return LooksLikePersonName(l.first); });
}

// Where the last ；(or ;) of `value` stands, or npos.
size_t LastSemicolon(std::string_view value) {
  const size_t wide = LastMarkFrom(value, "；", 0), narrow = value.rfind(';');
  return wide == std::string_view::npos                      ? narrow
         : narrow == std::string_view::npos || narrow < wide ? wide
                                                             : narrow;
}

bool UnitOrDivisions(const std::string& name);
bool EveryPartNamesUnits(const ClauseMatch& clause);
bool PartsNameSomeone(const ClauseMatch& clause, bool leaders);

// 县住建局（牵头，县财政局、县自然资源局配合） · （牵头，会同县财政局） · （牵头，负责县道25公里）: a lead's
// bracket that says more after its mark. The list with each such bracket its mark alone, the helpers it names
// after it, each marked (县住建局（牵头）、县财政局配合、县自然资源局配合); a share it gives is dropped. The
// list itself when it has none.
std::string LeadNotesOpened(std::string_view list) {
  constexpr std::string_view kOpen = "（牵头，";
  std::string out;
  size_t from = 0;
  for (size_t at = FindText(list, kOpen); at != std::string_view::npos;
       at = FindTextFrom(list, kOpen, from)) {
    // (Its close, brackets inside it counted.)
    int depth = 1;
    size_t i = at + kOpen.size(), close = std::string_view::npos;
    while (i < list.size() && close == std::string_view::npos) {
      const size_t here = i;
      const char32_t cp = NextCodePoint(list, i);
      if (cp == U'（') ++depth;
      if (cp == U'）' && --depth == 0) close = here;
    }
    if (close == std::string_view::npos) break;
    std::string_view note = list.substr(at + kOpen.size(), close - at - kOpen.size());
    out.append(list.substr(from, at - from));
    out += "（牵头）";
    bool helpers = false;
    if (note.starts_with("会同")) {
      note.remove_prefix(std::string_view("会同").size());
      helpers = true;
    }
    for (std::string_view verb : {"配合", "协助", "参与"})
      if (note.ends_with(verb)) {
        note.remove_suffix(verb.size());
        helpers = true;
      }
    if (helpers)
      for (const std::string& helper : SplitList(note)) out += "、" + helper + "配合";
    from = close + std::string_view("）").size();
  }
  if (from == 0) return std::string(list);
  out.append(list.substr(from));
  return out;
}

// The verbs a clause of no label ends with (A牵头，B负责): a retry of one is read only when it ends so.
constexpr std::string_view kUnlabelledVerbs[] = {"负责", "牵头", "配合", "落实", "参与", "协助", "实施"};

// Words of a label that names a role (牵头单位, 责任领导, 督导, 参办单位), not a scope (城区, 城区公厕).
constexpr std::string_view kScopeRoleWords[] = {"单位", "部门", "领导", "责任", "牵头", "配合", "协",  "参",
                                                "办",   "督",   "落实", "负责", "主办", "主责", "主体"};

// `units` added to a list of units parted by 、 (the list a part's value is read from).
void AppendListed(std::string& list, std::string_view units) {
  if (!list.empty()) list += "、";
  list += units;
}

// `text` cut at each ，；,; outside brackets and quotes (关于“…，…”的问题，由A负责落实: the quoted words
// one part with what follows them; a quote never closed is no quote).
std::vector<std::string_view> PartsOutsideBrackets(std::string_view text) {
  std::vector<std::string_view> parts;
  for (const bool quotes : {true, false}) {
    parts.clear();
    int depth = 0, quoted = 0;
    size_t start = 0;
    for (size_t i = 0; i < text.size();) {
      const size_t at = i;
      const char32_t cp = NextCodePoint(text, i);
      if (cp == U'（' || cp == U'(') {
        ++depth;
      } else if ((cp == U'）' || cp == U')') && depth > 0) {
        --depth;
      } else if (quotes && (cp == U'“' || (cp == U'”' && quoted > 0))) {
        quoted += cp == U'“' ? 1 : -1;
      } else if (depth == 0 && quoted == 0 && (cp == U'，' || cp == U'；' || cp == U',' || cp == U';')) {
        parts.push_back(text.substr(start, at - start));
        start = i;
      }
    }
    parts.push_back(text.substr(start));
    if (quoted == 0) break;
  }
  return parts;
}

// （城区由A负责，B配合；集镇由C负责） · （国有农贸市场由A负责，民营农贸市场由B负责，C、D配合） · （城区：A；
// 集镇：B） · （涉及学校周边的，由A牵头；涉及医院周边的，由B牵头；C配合） · （建设阶段由A负责，移交后由B负责
// 运营管理） · （…，其余由C负责）: a task parted by area, kind, stage or condition, each part's units leading
// their share, those said to 配合 helping. Two parts with a scope at least, or one beside a part of none;
// every part read so, or none.
std::optional<ClauseMatch> ScopedUnits(std::string_view content) {
  if (FindText(content, "由") == std::string_view::npos && FindText(content, "：") == std::string_view::npos)
    return std::nullopt;
  // (A clause whose first label names a role, most of them, is none: no walk over its parts.)
  if (const size_t colon = FindText(content.substr(0, 3 * 12), "："); colon != std::string_view::npos)
    for (std::string_view role : kScopeRoleWords)
      if (FindText(content.substr(0, colon), role) != std::string_view::npos) return std::nullopt;
  std::string leads, helpers;
  size_t scoped = 0, lead_parts = 0;  // the parts with a scope, and all the parts that lead
  bool condition = false;  // the part before said when (涉及学校周边的), its units after a comma
  for (std::string_view part : PartsOutsideBrackets(content)) {
    part = TrimSpaces(part);
    if (part.empty()) continue;
    // (The 由 that says who, not the one in a name: 市自由贸易试验区管委会负责.)
    size_t by = FindText(part, "由");
    while (by != std::string_view::npos && by >= 3 && part.substr(by - 3, 3) == "自")
      by = FindTextFrom(part, "由", by + 3);
    if (by == std::string_view::npos)
      for (std::string_view v : {"牵头负责", "负责", "牵头"})
        if (part.ends_with(v) && part.size() > v.size()) {
          by = 0;  // A、B负责: a part of no scope, its units before the verb (read below, from 由's place)
          break;
        }
    if (by == std::string_view::npos && part.ends_with("的") && CountCodePoints(part) <= 20) {
      condition = true;
      continue;
    }
    if (by != std::string_view::npos) {
      const bool said_by = part.substr(by).starts_with("由");
      const std::string_view scope = part.substr(0, by),
                             rest = part.substr(by + (said_by ? std::string_view("由").size() : 0));
      size_t verb = std::string_view::npos;
      for (std::string_view v : {"牵头", "负责"}) verb = std::min(verb, FindText(rest, v));
      if (verb == 0 || verb == std::string_view::npos || CountCodePoints(scope) > 20) return std::nullopt;
      scoped += !scope.empty() || condition;
      ++lead_parts;
      AppendListed(leads, rest.substr(0, verb));
    } else if (const size_t colon = FindText(part, "："); colon != std::string_view::npos) {
      // (城区公厕：A: a scope's label, not a clause's, nor a role's: 督导：A, 参办单位：B.)
      const std::string_view label = part.substr(0, colon);
      if (colon == 0 || CountCodePoints(label) > 10) return std::nullopt;
      for (std::string_view role : kScopeRoleWords)
        if (FindText(label, role) != std::string_view::npos) return std::nullopt;
      if (OpensWithClauseLabel(part)) return std::nullopt;
      ++scoped;
      ++lead_parts;
      AppendListed(leads, part.substr(colon + std::string_view("：").size()));
    } else if (part.ends_with("配合") || part.ends_with("协助")) {
      AppendListed(helpers, part.substr(0, part.size() - std::string_view("配合").size()));
    } else {
      return std::nullopt;
    }
    condition = false;
  }
  // (Two scopes, or one beside a part of none: A负责，B配合；综合保税区由C负责.)
  if (scoped < 2 && !(scoped == 1 && lead_parts >= 2)) return std::nullopt;
  ClauseMatch clause;
  AddPart("牵头", leads, clause);
  if (!helpers.empty()) AddPart("配合", helpers, clause);
  for (const ClausePart& p : clause.parts)
    if (p.units.empty() || !std::all_of(p.units.begin(), p.units.end(), UnitOrDivisions)) return std::nullopt;
  return clause;
}

// （县住建局负行业监管责任，县市场监管局、县应急管理局按职责分工负责，各乡镇（街道）负属地管理责任，各燃气经营企业
// 负主体责任） · （县交通运输局、县公安局分别负行业监管责任，县应急管理局负综合监管责任）: a work-safety
// clause giving each unit its kind of duty (管行业必须管安全). Those said to lead (牵头) lead; else those
// with the industry's supervision (行业监管) do; the others help. One 负…责任 part at least; every part read
// so, or none.
std::optional<ClauseMatch> DutyParts(std::string_view content) {
  if (FindText(content, "负") == std::string_view::npos ||
      FindText(content, "责任") == std::string_view::npos)
    return std::nullopt;
  std::string said_lead, industry, helpers;
  const auto add = [](std::string& list, std::string_view units) {
    units = TrimSpaces(units);
    if (units.starts_with("由")) units.remove_prefix(std::string_view("由").size());
    for (std::string_view how : {"按职责分工", "按照职责", "按职责", "分别", "各自"})
      if (units.ends_with(how)) units.remove_suffix(how.size());
    AppendListed(list, units);
  };
  size_t duties = 0;
  for (std::string_view part : PartsOutsideBrackets(content)) {
    part = TrimSpaces(part);
    if (part.empty()) continue;
    if (part.ends_with("责任")) {
      // (The 负 of the duty: the last one, six characters at most before 责任.)
      const size_t at = part.rfind("负");
      const size_t kind = at == std::string_view::npos ? 0 : at + std::string_view("负").size();
      if (at == std::string_view::npos || at == 0 ||
          CountCodePoints(part.substr(kind, part.size() - kind - std::string_view("责任").size())) > 6)
        return std::nullopt;
      ++duties;
      const std::string_view duty = part.substr(kind);
      add(duty.starts_with("行业") ? industry : helpers, part.substr(0, at));
      continue;
    }
    bool read = false;
    for (std::string_view verb : {"牵头负责", "牵头"})
      if (!read && part.ends_with(verb) && part.size() > verb.size()) {
        add(said_lead, part.substr(0, part.size() - verb.size()));
        read = true;
      }
    for (std::string_view verb : {"按职责分工负责", "按职责分工配合", "按职责负责", "配合", "协助"})
      if (!read && part.ends_with(verb) && part.size() > verb.size()) {
        add(helpers, part.substr(0, part.size() - verb.size()));
        read = true;
      }
    if (!read) return std::nullopt;
  }
  if (duties == 0) return std::nullopt;
  ClauseMatch clause;
  if (!said_lead.empty()) {
    AddPart("牵头", said_lead, clause);
    if (!industry.empty()) AddPart("配合", industry, clause);
  } else if (!industry.empty()) {
    AddPart("牵头", industry, clause);
  }
  if (!helpers.empty()) AddPart(clause.parts.empty() ? "责任单位" : "配合", helpers, clause);
  for (const ClausePart& p : clause.parts)
    if (p.units.empty() || !std::all_of(p.units.begin(), p.units.end(), [](const std::string& u) {
          // (Also the bodies a duty falls on by place or kind, 各 or 所在 in them: 沿河各乡镇, 矿山所在乡镇,
          // 各燃气经营企业; not a sentence's 督促企业.)
          return UnitOrDivisions(u) ||
                 ((u.ends_with("企业") || u.ends_with("单位") || u.ends_with("景区") ||
                   u.ends_with("乡镇")) &&
                  (u.find("各") != std::string::npos || u.find("所在") != std::string::npos));
        }))
      return std::nullopt;
  return clause;
}

// The last part's units named with a person after each in brackets (县财政局（张三）): the units without
// them, and the persons a part of the leaders' (the persons in charge, 责任人, as a 责任人： label gives
// them).
void PersonsAfterUnits(ClauseMatch& clause) {
  if (clause.parts.empty() || clause.parts.back().role == ClauseRole::kLeader) return;
  ClausePart persons{"责任人", "", {}, ClauseRole::kLeader};
  for (std::string& unit : clause.parts.back().units) {
    if (!unit.ends_with("）")) continue;
    const size_t open = LastMarkFrom(unit, "（", 0);
    if (open == std::string_view::npos || open == 0) continue;
    std::string name = unit.substr(open + 3, unit.size() - open - 6);
    std::erase(name, ' ');
    if (!LooksLikePersonName(name) || LooksLikeUnit(name)) continue;
    persons.value += (persons.value.empty() ? "" : "、") + name;
    persons.units.push_back(std::move(name));
    unit.resize(open);
  }
  if (!persons.units.empty()) clause.parts.push_back(std::move(persons));
}

// Whether a bracket after a label (its inside) names the kind of body its units are: 单位, 处室、单位.
bool NamesAKind(std::string_view inside) {
  static constexpr std::string_view kKinds[] = {"单位", "部门", "科室", "处室", "股室",
                                                "站所", "司局", "中心", "室",   "处",
                                                "科",   "股",   "局",   "、",   "/"};
  while (!inside.empty()) {
    const auto kind = std::find_if(std::begin(kKinds), std::end(kKinds),
                                   [&](std::string_view k) { return inside.starts_with(k); });
    if (kind == std::end(kKinds)) return false;
    inside.remove_prefix(kind->size());
  }
  return true;
}

// A list of units without a label beside a leader's labelled part (…；责任县领导：X or 责任县领导：X；…): the
// units the task is given, when each name ends as a unit's does (none a person's).
bool EndsAsDivisions(const std::string& name);

std::optional<ClauseMatch> UnitsBesideLeaders(std::string_view list) {
  list = TrimSpaces(list);
  if (list.empty()) return std::nullopt;
  std::optional<ClauseMatch> units = ParseBareUnits(list, /*after_sentence=*/false);
  if (!units) return std::nullopt;
  for (const ClausePart& p : units->parts)
    if (p.role != ClauseRole::kDeadline)
      for (const std::string& u : p.units)
        if (!NamesAUnit(u) && !EndsAsDivisions(u)) return std::nullopt;  // (各乡镇: every township)
  return units;
}

std::optional<ClauseMatch> ParseLabelled(std::string_view content) {
  // Every label ends with a colon: without one, no search (most brackets are remarks), and no
  // search past the last one (the last value, often a long list of units, was scanned once more
  // only to find no label in it).
  size_t labels_end = 0;
  if (size_t c = LastMarkFrom(content, "：", 0); c != std::string_view::npos) labels_end = c + 3;
  if (size_t c = content.rfind(':'); c != std::string_view::npos) labels_end = std::max(labels_end, c + 1);
  if (labels_end == 0) return std::nullopt;
  const RE2& label_re = Pattern(Pat::kClauseLabel);
  // label, [label start, value start)
  std::vector<std::pair<std::string_view, std::pair<size_t, size_t>>> labels;
  re2::StringPiece in(content.data(), content.size());
  re2::StringPiece match;
  size_t from = 0;
  // Only the whole match is asked for (RE2's DFAs find it; a capture would run its slower
  // submatch engine on every clause): the label is the match without the colon and the spaces
  // before it, which no label contains.
  while (from < labels_end && label_re.Match(in, from, labels_end, RE2::UNANCHORED, &match, 1)) {
    size_t start = static_cast<size_t>(match.data() - content.data());
    size_t value = start + match.size();
    labels.push_back({LabelOfMatch(std::string_view(match.data(), match.size())), {start, value}});
    from = value;
  }
  // A bare role word with a bracket of anything but a kind of body is no label:
  // …压实各方责任；责任（各乡镇）： 加强日常巡查 is a sentence, 时限（2025年）：年底前 a time with its year.
  std::erase_if(labels, [](const auto& l) {
    const std::string_view label = l.first;
    const size_t open = std::min(label.find("（"), label.find('('));
    if (open == std::string_view::npos || CountCodePoints(label.substr(0, open)) > 2) return false;
    // (A bracket inside the label is its own: 牵头（责任）单位.)
    if (!label.ends_with("）") && !label.ends_with(")")) return false;
    const size_t inside = open + (label[open] == '(' ? 1 : 3);
    const size_t close = label.size() - (label.ends_with(")") ? 1 : 3);
    return close < inside || !NamesAKind(label.substr(inside, close - inside));
  });
  // 县医疗保障局（负责人：冯丽）: a unit's 责任人 in a bracket after its name, inside the value, no label
  // of the clause's.
  std::erase_if(labels, [&](const auto& l) {
    if (l.first != "负责人" && l.first != "责任人" && l.first != "联系人") return false;
    const std::string_view before = content.substr(0, l.second.first);
    return Count(before, "（") + Count(before, "(") > Count(before, "）") + Count(before, ")");
  });
  // 承办 and 时间 bare label a clause only beside another label (联系领导：X；承办：A；协办：B；时间：7月):
  // alone they are an event's (时间：4月10日 · 承办：县图书馆 under a 活动安排) or a phase's.
  if (std::all_of(labels.begin(), labels.end(),
                  [](const auto& l) { return l.first == "承办" || l.first == "时间"; }))
    return std::nullopt;
  if (labels.empty()) return std::nullopt;
  ClauseMatch clause;
  // （县财政局、县审计局；责任县领导：王明）: the units, no label on them, before the leaders' labelled part.
  if (std::string_view before = TrimSpaces(content.substr(0, labels[0].second.first)); !before.empty()) {
    const bool leaders_only = std::all_of(labels.begin(), labels.end(), [](const auto& l) {
      const ClauseRole role = RoleOfClauseLabel(l.first);
      return role == ClauseRole::kLeader || role == ClauseRole::kDeadline;
    });
    for (std::string_view semicolon : {"；", ";"})
      if (before.ends_with(semicolon)) before.remove_suffix(semicolon.size());
    const bool parted = before.size() != TrimSpaces(content.substr(0, labels[0].second.first)).size();
    std::optional<ClauseMatch> units;
    if (leaders_only) {
      if (!parted || !(units = UnitsBesideLeaders(before))) return std::nullopt;
    } else {
      // （与县财政局共同牵头；责任县领导：X；配合单位：B） · （县发改局牵头；配合单位：C）: the lead said
      // first, unlabelled, then the labelled parts, none of them naming a lead or the units responsible.
      const bool labels_lead = std::any_of(labels.begin(), labels.end(), [](const auto& l) {
        const ClauseRole role = RoleOfClauseLabel(l.first);
        return role == ClauseRole::kLead || role == ClauseRole::kResponsible;
      });
      if (!parted || labels_lead || !(units = ParseUnlabelled(before)) || units->parts.empty() ||
          !std::all_of(units->parts.begin(), units->parts.end(),
                       [](const ClausePart& p) { return p.role == ClauseRole::kLead; }))
        return std::nullopt;
    }
    clause.first_is_lead = units->first_is_lead;
    for (ClausePart& p : units->parts) clause.parts.push_back(std::move(p));
  }
  for (size_t k = 0; k < labels.size(); ++k) {
    size_t value_end = k + 1 < labels.size() ? labels[k + 1].second.first : content.size();
    std::string_view value = content.substr(labels[k].second.second, value_end - labels[k].second.second);
    // “牵头：……；配合：……”: a form the text describes, its values left out, not a clause.
    if (TrimSpaces(value).starts_with("…") || TrimSpaces(value).starts_with("...")) return std::nullopt;
    NoteRule(labels[k].first, clause);  // 责任单位（排名第一的为牵头单位）：
    NoteRule(value, clause);
    // （牵头单位：A；责任单位：B、C；2025年12月底前完成）: the time after the last value, without a label;
    // （省领导：X；A牵头，B、C等按职责分工负责）: a clause without labels after it.
    std::string_view time;
    std::optional<ClauseMatch> unlabelled;
    // （责任县领导：X；城区由A负责，B配合；集镇由C负责）: the leaders, then the task parted by scope.
    if (k + 1 == labels.size() && RoleOfClauseLabel(labels[k].first) == ClauseRole::kLeader)
      if (const size_t at = FindText(value, "；");
          at != std::string_view::npos && (unlabelled = ScopedUnits(value.substr(at + 3))))
        value = value.substr(0, at);
    if (k + 1 == labels.size() && !unlabelled) {
      const size_t semicolon = LastSemicolon(value);
      if (semicolon != std::string_view::npos) {
        const std::string_view tail = TrimSpaces(value.substr(semicolon + (value[semicolon] == ';' ? 1 : 3)));
        if (IsTimeOnly(tail)) {
          time = tail;
          value = value.substr(0, semicolon);
        } else if ((unlabelled = ValueAsClause(tail))) {
          // Only units (a tail 各街道办事处抓好落实 is a call, 其中A牵头 a mark the list's value reads).
          // (Checked before the reset: resetting it inside the loop freed the parts the loop walked.)
          if (!std::all_of(unlabelled->parts.begin(), unlabelled->parts.end(), [](const ClausePart& p) {
                return std::all_of(p.units.begin(), p.units.end(), NamesAUnit);
              }))
            unlabelled.reset();
          if (unlabelled) value = value.substr(0, semicolon);
        }
      }
      // （责任县领导：张强；县统计局、各乡镇）, and with a time after them (…；县统计局、各乡镇；2025年底前).
      if (const size_t at = LastSemicolon(value);
          at != std::string_view::npos && !unlabelled &&
          RoleOfClauseLabel(labels[k].first) == ClauseRole::kLeader &&
          (unlabelled = UnitsBesideLeaders(value.substr(at + (value[at] == ';' ? 1 : 3)))))
        value = value.substr(0, at);
    }
    // （协助：副县长陈思远）: a helper who is a person, titled, is a leader beside the task's own.
    if (const ClauseRole role = RoleOfClauseLabel(labels[k].first);
        role == ClauseRole::kCooperating && TitledPersonsOnly(value))
      AddClausePart(std::string(labels[k].first), ClauseRole::kLeader, value, clause);
    else
      AddPart(std::string(labels[k].first), value, clause);
    // 责任单位（责任人）：县财政局（张三）、县审计局（李四）: the persons in charge in brackets after their
    // units.
    if (ContainsText(labels[k].first, "（责任人）") || ContainsText(labels[k].first, "（负责人）") ||
        ContainsText(labels[k].first, "(责任人)"))
      PersonsAfterUnits(clause);
    if (!time.empty()) AddPart("完成时限", time, clause);
    if (unlabelled)
      for (ClausePart& p : unlabelled->parts) clause.parts.push_back(std::move(p));
  }
  // （牵头：A；主责：B；协同：C）: beside the unit said to lead, the ones 主责 names carry it out, not lead.
  const auto labelled = [&](std::string_view word) {
    return std::any_of(clause.parts.begin(), clause.parts.end(), [&](const ClausePart& p) {
      return p.role == ClauseRole::kLead && p.label.find(word) != std::string::npos;
    });
  };
  if (labelled("牵头") && labelled("主责"))
    for (ClausePart& p : clause.parts)
      if (p.role == ClauseRole::kLead && p.label.find("主责") != std::string::npos)
        p.role = ClauseRole::kResponsible;
  return clause;
}

// 各乡镇, 各街道, 各县（市、区）: the bodies of a kind of division, a unit as named.
bool EndsAsDivisions(const std::string& name) {
  size_t end = name.size();
  const char32_t last = end > 0 ? PreviousCodePoint(name, end) : 0;
  return name.starts_with("各") &&
         std::u32string_view(U"镇乡区县市道）").find(last) != std::u32string_view::npos;
}

// 城关镇, 青石街道, 柳河乡: a town's own name (two to six characters), which is a unit beside others (not
// 城镇, 乡镇, 小城镇, a kind of place).
bool NamedTownship(const std::string& name) {
  const size_t n = CountCodePoints(name);
  if (n < 2 || n > 6 || SaysNoUnit(name)) return false;
  for (std::string_view kind : {"城镇", "乡镇", "村镇", "集镇", "小镇", "城乡", "下乡"})
    if (name.ends_with(kind)) return false;
  // (Nor the township a sentence points at, 全镇, 本乡, 该镇, nor a kind of one, 美丽乡, 特色镇: a town's
  // name may begin so, 一都镇, 全州镇.)
  for (std::string_view pointer : {"全", "本", "该", "每", "此", "其", "一", "各"})
    if (name.starts_with(pointer) && n == 2) return false;
  for (std::string_view kind : {"美丽", "和美", "宜居", "特色", "重点"})
    if (name.starts_with(kind) && n == 3) return false;
  return name.ends_with("镇") || name.ends_with("乡") || name.ends_with("街道");
}

// Whether a name is a unit's, as a clause's names must be (NamesAUnit: 建立健全政府 is none), or a kind of
// division's (各乡镇, 各街道).
bool UnitOrDivisions(const std::string& name) { return NamesAUnit(name) || EndsAsDivisions(name); }

// Whether every name of a list is a unit's or a kind of division's.
bool AllNameUnits(std::string_view list) {
  const std::vector<std::string> names = SplitList(list);
  return !names.empty() && std::all_of(names.begin(), names.end(), UnitOrDivisions);
}

// B负责征地拆迁 after a lead and its helpers: units that carry out a named share of the task (a few
// words after 负责, no person: 负责同志, 负责人), or 会同B after the lead. The units when so, else empty.
std::string_view UnitsWithShare(std::string_view part) {
  part = TrimSpaces(part);
  // 会同B、C after the lead's part (责成A牵头，会同B、C，开展…): those the lead works with help.
  for (std::string_view with : {"会同", "联合"})
    if (part.starts_with(with)) {
      const std::string_view units = part.substr(with.size());
      return AllNameUnits(units) ? units : std::string_view();
    }
  const size_t verb = FindText(part, "负责");
  if (verb == std::string_view::npos || verb == 0) return {};
  const std::string_view share = part.substr(verb + std::string_view("负责").size());
  const size_t n = CountCodePoints(share);
  // (Not a sentence after the verb, 负责。列第一位者为牵头单位, nor a rule; past ten characters, a share is
  // named (促消费活动和限上企业培育), not a sentence of work, 统筹安排全市交通建设专项资金.)
  const bool work =
      n > 10 && (share.starts_with("统筹") ||
                 std::ranges::any_of(kWorkVerbs, [&](std::string_view v) { return share.starts_with(v); }));
  if (n == 0 || n > 16 || work || share.starts_with("同志") || share.starts_with("人") ||
      FindText(share, "。") != std::string_view::npos || FindText(share, "牵头") != std::string_view::npos ||
      FindText(share, "负责") != std::string_view::npos)
    return {};
  const std::string_view units = part.substr(0, verb);
  return AllNameUnits(units) ? units : std::string_view();
}

// The units of `rest`, what follows a lead's verb, when each of its parts between commas (outside
// brackets) names units that take part: B、C配合 · B等配合，各县（市、区）政府落实. A part that says what
// the task does once some took part ends them (B配合，推进紧密型县域医共体建设: the sentence's work after
// its clause), as does a part of units with their share (C负责征地拆迁), which take part too.
// 县财政局配合县住建局 (before a verb): where 配合 or 协助 parts the units that help from the unit they help,
// both lists of units, the second no list's next item (县财政局配合、县自然资源局配合); and the verb's size.
std::pair<size_t, size_t> HelpsBefore(std::string_view list) {
  for (std::string_view helps : {"配合", "协助"})
    if (const size_t at = FindText(list, helps); at != std::string_view::npos && at > 0) {
      const std::string_view after = list.substr(at + helps.size());
      if (!after.starts_with("、") && AllNameUnits(list.substr(0, at)) && AllNameUnits(after))
        return {at, helps.size()};
    }
  return {std::string_view::npos, 0};
}

// Whether each part of `tail` between commas is a time (2025年12月底前完成) or the office that oversees the
// task (县政府督查室督办, 县委督查室、县政府督查室联合督办): what may close a clause after its units.
bool TimesAndOversightOnly(std::string_view tail) {
  for (size_t from = 0; from <= tail.size();) {
    size_t comma = FindText(tail.substr(from), "，");
    comma = comma == std::string_view::npos ? tail.size() : from + comma;
    std::string_view piece = TrimSpaces(tail.substr(from, comma - from));
    if (!IsTimeOnly(piece)) {
      if (!piece.ends_with("督办")) return false;
      piece.remove_suffix(std::string_view("督办").size());
      for (std::string_view how : {"联合", "跟踪", "共同"})
        if (piece.ends_with(how)) piece.remove_suffix(how.size());
      if (!AllNameUnits(piece)) return false;
    }
    from = comma + std::string_view("，").size();
  }
  return true;
}

// 涉及征地拆迁的 · 对推进不力的: a condition a share after it holds under, naming no unit.
bool ConditionOnly(std::string_view piece) {
  piece = TrimSpaces(piece);
  // (Or the work it is about: 苎川经济开发区内的项目, …的事项.)
  if (piece.ends_with("的项目") || piece.ends_with("的事项")) return true;
  if (!piece.ends_with("的")) return false;
  for (std::string_view opens : {"涉及", "对于", "对", "凡", "属于"})
    if (piece.starts_with(opens)) return true;
  return false;
}

// 其中县域物流分拨中心建设由县供销合作社联合社负责 · 企业挂牌培育工作由A会同B负责: a part of the task given
// to units that answer for it by 由, as the clause's lead is: [lead, helpers] (the helpers empty without
// 会同); both empty when the piece is no such thing.
std::pair<std::string_view, std::string_view> PartLedBy(std::string_view piece) {
  piece = TrimSpaces(piece);
  if (piece.starts_with("其中")) piece.remove_prefix(std::string_view("其中").size());
  const size_t by = FindText(piece, "由");
  if (by == std::string_view::npos || by == 0) return {};
  std::string_view body = piece.substr(by + std::string_view("由").size());
  bool verb = false;
  for (std::string_view v : {"牵头负责", "负责", "牵头"})
    if (body.ends_with(v)) {
      body.remove_suffix(v.size());
      verb = true;
      break;
    }
  // (The part's own words before 由 name no unit: 县财政局由… is a list, not a part.)
  if (!verb || AllNameUnits(piece.substr(0, by))) return {};
  std::string_view lead = body, helpers;
  if (const size_t with = FindText(body, "会同"); with != std::string_view::npos) {
    lead = body.substr(0, with);
    helpers = body.substr(with + std::string_view("会同").size());
    if (!AllNameUnits(helpers)) return {};
  }
  if (!AllNameUnits(lead)) return {};
  return {lead, helpers};
}

// `leads`, when given, takes the places in `units` of those that lead a part of the task (PartLedBy).
bool Participants(std::string_view rest, std::vector<std::string_view>& units,
                  std::vector<size_t>* leads = nullptr) {
  int depth = 0;
  size_t from = 0;
  // After a ； comes a sentence of its own (；各市州抓好落实, ；2024年底前完成): when it names no units, the
  // parts before it stand. How many parts stood at the last ；, or none yet.
  std::optional<size_t> at_semicolon;
  // How many parts stood at the last comma or ； that closed one, where the work may start.
  std::optional<size_t> at_comma;
  for (size_t i = 0; i <= rest.size();) {
    const size_t at = i;
    const char32_t cp = i < rest.size() ? NextCodePoint(rest, i) : U'，';
    if (i == at) ++i;
    if (cp == U'（' || cp == U'(') ++depth;
    if ((cp == U'）' || cp == U')') && depth > 0) --depth;
    // (A ； parts them too: 由A牵头，B配合；C抓好落实.)
    if ((cp != U'，' && cp != U',' && cp != U'；' && cp != U';') || depth > 0) continue;
    // A time after the units that take part closes the clause (…，B、C等按职责分工负责，2025年底前完成).
    // (So does one before the office that oversees it: …协办，2025年12月底前完成，县政府督查室督办.)
    if (!units.empty() && IsTimeOnly(TrimSpaces(rest.substr(from, at - from))))
      return at >= rest.size() || TimesAndOversightOnly(rest.substr(i));
    // (A condition, 涉及征地拆迁的, before the share it holds for: passed over.)
    if (ConditionOnly(rest.substr(from, at - from))) {
      from = std::min(i, rest.size());
      continue;
    }
    // (A part of the task led by units of its own, 其中…由A负责: they lead beside the clause's lead.)
    if (leads)
      if (const auto [lead, helpers] = PartLedBy(rest.substr(from, at - from)); !lead.empty()) {
        leads->push_back(units.size());
        units.push_back(lead);
        if (!helpers.empty()) units.push_back(helpers);
        from = std::min(i, rest.size());
        if (cp == U'；' || cp == U';') at_semicolon = units.size();
        at_comma = units.size();
        continue;
      }
    // A part with no verb goes on past its comma: B、C，D按职责分工配合 is one list.
    re2::StringPiece part;
    if (!FullMatch(Pat::kClauseParticipants, rest.substr(from, at - from), &part)) {
      const std::string_view piece = rest.substr(from, at - from);
      if (const std::string_view share = UnitsWithShare(piece); !share.empty()) {
        units.push_back(share);
        from = std::min(i, rest.size());
        at_comma = units.size();
      } else if (at_comma && *at_comma > 0 && !AllNameUnits(TrimSpaces(piece))) {
        units.resize(*at_comma);  // the work, not more of the list (B配合，C、D，E参与)
        return true;
      }
      continue;
    }
    // 各乡镇抓好落实 names no unit: every name must end as a unit's does. (A town named beside units is
    // one: 县城管局、城关镇、县供电公司配合.)
    std::string_view named(part.data(), part.size());
    // (县财政局配合县住建局落实 after the lead: those who help, the unit they help after 配合, named before.)
    if (const auto [at, size] = HelpsBefore(named); at != std::string_view::npos) named = named.substr(0, at);
    const std::vector<std::string> names = SplitList(named);
    const bool beside_units = std::any_of(names.begin(), names.end(), LooksLikeUnit);
    // (积极争取省交通运输厅支持: the work's words before a body asked for support, no unit of the task's.)
    const auto asks = [](const std::string& name) {
      for (std::string_view asking : {"积极争取", "争取", "积极对接", "主动对接", "对接"})
        if (name.starts_with(asking)) return true;
      return false;
    };
    // (组织部, 依法治县办, 全面深化改革办: a short body's name that opens as work does, no work before a
    // unit, 加强县财政局.)
    const auto work_before_unit = [](const std::string& name) {
      if (!SaysNoUnit(name)) return false;
      if (CountCodePoints(name) > 7) return true;
      for (std::string_view end : {"部", "办", "委", "室"})
        if (name.ends_with(end))
          for (std::string_view verb : kWorkVerbs)
            if (name.starts_with(verb)) {
              const std::string_view rest = std::string_view(name).substr(verb.size());
              return rest.starts_with("县") || rest.starts_with("市") || rest.starts_with("区") ||
                     rest.starts_with("省") || rest.starts_with("各");
            }
      return true;
    };
    for (const std::string& name : names)
      if ((!LooksLikeUnit(name) && !EndsAsDivisions(name) && !(beside_units && NamedTownship(name))) ||
          asks(name) || work_before_unit(name)) {
        // (县统计局负责入库指导: a share whose last words read as a verb, 指导.)
        if (const std::string_view share = UnitsWithShare(rest.substr(from, at - from)); !share.empty()) {
          named = share;
          break;
        }
        const std::optional<size_t> stood = at_semicolon ? at_semicolon : at_comma;
        if (!stood || *stood == 0) return false;
        units.resize(*stood);
        return true;
      }
    units.push_back(named);
    from = std::min(i, rest.size());
    if (cp == U'；' || cp == U';') at_semicolon = units.size();
    at_comma = units.size();
  }
  if (from != rest.size() && at_semicolon && *at_semicolon > 0) {
    units.resize(*at_semicolon);
    return true;
  }
  return !units.empty() && from == rest.size();
}

// Participants, those that lead a part of the task among them (`leads`: their places) kept only while they
// stand.
bool ParticipantsAndPartLeads(std::string_view rest, std::vector<std::string_view>& units,
                              std::vector<size_t>& leads) {
  const bool found = Participants(rest, units, &leads);
  std::erase_if(leads, [&](size_t at) { return at >= units.size(); });
  return found;
}

// Whether `shorter` is a short form of the unit `full` (县住建局 of 县住房和城乡建设局, 县城管局 of
// 县城市管理局): fewer characters, four or more, the same first two and last, each in order among the full
// name's; not the name of a body above it (市公安局 of 市公安局交通管理局), nor one of its neighbour's
// (市交通局 of 市公安局交通管理局, 县委办 of 县委网信办).
bool Abbreviates(std::string_view shorter, std::string_view full) {
  if (shorter.size() >= full.size() || CountCodePoints(shorter) < 4 || full.starts_with(shorter))
    return false;
  size_t i = 0, j = 0;
  for (int k = 0; k < 2; ++k)
    if (NextCodePoint(shorter, i) != NextCodePoint(full, j)) return false;
  size_t s_end = shorter.size(), f_end = full.size();
  if (PreviousCodePoint(shorter, s_end) != PreviousCodePoint(full, f_end)) return false;
  while (i < s_end) {  // (the middle characters, each found after the one before it)
    const char32_t cp = NextCodePoint(shorter, i);
    bool found = false;
    while (j < f_end && !found) found = NextCodePoint(full, j) == cp;
    if (!found) return false;
  }
  return true;
}

// The unit of `listed` that `named` names: the same name, the name with its own bracket after it
// (县融媒体中心（县广播电视台）), or the one full name a short name stands for (其中县住建局牵头 after
// 县住房和城乡建设局、县财政局); empty when none (or several) fit.
std::string_view ListedName(std::string_view named, std::span<const std::string> listed) {
  for (const std::string& item : listed)
    if (item == named ||
        (item.starts_with(named) && std::string_view(item).substr(named.size()).starts_with("（")))
      return item;
  std::string_view found;
  for (const std::string& item : listed)
    if (Abbreviates(named,
                    std::string_view(item).substr(0, item.ends_with("）") ? item.find("（") : item.size()))) {
      if (!found.empty()) return {};
      found = item;
    }
  return found;
}

// The words that say units help: 配合, 参与, 协助, 协办, 协同.
constexpr std::string_view kHelperWords[] = {"配合", "参与", "协助", "协办", "协同"};

// Whether `list` names persons only: each with a title (TitledPersonsOnly), or addressed as 同志 (邓光辉同志,
// 县委常委、常务副县长贺敏同志).
bool PersonsOnly(std::string_view list) {
  if (TitledPersonsOnly(list)) return true;
  const std::vector<std::string> names = SplitList(list);
  // (Names sharing the last one's title: 苏建华、韩立新副县长.)
  const auto bare = [](const std::string& n) {
    const size_t length = CountCodePoints(n);
    return length >= 2 && length <= 4 && LooksLikePersonName(n) && !NamesAUnit(n);
  };
  if (names.size() >= 2 && TitledPersonsOnly(names.back()) &&
      std::all_of(names.begin(), names.end() - 1, bare))
    return true;
  return !names.empty() && std::ranges::all_of(names, [](const std::string& name) {
    std::string_view n = name;
    if (!n.ends_with("同志")) return false;
    n.remove_suffix(std::string_view("同志").size());
    return TitledPersonsOnly(n) || (LooksLikePersonName(n) && !NamesAUnit(std::string(n)));
  });
}

// A lead's list that opens with the task's leaders, then its units (邓光辉县长、县发改局牵头，B配合): the
// leaders' part, then the clause the rest makes; nullopt where the list opens with no person, or the rest is
// no clause of units.
std::optional<ClauseMatch> PersonsBeforeUnits(std::string_view content, bool support) {
  std::string_view s = content;
  if (s.starts_with("由")) s.remove_prefix(std::string_view("由").size());
  // Only before the first verb of the clause: the parts of its first list, at 、 and ，.
  size_t verb = s.size();
  for (std::string_view v : {"牵头", "负责", "主责", "为主"}) verb = std::min(verb, FindText(s, v));
  if (verb == std::string_view::npos || verb == s.size() || verb > 3 * 40) return std::nullopt;
  size_t best = 0, best_next = 0;
  for (size_t at = 0; at < verb;) {
    const size_t comma = FindTextFrom(s, "，", at), pause = FindTextFrom(s, "、", at);
    const size_t mark = std::min(comma, pause);
    if (mark == std::string_view::npos || mark >= verb) break;
    std::string_view persons = s.substr(0, mark);
    if (PersonsOnly(persons)) best = mark, best_next = mark + 3;
    at = mark + 3;
  }
  // (Or the whole list, its 牵头 closing the leaders' part: 韩立新副县长牵头，A、B负责，C配合.)
  if (constexpr std::string_view kLeads = "牵头，";
      s.substr(verb).starts_with(kLeads) && PersonsOnly(s.substr(0, verb)))
    best = verb, best_next = verb + kLeads.size();
  if (best == 0) return std::nullopt;
  std::optional<ClauseMatch> after =
      ParseUnlabelled(TrimSpaces(s.substr(best_next)), support, /*leaders=*/false);
  if (!after || !EveryPartNamesUnits(*after) || after->parts.empty() ||
      after->parts[0].role == ClauseRole::kCooperating)
    return std::nullopt;
  ClauseMatch leaders;
  AddClausePart("牵头", ClauseRole::kLeader, s.substr(0, best), leaders);
  after->parts.insert(after->parts.begin(), std::make_move_iterator(leaders.parts.begin()),
                      std::make_move_iterator(leaders.parts.end()));
  return after;
}

// A、B负责 / A会同B负责 / A、B牵头负责 / A牵头，B参与 — with an optional rule after it.
// 各副县长按分工, 各分管副县长, 各位副市长, 县政府领导班子成员按分工: the leaders as a body, each for his
// portfolio, no one of them named.
bool LeadersByPortfolio(std::string_view body) {
  for (std::string_view how : {"按职责分工", "按分工", "分别"})
    if (body.ends_with(how)) body.remove_suffix(how.size());
  if (body.ends_with("班子成员") || body.ends_with("领导成员")) return true;
  if (!body.starts_with("各")) return false;
  body.remove_prefix(std::string_view("各").size());
  if (body.starts_with("位")) body.remove_prefix(std::string_view("位").size());
  return FullMatch(Pat::kLeaderPostAlone, body) || body == "县领导" || body == "市领导" || body == "区领导" ||
         body == "分管县领导" || body == "分管市领导" || body == "分管区领导";
}

std::optional<ClauseMatch> ParseUnlabelled(std::string_view content, bool support, bool leaders) {
  if (content.size() > kMaxClauseBytes) return std::nullopt;  // a remark, or a cell of no one's clause
  // 在县委政法委统筹下，A、B按职责分工负责 · A、B在县委政法委统筹下按职责分工负责: the unit that co-ordinates
  // leads, read as 县委政法委统筹，A、B按职责分工负责. Under a government or a party committee itself
  // (在县政府统筹下), the words only frame the clause, which is read without them. (Not 统筹下达 and the
  // like; the first 在 before the unit, not one inside it: 在所在地乡镇人民政府统筹下.)
  if (const size_t under = FindText(content, "统筹下"); under != std::string_view::npos) {
    std::string_view rest = content.substr(under + std::string_view("统筹下").size());
    size_t next = 0;
    const char32_t after = rest.empty() ? U'\0' : NextCodePoint(rest, next);
    std::string_view before = content.substr(0, under);
    if (before.ends_with("的")) before.remove_suffix(std::string_view("的").size());
    if (rest.starts_with("，")) rest.remove_prefix(std::string_view("，").size());
    for (size_t at = FindText(before, "在");
         at != std::string_view::npos && !rest.empty() &&
         std::u32string_view(U"达发放拨").find(after) == std::u32string_view::npos;
         at = FindTextFrom(before, "在", at + 3)) {
      const std::string lead(before.substr(at + std::string_view("在").size()));
      const std::string_view others = content.substr(0, at);
      if (FindText(others, "，") != std::string_view::npos) continue;
      // (A body read as no unit, 县防指, frames the clause too.)
      const bool frame = !UnitOrDivisions(lead) || lead.ends_with("政府") || lead.ends_with("领导小组") ||
                         (lead.ends_with("委") && CountCodePoints(lead) <= 3);
      return ParseUnlabelled(frame ? std::string(others) + std::string(rest)
                                   : lead + "统筹，" + std::string(others) + std::string(rest),
                             support);
    }
  }
  // 由A商B、C负责: A consults B and C (商, 商请) as it would work with them (会同): read so. Only between a
  // unit's end and a unit's start (县商务局, 工商联 keep theirs).
  for (std::string_view consults : {"商请", "商"})
    for (size_t at = FindText(content, consults); at != std::string_view::npos && at > 0;
         at = FindTextFrom(content, consults, at + consults.size())) {
      size_t before = at, after = at + consults.size();
      const char32_t prev = PreviousCodePoint(content, before);
      const char32_t next = after < content.size() ? NextCodePoint(content, after) : U'\0';
      std::string_view consulted = content.substr(at + consults.size());
      for (std::string_view v : {"负责", "牵头"})
        if (const size_t verb = FindText(consulted, v); verb != std::string_view::npos)
          consulted = consulted.substr(0, verb);
      // (Nor 商 opening a word of a name, 县供销合作社商贸公司, 县市场监管局商标广告股.)
      if (std::u32string_view(U"贸业标函会务品户铺圈住混场城超事店街厦行号报检").find(next) !=
          std::u32string_view::npos)
        continue;
      if (!EndsOrganisation(prev) || (!StartsOrganisation(next) && !AllNameUnits(consulted))) continue;
      std::string_view lead = content.substr(0, at);
      if (lead.starts_with("由")) lead.remove_prefix(std::string_view("由").size());
      if (!AllNameUnits(lead)) continue;
      return ParseUnlabelled(
          std::string(content.substr(0, at)) + "会同" + std::string(content.substr(at + consults.size())),
          support, leaders);
    }
  // A在B、C配合下负责 · 在B、C指导下，A负责 · A在B指导下负责，C配合: those the lead works with or under,
  // named in 在…下: read as A负责，B、C配合 (指导: they guide, no less the task's units, as 督促指导 reads).
  for (std::string_view under : {"配合下", "协助下", "支持下", "指导下"})
    if (const size_t end = FindText(content, under); end != std::string_view::npos) {
      const size_t in = content.substr(0, end).rfind("在");
      if (in == std::string_view::npos) break;
      const std::string_view others = content.substr(in + std::string_view("在").size(), end - in - 3);
      std::string_view lead = content.substr(0, in), rest = content.substr(end + under.size());
      TakePrefix(rest, {"，", ","});
      // (在B指导下，A负责…: the lead after the phrase, its verb its own.)
      std::string_view verb_and_after = rest;
      if (lead.empty()) {
        const size_t comma = FindText(rest, "，");
        const std::string_view first = comma == std::string_view::npos ? rest : rest.substr(0, comma);
        for (std::string_view v : {"负责", "牵头"})
          if (first.ends_with(v)) lead = first.substr(0, first.size() - v.size());
        verb_and_after = rest.substr(lead.size());
      }
      if (lead.empty() || !AllNameUnits(lead) || !AllNameUnits(others)) break;
      std::string_view tail = verb_and_after;
      for (std::string_view v : {"负责", "牵头"})
        if (tail.starts_with(v)) tail.remove_prefix(v.size());
      return ParseUnlabelled(std::string(lead) + "负责，" + std::string(others) +
                                 (under == "指导下" ? "指导" : "配合") + std::string(tail),
                             support, leaders);
    }
  // （林志强挂钩，县发改局牵头，B配合，2025年12月底前完成）: the county leader attached to the task by 挂钩
  // (the Fujian and Jiangsu word, 挂钩县领导), a person or two, named or titled; then the units' shares as a
  // clause of their own. So a leader who 领办 it (a 督查 system's word: X副县长领办，A主办，B协办，C督办).
  for (std::string_view hook : {"挂钩联系，", "挂钩，", "领办，", "协调，"})
    if (const size_t at = FindText(content, hook); at != std::string_view::npos && at > 0) {
      std::string_view person = TrimSpaces(content.substr(0, at));
      if (person.ends_with("同志")) person.remove_suffix(std::string_view("同志").size());
      // (A titled person whole, 县委常委、常务副县长陈国华; else each of the list a person: not a place or a
      // field, 金山镇挂钩 · 银企挂钩 · 项目挂钩.)
      const std::vector<std::string> persons = SplitList(person);
      const auto a_person = [](const std::string& name) {
        std::string_view n = name;
        if (n.ends_with("同志")) n.remove_suffix(std::string_view("同志").size());
        size_t end = n.size();
        const char32_t last = end > 0 ? PreviousCodePoint(n, end) : U'\0';
        return TitledPersonsOnly(n) ||
               (LooksLikePersonName(n) && !NamesAUnit(std::string(n)) &&
                std::u32string_view(U"村镇乡区县市省州社企园目融业").find(last) == std::u32string_view::npos);
      };
      // (各副县长按分工领办, 各分管副县长领办: the leaders as a body, each for his portfolio, no one named:
      // the units' shares after them are the clause.)
      if (hook == "领办，" && LeadersByPortfolio(person))
        if (std::optional<ClauseMatch> after =
                ParseUnlabelled(TrimSpaces(content.substr(at + hook.size())), support);
            after && EveryPartNamesUnits(*after))
          return after;
      // (协调 after a person with a title only: 向上协调, 高位协调 are how the work is done.)
      if (!TitledPersonsOnly(person) &&
          (hook == "协调，" || persons.empty() || !std::all_of(persons.begin(), persons.end(), a_person)))
        break;
      // (And the units' shares after it: a clause, or no 挂钩 clause.)
      std::optional<ClauseMatch> after =
          ParseUnlabelled(TrimSpaces(content.substr(at + hook.size())), support);
      if (!after || !EveryPartNamesUnits(*after)) break;
      ClauseMatch hooked;
      AddClausePart("挂钩", ClauseRole::kLeader, person, hooked);
      for (ClausePart& p : after->parts) hooked.parts.push_back(std::move(p));
      return hooked;
    }
  // （邓光辉县长、县发改局牵头，B配合） · （县委常委、常务副县长贺敏、县财政局牵头） ·
  // （贺敏常务副县长，A、B牵头） · （苏建华、韩立新副县长，A牵头） · （邓光辉同志、A牵头）: the county
  // leaders named first in the lead's list, before its units (一项任务、一名县领导、一个牵头单位): the task's
  // leaders; the units after them and the rest of the clause read as a clause of their own. The longest run
  // of persons that leaves one.
  if (std::optional<ClauseMatch> led = leaders ? PersonsBeforeUnits(content, support) : std::nullopt)
    return led;
  // 县交通运输局牵头、县财政局配合: the lead's verb closes its part as a comma would, before helpers.
  for (std::string_view verb : {"牵头、", "负责、", "主责、"})
    if (const size_t at = FindText(content, verb); at != std::string_view::npos) {
      const std::string_view after = content.substr(at + verb.size());
      if (FindText(after, "，") == std::string_view::npos &&
          std::ranges::any_of(kHelperWords, [&](std::string_view w) { return after.ends_with(w); }))
        return ParseUnlabelled(
            std::string(content.substr(0, at + verb.size() - 3)) + "，" + std::string(after), support);
    }
  // 县教育局为主、县工信局配合: the lead's 为主 closes its part as a comma would.
  if (const size_t lead = FindText(content, "为主、"); lead != std::string_view::npos) {
    std::string_view unit = content.substr(0, lead);
    if (const size_t comma = LastMarkFrom(unit, "，", 0); comma != std::string_view::npos)
      unit.remove_prefix(comma + std::string_view("，").size());
    if (unit.starts_with("以")) unit.remove_prefix(std::string_view("以").size());
    if (UnitOrDivisions(std::string(unit)))
      return ParseUnlabelled(std::string(content.substr(0, lead)) + "为主，" +
                                 std::string(content.substr(lead + std::string_view("为主、").size())),
                             support);
  }
  // 由县发改局负责项目调度，县自然资源局负责用地保障，… ·
  // 各乡（镇）人民政府按属地负责粮食生产，县农业农村局负责 …: the first units answer for a share of the task
  // they name, the others for shares of their own: the first lead (as 由A负责，B负责X reads), their share no
  // part of the clause's words.
  if (const size_t comma = FindText(content, "，"); comma != std::string_view::npos && comma > 0) {
    std::string_view first = content.substr(0, comma);
    if (first.starts_with("由")) first.remove_prefix(std::string_view("由").size());
    std::string_view named = UnitsWithShare(first);
    if (re2::StringPiece u; named.empty() && FullMatch(Pat::kClauseParticipants, first, &u) &&
                            FindText(first.substr(u.size()), "负责") != std::string_view::npos &&
                            !first.ends_with("负责") && AllNameUnits(u))
      named = std::string_view(u.data(), u.size());
    // (Not where a later part names the lead, 县委政法委牵头抓总, or a unit plainly 负责, nor for the office
    // that oversees the work, 县委督查室负责跟踪督办.)
    const std::string_view later = content.substr(comma);
    bool lead_later = FindText(later, "牵头") != std::string_view::npos ||
                      FindText(later, "为主") != std::string_view::npos ||
                      FindText(later, "主抓") != std::string_view::npos || named.ends_with("督查室") ||
                      ContainsText(first, "督办") || ContainsText(first, "跟踪督");
    for (size_t from = 0; !lead_later && from < later.size();) {
      size_t next = FindTextFrom(later, "，", from + 1);
      if (next == std::string_view::npos) next = later.size();
      std::string_view piece = TrimSpaces(later.substr(from, next - from));
      TakePrefix(piece, {"，"});
      for (std::string_view plain : {"按职责分工负责", "负责"})
        if (piece.ends_with(plain) && AllNameUnits(piece.substr(0, piece.size() - plain.size())))
          lead_later = true;
      from = next;
    }
    if (!named.empty() && !lead_later && FindText(named, "会同") == std::string_view::npos)
      return ParseUnlabelled(std::string(named) + "负责" + std::string(content.substr(comma)), support,
                             leaders);
  }
  re2::StringPiece units, verb, rest;
  ClauseMatch clause;
  // 国家发展改革委、财政部支持，地方各级人民政府负责 · 生态环境部督促，地方各级人民政府负责落实 ·
  // 国务院国资委 督促中央企业落实: those who support, urge or guide first, those responsible after them; the
  // latter lead, the former help.
  // (Once: the clause after the verb is read without this step. Not inside a unit's name, 县委督导组, nor
  // after 由 or 以上两项, which the reading below takes off.)
  size_t helps_at = std::string_view::npos, helps_size = 0;  // the first verb of support, the longest there
  if (support)
    for (std::string_view helps : kSupportVerbs)
      for (size_t from = 0; from < content.size();) {
        const size_t at = FindText(content.substr(from), helps);
        if (at == std::string_view::npos) break;
        size_t next = from + at + helps.size();
        const char32_t after = next < content.size() ? NextCodePoint(content, next) : U'\0';
        if (std::u32string_view(U"组室站处科办委队").find(after) == std::u32string_view::npos) {
          if (from + at < helps_at) helps_at = from + at, helps_size = helps.size();
          break;
        }
        from += at + helps.size();
      }
  if (helps_at != std::string_view::npos && helps_at > 0) {
    const std::string_view first = content.substr(0, helps_at);
    std::string_view second = content.substr(helps_at + helps_size);
    if (second.starts_with("，")) second.remove_prefix(std::string_view("，").size());
    const bool pointed = first.starts_with("由") || first.starts_with("以上") || first.starts_with("上述") ||
                         first.starts_with("此项") || first.starts_with("该项") || first.starts_with("本项");
    if (!second.empty() && !pointed && FindText(first, "，") == std::string_view::npos &&
        first.find("（") == std::string_view::npos)
      if (std::optional<ClauseMatch> after = ParseUnlabelled(second, /*support=*/false);
          after && !after->parts.empty() && after->parts[0].role != ClauseRole::kCooperating &&
          std::all_of(after->parts.begin(), after->parts.end(), [](const ClausePart& p) {
            return std::all_of(p.units.begin(), p.units.end(), [](const std::string& u) {
              return UnitOrDivisions(u) || u.ends_with("企业");  // 中央企业
            });
          })) {
        for (ClausePart& p : after->parts)
          if (p.role == ClauseRole::kResponsible) p.role = ClauseRole::kLead;
        AddPart("配合", first, *after);
        if (std::all_of(after->parts.back().units.begin(), after->parts.back().units.end(), LooksLikeUnit))
          return after;
      }
  }
  // X为牵头单位，Y为配合单位.
  re2::StringPiece lead_units, other_units;
  if (FullMatch(Pat::kClauseIsLead, content, &lead_units, &other_units)) {
    AddPart("牵头", lead_units, clause);
    if (!other_units.empty()) AddPart("配合", other_units, clause);
    return clause;
  }
  // （市残联、市住房城乡建设局起草）: a legislative plan's drafters, every name a unit's (not 正在起草,
  // 会同县司法局起草, 由县司法局负责起草: a note on the work).
  if (content.ends_with("起草") && content.size() > std::string_view("起草").size()) {
    ClauseMatch drafters;
    std::string_view named = content.substr(0, content.size() - std::string_view("起草").size());
    if (named.starts_with("由")) named.remove_prefix(std::string_view("由").size());  // (由A起草)
    const std::vector<std::string> names = SplitList(named);
    if (!names.empty() && std::ranges::all_of(names, [](const std::string& n) {
          return NamesAUnit(n) && !n.ends_with("负责") && !n.starts_with("会同") && !n.starts_with("联合") &&
                 !n.starts_with("委托");
        })) {
      AddPart("起草", named, drafters);  // (responsible; beside a labelled lead, helping it)
      return drafters;
    }
  }
  // （县发改局为责任单位）: the units responsible, named before what they are.
  for (std::string_view is : {"为责任单位", "为责任部门", "为承办单位", "为实施单位"})
    if (content.ends_with(is) && content.size() > is.size()) {
      ClauseMatch responsible;
      AddPart(std::string(is), content.substr(0, content.size() - is.size()), responsible);
      if (EveryPartNamesUnits(responsible)) return responsible;
    }
  // A lead's bracket, 县城管局（牵头）、各镇人民政府负责 · 县发改局（牵头）、县财政局配合, or one that says
  // more, 县城管局（牵头，负责城区）、…: read as 县城管局牵头，各镇人民政府负责, its note's helpers after the
  // lead. (Only a clause that ends with its verb: a list after the bracket, 县住建局（牵头，…）、县水利局, is
  // a label's value, which SplitUnitsByRole reads whole.)
  const auto lead_marks_opened = [&]() -> std::optional<ClauseMatch> {
    std::string opened = LeadNotesOpened(content);
    // (A lead marked after others of its list, 县财政局、县发改局（牵头）、县审计局配合, is put first:
    // 县发改局牵头， 县财政局、县审计局配合.)
    for (std::string_view mark : {"（牵头）、", "（牵头），"})
      for (size_t at = opened.find(mark); at != std::string::npos; at = opened.find(mark, at)) {
        const size_t comma = LastMarkFrom(std::string_view(opened).substr(0, at), "，", 0);
        const size_t start = comma == std::string_view::npos ? 0 : comma + std::string_view("，").size();
        const size_t item = LastMarkFrom(std::string_view(opened).substr(0, at), "、", start);
        if (item == std::string_view::npos) {
          opened.replace(at, mark.size(), "牵头，");
          continue;
        }
        const std::string lead = opened.substr(item + 3, at - item - 3);
        const std::string others = opened.substr(start, item - start);
        opened = opened.substr(0, start) + lead + "牵头，" + others + "、" + opened.substr(at + mark.size());
        at = start + lead.size();
      }
    const bool verb_last =
        std::any_of(std::begin(kUnlabelledVerbs), std::end(kUnlabelledVerbs),
                    [&](std::string_view verb) { return std::string_view(opened).ends_with(verb); });
    return opened == content || !verb_last ? std::nullopt : ParseUnlabelled(opened, support);
  };
  // 县教育局、团县委配合县人社局负责 · 县卫健局协助县中医医院实施: those who help named before those they
  // help, who lead.
  if (re2::StringPiece helpers, helped; FullMatch(Pat::kClauseHelpersFirst, content, &helpers, &helped)) {
    ClauseMatch first;
    AddPart("配合", helpers, first);
    AddPart("牵头", helped, first);
    if (EveryPartNamesUnits(first)) return first;
  }
  // A lead named by 统筹, 为主 or 主抓 after it, when every name before the verb is a unit's.
  bool lead_verb = false;
  if (FindText(content, "统筹") != std::string_view::npos ||
      FindText(content, "为主") != std::string_view::npos ||
      FindText(content, "主抓") != std::string_view::npos ||
      FindText(content, "抓总") != std::string_view::npos)
    if (re2::StringPiece u, v, r; FullMatch(Pat::kClauseUnlabelledLead, content, &u, &v, &r)) {
      std::string_view named = u;
      for (std::string_view by : {"由", "以"})
        if (named.starts_with(by) && !named.starts_with("以上")) named.remove_prefix(by.size());
      const std::vector<std::string> names = SplitList(named);
      // (属地乡镇为主, 乡镇为主: the townships, said without 各.)
      const auto named_unit = [](const std::string& name) {
        return UnitOrDivisions(name) || NamedTownship(name) ||
               (name.ends_with("乡镇") && CountCodePoints(name) <= 6 && !SaysNoUnit(name));
      };
      if (!names.empty() && std::all_of(names.begin(), names.end(), named_unit)) {
        units = u;
        verb = v;
        rest = r;
        lead_verb = true;
      }
    }
  if (!lead_verb && !FullMatch(Pat::kClauseUnlabelled, content, &units, &verb, &rest)) {
    if (FindText(content, "（牵头") != std::string_view::npos) return lead_marks_opened();
    // （县财政局配合） · （县教育局，县卫健局配合）: every name a unit's; the name before the comma is
    // responsible (the lead when no section's unit is, or the one of a section's units it names), not said
    // to lead: the comma may part helpers as 、 does.
    if (!FullMatch(Pat::kClauseHelpers, content, &lead_units, &other_units)) return std::nullopt;
    if (!lead_units.empty()) AddPart("负责", lead_units, clause);
    AddPart("配合", other_units, clause);
    for (const ClausePart& p : clause.parts)
      if (p.units.empty() || !std::all_of(p.units.begin(), p.units.end(), NamesAUnit)) return std::nullopt;
    return clause;
  }
  // 县住房和城乡建设局（牵头，负责供排水管网30公里）: a verb inside a unit's note, no clause of its own.
  if (std::string_view before = units; FindText(before, "（") != std::string_view::npos) {
    int depth = 0;
    for (size_t i = 0; i < before.size();) {
      const char32_t cp = NextCodePoint(before, i);
      depth += cp == U'（' ? 1 : cp == U'）' ? -1 : 0;
    }
    // (Its verb inside a lead's bracket.)
    if (depth > 0) return lead_marks_opened();
  }
  NoteRule(rest, clause);
  std::string_view u = units;
  std::string_view v = verb;
  // （以上两项由A牵头，B配合）: the items it covers said before the units (the item it closes reads it).
  // It holds for that many items: this one and those just above it that have no clause of their own.
  // (以上两项, 上述3项, 以上各项: a count of 2 to 9 in digits or Chinese, or each.)
  if (u.starts_with("以上") || u.starts_with("上述")) {
    std::string_view after = u.substr(std::string_view("以上").size());
    int count = 0;
    if (after.starts_with("各项")) {
      count = 1;
      after.remove_prefix(std::string_view("各项").size());
    } else if (const size_t item = FindText(after.substr(0, 6), "项");
               item != std::string_view::npos && item > 0) {
      const std::string_view number = after.substr(0, item);
      if (number.size() == 1 && number[0] >= '2' && number[0] <= '9')
        count = number[0] - '0';
      else if (const std::optional<int> n = ParseChineseNumber(number == "两" ? "二" : number);
               n && *n >= 2 && *n <= 9)
        count = *n;
      if (count > 0) after.remove_prefix(item + std::string_view("项").size());
    }
    if (count > 0) {
      u = after;
      clause.covers = count;
      for (std::string_view what : {"工作", "任务", "事项"})
        if (u.starts_with(what)) u.remove_prefix(what.size());
    }
  }
  // （此项工作由公路局负责） · （此项由A牵头，B配合）: the task pointed at, then 由.
  for (std::string_view pointed :
       {"此项工作", "该项工作", "本项工作", "此项任务", "该项任务", "此项", "该项", "本项"})
    if (u.starts_with(pointed) && u.substr(pointed.size()).starts_with("由")) u.remove_prefix(pointed.size());
  if (u.substr(0, 3) == "由") u.remove_prefix(3);  // 由A牵头，B配合
  // 由县委常委、副县长周立新负责，A牵头，B配合 · （以上两项由赵一副县长负责）: a titled person who answers
  // for the task is its leader, not a unit; the units' shares after it are read as a clause of their own.
  // So is a post that names no one (由县长负责, 由分管副县长负责).
  // (由县委常委、副县长周立新同志负责: the address after the name.)
  if (const std::string_view person =
          u.ends_with("同志") ? u.substr(0, u.size() - std::string_view("同志").size()) : u;
      (v == "负责" || v == "牵头负责" || v == "负总责" || v == "总负责" || v == "具体负责") &&
      (TitledPersonsOnly(person) || FullMatch(Pat::kLeaderPostAlone, person))) {
    AddClausePart(std::string(v), ClauseRole::kLeader, person, clause);
    // (县长X负总责，常务副县长Y具体负责；A牵头，B配合: another leader before the units, read the same way.)
    std::string_view after_person = TrimSpaces(std::string_view(rest.data(), rest.size()));
    TakePrefix(after_person, {"，", "；", ",", ";"});
    if (!after_person.empty())
      if (std::optional<ClauseMatch> after = ParseUnlabelled(after_person, /*support=*/false);
          after && PartsNameSomeone(*after, /*leaders=*/true))
        for (ClausePart& p : after->parts) clause.parts.push_back(std::move(p));
    return clause;
  }
  // 县政府领导班子成员按分工负责，A、B抓好落实 · …按分工负责；A牵头，B配合: the government's leaders as a
  // body, each for his portfolio, name no unit and no one person; the units' shares after them are the
  // clause.
  if (v == "负责" || v == "牵头负责" || v == "负总责") {
    std::string_view body = u;
    for (std::string_view how : {"按职责分工", "按分工", "分别"})
      if (body.ends_with(how)) body.remove_suffix(how.size());
    std::string_view after = TrimSpaces(std::string_view(rest.data(), rest.size()));
    TakePrefix(after, {"，", "；", ",", ";"});
    if (!after.empty() &&
        (body.ends_with("班子成员") || body.ends_with("领导班子") || body.ends_with("领导成员")))
      if (std::optional<ClauseMatch> units_after = ParseUnlabelled(after, /*support=*/false);
          units_after && PartsNameSomeone(*units_after, /*leaders=*/false))
        return units_after;
  }
  // 以县农业农村局为主: the unit that leads.
  if (v == "为主" && u.starts_with("以") && !u.starts_with("以上"))
    u.remove_prefix(std::string_view("以").size());
  re2::StringPiece lead, others;
  // (Not at a name's 联合: 县工商业联合会、县财政局负责 is no A联合B; 县工商业联合会会同县商务局 parts at its
  // 会同.)
  bool jointly = false;
  for (std::string_view rest = u; !jointly && FullMatch(Pat::kClauseJointly, rest, &lead, &others);) {
    const size_t at = static_cast<size_t>(lead.data() + lead.size() - u.data());
    const std::string_view word = u.substr(at);
    if (word.starts_with("联合会") || word.starts_with("联合社") || word.starts_with("联合体")) {
      rest = word.substr(std::string_view("联合会").size());
      // (The name's end the joint word's start: 县工商业联合会会同县财政局, …联合会联合县商务局.)
      if ((rest.starts_with("会同") || (rest.starts_with("联合") && !rest.starts_with("联合会") &&
                                        !rest.starts_with("联合社") && !rest.starts_with("联合体"))) &&
          rest.size() > std::string_view("会同").size()) {
        lead = re2::StringPiece(u.data(), static_cast<size_t>(rest.data() - u.data()));
        others = re2::StringPiece(rest.data() + 6, rest.size() - 6);
        jointly = true;
      }
      continue;
    }
    lead = re2::StringPiece(u.data(), at);
    jointly = true;
  }
  if (jointly) {
    AddPart("牵头", lead, clause);
    AddPart("配合", others, clause);
    // (由A会同B负责，C配合: those after the verb help too.)
    std::vector<std::string_view> participants;
    std::vector<size_t> part_leads;
    if (!rest.empty() && ParticipantsAndPartLeads(rest, participants, part_leads))
      for (size_t k = 0; k < participants.size(); ++k)
        AddPart(std::ranges::find(part_leads, k) != part_leads.end() ? "牵头" : "配合", participants[k],
                clause);
  } else {
    // 牵头，B参与 / 负责，B配合 / 牵头，B按职责分工负责: the units before the
    // comma lead, however many, once others are named as cooperating.
    std::vector<std::string_view> participants;
    std::vector<size_t> part_leads;  // (of participants: 其中…由A负责)
    const bool with_others = !rest.empty() && ParticipantsAndPartLeads(rest, participants, part_leads);
    // X主办 leads only beside a 协办 (A主办，B协办) or the office that oversees it (A主办，C督办): alone it
    // is an event's organiser (进口博览会（商务部主办）).
    if (v == "主办" && FindText(rest, "协办") == std::string_view::npos &&
        FindText(rest, "督办") == std::string_view::npos)
      return std::nullopt;
    // (A为主, A主抓, A统筹 and A统筹协调 lead as A牵头抓总 does.)
    const bool leads = v.find("牵头") != std::string_view::npos || v == "负总责" || v == "主责" ||
                       v == "主办" || v == "共同主办" || v == "为主" || v == "主抓" || v == "抓总" ||
                       v.starts_with("统筹") || v.starts_with("负责统筹");
    // 与X共同牵头, under a unit's heading: X leads beside the heading's unit, which the builder adds (the
    // part's value keeps the 与 that says so).
    const std::string_view printed = u;
    const bool beside_heading_unit =
        u.starts_with("与") &&
        (v == "共同牵头" || v == "共同负责" || v == "共同包抓" || v == "共同牵头包抓" || v == "共同牵头负责");
    // （与常务副县长周振宇共同负责）, （与邹建军常务副县长共同包抓）,
    // （与县委常委、常务副县长宋岩共同牵头包抓）: a leader beside the heading's (a leader's heading, or row,
    // as a rule), no unit.
    if (beside_heading_unit) {
      const std::string_view with = u.substr(std::string_view("与").size());
      if (TitledPersonsOnly(with)) {
        AddClausePart(std::string(v), ClauseRole::kLeader, with, clause);
        return clause;
      }
    }
    if (beside_heading_unit) u.remove_prefix(std::string_view("与").size());
    // 县财政局配合县发改局负责，县审计局参与: those who help named before the unit they help, which leads.
    const auto [help_at, help_size] = HelpsBefore(u);
    const bool helped = help_at != std::string_view::npos;
    if (helped) {
      AddPart("配合", u.substr(0, help_at), clause);
      u.remove_prefix(help_at + help_size);
    }
    // 县发改局、县财政局，县发改局牵头 · …，其中县发改局牵头: the list, then those of it that lead named
    // again (by a short name, maybe: 其中县住建局牵头 of 县住房和城乡建设局); the others help.
    bool named_again = false;
    if (const size_t comma = leads && !helped ? LastMarkFrom(u, "，", 0) : std::string_view::npos;
        comma != std::string_view::npos) {
      std::string_view named = u.substr(comma + std::string_view("，").size());
      TakePrefix(named, {"其中：", "其中:", "其中，", "其中"});
      const std::vector<std::string> listed = SplitList(u.substr(0, comma));
      std::vector<std::string> again = SplitList(named);
      for (std::string& n : again) n = ListedName(n, listed);
      if (!again.empty() && again.size() < listed.size() &&
          std::ranges::none_of(again, [](const std::string& n) { return n.empty(); }) &&
          std::all_of(listed.begin(), listed.end(), [](const std::string& n) { return NamesAUnit(n); })) {
        std::string leading, others;
        for (const std::string& n : listed) {
          std::string& list = std::ranges::find(again, n) == again.end() ? others : leading;
          list.append(list.empty() ? "" : "、").append(n);
        }
        AddPart("牵头", leading, clause);
        AddPart("配合", others, clause);
        named_again = true;
      }
    }
    // (A负责起草: a drafter, responsible; beside a labelled lead it helps, as in （A、B起草）.)
    // (A、B按职责分工负责，C配合: A and B answer each for its own share, none said to lead them: a rule of
    // the notice's may tell.)
    const bool shared = v.starts_with("按职责") && SplitList(u).size() > 1;
    if (!named_again)
      AddPart((leads || with_others || helped) && !shared ? "牵头"
              : v == "负责起草"                           ? "起草"
                                                          : "负责",
              u, clause);
    if (beside_heading_unit && !clause.parts.empty()) clause.parts.back().value = TrimValue(printed);
    if (with_others)
      for (size_t k = 0; k < participants.size(); ++k)
        AddPart(std::ranges::find(part_leads, k) != part_leads.end() ? "牵头" : "配合", participants[k],
                clause);
    // A具体负责，B配合；副县长李建军负总责: the leader named after the units' shares, a sentence of his own
    // past the last ；, which Participants leaves.
    if (with_others)
      if (const std::string_view tail(rest.data(), rest.size());
          LastSemicolon(tail) != std::string_view::npos) {
        const size_t semi = LastSemicolon(tail);
        const std::string_view said = TrimSpaces(tail.substr(semi + (tail[semi] == ';' ? 1 : 3)));
        if (std::optional<ClauseMatch> leader = said.empty() ? std::nullopt : ParseUnlabelled(said, false);
            leader && !leader->parts.empty() && std::ranges::all_of(leader->parts, [](const ClausePart& p) {
              return p.role == ClauseRole::kLeader && !p.units.empty();
            }))
          for (ClausePart& p : leader->parts) clause.parts.push_back(std::move(p));
      }
    // 责任单位：A、B分别牵头，C · （A牵头，B、C）: units listed after the lead's verb, with no verb of their
    // own, help it (they are no less the task's units).
    const std::string_view after_lead = TrimSpaces(std::string_view(rest.data(), rest.size()));
    const bool listed_after = !with_others && leads && !helped &&
                              FindText(after_lead, "：") == std::string_view::npos &&
                              after_lead.find(':') == std::string_view::npos && AllNameUnits(after_lead);
    if (listed_after) AddPart("配合", after_lead, clause);
    // A负责，B牵头，C配合: a clause of its own after the first units' verb, its parts kept beside them (they
    // were dropped), not read as the first's helpers.
    if (!with_others && !listed_after && !rest.empty() && support)
      if (std::optional<ClauseMatch> after =
              ParseUnlabelled(TrimSpaces(std::string_view(rest.data(), rest.size())),
                              /*support=*/false);
          after && !StatesLeadRule(std::string_view(rest.data(), rest.size())) &&
          std::any_of(after->parts.begin(), after->parts.end(),
                      [](const ClausePart& p) {
                        return p.role == ClauseRole::kLead || p.role == ClauseRole::kCooperating;
                      }) &&
          std::all_of(after->parts.begin(), after->parts.end(), [](const ClausePart& p) {
            return std::all_of(p.units.begin(), p.units.end(),
                               [](const std::string& u) { return NamesAUnit(u); });
          }))
        for (ClausePart& p : after->parts) clause.parts.push_back(std::move(p));
  }
  // (A part whose units their marks gave roles of their own, 县发改局（牵头）、县财政局负责, is left empty:
  // dropped, the others kept.)
  if (std::any_of(clause.parts.begin(), clause.parts.end(),
                  [](const ClausePart& p) { return !p.units.empty(); }))
    std::erase_if(clause.parts, [](const ClausePart& p) { return p.units.empty(); });
  // Every name must look like a unit: short, no sentence inside, no person (由何志远同志负责).
  std::optional<ClausePart> shares;  // 县财政局负责资金保障，县政务服务中心牵头: the first helps
  for (ClausePart& p : clause.parts) {
    if (p.units.empty()) return std::nullopt;
    std::vector<bool> cut(p.units.size(), false);
    for (size_t k = 0; k < p.units.size(); ++k) {
      std::string& name = p.units[k];
      // (县财政局负责资金保障: the unit, the share it takes after 负责 no part of its name.)
      if (const size_t verb = name.find("负责");
          verb != std::string::npos && verb > 0 &&
          (LooksLikeUnit(name.substr(0, verb)) || EndsAsDivisions(name.substr(0, verb)))) {
        cut[k] = verb + std::string_view("负责").size() < name.size();
        name.resize(verb);
      }
      if (CountCodePoints(name) > 30 || name.find("，") != std::string::npos || name.ends_with("同志"))
        return std::nullopt;
    }
    // A unit taking a share before the unit said to lead (A负责资金保障，B牵头) helps it, as B做好资金保障
    // after it does; named first, it is printed first.
    // (县财政局、县审计局负责资金监管，县发改局牵头: the names before the last share's take it too.)
    const size_t after_cut = static_cast<size_t>(std::find(cut.rbegin(), cut.rend(), true) - cut.rbegin());
    if (&p == &clause.parts.front() && p.role == ClauseRole::kLead &&
        FindText(v, "牵头") != std::string_view::npos && after_cut < cut.size() && !cut.back()) {
      shares = ClausePart{"配合", {}, {}, ClauseRole::kCooperating};
      size_t k = 0;
      while (k < cut.size() - after_cut) shares->units.push_back(std::move(p.units[k++]));
      p.units.erase(p.units.begin(), p.units.begin() + static_cast<std::ptrdiff_t>(k));
      for (const std::string& name : shares->units)
        shares->value.append(shares->value.empty() ? "" : "、").append(name);
    }
  }
  if (shares) clause.parts.insert(clause.parts.begin(), std::move(*shares));
  return clause;
}

}  // namespace

// Where a unit's scope in brackets after its name begins (县城市管理局（人行道及公共广场）: its area, kind or
// stage, of three characters or more, no body's name and no list of divisions, 各县（市、区）), or 0.
size_t ScopeNoteAt(std::string_view name) {
  if (!name.ends_with("）")) return 0;
  const size_t open = LastMarkFrom(name, "（", 0);
  if (open == std::string_view::npos || open == 0) return 0;
  const std::string_view note = name.substr(open + 3, name.size() - open - 6);
  if (CountCodePoints(note) < 3 || note.find_first_of("0123456789()") != std::string_view::npos ||
      FindText(note, "）") != std::string_view::npos)
    return 0;
  size_t end = note.size();
  if (EndsOrganisation(PreviousCodePoint(note, end)) || note.ends_with("单位") || note.ends_with("部门"))
    return 0;
  const std::vector<std::string> pieces = SplitList(note);
  if (std::all_of(pieces.begin(), pieces.end(), [](const std::string& p) { return CountCodePoints(p) <= 2; }))
    return 0;
  // (Nor a role, nor a person: 县住建局（局长李明）, （联系人：…）.)
  for (std::string_view mark :
       {"牵头", "主责", "配合", "协助", "参与", "主办", "协办", "负责", "按", "含", "其中",
        "长",   "书记", "主任", "经理", "同志", "联系", "主席", "委员", "：", ":"})
    if (FindText(note, mark) != std::string_view::npos) return 0;
  // A place, a stretch or a stage, said so (城市道路范围内, 人行道及公共广场, 住宅小区内, 建设阶段): not
  // another name, a person, a time or a note (县融媒体中心（县广播电视台）, （王小明）, （年底前完成）,
  // （县委宣传部代管）).
  bool scope = false;
  // (工业项目, 土地管理制度改革: the part of a task a 分项牵头单位 leads.)
  for (std::string_view end :
       {"内",   "外",   "范围", "区域", "路段", "沿线", "周边", "广场", "场所", "阶段", "环节", "片区",
        "城区", "农村", "小区", "街区", "景区", "园区", "道路", "河道", "水域", "项目", "改革", "领域"})
    scope = scope || note.ends_with(end);
  for (std::string_view word : {"范围", "区域", "辖区"})
    scope = scope || FindText(note, word) != std::string_view::npos;
  if (!scope) return 0;
  return LooksLikeUnit(std::string(name.substr(0, open))) ? open : 0;
}

// The units a bracket after a unit of a list names as the list's lead (县财政局为主牵头单位 ·
// 其中县财政局牵头 · 其中：A、B为牵头单位), each a unit's name; empty for any other bracket (分别牵头,
// 城区部分牵头, 其中县财政局牵头，县发改局配合).
std::string NamedLeadIn(std::string_view inside) {
  TakePrefix(inside, {"其中：", "其中:", "其中，", "其中"});
  for (std::string_view rank : {"为主牵头单位", "为主牵头部门", "为总牵头单位", "为总牵头部门", "为牵头单位",
                                "为牵头部门", "主牵头", "牵头"}) {
    if (!inside.ends_with(rank)) continue;
    const std::string_view named = inside.substr(0, inside.size() - rank.size());
    const std::vector<std::string> names = SplitList(named);
    if (named.empty() || FindText(named, "，") != std::string_view::npos || names.empty() ||
        !std::ranges::all_of(names, [](const std::string& one) { return LooksLikeUnit(one); }))
      return {};
    return std::string(named);
  }
  return {};
}

// Whether every unit of the list `named` is one of `listed` (a listed unit's own bracket aside).
bool AllListed(std::string_view named, const std::vector<std::string>& listed) {
  return std::ranges::all_of(SplitList(named),
                             [&](const std::string& one) { return !ListedName(one, listed).empty(); });
}

void SplitUnitsByRole(std::string_view value, std::vector<std::string>& units, std::vector<ClausePart>& parts,
                      bool cooperating_part, bool leading_part) {
  struct Item {
    std::string name;
    std::string_view mark;  // "牵头", "配合", "参与" or empty
    bool again = false;     // named again after the list (其中A牵头)
  };
  std::vector<Item> items;
  bool any_lead = false;
  const std::string opened =
      FindText(value, "（牵头，") == std::string_view::npos ? std::string() : LeadNotesOpened(value);
  if (!opened.empty()) value = opened;
  // 县发改局、县财政局。其中，县发改局为牵头单位: the sentence that names the lead read as part of the list.
  std::string joined;
  if (const size_t stop = FindText(value, "。其中"); stop != std::string_view::npos) {
    std::string_view after = value.substr(stop + std::string_view("。其中").size());
    for (std::string_view comma : {"，", ","})
      if (after.starts_with(comma)) after.remove_prefix(comma.size());
    joined.append(value.substr(0, stop)).append("，其中").append(after);
    value = joined;
  }
  // A、B⏎（共同牵头）: a mark on a line of its own (a cell's paragraph) is the list's, as after it on its
  // line.
  std::string marked;
  for (std::string_view mark :
       {"\n（共同牵头）", "\n（联合牵头）", "\n（联合揭榜）", "\n(共同牵头)", "\n(联合牵头)", "\n(联合揭榜)"})
    if (const size_t at = FindText(value, mark); at != std::string_view::npos) {
      marked = std::string(value.substr(0, at)) + std::string(value.substr(at + 1));
      value = marked;
      break;
    }
  // A、B（其中B为主牵头单位） · A、B（其中B牵头）: the bracket names the lead of the list, no note on a
  // name's part to drop (as SplitList drops 其中…).
  std::string unnoted;
  for (size_t from = 0, at; (at = FindText(value.substr(from), "（其中")) != std::string_view::npos;) {
    at += from;
    from = at + 3;
    const size_t close = FindText(value.substr(at), "）");
    if (close == std::string_view::npos) break;
    const std::string_view inside = value.substr(at + 3, close - 3);
    if (const std::string lead = NamedLeadIn(inside); lead.empty() || !AllListed(lead, SplitList(value)))
      continue;
    std::string_view named = inside.substr(std::string_view("其中").size());
    for (std::string_view mark : {"：", ":", "，"})
      if (named.starts_with(mark)) named.remove_prefix(mark.size());
    unnoted =
        std::string(value.substr(0, at + 3)) + std::string(named) + std::string(value.substr(at + close));
    value = unnoted;
  }
  // Every mark the pattern reads has one of these words: an item without them (most are plain
  // unit names) is not matched at all.
  auto may_be_marked = [](std::string_view item) {
    for (std::string_view w : {"牵头", "揭榜", "主责", "配合", "协助", "参与", "主办", "协办", "会办"})
      if (item.find(w) != std::string_view::npos) return true;
    return false;
  };
  // 省能源局，国网澜川省电力公司、省发展改革委参与: a group after a comma with a cooperating verb at its
  // end cooperates, every unit of it; the groups before it are read item by item.
  // 省能源局，国网澜川省电力公司、省发展改革委参与: the group after the last comma, with a cooperating verb
  // at its end, cooperates, every unit of it; what stands before is read item by item. (Only the last
  // group can be such a tail: one look, however many commas.)
  std::string_view rest = value;
  std::vector<Item> group_items;  // the cooperating group's, after the others in printed order
  const size_t wide = LastMarkFrom(value, "，", 0), narrow = value.rfind(',');
  const size_t comma = wide == std::string_view::npos     ? narrow
                       : narrow == std::string_view::npos ? wide
                                                          : std::max(wide, narrow);
  if (comma != std::string_view::npos) {
    const std::string_view group = TrimSpaces(value.substr(comma + (value[comma] == ',' ? 1 : 3)));
    std::string_view verb;  // the longest the group ends with
    for (std::string_view v : {"按职责分工配合", "按职责分工参与", "按职责配合", "按职能配合", "协同配合",
                               "参与", "配合", "协助", "协办"})
      if (group.ends_with(v) && v.size() > verb.size()) verb = v;
    if (!verb.empty() && FindText(group, "牵头") == std::string_view::npos) {
      for (std::string& item : SplitList(group.substr(0, group.size() - verb.size())))
        group_items.push_back({std::string(DropTrailingEtc(item)), "配合"});
      rest = value.substr(0, comma);
    }
  }
  std::vector<std::string> listed = SplitList(rest);
  // The lead that coordinates the others, said of a unit of the list (A（主牵头）、B ·
  // A、B（B为主牵头单位））: among leads, a rank and no more (each still leads); in a list of those
  // responsible, the lead.
  for (size_t k = 0; k < listed.size(); ++k) {
    std::string& item = listed[k];
    if (!item.ends_with("）")) continue;
    const size_t open = item.rfind("（");
    if (open == std::string::npos || open == 0) continue;
    const std::string inside = item.substr(open + 3, item.size() - open - 6);
    // (A、B（B为牵头单位） · A、B、C（B牵头）: the lead named in the last bracket, one of the list.)
    std::string named = NamedLeadIn(inside);
    if (!named.empty() && !AllListed(named, listed)) named.clear();
    const bool ranked =
        inside == "主牵头" || inside == "总牵头" || inside == "主牵头单位" || inside == "总牵头单位";
    if (named.empty() && !(ranked && leading_part)) continue;
    item.resize(open);
    if (!named.empty() && !leading_part)  // (A、B、C（A、B为主牵头单位）: each of them)
      for (const std::string& one : SplitList(named))  // (县住建局: the 县住房和城乡建设局 of the list)
        listed.insert(listed.begin() + static_cast<std::ptrdiff_t>(++k),
                      std::string(ListedName(one, listed)) + "为牵头单位");
  }
  // A、B、C，其中A、B牵头: the 其中 names several before its verb, each marked by it.
  for (size_t k = 0; k < listed.size(); ++k) {
    if (!listed[k].starts_with("其中") || may_be_marked(listed[k])) continue;
    size_t m = k + 1;
    while (m < listed.size() && !may_be_marked(listed[m])) ++m;
    if (m == listed.size()) break;
    for (std::string_view verb : {"牵头", "配合"})
      if (listed[m].ends_with(verb))
        for (size_t j = k; j < m; ++j) listed[j].append(verb);
    k = m;
  }
  for (std::string& item : listed) {
    re2::StringPiece unit, mark1, mark2, mark3;
    if (may_be_marked(item) && FullMatch(Pat::kUnitRoleMark, item, &unit, &mark1, &mark2, &mark3)) {
      std::string_view mark = !mark1.empty() ? std::string_view(mark1)
                              : !mark2.empty() ? std::string_view(mark2)
                                               : std::string_view("牵头");  // X为牵头单位 / X为主办单位
      // A（主办）、B（协办）: 主办 leads as 牵头 does; and 揭榜, a 揭榜挂帅 list's (A、B（联合揭榜））.
      const bool leads = mark == "牵头" || mark == "主办" || mark == "主责" || mark == "揭榜";
      // A、B（共同牵头）: the mark says the units before it lead with it. In a part that leads, they are its
      // units as they are; in a 责任单位 list, they lead.
      const bool joint =
          leads && (item.find("共同牵头") != std::string::npos ||
                    item.find("联合牵头") != std::string::npos || item.find("联合揭榜") != std::string::npos);
      if (joint && leading_part) {
        items.push_back({std::string(DropTrailingEtc(TrimSpaces(std::string_view(unit)))), {}});
        continue;
      }
      if (joint)
        for (Item& before : items)
          if (before.mark.empty()) before.mark = "牵头";
      any_lead = any_lead || leads;
      // 市教育局、团市委等配合: the mark read, the 等 goes as SplitList drops it from plain items
      items.push_back({std::string(DropTrailingEtc(TrimSpaces(std::string_view(unit)))),
                       leads ? "牵头" : "配合", item.starts_with("其中")});
    } else {
      items.push_back({std::move(item), {}});
    }
  }
  std::move(group_items.begin(), group_items.end(), std::back_inserter(items));
  // 县公安局交通警察大队（城市道路范围内）、县城市管理局（人行道及公共广场）: every unit of the list given
  // its own area, kind or stage in brackets, no name's: each leads in its own, the scope no part of its name.
  if (!any_lead && !cooperating_part && items.size() >= 2 &&
      std::all_of(items.begin(), items.end(),
                  [](const Item& item) { return item.mark.empty() && ScopeNoteAt(item.name) > 0; }))
    for (Item& item : items) {
      item.name.resize(ScopeNoteAt(item.name));
      item.mark = "牵头";
      any_lead = true;
    }
  // A、B，其中B'牵头: a lead named by a short name (县住建局) is the unit of the list it stands for.
  std::vector<std::string> unmarked;
  for (const Item& item : items)
    if (item.mark.empty()) unmarked.push_back(item.name);
  for (Item& item : items)
    if (item.again && item.mark == "牵头" && std::ranges::find(unmarked, item.name) == unmarked.end())
      if (const std::string_view full = ListedName(item.name, unmarked); !full.empty()) item.name = full;
  // With a unit marked 牵头, every other unit of the list cooperates, in printed order;
  // a lead named again after the list (A、B，A为牵头单位) is the same unit once.
  ClausePart lead{"牵头", "", {}, ClauseRole::kLead}, cooperating{"配合", "", {}, ClauseRole::kCooperating};
  std::vector<std::string> leads;
  for (const Item& item : items)
    if (item.mark == "牵头") leads.push_back(item.name);
  for (Item& item : items) {
    if (item.mark.empty() && std::find(leads.begin(), leads.end(), item.name) != leads.end()) continue;
    if (item.mark == "牵头" && std::find(lead.units.begin(), lead.units.end(), item.name) != lead.units.end()) continue;
    const bool plain = !any_lead && (item.mark.empty() || cooperating_part);  // no role beyond the part's
    ClausePart* target = item.mark == "牵头" ? &lead : plain ? nullptr : &cooperating;
    if (target == nullptr) {
      units.push_back(std::move(item.name));
      continue;
    }
    target->value += (target->value.empty() ? "" : "、") + item.name;
    target->units.push_back(std::move(item.name));
  }
  if (!lead.units.empty()) parts.push_back(std::move(lead));
  if (!cooperating.units.empty()) parts.push_back(std::move(cooperating));
}

bool OnlyLeaders(std::span<const ClauseMatch> clauses) {
  if (clauses.empty()) return false;
  for (const ClauseMatch& m : clauses)
    for (const ClausePart& p : m.parts)
      if (p.role != ClauseRole::kLeader) return false;
  return true;
}

bool StatesLeadRule(std::string_view text) { return PartialMatch(Pat::kLeadRule, text); }

bool StatesBoldLeadRule(std::string_view text) { return PartialMatch(Pat::kBoldLeadRule, text); }

bool StatesHeavyFaceLeadRule(std::string_view text) {
  re2::StringPiece mark, after;
  if (!PartialMatch(Pat::kBoldLeadRule, text, &mark, &after)) return false;
  return (mark.empty() ? after : mark) == "黑体";
}

bool StatesRedLeadRule(std::string_view text) { return PartialMatch(Pat::kRedLeadRule, text); }

bool StatesUnderlineLeadRule(std::string_view text) { return PartialMatch(Pat::kUnderlineLeadRule, text); }

bool StatesNoLeadResponsibleLeadRule(std::string_view text) {
  return PartialMatch(Pat::kNoLeadResponsibleLeadRule, text);
}

bool StatesResponsibleLeadRule(std::string_view text) {
  return PartialMatch(Pat::kResponsibleLeadRule, text);
}

SeparatorRule StatesSeparatorRule(std::string_view text) {
  // 括号内的为配合单位 · （）内为协办单位: the helpers said within a few words after the bracket's name;
  // 未注明配合单位的，所列单位均为牵头单位: a list without one names leads only.
  for (std::string_view name : {"括号内", "括号中", "括号里", "括弧内", "括弧中", "（）内", "()内"})
    for (size_t at = FindText(text, name); at != std::string_view::npos;
         at = FindTextFrom(text, name, at + name.size())) {
      // (Within its own clause: 括号内为完成时限，配合单位要… says nothing of helpers.)
      std::string_view near = text.substr(at + name.size(), 3 * 8);
      for (std::string_view stop : {"，", "；", "。", ",", ";"})
        if (const size_t end = FindText(near, stop); end != std::string_view::npos)
          near = near.substr(0, end);
      if (std::none_of(std::begin(kHelperWords), std::end(kHelperWords),
                       [&](std::string_view w) { return FindText(near, w) != std::string_view::npos; }))
        continue;
      SeparatorRule rule;
      rule.split = SeparatorSplit::kSplit;
      rule.bracket = true;
      for (std::string_view all : {"均为牵头", "都为牵头", "均为责任单位", "共同牵头"})
        if (FindText(text, all) != std::string_view::npos) rule.split = SeparatorSplit::kSplitElseAllLead;
      return rule;
    }
  for (const SeparatorRule mark :
       {SeparatorRule{SeparatorSplit::kNone, "；", ';'}, SeparatorRule{SeparatorSplit::kNone, "，", ','}}) {
    const std::string_view name = mark.narrow == ';' ? "分号" : "逗号";
    // Each side said within a few words after the mark's name: 分号前的单位为牵头单位 · 逗号“，”之前的单位
    // 为牵头单位 · 分号后的单位为配合单位 · 逗号之后的单位为参与单位.
    bool before_leads = false, after_helps = false;
    for (size_t at = FindText(text, name); at != std::string_view::npos;) {
      const std::string_view near = text.substr(at + name.size(), 3 * 14);
      const size_t before = FindText(near, "前"), after = FindText(near, "后");
      const auto says = [&](size_t side, std::span<const std::string_view> roles) {
        if (side == std::string_view::npos || side > 3 * 5) return false;
        return std::any_of(roles.begin(), roles.end(), [&](std::string_view r) {
          return FindText(near.substr(side), r) != std::string_view::npos;
        });
      };
      static constexpr std::string_view kLeadWords[] = {"牵头", "主责", "主办"};
      before_leads = before_leads || says(before, kLeadWords);
      after_helps = after_helps || says(after, kHelperWords);
      at = FindTextFrom(text, name, at + name.size());
    }
    if (!before_leads || !after_helps) continue;
    SeparatorRule rule = mark;
    rule.split = SeparatorSplit::kSplit;
    // 未标注分号的，所列单位均为牵头单位 · 无分号的均为牵头单位 · 未用逗号分隔的…: a clause without one
    // names leads only.
    for (std::string_view none : {"未标注", "未用", "无", "没有", "未加", "不含", "未以"})
      if (const size_t at = FindText(text, std::string(none) + std::string(name));
          at != std::string_view::npos && FindText(text.substr(at, 3 * 24), "牵头") != std::string_view::npos)
        rule.split = SeparatorSplit::kSplitElseAllLead;
    return rule;
  }
  return {};
}

// （省教育厅、省财政厅，排名第一的为牵头单位，下同）or（省教育厅、省财政厅）: a bracket
// holding nothing but unit names (each ending like an organisation), at the end
// of an item, optionally with the lead rule.
// 各乡镇, 各街道, 各县（市、区）, 各乡（镇）人民政府: the bodies of every division of a kind, named by the
// division's words alone (not 各景区, 各小区, 各渠道, 各试点县).
bool DivisionsOfAKind(std::string_view name) {
  if (!name.starts_with("各")) return false;
  name.remove_prefix(std::string_view("各").size());
  for (std::string_view body : {"人民政府", "政府", "办事处"})
    if (name.ends_with(body) && name.size() > body.size()) {
      name.remove_suffix(body.size());
      break;
    }
  if (name.empty()) return false;
  for (size_t i = 0; i < name.size();) {
    const char32_t cp = NextCodePoint(name, i);
    if (std::u32string_view(U"乡镇街道县市区（）()、").find(cp) == std::u32string_view::npos) return false;
  }
  return true;
}

size_t HelpersBracketAt(std::string_view value) {
  if (!value.ends_with("）") && !value.ends_with(")")) return std::string_view::npos;
  // The bracket that the last one closes, nested brackets skipped.
  int depth = 0;
  size_t open = std::string_view::npos;
  for (size_t i = value.size(); i > 0 && open == std::string_view::npos;) {
    const char32_t cp = PreviousCodePoint(value, i);
    if (cp == U'）' || cp == U')') ++depth;
    if ((cp == U'（' || cp == U'(') && --depth == 0) open = i;
  }
  if (open == std::string_view::npos || open == 0) return std::string_view::npos;
  const size_t width = value[open] == '(' ? 1 : 3;
  const std::string_view inside = value.substr(open + width, value.size() - open - 2 * width);
  // (各乡镇（街道）, 各县（市、区）: a name's bracket, the name before it a kind of division.)
  const std::string_view before = value.substr(0, open);
  size_t start = before.size();
  for (std::string_view mark : {"、", "，", ","})
    if (const size_t at = before.rfind(mark); at != std::string_view::npos)
      start = start == before.size() ? at + mark.size() : std::max(start, at + mark.size());
  if (start == before.size()) start = 0;
  if (DivisionsOfAKind(value.substr(start)) || inside.empty()) return std::string_view::npos;
  const std::vector<std::string> names = SplitList(inside);
  // (各有关部门（单位）, 相关乡镇（街道）, 各乡镇（管委会）: a kind of body beside the name's, no helper.)
  if (names.size() == 1 && (CountCodePoints(names[0]) <= 2 || names[0] == "管委会" || names[0] == "办事处"))
    return std::string_view::npos;
  // (有关乡镇, 沿线各乡镇: the townships a task runs through, as units.)
  if (names.empty() || !std::all_of(names.begin(), names.end(), [](const std::string& n) {
        return NamesAUnit(n) || EndsAsDivisions(n) || DivisionsOfAKind(n) ||
               ((n.ends_with("乡镇") || n.ends_with("街道")) && CountCodePoints(n) <= 8);
      }))
    return std::string_view::npos;
  return open;
}

bool SplitAtHelpersBrackets(std::string_view value, std::string& heads, std::string& helpers) {
  bool any = false;
  const auto item = [&](std::string_view piece) {
    piece = TrimSpaces(piece);
    if (piece.empty()) return;
    const size_t open = HelpersBracketAt(piece);
    if (open == std::string_view::npos) {
      AppendListed(heads, piece);
      return;
    }
    any = true;
    const size_t width = piece[open] == '(' ? 1 : 3;
    AppendListed(heads, TrimSpaces(piece.substr(0, open)));
    AppendListed(helpers, piece.substr(open + width, piece.size() - open - 2 * width));
  };
  int depth = 0;
  size_t start = 0;
  for (size_t i = 0; i < value.size();) {
    const size_t at = i;
    const char32_t cp = NextCodePoint(value, i);
    if (cp == U'（' || cp == U'(') ++depth;
    if ((cp == U'）' || cp == U')') && depth > 0) --depth;
    if (depth == 0 && (cp == U'、' || cp == U'，' || cp == U',' || cp == U'；' || cp == U';')) {
      item(value.substr(start, at - start));
      start = i;
    }
  }
  item(value.substr(start));
  return any;
}

std::optional<ClauseMatch> ParseBareUnits(std::string_view content, bool after_sentence) {
  ClauseMatch clause;
  // （本项无配合部门）, （不设配合单位）: the item has no cooperating units, whatever its part's heading
  // gives the others. A part of that role naming none, its label the words as printed.
  if (PartialMatch(Pat::kNoCooperating, content)) {
    clause.parts.push_back({std::string(TrimSpaces(content)), "", {}, ClauseRole::kCooperating});
    return clause;
  }
  // （农业农村局、财政局、水利局，10月底前完工）: a time after the units (or after a ；, a date opening it:
  // after （A；B、C。2025年12月底前…）'s ； stand the helpers).
  std::string_view time;
  for (std::string_view comma : {"，", ",", "；"})
    if (const size_t at = LastMarkFrom(content, comma, 0); at != std::string_view::npos)
      if (const std::string_view after = TrimSpaces(content.substr(at + comma.size()));
          IsTimeOnly(after) && (comma != "；" || (after[0] >= '0' && after[0] <= '9'))) {
        time = after;
        content = content.substr(0, at);
        break;
      }
  // （市财政局；市审计局、市国资委。2025年12月底前完成年度化债任务）: a sentence of when, after a full stop.
  if (time.empty())
    if (const size_t at = LastMarkFrom(content, "。", 0); at != std::string_view::npos && at > 0)
      if (const std::string_view after = TrimSpaces(content.substr(at + 3));
          !after.empty() && ((after[0] >= '0' && after[0] <= '9') || after.starts_with("年")) &&
          FindText(after, "。") == std::string_view::npos && PartialMatch(Pat::kDeadlineInText, after)) {
        time = after;
        content = content.substr(0, at);
      }
  // （2024年8月底前完成；县教育局、县住建局）: a time before the units.
  if (time.empty())
    for (std::string_view mark : {"；", "，"})
      if (const size_t at = content.find(mark); at != std::string_view::npos)
        if (const std::string_view before = TrimSpaces(content.substr(0, at)); IsTimeOnly(before)) {
          time = before;
          content = content.substr(at + mark.size());
          break;
        }
  // （县政府办公室、县数据资源局。本项由贺振东同志牵头负责）: the leader who sees to the item, in a sentence
  // after the units' full stop (or comma); or the leaders (本项由贺振东、邱立言同志牵头负责).
  std::string_view leader;
  size_t at = std::string_view::npos;
  // (Only a bracket that says 由: most hold units alone, and are not searched for a sentence's stop.)
  if (FindText(content, "由") != std::string_view::npos)
    for (std::string_view stop : {"。", "，"})
      if (const size_t k = LastMarkFrom(content, stop, 0);
          k != std::string_view::npos && (at == std::string_view::npos || k > at))
        at = k;
  if (at != std::string_view::npos && at > 0) {
    std::string_view after = TrimSpaces(content.substr(at + 3));
    if (TakePrefix(after, {"本项由", "该项由", "此项由", "本项工作由", "本项任务由"}) &&
        TakeSuffix(after, {"牵头负责", "统筹推进", "负责", "牵头"})) {
      TakeSuffix(after, {"同志"});
      const std::vector<std::string> persons = SplitList(after);
      if (!persons.empty() && std::all_of(persons.begin(), persons.end(), [](const std::string& p) {
            return LooksLikePersonName(p) || FullMatch(Pat::kLeaderTitleName, p) ||
                   FullMatch(Pat::kLeaderNameTitle, p);
          })) {
        leader = after;
        content = content.substr(0, at);
      }
    }
  }
  std::string_view list = content;
  size_t rule = std::string_view::npos;
  for (std::string_view cue : {"，排", "，列", "，首位", "，第一"})
    rule = std::min(rule, content.find(cue));
  if (rule != std::string_view::npos) {
    if (!StatesLeadRule(content.substr(rule))) return std::nullopt;
    NoteRule(content.substr(rule), clause);
    list = content.substr(0, rule);
  }
  std::vector<std::string> units = SplitList(list);
  if (units.empty()) return std::nullopt;
  // （发改、统计）: departments by their short names after the item's sentence, one of them at least a name
  // no field of work has (重点领域（交通、水利、文旅）。 is what the work is about).
  size_t short_names = 0;
  bool distinctive = false;
  for (const std::string& u : units)
    if (const ShortName k = DepartmentShortName(u); k != ShortName::kNone) {
      ++short_names;
      distinctive = distinctive || k == ShortName::kDistinctive;
    }
  if (short_names > 0 && short_names == units.size() && (!distinctive || !after_sentence))
    return std::nullopt;
  for (const std::string& listed : units) {
    // 县商务局（牵头）: a unit with its part marked after it in brackets (any a clerk types: 【牵头】,
    // 〔牵头〕), as SplitUnitsByRole reads it.
    std::string_view u = listed;
    re2::StringPiece unit, mark1, mark2, mark3;
    if ((u.ends_with("）") || u.ends_with(")") || u.ends_with("】") || u.ends_with("〕") ||
         u.ends_with("］") || u.ends_with("]")) &&
        FullMatch(Pat::kUnitRoleMark, u, &unit, &mark1, &mark2, &mark3) && !mark1.empty())
      u = std::string_view(unit.data(), unit.size());
    // 县农业农村局（县乡村振兴局）: a unit and its second name, read as the first.
    if (u.ends_with("）"))
      if (const size_t open = LastMarkFrom(u, "（", 0); open != std::string_view::npos && open > 0) {
        std::string_view inside = u.substr(open + 3, u.size() - open - 6);
        size_t end = inside.size();
        if (!inside.empty() && EndsOrganisation(PreviousCodePoint(inside, end))) u = u.substr(0, open);
      }
    if (DepartmentShortName(u) != ShortName::kNone || DivisionsOfAKind(u)) continue;  // 各乡镇
    // 各村（社区）, 各村民小组: the bodies of every village, a generic unit as printed.
    if (u.starts_with("各")) {
      std::string_view base = u;
      if (base.ends_with("）"))
        if (const size_t open = LastMarkFrom(base, "（", 0); open != std::string_view::npos)
          base = base.substr(0, open);
      if (base.ends_with("村") || base.ends_with("社区") || base.ends_with("小组") || base.ends_with("组"))
        continue;
    }
    // (各村（社区）: every village's, read as 各村, two characters.)
    if ((CountCodePoints(u) < 3 && !u.starts_with("各")) || CountCodePoints(u) > 24) return std::nullopt;
    if (CountsOrIncludes(u)) return std::nullopt;  // （含社区微型绿地3处）
    // （申报单位：石门县文化馆）: a name under a label of no one's part in the work (who applied, who
    // reported); no unit's name holds a colon.
    if (FindText(u, "：") != std::string_view::npos || u.find(':') != std::string_view::npos)
      return std::nullopt;
    // （设在省发展改革委，以下简称省营商办）: where an office sits and what it is called, no one's part.
    for (std::string_view note : {"设在", "以下简称", "下称", "简称", "位于", "隶属"})
      if (u.starts_with(note)) return std::nullopt;
    // （商务部主办）: an event's organiser, not a unit (主办 leads only beside a 协办, ParseUnlabelled).
    if (u.ends_with("主办") || u.ends_with("承办") || u.ends_with("协办")) return std::nullopt;
    size_t end = u.size();
    char32_t last = PreviousCodePoint(u, end);
    // 区安委会各成员单位, 县直有关部门 end as groups of units do; 50家示范单位, 试点单位 name no one
    if (!EndsOrganisation(last) && !u.ends_with("中心") && !u.ends_with("海关") && !u.ends_with("学校") &&
        !u.ends_with("监察组") && !u.ends_with("巡察组")) {  // 区国资中心, 沣阳海关, 中心学校, 驻厅纪检监察组
      if (!u.ends_with("单位") && !u.ends_with("部门") && !u.ends_with("机构")) return std::nullopt;
      // 各银行业金融机构, 有关机构; not 包括各类养老机构 (an example).
      if (u.ends_with("机构") && !u.starts_with("各") && !u.starts_with("有关") && !u.starts_with("相关"))
        return std::nullopt;
      size_t i = 0;
      const bool organisation = StartsOrganisation(NextCodePoint(u, i)) ||
                                u.find("各") != std::string::npos || u.find("有关") != std::string::npos ||
                                u.find("相关") != std::string::npos;
      if (!organisation || std::any_of(u.begin(), u.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return std::nullopt;
    }
  }
  AddPart("负责", list, clause);
  if (!leader.empty()) AddPart("责任领导", leader, clause);
  if (!time.empty()) AddPart("完成时限", time, clause);
  return clause;
}

std::vector<int> TaskNumbersIn(std::string_view cell) {
  std::vector<int> out;
  int last = -1;
  bool range = false;
  for (size_t i = 0; i < cell.size();) {
    if (cell[i] >= '0' && cell[i] <= '9') {
      int n = 0;
      while (i < cell.size() && cell[i] >= '0' && cell[i] <= '9' && n < kMaxItemNumber)
        n = n * 10 + (cell[i++] - '0');
      if (n <= 0 || n >= kMaxItemNumber) return {};
      if (range && last >= 0 && n > last && n - last <= 100)
        for (int k = last + 1; k <= n; ++k) out.push_back(k);
      else
        out.push_back(n);
      last = n;
      range = false;
      continue;
    }
    const std::string_view rest = cell.substr(i);
    bool known = false;
    for (std::string_view sep : {"—", "－", "-", "–", "―", "~", "～", "至", "到"})
      if (rest.starts_with(sep)) {
        range = true, known = true, i += sep.size();
        break;
      }
    if (known) continue;
    // 12（共同牵头）: a remark after a number, of no number itself.
    if (rest.starts_with("（") || rest.starts_with("(")) {
      const size_t close = rest.find(rest.starts_with("（") ? "）" : ")");
      if (close != std::string_view::npos && close <= 3 * 8 &&
          std::none_of(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(close),
                       [](char c) { return c >= '0' && c <= '9'; })) {
        i += close + (rest.starts_with("（") ? 3 : 1);
        continue;
      }
    }
    for (std::string_view sep : {"、", "，", ",", "；", ";", " ", "　", "第", "项", "和", "及"})
      if (rest.starts_with(sep)) {
        known = true, i += sep.size();
        break;
      }
    if (!known) return {};  // a cell that is no list of numbers
  }
  // Each number once (1、1 or 1-100、1-100 names each task once).
  std::vector<bool> seen(kMaxItemNumber, false);
  std::erase_if(out, [&](int n) {
    if (seen[static_cast<size_t>(n)]) return true;
    seen[static_cast<size_t>(n)] = true;
    return false;
  });
  return out;
}

namespace {

// The words that name a body's head, no one by name (县应急局主要领导同志, 县委宣传部党政主要负责同志).
constexpr std::string_view kUnitHeads[] = {"党政主要负责同志", "党政主要领导同志", "主要负责同志",
                                           "主要领导同志",     "党政主要负责人",   "主要负责人",
                                           "党政主要领导",     "主要领导"};

// The party committee or the government of a province, city, county or district itself (县委, 市政府,
// 县人民政府, 中共XX县委): whose heads are leaders (县委主要领导 is the 县委书记), where a department's, a
// township's or a zone's head (各镇人民政府主要负责同志, 开发区管委会主要负责同志) names that body
// responsible.
bool PartyOrGovernment(std::string_view unit) {
  for (std::string_view level : {"省", "市", "州", "县", "区", "旗", "盟"})
    for (std::string_view body : {"委", "政府", "人民政府"})
      if (unit.size() == level.size() + body.size() && unit.starts_with(level) && unit.ends_with(body))
        return true;
  return unit.starts_with("中共") &&
         (unit.ends_with("县委") || unit.ends_with("市委") || unit.ends_with("区委"));
}

// 市领导周振华负责 · 由市领导X、Y分别负责 · 省领导X牵头负责: a part of a clause naming leaders under a
// leaders' label (市领导, 分管县领导, 责任领导: a short word ending in 领导, as AfterLeaderLabel reads one),
// added to `leaders` as a leader's part; false, and nothing added, for any other part.
bool LeadersPart(std::string_view part, ClauseMatch& leaders) {
  // (县长王明亲自抓: the leader takes it on in person.)
  const std::string_view verb = part.ends_with("负责") ? "负责" : part.ends_with("亲自抓") ? "亲自抓" : "";
  if (verb.empty()) return false;
  part.remove_suffix(verb.size());
  for (std::string_view how : {"分别", "共同", "牵头", "亲自"})
    if (part.ends_with(how)) {
      part.remove_suffix(how.size());
      break;
    }
  if (part.starts_with("由")) part.remove_prefix(std::string_view("由").size());
  const size_t leaders_word = FindText(part, "领导");
  if (leaders_word == std::string_view::npos || leaders_word > 3 * 3) {
    // 分管副县长贺永昌负责 · 由副县长章海鸥负责: leaders by their titles and names, no label; 李强同志负责,
    // 王明、李强同志负责: names the form of address makes persons', titled or not.
    // 县委、县政府主要领导亲自抓 · 县政府主要负责同志负责 · 县委常委班子负责 · 县委常委会负责: the heads or
    // the leading body of party committees or governments, no one named: a leaders' part all the same (the
    // units after it are the clause's), naming no leader. (A department's head names the department:
    // WithoutUnitHeads.)
    std::string_view body = part;
    for (std::string_view how : {"按分工", "分工"})
      if (body.ends_with(how)) {
        body.remove_suffix(how.size());
        break;
      }
    for (std::string_view who : {"各成员", "班子成员", "成员", "班子"})
      if (body.ends_with(who)) {
        body.remove_suffix(who.size());
        break;
      }
    bool heads = false, seat = false;
    for (std::string_view head : kUnitHeads)
      if (body.ends_with(head)) {
        body.remove_suffix(head.size());
        heads = true;
        break;
      }
    for (std::string_view word : {"常委会议", "常委会", "常委", "领导"})
      if (!heads && body.ends_with(word)) {
        body.remove_suffix(word.size());
        seat = true;
        break;
      }
    if (heads || seat) {
      const std::vector<std::string> bodies = SplitList(body);
      if (!bodies.empty() && std::all_of(bodies.begin(), bodies.end(),
                                         [](const std::string& b) { return PartyOrGovernment(b); })) {
        // (One name for the whole, a body's: no 县委 taken for a person's name.)
        leaders.parts.push_back({"责任领导", std::string(part), {std::string(part)}, ClauseRole::kLeader});
        return true;
      }
      if (heads) return false;
    }
    std::string addressed;
    if (part.ends_with("同志")) addressed = WithoutComrade(part);
    const std::vector<std::string> names = SplitList(addressed);
    // 相关同志负责 · 包村同志负责: those it concerns, no one named (a leaders' part naming no leader).
    if (names.size() == 1 && CountCodePoints(names[0]) <= 4 && NotAName(names[0])) {
      leaders.parts.push_back({"责任领导", std::string(part), {std::string(part)}, ClauseRole::kLeader});
      return true;
    }
    if (!TitledPersonsOnly(addressed.empty() ? part : addressed) &&
        (names.empty() || !std::all_of(names.begin(), names.end(), [](const std::string& n) {
           return LooksLikePersonName(n) && !NotAName(n) && !LooksLikeUnit(n);
         })))
      return false;
    AddClausePart("责任领导", ClauseRole::kLeader, addressed.empty() ? part : addressed, leaders);
    return true;
  }
  const std::string_view label = part.substr(0, leaders_word + std::string_view("领导").size());
  const std::string_view names = part.substr(label.size());
  // 市领导包保负责, 县领导班子负责: how the leaders take it on, no one's name.
  static constexpr std::string_view kNoNames[] = {"包保", "包抓", "包联", "包干", "包片", "包村", "班子",
                                                  "干部", "小组", "同志", "亲自", "挂帅", "带头", "统筹"};
  if (std::any_of(std::begin(kNoNames), std::end(kNoNames),
                  [&](std::string_view w) { return names.starts_with(w); }))
    return false;
  const auto named = TitledLeaders(names, /*bare_names=*/true);
  if (named.empty() ||
      !std::all_of(named.begin(), named.end(), [](const auto& l) { return LooksLikePersonName(l.first); }))
    return false;
  AddClausePart(std::string(label), ClauseRole::kLeader, names, leaders);
  return true;
}

}  // namespace

namespace {

// ParseClauseContent's reading of `content` without a leaders' part beside the units' (LeadersBeside).
std::optional<ClauseMatch> ParseUnitsContent(std::string_view content) {
  if (auto labelled = ParseLabelled(content)) return labelled;
  // （2025年底前完成，工业和信息化部牵头）: the time first, then the clause (one opening with a date's digits
  // or a time's word: most brackets do neither, and are not searched for a comma).
  const bool time_first = (content[0] >= '0' && content[0] <= '9') || content.starts_with("年") ||
                          content.starts_with("上半年") || content.starts_with("下半年") ||
                          content.starts_with("长期") || content.starts_with("持续");
  for (std::string_view comma : {"，", ","})
    if (const size_t at = time_first ? content.find(comma) : std::string_view::npos;
        at != std::string_view::npos && IsTimeOnly(TrimSpaces(content.substr(0, at))))
      if (auto clause = ParseUnlabelled(TrimSpaces(content.substr(at + comma.size())))) {
        AddPart("完成时限", TrimSpaces(content.substr(0, at)), *clause);
        return clause;
      }
  return std::nullopt;
}

// Where the leaders' label that closes a clause stands, as [its ， or ；, its value): ，责任领导：,
// ；分管厅领导:, ，责任领导为 — the label a word of at most six characters ending in 领导, no mark inside it;
// nullopt for none.
std::optional<std::pair<size_t, size_t>> ClosingLeadersLabel(std::string_view content) {
  constexpr std::string_view kWord = "领导";
  for (size_t w = content.find(kWord); w != std::string_view::npos;
       w = content.find(kWord, w + kWord.size())) {
    const std::string_view after = content.substr(w + kWord.size());
    size_t value = w + kWord.size();
    if (after.starts_with("：") || after.starts_with("为"))
      value += 3;
    else if (after.starts_with(":"))
      value += 1;
    else
      continue;
    // The ， or ； before the label, at most four characters before 领导.
    const size_t from = w > 4 * 3 + 3 ? w - (4 * 3 + 3) : 0;
    const std::string_view before = content.substr(from, w - from);
    const size_t comma = LastMarkFrom(before, "，", 0), semicolon = LastMarkFrom(before, "；", 0);
    const size_t sep = comma == std::string_view::npos       ? semicolon
                       : semicolon == std::string_view::npos ? comma
                                                             : std::max(comma, semicolon);
    if (sep == std::string_view::npos) continue;
    const std::string_view label = content.substr(from + sep + 3, w + kWord.size() - (from + sep + 3));
    if (!std::all_of(label.begin(), label.end(), [](char c) { return (c & 0x80) != 0; })) continue;
    if (RoleOfClauseLabel(label) != ClauseRole::kLeader) continue;
    return std::pair{from + sep, value};
  }
  return std::nullopt;
}

// …，B配合，责任领导：X，Y · …；责任厅领导：X: the units' clause closed by a leaders' label (a short word
// ending in 领导, after a ， or a ；), its value to the end (its names may part at ，); nullopt when the
// value is not persons alone (…，责任领导：X，完成时限：…) or what stands before it is no clause.
std::optional<ClauseMatch> UnitsThenLeadersLabel(std::string_view content) {
  const std::optional<std::pair<size_t, size_t>> at = ClosingLeadersLabel(content);
  if (!at) return std::nullopt;
  const std::string_view names = TrimSpaces(content.substr(at->second));
  const std::string_view rest = TrimSpaces(content.substr(0, at->first));
  std::string listed(names);
  for (size_t c; (c = listed.find("，")) != std::string::npos;) listed.replace(c, 3, "、");
  const auto named = TitledLeaders(listed, /*bare_names=*/true);
  if (named.empty() || rest.empty() || FindText(listed, "：") != std::string_view::npos ||
      FindText(listed, "；") != std::string_view::npos ||
      !std::all_of(named.begin(), named.end(), [](const auto& l) { return LooksLikePersonName(l.first); }))
    return std::nullopt;
  std::optional<ClauseMatch> units = ParseUnitsContent(rest);
  if (!units) units = ParseUnlabelled(rest);
  if (units) AddClausePart("责任领导", ClauseRole::kLeader, listed, *units);
  return units;
}

// （省领导X、Y负责，省发展改革委牵头，省财政厅参与） · （A牵头，B配合，市领导X负责）: the leaders' part first
// or last, the units' clause beside it, read once (a cell of any length holds no chain of them to peel).
std::optional<ClauseMatch> LeadersBeside(std::string_view content) {
  if (content.size() > kMaxClauseBytes) return std::nullopt;
  if (std::optional<ClauseMatch> closed = UnitsThenLeadersLabel(content)) return closed;
  if (!MayMatch(Pat::kLeaderTitleName, content) && FindText(content, "领导") == std::string_view::npos &&
      FindText(content, "同志") == std::string_view::npos)
    return std::nullopt;
  // The leaders' part parted from the units' by a ， or a ； (（X副县长负责；A牵头，B配合）).
  for (const auto& [first, mark] : {std::pair{true, "，"}, {false, "，"}, {true, "；"}, {false, "；"}}) {
    const size_t comma = first ? FindText(content, mark) : LastMarkFrom(content, mark, 0);
    if (comma == std::string_view::npos) continue;
    ClauseMatch leaders;
    if (!LeadersPart(first ? content.substr(0, comma) : content.substr(comma + 3), leaders)) continue;
    const std::string_view rest = TrimSpaces(first ? content.substr(comma + 3) : content.substr(0, comma));
    if (rest.empty()) continue;
    std::optional<ClauseMatch> units = ParseUnitsContent(rest);
    if (!units) units = ParseUnlabelled(rest);
    if (!units) continue;
    units->parts.insert(first ? units->parts.begin() : units->parts.end(),
                        std::make_move_iterator(leaders.parts.begin()),
                        std::make_move_iterator(leaders.parts.end()));
    return units;
  }
  return std::nullopt;
}

}  // namespace

// （吴志刚、田小勇负责，农综中心牵头，社事办配合） · （滕云飞负责；武装部、退役军人服务站）: persons named
// bare (a surname and a given name, no unit's ending) before 负责, then the units' clause or their list: the
// persons lead the task, the units do it; nullopt unless both read so.
namespace {
// `content` with a colon after each label that points at another task without one (责任单位同上 →
// 责任单位：同上; 责任省领导、责任单位均同第二部分第1项 →
// 责任省领导：同第二部分第1项；责任单位：同第二部分第1项); empty when it has none.
std::string PointersWithColons(std::string_view content) {
  // （同第一部分第2项）: the task's leaders and units both.
  if ((content.starts_with("同第") || content.starts_with("同本部分")) && content.ends_with("项") &&
      content.size() <= 3 * 12)
    return "责任领导：" + std::string(content) + "；责任单位：" + std::string(content);
  std::string out;
  bool changed = false;
  size_t from = 0;
  for (size_t at = 0; (at = content.find("同", at)) != std::string_view::npos; at += 3) {
    const std::string_view before = content.substr(from, at - from);
    const std::string_view rest = content.substr(at);
    if (!PointsAtTask(rest)) continue;
    // 责任省领导、责任单位均同… · 责任领导和责任单位均同上: both labels, each pointing.
    if (before.ends_with("均")) {
      // The two labels after the clause's last part (牵头单位：县发展和改革局；责任领导、配合单位均同上),
      // parted by 、 or 和, 与, 及 between two labels (not the 和 of 县发展和改革局, nor the 与 of 参与单位).
      std::string_view labels = before.substr(0, before.size() - 3);
      size_t label_start = 0;
      for (std::string_view stop : {"；", "，", "："})
        if (const size_t k = labels.rfind(stop); k != std::string_view::npos)
          label_start = std::max(label_start, k + stop.size());
      const std::string_view kept = labels.substr(0, label_start);
      labels.remove_prefix(label_start);
      size_t comma = std::string_view::npos;
      for (size_t k = 0; k < labels.size() && comma == std::string_view::npos; k += 3)
        for (std::string_view between : {"、", "和", "与", "及"})
          if (labels.substr(k).starts_with(between) &&
              RoleOfClauseLabel(labels.substr(0, k)) != ClauseRole::kOther &&
              RoleOfClauseLabel(labels.substr(k + 3)) != ClauseRole::kOther &&
              (between == "、" ||
               (labels.substr(0, k).ends_with("领导") || labels.substr(0, k).ends_with("单位") ||
                labels.substr(0, k).ends_with("部门"))))
            comma = k;
      const size_t end = std::min(rest.find("；"), rest.size());
      const std::string_view pointer = rest.substr(0, end);
      if (comma == std::string_view::npos) {  // 参与单位均同上: one label
        if (RoleOfClauseLabel(labels) == ClauseRole::kOther) continue;
        out.append(kept).append(labels).append("：").append(pointer);
        from = at + end;
        changed = true;
        continue;
      }
      out.append(kept);
      out.append(labels.substr(0, comma)).append("：").append(pointer).append("；");
      out.append(labels.substr(comma + 3)).append("：").append(pointer);
      from = at + end;
      changed = true;
      continue;
    }
    if (!before.ends_with("领导") && !before.ends_with("单位") && !before.ends_with("部门")) continue;
    out.append(before).append("：");
    from = at;
    changed = true;
  }
  if (!changed) return {};
  out.append(content.substr(from));
  return out;
}

// （备注：因县政府领导分工调整，6月起本项由马骁副县长包抓）: a note that gives the task another leader,
// titled, after 本项由 or 该项由 and before the verb that closes it; nullopt for any other note.
std::optional<ClauseMatch> NoteOfLeader(std::string_view content) {
  if (!content.starts_with("备注：") && !content.starts_with("注：")) return std::nullopt;
  size_t at = std::string_view::npos;
  for (std::string_view which : {"本项由", "该项由", "此项由"})
    if (const size_t k = FindText(content, which); k != std::string_view::npos) {
      at = k + which.size();
      break;
    }
  if (at == std::string_view::npos) return std::nullopt;
  std::string_view names = content.substr(at);
  for (std::string_view end : {"。", "；"})
    if (names.ends_with(end)) names.remove_suffix(end.size());
  names = BeforeLeadersVerb(names);
  if (names.empty() || TitledLeaders(names).empty()) return std::nullopt;
  ClauseMatch clause;
  AddClausePart("备注", ClauseRole::kLeader, names, clause);  // (the label says: in place of any other)
  return clause;
}

// The leaders `persons` names and the units' clause `rest` (labelled or a bare list) after their verb, as one
// clause; nullopt unless `rest` reads so and names no leader itself.
std::optional<ClauseMatch> LeadersThenClause(std::string_view persons, std::string_view rest) {
  std::optional<ClauseMatch> units = ParseClauseContent(rest);
  if (!units) units = ParseBareUnits(rest, /*after_sentence=*/false);
  if (!units || units->parts.empty() ||
      std::any_of(units->parts.begin(), units->parts.end(),
                  [](const ClausePart& p) { return p.role == ClauseRole::kLeader; }))
    return std::nullopt;
  ClauseMatch clause;
  AddClausePart("责任领导", ClauseRole::kLeader, persons, clause);
  for (ClausePart& p : units->parts) clause.parts.push_back(std::move(p));
  clause.first_is_lead = units->first_is_lead;
  clause.rule_carries = units->rule_carries;
  return clause;
}

// （市委副书记、市长X同志，市委常委、常务副市长Y同志牵头，A、B负责，C抓好落实）: leaders titled, each with
// 同志, then the verb of theirs and the units' clause; nullopt unless both read so.
std::optional<ClauseMatch> ComradesThenUnits(std::string_view content) {
  size_t end = std::string_view::npos, width = 0;
  for (std::string_view stop :
       {"同志牵头负责，", "同志牵头，", "同志负责，", "同志分管，", "同志负总责，", "同志按分工负责，"})
    if (const size_t at = FindText(content, stop); at != std::string_view::npos && at < end)
      end = at, width = stop.size();
  if (end == std::string_view::npos || end > 3 * 60) return std::nullopt;
  const std::string persons = WithoutComrade(content.substr(0, end));
  // (市委常委会领导同志按分工负责: a body of leaders, no one named; its label is the task's all the same.)
  // (Not a unit's own head, 县委宣传部主要领导同志负责: that unit is responsible.)
  if (persons.ends_with("主要领导") || persons.ends_with("负责")) return std::nullopt;
  const bool body = ContainsText(persons, "领导") && !ContainsText(persons, "、");
  if (!body && TitledLeaders(persons, /*bare_names=*/false).empty()) return std::nullopt;
  return LeadersThenClause(persons, TrimSpaces(content.substr(end + width)));
}

std::optional<ClauseMatch> PersonsThenUnits(std::string_view content) {
  if (auto comrades = ComradesThenUnits(content)) return comrades;
  size_t end = std::string_view::npos, width = 0;
  for (std::string_view stop : {"负责，", "负责；", "负责,", "负责;"})
    if (const size_t at = FindText(content, stop); at != std::string_view::npos && at < end)
      end = at, width = stop.size();
  if (end == std::string_view::npos || end == 0 || end > 3 * 16) return std::nullopt;
  const std::string_view persons = content.substr(0, end);
  const std::vector<std::string> names = SplitList(persons);
  if (names.empty() || !std::all_of(names.begin(), names.end(), [](const std::string& n) {
        return LooksLikePersonName(n) && !LooksLikeUnit(n) && !n.ends_with("方") && !n.ends_with("主") &&
               !n.ends_with("户") && !n.ends_with("者") && !n.ends_with("人");  // (施工方, 车主: parties)
      }))
    return std::nullopt;
  return LeadersThenClause(persons, TrimSpaces(content.substr(end + width)));
}
}  // namespace

std::string WithoutComrade(std::string_view names) {
  std::string out;
  for (size_t from = 0; from <= names.size();) {
    const size_t at = FindText(names.substr(from), "同志");
    out.append(names.substr(from, at == std::string_view::npos ? std::string_view::npos : at));
    if (at == std::string_view::npos) break;
    from += at + std::string_view("同志").size();
  }
  return out;
}

std::string_view BeforeLeadersVerb(std::string_view text) {
  for (std::string_view verb : {"牵头负责", "负责", "包抓", "分管"})
    if (text.ends_with(verb)) return text.substr(0, text.size() - verb.size());
  return {};
}

bool PointsAtTask(std::string_view value) {
  if (value.starts_with("同上")) {
    const std::string_view after = value.substr(std::string_view("同上").size());
    return after.empty() || after.starts_with("，") || after.starts_with("；") || after.starts_with("。");
  }
  return (value.starts_with("同本部分第") || value.starts_with("同第")) && ContainsText(value, "项");
}

std::optional<FieldsLegend> ReadFieldsLegend(std::string_view text) {
  // 依次为, 依次是, 依次列 (one search over most paragraphs of the notice: the word first; each 依次 of the
  // paragraph, 按时间节点依次推进 before the legend).
  size_t at = 0, width = 0;
  for (size_t from = 0; width == 0; from = at + std::string_view("依次").size()) {
    if ((at = FindTextFrom(text, "依次", from)) == std::string_view::npos) return std::nullopt;
    for (std::string_view says : {"依次为", "依次是", "依次列"})
      if (text.substr(at).starts_with(says)) width = says.size();
  }
  // The brackets it speaks of, a few words before: 【】内, （）中, 括号内, 方括号里.
  const std::string_view before = text.substr(at > 3 * 12 ? at - 3 * 12 : 0, at > 3 * 12 ? 3 * 12 : at);
  static constexpr std::string_view kBrackets[] = {"【】", "（）", "()",   "［］",
                                                   "[]",   "括号", "括注", "括弧"};
  if (std::none_of(std::begin(kBrackets), std::end(kBrackets),
                   [&](std::string_view b) { return ContainsText(before, b); }))
    return std::nullopt;
  std::string_view list = text.substr(at + width);
  for (std::string_view colon : {"：", ":"})
    if (list.starts_with(colon)) list.remove_prefix(colon.size());
  list = list.substr(0, FindText(list, "。"));
  // The labels, parted by ； as the fields are, or by 、 or ， (a label's own bracket aside: 配合单位（科室、
  // 站所）).
  std::string plain;
  int depth = 0;
  for (size_t i = 0; i < list.size();) {
    const size_t from = i;
    const char32_t cp = NextCodePoint(list, i);
    if (cp == U'（' || cp == U'(') ++depth;
    if (depth == 0) plain.append(list.substr(from, i - from));
    if ((cp == U'）' || cp == U')') && depth > 0) --depth;
  }
  std::vector<std::string_view> labels;
  const std::string_view sep = ContainsText(plain, "；") ? "；" : ContainsText(plain, "、") ? "、" : "，";
  for (std::string_view rest = plain; !rest.empty();) {
    const size_t k = FindText(rest, sep);
    labels.push_back(TrimSpaces(rest.substr(0, k)));
    rest = k == std::string_view::npos ? std::string_view() : rest.substr(k + sep.size());
  }
  if (labels.size() < 2 || labels.size() > 6) return std::nullopt;
  FieldsLegend legend;
  bool units = false;
  for (std::string_view label : labels) {
    if (label.empty() || label.size() > 3 * 10) return std::nullopt;
    const ClauseRole role = RoleOfClauseLabel(label);
    units = units || role == ClauseRole::kLead || role == ClauseRole::kCooperating ||
            role == ClauseRole::kResponsible;
    legend.roles.push_back(role);
  }
  if (!units) return std::nullopt;
  return legend;
}

std::optional<ClauseMatch> LegendClause(std::string_view content, const FieldsLegend& legend) {
  std::vector<std::string_view> fields;
  for (std::string_view rest = TrimSpaces(content);;) {
    const size_t k = std::min(FindText(rest, "；"), rest.find(';'));
    fields.push_back(TrimSpaces(rest.substr(0, k)));
    if (k == std::string_view::npos) break;
    rest = rest.substr(k + (rest[k] == ';' ? 1 : 3));
  }
  if (fields.size() < 2 || fields.size() > legend.roles.size()) return std::nullopt;
  const auto names_persons = [](std::string_view field) {
    if (TitledPersonsOnly(field)) return true;
    const std::vector<std::string> names = SplitList(field);
    return !names.empty() && std::all_of(names.begin(), names.end(), [](const std::string& n) {
      return LooksLikePersonName(n) && !LooksLikeUnit(n);
    });
  };
  // (何东阳（党工委副书记、办事处主任）、各班子成员: one person at least, a title in brackets after the
  // name.)
  const auto names_a_person = [&](std::string_view field) {
    if (names_persons(field)) return true;
    for (const std::string& item : SplitList(field)) {
      std::string_view name = item;
      if (const size_t open = FindText(name, "（"); open != std::string_view::npos && open > 0)
        name = name.substr(0, open);
      if (LooksLikePersonName(name)) return true;
    }
    return false;
  };
  std::vector<ClauseRole> roles = legend.roles;
  if (fields.size() < roles.size() && roles.front() == ClauseRole::kLeader && !names_persons(fields.front()))
    roles.erase(roles.begin());
  std::string labelled;
  for (size_t k = 0; k < fields.size(); ++k) {
    const std::string_view field = fields[k];
    if (field.empty() || FullMatch(Pat::kNoUnit, field)) continue;
    // A field is what its part names: persons for the leaders, units for the others (not a bracket of
    // deadlines, （2025年6月底前；持续推进）).
    if (roles[k] == ClauseRole::kLead || roles[k] == ClauseRole::kCooperating ||
        roles[k] == ClauseRole::kResponsible) {
      // (Not by a unit's ending: 各网格, 竹园社区 name units none of those does. A time is no unit.)
      bool digit = false;
      for (char c : field) digit = digit || (c >= '0' && c <= '9');
      if ((digit && (ContainsText(field, "年") || ContainsText(field, "月"))) ||
          ContainsText(field, "底前") || ContainsText(field, "持续") || ContainsText(field, "长期") ||
          ContainsText(field, "全年"))
        return std::nullopt;
    } else if (roles[k] == ClauseRole::kLeader && !names_a_person(field)) {
      return std::nullopt;
    }
    std::string_view label;
    switch (roles[k]) {
      case ClauseRole::kLeader:
        label = "责任领导";
        break;
      case ClauseRole::kLead:
        label = "牵头单位";
        break;
      case ClauseRole::kCooperating:
        label = "配合单位";
        break;
      case ClauseRole::kResponsible:
        label = "责任单位";
        break;
      case ClauseRole::kDeadline:
        label = "完成时限";
        break;
      case ClauseRole::kOther:
        continue;
    }
    labelled.append(labelled.empty() ? "" : "；").append(label).append("：").append(field);
  }
  if (labelled.empty()) return std::nullopt;
  return ParseClauseContent(labelled);
}

std::optional<ClauseMatch> ResponsibleSaid(std::string_view content, std::optional<ClauseMatch> clause) {
  // A、B负责，C配合: units said to be responsible, read as leading beside helpers, keep their verb, 负责, as
  // the part's label, for a notice's rule to say which of them leads (未注明“牵头”的，排在第一位的单位为牵头
  // 单位: the builder reads them as responsible under it); with none, all lead as before. Not those said to
  // lead or to be jointly responsible (共同负责).
  if (clause)
    for (ClausePart& p : clause->parts)
      if (p.role == ClauseRole::kLead && p.units.size() > 1 && ContainsText(content, p.value + "负责") &&
          !ContainsText(content, p.value + "共同负责") && !ContainsText(content, p.value + "牵头"))
        p.label = "负责";  // (read as responsible under a first-lead rule: Finish)
  return clause;
}

// 县应急局主要领导同志负责，县公安局配合 · 县委宣传部主要负责同志牵头: a unit named by its head, no person
// named; the clause as if the unit itself were (the head's words taken out), or empty for a content with
// none.
std::string WithoutUnitHeads(std::string_view content) {
  std::string out;
  size_t kept = 0;  // content[kept, …) not yet in out
  for (size_t from = 0, at; (at = FindTextFrom(content, "主要", from)) != std::string_view::npos;) {
    from = at + std::string_view("主要").size();
    for (std::string_view head : kUnitHeads) {
      const size_t begin = head.starts_with("党政") ? at - std::min(at, std::string_view("党政").size()) : at;
      if (!content.substr(begin).starts_with(head)) continue;
      size_t before = begin;
      const std::string_view after = content.substr(begin + head.size());
      // (Not a party committee's or a government's, 县委、县政府主要领导: leaders, not units; nor heads doing
      // it in person, 县委主要领导亲自抓, a leader's verb.)
      size_t unit_start = 0;
      for (std::string_view mark : {"、", "，", "；", "（", "由"})
        if (const size_t k = content.substr(0, before).rfind(mark); k != std::string_view::npos)
          unit_start = std::max(unit_start, k + mark.size());
      if (begin <= kept || !EndsOrganisation(PreviousCodePoint(content, before)) ||
          PartyOrGovernment(content.substr(unit_start, begin - unit_start)) ||
          !(after.starts_with("负责") || after.starts_with("牵头") || after.starts_with("负总责")))
        continue;
      out.append(content.substr(kept, begin - kept));
      kept = begin + head.size();
      from = kept;
      break;
    }
  }
  if (kept == 0) return {};
  out.append(content.substr(kept));
  return out;
}

std::optional<ClauseMatch> ParseClauseContent(std::string_view content) {
  content = TrimSpaces(content);
  if (content.empty()) return std::nullopt;
  if (std::string unit = WithoutUnitHeads(content); !unit.empty()) return ParseClauseContent(unit);
  // 责任省领导同上；责任单位：… · 责任单位同本部分第1项 · 责任省领导、责任单位均同第二部分第1项: a label that
  // points at another task's parts, its colon left out; read with it (the builder follows the pointer).
  if (FindText(content, "同") != std::string_view::npos)
    if (std::string pointed = PointersWithColons(content); !pointed.empty())
      return ParseClauseContent(pointed);
  // Every clause has a label's colon or a verb of responsibility; most brackets
  // (各乡（镇）, 以下简称…) have neither and are dismissed before any pattern runs.
  // (负…责任: a work-safety clause's duties, DutyParts.)
  static constexpr std::string_view kCues[] = {
      "：", ":", "负责", "牵头", "落实", "主责", "负总责", "主办", "配合", "协助", "包抓", "监管责任",
      "监督责任", "属地管理责任", "主体责任", "为责任", "为实施", "为承办", "起草",
      // (A抓总，B参加; not 统筹 or 实施 alone: 县乡统筹, 分三个阶段组织实施 are no clauses)
      "抓总", "参与", "参加", "协同", "协办"};
  if (std::none_of(std::begin(kCues), std::end(kCues),
                   [&](std::string_view cue) { return content.find(cue) != std::string_view::npos; }))
    return std::nullopt;
  // …按职责分工负责，以下均需各地区落实，不再列出: the note read apart, the clause without it.
  if (content.ends_with("列出") || content.ends_with("列出。")) {
    const re2::StringPiece in(content.data(), content.size());
    re2::StringPiece match[2];
    if (Pattern(Pat::kUnitsBelowNote).Match(in, 0, in.size(), RE2::UNANCHORED, match, 2)) {
      const size_t note = static_cast<size_t>(match[0].data() - content.data());
      std::optional<ClauseMatch> clause = ParseClauseContent(content.substr(0, note));
      if (!clause) clause.emplace();  // the note alone
      clause->units_below = SplitList(std::string_view(match[1].data(), match[1].size()));
      return clause;
    }
  }
  if (auto clause = NoteOfLeader(content)) return clause;
  if (auto clause = ScopedUnits(content)) return clause;
  if (auto clause = DutyParts(content)) return clause;
  if (auto clause = ParseUnitsContent(content)) return clause;
  if (auto clause = LeadersBeside(content)) return clause;
  if (auto clause = PersonsThenUnits(content)) return clause;
  // （县委、县政府主要领导负责） · （县委常委会负责）: a party committee's or a government's heads or leading
  // body alone, leaders naming no one (no units: not 县委 and 县政府主要领导 as two).
  if (ContainsText(content, "主要") || ContainsText(content, "常委"))
    if (ClauseMatch leaders; LeadersPart(content, leaders)) return leaders;
  return ResponsibleSaid(content, ParseUnlabelled(content));
}

namespace {

// An opening bracket and its match (nesting counted per bracket kind); `close`
// is npos for a bracket never closed.
struct BracketPair {
  size_t open;     // the opening bracket
  size_t content;  // just after it
  size_t close = std::string_view::npos;  // the closing bracket
  size_t after = std::string_view::npos;  // just after it
};

// Every bracket pair of `text` in one pass, in the order they open (one stack per
// kind): finding each match by scanning forward would be quadratic in nesting.
std::vector<BracketPair> PairBrackets(std::string_view text) {
  // The brackets by their bytes, compared in place of decoding each character at a lead byte: EF
  // and E3 lead every fullwidth and CJK punctuation mark, several in each sentence. Kinds 0–4 are
  // （ ( ［ [ 【; none of the lead bytes is a UTF-8 continuation byte, so each match is the character
  // a decoding from the start would find there.
  struct Mark {
    int kind = -1;  // -1: not a bracket
    bool opens = false;
    size_t size = 1;
  };
  const auto mark_at = [&text](size_t b) -> Mark {
    const auto at = [&text](size_t i) { return static_cast<unsigned char>(text[i]); };
    switch (at(b)) {
      case '(':
        return {1, true};
      case ')':
        return {1, false};
      case '[':
        return {3, true};
      case ']':
        return {3, false};
      case 0xEF:
        if (b + 2 < text.size() && at(b + 1) == 0xBC) {
          switch (at(b + 2)) {
            case 0x88:
              return {0, true, 3};  // （
            case 0x89:
              return {0, false, 3};  // ）
            case 0xBB:
              return {2, true, 3};  // ［
            case 0xBD:
              return {2, false, 3};  // ］
          }
        }
        return {};
      case 0xE3:
        if (b + 2 < text.size() && at(b + 1) == 0x80 && (at(b + 2) == 0x90 || at(b + 2) == 0x91))
          return {4, at(b + 2) == 0x90, 3};  // 【 】
        return {};
      default:
        return {};
    }
  };
  static constexpr auto kLead = [] {
    std::array<bool, 256> lead{};
    for (unsigned char c : std::string_view("\xEF\xE3()[]")) lead[c] = true;
    return lead;
  }();
  std::vector<BracketPair> pairs;
  std::vector<size_t> open[5];
  for (size_t b = 0; b < text.size(); ++b) {
    if (!kLead[static_cast<unsigned char>(text[b])]) continue;
    const Mark m = mark_at(b);
    if (m.kind < 0) continue;
    const size_t after = b + m.size;
    std::vector<size_t>& stack = open[m.kind];
    if (m.opens) {
      stack.push_back(pairs.size());
      pairs.push_back({b, after});
    } else if (!stack.empty()) {
      pairs[stack.back()].close = b;
      pairs[stack.back()].after = after;
      stack.pop_back();
    }
    b = after - 1;
  }
  return pairs;
}

}  // namespace

namespace {

// Where a deadline that follows an item's closing clause starts (由A牵头，B配合，6月底前完成。 · A负责，
// 年底前完成): the comma before it; text.size() when the item ends otherwise. A deadline is a short last
// part naming a time (月, 年底, 季度, 前, 底…) and no one's part in the work (牵头, 配合…).
size_t DeadlineAfterClause(std::string_view text) {
  std::string_view body = text;
  if (body.ends_with("。")) body.remove_suffix(std::string_view("。").size());
  // The last comma, full-width or not, no further back than a deadline's length can be.
  constexpr size_t kMaxDeadlineChars = 30;
  const size_t from = body.size() > 4 * kMaxDeadlineChars + 3 ? body.size() - (4 * kMaxDeadlineChars + 3) : 0;
  size_t comma = LastMarkFrom(body, ",", from), after = comma + 1;
  if (const size_t wide = LastMarkFrom(body, "，", from);
      wide != std::string_view::npos && (comma == std::string_view::npos || wide > comma))
    comma = wide, after = wide + std::string_view("，").size();
  if (comma == std::string_view::npos) return text.size();
  // Only where a closing clause could end at the comma (…牵头, …配合, …主责): most items end otherwise,
  // and their last part is not looked at.
  const std::string_view before = body.substr(0, comma);
  if (!before.ends_with("主责") && std::none_of(std::begin(kTrailingVerbs), std::end(kTrailingVerbs),
                                                [&](std::string_view v) { return before.ends_with(v); }))
    return text.size();
  const std::string_view tail = body.substr(after);
  constexpr std::string_view kTimeWords[] = {"月",   "年底",   "年内", "季度", "旬",
                                             "日前", "前完成", "底前", "长期", "持续"};
  const auto holds = [&](std::string_view w) { return FindText(tail, w) != std::string_view::npos; };
  if (tail.empty() || CountCodePoints(tail) > kMaxDeadlineChars ||
      std::any_of(std::begin(kTrailingVerbs), std::end(kTrailingVerbs), holds) || holds("主责") ||
      std::none_of(std::begin(kTimeWords), std::end(kTimeWords), holds))
    return text.size();
  return comma;
}

// 【牵头】A【配合】B at the end of an item (after its text, not opening it: a line 【牵头单位】A over a task
// is the clause line's): the labels and their values to the end, as a labelled clause; nullopt when the item
// does not end so.
std::optional<ClauseMatch> LabelsInLenticularBrackets(std::string_view text,
                                                      const std::vector<BracketPair>& pairs) {
  const auto label_at = [&](const BracketPair& p) {
    if (p.close == std::string_view::npos || text.substr(p.open, 3) != "【") return false;
    const std::string label(text.substr(p.content, p.close - p.content));
    return !label.empty() && label.size() <= 18 && FullMatch(Pat::kClauseLabel, label + "：");
  };
  const auto first = std::find_if(pairs.begin(), pairs.end(), label_at);
  if (first == pairs.end() || first->open == 0) return std::nullopt;
  // 牵头：A；配合：B, from each label to the next (a bracket inside a value, 各镇（街道）, is the value's).
  std::string converted;
  size_t value_from = first->open;
  for (auto p = first; p != pairs.end(); ++p) {
    if (p->open < value_from || !label_at(*p)) continue;
    if (p != first) {
      const std::string_view value = TrimSpaces(text.substr(value_from, p->open - value_from));
      if (value.empty() || FindText(value, "。") != std::string_view::npos) return std::nullopt;
      converted += value;
      converted += "；";
    }
    converted += text.substr(p->content, p->close - p->content);
    converted += "：";
    value_from = p->after;
  }
  std::string_view last = TrimSpaces(text.substr(value_from));
  if (last.ends_with("。")) last.remove_suffix(3);
  if (last.empty() || FindText(last, "。") != std::string_view::npos) return std::nullopt;
  converted += last;
  std::optional<ClauseMatch> clause = ParseLabelled(converted);
  if (!clause) return std::nullopt;
  clause->begin = first->open;
  clause->end = text.size();
  return clause;
}

// A unit a meeting's decision names in prose: one a clause would name, or all of a kind
// (各县（市、区）人民政府, 各市属国有企业).
bool ProseUnit(const std::string& name) {
  // All of a kind, described (县直各负有安全生产监管职责的部门): a unit as printed.
  for (std::string_view all : {"各", "县直各", "市直各", "区直各", "省直各"})
    if (name.starts_with(all) && (name.ends_with("部门") || name.ends_with("单位"))) return true;
  // Not a role (牵头单位要…), units pointed at (所列单位, 上述部门) nor a phrase that ends as a unit does
  // (区政府督查室对清单任务实行).
  for (std::string_view role : {"牵头", "配合", "责任", "协办", "主办", "所列", "上述", "以上"})
    if (name.starts_with(role)) return false;
  // (提出: 省财政厅研究提出具体办法 is no name to the 办 of its 办法.)
  for (std::string_view word : {"要", "的", "把", "履行", "切实", "职责", "实行", "进行", "任务", "提出"})
    if (name.find(word) != std::string::npos) return false;
  // 对 and 执行 in a phrase (对清单任务实行…, 执行…), not in a name (市委对台办, 县法院执行局).
  if (const size_t d = name.find("对"); d != std::string::npos && !name.substr(d).starts_with("对台") &&
                                        !name.substr(d).starts_with("对外") &&
                                        !name.substr(d).starts_with("对口"))
    return false;
  if (const size_t e = name.find("执行"); e != std::string::npos && !name.substr(e).starts_with("执行局"))
    return false;
  return NamesAUnit(name) || (name.starts_with("各") && (EndsAsDivisions(name) || name.ends_with("企业")));
}

// Whether every name of `list` is a ProseUnit; `leading`: not all of them all of a kind or unnamed (各部门,
// 有关单位 lead nothing: 各地各部门要按照职责分工抓好落实 is a call to everyone, not an assignment).
bool ProseUnits(std::string_view list, bool leading) {
  const std::vector<std::string> names = SplitList(list);
  const auto generic = [](const std::string& name) {
    return name.starts_with("各") || name.starts_with("有关");
  };
  return !names.empty() && std::all_of(names.begin(), names.end(), ProseUnit) &&
         !(leading && std::all_of(names.begin(), names.end(), generic));
}

// The bytes of the longest list of units that opens `text` (市人力资源社会保障局、市地方金融管理局抓好落实 →
// the two units; 各县（市、区）人民政府于4月25日前完成核查 → the one), never ending inside a bracket; 0 when
// none does.
size_t UnitListPrefix(std::string_view text) {
  size_t best = 0;
  int depth = 0;
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = NextCodePoint(text, i);
    if (cp == U'（' || cp == U'(') ++depth;
    if ((cp == U'）' || cp == U')') && depth > 0) --depth;
    if (depth == 0 &&
        (EndsOrganisation(cp) || cp == U'）' || cp == U'位' || cp == U'门' || cp == U'司' || cp == U'心' ||
         cp == U'业') &&
        ProseUnits(text.substr(0, i), false))
      best = i;
  }
  // A list that goes on past the last name read (、 after it): none is read rather than a part.
  return text.substr(best).starts_with("、") ? 0 : best;
}

// A part of a sentence that only sets a time: 5月31日前完成首轮走访 · 10月底前完成 · 年内建成 (not
// 每月通报一次, 提前谋划: NamesATime).
bool DeadlinePart(std::string_view part) { return CountCodePoints(part) <= 24 && NamesATime(part); }

// Whether every name of `list` is a person's: printed with a title (刘敏副市长, 县长 陈立群), or called
// 同志 (何志远同志, 陈立群、何志远同志: the title once for all).
bool Persons(std::string_view list) {
  if (list.ends_with("同志")) {
    list.remove_suffix(std::string_view("同志").size());
    const std::vector<std::string> names = SplitList(list);
    return !names.empty() && std::all_of(names.begin(), names.end(), [](const std::string& name) {
      const size_t n = CountCodePoints(name);
      return n >= 2 && n <= 4 && PlausiblePersonName(name) && !LooksLikeUnit(name);
    });
  }
  return !TitledLeaders(list).empty();
}

// `part` with the 商 (or 会商) of 由A商B (A consults B) read as 会同: after the end of a unit's name (厅, 局,
// 委, …), before a list of units that opens with a level (省, 市, 县, 有关, …) or a ministry (财政部); `part`
// as it is when it has none (县市场监管局商品质量股, 县商务局商贸流通股: the 商 of a name).
std::string ConsultAsJointly(std::string_view part) {
  std::string out(part);
  for (size_t at = FindText(part, "商"); at != std::string_view::npos;
       at = FindTextFrom(part, "商", at + 3)) {
    size_t end = at;
    char32_t before = at == 0 ? U'\0' : PreviousCodePoint(part, end);
    const bool jointly = before == U'会';  // (会商)
    if (jointly && end > 0) before = PreviousCodePoint(part, end);
    const std::string_view after = part.substr(at + 3);
    const size_t listed = UnitListPrefix(after);
    bool level = false;
    for (std::string_view start : {"省", "市", "县", "区", "州", "国家", "有关", "相关", "各"})
      level = level || after.starts_with(start);
    const std::string_view first = after.substr(0, std::min(listed, FindText(after, "、")));
    if (std::u32string_view(U"厅局委办府院部社室处心").find(before) != std::u32string_view::npos &&
        listed > 0 && (level || first.ends_with("部")))
      return jointly ? out.replace(at - 3, 6, "会同") : out.replace(at, 3, "会同");
  }
  return out;
}

// Whether every name of `list` is a government (各市（州）人民政府, 各乡镇人民政府, 县政府).
bool Governments(std::string_view list) {
  const std::vector<std::string> names = SplitList(list);
  return !names.empty() &&
         std::ranges::all_of(names, [](const std::string& n) { return n.ends_with("政府"); });
}

// A meeting's decision (会议纪要 议定事项) assigned in its last sentence, in prose, without brackets or
// labels: 市工信局要会同A、B抓好落实，5月31日前完成首轮走访 · 责成A会同B于4月25日前完成核查 · 由A牵头，
// B具体实施，C配合 · A负责，B做好资金保障 · 由刘敏副市长任组长，A具体负责，B配合 · 此项工作由A负责落实.
// The sentence opens with the part that names who leads (or with a leader's part before it, itself first or
// after the sentence's first part), and every part after it names units that help, or a time.
std::optional<ClauseMatch> ProseClause(std::string_view text) {
  std::string_view body = text;
  if (body.ends_with("。")) body.remove_suffix(std::string_view("。").size());
  // The last sentence, no longer than a clause's 400 bytes: after the last 。.
  constexpr size_t kMaxSentence = 400;
  const size_t from = body.size() > kMaxSentence + 3 ? body.size() - (kMaxSentence + 3) : 0;
  const size_t stop = LastMarkFrom(body, "。", from);
  const size_t begin = stop != std::string_view::npos ? stop + std::string_view("。").size()
                       : from == 0                    ? 0
                                                      : std::string_view::npos;
  if (begin == std::string_view::npos || body.size() - begin > kMaxSentence) return std::nullopt;
  const std::string_view sentence = body.substr(begin);
  // 本措施由省发展改革委负责解释: who interprets the document, no one's task.
  if (ContainsText(sentence, "负责解释")) return std::nullopt;
  // A sentence after what is to be done; the item's only one when it names the leader (成立…专班，由X任组长，
  // A具体负责…) or goes on to 由 after a comma (…督促维修复检，由A牵头，B配合): a heading
  // (（二）县经济技术开发区 牵头负责的工作) has no sentence before it.
  // (Each of those holds 由: one search turns most headings away before the others run.)
  if (begin == 0 && !ContainsText(sentence, "由")) return std::nullopt;
  const bool after_comma = ContainsText(sentence, "，由") || ContainsText(sentence, "；由");
  // A paragraph of its own after the task it speaks of (该项工作由A主责，B协同。) opens with what it points
  // at.
  const bool pointed = sentence.starts_with("该项工作") || sentence.starts_with("此项工作") ||
                       sentence.starts_with("本项工作") || sentence.starts_with("此项任务") ||
                       sentence.starts_with("该项任务");
  if (begin == 0 && !after_comma && !pointed && !ContainsText(sentence, "任组长")) return std::nullopt;
  static constexpr std::string_view kVerbs[] = {"牵头", "负责", "主责", "会同", "联合", "职责分工"};
  // (由A具体落实, 由A组织实施: the unit that carries it out, after 由.)
  const bool carries_out = TrimSpaces(sentence).starts_with("由") &&
                           (ContainsText(sentence, "具体落实") || ContainsText(sentence, "具体实施") ||
                            ContainsText(sentence, "组织实施"));
  if (!carries_out &&
      std::none_of(std::begin(kVerbs), std::end(kVerbs),
                   [&](std::string_view v) { return ContainsText(sentence, v); }) &&
      (!ContainsText(sentence, "商") || ConsultAsJointly(sentence) == sentence))  // (由A商B…)
    return std::nullopt;
  // The sentence's parts between commas outside brackets.
  const std::vector<std::string_view> parts = PartsOutsideBrackets(sentence);
  ClauseMatch clause;
  size_t k = 0;
  re2::StringPiece leaders;
  // 由刘敏副市长任组长, the sentence's first part or its second (成立…专班，由X任组长，A具体负责，B配合);
  // 由县长负责, the post alone.
  for (size_t j = 0; j < 2 && j + 1 < parts.size(); ++j)
    if (FullMatch(Pat::kProseLeader, parts[j], &leaders) &&
        (Persons(std::string_view(leaders.data(), leaders.size())) ||
         FullMatch(Pat::kLeaderPostAlone, std::string_view(leaders.data(), leaders.size())))) {
      std::string_view names(leaders.data(), leaders.size());
      if (names.ends_with("同志")) names.remove_suffix(std::string_view("同志").size());  // a form of address
      AddClausePart("责任领导", ClauseRole::kLeader, names, clause);
      k = j + 1;
      break;
    }
  // 由A牵头 after what is to be done, in the same sentence: the clause opens there (the last such part).
  // Not after a condition (对推进不力的，由督查室会同…督办 · 未区分牵头和配合的，由所列单位… · 对推进不力的
  // 单位，由… · 确需延期，由…): a rule for whoever it fits, no assignment; but for a share of the task
  // after its clause (由A会同B研究提出落实意见；涉及用地的，由C负责落实: C helps), the clause before it.
  std::vector<size_t> shares;  // the parts after the clause that give such a share
  if (k == 0 && after_comma)
    for (size_t j = parts.size(); j-- > 1;)
      if (TrimSpaces(parts[j]).starts_with("由")) {
        const std::string_view before = TrimSpaces(parts[j - 1]);
        if (before.starts_with("涉及") && before.ends_with("的") && j >= 3) {
          shares.push_back(j);
          continue;
        }
        if (before.ends_with("的")) return std::nullopt;
        for (std::string_view condition : {"凡", "如", "若", "确需", "确有"})
          if (before.starts_with(condition)) return std::nullopt;
        if (before.starts_with("对") && ContainsText(before, "的")) return std::nullopt;  // 对推进不力的单位
        k = j;
        break;
      }
  if (k == 0 && begin == 0 && clause.parts.empty() && !pointed) return std::nullopt;
  if (k == 0 && !shares.empty()) return std::nullopt;
  re2::StringPiece units, verb, rest;
  // 由A商B研究提出具体办法: A consults B, as 会同 says (not the 商 of a name: 县商务局, 县工商联).
  const std::string consults = ConsultAsJointly(parts[k]);
  // Units all of a kind lead only where the sentence points at the task or says 牵头 or 主责 of them
  // (该项工作 由各区县政府主责): 各地各部门要按照职责分工抓好落实 is a call to everyone;
  // 由各市（州）人民政府负责 落实 after the task names governments, each its own.
  if (!FullMatch(Pat::kProseLead, consults, &units, &verb, &rest) ||
      !ProseUnits(
          std::string_view(units.data(), units.size()),
          !pointed && verb != "牵头" && verb != "主责" && verb != "负总责" &&
              !(consults.starts_with("由") && Governments(std::string_view(units.data(), units.size())))))
    return std::nullopt;
  std::vector<std::string_view> helpers;
  const std::string_view v(verb.data(), verb.size());
  const std::string_view tail(rest.data(), rest.size());
  // After a verb of its own the lead's part is a few characters (牵头实施, 负责落实, 按照职责分工抓紧推进),
  // not more of a sentence (牵头职责) nor a person (负责同志作了汇报, 负责人签字): but for 会同 B… and
  // 分别负责 …, whatever each does.
  if (v != "会同" && v != "联合" && v != "分别负责" &&
      (CountCodePoints(tail) > 6 || tail.starts_with("职责") || tail.starts_with("单位") ||
       tail.starts_with("部门") || tail.starts_with("同志") || tail.starts_with("人") ||
       tail.starts_with("同事") || ContainsText(tail, "的")))
    return std::nullopt;
  if (v == "会同" || v == "联合") {
    const std::string_view after(rest.data(), rest.size());
    const size_t n = UnitListPrefix(after);
    if (n == 0) return std::nullopt;
    helpers.push_back(after.substr(0, n));
    // What the units do together: a few words (抓好落实, 组织实施, 于4月25日前完成核查), or 做好 and its
    // object; not a policy of its own (会同B对任务落实情况实行月调度、季通报: a requirement, no assignment).
    const std::string_view does = after.substr(n);
    if (CountCodePoints(does) > 14 && !does.starts_with("做好") && !does.starts_with("负责") &&
        !does.starts_with("于"))
      return std::nullopt;
  }
  for (size_t p = k + 1; p < parts.size(); ++p) {
    if (TrimSpaces(parts[p]).empty()) continue;  // after a closing ；
    // (涉及用地的，由C负责落实: C's share, C helping.)
    if (std::ranges::find(shares, p + 1) != shares.end()) continue;
    re2::StringPiece helper, share_verb, share_rest;
    if (std::ranges::find(shares, p) != shares.end()) {
      // (Its units carry out the share, 负责落实; not 负责追责问责, a rule of accountability.)
      if (!FullMatch(Pat::kProseLead, parts[p], &helper, &share_verb, &share_rest) ||
          !ProseUnits(std::string_view(helper.data(), helper.size()), false) ||
          !(share_rest.empty() || share_rest == "落实" || share_rest == "实施" || share_rest == "组织实施" ||
            share_rest == "推进" || share_rest == "办理"))
        return std::nullopt;
      helpers.emplace_back(helper.data(), helper.size());
      continue;
    }
    if (FullMatch(Pat::kProseHelper, parts[p], &helper) &&
        ProseUnits(std::string_view(helper.data(), helper.size()), false))
      helpers.emplace_back(helper.data(), helper.size());
    // (…研究提出落实意见，报省委农村工作领导小组审定后实施: where the units' work goes next, theirs.)
    else if (!DeadlinePart(parts[p]) &&
             !(TrimSpaces(parts[p]).starts_with("报") && CountCodePoints(parts[p]) <= 30))
      return std::nullopt;  // more of the sentence after it: a requirement (…，完成情况纳入年度考核), no
                            // assignment
  }
  const bool leads = !helpers.empty() || v == "牵头" || v == "负总责" || v == "主责";
  AddPart(leads ? "牵头" : "负责", std::string_view(units.data(), units.size()), clause);
  for (std::string_view h : helpers) AddPart("配合", h, clause);
  clause.begin = begin + (clause.parts.front().role == ClauseRole::kLeader
                              ? 0
                              : static_cast<size_t>(parts[k].data() - sentence.data()));
  clause.end = begin + sentence.size();
  return clause;
}

// A decision handed out (议定事项 交办): each sentence after the item's first that asks units to act, a part
// opening with 请 (请A牵头，B、C配合，于3月底前… · 由A牵头，请B、C积极配合 · 此事项请A牵头办理，B协助 ·
// 涉及土地流转的，请相关乡镇做好…), read together. The first such sentence's opening part names who leads
// (请A负责 · 请A会同B · 请A、B共同牵头 · 请A、B分别牵头 · 请A、B按职责分工: each responsible, no lead),
// or a leader (请副县长X同志牵头协调) before the unit that leads (，A具体负责); the units opening its later
// parts help, whatever they do (B、C配合 · 会同B制定… · 各乡镇（街道）落实属地责任). A later sentence's
// units help (请A加强价格监测), or lead beside the first where it says 牵头.
std::optional<ClauseMatch> RequestClause(std::string_view text) {
  if (text.size() > 2 * kMaxClauseBytes) return std::nullopt;
  // The sentences, parted at 。 outside brackets.
  std::vector<std::pair<size_t, size_t>> sentences;
  {
    int depth = 0;
    size_t start = 0;
    for (size_t i = 0; i < text.size();) {
      const size_t at = i;
      const char32_t cp = NextCodePoint(text, i);
      if (cp == U'（' || cp == U'(') ++depth;
      if ((cp == U'）' || cp == U')') && depth > 0) --depth;
      if ((depth == 0 && cp == U'。') || i == text.size()) {  // (the last, brackets left open or not)
        sentences.emplace_back(start, (cp == U'。' ? at : i));
        start = i;
      }
    }
  }
  if (sentences.size() < 2) return std::nullopt;  // (the item's first sentence, and no request after it)
  // Words before the verb that say how (积极配合, 主动配合): no part of a name.
  const auto plain = [](std::string_view part) {
    std::string out(TrimSpaces(part));
    for (std::string_view how : {"积极", "主动", "密切", "全力", "共同", "分别"})
      for (size_t at = out.find(how); at != std::string::npos; at = out.find(how, at))
        out.erase(at, how.size());
    return out;
  };
  // The units that open a part, before what they do (县自然资源局、青石镇配合 · 各乡镇（街道）落实属地责任 ·
  // 县财政局按照项目进度及时拨付): the bytes of the list, or 0 (按程序提请…审议后, 3月底前完成…: no one).
  // The verb found at the first place where the words before it are all units' names.
  static constexpr std::string_view kDoes[] = {
      "配合", "协助", "参与", "协同", "协办", "具体", "负责", "落实", "抓好", "做好", "按",   "逐",   "加强",
      "牵头", "及时", "提供", "保障", "组织", "督促", "指导", "支持", "实施", "推进", "开展", "研究", "制定"};
  const auto opening_units = [](std::string_view part) -> size_t {
    for (size_t i = 0; i < part.size() && i <= 3 * 60;) {
      const size_t at = i;
      NextCodePoint(part, i);
      if (at == 0) continue;
      const std::string_view after = part.substr(at);
      if (std::none_of(std::begin(kDoes), std::end(kDoes),
                       [&](std::string_view v) { return after.starts_with(v); }))
        continue;
      const std::vector<std::string> names = SplitList(part.substr(0, at));
      // (组织各乡镇开展…, 督促施工单位落实…: what the lead does to them, no helpers named.)
      static constexpr std::string_view kActs[] = {"组织", "督促", "指导", "协调", "联系", "推动", "引导",
                                                   "带领", "帮助", "动员", "会同", "配合", "要求", "通知"};
      if (std::any_of(std::begin(kActs), std::end(kActs),
                      [&](std::string_view a) { return part.starts_with(a); }))
        return 0;
      const bool beside_units = std::any_of(names.begin(), names.end(), NamesAUnit);
      if (!names.empty() && std::all_of(names.begin(), names.end(), [&](const std::string& n) {
            return CountCodePoints(n) <= 25 && n.find_first_of("0123456789") == std::string::npos &&
                   (NamesAUnit(n) || EndsAsDivisions(n) || DivisionsOfAKind(n) ||
                    ((beside_units || names.size() > 1) && NamedTownship(n)) ||
                    ((n.ends_with("乡镇") || n.ends_with("街道")) && CountCodePoints(n) <= 6));
          }))
        return at;
    }
    return 0;
  };
  // 请副县长X同志牵头协调 · 请副县长、县公安局局长X同志牵头: a leader asked, not a unit.
  const auto leader_named = [](std::string_view names) -> std::optional<std::string_view> {
    if (Persons(names)) {
      if (names.ends_with("同志")) names.remove_suffix(std::string_view("同志").size());
      return names;
    }
    if (!names.ends_with("同志")) return std::nullopt;
    names.remove_suffix(std::string_view("同志").size());
    if (TitledLeaders(names, false).empty()) return std::nullopt;
    return names;
  };
  // A 交办 notice's item opens with what it is about (关于…的事项); elsewhere a request is read only where it
  // assigns a lead and helpers (请A牵头，B配合): 请各单位…按职责分工, 请督查室负责汇总 in a 工作要求 are
  // none. Nor where another sentence says who leads (…。由A牵头，B配合。): the readings after this one's.
  const std::string_view opening = text.substr(0, sentences[0].second);
  const bool about = ContainsText(opening.substr(0, std::min<size_t>(opening.size(), 3 * 8)), "关于");
  for (size_t n = 1; n < sentences.size(); ++n) {
    const std::string_view sentence =
        text.substr(sentences[n].first, sentences[n].second - sentences[n].first);
    if (ContainsText(sentence, "牵头") && !ContainsText(sentence, "请")) return std::nullopt;
  }
  ClauseMatch clause;
  std::string leads, helpers, responsible;  // lists parted by 、
  bool each_responsible = false, leader_first = false, any = false;
  for (size_t n = 1; n < sentences.size(); ++n) {  // (the item's first sentence names what it is about)
    const std::string_view sentence =
        text.substr(sentences[n].first, sentences[n].second - sentences[n].first);
    const std::vector<std::string_view> parts = PartsOutsideBrackets(sentence);
    bool asked = false;  // a part of the sentence has opened with 请
    for (size_t p = 0; p < parts.size(); ++p) {
      std::string part = plain(parts[p]);
      for (std::string_view pointed : {"此事项", "该事项", "此项工作", "该项工作"})
        if (std::string_view(part).starts_with(pointed)) part.erase(0, pointed.size());
      const bool request = std::string_view(part).starts_with("请");
      if (request) part.erase(0, std::string_view("请").size());
      // 由A牵头，请B、C积极配合: the part before the 请 opens the request.
      const bool agent = !asked && std::string_view(part).starts_with("由") && p + 1 < parts.size() &&
                         TrimSpaces(parts[p + 1]).starts_with("请");
      if (agent) part.erase(0, std::string_view("由").size());
      if (!request && !agent && !asked) continue;
      const bool opening = request || agent;
      asked = true;
      re2::StringPiece units, verb, rest;
      const bool led = leads.empty() && responsible.empty();
      if (opening && FullMatch(Pat::kProseLead, part, &units, &verb, &rest)) {
        std::string_view u(units.data(), units.size());
        const std::string_view v(verb.data(), verb.size());
        if (const std::optional<std::string_view> leader = leader_named(u)) {
          AddClausePart("责任领导", ClauseRole::kLeader, *leader, clause);
          leader_first = leader_first || led;
          continue;
        }
        if (led && !any) {  // the first request: who leads
          if (!ProseUnits(u, true)) return std::nullopt;  // (named units, not all of a kind: 请各单位…)
          any = true;
          if (v == "会同" || v == "联合") {
            const std::string_view after(rest.data(), rest.size());
            if (const size_t m = UnitListPrefix(after); m > 0) AppendListed(helpers, after.substr(0, m));
            AppendListed(leads, u);
          } else if (v == "按照职责分工" || v == "按职责分工" || v == "分别负责") {
            AppendListed(responsible, u);
            each_responsible = true;
          } else {
            AppendListed(leads, u);
          }
          continue;
        }
      }
      if (opening && !any && !leader_first) return std::nullopt;  // the first request names no one
      // Another part: the units that open it help (B、C配合 · 各乡镇（街道）落实属地责任), as do those after
      // 会同 (会同县投资促进中心制定…); after a leader, the unit that 负责 or 牵头 leads; asked again, a unit
      // that 牵头 leads beside the first (请A牵头做好…).
      std::string_view u = part;
      const bool jointly = u.starts_with("会同");
      if (jointly) u.remove_prefix(std::string_view("会同").size());
      const size_t m = opening_units(u);
      if (m == 0) continue;  // what is to be done
      const std::string_view after = u.substr(m);
      const bool leads_it =
          after.starts_with("牵头") ||
          (leader_first && led && (after.starts_with("具体负责") || after.starts_with("负责")));
      any = true;
      if (leads_it && !each_responsible && (led || request))
        AppendListed(leads, u.substr(0, m));
      else
        AppendListed(each_responsible ? responsible : helpers, u.substr(0, m));
    }
    if (!asked) continue;
    if (clause.begin == 0 && clause.end == 0) clause.begin = sentences[n].first;
    clause.end = sentences[n].second;
  }
  if (leads.empty() && responsible.empty()) return std::nullopt;
  if (!about && (helpers.empty() || leads.empty())) return std::nullopt;
  if (!leads.empty())
    AddPart(helpers.empty() && leads.find("、") == std::string::npos ? "负责" : "牵头", leads, clause);
  if (!responsible.empty()) AddPart("负责", responsible, clause);
  if (!helpers.empty()) AddPart("配合", helpers, clause);
  return clause;
}

// The item's last sentence when it opens with a label and 为 (责任单位为A、B，其中A牵头 ·
// 牵头单位为A，配合单位为 B), read as the labelled clause it says (责任单位：A、B，其中A牵头).
std::optional<ClauseMatch> LabelledWithIs(std::string_view text) {
  // (主要责任单位为A，其他责任单位为B: the unit that leads and those that help, RoleOfClauseLabel's.)
  static constexpr std::string_view kLabels[] = {
      "责任单位",     "责任部门", "牵头单位", "牵头部门",     "配合单位",     "配合部门",     "协办单位",
      "参与单位",     "承办单位", "负责单位", "主要责任单位", "主要责任部门", "其他责任单位", "其他责任部门",
      "次要责任单位", "协同单位", "牵头处室", "责任处室",     "配合处室",     "牵头科室",     "责任科室",
      "配合科室",     "责任领导", "牵头领导", "责任县领导",   "责任市领导",   "责任区领导"};
  std::string_view body = text;
  if (body.ends_with("。")) body.remove_suffix(std::string_view("。").size());
  // Most items hold no label before 为: two searches, and no more.
  if (!ContainsText(body, "单位为") && !ContainsText(body, "部门为") && !ContainsText(body, "室为"))
    return std::nullopt;
  const size_t stop = LastMarkFrom(body, "。", 0);
  const size_t begin = stop == std::string_view::npos ? 0 : stop + std::string_view("。").size();
  const std::string_view sentence = body.substr(begin);
  const auto labelled_at = [&](std::string_view at) {
    return std::find_if(std::begin(kLabels), std::end(kLabels), [&](std::string_view l) {
      return at.starts_with(l) && at.substr(l.size()).starts_with("为");
    });
  };
  if (labelled_at(sentence) == std::end(kLabels)) return std::nullopt;
  std::string converted;
  converted.reserve(sentence.size());
  for (size_t i = 0; i < sentence.size();) {
    const auto label = labelled_at(sentence.substr(i));
    const bool part_start =
        i == 0 || sentence.substr(0, i).ends_with("，") || sentence.substr(0, i).ends_with("；");
    if (part_start && label != std::end(kLabels)) {
      converted.append(*label).append("：");
      i += label->size() + std::string_view("为").size();
      continue;
    }
    const size_t from = i;
    NextCodePoint(sentence, i);
    converted.append(sentence.substr(from, i - from));
  }
  std::optional<ClauseMatch> clause = ParseLabelled(converted);
  // Units, every name (not 参与单位为“各相关单位”的，由牵头单位商定, a rule of the cover's).
  const auto unit = [](const std::string& name) {
    return (NamesAUnit(name) || EndsAsDivisions(name) || DivisionsOfAKind(name)) && !name.ends_with("的") &&
           name.find("“") == std::string::npos;
  };
  if (!clause ||
      std::none_of(clause->parts.begin(), clause->parts.end(),
                   [](const ClausePart& p) { return !p.units.empty(); }) ||
      !std::all_of(clause->parts.begin(), clause->parts.end(), [&](const ClausePart& p) {
        return p.role == ClauseRole::kDeadline || p.role == ClauseRole::kLeader ||
               std::all_of(p.units.begin(), p.units.end(), unit);
      }))
    return std::nullopt;
  clause->begin = begin;
  clause->end = text.size();
  return clause;
}

// Whether `before` ends with an online editor's mention of a person: @ and a name (请联系@周敏).
bool AfterMention(std::string_view before) {
  const size_t at = before.rfind('@');
  if (at == std::string_view::npos) return false;
  const std::string_view name = TrimSpaces(before.substr(at + 1));
  const size_t n = CountCodePoints(name);
  return n >= 2 && n <= 4 && std::all_of(name.begin(), name.end(), [](char c) { return (c & 0x80) != 0; });
}

// Whether a clause has parts and each names units, every name a unit's (A牵头，B配合 read from prose).
// Whether every part of `clause` names units (or bodies of a kind, 县政府各部门、各直属机构), or, with
// `leaders`, is a leaders' part naming persons: the clause after a leader's
// (县长X负总责，常务副县长Y具体负责；A牵头，B配合).
bool PartsNameSomeone(const ClauseMatch& clause, bool leaders) {
  return !clause.parts.empty() && std::ranges::all_of(clause.parts, [&](const ClausePart& p) {
    return !p.units.empty() && ((leaders && p.role == ClauseRole::kLeader) ||
                                std::ranges::all_of(p.units, [](const std::string& name) {
                                  return UnitOrDivisions(name) || name.starts_with("各");
                                }));
  });
}

bool EveryPartNamesUnits(const ClauseMatch& clause) {
  // (各乡镇负责隐患排查 after the lead and its helpers: a kind of division takes part as a unit does.)
  return !clause.parts.empty() &&
         std::all_of(clause.parts.begin(), clause.parts.end(), [](const ClausePart& p) {
           return !p.units.empty() && std::all_of(p.units.begin(), p.units.end(), UnitOrDivisions);
         });
}

// （县委常委、副县长 张三；县发展和改革局、县财政局）: titled leaders, a ；, and a bare list of units.
std::optional<ClauseMatch> LeadersThenUnits(std::string_view content) {
  const size_t semicolon = FindText(content, "；");
  if (semicolon == std::string_view::npos) return std::nullopt;
  const std::string_view leaders = TrimSpaces(content.substr(0, semicolon));
  if (!TitledPersonsOnly(leaders)) return std::nullopt;
  std::optional<ClauseMatch> units = ParseBareUnits(TrimSpaces(content.substr(semicolon + 3)), false);
  if (!units) return std::nullopt;
  ClauseMatch with;
  AddClausePart("领导", ClauseRole::kLeader, leaders, with);
  units->parts.insert(units->parts.begin(), std::make_move_iterator(with.parts.begin()),
                      std::make_move_iterator(with.parts.end()));
  return units;
}

// Whether a bracket is a unit's second name, right after its first, the unit one a sentence reports to
// (…进展报党委办公室（校长办公室）。 · 报送…领导小组办公室（县农业农村局）, the bureau the office sits in):
// both end as an organisation's name does, and 报, 送 or 向 stands just before the first
// (筹建县第三人民医院（县人民医院） names the item's unit).
bool SecondName(std::string_view before, std::string_view content) {
  size_t a = before.size(), b = content.size();
  if (a == 0 || b == 0) return false;
  const char32_t first = PreviousCodePoint(before, a), second = PreviousCodePoint(content, b);
  if (!EndsOrganisation(first) || !EndsOrganisation(second)) return false;
  const std::string_view tail = before.substr(before.size() - std::min<size_t>(before.size(), 3 * 32));
  for (std::string_view to : {"报", "送", "向"})
    if (const size_t at = LastMarkFrom(tail, to, 0); at != std::string_view::npos) {
      const std::string_view unit = tail.substr(at + to.size());
      if (!unit.empty() && FindText(unit, "，") == std::string_view::npos &&
          FindText(unit, "、") == std::string_view::npos)
        return true;
    }
  return false;
}

// Whether text[begin, end) stands between quotation marks of its own: “（共同牵头）”, 「…」.
bool QuotedWhole(std::string_view text, size_t begin, size_t end) {
  const std::string_view before = text.substr(0, begin), after = text.substr(end);
  for (const auto& [open, close] : {std::pair<std::string_view, std::string_view>{"“", "”"},
                                    {"‘", "’"},
                                    {"「", "」"},
                                    {"『", "』"},
                                    {"\"", "\""}})
    if (before.ends_with(open) && after.starts_with(close)) return true;
  return false;
}

// FindClauses, given the bracket pairs of `text` (PairBrackets), which WholeBlockClause looks at first.
std::vector<ClauseMatch> FindClausesPaired(std::string_view text, const std::vector<BracketPair>& pairs) {
  std::vector<ClauseMatch> found;
  size_t i = 0;  // text before i is inside a clause already found
  for (const BracketPair& pair : pairs) {
    if (pair.open < i) continue;
    if (pair.close == std::string_view::npos) {
      // Never closed: （牵头单位：县卫健局；配合单位：县财政局 at the paragraph's end is still read,
      // as far as the end, when that rest is one clause and no further sentence. Nothing else is
      // read from here on; the builder reports the missing bracket.
      std::string_view rest = TrimSpaces(text.substr(pair.content));
      if (rest.ends_with("。")) rest.remove_suffix(std::string_view("。").size());
      if (rest.size() <= kMaxClauseBytes && FindText(rest, "。") == std::string_view::npos)
        if (std::optional<ClauseMatch> clause = ParseClauseContent(rest)) {
          clause->begin = pair.open;
          clause->end = text.size();
          clause->unclosed = true;
          found.push_back(std::move(*clause));
        }
      break;
    }
    const std::string_view content = text.substr(pair.content, pair.close - pair.content);
    if (content.size() > kMaxClauseBytes) continue;  // a remark; a clause may still open inside it
    // A bracket quoted whole is a mark the text speaks of (标注“（共同牵头）”的均为牵头单位), no clause.
    if (QuotedWhole(text, pair.open, pair.after)) continue;
    std::optional<ClauseMatch> clause = ParseClauseContent(content);
    // Only a bracket that ends the item, and not a person's office after a mention
    // (请联系@周敏（区政府办督查室）); or black brackets after a sentence
    // (…25亿元以上。【县发改局、县财政局】积极…): an annotation, not a remark.
    const std::string_view after = TrimSpaces(text.substr(pair.after));
    const bool closes_item = after.empty() || after == "。";
    // Or its first sentence, what was done told after it (…全部落地（A、B、C）。13项已全部上线运行…: a
    // 督查通报's finished task, its units, then its progress).
    const bool closes_first_sentence = !closes_item && after.starts_with("。") &&
                                       FindText(text.substr(0, pair.open), "。") == std::string_view::npos;
    if (!clause && (((closes_item || closes_first_sentence) && !AfterMention(text.substr(0, pair.open)) &&
                     !SecondName(text.substr(0, pair.open), content)) ||
                    (text.substr(pair.open).starts_with("【") &&
                     (TrimSpaces(text.substr(0, pair.open)).ends_with("。") ||
                      TrimSpaces(text.substr(0, pair.open)).ends_with("；")))))
      clause = ParseBareUnits(content, TrimSpaces(text.substr(0, pair.open)).ends_with("。"));
    // （县委常委、副县长 张三；县发改局、县财政局）: the leaders, titled, then the units, no label on either.
    if (!clause && closes_item) clause = LeadersThenUnits(content);
    if (clause) {
      clause->begin = pair.open;
      clause->end = pair.after;
      found.push_back(std::move(*clause));
      i = pair.after;
    }
    // Otherwise look inside: a clause may follow an opening bracket of a remark.
  }
  // …互通互认。【牵头】A【配合】B, C: labels in 【】 closing the item, each value up to the next, read as
  // 牵头：A；配合：B.
  if (found.empty())
    if (auto clause = LabelsInLenticularBrackets(text, pairs)) found.push_back(std::move(*clause));
  // A labelled clause after the paragraph's last sentence, without brackets:
  // "…80亿元以上。责任单位：市发展改革委、市财政局".
  re2::StringPiece tail;
  // A clause in brackets, the common case, has none of the 。；; — -- the pattern needs (MayMatch).
  if (PartialMatch(Pat::kTrailingClause, text, &tail)) {
    const size_t begin = static_cast<size_t>(tail.data() - text.data());
    // Not inside a bracket, a clause's or one that held none (（督办：X；牵头：A）, its first label unknown:
    // the rest is no clause after the item, and its last value would end in the closing bracket).
    const bool inside_bracket =
        std::any_of(found.begin(), found.end(),
                    [&](const ClauseMatch& m) { return begin >= m.begin && begin < m.end; }) ||
        std::any_of(pairs.begin(), pairs.end(), [&](const BracketPair& p) {
          return p.open < begin && (p.close == std::string_view::npos || begin < p.close);
        });
    std::optional<ClauseMatch> clause = inside_bracket ? std::nullopt : ParseLabelled(tail);
    // …。责任单位：A；配合单位：B。完成时限：2025年12月: a time's label in a sentence of its own after the
    // labelled sentence, read with it.
    size_t from = begin;
    if (clause && std::ranges::all_of(clause->parts, [](const ClausePart& p) { return p.units.empty(); }) &&
        begin >= 3 && text.substr(begin - 3, 3) == "。") {
      const size_t stop = LastMarkFrom(text.substr(0, begin - 3), "。", 0);
      const size_t start = stop == std::string_view::npos ? 0 : stop + 3;
      const std::string_view before = TrimSpaces(text.substr(start, begin - 3 - start));
      if (start > 0 && OpensWithClauseLabel(before))
        if (auto both = ParseLabelled(std::string(before) + "；" + std::string(std::string_view(tail)));
            both && std::ranges::any_of(both->parts, [](const ClausePart& p) { return !p.units.empty(); })) {
          clause = std::move(both);
          from = static_cast<size_t>(before.data() - text.data());
        }
    }
    if (clause) {
      clause->begin = from;
      clause->end = text.size();
      found.push_back(std::move(*clause));
    }
  }
  // …。由A牵头，B、C配合。责任领导：X (a PDF's copy: the leader's label after the units' sentence): the
  // leaders after the item's last sentence, and the units' clause read in what is before them.
  if (found.size() == 1 && OnlyLeaders(found) && found[0].end == text.size() && found[0].begin > 0 &&
      TrimSpaces(text.substr(0, found[0].begin)).ends_with("。"))
    if (std::vector<ClauseMatch> before = FindClauses(text.substr(0, found[0].begin));
        !before.empty() &&
        std::ranges::all_of(before, EveryPartNamesUnits)) {  // (由副县长王勇牵头 names none)
      before.push_back(std::move(found[0]));
      return before;
    }
  // 请A牵头，B配合，… (a decision handed out): the sentences that ask units to act, read together; beside
  // a bracket that names the leader only.
  if ((found.empty() || OnlyLeaders(found)) && FindText(text, "请") != std::string_view::npos)
    if (auto clause = RequestClause(text)) found.insert(found.begin(), std::move(*clause));
  // …。责任单位为A、B、C，其中A牵头: labels before 为 in the last sentence, read as before a colon.
  if (found.empty())
    if (auto clause = LabelledWithIs(text)) found.push_back(std::move(*clause));
  // The clauses below close the item, or close it but for a deadline after them
  // (由A牵头，B配合，6月底前完成。): they are looked for in the item without it, and end where it starts.
  // (Only for an item with no clause in brackets: one with both is rare, and the search is not free.)
  const size_t whole_size = text.size();
  if (found.empty()) text = text.substr(0, DeadlineAfterClause(text));
  // A leader named in the sentence (由X副市长任组长，A负责，B配合): the prose reading, which keeps the
  // leader, before the ones below, which would take X's part for a unit's.
  if (found.empty() && FindText(text, "任组长") != std::string_view::npos)
    if (auto clause = ProseClause(std::string_view(text.data(), whole_size)))
      found.push_back(std::move(*clause));
  // 由A牵头，B、C配合。 as the last sentence of the item (its names units', where a deadline was set aside:
  // 由党政 主要负责同志负总责，每季度研究一次 names people).
  const bool cut = text.size() < whole_size;
  if (found.empty() && FindText(text, "由") != std::string_view::npos) {
    re2::StringPiece sentence;
    if (PartialMatch(Pat::kTrailingSentenceClause, text, &sentence))
      if (auto clause = ParseUnlabelled(sentence);
          clause && (!cut || std::all_of(clause->parts.begin(), clause->parts.end(), [](const ClausePart& p) {
            return std::all_of(p.units.begin(), p.units.end(), NamesAUnit);
          }))) {
        clause->begin = static_cast<size_t>(sentence.data() - text.data());
        clause->end = text.size();
        found.push_back(std::move(*clause));
      }
  }
  std::string_view end = text;  // the text's end decides most blocks: these patterns end with their verb
  if (end.ends_with("。")) end.remove_suffix(3);
  // A牵头负责，B、C配合。 · A、B牵头负责。: the same without 由, as the last sentence or after a comma in
  // it (…内河电动船舶，A牵头负责，B配合。), after a clause in brackets too (the task's units are the
  // union); every name a unit's.
  if (std::any_of(std::begin(kTrailingVerbs), std::end(kTrailingVerbs),
                  [&](std::string_view verb) { return end.ends_with(verb); })) {
    re2::StringPiece sentence;
    if (PartialMatch(Pat::kTrailingUnitsClause, text, &sentence)) {
      const size_t begin = static_cast<size_t>(sentence.data() - text.data());
      // 由… is the pattern above's, read only where no other clause is (由两个单位共同牵头 in a rule).
      const bool after_found =
          !std::string_view(sentence).starts_with("由") &&
          std::all_of(found.begin(), found.end(), [&](const ClauseMatch& m) { return m.end <= begin; });
      if (auto clause = after_found ? ParseUnlabelled(sentence) : std::nullopt;
          clause && EveryPartNamesUnits(*clause)) {
        clause->begin = begin;
        clause->end = text.size();
        found.push_back(std::move(*clause));
      }
    }
  }
  // A meeting's decision assigned in prose in the item's last sentence (the deadline kept in it).
  if (found.empty())
    if (auto clause = ProseClause(std::string_view(text.data(), whole_size)))
      found.push_back(std::move(*clause));
  // …。由A牵头，B、C配合，各县（市、区）政府负责落实。力争…。: a sentence of its own inside the item, not
  // its first (the item's heading, or InlineClause's), that assigns it (every name a unit's, the lead's no
  // words of a sentence: 各乡镇要建立由政府牵头… is none); the first such. The last too, where the readings
  // above found nothing in it (…。A牵头，全面落实…，B负责落实…。); and one of units alone that carry it out
  // by their duties (…。A、B按职责分工负责。…).
  if (found.empty() &&
      (FindText(text, "牵头") != std::string_view::npos || FindText(text, "会同") != std::string_view::npos ||
       FindText(text, "按职责分工负责。") != std::string_view::npos))
    for (size_t from = 0; from < text.size();) {
      size_t stop = FindText(text.substr(from), "。");
      if (stop == std::string_view::npos) stop = text.size() - from;
      const std::string_view sentence = TrimSpaces(text.substr(from, stop));
      // (Its first part names the lead: 由A牵头, A牵头, A会同B; not 每项任务的牵头单位负总责.)
      const std::string_view first = sentence.substr(0, FindText(sentence, "，"));
      const std::string_view lead = first.substr(first.starts_with("由") ? 3 : 0);
      // (The last sentence names others who take part after its lead, 市政府各部门负责落实…: a measure
      // alone after a lead, 县财政局牵头，提前谋划, reads as much as a 工作要求's, 督查室牵头，每季度通报.)
      const std::string_view after_lead = sentence.substr(first.size());
      const bool last = from + stop >= text.size() || TrimSpaces(text.substr(from + stop + 3)).empty();
      if (last && std::none_of(std::begin(kTrailingVerbs), std::end(kTrailingVerbs), [&](std::string_view v) {
            return FindText(after_lead, v) != std::string_view::npos;
          }))
        break;
      if (from > 0 && sentence.size() <= kMaxClauseBytes && FindText(lead, "要") == std::string_view::npos &&
          FindText(lead, "由") == std::string_view::npos && FindText(lead, "的") == std::string_view::npos &&
          (first.ends_with("牵头") ||
           (sentence.starts_with("由") && FindText(first, "牵头") != std::string_view::npos) ||
           FindText(first, "会同") != std::string_view::npos ||
           (first.size() == sentence.size() && sentence.ends_with("按职责分工负责"))))
        if (auto clause = ParseUnlabelled(sentence); clause && EveryPartNamesUnits(*clause)) {
          clause->begin = static_cast<size_t>(sentence.data() - text.data());
          clause->end = clause->begin + sentence.size();
          found.push_back(std::move(*clause));
          break;
        }
      from += stop + std::string_view("。").size();
    }
  // …办结率达到100%。各业务科室配合。: the units that help, the lead the section's.
  if (found.empty() && (end.ends_with("配合") || end.ends_with("协助") || end.ends_with("参与"))) {
    re2::StringPiece units;
    if (PartialMatch(Pat::kTrailingCooperation, text, &units)) {
      ClauseMatch clause;
      AddPart("配合", units, clause);
      if (!clause.parts.empty() && !clause.parts[0].units.empty() &&
          std::all_of(clause.parts[0].units.begin(), clause.parts[0].units.end(), LooksLikeUnit)) {
        clause.begin = static_cast<size_t>(units.data() - text.data());
        clause.end = text.size();
        found.push_back(std::move(clause));
      }
    }
  }
  return found;
}

}  // namespace

std::vector<int> ItemNumberList(std::string_view field) {
  std::vector<int> out;
  int value = -1;
  for (size_t i = 0; i <= field.size(); ++i) {
    const char c = i < field.size() ? field[i] : ',';
    if (c >= '0' && c <= '9') {
      value = value < 0 ? c - '0' : value * 10 + (c - '0');
      if (value >= kMaxItemNumber) value = kMaxItemNumber;
    } else {
      if (value >= 0 && value < kMaxItemNumber) out.push_back(value);
      value = -1;
    }
  }
  return out;
}

std::vector<std::pair<std::string, std::string>> TitledLeaders(std::string_view list, bool bare_names) {
  ClauseMatch leaders;
  AddClausePart("", ClauseRole::kLeader, list, leaders);
  std::vector<std::pair<std::string, std::string>> out;
  for (const std::string& printed : leaders.parts[0].units) {
    re2::StringPiece name, title;
    std::string bracketed;  // 宋嘉禾（党工委委员、常务副主任）: the title in brackets after the name
    if (printed.ends_with("）"))
      if (const size_t open = FindText(printed, "（"); open != std::string::npos && open > 0) {
        const std::string_view before = std::string_view(printed).substr(0, open);
        const std::string_view inside = std::string_view(printed).substr(open + 3, printed.size() - open - 6);
        const size_t last = LastMarkFrom(inside, "、", 0);
        const std::string_view post = last == std::string_view::npos ? inside : inside.substr(last + 3);
        re2::StringPiece t, n;
        // (赵六（县委常委）: a post alone in the bracket, after a person's name.)
        if (FindText(inside, "（") == std::string_view::npos &&
            ((FullMatch(Pat::kLeaderTitleName, std::string(post) + std::string(before), &t, &n) &&
              n.size() == before.size()) ||
             (LooksLikePersonName(before) && FullMatch(Pat::kLeaderTitleOnly, post))))
          bracketed = std::string(inside);
        if (!bracketed.empty()) {
          name = re2::StringPiece(before.data(), before.size());
          title = re2::StringPiece(bracketed);
        }
      }
    if (bracketed.empty() && !FullMatch(Pat::kLeaderTitleName, printed, &title, &name) &&
        !FullMatch(Pat::kLeaderNameTitle, printed, &name, &title)) {
      if (!bare_names) return {};
      name = printed;
      title = {};
    }
    if (!PlausiblePersonName(std::string_view(name.data(), name.size()))) return {};
    out.emplace_back(std::string(name.data(), name.size()), std::string(title.data(), title.size()));
  }
  return out;
}

std::string_view AfterLeaderLabel(std::string_view text) {
  size_t colon = FindText(text, "：");
  size_t after = colon + 3;
  if (const size_t ascii = text.find(':'); ascii < colon) colon = ascii, after = ascii + 1;
  if (colon == std::string_view::npos || colon > 5 * 3) return {};
  const std::string_view label = TrimSpaces(text.substr(0, colon));
  if (!label.ends_with("领导") && !IsLeaderPost(label)) return {};
  // Leaders and nothing else: another label after them (校领导：X；牵头单位：A), or units given their part
  // (省领导：X；A牵头，B配合), makes it a task's clause.
  const std::string_view rest = TrimSpaces(text.substr(after));
  if (FindText(rest, "：") != std::string_view::npos || rest.find(':') != std::string_view::npos ||
      HasRoleVerb(rest))
    return {};
  return rest;
}

// The verbs of a clause's first part (those of CLAUSE_VERB that open a sentence's clause, 负总责 within
// 负责, and 会同 and 按职责分工, which InlineClause completes).
constexpr std::string_view kLeadVerbs[] = {"牵头", "负责", "主责", "会同", "按职责分工"};

std::optional<ClauseMatch> InlineClause(std::string_view text) {
  // Nearly all items name no such verb in their first 50 characters, where a clause among the first
  // three parts of the sentence has its first verb: found by a few searches, not a walk.
  const std::string_view head = text.substr(0, 150);
  if (std::none_of(std::begin(kLeadVerbs), std::end(kLeadVerbs),
                   [&](std::string_view v) { return ContainsText(head, v); }))
    return std::nullopt;
  // The first sentence's parts between commas outside brackets: [begin, end) each.
  std::vector<std::pair<size_t, size_t>> parts;
  int depth = 0;
  size_t start = 0, i = 0;
  for (; i < text.size() && parts.size() < 8;) {
    const size_t b = i;
    const char32_t cp = NextCodePoint(text, i);
    if (cp == U'（' || cp == U'(')
      ++depth;
    else if ((cp == U'）' || cp == U')') && depth > 0)
      --depth;
    else if (depth == 0 && (cp == U'，' || cp == U',')) {
      parts.emplace_back(start, b);
      start = i;
    } else if (depth == 0 && (cp == U'。' || cp == U'；' || cp == U';')) {
      i = b;
      break;
    }
  }
  parts.emplace_back(start, std::min(i, text.size()));  // the sentence's last part
  // A clause needs something after it in the sentence: the parts before the last.
  for (size_t k = 0; k + 1 < parts.size() && k < 3; ++k) {
    const auto candidate = [&](size_t last, std::string_view suffix) -> std::optional<ClauseMatch> {
      std::string content =
          std::string(text.substr(parts[k].first, parts[last].second - parts[k].first)) + std::string(suffix);
      // 市商务局要会同B，… · 责成A牵头，会同B，…: the 要 and the 责成 are the sentence's, no unit's.
      if (const size_t must = content.find("要会同"); must != std::string::npos) content.erase(must, 3);
      if (content.starts_with("责成")) content.erase(0, 6);
      // 各项任务第一个单位为牵头单位: a rule, not a clause.
      if (StatesLeadRule(content)) return std::nullopt;
      std::optional<ClauseMatch> clause = ParseUnlabelled(content);
      if (!clause) return std::nullopt;
      for (const ClausePart& p : clause->parts)
        if (!std::all_of(p.units.begin(), p.units.end(), LooksLikeUnit)) return std::nullopt;
      clause->begin = parts[k].first;
      clause->end = parts[last].second;
      return clause;
    };
    const std::string_view first = text.substr(parts[k].first, parts[k].second - parts[k].first);
    // Every candidate's first part names the leading units' verb; most items' first parts have none,
    // and no pattern runs for them.
    if (std::none_of(std::begin(kLeadVerbs), std::end(kLeadVerbs),
                     [&](std::string_view v) { return first.find(v) != std::string_view::npos; }))
      continue;
    // A牵头，B配合: two parts; A负责 / 由A负责: one; A会同B、C / A、B按职责分工: one, its verb implied.
    if (k + 2 < parts.size())
      if (auto c = candidate(k + 1, ""); c && c->parts.size() > 1) return c;
    if (auto c = candidate(k, "")) return c;
    if (first.find("会同") != std::string_view::npos || first.ends_with("按职责分工"))
      if (auto c = candidate(k, "负责")) return c;
  }
  return std::nullopt;
}

void AddProseShares(std::string_view text, std::vector<ClauseMatch>& found) {
  // Only beside clauses read from the prose: no bracket, parts said by their verbs (牵头, 配合, 负责), one
  // that leads or carries it out among them. (A notice of brackets or labels names every unit there.)
  bool leads = false;
  for (const ClauseMatch& m : found) {
    if (std::all_of(m.parts.begin(), m.parts.end(),
                    [](const ClausePart& p) { return p.role == ClauseRole::kLeader; }))
      continue;  // （市领导：陆晓岚） closing the item
    const std::string_view printed = text.substr(std::min(m.begin, text.size()));
    if (printed.starts_with("（") || printed.starts_with("(") || printed.starts_with("【")) return;
    for (const ClausePart& p : m.parts) {
      if (p.role != ClauseRole::kLeader && p.label != "牵头" && p.label != "配合" && p.label != "负责")
        return;
      leads = leads || p.role == ClauseRole::kLead || p.role == ClauseRole::kResponsible;
    }
  }
  if (!leads) return;
  // Parts between commas outside brackets, within sentences (。, ；).
  std::vector<ClauseMatch> shares;
  int depth = 0;
  size_t part_begin = 0;
  bool conditional = false;  // a part of the sentence so far states a condition (对…的, 确需…的, 如…)
  // (A few at most in an item; more is a list of no one's shares, and each would be looked up in the others.)
  constexpr size_t kMaxShares = 8;
  for (size_t i = 0; i <= text.size() && shares.size() < kMaxShares;) {
    const size_t at = i;
    const char32_t cp = i < text.size() ? NextCodePoint(text, i) : U'。';
    if (i == at) ++i;
    if (cp == U'（' || cp == U'(') ++depth;
    if ((cp == U'）' || cp == U')') && depth > 0) --depth;
    const bool stop = cp == U'。' || cp == U'；' || cp == U';';
    if (depth > 0 || (!stop && cp != U'，' && cp != U',')) continue;
    const size_t begin = part_begin, end = std::min(at, text.size());
    const std::string_view part = text.substr(begin, end - begin);
    part_begin = std::min(i, text.size());
    // Not after a condition in its sentence (对推进不力、未按期完成任务的单位，由督查室负责 ·
    // 确需调整的，经市政府 同意后，由市财政局统筹解决): a rule for whoever it fits, no share of this task.
    const std::string_view trimmed = TrimSpaces(part);
    const bool after_condition = conditional;
    for (std::string_view condition : {"对", "如", "若", "凡", "确需", "确有", "经"})
      conditional = conditional || trimmed.starts_with(condition);
    conditional = conditional || trimmed.ends_with("的");
    if (stop) conditional = false;
    if (after_condition) continue;
    re2::StringPiece units, rest;
    if (FullMatch(Pat::kProseShare, part, &units, &rest)) {
      // Not a person (负责同志, 负责人) nor a word of a sentence (负责的, 负责单位).
      const std::string_view r(rest.data(), rest.size());
      for (std::string_view word : {"同志", "人", "的", "单位", "部门", "职责"})
        if (r.starts_with(word)) units = {};
    } else if (!FullMatch(Pat::kProseShareAgent, part, &units)) {
      continue;
    } else if (const std::string_view what = part.substr(0, static_cast<size_t>(units.data() - part.data()));
               ContainsText(what, "情况") || ContainsText(what, "进展") || ContainsText(what, "结果")) {
      continue;  // 工作进展情况由市政府督查室负责: who reports on the task, not a share of it
    }
    std::string_view names(units.data(), units.size());
    // (A clause's own words: 市国资委会同市人力资源社会保障局负责 is read whole by the clause, and so is
    // 县商务局商县邮政分公司负责.)
    if (names.empty() || ContainsText(names, "会同") || ContainsText(names, "联合") ||
        ContainsText(names, "牵头") || (ContainsText(names, "商") && ConsultAsJointly(names) != names))
      continue;
    // Each name a body's of the administration: opening with its level (省, 市, 县, 区, 乡, 镇, 各, 国), a
    // unit's name (not 支持高校, 科研院所, 建设单位, 构建政府), no pointer (各责任单位, 有关部门).
    const std::vector<std::string> listed = SplitList(names);
    if (listed.empty() || !std::all_of(listed.begin(), listed.end(), [](const std::string& name) {
          size_t at = 0;
          const bool level = StartsOrganisation(NextCodePoint(name, at));
          return level && UnitOrDivisions(name) && !ContainsText(name, "责任") &&
                 !ContainsText(name, "牵头") && !ContainsText(name, "配合") && !ContainsText(name, "有关") &&
                 !ContainsText(name, "相关");
        }))
      continue;
    // Units a clause names already (由A牵头，B配合，各县（市、区）政府负责落实: the clause's own parts) are
    // not named again.
    const auto named = [&](const std::string& name) {
      const auto in = [&](const ClauseMatch& m) {
        return std::any_of(m.parts.begin(), m.parts.end(), [&](const ClausePart& p) {
          return std::find(p.units.begin(), p.units.end(), name) != p.units.end();
        });
      };
      return std::any_of(found.begin(), found.end(), in) || std::any_of(shares.begin(), shares.end(), in);
    };
    if (std::any_of(listed.begin(), listed.end(), named)) continue;
    ClauseMatch share;
    AddPart("配合", names, share);
    if (share.parts.empty() || share.parts[0].units.empty()) continue;
    share.begin = static_cast<size_t>(names.data() - text.data());
    share.end = end;
    shares.push_back(std::move(share));
  }
  for (ClauseMatch& m : shares) found.push_back(std::move(m));
}

// …，市领导周振华负责。 closing an item's last sentence, after the units' parts
// (此项工作由A牵头，B配合，市领导X 负责 · 责任单位为A、B，其中A牵头，市领导X、Y负责): where that part starts
// (its comma), and the leaders it names as a clause's part; npos when the item ends otherwise.
size_t LeaderTail(std::string_view text, ClauseMatch& leaders) {
  std::string_view body = text;
  if (body.ends_with("。")) body.remove_suffix(std::string_view("。").size());
  if (!body.ends_with("负责")) return std::string_view::npos;  // most items: one look
  const size_t comma = LastMarkFrom(body, "，", 0);
  if (comma == std::string_view::npos || body.size() - comma > 3 * 30) return std::string_view::npos;
  if (!LeadersPart(body.substr(comma + std::string_view("，").size()), leaders))
    return std::string_view::npos;
  leaders.begin = comma;
  leaders.end = text.size();
  return comma;
}

std::optional<ClauseMatch> LegendClauseClosing(std::string_view text, const FieldsLegend& legend) {
  const std::vector<BracketPair> pairs = PairBrackets(text);
  for (auto pair = pairs.rbegin(); pair != pairs.rend(); ++pair) {
    if (pair->close == std::string_view::npos) continue;
    const std::string_view after = TrimSpaces(text.substr(pair->after));
    if (!after.empty() && after != "。") continue;
    std::optional<ClauseMatch> clause =
        LegendClause(text.substr(pair->content, pair->close - pair->content), legend);
    if (clause) {
      clause->begin = pair->open;
      clause->end = pair->after;
    }
    return clause;
  }
  return std::nullopt;
}

std::vector<ClauseMatch> FindClauses(std::string_view text) {
  ClauseMatch leaders;
  const size_t tail = LeaderTail(text, leaders);
  if (tail == std::string_view::npos) return FindClausesPaired(text, PairBrackets(text));
  // The rest read as it would be without the leaders, who join its last clause where it reaches their comma
  // (由A牵头，B配合，市领导X负责), else are a clause of their own after it. Alone they name no task's units:
  // a cover's 由督查室跟踪督办，市领导X负责 is none.
  const std::string_view rest = text.substr(0, tail);
  std::vector<ClauseMatch> found = FindClausesPaired(rest, PairBrackets(rest));
  if (found.empty()) return found;
  ClauseMatch& last = found.back();
  if (last.end >= tail) {
    for (ClausePart& p : leaders.parts) last.parts.push_back(std::move(p));
    last.end = text.size();
  } else {
    found.push_back(std::move(leaders));
  }
  return found;
}

// 【牵头单位】市国资委【参与单位】市财政局: labels in black brackets instead of before a colon, the
// line read as 牵头单位：市国资委；参与单位：市财政局. nullopt unless it opens with such a label.
std::optional<ClauseMatch> BracketLabelledLine(std::string_view text) {
  constexpr std::string_view kOpen = "【", kClose = "】";
  std::string labelled;
  const RE2& label_re = Pattern(Pat::kClauseLabel);
  for (size_t i = 0; i < text.size();) {
    const size_t open = text.find(kOpen, i);
    const size_t close = open == std::string_view::npos ? open : text.find(kClose, open);
    if (close == std::string_view::npos) {
      if (i == 0) return std::nullopt;
      labelled += text.substr(i);
      break;
    }
    const std::string label = std::string(TrimSpaces(text.substr(open + 3, close - open - 3))) + "：";
    if (!RE2::FullMatch(label, label_re)) {  // a bracket that is no label stays as printed
      if (open == 0 && i == 0) return std::nullopt;
      labelled += text.substr(i, close + 3 - i);
      i = close + 3;
      continue;
    }
    if (i == 0 && open != 0) return std::nullopt;
    labelled += text.substr(i, open - i);
    if (!labelled.empty()) labelled += "；";
    labelled += label;
    i = close + 3;
  }
  std::optional<ClauseMatch> clause = ParseClauseContent(labelled);
  if (!clause) return std::nullopt;
  clause->begin = 0;
  clause->end = text.size();
  return clause;
}

std::optional<ClauseMatch> LeadingLabelledClause(std::string_view text) {
  // Only a text that opens with a label (牵头, 责任单位, 【牵头单位】) is read on: most items open with a
  // verb.
  // A label is a few characters and its colon: most items have no colon in their first 30 bytes and
  // are dismissed by that search; the line's first 24 code points say whether a label opens it.
  if (!text.starts_with("【")) {
    const std::string_view head = text.substr(0, 30);
    if (head.find("：") == std::string_view::npos && head.find(':') == std::string_view::npos)
      return std::nullopt;
    if (!OpensWithClauseLabel(text)) return std::nullopt;
  }
  size_t gap = std::string_view::npos, after = 0;
  for (size_t i = 0; i < text.size() && i < 240;) {
    const size_t b = i;
    const char32_t cp = NextCodePoint(text, i);
    if (cp == U'\u3000' || cp == U'\t' || (cp == U' ' && i < text.size() && text[i] == ' ')) {
      gap = b;
      after = i;
      while (after < text.size() &&
             (text[after] == ' ' || text[after] == '\t' || text.substr(after, 3) == "\u3000"))
        after += text[after] == ' ' || text[after] == '\t' ? 1 : 3;
      break;
    }
  }
  if (gap == std::string_view::npos || gap == 0 || after >= text.size()) return std::nullopt;
  std::optional<ClauseMatch> clause = WholeBlockClause(text.substr(0, gap));
  if (!clause || clause->parts.empty()) return std::nullopt;
  for (const ClausePart& p : clause->parts)
    if (p.units.empty() || p.role == ClauseRole::kOther || p.role == ClauseRole::kDeadline)
      return std::nullopt;
  clause->begin = 0;
  clause->end = gap;
  return clause;
}

std::optional<ClauseMatch> ClauseBeforeQuotedTask(std::string_view text) {
  const size_t at = FindText(text.substr(0, 300), "的“");
  if (at == std::string_view::npos || at == 0) return std::nullopt;
  const std::string_view head = text.substr(0, at);
  if (ContainsText(head, "。") || ContainsText(head, "“")) return std::nullopt;
  if (std::none_of(std::begin(kTrailingVerbs), std::end(kTrailingVerbs),
                   [&](std::string_view v) { return head.ends_with(v); }))
    return std::nullopt;
  std::optional<ClauseMatch> clause = ValueAsClause(head);
  if (!clause || clause->parts.empty()) return std::nullopt;
  for (const ClausePart& p : clause->parts)
    if (p.units.empty() || !std::all_of(p.units.begin(), p.units.end(), NamesAUnit)) return std::nullopt;
  clause->begin = 0;
  clause->end = at;
  return clause;
}

std::optional<ClauseMatch> UnitsColonClause(std::string_view text) {
  // The colon within the first 20 characters, what follows it the task's text.
  const size_t colon = FindText(text.substr(0, 60), "：");
  if (colon == std::string_view::npos || colon == 0 || colon + 3 >= text.size()) return std::nullopt;
  const std::string_view names = text.substr(0, colon);
  if (OpensWithClauseLabel(text)) return std::nullopt;  // 责任单位：A is a label's line
  for (std::string_view mark : {"，", "。", "；", ",", ";", "：", "“"})
    if (ContainsText(names, mark)) return std::nullopt;
  // 砚溪渔鼓（申报单位：X）: a colon inside a bracket the names open, a label's, not after the names.
  if (Count(names, "（") != Count(names, "）") || Count(names, "(") != Count(names, ")")) return std::nullopt;
  const std::vector<std::string> units = SplitList(names);
  if (units.empty() || units.size() > 6 || !std::all_of(units.begin(), units.end(), NamesAUnit))
    return std::nullopt;
  if (units.size() == 1 && units.front().starts_with("各")) return std::nullopt;  // 各单位：要… is a call
  ClauseMatch clause;
  AddClausePart("责任单位", ClauseRole::kResponsible, names, clause);
  if (clause.parts.empty() || clause.parts.front().units.empty()) return std::nullopt;
  clause.begin = 0;
  clause.end = colon + 3;
  return clause;
}

ClauseRole RoleOfDuty(std::string_view duty) {
  duty = TrimSpaces(duty);
  for (std::string_view word : {"牵头", "共同牵头", "负责牵头", "主责", "主办"})
    if (duty.starts_with(word)) return ClauseRole::kLead;
  for (std::string_view word : {"配合", "协助", "协同", "参与", "协办"})
    if (duty.starts_with(word)) return ClauseRole::kCooperating;
  return ClauseRole::kOther;
}

bool IsDutiesLabelLine(std::string_view text) {
  text = TrimSpaces(text);
  bool colon = false;
  for (std::string_view c : {"：", ":"})
    if (text.ends_with(c)) {
      text.remove_suffix(c.size());
      colon = true;
    }
  if (!colon || text.empty() || CountCodePoints(text) > 10) return false;
  for (std::string_view mark : {"，", "。", "；", "、"})
    if (ContainsText(text, mark)) return false;
  // (成员单位职责： is a leading group's members', no task's.)
  if (ContainsText(text, "成员")) return false;
  // 责任分工, 责任单位及分工, 具体分工如下; 责任单位及其职责, 各责任单位职责, 牵头单位职责 (under an item:
  // its units'). Not 各单位工作职责, 督导组职责, 领导小组办公室职责: a 方案's list of every body's duties.
  return ContainsText(text, "分工") ||
         (text.ends_with("职责") && (ContainsText(text, "责任") || ContainsText(text, "牵头")));
}

// A牵头负责…；B配合做好…；C负责…: each sentence a unit's (or units') duty, the units before its verb, their
// part the verb's; where one leads, the responsible others help. nullopt unless every sentence reads so.
std::optional<ClauseMatch> UnitsDutySentences(std::string_view value) {
  ClauseMatch clause;
  bool lead = false;
  for (size_t from = 0; from < value.size();) {
    // (Sentences parted by ； or ，: A牵头负责…，B负责….)
    size_t stop = value.size() - from, mark = 0;
    for (std::string_view sep : {"；", "，"})
      if (const size_t at = FindText(value.substr(from), sep); at < stop) {
        stop = at;
        mark = sep.size();
      }
    const std::string_view sentence = TrimSpaces(value.substr(from, stop));
    from += stop + mark;
    // The first verb's place, and the part it gives.
    size_t at = std::string_view::npos;
    ClauseRole role = ClauseRole::kOther;
    std::string_view verb;
    for (const auto& [word, part] : {std::pair{std::string_view("牵头"), ClauseRole::kLead},
                                     {"配合", ClauseRole::kCooperating},
                                     {"协助", ClauseRole::kCooperating},
                                     {"参与", ClauseRole::kCooperating},
                                     {"负责", ClauseRole::kResponsible}})
      if (const size_t w = FindText(sentence, word); w < at) {
        at = w;
        role = part;
        verb = word;
      }
    if (at == std::string_view::npos || at == 0) return std::nullopt;
    std::string_view names = sentence.substr(0, at);
    if (names.starts_with("由")) names.remove_prefix(std::string_view("由").size());  // 由A牵头
    for (std::string_view mark : {"，", "。", "：", ",", ":"})
      if (ContainsText(names, mark)) return std::nullopt;
    const std::vector<std::string> units = SplitList(names);
    if (units.empty() || units.size() > 6 || !std::all_of(units.begin(), units.end(), UnitNotLeader))
      return std::nullopt;
    AddClausePart(std::string(verb), role, names, clause);
    lead = lead || role == ClauseRole::kLead;
  }
  if (clause.parts.empty()) return std::nullopt;
  if (lead)
    for (ClausePart& p : clause.parts)
      if (p.role == ClauseRole::kResponsible) p.role = ClauseRole::kCooperating;
  return clause;
}

std::optional<ClauseMatch> UnitDutyLine(std::string_view text) {
  // The colon within the first 30 characters (a name of 29 and its mark).
  const size_t colon = FindText(text.substr(0, 90), "：");
  if (colon == std::string_view::npos || colon == 0 || colon + 3 >= text.size()) return std::nullopt;
  if (OpensWithClauseLabel(text)) return std::nullopt;  // 完成时限：… is a label's line
  const std::string_view names = text.substr(0, colon);
  for (std::string_view mark : {"，", "。", "；", ",", ";", "“"})
    if (ContainsText(names, mark)) return std::nullopt;
  if (Count(names, "（") != Count(names, "）") || Count(names, "(") != Count(names, ")")) return std::nullopt;
  const std::string_view duty = TrimSpaces(text.substr(colon + 3));
  ClauseRole role = RoleOfDuty(duty);
  if (role == ClauseRole::kOther) role = ClauseRole::kResponsible;
  // (县卫生健康局（牵头）：… marks its lead as a 责任单位's value does; 各乡镇（街道）：… names units too,
  // under the label, where a line of its own elsewhere is a call.)
  ClauseMatch clause;
  AddClausePart("责任单位", ClauseRole::kResponsible, names, clause);
  size_t units = 0;
  for (ClausePart& p : clause.parts) {
    if (p.role == ClauseRole::kResponsible) p.role = role;
    for (const std::string& u : p.units)
      if (!NamesAUnit(u) && !u.starts_with("各")) return std::nullopt;
    units += p.units.size();
  }
  if (units == 0 || units > 6) return std::nullopt;
  clause.begin = 0;
  clause.end = text.size();
  return clause;
}

std::optional<ClauseMatch> WholeBlockClause(std::string_view text) {
  if (text.empty()) return std::nullopt;
  // 主办：X县人民政府办公室　承办：X县大数据中心 (主办单位：…　承办单位：…, 网站标识码…): the footer of the
  // web page a notice was copied from, no clause (a clause that names a 承办 beside its 主办 names a 协办).
  if (text.starts_with("主办") && !ContainsText(text, "协办") &&
      std::any_of(std::begin(kWebFooterWords), std::end(kWebFooterWords),
                  [&](std::string_view word) { return ContainsText(text, word); }))
    return std::nullopt;
  // →责任人：…；牵头单位：…: a pointer before the clause line, as web pages set it under a task.
  std::string_view after = text;  // past the pointers, however many (a loop: no recursion to overflow)
  for (bool more = true; more;) {
    more = false;
    for (std::string_view pointer : {"→", "➢", "➤", "▶", "►", "☞", "⇒"})
      if (after.starts_with(pointer)) {
        after = TrimSpaces(after.substr(pointer.size()));
        more = true;
      }
  }
  if (after.size() != text.size()) {
    std::optional<ClauseMatch> clause = after.empty() ? std::nullopt : WholeBlockClause(after);
    if (clause) {
      clause->begin = 0;
      clause->end = text.size();
    }
    return clause;
  }
  if (text.starts_with("【"))
    if (std::optional<ClauseMatch> clause = BracketLabelledLine(text)) return clause;
  size_t first_end = 0;
  if (Closing(NextCodePoint(text, first_end)) != 0) {
    // Only the opening bracket at 0 can give a clause that starts there (the other clauses
    // FindClauses finds follow a bracket or a 。；), and it must close at the end or never: a
    // heading such as （一）… is dismissed here without reading each of its brackets.
    const std::vector<BracketPair> pairs = PairBrackets(text);
    // (The first pair opens at 0: PairBrackets knows the same five openings as Closing.)
    if (pairs.empty() || (pairs[0].close != std::string_view::npos && pairs[0].after != text.size()))
      return std::nullopt;
    std::vector<ClauseMatch> inside = FindClausesPaired(text, pairs);
    if (inside.size() == 1 && inside[0].begin == 0 && inside[0].end == text.size())
      return std::move(inside[0]);
    return std::nullopt;
  }
  if (text.find("：") == std::string_view::npos && text.find(':') == std::string_view::npos) return std::nullopt;
  if (FullMatch(Pat::kClauseLine, text)) {
    if (auto clause = ParseClauseContent(text)) {
      clause->begin = 0;
      clause->end = text.size();
      return clause;
    }
  }
  return std::nullopt;
}

}  // namespace internal
}  // namespace gongwen

// The rules on running text (brackets and quotes in pairs, a phrase typed
// twice) and on the units and tasks the document assigns.
#include <algorithm>
#include <map>
#include <set>

#include "core/utf8.h"
#include "validate/findings.h"

namespace gongwen::internal {

namespace {

bool Checked(const DocumentBlock& b) {
  return !b.text.empty() && b.kind != BlockKind::kPageBreak && b.role != Role::kDecoration &&
         b.role != Role::kTranslation;
}

char32_t ClosingOf(char32_t open) {
  switch (open) {
    case U'（': case U'(': return U'）';
    case U'《': return U'》';
    case U'〔': return U'〕';
    case U'【': return U'】';
    case U'[': return U']';
    case U'“': return U'”';
    case U'‘': return U'’';
    default: return 0;
  }
}

bool IsClosing(char32_t cp) {
  return cp == U'）' || cp == U')' || cp == U'》' || cp == U'〕' || cp == U'】' || cp == U']' || cp == U'”' ||
         cp == U'’';
}

char32_t Fold(char32_t cp) { return cp == U')' ? U'）' : cp; }

// A bracket opened and not closed yet: where, in which block.
struct Open {
  const DocumentBlock* block;
  char32_t cp;
  size_t at, end;
};

void ReportUnclosed(Findings& f, const Open& x) {
  const std::string_view o = x.block->original;
  f.Add("GW-BRACKET-UNBALANCED", Quote(o.substr(x.at, x.end - x.at)) + "没有与之成对的后半",
        f.At(*x.block, x.at, x.end));
}

// The brackets of block `b`, those still open in `stack` (a title's lines before it) first; what stays open
// is left in `stack`, for the caller to report or to carry into the title's next line.
void Brackets(Findings& f, const DocumentBlock& b, std::vector<Open>& stack) {
  const std::string_view o = b.original;
  // A marker's bracket (1) 2）) is the numbering's, not a pair: GW-HEADING-PUNCT judges it.
  size_t from = 0;
  if (!b.marker.empty()) {
    const size_t at = o.find(b.marker);
    from = at != std::string_view::npos ? at + b.marker.size() : f.TextStart(b);
    if (at == std::string_view::npos)  // repaired ((1) → （1）): the same number of code points
      for (size_t n = CountCodePoints(b.marker); n > 0 && from < o.size(); --n) NextCodePoint(o, from);
  }
  for (size_t i = from; i < o.size();) {
    const size_t start = i;
    const char32_t cp = NextCodePoint(o, i);
    if (ClosingOf(cp) != 0) {
      stack.push_back({&b, cp, start, i});
    } else if (IsClosing(cp)) {
      if (!stack.empty() && Fold(ClosingOf(stack.back().cp)) == Fold(cp)) {
        stack.pop_back();
        continue;
      }
      // A close with no open: report it unless it closes something further down (then that one is unclosed).
      auto match = std::find_if(stack.rbegin(), stack.rend(),
                                [&](const Open& x) { return Fold(ClosingOf(x.cp)) == Fold(cp); });
      if (match == stack.rend()) {
        f.Add("GW-BRACKET-UNBALANCED", "多出的" + Quote(o.substr(start, i - start)) + "没有与之成对的前半", f.At(b, start, i));
        continue;
      }
      while (stack.rbegin() != match) {
        ReportUnclosed(f, stack.back());
        stack.pop_back();
      }
      stack.pop_back();
    }
  }
}

// A run of 2–6 Chinese characters written twice in a row: 线上线上.
void DoubledPhrases(Findings& f, const DocumentBlock& b) {
  const std::string_view o = b.original;
  std::vector<size_t> starts;  // byte offset of each code point, and one past the end
  std::vector<bool> han;
  for (size_t i = 0; i < o.size();) {
    starts.push_back(i);
    han.push_back(IsHan(NextCodePoint(o, i)));
  }
  starts.push_back(o.size());
  const size_t n = han.size();
  for (size_t i = 0; i < n; ++i) {
    for (size_t len = 6; len >= 2; --len) {
      if (i + 2 * len > n) continue;
      bool all_han = true;
      for (size_t k = i; k < i + 2 * len && all_han; ++k) all_han = han[k];
      if (!all_han) continue;
      const std::string_view a = o.substr(starts[i], starts[i + len] - starts[i]);
      const std::string_view c = o.substr(starts[i + len], starts[i + 2 * len] - starts[i + len]);
      if (a != c) continue;
      // 大队大队长, 支队支队长: a unit and the title of its head.
      if (i + 2 * len < n && o.substr(starts[i + 2 * len], 3) == "长") continue;
      f.Add("GW-PHRASE-DOUBLED", Quote(a) + "连写了两次", f.At(b, starts[i], starts[i + 2 * len]));
      i += 2 * len - 1;
      break;
    }
  }
}

// --- units -------------------------------------------------------------

struct UnitName {
  std::string prefix;  // 县, 市, … (one character) or ""
  std::string core;    // 发展和改革
  std::string kind;    // 局, 委员会, … or ""
};

UnitName Split(std::string_view name) {
  static constexpr std::string_view kKinds[] = {"委员会", "管理局", "办公室", "领导小组", "集团", "公司", "中心",
                                                "局",     "委",     "办",     "厅",       "部",   "处",   "院",
                                                "队",     "所",     "站",     "会"};
  static constexpr std::string_view kPrefixes[] = {"省", "市", "县", "区", "州", "镇", "乡", "旗"};
  UnitName u;
  for (std::string_view p : kPrefixes)
    if (name.substr(0, p.size()) == p) {
      u.prefix = p;
      name.remove_prefix(p.size());
      break;
    }
  for (std::string_view k : kKinds)
    if (name.size() > k.size() && name.substr(name.size() - k.size()) == k) {
      u.kind = k;
      name.remove_suffix(k.size());
      break;
    }
  u.core = name;
  return u;
}

// 局 and 委员会/委 name the same body in different places (发改局/发改委); 办 is short for 办公室.
std::string KindClass(const std::string& kind) {
  if (kind == "局" || kind == "委员会" || kind == "委") return "局";
  if (kind == "办" || kind == "办公室") return "办";
  return kind;
}

bool IsSubsequence(std::u32string_view shorter, std::u32string_view longer) {
  size_t j = 0;
  for (char32_t c : longer)
    if (j < shorter.size() && shorter[j] == c) ++j;
  return j == shorter.size();
}

std::u32string ToU32(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) out.push_back(NextCodePoint(s, i));
  return out;
}

bool SameUnit(const std::string& a, const std::string& b) {
  const UnitName x = Split(a), y = Split(b);
  if (x.prefix != y.prefix || x.kind.empty() || y.kind.empty() || KindClass(x.kind) != KindClass(y.kind)) return false;
  const std::u32string cx = ToU32(x.core), cy = ToU32(y.core);
  if (cx.size() < 2 || cy.size() < 2) return false;
  if (cx == cy) return x.kind != y.kind;
  const auto& shorter = cx.size() < cy.size() ? cx : cy;
  const auto& longer = cx.size() < cy.size() ? cy : cx;
  return shorter.size() + 2 <= longer.size() && shorter[0] == longer[0] && IsSubsequence(shorter, longer);
}

void UnitSpellings(Findings& f) {
  const Document& doc = f.doc();
  struct Seen {
    std::string name;
    const DocumentBlock* block;
  };
  std::vector<Seen> seen;  // first place of each spelling, in document order
  std::set<std::string> names;
  auto note = [&](const std::string& name, int block) {
    const DocumentBlock* b = f.Block(block);
    if (b != nullptr && names.insert(name).second) seen.push_back({name, b});
  };
  // Sections and clauses in document order, by block index.
  std::vector<std::pair<int, const std::vector<std::string>*>> lists;
  for (const Section& s : doc.sections) {
    lists.emplace_back(s.block, &s.lead_units);
    lists.emplace_back(s.block, &s.implementing_units);
  }
  for (const Task& t : doc.tasks)
    for (const Clause& c : t.clauses)
      for (const ClausePart& p : c.parts) {
        if (p.role == ClauseRole::kLead || p.role == ClauseRole::kResponsible || p.role == ClauseRole::kCooperating)
          lists.emplace_back(c.block, &p.units);
      }
  std::stable_sort(lists.begin(), lists.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (const auto& [block, units] : lists)
    for (const std::string& u : *units) note(u, block);
  for (size_t j = 1; j < seen.size(); ++j)
    for (size_t i = 0; i < j; ++i) {
      if (!SameUnit(seen[i].name, seen[j].name)) continue;
      f.Add("GW-UNIT-VARIANT",
            Quote(seen[j].name) + "与前文的" + Quote(seen[i].name) + "应为同一单位，写法宜统一",
            f.Find(*seen[j].block, seen[j].name));
      break;
    }
}

void TaskUnitsAndDeadlines(Findings& f) {
  for (const Task& t : f.doc().tasks) {
    const DocumentBlock* b = t.blocks.empty() ? nullptr : f.Block(t.blocks.front());
    if (b == nullptr) continue;
    const Span at = f.Find(*b, t.marker);
    if (t.lead_units.empty() && t.responsible_units.empty())
      f.Add("GW-TASK-NO-LEAD", "任务" + Quote(t.marker) + "没有牵头单位", at);
    if (!t.deadline) f.Add("GW-TASK-NO-DEADLINE", "任务" + Quote(t.marker) + "未写明完成时限", at);
  }
}

}  // namespace

void CheckText(Findings& f) {
  const std::vector<DocumentBlock>& blocks = f.doc().blocks;
  std::vector<Open> open;
  for (size_t i = 0; i < blocks.size(); ++i) {
    const DocumentBlock& b = blocks[i];
    if (!Checked(b)) {
      for (const Open& x : open) ReportUnclosed(f, x);
      open.clear();
      continue;
    }
    Brackets(f, b, open);
    // A title printed over lines (关于印发《……⏎……》的通知) pairs its brackets across them.
    const bool title = b.role == Role::kTitle || b.role == Role::kAttachmentTitle;
    if (!(title && i + 1 < blocks.size() && blocks[i + 1].role == b.role)) {
      for (const Open& x : open) ReportUnclosed(f, x);
      open.clear();
    }
    DoubledPhrases(f, b);
  }
}

void CheckUnits(Findings& f) {
  TaskUnitsAndDeadlines(f);
  UnitSpellings(f);
}

}  // namespace gongwen::internal

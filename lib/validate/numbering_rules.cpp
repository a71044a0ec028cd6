// The rules on numbering: the punctuation after a marker (一、 （一） 1. （1）),
// the sequence of headings at each level, and the sequence of task numbers.
//
// Notices number their sub-headings and tasks in one of two ways: afresh under
// each parent (（一） under 一、, again （一） under 二、) or straight through
// the document (the sample: 251 tasks, units （一）…（五十六）). The first place
// a sequence meets a new parent decides which; after that both kinds of fault
// (a gap, a repeat, going back) are told apart from the chosen way.
#include <algorithm>
#include <map>
#include <optional>

#include "core/chinese_number.h"
#include "core/utf8.h"
#include "validate/findings.h"

namespace gongwen::internal {

namespace {

bool IsChineseNumeral(char32_t cp) {
  return std::u32string_view(U"一二三四五六七八九十百零〇两").find(cp) != std::u32string_view::npos;
}

bool StartsWithChineseNumeral(std::string_view marker) {
  size_t i = 0;
  return !marker.empty() && IsChineseNumeral(NextCodePoint(marker, i));
}

// The wrong punctuation after a marker, and what it should be ("" = none).
struct PunctFault {
  size_t begin;  // in the marker
  size_t end;
  const char* right;
};

std::optional<PunctFault> MarkerPunctFault(std::string_view marker) {
  if (marker.empty()) return std::nullopt;
  size_t end = marker.size();
  size_t at = end;
  const char32_t last = PreviousCodePoint(marker, at);
  const bool paren = marker.rfind("（", 0) == 0 || marker[0] == '(';
  if (paren) {
    if (last == U'）' || last == U')') return std::nullopt;
    return PunctFault{at, end, ""};  // （一）、 （1）.
  }
  if (marker[0] >= '0' && marker[0] <= '9') {
    if (last == U'.' || last == U'．') return std::nullopt;
    if (last == U'、' || last == U'，' || last == U',' || last == U')' || last == U'）') return PunctFault{at, end, "."};
    return std::nullopt;
  }
  if (StartsWithChineseNumeral(marker)) {
    if (last == U'、' || last == U'是') return std::nullopt;
    if (last == U'.' || last == U'．' || last == U'，' || last == U',') return PunctFault{at, end, "、"};
  }
  return std::nullopt;
}

void MarkerPunctuation(Findings& f) {
  for (const DocumentBlock& b : f.doc().blocks) {
    if (b.marker.empty() || b.style.numbered) continue;  // automatic numbering draws its own punctuation
    const auto fault = MarkerPunctFault(b.marker);
    if (!fault) continue;
    // The marker in the original: past markdown marks, the same code points.
    const std::string_view o = b.original;
    size_t i = f.TextStart(b);
    const size_t begin_cp = CountCodePoints(std::string_view(b.marker).substr(0, fault->begin));
    for (size_t n = 0; n < begin_cp && i < o.size(); ++n) NextCodePoint(o, i);
    size_t j = i;
    if (j < o.size()) NextCodePoint(o, j);
    const std::string wrong(std::string_view(b.marker).substr(fault->begin, fault->end - fault->begin));
    std::string right = std::string(b.marker).substr(0, fault->begin) + fault->right;
    f.Add("GW-HEADING-PUNCT", "序号" + Quote(b.marker) + "应写作" + Quote(right) + "（" + Quote(wrong) + "不当）",
          f.At(b, i, j), {{f.At(b, i, j), fault->right}});
  }
}

// The form of a marker with its number left out: "一、" → "N、", "（12）" → "（N）".
std::string Shape(std::string_view marker, std::string* number = nullptr) {
  std::string shape, digits;
  for (size_t i = 0; i < marker.size();) {
    const size_t start = i;
    const char32_t cp = NextCodePoint(marker, i);
    const bool numeral = (cp >= U'0' && cp <= U'9') || IsChineseNumeral(cp);
    if (numeral) {
      if (shape.empty() || shape.back() != '#') shape += '#';
      digits.append(marker.substr(start, i - start));
    } else {
      shape.append(marker.substr(start, i - start));
    }
  }
  if (number) *number = digits;
  return shape;
}

std::optional<int> NumberOf(std::string_view marker) {
  std::string digits;
  Shape(marker, &digits);
  if (digits.empty()) return std::nullopt;
  if (digits[0] >= '0' && digits[0] <= '9') return std::atoi(digits.c_str());
  return ParseChineseNumber(digits);
}

// The number of the nearest earlier paragraph numbered the same way as
// `marker` (a numbered paragraph that is not a heading or task, say), if any.
std::optional<int> NumberBefore(const Document& doc, const DocumentBlock* block, std::string_view marker) {
  const std::string shape = Shape(marker);
  for (const DocumentBlock* b = block; b != doc.blocks.data();) {
    --b;
    if (!b->marker.empty() && Shape(b->marker) == shape) return NumberOf(b->marker);
  }
  return std::nullopt;
}

// One numbered item of a sequence: a heading at one level, or a task.
struct Item {
  int number;
  std::string parent;  // items under the same parent count on from each other
  std::string scope;   // a part of the document (重点工作, 民生实事) may start again from 1
  const DocumentBlock* block;
  std::string marker;
  // For a gap in task numbers: the blocks of the task before that hold text
  // without a number (a task whose number was lost).
  std::vector<const DocumentBlock*> unnumbered;
};

void CheckSequence(Findings& f, const char* rule, const char* what, const std::vector<Item>& items) {
  const Document& doc = f.doc();
  enum class Mode { kUndecided, kRestart, kContinuous } mode = Mode::kUndecided;
  std::map<std::string, int> last;  // parent → last number
  int global_last = 0;
  for (size_t k = 0; k < items.size(); ++k) {
    const Item& it = items[k];
    if (k > 0 && it.scope != items[k - 1].scope) {
      // A new part: numbering may start again or go on; either is right.
      last.clear();
      if (it.number == global_last + 1) {
        last[it.parent] = global_last = it.number;
        continue;
      }
      global_last = 0;
    }
    const auto found = last.find(it.parent);
    int expected;
    if (found != last.end()) {
      expected = found->second + 1;
    } else if (global_last == 0) {
      // The first: from 1, or on from paragraphs numbered the same way that are not headings or tasks.
      const std::optional<int> before = NumberBefore(doc, it.block, it.marker);
      expected = before && *before + 1 == it.number ? it.number : 1;
    } else if (mode == Mode::kRestart) {
      expected = 1;
    } else if (mode == Mode::kContinuous) {
      expected = global_last + 1;
    } else if (it.number == 1) {
      mode = Mode::kRestart;
      expected = 1;
    } else {
      mode = Mode::kContinuous;  // decided even when wrong: the fault is reported against it
      expected = global_last + 1;
    }
    const Span at = f.Find(*it.block, it.marker);
    int now = it.number;
    if (it.number == expected) {
      // in order
    } else if (found != last.end() && it.number == found->second) {
      // A repeat: a duplicate when the next item goes on from it, else a slip for `expected`.
      f.Add(rule, std::string(what) + "序号" + Quote(it.marker) + "重复", at);
      const bool duplicate = k + 1 < items.size() && items[k + 1].parent == it.parent &&
                             items[k + 1].number == it.number + 1;
      now = duplicate ? it.number : expected;
    } else if (it.number > expected) {
      const int missing = it.number - expected;
      if (static_cast<int>(it.unnumbered.size()) == missing) {
        for (int m = 0; m < missing; ++m) {
          const DocumentBlock& b = *it.unnumbered[static_cast<size_t>(m)];
          f.Add(rule, "此段应为第 " + std::to_string(expected + m) + " 项，缺少序号", f.At(b, f.TextStart(b), f.TextStart(b)));
        }
      } else {
        f.Add(rule,
              std::string(what) + "序号跳号：应为 " + std::to_string(expected) + "，此处为" + Quote(it.marker), at);
      }
    } else {
      f.Add(rule, std::string(what) + "序号" + Quote(it.marker) + "顺序颠倒：应为 " + std::to_string(expected), at);
      now = expected;
    }
    last[it.parent] = now;
    global_last = now;
  }
}

// The ancestor a section's number counts under: the nearest one at a higher level.
std::string ParentOf(const Document& doc, const Section& s) {
  for (int p = s.parent; p >= 0; p = doc.sections[static_cast<size_t>(p)].parent)
    if (doc.sections[static_cast<size_t>(p)].level < s.level) return doc.sections[static_cast<size_t>(p)].id;
  return "";
}

// The part (level 0) or the root a section belongs to.
std::string PartOf(const Document& doc, const Section& s) {
  for (int p = s.parent; p >= 0; p = doc.sections[static_cast<size_t>(p)].parent)
    if (doc.sections[static_cast<size_t>(p)].level == 0) return doc.sections[static_cast<size_t>(p)].id;
  return "";
}

void HeadingSequence(Findings& f) {
  const Document& doc = f.doc();
  std::map<int, std::vector<Item>> by_level;
  std::map<std::string, int> first_level1;  // part → index of its first level-1 heading
  for (size_t i = 0; i < doc.sections.size(); ++i) {
    const Section& s = doc.sections[i];
    const DocumentBlock* b = f.Block(s.block);
    if (s.level <= 0 || b == nullptr || s.marker.empty()) continue;
    by_level[s.level].push_back({s.number, ParentOf(doc, s), PartOf(doc, s), b, s.marker, {}});
    if (s.level == 1 && !first_level1.count(PartOf(doc, s))) first_level1[PartOf(doc, s)] = static_cast<int>(i);
  }
  for (const auto& [level, items] : by_level) CheckSequence(f, "GW-HEADING-SEQUENCE", "标题", items);
  // A second-level heading with no first-level heading above it, where the part has them.
  for (const Section& s : doc.sections) {
    if (s.level != 2 || s.marker.empty()) continue;
    bool has_parent = false;
    for (int p = s.parent; p >= 0; p = doc.sections[static_cast<size_t>(p)].parent)
      has_parent = has_parent || doc.sections[static_cast<size_t>(p)].level == 1;
    if (has_parent || !first_level1.count(PartOf(doc, s))) continue;
    if (const DocumentBlock* b = f.Block(s.block))
      f.Add("GW-HEADING-SEQUENCE", "二级标题" + Quote(s.marker) + "之上缺少一级标题（一、）", f.Find(*b, s.marker));
  }
}

void TaskNumbering(Findings& f) {
  const Document& doc = f.doc();
  std::vector<Item> items;
  for (size_t k = 0; k < doc.tasks.size(); ++k) {
    const Task& t = doc.tasks[k];
    if (t.blocks.empty() || t.marker.empty()) continue;
    const DocumentBlock* b = f.Block(t.blocks.front());
    if (b == nullptr) continue;
    const auto section = std::find_if(doc.sections.begin(), doc.sections.end(),
                                      [&](const Section& s) { return s.id == t.section; });
    Item item{t.number, t.section, section == doc.sections.end() ? "" : PartOf(doc, *section), b, t.marker, {}};
    if (k > 0 && !doc.tasks[k - 1].blocks.empty())
      for (const DocumentBlock* p = f.Block(doc.tasks[k - 1].blocks.front()) + 1; p < b; ++p)
        if (p->role == Role::kBody && !p->text.empty()) item.unnumbered.push_back(p);
    items.push_back(std::move(item));
  }
  // Numbering that restarts in every section is told by the task ids ("2.3").
  CheckSequence(f, "GW-TASK-NUMBERING", "任务", items);
}

}  // namespace

void CheckNumbering(Findings& f) {
  MarkerPunctuation(f);
  HeadingSequence(f);
  TaskNumbering(f);
}

}  // namespace gongwen::internal

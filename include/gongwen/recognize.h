// gongwen/recognize.h — stage 4: what each block is.
//
// The recognizer gives every normalized block a role (title, addressees, leader
// heading, task, cooperation clause, copy-to line, ...) and, where a pattern
// captured something, the named fields (a heading's numeral, a leader's name).
// All patterns come from one RE2 catalogue (lib/recognize/patterns.cc), each with
// a name and an example that the tests check.
//
// Roles are decided from the text and from where a block stands: the head of the
// document (issuer mark, number, title), the body, the attachment after the
// signature, and the colophon (copy-to, printed-by).
#ifndef GONGWEN_RECOGNIZE_H_
#define GONGWEN_RECOGNIZE_H_

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gongwen/block.h"
#include "gongwen/export.h"

namespace gongwen {

enum class MarkerKind {
  kNone,
  kChineseNumeral,       // 一、
  kParenChineseNumeral,  // （一）
  kArabic,               // 1.  1．  1、
  kParenArabic,          // （1）
  kCircled,              // ①
  // A decimal outline (GB/T 1.1's numbering, and many a 方案 written after it): 1 / 1.1 / 1.1.1,
  // the number followed by a space or by the text. Marker::number is the last part (1.2 → 2),
  // Marker::text the whole number as printed.
  kOutline1,  // 1␣ (read only where the same document has 1.1)
  kOutline2,  // 1.1
  kOutline3,  // 1.1.1, and deeper
};

// The numbering at the start of a block, as printed.
struct Marker {
  MarkerKind kind = MarkerKind::kNone;
  std::string text;  // "（四）", "27."
  int number = 0;    // 4, 27
  size_t length = 0; // bytes of Block::text taken by the marker and the spaces after it
};

// Outline depth of a marker kind: 一、 = 1, （一） = 2, 1. = 3, （1） = 4, ① = 5; 1␣ = 1, 1.1 = 2, 1.1.1 = 3.
GONGWEN_EXPORT int MarkerLevel(MarkerKind kind);

// What a clause's label says about the names it lists.
enum class ClauseRole {
  kLead,         // 牵头单位, 牵头部门, “A牵头”
  kResponsible,  // 责任单位, 负责部门, “A、B负责”: lead and others not told apart
  kCooperating,  // 配合单位, 协同配合单位, “会同B”, “B参与”
  kLeader,       // 责任领导, 分管领导
  kDeadline,     // 完成时限, 时间节点
  kOther,        // 适用范围 and other labels kept as printed
};
GONGWEN_EXPORT ClauseRole RoleOfClauseLabel(std::string_view label);

// One labelled part of a responsibility clause: 牵头单位：区住建局. An
// unlabelled clause (（财政部、税务总局负责）) gets the label of its verb:
// "负责", "牵头", or "配合" for the units after 会同 / before 参与.
struct ClausePart {
  std::string label;               // 主要协同配合单位, 牵头单位, 责任领导, 完成时限, 负责, …
  std::string value;               // the text after the label, as printed
  std::vector<std::string> units;  // the value split into names (units or leaders); empty for a deadline or scope
  // What the part says of its names: from the label (RoleOfClauseLabel), or
  // for a table cell from its column's header.
  ClauseRole role = ClauseRole::kOther;
};

// A responsibility clause found in a block: a bracket inside or at the end of a
// paragraph, a bracketed line, or a line that opens with a label.
struct ClauseMatch {
  size_t begin = 0;  // [begin, end) in Block::text, brackets included
  size_t end = 0;
  std::vector<ClausePart> parts;
  bool first_is_lead = false;  // states that the first unit listed leads (列第一位者为牵头单位)
  bool rule_carries = false;   // … 下同: the statement holds for every later clause
  bool unclosed = false;       // its opening bracket is never closed: read to the paragraph's end
  int covers = 1;  // the items it holds for, this one and those just above (以上两项由…: 2)
  // 以下均需各地区落实，不再列出: the units its note names once for this task and every one after it.
  std::vector<std::string> units_below;
};

// What recognition found in one block besides its role (which it writes into
// Block::role): the marker read at its start, the named captures of the pattern
// that decided the role, its responsibility clauses. Read by stage 5 (Build).
struct BlockFacts {
  Marker marker;
  // Named captures of the pattern that decided the role, e.g. {"name","刘泳"},
  // {"title","县长"} for a leader heading.
  std::vector<std::pair<std::string, std::string>> fields;
  // Responsibility clauses in this block (for a clause block: the block itself).
  std::vector<ClauseMatch> clauses;

  std::string_view Field(std::string_view name) const {
    for (const auto& [key, value] : fields)
      if (key == name) return value;
    return {};
  }
};

// The blocks, each with its role, and beside them what else was found: facts[i]
// is about blocks[i]. The blocks themselves are moved through, never copied:
// they become the Document's blocks.
struct RecognizedBlocks {
  Blocks blocks;
  std::vector<BlockFacts> facts;

  size_t size() const { return blocks.size(); }
};

GONGWEN_EXPORT RecognizedBlocks Recognize(Blocks blocks);

}  // namespace gongwen

#endif  // GONGWEN_RECOGNIZE_H_

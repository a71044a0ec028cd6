// Stage 5: assemble metadata, the section tree and the tasks from the roles.
#include "gongwen/build.h"

#include <algorithm>
#include <charconv>
#include <limits>
#include <map>
#include <set>
#include <span>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "core/chinese_number.h"
#include "core/lists.h"
#include "core/utf8.h"
#include "gongwen/units.h"
#include "patterns/catalogue.h"
#include "patterns/marker.h"
#include "recognize/block_ref.h"
#include "recognize/clauses.h"
#include "recognize/table.h"

namespace gongwen {

namespace {

// A leader as printed, with the posts of a composite title one by one (副县长、县公安局局长).
Leader MakeLeader(std::string_view name, std::string_view title) {
  Leader l{std::string(name), std::string(title), {}};
  size_t start = 0;
  while (start <= title.size()) {
    size_t at = title.find("、", start);
    if (at == std::string_view::npos) at = title.size();
    std::string_view post = internal::TrimSpaces(title.substr(start, at - start));
    if (!post.empty()) l.titles.emplace_back(post);
    start = at + std::string_view("、").size();
  }
  return l;
}

using internal::AppendExactly;
using internal::AppendUnique;
using internal::At;
using internal::ConstBlockRef;
using internal::SplitList;

constexpr int kLevelPart = 0;
constexpr int kLevelLeader = 1;
constexpr int kLevelUnit = 2;
// The marks a matrix's cells give a unit its part with (MarkRole), ⭐ as a web editor puts ★.
constexpr std::u32string_view kMatrixMarks = U"●○〇◎◆◇■□★☆▲△√✓✔☑⭐";

// The label a cell's text opens with when it is a note's (进展情况：…, 备注：…); empty otherwise. A fixed
// list: a units cell may open with labels of its own that are no note's (县级：A；乡级：B · 各乡镇：负责…).
std::string_view NoteLabel(std::string_view value) {
  static constexpr std::string_view kNotes[] = {"进展情况", "推进情况", "完成情况", "落实情况", "办理情况",
                                                "工作进展", "目前进展", "进展",     "进度",     "工作进度",
                                                "进度情况", "备注",     "说明"};
  for (std::string_view label : kNotes)
    if (value.starts_with(label) &&
        (value.substr(label.size()).starts_with("：") || value.substr(label.size()).starts_with(":")))
      return value.substr(0, label.size());
  return {};
}

// 城关街道党工委、办事处 · 经济开发区党工委、管委会 · 镇人大、政协: a body named by its kind alone, after
// another body of the same place, is that place's (城关街道办事处). Addressees only: a task's units are kept
// as printed.
std::vector<std::string> ShareBodyPlace(std::vector<std::string> items) {
  static constexpr std::string_view kBodies[] = {"党工委", "管委会", "办事处", "人民政府", "政府",
                                                 "党委",   "纪工委", "人大",   "政协"};
  const auto body_of = [](std::string_view item) {
    for (std::string_view body : kBodies)
      if (item.size() > body.size() && item.ends_with(body)) return body;
    return std::string_view();
  };
  for (size_t i = 1; i < items.size(); ++i) {
    if (std::find(std::begin(kBodies), std::end(kBodies), items[i]) == std::end(kBodies)) continue;
    const std::string_view before = items[i - 1];
    const std::string_view body = body_of(before);
    if (body.empty()) continue;
    items[i].insert(0, before.substr(0, before.size() - body.size()));
  }
  return items;
}

class Builder {
 public:
  Builder(const Source& source, RecognizedBlocks blocks, Diagnostics diagnostics)
      : source_(source), rbs_(std::move(blocks)) {
    rbs_.facts.resize(rbs_.blocks.size());  // a caller's facts may be short: none beyond them
    doc_.source = {source.path(), source.format(), source.encoding(), source.sha256(), source.original_size(),
                   source.properties()};
    doc_.diagnostics = std::move(diagnostics);
  }

  Document Run() {
    Metadata();
    // One task per task block: reserved once (47 000 tasks of 520 bytes were moved through 16 doublings).
    // Likewise a section for each heading at most (21 000 sections of 376 bytes for 10 MB).
    size_t tasks = 0, sections = 0;
    for (const Block& b : rbs_.blocks) {
      tasks += b.role == Role::kTask;
      sections += b.role == Role::kAttachmentTitle || b.role == Role::kPartHeading ||
                  b.role == Role::kLeaderHeading || b.role == Role::kUnitHeading || b.role == Role::kHeading;
    }
    doc_.tasks.reserve(tasks);
    contexts_.reserve(tasks);
    doc_.sections.reserve(sections);
    Structure();
    MergeRepeatedTasks();
    AssignTaskIds();
    LeadsNamedByNumber();  // (by the ids: after them)
    LeadsByPart();
    LeadersNamedByNumber();
    Blocks();  // last: the blocks themselves become the document's
    AppendExactly(doc_.diagnostics, std::move(findings_));
    return std::move(doc_);
  }

 private:
  ConstBlockRef Ref(size_t i) const { return At(rbs_, i); }

  void Blocks() {
    for (size_t i = 0; i < rbs_.size(); ++i) rbs_.blocks[i].marker = std::move(rbs_.facts[i].marker.text);
    rbs_.facts = {};  // freed before the caller goes on (enrichment, JSON)
    doc_.blocks = std::move(rbs_.blocks);
  }

  void Metadata() {
    auto& md = doc_.metadata;
    std::string pending_printed_issuer;
    Span pending_printed_span;
    bool lone_wenjian = false;  // the issuer mark so far ends with a line 文件 of its own
    for (size_t i = 0; i < rbs_.size(); ++i) {
      const ConstBlockRef rb = Ref(i);
      const std::string& t = rb.block.text;
      switch (rb.role) {
        case Role::kIssuerMark:
          if (rb.block.kind ==
              BlockKind::kTableRow) {  // a header table's: its names and 文件, read from its cells
            md.issuer_mark += rb.Field("mark");
            break;
          }
          // A joint mark prints 文件 once, beside the issuers' names stacked one over the other (中共X县委
          // 办公室 ⏎ 文件 ⏎ X县人民政府办公室): it closes the mark, after every name.
          if (lone_wenjian && !t.ends_with("文件"))
            md.issuer_mark.insert(md.issuer_mark.size() - std::string_view("文件").size(), t);
          else
            md.issuer_mark += t;
          lone_wenjian = lone_wenjian || t == "文件";
          break;
        case Role::kDocNumber:
          if (!md.doc_number) {
            DocNumber n;
            n.text = std::string(rb.Field("number"));
            n.agency_code = std::string(rb.Field("code"));
            n.year = internal::LeadingNumber(rb.Field("year"));
            n.serial = internal::LeadingNumber(rb.Field("serial"));
            n.span = rb.block.span;
            md.doc_number = n;
            if (!rb.Field("signer").empty()) md.signer = std::string(rb.Field("signer"));
          }
          break;
        case Role::kSigner:
          md.signer = std::string(rb.Field("name"));
          break;
        case Role::kTitle:
          md.title += t;
          break;
        case Role::kAddressees:
          if (md.addressees.empty()) md.addressees = ShareBodyPlace(SplitList(rb.Field("list")));
          break;
        case Role::kSignature:
          if (md.issuer.empty()) md.issuer = t;
          break;
        case Role::kDate:
          if (md.date.empty()) md.date = internal::ParseDateText(t);
          break;
        case Role::kNote:
          md.notes.emplace_back(rb.Field("note"));
          break;
        case Role::kAttachmentTitle:
          if (i > 0 && PreviousStructural(i) == Role::kAttachmentTitle && !md.attachments.empty())
            md.attachments.back() += t;  // a line of the title above
          else
            md.attachments.push_back(t);
          break;
        case Role::kAttachmentList:
          AttachmentListItems(rb);
          break;
        case Role::kCc: {
          // 抄送：市委办公室，市政府办公室。县人大常委会办公室，…: the groups parted by a stop, as some 版记
          // print them (the upper bodies, then the county's own).
          std::string list(rb.Field("list"));
          for (size_t at = 0; (at = list.find("。", at)) != std::string::npos;)
            list.replace(at, std::string_view("。").size(), "，");
          AppendUnique(md.cc, SplitList(list));
          break;
        }
        case Role::kPrintedBy:
          if (rb.Field("date").empty()) {
            pending_printed_issuer = t;  // the issuer on its own line above "…日印发"
            pending_printed_span = rb.block.span;
          } else {
            PrintedBy p;
            p.span = rb.block.span;
            if (rb.Field("issuer").empty() && !pending_printed_issuer.empty()) {
              p.issuer = pending_printed_issuer;
              p.span = pending_printed_span;
              p.span.length = rb.block.span.offset + rb.block.span.length - pending_printed_span.offset;
            } else {
              p.issuer = std::string(rb.Field("issuer"));
            }
            p.date = internal::ParseDateText(rb.Field("date"));
            md.printed_by = p;
          }
          break;
        case Role::kProofreader:
          md.proofreader = std::string(rb.Field("name"));
          break;
        case Role::kCopies:
          md.copies = internal::LeadingNumber(rb.Field("count"));
          break;
        default:
          break;
      }
    }
    internal::PartialMatch(internal::Pat::kTitleType, md.title, &md.doc_type);
    // 附件说明 lists the attachments by name; without it, the attachment titles stand.
    if (!attachment_list_.empty()) md.attachments = attachment_list_;
  }

  void AttachmentListItems(const ConstBlockRef& rb) {
    std::string_view item = rb.Field("list");
    if (item.empty()) item = std::string_view(rb.block.text).substr(rb.marker.length);
    else {
      // "附件：1.名称": the marker is inside the captured list.
      re2::StringPiece in(item.data(), item.size());
      RE2::Consume(&in, internal::Pattern(internal::Pat::kMarkerArabic));
      item = std::string_view(in.data(), in.size());
    }
    item = internal::TrimSpaces(item);
    if (!item.empty()) attachment_list_.emplace_back(item);
  }

  // --- sections and tasks -------------------------------------------------

  // The leaders of headings at `level` and deeper: their sections have closed.
  // A heading's leaders, for the tasks below it (in place of those of a heading of its level or deeper).
  void HeadingLeaders(int level, std::string_view list) {
    DropHeadingLeaders(level);
    std::vector<Leader>& leaders = heading_leaders_.emplace_back(level, std::vector<Leader>{}).second;
    // The recognizer checked the list: its names are leaders, titled or after a label.
    for (const auto& [name, title] : internal::TitledLeaders(list, /*bare_names=*/true))
      leaders.push_back(MakeLeader(name, title));
  }

  // A clause line under the heading just opened (（分管领导：X；牵头部门：A；配合部门：B）): its leaders
  // the heading's, as its bracket would give them; its lead and helpers those of every task below that names
  // no units of its own (Finish). False, and nothing set, when it names no lead (a single responsible unit
  // leads).
  bool PartDefaults(const ConstBlockRef& rb) {
    std::vector<std::string> leads, helpers, leaders, responsible;
    std::string deadline;
    for (const ClauseMatch& m : rb.clauses)
      for (const ClausePart& p : m.parts) switch (p.role) {
          case ClauseRole::kDeadline:
            if (deadline.empty()) deadline = p.value;
            break;
          case ClauseRole::kLead:
            AppendUnique(leads, p.units);
            break;
          case ClauseRole::kCooperating:
            AppendUnique(helpers, p.units);
            break;
          case ClauseRole::kResponsible:
            AppendUnique(responsible, p.units);
            break;
          case ClauseRole::kLeader:
            AppendUnique(leaders, p.units);
            break;
          default:
            break;
        }
    if (leads.empty() && responsible.size() == 1) leads = std::move(responsible);
    // 二、优化营商环境（县发改局牵头，2025年底前完成）: a time the bracket states unlabelled, every task's
    // below it.
    for (const ClauseMatch& m : rb.clauses) {
      re2::StringPiece said;
      if (deadline.empty() && m.end <= rb.block.text.size() &&
          internal::PartialMatch(internal::Pat::kDeadlineInText,
                                 std::string_view(rb.block.text).substr(m.begin, m.end - m.begin), &said))
        deadline.assign(said.data(), said.size());
    }
    const OpenLevel& open = open_.back();
    Section& section = doc_.sections[static_cast<size_t>(open.index)];
    // A later line of the heading's run of clause lines (配合部门：B after 牵头部门：A): more of the same.
    if (!defaults_sections_.empty() && defaults_sections_.back() == open.index &&
        !heading_defaults_.empty() && heading_defaults_.back().first == open.level &&
        (!leads.empty() || !helpers.empty() || !leaders.empty())) {
      PartUnits& part = part_units_[heading_defaults_.back().second];
      AppendUnique(part.leads, leads);
      AppendUnique(section.lead_units, leads);
      AppendUnique(part.helpers, helpers);
      AppendUnique(part.helpers, responsible);
      if (part.deadline.empty()) part.deadline = std::move(deadline);
      AddHeadingLeaders(open.level, leaders);
      return true;
    }
    if (leads.empty()) return false;
    if (section.kind != SectionKind::kHeading || !section.lead_units.empty()) return false;
    section.lead_units = leads;  // (as the JSON's sections show it; no unit's heading: NewTask)
    defaults_sections_.push_back(open.index);
    AddHeadingLeaders(open.level, leaders);
    heading_defaults_.emplace_back(open.level, part_units_.size());
    part_units_.push_back({std::move(leads), std::move(helpers), std::move(deadline)});
    return true;
  }

  // The leaders a clause line under a heading names, the heading's: beside those a line above it in the same
  // run named (链长：X ⏎ 牵头部门：A ⏎ 分管领导：Y), or in place of a heading's of that level before.
  void AddHeadingLeaders(int level, const std::vector<std::string>& leaders) {
    if (leaders.empty()) return;
    const bool adding = !heading_leaders_.empty() && heading_leaders_.back().first == level &&
                        !heading_leaders_.back().second.empty() && heading_run_level_ == level;
    if (!adding) DropHeadingLeaders(level);
    std::vector<Leader>& own = adding ? heading_leaders_.back().second
                                      : heading_leaders_.emplace_back(level, std::vector<Leader>{}).second;
    for (const std::string& printed : leaders)
      if (std::optional<Leader> leader = LeaderOf(printed)) own.push_back(std::move(*leader));
    heading_run_level_ = level;
  }

  // Whether the block is a later line of a run of clause lines right under a section heading.
  bool InHeadingRun(size_t i) const { return PreviousStructural(i) == Role::kClause && UnderHeadingRun(i); }

  // Whether the block is in a run of clause lines right under a section heading (the blocks between them
  // clause lines, all).
  bool UnderHeadingRun(size_t i) const {
    for (size_t j = i; j-- > 0;) {
      const Role r = rbs_.blocks[j].role;
      if (!Printed(r) || r == Role::kClause) continue;
      return internal::IsSectionHeading(r);
    }
    return false;
  }

  // A block of the document's own content: no decoration, page break or bilingual notice's translation.
  static bool Printed(Role role) {
    return role != Role::kDecoration && role != Role::kPageBreak && role != Role::kTranslation;
  }

  void DropHeadingLeaders(int level) {
    while (!heading_leaders_.empty() && heading_leaders_.back().first >= level) heading_leaders_.pop_back();
  }

  // （二）集中攻坚阶段（2025年5月21日—7月20日）: a stage's heading whose brackets give its window, the time
  // of every task under it that gives none of its own (its date the window's end, its year the window's).
  void HeadingWindow(const Section& section, std::string_view heading) {
    heading = internal::TrimSpaces(heading);
    if (!heading.ends_with("）")) return;
    const size_t open = heading.rfind("（");
    if (open == std::string_view::npos) return;
    const std::string_view window = heading.substr(open + 3, heading.size() - open - 6);
    re2::StringPiece to;
    if (!internal::FullMatch(internal::Pat::kDateWindow, window, &to)) return;
    std::string end(to.data(), to.size());
    // The window's start: its year (printed, or the document's) and month, which the end may leave out
    // (5月1日—20日, 5月21日—底: the start's month; 12月1日—1月20日: the next year).
    int year = DocumentYear(), month = 0;
    if (window.size() > 4 && window.substr(4).starts_with("年")) year = internal::LeadingNumber(window);
    const size_t year_end = window.substr(4).starts_with("年") ? 4 + std::string_view("年").size() : 0;
    month = internal::LeadingNumber(window.substr(year_end));
    if (end.find("月") == std::string::npos && month > 0) end.insert(0, std::to_string(month) + "月");
    if (end.find("年") == std::string::npos && year > 0) {
      const int end_month = internal::LeadingNumber(end);
      end.insert(0, std::to_string(end_month > 0 && end_month < month ? year + 1 : year) + "年");
    }
    heading_windows_.emplace(section.id,
                             Deadline{std::string(window), internal::DeadlineDate(end, DocumentYear())});
  }

  int OpenSection(SectionKind kind, int level, const ConstBlockRef& rb, int block_index, int number) {
    CloseFrom(level);
    section_first_task_ = doc_.tasks.size();
    scope_leaders_.clear();
    if (level <= items_below_level_) items_below_ = -1;  // the section of that line's heading closed
    item_above_ = {-1, 0};
    DropHeadingLeaders(level);  // a subsection keeps its heading's
    carried_.clear();
    merge_first_.clear();
    Section s;
    s.kind = kind;
    s.level = level;
    s.marker = rb.marker.text;
    s.number = number;
    s.heading = rb.Field("heading").empty() ? std::string(std::string_view(rb.block.text).substr(rb.marker.length))
                                            : std::string(rb.Field("heading"));
    s.span = rb.block.span;
    s.block = block_index;
    s.parent = Innermost();
    const std::string prefix = s.parent >= 0 ? doc_.sections[static_cast<size_t>(s.parent)].id + "." : "";
    s.id = Unique(section_ids_, prefix + std::to_string(number));
    const int index = static_cast<int>(doc_.sections.size());
    if (s.parent >= 0) doc_.sections[static_cast<size_t>(s.parent)].children.push_back(index);
    doc_.sections.push_back(std::move(s));
    section_kinds_.push_back(kind == SectionKind::kHeading ? rb.marker.kind : MarkerKind::kNone);
    open_.push_back({level, index});  // every level left open is below `level` (CloseFrom)
    if (kind == SectionKind::kHeading) HeadingWindow(doc_.sections.back(), doc_.sections.back().heading);
    return index;
  }

  // 一、县发展和改革局（牵头2项，配合6项） ⏎ （一）牵头任务 ⏎ 1．… ⏎ （二）配合任务 ⏎ 3．…（牵头单位：X）: a
  // 部门责任清单's unit, the tasks it leads and those it helps with under headings of their own. The unit
  // leads the first (a unit's section, 与Y共同牵头 beside it) and helps with the second.
  void UnitsRoleHeading(int section, int level) {
    const Section& s = doc_.sections[static_cast<size_t>(section)];
    if (s.parent < 0) return;
    // A heading's words, its count in brackets aside (牵头任务（2项）, 县发展和改革局（牵头2项，配合6项）).
    const auto words = [](std::string_view heading) {
      heading = internal::TrimSpaces(heading);
      const size_t open = heading.find("（");
      return open != std::string_view::npos && heading.ends_with("）") ? heading.substr(0, open) : heading;
    };
    std::string_view role = words(s.heading);
    bool leads = false;
    if (!internal::TakePrefix(role, {"牵头", "主办", "主责"})) {
      if (!internal::TakePrefix(role, {"配合", "协办", "协同", "参与"})) return;
    } else {
      leads = true;
    }
    if (role != "任务" && role != "事项" && role != "工作") return;
    const std::string_view unit = words(doc_.sections[static_cast<size_t>(s.parent)].heading);
    size_t end = unit.size();
    if (unit.empty() || internal::CountCodePoints(unit) > 24 ||
        !internal::EndsOrganisation(internal::PreviousCodePoint(unit, end)) ||
        internal::SplitList(unit).size() != 1 || internal::ContainsText(unit, "，") ||
        internal::ContainsText(unit, "。"))
      return;
    if (leads) {
      doc_.sections[static_cast<size_t>(section)].lead_units = {std::string(unit)};
    } else {
      while (!heading_helpers_.empty() && heading_helpers_.back().first >= level) heading_helpers_.pop_back();
      heading_helpers_.emplace_back(level, std::vector<std::string>{std::string(unit)});
    }
  }

  void CloseFrom(int level) {
    while (!open_.empty() && open_.back().level >= level) open_.pop_back();
  }
  int Innermost() const { return open_.empty() ? -1 : open_.back().index; }

  void Structure() {
    bold_lead_rule_ = DocumentSaysBoldLeads();
    lead_signs_ = LeadSigns();
    int part_count = 0;
    for (size_t i = 0; i < rbs_.size(); ++i) {
      const ConstBlockRef rb = Ref(i);
      const int bi = static_cast<int>(i);
      switch (rb.role) {
        case Role::kAttachmentTitle: {
          if (PreviousStructural(i) == Role::kAttachmentTitle) break;  // a line of the title above
          open_.clear();
          current_task_ = -1;
          leaders_in_part_ = 0;
          size_t last = i;  // the title's last line
          while (NextStructural(last) == Role::kAttachmentTitle) last = NextStructuralIndex(last);
          if (NextStructural(last) != Role::kPartHeading && OpensStructure(last)) {
            const int s = OpenSection(SectionKind::kPart, kLevelPart, rb, bi, ++part_count);
            for (size_t k = i + 1; k <= last; ++k)
              if (rbs_.blocks[k].role == Role::kAttachmentTitle)
                doc_.sections[static_cast<size_t>(s)].heading += rbs_.blocks[k].text;
          }
          break;
        }
        case Role::kPartHeading:
          // A group row of a table under a numbered heading (二、市政府常务会议议定事项 ⏎ |
          // 市政府第31次常务会议 | spanning the table): a section of that heading's, not a part of the
          // document (the rows under it number on across such groups); the next such row is its sibling.
          if (rb.block.kind == BlockKind::kTableRow && !open_.empty() && table_under_heading_) {
            const OpenLevel& inner = open_.back();
            const Section& parent = doc_.sections[static_cast<size_t>(inner.index)];
            const bool sibling = parent.kind == SectionKind::kPart && inner.level > kLevelPart &&
                                 rbs_.blocks[static_cast<size_t>(parent.block)].kind == BlockKind::kTableRow;
            if (sibling || parent.kind == SectionKind::kHeading) {
              current_task_ = -1;
              OpenSection(SectionKind::kPart, sibling ? inner.level : inner.level + 1, rb, bi,
                          sibling ? parent.number + 1 : 1);
              break;
            }
          }
          open_.clear();
          current_task_ = -1;
          leaders_in_part_ = 0;
          if (!rb.Field("work_item").empty()) {
            // A 工作项目's row over its tasks: the cells it begins merges in are theirs (a merge from the
            // rows above going on through it, theirs too).
            std::map<size_t, CellValue> through = std::move(merge_first_);
            OpenSection(SectionKind::kPart, kLevelPart, rb, bi, ++part_count);
            const std::vector<std::string>& cells = rb.block.cells;
            for (size_t k = 0; k < cells.size() && k < columns_.size(); ++k) {
              if (columns_[k].first == internal::Column::kTask) continue;
              if (k < rb.block.merged_above.size() && rb.block.merged_above[k]) {
                if (auto it = through.find(k); it != through.end()) merge_first_[k] = std::move(it->second);
              } else if (!cells[k].empty()) {
                merge_first_[k] = CellValueAt(rb.block, k);
              }
            }
            break;
          }
          OpenSection(SectionKind::kPart, kLevelPart, rb, bi, ++part_count);
          break;
        case Role::kLeaderHeading: {
          current_task_ = -1;
          // A leader heading in a heading style has no numeral: number it by its place.
          ++leaders_in_part_;
          const int number = rb.marker.kind == MarkerKind::kNone ? leaders_in_part_ : rb.marker.number;
          // （一）市长X领办 under 一、市人大代表建议: a leader's section one level down.
          const int level =
              rb.marker.kind == MarkerKind::kParenChineseNumeral ? MarkerLevel(rb.marker.kind) : kLevelLeader;
          int s = OpenSection(SectionKind::kLeader, level, rb, bi, number);
          // 五、副县长聂卫东、县政府党组成员韩冰同志负责的工作: a titled person before the 、 the title read,
          // a leader of the section's tasks before the one named last.
          std::string_view title = rb.Field("title");
          if (const size_t comma = title.rfind("、"); comma != std::string_view::npos)
            if (std::optional<Leader> first = LeaderOf(title.substr(0, comma));
                first && !first->title.empty() && internal::PlausiblePersonName(first->name)) {
              co_leaders_[s] = std::move(*first);
              title = title.substr(comma + std::string_view("、").size());
            }
          doc_.sections[static_cast<size_t>(s)].leader = MakeLeader(rb.Field("name"), title);
          break;
        }
        case Role::kUnitHeading: {
          current_task_ = -1;
          int s = OpenSection(SectionKind::kUnit, kLevelUnit, rb, bi, rb.marker.number);
          Section& sec = doc_.sections[static_cast<size_t>(s)];
          if (!rb.Field("coordinator").empty()) {
            sec.lead_units = SplitList(rb.Field("coordinator"));
            sec.implementing_units = SplitList(rb.Field("implementers"));
          } else {
            sec.lead_units = SplitList(rb.Field("units"));
          }
          break;
        }
        case Role::kHeading: {
          current_task_ = -1;
          int level = MarkerLevel(rb.marker.kind);
          // 二、县民政局（牵头1项） ⏎ （一）牵头任务 ⏎ … ⏎ （二）配合任务: numbered deeper than the innermost
          // unit's heading over it, a section of that unit's (which stands at kLevelUnit, however it is
          // numbered), as far below it as its numeral is below the unit's.
          for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
            const Section& unit = doc_.sections[static_cast<size_t>(it->index)];
            if (unit.kind != SectionKind::kUnit) continue;
            if (it->level >= level && unit.block >= 0)
              if (const MarkerKind kind = Ref(static_cast<size_t>(unit.block)).marker.kind;
                  kind != MarkerKind::kNone && MarkerLevel(kind) < level)
                level = it->level + (level - MarkerLevel(kind));
            break;
          }
          // （一） | 扩大有效投资 | 王勇 | 县发改局 in a task table: the group's leader and lead are those of its
          // tasks' blank cells, not the row above's (a task's own is its own only); a row across the table
          // ends the group.
          if (rb.block.kind == BlockKind::kTableRow) {
            group_columns_.assign(rb.block.cells.size(), false);
            if (!rb.Field("group_defaults").empty())
              for (size_t k = 0; k < rb.block.cells.size() && k < columns_.size(); ++k)
                if (!rb.block.cells[k].empty() && (columns_[k].first == internal::Column::kLeader ||
                                                   columns_[k].first == internal::Column::kLead ||
                                                   columns_[k].first == internal::Column::kResponsible)) {
                  group_columns_[k] = true;
                  carried_.erase(k);
                }
          }
          const int s = OpenSection(SectionKind::kHeading, level, rb, bi, rb.marker.number);
          // 五、…（…。本部分各项任务均由交警支队牵头，以下只列配合单位）: the unit that leads its tasks, as a
          // unit's heading names it.
          if (!rb.Field("part_units").empty())
            doc_.sections[static_cast<size_t>(s)].lead_units = SplitList(rb.Field("part_units"));
          // 一、…（副县长 赵敏、副县长 孙海涛）: the leaders of the tasks below, as a 县领导： line over
          // them.
          if (!rb.Field("leaders").empty()) HeadingLeaders(level, rb.Field("leaders"));
          // 第一部分各项任务，各临床科室均为配合部门: the units that help with every task under it.
          while (!heading_helpers_.empty() && heading_helpers_.back().first >= level)
            heading_helpers_.pop_back();
          while (!heading_defaults_.empty() && heading_defaults_.back().first >= level)
            heading_defaults_.pop_back();
          if (!rb.Field("helpers").empty())
            heading_helpers_.emplace_back(level, SplitList(rb.Field("helpers")));
          // 一、生态环保（牵头单位：A；配合单位：B） ⏎ 1.… ⏎ 2.…: its own bracket, as a clause line under it.
          // (A table's group row naming its tasks' leader and no lead: that leader theirs all the same.)
          if (!rb.clauses.empty() && !PartDefaults(rb) && !rb.Field("group_defaults").empty()) {
            std::vector<std::string> leaders;
            for (const ClauseMatch& m : rb.clauses)
              for (const ClausePart& p : m.parts)
                if (p.role == ClauseRole::kLeader) AppendUnique(leaders, p.units);
            AddHeadingLeaders(level, leaders);
          }
          UnitsRoleHeading(s, level);
          break;
        }
        case Role::kPortfolio: {
          auto it = std::find_if(open_.begin(), open_.end(),
                                 [](const OpenLevel& o) { return o.level == kLevelLeader; });
          if (it != open_.end()) doc_.sections[static_cast<size_t>(it->index)].portfolio = rb.block.text;
          break;
        }
        case Role::kTableHeader:
          if (i > 0 && PreviousStructural(i) == Role::kTableHeader) {
            // A second header row names what the cells above it only grouped: a matrix's, a unit each.
            const bool units = !rb.Field("unit_names").empty();
            // The group each column stands under (the first row's cell at it or left of it, a merged cell
            // printing once): one given for reference (市级分工（对接参考）over the city's 责任领导 |
            // 牵头单位, beside 县级责任分工 over the county's own) assigns nothing, its columns kept as extra
            // fields.
            std::vector<std::string> groups(columns_.size());
            std::vector<size_t> group_at(columns_.size());  // the column each group's name stands in
            for (size_t k = 0; k < columns_.size(); ++k) {
              group_at[k] = !columns_[k].second.empty() || k == 0 ? k : group_at[k - 1];
              groups[k] = columns_[group_at[k]].second;
            }
            // (参考 says so; 对接 only beside another group giving the same role: 县级对接领导 alone is the
            // task's own.)
            const auto for_reference = [&](size_t k) {
              if (internal::ContainsText(groups[k], "参考")) return true;
              // An adjustment's table (调整前 | 调整后, 原分工 | 新分工): the old assignment is history, kept
              // for the new one's 不变 (unchanged) cells to read.
              if (internal::ContainsText(groups[k], "调整前") || groups[k] == "原分工" ||
                  groups[k] == "原责任分工") {
                superseded_[internal::ColumnOf(rb.block.cells[k])] = k;
                return true;
              }
              if (!internal::ContainsText(groups[k], "对接")) return false;
              const internal::Column role = internal::ColumnOf(rb.block.cells[k]);
              for (size_t j = 0; j < rb.block.cells.size() && j < groups.size(); ++j)
                if (groups[j] != groups[k] && !rb.block.cells[j].empty() &&
                    internal::ColumnOf(rb.block.cells[j]) == role)
                  return true;
              return false;
            };
            // 牵头单位 over 配合单位 in a column split in two, no other cell of the row filled (or filled
            // with the name above it, a merged cell printed again): each task's two rows, the first's cell
            // the lead's, the second's the helpers'.
            size_t filled = 0, split = columns_.size();
            for (size_t k = 0; k < rb.block.cells.size() && k < columns_.size(); ++k)
              if (!rb.block.cells[k].empty() && rb.block.cells[k] != columns_[k].second) {
                ++filled;
                const internal::Column below = internal::ColumnOf(rb.block.cells[k]);
                if (columns_[k].first == internal::Column::kLead && below == internal::Column::kCooperating)
                  split = k;
              }
            if (filled == 1 && split < columns_.size() && !units) {
              split_below_.assign(columns_.size(), {internal::Column::kUnknown, std::string()});
              split_below_[split] = {internal::ColumnOf(rb.block.cells[split]), rb.block.cells[split]};
              RuleInHeader(rb);
              break;
            }
            for (size_t k = 0; k < rb.block.cells.size() && k < columns_.size(); ++k)
              if (!rb.block.cells[k].empty()) {
                if (for_reference(k)) {
                  columns_[k] = {internal::Column::kUnknown, groups[k] + "·" + rb.block.cells[k]};
                  continue;
                }
                // 主要 | 其他 under 责任单位: the cell read with the group it stands under (主要责任单位
                // leads, 其他责任单位 helps), a role's word, no unit's name.
                const internal::Column own = internal::ColumnOf(rb.block.cells[k]);
                const internal::Column with_group =
                    own == internal::Column::kUnknown && !groups[k].empty() &&
                            internal::ColumnOf(groups[k]) == internal::Column::kResponsible
                        ? internal::ColumnOf(rb.block.cells[k] + groups[k])
                        : internal::Column::kUnknown;
                const bool role =
                    with_group == internal::Column::kLead || with_group == internal::Column::kCooperating;
                // A角 | B角 under 县级责任领导 (a leader and the one who stands in for him), cells of no
                // meaning of their own take their group's.
                const internal::Column group = own == internal::Column::kUnknown && !groups[k].empty()
                                                   ? internal::ColumnOf(groups[k])
                                                   : internal::Column::kUnknown;
                // (Not 职务, 电话 under the leaders: a detail of the one named beside it.)
                // (Nor 县直部门 | 乡镇（街道） under 责任单位: the units of each tier, both the task's.)
                const bool grouped =
                    (!internal::LeaderDetailColumn(rb.block.cells[k]) &&
                     (group == internal::Column::kLeader || group == internal::Column::kDeadline)) ||
                    (group == internal::Column::kResponsible && internal::UnitTierColumn(rb.block.cells[k]));
                columns_[k] = {role      ? with_group
                               : units   ? internal::Column::kResponsible
                               : grouped ? group
                                         : own,
                               rb.block.cells[k]};
                if (units && !role) matrix_columns_[k] = true;
                // A person's post and name under the leaders' group: that leader's column of marks.
                if (grouped && group == internal::Column::kLeader && k < tick_leaders_.size())
                  if (std::string person = TitledPerson(rb.block.cells[k]); !person.empty())
                    tick_leaders_[k] = std::move(person);
                // (Under 各县（市、区）目标任务, a cell holds its area's share of the target: a column of an
                // area's, not 一季度, 2025年, 合计, 其他.)
                if (units && !role && internal::AreasTargetsGroup(groups[k]) && AreaColumn(rb.block.cells[k]))
                  target_columns_[k] = true;
              }
            // A matrix's units under the leaders a row above names, each over those in his charge
            // (责任单位及分管县政府领导 ⏎ 县长 欧阳振东 | 常务副县长 宋岩 ⏎ 县政府办公室 | 县审计局 |
            // 县发改局 …): a unit's column names that leader where its unit leads.
            if (units) {
              std::vector<std::string> leaders(columns_.size());
              for (size_t k = 0; k < columns_.size() && k < tick_leaders_.size(); ++k)
                if (matrix_columns_[k]) leaders[k] = tick_leaders_[group_at[k]];
              for (size_t k = 0; k < columns_.size() && k < tick_leaders_.size(); ++k)
                if (matrix_columns_[k]) tick_leaders_[k].clear();
              matrix_leaders_ = std::move(leaders);
            }
            MarkDutyColumns();
            RuleInHeader(rb);
            break;
          }
          // The header printed again on the next page (under a 续表): the same table goes on.
          if (!columns_.empty() && rb.block.cells.size() == columns_.size() &&
              std::equal(columns_.begin(), columns_.end(), rb.block.cells.begin(),
                         [](const auto& column, const std::string& cell) { return column.second == cell; }))
            break;
          columns_.clear();
          split_below_.clear();
          group_columns_.clear();
          superseded_.clear();
          superseded_values_.clear();
          CloseUnitRow();
          unit_rows_ = 0;
          table_under_heading_ = PreviousStructural(i) == Role::kHeading;
          {
            const std::vector<internal::Column> columns = internal::HeaderColumns(rb.block.cells);
            for (size_t k = 0; k < columns.size(); ++k) columns_.push_back({columns[k], rb.block.cells[k]});
            matrix_columns_.assign(columns_.size(), false);
            target_columns_.assign(columns_.size(), false);
            tick_leaders_.assign(columns_.size(), std::string());
            matrix_leaders_.assign(columns_.size(), std::string());
            UnitNameColumns();
            MarkDutyColumns();
          }
          table_tasks_ = 0;
          // (A rule its header stated holds for the table before it, not this one.)
          if (!table_rules_.empty() && table_rules_.back().second == kOpenTable)
            table_rules_.back().second = doc_.tasks.size();
          if (!header_separators_.empty() && std::get<1>(header_separators_.back()) == kOpenTable)
            std::get<1>(header_separators_.back()) = doc_.tasks.size();
          table_first_task_ = doc_.tasks.size();
          RuleInHeader(rb);
          carried_.clear();
          merge_first_.clear();
          break;
        case Role::kTask:
          if (rb.block.kind == BlockKind::kTableRow) {
            NewTableTask(rb, bi);
          } else {
            CloseUnitRow();  // a task of the text after a table by unit is none of its units'
            NewTask(rb, bi, std::string(std::string_view(rb.block.text).substr(rb.marker.length)));
          }
          break;
        case Role::kSubItem:
          if (current_task_ >= 0 && rb.block.kind == BlockKind::kTableRow) {
            AddTableCells(rb, bi);
          } else if (current_task_ >= 0) {
            Task& t = doc_.tasks[static_cast<size_t>(current_task_)];
            t.text += '\n';
            t.text += rb.block.text;
            t.blocks.push_back(bi);
            AddClauses(rb, bi);
          }
          break;
        case Role::kClause:
          // （本部分各项任务所列单位均为共同牵头单位。） right under a heading: every unit its tasks list
          // leads, whatever rule names the first (Finish).
          if (AllLeadNote(rb.block.text) && !open_.empty() &&
              internal::IsSectionHeading(PreviousStructural(i))) {
            all_lead_sections_.insert(open_.back().index);
            break;
          }
          // 县领导：张三 on its own line just above a task, or just under a heading (a lead-in may come
          // between it and the tasks): the leader of the tasks below; but not after a clause line of
          // the task above (责任单位：… / 责任领导：…), which it goes on.
          // Right after a task, it is that task's, unless the notice prints such lines above its tasks (one
          // stands between a heading and its first task).
          // （第1—3项由X负责，第4—6项由Y负责） under a heading: each item below its leaders, as it comes; the
          // section's, where the line names them first (本部分由X负责，其中第7项由Y负责), the others'.
          // Both hold under the heading's subsections too, as its bracket's leaders would.
          if (!rb.Field("below").empty()) {
            scope_leaders_.clear();
            const size_t numbered =
                static_cast<size_t>(std::count_if(rb.facts.fields.begin(), rb.facts.fields.end(),
                                                  [](const auto& field) { return field.first == "items"; }));
            const int level = open_.empty() ? kLevelPart : open_.back().level;
            std::vector<Leader> leaders;
            for (size_t k = numbered; k < rb.clauses.size(); ++k)
              for (const ClausePart& p : rb.clauses[k].parts)
                for (const std::string& printed : p.units)
                  if (std::optional<Leader> leader = LeaderOf(printed)) leaders.push_back(std::move(*leader));
            if (!leaders.empty()) {
              DropHeadingLeaders(level);
              heading_leaders_.emplace_back(level, std::move(leaders));
            }
            items_below_ = bi;
            items_below_level_ = level;
            break;
          }
          // (A line of a run of clause lines right under a heading, the run's first not this: 链长：X ⏎
          // 副链长：Y ⏎ 牵头部门：A ⏎ 配合部门：B, the heading's block read line by line.)
          if (const Role before = PreviousStructural(i);
              internal::OnlyLeaders(rb.clauses) &&
              ((before != Role::kClause &&
                (internal::IsSectionHeading(before) ||
                 (NextStructural(i) == Role::kTask && (before != Role::kTask || LeaderLinesAbove())))) ||
               InHeadingRun(i))) {
            scope_leaders_.clear();
            for (const ClauseMatch& m : rb.clauses)
              for (const ClausePart& p : m.parts) AppendUnique(scope_leaders_, p.units);
            // Right under a heading (五、… ⏎ （责任省领导：X） ⏎ （一）…): the heading's leaders, as its
            // bracket gives them, for its subsections' tasks too; a later line of its run adds to them.
            if ((internal::IsSectionHeading(before) || InHeadingRun(i)) && !open_.empty()) {
              const int level = open_.back().level;
              const bool adding =
                  InHeadingRun(i) && !heading_leaders_.empty() && heading_leaders_.back().first == level;
              if (!adding) DropHeadingLeaders(level);
              std::vector<Leader>& leaders =
                  adding ? heading_leaders_.back().second
                         : heading_leaders_.emplace_back(level, std::vector<Leader>{}).second;
              for (const std::string& printed : scope_leaders_)
                if (std::optional<Leader> leader = LeaderOf(printed)) leaders.push_back(std::move(*leader));
              scope_leaders_.clear();
            }
            break;
          }
          // 一、产业发展 ⏎ （分管领导：X；牵头部门：A；配合部门：B） ⏎ 1.…: right under a heading, the
          // units of every task below it, as the heading's own (a task's clause changes them: Finish).
          if (rb.Field("ahead").empty() &&
              (internal::IsSectionHeading(PreviousStructural(i)) || InHeadingRun(i)) && !open_.empty() &&
              PartDefaults(rb))
            break;
          // 【牵头单位】A【配合单位】B over 1.…, in a notice that prints every task's clause above it
          // (the recognizer says which): the next task's.
          if (!rb.Field("ahead").empty()) {
            clauses_ahead_.push_back(bi);
            break;
          }
          // 以上第1—3项由…: the tasks it names; 以上任务由…: every task of the section without a clause,
          // after the exceptions the same block names (其中第4项由…).
          if (const bool items = !rb.Field("items").empty(), group = !rb.Field("group").empty();
              items || group) {
            if (items) AddItemClauses(rb, bi);
            if (group) AddGroupClause(rb, bi);
            break;
          }
          if (current_task_ >= 0) doc_.tasks[static_cast<size_t>(current_task_)].blocks.push_back(bi);
          AddClauses(rb, bi);
          break;
        case Role::kBody:
          // A rule stated in running text (各项任务中排在第一位的为牵头单位) is the document's: it
          // holds for every task, above it too (a 工作要求 after the tasks states it as often as a
          // cover before them). Stated in a note under a task table (注：…), it holds for that table.
          // A numbered paragraph that is no task: the item over the sub-items that are (18. over （1）).
          if (rb.marker.kind != MarkerKind::kNone)
            item_above_ = {rb.marker.number, MarkerLevel(rb.marker.kind)};
          if (const internal::SeparatorRule rule = internal::StatesSeparatorRule(rb.block.text);
              rule.split != internal::SeparatorSplit::kNone)
            separator_rule_ = rule;
          // (Likewise a time for every task that gives none: 除已明确完成时限的外，均须于2024年12月底前完成.
          // Stated among the tasks under a heading, 民生实事项目中未明确完成时限的…, it is that heading's
          // tasks' only.)
          if (std::optional<Deadline> given = DefaultDeadline(rb.block.text)) {
            if (!doc_.tasks.empty() && !open_.empty() && open_.back().level > kLevelPart)
              heading_windows_.emplace(doc_.sections[static_cast<size_t>(open_.back().index)].id, *given);
            else if (!default_deadline_)
              default_deadline_ = std::move(given);
          }
          if (internal::StatesResponsibleLeadRule(rb.block.text)) responsible_said_leads_ = true;
          if (auto columns = NoneColumnLeads(rb.block.text)) none_column_leads_ = std::move(*columns);
          // 子任务责任县领导与所属重点任务相同的，表中不再单独列出: a 子任务's blank leader is its task's.
          if (internal::ContainsText(rb.block.text, "不再单独列出") ||
              internal::ContainsText(rb.block.text, "与所属"))
            sub_task_leaders_said_ = true;
          if (internal::StatesNoLeadResponsibleLeadRule(rb.block.text)) responsible_lead_without_lead_ = true;
          if (internal::StatesLeadRule(rb.block.text)) {
            if (!AfterTableRow(i)) {
              document_lead_rule_ = true;
              // (A later statement of the rule without the exception keeps it.)
              if (std::vector<std::string> passed = NeverLead(rb.block.text); !passed.empty())
                never_lead_ = std::move(passed);
            } else if (table_rules_.empty() || table_rules_.back().first != table_first_task_)
              table_rules_.emplace_back(table_first_task_, doc_.tasks.size());  // [first, end) of the table's
            else
              table_rules_.back().second = doc_.tasks.size();
          }
          break;
        default:
          break;
      }
    }
    for (size_t k = 0; k < doc_.tasks.size(); ++k) FollowPointers(k);
    ExpandTaskForces();
    UnitsByTaskNumberColumns();
    LeadersHelpingByNumber();
    for (Task& t : doc_.tasks) Finish(t);
    LeadersOfParts();
    LeadersByPortfolio();
    LeadsByPortfolioTable();
    LeadsByPoints();
    SplitRunTogetherNames();
  }

  // 有一个牵头单位的，牵头单位承担该项任务分值的60%，配合单位共同承担40%…，各责任单位承担的分值…标注在单位
  // 名称后的括号内: the units in no order, each with its points (县发改局（12分）、县工信局（2.7分）): those
  // with the most lead (two at a tie), the others help. Only where the cover says the lead bears the larger
  // share (牵头单位承担…分值), and every unit of the task has its points.
  void LeadsByPoints() {
    const bool rule = std::ranges::any_of(rbs_.blocks, [](const Block& b) {
      return b.kind == BlockKind::kParagraph && internal::ContainsText(b.text, "牵头单位承担") &&
             internal::ContainsText(b.text, "分值");
    });
    if (!rule) return;
    for (Task& t : doc_.tasks) {
      if (!t.lead_units.empty() || t.responsible_units.size() < 2) continue;
      std::vector<double> points;
      for (const std::string& unit : t.responsible_units) {
        double found = -1;
        for (const Clause& c : t.clauses)
          for (const ClausePart& p : c.parts)
            if (found < 0)
              if (const size_t at = p.value.find(unit + "（"); at != std::string::npos) {
                const std::string_view after = std::string_view(p.value).substr(at + unit.size() + 3);
                const size_t close = after.find("分）");
                // (std::from_chars, whatever the host's locale: 2.7 is 2.7 under a comma-decimal one.)
                if (close != std::string_view::npos && close > 0 && close <= 6)
                  if (double value = 0;
                      std::from_chars(after.data(), after.data() + close, value).ec == std::errc())
                    found = value;
              }
        if (found <= 0) break;
        points.push_back(found);
      }
      if (points.size() != t.responsible_units.size()) continue;
      const double most = *std::ranges::max_element(points);
      std::vector<std::string> leads, others;
      for (size_t k = 0; k < points.size(); ++k)
        (points[k] == most ? leads : others).push_back(t.responsible_units[k]);
      SetLeads(t, std::move(leads), std::move(others));
    }
  }

  // A task's units parted by a rule of the notice's: those that lead, then those that help, in that order
  // among its responsible units.
  static void SetLeads(Task& t, std::vector<std::string> leads, std::vector<std::string> others) {
    t.lead_units = leads;
    t.cooperating_units = others;
    t.responsible_units = std::move(leads);
    t.responsible_units.insert(t.responsible_units.end(), others.begin(), others.end());
  }

  // 按照“谁分管、谁牵头”的原则，责任单位中由该项任务责任县领导分管或联系的单位为牵头单位 with the leaders'
  // portfolios in a table (序号 | 县政府领导 | 工作分工 | 分管单位 | 联系单位): a task whose units are listed
  // with no lead (排名不分先后) is led by those of them its first leader oversees, by name or a short name
  // of it (the next leader's where the first oversees none: a 县长 who oversees few); the others help. 联系
  // counts where the rule says so. The leader's row becomes a clause of the task's: where the leads were
  // read.
  void LeadsByPortfolioTable() {
    bool rule = false, liaison = false;
    for (const Block& b : rbs_.blocks)
      if (b.kind == BlockKind::kParagraph && internal::ContainsText(b.text, "分管") &&
          internal::ContainsText(b.text, "牵头") &&
          (internal::ContainsText(b.text, "谁分管") || internal::ContainsText(b.text, "分管的单位为牵头") ||
           internal::ContainsText(b.text, "分管或联系的单位为牵头") ||
           internal::ContainsText(b.text, "分管（联系）的单位为牵头"))) {
        rule = true;
        // (联系 in the rule itself, 分管或联系的单位为牵头单位; not in a later sentence,
        // 分管、联系单位以附件2为准.)
        liaison = internal::ContainsText(b.text, "分管或联系") ||
                  internal::ContainsText(b.text, "分管（联系）的") ||
                  internal::ContainsText(b.text, "谁联系");
        break;
      }
    if (!rule) return;
    struct Holder {
      std::string name;
      int row = -1;
      std::vector<std::string> units;
    };
    std::vector<Holder> holders;
    for (size_t i = 0; i < rbs_.blocks.size() && holders.size() < 64; ++i) {
      const Block& header = rbs_.blocks[i];
      if (header.kind != BlockKind::kTableRow || header.role != Role::kTableHeader) continue;
      size_t leader = header.cells.size();
      std::vector<size_t> overseen;
      for (size_t k = 0; k < header.cells.size(); ++k) {
        const std::string_view c = header.cells[k];
        if (leader == header.cells.size() && (internal::ContainsText(c, "领导") || c == "姓名") &&
            !internal::ContainsText(c, "单位"))
          leader = k;
        if ((c.starts_with("分管") || (liaison && c.starts_with("联系"))) &&
            (c.ends_with("单位") || c.ends_with("部门")))
          overseen.push_back(k);
      }
      if (leader == header.cells.size() || overseen.empty()) continue;
      for (size_t j = i + 1; j < rbs_.blocks.size() && rbs_.blocks[j].kind == BlockKind::kTableRow &&
                             rbs_.blocks[j].role != Role::kTableHeader && holders.size() < 64;
           ++j) {
        const Block& row = rbs_.blocks[j];
        if (leader >= row.cells.size()) continue;
        // (周明远 ⏎ （县委副书记、县长）: the name, its post under it.)
        const std::string_view cell = row.cells[leader];
        const std::string_view name = internal::TrimSpaces(cell.substr(0, cell.find('\n')));
        std::optional<Leader> person = LeaderOf(name);
        if (!person || person->name.empty()) continue;
        Holder h{person->name, static_cast<int>(j), {}};
        for (size_t k : overseen)
          if (k < row.cells.size()) AppendUnique(h.units, SplitList(row.cells[k]));
        if (!h.units.empty()) holders.push_back(std::move(h));
      }
    }
    if (holders.empty()) return;
    const auto holds = [](const Holder& h, const std::string& unit) {
      return std::ranges::any_of(h.units, [&](const std::string& u) {
        return u == unit || !ProbablySameUnit(unit, u).empty() || !ProbablySameUnit(u, unit).empty();
      });
    };
    for (Task& t : doc_.tasks) {
      if (!t.lead_units.empty() || t.responsible_units.size() < 2 || t.leaders.empty()) continue;
      for (const Leader& l : t.leaders) {
        const auto h = std::ranges::find(holders, l.name, &Holder::name);
        if (h == holders.end()) continue;
        std::vector<std::string> leads, others;
        for (const std::string& u : t.responsible_units) (holds(*h, u) ? leads : others).push_back(u);
        if (leads.empty()) continue;
        SetLeads(t, std::move(leads), std::move(others));
        const Block& row = rbs_.blocks[static_cast<size_t>(h->row)];
        Clause& c = t.clauses.emplace_back();
        c.text = row.text;
        c.parts.push_back(
            {liaison ? "分管（联系）单位" : "分管单位", row.text, t.lead_units, ClauseRole::kLead});
        c.span = row.span;
        c.block = h->row;
        break;
      }
    }
  }

  // Leaders' names a copy ran together, a cell's paragraphs joined with nothing between (MaxKB's text of a
  // DOCX: 陈立军何　斌 → 陈立军何斌): where the document names each part alone elsewhere, those leaders, in
  // place of the whole. Only names of five characters or more are tried, and the parts must cover the whole.
  // (A unit's run is parted where it is read: AppendItem.)
  void SplitRunTogetherNames() {
    // (Two or three names run together: a whole of more than 16 characters is no such run.)
    const auto long_name = [](const std::string& name) {
      const size_t n = name.size() >= 5 * 3 ? internal::CountCodePoints(name) : 0;
      return n >= 5 && n <= 16;
    };
    const auto has_long = [&](const Task& t) {
      return std::any_of(t.leaders.begin(), t.leaders.end(),
                         [&](const Leader& l) { return long_name(l.name); });
    };
    if (std::none_of(doc_.tasks.begin(), doc_.tasks.end(), has_long)) return;
    std::unordered_map<std::string, Leader> names;  // (copies: the tasks' leaders are replaced below)
    for (const Task& t : doc_.tasks)
      for (const Leader& l : t.leaders)
        if (!long_name(l.name)) names.emplace(l.name, l);
    // The parts of `whole`, each a known name of two characters or more (the fewest such parts); empty where
    // it is no such run.
    const auto parts_of = [&](const std::string& whole) {
      std::vector<size_t> starts;  // the code points' byte offsets, and the end
      for (size_t i = 0; i < whole.size();) {
        starts.push_back(i);
        internal::NextCodePoint(whole, i);
      }
      starts.push_back(whole.size());
      const size_t n = starts.size() - 1;
      std::vector<int> best(n + 1, -1), from(n + 1, 0);  // fewest parts covering [0, k)
      best[0] = 0;
      for (size_t k = 2; k <= n; ++k)
        for (size_t j = 0; j + 2 <= k; ++j)
          if (best[j] >= 0 && (best[k] < 0 || best[j] + 1 < best[k]) &&
              names.contains(whole.substr(starts[j], starts[k] - starts[j]))) {
            best[k] = best[j] + 1;
            from[k] = static_cast<int>(j);
          }
      std::vector<std::string> parts;
      if (best[n] < 2) return parts;
      for (size_t k = n; k > 0; k = static_cast<size_t>(from[k]))
        parts.insert(parts.begin(), whole.substr(starts[static_cast<size_t>(from[k])],
                                                 starts[k] - starts[static_cast<size_t>(from[k])]));
      return parts;
    };
    for (Task& t : doc_.tasks) {
      if (!has_long(t)) continue;
      std::vector<Leader> leaders;
      for (Leader& l : t.leaders) {
        std::vector<std::string> parts = long_name(l.name) ? parts_of(l.name) : std::vector<std::string>{};
        if (parts.empty()) {
          leaders.push_back(std::move(l));
          continue;
        }
        for (const std::string& p : parts)
          if (std::none_of(leaders.begin(), leaders.end(), [&](const Leader& x) { return x.name == p; }))
            leaders.push_back(names.at(p));
      }
      t.leaders = std::move(leaders);
    }
  }

  // 每项任务的责任县领导为其牵头单位的分管（联系）县领导: a notice that gives its leaders' portfolios, a
  // leader's line over what they oversee (（二）县委常委、常务副县长　邱立言 ⏎ 分管A、B；协助分管C。⏎
  // 联系D。), and names no leader in its tasks. A task that names none is given those whose portfolio holds
  // its lead units: a unit by its name, or by the full name its short one abbreviates (县发改局,
  // 县发展和改革局) where one leader alone holds such a name. 协助分管 is no one's portfolio; 联系 is, where
  // the rule says so. The leader's line becomes a clause of the task's: where the leader was read.
  void LeadersByPortfolio() {
    bool rule = false, liaison = false;
    for (const Block& b : rbs_.blocks) {
      std::string tail;
      if (b.kind == BlockKind::kParagraph && internal::ContainsText(b.text, "分管") &&
          internal::PartialMatch(internal::Pat::kLeaderByPortfolio, b.text, &tail)) {
        rule = true;
        liaison = internal::ContainsText(tail, "联系");
        break;
      }
    }
    if (!rule) return;
    struct Holder {
      Leader leader;
      int block = -1;                  // the leader's line
      std::vector<std::string> units;  // what they oversee
    };
    std::vector<Holder> holders;
    bool open = false;  // the last holder's lines go on
    size_t listed = 0;  // units in all portfolios, at most 4 096 (a county's leaders hold a few hundred)
    // The units a portfolio's sentences give (分管A、B；协助分管C。联系D。 · 分管：A、B).
    const auto portfolio = [&](std::string_view text) {
      for (const std::string& sentence : SplitSentences(text)) {
        std::string_view s = internal::TrimSpaces(sentence);
        if (!(s.starts_with("分管") || (liaison && s.starts_with("联系")))) continue;
        s.remove_prefix(std::string_view("分管").size());
        for (std::string_view colon : {"：", ":"})
          if (s.starts_with(colon)) s.remove_prefix(colon.size());
        std::vector<std::string> units = internal::SplitList(s);
        if ((listed += units.size()) > 4096) return;
        AppendUnique(holders.back().units, units);
      }
    };
    for (size_t i = 0; i < rbs_.blocks.size() && holders.size() < 64; ++i) {
      const Block& b = rbs_.blocks[i];
      if (b.kind != BlockKind::kParagraph || b.role == Role::kTask || b.text.empty()) {
        open = open && b.text.empty();
        continue;
      }
      const std::string_view rest = internal::TrimSpaces(
          std::string_view(b.text).substr(std::min(b.text.size(), rbs_.facts[i].marker.length)));
      if (open && (rest.starts_with("分管") || rest.starts_with("联系") || rest.starts_with("负责") ||
                   rest.starts_with("协助") || rest.starts_with("领导"))) {
        portfolio(rest);
        continue;
      }
      // A leader's line: a title and a name, no sentence; or they and a colon before the portfolio in one
      // paragraph (（二）县委常委、常务副县长　邱立言：负责…。分管….).
      open = false;
      std::string_view who = rest, what;
      if (const size_t colon = internal::FindText(rest, "：");
          colon != std::string_view::npos && colon <= 3 * 40) {
        who = rest.substr(0, colon);
        what = rest.substr(colon + 3);
      }
      if (internal::CountCodePoints(who) > 40 || internal::ContainsText(who, "。") || who.starts_with("分管"))
        continue;
      // (Posts parted by a comma, 县人民政府党组成员，县经济开发区党工委书记　陈晓岚, are posts all the
      // same.)
      std::string line(who);
      for (size_t at = line.find("，"); at != std::string::npos; at = line.find("，", at))
        line.replace(at, 3, "、");
      if (std::optional<Leader> leader = LeaderOf(line); leader && !leader->title.empty()) {
        holders.push_back({std::move(*leader), static_cast<int>(i), {}});
        portfolio(what);
        open = true;
      }
    }
    std::erase_if(holders, [](const Holder& h) { return h.units.empty(); });
    if (holders.empty()) return;
    std::unordered_map<std::string, const Holder*> found_for;  // each lead unit looked up once
    const auto look_up = [&](const std::string& unit) -> const Holder* {
      for (const Holder& h : holders)
        if (std::find(h.units.begin(), h.units.end(), unit) != h.units.end()) return &h;
      const Holder* found = nullptr;
      for (const Holder& h : holders)
        if (std::any_of(h.units.begin(), h.units.end(),
                        [&](const std::string& u) { return !ProbablySameUnit(unit, u).empty(); })) {
          if (found != nullptr) return nullptr;  // two leaders hold such a name: neither is told
          found = &h;
        }
      return found;
    };
    const auto holder_of = [&](const std::string& unit) {
      auto [at, added] = found_for.try_emplace(unit, nullptr);
      if (added) at->second = look_up(unit);
      return at->second;
    };
    for (Task& t : doc_.tasks) {
      if (!t.leaders.empty()) continue;
      for (const std::string& unit : t.lead_units) {
        const Holder* h = holder_of(unit);
        if (h == nullptr || std::any_of(t.leaders.begin(), t.leaders.end(),
                                        [&](const Leader& l) { return l.name == h->leader.name; }))
          continue;
        t.leaders.push_back(h->leader);
        const Block& line = rbs_.blocks[static_cast<size_t>(h->block)];
        Clause& c = t.clauses.emplace_back();
        c.text = line.text;
        c.parts.push_back({liaison ? "分管（联系）领导" : "分管领导",
                           h->leader.title + h->leader.name,
                           {h->leader.title + h->leader.name},
                           ClauseRole::kLeader});
        c.span = line.span;
        c.block = h->block;
      }
    }
  }

  // 第1、2、4项为委主要领导领衔推进事项，由陆承远主任和牵头科室的分管委领导共同负责 in the cover (a paragraph
  // of no task): tasks 1, 2 and 4 have 陆承远 too, beside the leaders they have; before them where the
  // sentence names him first. Persons by name and title only (牵头科室的分管委领导 is none), and only where
  // the numbers name one task each; not 分别 (who does which is not told), nor the items of another list or
  // a law (附件2第3项, 第十条第2项, 方案第1项: 第 opens the sentence or its part). The sentence becomes a
  // clause of each task's: where the leaders were read.
  void LeadersNamedByNumber() {
    const RE2& re = internal::Pattern(internal::Pat::kLeadersByNumber);
    for (size_t i = 0; i < rbs_.blocks.size(); ++i) {
      const Block& b = rbs_.blocks[i];
      if (b.role != Role::kBody || !internal::MayMatch(internal::Pat::kLeadersByNumber, b.text)) continue;
      re2::StringPiece in(b.text.data(), b.text.size()), items, who;
      while (RE2::FindAndConsume(&in, re, &items, &who)) {
        const size_t begin =
            static_cast<size_t>(items.data() - b.text.data()) - std::string_view("第").size();
        const std::string_view before = std::string_view(b.text).substr(0, begin);
        if (!(before.empty() || before.ends_with("其中") ||
              std::ranges::any_of(
                  std::initializer_list<std::string_view>{"。", "；", "，", "：", ";", ",", ":"},
                  [&](std::string_view stop) { return before.ends_with(stop); })))
          continue;
        const std::string_view persons(who.data(), who.size());
        if (persons.ends_with("分别")) continue;
        std::vector<Leader> named;
        bool first = true;  // the persons are named before anything else
        const auto person = [&](std::string_view piece) {
          std::optional<Leader> leader = LeaderOf(internal::TrimSpaces(piece));
          if (!leader || leader->title.empty() || internal::ContainsText(leader->title, "和") ||
              internal::ContainsText(leader->title, "及"))  // (two persons, the first read as a title)
            return false;
          named.push_back(std::move(*leader));
          return true;
        };
        // (县委副书记、县长王强和常务副县长李明: a person's titles parted by 、 are one person's;
        // 和志强副县长, 欧阳明和副县长: a 和 in a name.)
        if (!person(persons))
          for (const std::string_view piece : SplitAtAny(persons, {"和", "及"}))
            if (!person(piece))
              for (const std::string_view part : SplitAtAny(piece, {"、"}))
                if (!person(part) && named.empty()) first = false;
        if (named.empty()) continue;
        Clause said;
        said.text = std::string(b.text.substr(begin, static_cast<size_t>(in.data() - b.text.data()) - begin));
        for (const Leader& leader : named)
          said.parts.push_back(
              {"责任领导", leader.title + leader.name, {leader.title + leader.name}, ClauseRole::kLeader});
        said.span = b.span;
        said.block = static_cast<int>(i);
        const std::optional<std::vector<Task*>> tasks =
            TasksNumbered(std::string_view(items.data(), items.size()));
        if (!tasks) return;
        for (Task* task : *tasks) {
          size_t at = first ? 0 : task->leaders.size();
          for (const Leader& leader : named)
            if (std::none_of(task->leaders.begin(), task->leaders.end(),
                             [&](const Leader& l) { return l.name == leader.name; }))
              task->leaders.insert(task->leaders.begin() + static_cast<std::ptrdiff_t>(at++), leader);
          task->clauses.push_back(said);
        }
      }
    }
  }

  // The tasks a cover's numbers name (1、2、4, 1至3), each the one task of that id, those no task has left
  // out; nullopt where two tasks have one of the numbers (numbering restarted: which is meant is not told).
  std::optional<std::vector<Task*>> TasksNumbered(std::string_view items) {
    std::vector<Task*> out;
    for (int number : internal::TaskNumbersIn(items)) {
      const std::string id = std::to_string(number);
      Task* task = nullptr;
      for (Task& t : doc_.tasks)
        if (t.id == id) {
          if (task != nullptr) return std::nullopt;
          task = &t;
        }
      if (task != nullptr) out.push_back(task);
    }
    return out;
  }

  // `text` cut at each of `separators`.
  static std::vector<std::string_view> SplitAtAny(std::string_view text,
                                                  std::initializer_list<std::string_view> separators) {
    std::vector<std::string_view> out;
    while (!text.empty()) {
      size_t k = text.size(), width = 0;
      for (std::string_view sep : separators)
        if (const size_t at = internal::FindText(text, sep); at < k) k = at, width = sep.size();
      out.push_back(text.substr(0, k));
      text = k == text.size() ? std::string_view() : text.substr(k + width);
    }
    return out;
  }

  // A task force (专班) the document defines once, by the short name its tasks give:
  // （一）重大项目建设攻坚专班（以下
  // 简称“项目专班”）。召集人：X（县委常委、常务副县长）；副召集人：Y；牵头单位：A；成员单位：B、C。
  struct TaskForce {
    std::vector<std::string> names;    // its short name, then its full name
    std::vector<std::string> leaders;  // its 召集人 (组长, 指挥长), as printed: who leads its tasks
    std::vector<std::string> lead;     // its 牵头单位
    std::vector<std::string> members;  // its 成员单位
  };

  std::vector<TaskForce> TaskForces() const {
    std::vector<TaskForce> forces;
    for (const Block& b : rbs_.blocks) {
      if (forces.size() >= 64) break;  // (a notice defines a handful; recognition looks at as many)
      std::string full, short_name, rest;
      if (b.kind == BlockKind::kTableRow ||
          !internal::PartialMatch(internal::Pat::kTaskForce, b.text, &full, &short_name, &rest))
        continue;
      TaskForce force{{short_name, full}, {}, {}, {}};
      // Its labelled parts, parted by ； and 。 outside brackets.
      for (const std::string& sentence : SplitSentences(rest)) {
        const std::string_view item = sentence;
        const size_t colon = std::min(item.find("："), item.find(':'));
        if (colon == std::string_view::npos) continue;
        const std::string_view label = internal::TrimSpaces(item.substr(0, colon));
        const std::string_view value = item.substr(colon + (item.substr(colon).starts_with(":") ? 1 : 3));
        if (label == "召集人" || label == "总召集人" || label == "组长" || label == "指挥长")
          force.leaders = internal::SplitList(value);
        else if (label == "牵头单位" || label == "牵头部门")
          force.lead = internal::SplitList(value);
        else if (label == "成员单位" || label == "成员部门")
          force.members = internal::SplitList(value);
      }
      if (!force.lead.empty()) forces.push_back(std::move(force));
    }
    return forces;
  }

  // A task whose units name a task force stands for its people: the force's 召集人 lead the task, its lead
  // unit leads and its members help; （D具体牵头） after the force (in its item or on the next line) makes D
  // the lead and the force's lead one of the helpers; units listed beside the force help.
  void ExpandTaskForces() {
    const std::vector<TaskForce> forces = TaskForces();
    if (forces.empty()) return;
    const auto force_named = [&](std::string_view name) -> const TaskForce* {
      for (const TaskForce& f : forces)
        if (std::find(f.names.begin(), f.names.end(), name) != f.names.end()) return &f;
      return nullptr;
    };
    for (Task& t : doc_.tasks)
      for (Clause& c : t.clauses) {
        std::vector<ClausePart> parts;
        bool expanded = false;
        for (const ClausePart& p : c.parts) {
          const TaskForce* force = nullptr;
          std::vector<std::string> specific, others;
          if (p.role == ClauseRole::kResponsible || p.role == ClauseRole::kLead)
            for (const std::string& unit : p.units) {
              std::string_view name = unit;
              std::string lead_here;  // 项目专班（县交通运输局具体牵头）, or the bracket alone
              if (name.ends_with("具体牵头）") || name.ends_with("具体牵头)")) {
                const size_t open = std::min(name.rfind("（"), name.rfind('('));
                if (open != std::string_view::npos) {
                  const std::string_view inside = name.substr(open + (name[open] == '(' ? 1 : 3));
                  lead_here = inside.substr(0, inside.rfind("具体牵头"));
                  name = name.substr(0, open);
                }
              }
              if (const TaskForce* f = name.empty() ? nullptr : force_named(name);
                  f != nullptr && force == nullptr)
                force = f;
              else if (!name.empty())
                others.push_back(std::string(name));
              if (!lead_here.empty()) specific.push_back(std::move(lead_here));
            }
          if (force == nullptr) {
            parts.push_back(p);  // (copied: the clause keeps its parts unless one names a force)
            continue;
          }
          expanded = true;
          const std::vector<std::string>& lead = specific.empty() ? force->lead : specific;
          std::vector<std::string> helpers;
          for (const std::vector<std::string>* list :
               {specific.empty() ? nullptr : &force->lead, &force->members,
                static_cast<const std::vector<std::string>*>(&others)})
            if (list != nullptr)
              for (const std::string& u : *list)
                if (std::find(lead.begin(), lead.end(), u) == lead.end())
                  internal::AppendUnique(helpers, std::span(&u, 1));
          if (!force->leaders.empty())
            parts.push_back({"召集人", force->names.front(), force->leaders, ClauseRole::kLeader});
          parts.push_back({"牵头单位", p.value, lead, ClauseRole::kLead});
          if (!helpers.empty())
            parts.push_back({"配合单位", p.value, std::move(helpers), ClauseRole::kCooperating});
        }
        if (expanded) c.parts = std::move(parts);
      }
  }

  // A note that names the leader of a whole part whose rows leave the leader out
  // (说明：4.第六类“民生实事”由潘晓冬 副县长统筹推进，为该类各项任务的责任县领导，表中不再逐项填列): each
  // task of that part with no leader of its own has that one. The part is the one of that number (六、…), or
  // the one whose heading holds the name.
  void LeadersOfParts() {
    std::set<std::tuple<std::string, std::string, std::string>> seen;  // each note once, at most 16
    for (const Block& b : rbs_.blocks) {
      std::string part, name, person;
      if (b.kind == BlockKind::kTableRow ||
          !internal::PartialMatch(internal::Pat::kPartLeaderNote, b.text, &part, &name, &person) ||
          seen.size() >= 16 || !seen.emplace(part, name, person).second)
        continue;
      const std::optional<Leader> leader = LeaderOf(person);
      const std::optional<int> number = internal::ParseChineseNumber(part);
      if (!leader || !number) continue;
      // (Its outermost numbered section: 第二部分 is 二、, not a （二） under 一、.)
      const auto in_part = [&](int s) {
        int top = -1;
        for (; s >= 0; s = doc_.sections[static_cast<size_t>(s)].parent)
          if (doc_.sections[static_cast<size_t>(s)].number > 0) top = s;
        if (top < 0) return false;
        const Section& section = doc_.sections[static_cast<size_t>(top)];
        return section.number == *number &&
               (name.empty() || internal::ContainsText(section.heading, name) || section.heading.empty());
      };
      for (size_t k = 0; k < doc_.tasks.size(); ++k)
        if (doc_.tasks[k].leaders.empty() && in_part(contexts_[k].section))
          doc_.tasks[k].leaders.push_back(*leader);
    }
  }

  // The tasks' printed numbers (those above 0), in order: where one stands twice, adjacent.
  std::vector<int> SortedTaskNumbers() const {
    std::vector<int> numbers;
    numbers.reserve(doc_.tasks.size());
    for (const Task& t : doc_.tasks)
      if (t.number > 0) numbers.push_back(t.number);
    std::sort(numbers.begin(), numbers.end());
    return numbers;
  }

  // A 部门责任矩阵 with units as its rows and the tasks' numbers as its columns (| 序号 | 单位名称 | 1 | 2 |
  // … |, a header of five numbers in a row at least), ▲ (● ★ ◆ ■) marking a lead and △ (○ ☆ ◇ □ 〇) a helper:
  // each mark (read as MarkRole reads a matrix's) gives the task of that number the row's unit, in a clause
  // of the row's own. Only tasks that
  // name no unit of their own are given them (a list that names them and a matrix repeating it add
  // nothing). A count row (责任单位数, 合计) names no unit.
  void UnitsByTaskNumberColumns() {
    if (latest_task_with_number_.empty()) return;
    // (Numbers that name one task each: not numbering restarted per part, 1.1 and 2.1.)
    const std::vector<int> task_numbers = SortedTaskNumbers();
    if (std::adjacent_find(task_numbers.begin(), task_numbers.end()) != task_numbers.end()) return;
    std::vector<bool> bare(doc_.tasks.size());
    for (size_t t = 0; t < doc_.tasks.size(); ++t)
      bare[t] = std::none_of(doc_.tasks[t].clauses.begin(), doc_.tasks[t].clauses.end(), [](const Clause& c) {
        return std::any_of(c.parts.begin(), c.parts.end(), [](const ClausePart& p) {
          return p.role != ClauseRole::kLeader && !p.units.empty();
        });
      });
    std::vector<int> number_of;  // per column of the matrix in force: its task number, or 0
    int unit_column = -1;
    const auto number = [](std::string_view cell) {
      cell = internal::TrimSpaces(cell);
      if (cell.empty() || cell.size() > 3 ||
          !std::all_of(cell.begin(), cell.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return 0;
      return std::stoi(std::string(cell));
    };
    for (size_t i = 0; i < rbs_.size(); ++i) {
      const Block& b = rbs_.blocks[i];
      if (b.kind != BlockKind::kTableRow) {
        if (Printed(b.role)) number_of.clear();
        continue;
      }
      // A header of task numbers: five columns or more numbered on by one.
      std::vector<int> numbers(b.cells.size(), 0);
      for (size_t k = 0; k < b.cells.size(); ++k) numbers[k] = number(b.cells[k]);
      size_t first = 0, length = 0;  // the longest run
      for (size_t k = 0; k < numbers.size();) {
        size_t j = k + 1;
        if (numbers[k] > 0)
          while (j < numbers.size() && numbers[j] == numbers[j - 1] + 1) ++j;
        if (numbers[k] > 0 && j - k > length) {
          first = k;
          length = j - k;
        }
        k = j;
      }
      // (Every number a task's: a schedule's months 1–12 beside six tasks are no tasks' columns.)
      bool all_tasks = length >= 5;
      for (size_t k = first; k < first + length && all_tasks; ++k)
        all_tasks = numbers[k] < internal::kMaxItemNumber &&
                    latest_task_with_number_[static_cast<size_t>(numbers[k])] >= 0;
      if (length >= 5 && !all_tasks) {
        number_of.clear();
        continue;
      }
      if (length >= 5) {
        // Its units' column: a cell naming units left of the numbers, in this row or the one above.
        unit_column = -1;
        for (const size_t row : {i, i > 0 ? i - 1 : i}) {
          const Block& h = rbs_.blocks[row];
          if (h.kind != BlockKind::kTableRow) continue;
          for (size_t k = 0; k < first && k < h.cells.size() && unit_column < 0; ++k)
            for (std::string_view w : {"单位", "部门", "科室", "处室"})
              if (internal::ContainsText(h.cells[k], w)) unit_column = static_cast<int>(k);
        }
        number_of.assign(b.cells.size(), 0);
        for (size_t k = first; k < first + length; ++k) number_of[k] = numbers[k];
        if (unit_column < 0) number_of.clear();
        continue;
      }
      if (number_of.empty() || static_cast<size_t>(unit_column) >= b.cells.size()) continue;
      const std::string unit(internal::TrimSpaces(b.cells[static_cast<size_t>(unit_column)]));
      if (unit.empty() || internal::ContainsText(unit, "合计") || internal::ContainsText(unit, "数（") ||
          unit.ends_with("数"))
        continue;
      for (size_t k = 0; k < number_of.size() && k < b.cells.size(); ++k) {
        const int n = number_of[k];
        if (n <= 0 || n >= internal::kMaxItemNumber) continue;
        const std::string_view mark = internal::TrimSpaces(b.cells[k]);
        if (mark.empty()) continue;
        const ClauseRole role = MarkRole(mark);  // as a matrix of unit columns reads its marks
        const bool lead = role == ClauseRole::kLead;
        const int t = latest_task_with_number_[static_cast<size_t>(n)];
        if ((!lead && role != ClauseRole::kCooperating) || t < 0 || !bare[static_cast<size_t>(t)]) continue;
        Clause c;
        c.text = b.text;
        c.block = static_cast<int>(i);
        c.span = b.span;
        c.parts.push_back({lead ? "牵头单位" : "配合单位",
                           unit,
                           {unit},
                           lead ? ClauseRole::kLead : ClauseRole::kCooperating});
        doc_.tasks[static_cast<size_t>(t)].clauses.push_back(std::move(c));
      }
    }
  }

  // 其中，第19项由A、B共同牵头 in the cover (a paragraph of no task): task 19's leads are A and B, its other
  // units help. Only where the numbers name one task each (not numbering restarting per part: ids 2.3) and
  // every unit named is one of the task's.
  void LeadsNamedByNumber() {
    const RE2& re = internal::Pattern(internal::Pat::kLeadsByNumber);
    for (const Block& b : rbs_.blocks) {
      if (b.role != Role::kBody || !internal::MayMatch(internal::Pat::kLeadsByNumber, b.text)) continue;
      re2::StringPiece in(b.text.data(), b.text.size()), items, units;
      while (RE2::FindAndConsume(&in, re, &items, &units)) {
        const std::vector<std::string> named =
            internal::SplitList(std::string_view(units.data(), units.size()));
        const std::optional<std::vector<Task*>> tasks =
            TasksNumbered(std::string_view(items.data(), items.size()));
        if (!tasks) return;
        for (Task* task : *tasks) {
          if (named.empty()) continue;
          std::vector<std::string>& all = task->responsible_units;
          if (!std::all_of(named.begin(), named.end(), [&](const std::string& u) {
                return std::find(all.begin(), all.end(), u) != all.end();
              }))
            continue;
          std::vector<std::string> lead, rest;
          for (const std::string& u : all)
            (std::find(named.begin(), named.end(), u) != named.end() ? lead : rest).push_back(u);
          task->lead_units = lead;
          task->cooperating_units = rest;
          all = lead;
          all.insert(all.end(), rest.begin(), rest.end());
        }
      }
      // 第35项由所列单位按职责分工负责，不设牵头单位: its units are responsible alike, none leading.
      if (!internal::MayMatch(internal::Pat::kNoLeadByNumber, b.text)) continue;
      re2::StringPiece rest(b.text.data(), b.text.size());
      while (RE2::FindAndConsume(&rest, internal::Pattern(internal::Pat::kNoLeadByNumber), &items))
        if (const std::optional<std::vector<Task*>> tasks =
                TasksNumbered(std::string_view(items.data(), items.size())))
          for (Task* task : *tasks) {
            task->lead_units.clear();
            task->cooperating_units.clear();
          }
    }
  }

  // The parts a chain of numerals names (第六 · 第一至第五 · 第一、二 · 第六、七, before 部分), by number;
  // none where it is no such chain.
  static std::vector<int> PartsNamed(std::string_view chain) {
    std::vector<int> parts;
    int last = 0;
    bool range = false;
    for (std::string_view piece : SplitAtAny(chain, {"、", "至", "—", "-"})) {
      internal::TakePrefix(piece, {"第"});
      const std::optional<int> n = internal::ParseChineseNumber(piece);
      if (!n || *n <= 0 || *n > 50) return {};
      for (int k = range ? last + 1 : *n; k <= *n; ++k) parts.push_back(k);
      last = *n;
      const std::string_view after =
          chain.substr(static_cast<size_t>(piece.data() + piece.size() - chain.data()));
      range = after.starts_with("至") || after.starts_with("—") || after.starts_with("-");
    }
    return parts;
  }

  // 第一至第五部分，…排在第一位的为牵头单位…；第六部分“十件民生实事”，“责任单位”栏所列单位均为牵头单位 ·
  // 第七部分 “政府自身建设”，由所列单位按照职责分工各负其责，不再明确牵头单位: the cover's rule for a part of
  // the table (numbered 一、…七、), beside the first-listed rule of the others: every unit of each task there
  // leads, or none does. Each rule holds for the parts named last before it, to the next parts named or the
  // sentence's end (第一、二部分由…第一个单位牵头，第三部分所列单位均为牵头单位: the third only);
  // 除第三部分外 names none.
  void LeadsByPart() {
    static constexpr std::u32string_view kChain = U"第至、—-一二三四五六七八九十";
    for (const Block& b : rbs_.blocks) {
      if (b.role != Role::kBody || !internal::ContainsText(b.text, "部分") ||
          (!internal::ContainsText(b.text, "均为牵头") && !internal::ContainsText(b.text, "明确牵头") &&
           !internal::ContainsText(b.text, "不设牵头")))
        continue;
      for (std::string_view sentence : SplitAtAny(b.text, {"；", "。"})) {
        // Each chain of numerals before 部分: where it starts, and the parts it names.
        std::vector<std::pair<size_t, std::vector<int>>> chains;
        for (size_t at = internal::FindText(sentence, "部分"); at != std::string_view::npos;
             at = internal::FindTextFrom(sentence, "部分", at + std::string_view("部分").size())) {
          size_t from = at;
          for (size_t k = at; k > 0;) {
            const char32_t cp = internal::PreviousCodePoint(sentence, k);
            if (kChain.find(cp) == std::u32string_view::npos) break;
            from = k;
          }
          const std::string_view chain = sentence.substr(from, at - from);
          if (!chain.starts_with("第")) continue;
          const bool except = sentence.substr(at + std::string_view("部分").size()).starts_with("外");
          chains.emplace_back(from, except ? std::vector<int>{} : PartsNamed(chain));
        }
        for (size_t c = 0; c < chains.size(); ++c) {
          const std::string_view rule =
              sentence.substr(chains[c].first, c + 1 < chains.size() ? chains[c + 1].first - chains[c].first
                                                                     : std::string_view::npos);
          const bool all = internal::ContainsText(rule, "均为牵头");
          const bool none =
              internal::ContainsText(rule, "不再明确牵头") || internal::ContainsText(rule, "不设牵头");
          if (all == none || chains[c].second.empty()) continue;
          for (Task& t : doc_.tasks) {
            const Section* part = nullptr;
            for (const std::string& id : t.section_path)
              if (const Section* s = SectionOf(id);
                  s != nullptr && internal::ReadMarker(s->marker).kind == MarkerKind::kChineseNumeral)
                part = s;
            if (part == nullptr ||
                std::ranges::find(chains[c].second, part->number) == chains[c].second.end())
              continue;
            t.lead_units = all ? t.responsible_units : std::vector<std::string>{};
            t.cooperating_units.clear();
          }
        }
      }
    }
  }

  // 各分局、各县（市）公安局和派出所负责本辖区的具体落实，不论排列先后，均不作为牵头单位: the units the
  // sentence names before its verb or first comma, 各 taken off (分局, 县（市）公安局, 派出所); none without
  // 不作为牵头.
  // “县直部门”栏为“—”的，由“乡镇（街道）”栏所列单位牵头负责 ·
  // 县直部门栏为“/”的，由企业（单位）栏所列单位牵头: where the first column of units says none, those of
  // another lead. The two columns' names, or nullopt.
  static std::optional<std::pair<std::string, std::string>> NoneColumnLeads(std::string_view text) {
    // (The 栏所列 that a 牵头 follows: “乡镇（街道）”栏所列单位负责本辖区… may come first.)
    size_t listed = internal::FindText(text, "栏所列");
    while (listed != std::string_view::npos &&
           internal::FindText(text.substr(listed, 3 * 12), "牵头") == std::string_view::npos)
      listed = internal::FindTextFrom(text, "栏所列", listed + 3);
    if (listed == std::string_view::npos) return std::nullopt;
    const std::string_view before = text.substr(0, listed);
    const size_t by = before.rfind("的，由");
    const size_t none = before.rfind("栏为");
    if (by == std::string_view::npos || none == std::string_view::npos || none > by) return std::nullopt;
    const auto unquoted = [](std::string_view name) {
      name = internal::TrimSpaces(name);
      for (std::string_view q : {"“", "\"", "「"})
        if (name.starts_with(q)) name.remove_prefix(q.size());
      for (std::string_view q : {"”", "\"", "」"})
        if (name.ends_with(q)) name.remove_suffix(q.size());
      return std::string(name);
    };
    std::string_view first = before.substr(0, none);
    for (std::string_view stop : {"；", "。", "：", "，"})
      if (const size_t at = first.rfind(stop); at != std::string_view::npos)
        first = first.substr(at + stop.size());
    std::string from = unquoted(first), to = unquoted(before.substr(by + std::string_view("的，由").size()));
    if (from.empty() || to.empty() || internal::CountCodePoints(from) > 12 ||
        internal::CountCodePoints(to) > 12)
      return std::nullopt;
    return std::pair{std::move(from), std::move(to)};
  }

  // Whether a task column's cell is a row's label beside a column of content (工作任务, 年度目标, 具体举措):
  // a few words of a field's name, no sentence, no number.
  bool RowLabel(std::string_view value) const {
    if (std::none_of(columns_.begin(), columns_.end(),
                     [](const auto& col) { return col.first == internal::Column::kContent; }))
      return false;
    const size_t n = internal::CountCodePoints(value);
    if (n < 2 || n > 6 || internal::ReadMarker(value).kind != MarkerKind::kNone) return false;
    for (std::string_view mark : {"。", "，", "、", "；", "：", "（", "\n"})
      if (internal::ContainsText(value, mark)) return false;
    for (std::string_view field :
         {"任务", "目标", "举措", "措施", "内容", "节点", "指标", "要求", "成效", "进度"})
      if (value.ends_with(field)) return true;
    return false;
  }

  // Whether table row `cells` is one NoneColumnLeads speaks of, and column k the one whose units then lead.
  bool LeadsForNoneColumn(const std::vector<std::string>& cells, size_t k) const {
    if (none_column_leads_.first.empty() || k >= columns_.size() ||
        columns_[k].second != none_column_leads_.second)
      return false;
    for (size_t j = 0; j < cells.size() && j < columns_.size(); ++j)
      if (columns_[j].second == none_column_leads_.first) return internal::SaysNone(cells[j]);
    return false;
  }

  static std::vector<std::string> NeverLead(std::string_view text) {
    const size_t at = internal::FindText(text, "不作为牵头");
    if (at == std::string_view::npos) return {};
    std::string_view sentence = text.substr(0, at);
    for (std::string_view stop : {"。", "；"})
      if (const size_t k = sentence.rfind(stop); k != std::string_view::npos)
        sentence = sentence.substr(k + stop.size());
    // (各乡镇人民政府和汀岚经济开发区管委会按照属地管理原则负责…: the bodies before how they take part.)
    for (std::string_view stop : {"负责", "，", "不论", "无论", "均", "按照", "按"})
      sentence = sentence.substr(0, internal::FindText(sentence, stop));
    std::vector<std::string> cores;
    for (std::string_view rest = internal::TrimSpaces(sentence); !rest.empty();) {
      size_t k = std::min(internal::FindText(rest, "、"), internal::FindText(rest, "和"));
      std::string_view item = internal::TrimSpaces(rest.substr(0, k));
      rest = k == std::string_view::npos ? std::string_view() : rest.substr(k + 3);
      if (item.starts_with("各")) item.remove_prefix(3);
      if (internal::CountCodePoints(item) >= 2 && internal::CountCodePoints(item) <= 12)
        cores.emplace_back(item);
    }
    return cores;
  }
  bool PassedOver(std::string_view unit) const {
    return std::any_of(never_lead_.begin(), never_lead_.end(), [&](const std::string& core) {
      if (unit.ends_with(core)) return true;
      // (各乡镇人民政府 passes over each township named too: 城关镇人民政府, 柳河乡政府, 城南街道办事处.)
      if (core != "乡镇" && !core.starts_with("乡镇人民政府") && !core.starts_with("乡（镇）人民政府") &&
          !core.starts_with("乡镇政府") && !core.starts_with("乡镇（街道）"))
        return false;
      for (std::string_view township : {"镇人民政府", "乡人民政府", "镇政府", "乡政府", "街道办事处"})
        if (unit.ends_with(township) && unit.size() > township.size()) return true;
      return false;
    });
  }

  // Whether the block before `i` (decoration and page breaks aside) is a table's row: `i` is a 注 under it.
  bool AfterTableRow(size_t i) const {
    for (size_t j = i; j-- > 0;) {
      const Block& b = rbs_.blocks[j];
      if (!Printed(b.role)) continue;
      return b.kind == BlockKind::kTableRow;
    }
    return false;
  }

  // Whether the notice prints a line of leaders alone above its tasks: one stands between a heading (or the
  // attachment's title) and the task after it. Read once.
  bool LeaderLinesAbove() {
    if (leader_lines_above_ < 0) {
      leader_lines_above_ = 0;
      for (size_t i = 0; i < rbs_.size() && leader_lines_above_ == 0; ++i) {
        const ConstBlockRef rb = Ref(i);
        if (rb.role != Role::kClause || !internal::OnlyLeaders(rb.clauses)) continue;
        const Role before = PreviousStructural(i);
        if ((internal::IsSectionHeading(before) || before == Role::kAttachmentTitle) &&
            NextStructural(i) == Role::kTask)
          leader_lines_above_ = 1;
      }
    }
    return leader_lines_above_ == 1;
  }

  Role PreviousStructural(size_t i) const {
    for (size_t j = i; j-- > 0;)
      if (Printed(rbs_.blocks[j].role)) return rbs_.blocks[j].role;
    return Role::kBody;
  }

  Role NextStructural(size_t i) const {
    const size_t j = NextStructuralIndex(i);
    return j < rbs_.size() ? rbs_.blocks[j].role : Role::kBody;
  }
  size_t NextStructuralIndex(size_t i) const {
    for (size_t j = i + 1; j < rbs_.size(); ++j)
      if (Printed(rbs_.blocks[j].role)) return j;
    return rbs_.size();
  }
  bool OpensStructure(size_t i) const {
    for (size_t j = i + 1; j < rbs_.size(); ++j) {
      Role r = rbs_.blocks[j].role;
      if (r == Role::kLeaderHeading || r == Role::kUnitHeading || r == Role::kHeading || r == Role::kTask) return true;
      if (r == Role::kAttachmentTitle || r == Role::kPartHeading) return false;
    }
    return false;
  }

  // A row of a task table: its cells by column meaning fill the same fields as
  // a clause would; columns gongwen does not know are kept as extra fields.
  void NewTableTask(const ConstBlockRef& rb, int bi) {
    // A leader's row of a table by leader: a task of each item of his work's cell, and the numbers of those
    // he helps with, whose leaders he joins when the table's tasks are all read.
    if (const std::string_view items = rb.Field("leader_items"); !items.empty()) {
      UnitRowTasks(rb, bi, items, /*agenda=*/false, /*leader=*/true);
      HelpsByNumber(rb, bi);
      return;
    }
    if (const std::string_view stacked = rb.Field("stacked"); !stacked.empty()) {
      StackedRowTasks(rb, bi, static_cast<size_t>(internal::LeadingNumber(stacked)));
      return;
    }
    // A table of units keyed by the text's task numbers (序号 | 任务编号 | 责任县领导 | 牵头单位 | …, 2—3,
    // 11、16): each row's cells go to the tasks it names, the nearest above with each number; a number
    // no task has is reported.
    bool keyed = false;
    for (size_t k = 0; k < columns_.size() && k < rb.block.cells.size(); ++k) {
      if (columns_[k].first != internal::Column::kItems) continue;
      std::string missing;
      const int saved = current_task_;
      const std::vector<int> numbers = internal::TaskNumbersIn(rb.block.cells[k]);
      // (— or 无: a unit with no task of the kind.)
      const std::string_view listed = internal::TrimSpaces(rb.block.cells[k]);
      if (numbers.empty() && !listed.empty() && !internal::SaysNone(listed))
        findings_.push_back({"GW-BUILD-ORPHAN-CLAUSE", Severity::kWarning,
                             "分工表的任务编号“" + rb.block.cells[k] + "”无法识别，该行未归属任何任务",
                             rb.block.span});
      // 牵头任务 | 配合任务: the row's units lead the tasks of the one, help with those of the other (and its
      // leader is the leads' only).
      const std::string& header = columns_[k].second;
      items_role_ = header.find("配合") != std::string::npos || header.find("协办") != std::string::npos ||
                            header.find("参与") != std::string::npos ||
                            header.find("协同") != std::string::npos
                        ? ClauseRole::kCooperating
                    : header.find("牵头") != std::string::npos || header.find("主责") != std::string::npos
                        ? ClauseRole::kLead
                        : ClauseRole::kOther;
      for (int n : numbers) {
        const int t = TaskNumbered(n, missing);
        if (t < 0) continue;
        current_task_ = t;
        listed_again_ = true;
        AddTableCells(rb, bi, /*new_task=*/true);
        listed_again_ = false;
      }
      items_role_ = ClauseRole::kOther;
      current_task_ = saved;
      if (!missing.empty())
        findings_.push_back({"GW-BUILD-ORPHAN-CLAUSE", Severity::kWarning,
                             "分工表所列的第" + missing + "项在此前没有对应的任务：“" +
                                 std::string(internal::PrefixCodePoints(rb.block.text, 40)) + "…”",
                             rb.block.span});
      keyed = true;  // (and the next such column: 牵头任务 | 配合任务)
    }
    if (keyed) return;
    if (const std::string_view items = rb.Field("unit_items"); !items.empty()) {
      UnitRowTasks(rb, bi, items);
      return;
    }
    if (const std::string_view items = rb.Field("row_items"); !items.empty()) {
      UnitRowTasks(rb, bi, items, /*agenda=*/true);
      return;
    }
    if (const std::string_view items = rb.Field("field_items"); !items.empty()) {
      UnitRowTasks(rb, bi, items, /*agenda=*/true, /*leader=*/false, /*field=*/true);
      return;
    }
    CloseUnitRow();  // a row of a task of its own, in no unit's row above it
    // A table that lists again, by number, the tasks the text numbered and assigned (the measures 1.…20.,
    // then a 附件 重点任务分工 of the same 1…20): each row is its task's, its cells' units joined to the
    // text's, its task cell the same task's name, not a task twice.
    if (const int earlier = TaskListedAgain(rb); earlier >= 0) {
      current_task_ = earlier;
      listed_again_ = true;
      AddTableCells(rb, bi, /*new_task=*/true);
      listed_again_ = false;
      return;
    }
    ++table_tasks_;
    NewTask(rb, bi, "");
    Task& t = doc_.tasks.back();
    if (t.number == 0) {
      t.number = table_tasks_;
      NoteTaskNumber(t.number);
    }
    AddTableCells(rb, bi, /*new_task=*/true);
  }

  // A unit's row in a table by unit (责任单位 | 分管县领导 | 重点工作任务 1.…⏎2.…): a section of the unit,
  // numbered by its place among the table's rows, and a task of each item of its task cell (`items`: that
  // cell's column, as the recognizer found it), with the row's other cells and the clauses in the item's own
  // text (（县财政局配合）).
  // So a meeting's row of agenda items (`agenda`: row_items), a section numbered by the row's own number, its
  // cells giving each item its values by number (1、2．财经委 ⏎ 3．财经委).
  // So a leader's row (`leader`: leader_items), a section of his, its items numbered on through the table.
  void UnitRowTasks(const ConstBlockRef& rb, int bi, std::string_view items, bool agenda = false,
                    bool leader = false, bool field = false) {
    CloseUnitRow();
    ++unit_rows_;
    // The row's section takes nothing from the rows above but their merged and carried cells.
    auto carried = std::move(carried_);
    auto merge_first = std::move(merge_first_);
    auto scope_leaders = std::move(scope_leaders_);
    unit_row_section_ = OpenSection(agenda   ? SectionKind::kHeading
                                    : leader ? SectionKind::kLeader
                                             : SectionKind::kUnit,
                                    open_.empty() ? kLevelUnit : open_.back().level + 1, rb, bi,
                                    agenda && rb.marker.number > 0 ? rb.marker.number : unit_rows_);
    Section& section = doc_.sections[static_cast<size_t>(unit_row_section_)];
    if (leader) {
      // (郑国华 ⏎ 县委书记, 副县长 ⏎ 韩立新: the cell read as a leader's column reads it.)
      ClauseMatch cell;
      internal::AddClausePart("", ClauseRole::kLeader, rb.Field("heading"), cell);
      if (!cell.parts.empty() && !cell.parts.front().units.empty())
        section.leader = LeaderOf(cell.parts.front().units.front());
    } else if (!agenda)
      section.lead_units = SplitList(rb.Field("heading"));
    carried_ = std::move(carried);
    merge_first_ = std::move(merge_first);
    scope_leaders_ = std::move(scope_leaders);
    std::vector<ClauseMatch> clauses = std::move(rbs_.facts[static_cast<size_t>(bi)].clauses);
    const std::string_view text = rb.block.text;
    size_t searched = 0;  // where the next item is sought in the row's original
    // The row's cells that number their lines, each read once (a 完成时限 cell of a line an item).
    row_cell_items_.clear();
    for (const std::string& cell : rb.block.cells)
      row_cell_items_.push_back(internal::NumberedCellItems(cell));
    // The items of the cell the recognizer found them in (`items`: its column), where they stand in the text.
    const auto task = static_cast<size_t>(internal::LeadingNumber(items));
    if (task >= rb.block.cells.size()) return;
    if (leader) row_cell_items_[task] = internal::LeaderCellItems(rb.block.cells[task]);
    if (field) row_cell_items_[task] = internal::FieldCellItems(rb.block.cells[task]);
    // (An agenda's items numbered on through the table, 27．…⏎28．…, their cells keyed by those numbers.)
    if (agenda && row_cell_items_[task].empty())
      row_cell_items_[task] = internal::NumberedCellItems(rb.block.cells[task], /*running=*/true);
    row_cell_keyed_.clear();
    if (agenda && !row_cell_items_[task].empty())
      for (const std::string& cell : rb.block.cells)
        row_cell_keyed_.push_back(internal::KeyedCellLines(
            cell, static_cast<int>(row_cell_items_[task].size()), row_cell_items_[task].front().number));
    const std::vector<internal::CellItem>& cell_items = row_cell_items_[task];
    const size_t at = text.find(rb.block.cells[task]);
    if (cell_items.empty() || at == std::string_view::npos) return;
    size_t next_clause = 0;  // the clauses are in the items' order
    for (size_t k = 0; k < cell_items.size(); ++k) {
      const size_t marker = at + cell_items[k].begin, begin = marker + cell_items[k].marker_length,
                   end = at + cell_items[k].end;
      std::vector<ClauseMatch>& own = rbs_.facts[static_cast<size_t>(bi)].clauses;
      own.clear();
      for (; next_clause < clauses.size() && clauses[next_clause].begin < end; ++next_clause)
        if (clauses[next_clause].begin >= begin) own.push_back(std::move(clauses[next_clause]));
      // (An item of no number, in a leader's row: the one after the task above.)
      const int number = cell_items[k].number > 0 || doc_.tasks.empty() ? std::max(cell_items[k].number, 1)
                                                                        : doc_.tasks.back().number + 1;
      ItemTask(rb, bi, std::string(text.substr(begin, end - begin)), number,
               std::string(internal::TrimSpaces(text.substr(marker, begin - marker))),
               ItemSpan(rb.block, text.substr(marker, end - marker), searched), k, cell_items.size());
    }
  }

  // A task of item `k` of the `items` a row holds (UnitRowTasks, StackedRowTasks): its words, number, marker
  // and span, and the row's cells read for that item (AddTableCells).
  void ItemTask(const ConstBlockRef& rb, int bi, std::string words, int number, std::string marker, Span span,
                size_t k, size_t items) {
    NewTask(rb, bi, std::move(words));
    Task& t = doc_.tasks.back();
    t.number = number;
    NoteTaskNumber(t.number);
    t.marker = std::move(marker);
    t.span = span;
    for (Clause& c : t.clauses) c.span = t.span;
    row_item_ = static_cast<int>(k);
    row_items_ = items;
    AddTableCells(rb, bi, /*new_task=*/true);
    row_item_ = -1;
  }

  // A row stacking several tasks (序号 1⏎2⏎3 | a line a task | …; recognizer's field stacked, `task` the
  // task's column): a task of each line of the task cell, numbered by the same line of the 序号 cell, its
  // values the same line of each other cell that has a line a task, the whole of a cell that has one line
  // (a leader over them all) or any other count.
  void StackedRowTasks(const ConstBlockRef& rb, int bi, size_t task) {
    CloseUnitRow();
    const std::vector<std::string>& cells = rb.block.cells;
    const auto number = std::find_if(columns_.begin(), columns_.end(), [](const auto& column) {
      return column.first == internal::Column::kNumber;
    });
    const auto n = static_cast<size_t>(number - columns_.begin());
    if (number == columns_.end() || n >= cells.size() || task >= cells.size()) return;
    const std::vector<int> numbers = internal::StackedNumbers(cells[n]);
    row_cell_items_.clear();
    row_cell_keyed_.clear();  // (an agenda row's, above: no key of this row's)
    for (const std::string& cell : cells) row_cell_items_.push_back(internal::CellLines(cell));
    const std::vector<internal::CellItem>& lines = row_cell_items_[task];
    if (numbers.size() != lines.size()) return;
    rbs_.facts[static_cast<size_t>(bi)].clauses.clear();  // (a row's cells hold no clause of a paragraph's)
    size_t searched = 0;
    for (size_t k = 0; k < lines.size(); ++k) {
      const std::string_view words =
          std::string_view(cells[task]).substr(lines[k].begin, lines[k].end - lines[k].begin);
      ++table_tasks_;
      ItemTask(rb, bi, std::string(words), numbers[k], std::to_string(numbers[k]),
               ItemSpan(rb.block, words, searched), k, lines.size());
    }
  }

  // Where item `item` (its marker and text, normalized) is in the source: its text sought in the row's
  // original from `searched` on (near it: an item's original is about as long as its text), whole, else by
  // its first four characters up to where the next one is; the row's span when it is not there.
  Span ItemSpan(const Block& row, std::string_view item, size_t& searched) const {
    const std::string_view original =
        std::string_view(row.original)
            .substr(0, std::min(row.original.size(), searched + 2 * item.size() + 256));
    if (const size_t at = original.find(item, searched); at != std::string_view::npos) {
      searched = at + item.size();
      return source_.SpanOf(row.begin + at, row.begin + at + item.size());
    }
    const std::string_view start = internal::PrefixCodePoints(item, 4);
    const size_t at = original.find(start, searched);
    if (at == std::string_view::npos) return row.span;
    size_t next = original.find('\n', at);
    for (std::string_view end : {"<br", "|", "\t"}) next = std::min(next, original.find(end, at));
    if (next == std::string_view::npos) next = original.size();
    searched = next;
    return source_.SpanOf(row.begin + at, row.begin + next);
  }

  // The role of the units a leaders' column names in brackets after each name, as its header's bracket
  // says (责任县领导（牵头单位）: lead; 责任领导（责任单位）: responsible); kOther for any other header.
  static ClauseRole UnitsInLeaderBrackets(std::string_view header) {
    const size_t open = header.find("（");
    if (open == std::string_view::npos || !header.ends_with("）")) return ClauseRole::kOther;
    const std::string_view bracket = header.substr(open);
    for (std::string_view lead : {"（牵头单位）", "（牵头部门）", "（牵头科室）", "（牵头处室）"})
      if (bracket == lead) return ClauseRole::kLead;
    for (std::string_view responsible : {"（责任单位）", "（责任部门）"})
      if (bracket == responsible) return ClauseRole::kResponsible;
    return ClauseRole::kOther;
  }

  // A leaders' cell whose brackets after the names hold units (王　勇（县发展和改革局） · 林振东、李明华
  // （县投资促进中心） · 王勇（县财政局（县国资办））): the cell without those brackets, and their units
  // parted by 、 (each bracket's as printed, a unit's own bracket kept). A bracket that names no unit (a
  // title, 王勇（副县长）) stays the name's.
  static std::pair<std::string, std::string> LeadersAndBracketUnits(std::string_view cell) {
    std::string leaders, units;
    for (size_t i = 0; i < cell.size();) {
      const size_t at = i;
      const char32_t cp = internal::NextCodePoint(cell, i);
      if (cp != U'（' && cp != U'(') {
        leaders.append(cell.substr(at, i - at));
        continue;
      }
      int depth = 1;
      size_t end = i;
      while (end < cell.size() && depth > 0) {
        const char32_t c = internal::NextCodePoint(cell, end);
        depth += (c == U'（' || c == U'(') ? 1 : (c == U'）' || c == U')') ? -1 : 0;
      }
      if (depth > 0) {  // (unclosed: kept as printed)
        leaders.append(cell.substr(at));
        break;
      }
      const size_t close = end - ((cell[end - 1] == ')') ? 1 : std::string_view("）").size());
      const std::string_view inside = internal::TrimSpaces(cell.substr(i, close - i));
      const std::vector<std::string> names = internal::SplitList(inside);
      if (!names.empty() && std::all_of(names.begin(), names.end(), internal::LooksLikeUnit))
        units.append(units.empty() ? "" : "、").append(inside);
      else
        leaders.append(cell.substr(at, end - at));
      i = end;
    }
    return {leaders, units};
  }

  // A note that every unit listed in the part's tasks leads (本部分各项任务所列单位均为共同牵头单位,
  // 以下各项任务所列单位均为牵头单位).
  static bool AllLeadNote(std::string_view text) {
    // (A short line with 均为, looked for first: most clause lines are no such note.)
    if (text.size() > 60 * 3 || !internal::ContainsText(text, "均为")) return false;
    const bool scope = internal::ContainsText(text, "本部分") || internal::ContainsText(text, "以下各项") ||
                       internal::ContainsText(text, "本节");
    // (Not a rule naming the first as lead and the others helping:
    // 列在首位的单位均为牵头单位，其他为配合单位.)
    for (std::string_view first : {"首位", "第一", "排在", "其他", "其余", "配合"})
      if (internal::ContainsText(text, first)) return false;
    return scope &&
           (internal::ContainsText(text, "均为共同牵头") || internal::ContainsText(text, "均为牵头单位") ||
            internal::ContainsText(text, "均为牵头部门"));
  }

  // Whether section `s` or one it stands in is under such a note.
  bool AllLeadSection(int s) const {
    for (; s >= 0; s = doc_.sections[static_cast<size_t>(s)].parent)
      if (all_lead_sections_.contains(s)) return true;
    return false;
  }

  // A leader's row's cells of the numbers of the tasks he helps with (协助包抓的重点工作: 第2、4项, 第7项、
  // 第12—13项; / for none): kept until the document is read, as a row may name a task of a row below.
  void HelpsByNumber(const ConstBlockRef& rb, int bi) {
    const auto leader = std::find_if(columns_.begin(), columns_.end(), [](const auto& column) {
      return column.first == internal::Column::kLeader;
    });
    const auto l = static_cast<size_t>(leader - columns_.begin());
    if (leader == columns_.end() || l >= rb.block.cells.size() || rb.block.cells[l].empty()) return;
    for (size_t k = 0; k < columns_.size() && k < rb.block.cells.size(); ++k) {
      if (columns_[k].first != internal::Column::kItems) continue;
      std::vector<int> numbers = internal::TaskNumbersIn(rb.block.cells[k]);
      const std::string_view listed = internal::TrimSpaces(rb.block.cells[k]);
      if (numbers.empty() && !listed.empty() && !internal::SaysNone(listed))
        findings_.push_back({"GW-BUILD-ORPHAN-CLAUSE", Severity::kWarning,
                             "“" + columns_[k].second + "”栏的任务编号“" + rb.block.cells[k] + "”无法识别",
                             rb.block.span});
      if (!numbers.empty())
        helps_.push_back(
            {table_first_task_, std::move(numbers), k, bi, rb.block.cells[l], columns_[k].second});
    }
  }

  // Each leader's help by number (HelpsByNumber), read at the end: the leader joins the leaders of the task
  // of each number (the first so numbered in his table, after the leaders its own row gives it); a number
  // no task of the table has is reported.
  void LeadersHelpingByNumber() {
    for (const Help& help : helps_) {
      const Block& row = rbs_.blocks[static_cast<size_t>(help.block)];
      std::string missing;
      for (int n : help.numbers) {
        // (His table's tasks: those of its rows, up to the first of the text after it.)
        auto end = doc_.tasks.begin() + static_cast<std::ptrdiff_t>(help.first_task);
        while (end != doc_.tasks.end() && !end->blocks.empty() &&
               rbs_.blocks[static_cast<size_t>(end->blocks.front())].kind == BlockKind::kTableRow)
          ++end;
        const auto task = std::find_if(doc_.tasks.begin() + static_cast<std::ptrdiff_t>(help.first_task), end,
                                       [&](const Task& t) { return t.number == n; });
        if (task == end) {
          missing += (missing.empty() ? "" : "、") + std::to_string(n);
          continue;
        }
        Clause c;
        c.text = row.cells[help.column];
        c.span = row.span;
        c.block = help.block;
        ClauseMatch cell;
        internal::AddClausePart(help.header, ClauseRole::kLeader, help.leader, cell);
        for (ClausePart& p : cell.parts) c.parts.push_back(std::move(p));
        if (!c.parts.empty()) task->clauses.push_back(std::move(c));
      }
      if (!missing.empty())
        findings_.push_back({"GW-BUILD-ORPHAN-CLAUSE", Severity::kWarning,
                             "“" + help.header + "”栏所列的第" + missing + "项在该表中没有对应的任务",
                             row.span});
    }
  }

  // The section of the last unit's row (UnitRowTasks), closed when its table ends or the next row opens
  // its own.
  void CloseUnitRow() {
    if (unit_row_section_ >= 0 && !open_.empty() && open_.back().index == unit_row_section_) open_.pop_back();
    unit_row_section_ = -1;
  }

  // The task of the text a table's row lists again: the last task with the row's number, not itself a
  // table's, whose text opens with the row's task cell; -1 when there is none.
  int TaskListedAgain(const ConstBlockRef& rb) const {
    const int n = rb.marker.number;
    if (n <= 0 || n >= internal::kMaxItemNumber || latest_task_with_number_.empty()) return -1;
    const int earlier = latest_task_with_number_[static_cast<size_t>(n)];
    if (earlier < 0) return -1;
    const Task& t = doc_.tasks[static_cast<size_t>(earlier)];
    if (t.blocks.empty() || rbs_.blocks[static_cast<size_t>(t.blocks[0])].kind == BlockKind::kTableRow)
      return -1;
    for (size_t k = 0; k < columns_.size() && k < rb.block.cells.size(); ++k) {
      if (columns_[k].first != internal::Column::kTask) continue;
      // The whole cell, four characters at least, opens the task's text (健全县乡村三级就业服务体系 ⏎
      // 健全县乡村三级就业服务体系。推动…): a few words alike (加强组织领导…) are no sign of one task.
      std::string_view cell = internal::TrimSpaces(rb.block.cells[k]);
      if (cell.ends_with("。")) cell.remove_suffix(std::string_view("。").size());
      if (internal::CountCodePoints(cell) < 4) return -1;
      return std::string_view(t.text).starts_with(cell) ? earlier : -1;
    }
    return -1;
  }

  // A leader, lead unit or deadline cell merged down over several tasks arrives
  // empty in the rows below its first: those rows take it from the row above. Any
  // other cell does when the reader saw the merge (DOCX w:vMerge): an empty
  // cooperating unit is otherwise "none".
  static bool Carries(internal::Column c) {
    return c == internal::Column::kLeader || c == internal::Column::kLead || c == internal::Column::kDeadline ||
           c == internal::Column::kTask;
  }

  // Where a unit cell's line under a helpers' label starts (县发改局 ⏎ 配合：县财政局 · 配合:), after a first
  // line of units with no label; npos where there is none.
  static size_t HelpersLineAt(std::string_view cell) {
    const size_t first = cell.find('\n');
    if (first == std::string_view::npos || internal::TrimSpaces(cell.substr(0, first)).empty() ||
        internal::ContainsText(cell.substr(0, first), "：") ||
        cell.substr(0, first).find(':') != std::string_view::npos)
      return std::string_view::npos;
    for (size_t at = first + 1; at < cell.size();) {
      const size_t eol = std::min(cell.find('\n', at), cell.size());
      const std::string_view line = internal::TrimSpaces(cell.substr(at, eol - at));
      const size_t colon = std::min(internal::FindText(line, "："), line.find(':'));
      if (colon != std::string_view::npos && colon > 0 && colon <= 3 * 6 &&
          RoleOfClauseLabel(line.substr(0, colon)) == ClauseRole::kCooperating)
        return static_cast<size_t>(line.data() - cell.data());
      if (colon != std::string_view::npos) return std::string_view::npos;  // a label of another part
      at = eol + 1;
    }
    return std::string_view::npos;
  }

  // Whether a cell holds a matrix's mark alone (★, ☆, √; ○（系统建设）, a remark after it), or a word of a
  // leader's part in place of one (牵头, 协助).
  static bool IsMark(std::string_view cell) {
    cell = internal::TrimSpaces(cell);
    for (std::string_view word :
         {"牵头", "主抓", "负责", "分管", "主管", "协助", "协管", "配合", "参与", "包抓"})
      if (cell == word) return true;
    return MarkOf(cell).has_value();
  }

  // A matrix's mark that a cell holds alone, or with a remark in brackets after it (○（系统建设）): the mark
  // (⭐, the emoji a web editor puts for ★, as ★) and the remark; nullopt for any other cell.
  struct CellMark {
    char32_t mark;
    std::string_view remark;
  };
  static std::optional<CellMark> MarkOf(std::string_view cell) {
    size_t i = 0;
    char32_t mark = internal::NextCodePoint(cell, i);
    if (mark == U'⭐') mark = U'★';
    const std::string_view after = cell.substr(i);
    const bool remark = (after.starts_with("（") && after.ends_with("）")) ||
                        (after.starts_with("(") && after.ends_with(")"));
    if ((!after.empty() && !remark) || kMatrixMarks.find(mark) == std::u32string_view::npos)
      return std::nullopt;
    return CellMark{mark, after};
  }

  // A header cell that names one person by post and name (县长 ⏎ 周立新, 常务副县长王　勇): the post and
  // the name as one (县长周立新), as a leaders' cell prints them; empty for any other cell.
  static std::string TitledPerson(std::string_view cell) {
    std::string joined;
    for (size_t at = 0; at <= cell.size();) {
      const size_t eol = std::min(cell.find('\n', at), cell.size());
      joined += internal::TrimSpaces(cell.substr(at, eol - at));
      at = eol + 1;
    }
    const std::optional<Leader> leader = LeaderOf(joined);
    return leader && !leader->title.empty() ? joined : std::string();
  }

  // The role a matrix's mark gives the unit of its column; kOther for a cell that is no mark. Filled marks
  // lead and hollow ones help, unless the text says otherwise (注：◎为牵头单位，○为配合单位), read once.
  ClauseRole MarkRole(std::string_view cell) {
    const std::optional<CellMark> cell_mark = MarkOf(cell);
    if (!cell_mark) return ClauseRole::kOther;
    const char32_t mark = cell_mark->mark;
    // √（牵头）: the bracket says the part.
    if (!cell_mark->remark.empty()) {
      const ClauseRole said = RoleOfClauseLabel(cell_mark->remark);
      if (said == ClauseRole::kLead || said == ClauseRole::kCooperating) return said;
    }
    if (!marks_read_) {
      marks_read_ = true;
      for (const Block& b : rbs_.blocks) {
        if (b.text.size() > 400) continue;  // a 注 may be the table's last row
        for (size_t k = 0; k < b.text.size();) {
          const char32_t cp = internal::NextCodePoint(b.text, k);
          if (kMatrixMarks.find(cp) == std::u32string_view::npos) continue;
          std::string_view after = std::string_view(b.text).substr(k);
          for (std::string_view verb : {"为", "表示", "代表", "是"})
            if (after.starts_with(verb)) after.remove_prefix(verb.size());
          // The role word ends the phrase (●为牵头单位，○… · ●牵头 ○配合), not a sentence's subject
          // (●牵头单位要强化统筹, a bullet).
          size_t word = 0;
          for (std::string_view w : {"牵头", "主办", "配合", "协办", "参与", "责任"})
            if (after.starts_with(w)) word = w.size();
          std::string_view tail = after.substr(word);
          for (std::string_view w : {"单位", "部门"})
            if (tail.starts_with(w)) tail.remove_prefix(w.size());
          size_t next_end = 0;
          if (word == 0 || (!tail.empty() && internal::IsHan(internal::NextCodePoint(tail, next_end))))
            continue;
          const ClauseRole role =
              after.starts_with("牵头") || after.starts_with("主办") ? ClauseRole::kLead
              : after.starts_with("配合") || after.starts_with("协办") || after.starts_with("参与")
                  ? ClauseRole::kCooperating
              : after.starts_with("责任") ? ClauseRole::kResponsible
                                          : ClauseRole::kOther;
          if (role != ClauseRole::kOther) mark_roles_.emplace_back(cp, role);
        }
      }
    }
    for (const auto& [m, role] : mark_roles_)
      if (m == mark || (m == U'○' && mark == U'〇') || (m == U'〇' && mark == U'○')) return role;
    if (!mark_roles_.empty()) return ClauseRole::kOther;  // a legend that does not name this mark
    if (std::u32string_view(U"●◆■★▲").find(mark) != std::u32string_view::npos) return ClauseRole::kLead;
    if (std::u32string_view(U"○〇◎◇□☆△").find(mark) != std::u32string_view::npos)
      return ClauseRole::kCooperating;
    return ClauseRole::kResponsible;
  }

  struct CellValue;  // a table cell's text and its bold units

  // Cell `k` of a table's row: the value of a merge above it, or of the row above carried down (Carries),
  // where it is empty.
  void TakeMergedOrCarried(const Block& row, size_t k, internal::Column column, bool new_task,
                           CellValue& cell_value) {
    const bool merged = k < row.merged_above.size() && row.merged_above[k];
    if (!merged) {
      merge_first_[k] = cell_value;  // any row, a task's continuation row too, may begin a merge
    } else if (new_task && cell_value.text.empty()) {
      if (auto it = merge_first_.find(k); it != merge_first_.end()) cell_value = it->second;
    }
    // (A task's later row's own value is the one right above the next task: 分项 rows of a ledger, each its
    // own leader, the next task's blank cell merged with the last.)
    if (!new_task) {
      if (!cell_value.text.empty() && Carries(column) && OwnSubItem(row)) carried_[k] = cell_value;
      return;
    }
    if (!cell_value.text.empty()) {
      carried_[k] = cell_value;
    } else if (const auto parent = parent_values_.find(k); sub_task_row_ && sub_task_leaders_said_ &&
                                                           column == internal::Column::kLeader &&
                                                           parent != parent_values_.end()) {
      // (A 子任务's blank leader is its task's, 子任务责任县领导与所属重点任务相同的，表中不再单独列出: not
      // the 子任务's above, who had one of his own.)
      cell_value = parent->second;
    } else if (!(k < group_columns_.size() && group_columns_[k]) &&
               (Carries(column) || (OnlyUnitsColumn(k) && BlankPastItsTask(row))) &&
               !(column == internal::Column::kLeader && BlankLeaderIsSections()) && !SecondLeaderColumn(k) &&
               !NumberedColumn(k) && !(k < tick_leaders_.size() && !tick_leaders_[k].empty())) {
      if (auto it = carried_.find(k); it != carried_.end()) cell_value = it->second;
    } else {
      carried_.erase(k);  // empty and not merged: nothing to carry past it
    }
    if (!sub_task_row_) parent_values_[k] = cell_value;
  }

  // 县政府领导班子成员按分工负责；县司法局牵头，县政府各部门配合 in the leader's cell, every units' cell
  // after it empty: one cell merged sideways over them (a reader leaves the spanned cells empty), the row's
  // clause whole, its parts in the roles it gives them. The clause, the cells it covers marked in `spanned`;
  // nullopt for any other row.
  std::optional<ClauseMatch> ClauseOverUnitsCells(const Block& row, std::vector<bool>& spanned) const {
    const auto units = [](internal::Column c) {
      return c == internal::Column::kLead || c == internal::Column::kCooperating ||
             c == internal::Column::kResponsible;
    };
    const std::vector<std::string>& cells = row.cells;
    const size_t n = std::min(cells.size(), columns_.size());
    for (size_t k = 0; k + 1 < n; ++k) {
      if (columns_[k].first != internal::Column::kLeader || cells[k].empty()) continue;
      size_t end = k + 1;
      while (end < n && units(columns_[end].first) && cells[end].empty() &&
             !(end < row.merged_above.size() && row.merged_above[end]))
        ++end;
      if (end == k + 1 || (end < n && units(columns_[end].first))) return std::nullopt;
      std::optional<ClauseMatch> clause = internal::ParseClauseContent(cells[k]);
      if (!clause || std::ranges::none_of(clause->parts, [&](const ClausePart& p) {
            return p.role != ClauseRole::kLeader && p.role != ClauseRole::kOther && !p.units.empty();
          }))
        return std::nullopt;
      std::fill(spanned.begin() + static_cast<std::ptrdiff_t>(k),
                spanned.begin() + static_cast<std::ptrdiff_t>(end), true);
      return clause;
    }
    return std::nullopt;
  }

  // A clause that names its unit by what it does or is (A起草, A为实施单位), not by a role among others.
  static bool NamesItsUnitApart(const Clause& c) {
    return std::any_of(c.parts.begin(), c.parts.end(),
                       [](const ClausePart& p) { return p.label == "起草" || p.label.starts_with("为"); });
  }

  // Whether a clause of the task other than `c` names a lead.
  static bool AnotherClauseLeads(const Task& t, const Clause& c) {
    return std::any_of(t.clauses.begin(), t.clauses.end(), [&](const Clause& other) {
      return &other != &c && std::any_of(other.parts.begin(), other.parts.end(), [](const ClausePart& p) {
        return p.role == ClauseRole::kLead && !p.units.empty();
      });
    });
  }

  // A table's one column of units (责任单位, no lead's or helpers' beside it): empty under a row, merged
  // down from it (as Tika writes a merged cell: empty, no rowspan), the task having no units else.
  bool OnlyUnitsColumn(size_t k) const {
    const auto units = [](internal::Column c) {
      return c == internal::Column::kResponsible || c == internal::Column::kLead ||
             c == internal::Column::kCooperating;
    };
    if (k >= columns_.size() || columns_[k].first != internal::Column::kResponsible) return false;
    for (size_t j = 0; j < columns_.size(); ++j)
      if (j != k && units(columns_[j].first)) return false;
    return true;
  }

  // A row with nothing past its number and its task's words (Tika's row under cells merged down over it: its
  // leader, units and time all empty). (Not a pipe table's row with a time and no units: no unit of its.)
  bool BlankPastItsTask(const Block& row) const {
    for (size_t j = 0; j < row.cells.size() && j < columns_.size(); ++j)
      if (columns_[j].first != internal::Column::kNumber && columns_[j].first != internal::Column::kTask &&
          columns_[j].first != internal::Column::kContent && !internal::TrimSpaces(row.cells[j]).empty())
        return false;
    return true;
  }

  // A continuation row that is a 分项 of its own (a cell of it opens with （2）, (3)), not a wrapped cell's
  // lines.
  static bool OwnSubItem(const Block& row) {
    return std::any_of(row.cells.begin(), row.cells.end(), [](const std::string& c) {
      for (std::string_view open : {"（", "("})
        if (std::string_view(c).starts_with(open) && c.size() > open.size() && c[open.size()] >= '0' &&
            c[open.size()] <= '9')
          return true;
      return false;
    });
  }

  // A column of the leaders who assist (协管领导, 协助领导, 配合领导) beside the leading one's: its empty
  // cell is none, not the row above's (a task has a 协管领导 or not, and most have none).
  bool SecondLeaderColumn(size_t k) const {
    if (k >= columns_.size() || columns_[k].first != internal::Column::kLeader) return false;
    const std::string& header = columns_[k].second;
    return internal::ContainsText(header, "协管") || internal::ContainsText(header, "协助") ||
           internal::ContainsText(header, "配合") || internal::ContainsText(header, "协同");
  }

  // A column numbered among others of its meaning (责任领导1 | 责任领导2, 主办单位1 | 主办单位2): a system's
  // export, a cell for each value, where an empty cell holds none, not the value above it.
  bool NumberedColumn(size_t k) const {
    if (k >= columns_.size()) return false;
    const auto numbered = [](std::string_view header) {
      header = internal::TrimSpaces(header);
      if (header.empty()) return false;
      size_t end = header.size();
      const char32_t last = internal::PreviousCodePoint(header, end);
      return (last >= U'0' && last <= U'9') || (last >= U'０' && last <= U'９') ||
             std::u32string_view(U"一二三四五").find(last) != std::u32string_view::npos;
    };
    if (!numbered(columns_[k].second)) return false;
    for (size_t j = 0; j < columns_.size(); ++j)
      if (j != k && columns_[j].first == columns_[k].first && numbered(columns_[j].second)) return true;
    return false;
  }

  // Whether the text says an empty leaders' cell gives the task its section's leaders (“责任院领导”栏空白的，
  // 由本部分分管院领导负责), not the leaders of the row above: read once, on the first empty one.
  bool BlankLeaderIsSections() {
    if (blank_leader_read_ < 0) {
      blank_leader_read_ = 0;
      for (const Block& b : rbs_.blocks) {
        const std::string_view t = b.text;
        const size_t at = internal::FindText(t, "空白");
        if (at == std::string_view::npos) continue;
        const size_t from = at > 3 * 12 ? at - 3 * 12 : 0;
        if (internal::ContainsText(t.substr(from, at - from), "领导") &&
            internal::ContainsText(t.substr(at, 3 * 12), "由") &&
            (internal::ContainsText(t.substr(at, 3 * 24), "部分") ||
             internal::ContainsText(t.substr(at, 3 * 24), "板块"))) {
          blank_leader_read_ = 1;
          break;
        }
      }
    }
    return blank_leader_read_ == 1;
  }

  // A row's 备注 that says who leads among the units of its columns (由省林业科学研究院牵头, A、B共同牵头),
  // where the notice's rule would have said otherwise: 由X牵头 leads alone (the part goes first, before the
  // columns the rule reads), X共同牵头 leads beside the rule's lead. A remark naming any unit the row does
  // not hold (积极争取省财政厅支持) says nothing of the lead.
  static void LeadInRemark(std::string_view remark, std::vector<ClausePart>& parts) {
    remark = internal::TrimSpaces(remark);
    for (std::string_view end : {"。", "；", ";"})
      if (remark.ends_with(end)) remark.remove_suffix(end.size());
    bool jointly = false;
    std::string_view units;
    for (std::string_view verb : {"共同牵头", "联合牵头", "牵头负责", "牵头"})
      if (remark.ends_with(verb)) {
        jointly = verb != "牵头负责" && verb != "牵头";
        units = remark.substr(0, remark.size() - verb.size());
        break;
      }
    if (units.starts_with("由")) units.remove_prefix(std::string_view("由").size());
    // 与纳税服务科共同牵头: a unit named to lead beside the row's lead, whether the row lists it or not.
    const bool beside = jointly && units.starts_with("与");
    if (beside) units.remove_prefix(std::string_view("与").size());
    if (units.empty()) return;
    std::vector<std::string> named = SplitList(units);
    if (named.empty()) return;
    for (const std::string& u : named)
      if (!(beside && internal::LooksLikeUnit(u) && !u.starts_with("相关") && !u.starts_with("有关") &&
            !u.starts_with("上级") && !u.starts_with("其他") && !u.starts_with("其它") &&
            !u.starts_with("各")) &&
          std::none_of(parts.begin(), parts.end(), [&](const ClausePart& p) {
            return p.role != ClauseRole::kLeader &&
                   std::find(p.units.begin(), p.units.end(), u) != p.units.end();
          }))
        return;
    ClausePart lead{"备注", std::string(remark), std::move(named), ClauseRole::kLead};
    if (jointly) {
      parts.push_back(std::move(lead));
      return;
    }
    // (A lead column's units help, as the rule's first would.)
    for (ClausePart& p : parts)
      if (p.role == ClauseRole::kLead) p.role = ClauseRole::kCooperating;
    parts.insert(parts.begin(), std::move(lead));
  }

  // A bracket of leaders alone (（责任市领导：X）): its content; empty for any other line.
  static std::string_view LeadersBracket(std::string_view line) {
    re2::StringPiece body;
    if (!internal::FullMatch(internal::Pat::kClause, line, &body)) return {};
    const std::string_view inside(body.data(), body.size());
    const std::optional<ClauseMatch> clause = internal::ParseClauseContent(inside);
    return clause && !clause->parts.empty() &&
                   std::all_of(clause->parts.begin(), clause->parts.end(),
                               [](const ClausePart& p) { return p.role == ClauseRole::kLeader; })
               ? inside
               : std::string_view();
  }

  // A cell of units a line, each followed (or preceded) by a box for each role, the role's box ticked
  // (市住建局 ☑牵头 ☐配合 · ☐牵头 ☑配合市财政局; ☑ ☒ √ ■ ✓ ticked, ☐ □ not): each unit with its ticked role
  // in brackets (市住建局（牵头）), as a unit marked so is read; nothing when the cell holds no such box.
  static std::optional<std::string> BoxedRoles(std::string_view cell) {
    if (!internal::ContainsText(cell, "☑") && !internal::ContainsText(cell, "☒") &&
        !internal::ContainsText(cell, "√") && !internal::ContainsText(cell, "☐") &&
        !internal::ContainsText(cell, "□"))
      return std::nullopt;
    static constexpr std::u32string_view kTicked = U"☑☒√■✓✔", kEmpty = U"☐□";
    static constexpr std::string_view kRoles[] = {"牵头", "配合", "参与", "协办", "主办"};
    std::string out;
    bool any = false;
    for (size_t begin = 0; begin <= cell.size();) {
      size_t end = cell.find('\n', begin);
      if (end == std::string_view::npos) end = cell.size();
      const std::string_view line = cell.substr(begin, end - begin);
      std::string name, role;
      bool boxes = false;
      for (size_t i = 0; i < line.size();) {
        const size_t at = i;
        const char32_t cp = internal::NextCodePoint(line, i);
        const bool ticked = kTicked.find(cp) != std::u32string_view::npos;
        if (ticked || kEmpty.find(cp) != std::u32string_view::npos) {
          size_t j = i;
          while (j < line.size() && (line[j] == ' ' || line.substr(j).starts_with("\u3000")))
            j += line[j] == ' ' ? 1 : 3;
          const auto word = std::find_if(std::begin(kRoles), std::end(kRoles),
                                         [&](std::string_view r) { return line.substr(j).starts_with(r); });
          if (word != std::end(kRoles)) {
            boxes = true;
            if (ticked && role.empty()) role = std::string(*word);
            i = j + word->size();
            continue;
          }
        }
        name.append(line.substr(at, i - at));
      }
      const std::string_view unit = internal::TrimSpaces(name);
      if (!out.empty()) out += '\n';
      if (boxes) {
        any = true;
        out += unit;
        if (!role.empty() && !unit.empty()) out += "（" + role + "）";
      } else {
        out += line;
      }
      begin = end + 1;
    }
    if (!any) return std::nullopt;
    return out;
  }

  // A row's 备注 that adds units to help (县政协各专门委员会配合 · A、B按职责分工配合；视察报告…): a sentence
  // of it ending so, each of its names a unit's, those not in the row already.
  static void HelpersInRemark(std::string_view remark, std::vector<ClausePart>& parts) {
    if (!internal::ContainsText(remark, "配合")) return;
    std::vector<std::string> added;
    for (std::string sentence : SplitSentences(remark)) {
      std::string_view units = internal::TrimSpaces(sentence);
      if (!units.ends_with("配合")) continue;
      units.remove_suffix(std::string_view("配合").size());
      for (std::string_view manner : {"按职责分工", "按职责", "积极", "负责"})
        if (units.ends_with(manner)) units.remove_suffix(manner.size());
      if (units.starts_with("由")) units.remove_prefix(std::string_view("由").size());
      const std::vector<std::string> named = SplitList(units);
      if (named.empty() || !std::all_of(named.begin(), named.end(), [](const std::string& u) {
            return internal::LooksLikeUnit(u) || u.starts_with("各");
          }))
        continue;
      for (const std::string& u : named)
        if (std::none_of(parts.begin(), parts.end(), [&](const ClausePart& p) {
              return p.role != ClauseRole::kLeader &&
                     std::find(p.units.begin(), p.units.end(), u) != p.units.end();
            }))
          added.push_back(u);
    }
    if (!added.empty())
      parts.push_back({"备注", std::string(remark), std::move(added), ClauseRole::kCooperating});
  }

  // The sentences of a text, parted by 。 and ； outside brackets.
  static std::vector<std::string> SplitSentences(std::string_view text) {
    std::vector<std::string> out;
    size_t start = 0;
    int depth = 0;
    for (size_t i = 0; i < text.size();) {
      const size_t at = i;
      const char32_t cp = internal::NextCodePoint(text, i);
      if (cp == U'（' || cp == U'(') {
        ++depth;
      } else if ((cp == U'）' || cp == U')') && depth > 0) {
        --depth;
      } else if (depth == 0 && (cp == U'。' || cp == U'；' || cp == U';')) {
        out.emplace_back(text.substr(start, at - start));
        start = i;
      }
    }
    out.emplace_back(text.substr(start));
    return out;
  }

  // A row's 备注 that names leaders after a leader's label (协助局领导：邵明川 · 责任领导：X): a part of
  // theirs, under that label (one that helps, 协助, beside the group's leader; another in place of it).
  static void LeadersInRemark(std::string_view remark, std::vector<ClausePart>& parts) {
    remark = internal::TrimSpaces(remark);
    const std::string_view names = internal::AfterLeaderLabel(remark);
    if (names.empty() || internal::TitledLeaders(names, /*bare_names=*/true).empty()) return;
    // Persons, each titled or a name as a person's is (not 待定, 另行明确, 市派驻组).
    if (internal::TitledLeaders(names, /*bare_names=*/false).empty()) {
      const std::vector<std::string> listed = SplitList(names);
      if (!std::all_of(listed.begin(), listed.end(),
                       [](const std::string& n) { return internal::LooksLikePersonName(n); }))
        return;
    }
    std::string_view label =
        internal::TrimSpaces(remark.substr(0, static_cast<size_t>(names.data() - remark.data())));
    for (std::string_view colon : {"：", ":"})
      if (label.ends_with(colon)) label.remove_suffix(colon.size());
    ClauseMatch leaders;
    internal::AddClausePart(std::string(label), ClauseRole::kLeader, names, leaders);
    for (ClausePart& p : leaders.parts) parts.push_back(std::move(p));
  }

  // A column named for an area under a group of targets: a unit's name (东城县, 高新区), not a time's or a
  // sum's (一季度, 2025年, 合计, 小计, 其他, 市本级).
  static bool AreaColumn(std::string_view name) {
    name = internal::TrimSpaces(name);
    // (Nor a measure's column, 单位, 计量单位, beside the target's value.)
    if (name.empty() || (name[0] >= '0' && name[0] <= '9') || name == "单位" || name.ends_with("计量单位"))
      return false;
    for (std::string_view word : {"合计", "小计", "总计", "共计", "其他", "其它", "本级", "全市", "全县",
                                  "全区", "季度", "年度", "上半年", "下半年", "月"})
      if (internal::ContainsText(name, word)) return false;
    for (std::string_view place : {"县", "区", "市", "镇", "乡", "街道", "旗", "州", "盟", "管委会"})
      if (name.ends_with(place) && internal::CountCodePoints(name) >= 2) return true;
    return internal::LooksLikeUnit(std::string(name));
  }

  // The units a cell of the areas' columns names when it stands for all of them, merged across (各分局按属地
  // 抓好落实: the first of them filled, the others empty): those its words give a part, else none.
  std::vector<std::string> UnitsAcrossTargets(const std::vector<std::string>& cells, size_t k,
                                              std::string_view value) const {
    std::vector<std::string> named;
    if (k > 0 && target_columns_[k - 1]) return named;
    size_t end = k + 1;
    for (; end < cells.size() && end < target_columns_.size() && target_columns_[end]; ++end)
      if (!cells[end].empty()) return named;
    if (end == k + 1) return named;  // (a group of one column)
    if (const std::optional<ClauseMatch> said = internal::ParseClauseContent(value))
      for (const ClausePart& p : said->parts)
        if (p.role != ClauseRole::kLeader)
          for (const std::string& unit : p.units)
            if (internal::LooksLikeUnit(unit)) named.push_back(unit);
    // (各分局按属地抓好落实, 各分局做好…服务: the names before the first word of their part.)
    if (named.empty())
      for (std::string_view verb : {"负责", "按", "做好", "抓好", "配合", "协助", "落实", "组织", "开展"})
        if (const size_t at = internal::FindText(value, verb); at != std::string_view::npos && at > 0) {
          std::vector<std::string> names = SplitList(value.substr(0, at));
          if (!names.empty() &&
              std::ranges::all_of(names, [](const std::string& n) { return internal::LooksLikeUnit(n); }))
            named = std::move(names);
          break;
        }
    return named;
  }

  // Whether an area's cell gives it a share: not empty, no mark of none (—, /, 无), not 0, 不涉及, ×,
  // 暂不考核.
  static bool HasShare(std::string_view value) {
    value = internal::TrimSpaces(value);
    if (value.empty() || internal::FullMatch(internal::Pat::kNoUnit, value)) return false;
    for (std::string_view none :
         {"0", "0.0", "0.00", "0%", "×", "✕", "不涉及", "暂不考核", "不考核", "不适用"})
      if (value == none) return false;
    return true;
  }

  // Whether the table has a units' column of its own (牵头单位, 责任单位), beside a matrix's.
  bool UnitsColumnBeside() const {
    for (size_t k = 0; k < columns_.size(); ++k)
      if ((k >= matrix_columns_.size() || !matrix_columns_[k]) &&
          (columns_[k].first == internal::Column::kLead ||
           columns_[k].first == internal::Column::kResponsible))
        return true;
    return false;
  }

  // A matrix whose one header row names a unit over each of its columns (序号 | 重点工作 | 医务部 | 质控办 |
  // 护理部 | …), two at least, its marks in the cells below: those columns are the matrix's.
  void UnitNameColumns() {
    std::vector<size_t> named;
    for (size_t k = 0; k < columns_.size(); ++k) {
      const std::string& header = columns_[k].second;
      if (columns_[k].first == internal::Column::kUnknown && internal::CountCodePoints(header) <= 12 &&
          !header.starts_with("其他") && !header.starts_with("其它") && internal::LooksLikeUnit(header))
        named.push_back(k);
    }
    if (named.size() < 2) return;
    for (size_t k : named) {
      columns_[k].first = internal::Column::kResponsible;
      matrix_columns_[k] = true;
    }
  }

  // A table of a row per unit (序号 | 重点任务 | 责任单位 | 职责分工): the duty column beside the units' says
  // each unit's part in the words it opens with (牵头：负责… · 配合 · 负责具体实施), not in units of its own.
  void MarkDutyColumns() {
    duty_columns_.assign(columns_.size(), false);
    const bool units = std::any_of(columns_.begin(), columns_.end(), [](const auto& col) {
      return (col.first == internal::Column::kResponsible || col.first == internal::Column::kLead ||
              col.first == internal::Column::kCooperating) &&
             (col.second.find("单位") != std::string::npos || col.second.find("部门") != std::string::npos);
    });
    // (And a column of the tasks' words beside it: 工作职责 may head the tasks' own column.)
    const bool task = std::any_of(columns_.begin(), columns_.end(),
                                  [](const auto& col) { return col.first == internal::Column::kTask; });
    if (!units || !task) return;
    for (size_t k = 0; k < columns_.size(); ++k) {
      if (columns_[k].first == internal::Column::kTask || columns_[k].first == internal::Column::kContent)
        continue;
      const std::string_view name = internal::TrimSpaces(columns_[k].second);
      for (std::string_view duty : {"职责分工", "工作职责", "具体职责", "职责任务", "具体分工", "职责"})
        if (name == duty) duty_columns_[k] = true;
    }
  }

  // The part a row's duty gives the units of its row: 牵头… leads, 配合…, 协助…, 参与… helps; a duty of no
  // such word (负责具体实施) leaves them responsible, as the notice's rule reads them.
  static void RoleInDuty(std::string_view duty, std::vector<ClausePart>& parts) {
    const ClauseRole role = internal::RoleOfDuty(duty);
    if (role == ClauseRole::kOther) return;
    // (A row of one unit, as such a table has: rows a copy joined into one, their duties run together,
    // say nothing of each unit.)
    size_t units = 0;
    for (const ClausePart& p : parts)
      if (p.role == ClauseRole::kResponsible) units += p.units.size();
    if (units != 1) return;
    for (ClausePart& p : parts)
      if (p.role == ClauseRole::kResponsible) p.role = role;
  }

  void AddTableCells(const ConstBlockRef& rb, int bi, bool new_task = false) {
    Task& t = doc_.tasks[static_cast<size_t>(current_task_)];
    sub_task_row_ = new_task && !rb.Field("sub_task").empty();
    if (t.blocks.back() != bi) t.blocks.push_back(bi);
    // A later row of a task under its lead's cell merged down over it (责任乡镇 | 分解任务量 rows under a
    // target): its units are no rule's leads of their own (Finish).
    if (!new_task)
      for (size_t k = 0; k < columns_.size() && k < rb.block.merged_above.size(); ++k)
        if (columns_[k].first == internal::Column::kLead && rb.block.merged_above[k])
          under_merged_lead_.insert(bi);
    Clause c;
    // An item of a unit's row: the values it takes (a row's text an item made that text's size squared).
    if (row_item_ < 0) c.text = rb.block.text;
    c.span = rb.block.span;
    c.block = bi;
    // A form's row (任务交办单) holds label and value side by side: each value's column is its label's.
    const bool form = !rb.Field("form").empty();
    const std::vector<std::string>& cells = rb.block.cells;
    std::string remark;  // the row's 备注
    std::string duty;    // the row's 职责分工, where it stands beside a column of units
    // (A task card's first cell is its number, merged down its left side: the labels start after it.)
    const size_t first = rb.Field("form") == "card" ? 2 : form ? 1 : 0;
    // 承办单位 | 承办类型 ⏎ 市财政局 | 配合单位: a column that says the part the row's unit has (a system's
    // export of a row per task and unit).
    ClauseRole row_role = ClauseRole::kOther;
    // The old assignment's values in this row (a merged cell's first row's below it), for 不变.
    for (const auto& [role, k] : superseded_)
      if (k < cells.size() &&
          (!cells[k].empty() || k >= rb.block.merged_above.size() || !rb.block.merged_above[k]))
        superseded_values_[k] = cells[k];
    for (size_t k = 0; !form && k < cells.size() && k < columns_.size(); ++k)
      if (columns_[k].first == internal::Column::kUnknown &&
          (internal::ContainsText(columns_[k].second, "类型") ||
           internal::ContainsText(columns_[k].second, "角色")))
        for (std::string_view word :
             {"牵头单位", "配合单位", "责任单位", "主办单位", "协办单位", "牵头", "配合", "主办", "协办"})
          if (internal::TrimSpaces(cells[k]) == word) row_role = RoleOfClauseLabel(word);
    std::vector<bool> spanned(cells.size(), false);
    std::string row_label;  // 工作任务 | 年度目标 | 具体举措 in the 项目 column, its content beside it
    if (!form && row_item_ < 0)
      if (std::optional<ClauseMatch> whole = ClauseOverUnitsCells(rb.block, spanned)) {
        for (ClausePart& p : whole->parts) c.parts.push_back(std::move(p));
        c.lead_rule = c.lead_rule || whole->first_is_lead;
      }
    for (size_t k = first; k < cells.size() && (form || k < columns_.size()); k += form ? 2 : 1) {
      if (spanned[k]) {
        carried_.erase(k);  // read whole above; nothing of the rows above is this row's
        continue;
      }
      // A value spanning cells repeats in them (任务名称 | X | X | X), and a merged pair is printed again
      // (任务名称 | X | 任务名称 | X): the repeats are read once.
      if (form && (cells[k - 1].empty() || (k >= 2 && cells[k - 1] == cells[k - 2]) ||
                   (k >= 3 && cells[k - 1] == cells[k - 3] && cells[k] == cells[k - 2])))
        continue;
      // (A task's second row under a header cell split in two: the lower half's. Merged with the first
      // row's, it names nothing more.)
      const bool lower = !form && !new_task && k < split_below_.size() &&
                         split_below_[k].first != internal::Column::kUnknown;
      if (lower && k < rb.block.merged_above.size() && rb.block.merged_above[k]) continue;
      const internal::Column column = form    ? internal::ColumnOf(cells[k - 1])
                                      : lower ? split_below_[k].first
                                              : columns_[k].first;
      const std::string& header = form ? cells[k - 1] : lower ? split_below_[k].second : columns_[k].second;
      // The cell's text, and its bold pieces where bold says which units lead: a value taken from
      // a merge above or carried down brings the pieces it was printed with.
      CellValue cell_value = CellValueAt(rb.block, k);
      if (!form)
        TakeMergedOrCarried(rb.block, k, column, new_task,
                            cell_value);  // a form's record prints all it holds
      // 责任分工 over two columns, a label in the first and its value in the second (牵头单位 | 区发改局 ⏎
      // 配合单位 | 区财政局、区统计局): a labelled part of the task's, the row's.
      if (!form && k + 1 < cells.size() && k + 1 < columns_.size() && columns_[k + 1].second.empty() &&
          !cell_value.text.empty() && !cells[k + 1].empty() &&
          internal::FullMatch(internal::Pat::kClauseLabel, cell_value.text + "："))
        if (auto inner = internal::ParseClauseContent(cell_value.text + "：" + cells[k + 1])) {
          for (ClausePart& p : inner->parts) c.parts.push_back(std::move(p));
          c.lead_rule = c.lead_rule || inner->first_is_lead;
          ++k;  // the value's cell, read
          continue;
        }
      if (!form && k < duty_columns_.size() && duty_columns_[k]) {
        // The row's duty, kept as printed; one merged over several units' rows is each row's.
        if (!cells[k].empty()) t.extra.emplace_back(header, cells[k]);
        std::string_view printed = cell_value.text;
        if (printed.empty() && k < rb.block.merged_above.size() && rb.block.merged_above[k])
          if (auto it = merge_first_.find(k); it != merge_first_.end()) printed = it->second.text;
        duty = printed;
        continue;
      }
      if (row_item_ >= 0) {
        // A unit's row read for one of its items: the items' cell is the tasks' text already; a cell
        // numbering its lines as the items are (完成时限 1.全年⏎2.9月底前) gives the item its line.
        if (column == internal::Column::kTask) continue;
        // (The row's own cell's lines were read once; a value carried from a row above is read here.)
        const std::vector<internal::CellItem> carried_lines =
            cells[k].empty() ? internal::NumberedCellItems(cell_value.text)
                             : std::vector<internal::CellItem>{};
        if (const std::vector<internal::CellItem>& lines =
                cells[k].empty() ? carried_lines : row_cell_items_[k];
            lines.size() == row_items_) {
          const internal::CellItem& line = lines[static_cast<size_t>(row_item_)];
          cell_value.text = cell_value.text.substr(line.begin + line.marker_length,
                                                   line.end - line.begin - line.marker_length);
        } else if (k < row_cell_keyed_.size() && !row_cell_keyed_[k].empty()) {
          // An agenda row's cell keyed by the items' numbers: the line that names this one, or nothing.
          std::string value;
          for (const internal::KeyedLine& line : row_cell_keyed_[k])
            if (std::find(line.numbers.begin(), line.numbers.end(), row_item_ + 1) != line.numbers.end())
              value = cell_value.text.substr(line.begin, line.end - line.begin);
          cell_value.text = std::move(value);
        }
      }
      // 不变 under 调整后: the same row's value under 调整前 for that role (a merge's first row's where
      // merged).
      if (!superseded_.empty() && internal::TrimSpaces(cell_value.text) == "不变")
        if (const auto it = superseded_.find(column); it != superseded_.end())
          if (const auto old = superseded_values_.find(it->second); old != superseded_values_.end())
            cell_value.text = old->second;
      // A unit a line, each with its role's boxes (市住建局　☑牵头　☐配合): the ticked one's role in
      // brackets.
      if (column == internal::Column::kResponsible || column == internal::Column::kLead ||
          column == internal::Column::kCooperating)
        if (std::optional<std::string> boxed = BoxedRoles(cell_value.text))
          cell_value.text = std::move(*boxed);
      // 市商务局、市发改委 ⏎ 省牵头单位：省商务厅: a line beside the units that names, under a label of no
      // part in the work, the bodies they deal with (列明供对接参考): kept as printed (one field a label, its
      // lines joined), no unit.
      if ((column == internal::Column::kResponsible || column == internal::Column::kLead ||
           column == internal::Column::kCooperating) &&
          cell_value.text.find('\n') != std::string::npos) {
        std::string kept;
        for (size_t from = 0; from <= cell_value.text.size();) {
          const size_t nl = std::min(cell_value.text.find('\n', from), cell_value.text.size());
          const std::string_view line =
              internal::TrimSpaces(std::string_view(cell_value.text).substr(from, nl - from));
          from = nl + 1;
          const size_t colon = std::min(line.find("："), line.find(':'));
          if (colon != std::string_view::npos && internal::FullMatch(internal::Pat::kClauseLine, line) &&
              RoleOfClauseLabel(line.substr(0, colon)) == ClauseRole::kOther) {
            const std::string label(line.substr(0, colon));
            const auto same = std::find_if(t.extra.begin(), t.extra.end(),
                                           [&](const auto& field) { return field.first == label; });
            if (same == t.extra.end())
              t.extra.emplace_back(label, std::string(line));
            else
              same->second.append("\n").append(line);
            continue;
          }
          kept.append(kept.empty() ? "" : "\n").append(line);
        }
        cell_value.text = std::move(kept);
      }
      const std::string& value = cell_value.text;
      if (value.empty()) continue;
      // 全县 | 40个, 合计 | 150个 in a column of units (责任乡镇（街道） | 分解任务量): the row of a target's
      // total, no unit's; the row keeps it as printed.
      if ((column == internal::Column::kResponsible || column == internal::Column::kCooperating) &&
          TotalsLabel(value))
        continue;
      if (row_item_ >= 0) c.text.append(c.text.empty() ? "| " : " | ").append(value);
      // A leader's own column (责任县领导 over a column per leader): a mark (★ leads, ☆ assists, √) makes
      // that leader one of the task's.
      if (!form && k < tick_leaders_.size() && !tick_leaders_[k].empty() && IsMark(value)) {
        ClauseMatch cell;
        internal::AddClausePart(header, ClauseRole::kLeader, tick_leaders_[k], cell);
        for (ClausePart& p : cell.parts) c.parts.push_back(std::move(p));
        continue;
      }
      // A responsibility matrix (任务分工矩阵表): a column per unit, its name the header's (the names'
      // row), and a mark in the cells of the tasks it has a part in (● leads, ○ helps, or as a 注 says),
      // or a word of its part (牵头, 配合); anything else in such a cell is kept as printed.
      if (!form && k < matrix_columns_.size() && matrix_columns_[k]) {
        ClauseRole role = MarkRole(value);
        if (role == ClauseRole::kOther && internal::CountCodePoints(value) <= 4)
          role = RoleOfClauseLabel(value);
        // An area's share of the target (6.5, ≥72, 完成市下达任务; — for none): a part in the task, the share
        // kept beside it.
        // (0, 不涉及, ×, 暂不考核: no share. Beside the units' own columns, the areas help them.)
        if (role == ClauseRole::kOther && k < target_columns_.size() && target_columns_[k] &&
            HasShare(value)) {
          t.extra.emplace_back(header, value);
          role = UnitsColumnBeside() ? ClauseRole::kCooperating : ClauseRole::kResponsible;
          // 各分局负责辖区投诉办理 in one cell merged across the areas' columns (a reader leaves the others
          // empty): the units it names take the part, not the first column's.
          if (const std::vector<std::string> named = UnitsAcrossTargets(cells, k, value); !named.empty()) {
            ClauseMatch across;
            for (const std::string& unit : named) internal::AddClausePart(header, role, unit, across);
            for (ClausePart& p : across.parts) c.parts.push_back(std::move(p));
            continue;
          }
        }
        if (role == ClauseRole::kLead || role == ClauseRole::kCooperating ||
            role == ClauseRole::kResponsible) {
          ClauseMatch cell;
          if (role == ClauseRole::kLead && k < matrix_leaders_.size() && !matrix_leaders_[k].empty())
            internal::AddClausePart(header, ClauseRole::kLeader, matrix_leaders_[k], cell);
          internal::AddClausePart(value, role, header, cell);
          for (ClausePart& p : cell.parts) c.parts.push_back(std::move(p));
        } else {
          t.extra.emplace_back(header, value);
        }
        continue;
      }
      switch (column) {
        case internal::Column::kNumber:
        case internal::Column::kItems:
          break;
        case internal::Column::kTask:
        case internal::Column::kContent: {
          if (listed_again_) break;                 // the task's name again: its text is the text's
          if (!new_task && value == t.text) break;  // printed again in a row going on with it
          // 项目 | 主要内容: each row of a task a label and its content (工作任务 | 实施… ⏎ 年度目标 |
          // 规模以上… ⏎ 具体举措 | （1）…): the task's words open with the first row's content, the others'
          // follow under their labels (工作任务, the task's own, said by the words themselves).
          if (column == internal::Column::kTask && !form && header == "项目" &&
              (!new_task || value == "工作任务" || value == "重点任务" || value == "主要任务" ||
               value == "任务内容") &&
              RowLabel(value)) {
            row_label = value;
            break;
          }
          if (column == internal::Column::kContent && !row_label.empty()) {
            const bool own = t.text.empty() && (row_label.ends_with("任务") || row_label == "任务内容");
            if (!t.text.empty()) t.text += "\n";
            if (!own) t.text.append(row_label).append("：");
            t.text += value;
            break;
          }
          std::string_view words = value;
          // A project's part (5 | 义务教育学校建设工程 | （1）新建…): the project's name, merged down over
          // its parts, is no part's words but the project's, kept beside them; the part's （k） is its
          // marker.
          if (const std::string_view part = rb.Field("part"); !part.empty()) {
            const size_t part_column = static_cast<size_t>(internal::LeadingNumber(part));
            if (k < part_column) {
              if (!value.empty()) t.extra.emplace_back(header, value);
              break;
            }
            if (k == part_column) words = words.substr(std::min(words.size(), internal::ReadMarker(words).length));
          }
          // A measure's own number (1.整改措施…, item_of): the task's marker, not its words.
          if (column == internal::Column::kTask &&
              (!rb.Field("item_of").empty() || !rb.Field("measure").empty() ||
               !rb.Field("marker_in_cell").empty()))
            words = words.substr(std::min(words.size(), internal::ReadMarker(words).length));
          // 工作任务及责任分工: the labelled lines under the task's words (牵头单位：A；配合单位：B ⏎
          // 责任区领导：X) are its clause, found from the last line up while they are such lines, read in
          // their order.
          std::vector<std::string_view> clause_lines;
          for (size_t nl;
               column == internal::Column::kTask && (nl = words.rfind('\n')) != std::string_view::npos;) {
            const std::string_view line = internal::TrimSpaces(words.substr(nl + 1));
            // (Or a bracket of leaders alone on the cell's last line, （责任市领导：X）, beside the units'
            // columns: the task's own leader, in place of its section's; its content is read.)
            if (internal::FullMatch(internal::Pat::kClauseLine, line))
              clause_lines.push_back(line);
            else if (const std::string_view leaders = LeadersBracket(line); !leaders.empty())
              clause_lines.push_back(leaders);
            else
              break;
            words = words.substr(0, nl);
          }
          for (auto line = clause_lines.rbegin(); line != clause_lines.rend(); ++line)
            if (auto inner = internal::ParseClauseContent(*line))
              for (ClausePart& p : inner->parts) c.parts.push_back(std::move(p));
          // Or a bracket closing the task's words (…。（牵头单位：A；配合单位：B）), in a table that has no
          // column of units: the cell's clause as a paragraph's is (a column of units beside it would say it
          // twice).
          if (clause_lines.empty() && column == internal::Column::kTask &&
              std::none_of(columns_.begin(), columns_.end(), [](const auto& col) {
                return col.first == internal::Column::kLead || col.first == internal::Column::kResponsible ||
                       col.first == internal::Column::kCooperating;
              }))
            for (ClauseMatch& m : internal::FindClauses(words))
              for (ClausePart& p : m.parts) c.parts.push_back(std::move(p));
          if (!t.text.empty()) t.text += "\n";
          t.text += words;
          break;
        }
        case internal::Column::kLeader:
        case internal::Column::kLead:
        case internal::Column::kResponsible:
        case internal::Column::kCooperating:
        case internal::Column::kDeadline: {
          // 县发改局 ⏎ 配合：县财政局、县工信局: the units the column names, then on a line of their own
          // those who help under the helpers' label: the first lead, the labelled ones help.
          if (column == internal::Column::kResponsible || column == internal::Column::kLead)
            if (const size_t at = HelpersLineAt(value); at != std::string::npos)
              if (auto helpers = internal::ParseClauseContent(std::string_view(value).substr(at))) {
                ClauseMatch cell;
                std::string_view leads = std::string_view(value).substr(0, at);
                while (!leads.empty() && (leads.back() == '\n' || leads.back() == '\r'))
                  leads.remove_suffix(1);
                internal::AddClausePart(header, ClauseRole::kLead, internal::TrimSpaces(leads), cell);
                for (ClausePart& p : cell.parts) c.parts.push_back(std::move(p));
                for (ClausePart& p : helpers->parts) c.parts.push_back(std::move(p));
                break;
              }
          // A cell may hold a labelled clause of its own: 牵头：A；配合：B, or a table of labels and values.
          if (column != internal::Column::kDeadline && column != internal::Column::kLeader)
            if (const std::string nested = internal::NestedRowsAsLabels(value);
                auto inner = internal::ParseClauseContent(nested.empty() ? value : nested))
              if (!inner->parts.empty() &&
                  internal::PartialMatch(internal::Pat::kClauseLabel, nested.empty() ? value : nested)) {
                for (ClausePart& p : inner->parts) c.parts.push_back(std::move(p));
                break;
              }
          // 进展情况：…, 备注：…: a note under a label that names no part, spread over the units' columns (a
          // 台账's progress row under its task), kept as printed; the units it mentions are not the task's.
          if (column != internal::Column::kDeadline && column != internal::Column::kLeader)
            if (const std::string_view label = NoteLabel(value); !label.empty()) {
              t.extra.emplace_back(std::string(label), value);
              break;
            }
          // Otherwise the cell is read like a labelled part, its role the column's (or the task number's
          // column's, in a table of units keyed by them: 牵头任务 | 配合任务).
          if (column == internal::Column::kLeader && items_role_ == ClauseRole::kCooperating) break;
          // (A leader the text names for the task itself stands for the one a table keyed by number gives:
          // 附件1中另行注明责任委领导的，以注明的为准.)
          if (column == internal::Column::kLeader && listed_again_ && items_role_ != ClauseRole::kOther &&
              std::any_of(t.clauses.begin(), t.clauses.end(), [&](const Clause& own) {
                return own.block >= 0 &&
                       rbs_.blocks[static_cast<size_t>(own.block)].kind != BlockKind::kTableRow &&
                       std::any_of(own.parts.begin(), own.parts.end(),
                                   [](const ClausePart& p) { return p.role == ClauseRole::kLeader; });
              }))
            break;
          // 责任县领导（牵头单位） ⏎ 王　勇（县发展和改革局）: the units each leader's bracket names are the
          // task's, in the role the header's bracket gives them (a title in brackets stays the name's).
          if (column == internal::Column::kLeader)
            if (const ClauseRole role = UnitsInLeaderBrackets(header); role != ClauseRole::kOther)
              if (auto [leaders, units] = LeadersAndBracketUnits(value); !units.empty()) {
                ClauseMatch cell;
                internal::AddClausePart(header, ClauseRole::kLeader, leaders, cell);
                internal::AddClausePart(header, role, units, cell);
                for (ClausePart& p : cell.parts) c.parts.push_back(std::move(p));
                break;
              }
          ClauseMatch cell;
          internal::AddClausePart(header,
                                  items_role_ != ClauseRole::kOther && column != internal::Column::kLeader &&
                                          column != internal::Column::kDeadline
                                      ? items_role_
                                  : column == internal::Column::kResponsible && row_role != ClauseRole::kOther
                                      ? row_role
                                  : column == internal::Column::kResponsible && LeadsForNoneColumn(cells, k)
                                      ? ClauseRole::kLead
                                      : RoleOfColumn(column),
                                  value, cell);
          if (bold_lead_rule_ && column == internal::Column::kResponsible)
            LeadsInBold(cell.parts, cell_value.bold);
          for (ClausePart& p : cell.parts) c.parts.push_back(std::move(p));
          c.lead_rule = c.lead_rule || cell.first_is_lead;
          if (cell.rule_carries) lead_rule_carries_ = true;
          break;
        }
        case internal::Column::kUnknown:
          t.extra.emplace_back(header, value);
          if (header.find("备注") != std::string::npos) remark = value;
          break;
      }
    }
    LeadInRemark(remark, c.parts);
    HelpersInRemark(remark, c.parts);
    LeadersInRemark(remark, c.parts);
    RoleInDuty(duty, c.parts);
    if (row_item_ >= 0 && !c.text.empty()) c.text += " |";
    if (!c.parts.empty()) {
      c.lead_rule = c.lead_rule || lead_rule_carries_;
      t.clauses.push_back(std::move(c));
    }
  }

  // The signs the text says mark a lead unit after its name (带“*”的为牵头单位: "*", and its full-width
  // twin).
  std::vector<std::string> LeadSigns() const {
    static constexpr std::string_view kWideSigns[] = {"＊", "★", "☆", "※", "△", "▲", "＃", "“牵”"};
    std::vector<std::string> signs;
    for (const Block& b : rbs_.blocks) {
      // 为牵头 (or 是牵头) and a sign in the paragraph, before the pattern: few paragraphs state a rule.
      const std::string_view t = b.text;
      if (!internal::ContainsText(t, "为牵头") && !internal::ContainsText(t, "是牵头")) continue;
      if (t.find('*') == std::string_view::npos && t.find('#') == std::string_view::npos &&
          std::none_of(std::begin(kWideSigns), std::end(kWideSigns),
                       [&](std::string_view sign) { return internal::ContainsText(t, sign); }))
        continue;
      re2::StringPiece input(b.text), sign;  // every rule of the paragraph (带“*”的…；标注“牵”字的…)
      // A sign with a twin of the other width stands for both (the rule's * and a cell's ＊).
      static constexpr std::pair<std::string_view, std::string_view> kTwins[] = {{"*", "＊"}, {"#", "＃"}};
      while (RE2::FindAndConsume(&input, internal::Pattern(internal::Pat::kSignLeadRule), &sign)) {
        std::vector<std::string> these{std::string(sign.data(), sign.size())};
        for (const auto& [narrow, wide] : kTwins)
          if (these[0] == narrow || these[0] == wide) these = {std::string(narrow), std::string(wide)};
        internal::AppendUnique(signs, these);
      }
    }
    return signs;
  }

  // 市发展改革委* under 带“*”的为牵头单位 (or ★经发办, the sign before the name): the name without its sign,
  // and whether it had one.
  bool TakeLeadSign(std::string& unit) const {
    for (const std::string& sign : lead_signs_) {
      if (unit.size() <= sign.size()) continue;
      if (unit.ends_with(sign)) {
        unit.resize(unit.size() - sign.size());
        while (!unit.empty() && (unit.back() == ' ')) unit.pop_back();
        return true;
      }
      if (const size_t name = unit.find_first_not_of(' ', sign.size());
          unit.starts_with(sign) && name != std::string::npos) {
        unit.erase(0, name);
        return true;
      }
    }
    return false;
  }

  // Whether the document states that the units printed in bold lead (“责任单位”栏中加粗的为牵头单位),
  // anywhere in its text, a table's 注 row too: a cover before the tables states it as often as a
  // 工作要求 after them. Only a document with bold pieces (DOCX's w:b, an HTML table's <strong>) is read for
  // it.
  // So of red (以红色字体标注的为牵头单位): red_lead_ then, and the red pieces lead (the bold ones too where
  // bold is said as well: bold_lead_); and of underlining (加下划线的为牵头部门, underline_lead_). Of 黑体 by
  // name (用黑体字标注的单位为牵头单位): the units in bold lead, and those set in a 黑体 face
  // (heavy_face_lead_).
  bool DocumentSaysBoldLeads() {
    if (std::none_of(rbs_.blocks.begin(), rbs_.blocks.end(),
                     [](const Block& b) { return !b.emphasis.empty(); }))
      return false;
    red_lead_ = std::any_of(rbs_.blocks.begin(), rbs_.blocks.end(),
                            [](const Block& b) { return internal::StatesRedLeadRule(b.text); });
    bold_lead_ = std::any_of(rbs_.blocks.begin(), rbs_.blocks.end(),
                             [](const Block& b) { return internal::StatesBoldLeadRule(b.text); });
    underline_lead_ = std::any_of(rbs_.blocks.begin(), rbs_.blocks.end(),
                                  [](const Block& b) { return internal::StatesUnderlineLeadRule(b.text); });
    heavy_face_lead_ = bold_lead_ && std::any_of(rbs_.blocks.begin(), rbs_.blocks.end(), [](const Block& b) {
                         return internal::StatesHeavyFaceLeadRule(b.text);
                       });
    return red_lead_ || bold_lead_ || underline_lead_;
  }

  // The units set in bold in cell `cell` of a block (-1: a paragraph's text), each folded as
  // FoldForMatch folds them: a bold run is kept as printed, the cell's text is normalized.
  // Cell `k` of table row `row` as its value: its text, and its bold pieces where bold says which units lead.
  CellValue CellValueAt(const Block& row, size_t k) const {
    return CellValue{row.cells[k], bold_lead_rule_ ? BoldPieces(row.emphasis, static_cast<int>(k))
                                                   : std::vector<std::string>{}};
  }

  std::vector<std::string> BoldPieces(const std::vector<Emphasis>& emphasis, int cell) const {
    std::vector<std::string> bold;
    for (const Emphasis& e : emphasis)
      if (e.cell == cell && (e.red          ? red_lead_
                             : e.underline  ? underline_lead_
                             : e.heavy_face ? heavy_face_lead_
                                            : bold_lead_))
        for (const std::string& u : internal::SplitList(e.text)) bold.push_back(FoldForMatch(u));
    return bold;
  }

  // A target's total in a units' column (全县, 合计): no unit.
  static bool TotalsLabel(std::string_view value) {
    value = internal::TrimSpaces(value);
    for (std::string_view total :
         {"合计", "小计", "总计", "全县", "全市", "全区", "全省", "全镇", "全县合计", "全市合计"})
      if (value == total) return true;
    return false;
  }

  // A unit's name as the normalizer leaves it, for comparing: ASCII brackets full-width, no spaces.
  static std::string FoldForMatch(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    for (size_t i = 0; i < name.size();) {
      const size_t b = i;
      const char32_t cp = internal::NextCodePoint(name, i);
      if (cp == U'(')
        out += "（";
      else if (cp == U')')
        out += "）";
      else if (cp != U' ' && cp != U'\u3000' && cp != U'\t')
        out.append(name.substr(b, i - b));
    }
    return out;
  }

  // 责任单位 A、B、C with A in bold, where the document says bold leads: A leads, B and C cooperate.
  // `bold` holds the bold units (BoldPieces). A part with no unit in bold stays as it was (未作加粗标注的:
  // the units are responsible together).
  static void LeadsInBold(std::vector<ClausePart>& parts, const std::vector<std::string>& bold) {
    if (bold.empty()) return;
    std::vector<ClausePart> out;
    out.reserve(parts.size() + 1);
    for (ClausePart& p : parts) {
      ClausePart lead{p.label, p.value, {}, ClauseRole::kLead};
      ClausePart rest{p.label, p.value, {}, ClauseRole::kCooperating};
      if (p.role == ClauseRole::kResponsible) {
        std::vector<std::string> folded;
        folded.reserve(p.units.size());
        for (const std::string& u : p.units) folded.push_back(FoldForMatch(u));
        for (size_t k = 0; k < p.units.size(); ++k)
          (Marked(folded[k], bold, folded) ? lead : rest).units.push_back(p.units[k]);
      }
      if (lead.units.empty()) {
        out.push_back(std::move(p));
        continue;
      }
      out.push_back(std::move(lead));
      if (!rest.units.empty()) out.push_back(std::move(rest));
    }
    parts = std::move(out);
  }

  // Whether a unit's name, folded, is one of the marked pieces; or all of it but its last character is
  // (第四纪检监察 underlined and 室 not: a mark stopped one short, the name still seen as marked), when no
  // other of the part's units (`all`, folded) is that piece or it too (县政府 marked beside 县政府办,
  // 第一纪检监察 beside 第一纪检监察室 and 第一纪检监察组: which one the mark stopped short in is not told).
  static bool Marked(const std::string& unit, const std::vector<std::string>& pieces,
                     const std::vector<std::string>& all) {
    const auto one_short = [](const std::string& name, const std::string& piece) {
      if (piece.empty() || !name.starts_with(piece)) return false;
      const size_t length = internal::CountCodePoints(piece);
      return length >= 3 && internal::CountCodePoints(name) == length + 1;
    };
    return std::any_of(pieces.begin(), pieces.end(), [&](const std::string& piece) {
      if (piece == unit) return true;
      return one_short(unit, piece) && std::none_of(all.begin(), all.end(), [&](const std::string& other) {
               return other == piece || (other != unit && one_short(other, piece));
             });
    });
  }

  static ClauseRole RoleOfColumn(internal::Column column) {
    switch (column) {
      case internal::Column::kLeader: return ClauseRole::kLeader;
      case internal::Column::kLead: return ClauseRole::kLead;
      case internal::Column::kResponsible: return ClauseRole::kResponsible;
      case internal::Column::kCooperating: return ClauseRole::kCooperating;
      case internal::Column::kDeadline: return ClauseRole::kDeadline;
      default: return ClauseRole::kOther;
    }
  }

  void NewTask(const ConstBlockRef& rb, int bi, std::string text) {
    // （三）推进…（A牵头，B负责） after the heading （二）…: a sibling of that heading, in none of it.
    // Numbered as it is printed (（二） and （三）, not 1. and 一是, which read alike) and next to it, in the
    // text.
    if (rb.marker.kind != MarkerKind::kNone && rb.block.kind != BlockKind::kTableRow && !open_.empty() &&
        section_kinds_[static_cast<size_t>(open_.back().index)] == rb.marker.kind) {
      const Section& heading = doc_.sections[static_cast<size_t>(open_.back().index)];
      const auto last = [](std::string_view marker) {
        size_t end = marker.size();
        return marker.empty() ? char32_t{0} : internal::PreviousCodePoint(marker, end);
      };
      if (heading.number + 1 == rb.marker.number && last(heading.marker) == last(rb.marker.text)) {
        const int level = open_.back().level;
        CloseFrom(level);
        DropHeadingLeaders(level);  // the closed heading's leaders
      }
    }
    current_task_ = static_cast<int>(doc_.tasks.size());
    Task& t = doc_.tasks.emplace_back();  // made in place, not moved there (a Task is 520 bytes)
    t.number = rb.marker.number;
    NoteTaskNumber(t.number);
    t.marker = rb.marker.text;
    t.text = std::move(text);
    // 【任务1】 ⏎ 任务名称：…: the label of the task's words, over the record of its fields, is none of them.
    for (std::string_view label :
         {"任务名称：", "任务内容：", "事项名称：", "工作任务：", "重点任务：", "督办事项："})
      if (t.text.starts_with(label) && t.text.size() > label.size()) {
        t.text.erase(0, label.size());
        break;
      }
    // ✅ 深化…, 🔄 推进…: a status an online document marks its tasks with, kept beside the text, not in it.
    if (const size_t mark = internal::StatusMarkLength(t.text); mark > 0) {
      t.extra.emplace_back("状态",
                           std::string(internal::TrimSpaces(std::string_view(t.text).substr(0, mark))));
      t.text.erase(0, mark);
    }
    // ★3．推进…: the sign of a key task (任务前标“★”的为重点任务) printed before its number, kept beside the
    // text, as a status is (after the number, （1）★全力…, it is a word of the text as printed).
    if (const size_t mark = internal::KeyMarkLength(t.text);
        mark > 0 && internal::KeyMarkLength(internal::TrimSpaces(rb.block.original)) > 0) {
      t.extra.emplace_back("标记",
                           std::string(internal::TrimSpaces(std::string_view(t.text).substr(0, mark))));
      t.text.erase(0, mark);
    }
    t.span = rb.block.span;
    t.blocks.reserve(2);  // its own block and, as often as not, a clause line under it
    t.blocks.push_back(bi);
    TaskContext ctx;
    // Leader and lead units come from the enclosing sections, innermost first.
    for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
      const Section& s = doc_.sections[static_cast<size_t>(it->index)];
      if (t.section.empty()) t.section = s.id;
      if (s.leader && t.leaders.empty()) {
        if (const auto co = co_leaders_.find(it->index); co != co_leaders_.end())
          t.leaders.push_back(co->second);
        t.leaders.push_back(*s.leader);
      }
      // The innermost unit section that names its lead units (else the outermost unit section).
      if ((s.kind == SectionKind::kUnit || (s.kind == SectionKind::kHeading && !s.lead_units.empty() &&
                                            std::find(defaults_sections_.begin(), defaults_sections_.end(),
                                                      it->index) == defaults_sections_.end())) &&
          (ctx.unit_section < 0 || doc_.sections[static_cast<size_t>(ctx.unit_section)].lead_units.empty()))
        ctx.unit_section = it->index;
    }
    t.section_path.reserve(open_.size());
    for (const OpenLevel& o : open_) t.section_path.push_back(doc_.sections[static_cast<size_t>(o.index)].id);
    ctx.section_leaders = t.leaders.size();
    for (const std::string& printed : scope_leaders_)
      if (std::optional<Leader> leader = LeaderOf(printed)) t.leaders.push_back(std::move(*leader));
    if (t.leaders.empty() && !heading_leaders_.empty()) t.leaders = heading_leaders_.back().second;
    if (!heading_helpers_.empty()) ctx.helpers = heading_helpers_.back().second;
    if (!heading_defaults_.empty()) ctx.defaults = static_cast<int>(heading_defaults_.back().second);
    ctx.inherited_leaders = t.leaders.size();
    ctx.section = Innermost();
    ctx.kind = rb.marker.kind;
    ctx.below = static_cast<int>(belows_.size()) - 1;
    ctx.outline = rb.marker.kind == MarkerKind::kOutline2 || rb.marker.kind == MarkerKind::kOutline3;
    if (const std::string_view of = rb.Field("item_of"); !of.empty())
      ctx.parent_item = internal::LeadingNumber(of);  // a rectification list's measure, 1.2 under problem 1
    else if (item_above_.first >= 0 && MarkerLevel(rb.marker.kind) > item_above_.second)
      ctx.parent_item = item_above_.first;
    else
      item_above_ = {-1, 0};  // a task at that item's level or above: the item's sub-items are over
    contexts_.push_back(ctx);
    AddClauses(rb, bi);
    // 6.推进…（责任分工同上）: the task above's clauses, its parts and leaders, in its section.
    if (!rb.Field("same_above").empty() && doc_.tasks.size() >= 2 &&
        contexts_[doc_.tasks.size() - 2].section == ctx.section) {
      const std::vector<Clause> above = doc_.tasks[doc_.tasks.size() - 2].clauses;
      t.clauses.insert(t.clauses.end(), above.begin(), above.end());
    }
    // The leaders a line over the section gives this item by its number; a sub-item, by its item's.
    if (items_below_ >= 0) {
      const int number = ctx.parent_item >= 0 ? ctx.parent_item : t.number;
      const ConstBlockRef line = Ref(static_cast<size_t>(items_below_));
      size_t k = 0;
      for (const auto& [key, value] : line.facts.fields) {
        if (key != "items") continue;
        const std::vector<int> numbers = internal::ItemNumberList(value);
        if (std::find(numbers.begin(), numbers.end(), number) != numbers.end() && k < line.clauses.size())
          AddClauseTo(doc_.tasks.size() - 1, line, items_below_,
                      rbs_.facts[static_cast<size_t>(items_below_)].clauses[k], /*last_use=*/false);
        ++k;
      }
    }
    if (!clauses_ahead_.empty()) {  // the clause lines printed above it, read in their order
      t.blocks.insert(t.blocks.begin(), clauses_ahead_.begin(), clauses_ahead_.end());
      for (int c : clauses_ahead_) AddClauses(Ref(static_cast<size_t>(c)), c);
      clauses_ahead_.clear();
    }
  }

  // Clauses printed in or after the current task's blocks. The block's parts are moved into the
  // task on their `last_use` (the builder owns them and reads no block twice); a group clause
  // (以上任务由…), added to several tasks, is copied.
  void AddClauses(const ConstBlockRef& rb, int bi, bool last_use = true) {
    for (ClauseMatch& m : rbs_.facts[static_cast<size_t>(bi)].clauses) AddClause(rb, bi, m, last_use);
  }

  // 以上任务由A牵头，B配合: the block's last clause (its first, the exceptions', went to the items they name)
  // to every task of the section that has no clause yet.
  void AddGroupClause(const ConstBlockRef& rb, int bi) {
    std::vector<ClauseMatch>& clauses = rbs_.facts[static_cast<size_t>(bi)].clauses;
    if (clauses.empty()) return;
    // (以上3项工作由…: the three tasks just above, of the section, those without a clause of their own.)
    const ClauseMatch& group = clauses.back();
    const size_t first =
        group.covers > 1 && doc_.tasks.size() >= static_cast<size_t>(group.covers)
            ? std::max(section_first_task_, doc_.tasks.size() - static_cast<size_t>(group.covers))
            : section_first_task_;
    // (Each task its copy, counting itself alone: the count is read here, not again by AddClause.) A clause
    // of leaders alone (以上任务由副市长X同志负责) goes to every task that names none of its own, whatever
    // units it names.
    const bool leaders_only = internal::OnlyLeaders(std::span(&group, 1));
    const auto names_leaders = [](const Task& task) {
      return std::any_of(task.clauses.begin(), task.clauses.end(), [](const Clause& c) {
        return std::any_of(c.parts.begin(), c.parts.end(),
                           [](const ClausePart& p) { return p.role == ClauseRole::kLeader; });
      });
    };
    for (size_t t = first; t < doc_.tasks.size(); ++t)
      if (leaders_only ? !names_leaders(doc_.tasks[t]) : doc_.tasks[t].clauses.empty()) {
        ClauseMatch one = clauses.back();
        one.covers = 1;
        AddClauseTo(t, rb, bi, one, /*last_use=*/false);
      }
  }

  // `m` added to task `t`, not (or not only) the current one: a clause that names or covers other
  // tasks. Its block is one of `t`'s too.
  void AddClauseTo(size_t t, const ConstBlockRef& rb, int bi, ClauseMatch& m, bool last_use) {
    std::vector<int>& blocks = doc_.tasks[t].blocks;
    if (blocks.empty() || blocks.back() != bi) blocks.push_back(bi);
    const int saved = current_task_;
    current_task_ = static_cast<int>(t);
    AddClause(rb, bi, m, last_use);
    current_task_ = saved;
  }

  // 以上第1—3项由A牵头；第4项由B负责: each clause to the tasks it names by number, the nearest above
  // that has the number (numbering may restart). A number no task above has is reported.
  void AddItemClauses(const ConstBlockRef& rb, int bi) {
    std::vector<ClauseMatch>& clauses = rbs_.facts[static_cast<size_t>(bi)].clauses;
    size_t k = 0;
    std::string missing;  // the numbers no task above has, for one finding
    for (const auto& [key, value] : rb.facts.fields) {
      if (key != "items" || k >= clauses.size()) continue;
      ClauseMatch& m = clauses[k++];
      for (int n : internal::ItemNumberList(value)) {
        const int t = TaskNumbered(n, missing);
        if (t >= 0) AddClauseTo(static_cast<size_t>(t), rb, bi, m, /*last_use=*/false);
      }
    }
    if (!missing.empty())
      findings_.push_back({"GW-BUILD-ORPHAN-CLAUSE", Severity::kWarning,
                           "责任分工所指的第" + missing + "项在此前没有对应的任务：“" +
                               std::string(internal::PrefixCodePoints(rb.block.text, 40)) + "…”",
                           rb.block.span});
  }

  // The task nearest above numbered `n` (below kMaxItemNumber), or -1 with `n` added to `missing`, the
  // numbers no task has, for one finding.
  int TaskNumbered(int n, std::string& missing) const {
    const int t = latest_task_with_number_.empty() ? -1 : latest_task_with_number_[static_cast<size_t>(n)];
    if (t < 0 && missing.size() < 200) missing += (missing.empty() ? "" : "、") + std::to_string(n);
    return t;
  }

  // The task just made is the latest with its number (for 以上第N项由…).
  void NoteTaskNumber(int number) {
    if (number < 0 || number >= internal::kMaxItemNumber) return;
    if (latest_task_with_number_.empty()) latest_task_with_number_.assign(internal::kMaxItemNumber, -1);
    latest_task_with_number_[static_cast<size_t>(number)] = static_cast<int>(doc_.tasks.size()) - 1;
  }

  void AddClause(const ConstBlockRef& rb, int bi, ClauseMatch& m, bool last_use) {
    // （▲为牵头单位，△为配合单位）: a matrix's legend, its "units" the marks it explains, no task's clause.
    if (!m.parts.empty() && std::all_of(m.parts.begin(), m.parts.end(), [](const ClausePart& p) {
          return !p.units.empty() && std::all_of(p.units.begin(), p.units.end(), [](const std::string& u) {
            size_t at = 0;
            const char32_t cp = internal::NextCodePoint(u, at);
            return at == u.size() && kMatrixMarks.find(cp) != std::u32string_view::npos;
          });
        }))
      return;
    {
      const bool rule = m.first_is_lead || lead_rule_carries_;
      if (m.rule_carries) lead_rule_carries_ = true;
      if (current_task_ < 0) {
        findings_.push_back({"GW-BUILD-ORPHAN-CLAUSE", Severity::kWarning,
                             "责任分工括注前没有可归属的任务：“" + rb.block.text + "”", rb.block.span});
        return;
      }
      if (m.unclosed)
        findings_.push_back({"GW-BUILD-CLAUSE-UNCLOSED", Severity::kWarning,
                             "责任分工括注的括号没有后半，读到段末：“" + rb.block.text.substr(m.begin) + "”",
                             rb.block.span});
      // （以上两项由A牵头）: the items just above this one, of its section and its kind and without a clause
      // of their own, have it too; not when the items it closes are this task's sub-items (3.…：（1）…（2）…
      // （以上两项由…）).
      const Task& here = doc_.tasks[static_cast<size_t>(current_task_)];
      const bool own_items = std::any_of(here.blocks.begin(), here.blocks.end(), [&](int b) {
        return b != bi && b != here.blocks.front() &&
               rbs_.blocks[static_cast<size_t>(b)].role == Role::kSubItem;
      });
      const MarkerKind kind = here.blocks.empty()
                                  ? MarkerKind::kNone
                                  : rbs_.facts[static_cast<size_t>(here.blocks.front())].marker.kind;
      const bool leaders_only = internal::OnlyLeaders(std::span<const ClauseMatch>(&m, 1));
      for (int k = 1; k < m.covers && !own_items; ++k) {
        const int above = current_task_ - k;
        if (above < 0 || static_cast<size_t>(above) < section_first_task_) break;
        Task& t = doc_.tasks[static_cast<size_t>(above)];
        // (（以上两项由赵一副县长负责） under items that name their units: only their leader, where they name
        // none.)
        const bool names_leaders = std::ranges::any_of(t.clauses, [](const Clause& c) {
          return std::ranges::any_of(c.parts,
                                     [](const ClausePart& p) { return p.role == ClauseRole::kLeader; });
        });
        if ((!t.clauses.empty() && (!leaders_only || names_leaders)) || t.blocks.empty() ||
            rbs_.facts[static_cast<size_t>(t.blocks.front())].marker.kind != kind)
          break;
        ClauseMatch copy = m;
        copy.covers = 1;
        copy.unclosed = false;  // reported once, for the item it closes
        AddClauseTo(static_cast<size_t>(above), rb, bi, copy, /*last_use=*/true);
      }
      Task& task = doc_.tasks[static_cast<size_t>(current_task_)];
      Clause c;
      c.text = rb.block.text.substr(m.begin, m.end - m.begin);
      if (last_use)
        c.parts = std::move(m.parts);
      else
        c.parts = m.parts;
      if (bold_lead_rule_) LeadsInBold(c.parts, BoldPieces(rb.block.emphasis, -1));
      c.lead_rule = rule;
      c.span = rb.block.span;
      c.block = bi;
      if (!m.units_below.empty()) {
        // The note, for this task and the ones after it: its text from 以下 on.
        Clause note;
        const size_t at = c.text.rfind("以下");  // (县以下医疗卫生机构参与，以下均需…: the note's)
        note.text = at == std::string::npos ? c.text : c.text.substr(at);
        for (std::string_view close : {"）", ")", "】"})  // the clause's bracket, no part of the note
          if (at != std::string::npos && note.text.ends_with(close))
            note.text.resize(note.text.size() - close.size());
        std::string value;
        for (const std::string& u : m.units_below) value += (value.empty() ? "" : "、") + u;
        note.parts.push_back(
            ClausePart{"以下均需落实", std::move(value), m.units_below, ClauseRole::kResponsible});
        note.span = c.span;
        note.block = bi;
        belows_.push_back(std::move(note));
        contexts_[static_cast<size_t>(current_task_)].below = static_cast<int>(belows_.size()) - 1;
        contexts_[static_cast<size_t>(current_task_)].below_own = true;
      }
      task.clauses.push_back(std::move(c));
    }
  }

  int DocumentYear() const { return internal::DocumentYear(doc_.metadata); }

  // Leaders, units and deadline from the task's clauses and sections:
  // labelled lead and cooperating units as printed; units that are only
  // "responsible" (A、B负责, 责任单位) lead when there is one of them, or when a
  // stated rule says the first leads; otherwise lead and cooperating stay empty
  // and an info diagnostic says so; a lead unit from the enclosing unit section
  // applies when no clause names one.
  // A leader as a clause prints one: name and title (周立新副县长, 副县长周立新, 周立新（副县长）), or a
  // name; nullopt for a post and no one's name (分管副县长, 县长助理) and for leaders as a group
  // (各分管局领导, 全体校领导).
  static std::optional<Leader> LeaderOf(std::string_view printed) {
    // 副县长 卢晨（挂职）: a remark on how the leader holds the post, in brackets after the name, is
    // neither name nor title.
    // So inside the title, before the name (副区长（挂职）韩冰).
    for (std::string_view remark : {"（挂职）", "(挂职)", "（挂职锻炼）", "（代）", "(代)", "（兼）", "(兼)",
                                    "（主持工作）", "(主持工作)", "（女）", "(女)"})
      if (const size_t at = printed.find(remark);
          printed.size() > remark.size() && at != std::string_view::npos)
        return LeaderOf(internal::TrimSpaces(std::string(printed.substr(0, at)) +
                                             std::string(printed.substr(at + remark.size()))));
    // 刘敏（本部分各项任务均由其分管，以下不再逐项列出）: a note on the tasks it covers, after the name.
    if (printed.ends_with("）"))
      if (const size_t open = printed.rfind("（"); open != std::string_view::npos && open > 0) {
        const std::string_view note = printed.substr(open + 3, printed.size() - open - 6);
        for (std::string_view w : {"本部分", "以下", "下同", "不再", "均由", "各项"})
          if (internal::ContainsText(note, w)) {
            // 张三（常务副县长，下同）: the title before the note stays the name's.
            const size_t comma = internal::FindText(note, "，");
            const std::string_view title =
                comma == std::string_view::npos ? std::string_view() : note.substr(0, comma);
            if (!title.empty() && !internal::ContainsText(title, w))
              return LeaderOf(std::string(printed.substr(0, open)) + "（" + std::string(title) + "）");
            return LeaderOf(internal::TrimSpaces(printed.substr(0, open)));
          }
      }
    // 县人大常委会副主任贺秀兰同志: the address after a titled name.
    if (printed.size() >= 3 * 4 && printed.ends_with("同志"))  // (江澜同志: a name of two, and the address)
      return LeaderOf(printed.substr(0, printed.size() - std::string_view("同志").size()));
    re2::StringPiece name, title;
    if (internal::FullMatch(internal::Pat::kLeaderNameTitle, printed, &name, &title) ||
        internal::FullMatch(internal::Pat::kLeaderTitleName, printed, &title, &name) ||
        internal::FullMatch(internal::Pat::kLeaderNameBracket, printed, &name, &title) ||
        internal::FullMatch(internal::Pat::kLeaderNameTitles, printed, &name, &title)) {
      if (!internal::PlausiblePersonName(std::string_view(name.data(), name.size()))) return std::nullopt;
      return MakeLeader(name, title);
    }
    // 南片包片领导李文静: a name after the words of the post it holds (a leaders' word of the form's own).
    if (const size_t at = printed.rfind("领导"); at != std::string_view::npos && at > 0) {
      const std::string_view name = printed.substr(at + std::string_view("领导").size());
      const size_t length = internal::CountCodePoints(name);
      if (length >= 2 && length <= 3 && internal::LooksLikePersonName(name) &&
          internal::PlausiblePersonName(name) && !name.starts_with("包") && !printed.starts_with("各"))
        return MakeLeader(name, printed.substr(0, at + std::string_view("领导").size()));
    }
    if (printed.starts_with("各") || printed.starts_with("全体") ||
        printed.find("领导") != std::string_view::npos)
      return std::nullopt;
    // (Nor words of a body of leaders, 局党委班子成员按分工分别负责, 主任会议成员.)
    for (std::string_view body : {"成员", "班子", "按分工", "分别负责", "常委会", "分工"})
      if (internal::ContainsText(printed, body)) return std::nullopt;
    if (internal::NotAName(printed)) return std::nullopt;  // (相关同志, 县委: no one's name; 王玉会 is)
    return MakeLeader(printed, "");
  }

  // The task a pointer names from task `k`: 同上 the one before it in its section, 同本部分第N项 its
  // section's N-th, 同第X部分第N项 the N-th of the X-th part (top section); -1 for none found, or a pointer
  // forward.
  int PointedTask(size_t k, std::string_view pointer) const {
    const Task& from = doc_.tasks[k];
    if (pointer.starts_with("同上")) return k > 0 ? static_cast<int>(k) - 1 : -1;  // the item just above
    // 同第4项: in a notice numbered straight through, task 4.
    if (pointer.starts_with("同第") && internal::FindText(pointer, "部分") == std::string_view::npos) {
      const int number = internal::LeadingNumber(pointer.substr(std::string_view("同第").size()));
      for (size_t j = k; number > 0 && j-- > 0;)
        if (doc_.tasks[j].number == number) return static_cast<int>(j);
      return -1;
    }
    // The part: the first numbered heading over the task (一、…), by its number.
    size_t depth = 0;
    while (depth < from.section_path.size() && SectionOf(from.section_path[depth]) != nullptr &&
           SectionOf(from.section_path[depth])->kind != SectionKind::kHeading)
      ++depth;
    if (depth >= from.section_path.size()) return -1;
    int part = SectionOf(from.section_path[depth])->number;
    if (pointer.starts_with("同第")) {
      const size_t end = internal::FindText(pointer, "部分");
      if (end == std::string_view::npos || end < 6) return -1;
      const std::optional<int> n = internal::ParseChineseNumber(pointer.substr(6, end - 6));
      if (!n) return -1;
      part = *n;
      pointer = pointer.substr(end + std::string_view("部分").size());
    } else if (pointer.starts_with("同本部分")) {
      pointer = pointer.substr(std::string_view("同本部分").size());
    } else {
      return -1;
    }
    if (!pointer.starts_with("第")) return -1;
    const int number = internal::LeadingNumber(pointer.substr(std::string_view("第").size()));
    if (number <= 0) return -1;
    for (size_t j = k; j-- > 0;) {  // the nearest before it (an attachment may number its parts again)
      const Task& to = doc_.tasks[j];
      if (to.number != number || to.section_path.size() <= depth) continue;
      if (const Section* s = SectionOf(to.section_path[depth]); s != nullptr && s->number == part)
        return static_cast<int>(j);
    }
    return -1;
  }

  // The section with id `id` (nullptr for none).
  const Section* SectionOf(const std::string& id) const {
    for (const Section& s : doc_.sections)
      if (s.id == id) return &s;
    return nullptr;
  }

  // 责任单位：同上 · 责任省领导同本部分第1项 · 责任单位同本部分第1项，增加A、B: parts that point at another
  // task's take its parts of the kind (its units, in their roles, or its leaders), and the units it adds
  // help.
  void FollowPointers(size_t k) {
    Task& t = doc_.tasks[k];
    for (Clause& c : t.clauses) {
      // (Most clauses point nowhere: read, not copied.)
      if (std::none_of(c.parts.begin(), c.parts.end(),
                       [](const ClausePart& p) { return internal::PointsAtTask(p.value); }))
        continue;
      std::vector<ClausePart> parts;
      bool changed = false;
      for (ClausePart& p : c.parts) {
        const std::string_view v = p.value;
        if (!internal::PointsAtTask(v)) {
          parts.push_back(p);
          continue;
        }
        changed = true;
        const int target = PointedTask(k, v);
        if (target < 0) {  // a pointer to no task: no name (and said so)
          findings_.push_back(
              {"GW-BUILD-ORPHAN-CLAUSE", Severity::kWarning,
               "任务" + t.marker + "的“" + p.label + "：" + p.value + "”所指的任务在此前没有找到", c.span});
          continue;
        }
        // 牵头单位：同上 takes the leads, 配合单位：同上 the helpers; 责任单位 and a leaders' label all of
        // the kind.
        const bool leaders = p.role == ClauseRole::kLeader;
        for (const Clause& tc : doc_.tasks[static_cast<size_t>(target)].clauses)
          for (const ClausePart& tp : tc.parts)
            if ((tp.role == ClauseRole::kLeader) == leaders && tp.role != ClauseRole::kDeadline &&
                tp.role != ClauseRole::kOther &&
                (leaders || p.role == ClauseRole::kResponsible || tp.role == p.role ||
                 (p.role == ClauseRole::kLead && tp.role == ClauseRole::kResponsible)))
              parts.push_back(tp);
        // ，增加A、B: units beside those it points at, helping.
        if (const size_t add = internal::FindText(v, "增加"); !leaders && add != std::string_view::npos) {
          ClauseMatch added;
          internal::AddClausePart(p.label, ClauseRole::kCooperating,
                                  v.substr(add + std::string_view("增加").size()), added);
          for (ClausePart& a : added.parts) parts.push_back(std::move(a));
        }
      }
      if (changed) c.parts = std::move(parts);
    }
  }

  // Under a rule that a clause's ； parts its leads from its helpers (分号前的单位为牵头单位，分号后的单位为
  // 配合单位; or its first ，): each part that holds units responsible as one list, parted so; one without
  // the mark, all leads where the rule says so (未标注分号的，所列单位均为牵头单位).
  // The bracket rule does the same with the brackets that close a list's units
  // (括号外的为牵头单位，括号内的为 配合单位: A、B（C、D） · A（C）、B（D）), in a lead's part too; under a
  // first-unit rule as well, the units outside stay responsible, the first of them leading.
  void SplitAtSeparator(Clause& c, const internal::SeparatorRule& rule, bool first_leads) const {
    // (The ； rule says the units before it lead, whatever else the notice says; the bracket rule, those
    // outside it, and under a first-unit rule the first of them.)
    first_leads = first_leads && rule.bracket;
    std::vector<ClausePart> parts;
    parts.reserve(c.parts.size() + 1);
    for (ClausePart& p : c.parts) {
      const bool lead_part = rule.bracket && p.role == ClauseRole::kLead;
      if ((p.role != ClauseRole::kResponsible && !lead_part) || p.units.empty()) {
        parts.push_back(std::move(p));
        continue;
      }
      std::string before, after;
      if (rule.bracket) {
        if (!internal::SplitAtHelpersBrackets(p.value, before, after)) before.clear();
      } else {
        size_t at = internal::FindText(p.value, rule.wide), width = rule.wide.size();
        if (at == std::string::npos && (at = p.value.find(rule.narrow)) != std::string::npos) width = 1;
        if (at != std::string::npos) {
          before = p.value.substr(0, at);
          after = p.value.substr(at + width);
        }
      }
      if (before.empty()) {
        if (rule.split == internal::SeparatorSplit::kSplitElseAllLead && !first_leads)
          p.role = ClauseRole::kLead;
        parts.push_back(std::move(p));
        continue;
      }
      ClauseMatch split;
      internal::AddClausePart(
          p.label, first_leads && !lead_part ? ClauseRole::kResponsible : ClauseRole::kLead, before, split);
      internal::AddClausePart(p.label, ClauseRole::kCooperating, after, split);
      for (ClausePart& q : split.parts) parts.push_back(std::move(q));
    }
    c.parts = std::move(parts);
  }

  // The separator rule for a task: its table's header's (责任单位（括号内为配合单位）), or the document's;
  // the document's where both say the same and it says more (未注明配合单位的，所列单位均为牵头单位).
  const internal::SeparatorRule& SeparatorRuleFor(size_t task) const {
    for (const auto& [first, end, rule] : header_separators_)
      if (task >= first && task < end) {
        if (rule.bracket == separator_rule_.bracket &&
            separator_rule_.split != internal::SeparatorSplit::kNone)
          return separator_rule_;
        return rule;
      }
    return separator_rule_;
  }

  // 责任单位（排在第一位的为牵头单位）: the lead rule stated in a column's header holds for the table's
  // tasks, however many rows follow (the range is closed at the next table's header).
  void RuleInHeader(const ConstBlockRef& rb) {
    // 责任单位（括号内为配合单位）: the separator rule, said in the header for its table.
    for (const std::string& cell : rb.block.cells)
      if (const internal::SeparatorRule rule = internal::StatesSeparatorRule(cell);
          rule.split != internal::SeparatorSplit::kNone) {
        header_separators_.emplace_back(table_first_task_, kOpenTable, rule);
        break;
      }
    if (!std::any_of(rb.block.cells.begin(), rb.block.cells.end(),
                     [](const std::string& cell) { return internal::StatesLeadRule(cell); }))
      return;
    if (table_rules_.empty() || table_rules_.back().first != table_first_task_)
      table_rules_.emplace_back(table_first_task_, kOpenTable);
    else
      table_rules_.back().second = kOpenTable;
  }

  void Finish(Task& t) {
    const size_t index = static_cast<size_t>(&t - doc_.tasks.data());
    const TaskContext& ctx = contexts_[index];
    std::vector<std::string> lead, cooperating, responsible_only;
    std::vector<std::string> marked_leads;  // those a matrix's mark makes leads
    bool beside_heading_unit = false;  // a lead named 与X共同牵头: beside the unit its heading names
    // A rule the document states (first unit leads), or a note under this task's table.
    const auto in_ruled_table = [&](const Clause& c) {
      if (c.block < 0 || rbs_.blocks[static_cast<size_t>(c.block)].kind != BlockKind::kTableRow) return false;
      auto r =
          std::upper_bound(table_rules_.begin(), table_rules_.end(), index,
                           [](size_t i, const std::pair<size_t, size_t>& range) { return i < range.first; });
      return r != table_rules_.begin() && index < std::prev(r)->second;
    };
    // 责任人：X names a leader only where nothing else does: beside a 责任领导 (or under a leader's
    // section) it is the lead unit's own person in charge (督办 lists print both).
    const size_t inherited_leaders = std::min(ctx.inherited_leaders, t.leaders.size());
    const size_t section_leaders = std::min(ctx.section_leaders, inherited_leaders);
    bool own_leaders = false;  // a clause of the task's has named a leader
    const bool leader_named =
        !t.leaders.empty() || std::any_of(t.clauses.begin(), t.clauses.end(), [](const Clause& c) {
          return std::any_of(c.parts.begin(), c.parts.end(), [](const ClausePart& p) {
            return p.role == ClauseRole::kLeader && p.label.find("责任人") == std::string::npos;
          });
        });
    // Under a lead rule, each bracketed clause's first unit leads its part of the task (…。（责任单位：A）…。
    // （责任单位：B、C）: A and B; …（A牵头，B参与）…（C负责）: A and C), unless the clause names its own
    // lead; lines of one record (牵头单位：… ⏎ 责任单位：…) have one lead.
    // Labelled lines are parts of one record (牵头单位：A ⏎ 责任单位：B、C: B and C help), unless each of the
    // task's clauses is a record of its own: one naming its lead and its helpers, or a 责任单位 line alone
    // (牵头单位：A；参加单位：B ⏎ 责任单位：X · 责任单位：A ⏎ 责任单位：B: X, A and B lead their parts).
    const bool records_of_their_own =
        t.clauses.size() > 1 && std::all_of(t.clauses.begin(), t.clauses.end(), [](const Clause& c) {
          const auto has = [&](ClauseRole r) {
            return std::any_of(c.parts.begin(), c.parts.end(),
                               [&](const ClausePart& p) { return p.role == r; });
          };
          // (Its leader, deadline and other parts aside: 责任单位：A；完成时限：… is a 责任单位 line.)
          return (has(ClauseRole::kLead) && has(ClauseRole::kCooperating)) ||
                 (has(ClauseRole::kResponsible) && !has(ClauseRole::kLead) && !has(ClauseRole::kCooperating));
        });
    if (const internal::SeparatorRule& rule = SeparatorRuleFor(index);
        rule.split != internal::SeparatorSplit::kNone)
      for (Clause& c : t.clauses)
        SplitAtSeparator(c, rule, c.lead_rule || document_lead_rule_ || in_ruled_table(c));
    int deadline_block = -1;  // the block whose clause gave the task's deadline
    // (Under 无牵头单位的，责任单位即为牵头单位: a clause naming no lead has its responsible units lead,
    // where the task's other clauses name none either or each is a record of its own, a bracket each:
    // …。（牵头单位：A；责任单位：B）…。（责任单位：C、D）, C and D leading their part.)
    // (Not two brackets side by side, （牵头单位：A）（责任单位：B、C）: one record. Each found in the task's
    // text after the one before, words between them.)
    bool brackets_of_their_own = responsible_lead_without_lead_ && t.clauses.size() > 1;
    for (size_t k = 0, after = 0; k < t.clauses.size() && brackets_of_their_own; ++k) {
      const Clause& c = t.clauses[k];
      const size_t at = c.text.empty() ? std::string::npos : t.text.find(c.text, after);
      brackets_of_their_own =
          (c.text.starts_with("（") || c.text.starts_with("(")) && at != std::string::npos &&
          (k == 0 || !internal::TrimSpaces(std::string_view(t.text).substr(after, at - after)).empty());
      after = at + c.text.size();
    }
    const bool any_clause_lead =
        responsible_lead_without_lead_ &&
        std::any_of(t.clauses.begin(), t.clauses.end(), [](const Clause& c) {
          return std::any_of(c.parts.begin(), c.parts.end(), [](const ClausePart& p) {
            return p.role == ClauseRole::kLead && !p.units.empty();
          });
        });
    for (Clause& c : t.clauses) {
      c.lead_rule = c.lead_rule || document_lead_rule_ || in_ruled_table(c);  // as the JSON says it
      const bool lead_rule = c.lead_rule;
      // (So does each row of a task merged over several, each its own measure and units.)
      const bool own_rule_lead =
          (c.text.starts_with("（") || c.text.starts_with("(") ||
           (c.block >= 0 && rbs_.blocks[static_cast<size_t>(c.block)].kind == BlockKind::kTableRow &&
            !under_merged_lead_.contains(c.block))) &&
          std::none_of(c.parts.begin(), c.parts.end(),
                       [](const ClausePart& p) { return p.role == ClauseRole::kLead; });
      bool rule_lead_taken = false;  // this clause's first unit leads already
      // A lead the clause names after the units the rule would take one from (县直部门 A、B | 乡镇（街道）
      // 城关镇（牵头）、D: 城关镇 leads, not A); not A、B负责 under the rule (those said responsible, the
      // rule's first leading), nor a note that another leads with it (备注：B共同牵头).
      const bool names_lead = std::any_of(c.parts.begin(), c.parts.end(), [&](const ClausePart& p) {
        return p.role == ClauseRole::kLead && !p.units.empty() && !(p.label == "负责" && lead_rule) &&
               p.label != "备注" && !internal::ContainsText(p.value, "共同");
      });
      const bool all_lead = !all_lead_sections_.empty() && AllLeadSection(ctx.section);
      const bool heading_leads =
          ctx.unit_section >= 0 && !doc_.sections[static_cast<size_t>(ctx.unit_section)].lead_units.empty();
      // One of several clauses that holds one unit responsible and names no one else (…（市场监管总局负责）…
      // （教育部牵头，各地区按职责分工负责）): that unit leads its part of the task, as the other clause's
      // lead does its own (not under a unit's heading, whose unit leads the section's tasks).
      bool one_unit_leads = false;
      if (t.clauses.size() > 1 && !lead_rule && ctx.unit_section < 0 &&
          !under_merged_lead_.contains(c.block)) {
        size_t responsible = 0, others = 0;
        for (const ClausePart& p : c.parts) {
          // Only an unlabelled clause's verb (A负责): a labelled line (责任单位：A) is one part of a record
          // whose other lines name the rest.
          if (p.role == ClauseRole::kResponsible)
            responsible += p.label == "负责" || records_of_their_own ? p.units.size() : 2;
          if (p.role == ClauseRole::kLead || p.role == ClauseRole::kCooperating) others += p.units.size();
        }
        // (Not a unit said to draft or to be what it is beside another clause's lead: （县司法局起草）。牵头
        // 单位：县发改局 · （A为实施单位）。牵头单位：B — it helps.)
        one_unit_leads =
            responsible == 1 && others == 0 && !(NamesItsUnitApart(c) && AnotherClauseLeads(t, c));
      }
      for (const ClausePart& p : c.parts) {
        // A、B负责，C配合 under a first-lead rule: the units said to be responsible are so, the rule's first
        // leading (internal::ResponsibleSaid); with no rule they lead.
        const ClauseRole role =
            p.role == ClauseRole::kLead && p.label == "负责" && lead_rule ? ClauseRole::kResponsible : p.role;
        switch (role) {
          case ClauseRole::kLead:
            beside_heading_unit = beside_heading_unit || p.value.starts_with("与");  // 与X共同牵头
            AppendUnique(lead, p.units);
            // (A matrix's filled mark, its label: a lead in its own right beside any signed one.)
            if (size_t k = 0; !p.label.empty() && std::u32string_view(U"●◆■★▲⭐").find(internal::NextCodePoint(
                                                      p.label, k)) != std::u32string_view::npos)
              AppendUnique(marked_leads, p.units);
            break;
          case ClauseRole::kCooperating:
            AppendUnique(cooperating, p.units);
            break;
          case ClauseRole::kResponsible:
            if (one_unit_leads || all_lead || (responsible_said_leads_ && p.label == "负责") ||
                (responsible_lead_without_lead_ && !names_lead && !heading_leads &&
                 (!any_clause_lead || records_of_their_own || brackets_of_their_own))) {
              AppendUnique(lead, p.units);
            } else if (lead_rule && !p.units.empty() && !rule_lead_taken &&
                       ((lead.empty() && !names_lead) || own_rule_lead) &&
                       !heading_leads) {  // (a part whose heading names its lead: the units listed help)
              rule_lead_taken = true;
              // The first unit the rule does not pass over (各分局…不作为牵头单位); the first, if all are.
              size_t first = 0;
              while (first < p.units.size() && PassedOver(p.units[first])) ++first;
              if (first == p.units.size()) first = 0;
              AppendUnique(lead, std::span(p.units).subspan(first, 1));
              for (size_t u = 0; u < p.units.size(); ++u)
                if (u != first) AppendUnique(cooperating, std::span(p.units).subspan(u, 1));
            } else {
              AppendUnique(responsible_only, p.units);
            }
            break;
          case ClauseRole::kLeader:
            if (leader_named && p.label.find("责任人") != std::string::npos) break;
            // 责任局领导：局党委班子成员按分工分别负责 · 各分管校领导: the task's own label, naming no one
            // but a body of leaders: none, in place of those of its section.
            if (!own_leaders && p.label.find("协助") == std::string::npos &&
                p.label.find("共同") == std::string::npos &&
                (p.value.starts_with("各") || internal::ContainsText(p.value, "班子") ||
                 internal::ContainsText(p.value, "按分工")) &&
                std::none_of(p.units.begin(), p.units.end(),
                             [](const std::string& u) { return LeaderOf(u).has_value(); })) {
              t.leaders.erase(t.leaders.begin() + static_cast<std::ptrdiff_t>(section_leaders),
                              t.leaders.begin() + static_cast<std::ptrdiff_t>(inherited_leaders));
              own_leaders = true;
            }
            for (const std::string& listed : p.units) {
              // 校长 李振东（牵头）: the leader who leads among those listed; the mark is no part of the
              // name.
              std::string_view printed = listed;
              for (std::string_view mark : {"（牵头）", "(牵头)", "（主责）"})
                if (printed.ends_with(mark) && printed.size() > mark.size())
                  printed.remove_suffix(mark.size());
              std::optional<Leader> leader = LeaderOf(printed);
              if (!leader) continue;
              // The task's own leaders stand for those a line over its section named (分管市领导：X, under
              // 各项任务未单独注明市领导的，由所在部分的分管市领导负责), unless they help them
              // (（协助：副县长X）, （与常务副县长X共同负责）); a leader's section (一、县长X负责的工作)
              // keeps its leader beside them.
              // A note that gives the task another leader (备注：…本项由X包抓) stands for the section's too.
              if (p.label == "备注") {  // the note's leader in place of every other
                t.leaders.clear();
                own_leaders = true;
              } else if (!own_leaders && p.label.find("协助") == std::string::npos &&
                         p.label.find("协管") == std::string::npos &&  // 协管局领导：X, beside the group's
                         p.label.find("共同") == std::string::npos) {
                t.leaders.erase(
                    t.leaders.begin() + static_cast<std::ptrdiff_t>(p.label == "备注" ? 0 : section_leaders),
                    t.leaders.begin() + static_cast<std::ptrdiff_t>(inherited_leaders));
                own_leaders = true;
              }
              if (std::none_of(t.leaders.begin(), t.leaders.end(),
                               [&](const Leader& l) { return l.name == leader->name; }))
                t.leaders.push_back(std::move(*leader));
            }
            break;
          case ClauseRole::kDeadline:
            // (A task's rows of time nodes or measures under its merged number, each its own time (3月底前 ⏎
            // 6月底前 ⏎ 12月底前): it is done by the last that gives a date, unless that is dated before the
            // one it follows (12月底前 ⏎ 10月底前: the later); a time of no date (长期坚持, a wrapped 底前)
            // takes the place only of another of none.)
            if (internal::SaysNone(p.value)) break;  // (—, /, 无: no time)
            if (Deadline d{p.value, internal::DeadlineDate(p.value, DocumentYear())};
                !t.deadline ||
                (deadline_block >= 0 && NodeRowBelow(deadline_block, c.block) &&
                 (t.deadline->date.empty() || (!d.date.empty() && d.date >= t.deadline->date)))) {
              t.deadline = std::move(d);
              deadline_block = c.block;
            }
            break;
          case ClauseRole::kOther:
            break;
        }
      }
    }
    static const std::vector<std::string> kNone;
    const Section* unit_section =
        ctx.unit_section >= 0 ? &doc_.sections[static_cast<size_t>(ctx.unit_section)] : nullptr;
    // 市发展改革委*、市财政局 under 带“*”的为牵头单位: the signed lead, whatever its role printed; the sign
    // goes.
    if (!lead_signs_.empty()) {
      std::vector<std::string> signed_leads;
      for (std::vector<std::string>* list : {&lead, &responsible_only, &cooperating})
        for (std::string& u : *list)
          if (TakeLeadSign(u)) signed_leads.push_back(u);
      if (!signed_leads.empty()) {
        signed_leads.insert(signed_leads.begin(), marked_leads.begin(), marked_leads.end());
        const auto is_signed = [&](const std::string& u) {
          return std::find(signed_leads.begin(), signed_leads.end(), u) != signed_leads.end();
        };
        std::erase_if(responsible_only, is_signed);
        std::erase_if(cooperating, is_signed);
        std::erase_if(lead, is_signed);
        AppendUnique(cooperating, lead);  // a lead printed unsigned among signed ones helps
        AppendUnique(cooperating, responsible_only);
        responsible_only.clear();
        lead = std::move(signed_leads);
      }
    }
    // 五、县教育局、县卫健局（各4项） ⏎ 24.…（县教育局）: the heading's units the task names are its leads.
    if (unit_section != nullptr && lead.empty() && unit_section->lead_units.size() > 1) {
      for (const std::string& u : unit_section->lead_units)
        if (std::find(responsible_only.begin(), responsible_only.end(), u) != responsible_only.end())
          lead.push_back(u);
      std::erase_if(responsible_only, [&](const std::string& u) {
        return std::find(lead.begin(), lead.end(), u) != lead.end();
      });
    }
    if (unit_section != nullptr && (lead.empty() || beside_heading_unit)) {
      std::vector<std::string> leads = unit_section->lead_units;  // the heading's first
      AppendUnique(leads, lead);
      lead = std::move(leads);
    }
    // The units its heading's clause line gave the part, where it names none of its own (a lead, or units
    // responsible): that line's lead, and its helpers before the task's own (增加配合部门：C adds C to them),
    // unless it names its helpers in their place (配合部门：C) or has none (本项无配合部门).
    bool no_helpers = false;
    if (ctx.defaults >= 0) {
      bool own_units = false, own_helpers = false;
      for (const Clause& c : t.clauses)
        for (const ClausePart& p : c.parts) {
          own_units = own_units || ((p.role == ClauseRole::kLead || p.role == ClauseRole::kResponsible) &&
                                    !p.units.empty());
          if (p.role != ClauseRole::kCooperating) continue;
          if (p.units.empty())
            no_helpers = no_helpers || p.value.empty();  // （本项无配合部门）
          else
            own_helpers = own_helpers || !(p.label.starts_with("增加") || p.label.starts_with("新增") ||
                                           p.label.starts_with("增列"));
        }
      const PartUnits& part = part_units_[static_cast<size_t>(ctx.defaults)];
      if (!own_units && lead.empty()) {
        lead = part.leads;
        if (!own_helpers && !no_helpers) {
          std::vector<std::string> helpers = part.helpers;
          AppendUnique(helpers, cooperating);
          cooperating = std::move(helpers);
        }
      }
    }
    // One responsible unit leads; so do several when the clause names others as cooperating
    // (责任处室：A、B，配合处室：C): those it holds responsible are not the ones that help.
    if (lead.empty() &&
        (responsible_only.size() == 1 || (!responsible_only.empty() && !cooperating.empty()))) {
      lead = responsible_only;
      responsible_only.clear();
    }
    if (!lead.empty()) {
      // The others cooperate: added in one call (a unit at a time was quadratic in a list of thousands).
      std::erase_if(responsible_only, [&](const std::string& u) {
        return std::find(lead.begin(), lead.end(), u) != lead.end();
      });
      AppendUnique(cooperating, responsible_only);
      responsible_only.clear();
    } else if (responsible_only.size() > 1) {
      findings_.push_back({"GW-BUILD-LEAD-UNDECIDED", Severity::kInfo,
                           "任务" + t.marker + "列出多个责任单位而未说明牵头单位，牵头与配合单位留空",
                           t.clauses.empty() ? t.span : t.clauses.front().span});
    }
    // The units a note named for every task from its own on (以下均需各地区落实，不再列出): they carry it
    // out, beside a lead as cooperating units; the note a clause of the task's, where it stands.
    const std::vector<std::string>& below =
        ctx.below >= 0 ? belows_[static_cast<size_t>(ctx.below)].parts[0].units : kNone;
    if (!lead.empty()) AppendUnique(cooperating, below);
    if (!lead.empty() && !no_helpers) AppendUnique(cooperating, ctx.helpers);
    const std::vector<std::string>& implementing =
        unit_section != nullptr ? unit_section->implementing_units : kNone;
    std::vector<std::string> all;  // grown once
    all.reserve(lead.size() + implementing.size() + responsible_only.size() + cooperating.size());
    all.insert(all.end(), lead.begin(), lead.end());
    AppendUnique(all, implementing);
    AppendUnique(all, responsible_only);
    AppendUnique(all, cooperating);
    AppendUnique(all, below);
    if (ctx.below >= 0 && !ctx.below_own) t.clauses.push_back(belows_[static_cast<size_t>(ctx.below)]);
    for (const std::string& u : lead) cooperating.erase(std::remove(cooperating.begin(), cooperating.end(), u), cooperating.end());
    t.lead_units = std::move(lead);
    t.cooperating_units = std::move(cooperating);
    t.responsible_units = std::move(all);
    if (!t.deadline) DeadlineFromText(t);
    if (!t.deadline && ctx.defaults >= 0)
      if (const std::string& given = part_units_[static_cast<size_t>(ctx.defaults)].deadline; !given.empty())
        t.deadline = Deadline{given, internal::DeadlineDate(given, DocumentYear())};
    if (!t.deadline && !heading_windows_.empty())
      for (auto id = t.section_path.rbegin(); id != t.section_path.rend(); ++id)
        if (const auto it = heading_windows_.find(*id); it != heading_windows_.end()) {
          t.deadline = it->second;
          break;
        }
    if (!t.deadline && default_deadline_) t.deadline = default_deadline_;
  }

  // The time a sentence sets for every task of the notice that gives none of its own
  // (均须于2024年12月底前完成 of 各项任务除已明确完成时限的外); none where it sets one for a part only
  // (本部分任务中未明确完成时限的…).
  std::optional<Deadline> DefaultDeadline(std::string_view text) const {
    re2::StringPiece date;
    if (!internal::MayMatch(internal::Pat::kDefaultDeadline, text) ||
        !internal::PartialMatch(internal::Pat::kDefaultDeadline, text, &date))
      return std::nullopt;
    for (std::string_view part : {"本部分", "本节", "本类", "本项"})
      if (internal::ContainsText(text, part)) return std::nullopt;
    const std::string_view printed(date.data(), date.size());
    return Deadline{std::string(printed), internal::DeadlineDate(printed, DocumentYear())};
  }

  // Whether table row `below` goes on the task of row `above` further down, the first cell (the number's, in
  // a table that opens with it) merged over it.
  bool NodeRowBelow(int above, int below) const {
    if (below <= above) return false;
    const Block& b = rbs_.blocks[static_cast<size_t>(below)];
    return rbs_.blocks[static_cast<size_t>(above)].kind == BlockKind::kTableRow &&
           b.kind == BlockKind::kTableRow && !b.merged_above.empty() && b.merged_above[0];
  }

  // 2023年6月底前完成, 5月投产, 年底前建成: the first such phrase in the task's text.
  // Every match of kDeadlineInText holds 年 or 月 (its months and its 年底 年内 年末 上半年 下半年): nine
  // tasks in ten have neither and are not scanned (6 275 scans were 16.3M of 580M instructions).
  // (A year before the document's is no time to finish by: 2000年底前建成的老旧小区 says which.)
  void DeadlineFromText(Task& t) {
    re2::StringPiece text;
    if (!internal::PartialMatch(internal::Pat::kDeadlineInText, t.text, &text)) return;
    const std::string date = internal::DeadlineDate(text, DocumentYear());
    if (DocumentYear() > 0 && date.size() >= 4 && std::stoi(date.substr(0, 4)) < DocumentYear()) return;
    t.deadline = Deadline{std::string(text.data(), text.size()), date};
  }

  // A 部门责任清单 prints each task under its lead unit and again under each unit helping with it, its number
  // and words the same (序号相同的为同一项任务): one task, each copy's units and leaders its own, its clauses
  // (and their positions) all kept. The copy that says most (its leaders, helpers and time) comes first;
  // the task stands where it was first printed. Each later copy is recorded (GW-BUILD-TASK-REPEATED).
  // (Copies whose clauses are all the same are a listing printed again, a notice twice or files joined:
  // each stands as printed.)
  void MergeRepeatedTasks() {
    // The words a copy prints before its first clause: the task itself, whoever it is listed under.
    const auto words = [](const Task& t) {
      size_t end = t.text.size();
      for (const Clause& c : t.clauses)
        if (const size_t at = t.text.find(c.text); at != std::string::npos) end = std::min(end, at);
      return internal::TrimSpaces(std::string_view(t.text).substr(0, end));
    };
    // Only a number printed twice can be (most notices print each once: nothing more is looked at).
    const std::vector<int> numbers = SortedTaskNumbers();
    if (std::adjacent_find(numbers.begin(), numbers.end()) == numbers.end()) return;
    // Its number and words → its first copy (the words are views into the tasks' texts, unchanged until
    // merged).
    std::map<std::pair<int, std::string_view>, size_t> first;
    std::vector<std::vector<size_t>> copies;  // per first copy: every copy, in order
    bool repeated = false;
    for (size_t i = 0; i < doc_.tasks.size(); ++i) {
      const Task& t = doc_.tasks[i];
      if (t.number <= 0) continue;
      if (const auto [lo, hi] = std::equal_range(numbers.begin(), numbers.end(), t.number); hi - lo < 2)
        continue;
      const std::string_view w = words(t);
      if (w.size() < 8 * 3) continue;
      const auto [it, fresh] = first.try_emplace({t.number, w}, copies.size());
      if (fresh) copies.emplace_back();
      copies[it->second].push_back(i);
      repeated = repeated || !fresh;
    }
    if (!repeated) return;
    const auto same_clauses = [&](size_t a, size_t b) {
      const std::vector<Clause>& x = doc_.tasks[a].clauses;
      const std::vector<Clause>& y = doc_.tasks[b].clauses;
      return std::equal(x.begin(), x.end(), y.begin(), y.end(),
                        [](const Clause& c, const Clause& d) { return c.text == d.text; });
    };
    // Where each copy is one a unit's section lists (its 牵头任务 or 配合任务), or all copies but one carry
    // no clause (a table's pinned columns printed again): copies of one task. Elsewhere the same words under
    // one number are two tasks (1.召开专题推进会议 under 第一季度 and again under 第二季度, each with its
    // own units).
    const auto under_unit = [&](size_t i) {
      return contexts_[i].unit_section >= 0 || !contexts_[i].helpers.empty();
    };
    std::vector<bool> dropped(doc_.tasks.size(), false);
    for (const std::vector<size_t>& all : copies) {
      if (all.size() < 2 ||
          std::all_of(all.begin() + 1, all.end(), [&](size_t i) { return same_clauses(all.front(), i); }))
        continue;
      const size_t with_clauses = static_cast<size_t>(
          std::count_if(all.begin(), all.end(), [&](size_t i) { return !doc_.tasks[i].clauses.empty(); }));
      if (with_clauses > 1 && !std::all_of(all.begin(), all.end(), under_unit)) continue;
      // The copy with the most clause parts leads the merged record.
      size_t best = all.front(), most = 0;
      for (size_t i : all) {
        size_t parts = 0;
        for (const Clause& c : doc_.tasks[i].clauses) parts += c.parts.size();
        if (parts > most) {
          most = parts;
          best = i;
        }
      }
      std::vector<size_t> order{best};
      for (size_t i : all)
        if (i != best) order.push_back(i);
      Task merged = doc_.tasks[best];
      for (size_t k = 1; k < order.size(); ++k) {
        Task& copy = doc_.tasks[order[k]];
        for (Leader& l : copy.leaders)
          if (std::none_of(merged.leaders.begin(), merged.leaders.end(),
                           [&](const Leader& m) { return m.name == l.name; }))
            merged.leaders.push_back(std::move(l));
        AppendUnique(merged.lead_units, copy.lead_units);
        AppendUnique(merged.cooperating_units, copy.cooperating_units);
        AppendUnique(merged.responsible_units, copy.responsible_units);
        if (!merged.deadline) merged.deadline = std::move(copy.deadline);
        for (Clause& c : copy.clauses) merged.clauses.push_back(std::move(c));
        merged.blocks.insert(merged.blocks.end(), copy.blocks.begin(), copy.blocks.end());
      }
      std::erase_if(merged.cooperating_units, [&](const std::string& u) {
        return std::find(merged.lead_units.begin(), merged.lead_units.end(), u) != merged.lead_units.end();
      });
      std::vector<std::string> responsible = merged.lead_units;  // lead units first
      AppendUnique(responsible, merged.responsible_units);
      merged.responsible_units = std::move(responsible);
      const size_t at = all.front();  // where it was first printed, with that copy's place and section
      merged.span = doc_.tasks[at].span;
      merged.section = doc_.tasks[at].section;
      merged.section_path = doc_.tasks[at].section_path;
      for (size_t k = 1; k < all.size(); ++k) {
        dropped[all[k]] = true;
        findings_.push_back({"GW-BUILD-TASK-REPEATED", Severity::kInfo,
                             "任务" + doc_.tasks[all[k]].marker + "与前文同号同文，视为同一项任务合并",
                             doc_.tasks[all[k]].span});
      }
      doc_.tasks[at] = std::move(merged);
    }
    size_t kept = 0;
    for (size_t i = 0; i < doc_.tasks.size(); ++i)
      if (!dropped[i]) {
        if (kept != i) {
          doc_.tasks[kept] = std::move(doc_.tasks[i]);
          contexts_[kept] = std::move(contexts_[i]);
        }
        ++kept;
      }
    doc_.tasks.resize(kept);
    contexts_.resize(kept);
  }

  // Ids are the printed numbers when they are unique in the document; where
  // numbering restarts per section they become "<section number>.<number>"; a decimal outline's
  // (1.1, 2.3.1) is its number as printed; a sub-item's under an item that is no task, "<item>.<number>".
  void AssignTaskIds() {
    std::vector<size_t> all(doc_.tasks.size());
    for (size_t i = 0; i < all.size(); ++i) all[i] = i;
    bool plain = false;  // the printed numbers, none twice: each part's ids would be the same
    std::vector<std::string> ids = IdsOf(all, &plain);
    // Two attachments or more each numbering its own tasks (附件1 1…19, 附件2's meetings 1.1…6.3): each one's
    // ids as if it stood alone, where no id is then taken twice.
    std::vector<std::vector<size_t>> parts;
    std::vector<std::string> part_ids;
    bool all_in_parts = !doc_.tasks.empty() && !plain;
    for (size_t i = 0; i < doc_.tasks.size() && all_in_parts; ++i) {
      const std::vector<std::string>& path = doc_.tasks[i].section_path;
      const Section* top = path.empty() ? nullptr : SectionOf(path.front());
      all_in_parts = top != nullptr && top->kind == SectionKind::kPart;
      if (!all_in_parts) break;
      if (part_ids.empty() || part_ids.back() != path.front()) {
        part_ids.push_back(path.front());
        parts.emplace_back();
      }
      parts.back().push_back(i);
    }
    if (all_in_parts && parts.size() >= 2 &&
        std::set<std::string>(part_ids.begin(), part_ids.end()).size() == parts.size()) {
      std::vector<std::string> own(doc_.tasks.size());
      std::unordered_set<std::string> seen;
      bool distinct = true;
      for (const std::vector<size_t>& part : parts) {
        std::vector<std::string> part_own = IdsOf(part);
        for (size_t k = 0; k < part.size() && distinct; ++k) {
          distinct = seen.insert(part_own[k]).second;
          own[part[k]] = std::move(part_own[k]);
        }
      }
      if (distinct) ids = std::move(own);
    }
    for (size_t i = 0; i < doc_.tasks.size(); ++i) {
      doc_.tasks[i].id = std::move(ids[i]);
      if (const int section = contexts_[i].section; section >= 0)
        doc_.sections[static_cast<size_t>(section)].task_ids.push_back(doc_.tasks[i].id);
    }
  }

  // The ids of the tasks `group` (indices, in order) as AssignTaskIds gives them, the group read alone.
  std::vector<std::string> IdsOf(const std::vector<size_t>& group, bool* plain = nullptr) const {
    // The numbers sorted, to see whether any is printed twice (a set took a node per task).
    std::vector<int> numbers;
    numbers.reserve(group.size());
    for (size_t i : group)  // outline tasks and sub-item tasks have ids of their own
      if (!contexts_[i].outline && contexts_[i].parent_item < 0) numbers.push_back(doc_.tasks[i].number);
    std::sort(numbers.begin(), numbers.end());
    const bool unique = std::adjacent_find(numbers.begin(), numbers.end()) == numbers.end();
    if (plain != nullptr) *plain = unique;
    std::unordered_map<std::string, int> taken;  // id → times taken; only where numbers repeat
    // Numbers printed again: the id is the path of section numbers down to the level where the numbering
    // restarts (the shallowest whose sections number their tasks 1, 2, … each: 一、（1） restarting per 一、
    // is 1.3 however many （一） stand between), without the outer levels that add nothing (the attachment's
    // part; 一、 above （一）…（二十一） numbered straight through: （三）⑵ is 3.2), the same levels for
    // every task (一、（一）（1） is 1.1.1 throughout, 五、（1） beside it 5.1).
    // A task numbered as the headings beside it are (（三）…（A牵头） between the headings （二） and （四）,
    // over their 1. 2.): its number stands at their level, one below its section's.
    std::set<std::pair<std::string, MarkerKind>> heading_kinds;  // (the parent's id, a heading's numbering)
    if (!unique)
      for (size_t s = 0; s < doc_.sections.size(); ++s)
        if (section_kinds_[s] != MarkerKind::kNone) {
          const int parent = doc_.sections[s].parent;
          heading_kinds.emplace(parent >= 0 ? doc_.sections[static_cast<size_t>(parent)].id : "",
                                section_kinds_[s]);
        }
    const auto own_level = [&](size_t i) {
      return heading_kinds.contains({doc_.tasks[i].section, contexts_[i].kind}) ? 1 : 0;
    };
    size_t keep = 0, drop = 0;
    if (!unique) {
      std::vector<size_t> tasks;  // the tasks numbered so
      size_t depth = 0, shallowest = std::numeric_limits<size_t>::max();
      for (size_t i : group)
        if (!contexts_[i].outline && contexts_[i].parent_item < 0) {
          tasks.push_back(i);
          const std::string& path = doc_.tasks[i].section;
          const size_t levels =
              (path.empty() ? 0 : static_cast<size_t>(std::count(path.begin(), path.end(), '.') + 1)) +
              own_level(i);
          depth = std::max(depth, levels);
          shallowest = std::min(shallowest, levels);
        }
      const auto taken_twice = [&](size_t from, size_t to) {  // how many ids another task has already
        std::unordered_set<std::string> ids;
        size_t n = 0;
        for (size_t i : tasks)
          n += !ids.insert(SectionPathId(doc_.tasks[i].section, from, to, doc_.tasks[i].number)).second;
        return n;
      };
      keep = depth;  // none distinct (a list numbered again in the same section): the whole path
      for (size_t b = 1; b <= depth; ++b)
        if (taken_twice(0, b) == 0) {
          keep = b;
          break;
        }
      // Every task keeps a level of its own (the shallowest's last); of the rest, as many outer levels go as
      // leave no more ids taken twice (then suffixed -2, -3) than the whole path does.
      const size_t least = taken_twice(0, keep);
      drop = std::min(keep, shallowest == std::numeric_limits<size_t>::max() ? 0 : shallowest);
      for (drop = drop > 0 ? drop - 1 : 0; drop > 0 && taken_twice(drop, keep) > least; --drop) {
      }
    }
    std::vector<std::string> out;
    out.reserve(group.size());
    for (size_t i : group) {
      const Task& t = doc_.tasks[i];
      std::string id = std::to_string(t.number);
      if (contexts_[i].outline) {
        // 1.1 and 1．1 are one number: the ASCII stop.
        id.clear();
        for (size_t k = 0; k < t.marker.size(); k += t.marker.compare(k, 3, "．") == 0 ? 3 : 1)
          id += t.marker.compare(k, 3, "．") == 0 ? '.' : t.marker[k];
        out.push_back(Unique(taken, id));
      } else if (contexts_[i].parent_item >= 0) {  // 18.1 for 18.'s （1）
        out.push_back(Unique(taken, std::to_string(contexts_[i].parent_item) + "." + id));
      } else if (unique) {
        out.push_back(std::move(id));  // distinct numbers make distinct ids: none is taken twice
      } else {
        // Numbers printed again: the section path before the number, as short as keeps every id distinct, the
        // same outer levels left out for every task (一、（一）（1） → 1.1.1 throughout, 五、（1） → 5.1).
        out.push_back(Unique(taken, SectionPathId(t.section, drop, keep, t.number)));
      }
    }
    return out;
  }

  // The task numbered `number` in the section whose id is `section` (1.2.3): the path's numbers from the
  // `from`th to before the `to`th, then the number (2.3.`number` for 1 to 3).
  static std::string SectionPathId(std::string_view section, size_t from, size_t to, int number) {
    std::string id;
    for (size_t level = 0, at = 0; !section.empty() && level < to; ++level) {
      const size_t dot = section.find('.', at);
      const size_t end = dot == std::string_view::npos ? section.size() : dot;
      if (level >= from) id.append(section.substr(at, end - at)).push_back('.');
      if (dot == std::string_view::npos) break;
      at = dot + 1;
    }
    return id + std::to_string(number);
  }

  // `id`, or `id-2`, `id-3`, … when taken; constant time per call.
  static std::string Unique(std::unordered_map<std::string, int>& taken, const std::string& id) {
    int& count = taken[id];
    if (++count == 1) return id;
    std::string alt = id + "-" + std::to_string(count);
    while (taken.count(alt)) alt = id + "-" + std::to_string(++count);
    ++taken[alt];
    return alt;
  }

  const Source& source_;
  RecognizedBlocks rbs_;
  Diagnostics findings_;  // the builder's own, added to the document's once at the end
  Document doc_;
  // The open sections, outermost first: levels rise along it, so it is a stack (a map took a node per
  // section).
  struct OpenLevel {
    int level;
    int index;  // into doc_.sections
  };
  std::vector<OpenLevel> open_;
  std::unordered_map<std::string, int> section_ids_;
  std::vector<std::string> attachment_list_;
  // What a task takes from its sections, kept until its clauses are all read.
  struct TaskContext {
    int unit_section = -1;  // the innermost unit section (its units lead), not copied into every task
    int section = -1;       // index of the innermost section
    bool outline = false;   // numbered 1.1 or 1.1.1: its id is that number as printed
    int parent_item = -1;   // the number of the item above it that is no task (18. over its （1）), or -1
    // Its first leaders: [0, section_leaders) its leader's section's (一、县长X负责的工作), then to
    // inherited_leaders those of a line over it (分管市领导：X) or of its heading (一、…（副县长X）).
    size_t section_leaders = 0;
    size_t inherited_leaders = 0;
    MarkerKind kind = MarkerKind::kNone;  // its numbering
    int below = -1;          // the note naming units for it and every task after (belows_), or -1
    bool below_own = false;  // that note stands in a clause of this task's own
    std::vector<std::string> helpers;  // the units a note says help with every task of its part
    // The units its heading's clause line gives it (一、… ⏎ （…；牵头部门：A；配合部门：B）), an index of
    // part_units_, or -1.
    int defaults = -1;
  };
  // 以下均需各地区落实，不再列出: each such note, a clause to give the tasks after it (its units a part).
  std::vector<Clause> belows_;
  std::vector<MarkerKind> section_kinds_;  // per section: a heading's numbering (kNone for the others)
  std::vector<TaskContext> contexts_;  // per task
  int leader_lines_above_ = -1;        // LeaderLinesAbove, once asked (-1 not yet)
  bool lead_rule_carries_ = false;     // a 下同 rule (first unit leads) is in force
  std::vector<std::pair<internal::Column, std::string>> columns_;  // of the current task table
  // A header cell split in two (牵头单位 over 配合单位, the rest of the second header row empty): per column,
  // what the lower half names, the cell of a task's second row; kUnknown for a column not split.
  std::vector<std::pair<internal::Column, std::string>> split_below_;
  // Under a table's group row naming its tasks' leader and lead: the columns it fills, whose blank cells are
  // the group's (its defaults), not carried down from the row above.
  std::vector<bool> group_columns_;
  std::map<internal::Column, size_t> superseded_;  // an adjustment's table: each role's column under 调整前
  std::map<size_t, std::string> superseded_values_;  // and its value in the row being read
  std::vector<bool> duty_columns_;  // a duty column beside the units' (职责分工: 牵头… · 配合…)
  std::vector<bool> matrix_columns_;  // a matrix's unit columns among them (the names' row)
  std::vector<bool> target_columns_;  // those of them that hold each area's share of a target
  // A leader's own column under a leaders' group (责任县领导 over 县长 ⏎ 周立新 | 常务副县长 ⏎ 王勇 | …): the
  // leader it names, whom a mark in a task's cell makes one of its leaders; empty for any other column.
  std::vector<std::string> tick_leaders_;
  // Per column of a matrix's units under their leaders' row: the leader over its unit, who answers for the
  // tasks it leads; empty elsewhere.
  std::vector<std::string> matrix_leaders_;
  int table_tasks_ = 0;                                            // tasks in the current table
  size_t table_first_task_ = 0;                                    // index of its first task
  size_t section_first_task_ = 0;                                  // first task of the innermost section opened last
  int leaders_in_part_ = 0;                                        // leader headings so far in the current part
  struct CellValue {
    std::string text;
    std::vector<std::string> bold;  // its bold units (BoldPieces), where bold says which lead
  };
  std::map<size_t, CellValue> carried_;      // column → value an empty cell below takes (Carries)
  std::map<size_t, CellValue> parent_values_;  // column → the last task row's value but a 子任务's
  bool sub_task_row_ = false;                  // the row read is a 子任务's (field sub_task)
  bool sub_task_leaders_said_ = false;         // the notice says a 子任务's blank leader is its task's
  std::map<size_t, CellValue> merge_first_;  // column → the cell a merge (w:vMerge) below began in
  internal::SeparatorRule separator_rule_;   // what the notice says of a clause's first ； (or ，)
  // [first, end) of a table's tasks, and the separator rule its header states
  std::vector<std::tuple<size_t, size_t, internal::SeparatorRule>> header_separators_;
  bool table_under_heading_ = false;  // the table whose header was read last stands right under a heading
  ClauseRole items_role_ =
      ClauseRole::kOther;  // the part a 牵头任务 or 配合任务 column gives its row's units
  int items_below_ = -1;  // a line over the section's items giving their leaders by number (第1—3项由X负责)
  int items_below_level_ = kLevelPart;  // the level of the heading that line stands under
  std::vector<std::string> scope_leaders_;                         // from a 县领导：… line over the tasks below
  // From the headings over them, the innermost that names some last: 一、…（副县长 X） over （一）…（副县长
  // Y） and （二）…, whose tasks are X's.
  std::vector<std::pair<int, std::vector<Leader>>> heading_leaders_;
  std::optional<Deadline> default_deadline_;         // the time the notice sets for a task that gives none
  // A stage heading's window, or the time a note under a heading gives its tasks, by the section's id.
  std::map<std::string, Deadline> heading_windows_;
  std::vector<std::pair<int, std::vector<std::string>>> heading_helpers_;  // (level, units) by heading
  struct PartUnits {
    std::vector<std::string> leads, helpers;
    // (一、…（牵头单位：A；完成时限：2024年12月底）: each task's below it without its own)
    std::string deadline;
  };
  std::vector<PartUnits> part_units_;  // each heading's units for the tasks under it (PartDefaults)
  int heading_run_level_ = -1;         // the level whose heading's clause lines set leaders last
  std::vector<std::pair<int, size_t>> heading_defaults_;  // (level, index of part_units_) by heading
  std::vector<int> defaults_sections_;     // the sections whose lead_units a clause line gave (PartDefaults)
  std::pair<int, int> item_above_{-1, 0};  // (number, level) of the last numbered paragraph that is no task
  std::vector<int> latest_task_with_number_;  // per number below kMaxItemNumber; -1 none
  std::vector<int> clauses_ahead_;   // clause lines printed above the next task (field "ahead"), read for it
  bool bold_lead_rule_ = false;      // the text states that units in bold lead (加粗的为牵头单位)
  bool red_lead_ = false;            // … in red (以红色字体标注的为牵头单位)
  bool bold_lead_ = false;           // … in bold (either, or both, said)
  bool underline_lead_ = false;      // … underlined (加下划线的为牵头部门)
  bool heavy_face_lead_ = false;  // … set in 黑体 by that name (用黑体字标注的单位为牵头单位)
  std::unordered_set<int> under_merged_lead_;  // rows under a task's lead cell merged down (AddTableCells)
  bool listed_again_ = false;  // a table's row is adding its cells to a task of the text (TaskListedAgain)
  int blank_leader_read_ = -1;       // BlankLeaderIsSections: -1 not read yet, 0 no, 1 yes
  bool marks_read_ = false;          // whether the text was searched for what a matrix's marks mean
  std::vector<std::pair<char32_t, ClauseRole>> mark_roles_;  // ●为牵头单位 → (●, lead)
  std::vector<std::string> lead_signs_;  // the signs it says mark the lead after a name (带“*”的为牵头单位)
  bool responsible_lead_without_lead_ = false;  // 无牵头单位的，责任单位即为牵头单位
  bool responsible_said_leads_ = false;  // 标明“负责”的，所列单位为牵头单位: A、B负责 both lead
  bool document_lead_rule_ = false;  // the text states that the first unit leads (各项任务中排在第一位的…)
  // Units the rule passes over wherever they stand (各分局…和派出所…均不作为牵头单位): each by the end of
  // its name (分局, 县（市）公安局, 派出所).
  std::vector<std::string> never_lead_;
  // The column of units whose none (—, /) makes another's lead, and that other (NoneColumnLeads).
  std::pair<std::string, std::string> none_column_leads_;
  std::vector<std::pair<size_t, size_t>>
      table_rules_;  // tasks [first, end) of tables a 注 under them or their header gave it
  static constexpr size_t kOpenTable =
      std::numeric_limits<size_t>::max();  // a header's rule: to the table's end
  int current_task_ = -1;
  int unit_rows_ = 0;          // the units' rows of the current table so far (UnitRowTasks)
  int unit_row_section_ = -1;  // the section of the last one, while open
  int row_item_ = -1;          // the item of a unit's row whose task AddTableCells is filling, or -1
  size_t row_items_ = 0;       // and how many items the row has
  // A leader's help with tasks by number (协助包抓的重点工作: 第2、4项), from his row of a table by leader.
  struct Help {
    size_t first_task;         // the first task of his table
    std::vector<int> numbers;  // the tasks' numbers
    size_t column;             // the cell that names them
    int block;                 // his row
    std::string leader;        // his cell (郑国华 ⏎ 县委书记)
    std::string header;        // the column's header
  };
  std::vector<Help> helps_;
  std::set<int> all_lead_sections_;
  std::map<int, Leader> co_leaders_;  // a leader's section's first leader, where its heading names two  //
                                      // sections whose note makes every unit listed lead (AllLeadNote)
  std::vector<std::vector<internal::CellItem>> row_cell_items_;  // the numbered lines of each of its cells
  std::vector<std::vector<internal::KeyedLine>>
      row_cell_keyed_;  // an agenda row's cells' lines by item number
};

}  // namespace

const char* SectionKindName(SectionKind kind) {
  switch (kind) {
    case SectionKind::kPart: return "part";
    case SectionKind::kLeader: return "leader";
    case SectionKind::kUnit: return "unit";
    case SectionKind::kHeading: return "heading";
  }
  return "heading";
}

Document BuildDocument(const Source& source, RecognizedBlocks blocks, Diagnostics diagnostics) {
  return Builder(source, std::move(blocks), std::move(diagnostics)).Run();
}

}  // namespace gongwen

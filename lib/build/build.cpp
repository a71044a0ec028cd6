// Stage 5: assemble metadata, the section tree and the tasks from the roles.
#include "gongwen/build.h"

#include <algorithm>
#include <map>
#include <set>
#include <string_view>

#include "build/lists.h"
#include "core/utf8.h"
#include "patterns/catalogue.h"

namespace gongwen {

namespace {

using internal::AppendUnique;
using internal::SplitList;

constexpr int kLevelPart = 0;
constexpr int kLevelLeader = 1;
constexpr int kLevelUnit = 2;

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9' || v > 100000000) return v;
    v = v * 10 + (c - '0');
  }
  return v;
}

class Builder {
 public:
  Builder(const Source& source, RecognizedBlocks blocks, Diagnostics diagnostics) : rbs_(std::move(blocks)) {
    doc_.source = {source.path(), source.format(), source.encoding(), source.sha256(), source.original_size()};
    doc_.diagnostics = std::move(diagnostics);
  }

  Document Run() {
    Blocks();
    Metadata();
    Structure();
    AssignTaskIds();
    return std::move(doc_);
  }

 private:
  void Blocks() {
    doc_.blocks.reserve(rbs_.size());
    for (const RecognizedBlock& rb : rbs_)
      doc_.blocks.push_back(
          {rb.block.kind, rb.role, rb.marker.text, rb.block.text, rb.block.original, rb.block.cells, rb.block.span});
  }

  void Metadata() {
    auto& md = doc_.metadata;
    std::string pending_printed_issuer;
    Span pending_printed_span;
    for (const RecognizedBlock& rb : rbs_) {
      const std::string& t = rb.block.text;
      switch (rb.role) {
        case Role::kIssuerMark:
          md.issuer_mark += t;
          break;
        case Role::kDocNumber:
          if (!md.doc_number) {
            DocNumber n;
            n.text = std::string(rb.Field("number"));
            n.agency_code = std::string(rb.Field("code"));
            n.year = ToInt(rb.Field("year"));
            n.serial = ToInt(rb.Field("serial"));
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
          if (md.addressees.empty()) md.addressees = SplitList(rb.Field("list"));
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
          md.attachments.push_back(t);
          break;
        case Role::kAttachmentList:
          AttachmentListItems(rb);
          break;
        case Role::kCc:
          AppendUnique(md.cc, SplitList(rb.Field("list")));
          break;
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
          md.copies = ToInt(rb.Field("count"));
          break;
        default:
          break;
      }
    }
    RE2::PartialMatch(md.title, internal::Pattern(internal::Pat::kTitleType), &md.doc_type);
    // 附件说明 lists the attachments by name; without it, the attachment titles stand.
    if (!attachment_list_.empty()) md.attachments = attachment_list_;
  }

  void AttachmentListItems(const RecognizedBlock& rb) {
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

  int OpenSection(SectionKind kind, int level, const RecognizedBlock& rb, int block_index, int number) {
    CloseFrom(level);
    Section s;
    s.kind = kind;
    s.level = level;
    s.marker = rb.marker.text;
    s.number = number;
    s.heading = std::string(std::string_view(rb.block.text).substr(rb.marker.length));
    s.span = rb.block.span;
    s.block = block_index;
    s.parent = Innermost();
    const std::string prefix = s.parent >= 0 ? doc_.sections[static_cast<size_t>(s.parent)].id + "." : "";
    s.id = UniqueSectionId(prefix + std::to_string(number));
    const int index = static_cast<int>(doc_.sections.size());
    if (s.parent >= 0) doc_.sections[static_cast<size_t>(s.parent)].children.push_back(index);
    doc_.sections.push_back(std::move(s));
    open_[level] = index;
    return index;
  }

  std::string UniqueSectionId(std::string id) {
    if (section_ids_.insert(id).second) return id;
    for (int k = 2;; ++k) {
      std::string alt = id + "-" + std::to_string(k);
      if (section_ids_.insert(alt).second) return alt;
    }
  }

  void CloseFrom(int level) {
    for (auto it = open_.lower_bound(level); it != open_.end();) it = open_.erase(it);
  }
  int Innermost() const { return open_.empty() ? -1 : open_.rbegin()->second; }

  void Structure() {
    int part_count = 0;
    for (size_t i = 0; i < rbs_.size(); ++i) {
      const RecognizedBlock& rb = rbs_[i];
      const int bi = static_cast<int>(i);
      switch (rb.role) {
        case Role::kAttachmentTitle:
          open_.clear();
          current_task_ = -1;
          if (NextStructural(i) != Role::kPartHeading && OpensStructure(i))
            OpenSection(SectionKind::kPart, kLevelPart, rb, bi, ++part_count);
          break;
        case Role::kPartHeading:
          open_.clear();
          current_task_ = -1;
          OpenSection(SectionKind::kPart, kLevelPart, rb, bi, ++part_count);
          break;
        case Role::kLeaderHeading: {
          current_task_ = -1;
          int s = OpenSection(SectionKind::kLeader, kLevelLeader, rb, bi, rb.marker.number);
          doc_.sections[static_cast<size_t>(s)].leader = Leader{std::string(rb.Field("name")), std::string(rb.Field("title"))};
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
          OpenSection(SectionKind::kHeading, level, rb, bi, rb.marker.number);
          break;
        }
        case Role::kPortfolio: {
          auto it = open_.find(kLevelLeader);
          if (it != open_.end()) doc_.sections[static_cast<size_t>(it->second)].portfolio = rb.block.text;
          break;
        }
        case Role::kTask:
          NewTask(rb, bi);
          break;
        case Role::kSubItem:
          if (current_task_ >= 0) {
            Task& t = doc_.tasks[static_cast<size_t>(current_task_)];
            t.text += "\n" + rb.block.text;
            t.blocks.push_back(bi);
          }
          break;
        case Role::kClause:
          AttachClause(rb, bi);
          break;
        default:
          break;
      }
    }
    for (Task& t : doc_.tasks) Finish(t);
  }

  Role NextStructural(size_t i) const {
    for (size_t j = i + 1; j < rbs_.size(); ++j)
      if (rbs_[j].role != Role::kDecoration && rbs_[j].role != Role::kPageBreak) return rbs_[j].role;
    return Role::kBody;
  }
  bool OpensStructure(size_t i) const {
    for (size_t j = i + 1; j < rbs_.size(); ++j) {
      Role r = rbs_[j].role;
      if (r == Role::kLeaderHeading || r == Role::kUnitHeading || r == Role::kHeading || r == Role::kTask) return true;
      if (r == Role::kAttachmentTitle || r == Role::kPartHeading) return false;
    }
    return false;
  }

  void NewTask(const RecognizedBlock& rb, int bi) {
    Task t;
    t.number = rb.marker.number;
    t.marker = rb.marker.text;
    t.text = std::string(std::string_view(rb.block.text).substr(rb.marker.length));
    t.span = rb.block.span;
    t.blocks.push_back(bi);
    // Leader and lead units come from the enclosing sections, innermost first.
    for (auto it = open_.rbegin(); it != open_.rend(); ++it) {
      const Section& s = doc_.sections[static_cast<size_t>(it->second)];
      if (t.section.empty()) t.section = s.id;
      if (s.leader && t.leaders.empty()) t.leaders.push_back(*s.leader);
      if (s.kind == SectionKind::kUnit && t.lead_units.empty()) {
        t.lead_units = s.lead_units;
        implementing_.resize(doc_.tasks.size() + 1);
        implementing_.back() = s.implementing_units;
      }
    }
    for (auto it = open_.begin(); it != open_.end(); ++it) t.section_path.push_back(doc_.sections[static_cast<size_t>(it->second)].id);
    if (Innermost() >= 0) task_section_.push_back(Innermost());
    else task_section_.push_back(-1);
    implementing_.resize(doc_.tasks.size() + 1);
    current_task_ = static_cast<int>(doc_.tasks.size());
    doc_.tasks.push_back(std::move(t));
  }

  void AttachClause(const RecognizedBlock& rb, int bi) {
    if (current_task_ < 0) {
      doc_.diagnostics.push_back({"GW-BUILD-ORPHAN-CLAUSE", Severity::kWarning,
                                  "责任分工括注前没有可归属的任务：“" + rb.block.text + "”", rb.block.span});
      return;
    }
    Task& task = doc_.tasks[static_cast<size_t>(current_task_)];
    task.blocks.push_back(bi);
    // The body may hold several labelled parts: 牵头单位：A；配合单位：B，C
    const RE2& part = internal::Pattern(internal::Pat::kClauseLabel);
    std::string_view body = rb.Field("body");
    std::vector<std::pair<std::string, size_t>> labels;  // label, value start
    re2::StringPiece in(body.data(), body.size());
    size_t search_from = 0;
    re2::StringPiece match[2];
    while (part.Match(in, search_from, in.size(), RE2::UNANCHORED, match, 2)) {
      labels.emplace_back(std::string(match[1].data(), match[1].size()),
                          static_cast<size_t>(match[0].data() + match[0].size() - body.data()));
      search_from = labels.back().second;
    }
    Clause c;
    c.text = rb.block.text;
    c.span = rb.block.span;
    c.block = bi;
    for (size_t k = 0; k < labels.size(); ++k) {
      size_t value_end = k + 1 < labels.size() ? body.rfind(labels[k + 1].first, labels[k + 1].second) : body.size();
      ClausePart part_out;
      part_out.label = labels[k].first;
      part_out.value = TrimClauseValue(body.substr(labels[k].second, value_end - labels[k].second));
      const std::string& l = part_out.label;
      if (l.find("领导") != std::string::npos) {
        part_out.units = SplitList(part_out.value);
        for (const auto& name : part_out.units) task.leaders.push_back(Leader{name, ""});
      } else if (l.find("时") != std::string::npos) {
        task.deadline = Deadline{part_out.value, internal::DeadlineDate(part_out.value, DocumentYear())};
      } else {
        part_out.units = SplitList(part_out.value);
        if (l == "牵头单位" || l == "牵头部门" || l == "主责单位") {
          task.lead_units = part_out.units;
        } else if (l == "责任单位" || l == "责任部门" || l == "负责单位" || l == "负责部门") {
          AppendUnique(task.responsible_units, part_out.units);
        } else {
          AppendUnique(task.cooperating_units, part_out.units);
        }
      }
      c.parts.push_back(std::move(part_out));
    }
    task.clauses.push_back(std::move(c));
  }

  // A part's value without the separator that led to the next part.
  static std::string TrimClauseValue(std::string_view value) {
    value = internal::TrimSpaces(value);
    for (bool again = true; again;) {
      again = false;
      for (std::string_view tail : {"；", "，", "。", ";", ","})
        if (value.size() >= tail.size() && value.substr(value.size() - tail.size()) == tail) {
          value.remove_suffix(tail.size());
          value = internal::TrimSpaces(value);
          again = true;
        }
    }
    return std::string(value);
  }

  int DocumentYear() const {
    const auto& md = doc_.metadata;
    if (md.date.size() >= 4) return ToInt(md.date.substr(0, 4));
    if (md.doc_number && md.doc_number->year >= 1000) return md.doc_number->year;
    return 0;
  }

  void Finish(Task& t) {
    const size_t index = static_cast<size_t>(&t - doc_.tasks.data());
    std::vector<std::string> responsible = t.lead_units;
    if (index < implementing_.size()) AppendUnique(responsible, implementing_[index]);
    AppendUnique(responsible, t.responsible_units);
    AppendUnique(responsible, t.cooperating_units);
    t.responsible_units = std::move(responsible);
  }

  // Ids are the printed numbers when they are unique in the document; where
  // numbering restarts per section they become "<section number>.<number>".
  void AssignTaskIds() {
    std::set<int> seen;
    bool unique = true;
    for (const Task& t : doc_.tasks) unique = seen.insert(t.number).second && unique;
    std::set<std::string> ids;
    for (size_t i = 0; i < doc_.tasks.size(); ++i) {
      Task& t = doc_.tasks[i];
      std::string id = std::to_string(t.number);
      if (!unique) {
        // The nearest leader or level-1 section, else the innermost section.
        std::string prefix;
        for (auto it = t.section_path.rbegin(); it != t.section_path.rend(); ++it) {
          const Section* s = FindSection(*it);
          if (s != nullptr && s->level == kLevelLeader) {
            prefix = std::to_string(s->number);
            break;
          }
        }
        if (prefix.empty() && !t.section.empty()) prefix = t.section;
        id = prefix.empty() ? id : prefix + "." + id;
        if (ids.count(id) && !t.section.empty()) id = t.section + "." + std::to_string(t.number);
      }
      for (int k = 2; ids.count(id); ++k) id = std::to_string(t.number) + "-" + std::to_string(k);
      ids.insert(id);
      t.id = id;
      if (i < task_section_.size() && task_section_[i] >= 0)
        doc_.sections[static_cast<size_t>(task_section_[i])].task_ids.push_back(id);
    }
  }

  const Section* FindSection(const std::string& id) const {
    for (const Section& s : doc_.sections)
      if (s.id == id) return &s;
    return nullptr;
  }
  RecognizedBlocks rbs_;
  Document doc_;
  std::map<int, int> open_;  // level → index of the open section
  std::set<std::string> section_ids_;
  std::vector<std::string> attachment_list_;
  std::vector<std::vector<std::string>> implementing_;  // per task
  std::vector<int> task_section_;                       // per task: index of its section
  int current_task_ = -1;
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

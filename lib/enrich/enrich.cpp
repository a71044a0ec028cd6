// The enrich stage's driver: runs the finders over each task and the cover
// notice, and places what they find in the original file.
#include "gongwen/enrich.h"

#include <string.h>  // memmem

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

#include "core/lists.h"
#include "core/utf8.h"
#include "enrich/finders.h"

namespace gongwen {

namespace {

// The document's year (internal::DocumentYear), else the year it was printed (印发日期).
int DocumentYear(const Document& doc) {
  if (int year = internal::DocumentYear(doc.metadata); year != 0) return year;
  const auto& printed = doc.metadata.printed_by;
  return printed && printed->date.size() >= 4 ? std::stoi(printed->date.substr(0, 4)) : 0;
}

// Full-width forms compare equal to their ASCII letters, digits and punctuation.
char32_t Fold(char32_t cp) {
  if (cp >= 0xFF01 && cp <= 0xFF5E) return cp - 0xFF01 + 0x21;
  return cp;
}
bool Skippable(char32_t cp) { return internal::IsSpace(cp) || cp == U'*' || cp == U'\n' || cp == U'\r'; }

// Appends code point `cp`, read from the bytes `read`, folded. A code point folding to itself is
// its bytes as read (a valid one is read from its UTF-8 form; an invalid sequence reads as U+FFFD,
// whose form is written instead).
void AppendFolded(std::string& out, std::string_view read, char32_t cp) {
  const char32_t folded = Fold(cp);
  if (folded == cp && cp != U'\uFFFD')
    out.append(read);
  else
    internal::AppendUtf8(out, folded);
}

// Whether AppendFolded would write `text` other than as it is: a character to drop or fold, or a
// malformed byte (written as U+FFFD).
bool NeedsFolding(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = internal::NextCodePoint(text, i);
    if (Skippable(cp) || Fold(cp) != cp || cp == U'\uFFFD') return true;
  }
  return false;
}

// A block's original text as the normalizer's text is compared with it: full-width forms folded,
// spaces, markdown '*' and line breaks dropped (the normalizer removed them), each byte knowing the
// original character it came from. Made once per block; a piece is then found with glibc's memmem
// (the Two-Way algorithm: linear time, constant space), the first place at or after a cursor.
class FoldedBlock {
 public:
  FoldedBlock(const Source& source, const DocumentBlock& block) {
    if (block.end <= block.begin || block.end > source.text().size()) return;
    base_ = block.begin;
    const std::string_view original(source.text().data() + block.begin, block.end - block.begin);
    // A paragraph of a page set in two columns: its parts only, not the other column's lines between them.
    if (!block.parts.empty()) {
      for (const BlockPart& part : block.parts)
        if (part.begin >= block.begin && part.end <= block.end && part.begin <= part.end) {
          FoldRange(original, part.begin - block.begin, part.end - block.begin);
          parts_.emplace_back(part.begin - block.begin, part.end - block.begin);
        }
      return;
    }
    // Mostly nothing is to fold or drop: then the original is searched as it is, with no copy.
    bool plain = true;
    for (size_t i = 0; i < original.size() && plain;) {
      const char32_t cp = internal::NextCodePoint(original, i);
      plain = !Skippable(cp) && Fold(cp) == cp;
    }
    if (plain) {
      original_ = original;
      return;
    }
    folded_.reserve(original.size());
    begin_.reserve(original.size());
    length_.reserve(original.size());
    FoldRange(original, 0, original.size());
  }

  // A piece found: [begin, end) in the original block, and where it starts in what is searched (a
  // cursor for the next search: a two-column paragraph's parts are searched in reading order, not the
  // source's).
  struct Found {
    size_t begin = 0, end = 0, at = 0;
  };

  // The first `words` (normalized text) at or after `from` in what is searched. When it is not
  // there, `scanned` grows by the bytes searched.
  std::optional<Found> Find(std::string_view words, size_t from, size_t& scanned) const {
    // What is searched: the original block, or the folded copy (a view made here, so a copy of this
    // object never points into another's string).
    const std::string_view view = begin_.empty() ? original_ : std::string_view(folded_);
    // `words` folded as the block was; mostly there is nothing to fold or drop, and `words` is searched
    // for as it is, not copied.
    std::string folded_words;
    std::string_view needle = words;
    if (NeedsFolding(words)) {
      folded_words.reserve(words.size());
      for (size_t i = 0; i < words.size();) {
        const size_t b = i;
        const char32_t cp = internal::NextCodePoint(words, i);
        if (!Skippable(cp)) AppendFolded(folded_words, words.substr(b, i - b), cp);
      }
      needle = folded_words;
    }
    const size_t start = std::min(from, view.size());
    if (needle.empty() || start >= view.size()) return std::nullopt;
    const void* hit = memmem(view.data() + start, view.size() - start, needle.data(), needle.size());
    if (hit == nullptr) {
      scanned += view.size() - start;
      return std::nullopt;
    }
    const size_t at = static_cast<size_t>(static_cast<const char*>(hit) - view.data());
    const size_t last = at + needle.size() - 1;                         // a byte of the last character
    if (begin_.empty()) return Found{at, at + needle.size(), at};       // UTF-8 needle: whole characters
    // (A piece across two parts of two columns: its span is its first part's piece, to that part's end.)
    const size_t begin = begin_[at];
    size_t end = size_t{begin_[last]} + length_[last];
    for (const auto& [from, to] : parts_)
      if (begin >= from && begin < to && (end <= from || end > to)) end = to;
    return Found{begin, std::max(begin, end), at};
  }

  size_t base() const { return base_; }

 private:
  // Folds original[from, to) onto the end of folded_, each byte knowing its character's place.
  void FoldRange(std::string_view original, size_t from, size_t to) {
    for (size_t i = from; i < to;) {
      const size_t b = i;
      const char32_t cp = internal::NextCodePoint(original.substr(0, to), i);
      if (Skippable(cp)) continue;
      const size_t before = folded_.size();
      AppendFolded(folded_, original.substr(b, i - b), cp);
      begin_.insert(begin_.end(), folded_.size() - before, static_cast<uint32_t>(b));
      length_.insert(length_.end(), folded_.size() - before, static_cast<uint8_t>(i - b));
    }
  }

  size_t base_ = 0;
  std::string_view original_;  // the block in the source's text, when nothing is to fold
  std::string folded_;
  std::vector<uint32_t> begin_;  // per byte of folded_: its character's first byte in the block
  std::vector<uint8_t> length_;  // and that character's length there
  std::vector<std::pair<size_t, size_t>> parts_;  // a two-column paragraph's parts, [begin, end) in the block
};

// Finds the pieces of a text (targets, milestones, reporting items) in the original of its blocks.
// Pieces come in text order, so each search starts at a cursor where the last one started (and
// 20 000 targets of one task cost one pass, not 20 000). A piece not found costs a search to the end
// of the blocks; past a budget linear in the text no more are looked for (they take the fallback
// span), so no input makes this quadratic.
class PieceFinder {
 public:
  PieceFinder(const Document& doc, const Source& source, std::vector<int> blocks, size_t text_size,
              const Span& fallback)
      : doc_(doc),
        source_(source),
        blocks_(std::move(blocks)),
        folded_(blocks_.size()),
        budget_(8 * text_size + (size_t{1} << 20)),
        fallback_(fallback) {}

  // The span of `words` (a piece of the text) in the original file.
  Span Locate(std::string_view words) {
    if (scanned_ > budget_) return fallback_;
    for (size_t k = block_; k < blocks_.size(); ++k) {
      const int b = blocks_[k];
      if (b < 0 || static_cast<size_t>(b) >= doc_.blocks.size()) continue;
      if (!folded_[k]) folded_[k].emplace(source_, doc_.blocks[static_cast<size_t>(b)]);
      const FoldedBlock& folded = *folded_[k];
      if (auto found = folded.Find(words, k == block_ ? offset_ : 0, scanned_)) {
        block_ = k;
        offset_ = found->at + 1;  // pieces may overlap: the next one starts after this one's start
        return source_.SpanOf(folded.base() + found->begin, folded.base() + found->end);
      }
    }
    return fallback_;
  }

 private:
  const Document& doc_;
  const Source& source_;
  std::vector<int> blocks_;                         // indices into Document::blocks
  std::vector<std::optional<FoldedBlock>> folded_;  // per block, made when first searched
  size_t budget_;                                   // bytes that pieces not found may search in all
  Span fallback_;
  size_t block_ = 0;    // the cursor: an index into blocks_
  size_t offset_ = 0;   // and a byte of what that block's search reads
  size_t scanned_ = 0;  // bytes searched by pieces not found
};

void Targets(Document& doc, const Source& source, Task& task) {
  std::vector<internal::FoundTarget> found = internal::FindTargets(task.text);
  if (found.empty()) return;  // most tasks: no finder made (it copies the task's block list)
  PieceFinder finder(doc, source, task.blocks, task.text.size(), task.span);
  task.targets.reserve(task.targets.size() + found.size());  // a target for each found
  for (internal::FoundTarget& f : found) {
    Target t;
    t.text = task.text.substr(f.begin, f.end - f.begin);
    t.subject = std::move(f.subject);
    t.measure = std::move(f.measure);
    t.value = f.value;
    t.unit = std::move(f.unit);
    t.comparator = std::string(f.comparator);
    t.span = finder.Locate(t.text);
    task.targets.push_back(std::move(t));
  }
}

void Milestones(Document& doc, const Source& source, Task& task, int year) {
  std::vector<internal::FoundDate> found = internal::FindMilestones(task.text, year);
  if (found.empty()) return;
  PieceFinder finder(doc, source, task.blocks, task.text.size(), task.span);
  for (internal::FoundDate& f : found) {
    Milestone m;
    m.text = task.text.substr(f.begin, f.end - f.begin);
    m.date = std::move(f.date);
    // The task's own deadline clause (完成时限：6月底前) is not a milestone. A date of the text that the
    // build stage also took as the deadline stays one: it carries the event (5月投产, 9月投产, 11月投产).
    if (task.deadline && task.deadline->text.find(m.text) != std::string::npos) continue;
    m.span = finder.Locate(m.text);
    task.milestones.push_back(std::move(m));
  }
}

void ReportingSchedule(Document& doc, const Source& source, int year) {
  std::vector<bool> in_task(doc.blocks.size(), false);
  for (const Task& t : doc.tasks)
    for (int b : t.blocks)
      if (b >= 0 && static_cast<size_t>(b) < in_task.size()) in_task[static_cast<size_t>(b)] = true;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const DocumentBlock& block = doc.blocks[i];
    if (in_task[i] || (block.role != Role::kBody && block.role != Role::kNote)) continue;
    std::optional<PieceFinder> finder;  // made for a block with items only
    for (internal::FoundReporting& f : internal::FindReportingSchedule(block.text, year)) {
      if (!finder)
        finder.emplace(doc, source, std::vector<int>{static_cast<int>(i)}, block.text.size(), block.span);
      ReportingItem item;
      item.text = block.text.substr(f.begin, f.end - f.begin);
      item.recurrence = std::move(f.recurrence);
      item.day = f.day;
      item.date = std::move(f.date);
      item.report = std::move(f.report);
      item.span = finder->Locate(item.text);
      doc.metadata.reporting_schedule.push_back(std::move(item));
    }
  }
}

// Words every task uses (verbs of doing, comparators): never keywords.
constexpr std::string_view kGenericWords[] = {
    "以上", "以下",   "左右", "完成", "推进", "加快", "加强",   "确保", "实现", "开展", "全面",
    "积极", "进一步", "推动", "提升", "做好", "持续", "力争",   "全年", "工作", "建设", "落实",
    "深入", "强化",   "完善", "健全", "坚持", "不断", "有效",   "切实", "着力", "大力", "扎实",
    "全力", "支持",   "促进", "提高", "增长", "达到", "不低于", "年度", "重点", "各项", "相关",
    "有关", "进行",   "加大", "用好", "抓好", "同时", "其中"};

// Words of a task worth indexing: not punctuation, not numbers, not one character, not generic.
bool Indexable(std::string_view word, TokenKind kind) {
  return kind == TokenKind::kWord && internal::CountCodePoints(word) >= 2 &&
         std::find(std::begin(kGenericWords), std::end(kGenericWords), word) == std::end(kGenericWords);
}

void Tokens(Document& doc, const EnrichOptions& options) {
  Segmenter segmenter(options.segment);
  if (options.lexicon != nullptr) segmenter.AddLexicon(*options.lexicon);
  AddDocumentWords(doc, segmenter);
  std::unordered_map<std::string, int> df;  // tasks each indexable word occurs in
  std::vector<std::vector<std::pair<std::string, TokenKind>>> words(doc.tasks.size());
  for (size_t k = 0; k < doc.tasks.size(); ++k) {
    Task& task = doc.tasks[k];
    std::set<std::string> seen;
    for (const Token& t : segmenter.Words(task.text)) {
      std::string w = task.text.substr(t.begin, t.end - t.begin);
      if (t.kind != TokenKind::kPunct) task.tokens.push_back(w);
      if (Indexable(w, t.kind) && seen.insert(w).second) ++df[w];
      words[k].emplace_back(std::move(w), t.kind);
    }
  }
  const double n = static_cast<double>(doc.tasks.size());
  for (size_t k = 0; k < doc.tasks.size(); ++k) {
    std::map<std::string, std::pair<int, size_t>> tf;  // word → (count, first position)
    for (size_t p = 0; p < words[k].size(); ++p) {
      const auto& [w, kind] = words[k][p];
      if (!Indexable(w, kind)) continue;
      auto [it, inserted] = tf.try_emplace(w, 0, p);
      ++it->second.first;
    }
    std::vector<std::tuple<double, size_t, std::string>> ranked;
    for (const auto& [w, cf] : tf) {
      const double idf = std::log((n + 1) / (df[w] + 0.5));
      ranked.emplace_back(-cf.first * idf, cf.second, w);  // best first; ties: first in the text
    }
    std::sort(ranked.begin(), ranked.end());
    for (size_t r = 0; r < ranked.size() && r < options.keywords; ++r)
      doc.tasks[k].keywords.push_back(std::get<2>(ranked[r]));
  }
}

// A unit's name is a word of the document; a description of units is not one (县直有关行政执法部门,
// 其他相关单位): its words stay apart.
void AddUnit(Segmenter& segmenter, std::string_view unit) {
  if (unit.substr(0, 3) == "各") unit.remove_prefix(3);
  for (std::string_view generic : {"有关", "相关", "其他", "其它"})
    if (unit.find(generic) != std::string_view::npos) return;
  if (internal::CountCodePoints(unit) >= 2) segmenter.AddWord(unit);
}

}  // namespace

void AddDocumentWords(const Document& doc, Segmenter& segmenter) {
  for (const Task& t : doc.tasks) {
    for (const auto* list : {&t.lead_units, &t.cooperating_units, &t.responsible_units})
      for (const std::string& u : *list) AddUnit(segmenter, u);
    for (const Leader& l : t.leaders) {
      segmenter.AddWord(l.name);
      for (const std::string& post : l.titles) segmenter.AddWord(post);  // 副县长, 县公安局局长
    }
  }
  for (const Section& s : doc.sections) {
    for (const auto* list : {&s.lead_units, &s.implementing_units})
      for (const std::string& u : *list) AddUnit(segmenter, u);
    if (s.leader) {
      segmenter.AddWord(s.leader->name);
      for (const std::string& post : s.leader->titles) segmenter.AddWord(post);
    }
  }
  AddUnit(segmenter, doc.metadata.issuer);
}

void Enrich(Document& doc, const Source& source, const EnrichOptions& options) {
  const int year = DocumentYear(doc);
  for (Task& task : doc.tasks) {
    if (options.targets) Targets(doc, source, task);
    if (options.milestones) Milestones(doc, source, task, year);
  }
  if (options.milestones) ReportingSchedule(doc, source, year);
  if (options.tokens) Tokens(doc, options);
}

}  // namespace gongwen

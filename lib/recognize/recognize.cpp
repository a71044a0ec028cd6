// Stage 4: give every block a role.
//
// First each block's leading marker is read; then the document is walked zone by
// zone: the head (issuer mark, number, title, addressees), the body, the
// signature and date, the attachment, and the colophon at the end.
#include "gongwen/recognize.h"

#include <algorithm>
#include <array>
#include <bitset>
#include <limits>
#include <optional>
#include <span>

#include "core/chinese_number.h"
#include "core/lists.h"
#include "core/utf8.h"
#include "patterns/catalogue.h"
#include "patterns/marker.h"
#include "recognize/block_ref.h"
#include "recognize/clauses.h"
#include "recognize/table.h"

namespace gongwen {

namespace {

using internal::FullMatch;
using internal::MayMatch;
using internal::PartialMatch;
using internal::Pat;
using internal::Pattern;

// How far into the document the head (issuer mark, number, title) may reach.
constexpr size_t kHeadWindow = 12;
// How far down a notice's issuer mark is looked for, below what a mail forwarding it puts above it.
constexpr size_t kPreambleWindow = 60;
// Longest line still taken for a signature, a printed-by issuer or a heading.
constexpr size_t kMaxShortLine = 40;

const char* const kRoleNames[] = {
    "issuer_mark",
    "security",
    "doc_number",
    "signer",
    "title",
    "addressees",
    "body",
    "heading",
    "part_heading",
    "leader_heading",
    "portfolio",
    "unit_heading",
    "task",
    "sub_item",
    "clause",
    "attachment_list",
    "attachment_label",
    "attachment_title",
    "signature",
    "date",
    "note",
    "cc",
    "printed_by",
    "proofreader",
    "copies",
    "table_header",
    "decoration",
    "table_row",
    "translation",
    "page_break",
};
static_assert(std::size(kRoleNames) == static_cast<size_t>(Role::kPageBreak) + 1);

size_t Length(std::string_view text) { return internal::CountCodePoints(text); }

bool HasSentencePunct(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    char32_t cp = internal::NextCodePoint(text, i);
    if (cp == U'。' || cp == U'；' || cp == U'！' || cp == U'？' || cp == U'，') return true;
  }
  return false;
}

// The responsibility a sub-item gives under a label of its own: 责任分工。牵头县领导：X；牵头单位：A → what
// follows the label (empty for the label alone); nullopt for any other sub-item (（3）责任单位：A is a
// sub-item's own clause, a task of its own).
std::optional<std::string_view> DutyOfSubItem(std::string_view rest) {
  for (std::string_view label : {"责任分工", "职责分工", "任务分工", "责任主体", "责任落实", "分工安排"})
    if (rest.starts_with(label)) {
      std::string_view after = rest.substr(label.size());
      for (std::string_view mark : {"。", "：", ":", "．", "."})
        if (after.starts_with(mark)) {
          after.remove_prefix(mark.size());
          break;
        }
      after = internal::TrimSpaces(after);
      if (!after.empty() && !internal::OpensWithClauseLabel(after)) return std::nullopt;
      return after;
    }
  return std::nullopt;
}

// A short line with no sentence punctuation: a name, a heading, a label.
bool IsShortLine(std::string_view text) { return Length(text) <= kMaxShortLine && !HasSentencePunct(text); }

// Captures named groups of `pat` matched against the whole `text` into `fields`. A text without
// what the pattern needs (PatternInfo::needs: a leader heading's verb, 附 of an attachment list)
// is turned away before RE2 runs, and groups are only read on a match (FullMatchGroups).
bool Capture(std::string_view text, Pat pat, BlockFacts& rb) {
  const RE2& re = Pattern(pat);
  constexpr int kMaxGroups = 16;
  const int n = std::min(re.NumberOfCapturingGroups(), kMaxGroups - 1);
  std::array<re2::StringPiece, kMaxGroups> groups;
  // A pattern without groups (portfolio) asks for none: there is nothing to read.
  if (!internal::FullMatchGroups(pat, text, groups.data(), n == 0 ? 0 : n + 1)) return false;
  for (const auto& [name, index] : re.NamedCapturingGroups()) {
    if (index > n) continue;
    const auto& g = groups[static_cast<size_t>(index)];
    if (g.data() != nullptr) rb.fields.emplace_back(name, std::string(g.data(), g.size()));
  }
  return true;
}

// A unit heading (县发展和改革局牵头负责的工作) and its units, read with RE2's DFAs alone: asking for
// the group would run RE2's slower capture engine, with three allocations, on every such heading.
// unit_heading is `^(?P<units>.+?)TAIL$`: the lazy units end at the first place, one character in at
// least, from which TAIL$ (unit_heading_tail) matches, which is where the leftmost match of TAIL$
// from byte 1 on starts. That match starts at a character: TAIL opens with 牵 or 负, whose first
// byte is no other character's continuation. (RE2 runs a pattern ending in $ backward from the end.)
bool UnitHeading(std::string_view text, BlockFacts& rb) {
  if (!FullMatch(Pat::kUnitHeading, text)) return false;
  const re2::StringPiece input(text.data(), text.size());
  re2::StringPiece tail;
  if (!Pattern(Pat::kUnitHeadingTail).Match(input, 1, text.size(), RE2::UNANCHORED, &tail, 1)) return false;
  rb.fields.emplace_back("units",
                         std::string(text.substr(0, static_cast<size_t>(tail.data() - text.data()))));
  return true;
}

// The units a heading's closing bracket makes the lead of the tasks under it: 以下任务由县发改局牵头,
// 由县发改局牵头负责, 本部分工作均由A、B牵头. Empty when the bracket says no such thing, and for a bare
// 由…负责 after a sentence's end (（四）推进…。（由A会同有关部门负责）): that is the item's own clause, where
// a heading's (五、深化…，增强…（由市财政局牵头负责）) has at most a comma.
std::string_view LeadOfTheTasksBelow(std::string_view inside, bool after_sentence) {
  const bool below = internal::TakePrefix(inside, {"以下", "下列", "本部分", "本节", "本项"});
  if (after_sentence && !below) return {};
  for (std::string_view w : {"各项", "任务", "工作", "事项", "均"})
    if (inside.starts_with(w)) inside.remove_prefix(w.size());
  if (!inside.starts_with("由")) return {};
  inside.remove_prefix(3);
  for (std::string_view w : {"牵头负责", "牵头", "负责"})
    if (inside.ends_with(w) && inside.size() > w.size()) {
      inside.remove_suffix(w.size());
      if (internal::FindText(inside, "，") != std::string_view::npos ||
          internal::FindText(inside, "。") != std::string_view::npos ||
          internal::CountCodePoints(inside) > 40)
        return {};
      return inside;
    }
  return {};
}

// A leader heading (一、刘泳县长负责的工作, 常务副县长李振华分管工作) whose name is a person's:
// not a body (县发改局局长…), a level (县委书记…) or a word of office (常务副县长、副县长…).
bool LeaderHeading(std::string_view text, BlockFacts& rb) {
  // 三、王晓燕副县长分管工作：, a colon after it leading into its items.
  if (text.ends_with("：")) text.remove_suffix(std::string_view("：").size());
  if (text.ends_with(":")) text.remove_suffix(1);
  const size_t fields = rb.fields.size();
  // The patterns end with the same verbs (HEADING_VERB): without one, none is tried.
  if (MayMatch(Pat::kLeaderHeading, text) &&
      (Capture(text, Pat::kLeaderHeading, rb) || Capture(text, Pat::kLeaderHeadingTitleFirst, rb) ||
       Capture(text, Pat::kLeaderHeadingBracketTitle, rb))) {
    if (internal::PlausiblePersonName(rb.Field("name"))) return true;
    rb.fields.resize(fields);
    return false;
  }
  // The forms below have no title and verb to vouch for the name (县级领导同志牵头负责的工作,
  // 一、县长质量奖): a person's name, a surname first.
  if (MayMatch(Pat::kLeaderHeading, text) && Capture(text, Pat::kLeaderHeadingComrade, rb)) {
    if (internal::LooksLikePersonName(rb.Field("name")) && internal::PlausiblePersonName(rb.Field("name")))
      return true;
    rb.fields.resize(fields);
    return false;
  }
  // 二、王晓燕副县长 · 二、副县长王晓燕（分管教育、卫生健康）（5项）: a titled person alone, the portfolio
  // and the count in brackets after the name aside.
  std::string_view person = internal::TrimSpaces(text.substr(0, internal::TrailingCountStart(text)));
  if (person.ends_with("）"))
    if (const size_t open = person.rfind("（"); open != std::string_view::npos && open > 0) {
      const std::string_view inside = person.substr(open + std::string_view("（").size());
      for (std::string_view verb : {"分管", "负责", "联系", "主抓"})
        if (inside.starts_with(verb)) person = internal::TrimSpaces(person.substr(0, open));
    }
  // (Not 刘泳县长的工作, which says whose work, no verb: a heading of its own kind.)
  if (Length(person) > 16 || internal::ContainsText(person, "的") || person.ends_with("工作") ||
      person.ends_with("任务") || person.ends_with("事项"))
    return false;
  // 二、分管县领导：李明 · 二、责任领导：李明（副县长）: the leader's label before the person, who needs no
  // title.
  bool labelled = false;
  for (std::string_view colon : {"：", ":"})
    if (const size_t at = internal::FindText(person, colon);
        at != std::string_view::npos && Length(person.substr(0, at)) <= 6) {
      const std::string_view label = person.substr(0, at);
      labelled = label.ends_with("领导") && (label.starts_with("分管") || label.starts_with("责任") ||
                                             label.starts_with("牵头") || label.starts_with("联系"));
      if (labelled) person = internal::TrimSpaces(person.substr(at + colon.size()));
      break;
    }
  if (labelled && internal::LooksLikePersonName(person) && internal::PlausiblePersonName(person)) {
    rb.fields.emplace_back("name", std::string(person));
    return true;
  }
  // (The title first only where it is a level's post, 副县长王晓燕: 书记项目, 社区书记 are no persons.)
  const auto level_post = [&] {
    const std::string_view title = rb.Field("title");
    for (std::string_view level : {"县", "市", "区", "省", "州", "镇", "乡", "旗", "盟"})
      if (internal::ContainsText(title, level)) return true;
    return false;
  };
  if ((Capture(person, Pat::kLeaderNameTitle, rb) ||
       (Capture(person, Pat::kLeaderTitleName, rb) && level_post())) &&
      internal::LooksLikePersonName(rb.Field("name")) && internal::PlausiblePersonName(rb.Field("name")))
    return true;
  rb.fields.resize(fields);
  return false;
}

class Recognizer {
 public:
  explicit Recognizer(Blocks blocks) {
    out_.blocks = std::move(blocks);
    out_.facts.resize(out_.blocks.size());
    for (size_t i = 0; i < out_.blocks.size(); ++i) {
      Block& b = out_.blocks[i];
      b.role = Role::kBody;  // blocks recognized before (a Document's) start again
      b.marker.clear();
      if (b.kind == BlockKind::kPageBreak)
        b.role = Role::kPageBreak;
      else if (b.text.empty())
        b.role = Role::kDecoration;
      else if (b.kind == BlockKind::kTableRow)
        b.role = Role::kTableRow;
      else if (internal::MostlyMinorityScript(b.text)) {
        // A bilingual notice prints each paragraph in the minority language beside its Chinese twin (송천…
        // ⏎ 松川…): the twin is read; the line is passed over as decoration is, and is a translation in
        // the end (Run).
        b.role = Role::kDecoration;
        translations_.push_back(i);
      } else
        out_.facts[i].marker = internal::ReadMarker(b.text);
    }
    // A line that opens with a bare number and a space (1 优化营商环境) is an outline's first level
    // only in a document numbered 1.1 below it; elsewhere it may be anything (3 个工作日内). And 1.1
    // or 1.1.1 only in a document with two of them at least: one alone is likelier a quantity. (One
    // count of each kind, before any is dropped.)
    size_t outline2 = 0, outline3 = 0;
    for (const BlockFacts& f : out_.facts) {
      outline2 += f.marker.kind == MarkerKind::kOutline2;
      outline3 += f.marker.kind == MarkerKind::kOutline3;
    }
    const bool outline = outline2 + outline3 >= 2;
    for (BlockFacts& f : out_.facts)
      if ((f.marker.kind == MarkerKind::kOutline1 && (!outline || outline2 == 0)) ||
          (!outline && (f.marker.kind == MarkerKind::kOutline2 || f.marker.kind == MarkerKind::kOutline3)))
        f.marker = {};
    NumeralsListed();
    NumbersInSequence();
  }

  RecognizedBlocks Run() {
    FrontMatter();
    PageLists();
    size_t body_start = Head();
    RunningHeads(body_start);
    size_t colophon = Colophon();
    // A meeting's minutes (会议纪要): its topics, 一、关于…的问题, are headings over paragraphs of decisions.
    for (size_t i = 0; i < body_start && !minutes_; ++i)
      minutes_ = (out_.blocks[i].role == Role::kTitle || out_.blocks[i].role == Role::kIssuerMark) &&
                 internal::ContainsText(out_.blocks[i].text, "纪要");
    size_t attachment = SignatureAndDate(body_start, colophon);
    for (size_t i = 0; i < out_.size() && !legend_; ++i)
      if (out_.blocks[i].kind == BlockKind::kParagraph)
        legend_ = internal::ReadFieldsLegend(out_.blocks[i].text);
    Structure(body_start, attachment, /*in_attachment=*/false);
    if (attachment < colophon) Attachment(attachment, colophon);
    TaskForceDefinitions();
    for (size_t i : translations_) out_.blocks[i].role = Role::kTranslation;
    return std::move(out_);
  }

  // （一）重大项目建设攻坚专班（以下简称“项目专班”）。召集人：…；牵头单位：…；成员单位：…: a task force the
  // tasks name by its short name (Build's TaskForces), defined once, is no task of its own, though its labels
  // look like a clause.
  // (A definition names its 召集人 or its 成员单位: 成立…领导小组（以下简称“领导小组”），牵头单位：… is a
  // task. And a task names the force as a name of its own, not inside a longer one: 领导小组办公室 names no
  // 领导小组. At most 64 definitions are looked at: a notice defines a handful.)
  void TaskForceDefinitions() {
    std::vector<std::pair<size_t, std::string>> definitions;  // block, short name
    for (size_t i = 0; i < out_.size() && definitions.size() < 64; ++i) {
      const Block& b = out_.blocks[i];
      std::string short_name;
      if (b.role == Role::kTask && b.kind == BlockKind::kParagraph &&
          (internal::ContainsText(b.text, "召集人") || internal::ContainsText(b.text, "成员单位")) &&
          internal::PartialMatch(internal::Pat::kTaskForce, b.text, static_cast<std::string*>(nullptr),
                                 &short_name))
        definitions.emplace_back(i, std::move(short_name));
    }
    if (definitions.empty()) return;
    const auto names = [](std::string_view text, std::string_view name) {
      for (size_t at = internal::FindText(text, name); at != std::string_view::npos;
           at = internal::FindTextFrom(text, name, at + 1)) {
        size_t after = at + name.size();
        if (after >= text.size() || !internal::IsHan(internal::NextCodePoint(text, after))) return true;
      }
      return false;
    };
    std::vector<bool> named(definitions.size(), false);
    for (size_t i = 0; i < out_.size(); ++i) {
      const Block& o = out_.blocks[i];
      if (o.role != Role::kTask && o.role != Role::kSubItem && o.role != Role::kClause) continue;
      for (size_t d = 0; d < definitions.size(); ++d)
        named[d] = named[d] || (definitions[d].first != i && names(o.text, definitions[d].second));
    }
    for (size_t d = 0; d < definitions.size(); ++d)
      if (named[d]) out_.blocks[definitions[d].first].role = Role::kBody;
  }

 private:
  auto At(size_t i) { return internal::At(out_, i); }
  auto At(size_t i) const { return internal::At(out_, i); }

  bool minutes_ = false;  // the document is a meeting's minutes (会议纪要)
  std::vector<size_t> translations_;  // the minority language's lines of a bilingual notice
  // 每项任务后【】内依次为：责任领导；牵头科室；配合单位: what the fields of the tasks' brackets hold.
  std::optional<internal::FieldsLegend> legend_;
  // 区领导分工：第一部分由区长X负责，第二、三部分由…: the leaders of each part (一、…), by its number.
  std::vector<std::pair<int, std::string>> part_leaders_;
  // 第一部分各项任务，各临床科室均为配合部门: the units that help with every task of a part, by its number.
  std::vector<std::pair<int, std::string>> part_helpers_;
  // The forms numbered by a line over them (交办编号：…第3号): each form's first row and its number; the
  // numbers found over two forms.
  std::vector<std::pair<size_t, int>> form_numbers_;
  std::vector<int> shared_form_numbers_;

  bool Text(size_t i) const {
    return i < out_.size() && out_.blocks[i].role == Role::kBody && !out_.blocks[i].text.empty();
  }
  const std::string& T(size_t i) const { return out_.blocks[i].text; }
  size_t Next(size_t i, size_t limit) const {  // next block with text, past decoration
    while (i < limit && (out_.blocks[i].role == Role::kDecoration || out_.blocks[i].role == Role::kPageBreak))
      ++i;
    return i;
  }

  // 二、三级公路85公里…, a line a PDF's wrap opened with under 三、: a 、-numeral out of its headings' turn
  // (neither the next after the last nor 一, a list begun again) that lists numerals of one measure is no
  // heading's number (二、三季度重点工作 after 一、 is).
  void NumeralsListed() {
    int last = 0;  // the number of the last 、-numeral heading
    for (size_t i = 0; i < out_.blocks.size(); ++i) {
      Marker& m = out_.facts[i].marker;
      if (m.kind != MarkerKind::kChineseNumeral) continue;
      if (m.number != 1 && m.number != last + 1 && m.text.ends_with("、") &&
          internal::EnumeratesNumerals(m.number, std::string_view(out_.blocks[i].text).substr(m.length))) {
        m = {};
        continue;
      }
      last = m.number;
    }
  }

  // A web page's lists beside the notice (相关新闻 ⏎ 1.县政府召开… ⏎ 2.…): the heading and its numbered
  // lines, headlines with no sentence nor bracket, are the page's, not the notice's. Decoration. So is the
  // list of the page's links `lynx -dump` prints at its end (References ⏎ 1. https://… , its parts headed
  // Visible links: and Hidden links:; elinks's, Visible links and Hidden links).
  void PageLists() {
    static constexpr std::string_view kHeadings[] = {
        "相关新闻", "相关文件", "相关链接", "相关阅读", "推荐阅读", "延伸阅读", "相关稿件",  "相关政策",
        "相关解读", "热点新闻", "最新动态", "热点推荐", "新闻排行", "阅读排行", "References"};
    for (size_t i = 0; i < out_.blocks.size(); ++i) {
      const std::string_view t = internal::TrimSpaces(out_.blocks[i].text);
      if (out_.blocks[i].kind != BlockKind::kParagraph ||
          std::find(std::begin(kHeadings), std::end(kHeadings), t) == std::end(kHeadings))
        continue;
      size_t k = i + 1;
      for (; k < out_.blocks.size(); ++k) {
        const Block& b = out_.blocks[k];
        if (const std::string_view part = internal::TrimSpaces(b.text);
            b.role == Role::kDecoration || part == "Visible links:" || part == "Hidden links:" ||
            part == "Visible links" || part == "Hidden links")
          continue;
        if (b.kind != BlockKind::kParagraph || out_.facts[k].marker.kind == MarkerKind::kNone ||
            HasSentencePunct(b.text) || internal::ContainsText(b.text, "（"))
          break;
      }
      if (k == i + 1) continue;  // no list under it: a word of the text
      for (size_t j = i; j < k; ++j) {
        out_.blocks[j].role = Role::kDecoration;
        out_.facts[j].marker = {};
      }
      i = k - 1;
    }
  }

  // A Markdown page's front matter (--- ⏎ title: … ⏎ doc_no: … ⏎ ---, as a wiki or a static site keeps it):
  // the page's metadata, not the notice's head. Decoration, its lines kept as printed.
  void FrontMatter() {
    const auto rule = [&](size_t k) {
      return out_.blocks[k].role == Role::kDecoration &&
             internal::TrimSpaces(out_.blocks[k].original) == "---";
    };
    if (out_.size() < 3 || !rule(0)) return;
    for (size_t i = 1; i < out_.size() && i < 64; ++i) {
      if (rule(i)) {
        for (size_t k = 1; k < i; ++k) {
          out_.blocks[k].role = Role::kDecoration;
          out_.facts[k].marker = {};
        }
        return;
      }
      // key: value, the key a word of Latin letters, digits, _ or - (a YAML mapping's line).
      const std::string_view t = out_.blocks[i].original;
      size_t key = 0;
      while (key < t.size() && ((t[key] >= 'a' && t[key] <= 'z') || (t[key] >= 'A' && t[key] <= 'Z') ||
                                (t[key] >= '0' && t[key] <= '9') || t[key] == '_' || t[key] == '-'))
        ++key;
      if (key == 0 || key >= t.size() || t[key] != ':') return;
    }
  }

  // Whether a row below row `i`, in the same table, opens with the marker after `marker` (二、 after 一、).
  bool NextInTable(size_t i, const Marker& marker) const {
    for (size_t j = i + 1; j < out_.size(); ++j) {
      const Block& b = out_.blocks[j];
      if (b.role == Role::kDecoration || b.role == Role::kPageBreak) continue;
      if (b.kind != BlockKind::kTableRow) return false;
      if (b.cells.empty() || b.cells[0].empty()) continue;
      const Marker next = internal::ReadMarker(b.cells[0]);
      if (next.kind == marker.kind && next.number == marker.number + 1) return true;
    }
    return false;
  }

  // The issuer mark again below the head (古县人民政府办公室文件): a page's running head, kept by a
  // text export of a document that printed it on every page. Decoration, as a page number is. (Not the
  // 落款 above its date: a mark without 文件, 岷川省发展和改革委员会, is also the name the notice is signed
  // with.)
  void RunningHeads(size_t body_start) {
    const std::string* mark = nullptr;
    for (size_t i = 0; i < body_start && mark == nullptr; ++i)
      if (out_.blocks[i].role == Role::kIssuerMark) mark = &out_.blocks[i].text;
    if (mark == nullptr) return;
    bool signed_yet = false;  // (the notice is signed once: a head above a date later is a head)
    const auto signature = [&](size_t i) {
      const size_t j = Next(i + 1, out_.size());
      return !signed_yet && Text(j) && (FullMatch(Pat::kDate, T(j)) || FullMatch(Pat::kDateChinese, T(j)));
    };
    for (size_t i = body_start; i < out_.size(); ++i)
      if (out_.blocks[i].role == Role::kBody && out_.blocks[i].text == *mark) {
        if (signature(i)) {
          signed_yet = true;
          continue;
        }
        out_.blocks[i].role = Role::kDecoration;
        out_.facts[i].marker = {};
      }
  }

  // The head: security marks, issuer mark, number, signer, title, addressees.
  // Returns the index of the first body block.
  size_t Head() {
    const size_t from = NoticeStart();
    // (A page's box of metadata, 标题：… ⏎ 发文字号：… ⏎ 密级：…, counts for nothing: the head is looked for
    // past it.)
    size_t window = std::min(out_.size(), from + kHeadWindow);
    for (size_t i = from, extra = 0; i < window && extra < kHeadWindow; ++i)
      if (Text(i) && MetadataLine(T(i)) && window < out_.size()) {
        ++window;
        ++extra;
      }
    size_t title_begin = window, title_end = window;
    for (size_t i = from; i < window; ++i) {
      if (!Text(i) || At(i).marker.kind != MarkerKind::kNone) continue;
      const std::string& t = T(i);
      if (Capture(t, Pat::kDocNumber, At(i).facts)) {
        At(i).role = Role::kDocNumber;
      } else if (FullMatch(Pat::kSecurity, t)) {
        At(i).role = Role::kSecurity;
      } else if (Capture(t, Pat::kSigner, At(i).facts)) {
        At(i).role = Role::kSigner;
      } else if (title_begin == window && !MetadataLine(t) &&
                 (t.find("关于") != std::string::npos || t.find("關於") != std::string::npos ||
                  PartialMatch(Pat::kTitleType, t))) {
        // A title may run over up to three lines; its last line names the type.
        for (size_t j = i; j < std::min(window, i + 3); ++j) {
          if (!Text(j) || HasSentencePunct(T(j))) break;
          if (PartialMatch(Pat::kTitleType, T(j))) {
            title_begin = i;
            title_end = j + 1;
            // (关于印发2025年县政府工作报告 ⏎ 重点任务分工方案的通知: a line naming a type, 报告, not as a
            // title ends (…的报告), and the lines under it to the one that does, …的通知; none opening a
            // title of its own, 关于….)
            // (Past a line that underlines the first, ====, odt2txt's, removed: decoration.)
            if (!EndsAsATitle(T(j)))
              for (size_t k = Next(j + 1, window), n = 0; k < window && n < 2; k = Next(k + 1, window), ++n) {
                if (!Text(k) || !IsShortLine(T(k)) || HasSentencePunct(T(k)) ||
                    At(k).marker.kind != MarkerKind::kNone || internal::ContainsText(T(k), "关于"))
                  break;
                if (EndsAsATitle(T(k))) {
                  title_end = k + 1;
                  break;
                }
              }
            break;
          }
        }
        if (title_begin != window) {
          for (size_t j = title_begin; j < title_end; ++j)
            if (At(j).role == Role::kBody)
              At(j).role = Role::kTitle;  // (not an underline between, decoration)
          i = title_end - 1;
        }
      }
    }
    if (title_begin == window) return FirstNonHead(from, window);
    // "平川县人民政府办公室" above "关于印发…的通知": the issuer opens the title.
    if (title_begin > from && T(title_begin).rfind("关于", 0) == 0 && Text(title_begin - 1) &&
        IsShortLine(T(title_begin - 1)) && !FullMatch(Pat::kIssuerMark, T(title_begin - 1))) {
      --title_begin;
      At(title_begin).role = Role::kTitle;
    }
    // Before the title (and not yet given a role): the issuer mark.
    HeaderTableMark(from, title_begin);
    for (size_t i = from; i < title_begin; ++i)
      if (Text(i) && IsShortLine(T(i)) && !MetadataLine(T(i)) && !FontSizeSwitch(T(i))) {
        Capture(T(i), Pat::kIssuerMark, At(i).facts);
        At(i).role = Role::kIssuerMark;
      }
    size_t i = Next(title_end, out_.size());
    // A number (State Council style) or signer printed after the title.
    // (And a page's byline, 苓溪发布 2025年03月07日 18:30, where the addressees follow it: a notice an
    // official account or a portal republished.)
    const auto head_line = [&](size_t k) {
      return At(k).role == Role::kDocNumber || At(k).role == Role::kSigner || At(k).role == Role::kSecurity;
    };
    // The addressees at block k, given their role: the index after them, or k where there are none. They may
    // run onto a short line of their own (…县直及驻县各 ⏎ 单位：, a PDF's text), read as one list.
    // (`units`: only a list that ends in a body's name, after a byline.)
    const auto addressees = [&](size_t k, bool units) -> size_t {
      if (k >= out_.size() || !Text(k) || At(k).marker.kind != MarkerKind::kNone) return k;
      if ((!units || EndsInABody(T(k))) && Capture(T(k), Pat::kAddressees, At(k).facts)) {
        At(k).role = Role::kAddressees;
        return k + 1;
      }
      // (The line after it the end of a body's name, 单位：, no sentence's end: 现通知如下：.)
      const size_t next = Next(k + 1, out_.size());
      if (next < out_.size() && Text(next) && At(next).marker.kind == MarkerKind::kNone &&
          Length(T(next)) <= 12 && T(k).starts_with("各") && !internal::ContainsText(T(k), "通知") &&
          !internal::ContainsText(T(next), "如下") && EndsInABody(T(next)) &&
          Capture(T(k) + T(next), Pat::kAddressees, At(k).facts)) {
        At(k).role = At(next).role = Role::kAddressees;
        return next + 1;
      }
      return k;
    };
    while (i < out_.size() && head_line(i)) i = Next(i + 1, out_.size());
    // (A portal's byline may name its source, views and font sizes too: 发布时间：… 来源：… 浏览次数：…
    // 字号：大 中小, its length bounded by the pattern. The title printed again under it, over the notice's
    // own text, is the notice's title.) (On one line or over up to three, as the notice prints it:
    // 蕤平县人民政府 ⏎ 关于印发…的通知. The last of its lines, or npos.)
    const auto title_again = [&](size_t k) -> size_t {
      if (title_end != title_begin + 1 || k <= title_end) return std::string::npos;
      std::string joined;
      for (size_t j = k, n = 0; j < out_.size() && n < 3; j = Next(j + 1, out_.size()), ++n) {
        if (!Text(j)) break;
        joined += T(j);
        if (joined == T(title_begin)) return j;
        if (!T(title_begin).starts_with(joined)) break;
      }
      return std::string::npos;
    };
    // (And the page's font-size switch on a line of its own: 【字号：大中小】.)
    const auto font_sizes = [&](size_t k) { return Text(k) && FontSizeSwitch(T(k)); };
    if (size_t past = i; past < out_.size() && Text(past) && At(past).marker.kind == MarkerKind::kNone &&
                         FullMatch(Pat::kPageByline, T(past))) {
      past = Next(past + 1, out_.size());
      // (And the notice's issuer mark under the byline, 中共丰河县委办公室文件, over its number.)
      const auto mark = [&](size_t k) {
        return Text(k) && IsShortLine(T(k)) && FullMatch(Pat::kIssuerMark, T(k));
      };
      // (And the page's box of the document's metadata under it, 索引号：… ⏎ 发文字号：…, as lines or as a
      // table's rows, its first cell a label.)
      const auto metadata = [&](size_t k) {
        if (Text(k)) return MetadataLine(T(k));
        // (A row's label cell may have no colon: 索引号 | 11530000… | 发文字号 | ….)
        return At(k).role == Role::kTableRow && !At(k).block.cells.empty() &&
               (MetadataLine(At(k).block.cells[0]) || MetadataLabel(At(k).block.cells[0]));
      };
      while (past < out_.size() && (head_line(past) || title_again(past) != std::string::npos ||
                                    font_sizes(past) || mark(past) || metadata(past))) {
        if (mark(past)) {
          Capture(T(past), Pat::kIssuerMark, At(past).facts);
          At(past).role = Role::kIssuerMark;
        }
        if (const size_t last = title_again(past); last != std::string::npos) {
          // The notice's own title; the one above it the page's heading.
          for (size_t j = past; j <= last; ++j)
            if (Text(j)) At(j).role = Role::kTitle;
          At(title_begin).role = Role::kBody;
          past = last;
        }
        past = Next(past + 1, out_.size());
      }
      if (const size_t end = addressees(past, true); end != past) return end;
    }
    return addressees(i, false);
  }

  // A line of a portal's box of the document's metadata, printed as text: 标题：…, 名称：…, 文号：… (a short
  // label of the box, a colon, its value), no notice's own line.
  static bool MetadataLine(std::string_view line) {
    line = internal::TrimSpaces(line);
    // The label before its colon, spaces taken out (名　　称：, a box's labels spaced to one width).
    const size_t colon = std::min(internal::FindText(line, "："), line.find(':'));
    if (colon == std::string_view::npos || colon > 3 * 8) return false;
    return MetadataLabel(line.substr(0, colon));
  }

  // Whether `text` is the label of a portal's box of metadata, spaces aside (标　　题, 索引号), no colon.
  static bool MetadataLabel(std::string_view text) {
    text = internal::TrimSpaces(text);
    if (text.size() > 3 * 8) return false;
    std::string label;
    for (size_t i = 0; i < text.size();) {
      const size_t at = i;
      if (!internal::IsSpace(internal::NextCodePoint(text, i))) label.append(text.substr(at, i - at));
    }
    for (std::string_view known :
         {"标题", "名称", "文件名称", "文号", "发文字号", "索引号", "主题分类", "信息分类", "组配分类", "体裁分类",
          "主题词", "发布机构", "发文机关", "发文单位", "成文日期", "发布日期", "生成日期", "公文种类", "密级",
          "紧急程度", "公开属性", "公开方式", "公开范围", "有效性", "效力状态", "正文"})
      if (label == known) return true;
    return false;
  }

  // A web page's font-size switch on a line of its own: 【字号：大中小】, 【字体：大 中 小】, 字号：[大中小].
  static bool FontSizeSwitch(std::string_view line) {
    line = internal::TrimSpaces(line);
    return Length(line) <= 16 &&
           (internal::ContainsText(line, "字号") || internal::ContainsText(line, "字体")) &&
           internal::ContainsText(line, "大") && internal::ContainsText(line, "中") &&
           internal::ContainsText(line, "小");
  }

  // A web page's breadcrumb: 当前位置：首页 > 政务公开 > 县政府办文件 (您现在的位置, 所在位置, 位置：), its
  // places parted by >, ＞, » or →.
  static bool Breadcrumb(std::string_view line) {
    line = internal::TrimSpaces(line);
    bool opens = false;
    for (std::string_view word : {"当前位置", "您当前的位置", "您当前位置", "您现在的位置", "您的位置", "所在位置", "位置："})
      opens = opens || line.starts_with(word);
    if (!opens || Length(line) > 80) return false;
    size_t marks = 0;
    for (std::string_view mark : {">", "＞", "»", "→"})
      for (size_t at = line.find(mark); at != std::string_view::npos; at = line.find(mark, at + mark.size())) ++marks;
    return marks >= 1;
  }

  // Whether a title's line ends as a title does: 的 and its type (…分工方案的通知, …工作情况的报告).
  static bool EndsAsATitle(std::string_view line) {
    re2::StringPiece type;
    if (!PartialMatch(Pat::kTitleType, line, &type)) return false;
    return std::string_view(line.data(), static_cast<size_t>(type.data() - line.data())).ends_with("的");
  }

  // Whether an addressees' line ends in a body's name before its colon (…县直有关单位：, 各乡镇（街道）：),
  // not a sentence's words (现通知如下：).
  static bool EndsInABody(std::string_view line) {
    line = internal::TrimSpaces(line);
    for (std::string_view colon : {"：", ":"})
      if (line.ends_with(colon)) line.remove_suffix(colon.size());
    size_t end = line.size();
    const char32_t last = internal::PreviousCodePoint(line, end);
    return internal::EndsOrganisation(last) || last == U'位' || last == U'构' || last == U'业' ||
           last == U'）' || last == U')';
  }

  // Where the notice starts: its first block, or, where a mail forwarding it stands above it (its header
  // 发件人… and note), its issuer mark (古县人民政府办公室文件) with its number below it; on a portal's page
  // (its banner and menu above), the block after its breadcrumb (当前位置：首页 > 政务公开 > …).
  size_t NoticeStart() const {
    const size_t window = std::min(out_.size(), kPreambleWindow);
    for (size_t i = 0; i < window; ++i)
      if (Text(i) && Breadcrumb(T(i))) return Next(i + 1, out_.size()) < out_.size() ? i + 1 : 0;
    bool mail =
        false;  // a mail's header above: only then is what stands above the mark no part of the notice
    for (size_t i = 0; i < window; ++i) {
      if (Text(i) && FullMatch(Pat::kSecurity, T(i))) return 0;  // 份号, 密级 or 特急 over the issuer mark
      if (Text(i))
        for (std::string_view word :
             {"发件人", "收件人", "主题：", "主题:", "发送时间", "From:", "Subject:", "-----原始邮件"})
          mail = mail || T(i).starts_with(word);
      if (!mail) continue;  // a notice that forwards another (转发) has the other's mark below its own text
      if (!Text(i) || !IsShortLine(T(i)) || !FullMatch(Pat::kIssuerMark, T(i))) continue;
      for (size_t j = Next(i + 1, out_.size()), n = 0; j < out_.size() && n < 3;
           j = Next(j + 1, out_.size()), ++n)
        if (PartialMatch(Pat::kDocNumber, T(j))) return i;
      return 0;
    }
    return 0;
  }

  // 中共槐林镇委员会 | 文件 ⏎ 槐林镇人民政府 | : a joint red header set in a borderless table, the issuers'
  // names stacked in one column and 文件 beside them, opening the head: the issuer mark, its names and 文件
  // (the first row's field mark; the others', empty).
  void HeaderTableMark(size_t from, size_t title_begin) {
    std::string names;
    bool wenjian = false;
    std::vector<size_t> rows;
    for (size_t i = from; i < title_begin; ++i) {
      const Block& b = out_.blocks[i];
      if (b.kind != BlockKind::kTableRow) {
        if (At(i).role == Role::kDecoration || At(i).role == Role::kPageBreak ||
            internal::TrimSpaces(b.text).empty())
          continue;
        if (rows.empty()) return;  // (the table opens the head)
        break;                     // the number below it, 槐发〔2024〕6号
      }
      for (const std::string& c : b.cells) {
        std::string cell;
        for (size_t k = 0; k < c.size();) {  // (names spaced out to the header's width, or stacked in a cell)
          const size_t at = k;
          if (const char32_t cp = internal::NextCodePoint(c, k);
              !internal::IsSpace(cp) && cp != U'\n' && cp != U'\r')
            cell.append(c, at, k - at);
        }
        if (cell.empty()) continue;
        if (cell == "文件") {
          wenjian = true;
          continue;
        }
        size_t end = cell.size();
        if (internal::CountCodePoints(cell) > 24 || HasSentencePunct(cell) ||
            !internal::EndsOrganisation(internal::PreviousCodePoint(cell, end)))
          return;
        names += cell;
      }
      rows.push_back(i);
    }
    if (rows.empty() || names.empty() || !wenjian) return;
    for (size_t r : rows) {
      At(r).role = Role::kIssuerMark;
      At(r).fields.emplace_back("mark", r == rows.front() ? names + "文件" : std::string());
    }
  }

  // Past the last head role (number, security marks, signer) in the window.
  size_t FirstNonHead(size_t from, size_t window) const {
    size_t last = from;
    for (size_t i = from; i < window; ++i) {
      Role r = At(i).role;
      if (r == Role::kDocNumber || r == Role::kSecurity || r == Role::kSigner) last = i + 1;
    }
    return last;
  }

  // A copy-to line that does not end its list, its items parted by ，or 、 (抄送：…，市政府办公): its rest
  // may be on the next line.
  static bool IsCcCutShort(std::string_view text) {
    return !text.ends_with("。") &&
           (internal::ContainsText(text, "，") || internal::ContainsText(text, "、")) &&
           FullMatch(Pat::kCc, text);
  }
  // That rest: the list going on (室，市政协办公室。), a ，or 、 in it, no label, bracket, space or
  // colophon's word (not 联系人：王琳，电话：…。, （此件公开发布）。, 张三。, a space-parted
  // 县法院　县检察院。).
  static bool CcRest(std::string_view text) {
    if (Length(text) > kMaxShortLine || !text.ends_with("。") ||
        !(internal::ContainsText(text, "，") || internal::ContainsText(text, "、")))
      return false;
    for (std::string_view no : {"：", ":", "（", "(", " ", "　", "印发", "附件"})
      if (internal::ContainsText(text, no)) return false;
    return true;
  }

  // The colophon: copy-to, printed-by, proofreader and copies, at the very end.
  // Returns the index of its first block (out_.size() if there is none).
  size_t Colophon() {
    WebPageTail();
    size_t start = out_.size();
    std::string
        cc_tail;  // the rest of a copy-to line, wrapped below it past a blank line (…市政府办公 ⏎ 室，…)
    for (size_t i = out_.size(); i-- > 0;) {
      auto rb = At(i);
      if (rb.role == Role::kDecoration || rb.role == Role::kPageBreak) continue;
      // A 版记 kept as a small table (a converter's Markdown of Word's 版记 table): a row's cells, each once
      // (a merged cell repeats), read as its line (抄送：… · 某某办公室　2025年2月24日印发). So is a row of a
      // sheet whose 版记 is typed in its grid below the table, three cells filled at most
      // (莪溪县人民政府办公室 | | … | 2025年3月12日印发 | |).
      // (A cell's lines, wrapped to a text table's column, are one line: 抄送：县委各部 ⏎
      // 门，县人大常委会办公室.)
      std::string row_line;
      if (rb.block.kind == BlockKind::kTableRow &&
          std::count_if(rb.block.cells.begin(), rb.block.cells.end(),
                        [](const std::string& c) { return !c.empty(); }) <= 3)
        for (const std::string& cell : rb.block.cells) {
          std::string line;
          for (const char c : cell)
            if (c != '\n' && c != '\r') line += c;
          if (!line.empty() && row_line.find(line) == std::string::npos)
            row_line += (row_line.empty() ? "" : "　") + line;
        }
      // (Not a task's row that numbers it, | 2 | … | 2025年6月30日印发 |.)
      const bool numbered_row = rb.block.kind == BlockKind::kTableRow && !rb.block.cells.empty() &&
                                !rb.block.cells[0].empty() && rb.block.cells[0][0] >= '0' &&
                                rb.block.cells[0][0] <= '9';
      const bool colophon_row = !row_line.empty() && !numbered_row && rb.marker.kind == MarkerKind::kNone &&
                                (FullMatch(Pat::kCc, row_line) || FullMatch(Pat::kPrintedBy, row_line));
      if (!colophon_row && (rb.role != Role::kBody || rb.marker.kind != MarkerKind::kNone)) break;
      const std::string& t = colophon_row ? row_line : rb.block.text;
      if (colophon_row) rb.marker = {};
      if (Capture(t, Pat::kCc, rb.facts)) {
        rb.role = Role::kCc;
        for (auto& [key, value] : rb.facts.fields)
          if (key == "list" && !cc_tail.empty()) value += std::exchange(cc_tail, {});
      } else if (const size_t above = PreviousText(i, 0); rb.marker.kind == MarkerKind::kNone && above < i &&
                                                          At(above).role == Role::kBody &&
                                                          At(above).marker.kind == MarkerKind::kNone &&
                                                          IsCcCutShort(At(above).block.text) && CcRest(t)) {
        rb.role = Role::kCc;  // its words are the line above's (cc_tail)
        cc_tail = t;
      } else if (Capture(t, Pat::kPrintedBy, rb.facts))
        rb.role = Role::kPrintedBy;
      else if (Capture(t, Pat::kProofreader, rb.facts))
        rb.role = Role::kProofreader;
      else if (Capture(t, Pat::kCopies, rb.facts))
        rb.role = Role::kCopies;
      else if (IsShortLine(t) && i + 1 < out_.size() && NextRole(i) == Role::kPrintedBy &&
               NextField(i, "issuer").empty())
        rb.role = Role::kPrintedBy;  // the issuer on its own line above "…日印发"
      else break;
      start = i;
    }
    return start;
  }
  // A page of a government site copied whole goes on past the notice's last line (…日印发, 共印N份):
  // 分享到：, 打印本页 关闭窗口, 主办单位：…. Those few lines, none numbered nor a table's, are the page's,
  // not the notice's (主办单位 names no unit of a task); they are decoration.
  void WebPageTail() {
    constexpr size_t kMostLines = 12;
    size_t lines = 0;
    for (size_t i = out_.size(); i-- > 0 && lines <= kMostLines;) {
      auto rb = At(i);
      if (rb.role == Role::kDecoration || rb.role == Role::kPageBreak || rb.block.text.empty()) continue;
      const std::string& t = rb.block.text;
      // The page's list of related documents (相关文件 ⏎ 1.…关于…的通知 2026-02-14): numbered, each a
      // document's title.
      std::string_view title = t;  // (the date it was published after it: 2026-02-14)
      while (!title.empty() && ((title.back() >= '0' && title.back() <= '9') || title.back() == '-' ||
                                title.back() == '.' || title.back() == '/' || title.back() == ' '))
        title.remove_suffix(1);
      const bool related_document = rb.marker.kind != MarkerKind::kNone && !HasSentencePunct(t) &&
                                    internal::ContainsText(t, "关于") && PartialMatch(Pat::kTitleType, title);
      if (rb.role != Role::kBody || (rb.marker.kind != MarkerKind::kNone && !related_document) ||
          rb.block.kind != BlockKind::kParagraph)
        return;
      if (FullMatch(Pat::kPrintedBy, t) || FullMatch(Pat::kCopies, t) || FullMatch(Pat::kProofreader, t)) {
        if (lines > 0)  // the notice ends here, the page's lines after it
          for (size_t k = i + 1; k < out_.size(); ++k) {
            out_.blocks[k].role = Role::kDecoration;
            out_.facts[k].marker = {};
          }
        return;
      }
      ++lines;
    }
  }
  Role NextRole(size_t i) const {
    size_t j = Next(i + 1, out_.size());
    return j < out_.size() ? At(j).role : Role::kBody;
  }
  std::string_view NextField(size_t i, std::string_view name) const {
    size_t j = Next(i + 1, out_.size());
    return j < out_.size() ? At(j).Field(name) : std::string_view();
  }

  // Signature, date and note after the body. Returns where the attachment begins
  // (== colophon when there is none).
  size_t SignatureAndDate(size_t body_start, size_t colophon) {
    for (size_t i = body_start; i < colophon; ++i) {
      if (!Text(i) || At(i).marker.kind != MarkerKind::kNone) continue;
      const std::string& t = T(i);
      if (!Capture(t, Pat::kDate, At(i).facts) && !Capture(t, Pat::kDateChinese, At(i).facts)) continue;
      At(i).role = Role::kDate;
      size_t p = i;
      while (p > body_start && (At(p - 1).role == Role::kDecoration || At(p - 1).role == Role::kPageBreak))
        --p;
      if (p > body_start && Text(p - 1) && At(p - 1).marker.kind == MarkerKind::kNone &&
          IsShortLine(T(p - 1)))
        At(p - 1).role = Role::kSignature;
      size_t j = Next(i + 1, colophon);
      while (j < colophon && Text(j) && Capture(T(j), Pat::kNote, At(j).facts)) {
        At(j).role = Role::kNote;
        j = Next(j + 1, colophon);
      }
      return j;
    }
    return colophon;
  }

  // The attachment: an optional 附件 label, the title, then the same structure as a body.
  void Attachment(size_t begin, size_t end) {
    size_t i = Next(begin, end);
    if (i < end && Text(i) && Capture(T(i), Pat::kAttachmentLabel, At(i).facts)) {
      At(i).role = Role::kAttachmentLabel;
      i = Next(i + 1, end);
      // 附件1 … 附件2 …: an attachment that is a task table of its own (its header within its label's next
      // three blocks) read as one of its own, its label and title over its tasks; not one that goes on with
      // the first's tasks by their numbers (附件2 1．责任领导：…, read with them).
      for (size_t j = Next(i, end); j < end; j = Next(j + 1, end))
        if (out_.blocks[j].kind == BlockKind::kParagraph && Text(j) && T(j).starts_with("附") &&
            FullMatch(Pat::kAttachmentLabel, T(j)) && TaskTableWithin(j, end, 3)) {
          AttachmentBody(i, j);
          Attachment(j, end);
          return;
        }
    }
    AttachmentBody(i, end);
  }

  // Whether one of the `blocks` blocks after `i` (before `end`) is a task table's header row.
  bool TaskTableWithin(size_t i, size_t end, int blocks) const {
    for (size_t k = Next(i + 1, end); k < end && blocks-- > 0; k = Next(k + 1, end))
      if (out_.blocks[k].kind == BlockKind::kTableRow)
        return internal::IsTaskTableHeader(out_.blocks[k].cells);
    return false;
  }

  // An attachment's title (at `i`, past its label) and its body.
  void AttachmentBody(size_t i, size_t end) {
    if (i < end && Text(i) && At(i).marker.kind == MarkerKind::kNone && IsShortLine(T(i))) {
      At(i).role = Role::kAttachmentTitle;
      // A title printed over lines (…和《政府工作报告》⏎重点任务分解方案): the lines the 附件说明 names
      // it with, whole.
      // Three lines more at most: a title is short.
      const std::vector<std::string_view> listed = ListedAttachments();
      std::string title = T(i);
      const auto names = [&](const std::string& start) {
        return std::any_of(listed.begin(), listed.end(),
                           [&](std::string_view n) { return n.starts_with(start); });
      };
      for (size_t j = Next(i + 1, end), more = 0;
           more < 3 && j < end && Text(j) && At(j).marker.kind == MarkerKind::kNone && IsShortLine(T(j)) &&
           names(title + T(j));
           j = Next(j + 1, end), ++more) {
        At(j).role = Role::kAttachmentTitle;
        title += T(j);
        i = j;
      }
      ++i;
    }
    Structure(i, end, /*in_attachment=*/true);
  }

  // The names the 附件说明 (附件：… before the signature) gives the attachments.
  std::vector<std::string_view> ListedAttachments() const {
    std::vector<std::string_view> names;
    for (size_t k = 0; k < out_.size(); ++k) {
      if (out_.blocks[k].role != Role::kAttachmentList) continue;
      std::string_view item = out_.facts[k].Field("list");
      if (item.empty()) item = std::string_view(out_.blocks[k].text).substr(out_.facts[k].marker.length);
      item = internal::TrimSpaces(item);
      item.remove_prefix(internal::ReadMarker(item).length);  // 附件：1.名称
      names.push_back(item);
    }
    return names;
  }

  // The units a line of its own in brackets makes the lead of the items below it: （以下任务由县委办牵头）,
  // （下列事项由A、B负责） (said to be the ones below: a bare （由A负责） closes the item above). Empty for
  // any other line.
  static std::string_view BelowLine(std::string_view t) {
    for (const auto& [open, close] :
         {std::pair<std::string_view, std::string_view>{"（", "）"}, {"(", ")"}, {"［", "］"}, {"【", "】"}})
      if (t.starts_with(open) && t.ends_with(close) && t.size() > open.size() + close.size()) {
        const std::string_view inside = t.substr(open.size(), t.size() - open.size() - close.size());
        if (!inside.starts_with("以下") && !inside.starts_with("下列")) return {};
        return LeadOfTheTasksBelow(inside, /*after_sentence=*/true);
      }
    return {};
  }

  // A bracket on a line of its own that names the leaders of the tasks below (（本部分改革任务除单独标注外，
  // 牵头县领导均为县委常委、组织部部长周敏，不再逐项列出）): a leaders' part of them, the label's value the
  // names up to the next ， or the bracket's end; nullopt for any other line.
  static std::optional<ClauseMatch> LeadersBelowLine(std::string_view t) {
    if (!t.starts_with("（") || !t.ends_with("）")) return std::nullopt;
    const std::string_view inside = t.substr(3, t.size() - 6);
    if (!inside.starts_with("本部分") && !inside.starts_with("以下") && !inside.starts_with("下列"))
      return std::nullopt;
    const std::optional<std::string_view> names = LeadersSaidOf(inside, inside.size(), kSaidAny);
    if (!names || names->empty()) return std::nullopt;
    ClauseMatch clause;
    internal::AddClausePart("责任领导", ClauseRole::kLeader, *names, clause);
    clause.begin = 0;
    clause.end = t.size();
    return clause;
  }

  // The words that say who the leaders are: 均为 and 为 (a heading's bracket, where a colon's label is read
  // whole by AfterLeaderLabel), and 领导： or 均由 too (a note on a line of its own).
  static constexpr std::string_view kSaidIs[] = {"领导均为", "领导为"};
  static constexpr std::string_view kSaidAny[] = {"领导均为", "领导为", "领导：", "领导均由"};

  // The leaders a note about the tasks below says they have: 牵头县领导均为X，…, 包抓区领导为X, 责任领导：X,
  // 分管领导均由X负责 — the names after the first of the words `said` (its 领导 within `most_before` bytes
  // of the start) up to the next ， (an address or a verb after them dropped). nullopt when there is none;
  // empty when what follows names no leader.
  static std::optional<std::string_view> LeadersSaidOf(std::string_view inside, size_t most_before,
                                                       std::span<const std::string_view> said_words) {
    for (std::string_view said : said_words) {
      const size_t at = internal::FindText(inside, said);
      if (at == std::string_view::npos || at > most_before) continue;
      std::string_view names = inside.substr(at + said.size());
      names = names.substr(0, internal::FindText(names, "，"));
      for (std::string_view tail : {"同志", "负责", "牵头"})
        if (names.ends_with(tail)) names.remove_suffix(tail.size());
      names = internal::TrimSpaces(names);
      return internal::TitledLeaders(names, /*bare_names=*/true).empty() ? std::string_view() : names;
    }
    return std::nullopt;
  }

  // 14.5个村完成… between 13、 and 15、 (or after 13、, the last): a number in its list's sequence, though
  // what follows it reads as a decimal (14.5个) — the item 14, its text 5个村…, as the typist meant.
  void NumbersInSequence() {
    const auto& blocks = out_.blocks;
    // For each block, the first at or after it numbered 1. or 一、 (blocks.size() for none): one pass back.
    std::vector<size_t> next_numbered(blocks.size() + 1, blocks.size());
    for (size_t k = blocks.size(); k-- > 0;)
      next_numbered[k] = out_.facts[k].marker.kind == MarkerKind::kArabic ||
                                 out_.facts[k].marker.kind == MarkerKind::kChineseNumeral
                             ? k
                             : next_numbered[k + 1];
    size_t previous = blocks.size();  // the last block with an Arabic marker, in this section
    for (size_t i = 0; i < blocks.size(); ++i) {
      const MarkerKind kind = out_.facts[i].marker.kind;
      if (kind == MarkerKind::kArabic) {
        previous = i;
        continue;
      }
      if (kind == MarkerKind::kChineseNumeral) previous = blocks.size();  // a heading: a list begins anew
      const std::string& t = blocks[i].text;
      if (previous == blocks.size() || kind != MarkerKind::kNone || blocks[i].kind != BlockKind::kParagraph ||
          t.empty() || t[0] < '1' || t[0] > '9')
        continue;
      // The paragraph before it does not stop mid-sentence: after …资金： or …，, the line goes on.
      const std::string& before = blocks[i - 1].text;
      size_t end = before.size();
      const char32_t last = end > 0 ? internal::PreviousCodePoint(before, end) : 0;
      if (std::u32string_view(U"：:，,、").find(last) != std::u32string_view::npos) continue;
      size_t digits = 0;
      while (digits < t.size() && digits < 4 && t[digits] >= '0' && t[digits] <= '9') ++digits;
      const std::string_view after = std::string_view(t).substr(digits);
      // (Or 4，培育… between 3、 and 5、: a comma typed for the list's 、, text after it.)
      const bool comma = after.starts_with("，") && after.size() > 3 && !(after[3] >= '0' && after[3] <= '9');
      const std::string_view punct = comma                     ? "，"
                                     : after.starts_with(".")  ? "."
                                     : after.starts_with("．") ? "．"
                                                               : "";
      if (punct.empty() || after.size() <= punct.size() ||
          (!comma && (after[punct.size()] < '0' || after[punct.size()] > '9')))
        continue;
      const int n = std::stoi(t.substr(0, digits));
      if (out_.facts[previous].marker.number != n - 1) continue;
      const size_t next = next_numbered[i + 1];
      if (next < blocks.size() &&
          !(out_.facts[next].marker.kind == MarkerKind::kArabic && out_.facts[next].marker.number == n + 1))
        continue;
      Marker& m = out_.facts[i].marker;
      m.kind = MarkerKind::kArabic;
      m.number = n;
      m.length = digits + punct.size();
      m.text = t.substr(0, m.length);
      previous = i;
    }
  }

  // A table's group row that names whom its rows are given to: （一）办公室（3项） the units that lead them
  // (a count after the names, each a unit's); 二、党委委员、副局长温雅琴（分管征收管理科、…） the leaders,
  // titled, their portfolio in the bracket after them.
  static void TableGroupOf(internal::BlockRef<false>& rb, std::string_view heading) {
    // (A unit's group is a second level's, under its leader's: 一、数字政府（2项） is a topic.)
    if (const std::string_view units = WithoutCount(heading);
        rb.marker.kind == MarkerKind::kParenChineseNumeral && units.size() < heading.size() &&
        !units.empty() && !units.starts_with("区域") && !units.starts_with("市场") &&
        !units.starts_with("全") && !units.starts_with("各")) {
      // (Each ending as a body's name does: not 乡村振兴, a topic a department is named after.)
      const std::vector<std::string> names = internal::SplitList(units);
      const auto body = [](const std::string& n) {
        size_t end = n.size();
        const char32_t last = end > 0 ? internal::PreviousCodePoint(n, end) : 0;
        return internal::LooksLikeUnit(n) &&
               (std::u32string_view(U"科室处办局部队所站委").find(last) != std::u32string_view::npos ||
                n.ends_with("中心") || n.ends_with("单位") || n.ends_with("部门") || n.ends_with("）"));
      };
      if (!names.empty() && names.size() <= 4 && std::all_of(names.begin(), names.end(), body)) {
        rb.role = Role::kUnitHeading;
        rb.fields.emplace_back("units", std::string(units));
        return;
      }
    }
    if (!rb.Field("leaders").empty()) return;
    std::string_view names = internal::TrimSpaces(heading);
    if (names.ends_with("）"))
      if (const size_t open = OpeningOfLast(names); open != std::string_view::npos && open > 0)
        names = internal::TrimSpaces(names.substr(0, open));
    if (names.size() < heading.size() && !internal::TitledLeaders(names, /*bare_names=*/false).empty())
      rb.fields.emplace_back("leaders", std::string(names));
  }

  // A heading that is its leaders' statement, as a table's group row or a section's line prints it:
  // 局党组书记、局长甄怀远同志牵头（4项） · 副局长邵明川同志，副局长柏静姝同志共同牵头（2项）: the titled
  // persons (同志 left out); empty unless every name of it is one.
  static std::string HeadingLeaderList(std::string_view heading) {
    heading = internal::TrimSpaces(heading);
    if (heading.ends_with("）"))
      if (const size_t open = heading.rfind("（"); open != std::string_view::npos && open > 0) {
        std::string_view count = heading.substr(open + 3, heading.size() - open - 6);
        if (count.starts_with("共")) count.remove_prefix(3);
        if (count.ends_with("项") || count.ends_with("件")) count.remove_suffix(3);
        if (!count.empty() && (internal::LeadingNumber(count) > 0 || internal::ParseChineseNumber(count)))
          heading = internal::TrimSpaces(heading.substr(0, open));
      }
    bool verb = false;
    for (std::string_view v : {"共同牵头", "牵头负责", "负责", "牵头", "分管", "包抓", "领办", "主抓"})
      if (heading.ends_with(v)) {
        heading.remove_suffix(v.size());
        verb = true;
        break;
      }
    if (!verb || heading.empty() || Length(heading) > 60) return {};
    std::string names = internal::WithoutComrade(heading);
    if (internal::TitledLeaders(names, /*bare_names=*/false).empty()) return {};
    return names;
  }

  // The leaders a heading's closing bracket names for the tasks below it (its text inside the bracket):
  // 县委常委、 常务副县长 王建平, or after a leader label (省领导：陈卫东、刘志宏; 责任县领导：刘志远), where
  // names need no title. Empty when it names none.
  static std::string_view BracketLeaders(std::string_view inside) {
    // （本部分任务责任县领导：X）, （以下工作分管领导：X）: the label said of the tasks below.
    for (std::string_view w : {"本部分", "以下", "下列", "本节"})
      if (inside.starts_with(w)) {
        inside.remove_prefix(w.size());
        // (工作任务, 的各项任务: the words in any order.)
        for (bool more = true; more;) {
          more = false;
          for (std::string_view what : {"各项", "任务", "工作", "事项", "的", "均"})
            if (inside.starts_with(what)) {
              inside.remove_prefix(what.size());
              more = true;
            }
        }
        break;
      }
    // （共3项，包抓区领导均为区委副书记许婧，以下不再逐项标注）: the count first, the label's 均为, a note
    // after.
    if (inside.starts_with("共"))
      if (const size_t comma = internal::FindText(inside, "，");
          comma != std::string_view::npos && comma <= 3 * 8 &&
          internal::ContainsText(inside.substr(0, comma), "项"))
        inside = inside.substr(comma + std::string_view("，").size());
    if (const std::optional<std::string_view> names = LeadersSaidOf(inside, /*most_before=*/3 * 8, kSaidIs))
      return *names;
    const std::string_view labelled = internal::AfterLeaderLabel(inside);
    // (Not a clause that goes on after them: 责任省领导：X；责任单位同本部分第1项.)
    if (!labelled.empty())
      return internal::TitledLeaders(labelled, /*bare_names=*/true).empty() ||
                     internal::FindText(labelled, "；") != std::string_view::npos
                 ? ""
                 : labelled;
    // （副乡长杜川负责）: titled persons and the verb that gives them the section.
    if (const std::string_view names = internal::BeforeLeadersVerb(inside);
        !names.empty() && names.find("：") == std::string_view::npos) {
      const auto leaders = internal::TitledLeaders(names);
      if (!leaders.empty() && std::all_of(leaders.begin(), leaders.end(), [](const auto& l) {
            return internal::LooksLikePersonName(l.first);
          }))
        return names;
    }
    return inside.find("：") == std::string_view::npos && !internal::TitledLeaders(inside).empty() ? inside
                                                                                                   : "";
  }

  // The lead units a part heading's bracket says every task of it has, among its other statements (parted by
  // ，。；): 牵头单位均为A, 牵头部门为A, 均由A牵头; empty for none.
  static constexpr std::string_view kRuleWords[] = {"第一", "首位", "排在", "所列", "列在", "各任务", "各项"};
  static std::string_view PartLeadSaid(std::string_view inside) {
    for (size_t from = 0; from < inside.size();) {
      size_t end = inside.size();
      for (std::string_view stop : {"，", "。", "；"})
        end = std::min(end, internal::FindTextFrom(inside, stop, from));
      std::string_view said = inside.substr(from, end - from);
      from = end == inside.size() ? end : end + 3;
      for (std::string_view label : {"牵头单位", "牵头部门", "牵头科室", "牵头站所"})
        if (const size_t at = internal::FindText(said, label); at != std::string_view::npos && at <= 3 * 8) {
          std::string_view units = said.substr(at + label.size());
          if (units.starts_with("均")) units.remove_prefix(3);
          if (!units.starts_with("为")) continue;
          units.remove_prefix(3);
          // (Not a rule's words, 牵头单位均为排在第一位的单位: no unit's name.)
          if (!units.empty() && Length(units) <= 30 && internal::LooksLikeUnit(std::string(units)) &&
              std::none_of(std::begin(kRuleWords), std::end(kRuleWords),
                           [&](std::string_view w) { return internal::ContainsText(units, w); }))
            return units;
        }
      if (const std::string_view units = LeadOfTheTasksBelow(said, /*after_sentence=*/false); !units.empty())
        return units;
    }
    return {};
  }

  // A heading's leaders after it with no bracket, as a table's group row prints them:
  // 统筹推进（3项）　责任市领导： 孟昭远　钱立群 ·
  // 危险化学品安全（3项）　市安委会危险化学品安全专业委员会　主任：钱立群 (a committee's chair, a group's
  // 组长 or 召集人: the person the part is given to). The heading's own words (up to the ） or the gap before
  // the label) and the leaders; nullopt unless every name after the colon is a person's.
  // (Or two labels, each a post: 指挥长：周立军（常务副县长）　副指挥长：韩松（副县长）, a 作战指挥部's; the
  // names of both, parted by 、.)
  static std::optional<std::pair<std::string_view, std::string>> TrailingLeaders(std::string_view heading) {
    size_t colon = internal::FindText(heading, "："), width = 3;
    if (const size_t ascii = heading.find(':'); ascii < colon) colon = ascii, width = 1;
    if (colon == std::string_view::npos || colon == 0 ||
        heading.find(':', colon + width) != std::string_view::npos)
      return std::nullopt;
    const std::string_view label = heading.substr(0, colon);
    // (No sentence before it: a task's own leaders, 1.推进…。责任领导：X, are its clause's. A heading's two
    // phrases may be parted by a comma: 一、加强党的建设，从严治党　责任领导：X.)
    for (std::string_view stop : {"。", "；"})
      if (internal::ContainsText(label, stop)) return std::nullopt;
    // (Nor a label inside a bracket: 加快发展（责任县领导：X）, a bracket's leaders.)
    int depth = 0;
    for (size_t k = 0; k < label.size();) {
      const char32_t cp = internal::NextCodePoint(label, k);
      depth += cp == U'（' || cp == U'(' ? 1 : cp == U'）' || cp == U')' ? -1 : 0;
    }
    if (depth != 0) return std::nullopt;
    // Where the heading's words end: the gap or ） before the label, or where the label starts.
    size_t end = std::string_view::npos;
    for (std::string_view gap : {"\u3000", " ", "）"})
      if (const size_t g = label.rfind(gap); g != std::string_view::npos)
        end = end == std::string_view::npos ? g + gap.size() : std::max(end, g + gap.size());
    const size_t label_start = LeadersLabelStart(label);
    if (label_start == std::string_view::npos) return std::nullopt;
    if (end == std::string_view::npos || end > label_start) end = label_start;
    if (end == 0) return std::nullopt;
    // The names after each label, up to the next label (副指挥长：) where one follows.
    std::string listed;
    for (std::string_view after = heading.substr(colon + width);;) {
      const size_t next = internal::FindText(after, "：");
      std::string_view names = next == std::string_view::npos ? after : after.substr(0, next);
      if (next != std::string_view::npos) {
        const size_t at = LeadersLabelStart(names);
        if (at == std::string_view::npos) return std::nullopt;
        names = names.substr(0, at);
      }
      names = internal::TrimSpaces(names);
      if (names.empty()) return std::nullopt;
      listed += (listed.empty() ? "" : "、") + std::string(names);
      if (next == std::string_view::npos) break;
      after = after.substr(next + 3);
    }
    const std::string_view names = listed;
    const auto leaders = internal::TitledLeaders(names, /*bare_names=*/true);
    if (names.empty() || leaders.empty() || !std::all_of(leaders.begin(), leaders.end(), [](const auto& l) {
          // (Not a place, 责任县领导：高新区, a slip of the form's.)
          size_t end = l.first.size();
          const char32_t last = end > 0 ? internal::PreviousCodePoint(l.first, end) : 0;
          return internal::LooksLikePersonName(l.first) && !internal::LooksLikeUnit(l.first) &&
                 std::u32string_view(U"区县镇乡村").find(last) == std::u32string_view::npos;
        }))
      return std::nullopt;
    return std::make_pair(internal::TrimSpaces(heading.substr(0, end)), std::move(listed));
  }

  // Where a leaders' label closing `words` starts: a post the part is given to (主任, 组长, 召集人, 专班长,
  // 指挥长, with 副, 总 or 常务副 before it), or a leaders' label from its first word (责任市领导,
  // 分管县领导); after a gap where one stands before it. npos when `words` ends with none.
  static size_t LeadersLabelStart(std::string_view words) {
    words = internal::TrimSpaces(words);
    size_t start = std::string_view::npos;
    for (std::string_view post : {"主任", "组长", "召集人", "专班长", "指挥长"})
      if (words.ends_with(post)) {
        start = words.size() - post.size();
        for (std::string_view prefix : {"常务副", "副", "总"})
          if (words.substr(0, start).ends_with(prefix)) {
            start -= prefix.size();
            break;
          }
      }
    if (start == std::string_view::npos && words.ends_with("领导"))
      for (std::string_view opens : {"责任", "分管", "牵头", "联系", "包抓", "包联", "协管"})
        if (const size_t at = words.rfind(opens); at != std::string_view::npos &&
                                                  words.size() - at <= 3 * 7 &&
                                                  (start == std::string_view::npos || at < start))
          start = at;
    // (A label of other words after a gap: 县级领导, 市领导.)
    if (start == std::string_view::npos && words.ends_with("领导"))
      for (std::string_view gap : {"\u3000", " "})
        if (const size_t g = words.rfind(gap); g != std::string_view::npos)
          start = start == std::string_view::npos ? g + gap.size() : std::max(start, g + gap.size());
    return start;
  }

  // Whether the bracket at `open` of numbered block `i` (its text after the marker `rest`) closes an item
  // rather than a heading: after a sentence's end (（四）推进…。（由A负责）), or after a comma with no
  // numbered block under it (（四）推进…，加快…（由A负责） ⏎ （五）… or 二、…, or the end); a heading's
  // (五、深化…，增强… （由市财政局牵头负责） ⏎ 1.…) has items under it.
  bool ItemsOwnBracket(size_t i, size_t end, std::string_view rest, size_t open) const {
    const std::string_view before = rest.substr(0, open);
    if (internal::ContainsText(before, "。") || internal::ContainsText(before, "；")) return true;
    if (!internal::ContainsText(before, "，")) return false;
    // The next numbered block: a sibling or a shallower one (（二）… ⏎ 二、…), or none, makes it an item's.
    for (size_t j = Next(i + 1, end); j < end; j = Next(j + 1, end))
      if (At(j).marker.kind != MarkerKind::kNone)
        return MarkerLevel(At(j).marker.kind) <= MarkerLevel(At(i).marker.kind);
    return true;
  }

  // Headings, leader and unit sections, tasks, clauses and sub-items, in two
  // passes: first everything a block's own text decides, then which numbered
  // items are tasks.
  void Structure(size_t begin, size_t end, bool in_attachment) {
    NoteItems(begin, end);
    Tables(begin, end, in_attachment);
    Role last = Role::kBody;
    // The numbers of the items read so far that hold no clause (1．深化改革…), for a list further on that
    // gives them their units by number (1．责任领导：X；牵头单位：A): a 责任清单 beside a 任务清单.
    std::vector<size_t> latest;  // for each number, 1 + the index of the last item with it (0: none)
    // Under a section of the problems found (三、问题清单, 存在的主要问题, not 问题整改): its items that name
    // a unit before a colon (县住建局：…进度滞后) say what the unit did wrong, no task it is given.
    bool problems = false;
    bool duties_label = false;  // the block before was a label of units' duties or a unit's line under one
    std::vector<size_t> duty_lines;  // the units' lines under the last such label
    std::vector<std::string> duties_item_units;  // the units its item names itself
    for (size_t i = begin; i < end; ++i) {
      auto rb = At(i);
      const std::string& t = rb.block.text;
      std::string_view rest = std::string_view(t).substr(rb.marker.length);
      if (rb.role == Role::kBody && rb.marker.kind == MarkerKind::kNone &&
          internal::ContainsText(rest.substr(0, 3 * 8), "领导分工"))
        if (const size_t colon = internal::FindText(rest.substr(0, 3 * 10), "：");
            colon != std::string_view::npos)
          if (std::vector<std::pair<int, std::string>> parts = PartLeaders(rest.substr(colon + 3));
              !parts.empty())
            part_leaders_ = std::move(parts);
      // 3．第六部分任务均由党工委书记周明远同志负总责，【】内不再列责任领导: a note's sentence that gives
      // a part its leaders, beside what else it says.
      // (A note's points are no items: their numbers are read here.)
      if (rb.role == Role::kBody && internal::ContainsText(rest.substr(0, 3 * 12), "部分"))
        if (const std::string_view said = rest.substr(internal::ReadMarker(rest).length);
            said.starts_with("第")) {
          for (auto& [n, leaders] : PartLeaders(said, /*among_others=*/true)) {
            std::erase_if(part_leaders_, [n = n](const auto& p) { return p.first == n; });
            part_leaders_.emplace_back(n, std::move(leaders));
          }
          // 第一部分各项任务，各临床科室均为配合部门，表中不再单列: units that help with every task of a
          // part.
          if (auto helpers = PartHelpers(said)) part_helpers_.push_back(std::move(*helpers));
        }
      // 一、… of a part the 领导分工 names: its leaders, as a heading's bracket gives them.
      if (rb.marker.kind == MarkerKind::kChineseNumeral && !part_leaders_.empty() &&
          rb.Field("leaders").empty())
        for (const auto& [n, leaders] : part_leaders_)
          if (n == rb.marker.number) rb.fields.emplace_back("leaders", leaders);
      if (rb.marker.kind == MarkerKind::kChineseNumeral)
        for (const auto& [n, helpers] : part_helpers_)
          if (n == rb.marker.number) rb.fields.emplace_back("helpers", helpers);
      if (rb.marker.kind == MarkerKind::kChineseNumeral && rb.role != Role::kTask)
        problems = IsShortLine(t) && ProblemsHeading(rest);
      if (rb.role != Role::kBody) {
        if (rb.role != Role::kDecoration && rb.role != Role::kPageBreak) last = rb.role;
        continue;
      }
      // 责任单位及分工： ⏎ 县商务局：牵头负责… ⏎ 县住建局：配合… (or numbered （1）县商务局：…): the units'
      // lines under the label, each a clause line of the task above; the label alone says nothing.
      // (Where the item names its units already, the first line names one of them again: 1．…。牵头单位：A ⏎
      // 责任单位及分工： ⏎ A：牵头负责… — not a 方案's 职责分工 after its last task, of every task's units.)
      std::optional<std::vector<std::string>> item_units;
      if (const bool under_duties = std::exchange(duties_label, false);
          rb.marker.kind == MarkerKind::kNone && internal::IsDutiesLabelLine(t) &&
          (item_units = UnitsOfItemAbove(i, begin))) {
        rb.role = Role::kDecoration;
        duties_label = true;
        duty_lines.clear();
        duties_item_units = std::move(*item_units);
        continue;
      } else if (under_duties && DutyLineInTurn(rb.marker, duty_lines)) {
        if (std::optional<ClauseMatch> clause = internal::UnitDutyLine(rest);
            clause && (!duty_lines.empty() || duties_item_units.empty() ||
                       NamesOneOf(clause->parts, duties_item_units))) {
          clause->begin += rb.marker.length;
          clause->end += rb.marker.length;
          rb.role = last = Role::kClause;
          rb.clauses.clear();
          rb.clauses.push_back(std::move(*clause));
          duties_label = true;
          duty_lines.push_back(i);
          HelpBesideLeads(duty_lines);
          continue;
        }
      }
      // 1．城区路网畅通…行动 ⏎ （1）目标任务。… ⏎ （3）责任分工。牵头县领导：X；牵头单位：A: a sub-item
      // giving the item's responsibility under a label of its own is the item's clause line, no task; bare
      // (its labels on the lines below), the heading of those lines.
      if (rb.marker.kind == MarkerKind::kParenArabic || rb.marker.kind == MarkerKind::kCircled)
        if (const std::optional<std::string_view> duty = DutyOfSubItem(rest)) {
          if (duty->empty()) {
            rb.role = Role::kDecoration;
            continue;
          }
          if (std::optional<ClauseMatch> clause = WholeClause(*duty)) {
            const size_t offset = static_cast<size_t>(duty->data() - t.data());
            clause->begin += offset;
            clause->end += offset;
            rb.role = last = Role::kClause;
            rb.clauses.clear();
            rb.clauses.push_back(std::move(*clause));
            continue;
          }
        }
      if (rb.marker.kind == MarkerKind::kArabic && rb.marker.number >= 0 &&
          rb.marker.number < internal::kMaxItemNumber) {
        if (latest.empty()) latest.assign(internal::kMaxItemNumber, 0);
        const auto n = static_cast<size_t>(rb.marker.number);
        // A label's colon in its first words, the cheap test, before the patterns.
        const bool labelled = internal::FindText(rest.substr(0, std::min<size_t>(rest.size(), 36)), "：") !=
                              std::string_view::npos;
        // The earlier item a task (text and no clause), not a clause line of its own numbered as this one
        // (1．工作目标：… 3．责任单位：A under each section is one list per section, no 责任清单).
        const auto earlier_task = [&](size_t e) {
          const std::string_view earlier_rest = std::string_view(T(e)).substr(At(e).marker.length);
          return !internal::FullMatch(Pat::kClauseLine, earlier_rest) &&
                 internal::FindClauses(earlier_rest).empty();
        };
        if (const size_t earlier = latest[n];
            earlier > 0 && labelled && internal::FullMatch(Pat::kClauseLine, rest))
          if (std::optional<ClauseMatch> clause = internal::ParseClauseContent(rest);
              clause && earlier_task(earlier - 1)) {
            rb.role = last = Role::kClause;  // the earlier item's units, by its number
            rb.clauses.clear();
            rb.clauses.push_back(std::move(*clause));
            rb.fields.emplace_back("items", std::to_string(n));
            continue;
          }
        latest[n] = i + 1;
      }
      // （一）推进… ⏎ 1.责任领导：X ⏎ 2.牵头单位：A ⏎ 3.配合单位：B: numbered lines under an item, from 1,
      // each a label and its value, are the item's clause lines, as they are unnumbered (after a 责任清单's
      // lines that give earlier items their units by number).
      if (std::optional<ClauseMatch> clause = SubLineClause(i, begin, rest)) {
        rb.role = last = Role::kClause;
        rb.clauses.clear();
        rb.clauses.push_back(std::move(*clause));
        continue;
      }
      // 附件：1.… goes on with 2.… on lines of its own: items of the list, not tasks.
      if (last == Role::kAttachmentList && rb.marker.kind == MarkerKind::kArabic && IsShortLine(t) &&
          !HasSentencePunct(rest)) {
        rb.role = last = Role::kAttachmentList;
        continue;
      }
      // 一、统筹推进　责任市领导：孟昭远　钱立群: a part's heading with its tasks' leaders after it.
      // (Its last leader's title in brackets: 一、项目建设　指挥长：周立军（常务副县长）.)
      bool trailing_read = false;
      if (rb.marker.kind == MarkerKind::kChineseNumeral || rb.marker.kind == MarkerKind::kParenChineseNumeral)
        if (const auto trailing = TrailingLeaders(rest)) {
          rb.fields.emplace_back("heading", std::string(trailing->first));
          rb.fields.emplace_back("leaders", std::string(trailing->second));
          trailing_read = true;
        }
      // 一、全力稳定经济增长（县委常委、常务副县长 王建平）: a heading with the leaders of its tasks.
      if (!trailing_read && rb.marker.kind != MarkerKind::kNone && rest.ends_with("）"))
        if (const size_t open = OpeningOfLast(rest); open != std::string_view::npos && open > 0) {
          const std::string_view inside = rest.substr(open + 3, rest.size() - open - 6);
          // (The bracket the last closing closes, nested ones inside it:
          // （包抓领导：宋嘉禾（党工委委员、常务副 主任））; its leaders read where it holds no other bracket
          // but a leader's title, not …配合单位：党委 办公室（校长办公室）.)
          if (const std::string_view leaders = internal::FindText(inside, "）") == std::string_view::npos ||
                                                       !internal::AfterLeaderLabel(inside).empty()
                                                   ? BracketLeaders(inside)
                                                   : std::string_view();
              !leaders.empty()) {
            rb.fields.emplace_back("heading", std::string(rest.substr(0, open)));
            rb.fields.emplace_back("leaders", std::string(leaders));
            // （本部分任务分管领导均为X，牵头单位均为A，不再逐项列出，括号内为配合单位）: the lead of every
            // task of the part said beside its leaders.
            if (const std::string_view units = PartLeadSaid(inside); !units.empty())
              rb.fields.emplace_back("part_units", std::string(units));
          } else if (const std::string_view units =
                         LeadOfTheTasksBelow(inside, ItemsOwnBracket(i, end, rest, open));
                     !units.empty()) {
            // 四、…（以下任务由县发改局牵头）: a unit's section, its lead the units named.
            rb.fields.emplace_back("heading", std::string(rest.substr(0, open)));
            rb.fields.emplace_back("units", std::string(units));
          } else if (const size_t stop = internal::FindText(inside, "。"); stop != std::string_view::npos) {
            // 五、…（共4项，分管局领导：X。本部分各项任务均由交警支队牵头，以下只列配合单位）: the leaders,
            // and the unit that leads every task of the part (the units each lists help).
            const std::string_view said = inside.substr(stop + 3);
            const std::string_view by_leaders = BracketLeaders(inside.substr(0, stop));
            const std::string_view by_units =
                LeadOfTheTasksBelow(said.substr(0, internal::FindText(said, "，")), /*after_sentence=*/false);
            if (!by_leaders.empty() && !by_units.empty()) {
              rb.fields.emplace_back("heading", std::string(rest.substr(0, open)));
              rb.fields.emplace_back("leaders", std::string(by_leaders));
              rb.fields.emplace_back("part_units",
                                     std::string(by_units));  // (a heading still: its tasks' ids)
            }
          }
        }
      // 第5项由县财政局负责: an item clause, though 第5项 reads as a marker.
      if (rb.marker.kind == MarkerKind::kArabic && t.starts_with("第") && rest.find("由") < 6)
        if (auto items = ItemClauses(t)) {
          rb.marker = {};
          SetItemClauses(rb, std::move(*items));
          last = rb.role;
          continue;
        }
      if (!rb.Field("units").empty() && !rb.Field("heading").empty()) {
        rb.role = last = Role::kUnitHeading;  // （以下任务由X牵头）, read above
        continue;
      }
      switch (rb.marker.kind) {
        case MarkerKind::kChineseNumeral:
          if (LeaderHeading(rest, rb.facts)) {
            rb.role = Role::kLeaderHeading;
          } else if (std::string leaders =
                         rb.Field("leaders").empty() ? HeadingLeaderList(rest) : std::string();
                     !leaders.empty()) {
            rb.fields.emplace_back("leaders", std::move(leaders));  // 二、X同志，Y同志共同牵头（2项）
          } else if (IsUnitName(WithoutCount(rest))) {
            // 一、县发展和改革局（8项）: the unit responsible for the items below
            rb.role = Role::kUnitHeading;
            rb.fields.emplace_back("units", std::string(WithoutCount(rest)));
          } else if (UnitHeading(rest, rb.facts)) {
            // 二、办公室牵头的工作: its one unit an organisation's name (not 全面负责的工作).
            const std::string_view units = rb.Field("units");
            size_t end = units.size();
            if (units.find("、") == std::string_view::npos && end > 0 &&
                internal::EndsOrganisation(internal::PreviousCodePoint(units, end)))
              rb.role = Role::kUnitHeading;
            else
              rb.fields.pop_back();
          }
          break;
        case MarkerKind::kParenChineseNumeral:
          // （一）市长林志远领办（2件）: a leader's items under a heading 一、 of another kind.
          // Only where a leader's title may be (…长, 书记, 主任, 秘书长, …): most such headings are units'.
          if ((internal::ContainsText(rest, "长") || internal::ContainsText(rest, "书记") ||
               internal::ContainsText(rest, "主任") || internal::ContainsText(rest, "主席") ||
               internal::ContainsText(rest, "员")) &&
              LeaderHeading(rest, rb.facts))
            rb.role = Role::kLeaderHeading;
          else if (Capture(rest, Pat::kUnitHeadingCoordinated, rb.facts) || UnitHeading(rest, rb.facts))
            rb.role = Role::kUnitHeading;
          else if (const std::string_view units = UnitsLeadingBelow(rest); !units.empty()) {
            rb.role = Role::kUnitHeading;
            rb.fields.emplace_back("units", std::string(units));
          }
          break;
        case MarkerKind::kNone:
          // A leader heading set in a heading style, with no numeral (Word "标题 2").
          if ((rb.block.style.heading_level > 0 || rb.block.style.bold) && IsShortLine(t) &&
              LeaderHeading(t, rb.facts)) {
            rb.role = Role::kLeaderHeading;
          } else if (std::optional<ItemsAhead> ahead = ItemsAheadLine(t); ahead && NextIsNumbered(i, end)) {
            // （第1—3项由副市长X同志负责，第4—6项由副市长Y同志负责） under a heading: the leaders of the
            // items below it, each by its number; the section's own first, where it names them
            // (（本部分由X负责， 其中第7项由Y负责）).
            SetItemClauses(rb, std::move(ahead->items));
            if (ahead->section) rb.clauses.push_back(std::move(*ahead->section));
            rb.fields.emplace_back("below", "1");
          } else if (std::optional<ClauseMatch> leaders = LeadersBelowLine(t);
                     leaders && NextIsNumbered(i, end)) {
            // （本部分任务除单独标注外，牵头县领导均为X，不再逐项列出）: the leaders of the tasks below, as a
            // leaders' line under the heading gives them.
            rb.role = Role::kClause;
            rb.clauses.clear();
            rb.clauses.push_back(std::move(*leaders));
          } else if (const std::string_view units = BelowLine(t); !units.empty() && NextIsNumbered(i, end)) {
            // （以下任务由县委办牵头） on a line of its own over numbered items: their lead, as a heading's.
            rb.role = Role::kUnitHeading;
            rb.fields.emplace_back("units", std::string(units));
            rb.fields.emplace_back("heading", std::string(t));
          } else if ((t.ends_with("：") || t.ends_with(":")) && !t.starts_with("各") &&
                     IsUnitName(t.substr(0, t.size() - (t.ends_with(":") ? 1 : 3))) &&
                     NextIsNumbered(i, end)) {
            // 县财政局： on a line of its own, over its tasks (七、其他县直单位 ⏎ 县财政局： ⏎ 35.…)
            rb.role = Role::kUnitHeading;
            rb.fields.emplace_back("units", std::string(t.substr(0, t.size() - (t.ends_with(":") ? 1 : 3))));
          } else if (std::optional<ClauseMatch> section; auto items = ItemClauses(t, &section)) {
            SetItemClauses(rb, std::move(*items));  // 以上第1—3项由A牵头；第4项由B负责
            if (section) {  // 以上工作由副县长X负责。第6—8项…: the section's, after its items'
              rb.clauses.push_back(std::move(*section));
              rb.fields.emplace_back("group", "1");
            }
          } else if (auto group = GroupClause(t)) {
            // 以上任务由A牵头，B配合: for every task of the section above (its clause moved in: a braced list
            // {std::move(c)} would copy it); 其中第4项由C负责: for the items it names instead, their clauses
            // first.
            const size_t exceptions = GroupExceptions(t);
            std::optional<std::vector<ItemClause>> items;
            if (exceptions < t.size()) items = ItemClauses(std::string_view(t).substr(exceptions));
            if (items) {
              for (ItemClause& ic : *items) {  // where they stand in the whole paragraph
                ic.clause.begin += exceptions;
                ic.clause.end += exceptions;
              }
              SetItemClauses(rb, std::move(*items));
            } else {
              rb.role = Role::kClause;
              rb.clauses.clear();
            }
            rb.clauses.push_back(std::move(*group));
            rb.fields.emplace_back("group", "1");
          } else if (auto clause = WebFooterAt(i, end) ? std::nullopt : WholeClause(t)) {
            rb.role = Role::kClause;
            rb.clauses.clear();
            rb.clauses.push_back(std::move(*clause));
          } else if (last == Role::kLeaderHeading && Capture(t, Pat::kPortfolio, rb.facts)) {
            rb.role = Role::kPortfolio;
          } else if (!in_attachment && Capture(t, Pat::kAttachmentList, rb.facts)) {
            rb.role = Role::kAttachmentList;
          } else if (last == Role::kAttachmentList && IsShortLine(t)) {
            rb.role = Role::kAttachmentList;  // the list's further lines
          } else if (in_attachment && IsShortLine(t) && OpensSection(i + 1, end) &&
                     (rb.block.style.heading_level != 0 || rb.block.style.bold ||
                      PartialMatch(Pat::kPartHeading, t))) {  // the search last, seldom run
            rb.role = Role::kPartHeading;
          }
          break;
        default:
          break;
      }
      if (rb.role == Role::kBody) {
        // The brackets that close a heading with its leaders (（省领导：陈卫东）) hold no clause.
        const std::string_view heading = rb.Field("heading");
        rb.clauses = internal::FindClauses(heading.empty() ? rest : heading);
        if (legend_) ByLegend(heading.empty() ? rest : heading, rb.clauses);
        // 1.县发改局牵头，县统计局配合，确保…: a numbered item may open with its clause, unbracketed; or
        // with a labelled one, a wide gap after it (4.牵头：A；配合：B　深化…).
        if (rb.marker.kind != MarkerKind::kNone)
          if (std::optional<ClauseMatch> leading = internal::LeadingLabelledClause(rest)) {
            // What FindClauses read from the label on (the label line run on into the text) is this.
            std::erase_if(rb.clauses, [&](const ClauseMatch& m) { return m.begin < leading->end; });
            rb.clauses.insert(rb.clauses.begin(), std::move(*leading));
          }
        if (rb.clauses.empty() && rb.marker.kind != MarkerKind::kNone) {
          if (std::optional<ClauseMatch> quoted = internal::ClauseBeforeQuotedTask(rest))
            rb.clauses.push_back(std::move(*quoted));  // A牵头，B配合的“…”任务
          else if (std::optional<ClauseMatch> inline_clause = internal::InlineClause(rest))
            rb.clauses.push_back(std::move(*inline_clause));
          else if (std::optional<ClauseMatch> units =
                       problems ? std::nullopt : internal::UnitsColonClause(rest))
            rb.clauses.push_back(std::move(*units));  // 综合科、规划科：推进…
          else if (SameAsAbove(rest))
            rb.fields.emplace_back("same_above", "1");  // 6.推进…（责任分工同上）: the task above's parts
        }
        // …，各县（市、区）政府负责组织申报: what the item's other sentences give units beside a clause in
        // prose. (A heading's text is the item's before its leaders'
        // bracket: 5.A牵头，B配合，…。（市领导：X）.)
        if (!rb.clauses.empty()) internal::AddProseShares(heading.empty() ? rest : heading, rb.clauses);
        for (ClauseMatch& m : rb.clauses) {  // positions in the block's text, marker included
          m.begin += rb.marker.length;
          m.end += rb.marker.length;
        }
      }
      last = rb.role;
    }
    Tasks(begin, end, in_attachment);
  }

  // 注：1．…⏎2．…: a note's numbered points, after the one its label opens, are the note's, no items.
  // So are those under a label on a line of its own (说明：, 📌 **说明**): all of them, the first too,
  // numbered on or, as Markdown writes a list, each 1.
  void NoteItems(size_t begin, size_t end) {
    for (size_t i = begin; i < end; ++i) {
      if (!Text(i)) continue;
      std::string_view t = T(i);
      size_t past = 0;
      const char32_t cp = internal::NextCodePoint(t, past);
      if (cp != U'注' && cp != U'备' && cp != U'说' && cp != U'填' && cp != U'有' && cp < 0x1F000)
        continue;                                                               // most blocks: one look
      size_t from = Next(i + 1, end);                                           // the first point to clear
      Marker first;
      if (NoteLabel(t)) {
        if (from >= end || !Text(from)) continue;
        first = At(from).marker;
      } else {
        bool note = false;  // 注：1．… · 填报说明：1.…
        for (std::string_view label :
             {"填表说明", "填报说明", "填卡说明", "填写说明", "有关说明", "备注", "说明", "注"})
          if (t.starts_with(label))
            for (std::string_view colon : {"：", ":"})
              if (t.substr(label.size()).starts_with(colon)) {
                t.remove_prefix(label.size() + colon.size());
                note = true;
              }
        if (!note) continue;
        first = internal::ReadMarker(internal::TrimSpaces(t));
      }
      if (first.kind == MarkerKind::kNone || first.number != 1) continue;
      int expected = NoteLabel(T(i)) ? 1 : 2;
      bool all_ones = true;
      for (size_t j = from; j < end && Text(j) && At(j).marker.kind == first.kind &&
                            (At(j).marker.number == expected || (all_ones && At(j).marker.number == 1));
           j = Next(j + 1, end), ++expected) {
        all_ones = all_ones && At(j).marker.number == 1;
        At(j).marker = {};
      }
    }
  }

  // Whether a text opens with an item's number, （1） or ①, and names the next item further on
  // (（1）创建示范村 8个；（2）完成户厕改造): a list written inline, a task's words, no heading.
  static bool ListsItemsInline(std::string_view text) {
    const Marker m = internal::ReadMarker(text);
    if ((m.kind != MarkerKind::kParenArabic && m.kind != MarkerKind::kCircled) || m.number < 1 ||
        m.number > 19)
      return false;
    const std::string_view rest = text.substr(m.length);
    if (m.kind == MarkerKind::kCircled) {
      std::string next;
      internal::AppendUtf8(next, static_cast<char32_t>(U'①' + m.number));
      return internal::ContainsText(rest, next);
    }
    const std::string n = std::to_string(m.number + 1);
    return internal::ContainsText(rest, "（" + n + "）") || internal::ContainsText(rest, "(" + n + ")");
  }

  // Task tables: a header row (序号 | 重点任务 | 牵头单位 | …), then rows that are
  // tasks, continuations of the task above (no number, no task text: the rest
  // of a task split over merged rows), or section rows (one text across the
  // row: 一、产业发展（共12项）).
  void Tables(size_t begin, size_t end, bool in_attachment) {
    int task_column = -1, number_column = -1;
    size_t header_cells = 0;  // the cells of the table's header
    std::vector<internal::Column> header_columns;  // and what they mean
    bool wrote_empty = false;  // a row of the table so far wrote an empty cell (| 一、… |  |  |)
    size_t header_row = std::numeric_limits<size_t>::max();  // the header's block
    for (size_t i = begin; i < end; ++i) {
      auto rb = At(i);
      if (rb.role == Role::kDecoration || rb.role == Role::kPageBreak) continue;
      // A ledger's sign-off row under its table (审核：X | 填表：Y | 联系电话：…): a row of the table, no
      // task.
      if (rb.role == Role::kTableRow && SignOffRow(rb.block.cells)) continue;
      if (rb.role != Role::kTableRow) {
        // 一、经济运行（7项） on a line of its own between a task table's rows (a section row a plain-text
        // export wrote with no tab): a heading of the table, as a section row is; the table goes on.
        // Not a heading over a table of its own (二、傅晨副市长分管工作⏎| 序号 | …): a new header follows it.
        const size_t next = Next(i + 1, end);
        // (Read as a heading already where its words are a heading's: 一、聚焦扩大有效需求，推动经济稳进提质
        // · 一、经济 发展：, IsHeadingText.)
        if (task_column >= 0 && (rb.role == Role::kBody || rb.role == Role::kHeading) &&
            rb.block.kind == BlockKind::kParagraph && rb.marker.kind != MarkerKind::kNone &&
            IsHeadingText(T(i).substr(rb.marker.length)) && next < end &&
            out_.blocks[next].role == Role::kTableRow &&
            !internal::IsTaskTableHeader(out_.blocks[next].cells)) {
          if (rb.Field("heading").empty()) rb.fields.emplace_back("heading", T(i).substr(rb.marker.length));
          rb.role = Role::kHeading;
          continue;
        }
        // 续表 (（续表）, 续上表) over the rest of a table cut by the page, whose rows the header above
        // names when they have its cells, a header of their own or not.
        if (task_column >= 0 && IsContinuationCaption(T(i)) && next < end &&
            out_.blocks[next].kind == BlockKind::kTableRow &&
            out_.blocks[next].cells.size() == header_cells) {
          rb.role = Role::kDecoration;
          continue;
        }
        task_column = number_column = -1;  // the table ended
        continue;
      }
      const auto& cells = rb.block.cells;
      // 牵头单位 | A ⏎ 配合单位 | B ⏎ 责任领导 | X: a task's clauses set out as a table of two columns (as a
      // chat assistant writes them under a task, or a form pasted below one), under a header of its own
      // (项目 | 内容) or none: each row a clause line of the task above.
      if (std::vector<std::string> lines; task_column < 0) {
        if (const size_t rows = OwnClauseTable(i, end, lines); rows > 0) {
          for (size_t j = i, line = 0; j < i + rows; ++j) {
            auto row = At(j);
            if (row.role != Role::kTableRow) continue;
            std::optional<ClauseMatch> clause;
            if (line < lines.size() && !lines[line].empty()) clause = internal::ParseClauseContent(lines[line]);
            ++line;
            if (!clause) {
              row.role = Role::kDecoration;  // the header, or a record's row after its first
              continue;
            }
            clause->begin = 0;
            clause->end = row.block.text.size();
            row.role = Role::kClause;
            row.clauses.clear();
            row.clauses.push_back(std::move(*clause));
          }
          i += rows - 1;
          continue;
        }
      }
      if (const size_t rows = ClauseTable(i, end); rows > 0) {
        for (size_t j = i; j < i + rows; ++j) {
          auto row = At(j);
          if (row.role != Role::kTableRow) continue;
          const auto& c = row.block.cells;
          std::optional<ClauseMatch> clause;
          if (c.size() == 2 && IsClauseLabelCell(c[0]))
            clause = internal::ParseClauseContent(c[0] + "：" + c[1]);
          if (!clause) {
            row.role = Role::kDecoration;  // the header
            continue;
          }
          clause->begin = 0;
          clause->end = row.block.text.size();
          row.role = Role::kClause;
          row.clauses.clear();
          row.clauses.push_back(std::move(*clause));
        }
        i += rows - 1;
        task_column = number_column = -1;
        continue;
      }
      // 任务卡: a card per task, its number in a cell merged down its left side (任务⏎1 | 任务名称 | … ⏎
      // | 牵头单位 | …): read as a form whose first field is that number.
      if (const size_t rows = task_column < 0 ? CardRows(i, end) : 0; rows > 0) {
        for (size_t k = i; k < i + rows; ++k) {
          auto row = At(k);
          row.fields.emplace_back("form", "card");  // label and value side by side, after the number's cell
          row.role = k == i ? Role::kTask : Role::kSubItem;
        }
        rb.marker.kind = MarkerKind::kArabic;
        rb.marker.number = CardNumber(cells[0]);
        rb.marker.text = std::to_string(rb.marker.number);
        i += rows - 1;
        task_column = number_column = -1;
        continue;
      }
      // 任务交办单: a form per task, label and value side by side (编号 | 1 | 完成时限 | … ⏎ 任务名称 | … ⏎
      // 牵头单位 | …): each record one task, its rows the task's.
      if (const size_t rows = FormRecord(i, end); rows > 0) {
        FormTask(i, i + rows);
        i += rows - 1;
        task_column = number_column = -1;
        continue;
      }
      // A second header row under the first (责任分工 over 责任领导 | 牵头单位 | 配合单位):
      // no number, no task, only column names.
      if (task_column >= 0 && i > begin && PreviousIsHeader(i, begin)) {
        // A responsibility matrix's names: each its column's unit, whatever words it holds (县委社会工作部);
        // under a group of units and their leaders (责任单位及分管县政府领导), tried before the names of a
        // leaders' columns (A角 | B角), which a row of units' short names would pass.
        const bool header = header_row < out_.blocks.size();
        const bool under_leaders =
            header && std::ranges::any_of(out_.blocks[header_row].cells, UnitsUnderLeaders);
        const auto unit_names = [&] {
          return header && IsUnitNamesRow(cells, header_columns, out_.blocks[header_row].cells, number_column,
                                          task_column);
        };
        if (under_leaders && unit_names()) {
          rb.role = Role::kTableHeader;
          rb.fields.emplace_back("unit_names", "1");
          continue;
        }
        if (IsSubHeader(cells, number_column, task_column,
                        header ? &out_.blocks[header_row].cells : nullptr)) {
          rb.role = Role::kTableHeader;
          continue;
        }
        if (!under_leaders && unit_names()) {
          rb.role = Role::kTableHeader;
          rb.fields.emplace_back("unit_names", "1");
          continue;
        }
      }
      // 二、壮大实体经济… | 责任领导：周立新、何敏: a heading set beside its leaders in a table of its own
      // row (a layout's, borderless), as a paragraph heading with them in brackets; looked at before the
      // header test, which 一、加快重点项目建设 | 责任领导：X would pass.
      if (task_column < 0 && OneRowTable(i) && LayoutHeading(rb)) continue;
      // 牵头领导：X⇥牵头单位：A⇥配合单位：B under a task, a table of one row only as a tab made it: each
      // cell a label and its value, the row the task's clause line.
      if (task_column < 0 && OneRowTable(i))
        if (std::optional<ClauseMatch> labels = LabelCells(cells)) {
          rb.role = Role::kClause;
          rb.clauses.clear();
          labels->begin = 0;
          labels->end = rb.block.text.size();
          rb.clauses.push_back(std::move(*labels));
          continue;
        }
      // 序号 | 步骤 | 办理人 | 所在部门 | 办理时间 | 办理意见: the header of a table of another kind (an
      // approval log under the tasks): its rows are no tasks, until a task table's header again.
      if (task_column >= 0 && OtherTableHeader(cells)) {
        task_column = number_column = -1;
        continue;
      }
      // 序号 | 县政府领导 | 工作分工 | 分管单位 | 联系单位: the leaders' portfolios (a notice's 附件 the lead
      // rule reads, 谁分管、谁牵头), no tasks: its rows the builder reads as such (field portfolios).
      if (PortfolioTableHeader(cells)) {
        rb.role = Role::kTableHeader;
        rb.fields.emplace_back("portfolios", "1");
        task_column = number_column = -1;
        continue;
      }
      if (internal::IsTaskTableHeader(cells)) {
        rb.role = Role::kTableHeader;
        task_column = number_column = -1;
        header_cells = cells.size();
        header_row = i;
        header_columns = internal::HeaderColumns(cells);
        wrote_empty = false;
        const std::vector<internal::Column> columns = internal::HeaderColumns(cells);
        for (size_t c = 0; c < cells.size(); ++c) {
          const internal::Column col = columns[c];
          if ((col == internal::Column::kTask || col == internal::Column::kItems) && task_column < 0)
            task_column = static_cast<int>(c);
          if (col == internal::Column::kNumber && number_column < 0) number_column = static_cast<int>(c);
        }
        continue;
      }
      if (task_column < 0) {
        // A title in the table's first row, over its header (梓川县2024年上半年重点工作目标任务分解表):
        // in an attachment of several tables, each table's part.
        const size_t next = Next(i + 1, end);
        if (in_attachment && !cells.empty() && !cells[0].empty() && next < end &&
            out_.blocks[next].kind == BlockKind::kTableRow &&
            internal::IsTaskTableHeader(out_.blocks[next].cells) &&
            std::all_of(cells.begin() + 1, cells.end(),
                        [&](const std::string& c) { return c.empty() || c == cells[0]; }) &&
            IsShortLine(cells[0])) {
          // (Numbered, 一、主要预期目标（7项）, with 二、 on a row of the same table below, it is the first
          // of the attachment's numbered sections, each a block of the one table under a header of its own:
          // 二、重点工作任务 and 三、民生实事项目 beside it. Alone, it is its table's part, as a title is.)
          const Marker marker = internal::ReadMarker(cells[0]);
          const bool first_block = marker.kind != MarkerKind::kNone && NextInTable(i, marker);
          if (first_block) rb.marker = marker;
          rb.role = first_block ? Role::kHeading : Role::kPartHeading;
          rb.fields.emplace_back("heading", cells[0].substr(first_block ? marker.length : 0));
        }
        continue;  // not in a task table
      }
      std::string single;
      bool one_text = true;
      size_t first_filled = cells.size();
      for (size_t c = 0; c < cells.size(); ++c) {
        if (cells[c].empty()) continue;
        if (single.empty()) {
          single = cells[c];
          first_filled = c;
        } else if (cells[c] != single) {
          one_text = false;
        }
      }
      // 一、先进制造业项目（10个） | 3620000 | 1105000: a section's row with its sums in the figures' columns
      // is a section's row all the same.
      if (!one_text && internal::ReadMarker(single).kind == MarkerKind::kChineseNumeral)
        one_text = std::all_of(cells.begin(), cells.end(),
                               [&](const std::string& c) { return c.empty() || c == single || Figure(c); });
      // A section row's text starts the row; a lone cell further right continues the task above.
      one_text = one_text && first_filled <= static_cast<size_t>(std::max(task_column, number_column));
      // 1．实施… | ⋮ | ⋮ (its other cells merged down from the row above): a task's row, its one text
      // notwithstanding, in a table with no column of numbers.
      if (one_text && number_column < 0 && MergedFromAbove(rb.block)) one_text = false;
      if (single.empty()) continue;
      wrote_empty = wrote_empty ||
                    (cells.size() == header_columns.size() &&
                     std::any_of(cells.begin(), cells.end(), [](const std::string& c) { return c.empty(); }));
      auto cell = [&](int c) -> const std::string& { return RowCell(i, c); };
      // 合计 | | 共7项, 备注 | …: a table's closing rows, not tasks; nor a form's 示例 row.
      if (IsClosingRow(cell(number_column))) continue;
      const bool numbered = !cell(number_column).empty();
      // 一 | 大气污染防治 | | |: a section numbered in the 序号 column the tasks number 1, 2, …
      // （一） | 扩大有效投资 | 王勇 | 县发改局 | | ⏎ 1 | …: a group of the tasks below it that names their leader
      // and lead, each task's blank cell the group's (GroupDefaults).
      std::string defaults;
      if (numbered && number_column != task_column && !cell(task_column).empty() &&
          SectionNumeral(cell(number_column)) > 0 &&
          (OnlyNumberAndTask(rb.block, number_column, task_column) ||
           (header_row < out_.blocks.size() &&
            !(defaults = GroupDefaults(rb.block, number_column, task_column, header_columns,
                                       out_.blocks[header_row].cells))
                 .empty())) &&
          NextNumberIsArabic(i, end, number_column)) {
        rb.marker.kind = internal::TrimSpaces(cell(number_column)).starts_with("（") ? MarkerKind::kParenChineseNumeral
                                                                                    : MarkerKind::kChineseNumeral;
        if (!defaults.empty())
          if (std::optional<ClauseMatch> clause = internal::ParseClauseContent(defaults)) {
            clause->begin = 0;
            clause->end = rb.block.text.size();
            rb.clauses.clear();
            rb.clauses.push_back(std::move(*clause));
            rb.fields.emplace_back("group_defaults", "1");
          }
        rb.marker.text = cell(number_column);
        rb.marker.number = SectionNumeral(cell(number_column));
        rb.fields.emplace_back("heading", cell(task_column));
        // 一 | 局党组书记、局长甄怀远同志牵头（4项）: the group's leaders.
        if (std::string leaders = HeadingLeaderList(cell(task_column)); !leaders.empty())
          rb.fields.emplace_back("leaders", std::move(leaders));
        rb.role = Role::kHeading;
        continue;
      }
      // 续表 typed in a row of the table (borderless) over the header typed again: the page's caption.
      if (one_text && IsContinuationCaption(single)) {
        rb.role = Role::kDecoration;
        continue;
      }
      // 1 | 问题… | 1.整改措施… ⏎ | | 2．整改措施… ⏎ | | 3、…: a rectification list's measures, a row each,
      // numbered in their own cells under the problem's number merged down over them: each a task, numbered
      // under the problem's (1.1, 1.2, 1.3; field item_of), the first row's too.
      // (Only under a problem's number: in a table with no column of numbers each row numbers itself.)
      if (!numbered && task_column >= 0 && number_column >= 0 &&
          MeasureRow(i, rb, task_column, number_column,
                     header_row < out_.blocks.size() ? &out_.blocks[header_row].cells : nullptr))
        continue;
      // The rest of the task above, under a number merged down over it (w:vMerge), or a sentence alone in
      // the task's cell under no number in a numbered table: a section's row is a heading, no sentence (a
      // table without numbers has rows of their own).
      const bool number_merged = number_column >= 0 &&
                                 static_cast<size_t>(number_column) < rb.block.merged_above.size() &&
                                 rb.block.merged_above[static_cast<size_t>(number_column)];
      // (But a field's row goes on in the next, its number merged down: 三 | 工业经济 | 10．…⏎12．… ⏎
      // | | 13．…⏎14．…: the field's next items, tasks as the row's above.)
      if (!numbered && number_merged && TaskRowAbove(i) && !At(PreviousRow(i)).Field("field_items").empty()) {
        FieldRowItems(rb, task_column, number_column);
        if (!rb.Field("field_items").empty()) {
          rb.role = Role::kTask;
          continue;
        }
      }
      // So a row with no number between two the table numbers on (14 | ①… ⏎ | ②… ⏎ 15 | …): a row the
      // merge of its number was taken apart from, as a Markdown or CSV copy of the table leaves it.
      // (Or a list the cell goes on with inline, （1）创建…；（2）完成…, a paragraph of the task's cell that
      // pandoc's -t org wrote as a row of its own.)
      if (!numbered &&
          (number_merged ||
           (one_text && number_column >= 0 && first_filled == static_cast<size_t>(task_column) &&
            ((single.ends_with("。") && internal::ReadMarker(single).kind == MarkerKind::kNone) ||
             ListsItemsInline(single))) ||
           (!one_text && BetweenNumbersInTurn(i, end, static_cast<size_t>(number_column)))) &&
          TaskRowAbove(i)) {
        rb.role = Role::kSubItem;
        continue;
      }
      // 12 | 实施… | … ⏎ 12 | 实施… | …: a task's number and words printed again in the next row, where a
      // copy of the table wrote a merged cell into every cell it covered: the rest of the task above.
      // So a system's export of a row per task and unit (序号 counting its rows, 1 | 全力扩大有效投资… |
      // 市发改委 ⏎ 2 | 全力扩大有效投资… | 市财政局): the same words of some length in the task's cell,
      // whatever the number.
      if (numbered && task_column >= 0 && !cell(task_column).empty() && TaskRowAbove(i))
        if (const size_t above = PreviousRow(i);
            above < i && RowCell(above, task_column) == cell(task_column) &&
            (RowCell(above, number_column) == cell(number_column) ||
             (Length(cell(task_column)) >= 10 && SameContent(above, i, header_columns)))) {
          rb.role = Role::kSubItem;
          continue;
        }
      if (one_text && !(numbered && cell(number_column) != single)) {
        rb.marker = internal::ReadMarker(single);
        std::string_view heading = std::string_view(single).substr(rb.marker.length);
        // 一、聚力扩大有效需求（责任县领导：刘志远）: the leaders of the rows below, as a paragraph heading's
        // (a row with no number is a part heading, which takes no leaders: its bracket stays in its text).
        if (rb.marker.kind != MarkerKind::kNone && heading.ends_with("）"))
          if (const size_t open = heading.rfind("（"); open != std::string_view::npos && open > 0)
            if (const std::string_view leaders =
                    BracketLeaders(heading.substr(open + 3, heading.size() - open - 6));
                !leaders.empty()) {
              rb.fields.emplace_back("leaders", std::string(leaders));
              heading = heading.substr(0, open);
            }
        if (rb.marker.kind != MarkerKind::kNone && rb.Field("leaders").empty())
          if (const auto trailing = TrailingLeaders(heading)) {
            rb.fields.emplace_back("leaders", std::string(trailing->second));
            heading = trailing->first;
          }
        // （一）戴恒常务副市长牵头重点工作: a leader's heading across the table (a person's name, as a
        // paragraph's), the rows below his.
        if (BlockFacts leader; rb.marker.kind != MarkerKind::kNone && rb.Field("leaders").empty() &&
                               LeaderHeading(heading, leader)) {
          std::string_view person = heading;
          if (person.starts_with("由"))
            person.remove_prefix(std::string_view("由").size());  // (由X牵头负责的任务)
          for (std::string_view work : {"工作", "任务", "事项"})
            if (person.ends_with(work)) {
              person.remove_suffix(work.size());
              for (std::string_view word : {"重点", "的"})
                if (person.ends_with(word)) person.remove_suffix(word.size());
              break;
            }
          if (std::string leaders = HeadingLeaderList(person); !leaders.empty())
            rb.fields.emplace_back("leaders", std::move(leaders));
        }
        rb.fields.emplace_back("heading", std::string(heading));
        rb.role = rb.marker.kind == MarkerKind::kNone ? Role::kPartHeading : Role::kHeading;
        if (rb.marker.kind != MarkerKind::kNone) TableGroupOf(rb, heading);
      } else if (!numbered && cell(task_column).empty()) {
        rb.role = Role::kSubItem;  // the rest of the task above
      } else if (WorkItemRow(i, end, task_column, number_column)) {
        // 扩大有效投资，持续增强发展后劲 | 王立新 | 市发改委 | … over 1．… | ⋮ | ⋮: a 工作项目 over the tasks
        // numbered in their cells, the cells merged down from it theirs.
        rb.role = Role::kPartHeading;
        rb.fields.emplace_back("heading", cell(task_column));
        rb.fields.emplace_back("work_item", "1");
      } else {
        rb.role = Role::kTask;
        AlignShortRow(rb.block, header_columns, std::max(task_column, number_column), wrote_empty,
                      TaskRowAbove(i));
        const std::string& number = cell(number_column);
        rb.marker.text = number;
        rb.marker.kind = MarkerKind::kArabic;
        rb.marker.number = internal::LeadingNumber(number);
        SubTaskRow(i, rb, number);
        // (No column of numbers, the task's cell numbering it: 1．实施…, its marker.)
        if (number_column < 0 && task_column >= 0)
          if (const Marker own = internal::ReadMarker(cell(task_column)); own.kind == MarkerKind::kArabic) {
            rb.marker = own;
            rb.fields.emplace_back("marker_in_cell", "1");
          }
        if (task_column >= 0 && task_column != number_column) ProblemRowMeasure(i, rb, task_column);
        // A row keyed by the text's task numbers (任务编号 2—3): those items are named, as 以上第2—3项由…
        // names them, and are tasks.
        if (task_column >= 0 && static_cast<size_t>(task_column) < header_columns.size() &&
            header_columns[static_cast<size_t>(task_column)] == internal::Column::kItems) {
          std::string items;
          for (int n : internal::TaskNumbersIn(cell(task_column)))
            items += (items.empty() ? "" : ",") + std::to_string(n);
          if (!items.empty()) rb.fields.emplace_back("items", std::move(items));
        }
        StackedRowItems(i, rb, task_column, number_column);
        // (1⏎2 after 11, no stack: a number typed vertically, a digit a line, is the one number 12.)
        if (rb.Field("stacked").empty() && number.find('\n') != std::string::npos &&
            std::all_of(number.begin(), number.end(),
                        [](char c) { return c == '\n' || (c >= '0' && c <= '9'); })) {
          std::string digits = number;
          std::erase(digits, '\n');
          rb.marker.number = internal::LeadingNumber(digits);
          rb.marker.text = std::move(digits);
        }
        if (!LeaderRowItems(rb, header_columns, task_column,
                            header_row < out_.size() ? &out_.blocks[header_row].cells : nullptr))
          UnitRowItems(rb, header_columns, task_column);
        // (A field's items first: each with its own clause, a leader's cell keyed by their numbers.)
        FieldRowItems(rb, task_column, number_column);
        AgendaRowItems(
            rb, header_columns, task_column,
            header_row < out_.size() && internal::ContainsText(RowCell(header_row, task_column), "议题"));
      }
    }
  }

  // 一 | 经济运行 | 围绕…重点抓好以下工作：⏎1．强化经济运行调度。…（牵头单位：A；配合单位：B）⏎2．… |
  // 县委常委、 常务副县长 ⏎ 陈立军 | 2025年12月底前: a field's row numbered as a section (一、二), its task
  // cell numbering the tasks in it on through the table, each closing with its own clause of units: each item
  // a task of the row (field row_items, as an agenda's), the row's leader and time theirs. A lead-in line
  // before the first item is none of them.
  static void FieldRowItems(const internal::BlockRef<false>& rb, int task_column, int number_column) {
    if (task_column < 0 || number_column < 0 || !rb.Field("unit_items").empty() ||
        !rb.Field("row_items").empty() || !rb.Field("leader_items").empty() || !rb.Field("stacked").empty())
      return;
    const auto& cells = rb.block.cells;
    const auto task = static_cast<size_t>(task_column);
    const auto number = static_cast<size_t>(number_column);
    // (Or the field's next row, its number's cell merged down into it: 13．…⏎14．… under the 三 above.)
    const bool goes_on = number < cells.size() && cells[number].empty() &&
                         number < rb.block.merged_above.size() && rb.block.merged_above[number];
    if (task >= cells.size() || number >= cells.size() || (SectionNumeral(cells[number]) <= 0 && !goes_on))
      return;
    const std::string& cell = cells[task];
    const std::vector<internal::CellItem> items = internal::FieldCellItems(cell);
    if (items.empty()) return;
    for (const internal::CellItem& item : items) {
      const std::vector<ClauseMatch> own = internal::FindClauses(std::string_view(cell).substr(
          item.begin + item.marker_length, item.end - item.begin - item.marker_length));
      if (std::none_of(own.begin(), own.end(), [](const ClauseMatch& m) {
            return !internal::OnlyLeaders({&m, 1});
          }))
        return;
    }
    const size_t at = rb.block.text.find(cell);
    if (at == std::string::npos) return;
    rb.clauses.clear();
    CellItemClauses(rb, at, items);
    rb.fields.emplace_back("field_items", std::to_string(task));
  }

  // A numbered row whose task cell numbers its items (a meeting's agenda, 1．听取…⏎2．审议…) and whose units'
  // or leaders' cells give them their values by those numbers (1．法工委 ⏎ 2．社会建设工委; 1、2．财经委 ⏎
  // 3．财经委): each item a task of the row (field row_items: the items' column, which the builder reads),
  // not one task of measures (a cell of one value is every item's).
  // Keyed so: every item named by a line of the cell, and the keys plainly the items' (a line for two,
  // 1、2．; two such cells; or a header of 议题), not a numbered list of units as long as the measures by
  // chance.
  static void AgendaRowItems(const internal::BlockRef<false>& rb,
                             const std::vector<internal::Column>& columns, int task_column,
                             bool agenda_header) {
    if (!rb.Field("unit_items").empty() || !rb.Field("field_items").empty() || task_column < 0) return;
    const auto& cells = rb.block.cells;
    const auto task = static_cast<size_t>(task_column);
    if (task >= cells.size()) return;
    // (Numbered on through the table, 27．…⏎28．…, when the cells key their values by those numbers.)
    std::vector<internal::CellItem> items = internal::NumberedCellItems(cells[task]);
    if (items.empty()) items = internal::NumberedCellItems(cells[task], /*running=*/true);
    if (items.size() < 2) return;
    int keyed_cells = 0;
    bool shared_line = false;
    for (size_t c = 0; c < cells.size() && c < columns.size(); ++c) {
      const internal::Column col = columns[c];
      if (c == task || (col != internal::Column::kLead && col != internal::Column::kResponsible &&
                        col != internal::Column::kCooperating && col != internal::Column::kLeader))
        continue;
      const std::vector<internal::KeyedLine> keyed =
          internal::KeyedCellLines(cells[c], static_cast<int>(items.size()), items.front().number);
      std::vector<bool> named(items.size() + 1, false);
      // (A key that says it names tasks, （第27项）, as plainly as a line for two.)
      const bool named_tasks = internal::TrimSpaces(cells[c]).ends_with("项）");
      for (const internal::KeyedLine& line : keyed) {
        shared_line = shared_line || line.numbers.size() > 1 || named_tasks;
        for (int n : line.numbers) named[static_cast<size_t>(n)] = true;
      }
      if (keyed.size() >= 2 && std::all_of(named.begin() + 1, named.end(), [](bool b) { return b; }))
        ++keyed_cells;
    }
    if (keyed_cells > 0 && (shared_line || keyed_cells >= 2 || agenda_header)) {
      rb.fields.emplace_back("row_items", std::to_string(task));
      // (Its section's heading the items' cell, where the row's number is the first item's, 27．…: no
      // heading before it in the row.)
      if (!rb.Field("marker_in_cell").empty() && rb.Field("heading").empty())
        rb.fields.emplace_back("heading", cells[task]);
    }
  }

  // A row that stacks several tasks, a clerk's Enter presses lining them up in one row (序号 1⏎2⏎3, the task
  // cell a line a task, the others a line a task in the same order or one line for all, as the table's 注
  // says): each line of the task cell a task (field stacked: the task's column, which the builder reads),
  // numbered by the same line of the 序号 cell.
  // The numbers must go on from the task row above (1⏎2 after 11 is 12 typed vertically), or open the table
  // at 1.
  void StackedRowItems(size_t i, const internal::BlockRef<false>& rb, int task_column,
                       int number_column) const {
    const auto& cells = rb.block.cells;
    if (task_column < 0 || number_column < 0 || task_column == number_column ||
        static_cast<size_t>(std::max(task_column, number_column)) >= cells.size())
      return;
    const std::vector<int> numbers = internal::StackedNumbers(cells[static_cast<size_t>(number_column)]);
    if (numbers.empty()) return;
    int above = 0;
    for (size_t j = i; j-- > 0 && out_.blocks[j].kind == BlockKind::kTableRow;)
      if (out_.blocks[j].role == Role::kTask) {
        const std::string& n = RowCell(j, number_column);
        const size_t nl = n.rfind('\n');
        above = internal::LeadingNumber(nl == std::string::npos ? std::string_view(n)
                                                                : std::string_view(n).substr(nl + 1));
        break;
      }
    if (numbers.front() != above + 1) return;
    const std::string& task = cells[static_cast<size_t>(task_column)];
    const std::vector<internal::CellItem> lines = internal::CellLines(task);
    if (lines.size() != numbers.size()) return;
    for (const internal::CellItem& line : lines)  // (numbered lines are a task's measures, or an agenda's)
      if (internal::ReadMarker(std::string_view(task).substr(line.begin, line.end - line.begin)).kind !=
          MarkerKind::kNone)
        return;
    rb.fields.emplace_back("stacked", std::to_string(task_column));
  }

  // A table by leader (序号 | 县级领导 | 分管（联系）领域 | 牵头包抓的重点工作 | 协助包抓的重点工作): a row
  // per leader, the cell of the work he leads numbering its tasks on through the table (1．…⏎2．…, then 4．…
  // in the next row), each closing with the bracket of its units: each item a task of the row (field
  // leader_items: the items' column, which the builder reads), its clauses those in its own text. A cell of
  // none (/) leaves the row no task of its own (the leader only helps). False for any other row.
  static bool LeaderRowItems(const internal::BlockRef<false>& rb,
                             const std::vector<internal::Column>& columns, int task_column,
                             const std::vector<std::string>* header) {
    const auto& cells = rb.block.cells;
    const auto task = static_cast<size_t>(task_column);
    if (task_column < 0 || header == nullptr || task >= cells.size() || task >= header->size() ||
        task >= columns.size() || !internal::LeaderWorkColumn((*header)[task]) ||
        std::find(columns.begin(), columns.begin() + task_column, internal::Column::kLeader) ==
            columns.begin() + task_column)
      return false;
    // (A cell not numbered as the table's are is one task of the row: no leader's row is read otherwise.)
    const std::vector<internal::CellItem> items = internal::LeaderCellItems(cells[task]);
    const size_t at = rb.block.text.find(cells[task]);
    if (at == std::string::npos) return false;
    CellItemClauses(rb, at, items);
    rb.fields.emplace_back("leader_items", std::to_string(task));
    const auto leader =
        std::find(columns.begin(), columns.end(), internal::Column::kLeader) - columns.begin();
    std::string heading = cells[static_cast<size_t>(leader)];
    std::replace(heading.begin(), heading.end(), '\n', ' ');
    rb.fields.emplace_back("heading", std::move(heading));
    return true;
  }

  // The clauses in the text of each item of a row's cell (`at`: where the cell is in the row's text), each
  // item's found in its own range, as a paragraph's are.
  static void CellItemClauses(const internal::BlockRef<false>& rb, size_t at,
                              const std::vector<internal::CellItem>& items) {
    for (const internal::CellItem& item : items) {
      const size_t begin = at + item.begin + item.marker_length, end = at + item.end;
      for (ClauseMatch& m :
           internal::FindClauses(std::string_view(rb.block.text).substr(begin, end - begin))) {
        m.begin += begin;
        m.end += begin;
        rb.clauses.push_back(std::move(m));
      }
    }
  }

  // A table by unit (责任单位 | 分管县领导 | 重点工作任务: the unit first, its tasks after it) whose task
  // cell numbers them 1.…⏎2.…⏎3.…: the row is the unit's, each item a task of it (field unit_items), and the
  // clauses in the items' text (（县财政局配合）) are found as a paragraph's are, each item's in its range.
  static void UnitRowItems(const internal::BlockRef<false>& rb, const std::vector<internal::Column>& columns,
                           int task_column) {
    const auto units_column = std::find_if(columns.begin(), columns.end(), [](internal::Column c) {
      return c != internal::Column::kNumber && c != internal::Column::kUnknown;
    });
    // Rows numbered in a 序号 column are tasks, whatever their cells number (a task's measures 1.…2.…).
    if (units_column == columns.end() ||
        (*units_column != internal::Column::kResponsible && *units_column != internal::Column::kLead) ||
        units_column - columns.begin() >= task_column ||
        std::find(columns.begin(), columns.end(), internal::Column::kNumber) != columns.end())
      return;
    const auto& cells = rb.block.cells;
    const auto task = static_cast<size_t>(task_column);
    const auto unit = static_cast<size_t>(units_column - columns.begin());
    if (task >= cells.size() || cells[unit].empty()) return;
    const std::vector<internal::CellItem> items = internal::NumberedCellItems(cells[task]);
    const size_t at = rb.block.text.find(cells[task]);
    if (items.empty() || at == std::string::npos) return;
    CellItemClauses(rb, at, items);
    rb.fields.emplace_back("unit_items", std::to_string(task));  // the items' cell, which the builder reads
    rb.fields.emplace_back("heading", cells[unit]);
  }

  // Whether rows a and b hold the same words in every column of a task's content (具体措施): rows repeating
  // a task's name over measures of their own are tasks each.
  bool SameContent(size_t a, size_t b, const std::vector<internal::Column>& columns) const {
    for (size_t c = 0; c < columns.size(); ++c)
      if (columns[c] == internal::Column::kContent &&
          RowCell(a, static_cast<int>(c)) != RowCell(b, static_cast<int>(c)))
        return false;
    return true;
  }

  // Whether table row i stands alone, no table row just before or after it.
  // A row whose every filled cell is a label and its value (牵头领导：X | 牵头单位：A | 配合单位：B), two at
  // least: the clause they make, read as one line parted by ；; nullopt for any other row.
  static std::optional<ClauseMatch> LabelCells(const std::vector<std::string>& cells) {
    std::string line;
    int labelled = 0;
    for (const std::string& cell : cells) {
      const std::string_view c = internal::TrimSpaces(cell);
      if (c.empty()) continue;
      if (!internal::FullMatch(Pat::kClauseLine, c)) return std::nullopt;
      if (!line.empty()) line += "；";
      line += c;
      ++labelled;
    }
    if (labelled < 2) return std::nullopt;
    return internal::ParseClauseContent(line);
  }

  bool OneRowTable(size_t i) const {
    const auto row = [&](size_t k) { return out_.blocks[k].kind == BlockKind::kTableRow; };
    return (i == 0 || !row(i - 1)) && (i + 1 >= out_.size() || !row(i + 1));
  }

  // A heading numbered as a section's (一、, （一）) in a row's first cell, and leaders in the other cells
  // (责任领导：X、Y): the row is that heading, with those leaders. False, and the row as it was, otherwise.
  static bool LayoutHeading(const internal::BlockRef<false>& rb) {
    const std::vector<std::string>& cells = rb.block.cells;
    if (cells.size() < 2 || cells[0].empty()) return false;
    const Marker marker = internal::ReadMarker(cells[0]);
    if (marker.kind != MarkerKind::kChineseNumeral && marker.kind != MarkerKind::kParenChineseNumeral)
      return false;
    const std::string_view heading = std::string_view(cells[0]).substr(marker.length);
    // A heading, its two phrases parted by a comma at most (坚持项目为王，推动经济稳进提质): no sentence.
    if (Length(heading) > 40 || internal::ContainsText(heading, "。") ||
        internal::ContainsText(heading, "；"))
      return false;
    std::string_view other;
    for (size_t c = 1; c < cells.size(); ++c) {
      if (cells[c].empty() || cells[c] == cells[0]) continue;
      if (!other.empty()) return false;
      other = cells[c];
    }
    const std::string_view leaders =
        other.empty() ? std::string_view() : BracketLeaders(internal::TrimSpaces(other));
    if (leaders.empty()) return false;
    rb.marker = marker;
    rb.role = Role::kHeading;
    rb.fields.emplace_back("heading", std::string(heading));
    rb.fields.emplace_back("leaders", std::string(leaders));
    return true;
  }

  // Whether table row i, its number cell empty, stands between two rows of its table numbered n and n + 1
  // (rows with no number between them too): the number the row lacks is the one above it.
  bool BetweenNumbersInTurn(size_t i, size_t end, size_t number_column) const {
    const auto number_of = [&](size_t k) -> int {
      const std::vector<std::string>& cells = out_.blocks[k].cells;
      if (number_column >= cells.size() || cells[number_column].empty()) return 0;
      const std::string_view n = internal::TrimSpaces(cells[number_column]);
      // (20★: a mark after the number is no part of it.) No number in turn: a section's row (一、…), passed
      // over as a row with none.
      return n.empty() || n[0] < '0' || n[0] > '9' ? 0 : internal::LeadingNumber(n);
    };
    int above = 0, below = 0;
    for (size_t k = i; k-- > 0 && above == 0;) {
      if (out_.blocks[k].kind != BlockKind::kTableRow) break;
      above = number_of(k);
    }
    for (size_t k = i + 1; k < end && below == 0; ++k) {
      if (out_.blocks[k].kind != BlockKind::kTableRow) break;
      below = number_of(k);
    }
    return above > 0 && below == above + 1;
  }

  // The table row before row i, past decoration and page breaks (i itself when there is none).
  // A task cell's own number (1.… 2．… 3、…: a measure's), or none.
  Marker CellMeasure(size_t k, int task_column) const {
    const std::string& cell = RowCell(k, task_column);
    const Marker m = internal::ReadMarker(cell);
    return m.kind == MarkerKind::kArabic && m.length < cell.size() ? m : Marker{};
  }

  // Whether row `i` (no number of its own) is the next measure of the task row above it (MeasureRow's use
  // above): its task cell opens with number k ≥ 2 (1. 2． 3、 alike), the row above's with k - 1. Made a
  // task then, and the row above numbered as its first measure where it was the problem's own row: under its
  // problem (item_of: 1.1, 1.2) where each problem's measures count from 1, or by its own number (measure: 1
  // to 5 through the list) where the next problem's go on from the last.
  // So a project's parts under its number and name merged down over them, each numbered （k） in the next
  // column with units of its own (5 | 义务教育学校建设工程 | （1）新建… | 市教育局 ⏎ | | （2）改造… |
  // …): 5.1, 5.2.
  bool MeasureRow(size_t i, internal::BlockRef<false>& rb, int task_column, int number_column,
                  const std::vector<std::string>* header) {
    Marker m = CellMeasure(i, task_column);
    const size_t above = PreviousRow(i);
    if (above == i || At(above).role != Role::kTask) return false;
    Marker first = CellMeasure(above, task_column);
    int part = -1;  // the column of a project's part, where the row is one
    if (m.number < 2) {
      m = first = Marker{};
      if (part = PartColumn(i, task_column, number_column, header); part >= 0) {
        m = internal::ReadMarker(RowCell(i, part));
        first = internal::ReadMarker(RowCell(above, part));
        if (m.kind != MarkerKind::kParenArabic || first.kind != MarkerKind::kParenArabic ||
            m.length >= RowCell(i, part).size())
          return false;
      }
    }
    if (m.number < 2 || first.kind != m.kind || first.number != m.number - 1) return false;
    auto a = At(above);
    if (part >= 0) {
      rb.fields.emplace_back("part", std::to_string(part));
      if (a.Field("part").empty()) a.fields.emplace_back("part", std::to_string(part));
    }
    std::string group(a.Field("item_of"));
    const bool running =
        !a.Field("measure").empty() ||
        (group.empty() && (first.number != 1 || NextProblemMeasure(i, task_column, number_column) > 1));
    if (group.empty() && !running) {  // the problem's own row, its measure 1.
      if (a.marker.number <= 0) return false;
      group = std::to_string(a.marker.number);
      a.marker.number = first.number;
      a.fields.emplace_back("item_of", group);
    } else if (running && a.Field("measure").empty()) {
      a.marker.number = first.number;
      a.fields.emplace_back("measure", "1");
    }
    rb.role = Role::kTask;
    rb.marker.kind = MarkerKind::kArabic;
    rb.marker.number = m.number;
    rb.marker.text = m.text;
    if (running)
      rb.fields.emplace_back("measure", "1");
    else
      rb.fields.emplace_back("item_of", std::move(group));
    return true;
  }

  // The column of row `i`'s own part, when its number's and task's cells are merged down from the row above
  // (empty there) and the first cell it fills after them opens with （k）: that column, else -1. Not a column
  // of measures (具体措施, 具体举措及目标: a task's measures, each with its units, are the task's own).
  int PartColumn(size_t i, int task_column, int number_column, const std::vector<std::string>* header) const {
    const Block& row = out_.blocks[i];
    const size_t from = static_cast<size_t>(std::max(task_column, number_column)) + 1;
    const auto merged = [&](int c) {
      return c >= 0 && static_cast<size_t>(c) < row.merged_above.size() &&
             row.merged_above[static_cast<size_t>(c)];
    };
    if (!merged(number_column) || !merged(task_column) || !RowCell(i, task_column).empty()) return -1;
    for (size_t c = from; c < row.cells.size(); ++c) {
      if (row.cells[c].empty()) continue;
      if (header == nullptr || c >= header->size()) return -1;
      for (std::string_view measures : {"措施", "举措"})
        if (internal::ContainsText((*header)[c], measures)) return -1;
      // (A column of the task's words, as the builder reads a part's: 目标任务, 主要内容; not 建设内容
      // alone.)
      if (const internal::Column kind = internal::ColumnOf((*header)[c]);
          kind != internal::Column::kTask && kind != internal::Column::kContent)
        return -1;
      return internal::ReadMarker(row.cells[c]).kind == MarkerKind::kParenArabic ? static_cast<int>(c) : -1;
    }
    return -1;
  }

  // The number the first measure of the next problem below row `i` has (its row the next with a number of
  // its own), 0 for none.
  int NextProblemMeasure(size_t i, int task_column, int number_column) const {
    for (size_t k = i + 1; k < out_.size() && out_.blocks[k].kind == BlockKind::kTableRow; ++k)
      if (!RowCell(k, number_column).empty()) return CellMeasure(k, task_column).number;
    return 0;
  }

  // A problem's own row (its number in its cell) after measures: numbered as they are (1. under problem 3 in
  // a list whose measures count from 1 under each: 3.1; 5. after 4. where they run on: 5).
  void ProblemRowMeasure(size_t i, internal::BlockRef<false>& rb, int task_column) {
    const Marker m = CellMeasure(i, task_column);
    if (m.kind != MarkerKind::kArabic) return;
    size_t above = PreviousRow(i);
    while (above < i && At(above).role != Role::kTask && PreviousRow(above) < above)
      above = PreviousRow(above);
    if (above == i || At(above).role != Role::kTask) return;
    auto a = At(above);
    if (!a.Field("item_of").empty() && m.number == 1) {
      rb.fields.emplace_back("item_of", std::to_string(rb.marker.number));
      rb.marker.number = 1;
    } else if (!a.Field("measure").empty() && m.number == CellMeasure(above, task_column).number + 1) {
      rb.marker.number = m.number;
      rb.fields.emplace_back("measure", "1");
    }
  }

  // 1 | 全力扩大有效投资… | … ⏎ （1） | 落实… | … ⏎ （2） | …: a task's 子任务 rows, numbered （k） in the
  // column of numbers under its own row: each a task under it (1.1, 1.2; field item_of), the task's row its
  // own.
  void SubTaskRow(size_t i, internal::BlockRef<false>& rb, std::string_view number) {
    const Marker own = internal::ReadMarker(number);
    if (own.kind != MarkerKind::kParenArabic || own.length != number.size()) return;
    // (Back over the rows that go on with a task, not past a heading's: 二、 over （1）… starts anew.)
    size_t above = PreviousRow(i);
    while (above < i && At(above).role == Role::kSubItem && PreviousRow(above) < above)
      above = PreviousRow(above);
    if (above >= i || At(above).role != Role::kTask) return;
    auto a = At(above);
    std::string group(a.Field("item_of"));
    if (group.empty()) {
      // (The task's own row: a plain number, and its 子任务 counting from 1.)
      if (a.marker.kind != MarkerKind::kArabic || a.marker.number <= 0 || own.number != 1 ||
          a.marker.text != std::to_string(a.marker.number))
        return;
      group = std::to_string(a.marker.number);
    } else if (a.marker.number + 1 != own.number) {
      return;
    }
    rb.marker.number = own.number;
    rb.marker.text = own.text;
    rb.fields.emplace_back("item_of", std::move(group));
    rb.fields.emplace_back("sub_task", "1");
  }

  size_t PreviousRow(size_t i) const {
    for (size_t k = i; k-- > 0;) {
      const Role r = At(k).role;
      if (r == Role::kDecoration || r == Role::kPageBreak) continue;
      return out_.blocks[k].kind == BlockKind::kTableRow ? k : i;
    }
    return i;
  }

  // Cell `c` of row `k` ("" for none).
  const std::string& RowCell(size_t k, int c) const {
    static const std::string kEmpty;
    const std::vector<std::string>& cells = out_.blocks[k].cells;
    return c >= 0 && static_cast<size_t>(c) < cells.size() ? cells[static_cast<size_t>(c)] : kEmpty;
  }

  // Whether the table row before row i (past decoration and page breaks) is a task's or the rest of one.
  bool TaskRowAbove(size_t i) const {
    while (i-- > 0) {
      const Role r = At(i).role;
      if (r == Role::kDecoration || r == Role::kPageBreak) continue;
      // (Nor a row with nothing in it, as pandoc's -t org writes one before a cell's second paragraph.)
      if (r == Role::kTableRow && std::ranges::all_of(out_.blocks[i].cells, &std::string::empty)) continue;
      return out_.blocks[i].kind == BlockKind::kTableRow && (r == Role::kTask || r == Role::kSubItem);
    }
    return false;
  }

  // A row short of its table's columns after its task (Markdown from a converter that drops the cells a merge
  // above covers, rowspan unknown to it: | 2 | 用好… | 县财政局 |, its leader's, lead's and time's left out),
  // where its cells read from the left would put a unit in the leaders' column, a time in a units' one or a
  // person in a units' one: each goes where what it is says, as FitShortRow places a cell-a-line table's
  // (a time last to the time column, persons first to the leaders'); the others fill the units' columns from
  // the right where no leader is named or the table writes its empty cells (the lead merged down more often
  // than the helpers), else from the left (and in a table without leaders' column or in its first row).
  // In a table that writes its empty cells, the columns left out are marked merged above: the row above's.
  static void AlignShortRow(Block& row, const std::vector<internal::Column>& columns, int task_column,
                            bool wrote_empty, bool row_above) {
    if (PlaceShortRow(row, columns, task_column, wrote_empty, row_above)) return;
    // A row at full width whose cells a lost merge moved left, padded with an empty cell at its end
    // (LibreOffice's UOF import drops the cells a vertical merge covers: | 12 | … | 县发改局 | 县财政局 |
    // 2012年12月底前 |  | under 责任领导 | 牵头单位 | 配合单位 | 完成时限): its trailing empty cells
    // dropped, it is read as a short row, where that places what each cell is (else it stays as it was).
    // (Only where the leaders' column holds a unit, as the lost leader's cell leaves it: a row whose time is
    // merged down, written empty, beside 各乡镇（2025年6月底前完成） is whole.)
    const auto leaders = std::find(columns.begin(), columns.end(), internal::Column::kLeader);
    const size_t leader_at = static_cast<size_t>(leaders - columns.begin());
    if (leaders != columns.end() && leader_at < row.cells.size() &&
        internal::LooksLikeUnit(row.cells[leader_at].substr(0, row.cells[leader_at].find('\n'))) &&
        row.cells.size() == columns.size() && row.cells.size() > 1 && row.cells.back().empty() &&
        (row.merged_above.size() < row.cells.size() || !row.merged_above.back())) {
      Block trimmed = row;
      size_t kept = trimmed.cells.size();
      while (kept > 0 && trimmed.cells[kept - 1].empty()) --kept;
      trimmed.cells.resize(kept);
      trimmed.cell_begins.resize(std::min(trimmed.cell_begins.size(), kept));
      trimmed.merged_above.resize(std::min(trimmed.merged_above.size(), kept));
      if (PlaceShortRow(trimmed, columns, task_column, wrote_empty, row_above)) {
        row = std::move(trimmed);
        return;
      }
    }
    // One cell short, some cell written empty (区司法局 |  | 2025年9月底 under 责任区领导 | 牵头单位 |
    // 配合单位 | 完成 时限): where the leaders' column holds a unit, the leader's cell is the one left out.
    if (row.cells.size() + 1 != columns.size()) return;
    const auto leader = std::find(columns.begin(), columns.end(), internal::Column::kLeader);
    const auto k = static_cast<size_t>(leader - columns.begin());
    if (leader == columns.end() || k >= row.cells.size()) return;
    const std::string& there = row.cells[k];
    if (!internal::LooksLikeUnit(there.substr(0, there.find('\n')))) return;
    row.cells.insert(row.cells.begin() + static_cast<std::ptrdiff_t>(k), std::string());
    if (k < row.cell_begins.size())
      row.cell_begins.insert(row.cell_begins.begin() + static_cast<std::ptrdiff_t>(k), row.cell_begins[k]);
    row.merged_above.resize(row.cells.size(), false);
    row.merged_above[k] = true;
  }

  // AlignShortRow's placing by what each cell is; false, the row untouched, where it does not apply.
  static bool PlaceShortRow(Block& row, const std::vector<internal::Column>& columns, int task_column,
                            bool wrote_empty, bool row_above) {
    using C = internal::Column;
    const auto is_units = [](C c) { return c == C::kLead || c == C::kCooperating || c == C::kResponsible; };
    if (task_column < 0 || row.cells.size() >= columns.size()) return false;
    // (From the first column of persons, units or a time: a column of the task's measures beside it is
    // printed in every row.)
    size_t first = static_cast<size_t>(task_column) + 1;
    while (first < columns.size() && !is_units(columns[first]) && columns[first] != C::kLeader &&
           columns[first] != C::kDeadline)
      ++first;
    if (row.cells.size() <= first) return false;
    const auto units_item = [](const std::string& item) {
      const std::vector<std::string> names = internal::SplitList(item);
      return !names.empty() && std::ranges::all_of(names, [](const std::string& n) {
        return internal::LooksLikeUnit(n) || (n.starts_with("各") && IsUnitName(n));
      });
    };
    // (A time's words, not a unit's: 县老年大学 and 县青少年活动中心 hold 年.)
    const auto time_item = [&](const std::string& item) {
      return internal::TimeLike(item) && !units_item(item);
    };
    bool misplaced = false;
    for (size_t k = first; k < row.cells.size(); ++k) {
      const std::string& item = row.cells[k];
      if (item.empty()) return false;  // a cell written empty: the row is whole, only short
      misplaced = misplaced || (columns[k] == C::kLeader && units_item(item)) ||
                  (is_units(columns[k]) && (time_item(item) || internal::PersonItem(item)));
    }
    if (!misplaced) return false;
    size_t time_column = columns.size(), leaders = columns.size();
    for (size_t c = first; c < columns.size(); ++c) {
      if (time_column == columns.size() && columns[c] == C::kDeadline) time_column = c;
      if (leaders == columns.size() && columns[c] == C::kLeader) leaders = c;
    }
    std::vector<std::string> items(row.cells.begin() + static_cast<std::ptrdiff_t>(first), row.cells.end());
    std::vector<size_t> at(items.size(), columns.size());  // each item's column
    size_t from = 0, to = items.size();
    std::vector<bool> taken(columns.size(), false);
    if (time_column < columns.size()) {
      taken[time_column] = true;
      if (time_item(items[to - 1])) at[--to] = time_column;
    }
    bool leader_named = false;
    if (leaders < columns.size()) {
      taken[leaders] = true;
      if (from < to && internal::PersonItem(items[from])) {
        at[from++] = leaders;
        leader_named = true;
      }
    }
    std::vector<size_t> rest;
    for (size_t c = first; c < columns.size(); ++c)
      if (!taken[c] && is_units(columns[c])) rest.push_back(c);
    if (to - from > rest.size()) return false;
    // (A table without leaders' column, or the table's first row, no merge above it: from the left, the lead
    // first.)
    const bool from_right = row_above && leaders < columns.size() && (!leader_named || wrote_empty);
    for (size_t k = from; k < to; ++k) {
      // (something the units' columns do not hold; / or 无 is their "none")
      if (!units_item(items[k]) && !internal::FullMatch(internal::Pat::kNoUnit, items[k])) return false;
      at[k] = from_right ? rest[rest.size() - (to - k)] : rest[k - from];
    }
    // The row rebuilt at full width, each cell's start where its text stands (a cell left out: the next's).
    std::vector<std::string> cells(columns.size());
    std::vector<uint32_t> begins(columns.size(), 0);
    for (size_t c = 0; c < first; ++c) {
      cells[c] = std::move(row.cells[c]);
      if (c < row.cell_begins.size()) begins[c] = row.cell_begins[c];
    }
    std::vector<bool> filled(columns.size(), false);
    for (size_t k = 0; k < items.size(); ++k) {
      cells[at[k]] = std::move(items[k]);
      filled[at[k]] = true;
      if (first + k < row.cell_begins.size()) begins[at[k]] = row.cell_begins[first + k];
    }
    uint32_t next = static_cast<uint32_t>(row.original.size());
    for (size_t c = columns.size(); c-- > first;) {
      if (filled[c])
        next = begins[c];
      else
        begins[c] = next;
    }
    row.cells = std::move(cells);
    if (!row.cell_begins.empty()) row.cell_begins = std::move(begins);
    // (The flags of the cells kept where they were; from `first` on, the cells left out are the merged ones,
    // in a table that writes its empty cells and below a row; otherwise empty.)
    row.merged_above.resize(row.cells.size(), false);
    for (size_t c = first; c < columns.size(); ++c)
      row.merged_above[c] = !filled[c] && wrote_empty && row_above;
    return true;
  }

  // 主办：X县人民政府办公室 ⏎ 承办：X县大数据中心 ⏎ 网站标识码：…: the footer of the web page a notice was
  // copied from, over lines (over one, WholeBlockClause turns it away itself).
  // (So is its 承办 line under the 主办 line: a footer's, not a 人大 office's 承办：A beside its 协办.)
  bool WebFooterAt(size_t i, size_t end) const {
    if (T(i).starts_with("承办") && !internal::ContainsText(T(i), "协办") && i > 0)
      for (size_t k = i; k-- > 0;)
        if (out_.blocks[k].role != Role::kDecoration && out_.blocks[k].role != Role::kPageBreak)
          return T(k).starts_with("主办") && !internal::ContainsText(T(k), "协办");
    if (!T(i).starts_with("主办")) return false;
    const size_t next = Next(i + 1, end);
    if (next >= end) return false;
    return std::any_of(std::begin(internal::kWebFooterWords), std::end(internal::kWebFooterWords),
                       [&](std::string_view word) { return T(next).starts_with(word); });
  }

  // 续表, （续表）, 续上表, 续表1: the caption over a table's rest on the next page.
  static bool IsContinuationCaption(std::string_view text) {
    text = internal::TrimSpaces(text);
    for (std::string_view bracket : {"（", "("})
      if (text.starts_with(bracket)) text.remove_prefix(bracket.size());
    for (std::string_view bracket : {"）", ")", "：", ":"})
      if (text.ends_with(bracket)) text.remove_suffix(bracket.size());
    if (!text.starts_with("续表") && !text.starts_with("续上表")) return false;
    text.remove_prefix(text.starts_with("续表") ? std::string_view("续表").size()
                                                : std::string_view("续上表").size());
    return text.size() <= 3 &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
  }

  // A form's row: labels, the first a task-table column's, each followed by its value (编号 | 1 | 完成时限 |
  // 2024年11月底 前), a value no column's name (a header's 序号 | 工作任务 | … is none) and spanning cells
  // repeating it.
  // The number a task card's first cell prints (任务⏎1, 任务 1, 任务1, 1), 0 for any other cell.
  static int CardNumber(std::string_view cell) {
    const auto trim = [](std::string_view c) {  // spaces and the cell's line ends
      while (!c.empty() && (c.front() == '\n' || c.front() == '\r')) c.remove_prefix(1);
      while (!c.empty() && (c.back() == '\n' || c.back() == '\r')) c.remove_suffix(1);
      return internal::TrimSpaces(c);
    };
    cell = trim(cell);
    if (cell.starts_with("任务")) cell = trim(trim(cell.substr(std::string_view("任务").size())));
    if (cell.empty() || cell.size() > 3) return 0;
    for (char c : cell)
      if (c < '0' || c > '9') return 0;
    return internal::LeadingNumber(cell);
  }

  // The rows of a task card at row i (CardNumber in its first cell, a label after it; the rows under it empty
  // in the first column, a label in the second), a task's label and a units' among them; 0 for any other row.
  size_t CardRows(size_t i, size_t end) const {
    const Block& first = out_.blocks[i];
    if (first.cells.size() < 3 || CardNumber(first.cells[0]) == 0) return 0;
    bool task = false, units = false;
    size_t last = i;
    for (size_t k = i; k < end; ++k) {
      const Block& b = out_.blocks[k];
      if (b.kind != BlockKind::kTableRow || b.cells.size() < 3 || (k > i && !b.cells[0].empty())) break;
      const internal::Column label = internal::ColumnOf(b.cells[1]);
      if (label == internal::Column::kUnknown) break;
      task = task || label == internal::Column::kTask;
      units = units || label == internal::Column::kLead || label == internal::Column::kResponsible;
      last = k;
    }
    return task && units && last > i ? last - i + 1 : 0;
  }

  // (With `empty_value`, the first label's value may be empty: 责任县领导 | | 完成时限 | 11月底前 in a
  // record.)
  static bool IsFormRow(const Block& row, bool empty_value = false) {
    const std::vector<std::string>& cells = row.cells;
    if (cells.size() < 2 || cells[0].empty() || (cells[1].empty() && !empty_value)) return false;
    for (size_t k = 0; k < cells.size(); k += 2) {
      if (cells[k].empty() || (k > 0 && cells[k] == cells[k - 1])) continue;  // a span of the value before
      // The row's first label names a column; one after it may be the form's own (督办科室 | 督查一科),
      // kept beside the task.
      if (k == 0 && internal::ColumnOf(cells[k]) == internal::Column::kUnknown) return false;
      // A value is no column's name (a header's 序号 | 重点任务 | …): a short one that names a column. A
      // task's name may hold a column's word (做好汛期防汛工作, 加快重点项目建设).
      if (k + 1 < cells.size() && !cells[k + 1].empty() && internal::CountCodePoints(cells[k + 1]) <= 4 &&
          internal::ColumnOf(cells[k + 1]) != internal::Column::kUnknown)
        return false;
    }
    return true;
  }

  // A form's row under a label of its own, no task table's column (具体要求 | …, 量化指标 | (empty), 办理要求
  // | 1．…): a short label, no sentence, one value, and no value that names a column (a header's row).
  static bool IsFormOwnRow(const Block& row) {
    const std::vector<std::string>& cells = row.cells;
    if (cells.size() < 2) return false;
    const std::string_view label = internal::TrimSpaces(cells[0]);
    if (label.empty() || internal::CountCodePoints(label) > 8 || internal::LeadingNumber(label) > 0)
      return false;
    for (std::string_view punct : {"。", "，", "；", "：", ",", ";", ":"})
      if (internal::ContainsText(label, punct)) return false;
    // One value, spanning the row's other cells (repeated in them) or beside empty ones; or a second label
    // and its value after it (具体要求 | … | 办理时限 | 6月30日). A table of three columns (城东污水厂 |
    // 日处理2万吨 | 县住建局) has no such rows.
    const auto spans = [&](size_t from) {
      for (size_t k = from; k < cells.size(); ++k)
        if (!cells[k].empty() && cells[k] != cells[1]) return false;
      return true;
    };
    const auto no_column = [](const std::string& value) {
      return value.empty() || internal::CountCodePoints(value) > 4 ||
             internal::ColumnOf(value) == internal::Column::kUnknown;
    };
    if (!no_column(cells[1])) return false;
    if (spans(2)) return true;
    if (cells.size() != 4 || cells[2] == cells[1]) return false;
    const std::string_view second = internal::TrimSpaces(cells[2]);
    if (second.empty() || internal::CountCodePoints(second) > 8 || !no_column(cells[3])) return false;
    for (std::string_view punct : {"。", "，", "；", "：", ",", ";", ":"})
      if (internal::ContainsText(second, punct)) return false;
    return true;
  }

  // A cell that is a clause's label alone (牵头单位, 责任领导, 完成时限).
  static bool IsClauseLabelCell(const std::string& cell) {
    return !cell.empty() && internal::FullMatch(Pat::kClauseLabel, cell + "：");
  }

  // A paragraph task's own small table right under it (一项一表: 1．… ⏎ 责任县领导 | 牵头单位 | 配合单位 | 完成时限 ⏎
  // 王勇 | 县发改局 | 县财政局 | 年底前): a header of clause labels (its first cell may key the rows, 分项, no
  // label) over rows of their values (a row each of the task's parts: 城区 | … ⏎ 乡镇 | …), or rows of labels
  // and values side by side (责任县领导 | X | 完成时限 | Y ⏎ 牵头单位 | A | 责任人 | Z). Each row of values
  // becomes one clause line, `label：value；…` (a label's empty value, or a label's own empty cell, left out).
  // Returns the rows (decoration between them included) and fills `lines` with each row's clause text ("" for
  // the header); 0 when `i` opens no such table.
  size_t OwnClauseTable(size_t i, size_t end, std::vector<std::string>& lines) const {
    lines.clear();
    // Under a paragraph numbered as a task is (1．, （1）; its role is given later): its text's paragraphs and
    // a caption (责任分工：) may come between.
    size_t above = i;
    const auto numbered = [&](size_t j) {
      const MarkerKind kind = out_.facts[j].marker.kind;
      return kind == MarkerKind::kArabic || kind == MarkerKind::kParenArabic;
    };
    for (int seen = 0; above > 0 && seen < 8; ++seen) {
      const Block& b = out_.blocks[--above];
      if (b.role == Role::kDecoration || b.role == Role::kPageBreak) continue;
      if (b.kind != BlockKind::kParagraph || b.role != Role::kBody) return 0;
      if (numbered(above) || out_.facts[above].marker.kind != MarkerKind::kNone) break;
    }
    if (out_.blocks[above].kind != BlockKind::kParagraph || out_.blocks[above].role != Role::kBody ||
        !numbered(above))
      return 0;
    const auto row = [&](size_t j) -> const Block* {
      return j < end && out_.blocks[j].role == Role::kTableRow ? &out_.blocks[j] : nullptr;
    };
    const Block* header = row(i);
    if (header == nullptr || header->cells.size() < 2) return 0;
    const std::vector<std::string>& names = header->cells;
    // Labels over values: every cell a label but a first one that keys the rows (分项, no task's or number's
    // column: a task table's header is no such table's).
    size_t labels = 0;
    bool over = names.size() >= 3 && !internal::IsTaskTableHeader(names) &&
                (IsClauseLabelCell(names[0]) || internal::ColumnOf(names[0]) == internal::Column::kUnknown);
    for (size_t c = 0; c < names.size() && over; ++c) {
      if (IsClauseLabelCell(names[c]))
        ++labels;
      else
        over = c == 0 && !names[c].empty();
    }
    size_t last = i;
    if (over && labels >= 2) {
      lines.emplace_back();
      for (size_t j = Next(i + 1, end); const Block* r = row(j); j = Next(j + 1, end)) {
        if (r->cells.size() != names.size() ||
            std::any_of(r->cells.begin(), r->cells.end(), [](const std::string& c) { return IsClauseLabelCell(c); }))
          break;
        std::string line;
        for (size_t c = 0; c < names.size(); ++c)
          if (IsClauseLabelCell(names[c]) && !internal::TrimSpaces(r->cells[c]).empty())
            line += (line.empty() ? "" : "；") + names[c] + "：" + r->cells[c];
        lines.push_back(std::move(line));
        last = j;
      }
      return lines.size() >= 2 ? last + 1 - i : 0;
    }
    // Labels beside values, a pair a row (two rows at least) or more: the table one record, its clause line
    // on its first row (the rows after it decoration, their text kept).
    std::string line;
    size_t rows = 0;
    for (size_t j = i; const Block* r = row(j); j = Next(j + 1, end)) {
      const auto& cells = r->cells;
      if (cells.size() < 2 || cells.size() % 2 != 0) break;
      bool pairs = true;
      for (size_t c = 0; c < cells.size() && pairs; c += 2) {
        if (cells[c].empty()) {
          pairs = cells[c + 1].empty();
          continue;
        }
        pairs = IsClauseLabelCell(cells[c]) && !IsClauseLabelCell(cells[c + 1]);
        if (pairs && !internal::TrimSpaces(cells[c + 1]).empty())
          line += (line.empty() ? "" : "；") + cells[c] + "：" + cells[c + 1];
      }
      if (!pairs) break;
      ++rows;
      last = j;
    }
    if (rows == 0 || line.empty() || (rows < 2 && header->cells.size() < 4)) return 0;
    lines.assign(rows, std::string());
    lines.front() = std::move(line);
    return last + 1 - i;
  }

  // The blocks from `i` of a table of two columns whose rows are labels and their values (ClauseTable's
  // use above), a header row over them included: two such rows at least; 0 when `i` opens none.
  size_t ClauseTable(size_t i, size_t end) const {
    const auto two = [&](size_t j) {
      return j < end && out_.blocks[j].role == Role::kTableRow && out_.blocks[j].cells.size() == 2;
    };
    const auto labelled = [&](size_t j) { return two(j) && IsClauseLabelCell(out_.blocks[j].cells[0]); };
    if (!two(i)) return 0;
    size_t j = labelled(i) ? i : Next(i + 1, end);  // past a header
    size_t rows = 0, last = i;
    for (; labelled(j); j = Next(j + 1, end)) {
      ++rows;
      last = j;
    }
    return rows >= 2 ? last + 1 - i : 0;
  }

  // The rows (blocks from `i`, decoration between them included) of a form record starting at `i`: it opens
  // with the number's or the task's label, names the task and a unit, and ends before the next record's
  // opening label; 0 when `i` opens none.
  size_t FormRecord(size_t i, size_t end) const {
    const Block& first = out_.blocks[i];
    if (!IsFormRow(first)) return 0;
    const internal::Column opening = internal::ColumnOf(first.cells[0]);
    if (opening != internal::Column::kNumber && opening != internal::Column::kTask) return 0;
    bool task = false, units = false;
    size_t last = i;
    for (size_t k = i; k < end; ++k) {
      const Block& b = out_.blocks[k];
      if (b.role == Role::kDecoration || b.role == Role::kPageBreak) continue;
      // (Rows after the first may be the form's own: 具体要求 | …, 量化指标 | (empty), 签收情况 | ….)
      if (b.kind != BlockKind::kTableRow ||
          !(IsFormRow(b, /*empty_value=*/k > i) || (k > i && IsFormOwnRow(b))))
        break;
      if (k > i && internal::ColumnOf(b.cells[0]) == opening) break;  // the next record
      // Another table's row (a blank line parts no tables in text: 序号 | 具体工作任务 | 责任单位 under a
      // form of two columns); a shorter row is the form's, its last cell merged across (Markdown's short
      // row).
      if (k > i && b.cells.size() > first.cells.size()) break;
      for (size_t c = 0; c < b.cells.size(); c += 2) {
        const internal::Column col = internal::ColumnOf(b.cells[c]);
        task = task || col == internal::Column::kTask;
        units = units || col == internal::Column::kLead || col == internal::Column::kResponsible ||
                col == internal::Column::kCooperating;
      }
      last = k;
    }
    // A form prints its fields over rows: one row alone (序号 | 牵头单位 | 工作任务) is a header's.
    return task && units && last > i ? last - i + 1 : 0;
  }

  // The record [begin, end) read as a task: its first row the task (numbered by its 编号 when it has one),
  // the others its rows; each marked "form", for the builder to read its cells as label and value.
  void FormTask(size_t begin, size_t end) {
    for (size_t k = begin; k < end; ++k) {
      auto rb = At(k);
      if (rb.block.kind != BlockKind::kTableRow) continue;
      rb.fields.emplace_back("form", "label-value");
      rb.role = k == begin ? Role::kTask : Role::kSubItem;
    }
    auto rb = At(begin);
    if (internal::ColumnOf(rb.block.cells[0]) != internal::Column::kNumber) {
      // 交办编号：苍督交〔2025〕第3号 in a line over the form (a mail merge's record). A number over two
      // forms is none of theirs (督办编号：县督〔2025〕18号 over each, the notice's): they are numbered by
      // place.
      if (const int n = NumberOverForm(begin); n > 0) {
        if (std::find(shared_form_numbers_.begin(), shared_form_numbers_.end(), n) !=
            shared_form_numbers_.end())
          return;
        if (const auto earlier = std::find_if(form_numbers_.begin(), form_numbers_.end(),
                                              [&](const auto& f) { return f.second == n; });
            earlier != form_numbers_.end()) {
          At(earlier->first).marker = {};
          shared_form_numbers_.push_back(n);
          return;
        }
        form_numbers_.emplace_back(begin, n);
        rb.marker.kind = MarkerKind::kArabic;
        rb.marker.number = n;
        rb.marker.text = std::to_string(n);
      }
      return;
    }
    const std::string& number = rb.block.cells[1];
    rb.marker.text = number;
    rb.marker.kind = MarkerKind::kArabic;
    rb.marker.number =
        internal::LeadingNumber(number);  // 0 (交办〔2024〕3号): the task is numbered by its place
  }

  // The number a line over the form at `begin` gives it (交办编号：苍督交〔2025〕第3号交办日期：…, 编号：12,
  // 交办单（编号：5）, 督办编号：2025-07): the digits the label's value ends with before 号 or a bracket's
  // close, after 第, a dash or nothing (no document's number, 文件编号：…〔2025〕15号); 0 when none of the
  // three lines over it (back to the table above) says one.
  int NumberOverForm(size_t begin) const {
    for (size_t j = begin, lines = 0; j-- > 0 && lines < 3;) {
      const Block& b = out_.blocks[j];
      if (b.kind == BlockKind::kTableRow) break;
      if (b.text.empty()) continue;
      ++lines;
      const size_t label = internal::FindText(b.text, "编号");
      if (label == std::string_view::npos) continue;
      // The label: the form's own (交办编号, 交办单编号, 督办事项编号, 事项编号), or 编号 alone at the line's
      // start or in a bracket; not a document's (文件编号, 发文编号).
      std::string_view before = std::string_view(b.text).substr(0, label);
      bool own = false;
      for (std::string_view kind : {"交办单", "督办单", "交办", "督办事项", "督办", "事项", "任务", "督查"})
        if (before.ends_with(kind)) {
          before.remove_suffix(kind.size());
          own = true;
          break;
        }
      if (!before.empty() && !before.ends_with("（") && !before.ends_with("(")) continue;
      std::string_view value = std::string_view(b.text).substr(label + std::string_view("编号").size());
      for (std::string_view colon : {"：", ":"})
        if (value.starts_with(colon)) value.remove_prefix(colon.size());
      value = internal::TrimSpaces(value);
      for (std::string_view end_mark : {"号", "）", ")", " ", "\t", "　"})
        if (const size_t at = internal::FindText(value, end_mark); at != std::string_view::npos)
          value = value.substr(0, at);
      value = internal::TrimSpaces(value);
      size_t digits = value.size();
      while (digits > 0 && value[digits - 1] >= '0' && value[digits - 1] <= '9') --digits;
      if (digits == value.size() || value.size() - digits > 3) return 0;
      // (After 第, a dash, NO. or nothing; after a year's bracket, 督办〔2025〕12号, only under the form's
      // own label.)
      std::string_view lead_in = internal::TrimSpaces(value.substr(0, digits));
      for (std::string_view no : {"NO.", "No.", "no.", "NO", "No"})
        if (lead_in.ends_with(no)) {
          lead_in.remove_suffix(no.size());
          lead_in = internal::TrimSpaces(lead_in);
          if (lead_in.empty()) break;
        }
      if (!lead_in.empty() && !lead_in.ends_with("第") && !lead_in.ends_with("-") &&
          !(own && lead_in.ends_with("〕")))
        return 0;
      return internal::LeadingNumber(value.substr(digits));
    }
    return 0;
  }

  // Every cell but the 序号 and the task empty, and not a merged cell's continuation (empty only here).
  // A group row's cells beside its number and name, where they fill only columns of leaders and leads (a
  // group of tasks the same leader and lead answer for): those cells as a clause's text, `header：value；…`;
  // empty for any other row.
  static std::string GroupDefaults(const Block& row, int number_column, int task_column,
                                   const std::vector<internal::Column>& columns,
                                   const std::vector<std::string>& header) {
    std::string text;
    for (size_t c = 0; c < row.cells.size(); ++c) {
      if (static_cast<int>(c) == number_column || static_cast<int>(c) == task_column) continue;
      if (c < row.merged_above.size() && row.merged_above[c]) return {};
      if (internal::TrimSpaces(row.cells[c]).empty()) continue;
      if (c >= columns.size() || c >= header.size() ||
          (columns[c] != internal::Column::kLeader && columns[c] != internal::Column::kLead &&
           columns[c] != internal::Column::kResponsible) ||
          !IsClauseLabelCell(header[c]))
        return {};
      text += (text.empty() ? "" : "；") + header[c] + "：";
      for (char ch : row.cells[c]) {  // (two leaders as two paragraphs: a list)
        if (ch == '\n')
          text += "、";
        else
          text += ch;
      }
    }
    return text;
  }

  static bool OnlyNumberAndTask(const Block& row, int number_column, int task_column) {
    for (size_t c = 0; c < row.cells.size(); ++c) {
      if (static_cast<int>(c) == number_column || static_cast<int>(c) == task_column) continue;
      if (!row.cells[c].empty() || (c < row.merged_above.size() && row.merged_above[c])) return false;
    }
    return true;
  }

  // Whether the next row of the table with a 序号 numbers it in digits (1 under a section 一), not as
  // a Chinese numeral (a table numbering its tasks 一 二 三).
  bool NextNumberIsArabic(size_t i, size_t end, int number_column) const {
    for (size_t k = i + 1; k < end && out_.blocks[k].kind == BlockKind::kTableRow; ++k) {
      const std::vector<std::string>& cells = out_.blocks[k].cells;
      if (number_column < 0 || static_cast<size_t>(number_column) >= cells.size()) continue;
      std::string_view n = internal::TrimSpaces(cells[static_cast<size_t>(number_column)]);
      if (n.empty()) continue;
      return n[0] >= '0' && n[0] <= '9';
    }
    return false;
  }

  // A cell of a figure only: 3620000, 1,105.5, 12.5%, 3.2亿.
  static bool Figure(std::string_view cell) {
    cell = internal::TrimSpaces(cell);
    for (std::string_view unit : {"%", "％", "万", "亿", "万元", "亿元"})
      if (cell.ends_with(unit)) {
        cell.remove_suffix(unit.size());
        break;
      }
    return !cell.empty() && std::all_of(cell.begin(), cell.end(), [](char c) {
      return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == '-';
    });
  }

  static bool IsClosingRow(std::string_view number_cell) {
    number_cell = internal::TrimSpaces(number_cell);
    for (std::string_view colon : {"：", ":"})
      if (number_cell.ends_with(colon)) number_cell.remove_suffix(colon.size());
    // 合计（34个）: the sum with its count.
    for (std::string_view word : {"合计", "小计", "总计", "共计"})
      if (number_cell.starts_with(word) && (number_cell.substr(word.size()).starts_with("（") ||
                                            number_cell.substr(word.size()).starts_with("(")))
        return true;
    for (std::string_view word : {"合计", "小计", "总计", "共计", "备注", "注", "说明"})
      if (number_cell == word) return true;
    // 牵头负责（项） | | 5 | 3 | …: a count of the tasks each column has, by kind.
    for (std::string_view count : {"（项）", "(项)", "（个）", "(个)", "项数", "任务数"})
      if (number_cell.ends_with(count) && number_cell.size() > count.size()) return true;
    // 示例 | 1.1 | …: a report form's example, filled in to show how (示例行仅供参考，填报时请删除).
    for (std::string_view word : {"示例", "样例", "范例", "举例", "例", "填写示例", "填报示例"})
      if (number_cell == word) return true;
    return false;
  }

  // 一, 十二, 三、: a Chinese numeral alone (with the 、 of 一、), as a 序号 cell numbers a section; 0
  // otherwise.
  static int SectionNumeral(std::string_view cell) {
    cell = internal::TrimSpaces(cell);
    if (cell.ends_with("、")) cell.remove_suffix(std::string_view("、").size());
    if (cell.starts_with("（") && cell.ends_with("）") && cell.size() > 6)  // （一）
      cell = cell.substr(3, cell.size() - 6);
    if (cell.empty() || cell.size() > 12) return 0;
    const std::optional<int> n = internal::ParseChineseNumber(cell);
    return n && *n > 0 ? *n : 0;
  }

  // 三、问题清单 · 二、存在的主要问题 · 发现的问题: a section of the problems found (not 突出问题专项治理,
  // nor 问题整改, whose items are tasks).
  static bool ProblemsHeading(std::string_view heading) {
    if (internal::ContainsText(heading, "整改") || internal::ContainsText(heading, "解决") ||
        internal::ContainsText(heading, "治理"))
      return false;
    for (std::string_view words :
         {"问题清单", "存在的问题", "存在问题", "主要问题", "发现的问题", "问题表现", "问题及原因"})
      if (internal::ContainsText(heading, words)) return true;
    return false;
  }

  // 第一部分各项任务，各临床科室均为配合部门: the part's number and the units that help with all its tasks;
  // nullopt unless every name is a unit's.
  static std::optional<std::pair<int, std::string>> PartHelpers(std::string_view said) {
    said = said.substr(0, internal::FindText(said, "。"));
    const size_t at = internal::FindText(said.substr(0, 3 * 8), "部分");
    if (at == std::string_view::npos || at <= 3) return std::nullopt;
    const std::optional<int> n = internal::ParseChineseNumber(said.substr(3, at - 3));
    if (!n) return std::nullopt;
    std::string_view rest = said.substr(at + std::string_view("部分").size());
    for (std::string_view word : {"的", "各项", "所有", "全部", "任务", "工作", "，"})
      if (rest.starts_with(word)) rest.remove_prefix(word.size());
    size_t verb = std::string_view::npos;
    for (std::string_view v : {"均为配合", "均作为配合", "为配合", "均配合", "均参与"})
      verb = std::min(verb, internal::FindText(rest, v));
    if (verb == std::string_view::npos || verb == 0) return std::nullopt;
    const std::string_view units = rest.substr(0, verb);
    const std::vector<std::string> names = internal::SplitList(units);
    if (names.empty() || !std::all_of(names.begin(), names.end(), internal::LooksLikeUnit))
      return std::nullopt;
    return std::make_pair(*n, std::string(units));
  }

  // 第一部分由区长龚建平负责，第二、三部分由常务副区长罗振宇负责。 (after 区领导分工：): each part's number
  // and its leaders (区长龚建平), titled persons every one; none unless every part of the sentence reads so
  // (a rule after it, 任务括号内另行明确…, ends it). `among_others`: the parts of the sentence that read so,
  // whatever the others say (第六部分任务均由党工委书记周明远同志负总责，【】内不再列责任领导).
  static std::vector<std::pair<int, std::string>> PartLeaders(std::string_view body,
                                                              bool among_others = false) {
    body = body.substr(0, internal::FindText(body, "。"));
    std::vector<std::pair<int, std::string>> out;
    for (size_t from = 0; from < body.size();) {
      size_t stop =
          std::min(internal::FindText(body.substr(from), "，"), internal::FindText(body.substr(from), "；"));
      if (stop == std::string_view::npos) stop = body.size() - from;
      std::string_view part = body.substr(from, stop);
      from += stop + 3;
      std::vector<std::pair<int, std::string>> read = OnePartsLeaders(part);
      if (read.empty() && !among_others) return {};
      std::move(read.begin(), read.end(), std::back_inserter(out));
    }
    return out;
  }
  // 第二、三部分由常务副区长罗振宇负责 · 第六部分任务均由党工委书记周明远同志负总责: the parts and their
  // leaders.
  static std::vector<std::pair<int, std::string>> OnePartsLeaders(std::string_view part) {
    if (!part.starts_with("第")) return {};
    const size_t at = internal::FindText(part, "部分");
    if (at == std::string_view::npos) return {};
    std::string_view after = part.substr(at + std::string_view("部分").size());
    for (std::string_view word : {"任务", "工作", "事项"})
      if (after.starts_with(word)) after.remove_prefix(word.size());
    for (std::string_view word : {"均", "统一", "全部"})
      if (after.starts_with(word)) after.remove_prefix(word.size());
    if (!after.starts_with("由")) return {};
    after.remove_prefix(std::string_view("由").size());
    std::string_view names = after.ends_with("负总责")
                                 ? after.substr(0, after.size() - std::string_view("负总责").size())
                                 : internal::BeforeLeadersVerb(after);
    if (names.ends_with("同志")) names.remove_suffix(std::string_view("同志").size());
    if (names.empty() || internal::TitledLeaders(names, /*bare_names=*/false).empty()) return {};
    std::vector<std::pair<int, std::string>> out;
    const std::string_view numbers = part.substr(3, at - 3);  // 二、三
    for (size_t k = 0; k <= numbers.size();) {
      size_t next = internal::FindText(numbers.substr(k), "、");
      if (next == std::string_view::npos) next = numbers.size() - k;
      const std::optional<int> n = internal::ParseChineseNumber(numbers.substr(k, next));
      if (!n) return {};
      out.emplace_back(*n, std::string(names));
      k += next + 3;
    }
    return out;
  }

  // Where a group clause's exceptions start (以上任务由A牵头；其中第4项由B负责…): at the 其中 after a ；, 。
  // or ，; text.size() when it has none.
  static size_t GroupExceptions(std::string_view text) {
    for (size_t from = 0;;) {
      const size_t found = internal::FindText(text.substr(from), "其中");
      if (found == std::string_view::npos) return text.size();
      const size_t at = from + found;
      const std::string_view before = text.substr(0, at);
      if ((before.ends_with("；") || before.ends_with("。") || before.ends_with("，")) &&
          StartsItemReference(text.substr(at)))
        return at;
      from = at + std::string_view("其中").size();
    }
  }

  static std::optional<ClauseMatch> GroupClause(std::string_view text) {
    // （以上任务责任领导：X；牵头单位：A）: the same in brackets of its own (not one that counts the items,
    // （以上两项由A牵头）, the clause's own reading).
    // (The outer bracket whole: its own brackets inside it closed, 各市（州）交通运输局.)
    const auto balanced = [](std::string_view inner) {
      int depth = 0;
      for (size_t at = 0; (at = inner.find('\xEF', at)) != std::string_view::npos; at += 3) {
        if (inner.substr(at, 3) == "（") ++depth;
        if (inner.substr(at, 3) == "）" && --depth < 0) return false;
      }
      return depth == 0;
    };
    if ((text.starts_with("（以上") || text.starts_with("（上述")) && text.ends_with("）") &&
        balanced(text.substr(3, text.size() - 6))) {
      text = text.substr(3, text.size() - 6);
      if (ItemsCounted(text) > 0 && LabelledAfterGroupWords(text).empty()) return std::nullopt;
    }
    if (!text.starts_with("以上") && !text.starts_with("上述")) return std::nullopt;
    text = text.substr(0, GroupExceptions(text));
    for (std::string_view stop : {"；", "。", "，"})
      if (text.ends_with(stop)) text.remove_suffix(stop.size());
    re2::StringPiece clause;
    bool after_colon = false;
    if (!FullMatch(Pat::kGroupClause, text, &clause)) {
      // 以上3项：A牵头，B配合 · 以上3项责任单位：A、B；联系厅领导：X: the clause after a colon, or labelled.
      const std::string_view labelled = LabelledAfterGroupWords(text);
      if (labelled.empty()) return std::nullopt;
      clause = re2::StringPiece(labelled.data(), labelled.size());
      after_colon = true;
    }
    std::vector<ClauseMatch> found = ReadGroupClause(std::string_view(clause.data(), clause.size()));
    if (found.empty()) return std::nullopt;
    // (以上工作：县政府督查室负责跟踪督办: a sentence after the colon, its "unit" none.)
    if (after_colon)
      for (const ClausePart& p : found[0].parts)
        if (p.role != ClauseRole::kLeader && p.role != ClauseRole::kDeadline &&
            !std::all_of(p.units.begin(), p.units.end(),
                         [](const std::string& u) { return internal::LooksLikeUnit(u); }))
          return std::nullopt;
    found[0].begin = 0;
    found[0].end = text.size();
    found[0].covers = std::max(1, ItemsCounted(text));
    return std::move(found[0]);
  }

  static constexpr std::string_view kClosingVerbs[] = {"配合", "负责", "牵头", "参与", "协助",
                                                       "协同", "落实", "主责", "主办", "协办"};

  // What follows a group line's words (以上, 上述; a count, 3项 or 各项; 任务, 工作 or 事项; 均) when it is
  // a clause set apart by a colon (以上3项：A牵头，B配合) or opening with a clause's label
  // (以上3项责任单位：…, 上述任务牵头单位：…); empty otherwise (以上任务要加强…, 以上3项由A牵头: read by the
  // group pattern).
  static std::string_view LabelledAfterGroupWords(std::string_view text) {
    if (!text.starts_with("以上") && !text.starts_with("上述")) return {};
    std::string_view rest = text.substr(std::string_view("以上").size());
    if (rest.starts_with("各项")) {
      rest.remove_prefix(std::string_view("各项").size());
    } else {
      const size_t item = internal::FindText(rest.substr(0, 9), "项");
      if (item != std::string_view::npos && item > 0 && ItemsCounted(text) > 0)
        rest.remove_prefix(item + std::string_view("项").size());
    }
    for (std::string_view w : {"任务", "工作", "事项", "均"})
      if (rest.starts_with(w)) rest.remove_prefix(w.size());
    for (std::string_view colon : {"：", ":"})
      if (rest.starts_with(colon)) {
        rest = internal::TrimSpaces(rest.substr(colon.size()));
        if (rest.ends_with("。")) rest.remove_suffix(std::string_view("。").size());
        // A clause's words end it (…B配合, …A负责) or its labels stand in it; not a sentence (以上工作：
        // 县政府督查室负责跟踪督办).
        const re2::StringPiece in(rest.data(), rest.size());
        const bool labelled = Pattern(Pat::kClauseLabel).Match(in, 0, in.size(), RE2::UNANCHORED, nullptr, 0);
        const bool closed = std::any_of(std::begin(kClosingVerbs), std::end(kClosingVerbs),
                                        [&](std::string_view v) { return rest.ends_with(v); });
        return rest.empty() || !(labelled || closed) ? std::string_view() : rest;
      }
    const re2::StringPiece in(rest.data(), rest.size());
    return Pattern(Pat::kClauseLabel).Match(in, 0, in.size(), RE2::ANCHOR_START, nullptr, 0)
               ? rest
               : std::string_view();
  }

  // The leaders a line assigns items to (第1—3项由常务副市长宋景和同志负责 ·
  // 第6项由副市长彭楚生、林书瑶同志共同 负责 · 其中第7项为副市长欧阳明哲): what follows 由 or 为, each name a
  // person's, the first titled or all called 同志; nullopt for units (由市财政局负责) and anything else.
  static std::optional<ClauseMatch> AssignedLeaders(std::string_view clause) {
    clause = internal::TrimSpaces(clause);
    std::string_view names = clause;
    for (std::string_view said : {"均由", "均为", "由", "为"})
      if (names.starts_with(said)) {
        names.remove_prefix(said.size());
        break;
      }
    if (names.size() == clause.size()) return std::nullopt;  // neither 由 nor 为
    bool comrade = false;
    for (bool more = true; more;) {
      more = false;
      for (std::string_view tail :
           {"。", "共同负责", "牵头负责", "负责落实", "负责", "牵头", "分管", "共同包抓", "包抓", "同志"})
        if (names.ends_with(tail)) {
          comrade = comrade || tail == "同志";
          names.remove_suffix(tail.size());
          more = true;
        }
    }
    names = internal::TrimSpaces(names);
    // (周敏、马骏、韩立新和常务副县长李振华: the last joined by 和 before a title, a name before it.)
    std::string joined;
    if (const size_t he = internal::FindText(names, "和"); he != std::string_view::npos) {
      const size_t from = names.substr(0, he).rfind("、");
      const std::string_view before = names.substr(from == std::string_view::npos ? 0 : from + 3,
                                                   he - (from == std::string_view::npos ? 0 : from + 3));
      const std::string_view after = names.substr(he + std::string_view("和").size());
      if (internal::LooksLikePersonName(before) && !internal::TitledLeaders(after).empty()) {
        joined = std::string(names.substr(0, he)) + "、" + std::string(after);
        names = joined;
      } else if (!internal::TitledLeaders(after).empty() && internal::TitledLeaders(before).empty()) {
        return std::nullopt;  // (县长和副县长张伟: a post without a name, no list of leaders to read)
      }
    }
    if (names.empty() ||
        (internal::TitledLeaders(names.substr(0, internal::FindText(names, "、"))).empty() && !comrade))
      return std::nullopt;
    if (internal::TitledLeaders(names, /*bare_names=*/true).empty()) return std::nullopt;
    ClauseMatch m;
    internal::AddClausePart("责任领导", ClauseRole::kLeader, names, m);
    m.begin = 0;
    m.end = clause.size();
    return m;
  }

  // How many items above a line says it assigns (以上3项…, 上述两项…: 3, 2); 0 when it counts none
  // (以上任务…, 以上各项…).
  static int ItemsCounted(std::string_view text) {
    const std::string_view after = text.substr(std::string_view("以上").size());
    const size_t item = internal::FindText(after.substr(0, 9), "项");
    if (item == std::string_view::npos || item == 0) return 0;
    const std::string_view number = after.substr(0, item);
    if (std::all_of(number.begin(), number.end(), [](char c) { return c >= '0' && c <= '9'; }))
      return std::min(std::stoi(std::string(number)), internal::kMaxItemNumber - 1);
    const std::optional<int> n =
        internal::ParseChineseNumber(number == "两" ? std::string_view("二") : number);
    return n && *n > 0 ? *n : 0;
  }

  // The clause of a line that assigns tasks above it: read as its leaders (由副县长X负责), as a bracket's
  // (由A牵头，B配合，副县长X负责), or as a sentence's labels before 为
  // (牵头单位为A，配合单位为B，责任领导为X).
  static std::vector<ClauseMatch> ReadGroupClause(std::string_view clause) {
    // (由副县长X负责: a leader, not a unit named 副县长X.)
    if (std::optional<ClauseMatch> leaders = AssignedLeaders(clause)) return {std::move(*leaders)};
    std::vector<ClauseMatch> found = internal::FindClauses("（" + std::string(clause) + "）");
    if (found.empty()) found = internal::FindClauses(clause);
    return found;
  }

  // 以上第1—3项由A牵头，B、C配合；第4项由D负责。: a paragraph that assigns the items above by their
  // numbers, every part of it (split at ；, and at ， or 。 before the next 第N项) one such assignment.
  // Each clause comes with the numbers it names, ranges spelt out; nullopt unless every part is one.
  struct ItemClause {
    ClauseMatch clause;
    std::vector<int> items;
  };
  // `section`, where given, takes a part that assigns the section's tasks as a whole
  // (责任分工：以上工作由副县长X 负责。第6—8项分别由…), read as a group clause; without it, such a part reads
  // as none.
  static std::optional<std::vector<ItemClause>> ItemClauses(std::string_view text,
                                                            std::optional<ClauseMatch>* section = nullptr) {
    if (internal::FindText(text, "项") == std::string_view::npos ||
        (internal::FindText(text, "由") == std::string_view::npos &&
         internal::FindText(text, "为") == std::string_view::npos &&
         internal::FindText(text, "领导：") == std::string_view::npos))
      return std::nullopt;
    size_t start = 0;
    for (std::string_view lead : {"分工：", "分工:", "责任分工：", "责任分工:", "任务分工：", "任务分工:"})
      if (text.starts_with(lead)) start = lead.size();
    std::vector<ItemClause> out;
    while (start < text.size()) {
      // The part's end: the next ；, or a ， or 。 that an item reference follows.
      size_t end = start, next = start;
      while (end < text.size()) {
        size_t after = end;
        const char32_t cp = internal::NextCodePoint(text, after);
        if (cp == U'；' || cp == U';' ||
            ((cp == U'，' || cp == U',' || cp == U'。') && StartsItemReference(text.substr(after))) ||
            (cp == U'。' && section &&
             (OpensGroupWords(text.substr(after)) || NamesItemsAhead(text.substr(after)))))
          break;
        end = after;
      }
      next = end;
      if (next < text.size()) internal::NextCodePoint(text, next);
      const std::string_view part = internal::TrimSpaces(text.substr(start, end - start));
      // 以上3项工作由…: a count of the tasks above, no item's number (GroupClause reads it); not 以上1—3项, a
      // range of their numbers.
      if ((part.starts_with("以上") || part.starts_with("上述")) && part.size() > 6 && part[6] >= '0' &&
          part[6] <= '9') {
        size_t digits = 6;
        while (digits < part.size() && part[digits] >= '0' && part[digits] <= '9') ++digits;
        const std::string_view after = part.substr(digits);
        if (!after.starts_with("—") && !after.starts_with("－") && !after.starts_with("-") &&
            !after.starts_with("~") && !after.starts_with("～") && !after.starts_with("至") &&
            !after.starts_with("、"))
          return std::nullopt;
      }
      // 以上工作由副县长X负责 (the section's), or 以上工作分别由X（第16—18项）、Y（第19项）负责 (each
      // leader's items in a bracket after the name).
      // (Not 以上第1—3项, 上述第（七）至（九）项: items by their numbers.)
      if (section && OpensGroupWords(part) &&
          !StartsItemReference(
              std::string_view(ItemsInDigits(part)).substr(std::string_view("以上").size()))) {
        if (std::optional<std::vector<ItemClause>> bracketed = LeadersWithTheirItems(part)) {
          for (ItemClause& ic : *bracketed) {
            ic.clause.begin = static_cast<size_t>(part.data() - text.data());
            ic.clause.end = ic.clause.begin + part.size();
            out.push_back(std::move(ic));
          }
        } else if (std::optional<ClauseMatch> group = GroupClause(part); group && !*section) {
          group->begin += static_cast<size_t>(part.data() - text.data());
          group->end += static_cast<size_t>(part.data() - text.data());
          *section = std::move(group);
        }
        // (Any other such sentence is prose beside the clauses, 上述工作纳入年度目标考核: no part of them.)
        start = next;
        if (internal::TrimSpaces(text.substr(start)) == "。") break;
        continue;
      }
      // 上述第（七）至（九）项 · 第（十）、（十一）项: items the notice numbers in Chinese, read as digits;
      // A、B分别牵头第16、17项，C配合: the units before the items, read in the usual order.
      const std::string reordered = UnitsBeforeItems(part);
      const std::string digits = ItemsInDigits(reordered.empty() ? part : std::string_view(reordered));
      re2::StringPiece items, clause;
      if (part.empty() || !FullMatch(Pat::kItemClause, digits, &items, &clause)) return std::nullopt;
      // 第6—8项分别由A、B、C牵头，D配合: 分别 (respectively) gives each item the name in its place, of a part
      // that names as many as there are items; the other parts are every item's.
      const std::string_view printed(clause.data(), clause.size());
      std::string said(printed);
      const bool respectively = internal::ContainsText(said, "分别");
      for (size_t at; (at = said.find("分别")) != std::string::npos;)
        said.erase(at, std::string_view("分别").size());
      std::vector<ClauseMatch> found = ReadLeadersThenClause(said);
      if (found.empty()) return std::nullopt;
      ItemClause ic{std::move(found[0]), ItemNumbers(std::string_view(items.data(), items.size()))};
      if (ic.items.empty()) return std::nullopt;
      ic.clause.begin = static_cast<size_t>(part.data() - text.data());
      ic.clause.end = ic.clause.begin + part.size();
      // (A part is given so where 分别 stands in its own phrase, between the commas: 分别由A、B牵头，C、D配合
      // gives C and D to both.)
      const auto each = [&](const ClausePart& p) {
        if (p.units.size() != ic.items.size() || ic.items.size() < 2) return false;
        const size_t at = internal::FindText(printed, p.units.front());
        if (at == std::string_view::npos) return false;
        size_t from = printed.substr(0, at).rfind("，");
        from = from == std::string_view::npos ? 0 : from;
        const size_t to = internal::FindTextFrom(printed, "，", at);
        return internal::ContainsText(printed.substr(from, to == std::string_view::npos ? to : to - from),
                                      "分别");
      };
      if (respectively && std::any_of(ic.clause.parts.begin(), ic.clause.parts.end(), each)) {
        for (size_t k = 0; k < ic.items.size(); ++k) {
          ItemClause one{ic.clause, {ic.items[k]}};
          for (ClausePart& p : one.clause.parts)
            if (each(p)) p.units = {p.units[k]};
          out.push_back(std::move(one));
        }
      } else {
        out.push_back(std::move(ic));
      }
      start = next;
      // What is left after the last part: a full stop and spaces.
      if (internal::TrimSpaces(text.substr(start)) == "。") break;
    }
    if (out.empty()) return std::nullopt;
    return out;
  }

  // The block as a clause for the items it names: a clause and an "items" field ("1,2,3") for each,
  // the k-th field for the k-th clause (internal::ItemNumberList reads it).
  template <typename Ref>
  static void SetItemClauses(Ref& rb, std::vector<ItemClause> items) {
    rb.role = Role::kClause;
    rb.clauses.clear();
    for (ItemClause& ic : items) {
      std::string numbers;
      for (int n : ic.items) {
        if (!numbers.empty()) numbers += ',';
        numbers += std::to_string(n);
      }
      rb.clauses.push_back(std::move(ic.clause));
      rb.fields.emplace_back("items", std::move(numbers));
    }
  }

  // Where the bracket that closes `text` opens (…（包抓领导：X（常务副主任）） : the outer), npos when the
  // text does not end with one or it never opens.
  static size_t OpeningOfLast(std::string_view text) {
    if (!text.ends_with("）")) return std::string_view::npos;
    std::vector<size_t> opens;
    size_t match = std::string_view::npos;
    for (size_t i = 0; i < text.size();) {
      const size_t at = i;
      const char32_t cp = internal::NextCodePoint(text, i);
      if (cp == U'（') {
        opens.push_back(at);
      } else if (cp == U'）') {
        match = opens.empty() ? std::string_view::npos : opens.back();
        if (!opens.empty()) opens.pop_back();
      }
    }
    return match;
  }

  // The block as one clause (internal::WholeBlockClause), a bracket of fields the legend reads first.
  std::optional<ClauseMatch> WholeClause(std::string_view t) const {
    if (legend_)
      if (std::optional<ClauseMatch> clause = internal::LegendClauseClosing(t, *legend_);
          clause && clause->begin == 0)
        return clause;
    return internal::WholeBlockClause(t);
  }

  // The clause of the bracket that closes `text`, read by the legend, in place of what FindClauses read in
  // it.
  void ByLegend(std::string_view text, std::vector<ClauseMatch>& clauses) const {
    std::optional<ClauseMatch> clause = internal::LegendClauseClosing(text, *legend_);
    if (!clause) return;
    std::erase_if(clauses,
                  [&](const ClauseMatch& m) { return m.begin < clause->end && m.end > clause->begin; });
    const auto at = std::find_if(clauses.begin(), clauses.end(),
                                 [&](const ClauseMatch& m) { return m.begin > clause->begin; });
    clauses.insert(at, std::move(*clause));
  }

  // Whether an item closes with a bracket that gives it the parts of the item above (（责任分工同上）,
  // （同上）, （责任单位同上）).
  static bool SameAsAbove(std::string_view text) {
    for (std::string_view end : {"。", "；"})
      if (text.ends_with(end)) text.remove_suffix(end.size());
    for (std::string_view same :
         {"（责任分工同上）", "（分工同上）", "（责任单位同上）", "（同上）", "（责任同上）"})
      if (text.ends_with(same)) return true;
    return false;
  }

  // A line over a section's items that gives their leaders by number: the items' clauses (leaders alone),
  // and the section's leaders where it names them first (本部分由X负责 · 责任市领导：X), before the
  // exceptions (其中第7项…). In brackets or not; nullopt for any other line.
  struct ItemsAhead {
    std::vector<ItemClause> items;
    std::optional<ClauseMatch> section;
  };
  static std::optional<ItemsAhead> ItemsAheadLine(std::string_view t) {
    size_t bracket = 0;  // where the line's words start after its bracket
    if (t.starts_with("（") && t.ends_with("）") && t.size() > 6) {
      t = t.substr(3, t.size() - 6);
      bracket = 3;
    }
    if (!t.starts_with("第") && !t.starts_with("本部分") && internal::AfterLeaderLabel(t).empty())
      return std::nullopt;
    ItemsAhead ahead;
    const size_t exceptions = GroupExceptions(t);
    std::optional<std::vector<ItemClause>> items =
        ItemClauses(t.substr(exceptions < t.size() ? exceptions : 0));
    if (!items) {
      // （本部分任务由彭丽副乡长负责，第4项除外；…）: the section's leaders alone, the item excepted naming
      // its own.
      if (!t.starts_with("本部分")) return std::nullopt;
      std::string_view head = t;
      for (std::string_view stop : {"，", "；", "。"}) head = head.substr(0, internal::FindText(head, stop));
      for (std::string_view part : {"本部分任务", "本部分工作", "本部分"})
        if (head.starts_with(part)) {
          head.remove_prefix(part.size());
          break;
        }
      std::optional<ClauseMatch> leaders = AssignedLeaders(head);
      if (!leaders) return std::nullopt;
      leaders->begin = bracket;
      leaders->end = bracket + t.size();
      ahead.section = std::move(leaders);
      return ahead;
    }
    for (const ItemClause& ic : *items)
      if (!internal::OnlyLeaders(std::span(&ic.clause, 1))) return std::nullopt;
    if (exceptions < t.size()) {
      std::string_view head = t.substr(0, exceptions);
      for (std::string_view stop : {"；", "。", "，"})
        if (head.ends_with(stop)) head.remove_suffix(stop.size());
      for (std::string_view part : {"本部分任务", "本部分工作", "本部分"})
        if (head.starts_with(part)) {
          head.remove_prefix(part.size());
          break;
        }
      if (std::optional<ClauseMatch> leaders = AssignedLeaders(head)) {
        ahead.section = std::move(leaders);
      } else if (std::optional<ClauseMatch> labelled = internal::ParseClauseContent(head);
                 labelled && internal::OnlyLeaders(std::span(&*labelled, 1))) {
        ahead.section = std::move(labelled);
      } else {
        return std::nullopt;
      }
      ahead.section->begin = bracket;
      ahead.section->end = bracket + head.size();
    }
    for (ItemClause& ic : *items) {  // where they stand in the whole line
      ic.clause.begin += bracket + (exceptions < t.size() ? exceptions : 0);
      ic.clause.end += bracket + (exceptions < t.size() ? exceptions : 0);
    }
    ahead.items = std::move(*items);
    return ahead;
  }

  // Whether the sentence that `text` opens with names its units before its items
  // (县发改局、县财政局分别牵头第1、2项，…).
  static bool NamesItemsAhead(std::string_view text) {
    size_t end = text.size();
    for (std::string_view stop : {"；", "。", ";"}) end = std::min(end, internal::FindText(text, stop));
    return !UnitsBeforeItems(text.substr(0, end)).empty();
  }

  // Does `text` open with a group's words, 以上 or 上述 (以上工作由X负责)?
  static bool OpensGroupWords(std::string_view text) {
    text = internal::TrimSpaces(text);
    return text.starts_with("以上") || text.starts_with("上述");
  }

  // An item clause's words, 由X、Y负责，由A、B牵头，C配合: its first phrase read as leaders where
  // AssignedLeaders reads it so (副县长X、Y, the title printed once), the rest as a clause after it; else the
  // whole as one clause (ReadGroupClause).
  static std::vector<ClauseMatch> ReadLeadersThenClause(std::string_view said) {
    const size_t comma = internal::FindText(said, "，");
    if (comma != std::string_view::npos)
      if (std::optional<ClauseMatch> leaders = AssignedLeaders(said.substr(0, comma))) {
        std::vector<ClauseMatch> rest = ReadGroupClause(said.substr(comma + std::string_view("，").size()));
        if (rest.size() == 1) {
          ClauseMatch& m = rest.front();
          m.parts.insert(m.parts.begin(), leaders->parts.begin(), leaders->parts.end());
          m.begin = 0;
          m.end = said.size();
          return rest;
        }
      }
    return ReadGroupClause(said);
  }

  // A、B分别牵头第16、17项，C配合 · D负责第19项: the same as 第16、17项分别由A、B牵头，C配合, 第19项由D
  // 负责; empty unless every name before the verb is a unit's.
  static std::string UnitsBeforeItems(std::string_view part) {
    for (size_t at = 0; (at = internal::FindTextFrom(part, "第", at)) != std::string_view::npos;
         at += std::string_view("第").size()) {
      if (!StartsItemReference(part.substr(at))) continue;
      std::string_view before = part.substr(0, at);
      std::string_view verb;
      for (std::string_view v : {"牵头", "负责"})
        if (before.ends_with(v)) verb = v;
      if (verb.empty()) return {};
      before.remove_suffix(verb.size());
      const bool respectively = before.ends_with("分别");
      if (respectively) before.remove_suffix(std::string_view("分别").size());
      if (before.empty()) return {};
      for (size_t from = 0; from <= before.size();) {
        size_t to = internal::FindTextFrom(before, "、", from);
        if (to == std::string_view::npos) to = before.size();
        if (!internal::LooksLikeUnit(std::string(before.substr(from, to - from)))) return {};
        from = to + std::string_view("、").size();
      }
      const size_t item = internal::FindTextFrom(part, "项", at);
      return std::string(part.substr(at, item + std::string_view("项").size() - at)) +
             (respectively ? "分别由" : "由") + std::string(before) + std::string(verb) +
             std::string(part.substr(item + std::string_view("项").size()));
    }
    return {};
  }

  // 以上工作分别由常务副县长X（第16—18项）、副县长Y（第19项）负责: each leader for the items in the
  // bracket after the name; nullopt for any other part.
  static std::optional<std::vector<ItemClause>> LeadersWithTheirItems(std::string_view part) {
    const size_t by = internal::FindText(part, "由");
    if (by == std::string_view::npos || internal::FindText(part, "项）") == std::string_view::npos)
      return std::nullopt;
    std::string_view names = part.substr(by + std::string_view("由").size());
    for (std::string_view tail : {"。", "负责", "牵头"})
      if (names.ends_with(tail)) names.remove_suffix(tail.size());
    std::vector<ItemClause> out;
    while (!names.empty()) {
      const size_t open = internal::FindText(names, "（");
      const size_t close = internal::FindText(names, "）");
      if (open == std::string_view::npos || close == std::string_view::npos || close < open)
        return std::nullopt;
      std::string_view items = names.substr(open + 3, close - open - 3);
      if (items.starts_with("第")) items.remove_prefix(std::string_view("第").size());
      if (!items.ends_with("项")) return std::nullopt;
      items.remove_suffix(std::string_view("项").size());
      std::optional<ClauseMatch> leaders =
          AssignedLeaders("由" + std::string(names.substr(0, open)) + "负责");
      ItemClause ic{leaders ? std::move(*leaders) : ClauseMatch{}, ItemNumbers(ItemsInDigits(items))};
      if (!leaders || ic.items.empty()) return std::nullopt;
      out.push_back(std::move(ic));
      names.remove_prefix(close + 3);
      for (std::string_view joint : {"、", "，", "和"})
        if (names.starts_with(joint)) names.remove_prefix(joint.size());
    }
    if (out.empty()) return std::nullopt;
    return out;
  }

  // `part` with the items it names before its 项 in Chinese numerals in brackets (第（七）至（九）项) written
  // in digits (第7至9项); as it is when it names none so.
  static std::string ItemsInDigits(std::string_view part) {
    const size_t item = internal::FindText(part.substr(0, 3 * 40), "项");
    if (item == std::string_view::npos ||
        internal::FindText(part.substr(0, item), "（") == std::string_view::npos)
      return std::string(part);
    std::string out;
    for (size_t i = 0; i < item;) {
      if (part.substr(i).starts_with("（"))
        if (const size_t close = internal::FindText(part.substr(i, item - i), "）");
            close != std::string_view::npos)
          if (const std::optional<int> n = internal::ParseChineseNumber(part.substr(i + 3, close - 3));
              n && *n > 0) {
            out += std::to_string(*n);
            i += close + 3;
            continue;
          }
      const size_t from = i;
      internal::NextCodePoint(part, i);
      out.append(part.substr(from, i - from));
    }
    out.append(part.substr(item));
    return out;
  }

  // Does `text` open with a reference to items: 第4项, 8项, 第12、13项, 第22—23项?
  static bool StartsItemReference(std::string_view text) {
    text = internal::TrimSpaces(text);
    if (text.starts_with("其中")) text.remove_prefix(std::string_view("其中").size());  // …，其中第4项B配合
    if (text.starts_with("第")) text.remove_prefix(std::string_view("第").size());
    if (text.empty() || text[0] < '0' || text[0] > '9') return false;
    for (size_t i = 0, n = 0; i < text.size() && n < 12; ++n) {
      const size_t at = i;
      const char32_t cp = internal::NextCodePoint(text, i);
      if (cp == U'项') return at > 0;
      if (!(cp >= U'0' && cp <= U'9') &&
          std::u32string_view(U"—－-~～至到、和第").find(cp) == std::u32string_view::npos)
        return false;
    }
    return false;
  }

  // 1—3 → 1 2 3; 12、13 → 12 13, each number once. Empty (no item clause) for a range of more than 200
  // items or one that runs backwards: an assignment names items a reader can count.
  static std::vector<int> ItemNumbers(std::string_view items) {
    std::vector<int> out;
    std::bitset<internal::kMaxItemNumber> seen;
    int value = -1, from = -1;
    bool bad = false;
    const auto add = [&](int n) {
      if (n < internal::kMaxItemNumber && !seen[static_cast<size_t>(n)]) {
        seen.set(static_cast<size_t>(n));
        out.push_back(n);
      }
    };
    auto flush = [&] {
      if (value < 0) return;
      if (from < 0) {
        add(value);
      } else if (from <= value && value - from <= 200) {
        for (int k = from; k <= value; ++k) add(k);
      } else {
        bad = true;
      }
      value = from = -1;
    };
    for (size_t i = 0; i < items.size();) {
      const char32_t cp = internal::NextCodePoint(items, i);
      if (cp >= U'0' && cp <= U'9') {
        value = (value < 0 ? 0 : value * 10) + static_cast<int>(cp - U'0');
      } else if (cp == U'、' || cp == U'和') {
        flush();
      } else if (cp != U'第' && value >= 0) {  // a range's dash, 至, 到
        from = value;
        value = -1;
      }
    }
    flush();
    if (bad) out.clear();
    return out;
  }

  bool PreviousIsHeader(size_t i, size_t begin) const {
    for (size_t j = i; j-- > begin;) {
      if (At(j).role == Role::kDecoration) continue;
      return At(j).role == Role::kTableHeader;
    }
    return false;
  }

  // A matrix's group of unit columns under their leaders (责任单位及分管县政府领导, 责任部门和分管领导): a
  // row of the leaders, each over the units in his charge, between it and the units' names.
  static bool UnitsUnderLeaders(std::string_view group) {
    const size_t leaders = internal::FindText(group, "领导");
    if (leaders == std::string_view::npos || internal::CountCodePoints(group) > 16) return false;
    const std::string_view units = group.substr(0, leaders);
    return internal::ContainsText(units, "单位") || internal::ContainsText(units, "部门");
  }

  // A header cell that names a person by post and name (县长 ⏎ 欧阳振东, 副县长杜　娟): a leader's, no
  // unit's.
  static bool TitledPersonCell(std::string_view cell) {
    std::string joined;
    for (size_t i = 0; i < cell.size();) {
      const size_t at = i;
      const char32_t cp = internal::NextCodePoint(cell, i);
      if (cp != U'\n' && !internal::IsSpace(cp)) joined.append(cell.substr(at, i - at));
    }
    return FullMatch(Pat::kLeaderTitleName, joined) || FullMatch(Pat::kLeaderNameTitle, joined);
  }

  // A responsibility matrix's second header row (责任单位 over 发改 | 财政 | 住建 …): a unit's name in each
  // column the header's unit column spans (its own, and the empty ones after it), nothing under 序号 and
  // the task, every name short.
  static bool IsUnitNamesRow(const std::vector<std::string>& cells,
                             const std::vector<internal::Column>& columns,
                             const std::vector<std::string>& header, int number_column, int task_column) {
    int names = 0, persons = 0;
    bool in_span = false;  // under a unit column or the empty header cells after it
    bool leaders_group = false;  // under units and their leaders (责任单位及分管县领导)
    for (size_t c = 0; c < cells.size() && c < columns.size() && c < header.size(); ++c) {
      const internal::Column col = columns[c];
      // (责任单位及分管县政府领导: the units under their leaders, a row of leaders between.)
      if (!header[c].empty()) {
        leaders_group = UnitsUnderLeaders(header[c]);
        in_span = col == internal::Column::kResponsible || col == internal::Column::kLead ||
                  col == internal::Column::kCooperating || internal::AreasTargetsGroup(header[c]) ||
                  leaders_group;
      }
      if (cells[c].empty()) continue;
      if (static_cast<int>(c) == number_column || static_cast<int>(c) == task_column || !in_span ||
          internal::CountCodePoints(cells[c]) > 12 || TitledPersonCell(cells[c]))
        return false;
      persons += leaders_group && internal::PersonItem(cells[c]);
      // A column's name (责任局领导, 责任处室 under 责任分工) is no unit's: a row of them is a sub-header.
      if (const internal::Column named = internal::ColumnOf(cells[c]);
          named == internal::Column::kLeader || named == internal::Column::kResponsible ||
          named == internal::Column::kLead || named == internal::Column::kCooperating ||
          named == internal::Column::kDeadline)
        return false;
      ++names;
    }
    // (Nor, under units and their leaders, a row of persons' names, 周立新 | 王勇 | 李四: the leaders each
    // over his column. A short unit name may read as one, 文旅, 商务: none is counted elsewhere.)
    return names >= 2 && persons * 2 < names;
  }

  // (A name no column is known by stands under a group no column is known by either: 推进情况 over 一季度 |
  // 二季度 | …, beside 责任分工 over 责任县领导 | 牵头单位 | 责任单位. `above`: the header row's cells, a
  // group's label in its first column, the others it spans empty.)
  static bool IsSubHeader(const std::vector<std::string>& cells, int number_column, int task_column,
                          const std::vector<std::string>* above = nullptr) {
    const auto group_of = [&](size_t c) -> std::optional<internal::Column> {
      if (above == nullptr || above->empty()) return std::nullopt;
      size_t g = std::min(c, above->size() - 1);
      while (g > 0 && (*above)[g].empty()) --g;
      if ((*above)[g].empty()) return std::nullopt;
      return internal::ColumnOf((*above)[g]);
    };
    int known = 0, grouped = 0;
    for (size_t c = 0; c < cells.size(); ++c) {
      if (cells[c].empty()) continue;
      // (Under 承担任务, 牵头任务 | 配合任务: the task numbers' column parted by role.)
      if (static_cast<int>(c) == task_column && internal::ColumnOf(cells[c]) == internal::Column::kItems) {
        ++known;
        continue;
      }
      if (static_cast<int>(c) == number_column || static_cast<int>(c) == task_column) return false;
      if (internal::ColumnOf(cells[c]) == internal::Column::kUnknown) {
        // (Not a row's progress under 进展情况.) A角 | B角 under 县级责任领导: the leader and the one who
        // stands in for him, each a leaders' column.
        const std::optional<internal::Column> group = group_of(c);
        if (group == internal::Column::kLeader && LooksLikeColumnName(cells[c]) &&
            !internal::PersonItem(cells[c]) && !internal::LeaderDetailColumn(cells[c])) {
          ++known;
          continue;
        }
        if (group == internal::Column::kUnknown && LooksLikeColumnName(cells[c])) {
          ++grouped;
          continue;
        }
        // 县直部门 | 乡镇（街道） under 责任单位: the units' tiers.
        if (group == internal::Column::kResponsible && internal::UnitTierColumn(cells[c])) {
          ++known;
          continue;
        }
        return false;
      }
      ++known;
    }
    // (Or only such names: 推进节点 over 一季度 | 二季度 | 三季度 | 四季度, the other columns merged down.)
    return known >= 1 || grouped >= 2;
  }

  // For each block of [begin, end): is there a group clause (以上任务由…) before
  // the next heading, from it on? One backward pass, so that asking for every
  // item of a long list stays linear.
  std::vector<bool> GroupClausesAhead(size_t begin, size_t end) const {
    std::vector<bool> ahead(end - begin + 1, false);
    for (size_t j = end; j-- > begin;) {
      const auto rb = At(j);
      bool here;
      if (rb.role == Role::kClause && (!rb.Field("group").empty() || !rb.Field("items").empty()))
        here = true;
      else if (rb.role != Role::kBody && rb.role != Role::kClause && rb.role != Role::kDecoration &&
               rb.role != Role::kPageBreak)
        here = false;
      else if (rb.role == Role::kBody && MarkerLevel(rb.marker.kind) == 1) here = false;
      else
        here = ahead[j - begin + 1];
      ahead[j - begin] = here;
    }
    return ahead;
  }

  // When a task without a clause of its own goes on in unnumbered paragraphs,
  // the last of which carries the clause, or a clause line follows them (1．扩大有效投资⏎<its
  // text>⏎责任单位：…), those paragraphs belong to the task.
  void ContinuationsOf(size_t task, size_t end) {
    if (!At(task).clauses.empty()) return;
    for (size_t j = task + 1; j < end; ++j) {
      const auto rb = At(j);
      if (rb.role == Role::kDecoration || rb.role == Role::kPageBreak) continue;
      // (A run of clause lines, the leaders' first: 牵头县领导：X ⏎ 牵头单位：A ⏎ 责任单位：B.)
      if (rb.role == Role::kClause) {
        for (size_t k = j; k < end; ++k) {
          const Role r = At(k).role;
          if (r == Role::kDecoration || r == Role::kPageBreak) continue;
          if (r != Role::kClause) break;
          if (TaskClause(At(k))) {
            for (size_t b = task + 1; b < j; ++b)
              if (At(b).role == Role::kBody) At(b).role = Role::kSubItem;
            break;
          }
        }
        return;
      }
      if (rb.role != Role::kBody || rb.marker.kind != MarkerKind::kNone) return;
      if (rb.clauses.empty()) continue;
      for (size_t k = task + 1; k <= j; ++k)
        if (At(k).role == Role::kBody) At(k).role = Role::kSubItem;
      // ——measures of the task, one after another, each may carry a clause of its own: all the task's.
      if (!T(j).starts_with("——")) return;
      for (size_t k = j + 1; k < end; ++k) {
        const auto next = At(k);
        if (next.role == Role::kDecoration || next.role == Role::kPageBreak) continue;
        if (next.role != Role::kBody || next.marker.kind != MarkerKind::kNone || !T(k).starts_with("——"))
          return;
        next.role = Role::kSubItem;
      }
      return;
    }
  }

  // Does the numbered block at i carry a clause, in itself or on the lines after it?
  // `group_ahead` is GroupClausesAhead(begin, end) of the range being read.
  // Whether a block's clauses name someone: units or leaders (【完成时限】所列月份为… in a cover's paragraph
  // names no one, and makes no task).
  static bool NamesSomeone(const std::vector<ClauseMatch>& clauses) {
    return std::any_of(clauses.begin(), clauses.end(), [](const ClauseMatch& m) {
      return std::any_of(m.parts.begin(), m.parts.end(),
                         [](const ClausePart& p) { return !p.units.empty(); });
    });
  }

  // Whether item `j` is a 一是/二是 point under item `i` numbered in digits (11.… ⏎ 一是… ⏎ 二是…): the two
  // read as one kind, but the points are the item's.
  bool ShiUnder(size_t j, size_t i) const {
    const Marker& item = At(i).marker;
    const Marker& point = At(j).marker;
    return item.kind == MarkerKind::kArabic && point.kind == MarkerKind::kArabic &&
           point.text.ends_with("是") && !item.text.ends_with("是");
  }

  // 第一件：扩大…学位1.5万个 ⏎ 1．新建…；2．新建…；3．…: a paragraph that numbers its items inline, from 1,
  // right under an item counted as 第N件 (项, 条): the item's points, not a task of their own.
  bool ItemsInlineUnder(size_t j, size_t i) const {
    const Marker& item = At(i).marker;
    const Marker& points = At(j).marker;
    if (item.kind != MarkerKind::kArabic || !item.text.starts_with("第") ||
        points.kind != MarkerKind::kArabic || points.number != 1 || points.text.starts_with("第"))
      return false;
    const std::string_view text = out_.blocks[j].text;
    return internal::ContainsText(text, "；2．") || internal::ContainsText(text, "；2.") ||
           internal::ContainsText(text, "；2、");
  }

  bool HasClause(size_t i, size_t begin, size_t end, const std::vector<bool>& group_ahead) const {
    if (NamesSomeone(At(i).clauses)) return true;
    const int level = MarkerLevel(At(i).marker.kind);
    int nested = 1;  // the number the next item nested under it has (NestedUnder)
    size_t deeper = 0, deeper_at = end;  // the deeper items passed, and the first of them
    // Whether each deeper item but the last has a clause of its own, and whether the last has.
    bool deeper_own = true, last_own = false;
    bool points_with_clause = false, points_without_clause = false;  // the 一是/二是 points passed
    for (size_t j = i + 1; j < end; ++j) {
      const auto rb = At(j);
      if (rb.role == Role::kClause) {
        // 一、扩大需求 ⏎ 1.推动外贸稳规模优结构。 ⏎ 责任单位：…: one sentence numbered under a heading's
        // words, the clause after it: the sentence's (a part of one task), not the heading's. (Under a
        // heading numbered in Chinese: an outline's 2. over 2.1 is read by the outline's rules.)
        const MarkerKind kind = At(i).marker.kind;
        if (deeper == 1 &&
            (kind == MarkerKind::kChineseNumeral || kind == MarkerKind::kParenChineseNumeral) &&
            IsHeadingText(std::string_view(T(i)).substr(At(i).marker.length)) &&
            !IsHeadingText(std::string_view(T(deeper_at)).substr(At(deeper_at).marker.length)))
          return false;
        // 三、专项工作组 ⏎ （一）综合协调组 ⏎ 组长：X ⏎ … ⏎ 主要任务：: the group's lines, its own.
        if (deeper == 1 && TasksLeadInBelow(deeper_at, end)) return false;
        // （一）全力扩大有效需求，推动经济持续回升向好。 ⏎ 10.… ⏎ 责任单位：… ⏎ 11.… ⏎ 责任单位：…: the next
        // item of the kind below after its clause (under the next heading, maybe) numbers on from it, or it
        // from the last above: items a clause each, the clause the first one's. (A group's measures, its
        // clause after the last, 1.… ⏎ 2.… ⏎ 牵头单位：…, are its own.)
        if (deeper == 1) {
          // (The next of its kind is sought past one heading of this item's level at most: a scan to the end
          // for every such item would make a long text of them quadratic.)
          size_t after = PastClauses(j, end);
          for (int headings = 0; after < end && At(after).marker.kind != At(deeper_at).marker.kind; ++after)
            if (At(after).marker.kind != MarkerKind::kNone && MarkerLevel(At(after).marker.kind) <= level &&
                ++headings > 1)
              break;
          if ((after < end && At(after).marker.kind == At(deeper_at).marker.kind &&
               At(after).marker.number == At(deeper_at).marker.number + 1) ||
              NumbersOnFromAbove(deeper_at, i, begin))
            return false;
        }
        // （五）全面推进乡村振兴，加快建设农业强省。 ⏎ 18.…（A牵头，B负责） ⏎ 19.… ⏎ （A牵头，…）: where each
        // item passed but the last has a clause of its own, the one after the last is that item's, not the
        // heading's. (Not where an item before has none: 1.… ⏎ 2.…（A负责） ⏎ 3.… ⏎ （牵头单位：B） is the
        // heading's, all three its sub-items.)
        if (deeper >= 2 && deeper_own && !last_own) return false;
        // 一、…（7项） ⏎ 分管院领导：X ⏎ | 序号 | 重点工作 | …: the leaders of the table's tasks below it, no
        // clause of the heading's. (A Markdown page's raw tag between, <div class="matrix" markdown>, aside.)
        size_t k = Next(j + 1, end);
        while (k < end && out_.blocks[k].kind == BlockKind::kParagraph && T(k).starts_with("<") &&
               T(k).ends_with(">"))
          k = Next(k + 1, end);
        if (k < end && out_.blocks[k].kind == BlockKind::kTableRow && internal::OnlyLeaders(rb.clauses))
          return false;
        return !LastOfUnclausedRun(i, begin);
      }
      if (rb.role == Role::kDecoration || rb.role == Role::kPageBreak) continue;
      // Items of the same kind up to a 以上任务由… clause all share it.
      if (rb.role == Role::kBody && rb.marker.kind == At(i).marker.kind && group_ahead[j - begin])
        return true;
      // Deeper numbered items are this item's sub-items: a clause after them is still its; so are
      // items of its own kind indented under it (NestedUnder).
      if (rb.role == Role::kBody && rb.marker.kind != MarkerKind::kNone &&
          MarkerLevel(rb.marker.kind) > level) {
        if (deeper++ == 0) deeper_at = j;
        if (deeper > 1) deeper_own = deeper_own && last_own;
        last_own = NamesSomeone(rb.clauses);
        continue;
      }
      if (rb.role == Role::kBody && NestedUnder(j, i, nested)) {
        ++nested;
        continue;
      }
      // (The last point may close with the item's clause, the others with none: 1．… ⏎ 一是…； ⏎ 二是…。
      // （牵头单位：A）. Points each with its own clause are tasks of their own.)
      if (rb.role == Role::kBody && ShiUnder(j, i)) {
        const size_t next = Next(j + 1, end);
        if (NamesSomeone(rb.clauses) && (next >= end || !ShiUnder(next, i)) && !points_with_clause &&
            points_without_clause)
          return true;
        (NamesSomeone(rb.clauses) ? points_with_clause : points_without_clause) = true;
        continue;
      }
      if (rb.role == Role::kBody && j == Next(i + 1, end) && ItemsInlineUnder(j, i)) continue;
      if (rb.marker.kind != MarkerKind::kNone || rb.role != Role::kBody) return false;
      if (NamesSomeone(rb.clauses)) return true;  // the item goes on in a paragraph that ends with its clause
    }
    return false;
  }

  // Whether the numbered block j numbers on (its number one past) from the last block numbered alike before
  // `before`.
  bool NumbersOnFromAbove(size_t j, size_t before, size_t begin) const {
    const Marker& m = At(j).marker;
    if (m.number <= 1) return false;
    for (size_t k = before; k-- > begin;)
      if (At(k).marker.kind == m.kind) return At(k).marker.number + 1 == m.number;
    return false;
  }

  // Whether table row i, in a table with no column of numbers, is a 工作项目 over tasks numbered in their own
  // cells: its task cell a heading's words, no number, and the next row's task cell opening with an
  // Arabic number (1．…) in a row whose cells are merged down from this one.
  bool WorkItemRow(size_t i, size_t end, int task_column, int number_column) const {
    if (number_column >= 0 || task_column < 0) return false;
    const std::string& words = RowCell(i, task_column);
    if (words.empty() || internal::ReadMarker(words).kind != MarkerKind::kNone || !IsHeadingText(words))
      return false;
    const size_t next = Next(i + 1, end);
    if (next >= end || out_.blocks[next].kind != BlockKind::kTableRow) return false;
    return internal::ReadMarker(RowCell(next, task_column)).kind == MarkerKind::kArabic &&
           MergedFromAbove(out_.blocks[next]);
  }

  // Whether a cell of table row `row` goes on with a merge from the row above.
  static bool MergedFromAbove(const Block& row) {
    return std::find(row.merged_above.begin(), row.merged_above.end(), true) != row.merged_above.end();
  }

  // Whether the items of `item`'s kind under `heading` number through the document: on from the last before
  // the heading, or on into the next heading's (1.… 2.… under （一）, 3.… under （二）); not from 1 under
  // each, as an item's sub-items do.
  bool NumbersThrough(size_t item, size_t heading, size_t begin, size_t end) const {
    if (NumbersOnFromAbove(item, heading, begin)) return true;
    const MarkerKind kind = At(item).marker.kind;
    const int level = MarkerLevel(At(heading).marker.kind);
    int last = At(item).marker.number;
    for (size_t k = item + 1; k < end; ++k) {
      const Marker& m = At(k).marker;
      if (m.kind == kind) {
        last = m.number;
      } else if (m.kind != MarkerKind::kNone && MarkerLevel(m.kind) <= level) {
        for (size_t j = k + 1; j < end; ++j)
          if (At(j).marker.kind == kind) return last >= 1 && At(j).marker.number == last + 1;
        return false;
      }
    }
    return false;
  }

  // Whether a clause of the items just below the numbered block at i covers it too (16.…；17.…（以上两项由A
  // 牵头，B配合）): a sibling's clause, or a clause line after one, that holds for as many items as reach
  // back to i, with none of the siblings between carrying a clause of its own.
  bool CoveredBelow(size_t i, size_t end) const {
    const MarkerKind kind = At(i).marker.kind;
    int siblings = 0;
    const auto covers = [&](const std::vector<ClauseMatch>& clauses) {
      return std::any_of(clauses.begin(), clauses.end(),
                         [&](const ClauseMatch& m) { return siblings > 0 && m.covers > siblings; });
    };
    for (size_t j = i + 1; j < end && siblings < 3; ++j) {
      const auto rb = At(j);
      if (rb.role == Role::kDecoration || rb.role == Role::kPageBreak) continue;
      if (rb.role == Role::kClause) return covers(rb.clauses);
      if (rb.role != Role::kBody || rb.marker.kind == MarkerKind::kNone) return false;
      if (MarkerLevel(rb.marker.kind) > MarkerLevel(kind)) continue;  // a sub-item
      if (rb.marker.kind != kind) return false;
      ++siblings;
      if (!rb.clauses.empty()) return covers(rb.clauses);
    }
    return false;
  }

  // Whether the numbered paragraph `j` is the list item numbered `number` under the item `i` (1. 实施城市
  // 更新行动，统筹推进以下工作：⏎    1. 改造老旧小区…, as a Markdown converter nests lists): numbered alike,
  // from 1 again (an item that goes on with the item's numbers is its sibling), indented further in the
  // text, under an item that ends with ： (the list it opens). Plain text indents every paragraph alike
  // (　　), or at random: only the colon, the numbers and the indentation together say so.
  bool NestedUnder(size_t j, size_t i, int number) const {
    const Block& item = out_.blocks[i];
    const Block& sub = out_.blocks[j];
    // Indented under a task that ends with a colon, or numbered again from 1 in the body under a task that
    // is a heading (### 15. 巩固拓展脱贫攻坚成果 ⏎ …以下工作： ⏎ 1. …).
    const bool indented = sub.style.indent >= item.style.indent + 2 && item.text.ends_with("：");
    const bool under_heading = item.style.heading_level > 0 && sub.style.heading_level == 0;
    return At(j).marker.kind == At(i).marker.kind && At(j).marker.number == number &&
           (indented || under_heading);
  }

  // 4.持续提振消费活力。（1）…（2）…（A，B，C）: the clause after a run of sub-items none of which has one is
  // the item's above them, not the last sub-item's. True when `i` ends such a run: a sibling of its kind
  // before it, no clause between, and above them an item whose text is a sentence, not a heading.
  bool LastOfUnclausedRun(size_t i, size_t begin) const {
    const MarkerKind kind = At(i).marker.kind;
    bool sibling = false;
    for (size_t j = i; j-- > begin;) {
      const auto rb = At(j);
      if (rb.role == Role::kDecoration || rb.role == Role::kPageBreak) continue;
      if (rb.role == Role::kClause || !rb.clauses.empty()) return false;
      if (rb.role != Role::kBody || rb.marker.kind == MarkerKind::kNone) return false;
      if (rb.marker.kind == kind) {
        sibling = true;
        continue;
      }
      const bool above = MarkerLevel(rb.marker.kind) < MarkerLevel(kind);
      return sibling && above && !IsHeadingText(std::string_view(rb.block.text).substr(rb.marker.length));
    }
    return false;
  }

  // The task level is the marker kind whose items carry clauses most often (the
  // shallower on a tie); without any clause, the arabic items under leader and
  // unit sections (the sample's style). An item at that level is a task when it
  // carries a clause or stands in a leader or unit section; deeper items after a
  // task are its sub-items; other numbered blocks are headings or paragraphs.
  void Tasks(size_t begin, size_t end, bool in_attachment) {
    std::array<int, static_cast<size_t>(MarkerKind::kOutline3) + 1> with_clause{};
    std::vector<bool> has(end - begin, false);
    const std::vector<bool> group_ahead = GroupClausesAhead(begin, end);
    // The items named by number in a paragraph below them (以上第1—3项由…): for each number, the last
    // paragraph that names it. Only items numbered in Arabic digits are named so (一、 is a heading).
    std::vector<size_t> last_named;
    for (size_t i = begin; i < end; ++i)
      for (const auto& [key, value] : At(i).facts.fields)
        if (key == "items") {
          if (last_named.empty()) last_named.assign(internal::kMaxItemNumber, 0);
          for (int n : internal::ItemNumberList(value)) last_named[static_cast<size_t>(n)] = i + 1;
        }
    const auto named_below = [&](const Marker& m, size_t i) {
      const bool arabic = m.kind == MarkerKind::kArabic || m.kind == MarkerKind::kParenArabic ||
                          m.kind == MarkerKind::kOutline2 || m.kind == MarkerKind::kOutline3;
      return arabic && !last_named.empty() && m.number >= 0 && m.number < internal::kMaxItemNumber &&
             last_named[static_cast<size_t>(m.number)] > i + 1;
    };
    const bool above = ClausesAbove(begin, end);
    std::vector<size_t> given;  // the part titles whose own bracket is the items' below them
    bool lead_in_groups = false;  // a heading's clause lines stand over 主要任务： (TasksLeadInBelow)
    for (size_t i = begin; i < end; ++i) {
      const auto rb = At(i);
      if (rb.role != Role::kBody || rb.marker.kind == MarkerKind::kNone) continue;
      if (above) {  // its own clause, or the clause lines over it
        const size_t before = PreviousText(i, begin);
        has[i - begin] = !rb.clauses.empty() || (before < i && TaskClause(At(before)));
      } else {
        has[i - begin] = HasClause(i, begin, end, group_ahead) || named_below(rb.marker, i) ||
                         CoveredBelow(i, end) || !rb.Field("same_above").empty();
        // (A heading's clause lines over items that number on through the parts are those items': the
        // heading owns none. Nor does a heading's own bracket, 一、生态环保（牵头单位：A） ⏎ 1.… ⏎ 2.…: it
        // gives the items below their units.)
        if (const std::string_view title = TitleBeforeClause(rb);
            has[i - begin] && rb.marker.kind != MarkerKind::kArabic && IsHeadingText(title)) {
          const bool lead_in = TasksLeadInBelow(i, end);
          lead_in_groups = lead_in_groups || lead_in;
          if (lead_in || ItemsRunOnBelow(i, end)) {
            has[i - begin] = false;
            // (Its bracket's, or its lines' over 主要任务：: the items below have their units from it, each
            // a task.)
            if (lead_in || title.size() + rb.marker.length < rb.block.text.size()) given.push_back(i);
          }
        }
      }
    }
    for (const size_t i : given) {
      const int level = MarkerLevel(At(i).marker.kind);
      MarkerKind run = MarkerKind::kNone;
      for (size_t j = Next(i + 1, end); j < end; j = Next(j + 1, end)) {
        const MarkerKind kind = At(j).marker.kind;
        if (kind == MarkerKind::kNone || At(j).role != Role::kBody) continue;
        if (MarkerLevel(kind) <= level) break;
        if (run == MarkerKind::kNone) run = kind;
        // (Its items that are tasks, not headings of their own: 一、…（牵头单位：A） ⏎ （一）大气污染治理 ⏎
        // 1.… keeps the 1. items the tasks.)
        if (kind == run && !IsHeadingText(std::string_view(At(j).block.text).substr(At(j).marker.length)))
          has[j - begin] = true;
      }
    }
    // Each run of clause lines over a numbered item is that item's (one walk per run, not per line).
    for (size_t i = begin; above && i < end;) {
      if (out_.blocks[i].role != Role::kClause) {
        ++i;
        continue;
      }
      const size_t after = PastClauses(i, end);
      if (after < end && At(after).role == Role::kBody && At(after).marker.kind != MarkerKind::kNone)
        for (; i < after; ++i)
          if (TaskClause(At(i))) At(i).fields.emplace_back("ahead", "1");
      i = after;
    }
    const std::vector<bool> unnumbered = UnnumberedTasks(begin, end, has);
    for (size_t i = begin; i < end; ++i)
      if (has[i - begin]) ++with_clause[static_cast<size_t>(At(i).marker.kind)];
    MarkerKind task_kind = MarkerKind::kArabic;
    int best = 0;
    for (MarkerKind k : {MarkerKind::kChineseNumeral, MarkerKind::kOutline1, MarkerKind::kParenChineseNumeral,
                         MarkerKind::kOutline2, MarkerKind::kArabic, MarkerKind::kOutline3,
                         MarkerKind::kParenArabic, MarkerKind::kCircled})
      if (with_clause[static_cast<size_t>(k)] > best) {
        best = with_clause[static_cast<size_t>(k)];
        task_kind = k;
      }
    const int task_level = MarkerLevel(task_kind);
    bool in_responsibility = false;  // inside a leader or unit section
    bool after_task = false;
    size_t task_at = end;  // the last task
    int nested = 1;        // the number the next item nested under it has (NestedUnder)
    for (size_t i = begin; i < end; ++i) {
      auto rb = At(i);
      switch (rb.role) {
        case Role::kLeaderHeading:
        case Role::kUnitHeading:
          in_responsibility = true;
          after_task = false;
          continue;
        case Role::kPartHeading:
          in_responsibility = false;
          after_task = false;
          continue;
        case Role::kBody:
          break;
        default:
          continue;
      }
      if (rb.marker.kind == MarkerKind::kNone) continue;
      std::string_view rest = std::string_view(rb.block.text).substr(rb.marker.length);
      if (const std::string_view heading = rb.Field("heading"); !heading.empty())
        rest = heading;  // its leaders aside
      else if (!has[i - begin])
        rest = TitleBeforeClause(rb);  // its bracket for the items below aside
      const int level = MarkerLevel(rb.marker.kind);
      // （一）持续扩大有效投资。: a phrase, its stop aside, under a Chinese numeral: short, or with the
      // leaders of the tasks below it.
      const bool stopped_phrase = level <= 2 && rest.ends_with("。") &&
                                  internal::FindText(rest, "，") == std::string_view::npos &&
                                  (Length(rest) <= 16 || !rb.Field("leaders").empty());
      const bool heading_text = IsHeadingText(stopped_phrase ? rest.substr(0, rest.size() - 3) : rest);
      // 11.抓好… ⏎ 一是… ⏎ 二是…: the points of the task above, on lines of their own.
      if (after_task && task_at < end && (ShiUnder(i, task_at) || ItemsInlineUnder(i, task_at))) {
        rb.role = Role::kSubItem;
        continue;
      }
      // 1. 实施…，统筹推进以下工作：⏎    1. 改造…: items of the task's own kind indented under it.
      if (after_task && task_at < end && NestedUnder(i, task_at, nested)) {
        rb.role = Role::kSubItem;
        ++nested;
        continue;
      }
      // A numbered paragraph that owns a clause is a task even above the task
      // level: a second attachment may number its tasks （一） where the first used 1.
      // A decimal outline's deeper number with its own clause under a heading of the tasks' kind
      // (4.1　重点领域 改革（3项） ⏎ 4.1.1　…【牵头单位】A): a task, numbered in full as the others are. The
      // heading over them is none (a clause after its first number's is that number's).
      const bool outline_task = has[i - begin] && rb.marker.kind == MarkerKind::kOutline3 &&
                                task_kind == MarkerKind::kOutline2 &&
                                (!after_task || At(task_at).marker.kind == MarkerKind::kOutline3);
      const bool outline_heading = heading_text && OutlineBelow(i, end, begin, has);
      // 一、主要预期目标 ⏎ 1．…（A、B） ⏎ 2．…（C） above 二、重点工作任务 ⏎ （一）…: items deeper than the
      // tasks' kind with clauses of their own, under no task of that kind (a section of their own): tasks
      // too.
      const bool deeper_alone = has[i - begin] && level > task_level && !minutes_ &&
                                (!after_task || (At(task_at).marker.kind == rb.marker.kind &&
                                                 MarkerLevel(At(task_at).marker.kind) > task_level));
      if ((rb.marker.kind == task_kind && !outline_heading &&
           (has[i - begin] || in_responsibility || (in_attachment && best == 0) ||
            SubItemsHaveClauses(i, end, begin, has))) ||
          (has[i - begin] && level < task_level &&
           (!heading_text || (TaskClause(rb) && !ClausesUnder(i, end, begin, has)) ||
            (minutes_ && DecidedBelow(i, end)) || (lead_in_groups && NoItemsBelow(i, end)))) ||
          outline_task || deeper_alone) {
        rb.role = Role::kTask;
        after_task = true;
        task_at = i;
        nested = 1;
        // 5.做好…。（分管县领导：黄晓燕） under a unit's heading: the bracket read as a heading's leaders is
        // the task's own, beside the clauses of its text (…由A牵头，B配合。力争…。（市领导：X）).
        if (!rb.Field("leaders").empty()) {
          const size_t at = rb.marker.length + rb.Field("heading").size();  // the bracket
          std::vector<ClauseMatch> own = internal::FindClauses(std::string_view(rb.block.text).substr(at));
          if (internal::OnlyLeaders(own))
            for (ClauseMatch& m : own) {
              m.begin += at;
              m.end += at;
              rb.clauses.push_back(std::move(m));
            }
        }
        ContinuationsOf(i, end);
      } else if (after_task &&
                 (level > task_level || (level > MarkerLevel(At(task_at).marker.kind) && !has[i - begin]))) {
        rb.role = Role::kSubItem;  // (or the 1. 2. with no clause under a （二） heading that is the task)
      } else if (level <= task_level) {
        after_task = false;
        // （一）全力扩大有效需求，推动经济持续回升向好。 ⏎ 10.… ⏎ 责任单位：…: a sentence over a task of the
        // tasks' kind numbered on from the tasks above it is a heading all the same.
        const size_t next = Next(i + 1, end);
        // (4.审议以下法规草案，条件成熟时提请常委会会议表决：, numbered as the tasks are, over items that are
        // tasks: a sentence that opens their list, no heading; they are numbered under it, 4.1, 4.2.)
        if ((heading_text && !(rb.marker.kind == task_kind && OpensListSentence(rest))) ||
            (level < task_level && next < end && At(next).marker.kind == task_kind && has[next - begin] &&
             NumbersThrough(next, i, begin, end))) {
          rb.role = Role::kHeading;
          if (level == 1 && rb.marker.kind != task_kind) in_responsibility = false;
          if (!rb.Field("part_units").empty()) in_responsibility = true;  // its unit leads every task below
          // 一、生态环保（牵头单位：A；配合单位：B） ⏎ 1.… ⏎ 2.…: its own bracket gives them their units.
          if (TaskClause(rb)) in_responsibility = true;
          // 一、产业发展 ⏎ （分管领导：X；牵头部门：A；配合部门：B） ⏎ 1.…: a clause line right under the
          // heading, no task's own, gives the tasks below their units (a task's bracket changing them): its
          // numbered items are tasks, a bracket or none.
          // (Or a run of them, the leaders' lines first: 链长：X ⏎ 副链长：Y ⏎ 市级牵头部门：A ⏎
          // 配合部门：B.)
          for (size_t next = Next(i + 1, end); !above && next < end && At(next).role == Role::kClause;
               next = Next(next + 1, end))
            if (TaskClause(At(next))) {
              in_responsibility = true;
              break;
            }
        }
      }
    }
    if (unnumbered.empty()) return;
    // Numbered from 1 under each heading, as the lost numbering was; after a numbered task, on from it.
    const std::vector<size_t> list_ends = ListEnds(begin, end);
    int number = 0;
    for (size_t i = begin; i < end; ++i) {
      auto rb = At(i);
      if (unnumbered[i - begin] && rb.role == Role::kBody) {
        rb.role = Role::kTask;
        rb.marker.number = ++number;
        for (size_t j = Next(i + 1, end); j < list_ends[i + 1 - begin]; j = Next(j + 1, end))
          out_.blocks[j].role = Role::kSubItem;
      } else if (rb.role == Role::kTask) {
        number = rb.marker.number;
      } else if (internal::IsSectionHeading(rb.role)) {
        number = 0;
      }
    }
  }

  // A header's cell: a name of eight characters at most, no figure, no sentence's mark.
  static bool LooksLikeColumnName(std::string_view cell) {
    return internal::CountCodePoints(cell) <= 8 && !internal::ContainsText(cell, "。") &&
           !internal::ContainsText(cell, "，") &&
           std::none_of(cell.begin(), cell.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
  }

  // A header row that is no task table's: 序号 first, then short labels only (no digits, none a task's or a
  // responsibility's column).
  // Whether a table's header names the leaders and the units each oversees (县政府领导 | 工作分工 | 分管单位
  // | 联系单位), and no task's words or time.
  static bool PortfolioTableHeader(const std::vector<std::string>& cells) {
    bool leader = false, overseen = false;
    for (const std::string& c : cells) {
      for (std::string_view task : {"任务", "事项", "措施", "时限", "时间", "目标", "工作"})
        if (internal::ContainsText(c, task) && c != "工作分工" && c != "分工") return false;
      const std::string_view name = c;
      const bool units = (name.starts_with("分管") || name.starts_with("联系")) &&
                         (c.ends_with("单位") || c.ends_with("部门") || c.ends_with("单位（部门）"));
      overseen = overseen || (units && name.starts_with("分管"));
      // (The leaders by name: 县政府领导, 姓名; not a task table's 分管县领导, 包联县领导 beside its units.)
      if (internal::ContainsText(c, "领导") && !internal::ContainsText(c, "单位")) {
        for (std::string_view role : {"分管", "包联", "联系", "责任", "牵头", "挂钩", "包抓"})
          if (name.starts_with(role)) return false;
        leader = true;
      }
      if (c == "姓名") leader = true;
      // (Nor any other column of units: 配合部门, 业主单位.)
      const internal::Column column = internal::ColumnOf(c);
      if (!units && c != "工作分工" && c != "分工" &&
          (column == internal::Column::kResponsible || column == internal::Column::kLead ||
           column == internal::Column::kCooperating || column == internal::Column::kTask ||
           column == internal::Column::kContent || column == internal::Column::kDeadline))
        return false;
    }
    return leader && overseen;
  }

  static bool OtherTableHeader(const std::vector<std::string>& cells) {
    if (cells.size() < 3 || (cells[0] != "序号" && cells[0] != "编号") || internal::IsTaskTableHeader(cells))
      return false;
    size_t labels = 0;
    for (size_t c = 1; c < cells.size(); ++c) {
      if (cells[c].empty()) continue;
      if (!LooksLikeColumnName(cells[c])) return false;
      const internal::Column column = internal::ColumnOf(cells[c]);
      if (column != internal::Column::kUnknown && column != internal::Column::kDeadline) return false;
      ++labels;
    }
    return labels >= 2;
  }

  // Whether every cell of a row with text is a sign-off's label and value: 审核：欧阳铭, 填表：汤小禾,
  // 联系电话：….
  static bool SignOffRow(const std::vector<std::string>& cells) {
    size_t filled = 0;
    for (const std::string& c : cells) {
      if (c.empty()) continue;
      ++filled;
      bool signed_off = false;
      for (std::string_view label : {"审核", "审签", "复核", "签发", "填表", "填报", "制表", "经办", "联系人",
                                     "联系电话", "审核人", "填表人", "制表人", "经办人"})
        if (std::string_view(c).starts_with(label)) {
          const std::string_view rest = std::string_view(c).substr(label.size());
          signed_off = rest.starts_with("：") || rest.starts_with(":");
          if (signed_off) break;
        }
      if (!signed_off) return false;
    }
    return filled > 0;
  }

  // A note's label on a line of its own: 说明, 注, 备注, 填表说明 (a mark or emoji before it, a colon after).
  static bool NoteLabel(std::string_view text) {
    text = internal::TrimSpaces(text);
    for (std::string_view colon : {"：", ":"})
      if (text.ends_with(colon)) text.remove_suffix(colon.size());
    for (std::string_view label :
         {"填表说明", "填报说明", "填卡说明", "填写说明", "有关说明", "说明", "备注", "注"})
      if (text.ends_with(label)) {  // nothing before it but a mark or an emoji (📌 ), Markdown's ** taken off
        const std::string_view before = internal::TrimSpaces(text.substr(0, text.size() - label.size()));
        return before.empty() || (before.size() <= 4 && static_cast<unsigned char>(before[0]) >= 0xF0);
      }
    return false;
  }

  // Whether the block after `i` is a decimal outline's deeper number with a clause of its own (4.1 ⏎ 4.1.1…
  // 【牵头单位】A): the tasks are those numbers. (2.1 ⏎ 2.1.1 ⏎ 2.1.2 ⏎ 牵头单位：… is 2.1's.)
  bool OutlineBelow(size_t i, size_t end, size_t begin, const std::vector<bool>& has) const {
    const size_t j = Next(i + 1, end);
    return j < end && At(j).marker.kind == MarkerKind::kOutline3 &&
           At(i).marker.kind == MarkerKind::kOutline2 && has[j - begin];
  }

  // A topic of a meeting's minutes (二、关于…的问题) whose decision is the paragraph under it, no item
  // numbered below it: the topic is the task, the paragraph its text and its assignment
  // (由A会同B做好…，C配合).
  bool DecidedBelow(size_t i, size_t end) const {
    for (size_t j = Next(i + 1, end); j < end; j = Next(j + 1, end)) {
      const auto rb = At(j);
      if (rb.marker.kind != MarkerKind::kNone)
        return MarkerLevel(rb.marker.kind) <= MarkerLevel(At(i).marker.kind);
      if (rb.role != Role::kBody) return false;
    }
    return true;
  }

  // Whether an item numbered deeper under heading `i` (before the next of its level or above) has a clause:
  // （二）完善管网规划（A、B负责） ⏎ 1.… ⏎ 2.…, items with none, makes the heading with its own clause
  // (units, not a 包片领导： line under it) the task.
  bool ClausesUnder(size_t i, size_t end, size_t begin, const std::vector<bool>& has) const {
    const int level = MarkerLevel(At(i).marker.kind);
    for (size_t j = Next(i + 1, end); j < end; j = Next(j + 1, end)) {
      const auto rb = At(j);
      if (rb.marker.kind == MarkerKind::kNone) continue;
      if (MarkerLevel(rb.marker.kind) <= level) return false;
      if (has[j - begin]) return true;
    }
    return false;
  }

  // 一、新能源汽车产业链 ⏎ 链长：X ⏎ 牵头部门：A ⏎ 1．… 2．… 3．… ⏎ 二、… ⏎ 4．…: the items of one deeper
  // kind under it number on from those under the item of its kind before it (or those under the next go on
  // from its): the document's items, the part's clause lines theirs, and the item over them a heading.
  // A numbered paragraph's text after its number, up to the bracket of its own clause where one closes it
  // (一、生态环保（牵头单位：A） → 生态环保).
  template <bool kConst>
  static std::string_view TitleBeforeClause(const internal::BlockRef<kConst>& rb) {
    std::string_view text = std::string_view(rb.block.text).substr(rb.marker.length);
    if (rb.clauses.empty() || rb.clauses.front().begin <= rb.marker.length) return text;
    const size_t at = rb.clauses.front().begin - rb.marker.length;
    if (at >= text.size()) return text;
    std::string_view title = text.substr(0, at);
    for (std::string_view open : {"（", "(", "【", "["})
      if (title.ends_with(open)) title.remove_suffix(open.size());
    title = internal::TrimSpaces(title);
    return title.empty() ? text : title;
  }

  // （一）综合协调组 ⏎ 组长：X ⏎ 组长单位：A ⏎ 成员单位：B ⏎ 主要任务： ⏎ 1．… ⏎ 2．…: a work group's
  // heading, its clause lines the group's, over a lead-in that names the numbered items below its tasks
  // (主要任务：, 工作任务：, 重点工作：, 主要职责：), however they are numbered.
  bool TasksLeadInBelow(size_t i, size_t end) const {
    const size_t clauses = Next(i + 1, end);
    if (clauses >= end || out_.blocks[clauses].role != Role::kClause) return false;
    const size_t lead_in = Next(PastClauses(clauses, end), end);
    if (lead_in >= end || At(lead_in).marker.kind != MarkerKind::kNone) return false;
    std::string_view text = internal::TrimSpaces(out_.blocks[lead_in].text);
    if (!text.ends_with("：") && !text.ends_with(":")) return false;
    text = text.substr(0, text.size() - (text.ends_with(":") ? 1 : std::string_view("：").size()));
    bool names_tasks = false;
    for (std::string_view w : {"任务", "工作", "职责"}) names_tasks = names_tasks || text.ends_with(w);
    if (!names_tasks || Length(text) > 8 || internal::ContainsText(text, "、") ||
        internal::ContainsText(text, "，"))
      return false;
    const size_t first = Next(lead_in + 1, end);
    return first < end && At(first).marker.kind != MarkerKind::kNone &&
           MarkerLevel(At(first).marker.kind) > MarkerLevel(At(i).marker.kind);
  }

  // 二、环境整治组 ⏎ 组长：X ⏎ 组长单位：A ⏎ 负责城区环境卫生整治。 ⏎ 三、…: no numbered item under it before
  // the next heading of its rank or higher (its clause lines and prose only). Beside groups whose items are
  // their tasks (TasksLeadInBelow), such a group is a task of its own.
  bool NoItemsBelow(size_t i, size_t end) const {
    const int level = MarkerLevel(At(i).marker.kind);
    for (size_t j = Next(i + 1, end); j < end; j = Next(j + 1, end)) {
      const MarkerKind kind = At(j).marker.kind;
      if (kind == MarkerKind::kNone) continue;
      return MarkerLevel(kind) <= level;
    }
    return true;
  }

  bool ItemsRunOnBelow(size_t i, size_t end) const {
    const MarkerKind kind = At(i).marker.kind;
    const int level = MarkerLevel(kind);
    struct Run {  // the first and last numbers of the deeper items right under a part, of its first's kind
      MarkerKind kind = MarkerKind::kNone;
      int first = -1, last = -1;
    };
    const auto run_under = [&](size_t at, size_t& next_part) {
      Run run;
      next_part = end;
      for (size_t j = Next(at + 1, end); j < end; j = Next(j + 1, end)) {
        const auto rb = At(j);
        if (rb.marker.kind == MarkerKind::kNone) continue;
        if (rb.marker.kind == kind) {
          next_part = j;
          break;
        }
        if (MarkerLevel(rb.marker.kind) <= level) break;
        if (run.kind == MarkerKind::kNone) {
          run.kind = rb.marker.kind;
          run.first = rb.marker.number;
        }
        if (rb.marker.kind == run.kind) run.last = rb.marker.number;
      }
      return run;
    };
    size_t next = end, after = end;
    const Run own = run_under(i, next);
    if (own.kind == MarkerKind::kNone) return false;
    if (next < end)
      if (const Run following = run_under(next, after);
          following.kind == own.kind && following.first > 1 && following.first == own.last + 1)
        return true;
    // (The last part: the one before it, under the same heading or the one before a higher heading —
    // 一、… ⏎ （一）… ⏎ 1. 2. ⏎ 二、… ⏎ （一）… ⏎ 3. 4.: the items number on across it.)
    bool crossed = false;
    for (size_t j = i; j-- > 0;) {
      const MarkerKind k = At(j).marker.kind;
      if (k == kind) {
        size_t its_next = end;
        const Run before = run_under(j, its_next);
        return (its_next == i || crossed) && before.kind == own.kind && own.first > 1 &&
               own.first == before.last + 1;
      }
      if (k != MarkerKind::kNone && MarkerLevel(k) < level) crossed = true;
    }
    return false;
  }

  // 3.促进消费扩容提质。⏎（1）…（牵头单位：A）⏎（2）…（牵头单位：B）: an item of the tasks' kind without a
  // clause of its own is a task when items numbered deeper under it have theirs (its sub-items, each with its
  // units).
  // A sentence that opens a list, its clauses parted by a comma (4.审议以下法规草案，条件成熟时提请常委会会议
  // 表决：); not a task's name over its measures (（9）加大金融支持实体经济力度：).
  static bool OpensListSentence(std::string_view rest) {
    return (rest.ends_with("：") || rest.ends_with(":")) && internal::ContainsText(rest, "，");
  }

  // (Not an item that only opens a list over items that each have a clause of their own: those are the
  // tasks, one a bill each.)
  bool SubItemsHaveClauses(size_t i, size_t end, size_t begin, const std::vector<bool>& has) const {
    const int level = MarkerLevel(At(i).marker.kind);
    const bool opens_list = OpensListSentence(std::string_view(T(i)).substr(At(i).marker.length));
    bool any = false, all = true;
    for (size_t j = Next(i + 1, end); j < end; j = Next(j + 1, end)) {
      const auto rb = At(j);
      if (rb.role == Role::kClause) continue;
      if (rb.role != Role::kBody || rb.marker.kind == MarkerKind::kNone) break;
      if (MarkerLevel(rb.marker.kind) <= level) break;
      if (has[j - begin] && !opens_list) return true;
      any = any || has[j - begin];
      all = all && has[j - begin];
    }
    return any && !all;
  }

  // A clause that assigns one task its units: not a leader line over several (县领导：X), nor a group's
  // (以上任务由…) or items' (第1—3项由…) clause.
  template <typename Ref>
  static bool TaskClause(const Ref& rb) {
    return !rb.clauses.empty() && !internal::OnlyLeaders(rb.clauses) && rb.Field("group").empty() &&
           rb.Field("items").empty();
  }

  // A heading that names the list of who does what under it (二、责任清单, 三、职责分工：), no task of its
  // own.
  static bool ListsResponsibility(std::string_view heading) {
    heading = internal::TrimSpaces(heading);
    for (std::string_view end : {"：", ":", "如下"})
      if (heading.ends_with(end)) heading.remove_suffix(end.size());
    for (std::string_view list : {"责任清单", "责任分工", "任务分工", "职责分工", "分工安排", "责任分解",
                                  "任务分解", "责任落实", "职责任务", "工作职责", "部门职责", "单位职责"})
      if (heading == list) return true;
    return false;
  }

  // The clause of a numbered line at `i` (its text past the number `rest`) that is a label and its value
  // under an item: the first numbered 1 under an item of a shallower number that is no clause line, the
  // next ones on from such a line. nullopt for any other line.
  std::optional<ClauseMatch> SubLineClause(size_t i, size_t begin, std::string_view rest) const {
    const Marker& m = At(i).marker;
    if (m.kind != MarkerKind::kArabic && m.kind != MarkerKind::kParenArabic && m.kind != MarkerKind::kCircled)
      return std::nullopt;
    // A label's colon in its first words, the cheap test, before the patterns.
    if (internal::FindText(rest.substr(0, std::min<size_t>(rest.size(), 3 * 10)), "：") ==
        std::string_view::npos)
      return std::nullopt;
    const size_t p = PreviousText(i, begin);
    if (p == i) return std::nullopt;
    const auto above = At(p);
    const bool run_on = above.role == Role::kClause && above.marker.kind == m.kind &&
                        above.marker.number + 1 == m.number && above.Field("items").empty();
    const bool first = m.number == 1 && above.marker.kind != MarkerKind::kNone &&
                       MarkerLevel(above.marker.kind) < MarkerLevel(m.kind) &&
                       (above.role == Role::kBody || above.role == Role::kHeading) &&
                       !WholeClause(std::string_view(T(p)).substr(above.marker.length)) &&
                       !ListsResponsibility(std::string_view(T(p)).substr(above.marker.length));
    if (!run_on && !first) return std::nullopt;
    // The value alone: no sentence ends in it before a task's text (1．牵头单位：A。推进…;
    // 1．牵头单位：A。配合 单位：B。 is labels only), nor a wide gap (1．牵头单位：A　推进…).
    const std::string_view value = internal::TrimSpaces(rest);
    for (size_t stop = internal::FindText(value, "。"); stop != std::string_view::npos;
         stop = internal::FindTextFrom(value, "。", stop + 3))
      if (stop + 3 < value.size() && !internal::OpensWithClauseLabel(value.substr(stop + 3)))
        return std::nullopt;
    if (internal::ContainsText(value, "　") || internal::ContainsText(value, "  ")) return std::nullopt;
    std::optional<ClauseMatch> clause = WholeClause(rest);
    if (!clause || !internal::FullMatch(Pat::kClauseLine, rest)) return std::nullopt;
    // A run opens with a task's label: its leaders', its units' or its time's (not a group's 组长：,
    // 副组长：, 成员单位：, nor a contact's 负责人：, 联系人：).
    if (!run_on && std::none_of(clause->parts.begin(), clause->parts.end(), [](const ClausePart& part) {
          for (std::string_view group : {"组长", "成员", "负责人", "联系人", "召集人", "指挥长"})
            if (internal::ContainsText(part.label, group)) return false;
          return part.role == ClauseRole::kLeader || part.role == ClauseRole::kDeadline ||
                 part.role == ClauseRole::kLead || part.role == ClauseRole::kCooperating ||
                 part.role == ClauseRole::kResponsible;
        }))
      return std::nullopt;
    const size_t offset = static_cast<size_t>(rest.data() - T(i).data());
    clause->begin += offset;
    clause->end += offset;
    return clause;
  }

  // The units named by the numbered item before `i` (past its clause lines, 责任县领导：X, and up to two
  // lines of its text under it, 目标任务：…), none when it names none: the item whose units a duties' label
  // at `i` gives. nullopt where no item is there (a 方案's 职责分工 after a section's heading,
  // 二、成员单位职责).
  std::optional<std::vector<std::string>> UnitsOfItemAbove(size_t i, size_t begin) const {
    std::vector<std::string> named;
    const auto add = [&](const std::vector<ClauseMatch>& clauses) {
      for (const ClauseMatch& c : clauses)
        for (const ClausePart& p : c.parts)
          if (p.role == ClauseRole::kLead || p.role == ClauseRole::kCooperating ||
              p.role == ClauseRole::kResponsible)
            named.insert(named.end(), p.units.begin(), p.units.end());
    };
    int text_lines = 0;
    for (size_t j = PreviousText(i, begin); j < i; i = j, j = PreviousText(j, begin)) {
      const auto b = At(j);
      if (b.role == Role::kClause) {
        add(b.clauses);
        continue;
      }
      if (b.role != Role::kBody) return std::nullopt;
      const std::string_view text = std::string_view(T(j)).substr(b.marker.length);
      add(internal::FindClauses(text));
      // (Two lines at most, neither a call to all, 各单位要…, 要加强….)
      if (b.marker.kind == MarkerKind::kNone) {
        if (++text_lines > 2 || text.starts_with("各") || text.starts_with("要")) return std::nullopt;
        continue;
      }
      if (internal::ContainsText(text, "职责") || internal::ContainsText(text, "成员")) return std::nullopt;
      return named;
    }
    return std::nullopt;
  }

  static bool NamesOneOf(const std::vector<ClausePart>& parts, const std::vector<std::string>& units) {
    for (const ClausePart& p : parts)
      for (const std::string& u : p.units)
        if (std::find(units.begin(), units.end(), u) != units.end()) return true;
    return false;
  }

  // Whether a line numbered `m` goes on from the units' lines under a duties' label so far: unnumbered as
  // they are, or the next number of theirs (1 first).
  bool DutyLineInTurn(const Marker& m, const std::vector<size_t>& lines) const {
    if (lines.empty()) return m.kind == MarkerKind::kNone || m.number == 1;
    const Marker& before = At(lines.back()).marker;
    return m.kind == before.kind && (m.kind == MarkerKind::kNone || m.number == before.number + 1);
  }

  // The units' lines under one label of their duties (县自然资源局：负责… ⏎ 县发改局（牵头）：负责…): where
  // one says who leads, the units the others name only as responsible help.
  void HelpBesideLeads(const std::vector<size_t>& lines) {
    const auto leads = [&](size_t j) {
      return std::any_of(At(j).clauses.begin(), At(j).clauses.end(), [](const ClauseMatch& c) {
        return std::any_of(c.parts.begin(), c.parts.end(),
                           [](const ClausePart& p) { return p.role == ClauseRole::kLead; });
      });
    };
    if (std::none_of(lines.begin(), lines.end(), leads)) return;
    for (size_t j : lines)
      for (ClauseMatch& c : At(j).clauses)
        for (ClausePart& p : c.parts)
          if (p.role == ClauseRole::kResponsible) p.role = ClauseRole::kCooperating;
  }

  // The block before `i` (decoration and page breaks aside), `i` itself when there is none from `begin`.
  size_t PreviousText(size_t i, size_t begin) const {
    for (size_t j = i; j-- > begin;)
      if (out_.blocks[j].role != Role::kDecoration && out_.blocks[j].role != Role::kPageBreak) return j;
    return i;
  }

  // The first block from `i` on that is no clause line (decoration and page breaks aside).
  size_t PastClauses(size_t i, size_t end) const {
    while (i < end && (out_.blocks[i].role == Role::kClause || out_.blocks[i].role == Role::kDecoration ||
                       out_.blocks[i].role == Role::kPageBreak))
      ++i;
    return i;
  }

  // Whether the range prints each item's clause lines above the item (【牵头单位】A【配合单位】B⏎1.…),
  // not below it: runs of clause lines stand between a heading and its first item twice at least,
  // and none stands after a section's last item (before a heading of its own, or the end), where a
  // notice that prints them below has one.
  bool ClausesAbove(size_t begin, size_t end) const {
    int above = 0;
    for (size_t i = begin; i < end; ++i) {
      const auto rb = At(i);
      if (rb.role != Role::kClause || !TaskClause(rb)) continue;
      const size_t before = PreviousText(i, begin);
      if (before < i && out_.blocks[before].role == Role::kClause) continue;  // a run is judged by its first
      const size_t after = PastClauses(i, end);
      const auto item_level = [&](size_t k) {
        return k < end && At(k).role == Role::kBody ? MarkerLevel(At(k).marker.kind) : 0;
      };
      const int next = item_level(after);
      const int prev = before < i ? item_level(before) : 0;
      const Role prev_role = before < i ? out_.blocks[before].role : Role::kAttachmentTitle;
      const bool prev_heading = (prev > 0 && next > 0 && prev < next) ||
                                prev_role == Role::kAttachmentTitle ||
                                (prev_role != Role::kHeading && internal::IsSectionHeading(prev_role));
      if (prev > 0 && (next == 0 || next < prev)) return false;  // after the last item of its section
      if (next > 0 && prev_heading) ++above;
    }
    return above >= 2;
  }

  // For each block of [begin, end], the first block from it on (decoration aside) past a bulleted
  // list (…以下工作：⏎Ÿ⇥…⏎Ÿ⇥…): list items with no number and no clause. One backward pass, so that
  // asking it for every paragraph of a long list stays linear.
  std::vector<size_t> ListEnds(size_t begin, size_t end) const {
    std::vector<size_t> ends(end - begin + 1, end);
    for (size_t j = end; j-- > begin;) {
      const auto rb = At(j);
      const bool skipped = rb.role == Role::kDecoration || rb.role == Role::kPageBreak ||
                           (rb.role == Role::kBody && rb.block.style.list_item &&
                            rb.marker.kind == MarkerKind::kNone && rb.clauses.empty());
      ends[j - begin] = skipped ? ends[j - begin + 1] : j;
    }
    return ends;
  }

  // Task paragraphs whose numbers a text export lost (Word's or WPS's automatic numbering, saved as
  // text): an unnumbered sentence that carries its clause, or is followed (past a bulleted list
  // under it) by a clause line naming its units (责任单位：…). It stands where a task may start: after
  // a clause, a heading, a numbered item with a clause of its own, or a lead-in (…以下工作： ·
  // 重点抓好以下几方面工作。); not after a paragraph it could go on, nor after a numbered item with no
  // clause (1．扩大有效投资⏎<its text>⏎责任单位：…: that item's text). Taken only when there are three
  // at least, more of them than numbered items with a clause, and most follow the clause of the one
  // before (the evidence that numbers were lost, not that items have bodies). A numbered item whose
  // only clause is a leader line over them (一、…⏎责任县领导：张三⏎<task>) is their heading, and `has`
  // says so. Empty when none is taken.
  std::vector<bool> UnnumberedTasks(size_t begin, size_t end, std::vector<bool>& has) const {
    const std::vector<size_t> list_ends = ListEnds(begin, end);
    std::vector<bool> taken(end - begin, false);
    size_t count = 0, after_clause = 0;
    // Whether block `k` (the one before a candidate) leaves room for a task paragraph to start after
    // it: asked only for a candidate's, as most paragraphs are none.
    const auto opens = [&](size_t k) {
      const auto rb = At(k);
      const std::string_view text = T(k);
      if (rb.marker.kind != MarkerKind::kNone)
        return rb.role != Role::kBody || !rb.clauses.empty() ||
               (MarkerLevel(rb.marker.kind) <= 2 && IsHeadingText(text.substr(rb.marker.length)));
      return (rb.role != Role::kBody && rb.role != Role::kSubItem) || !rb.clauses.empty() ||
             text.ends_with("：") || internal::FindText(text, "以下") != std::string_view::npos;
    };
    size_t before = end;  // the block before, decoration aside; `end` at the range's start
    for (size_t i = begin; i < end; ++i) {
      const auto rb = At(i);
      if (rb.role == Role::kDecoration || rb.role == Role::kPageBreak) continue;
      const size_t prev = std::exchange(before, i);
      // (A bulleted item is no task of its own: the paragraph over the list is, the items its text.)
      if (rb.role != Role::kBody || rb.marker.kind != MarkerKind::kNone || rb.block.style.list_item) continue;
      const size_t next = list_ends[i + 1 - begin];
      if (!TaskClause(rb) && !(next < end && At(next).role == Role::kClause && TaskClause(At(next))))
        continue;
      if ((prev != end && !opens(prev)) || IsShortLine(T(i))) continue;
      taken[i - begin] = true;
      ++count;
      after_clause += prev != end && At(prev).role == Role::kClause && TaskClause(At(prev));
    }
    // The numbered items over them: those whose clauses are leader lines (and a lead-in) just above one.
    const auto heads_tasks = [&](size_t i) {
      size_t j = Next(i + 1, end);
      while (j < end && ((At(j).role == Role::kClause && internal::OnlyLeaders(At(j).clauses)) ||
                         (At(j).role == Role::kBody && At(j).marker.kind == MarkerKind::kNone &&
                          At(j).clauses.empty() && !taken[j - begin])))
        j = Next(j + 1, end);
      return j < end && taken[j - begin];
    };
    size_t numbered = 0;
    for (size_t i = begin; i < end; ++i)
      if (has[i - begin] && !(At(i).clauses.empty() && heads_tasks(i))) ++numbered;
    if (count < 3 || count <= numbered || after_clause < 2 || 2 * after_clause < count) return {};
    for (size_t i = begin; i < end; ++i)
      if (has[i - begin] && At(i).clauses.empty() && heads_tasks(i)) has[i - begin] = false;
    return taken;
  }

  // A heading that is just a unit's name: a county/city prefix, no verb, an organisation's last character.
  // A heading without the count of its items at its end: （8项）, （共8项）, （各4项）, (5项).
  static std::string_view WithoutCount(std::string_view rest) {
    return internal::TrimSpaces(rest.substr(0, internal::TrailingCountStart(rest)));
  }

  // Whether the next block with text opens with a number (县财政局： over 35.…, not an addressee over 现将…).
  bool NextIsNumbered(size_t i, size_t end) const {
    const size_t next = Next(i + 1, end);
    return next < end && At(next).marker.kind != MarkerKind::kNone;
  }

  // （一）县发展和改革局牵头（3项）, （二）县财政局、县税务局共同牵头: units said to lead the items below, no
  // word of the work after them; each a unit's name. Empty for any other heading.
  static std::string_view UnitsLeadingBelow(std::string_view rest) {
    std::string_view units = WithoutCount(rest);
    bool verb = false;
    for (std::string_view v : {"共同牵头", "牵头负责", "牵头"})
      if (!verb && units.ends_with(v)) {
        units.remove_suffix(v.size());
        verb = true;
      }
    // (No word of the work: 县发改局牵头的工作 is the pattern's; 工作局, 任务局 are none.)
    if (!verb || units.empty() || units.find("工作") != std::string_view::npos ||
        units.find("任务") != std::string_view::npos || units.find("事项") != std::string_view::npos)
      return {};
    // (蔚川经济开发区管委会: a unit's name that opens with a place's; three characters at least, no count.)
    for (const std::string& unit : internal::SplitList(units))
      if (!IsUnitName(unit) && !(internal::LooksLikeUnit(unit) && Length(unit) >= 3 && Length(unit) <= 20 &&
                                 !HasSentencePunct(unit) && !internal::ContainsText(unit, "项")))
        return {};
    return units;
  }

  static bool IsUnitName(std::string_view rest) {
    const size_t n = Length(rest);
    if (n < 4 || n > 20 || HasSentencePunct(rest)) return false;
    size_t i = 0, e = rest.size();
    char32_t first = internal::NextCodePoint(rest, i);
    char32_t last = internal::PreviousCodePoint(rest, e);
    // …中心 and …部门 end units' names and topics' (区域科技创新中心, 市场监管部门): a heading's only after a
    // division's name (县, 市政务服务中心), not after 区域, 市场 or 全县.
    if ((last == U'心' || last == U'门') && (rest.starts_with("区域") || rest.starts_with("市场") ||
                                             rest.starts_with("全") || rest.starts_with("各")))
      return false;
    return internal::StartsOrganisation(first) && internal::EndsOrganisation(last) &&
           rest.find("工作") == std::string_view::npos && rest.find("负责") == std::string_view::npos;
  }

  // Heading text: short and without a full stop inside or at its end (a comma
  // may join two phrases: 二、丰富赛事活动，完善赛事体系).
  static bool IsHeadingText(std::string_view rest) {
    if (rest.empty() || Length(rest) > 40) return false;
    for (std::string_view stop : {"。", "；", "！", "？"})
      if (rest.find(stop) != std::string_view::npos) return false;
    // One colon, a heading's own (一、扩大需求： · 一、稳增长扩投资：推动经济运行持续向好); not a label's
    // line (（一）牵头单位：县发改局).
    size_t colons = static_cast<size_t>(std::count(rest.begin(), rest.end(), ':'));
    for (size_t at = internal::FindText(rest, "："); at != std::string_view::npos;
         at = internal::FindTextFrom(rest, "：", at + std::string_view("：").size()))
      ++colons;
    return colons == 0 || (colons == 1 && !internal::OpensWithClauseLabel(rest));
  }

  bool OpensSection(size_t i, size_t end) const {
    i = Next(i, end);
    if (i >= end) return false;
    MarkerKind k = At(i).marker.kind;
    return k == MarkerKind::kChineseNumeral || k == MarkerKind::kParenChineseNumeral;
  }

  RecognizedBlocks out_;
};

}  // namespace

const char* RoleName(Role role) { return kRoleNames[static_cast<size_t>(role)]; }

int MarkerLevel(MarkerKind kind) {
  switch (kind) {
    case MarkerKind::kNone: return 0;
    case MarkerKind::kChineseNumeral: return 1;
    case MarkerKind::kParenChineseNumeral: return 2;
    case MarkerKind::kArabic: return 3;
    case MarkerKind::kParenArabic: return 4;
    case MarkerKind::kCircled: return 5;
    case MarkerKind::kOutline1:
      return 1;
    case MarkerKind::kOutline2:
      return 2;
    case MarkerKind::kOutline3:
      return 3;
  }
  return 0;
}

RecognizedBlocks Recognize(Blocks blocks) { return Recognizer(std::move(blocks)).Run(); }

}  // namespace gongwen

// The rules on the parts around the body (DOMAIN.md §3): 发文字号, dates,
// title, 主送, 附注, 附件说明, 抄送, and whether the issuer is the same throughout.
#include <re2/re2.h>

#include <algorithm>
#include <optional>

#include "core/lists.h"
#include "core/utf8.h"
#include "patterns/catalogue.h"
#include "validate/findings.h"

namespace gongwen::internal {

namespace {

size_t OffsetIn(std::string_view whole, re2::StringPiece part) {
  return static_cast<size_t>(part.data() - whole.data());
}

std::vector<const DocumentBlock*> BlocksWithRole(const Document& doc, Role role) {
  std::vector<const DocumentBlock*> out;
  for (const DocumentBlock& b : doc.blocks)
    if (b.role == role) out.push_back(&b);
  return out;
}

// The last code point of `s` and where it starts; 0 for an empty string.
char32_t LastCodePoint(std::string_view s, size_t* at = nullptr) {
  size_t i = s.size();
  const char32_t cp = i == 0 ? 0 : PreviousCodePoint(s, i);
  if (at) *at = i;
  return cp;
}

// The end of the block's original text, before trailing spaces, markdown marks
// and a line end.
size_t TextEnd(std::string_view o) {
  size_t end = o.size();
  while (end > 0) {
    size_t i = end;
    const char32_t cp = PreviousCodePoint(o, i);
    if (!(IsSpace(cp) || cp == U'*' || cp == U'\r' || cp == U'\n')) break;
    end = i;
  }
  return end;
}

void DocNumber(Findings& f) {
  for (const DocumentBlock* b : BlocksWithRole(f.doc(), Role::kDocNumber)) {
    const std::string_view o = b->original;
    re2::StringPiece open, year, close, ordinal, serial;
    if (!PartialMatch(Pat::kDocNumberParts, o, &open, &year, &close, &ordinal, &serial)) continue;
    if (open != "〔" || close != "〕") {
      const size_t ob = OffsetIn(o, open), cb = OffsetIn(o, close);
      f.Add("GW-DOCNO-BRACKET",
            "发文字号的年份应使用六角括号〔〕，不用" + Quote(std::string(open) + std::string(close)),
            f.At(*b, ob, ob + open.size()),
            {{f.At(*b, ob, ob + open.size()), "〔"}, {f.At(*b, cb, cb + close.size()), "〕"}});
    }
    if (year.size() != 4) {
      const size_t yb = OffsetIn(o, year);
      f.Add("GW-DOCNO-YEAR", "发文字号的年份" + Quote(year) + "应写全四位", f.At(*b, yb, yb + year.size()));
    }
    size_t zeros = 0;
    while (zeros + 1 < serial.size() && serial[zeros] == '0') ++zeros;
    if (!ordinal.empty() || zeros > 0) {
      const size_t sb = ordinal.empty() ? OffsetIn(o, serial) : OffsetIn(o, ordinal);
      const size_t se = OffsetIn(o, serial) + zeros;
      f.Add("GW-DOCNO-SERIAL",
            "发文字号的序号" + Quote(std::string(ordinal) + std::string(serial)) + "不编虚位、不加“第”字",
            f.At(*b, sb, se), {{f.At(*b, sb, se), ""}});
    }
    const std::string& date = f.doc().metadata.date;
    if (year.size() == 4 && date.size() >= 4 && date.substr(0, 4) != year) {
      const size_t yb = OffsetIn(o, year);
      f.Add("GW-DOCNO-DATE-YEAR",
            "发文字号的年份" + Quote(year) + "与成文日期" + Quote(date) + "的年份不一致",
            f.At(*b, yb, yb + year.size()));
    }
    return;  // one number per document
  }
}

// [begin, end) of a date matched by kDateInText or kDateChineseInText: from the
// year through the 日 after the day (the patterns allow spaces before it).
std::pair<size_t, size_t> DateRange(std::string_view o, re2::StringPiece year, re2::StringPiece day) {
  const size_t day_end = OffsetIn(o, day) + day.size();
  const size_t ri = o.find("日", day_end);
  return {OffsetIn(o, year), ri == std::string_view::npos ? day_end : ri + std::string_view("日").size()};
}

bool RealDay(int year, int month, int day) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12 || day < 1) return false;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
}

void Dates(Findings& f) {
  for (const DocumentBlock& b : f.doc().blocks) {
    if (b.role != Role::kDate && b.role != Role::kPrintedBy) continue;
    const std::string_view o = b.original;
    re2::StringPiece input(o.data(), o.size()), year, month, day;
    if (RE2::FindAndConsume(&input, Pattern(Pat::kDateInText), &year, &month, &day)) {
      std::vector<Replacement> fix;
      for (re2::StringPiece part : {month, day})
        if (part.size() == 2 && part[0] == '0') fix.push_back({f.At(b, OffsetIn(o, part), OffsetIn(o, part) + 1), ""});
      const auto [begin, end] = DateRange(o, year, day);
      const std::string text(o.substr(begin, end - begin));
      if (!fix.empty())
        f.Add("GW-DATE-PADDING", "日期" + Quote(text) + "中的月、日不编虚位", f.At(b, begin, end), std::move(fix));
      const int y = std::stoi(std::string(year)), m = std::stoi(std::string(month)), d = std::stoi(std::string(day));
      if (!RealDay(y, m, d)) f.Add("GW-DATE-INVALID", "日期" + Quote(text) + "不存在", f.At(b, begin, end));
      continue;
    }
    input = re2::StringPiece(o.data(), o.size());
    if (RE2::FindAndConsume(&input, Pattern(Pat::kDateChineseInText), &year, &month, &day)) {
      const auto [begin, end] = DateRange(o, year, day);
      f.Add("GW-DATE-FORMAT", "日期" + Quote(o.substr(begin, end - begin)) + "应使用阿拉伯数字书写",
            f.At(b, begin, end));
    }
  }
}

bool IsFinalPunct(char32_t cp) {
  return cp == U'。' || cp == U'.' || cp == U'．' || cp == U'，' || cp == U',' || cp == U'；' || cp == U';' ||
         cp == U'：' || cp == U':' || cp == U'！' || cp == U'!' || cp == U'？' || cp == U'?' || cp == U'、';
}

bool HasSentenceEnd(std::string_view text) {
  for (std::string_view stop : {"。", "！", "？", "；"})
    if (text.find(stop) != std::string_view::npos) return true;
  return false;
}

// The title's blocks. The reader knows a title by its 文种; one without is
// still the short 关于… line after the 发文字号 (or the document's first line).
std::vector<const DocumentBlock*> TitleBlocks(const Document& doc) {
  auto titles = BlocksWithRole(doc, Role::kTitle);
  if (!titles.empty()) return titles;
  size_t i = 0;
  for (size_t k = 0; k < doc.blocks.size(); ++k)
    if (doc.blocks[k].role == Role::kDocNumber || doc.blocks[k].role == Role::kIssuerMark) i = k + 1;
  while (i < doc.blocks.size() && doc.blocks[i].text.empty()) ++i;
  if (i >= doc.blocks.size() || doc.blocks[i].role != Role::kBody) return {};
  std::string_view t = doc.blocks[i].text;
  size_t end = t.size();
  if (end >= 3 && t.substr(end - 3) == "。") end -= 3;  // a title that ends with a full stop is still a title
  if (t.rfind("关于", 0) != 0 && t.find("关于") == std::string_view::npos) return {};
  if (HasSentenceEnd(t.substr(0, end)) || CountCodePoints(t) > 60) return {};
  return {&doc.blocks[i]};
}

void Title(Findings& f) {
  const auto titles = TitleBlocks(f.doc());
  if (titles.empty()) return;
  const DocumentBlock& last = *titles.back();
  const std::string_view o = last.original;
  const size_t end = TextEnd(o);
  size_t at = 0;
  const char32_t cp = LastCodePoint(o.substr(0, end), &at);
  std::string title = f.doc().metadata.title.empty() ? last.text : f.doc().metadata.title;
  if (IsFinalPunct(cp)) {
    f.Add("GW-TITLE-PUNCT", "标题末尾不加标点符号" + Quote(o.substr(at, end - at)), f.At(last, at, end),
          {{f.At(last, at, end), ""}});
    size_t t = title.size();
    if (t > 0 && IsFinalPunct(PreviousCodePoint(title, t))) title.resize(t);
  }
  if (!PartialMatch(Pat::kTitleType, title)) {
    f.Add("GW-TITLE-TYPE", "标题" + Quote(title) + "未以文种（通知、意见、报告等）结尾",
          f.At(last, f.TextStart(last), end));
  }
}

bool LooksLikeAddressees(std::string_view text) {
  if (text.empty() || CountCodePoints(text) > 80 || HasSentenceEnd(text)) return false;
  size_t at = text.size();
  if (!IsHan(PreviousCodePoint(text, at))) return false;
  for (std::string_view unit : {"人民政府", "单位", "部门", "委员会", "管委会"})
    if (text.find(unit) != std::string_view::npos) return true;
  return false;
}

void Addressees(Findings& f) {
  const Document& doc = f.doc();
  // (The last of them: a list may run onto a line of its own, its colon there.)
  if (const auto blocks = BlocksWithRole(doc, Role::kAddressees); !blocks.empty()) {
    const DocumentBlock* b = blocks.back();
    const size_t end = TextEnd(b->original);
    size_t at = 0;
    const char32_t cp = LastCodePoint(std::string_view(b->original).substr(0, end), &at);
    if (cp == U'：' || cp == U':') return;  // a half-width colon is GW-PUNCT-HALFWIDTH's
    f.Add("GW-ADDRESSEE-COLON", "主送机关末尾应加全角冒号“：”", f.At(*b, at, end), {{f.At(*b, end, end), "："}});
    return;
  }
  // Not recognized for want of its colon: the line after the title that names units.
  const auto titles = TitleBlocks(doc);
  if (titles.empty()) return;
  size_t i = static_cast<size_t>(titles.back() - doc.blocks.data()) + 1;
  while (i < doc.blocks.size() && doc.blocks[i].text.empty()) ++i;
  if (i >= doc.blocks.size() || doc.blocks[i].role != Role::kBody) return;
  // Its first line: a line that ends without punctuation may have been joined to the next.
  const DocumentBlock& b = doc.blocks[i];
  const std::string_view first = std::string_view(b.original).substr(0, b.original.find('\n'));
  const size_t end = TextEnd(first);
  const std::string_view line = first.substr(f.TextStart(b), end - std::min(end, f.TextStart(b)));
  if (!LooksLikeAddressees(line)) return;
  f.Add("GW-ADDRESSEE-COLON", "主送机关" + Quote(line) + "末尾应加全角冒号“：”", f.At(b, end, end),
        {{f.At(b, end, end), "："}});
}

void Note(Findings& f) {
  const Document& doc = f.doc();
  bool after_date = false;
  for (const DocumentBlock& b : doc.blocks) {
    if (b.role == Role::kDate) after_date = true;
    if (!after_date || (b.role != Role::kBody && b.role != Role::kAttachmentTitle)) continue;
    const std::string_view o = b.original;
    const size_t begin = f.TextStart(b), end = TextEnd(o);
    const std::string_view text = o.substr(begin, end - begin);
    re2::StringPiece note;
    if (!FullMatch(Pat::kNoteUnbracketed, text, &note)) continue;
    const size_t nb = OffsetIn(o, note), ne = nb + note.size();
    f.Add("GW-NOTE-BRACKET", "附注" + Quote(note) + "应加全角圆括号", f.At(b, begin, end),
          {{f.At(b, begin, nb), "（"}, {f.At(b, ne, end), "）"}});
  }
}

std::string Comparable(std::string_view title) {
  std::string out;
  size_t i = 0;
  // A leading number as the list gives it: 1. 2． 3、
  while (i < title.size() && title[i] >= '0' && title[i] <= '9') ++i;
  if (i > 0) {
    size_t j = i;
    const char32_t cp = j < title.size() ? NextCodePoint(title, j) : 0;
    i = cp == U'.' || cp == U'．' || cp == U'、' ? j : 0;
  }
  while (i < title.size()) {
    const size_t start = i;
    const char32_t cp = NextCodePoint(title, i);
    if (IsSpace(cp) || cp == U'《' || cp == U'》' || cp == U'。') continue;
    out.append(title.substr(start, i - start));
  }
  // A count the list adds after the name (…交办单（共9项）, （3份）): no part of the name.
  out.resize(TrailingCountStart(out));
  return out;
}

void Attachments(Findings& f) {
  const Document& doc = f.doc();
  const auto lists = BlocksWithRole(doc, Role::kAttachmentList);
  if (lists.empty()) return;
  const std::vector<std::string>& listed = doc.metadata.attachments;
  // The attachments themselves: a 附件 / 附件N line after the signature, and the title below it.
  struct Label {
    const DocumentBlock* block;
    int number;
    const DocumentBlock* title;  // its first line
    std::string title_text;      // all its lines
  };
  std::vector<Label> labels;
  bool signed_ = false;
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    const DocumentBlock& b = doc.blocks[i];
    if (b.role == Role::kDate || b.role == Role::kSignature) signed_ = true;
    std::string n;
    if (!signed_ || !FullMatch(Pat::kAttachmentLabel, b.text, &n)) continue;
    const DocumentBlock* title = nullptr;
    size_t j = i + 1;
    for (; j < doc.blocks.size() && !title; ++j)
      if (!doc.blocks[j].text.empty()) title = &doc.blocks[j];
    // A title printed over lines: its lines, read as one.
    std::string text = title ? title->text : "";
    for (; title && title->role == Role::kAttachmentTitle && j < doc.blocks.size() &&
           doc.blocks[j].role == Role::kAttachmentTitle;
         ++j)
      text += doc.blocks[j].text;
    labels.push_back({&b, n.empty() ? 0 : std::stoi(n), title, std::move(text)});
  }
  const DocumentBlock& list = *lists.front();
  if (labels.size() != listed.size()) {
    f.Add("GW-ATTACH-MISMATCH",
          "附件说明列出 " + std::to_string(listed.size()) + " 个附件，文后有 " + std::to_string(labels.size()) + " 个",
          f.At(list, f.TextStart(list), TextEnd(list.original)));
  }
  for (const Label& l : labels) {
    const int k = l.number == 0 ? 1 : l.number;
    if (k > static_cast<int>(listed.size())) {
      f.Add("GW-ATTACH-MISMATCH", "附件" + std::to_string(k) + "不在附件说明中",
            f.At(*l.block, f.TextStart(*l.block), TextEnd(l.block->original)));
    } else if (l.title && Comparable(l.title_text) != Comparable(listed[static_cast<size_t>(k - 1)])) {
      f.Add("GW-ATTACH-MISMATCH",
            "附件" + std::to_string(k) + "的标题" + Quote(l.title_text) + "与附件说明中的" +
                Quote(listed[static_cast<size_t>(k - 1)]) + "不一致",
            f.At(*l.title, f.TextStart(*l.title), TextEnd(l.title->original)));
    }
  }
}

void CopyTo(Findings& f) {
  for (const DocumentBlock* b : BlocksWithRole(f.doc(), Role::kCc)) {
    const std::string_view o = b->original;
    size_t colon = o.find("：");
    colon = colon == std::string_view::npos ? o.find(':') : colon + 2;
    if (colon == std::string_view::npos) continue;
    const size_t end = TextEnd(o);
    size_t last_at = end;
    const char32_t last = LastCodePoint(o.substr(0, end), &last_at);
    const size_t list_end = last == U'。' || last == U'.' || last == U'．' ? last_at : end;
    std::vector<Replacement> fix;
    std::string seen;
    int depth = 0;
    for (size_t i = colon + 1; i < list_end;) {
      const size_t start = i;
      const char32_t cp = NextCodePoint(o, i);
      if (cp == U'（' || cp == U'(') ++depth;
      if (cp == U'）' || cp == U')') --depth;
      if (depth == 0 && (cp == U'、' || cp == U'；' || cp == U';' || cp == U'。')) {
        if (seen.find(o.substr(start, i - start)) == std::string::npos) seen += Quote(o.substr(start, i - start));
        fix.push_back({f.At(*b, start, i), "，"});
      }
    }
    if (!fix.empty()) {
      const Span where = fix.front().span;
      f.Add("GW-CC-SEPARATOR", "抄送机关之间应用全角逗号“，”分隔，不用" + seen, where, std::move(fix));
    }
    if (last != U'。') {
      if (last == U'.' || last == U'．')
        f.Add("GW-CC-PERIOD", "抄送机关末尾应用句号“。”", f.At(*b, last_at, end), {{f.At(*b, last_at, end), "。"}});
      else
        f.Add("GW-CC-PERIOD", "抄送机关末尾应加句号“。”", f.At(*b, end, end), {{f.At(*b, end, end), "。"}});
    }
  }
}

// Whether `issuer` is the first or the last of the issuers a joint mark names one after the other (中共X县委
// 办公室 of 中共X县委办公室X县人民政府办公室): a joint notice is printed by one of them. The rest of the mark
// must be a name of its own, ending as an organisation's (县人民政府 is not one of 古县人民政府's).
bool OneOfJointIssuers(std::string_view mark, std::string_view issuer) {
  if (issuer.empty() || mark.size() <= issuer.size()) return false;
  std::string_view rest;
  if (mark.starts_with(issuer))
    rest = mark.substr(issuer.size());
  else if (mark.ends_with(issuer))
    rest = mark.substr(0, mark.size() - issuer.size());
  else
    return false;
  size_t end = rest.size();
  return CountCodePoints(rest) >= 4 && EndsOrganisation(PreviousCodePoint(rest, end)) &&
         CountCodePoints(issuer) >= 4;
}

void Issuer(Findings& f) {
  const Metadata& md = f.doc().metadata;
  std::string mark = md.issuer_mark;
  if (mark.size() > 6 && mark.compare(mark.size() - 6, 6, "文件") == 0) mark.resize(mark.size() - 6);
  if (mark.empty() || mark.find(' ') != std::string::npos) return;  // joint issuers are listed apart
  const auto signatures = BlocksWithRole(f.doc(), Role::kSignature);
  if (!md.issuer.empty() && md.issuer != mark && !signatures.empty()) {
    const DocumentBlock& b = *signatures.front();
    f.Add("GW-ISSUER-MISMATCH", "发文机关署名" + Quote(md.issuer) + "与发文机关标志" + Quote(mark) + "不一致",
          f.At(b, f.TextStart(b), TextEnd(b.original)));
  }
  if (md.printed_by && !md.printed_by->issuer.empty() && md.printed_by->issuer.rfind(mark, 0) != 0 &&
      !OneOfJointIssuers(mark, md.printed_by->issuer)) {
    for (const DocumentBlock* b : BlocksWithRole(f.doc(), Role::kPrintedBy)) {
      f.Add("GW-ISSUER-MISMATCH",
            "印发机关" + Quote(md.printed_by->issuer) + "与发文机关标志" + Quote(mark) + "不一致",
            f.At(*b, f.TextStart(*b), TextEnd(b->original)));
      break;
    }
  }
}

}  // namespace

void CheckHead(Findings& f) {
  DocNumber(f);
  Dates(f);
  Title(f);
  Addressees(f);
  Note(f);
  Attachments(f);
  CopyTo(f);
  Issuer(f);
}

}  // namespace gongwen::internal

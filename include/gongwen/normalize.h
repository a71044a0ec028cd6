// gongwen/normalize.h — stage 3: repair what conversion broke, and say so.
//
// Converted and archived notices carry scars: markdown marks, page-number lines,
// paragraphs cut in two by a page break, half-width brackets and colons in
// Chinese text, full-width digits, stray spaces between Chinese and numbers. The
// normalizer repairs what is safe to repair. Every repair is an info diagnostic
// with a rule id (GW-NORM-*) and the exact span in the original file; the
// original text of every block stays in Block::original.
#ifndef GONGWEN_NORMALIZE_H_
#define GONGWEN_NORMALIZE_H_

#include "gongwen/block.h"
#include "gongwen/diagnostic.h"
#include "gongwen/export.h"
#include "gongwen/source.h"

namespace gongwen {

struct NormalizeOptions {
  bool strip_markdown = true;  // '#' headings, '**' and '*' emphasis, '\' escapes and hard line
                               // breaks, '- ' bullets, '---' rules; and
                               // the bullets a text export leaves (Ÿ⇥, l⇥: a symbol font's),
                               // the '>' a mail client quotes each line with, and the marks of an
                               // article in a phone's app: keycap numbers 1️⃣, emoji labels its
                               // legend names (👤为责任县领导), PART ⏎ 02 over a section's heading
  bool drop_page_numbers = true;     // lines such as '— 3 —' or '- 12 -'
  bool join_page_breaks = true;      // join a paragraph cut in two by a page break, and the printed lines
                                     // of a table row that became rows of their own (| | …wrapped… |)
  bool resolve_dittos = true;  // a table cell of 同上, 〃, 同前 or a ditto quote → its column's value
                               // in the row above
  bool unfold_side_by_side_tables = true;  // a table printed two tasks to a row (序号 | 任务 | 序号 | 任务) →
                                           // a task a row
  bool split_inline_items = true;  // a paragraph numbering its items inline (如下：1.…；2.…) → one block
                                   // an item
  bool fullwidth_punctuation = true; // '(' ')' ':' ',' ';' in Chinese context → '（' '）' '：' '，' '；'
  bool ascii_alphanumerics = true;   // full-width digits and Latin letters → ASCII
  // Kangxi radicals and compatibility ideographs a PDF's font gave for the ideographs they look like
  // (⼀ ⾏ ⼈, text copied from a PDF) → those ideographs
  bool unified_ideographs = true;
  bool remove_cjk_spaces = true;     // spaces between Chinese text and numbers or Chinese text
};

// Rule ids of the repairs, one per kind of repair.
namespace rules {
inline constexpr const char* kMarkdownHeading = "GW-NORM-MARKDOWN-HEADING";
inline constexpr const char* kMarkdownEmphasis = "GW-NORM-MARKDOWN-EMPHASIS";
inline constexpr const char* kMarkdownList = "GW-NORM-MARKDOWN-LIST";
inline constexpr const char* kMarkdownEscape = "GW-NORM-MARKDOWN-ESCAPE";
inline constexpr const char* kMarkdownFootnote = "GW-NORM-MARKDOWN-FOOTNOTE";
inline constexpr const char* kBulletGlyph = "GW-NORM-BULLET-GLYPH";
inline constexpr const char* kEmojiMark = "GW-NORM-EMOJI-MARK";
inline constexpr const char* kQuoteMark = "GW-NORM-QUOTE-MARK";
inline constexpr const char* kMarkdownRule = "GW-NORM-MARKDOWN-RULE";
inline constexpr const char* kPageNumber = "GW-NORM-PAGE-NUMBER";
inline constexpr const char* kPageHead = "GW-NORM-PAGE-HEAD";
inline constexpr const char* kPageJoin = "GW-NORM-PAGE-JOIN";
inline constexpr const char* kRowJoin = "GW-NORM-ROW-JOIN";
inline constexpr const char* kListJoin = "GW-NORM-LIST-JOIN";
inline constexpr const char* kDitto = "GW-NORM-DITTO";
inline constexpr const char* kEmptyMark = "GW-NORM-EMPTY-MARK";
inline constexpr const char* kImageMark = "GW-NORM-IMAGE-MARK";
inline constexpr const char* kInlineItems = "GW-NORM-INLINE-ITEMS";
inline constexpr const char* kSideBySide = "GW-NORM-SIDE-BY-SIDE";
inline constexpr const char* kStackedRows = "GW-NORM-STACKED-ROWS";
inline constexpr const char* kFullwidthPunct = "GW-NORM-FULLWIDTH-PUNCT";
inline constexpr const char* kAsciiAlnum = "GW-NORM-ASCII-ALNUM";
inline constexpr const char* kIdeograph = "GW-NORM-IDEOGRAPH";
inline constexpr const char* kCjkSpace = "GW-NORM-CJK-SPACE";
inline constexpr const char* kPadSpace = "GW-NORM-PAD-SPACE";
inline constexpr const char* kLabelColon = "GW-NORM-LABEL-COLON";
inline constexpr const char* kOcrMisread = "GW-NORM-OCR-MISREAD";
}  // namespace rules

// Returns the normalized blocks; appends one diagnostic per repair. Blocks that
// carry no text after repair (a markdown rule, a page-number line) are kept with
// empty text, so the block list still accounts for every line of the input. Two
// blocks joined across a page break become one block whose `original` covers
// both and the blank lines between them.
GONGWEN_EXPORT Blocks Normalize(Blocks blocks, const Source& source, Diagnostics& diagnostics,
                                const NormalizeOptions& options = {});

}  // namespace gongwen

#endif  // GONGWEN_NORMALIZE_H_

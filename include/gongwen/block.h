// gongwen/block.h — stage 2: the format-independent blocks every reader produces.
//
// A reader (text today, DOCX next) turns a Source into a flat list of Blocks in
// reading order: paragraphs, table rows and page breaks. Nothing after the
// readers knows which format a document came in. A block keeps its original
// text exactly as in the file; later stages work on `text` and record every
// change they make as a diagnostic.
#ifndef GONGWEN_BLOCK_H_
#define GONGWEN_BLOCK_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "gongwen/diagnostic.h"
#include "gongwen/export.h"
#include "gongwen/source.h"
#include "gongwen/span.h"

namespace gongwen {

enum class BlockKind {
  kParagraph,  // one paragraph (in text input: one non-blank line)
  kTableRow,   // one row of a table; `cells` holds the cell texts
  kPageBreak,  // an explicit page break (form feed, or DOCX w:br type="page")
  kFootnote,   // a footnote or endnote paragraph (DOCX), after the body
};

// "paragraph", "table_row", "page_break", "footnote"
GONGWEN_EXPORT const char* BlockKindName(BlockKind kind);

// Presentation facts a reader saw, kept as hints for recognition (never trusted
// alone: converted files put headings at random levels).
struct BlockStyle {
  int heading_level = 0;  // markdown '#' count or the outline level; 0 = none
  bool bold = false;      // the whole paragraph is bold / emphasised
  bool list_item = false; // a bullet list item ('- ' in markdown)
  bool numbered = false;  // the marker at the start of the text was rendered from automatic numbering (DOCX)
  // Layout facts a package format carries (DOCX), for layout rules; empty/0 when unknown.
  std::string alignment;  // w:jc: "left", "center", "right", "both", "distribute"
  std::string font;       // East Asian font of the first run: "仿宋_GB2312", "黑体"
  double size_pt = 0;     // its size in points
  std::string color;      // its colour, hex "FF0000"
};

// Where a block stands in a package format (DOCX); empty for text input.
struct Location {
  std::string part;   // "word/document.xml", "word/footnotes.xml"
  int paragraph = -1; // 0-based index of the paragraph (or table row) in the part's reading order
  int table = -1;     // 0-based table index in the part, for table rows
  int row = -1;       // 0-based row in that table
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;                // working text (UTF-8); normalized after stage 3
  std::vector<std::string> cells;  // table rows only
  std::vector<uint32_t> cell_begins;  // table rows: where each cell's text starts in `original` (bytes)
  std::string original;            // the source text this block covers, exactly as decoded
  size_t begin = 0;                // [begin, end) in Source::text()
  size_t end = 0;
  Span span;                       // position of `original` in the original file
  BlockStyle style;
  Location location;
};


using Blocks = std::vector<Block>;

// What a reader produces: the source (text and positions) and its blocks.
struct Reading {
  Source source;
  Blocks blocks;
};

// The text reader: one paragraph block per non-blank line; lines of the form
// `| a | b |`, and lines with two or more tabs (rows pasted from a
// spreadsheet), become table rows (markdown separator rows `|---|` included, so
// nothing is lost; the normalizer marks them as decoration); a form feed is a
// page break. Never fails: any decoded text has blocks.
GONGWEN_EXPORT Blocks ReadTextBlocks(const Source& source);

}  // namespace gongwen

#endif  // GONGWEN_BLOCK_H_

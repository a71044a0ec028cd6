// Internal: task tables laid out with spaces, as `pdftotext -layout` prints a PDF's table: columns
// parted by runs of spaces, a row's cells wrapped over several lines, a page's footer and the
// header again where a page breaks the table. Not installed.
#ifndef GONGWEN_LIB_READER_LAYOUT_TABLE_H_
#define GONGWEN_LIB_READER_LAYOUT_TABLE_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "gongwen/block.h"

namespace gongwen::internal {

// A run of a line's text between gaps of two spaces or more.
struct Segment {
  size_t begin = 0;  // bytes, in the text
  size_t end = 0;
  size_t column = 0;  // where it starts on the printed line (a wide character is 2)
  size_t width = 0;
};

// The runs of text[begin, end), a line: `chars`, a character one column wide, as poppler's `pdftotext
// -layout` places them (it maps a glyph's x to a column by the page's mean character width), else a wide
// character two, as a monospace editor shows them; `ideographic`, two ideographic spaces part runs too.
std::vector<Segment> Segments(std::string_view text, size_t begin, size_t end, bool chars = false,
                              bool ideographic = false);

// A layout table of a text: [begin, end) from the start of its header line to the end of its last
// row's last line.
struct LayoutTableRange {
  size_t begin = 0;
  size_t end = 0;
};

// The layout tables of `text`: a header line of four or more cells parted by two spaces or more, the
// first 序号 or 编号 and two others naming a task table's columns (单位, 领导, 部门, 时限, 任务, …),
// then rows, each opening with a number under 序号, their lines, blank lines, page numbers and the
// header repeated; a section row (一、…) alone on its line. The table ends at the first other line.
std::vector<LayoutTableRange> FindLayoutTables(std::string_view text);

// Appends the table's rows to `out`: the header, then a table-row block per row, from its first line
// to the line before the next row (a page's footer and the repeated header inside it), its cells by
// the columns the rows' first lines give, each cell's lines joined as a grid table's are (nothing
// between them where the line above fills its column, a line end where it stops short, or where
// two short names stand one a line). `span` is left for the caller.
void ReadLayoutTable(std::string_view text, LayoutTableRange range, Blocks& out);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_READER_LAYOUT_TABLE_H_

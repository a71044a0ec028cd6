// Internal: pages printed in two columns, as `pdftotext -layout` gives them (a 政府公报): each text line
// holds a line of the left column, a gap, and a line of the right one. Not installed.
#ifndef GONGWEN_LIB_READER_COLUMN_TEXT_H_
#define GONGWEN_LIB_READER_COLUMN_TEXT_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "gongwen/block.h"

namespace gongwen::internal {

// A run of lines set in two columns: [begin, end) from its first line's start to its last line's end;
// `gutter` the character column (a character one, as poppler places them) the right column starts at.
struct ColumnZone {
  size_t begin = 0;
  size_t end = 0;
  size_t gutter = 0;
};

// The two-column zones of `text`. On each page (form feeds part pages) the column where the most
// lines' second runs of text start, after a gap of two spaces or more, is the page's gutter; a zone
// is a run of lines none of which has text across it (just before it), ended by two blank lines, a
// line across the gutter (a title over both columns) or the page's end. It is two columns when four
// lines at least have text either side, both sides read as prose (lines of eight characters or more
// in the middle, lines full to the column's width for the most part: not a table's short cells),
// and few lines hold a third run of text.
std::vector<ColumnZone> FindColumnZones(std::string_view text);

// Appends the zone's lines as paragraph blocks in reading order: each line's left part, then each
// line's right part; a part's `style.column` 1 (left) or 2 (right), its `style.indent` how far it
// stands in from its column's start. `span` is left for the caller.
void ReadColumnZone(std::string_view text, ColumnZone zone, Blocks& out);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_READER_COLUMN_TEXT_H_

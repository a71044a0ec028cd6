// Internal: an AsciiDoc table (pandoc's -t asciidoc, Asciidoctor's own source): rows of cells between two
// |=== fences, each cell opened by '|' at a line's start or after a space, a spec before it or none (a| for
// block content, 2+| spanning two columns), a row's cells over one line or several. Not installed.
#ifndef GONGWEN_LIB_READER_ASCIIDOC_TABLE_H_
#define GONGWEN_LIB_READER_ASCIIDOC_TABLE_H_

#include <string_view>
#include <vector>

#include "gongwen/block.h"
#include "reader/tsv_table.h"

namespace gongwen::internal {

// The tables of `text`: each range from the line after an opening |=== to the closing one's start. None in a
// text without a |=== line; a fence left open is no table.
std::vector<TsvTableRange> FindAsciiDocTables(std::string_view text);

// Appends a table-row block per row of the range: as many cells as the table has columns (its cols="…"
// attribute on the line above the fence, else the cells of the first line), a spanning cell's value in its
// first column and the others empty; a cell's lines joined, a soft wrap by a space and a blank line (a new
// paragraph) or a hard break (` +`) by a line end; `cell_begins` where each cell's text starts in the row.
// `span` is left for the caller.
void ReadAsciiDocTable(std::string_view text, TsvTableRange range, Blocks& out);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_READER_ASCIIDOC_TABLE_H_

// Internal: grid tables in text, drawn with box-drawing characters (┌─┬─┐ │ ├─┼─┤ └─┴─┘, as a text
// browser or a converter prints a table) or with + - = | (pandoc's grid tables), whose rows run
// over several lines when their cells wrap. Not installed.
#ifndef GONGWEN_LIB_READER_GRID_TABLE_H_
#define GONGWEN_LIB_READER_GRID_TABLE_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "gongwen/block.h"

namespace gongwen::internal {

// A grid table of a text: [begin, end) from the start of its top border line to the end of its
// bottom border line.
struct GridTableRange {
  size_t begin = 0;
  size_t end = 0;
};

// The grid tables of `text`, in order: a border line, then one or more rows of lines that open and
// close with a column rule (│ or |), each run of them closed by a border line. (The text reader
// asks only when a line opens with + or a box-drawing character.)
std::vector<GridTableRange> FindGridTables(std::string_view text);

// Appends the table's rows to `out`: a table-row block per run of lines between two border lines,
// its cells the pieces between the column rules, each cell's pieces joined line by line: with
// nothing between them when the piece above fills its column (a line wrapped there, inside a word or
// a name; a space between two Latin letters or digits), else with a line end (a line ended by the
// writer: one leader or one unit a line). A row with fewer cells than the table's first (a section
// row spanning the table) has empty cells after its own. Where the rules line up on a grid (a converter's
// or a text browser's table), the cells are read column by column instead: a cell runs down its column to
// the next rule there, over rows a rule in another column parts (a merged cell, its lines printed in its
// first row, centred as w3m prints them, or on the rules it crosses), and is the first row's, the rows
// below it merged_above; a row is each run of lines no rule crosses. The rows' originals cover the table:
// the border line above a row is its, the bottom border the last row's. `span` is left for the caller.
void ReadGridTable(std::string_view text, GridTableRange range, Blocks& out);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_READER_GRID_TABLE_H_

// Internal: a page whose text stands in text boxes placed on it, put back in reading order. A PDF's or an
// OFD's page converted to DOCX "keeping the layout" has no paragraphs and no tables: a box for each printed
// line or table cell, placed by its offset from the page's corner, and the table's rules drawn as lines.
// The tables the rules draw are rebuilt as rows of cells (a cell merged over rows or columns where no rule
// parts them), and the other boxes are read line by line, top to bottom, left to right. Geometry only (EMU);
// the DOCX reader reads the boxes' text. Not installed.
#ifndef GONGWEN_LIB_DOCX_PLACED_H_
#define GONGWEN_LIB_DOCX_PLACED_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace gongwen::internal {

// A box's place on its page: its top left corner and its size.
struct PlacedBox {
  int64_t x = 0, y = 0, w = 0, h = 0;
};

// A line drawn on the page, from (x0, y0) to (x1, y1). Only level and upright ones are a table's rules.
struct PlacedRule {
  int64_t x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

struct PlacedCell {
  std::vector<size_t> boxes;  // the boxes in it, top to bottom (indices into the boxes laid out)
  bool merged_above = false;  // it continues the cell above (no rule parts them), whose text it shares
  bool spanned = false;       // it continues the cell on its left, in the same row
};

struct PlacedTable {
  std::vector<std::vector<PlacedCell>> rows;  // each row's cells, one a column of the grid the rules draw
};

struct PlacedItem {
  bool is_table = false;
  size_t index = 0;  // a box's (into the boxes laid out), or a table's (into PlacedLayout::tables)
};

struct PlacedLayout {
  std::vector<PlacedItem> order;  // every box outside a table, and every table, in reading order
  std::vector<PlacedTable> tables;
};

// The boxes and rules of one page in reading order. A table is a set of rules that meet, two columns wide
// at least; a box is in the cell its centre falls in. Rules past a few thousand draw no table (a page has
// some hundreds at most), so that a hostile file costs no more than a page's worth of work.
PlacedLayout LayOutPlaced(const std::vector<PlacedBox>& boxes, const std::vector<PlacedRule>& rules);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_DOCX_PLACED_H_

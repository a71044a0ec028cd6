// Internal: HTML tables inside text, as document converters write them into Markdown when a
// table has merged cells (PDF converters put `<table><tr><td rowspan="2">…</table>` on one line;
// pandoc's GitHub Markdown writes `<table>` / `<thead>` / `<tr class="odd">` / `<td><p>…</p></td>`
// over many lines). Not installed.
#ifndef GONGWEN_LIB_READER_HTML_TABLE_H_
#define GONGWEN_LIB_READER_HTML_TABLE_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "gongwen/block.h"

namespace gongwen::internal {

class CssCounters;

// An HTML table of a text: [begin, end) from its `<table` to just after its `</table>`.
struct HtmlTableRange {
  size_t begin = 0;
  size_t end = 0;
};

// The outermost HTML tables of `text`, in order: `<table>`s, and elements a WAI-ARIA role makes tables
// (`<div role="table">` around `role="row"`s, as a page lays out a table in CSS grid), from the
// element to its end tag. A table with no end tag after it is no table (its lines stay paragraphs);
// tables inside a table's cells are part of that table; one inside a comment or an attribute's value is none.
// In a saved web page (`page`), a table that holds another is the page's layout (an old site's template
// puts its navigation, the article and the footer in the cells of one): the tables inside it are sought.
std::vector<HtmlTableRange> FindHtmlTables(std::string_view text, bool page = false);

// Appends the table's rows to `out`: a table-row block per `<tr>` (or `role="row"` element, its child
// elements the cells), its `original` the row's HTML
// and [begin, end) where that stands in `text` (the markup after a row, up to the next, is its
// too, and the table's opening the first row's: the blocks cover the table); its cells as the grid has them
// (a cell merged across columns, colspan, leaves the columns it covers empty; one merged down, rowspan, is
// empty in the rows below its first, with `merged_above` set, as the DOCX reader gives w:vMerge), their
// entities decoded, `<br>` and paragraph ends as line ends, other tags dropped; `cell_begins`
// where each cell's content starts in the row's HTML; `text` the row as `| a | b |` on one line.
// A `<caption>` becomes a paragraph block. `span` is left for the caller.
// `counters`: the page's CSS counters (reader/css_counters.h), stepped by the cells' elements, the numbers
// they generate written into the cells.
void ReadHtmlTable(std::string_view text, HtmlTableRange range, Blocks& out, CssCounters* counters = nullptr);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_READER_HTML_TABLE_H_

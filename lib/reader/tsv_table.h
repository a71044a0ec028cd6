// Internal: a table pasted from a spreadsheet (Excel, WPS) as tab-separated text, or a sheet saved as
// CSV, where a cell holding line breaks (or, in CSV, commas) is quoted ("县发改局
// 县财政局") and a quote inside a quoted cell is doubled. Not installed.
#ifndef GONGWEN_LIB_READER_TSV_TABLE_H_
#define GONGWEN_LIB_READER_TSV_TABLE_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "gongwen/block.h"

namespace gongwen::internal {

// A run of records of a text: [begin, end) from its first record's start to its last record's end
// (its line end not included).
struct TsvTableRange {
  size_t begin = 0;
  size_t end = 0;
};

// The runs of consecutive tab-separated records (two tabs or more each) that hold a quoted cell: the
// tables whose rows may run over several lines. None in a text without both a tab and a '"'; a run
// with no quoted cell is left to the line reader, a row a line.
std::vector<TsvTableRange> FindTsvTables(std::string_view text);

// Appends a table-row block per record of the run: its cells unquoted (a doubled quote one, a line
// break inside a line end), trimmed; `cell_begins` where each cell's text starts in the record;
// `original` the record, over all its lines; `text` the row as `| a | b |` on one line. `span` is
// left for the caller.
void ReadTsvTable(std::string_view text, TsvTableRange range, Blocks& out);

// A spreadsheet saved as CSV (Excel's “CSV (逗号分隔)”): runs of three records or more, each of the same
// number of comma-separated cells, three or more (a spreadsheet writes each row to the last column
// used), two of them with three cells filled at least and one of those a header (short column names);
// none a pipe table's row, an indented or numbered paragraph, or one with a cell after “, ” (prose). A
// quoted cell holds commas and line breaks.
std::vector<TsvTableRange> FindCsvTables(std::string_view text);

// Appends the blocks of a CSV run: from the first record with three cells filled to the last, a
// table-row block each (as ReadTsvTable's); above and below, what a notice kept in a sheet puts in
// one cell of a row (the title, the body, the signature), paragraphs: a line each of a record's one
// filled cell, or its filled cells in one line parted by a wide space.
void ReadCsvTable(std::string_view text, TsvTableRange range, Blocks& out);

// A table a browser copied from a web page, pasted as text: its cells parted by tabs and its rows by line
// ends, but a cell's own line breaks left in, unquoted, so that a row runs over lines; a section row a line
// of its own with no tab. A run from a header line (three short column names or more) over rows opening
// with their numbers; only one where a row runs over lines (otherwise the line reader reads it, a row a
// line).
std::vector<TsvTableRange> FindPastedTables(std::string_view text);

// A table-row block per row of the run (its cells trimmed, a cell's line breaks kept), the header's too,
// and a paragraph per section line.
void ReadPastedTable(std::string_view text, TsvTableRange range, Blocks& out);

// A web page's table as a scraper's text gives it (each cell's text a line of its own, get_text("\n"); a
// blank line between cells or none): a header of column names a line each, 序号 or 编号 first, four or
// more; then rows, each opening with a line that is its number alone (1, 2, … in turn), and section lines
// (一、…) between them. A cell may run over several lines: prose lines (ending with 。) go to the text
// columns, the first line to the first; the lines after the last prose line to the columns after the text
// columns, one each from the right, the lines to spare to the first of them. The run ends at a blank line
// (where cells have none between them), a 注/说明 line, or the last row's cells all read.
std::vector<TsvTableRange> FindCellLineTables(std::string_view text);

// A table-row block for the header and for each row (a cell's lines joined by line ends), a paragraph for
// each section line.
void ReadCellLineTable(std::string_view text, TsvTableRange range, Blocks& out);

// A sheet's rows as Dify's knowledge base keeps them (its Excel extractor makes a row a segment of its filled
// cells, `"列名":"值";"列名":"值"`, each named by the sheet's first row; its cleaning may cut the leading
// quote; a value may hold line breaks): runs of three such records or more, one of three pairs at least, each
// opening a line, blank lines between them or none. None in a text without `":"`.
std::vector<TsvTableRange> FindKeyValueTables(std::string_view text);

// The blocks of such a run. Where the records' keys name their columns (序号, 重点工作任务, …), a header
// row of the keys, all records' in their order (over the first record of two pairs or more, at its keys'
// places), and a row a record, each value in its key's column. Where they do not (the sheet's first row a title: every key 附件 or None), the
// first record whose values are all short column names is the header, and a row's values fill the columns
// in order; a row short of them (empty cells left out) places a time in the time column and persons in the
// leaders', the rest from the left. A record of one value is a section row where it reads as one (一、…),
// else a paragraph of its value (the title above the header, a 注 below the rows).
void ReadKeyValueTable(std::string_view text, TsvTableRange range, Blocks& out);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_READER_TSV_TABLE_H_

// gongwen/ledger.h — the task ledger (任务台账): one row per task, for the
// spreadsheets (Excel, WPS) the staff of a 督查督办 office work in.
//
//   std::vector<gongwen::LedgerRow> rows;
//   gongwen::AppendLedgerRows(document, rows);   // for each document
//   gongwen::WriteLedgerCsv(rows, std::cout);
//
// Columns, in order: 序号, 任务内容, 责任领导, 牵头单位, 配合单位, 完成时限, 所属部分,
// 来源文件. Several values in one cell are joined with "、"; the section path with
// " / ". Rows are made from the Document only: the emitters never parse.
#ifndef GONGWEN_LEDGER_H_
#define GONGWEN_LEDGER_H_

#include <array>
#include <cstddef>
#include <ostream>
#include <span>
#include <string>
#include <vector>

#include "gongwen/document.h"
#include "gongwen/export.h"
#include "gongwen/status.h"

namespace gongwen {

inline constexpr size_t kLedgerColumns = 8;

// The header row, in Chinese.
GONGWEN_EXPORT const std::array<const char*, kLedgerColumns>& LedgerHeader();

struct LedgerRow {
  std::array<std::string, kLedgerColumns> cells;
};

// Appends one row per task of `document`, in document order.
GONGWEN_EXPORT void AppendLedgerRows(const Document& document, std::vector<LedgerRow>& rows);

// CSV as Excel and WPS open it without asking: UTF-8 with a byte-order mark,
// CRLF line ends, fields quoted when they hold a comma, a quote or a line break
// (RFC 4180). Returns false when the stream failed.
GONGWEN_EXPORT bool WriteLedgerCsv(std::span<const LedgerRow> rows, std::ostream& out);

struct LedgerXlsxResult {
  size_t rows = 0;
  // Cells longer than a spreadsheet cell holds (32 767 characters) are cut and
  // end in "…（已截断）"; how many were. The full text is in the JSON.
  size_t truncated_cells = 0;
};

// An .xlsx workbook with one sheet, 任务台账: a bold, shaded header row that stays
// in place when scrolling, an autofilter on every column, column widths fitted to
// the text (Chinese characters count double) and wrapped task text. Written with
// libxlsxwriter to `path`; a Status names the path when it cannot be written.
GONGWEN_EXPORT Result<LedgerXlsxResult> WriteLedgerXlsx(std::span<const LedgerRow> rows,
                                                        const std::string& path);

}  // namespace gongwen

#endif  // GONGWEN_LEDGER_H_

// The task ledger (gongwen/ledger.h): rows made from a Document, written as CSV
// by hand (a few lines of RFC 4180) and as XLSX through libxlsxwriter.
#include "gongwen/ledger.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>
#include <unordered_map>

#include "core/utf8.h"

namespace gongwen {

namespace {

constexpr const char* kJoin = "、";
constexpr const char* kPathJoin = " / ";

template <typename Range, typename Fn>
std::string Join(const Range& items, const char* separator, Fn&& text) {
  std::string out;
  for (const auto& item : items) {
    std::string piece = text(item);
    if (piece.empty()) continue;
    if (!out.empty()) out += separator;
    out += piece;
  }
  return out;
}

std::string SectionLabel(const Section& s) { return s.marker + s.heading; }

}  // namespace

const std::array<const char*, kLedgerColumns>& LedgerHeader() {
  static const std::array<const char*, kLedgerColumns> kHeader = {
      "序号", "任务内容", "责任领导", "牵头单位", "配合单位", "完成时限", "所属部分", "来源文件"};
  return kHeader;
}

void AppendLedgerRows(const Document& document, std::vector<LedgerRow>& rows) {
  std::unordered_map<std::string, const Section*> sections;
  for (const Section& s : document.sections) sections.emplace(s.id, &s);
  const auto identity = [](const std::string& s) { return s; };
  for (const Task& task : document.tasks) {
    LedgerRow row;
    row.cells[0] = task.id;
    row.cells[1] = task.text;
    // 王某副县长兼县公安局局长: the posts joined by 兼, as concurrent posts are written, so that 、
    // separates leaders only.
    row.cells[2] = Join(task.leaders, kJoin, [](const Leader& l) {
      std::string cell = l.name;
      for (size_t k = 0; k < l.titles.size(); ++k) cell += (k == 0 ? "" : "兼") + l.titles[k];
      return cell;
    });
    row.cells[3] = Join(task.lead_units, kJoin, identity);
    row.cells[4] = Join(task.cooperating_units, kJoin, identity);
    row.cells[5] = task.deadline ? task.deadline->text : "";
    row.cells[6] = Join(task.section_path, kPathJoin, [&](const std::string& id) {
      const auto it = sections.find(id);
      return it == sections.end() ? std::string() : SectionLabel(*it->second);
    });
    row.cells[7] = document.source.path;
    rows.push_back(std::move(row));
  }
}

namespace {

void CsvField(std::string_view field, std::ostream& out) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    out << field;
    return;
  }
  out << '"';
  for (const char c : field) {
    if (c == '"') out << '"';
    out << c;
  }
  out << '"';
}

void CsvRow(const auto& cells, std::ostream& out) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out << ',';
    CsvField(cells[i], out);
  }
  out << "\r\n";
}

}  // namespace

bool WriteLedgerCsv(std::span<const LedgerRow> rows, std::ostream& out) {
  out << "\xEF\xBB\xBF";  // the BOM: without it Excel reads UTF-8 as the local code page
  CsvRow(LedgerHeader(), out);
  for (const LedgerRow& row : rows) CsvRow(row.cells, out);
  return static_cast<bool>(out);
}

namespace {

constexpr size_t kMaxCellChars = 32767;  // what an Excel cell holds
constexpr const char* kTruncatedMark = "…（已截断）";
// Column widths in character units: at least the header's, at most these.
constexpr std::array<double, kLedgerColumns> kMaxWidth = {10, 60, 16, 30, 36, 20, 40, 40};

// Display width in spreadsheet units (a Chinese character is two).
double Width(std::string_view text) {
  double width = 0, line = 0;
  for (size_t i = 0; i < text.size();) {
    const char32_t cp = internal::NextCodePoint(text, i);
    if (cp == U'\n') {
      width = std::max(width, line);
      line = 0;
      continue;
    }
    line += internal::DisplayWidth(cp);
  }
  return std::max(width, line);
}

struct WorkbookCloser {
  void operator()(lxw_workbook* w) const { workbook_close(w); }
};

Status XlsxError(const std::string& path, const char* what, lxw_error error) {
  return Status(StatusCode::kIoError, std::string(what) + ": " + lxw_strerror(error)).WithFile(path);
}

}  // namespace

Result<LedgerXlsxResult> WriteLedgerXlsx(std::span<const LedgerRow> rows, const std::string& path) {
  LedgerXlsxResult result;
  {
    // libxlsxwriter only opens the file at the end, and then prints its failure to
    // stderr; a library must not print, so the path is tried first.
    std::ofstream probe(path, std::ios::binary | std::ios::trunc);
    if (!probe)
      return Status(StatusCode::kIoError, std::string("cannot open for writing: ") + std::strerror(errno))
          .WithFile(path);
  }
  lxw_workbook_options options = {};
  options.constant_memory = LXW_TRUE;  // rows go to disk as they are written: memory stays flat
  std::unique_ptr<lxw_workbook, WorkbookCloser> book(workbook_new_opt(path.c_str(), &options));
  if (!book) return Status(StatusCode::kIoError, "cannot create the workbook").WithFile(path);
  lxw_worksheet* sheet = workbook_add_worksheet(book.get(), "任务台账");
  if (sheet == nullptr) return Status(StatusCode::kInternal, "cannot add a worksheet").WithFile(path);

  lxw_format* header = workbook_add_format(book.get());
  format_set_bold(header);
  format_set_bg_color(header, 0xD9E1F2);
  format_set_border(header, LXW_BORDER_THIN);
  format_set_align(header, LXW_ALIGN_CENTER);
  format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
  format_set_font_name(header, "宋体");
  lxw_format* body = workbook_add_format(book.get());
  format_set_text_wrap(body);
  format_set_align(body, LXW_ALIGN_VERTICAL_TOP);
  format_set_border(body, LXW_BORDER_THIN);
  format_set_font_name(body, "宋体");

  // Widths first: in constant-memory mode a row cannot be revisited.
  std::array<double, kLedgerColumns> width{};
  for (size_t c = 0; c < kLedgerColumns; ++c) width[c] = Width(LedgerHeader()[c]) + 2;
  for (const LedgerRow& row : rows) {
    for (size_t c = 0; c < kLedgerColumns; ++c) {
      width[c] = std::max(width[c], std::min(Width(row.cells[c]) + 1, kMaxWidth[c]));
    }
  }
  for (size_t c = 0; c < kLedgerColumns; ++c) {
    worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width[c], nullptr);
  }
  worksheet_freeze_panes(sheet, 1, 0);
  const lxw_row_t last = static_cast<lxw_row_t>(rows.size());
  worksheet_autofilter(sheet, 0, 0, last, static_cast<lxw_col_t>(kLedgerColumns - 1));

  for (size_t c = 0; c < kLedgerColumns; ++c) {
    if (lxw_error e =
            worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), LedgerHeader()[c], header)) {
      return XlsxError(path, "header", e);
    }
  }
  std::string cut;
  for (size_t r = 0; r < rows.size(); ++r) {
    for (size_t c = 0; c < kLedgerColumns; ++c) {
      const std::string* text = &rows[r].cells[c];
      if (internal::CountCodePoints(*text) > kMaxCellChars) {
        cut.assign(
            internal::PrefixCodePoints(*text, kMaxCellChars - internal::CountCodePoints(kTruncatedMark)));
        cut += kTruncatedMark;
        text = &cut;
        ++result.truncated_cells;
      }
      if (lxw_error e = worksheet_write_string(sheet, static_cast<lxw_row_t>(r + 1),
                                               static_cast<lxw_col_t>(c), text->c_str(), body)) {
        return XlsxError(path, "row", e);
      }
    }
  }
  result.rows = rows.size();
  if (lxw_error e = workbook_close(book.release())) return XlsxError(path, "cannot write the workbook", e);
  return result;
}

}  // namespace gongwen

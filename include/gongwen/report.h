// gongwen/report.h — writing validation findings for people and for tools.
//
// Emitters of the findings Validate() returned: compiler-style text (the form
// editors and CI logs already understand), and SARIF 2.1.0 for code-scanning
// systems. The JSON form is WriteFindingsJson in json.h. Like every emitter they
// read the Document and the findings and never parse.
#ifndef GONGWEN_REPORT_H_
#define GONGWEN_REPORT_H_

#include <ostream>
#include <span>

#include "gongwen/diagnostic.h"
#include "gongwen/document.h"
#include "gongwen/export.h"

namespace gongwen {

struct TextReportOptions {
  bool color = false;        // ANSI colours (the CLI sets it on a terminal unless NO_COLOR is set)
  bool source_lines = true;  // quote the source line under each finding, with a caret under the place
  bool summary = true;       // a last line counting errors, warnings and infos
};

// For each finding:
//   notice.txt:12:5: warning: 中文语境中的半角“(”改为全角“（” [GW-PUNCT-HALFWIDTH]
//      12 | 县发展和改革局(牵头)
//         |       ^
// Columns count Unicode code points; the caret allows for double-width Chinese.
GONGWEN_EXPORT void WriteFindingsText(const Document& document, const Diagnostics& findings,
                                      std::ostream& out, const TextReportOptions& options = {});

// One validated document, for reports that cover several.
struct ReportedDocument {
  const Document* document;
  const Diagnostics* findings;
};

// A SARIF 2.1.0 log with one run: every rule of the catalogue in
// tool.driver.rules (description, default level, wrong/right examples as help),
// one artifact per document, one result per finding with its region (line,
// column in code points; byte offset and length for text input) and its fix as
// a replacement.
GONGWEN_EXPORT void WriteSarif(std::span<const ReportedDocument> documents, std::ostream& out);

}  // namespace gongwen

#endif  // GONGWEN_REPORT_H_

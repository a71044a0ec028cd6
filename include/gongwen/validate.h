// gongwen/validate.h — stage 6: check a draft like a compiler checks code.
//
// Validate() reads a Document (as extract built it) and returns findings: each
// a Diagnostic with a stable rule id, a severity, a message in Chinese, the
// exact span, and where it is safe, a fix. The rules are one catalogue (Rules()),
// each with a wrong and a right example that the tests run, so the catalogue,
// the checks and docs/rules.md cannot drift apart.
//
//   auto doc = gongwen::ExtractFile("draft.txt");
//   gongwen::Diagnostics findings = gongwen::Validate(*doc);
//
// The reader's own diagnostics (repairs GW-NORM-*, undecided cases GW-BUILD-*,
// decoding GW-SOURCE-*) are findings too: a half-width bracket the normalizer
// repaired is reported as GW-PUNCT-HALFWIDTH (a warning: it is visible in the
// draft); conversion artefacts (markdown marks, page numbers) stay info.
//
// Thread safety: no state; a ValidateOptions may be shared by any threads.
#ifndef GONGWEN_VALIDATE_H_
#define GONGWEN_VALIDATE_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gongwen/diagnostic.h"
#include "gongwen/document.h"
#include "gongwen/export.h"
#include "gongwen/status.h"

namespace gongwen {

enum class RuleScope {
  kText,    // decided from the text; every input format
  kLayout,  // page and type layout (GB/T 9704); DOCX only
  kReader,  // reported by the reader (normalizer repairs, undecided cases)
};

GONGWEN_EXPORT const char* RuleScopeName(RuleScope scope);  // "text", "layout", "reader"

struct RuleInfo {
  const char* id;           // stable: "GW-DOCNO-BRACKET"
  Severity severity;        // default severity
  RuleScope scope;
  bool enabled;             // on unless enabled in ValidateOptions or a config file
  const char* description;  // one line, in Chinese
  const char* wrong;        // a document (or line) that breaks the rule
  const char* right;        // the same, written correctly
  bool fixable;             // findings carry a fix that `validate --fix` applies
};

// Every rule, in the order docs/rules.md lists them.
GONGWEN_EXPORT std::span<const RuleInfo> Rules();
// nullptr when `id` names no rule.
GONGWEN_EXPORT const RuleInfo* FindRule(std::string_view id);

struct ValidateOptions {
  std::vector<std::string> enable;   // rule ids to turn on (rules that are off by default)
  std::vector<std::string> disable;  // rule ids to turn off
  std::vector<std::pair<std::string, Severity>> severity;  // rule id → severity to report it with
  // Layout rules run on DOCX input only; false turns them off there too.
  bool layout = true;
  // Tolerance of the layout rules' page measures, in millimetres.
  double tolerance_mm = 1.0;
};

// Checks that every rule id in `options` names a rule; the error names the first
// that does not.
GONGWEN_EXPORT Status CheckValidateOptions(const ValidateOptions& options);

// Reads a config file (JSON):
//   {"disable": ["GW-PHRASE-DOUBLED"], "enable": ["GW-TASK-NO-DEADLINE"],
//    "severity": {"GW-TASK-NO-LEAD": "error"}}
// into `options` (lists are appended; severities override). `path` names the
// file in errors, which give its line and column.
GONGWEN_EXPORT Status ParseValidateConfig(std::string_view json, const std::string& path,
                                          ValidateOptions& options);

// The findings about `document`, sorted by position (then rule id).
GONGWEN_EXPORT Diagnostics Validate(const Document& document, const ValidateOptions& options = {});

// Applies the fixes of `findings` (those of severity warning or error that carry
// one) to `original`, the bytes of the file the document was read from, encoded
// as `encoding` (Source::encoding()). Overlapping fixes: the first wins, the
// others are left out. Returns the fixed bytes; `applied` (if given) receives the
// findings whose fix was applied. Fails on DOCX or an encoding it cannot write.
GONGWEN_EXPORT Result<std::string> ApplyFixes(std::string_view original, const SourceInfo& source,
                                              const Diagnostics& findings, Diagnostics* applied = nullptr);

}  // namespace gongwen

#endif  // GONGWEN_VALIDATE_H_

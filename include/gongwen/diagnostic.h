// gongwen/diagnostic.h — findings about a document that was read.
//
// A diagnostic is a fact about the document, not a failure to read it: a repair
// the normalizer made (severity info), something the parser could not decide,
// or (in the validator) a fault in the draft. Each has a stable rule id such as
// "GW-NORM-PAGE-JOIN", so tools can filter and count them.
#ifndef GONGWEN_DIAGNOSTIC_H_
#define GONGWEN_DIAGNOSTIC_H_

#include <string>
#include <vector>

#include "gongwen/export.h"
#include "gongwen/span.h"

namespace gongwen {

enum class Severity {
  kInfo,     // a repair or an observation; nothing is wrong with the document
  kWarning,  // visible in the released document, or a decision the reader could not make
  kError,    // the document breaks a rule that must hold
};

GONGWEN_EXPORT const char* SeverityName(Severity severity);  // "info", "warning", "error"

// One edit of the original file: replace the bytes `span` covers with `text`
// (an empty span.length inserts). `text` is UTF-8; whoever applies it encodes
// it as the file is encoded.
struct Replacement {
  Span span;
  std::string text;
};

struct Diagnostic {
  std::string rule;     // stable id, e.g. "GW-NORM-FULLWIDTH-PUNCT"
  Severity severity = Severity::kInfo;
  std::string message;  // one sentence, in Chinese, naming the text concerned
  Span span;            // where in the source file
  // The edit that repairs it, when one is safe: for a normalizer repair the
  // edit it made; for a validator finding the fix `validate --fix` applies.
  std::vector<Replacement> fix = {};
};

using Diagnostics = std::vector<Diagnostic>;

}  // namespace gongwen

#endif  // GONGWEN_DIAGNOSTIC_H_

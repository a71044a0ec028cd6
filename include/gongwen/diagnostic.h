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

#include "gongwen/span.h"

namespace gongwen {

enum class Severity {
  kInfo,     // a repair or an observation; nothing is wrong with the document
  kWarning,  // visible in the released document, or a decision the reader could not make
  kError,    // the document breaks a rule that must hold
};

const char* SeverityName(Severity severity);  // "info", "warning", "error"

struct Diagnostic {
  std::string rule;     // stable id, e.g. "GW-NORM-FULLWIDTH-PUNCT"
  Severity severity = Severity::kInfo;
  std::string message;  // one sentence, in Chinese, naming the text concerned
  Span span;            // where in the source file
};

using Diagnostics = std::vector<Diagnostic>;

}  // namespace gongwen

#endif  // GONGWEN_DIAGNOSTIC_H_

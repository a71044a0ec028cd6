#include "gongwen/status.h"

#include "gongwen/diagnostic.h"
#include "gongwen/version.h"

namespace gongwen {

const char* StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kNotFound: return "not-found";
    case StatusCode::kIoError: return "io-error";
    case StatusCode::kInvalidEncoding: return "invalid-encoding";
    case StatusCode::kInvalidArgument: return "invalid-argument";
    case StatusCode::kTooLarge: return "too-large";
    case StatusCode::kUnsupportedFormat: return "unsupported-format";
    case StatusCode::kInternal: return "internal";
  }
  return "unknown";
}

std::string Status::ToString() const {
  std::string out;
  if (!file_.empty()) out += file_ + ":";
  if (line_ != 0) out += std::to_string(line_) + ":" + std::to_string(column_) + ":";
  if (!out.empty()) out += " ";
  out += message_;
  if (offset_) out += " (byte offset " + std::to_string(*offset_) + ")";
  return out;
}

const char* SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kInfo: return "info";
    case Severity::kWarning: return "warning";
    case Severity::kError: return "error";
  }
  return "info";
}

const char* Version() { return GONGWEN_VERSION_STRING; }

}  // namespace gongwen

// gongwen/status.h — how gongwen reports that it could not read its input.
//
// A Status is returned when input cannot be read at all: a missing file, bytes
// that are not valid in the document's encoding, a document past a size limit.
// Findings about a document that *was* read are Diagnostics (diagnostic.h), never
// a Status. A Status names the file and, where it is known, the position: the byte
// offset in the original file and the 1-based line and column.
//
// Status and Result<T> are plain values: copyable, movable, and safe to use from
// any thread. Nothing in gongwen throws across its public API.
#ifndef GONGWEN_STATUS_H_
#define GONGWEN_STATUS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

#include "gongwen/export.h"

namespace gongwen {

enum class StatusCode {
  kOk = 0,
  kNotFound,          // the path does not exist
  kIoError,           // the path exists but could not be read (a directory, no permission)
  kInvalidEncoding,   // bytes that are not valid in the document's encoding
  kInvalidArgument,   // an option was wrong (an unknown --encoding name, say)
  kTooLarge,          // the input passes a configured limit
  kUnsupportedFormat, // the input is of a format gongwen does not read
  kInternal,          // a bug in gongwen; please report it
};

// Short English name of a code ("invalid-encoding"), stable for machine use.
GONGWEN_EXPORT const char* StatusCodeName(StatusCode code);

class GONGWEN_EXPORT Status {
 public:
  Status() = default;  // ok
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // Where the problem is. `file` may be empty (bytes given in memory with no
  // name); line/column are 1-based and 0 when unknown; offset is a byte offset in
  // the original input.
  const std::string& file() const { return file_; }
  uint32_t line() const { return line_; }
  uint32_t column() const { return column_; }
  std::optional<uint64_t> offset() const { return offset_; }

  Status& WithFile(std::string file) {
    file_ = std::move(file);
    return *this;
  }
  Status& WithPosition(uint32_t line, uint32_t column, uint64_t offset) {
    line_ = line;
    column_ = column;
    offset_ = offset;
    return *this;
  }
  Status& WithOffset(uint64_t offset) {
    offset_ = offset;
    return *this;
  }

  // "FILE:LINE:COL: message" (parts that are unknown are left out), the form the
  // command line prints after "gongwen: ".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  std::string file_;
  uint32_t line_ = 0;
  uint32_t column_ = 0;
  std::optional<uint64_t> offset_;
};

// Either a value or the Status that explains why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : data_(std::move(value)) {}                     // NOLINT: implicit by design
  Result(Status status) : data_(std::move(status)) {}              // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(data_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(data_);
  }
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace gongwen

#endif  // GONGWEN_STATUS_H_

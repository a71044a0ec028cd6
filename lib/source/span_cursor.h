// Spans of places met in rising order, several on one line (the repairs of a long paragraph):
// each is counted on from the last one instead of searched among the lines and counted from its
// line's start again. The same spans as Source::SpanOf, which it falls back to whenever the
// place is behind the last one or a line end lies between.
#ifndef GONGWEN_SOURCE_SPAN_CURSOR_H_
#define GONGWEN_SOURCE_SPAN_CURSOR_H_

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <string_view>

#include "core/utf8.h"
#include "gongwen/source.h"
#include "gongwen/span.h"

namespace gongwen::internal {

class SpanCursor {
 public:
  explicit SpanCursor(const Source& source) : source_(source) {}

  Span SpanOf(size_t begin, size_t end) {
    const std::string_view text = source_.text();
    begin = std::min(begin, text.size());
    end = std::clamp(end, begin, text.size());
    if (line_ == 0 || begin < pos_ || HasLineEnd(text.substr(pos_, begin - pos_))) {
      const Span span = source_.SpanOf(begin, end);
      pos_ = begin;
      line_ = span.line;
      column_ = span.column;
      return span;
    }
    // Columns count code points, and a count is the sum of the counts of the pieces.
    column_ += static_cast<uint32_t>(CountCodePoints(text.substr(pos_, begin - pos_)));
    pos_ = begin;
    Span span;
    span.line = line_;
    span.column = column_;
    span.offset = source_.OriginalOffset(begin);
    span.length = source_.OriginalOffset(end) - span.offset;
    return span;
  }

 private:
  // A line starts after '\n' and after a '\r' not followed by one (Source): with neither between
  // two places, they are on one line.
  static bool HasLineEnd(std::string_view s) {
    return std::memchr(s.data(), '\n', s.size()) != nullptr ||
           std::memchr(s.data(), '\r', s.size()) != nullptr;
  }

  const Source& source_;
  size_t pos_ = 0;       // the last place a span was made for
  uint32_t line_ = 0;    // its line, 0 before the first
  uint32_t column_ = 0;  // and column
};

}  // namespace gongwen::internal

#endif  // GONGWEN_SOURCE_SPAN_CURSOR_H_

// gongwen/span.h — where an element of a document stands in its source file.
//
// Every block, section, task, clause and diagnostic carries a Span, so a
// consumer can point a user back at the exact place in the file they gave.
#ifndef GONGWEN_SPAN_H_
#define GONGWEN_SPAN_H_

#include <cstdint>

namespace gongwen {

struct Span {
  uint32_t line = 0;    // 1-based line of the first character; 0 = unknown
  uint32_t column = 0;  // 1-based column, counted in Unicode code points within the line
  uint64_t offset = 0;  // byte offset of the first character in the original file (any encoding)
  uint64_t length = 0;  // length in bytes of the original file covered by the element

  bool known() const { return line != 0; }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace gongwen

#endif  // GONGWEN_SPAN_H_

// Internal: the marker (numbering) a paragraph opens with. Not installed.
#ifndef GONGWEN_LIB_PATTERNS_MARKER_H_
#define GONGWEN_LIB_PATTERNS_MARKER_H_

#include <string_view>

#include "gongwen/recognize.h"

namespace gongwen::internal {

// The marker `text` opens with, with its number (一、 → 1, （十二） → 12, ③ → 3);
// kind kNone when there is none ("2.5亿元" is a number, not a marker).
Marker ReadMarker(std::string_view text);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_PATTERNS_MARKER_H_

// Internal: telling GB18030 from Big5 by the bytes alone, before ICU's detector is asked. Not installed.
#ifndef GONGWEN_LIB_SOURCE_DETECT_H_
#define GONGWEN_LIB_SOURCE_DETECT_H_

#include <string_view>

namespace gongwen::internal {

// "GB18030" or "Big5" where the bytes say so plainly: read in one, they break the other's grammar, or they
// hold several times as many of its common characters (three at least); nullptr otherwise (damaged bytes,
// too few characters to tell), which DecodeSource leaves to ICU's detector.
const char* ClearChineseEncoding(std::string_view bytes);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_SOURCE_DETECT_H_

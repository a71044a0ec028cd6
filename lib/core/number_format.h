// Internal: numbers as list labels print them, in Word's number formats (w:numFmt), which a web
// page's list types (<ol type="a">, list-style-type: cjk-ideographic) map onto.
#ifndef GONGWEN_LIB_CORE_NUMBER_FORMAT_H_
#define GONGWEN_LIB_CORE_NUMBER_FORMAT_H_

#include <string>
#include <string_view>

namespace gongwen::internal {

// A number in one of Word's number formats: decimal → "3", chineseCounting → "三",
// decimalEnclosedCircle → "③", upperRoman → "III", "none" → "", … Unknown formats render as decimal.
std::string FormatNumber(int value, std::string_view format);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_CORE_NUMBER_FORMAT_H_

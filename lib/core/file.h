// Internal: reading a whole input file ("-" = standard input), with a size limit.
#ifndef GONGWEN_LIB_CORE_FILE_H_
#define GONGWEN_LIB_CORE_FILE_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include "gongwen/status.h"

namespace gongwen::internal {

// The file's bytes; kNotFound, kIoError (a directory, unreadable) or kTooLarge,
// each naming the path.
Result<std::string> ReadFileBytes(const std::string& path, uint64_t max_bytes);

// An input of `size` bytes past the input-size limit (ReadOptions::max_bytes), as every reader
// refuses it: kTooLarge, "input is N bytes, more than the limit of M", naming `path`.
Status InputTooLarge(uint64_t size, uint64_t max_bytes, const std::string& path);

// A word-list file (lexicons, unit aliases): calls `fn` with each line, trimmed,
// its BOM and CR removed, skipping blank lines and lines starting with '#'; a
// line that is not UTF-8 is an error. An error `fn` returns (or a read error)
// comes back naming the file and the line.
Status ForEachListLine(const std::string& path, const std::function<Status(std::string_view line)>& fn);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_CORE_FILE_H_

// Internal: reading a whole input file ("-" = standard input), with a size limit.
#ifndef GONGWEN_LIB_CORE_FILE_H_
#define GONGWEN_LIB_CORE_FILE_H_

#include <cstdint>
#include <string>

#include "gongwen/status.h"

namespace gongwen::internal {

// The file's bytes; kNotFound, kIoError (a directory, unreadable) or kTooLarge,
// each naming the path.
Result<std::string> ReadFileBytes(const std::string& path, uint64_t max_bytes);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_CORE_FILE_H_

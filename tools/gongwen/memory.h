// The allocator, set up by the tool (memory.cpp): freed memory kept for the next
// document; before a large document, heap made ready for huge pages. Never done
// by the library, whose allocator is the program's that links it.
#ifndef GONGWEN_TOOLS_MEMORY_H_
#define GONGWEN_TOOLS_MEMORY_H_

#include <cstddef>
#include <string>

namespace gongwen::cli {

void TuneAllocator();
void PrepareHeapFor(size_t input_bytes);
void PrepareHeapForFile(const std::string& path);
// A batch of `jobs` workers: before they start, while the process has one thread.
void PrepareHeapForJobs(unsigned jobs);

}  // namespace gongwen::cli

#endif  // GONGWEN_TOOLS_MEMORY_H_

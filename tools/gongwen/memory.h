// The allocator, set up by the tool (memory.cpp): freed memory kept for the next
// document; heap made ready for huge pages before a large document, and for a
// batch's workers before they start. Never done by the library, whose allocator
// is the program's that links it.
#ifndef GONGWEN_TOOLS_MEMORY_H_
#define GONGWEN_TOOLS_MEMORY_H_

#include <cstddef>
#include <string>

namespace gongwen::cli {

void TuneAllocator();
// The preparations below only while the process has one thread (memory.cpp, GrowArena).
// Before a document of `input_bytes`, or of the file at `path`.
void PrepareHeapFor(size_t input_bytes);
void PrepareHeapForFile(const std::string& path);
// A batch of `jobs` workers: before they start.
void PrepareHeapForJobs(unsigned jobs);

}  // namespace gongwen::cli

#endif  // GONGWEN_TOOLS_MEMORY_H_

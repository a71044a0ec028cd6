// How the tool sets up its allocator, mimalloc or glibc's: the library never does
// (it is linked into other programs, whose allocator is theirs).
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>
#include <vector>
#if defined(GONGWEN_WITH_MIMALLOC)
#include <mimalloc.h>
#include <sys/mman.h>
#elif defined(__GLIBC__)
#include <malloc.h>
#include <sys/mman.h>
#endif

#include "memory.h"

// Which allocator the tool sets up: mimalloc when linked with it, else glibc's; none under a
// sanitizer, whose allocator it is (CMake refuses mimalloc with one).
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__) || defined(__SANITIZE_HWADDRESS__)
#define GONGWEN_UNDER_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer) || \
    __has_feature(memory_sanitizer) || __has_feature(hwaddress_sanitizer)
#define GONGWEN_UNDER_SANITIZER 1
#endif
#endif
#if defined(GONGWEN_UNDER_SANITIZER)
#define GONGWEN_TUNES_MIMALLOC 0
#define GONGWEN_TUNES_GLIBC 0
#elif defined(GONGWEN_WITH_MIMALLOC)
#define GONGWEN_TUNES_MIMALLOC 1
#define GONGWEN_TUNES_GLIBC 0
#elif defined(__GLIBC__) && defined(MADV_HUGEPAGE)
#define GONGWEN_TUNES_MIMALLOC 0
#define GONGWEN_TUNES_GLIBC 1
#else
#define GONGWEN_TUNES_MIMALLOC 0
#define GONGWEN_TUNES_GLIBC 0
#endif

namespace gongwen::cli {

namespace {

constexpr size_t kMiB = size_t{1} << 20;
// ([[maybe_unused]]: under a sanitizer the tool sets up no allocator, and nothing below uses them.)
[[maybe_unused]] constexpr size_t kMmapThreshold = 64 * kMiB;
[[maybe_unused]] constexpr size_t kTrimThreshold = 256 * kMiB;
// The heap a document of n bytes is given ahead: its peak was 24x a text file
// and 62x a DOCX (compressed) of about 10 MB; reserving more costs address
// space only, never memory, so the larger factor serves both.
[[maybe_unused]] constexpr size_t kHeapPerInputByte = 64;
// Below this the document is small: its pages are few, and reused from one
// document to the next.
[[maybe_unused]] constexpr size_t kMinPrepared = 64 * kMiB;
[[maybe_unused]] constexpr uint64_t kMaxPrepared = uint64_t{16} << 30;

#if GONGWEN_TUNES_MIMALLOC || GONGWEN_TUNES_GLIBC
// Whether growing the heap ahead can help and cannot harm: the kernel gives huge pages on advice
// (transparent huge pages not `never`), and it does not count address space as memory promised
// (vm.overcommit_memory 2 would: the heap grown ahead would take its share of the commit limit).
bool HugePagesWorthPreparing() {
  auto first_line = [](const char* path) {
    std::string line;
    if (std::FILE* f = std::fopen(path, "r")) {
      char buf[256];
      if (std::fgets(buf, sizeof buf, f) != nullptr) line = buf;
      std::fclose(f);
    }
    return line;
  };
  const std::string thp = first_line("/sys/kernel/mm/transparent_hugepage/enabled");
  const std::string overcommit = first_line("/proc/sys/vm/overcommit_memory");
  return !thp.empty() && thp.find("[never]") == std::string::npos && overcommit.rfind('2', 0) != 0;
}

size_t prepared = 0;  // heap already given huge-page advice

bool WorthPreparing() {
  if constexpr (sizeof(size_t) < 8) return false;  // 32-bit: not the address space for it
  static const bool worth = HugePagesWorthPreparing();
  return worth;
}

// The heap, in all, that a document of `input_bytes` is to find ready; 0 when there is nothing
// (more) to prepare.
size_t HeapToPrepare(size_t input_bytes) {
  if (input_bytes == 0 || !WorthPreparing()) return 0;
  const auto want = static_cast<size_t>(  // at most kMaxPrepared
      std::min<uint64_t>(input_bytes, kMaxPrepared / kHeapPerInputByte) * kHeapPerInputByte);
  return want < kMinPrepared || want <= prepared ? 0 : want;
}
#endif

#if GONGWEN_TUNES_MIMALLOC
// mimalloc: the heap grown to `want` bytes in all by a mapping with huge-page advice, handed to it
// as an arena, from which it takes its segments before asking the system. Nothing is touched.
// Only while the process has one thread: mimalloc 2.0's mi_arena_add (src/arena.c, behind
// mi_manage_os_memory) stores a new arena in its table before it sets the arena's id, and a
// thread allocating meanwhile could take a block of it under the wrong id (2.0.9, as Debian 12
// ships it; 2.1 sets the id first).
void GrowArena(size_t want) {
  if (want <= prepared) return;
  constexpr size_t kAlign = 64 * kMiB;  // a multiple of mimalloc's segment alignment
  const size_t size = (want - prepared + kAlign - 1) & ~(kAlign - 1);
  void* raw = mmap(nullptr, size + kAlign, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (raw == MAP_FAILED) return;  // address space refused: mimalloc maps its own
  const auto base = reinterpret_cast<uintptr_t>(raw);
  const uintptr_t begin = (base + kAlign - 1) & ~(kAlign - 1);
  if (begin > base) munmap(raw, begin - base);
  if (base + kAlign > begin) munmap(reinterpret_cast<void*>(begin + size), base + kAlign - begin);
  void* arena = reinterpret_cast<void*>(begin);
  madvise(arena, size, MADV_HUGEPAGE);  // a hint: errors ignored
  if (mi_manage_os_memory(arena, size, /*is_committed=*/true, /*is_large=*/false, /*is_zero=*/true,
                          /*numa_node=*/-1))
    prepared += size;
  else
    munmap(arena, size);
}
#endif

#if GONGWEN_TUNES_GLIBC
bool heap_below_threshold = false;  // the mmap threshold took: pieces below it come from the heap
#endif

}  // namespace

// glibc hands allocations over 128 KiB back to the kernel when they are freed
// (mmap/munmap, and trimming the heap top), so every document's large buffers
// (its blocks, its JSON) came back as fresh pages, each a page fault: on a
// virtual machine that was half the time of `gongwen extract` on a 40 KB notice
// and more in a batch (tests/bench/run_bench.sh shows the difference). The tool
// keeps freed memory for the next document instead; peak memory is unchanged,
// it is just not returned until the process ends.
//
// mimalloc (when the tool is linked with it) is told the same: freed memory is not
// handed back (decommitted) while the process runs. The delays are set as well as
// the switch because segments made before main() (by the libraries' static
// initialisers) keep the switch as it was then: without them a 10 MB document.xml
// took 17 000 page faults, with them 8 700 (glibc's prepared heap 3 300). Its own
// large-page option changed nothing (the same 8 700); huge pages come from the
// arena PrepareHeapFor or PrepareHeapForJobs gives it.
void TuneAllocator() {
#if GONGWEN_TUNES_MIMALLOC
  mi_option_disable(mi_option_allow_decommit);
  mi_option_set(mi_option_decommit_delay, 1000L * 3600);
  mi_option_set(mi_option_segment_decommit_delay, 1000L * 3600);
#elif GONGWEN_TUNES_GLIBC
  // glibc before 2.35 refuses a threshold over 32 MiB (mallopt returns 0): then no heap is prepared.
  heap_below_threshold = mallopt(M_MMAP_THRESHOLD, static_cast<int>(kMmapThreshold)) == 1;
  mallopt(M_TRIM_THRESHOLD, static_cast<int>(kTrimThreshold));
#endif
}

// A large document touches hundreds of MiB of fresh memory, one page fault per
// 4 KiB: on a VM, `gongwen extract` of a 10 MB text took 1.8 s with 60 000
// faults, and 0.9 s with its heap on 2 MiB pages.
// glibc can ask for transparent huge pages itself (GLIBC_TUNABLES=
// glibc.malloc.hugetlb=1), but reads its tunables only at start, and starting
// the tool a second time to set one cost every small invocation 15 ms and broke
// setuid, ld.so and valgrind runs. So the heap is grown here instead, by
// allocating the memory the document will need in pieces below the mmap
// threshold (so they come from the heap), advising the kernel to back that
// range with huge pages (MADV_HUGEPAGE: effective when transparent huge pages
// are `madvise` or `always`), and freeing it again: the range stays in the heap
// (trimming is turned off) and the document's allocations are carved from it.
// Nothing is touched here, so memory use is unchanged.
void PrepareHeapFor(size_t input_bytes) {
#if GONGWEN_TUNES_MIMALLOC
  // mimalloc: the same range, as an arena of huge pages (GrowArena; a 10 MB document.xml: 22 000
  // page faults without it, 8 700 with it).
  if (const size_t want = HeapToPrepare(input_bytes)) GrowArena(want);
#elif GONGWEN_TUNES_GLIBC
  const size_t want = heap_below_threshold ? HeapToPrepare(input_bytes) : 0;
  if (want == 0) return;
  constexpr size_t kPiece = kMmapThreshold / 2;
  constexpr uintptr_t kHuge = 2 * kMiB;
  mallopt(M_TRIM_THRESHOLD, -1);  // never trimmed: the range stays in the heap once freed
  std::vector<uintptr_t> pieces;
  pieces.reserve(want / kPiece + 1);
  for (size_t got = 0; got < want; got += kPiece) {
    void* p = std::malloc(kPiece);
    if (p == nullptr) break;  // address space refused: use what there is
    pieces.push_back(reinterpret_cast<uintptr_t>(p));
  }
  // The pieces follow each other in the heap (a chunk header apart): advised run by run, each
  // run once, from its first whole huge page to its last.
  std::sort(pieces.begin(), pieces.end());
  constexpr uintptr_t kGap = 64;  // at most a chunk header between neighbours
  for (size_t i = 0; i < pieces.size();) {
    size_t j = i;
    while (j + 1 < pieces.size() && pieces[j + 1] <= pieces[j] + kPiece + kGap) ++j;
    const uintptr_t begin = (pieces[i] + kHuge - 1) & ~(kHuge - 1);
    const uintptr_t end = (pieces[j] + kPiece) & ~(kHuge - 1);
    if (end > begin)
      madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);  // a hint: errors ignored
    i = j + 1;
  }
  for (uintptr_t p : pieces) std::free(reinterpret_cast<void*>(p));
  prepared = std::max(prepared, pieces.size() * kPiece);
#else
  (void)input_bytes;
#endif
}

// A batch of archived notices and DOCX files: each worker's documents, small or large, touched
// 4 KiB page by page, took 17 800 page faults for the 282 docx-wild files (a few of 10-15 MB of
// XML) and a quarter of the batch's time on a VM; from an arena of huge pages, 700 faults (README,
// "Performance"). The arena is made before the workers start (GrowArena: one thread only), and
// not grown after: one arena the workers share, kBatchHeapPerJob for each job (64 jobs' worth at
// most, kMaxPrepared), address space only, which takes a text of about 10 MB or a DOCX of about
// 4 MB (their peaks were 24x and 62x the file, kHeapPerInputByte above); a larger one takes the
// rest from the system.
// mimalloc only: glibc gives each thread an arena of its own, which growing the main heap
// (PrepareHeapFor's way) does not reach.
void PrepareHeapForJobs(unsigned jobs) {
#if GONGWEN_TUNES_MIMALLOC
  constexpr size_t kBatchHeapPerJob = 256 * kMiB;
  if (!WorthPreparing()) return;
  // At most kMaxPrepared: 64 jobs' worth.
  GrowArena(kBatchHeapPerJob * std::clamp(jobs, 1u, static_cast<unsigned>(kMaxPrepared / kBatchHeapPerJob)));
#else
  (void)jobs;
#endif
}

void PrepareHeapForFile(const std::string& path) {
  std::error_code error;
  const auto size = std::filesystem::file_size(path, error);
  if (!error) PrepareHeapFor(static_cast<size_t>(size));
}

}  // namespace gongwen::cli

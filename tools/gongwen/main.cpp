// gongwen — reads Chinese official documents into normalized JSON.
#include <cstdio>  // first: it defines __GLIBC__
#include <iostream>
#if defined(__GLIBC__)
#include <malloc.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#endif

#include "commands.h"
#include "gongwen/json.h"
#include "gongwen/version.h"

namespace gongwen::cli {

CLI::Option* AddRepeatedFileOption(CLI::App* cmd, const std::string& name, std::vector<std::string>& files,
                                   const std::string& description) {
  return cmd->add_option(name, files, description)
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll)
      ->allow_extra_args(false);
}

bool ApplyTokenOptions(bool tokens, const std::vector<std::string>& lexicon_files, Lexicon& lexicon,
                       ExtractOptions& options) {
  for (const std::string& path : lexicon_files)
    if (Status s = lexicon.AddFile(path); !s.ok()) {
      PrintError(s.ToString());
      return false;
    }
  options.enrich.tokens = tokens;
  options.enrich.lexicon = &lexicon;
  return true;
}

void PrintError(const std::string& message) { std::cerr << "gongwen: " << message << "\n"; }

std::ostream* OpenOutput(const std::string& path, std::ofstream& file) {
  if (path.empty() || path == "-") return &std::cout;
  file.open(path, std::ios::binary);
  if (!file) {
    PrintError(path + ": cannot open for writing");
    return nullptr;
  }
  return &file;
}

void AddLimitOptions(CLI::App* cmd, LimitArgs& limits) {
  // Each limit: a positive number, its default shown, in one group of the help.
  auto limit = [cmd](const char* name, auto& value, const char* description) {
    cmd->add_option(name, value, description)
        ->check(CLI::PositiveNumber)
        ->capture_default_str()
        ->group("Limits (see docs/limits.md)");
  };
  limit("--max-input-mb", limits.max_input_mb, "Refuse inputs larger than this");
  limit("--max-part-mb", limits.max_part_mb, "DOCX: refuse a part that inflates past this");
  limit("--max-total-mb", limits.max_total_mb, "DOCX: refuse when the parts read inflate past this in all");
  limit("--max-ratio", limits.max_ratio,
        "DOCX: refuse a part over 1 MiB that inflates more than this many times");
  limit("--max-entries", limits.max_entries, "DOCX: refuse a package with more entries");
  limit("--max-depth", limits.max_depth,
        "DOCX: XML nesting read (deeper content is skipped, with a warning)");
}

void ApplyLimits(const LimitArgs& limits, ExtractOptions& options) {
  options.read.max_bytes = limits.max_input_mb << 20;
  options.docx.max_part_bytes = limits.max_part_mb << 20;
  options.docx.max_total_bytes = limits.max_total_mb << 20;
  options.docx.max_ratio = limits.max_ratio;
  options.docx.max_entries = limits.max_entries;
  options.docx.max_depth = limits.max_depth;
}

int FinishOutput(std::ostream& out, const std::string& path) {
  out.flush();
  if (out) return kExitOk;
  PrintError((path.empty() || path == "-" ? std::string("standard output") : path) + ": write failed");
  return kExitBadInput;
}

}  // namespace gongwen::cli

// glibc hands allocations over 128 KiB back to the kernel when they are freed
// (mmap/munmap, and trimming the heap top), so every document's large buffers
// (its blocks, its JSON) came back as fresh pages, each a page fault: on a
// virtual machine that was half the time of `gongwen extract` on a 40 KB notice
// and more in a batch (tests/bench/run_bench.sh shows the difference). The tool,
// not the library, keeps freed memory for the next document instead; peak
// memory is unchanged, it is just not returned until the process ends.
//
// A large document touches hundreds of MiB of fresh memory, each 4 KiB page a
// fault and a TLB entry: with transparent huge pages for malloc's memory
// (glibc's tunable glibc.malloc.hugetlb=1) `gongwen extract` of a 10 MB
// document.xml took 1.1 s instead of 2.0 s. glibc reads its tunables only when
// the program starts, so the tool starts itself again once with the tunable
// added, when the kernel offers huge pages on request and nobody has set it
// (GLIBC_TUNABLES naming glibc.malloc.hugetlb, with any value, keeps the
// user's choice; GONGWEN_NO_REEXEC=1 turns the restart off). If the restart
// fails, the tool runs as it is.
void TuneAllocator([[maybe_unused]] char** argv) {
#if defined(__GLIBC__)
  const char* tunables = std::getenv("GLIBC_TUNABLES");
  const char* no_reexec = std::getenv("GONGWEN_NO_REEXEC");
  const bool restart_off = no_reexec != nullptr && *no_reexec != '\0' && std::strcmp(no_reexec, "0") != 0;
  if ((tunables == nullptr || std::strstr(tunables, "glibc.malloc.hugetlb") == nullptr) && !restart_off) {
    std::string thp;
    std::getline(std::ifstream("/sys/kernel/mm/transparent_hugepage/enabled"), thp);
    if (thp.find("[always]") != std::string::npos || thp.find("[madvise]") != std::string::npos) {
      const std::string value =
          (tunables != nullptr && *tunables != '\0' ? std::string(tunables) + ":" : std::string()) +
          "glibc.malloc.hugetlb=1";
      if (setenv("GLIBC_TUNABLES", value.c_str(), 1) == 0) execv("/proc/self/exe", argv);
      // Still here: the restart failed. Leave the environment as it was.
      if (tunables != nullptr)
        setenv("GLIBC_TUNABLES", tunables, 1);
      else
        unsetenv("GLIBC_TUNABLES");
    }
  }
  mallopt(M_MMAP_THRESHOLD, 64 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
}

int main(int argc, char** argv) {
  TuneAllocator(argv);
  CLI::App app{
      "gongwen — reads Chinese official documents (公文) and task-division notices into normalized JSON"};
  app.name("gongwen");
  app.set_version_flag("--version", gongwen::Generator());
  app.require_subcommand(1);
  std::function<int()> run;
  gongwen::cli::AddExtractCommand(app, run);
  gongwen::cli::AddValidateCommand(app, run);
  gongwen::cli::AddRulesCommand(app, run);
  gongwen::cli::AddBatchCommand(app, run);
  gongwen::cli::AddSegmentCommand(app, run);
  gongwen::cli::AddUnitsCommand(app, run);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    gongwen::cli::PrintError(e.what());
    std::cerr << "Run 'gongwen --help' for usage.\n";
    return gongwen::cli::kExitBadInput;
  }
  return run ? run() : gongwen::cli::kExitBadInput;
}

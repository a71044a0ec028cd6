// gongwen — reads Chinese official documents into normalized JSON.
#include <fcntl.h>
#include <openssl/crypto.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <limits>
#include <system_error>
#include <type_traits>

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

bool CheckEncoding(const std::string& name) {
  if (name.empty() || IsKnownEncoding(name)) return true;
  PrintError("--encoding " + name + ": not an encoding this build knows (e.g. GB18030, UTF-16LE, Big5)");
  return false;
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

CLI::Validator WholeNumber(uint64_t lo, uint64_t hi) {
  const std::string range = std::to_string(lo) + " to " + std::to_string(hi);
  return CLI::Validator(
      [lo, hi, range](std::string& value) -> std::string {
        uint64_t n = 0;
        const char* end = value.data() + value.size();
        const auto [stop, error] = std::from_chars(value.data(), end, n);
        if (value.empty() || error != std::errc() || stop != end || n < lo || n > hi)
          return "expected a whole number from " + range + ", not '" + value + "'";
        // Handed on as read here: CLI11 converts with strtoull's base 0, which would take 010 for 8.
        value = std::to_string(n);
        return {};
      },
      "[" + std::to_string(lo) + " - " + std::to_string(hi) + "]");
}

void AddLimitOptions(CLI::App* cmd, LimitArgs& limits) {
  // Each limit: a number from 1 to what its type holds, its default shown, in one group of the help.
  auto limit = [cmd](const char* name, auto& value, const char* description,
                     uint64_t most = std::numeric_limits<std::remove_reference_t<decltype(value)>>::max()) {
    cmd->add_option(name, value, description)
        ->transform(WholeNumber(1, most))
        ->capture_default_str()
        ->group("Limits (see docs/limits.md)");
  };
  // Megabytes up to 2^30 (a petabyte): shifted into bytes, a larger number would wrap (2^44 MB to 0).
  const auto megabytes = [&](const char* name, uint64_t& value, const char* description) {
    limit(name, value, description, uint64_t{1} << 30);
  };
  megabytes("--max-input-mb", limits.max_input_mb, "Refuse inputs larger than this");
  megabytes("--max-part-mb", limits.max_part_mb, "DOCX: refuse a part that inflates past this");
  megabytes("--max-total-mb", limits.max_total_mb,
            "DOCX: refuse when the parts read inflate past this in all");
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

namespace {

// Standard input, output or error closed by the caller (`gongwen batch --stdin-paths <&-`): the
// next descriptor opened would take its number, and be read or written as if it were that stream
// (batch's own wake-up pipe read as the list of paths: a wait without end). Each one closed is
// opened on /dev/null for reading: standard input is then empty, and a write to a closed standard
// output or error still fails, as it did.
void OpenClosedStandardStreams() {
  for (int fd = STDIN_FILENO; fd <= STDERR_FILENO; ++fd)
    if (fcntl(fd, F_GETFD) == -1 && errno == EBADF) {
      // The lowest number free is taken: this one, the lower ones being open already.
      const int opened = open("/dev/null", O_RDONLY);
      if (opened >= 0 && opened != fd) close(opened);
    }
}

}  // namespace

int main(int argc, char** argv) {
  OpenClosedStandardStreams();
  // The library hashes each input (source.sha256) with OpenSSL, whose first use otherwise reads the
  // system's openssl.cnf and registers every cipher and digest: 5 of the 18.6 million instructions
  // a command on a one-line file executed. The tool owns its process and needs none of it (a
  // program that links the library keeps its own OpenSSL set-up: the library never calls this).
  OPENSSL_init_crypto(
      OPENSSL_INIT_NO_LOAD_CONFIG | OPENSSL_INIT_NO_ADD_ALL_CIPHERS | OPENSSL_INIT_NO_ADD_ALL_DIGESTS |
          OPENSSL_INIT_NO_LOAD_CRYPTO_STRINGS,  // its error strings too: the tool words its own errors
      nullptr);
  gongwen::cli::TuneAllocator();
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

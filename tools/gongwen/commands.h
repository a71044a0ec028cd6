// The gongwen command line: one file per subcommand, public headers only.
#ifndef GONGWEN_TOOLS_COMMANDS_H_
#define GONGWEN_TOOLS_COMMANDS_H_

#include <CLI/CLI.hpp>

#include <cstdint>
#include <fstream>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "gongwen/extract.h"
#include "gongwen/segment.h"
#include "memory.h"

namespace gongwen::cli {

// Exit codes shared by all subcommands.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;  // the command ran and found errors (validate)
inline constexpr int kExitBadInput = 2;  // unreadable input or wrong usage

// Each Add*Command registers its subcommand and sets `run` to what it does once
// the arguments are parsed; `run` returns the exit code.
void AddExtractCommand(CLI::App& app, std::function<int()>& run);
void AddValidateCommand(CLI::App& app, std::function<int()>& run);
void AddRulesCommand(CLI::App& app, std::function<int()>& run);
void AddBatchCommand(CLI::App& app, std::function<int()>& run);
void AddSegmentCommand(CLI::App& app, std::function<int()>& run);
void AddUnitsCommand(CLI::App& app, std::function<int()>& run);

// The limits that bound what a hostile input can cost (docs/limits.md), as
// options of every command that reads documents. Defaults: the library's.
struct LimitArgs {
  uint64_t max_input_mb = ExtractOptions{}.read.max_bytes >> 20;
  uint64_t max_part_mb = DocxOptions{}.max_part_bytes >> 20;
  uint64_t max_total_mb = DocxOptions{}.max_total_bytes >> 20;
  uint32_t max_ratio = DocxOptions{}.max_ratio;
  uint32_t max_entries = DocxOptions{}.max_entries;
  uint32_t max_depth = DocxOptions{}.max_depth;
};
void AddLimitOptions(CLI::App* cmd, LimitArgs& limits);
void ApplyLimits(const LimitArgs& limits, ExtractOptions& options);

// A whole number from `lo` to `hi`, and when the value is not one, a message that says so: "expected a
// whole number from 1 to 1024, not 'abc'" (CLI11's range check said "Value abc not in range 1 to 1024",
// and its positive-number check "Value 0 not in range 0.000000 to 17976931348623157…"). Decimal: 010 is
// ten, handed on so (given to CLI::Option::transform, which may change the value, not check).
CLI::Validator WholeNumber(uint64_t lo, uint64_t hi);

// An option naming one file per occurrence, repeatable (--lexicon F --lexicon G,
// --aliases F): a value never swallows the positional inputs after it.
CLI::Option* AddRepeatedFileOption(CLI::App* cmd, const std::string& name, std::vector<std::string>& files,
                                   const std::string& description);

// --tokens and --lexicon (extract, batch): reads the lexicon files into `lexicon`
// and points `options` at it; false (after saying which file and line) when one
// cannot be read. `lexicon` must outlive the use of `options`.
bool ApplyTokenOptions(bool tokens, const std::vector<std::string>& lexicon_files, Lexicon& lexicon,
                       ExtractOptions& options);

// --encoding NAME: true when NAME is empty (detect) or an encoding ICU knows; false after saying so.
bool CheckEncoding(const std::string& name);

// Prints "gongwen: <message>" on standard error.
void PrintError(const std::string& message);

// Where a command writes: `path` ("" or "-" = standard output), opened into
// `file`. nullptr (after saying why) when it cannot be opened.
std::ostream* OpenOutput(const std::string& path, std::ofstream& file);
// Flushes `out`; the exit code: kExitOk, or kExitBadInput (after saying so) when writing failed.
int FinishOutput(std::ostream& out, const std::string& path);

}  // namespace gongwen::cli

#endif  // GONGWEN_TOOLS_COMMANDS_H_

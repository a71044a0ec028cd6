// gongwen extract: documents in, JSON out.
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "commands.h"
#include "gongwen/extract.h"
#include "gongwen/json.h"

namespace gongwen::cli {

namespace {

struct ExtractArgs {
  std::vector<std::string> files;
  std::string output;
  std::string encoding;
  bool pretty = false;
  bool lenient = false;
  bool jsonl = false;
  bool no_blocks = false;
  bool keep_original = false;
};

int RunExtract(const ExtractArgs& args) {
  ExtractOptions options;
  options.read.encoding = args.encoding;
  options.read.lenient = args.lenient;
  options.docx.keep_original = args.keep_original;
  JsonOptions json;
  json.pretty = args.pretty && !args.jsonl;
  json.blocks = !args.no_blocks;

  std::ofstream file;
  std::ostream* out = OpenOutput(args.output, file);
  if (out == nullptr) return kExitBadInput;

  // One file: one JSON document. Several: a JSON array, or one line each with --jsonl.
  const bool array = args.files.size() > 1 && !args.jsonl;
  int exit_code = kExitOk;
  bool first = true;
  if (array) *out << "[";
  for (const std::string& path : args.files) {
    Result<Document> doc = ExtractFile(path, options);
    if (!doc.ok()) {
      PrintError(doc.status().ToString());
      exit_code = kExitBadInput;
      continue;
    }
    if (array && !first) *out << ",";
    if (array && json.pretty) *out << "\n";
    WriteJson(*doc, *out, json);
    if (args.jsonl || !array) *out << "\n";
    first = false;
  }
  if (array) *out << (json.pretty ? "\n]\n" : "]\n");
  const int written = FinishOutput(*out, args.output);
  return written != kExitOk ? written : exit_code;
}

}  // namespace

void AddExtractCommand(CLI::App& app, std::function<int()>& run) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* cmd = app.add_subcommand("extract", "Read notices (DOCX, or text in UTF-8, UTF-16 with BOM, GB18030/GBK, "
                                                "Big5) and write their structure as JSON");
  cmd->add_option("files", args->files, "Input files; '-' reads standard input")->required();
  cmd->add_option("-o,--output", args->output, "Write to this file instead of standard output");
  cmd->add_option("--encoding", args->encoding, "Decode with this encoding instead of detecting it (e.g. GB18030)");
  cmd->add_flag("--pretty", args->pretty, "Indent the JSON");
  cmd->add_flag("--lenient", args->lenient,
                "Replace undecodable bytes with U+FFFD (recorded as diagnostics) instead of failing");
  cmd->add_flag("--keep-original", args->keep_original,
                "DOCX tracked changes: keep deleted text and drop inserted text (default: as accepted)");
  cmd->add_flag("--jsonl", args->jsonl, "With several files, write one JSON document per line");
  cmd->add_flag("--no-blocks", args->no_blocks, "Leave out the per-paragraph \"blocks\" array");
  cmd->callback([args, &run] { run = [args] { return RunExtract(*args); }; });
}

}  // namespace gongwen::cli

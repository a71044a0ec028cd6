// gongwen validate: check drafts against the rule catalogue; report as text,
// JSON or SARIF; optionally write a copy with the safe fixes applied.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "commands.h"
#include "gongwen/extract.h"
#include "gongwen/json.h"
#include "gongwen/report.h"
#include "gongwen/validate.h"

namespace gongwen::cli {

namespace {

struct ValidateArgs {
  std::vector<std::string> files;
  std::string format = "text";
  std::string output;
  std::string config;
  std::vector<std::string> enable, disable, severity;
  std::string min_severity;
  std::string color = "auto";
  std::string encoding;
  bool werror = false;
  bool fix = false;
  bool no_layout = false;
  bool lenient = false;
  bool pretty = false;
  LimitArgs limits;
};

std::optional<Severity> ParseSeverity(const std::string& s) {
  if (s == "info") return Severity::kInfo;
  if (s == "warning") return Severity::kWarning;
  if (s == "error") return Severity::kError;
  return std::nullopt;
}

// The options for one document: its config file (given, or .gongwen.json beside
// it), then the command line on top.
bool OptionsFor(const ValidateArgs& args, const std::string& path, ValidateOptions& options) {
  std::string config = args.config;
  if (config.empty() && path != "-") {
    const auto beside = std::filesystem::path(path).parent_path() / ".gongwen.json";
    std::error_code ec;
    if (std::filesystem::is_regular_file(beside, ec)) config = beside.string();
  }
  if (!config.empty()) {
    Result<std::string> json = ReadInputBytes(config);
    if (!json.ok()) {
      PrintError(json.status().ToString());
      return false;
    }
    if (Status s = ParseValidateConfig(*json, config, options); !s.ok()) {
      PrintError(s.ToString());
      return false;
    }
  }
  options.enable.insert(options.enable.end(), args.enable.begin(), args.enable.end());
  options.disable.insert(options.disable.end(), args.disable.begin(), args.disable.end());
  for (const std::string& s : args.severity) {
    const size_t eq = s.find('=');
    const auto level = eq == std::string::npos ? std::nullopt : ParseSeverity(s.substr(eq + 1));
    if (!level) {
      PrintError("--severity " + s + ": expected RULE=info|warning|error");
      return false;
    }
    options.severity.emplace_back(s.substr(0, eq), *level);
  }
  options.layout = !args.no_layout;
  if (Status s = CheckValidateOptions(options); !s.ok()) {
    PrintError(s.ToString());
    return false;
  }
  return true;
}

// Writes the fixed copy of `original` (the bytes of `path`) to args.output and
// tells on standard error what changed.
bool WriteFixed(const ValidateArgs& args, const std::string& path, std::string_view original, const Document& doc,
                const Diagnostics& findings) {
  Diagnostics applied;
  Result<std::string> fixed = ApplyFixes(original, doc.source, findings, &applied);
  if (!fixed.ok()) {
    PrintError(fixed.status().ToString());
    return false;
  }
  std::ofstream out(args.output, std::ios::binary);
  out << *fixed;
  if (!out.flush()) {
    PrintError(args.output + ": write failed");
    return false;
  }
  for (const Diagnostic& d : applied)
    std::cerr << path << ":" << d.span.line << ":" << d.span.column << ": fixed: " << d.message << " [" << d.rule
              << "]\n";
  std::cerr << "gongwen: " << applied.size() << " fixes written to " << args.output << "\n";
  return true;
}

int RunValidate(const ValidateArgs& args) {
  if (args.fix && (args.output.empty() || args.output == "-" || args.files.size() != 1)) {
    PrintError("--fix needs one input file and -o FILE for the fixed copy (the input is never changed)");
    return kExitBadInput;
  }
  std::optional<Severity> min_severity = Severity::kInfo;
  if (args.min_severity.empty()) {
    if (args.format == "text") min_severity = Severity::kWarning;
  } else {
    min_severity = ParseSeverity(args.min_severity);
    if (!min_severity) {
      PrintError("--min-severity: expected info, warning or error");
      return kExitBadInput;
    }
  }
  bool color = args.color == "always";
  const bool to_stdout = args.fix || args.output.empty() || args.output == "-";  // with --fix, -o is the fixed copy
  if (args.color == "auto") color = to_stdout && isatty(fileno(stdout)) && std::getenv("NO_COLOR") == nullptr;

  if (!CheckEncoding(args.encoding)) return kExitBadInput;
  ExtractOptions extract;
  ApplyLimits(args.limits, extract);
  extract.read.encoding = args.encoding;
  extract.read.lenient = args.lenient;
  std::vector<Document> docs;
  std::vector<Diagnostics> findings;
  int exit_code = kExitOk;
  for (const std::string& path : args.files) {
    ValidateOptions options;
    if (!OptionsFor(args, path, options)) return kExitBadInput;
    // Read once: the same bytes are extracted and, with --fix, fixed (standard input included).
    Result<std::string> bytes = ReadInputBytes(path, extract);
    if (bytes.ok()) PrepareHeapFor(bytes->size());
    Result<Document> doc = bytes.ok() ? ExtractBytes(*bytes, path, extract) : Result<Document>(bytes.status());
    if (!doc.ok()) {
      PrintError(doc.status().ToString());
      exit_code = kExitBadInput;
      continue;
    }
    Diagnostics all = Validate(*doc, options);
    if (args.fix && !WriteFixed(args, path, *bytes, *doc, all)) return kExitBadInput;
    Diagnostics shown;
    for (Diagnostic& d : all) {
      if (exit_code == kExitOk &&
          (d.severity == Severity::kError || (args.werror && d.severity == Severity::kWarning)))
        exit_code = kExitFindings;
      if (d.severity >= *min_severity) shown.push_back(std::move(d));
    }
    docs.push_back(std::move(*doc));
    findings.push_back(std::move(shown));
  }

  std::ofstream file;
  const std::string report_path = args.fix ? "" : args.output;  // with --fix, -o names the fixed copy
  std::ostream* out = OpenOutput(report_path, file);
  if (out == nullptr) return kExitBadInput;
  if (args.format == "sarif") {
    std::vector<ReportedDocument> reported;
    for (size_t i = 0; i < docs.size(); ++i) reported.push_back({&docs[i], &findings[i]});
    WriteSarif(reported, *out);
  } else if (args.format == "json") {
    JsonOptions json;
    json.pretty = args.pretty;
    if (docs.size() != 1) *out << "[";
    for (size_t i = 0; i < docs.size(); ++i) {
      if (i > 0) *out << ",";
      WriteFindingsJson(docs[i], findings[i], *out, json);
    }
    *out << (docs.size() != 1 ? "]\n" : "\n");
  } else {
    TextReportOptions text;
    text.color = color;
    for (size_t i = 0; i < docs.size(); ++i) WriteFindingsText(docs[i], findings[i], *out, text);
  }
  const int written = FinishOutput(*out, report_path);
  return written != kExitOk ? written : exit_code;
}

}  // namespace

void AddValidateCommand(CLI::App& app, std::function<int()>& run) {
  auto args = std::make_shared<ValidateArgs>();
  CLI::App* cmd = app.add_subcommand(
      "validate", "Check drafts against the rules of GB/T 9704 and of task notices (exit 1 when there are errors)");
  cmd->add_option("files", args->files, "Input files (DOCX or text); '-' reads standard input")->required();
  cmd->add_option("--format", args->format, "Report as text (compiler style), json or sarif")
      ->check(CLI::IsMember({"text", "json", "sarif"}));
  cmd->add_option("-o,--output", args->output, "Write the report here; with --fix, the fixed copy instead");
  cmd->add_option("--config", args->config,
                  "Config file (JSON: enable, disable, severity); default .gongwen.json beside the document");
  cmd->add_option("--enable", args->enable, "Turn on a rule that is off by default (repeatable)");
  cmd->add_option("--disable", args->disable, "Turn off a rule (repeatable)");
  cmd->add_option("--severity", args->severity, "Report a rule at another severity: RULE=info|warning|error");
  cmd->add_option("--min-severity", args->min_severity,
                  "Leave out findings below this severity (default: warning for text, info for json and sarif)");
  cmd->add_option("--color", args->color, "Colour the text report: auto (a terminal, unless NO_COLOR), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  cmd->add_option("--encoding", args->encoding, "Decode text with this encoding instead of detecting it");
  cmd->add_flag("--werror", args->werror, "Exit 1 on warnings too");
  cmd->add_flag("--fix", args->fix, "Write a copy with the safe fixes applied to the file given with -o");
  cmd->add_flag("--no-layout", args->no_layout, "Skip the DOCX layout rules (page, margins, fonts, colours)");
  cmd->add_flag("--lenient", args->lenient, "Replace undecodable bytes with U+FFFD instead of failing");
  cmd->add_flag("--pretty", args->pretty, "Indent the JSON report");
  AddLimitOptions(cmd, args->limits);
  cmd->callback([args, &run] { run = [args] { return RunValidate(*args); }; });
}

}  // namespace gongwen::cli

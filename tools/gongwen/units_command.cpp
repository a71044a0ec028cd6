// gongwen units: each unit of a set of notices with the tasks it leads and
// cooperates on, each leader with titles, portfolio and tasks, and spellings
// that probably name one unit. Table (default) or JSON.
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "commands.h"
#include "gongwen/extract.h"
#include "gongwen/json.h"
#include "gongwen/units.h"

namespace gongwen::cli {

namespace {

struct UnitsArgs {
  std::vector<std::string> files;
  std::vector<std::string> aliases;
  std::string output;
  std::string format = "table";
  bool pretty = false;
  LimitArgs limits;
};

// "27, 28" for one document; "a.txt#27, b.txt#3" when the tasks come from several.
std::string TaskList(const std::vector<UnitTaskRef>& refs, bool several) {
  std::string out;
  for (const UnitTaskRef& r : refs) {
    if (!out.empty()) out += ", ";
    out += several ? r.source + "#" + r.task : r.task;
  }
  return out.empty() ? "-" : out;
}

std::string Join(const std::vector<std::string>& items, const char* sep) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : sep) + s;
  return out.empty() ? "-" : out;
}

void Table(std::ostream& out, const UnitIndex& index, bool several) {
  out << "单位\t牵头\t配合\t写法\t牵头任务\t配合任务\n";
  for (const UnitRecord& u : index.units)
    out << u.name << '\t' << u.leads.size() << '\t' << u.cooperates.size() << '\t' << Join(u.spellings, "、")
        << '\t' << TaskList(u.leads, several) << '\t' << TaskList(u.cooperates, several) << '\n';
  if (!index.leaders.empty()) {
    out << "\n领导\t职务\t任务\t分管\t任务编号\n";
    for (const LeaderRecord& l : index.leaders)
      out << l.name << '\t' << Join(l.titles, "；") << '\t' << l.tasks.size() << '\t'
          << Join(l.portfolios, "；") << '\t' << TaskList(l.tasks, several) << '\n';
  }
  if (!index.suggestions.empty()) {
    out << "\n可能是同一单位（用 --aliases 文件合并：别名 = 规范名）\n";
    for (const UnitSuggestion& s : index.suggestions)
      out << s.name << " = " << s.probably << "\t# " << s.reason << '\n';
  }
}

int Run(const UnitsArgs& args) {
  UnitAliases aliases;
  for (const std::string& path : args.aliases)
    if (Status s = aliases.AddFile(path); !s.ok()) {
      PrintError(s.ToString());
      return kExitBadInput;
    }
  ExtractOptions options;
  ApplyLimits(args.limits, options);
  UnitIndexer indexer(aliases);
  int exit_code = kExitOk;
  for (const std::string& path : args.files) {
    PrepareHeapForFile(path);
    Result<Document> doc = ExtractFile(path, options);
    if (!doc.ok()) {
      PrintError(doc.status().ToString());
      exit_code = kExitBadInput;
      continue;
    }
    indexer.Add(*doc);
  }
  const UnitIndex index = indexer.Finish();
  std::ofstream file;
  std::ostream* out = OpenOutput(args.output, file);
  if (out == nullptr) return kExitBadInput;
  if (args.format == "json") {
    JsonOptions json;
    json.pretty = args.pretty;
    WriteUnitIndexJson(index, *out, json);
    *out << '\n';
  } else {
    Table(*out, index, args.files.size() > 1);
  }
  const int written = FinishOutput(*out, args.output);
  return written != kExitOk ? written : exit_code;
}

}  // namespace

void AddUnitsCommand(CLI::App& app, std::function<int()>& run) {
  auto args = std::make_shared<UnitsArgs>();
  CLI::App* cmd = app.add_subcommand(
      "units",
      "List each unit with the tasks it leads and cooperates on, each leader with titles and portfolio");
  cmd->add_option("files", args->files, "Input files (notices, text or DOCX)")->required();
  AddRepeatedFileOption(cmd, "--aliases", args->aliases,
                        "An alias file: lines \"别名 = 规范名\" (县发改局 = 县发展和改革局); repeatable");
  cmd->add_option("-o,--output", args->output, "Write to this file instead of standard output");
  cmd->add_option("--format", args->format, "table (default: tab-separated, one unit per line) or json")
      ->check(CLI::IsMember({"table", "json"}));
  cmd->add_flag("--pretty", args->pretty, "Indent the JSON");
  AddLimitOptions(cmd, args->limits);
  cmd->callback([args, &run] { run = [args] { return Run(*args); }; });
}

}  // namespace gongwen::cli

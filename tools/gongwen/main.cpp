// gongwen — reads Chinese official documents into normalized JSON.
#include <cstdio>
#include <iostream>

#include "commands.h"
#include "gongwen/version.h"

namespace gongwen::cli {

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

int FinishOutput(std::ostream& out, const std::string& path) {
  out.flush();
  if (out) return kExitOk;
  PrintError((path.empty() || path == "-" ? std::string("standard output") : path) + ": write failed");
  return kExitBadInput;
}

}  // namespace gongwen::cli

int main(int argc, char** argv) {
  CLI::App app{"gongwen — reads Chinese official documents (公文) and task-division notices into normalized JSON"};
  app.name("gongwen");
  app.set_version_flag("--version", std::string("gongwen ") + gongwen::Version());
  app.require_subcommand(1);
  std::function<int()> run;
  gongwen::cli::AddExtractCommand(app, run);
  gongwen::cli::AddValidateCommand(app, run);
  gongwen::cli::AddRulesCommand(app, run);
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

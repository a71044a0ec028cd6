// Prints "<tasks> <first lead unit>" for the notice named on the command line.
#include <iostream>

#include <gongwen/extract.h>
#include <gongwen/json.h>
#include <gongwen/version.h>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  auto doc = gongwen::ExtractFile(argv[1]);
  if (!doc.ok()) {
    std::cerr << doc.status().ToString() << '\n';
    return 1;
  }
  const std::string json = gongwen::ToJson(*doc);
  std::cout << gongwen::Version() << ' ' << doc->tasks.size() << ' ' << (json.size() > 1000 ? "json" : "short")
            << '\n';
  return 0;
}

// The DOCX floor alone, for its peak memory (compare_pandoc.sh runs it under /usr/bin/time):
// inflate word/document.xml with libzip and parse it with pugixml, as BM_Docx_Floor_InflateAndParse
// does, in a process that holds nothing else. Prints the part's size and node count.
#include <zip.h>

#include <cstdio>
#include <pugixml.hpp>

namespace {
struct Counter : pugi::xml_tree_walker {
  size_t nodes = 0;
  bool for_each(pugi::xml_node&) override { return ++nodes, true; }
};
}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) return std::fprintf(stderr, "usage: docx_floor FILE.docx\n"), 2;
  int error = 0;
  zip_t* zip = zip_open(argv[1], ZIP_RDONLY, &error);
  zip_stat_t st;
  if (zip == nullptr || zip_stat(zip, "word/document.xml", 0, &st) != 0)
    return std::fprintf(stderr, "no word/document.xml\n"), 2;
  zip_file_t* part = zip_fopen(zip, "word/document.xml", 0);
  // The parser owns the buffer and parses it in place, as the reader does.
  auto* xml = static_cast<char*>(pugi::get_memory_allocation_function()(st.size));
  const bool read = part != nullptr && zip_fread(part, xml, st.size) == static_cast<zip_int64_t>(st.size);
  if (part != nullptr) zip_fclose(part);
  zip_close(zip);
  if (!read) return std::fprintf(stderr, "cannot inflate word/document.xml\n"), 2;
  pugi::xml_document doc;
  if (!doc.load_buffer_inplace_own(xml, st.size)) return std::fprintf(stderr, "malformed XML\n"), 2;
  Counter counter;
  doc.traverse(counter);
  std::printf("%llu bytes, %zu nodes\n", static_cast<unsigned long long>(st.size), counter.nodes);
}

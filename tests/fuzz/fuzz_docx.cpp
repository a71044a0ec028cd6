// Fuzz target: the DOCX reader (libzip, pugixml, styles, numbering, tables,
// tracked changes).
//
// Input that starts like a zip is read as a package. Anything else is taken as
// the XML of the parts and packed into a DOCX here (stored, with real CRCs), so
// that mutations reach the XML walker instead of dying on a zip checksum: the
// input is split at "\n<!--part-->\n" into word/document.xml,
// word/numbering.xml, word/styles.xml and word/footnotes.xml.
#include <zlib.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.h"
#include "gongwen/docx.h"

namespace {

void Put16(std::string& out, uint32_t v) {
  out.push_back(static_cast<char>(v & 0xFF));
  out.push_back(static_cast<char>((v >> 8) & 0xFF));
}
void Put32(std::string& out, uint32_t v) {
  Put16(out, v & 0xFFFF);
  Put16(out, v >> 16);
}

// A zip of stored (uncompressed) entries.
std::string StoredZip(const std::vector<std::pair<std::string, std::string>>& entries) {
  std::string out, central;
  for (const auto& [name, data] : entries) {
    const auto crc = static_cast<uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(data.data()), static_cast<uInt>(data.size())));
    const auto offset = static_cast<uint32_t>(out.size());
    const auto size = static_cast<uint32_t>(data.size());
    Put32(out, 0x04034b50);
    Put16(out, 20), Put16(out, 0), Put16(out, 0), Put16(out, 0), Put16(out, 0);
    Put32(out, crc), Put32(out, size), Put32(out, size);
    Put16(out, static_cast<uint32_t>(name.size())), Put16(out, 0);
    out += name;
    out += data;
    Put32(central, 0x02014b50);
    Put16(central, 20), Put16(central, 20), Put16(central, 0), Put16(central, 0), Put16(central, 0),
        Put16(central, 0);
    Put32(central, crc), Put32(central, size), Put32(central, size);
    Put16(central, static_cast<uint32_t>(name.size())), Put16(central, 0), Put16(central, 0);
    Put16(central, 0), Put16(central, 0), Put32(central, 0), Put32(central, offset);
    central += name;
  }
  const auto central_offset = static_cast<uint32_t>(out.size());
  out += central;
  Put32(out, 0x06054b50);
  Put16(out, 0), Put16(out, 0);
  Put16(out, static_cast<uint32_t>(entries.size())), Put16(out, static_cast<uint32_t>(entries.size()));
  Put32(out, static_cast<uint32_t>(central.size())), Put32(out, central_offset);
  Put16(out, 0);
  return out;
}

constexpr const char* kContentTypes =
    R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
    R"(<Default Extension="xml" ContentType="application/xml"/>)"
    R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
    R"(</Types>)";
constexpr const char* kRels =
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>)"
    R"(</Relationships>)";
constexpr const char* kDocumentRels =
    R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
    R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>)"
    R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
    R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>)"
    R"(</Relationships>)";

std::string PackParts(std::string_view input) {
  static constexpr std::array<const char*, 4> kParts = {"word/document.xml", "word/numbering.xml",
                                                        "word/styles.xml", "word/footnotes.xml"};
  static constexpr std::string_view kSeparator = "\n<!--part-->\n";
  std::vector<std::pair<std::string, std::string>> entries = {
      {"[Content_Types].xml", kContentTypes}, {"_rels/.rels", kRels}, {"word/_rels/document.xml.rels", kDocumentRels}};
  for (const char* part : kParts) {
    const size_t end = input.find(kSeparator);
    entries.emplace_back(part, std::string(input.substr(0, end)));
    if (end == std::string_view::npos) break;
    input.remove_prefix(end + kSeparator.size());
  }
  return StoredZip(entries);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string packed = gongwen::LooksLikeZip(input) ? std::string(input) : PackParts(input);
  for (const bool keep_original : {false, true}) {
    gongwen::DocxOptions options;
    options.keep_original = keep_original;
    options.max_total_bytes = 64 << 20;  // the fuzzer's memory, not gongwen's defaults
    options.max_part_bytes = 32 << 20;
    gongwen::Result<gongwen::Reading> reading = gongwen::ReadDocx(packed, "fuzz.docx", options);
    if (!reading.ok()) {
      FUZZ_CHECK(!reading.status().message().empty());
      FUZZ_CHECK(reading.status().file() == "fuzz.docx");
    }
  }
  return 0;
}

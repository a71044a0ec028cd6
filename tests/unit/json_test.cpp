#include <gtest/gtest.h>

#include <sstream>

#include <nlohmann/json.hpp>

#include "gongwen/extract.h"
#include "gongwen/json.h"
#include "gongwen/version.h"
#include "notice_fixture.h"

namespace gongwen {
namespace {

using nlohmann::json;

Document Extract(const std::string& text) { return std::move(ExtractBytes(text, "n.txt")).value(); }

// The options that change a result are named after the version, as the tool spells them, and only
// those: an encoding by its reported name, limits by their values, a lexicon by its words.
TEST(JsonTest, GeneratorForNamesTheOptionsThatChangeAResult) {
  ExtractOptions extract;
  JsonOptions written;
  EXPECT_EQ(GeneratorFor(extract, written), Generator());
  written.pretty = true;       // the same data
  extract.read.max_bytes = 1;  // an input past it is refused whole
  EXPECT_EQ(GeneratorFor(extract, written), Generator());
  extract.read.encoding = "cp936";
  extract.read.lenient = true;
  extract.docx.keep_original = true;
  written.blocks = false;
  extract.docx.max_part_bytes = uint64_t{3} << 20;
  extract.docx.max_total_bytes = (uint64_t{3} << 20) + 1;
  extract.docx.max_ratio = 7;
  extract.docx.max_entries = 8;
  extract.docx.max_depth = 9;
  EXPECT_EQ(
      GeneratorFor(extract, written),
      Generator() +
          " (--encoding GBK --lenient --keep-original --no-blocks --max-part-mb 3 --max-total-bytes 3145729"
          " --max-ratio 7 --max-entries 8 --max-depth 9)");
  // For an input of one format, only what can change its result: a text's reader options, a DOCX's.
  EXPECT_EQ(GeneratorFor(extract, written, "text"), Generator() + " (--encoding GBK --lenient --no-blocks)");
  EXPECT_EQ(GeneratorFor(extract, written, "docx"),
            Generator() +
                " (--keep-original --no-blocks --max-part-mb 3 --max-total-bytes 3145729 --max-ratio 7"
                " --max-entries 8 --max-depth 9)");
  EXPECT_EQ(GeneratorFor(extract, written, ""), GeneratorFor(extract, written));
  EXPECT_EQ(GeneratorFor(extract, written, "DOCX"), GeneratorFor(extract, written)) << "compared exactly";
  EXPECT_EQ(GeneratorFor(extract, written, "pdf"), GeneratorFor(extract, written));
  EXPECT_EQ(InputFormatOf("PK\x03\x04 a zip package"), "docx");
  EXPECT_EQ(InputFormatOf("PK, not a zip"), "text");
  EXPECT_EQ(InputFormatOf(""), "text");
  Lexicon words, same_words;
  words.Add("县发改局");
  same_words.Add("县发改局");
  ExtractOptions tokens;
  JsonOptions with_tokens;
  with_tokens.tokens = true;
  tokens.enrich.tokens = true;
  EXPECT_EQ(GeneratorFor(tokens, with_tokens), Generator() + " (--tokens)");
  EXPECT_EQ(GeneratorFor(tokens), Generator()) << "segmented, but no tokens written";
  tokens.enrich.lexicon = &words;
  const std::string with_words = GeneratorFor(tokens, with_tokens);
  EXPECT_EQ(with_words, Generator() + " (--tokens --lexicon sha256:" + words.Digest().substr(0, 16) + ")");
  tokens.enrich.lexicon = &same_words;
  EXPECT_EQ(GeneratorFor(tokens, with_tokens), with_words);
  tokens.enrich.keywords = 3;
  tokens.enrich.segment.keep_units = false;
  EXPECT_EQ(GeneratorFor(tokens, with_tokens),
            with_words.substr(0, with_words.size() - 1) + " enrich.keywords=3 segment.keep_units=false)");
  tokens.enrich.tokens = false;  // tokens written, but empty: not the result of a run with tokens
  EXPECT_EQ(GeneratorFor(tokens, with_tokens), Generator() + " (tokens.empty)");
  EXPECT_EQ(GeneratorFor(tokens), Generator()) << "a lexicon and keywords without tokens change nothing";
  // What only the C++ API can change, by its fields.
  ExtractOptions api;
  api.normalize.strip_markdown = false;
  api.normalize.remove_cjk_spaces = false;
  api.enrich.milestones = false;
  EXPECT_EQ(GeneratorFor(api), Generator() +
                                   " (normalize.strip_markdown=false normalize.remove_cjk_spaces=false"
                                   " enrich.milestones=false)");
  EXPECT_EQ(GeneratorFor(api, {}, "docx"), GeneratorFor(api))
      << "the later stages' options, for either format";
  EXPECT_EQ(GeneratorFor(api, {}, "text"), GeneratorFor(api));
}

TEST(JsonTest, ContractKeysInOrder) {
  json j = json::parse(ToJson(Extract(testing::kSmallNotice)));
  std::vector<std::string> keys;
  for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
  std::sort(keys.begin(), keys.end());
  EXPECT_EQ(keys, (std::vector<std::string>{"blocks", "diagnostics", "document", "generator",
                                            "schema_version", "sections", "source", "tasks"}));
  EXPECT_EQ(j["generator"], std::string("gongwen ") + Version());
  EXPECT_EQ(j["schema_version"], kSchemaVersion);
  EXPECT_EQ(j["source"]["encoding"], "UTF-8");
  EXPECT_EQ(j["document"]["doc_number"]["serial"], 7);
  EXPECT_EQ(j["document"]["date"], "2024-03-05");
  EXPECT_TRUE(j["document"]["signer"].is_null());
  const json& task = j["tasks"][1];
  EXPECT_EQ(task["id"], "2");
  EXPECT_EQ(task["lead_units"], json({"县发展和改革局"}));
  EXPECT_EQ(task["span"]["line"], 27);
  EXPECT_TRUE(task["deadline"].is_null());
  EXPECT_EQ(j["sections"].size(), 2u) << "sections are a tree of two parts";
  EXPECT_EQ(j["sections"][0]["children"][0]["leader"]["name"], "王某");
}

TEST(JsonTest, DeterministicAndPrettyIsTheSameData) {
  Document doc = Extract(testing::kSmallNotice);
  // Two runs over the same input give the same bytes, and the streaming writer the same as ToJson.
  EXPECT_EQ(ToJson(doc), ToJson(Extract(testing::kSmallNotice)));
  std::ostringstream streamed;
  ASSERT_TRUE(WriteJson(doc, streamed));
  EXPECT_EQ(streamed.str(), ToJson(doc));
  JsonOptions pretty;
  pretty.pretty = true;
  EXPECT_EQ(json::parse(ToJson(doc)), json::parse(ToJson(doc, pretty)));
  EXPECT_NE(ToJson(doc, pretty).find("\n  \"source\""), std::string::npos);
}

TEST(JsonTest, EscapesControlCharactersAndQuotes) {
  Document doc = Extract("附件\n\n任务分工\n\n一、王某县长负责的工作\n\n1.建设\"智慧\"\x01平台\\。\n");
  std::string out = ToJson(doc);
  json j = json::parse(out);
  EXPECT_EQ(j["tasks"][0]["text"], "建设\"智慧\"\x01平台\\。");
  EXPECT_NE(out.find("\\u0001"), std::string::npos);
}

// Round 149 (766): columns under one header, or none (six 分局 under one merged group name), print once in
// `extra`, their cells joined in column order: a key twice in an object kept a reader only the last.
TEST(JsonTest, ExtraColumnsUnderOneHeaderPrintOnce) {
  Document doc = Extract("附件\n\n任务分工\n\n一、王某县长负责的工作\n\n1.建设平台。\n");
  ASSERT_FALSE(doc.tasks.empty());
  doc.tasks[0].extra = {{"", "≤32"}, {"备注", "新建"}, {"", "—"}, {"", "≤29"}};
  const std::string out = ToJson(doc);
  ASSERT_NE(out.find("\"\":"), std::string::npos);
  EXPECT_EQ(out.find("\"\":"), out.rfind("\"\":"));  // (one empty key)
  json j = json::parse(out);
  EXPECT_EQ(j["tasks"][0]["extra"].size(), 2u);
  EXPECT_EQ(j["tasks"][0]["extra"][""], "≤32\n—\n≤29");
  EXPECT_EQ(j["tasks"][0]["extra"]["备注"], "新建");
}

// RapidJSON 1.1.0's SSE2 scan let U+001A..U+001F through unescaped (found by fuzz_json).
TEST(JsonTest, EveryControlCharacterIsEscaped) {
  std::string text = "附件\n\n任务分工\n\n一、王某县长负责的工作\n\n1.建设";
  for (char c = 1; c < 0x20; ++c) {
    if (c != '\n' && c != '\r' && c != '\f') text += std::string("平台") + c;
  }
  text += "。\n";
  ExtractOptions lenient;
  lenient.read.lenient = true;  // a NUL-free text with control characters reads as text
  Document doc = std::move(ExtractBytes(text, "n.txt", lenient)).value();
  const std::string out = ToJson(doc);
  for (char c = 0; c < 0x20; ++c)
    EXPECT_EQ(out.find(c), std::string::npos) << "raw control character " << int(c);
  ASSERT_FALSE(json::parse(out)["tasks"].empty());
}

// The writer skips runs of plain bytes eight at a time: every escape, at every offset in the word.
TEST(JsonTest, EscapesAtEveryOffset) {
  ExtractOptions lenient;
  lenient.read.lenient = true;
  for (const char* special : {"\"", "\\", "\x01", "\x1f", "\x08"}) {  // two tabs would make a table row
    for (size_t at = 0; at < 20; ++at) {
      const std::string body = "建设" + std::string(at, 'a') + special + "平台bcdefghijk" + special + "。";
      Document doc = std::move(ExtractBytes("附件\n\n任务分工\n\n一、王某县长负责的工作\n\n1." + body + "\n",
                                            "n.txt", lenient))
                         .value();
      const std::string out = ToJson(doc);
      for (char c = 0; c < 0x20; ++c) ASSERT_EQ(out.find(c), std::string::npos) << int(c) << " at " << at;
      json j = json::parse(out);
      ASSERT_FALSE(j["tasks"].empty()) << at;
      EXPECT_EQ(j["tasks"][0]["text"], body) << "escape " << int(special[0]) << " at " << at;
    }
  }
}

// The compact writer is gongwen's own (lib/emit/json.cpp): its strings must come out as RapidJSON's
// Writer writes them, which ErrorRecordJson still uses (for the path, as ToJson writes it, here also
// as a key): every escape, alone or two, at every offset in strings of every length to past two blocks.
TEST(JsonTest, CompactWriterEscapesAsRapidJsonDoes) {
  Document doc = Extract(testing::kSmallNotice);
  JsonOptions options;
  options.blocks = false;
  const auto between = [](const std::string& json, const std::string& from, const std::string& to) {
    const size_t b = json.find(from);
    const size_t e = b == std::string::npos ? b : json.find(to, b + from.size());
    return e == std::string::npos ? "(not found)" : json.substr(b + from.size(), e - b - from.size());
  };
  const std::string plain = "公文abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ";  // UTF-8 too
  for (const char special : {'"', '\\', '\x01', '\x1f', '\b', '\t', '\n', '\f', '\r', '\x7f', '/', '\0'}) {
    for (size_t n = 0; n <= 40; ++n) {
      for (size_t at = 0; at <= n; ++at) {
        std::string path = plain.substr(0, n);
        if (at < n) path[at] = special;
        if (at + 5 < n) path[at + 5] = special;
        doc.source.path = path;
        doc.source.properties = {{path, path}};
        const std::string json = ToJson(doc, options);
        const std::string expected = between(ErrorRecordJson(path, Status()), "{\"path\":", "},\"error\"");
        ASSERT_EQ(between(json, "{\"path\":", ",\"format\""), expected)
            << int(special) << " " << n << " " << at;
        ASSERT_EQ(between(json, "\"properties\":{", "}"), expected + ":" + expected)
            << int(special) << " " << n << " " << at;
      }
    }
  }
}

// The pretty writer is RapidJSON's: the compact output is the same bytes without its layout.
TEST(JsonTest, CompactIsPrettyWithoutTheLayout) {
  Document doc = Extract(testing::kSmallNotice);
  doc.blocks.front().text = "引号\"、反斜杠\\、制表\t与\x01\x1f";
  JsonOptions pretty;
  pretty.pretty = true;
  const std::string indented = ToJson(doc, pretty);
  std::string stripped;
  bool in_string = false;
  for (size_t i = 0; i < indented.size(); ++i) {
    const char c = indented[i];
    if (in_string) {
      stripped += c;
      if (c == '\\')
        stripped += indented[++i];
      else if (c == '"')
        in_string = false;
    } else if (c != ' ' && c != '\n') {
      stripped += c;
      in_string = c == '"';
    }
  }
  EXPECT_EQ(stripped, ToJson(doc));
}

TEST(JsonTest, SegmentedLineCarriesPositionsInTheOriginal) {
  Result<Source> source = DecodeSource("标题\n增长19%。\n", "s.txt");
  ASSERT_TRUE(source.ok());
  const std::string& text = source->text();
  const size_t begin = text.find("增长");
  SegmentedLine line{begin, std::string_view(text).substr(begin, text.size() - begin - 1), {}, true, {}};
  line.tokens = {{0, 6, TokenKind::kWord}, {6, 9, TokenKind::kNumber}, {9, 12, TokenKind::kPunct}};
  line.sentences = {{0, 12}};
  const std::string out = SegmentedLineJson(*source, line);
  EXPECT_EQ(out.find('\n'), std::string::npos) << "one line";
  json j = json::parse(out);
  EXPECT_EQ(j["line"], 2);
  ASSERT_EQ(j["tokens"].size(), 3u);
  EXPECT_EQ(j["tokens"][1],
            json::parse(R"({"text":"19%","kind":"number","line":2,"column":3,"offset":13,"length":3})"));
  EXPECT_EQ(j["sentences"][0]["text"], "增长19%。");
  line.with_sentences = false;
  EXPECT_FALSE(json::parse(SegmentedLineJson(*source, line)).contains("sentences"));
}

TEST(JsonTest, ErrorRecordCarriesCodeMessageAndPosition) {
  json withPosition = json::parse(ErrorRecordJson(
      "a.txt", Status(StatusCode::kInvalidEncoding, "bytes not valid").WithPosition(2, 3, 17)));
  EXPECT_EQ(withPosition["source"]["path"], "a.txt");
  EXPECT_EQ(withPosition["error"]["code"], "invalid-encoding");
  EXPECT_EQ(withPosition["error"]["position"], json({{"line", 2}, {"column", 3}, {"offset", 17}}));
  json without = json::parse(ErrorRecordJson("b\"\n.txt", Status(StatusCode::kNotFound, "no such file")));
  EXPECT_EQ(without["source"]["path"], "b\"\n.txt");
  EXPECT_TRUE(without["error"]["position"].is_null());
}

// A Linux file name is any bytes (here GBK, from an old archive), and DOCX properties come
// unchecked from XML: the JSON must still be UTF-8, each ill-formed sequence as U+FFFD
// (nlohmann::json::parse rejects invalid UTF-8, so parsing is half of the test).
TEST(JsonTest, PathsAndPropertiesNotUtf8AreWrittenAsValidUtf8) {
  Document doc = std::move(ExtractBytes(testing::kSmallNotice, "old/\xd6\xd0.txt")).value();
  doc.source.properties = {{"title", "\xb9\xfa\xe4\xb8 ok"}, {"k\xff", "\xef\xbf\xbd kept"}};
  for (bool pretty : {false, true}) {
    JsonOptions options;
    options.pretty = pretty;
    const json j = json::parse(ToJson(doc, options));
    EXPECT_EQ(j["source"]["path"], "old/\uFFFD\uFFFD.txt");
    EXPECT_EQ(j["source"]["properties"]["title"], "\uFFFD\uFFFD\uFFFD ok");
    EXPECT_EQ(j["source"]["properties"]["k\uFFFD"], "\uFFFD kept") << "a real U+FFFD is kept as it is";
  }
  std::ostringstream findings;
  ASSERT_TRUE(WriteFindingsJson(doc, {}, findings));
  EXPECT_EQ(json::parse(findings.str())["source"]["path"], "old/\uFFFD\uFFFD.txt");
  const json error =
      json::parse(ErrorRecordJson("\xd6\xd0.docx", Status(StatusCode::kIoError, "part \xff.xml")));
  EXPECT_EQ(error["source"]["path"], "\uFFFD\uFFFD.docx");
  EXPECT_EQ(error["error"]["message"], "part \uFFFD.xml");
  // Valid text is written untouched, four-byte characters too.
  doc.source.path = "\xe5\x85\xac\xe6\x96\x87/\xf0\xa0\x80\x80.txt";
  EXPECT_EQ(json::parse(ToJson(doc))["source"]["path"], "公文/\U00020000.txt");
  doc.source.path = "\xed\xa0\x80\xc0\xaf.txt";  // a surrogate and an overlong '/': not UTF-8
  EXPECT_EQ(json::parse(ToJson(doc))["source"]["path"].get<std::string>().find("\xed"), std::string::npos);
}

TEST(JsonTest, BlocksCanBeLeftOut) {
  JsonOptions no_blocks;
  no_blocks.blocks = false;
  json j = json::parse(ToJson(Extract(testing::kSmallNotice), no_blocks));
  EXPECT_FALSE(j.contains("blocks"));
}

TEST(JsonTest, EmptyDocumentIsValidJson) {
  json j = json::parse(ToJson(Extract("")));
  EXPECT_TRUE(j["tasks"].empty());
  EXPECT_TRUE(j["document"]["title"].is_null());
}

}  // namespace
}  // namespace gongwen

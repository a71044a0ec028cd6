// Hostile text input (issue: nothing crashes, nothing hangs, nothing is lost):
// each case gives a clear error or a result, in time linear in the input. The
// sizes here keep the suite quick under sanitizers; tests/bench/hostile_scaling.sh
// runs the full sizes (a million paragraphs, a 50 MB line) and shows the growth
// is linear. DOCX cases (zip bombs, deep XML, damaged zips) are in docx_test.cpp.
#include <gtest/gtest.h>

#include <string>

#include "gongwen/extract.h"

namespace gongwen {
namespace {

Result<Document> Read(const std::string& bytes, const ExtractOptions& options = {}) {
  return ExtractBytes(bytes, "hostile.txt", options);
}

std::string Repeat(const std::string& s, size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (size_t i = 0; i < n; ++i) out += s;
  return out;
}

// A unit followed by 32 000 bracket groups: each was taken off by a copy of the name before it (the
// session's review: 15.7 s and 4.6 GB), now by a view.
TEST(HostileTextTest, AUnitWithThousandsOfBracketGroups) {
  const std::string text =
      "附件\n\n任务分工\n\n一、王某县长负责的工作\n\n1. 推进产业升级。\n责任单位：市财政局牵头，市发改委" +
      Repeat("（甲）", 32000) + "配合\n";
  Result<Document> doc = Read(text);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->tasks.size(), 1u);
}

// The session's review of tables by unit, leaders beside a bracket's units, side-by-side tables: a units cell
// of 8 000 leaders' parts (each was peeled by a call on the rest: a stack overflow), a unit's row of 4 000
// numbered items (each copied the row: 506 MB of JSON for 134 KB), a header row of 16 000 distinct cells
// (each compared with the others: 8 s).
TEST(HostileTextTest, TablesByUnitLeadersPartsAndWideRows) {
  const std::string head = "附件\n\n任务分工\n\n";
  Result<Document> doc =
      Read(head + "| 序号 | 工作任务 | 责任单位 |\n| --- | --- | --- |\n| 1 | 推进项目建设。 | " +
           Repeat("市领导张三负责，", 8000) + "县发改局牵头 |\n");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->tasks.size(), 1u);
  std::string items;
  for (int n = 1; n <= 4000; ++n)
    items += (n > 1 ? "<br>" : "") + std::to_string(n) + ".推进第" + std::to_string(n) + "项建设。";
  doc = Read(head +
             "| 责任单位 | 分管县领导 | 重点工作任务 |\n| --- | --- | --- |\n| 县发改局 | 周海峰副县长 | " +
             items + " |\n");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_LE(doc->tasks.size(), 1u) << "a list of 4 000 is no unit's tasks";
  // (The second review) a verb of support 20 000 times in a paragraph and in a cell: each was read again on
  // the rest (a stack overflow).
  doc = Read(head + "1.推进设备更新。由" + Repeat("县委支持", 20000) + "县委负责。\n");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  doc = Read(head + "| 序号 | 工作任务 | 责任单位 |\n| --- | --- | --- |\n| 1 | 推进项目建设。 | " +
             Repeat("县委支持", 20000) + "县委负责 |\n");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  std::string wide = "|";
  for (int c = 0; c < 16000; ++c) wide += " 列" + std::to_string(c) + " |";
  doc = Read(head + wide + "\n" + wide + "\n");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
}

// Found by fuzzing: a line opening with 号 after a blank line (⏎⏎号为…) was looked at again and again as the
// end of a 序⏎号 wrapped in a table's column (the reader never moved past it).
TEST(HostileTextTest, ALineOpeningWithHaoAfterABlankLine) {
  Result<Document> doc =
      Read("国发〔2099〕30号\n\n号为持续优化营商环境，现提出以下意见：\n\n一、进一步破除隐性门槛\n");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
}

// Wikitext (round 116): templates and links nested tens of thousands deep (each a walk inside the last: a
// stack overflow), unclosed `<b`, `[http` and comments by the hundred thousand (each a search to the end),
// spans past any grid, a line of 100 000 empty cells.
TEST(HostileTextTest, WikitextNestsUnclosedMarkupAndSpans) {
  const std::string header = "{{Header}}\n";
  for (const std::string& text :
       {header + Repeat("{{", 200000) + "x" + Repeat("}}", 200000), header + Repeat("<b", 500000) + "\n",
        header + Repeat("[http", 200000) + Repeat("[[", 100000) + "\n",
        header + Repeat("[[", 40000) + Repeat("]]", 40000) + "\n", header + Repeat("<!--\n", 200000),
        header + Repeat("[http]", 300000) + "\n",
        "{|\n" + Repeat("|rowspan=99999999 colspan=99999 | 县局\n|-\n", 3000) + "|}\n",
        "{|\n|" + Repeat("||", 100000) + "\n|}\n"}) {
    Result<Document> doc = Read(text);
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    for (const Block& b : doc->blocks) EXPECT_LE(b.cells.size(), 64u);
  }
}

TEST(HostileTextTest, HundredThousandNestedBrackets) {
  const std::string text = "附件\n\n任务分工\n\n一、王某县长负责的工作\n\n1.推进" + Repeat("（", 100000) +
                           "县发改局" + Repeat("）", 100000) + "建设。\n";
  Result<Document> doc = Read(text);
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->tasks.size(), 1u);
  EXPECT_EQ(doc->tasks[0].text.size(),
            text.size() - std::string("附件\n\n任务分工\n\n一、王某县长负责的工作\n\n1.\n").size());
}

// The enrich stage: one clause of 40 000 quantities (its end was once looked for
// again for each: 3.6 s for 20 000), and one sentence of 20 000 reporting rules
// (each copied its clause: 251 s and 16 GB).
TEST(HostileTextTest, EnrichReadersStayLinear) {
  const std::string head = "附件\n\n任务分工\n\n一、王某县长负责的工作\n\n";
  Result<Document> doc = Read(head + "1." + Repeat("新建1个", 20000) + Repeat("改造2所", 20000) + "。\n");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 1u);
  const auto& targets = doc->tasks[0].targets;
  ASSERT_EQ(targets.size(), 40000u);
  // Each target found in its own place, in order: the 40 000th is near the end of the line.
  EXPECT_LT(targets[0].span.offset, targets[1].span.offset);
  EXPECT_LT(targets[20000].span.offset, targets.back().span.offset);
  EXPECT_EQ(targets.back().span.length, std::string("改造2所").size());

  // A target's text repeated just before it: the span search tried every start (24 s before).
  doc = Read(head + "1." + Repeat("甲", 100000) + "，" + Repeat("甲", 100000) + "增长5%。\n");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks[0].targets.size(), 1u);
  EXPECT_EQ(doc->tasks[0].targets[0].span.column, 100004u);
  // The same where the original differs from the text (a space the normalizer removed): found
  // too, the space inside the span.
  doc = Read(head + "1." + Repeat("甲", 100000) + "，" + Repeat("甲", 50000) + " " + Repeat("甲", 50000) +
             "增长5%。\n");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks[0].targets.size(), 1u);
  EXPECT_EQ(doc->tasks[0].targets[0].span.column, 100004u);
  EXPECT_EQ(doc->tasks[0].targets[0].span.length, 300009u);
  // 40 000 targets that differ from the original by width (１ for 1): each was searched for as it is
  // to the end of the block first (6 s), then loosely.
  doc = Read(head + "1." + Repeat("新建１个", 40000) + "。\n");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks[0].targets.size(), 40000u);
  EXPECT_EQ(doc->tasks[0].targets.back().span.column, 2u + 39999u * 4u + 1u);

  doc = Read("关于做好工作的通知\n\n各单位" + Repeat("每月5日报送", 20000) + "进展。\n");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->metadata.reporting_schedule.size(), 20000u);
  for (const ReportingItem& r : doc->metadata.reporting_schedule) ASSERT_LE(r.text.size(), 80u * 4);
}

TEST(HostileTextTest, UnbalancedBracketsEverywhere) {
  Result<Document> doc =
      Read("附件\n\n任务分工\n\n一、王某县长负责的工作\n\n1.推进" + Repeat("（牵头单位：", 20000) + "\n");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->tasks.size(), 1u);
}

TEST(HostileTextTest, ManyTinyParagraphs) {
  Result<Document> doc = Read(Repeat("一\n", 20000));
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->blocks.size(), 20000u);
}

TEST(HostileTextTest, ManyTasks) {
  std::string text = "附件\n\n任务分工\n\n";
  for (int i = 1; i <= 5000; ++i) text += std::to_string(i) + ".推进建设。（牵头单位：县发改局）\n";
  Result<Document> doc = Read(text);
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 5000u);
  EXPECT_EQ(doc->tasks.back().lead_units, std::vector<std::string>{"县发改局"});
}

TEST(HostileTextTest, OneLongLine) {
  const std::string line = Repeat("建设", 1 << 20);  // 6 MiB, no line end
  Result<Document> doc = Read(line);
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->blocks.size(), 1u);
  EXPECT_EQ(doc->blocks[0].original.size(), line.size());
}

TEST(HostileTextTest, NulBytesAreBinaryUnlessLenient) {
  static constexpr char kText[] = "附件\n\n1.推进\0建设\n";
  const std::string text(kText, sizeof kText - 1);
  Result<Document> doc = Read(text);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kUnsupportedFormat);
  EXPECT_EQ(doc.status().line(), 3u);
  EXPECT_EQ(doc.status().column(), 5u);
  EXPECT_EQ(doc.status().offset(), 16u);
  ExtractOptions lenient;
  lenient.read.lenient = true;
  Result<Document> read = Read(text, lenient);
  ASSERT_TRUE(read.ok());
  EXPECT_NE(read->blocks.back().original.find('\0'), std::string::npos) << "kept, not dropped";
}

TEST(HostileTextTest, ByteOrderMarkThatLies) {
  const std::string body = "附件\n1.推进建设\n";
  // A UTF-16 BOM before UTF-8 bytes: refused, naming the BOM; --encoding reads them.
  Result<Document> lie16 = Read("\xFF\xFE" + body);
  ASSERT_FALSE(lie16.ok());
  EXPECT_EQ(lie16.status().code(), StatusCode::kInvalidEncoding);
  EXPECT_NE(lie16.status().message().find("UTF-16LE"), std::string::npos) << lie16.status().message();
  ExtractOptions utf8;
  utf8.read.encoding = "UTF-8";
  Result<Document> forced = Read("\xFF\xFE" + body, utf8);
  ASSERT_TRUE(forced.ok()) << forced.status().ToString();
  EXPECT_EQ(forced->blocks[0].text, "附件");
  // --lenient skips the mark, reads the bytes as what they are, and says so (a fuzzer found that it
  // refused them although lenient reading promises a document).
  ExtractOptions lenient;
  lenient.read.lenient = true;
  Result<Document> skipped = Read("\xFF\xFE" + body, lenient);
  ASSERT_TRUE(skipped.ok()) << skipped.status().ToString();
  EXPECT_EQ(skipped->blocks[0].text, "附件");
  EXPECT_EQ(skipped->blocks[0].span.offset, 2u);
  bool warned = false;
  for (const Diagnostic& d : skipped->diagnostics)
    if (d.rule == "GW-SOURCE-BOM-MISMATCH") {
      warned = true;
      EXPECT_EQ(d.span.offset, 0u);
      EXPECT_EQ(d.span.length, 2u);
    }
  EXPECT_TRUE(warned);
  // A UTF-8 BOM before GB18030 bytes: an error at the first bad byte; --encoding GB18030 reads them.
  const std::string gb = "\xB8\xBD\xBC\xFE\n";  // 附件
  Result<Document> lie8 = Read("\xEF\xBB\xBF" + gb);
  ASSERT_FALSE(lie8.ok());
  EXPECT_EQ(lie8.status().code(), StatusCode::kInvalidEncoding);
  EXPECT_EQ(lie8.status().offset(), 3u);
  ExtractOptions gb18030;
  gb18030.read.encoding = "GB18030";
  Result<Document> read = Read("\xEF\xBB\xBF" + gb, gb18030);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->blocks[0].text, "附件") << "the BOM is skipped, not read as 锘";
  // Real UTF-16 with its BOM still reads.
  Result<Document> real = Read(std::string("\xFF\xFE\x44\x96\xF6\x4E\x0A\x00", 8));
  ASSERT_TRUE(real.ok()) << real.status().ToString();
  EXPECT_EQ(real->blocks[0].text, "附件");
}

TEST(HostileTextTest, TruncatedMultiByteEncodings) {
  // UTF-16 with an odd byte at the end, GB18030 cut inside a character, UTF-8 cut inside one.
  const std::string utf16 = std::string("\xFF\xFE\x44\x96\xF6\x4E\x0A\x00", 8) + "A";
  Result<Document> a = Read(utf16);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), StatusCode::kInvalidEncoding);
  EXPECT_EQ(a.status().offset(), 8u);
  ExtractOptions gb;
  gb.read.encoding = "GB18030";
  Result<Document> b = Read("\xB8\xBD\xBC\xFE\n\x81", gb);
  ASSERT_FALSE(b.ok());
  EXPECT_EQ(b.status().offset(), 5u);
  Result<Document> c = Read("附件\n任\xE5\x8A");
  ASSERT_FALSE(c.ok());
  EXPECT_EQ(c.status().line(), 2u);
  // Each one read leniently: U+FFFD in place, a warning for each place.
  ExtractOptions lenient;
  lenient.read.lenient = true;
  Result<Document> d = Read("附件\n任\xE5\x8A", lenient);
  ASSERT_TRUE(d.ok());
  EXPECT_FALSE(d->diagnostics.empty());
}

TEST(HostileTextTest, EmptyAndWhitespaceOnly) {
  for (const char* text : {"", "\n\n\n", "   \t\n\xE3\x80\x80\n", "\xEF\xBB\xBF"}) {
    Result<Document> doc = Read(text);
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    EXPECT_TRUE(doc->tasks.empty());
  }
}

TEST(HostileTextTest, SizeLimitIsAnOption) {
  ExtractOptions small;
  small.read.max_bytes = 10;
  Result<Document> doc = Read(Repeat("一\n", 10), small);
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kTooLarge);
}

}  // namespace
}  // namespace gongwen

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include "gongwen/extract.h"
#include "gongwen/source.h"
#include "source/detect.h"
#include "source/span_cursor.h"
#include "test_util.h"

namespace gongwen {
namespace {

using testing::Encode;
using testing::MustDecode;

const std::string kText = "古政办发〔2023〕11号\n27.全县地区生产总值增长7.5%左右。\n";

TEST(SourceTest, PlainUtf8IsDetectedAndKeptAsIs) {
  Source s = MustDecode(kText);
  EXPECT_EQ(s.encoding(), "UTF-8");
  EXPECT_FALSE(s.had_bom());
  EXPECT_EQ(s.text(), kText);
  EXPECT_EQ(s.original_size(), kText.size());
  EXPECT_EQ(s.sha256().size(), 64u);
}

TEST(SourceTest, Utf8BomIsDroppedFromTextButCountsInOffsets) {
  Source s = MustDecode("\xEF\xBB\xBF" + kText);
  EXPECT_EQ(s.encoding(), "UTF-8");
  EXPECT_TRUE(s.had_bom());
  EXPECT_EQ(s.text(), kText);
  Span span = s.SpanOf(0, 3);
  EXPECT_EQ(span.offset, 3u);
  EXPECT_EQ(span.line, 1u);
  EXPECT_EQ(span.column, 1u);
}

TEST(SourceTest, Utf16WithBomBothByteOrders) {
  for (const char* enc : {"UTF-16LE", "UTF-16BE"}) {
    std::string bom = std::string(enc) == "UTF-16LE" ? "\xFF\xFE" : "\xFE\xFF";
    Source s = MustDecode(bom + Encode(kText, enc));
    EXPECT_EQ(s.encoding(), enc);
    EXPECT_EQ(s.text(), kText);
    // "27." starts line 2: after 2 (BOM) + 2 bytes per UTF-16 unit of line 1.
    size_t line2 = kText.find('\n') + 1;
    Span span = s.SpanOf(line2, line2 + 2);
    EXPECT_EQ(span.line, 2u);
    EXPECT_EQ(span.column, 1u);
    EXPECT_EQ(span.offset, 2u + 2u * 14u);  // 13 characters and the line feed
    EXPECT_EQ(span.length, 4u);
  }
}

TEST(SourceTest, Gb18030WithoutBomIsDetected) {
  std::string gb = Encode(kText + "各乡镇、各部门要精心组织，周密部署，结合工作实际，制定落实重点工作的实施方案。\n", "GB18030");
  Source s = MustDecode(gb);
  EXPECT_EQ(s.encoding(), "GB18030");
  EXPECT_EQ(s.text().substr(0, kText.size()), kText);
  // 古政办发 are two bytes each in GB18030: the 〔 is at byte 8.
  size_t bracket = kText.find("〔");
  EXPECT_EQ(s.SpanOf(bracket, bracket + 3).offset, 8u);
  EXPECT_EQ(s.SpanOf(bracket, bracket + 3).column, 5u);
}

TEST(SourceTest, Big5WithoutBomIsDetected) {
  const std::string traditional =
      "臺灣省政府關於印發年度重點工作任務分工的通知\n各縣市政府，省直各機關：\n"
      "現將重點工作任務分工印發給你們，請認真貫徹落實。各單位要精心組織，周密部署，結合工作實際。\n";
  Source s = MustDecode(Encode(traditional, "Big5"));
  EXPECT_EQ(s.encoding(), "Big5");
  EXPECT_EQ(s.text(), traditional);
}

// Short texts and traditional characters saved in GB18030 (a mainland file quoting a Taiwanese
// name): the readings in both encodings decide, each line on its own a test of the rule.
TEST(SourceTest, ShortAndTraditionalTextsAreDetected) {
  struct Case {
    std::string text;
    const char* encoding;
  };
  const Case cases[] = {
      {"关于印发通知\n", "GB18030"},
      {"县政府办公室\n", "GB18030"},
      {"責任單位：縣政府辦公室\n", "GB18030"},  // GBK's traditional characters: trail bytes Big5 refuses
      {"責任單位：縣政府辦公室\n", "Big5"},
      {"各乡镇人民政府，县直各单位：现将重点工作任务分工印发给你们。\n", "GB18030"},
      {"各鄉鎮人民政府，縣直各單位：現將重點工作任務分工印發給你們。\n", "Big5"},
      // Short Big5 lines ICU's detector alone took for GB18030 (the review's cases).
      {"國家發展委員會\n", "Big5"},
      {"交通部公路局\n", "Big5"},
      {"數位發展部\n", "Big5"},
      {"說明：\n", "Big5"},
  };
  for (const Case& c : cases) {
    Source s = MustDecode(Encode(c.text, c.encoding));
    EXPECT_EQ(s.encoding(), c.encoding) << c.text;
    EXPECT_EQ(s.text(), c.text);
  }
}

// A byte Big5 cannot hold in a GB18030 text that is otherwise plain GB2312: 0x80 as a trail.
TEST(SourceTest, Gb18030TrailBytesBig5RefusesDecide) {
  std::string gb =
      Encode("县政府办公室牵头，各单位配合。\n", "GB18030") + Encode("丂\n", "GB18030");  // 丂 = 81 40
  gb += Encode("亐\n", "GB18030");  // 亐 = 81 80: a trail Big5 has no place for
  Source s = MustDecode(gb);
  EXPECT_EQ(s.encoding(), "GB18030");
}

// The fast rule itself, not ICU behind it (whose fallback is GB18030 too): a trail byte Big5 has no place for
// decides GB18030; traditional text in Big5 is Big5; too few characters, or bytes broken in both readings,
// are left to ICU (nullptr).
TEST(SourceTest, TheBytesAloneDecideWhenTheySaySoPlainly) {
  const std::string gb =
      Encode("县政府办公室牵头，各单位配合。\n", "GB18030") + Encode("亐\n", "GB18030");  // 81 80
  EXPECT_STREQ(internal::ClearChineseEncoding(gb), "GB18030");
  EXPECT_STREQ(
      internal::ClearChineseEncoding(Encode("各鄉鎮人民政府，縣直各單位：現將重點工作任務印發。\n", "Big5")),
      "Big5");
  EXPECT_STREQ(internal::ClearChineseEncoding(Encode("交通部公路局\n", "Big5")), "Big5");
  EXPECT_EQ(internal::ClearChineseEncoding(Encode("乐\n", "GB18030")), nullptr);  // one character: unclear
  EXPECT_EQ(internal::ClearChineseEncoding("\x81\x80\xFF\xFF\x80"), nullptr);     // broken in both
}

TEST(SourceTest, EncodingOverrideBypassesDetection) {
  std::string gb = Encode(kText, "GB18030");
  ReadOptions options;
  options.encoding = "gbk";
  Source s = MustDecode(gb, options);
  EXPECT_EQ(s.encoding(), "GBK");
  EXPECT_EQ(s.text(), kText);
}

TEST(SourceTest, UnknownEncodingNameIsAnInvalidArgument) {
  ReadOptions options;
  options.encoding = "no-such-encoding";
  Result<Source> r = DecodeSource(kText, "x.txt", options);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
}

// What DecodeSource refuses as an encoding name, IsKnownEncoding says before any file is read.
TEST(SourceTest, IsKnownEncodingAgreesWithDecodeSource) {
  for (const char* name :
       {"GB18030", "gbk", "UTF-16LE", "Big5", "utf8", "no-such-encoding", "", "GB 18030 x"}) {
    ReadOptions options;
    options.encoding = name;
    const bool decodes =
        DecodeSource(kText, "x.txt", options).status().code() != StatusCode::kInvalidArgument;
    EXPECT_EQ(IsKnownEncoding(name), decodes && *name != '\0') << name;
  }
}

// Aliases of one converter are one name, the one a decoded source reports.
TEST(SourceTest, EncodingNameIsWhatTheSourceReports) {
  for (const char* alias : {"gbk", "GBK", "cp936", "windows-936"})
    EXPECT_EQ(EncodingName(alias), "GBK") << alias;
  for (const char* alias : {"gb18030", "GB18030"}) EXPECT_EQ(EncodingName(alias), "GB18030") << alias;
  EXPECT_EQ(EncodingName("utf8"), "UTF-8");
  EXPECT_EQ(EncodingName(""), "");
  EXPECT_EQ(EncodingName("no-such-thing"), "");
  ReadOptions options;
  options.encoding = "cp936";
  Result<Source> source = DecodeSource("\xD2\xBB", "g.txt", options);  // 一 in GBK
  ASSERT_TRUE(source.ok());
  EXPECT_EQ(source->encoding(), EncodingName("cp936"));
}

TEST(SourceTest, InvalidUtf8NamesByteOffsetLineAndColumn) {
  std::string bad = kText + "第三行\xC3\x28文字\n" + kText + kText;
  Result<Source> r = DecodeSource(bad, "bad.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidEncoding);
  EXPECT_EQ(r.status().file(), "bad.txt");
  ASSERT_TRUE(r.status().offset().has_value());
  EXPECT_EQ(*r.status().offset(), kText.size() + 9);
  EXPECT_EQ(r.status().line(), 3u);
  EXPECT_EQ(r.status().column(), 4u);
  EXPECT_NE(r.status().ToString().find("bad.txt:3:4:"), std::string::npos) << r.status().ToString();
  EXPECT_NE(r.status().ToString().find("byte offset " + std::to_string(kText.size() + 9)), std::string::npos);
}

TEST(SourceTest, TruncatedUtf8AtEndIsAnError) {
  Result<Source> r = DecodeSource(kText + kText + "古\xE5\x8E", "t.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(*r.status().offset(), 2 * kText.size() + 3);
}

// The well-formedness check of UTF-8 takes the boundaries of the Unicode Standard's table 3-7, as
// ICU's decoder does: each ill-formed sequence is found at its first byte, each edge case is text.
TEST(SourceTest, Utf8EdgesAreJudgedAsIcuJudgesThem) {
  const std::string before = kText + "第三行";
  for (const char* bad : {"\xC0\x80", "\xC1\xBF", "\xE0\x80\x80", "\xE0\x9F\xBF", "\xED\xA0\x80",
                          "\xED\xBF\xBF", "\xF0\x8F\xBF\xBF", "\xF4\x90\x80\x80", "\xF5\x80\x80\x80", "\xFF",
                          "\x80", "\xE4\xB8x", "\xF0\x9F\x98x"}) {
    Result<Source> r = DecodeSource(before + bad + "文字\n", "edge.txt", ReadOptions{.encoding = "UTF-8"});
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidEncoding) << bad;
    EXPECT_EQ(*r.status().offset(), before.size()) << bad;
  }
  for (const char* good : {"\xC2\x80", "\xDF\xBF", "\xE0\xA0\x80", "\xED\x9F\xBF", "\xEE\x80\x80",
                           "\xEF\xBF\xBF", "\xF0\x90\x80\x80", "\xF4\x8F\xBF\xBF"}) {
    Source s = MustDecode(before + good + "文字\n");
    EXPECT_EQ(s.encoding(), "UTF-8") << good;
    EXPECT_EQ(s.text(), before + good + "文字\n");
  }
}

// A file with no text, and a DOCX by its name that is not a package, are read and said (warnings), so
// that a damaged file in an archive stands out; a text named so, or a blank line in a notice, is not.
TEST(SourceTest, EmptyAndMisnamedInputsAreSaid) {
  const auto rules = [](const std::string& bytes, const std::string& path) {
    Result<Source> r = DecodeSource(bytes, path);
    EXPECT_TRUE(r.ok()) << path;
    std::vector<std::string> found;
    if (r.ok())
      for (const Diagnostic& d : r->diagnostics()) {
        EXPECT_EQ(d.severity, Severity::kWarning);
        found.push_back(d.rule);
      }
    return found;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(rules("", "a.txt"), V{"GW-SOURCE-EMPTY"});
  EXPECT_EQ(rules("", "a.docx"), V{"GW-SOURCE-EMPTY"});  // empty says it all
  EXPECT_EQ(rules(" \n\r\n\t\f\xE3\x80\x80\n", "blank.txt"), V{"GW-SOURCE-EMPTY"});
  EXPECT_EQ(rules("\xEF\xBB\xBF", "bom.txt"), V{"GW-SOURCE-EMPTY"});
  EXPECT_EQ(rules("hello\n", "x/Report.DOCX"), V{"GW-SOURCE-NOT-DOCX"});
  for (const char* name : {"a.docm", "a.dotx", "a.dotm"})
    EXPECT_EQ(rules("hello\n", name), V{"GW-SOURCE-NOT-DOCX"});
  EXPECT_EQ(rules("hello\n", "a.docx.txt"), V{});
  EXPECT_EQ(rules("hello\n", "docx.d/readme"), V{});
  EXPECT_EQ(rules("hello\n", "docx"), V{});
  EXPECT_EQ(rules("hello\n", ".docx"), V{}) << "a dotfile has no extension";
  EXPECT_EQ(rules("hello\n", "a/.docx"), V{});
  EXPECT_EQ(rules(kText, "test.txt"), V{});
}

TEST(SourceTest, LenientSubstitutesAndRecordsEachPlace) {
  ReadOptions options;
  options.lenient = true;
  std::string bad = kText + "第三行\xC3\x28文字\n" + kText + kText;
  Source s = MustDecode(bad, options);
  EXPECT_NE(s.text().find("第三行\xEF\xBF\xBD(文字"), std::string::npos);
  ASSERT_EQ(s.diagnostics().size(), 1u);
  EXPECT_EQ(s.diagnostics()[0].rule, "GW-SOURCE-INVALID-BYTES");
  EXPECT_EQ(s.diagnostics()[0].severity, Severity::kWarning);
  EXPECT_EQ(s.diagnostics()[0].span.offset, kText.size() + 9);
  EXPECT_EQ(s.diagnostics()[0].span.line, 3u);
}

TEST(SourceTest, InvalidGb18030IsAnErrorWithOffset) {
  ReadOptions options;
  options.encoding = "GB18030";
  std::string gb = Encode("古县", "GB18030") + "\x81\x20" + Encode("人民", "GB18030");
  Result<Source> r = DecodeSource(gb, "g.txt", options);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidEncoding);
  EXPECT_EQ(*r.status().offset(), 4u);
}

TEST(SourceTest, EmptyInputIsEmptyText) {
  Source s = MustDecode("");
  EXPECT_EQ(s.text(), "");
  EXPECT_EQ(s.encoding(), "UTF-8");
}

TEST(SourceTest, SizeLimit) {
  ReadOptions options;
  options.max_bytes = 10;
  Result<Source> r = DecodeSource(kText, "big.txt", options);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kTooLarge);
}

TEST(SourceTest, FilesMissingAndDirectoriesAreClearErrors) {
  Result<Source> missing = ReadSourceFile("/nonexistent/notice.txt");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(missing.status().file(), "/nonexistent/notice.txt");
  Result<Source> dir = ReadSourceFile(std::filesystem::temp_directory_path().string());
  ASSERT_FALSE(dir.ok());
  EXPECT_EQ(dir.status().code(), StatusCode::kIoError);
}

TEST(SourceTest, LineFeedsOnlyCountLinesAndColumns) {
  const std::string text = "甲\n\n乙丙\n\n\n丁";  // blank lines, and no line end after the last
  Source s = MustDecode(text);
  const struct {
    const char* at;
    uint32_t line, column;
  } expected[] = {{"甲", 1, 1}, {"乙", 3, 1}, {"丙", 3, 2}, {"丁", 6, 1}};
  for (const auto& e : expected) {
    const size_t pos = text.find(e.at);
    Span span = s.SpanOf(pos, pos + 3);
    EXPECT_EQ(span.line, e.line) << e.at;
    EXPECT_EQ(span.column, e.column) << e.at;
    EXPECT_EQ(span.offset, pos) << e.at;
  }
  EXPECT_EQ(s.SpanOf(text.size(), text.size()).line, 6u);
  EXPECT_EQ(MustDecode("甲\n").SpanOf(4, 4).line, 2u) << "after the last line end, a line of its own";
}

// The cursor gives Source::SpanOf's spans, for places in rising order, going back, across LF, CRLF
// and CR line ends, on a line longer than the column checkpoints' stride, and past the end.
TEST(SourceTest, SpanCursorGivesTheSpansOfSpanOf) {
  std::string long_line;
  for (int i = 0; i < 400; ++i) long_line += "各乡镇 ab，";
  const std::string text = "第一行\r\n" + long_line + "\r末\n\n二\r\n";
  for (const std::string& bytes : {text, "\xEF\xBB\xBF" + text, Encode(text, "GB18030")}) {
    Source s = MustDecode(bytes);
    internal::SpanCursor cursor(s);
    std::vector<size_t> places;
    for (size_t pos = 0; pos <= s.text().size() + 2; pos += 7) places.push_back(pos);
    for (size_t pos = s.text().size(); pos > 0; pos -= std::min<size_t>(pos, 1000)) places.push_back(pos);
    for (size_t pos : places) {
      const size_t end = pos + 5;
      EXPECT_EQ(cursor.SpanOf(pos, end), s.SpanOf(pos, end)) << pos;
      EXPECT_EQ(cursor.SpanOf(pos, pos), s.SpanOf(pos, pos)) << pos;
    }
  }
}

TEST(SourceTest, CrLfAndCrLineEndsCountLines) {
  Source s = MustDecode("甲\r\n乙\r丙\n丁");
  size_t d = s.text().find("丁");
  EXPECT_EQ(s.SpanOf(d, d + 3).line, 4u);
  size_t b = s.text().find("乙");
  EXPECT_EQ(s.SpanOf(b, b + 3).line, 2u);
}

// A package reader may hand over its map to the original part byte by byte or as steps: the
// offsets are the same; steps that do not start at 0 or do not rise are not used.
TEST(SourceTest, ExtractedTextMapsByBytesOrBySteps) {
  const std::string text = "一、总体要求\n27.任务\n";  // two paragraphs, at XML offsets 100 and 250
  const size_t second = text.find("27.");
  ExtractedText dense;
  dense.text = text;
  dense.original_of.assign(text.size() + 1, 100);
  std::fill(dense.original_of.begin() + static_cast<std::ptrdiff_t>(second), dense.original_of.end(), 250);
  ExtractedText steps;
  steps.text = text;
  steps.original_steps = {0, 100, static_cast<uint32_t>(second), 250};
  const Source a = MakeSource("xml", dense), b = MakeSource("xml", steps);
  for (size_t pos = 0; pos <= text.size(); ++pos)
    EXPECT_EQ(a.OriginalOffset(pos), b.OriginalOffset(pos)) << pos;
  EXPECT_EQ(b.OriginalOffset(0), 100u);
  EXPECT_EQ(b.OriginalOffset(second), 250u);
  EXPECT_EQ(b.SpanOf(second, second + 3), a.SpanOf(second, second + 3));

  ExtractedText malformed = dense;
  // Steps that are not usable: the byte map answers (the steps would give 250 and 999 at 0).
  malformed.original_steps = {0, 100, 0, 250};  // not rising
  EXPECT_EQ(MakeSource("xml", malformed).OriginalOffset(0), 100u);
  EXPECT_EQ(MakeSource("xml", malformed).OriginalOffset(second), 250u);
  malformed.original_steps = {4, 999};  // not from 0
  EXPECT_EQ(MakeSource("xml", malformed).OriginalOffset(0), 100u);
}

// Quoted-printable as Word writes it: lines of 76 at most, a soft break (=) wherever the line is full, a
// character's bytes split by one as often as not, every byte past ASCII and every = as =XX.
std::string QuotedPrintable(const std::string& bytes) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out, line;
  for (unsigned char c : bytes) {
    std::string piece;
    if (c == '\n') {
      out += line + "\r\n";
      line.clear();
      continue;
    }
    if (c >= 0x80 || c == '=') {
      piece = {'=', kHex[c >> 4], kHex[c & 15]};
    } else {
      piece = std::string(1, static_cast<char>(c));
    }
    if (line.size() + piece.size() > 75) {
      out += line + "=\r\n";
      line.clear();
    }
    line += piece;
  }
  return out + line;
}

std::string Mhtml(const std::string& part_headers, const std::string& body) {
  return "MIME-Version: 1.0\r\nContent-Type: multipart/related; "
         "boundary=\"----=_NextPart_01DB94BD.B2F9B280\"\r\n\r\n"
         "此文档为“单个文件网页”。\r\n\r\n------=_NextPart_01DB94BD.B2F9B280\r\n"
         "Content-Location: file:///C:/B2F9B280/fengong.htm\r\n" +
         part_headers + "\r\n" + body +
         "\r\n\r\n------=_NextPart_01DB94BD.B2F9B280\r\nContent-Location: "
         "file:///C:/B2F9B280/fengong.files/image001.png\r\n"
         "Content-Transfer-Encoding: base64\r\nContent-Type: image/png\r\n\r\niVBORw0KGgo=\r\n\r\n"
         "------=_NextPart_01DB94BD.B2F9B280--\r\n";
}

const std::string kPage =
    "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"></head><body>"
    "<p class=MsoNormal>附件</p><p class=MsoNormal>重点工作任务分工</p><table class=MsoNormalTable>"
    "<tr><td><p>序号</p></td><td><p>重点工作任务</p></td><td><p>牵头单位</p></td><td><p>配合单位</p></td></"
    "tr>\n"
    "<tr><td><p>1</p></td><td><p>推进重点项目建设，全年实施项目120个。</p></td><td><p>县发展和改革局</p></td>"
    "<td><p>县财政局</p></td></tr>\n"
    "<tr><td><p>2</p></td><td><p>培育壮大工业企业，新增规上企业20家。</p></td><td><p>县工业和信息化局</p></"
    "td>"
    "<td><p>县统计局</p></td></tr></table></body></html>\n";

// Round 151 (777): Word's 单个文件网页 (.mht): the page is the message's text/html part, quoted-printable
// in gb2312 (its characters cut by soft breaks), read as a saved page is, every position the file's own.
TEST(SourceTest, AnMhtmlArchivesPageIsReadWherePrinted) {
  const std::string mht =
      Mhtml("Content-Transfer-Encoding: quoted-printable\r\nContent-Type: text/html; charset=\"gb2312\"\r\n",
            QuotedPrintable(testing::Encode(kPage, "GB18030")));
  Result<Document> doc = ExtractBytes(mht, "n.mht");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->source.format, "mhtml");
  EXPECT_EQ(doc->source.encoding, "GB18030");
  EXPECT_EQ(doc->source.size, mht.size());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[1].text, "培育壮大工业企业，新增规上企业20家。");
  EXPECT_EQ(doc->tasks[1].lead_units, std::vector<std::string>{"县工业和信息化局"});
  // (The task's row, in the file: its quoted-printable bytes, within the page's part.)
  const Span& span = doc->tasks[1].span;
  ASSERT_LE(span.offset + span.length, mht.size());
  EXPECT_EQ(mht.substr(static_cast<size_t>(span.offset), 4), "<tr>");
  EXPECT_GT(span.offset, mht.find("quoted-printable"));
  // So base64, in UTF-8.
  std::string base64;
  {
    static constexpr char kDigits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (size_t i = 0; i < kPage.size(); i += 3) {
      uint32_t n = static_cast<uint8_t>(kPage[i]) << 16;
      if (i + 1 < kPage.size()) n |= static_cast<uint8_t>(kPage[i + 1]) << 8;
      if (i + 2 < kPage.size()) n |= static_cast<uint8_t>(kPage[i + 2]);
      base64 += kDigits[(n >> 18) & 63];
      base64 += kDigits[(n >> 12) & 63];
      base64 += i + 1 < kPage.size() ? kDigits[(n >> 6) & 63] : '=';
      base64 += i + 2 < kPage.size() ? kDigits[n & 63] : '=';
      if (base64.size() % 78 == 76) base64 += "\r\n";
    }
  }
  // (The page inside a multipart/alternative part, as mail clients nest it; an empty page before it passed.)
  Result<Document> nested = ExtractBytes(
      Mhtml("Content-Type: text/html; charset=\"utf-8\"\r\n\r\n\r\n------=_NextPart_01DB94BD.B2F9B280\r\n"
            "Content-Type: multipart/alternative; boundary=\"inner\"\r\n\r\n--inner\r\n"
            "Content-Type: text/plain\r\n\r\n附件\r\n--inner\r\n"
            "Content-Type: text/html; charset=\"utf-8\"\r\n",
            kPage + "\r\n--inner--\r\n"),
      "m.mht");
  ASSERT_TRUE(nested.ok()) << nested.status().ToString();
  EXPECT_EQ(nested->source.format, "mhtml");
  EXPECT_EQ(nested->tasks.size(), 2u);
  Result<Document> b64 = ExtractBytes(
      Mhtml("Content-Transfer-Encoding: base64\r\nContent-Type: text/html; charset=\"utf-8\"\r\n", base64),
      "b.mht");
  ASSERT_TRUE(b64.ok()) << b64.status().ToString();
  ASSERT_EQ(b64->tasks.size(), 2u);
  EXPECT_EQ(b64->source.encoding, "UTF-8");
  EXPECT_EQ(b64->tasks[0].lead_units, std::vector<std::string>{"县发展和改革局"});
}

// A MIME archive that is no page: no boundary, no text/html part, or a broken quoted-printable tail: a named
// refusal (file and offset), or the page read as far as it goes; never a crash.
TEST(SourceTest, AnMhtmlWithoutItsPageIsRefusedByName) {
  Result<Document> no_boundary =
      ExtractBytes("MIME-Version: 1.0\r\nContent-Type: multipart/related\r\n\r\n<html></html>", "x.mht");
  ASSERT_FALSE(no_boundary.ok());
  EXPECT_EQ(no_boundary.status().code(), StatusCode::kUnsupportedFormat);
  EXPECT_NE(no_boundary.status().ToString().find("x.mht"), std::string::npos);
  Result<Document> no_page = ExtractBytes(
      "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Type: "
      "image/png\r\n\r\nAAAA\r\n--b--\r\n",
      "y.mht");
  ASSERT_FALSE(no_page.ok());
  EXPECT_NE(no_page.status().message().find("text/html"), std::string::npos);
  for (const char* tail : {"=", "=4", "=ZZ", "=\r", "= \r\n"}) {
    Result<Document> cut = ExtractBytes(
        "MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\n"
        "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: "
        "quoted-printable\r\n\r\n<p>1.=E6=8E=A8\r\n" +
            std::string(tail),
        "z.mht");
    EXPECT_TRUE(cut.ok() || cut.status().code() != StatusCode::kInternal) << tail;
  }
}

}  // namespace
}  // namespace gongwen

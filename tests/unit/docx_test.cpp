// The DOCX reader on fixtures made by real writers (corpus/docx/make_fixtures.py)
// and on hostile packages made here with libzip.
#include <tuple>

#include <gtest/gtest.h>
#include <zip.h>

#include "core/utf8.h"
#include "docx/numbering.h"
#include "docx/placed.h"
#include "docx/xml.h"
#include "gongwen/docx.h"
#include "gongwen/extract.h"
#include "gongwen/validate.h"
#include "test_util.h"

namespace gongwen {
namespace {

using V = std::vector<std::string>;

std::string Fixture(const char* name) { return testing::ReadFile(std::string(GONGWEN_SOURCE_DIR) + "/corpus/docx/" + name); }

Document MustExtract(const std::string& bytes, const ExtractOptions& options = {}) {
  Result<Document> doc = ExtractBytes(bytes, "fixture.docx", options);
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return doc.ok() ? std::move(doc).value() : Document{};
}

void ExpectSameTasksAsText(const Document& docx) {
  Document text = std::move(ExtractFile(testing::SamplePath())).value();
  testing::ExpectSameTasks(text, docx);
  ASSERT_TRUE(docx.metadata.doc_number.has_value());
  EXPECT_EQ(docx.metadata.doc_number->text, text.metadata.doc_number->text);
}

TEST(DocxTest, SampleWithTypedMarkersGivesTheSameTasksAsText) {
  Document doc = MustExtract(Fixture("sample-typed.docx"));
  EXPECT_EQ(doc.source.format, "docx");
  ExpectSameTasksAsText(doc);
}

// What Word and WPS write that a reader easily gets wrong (word-features.docx; old readings in
// the comments).
TEST(DocxTest, WordFeaturesReadAsWordShowsThem) {
  auto texts = [](const Document& doc) {
    V out;
    for (const DocumentBlock& b : doc.blocks)
      if (b.kind == BlockKind::kParagraph) out.push_back(b.text);
    return out;
  };
  Document doc = MustExtract(Fixture("word-features.docx"));
  EXPECT_EQ(texts(doc),
            (V{
                "一、总体要求",  // numbering through a numbering style (numStyleLink): no label
                "二、主要任务", "（一）细项", "一级标题", "正文级别", "段落正文级别",
                "•要点",            // U+F0B7
                "完成情况✔已完成",  // the run's AlternateContent was not read
                "1.\t第一项",       // the label's tab (w:suff), as Word prints it
                "2.\t第二项",       // the moved item's mark left an empty "2."
                "3.\t被移走的一项", "（一）第一项工作。",
                // The label went to the half after the page break; now the halves are joined.
                "（二）加快推进产业转型升级。持续优化营商环境，推动高质量发展全面提质提速。",
                "（三）第三项工作。",  // the label stood alone before the page break that opens it
                "结果：乙",            // a field inside a field's instruction gave 结果：9乙
            }));
  std::vector<int> levels;
  for (const DocumentBlock& b : doc.blocks)
    if (b.kind == BlockKind::kParagraph) levels.push_back(b.style.heading_level);
  // Outline level 9 is body text, in a style based on Heading 1 or on the paragraph itself.
  EXPECT_EQ(levels, (std::vector<int>{0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}));
  ExtractOptions original;
  original.docx.keep_original = true;
  V before = texts(MustExtract(Fixture("word-features.docx"), original));
  ASSERT_EQ(before.size(), 15u);
  EXPECT_EQ(V(before.begin() + 8, before.begin() + 11), (V{"1.\t第一项", "2.\t被移走的一项", "3.\t第二项"}));
}

// Units and deadlines shared by consecutive tasks, their cells merged down: the text is recorded
// once, in the first row, and every row the merge spans has it; a cell left empty without a merge
// is empty (task 3 has no cooperating unit, whatever task 2 had).
TEST(DocxTest, VerticallyMergedCellsBelongToEveryRowTheySpan) {
  Document doc = MustExtract(Fixture("table-merged.docx"));
  ASSERT_EQ(doc.tasks.size(), 6u);
  const V lead[] = {{"县政务服务中心"}, {"县政务服务中心"}, {"县司法局"},
                    {"县工信局"},       {"县工信局"},       {"县市场监管局"}};
  const V coop[] = {{"县大数据局"}, {"县大数据局"}, {}, {"县商务局"}, {"县商务局"}, {}};
  const char* deadline[] = {"2024-06-30", "2024-06-30", "2024-09-30",
                            "2024-12-31", "2024-12-31", "2024-12-31"};
  for (size_t i = 0; i < 6; ++i) {
    SCOPED_TRACE(doc.tasks[i].id);
    EXPECT_EQ(doc.tasks[i].lead_units, lead[i]);
    EXPECT_EQ(doc.tasks[i].cooperating_units, coop[i]);
    ASSERT_TRUE(doc.tasks[i].deadline.has_value());
    EXPECT_EQ(doc.tasks[i].deadline->date, deadline[i]);
  }
  // Recorded once: the second row of a merge has empty cells, marked as merged.
  const DocumentBlock* row2 = nullptr;
  for (const DocumentBlock& b : doc.blocks)
    if (b.kind == BlockKind::kTableRow && !b.cells.empty() && b.cells[0] == "2") row2 = &b;
  ASSERT_NE(row2, nullptr);
  EXPECT_EQ(row2->cells, (V{"2", "优化营商环境评价", "", "", ""}));
  EXPECT_EQ(row2->merged_above, (std::vector<bool>{false, false, true, true, true}));
}

// Paragraph marks where the author put none: a PDF's printed lines, each made a paragraph by the
// conversion, and a clause cut by a stray mark in text pasted from a web page. Read as the text
// file they came from is read.
TEST(DocxTest, PdfLinesAndStrayParagraphMarksGiveTheSameTasksAsText) {
  for (const char* name : {"28_linxi_qu_pdf_zhehang", "06_guowuyuan_gzbg_bumen_fengong"}) {
    SCOPED_TRACE(name);
    const std::string stem = std::string(GONGWEN_SOURCE_DIR) + "/corpus/generalization/" + name;
    Document text = std::move(ExtractFile(stem + ".txt")).value();
    Document doc = MustExtract(Fixture(name[0] == '2' ? "pdf-lines.docx" : "web-cut.docx"));
    testing::ExpectSameTasks(text, doc);
    EXPECT_GE(text.tasks.size(), 10u);
  }
}

TEST(DocxTest, SampleWithAutomaticNumberingGivesTheSameTasksAsText) {
  Document doc = MustExtract(Fixture("sample-numbered.docx"));
  ExpectSameTasksAsText(doc);
  // The markers were rendered from numbering, as Word shows them.
  V markers;
  for (const DocumentBlock& b : doc.blocks)
    if (b.style.numbered) markers.push_back(b.marker);
  ASSERT_EQ(markers.size(), 251u + 12u + 69u);
  EXPECT_EQ(markers[0], "一、");
  EXPECT_EQ(markers[1], "（一）");
  EXPECT_EQ(markers[2], "1.");
  EXPECT_NE(std::find(markers.begin(), markers.end(), "（五十六）"), markers.end());
  EXPECT_NE(std::find(markers.begin(), markers.end(), "251."), markers.end());
}

TEST(DocxTest, TaskTableWithMergedCells) {
  Document doc = MustExtract(Fixture("table.docx"));
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[0].text, "食品产业园二期");
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc.tasks[0].leaders[0].name, "周某");
  EXPECT_EQ(doc.tasks[0].leaders[0].title, "副县长");
  ASSERT_EQ(doc.tasks[0].extra.size(), 1u);
  EXPECT_EQ(doc.tasks[0].extra[0].second, "省重点");
  // Task 2 spans two rows (vertically merged): one task, the second row's unit added.
  EXPECT_EQ(doc.tasks[1].cooperating_units, (V{"县供电公司", "城关镇人民政府"}));
  EXPECT_EQ(doc.tasks[1].deadline->date, "2024-12-31");
  EXPECT_EQ(doc.tasks[2].section, "1.2");
  // Each cell's text stands where the row says it starts (repairs inside a cell are placed by it).
  Result<Reading> reading = ReadDocx(Fixture("table.docx"), "table.docx");
  ASSERT_TRUE(reading.ok());
  int rows = 0;
  for (const Block& b : reading->blocks) {
    if (b.kind != BlockKind::kTableRow) continue;
    ++rows;
    ASSERT_EQ(b.cell_begins.size(), b.cells.size());
    for (size_t c = 0; c < b.cells.size(); ++c) {
      std::string cell = b.cells[c];
      std::replace(cell.begin(), cell.end(), '\n', ' ');  // a cell's paragraphs share the row's line
      EXPECT_EQ(b.original.substr(b.cell_begins[c], cell.size()), cell) << b.original;
    }
  }
  EXPECT_GT(rows, 3);
  // Rows carry their place in the package.
  for (const DocumentBlock& b : doc.blocks)
    if (b.kind == BlockKind::kTableRow) {
      EXPECT_EQ(b.location.part, "word/document.xml");
      EXPECT_EQ(b.location.table, 0);
      EXPECT_GE(b.location.row, 0);
    }
}

TEST(DocxTest, TrackedChangesKeepInsertionsOrTheOriginal) {
  Document doc = MustExtract(Fixture("tracked.docx"));
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_EQ(doc.tasks[0].text, "全县地区生产总值增长7.5%左右。");
  EXPECT_EQ(doc.tasks[0].cooperating_units, (V{"县统计局", "县发展和改革局"}));
  ExtractOptions original;
  original.docx.keep_original = true;
  Document before = MustExtract(Fixture("tracked.docx"), original);
  ASSERT_EQ(before.tasks.size(), 1u);
  EXPECT_EQ(before.tasks[0].text, "全县地区生产总值增长7%左右。");
  EXPECT_EQ(before.tasks[0].cooperating_units, V{"县统计局"});
}

TEST(DocxTest, FieldsGiveTheirResultTextBoxesFollowTheirAnchorPageBreaksAreBlocks) {
  Document doc = MustExtract(Fixture("field-textbox.docx"));
  V texts;
  std::vector<BlockKind> kinds;
  for (const DocumentBlock& b : doc.blocks) {
    texts.push_back(b.text);
    kinds.push_back(b.kind);
  }
  EXPECT_EQ(texts, (V{"成文日期：2024年3月1日", "本通知共3个附件。", "正文段落带一个文本框。", "文本框里的说明文字",
                      "分页之前", "", "分页之后"}));
  EXPECT_EQ(kinds[5], BlockKind::kPageBreak);
  for (const std::string& t : texts) EXPECT_EQ(t.find("DATE"), std::string::npos);
  EXPECT_FALSE(doc.source.properties.empty());
}

TEST(DocxTest, LayoutHintsForLayoutRules) {
  Document doc = MustExtract(Fixture("layout.docx"));
  auto property = [&](const char* key) {
    for (const auto& [k, v] : doc.source.properties)
      if (k == key) return v;
    return std::string();
  };
  EXPECT_EQ(property("page_width_mm"), "210.0");
  EXPECT_EQ(property("page_height_mm"), "297.0");
  EXPECT_EQ(property("margin_top_mm"), "37.0");
  EXPECT_EQ(property("margin_left_mm"), "28.0");
  ASSERT_GE(doc.blocks.size(), 7u);
  const BlockStyle& mark = doc.blocks[0].style;
  EXPECT_EQ(doc.blocks[0].role, Role::kIssuerMark);
  EXPECT_EQ(mark.color, "FF0000");
  EXPECT_EQ(mark.alignment, "center");
  const BlockStyle& title = doc.blocks[2].style;
  EXPECT_EQ(title.font, "方正小标宋简体");
  EXPECT_EQ(title.size_pt, 22);
  EXPECT_EQ(doc.blocks[4].style.font, "黑体");
  EXPECT_EQ(doc.blocks[5].style.font, "楷体_GB2312");
  EXPECT_EQ(doc.blocks[6].style.font, "仿宋_GB2312");
  EXPECT_EQ(doc.blocks[5].style.size_pt, 16);
}

// --- hostile packages ------------------------------------------------------

std::string MakeZip(const std::vector<std::pair<std::string, std::string>>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  for (const auto& [name, data] : entries) {
    zip_source_t* s = zip_source_buffer_create(data.data(), data.size(), 0, &error);
    zip_file_add(archive, name.c_str(), s, ZIP_FL_OVERWRITE);
  }
  zip_close(archive);
  zip_source_open(buffer);
  zip_source_seek(buffer, 0, SEEK_END);
  zip_int64_t size = zip_source_tell(buffer);
  zip_source_seek(buffer, 0, SEEK_SET);
  std::string out(static_cast<size_t>(size), '\0');
  zip_source_read(buffer, out.data(), static_cast<zip_uint64_t>(size));
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return out;
}

const char* kContentTypes =
    R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
    R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)";

std::string Body(const std::string& inner) {
  return R"(<?xml version="1.0"?><ns0:document xmlns:ns0="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><ns0:body>)" +
         inner + "</ns0:body></ns0:document>";
}

Status ReadError(const std::string& bytes, const DocxOptions& options = {}) {
  Result<Reading> r = ReadDocx(bytes, "hostile.docx", options);
  return r.ok() ? Status::Ok() : r.status();
}

TEST(DocxHostileTest, NamespacesAreMatchedByUriNotPrefix) {
  std::string zip = MakeZip({{"[Content_Types].xml", kContentTypes},
                             {"word/document.xml", Body("<ns0:p><ns0:r><ns0:t>前缀不是w</ns0:t></ns0:r></ns0:p>")}});
  Result<Reading> r = ReadDocx(zip, "ns0.docx");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->blocks.size(), 1u);
  EXPECT_EQ(r->blocks[0].text, "前缀不是w");
}

// Round 101 (518): Word's style separator (a run-in heading: its paragraph mark hidden, w:specVanish) joins
// the next paragraph to it on the page; read as one paragraph, the heading's text first.
TEST(DocxHostileTest, AStyleSeparatorJoinsTheNextParagraph) {
  const std::string zip = MakeZip(
      {{"[Content_Types].xml", kContentTypes},
       {"word/document.xml",
        Body("<ns0:p><ns0:pPr><ns0:rPr><ns0:vanish/><ns0:specVanish/></ns0:rPr></"
             "ns0:pPr><ns0:r><ns0:t>1．扩大有效"
             "投资。</ns0:t></ns0:r></ns0:p><ns0:p><ns0:r><ns0:t>坚持项目为王。</ns0:t></ns0:r></ns0:p>"
             "<ns0:p><ns0:r><ns0:t>（牵头单位：市发展改革委）</ns0:t></ns0:r></ns0:p>")}});
  Result<Reading> r = ReadDocx(zip, "run-in.docx");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->blocks.size(), 2u);
  EXPECT_EQ(r->blocks[0].text, "1．扩大有效投资。坚持项目为王。");
  EXPECT_EQ(r->blocks[1].text, "（牵头单位：市发展改革委）");
}

// Round 95 (488): a draft's deletion struck through by hand (w:strike, w:dstrike; not tracked) is no text,
// recorded; w:strike w:val="0" strikes nothing; keep_original keeps it.
TEST(DocxHostileTest, StruckTextIsADeletion) {
  const std::string zip = MakeZip(
      {{"[Content_Types].xml", kContentTypes},
       {"word/document.xml",
        Body("<ns0:p><ns0:r><ns0:t>配合单位：</ns0:t></ns0:r><ns0:r><ns0:rPr><ns0:strike/></ns0:rPr>"
             "<ns0:t>县乡村振兴局、</ns0:t></ns0:r><ns0:r><ns0:rPr><ns0:dstrike ns0:val=\"true\"/></ns0:rPr>"
             "<ns0:t>县林业局、</ns0:t></ns0:r><ns0:r><ns0:rPr><ns0:strike ns0:val=\"0\"/></ns0:rPr>"
             "<ns0:t>县财政局</ns0:t></ns0:r></ns0:p>")}});
  Result<Reading> r = ReadDocx(zip, "struck.docx");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->blocks.size(), 1u);
  EXPECT_EQ(r->blocks[0].text, "配合单位：县财政局");
  int struck = 0;
  for (const Diagnostic& d : r->source.diagnostics()) struck += d.rule == std::string_view("GW-DOCX-STRUCK");
  EXPECT_EQ(struck, 2);
  DocxOptions original;
  original.keep_original = true;
  Result<Reading> kept = ReadDocx(zip, "struck.docx", original);
  ASSERT_TRUE(kept.ok());
  EXPECT_EQ(kept->blocks[0].text, "配合单位：县乡村振兴局、县林业局、县财政局");
}

// Round 119 (608): text set hidden (字体 → 隐藏, w:vanish), a draft's soft deletion or its notes, is no text
// either: Word neither shows nor prints it. Recorded; w:vanish w:val="0" hides nothing; keep_original keeps
// it. A row of hidden text only is no row.
TEST(DocxHostileTest, HiddenTextIsNotRead) {
  const std::string zip = MakeZip(
      {{"[Content_Types].xml", kContentTypes},
       {"word/document.xml",
        Body(
            "<ns0:p><ns0:r><ns0:t>配合单位：</ns0:t></ns0:r><ns0:r><ns0:rPr><ns0:vanish/></ns0:rPr>"
            "<ns0:t>县自然资源局、</ns0:t></ns0:r><ns0:r><ns0:rPr><ns0:vanish ns0:val=\"0\"/></ns0:rPr>"
            "<ns0:t>县财政局</ns0:t></ns0:r></ns0:p>"
            "<ns0:tbl><ns0:tr><ns0:tc><ns0:p><ns0:r><ns0:t>1</ns0:t></ns0:r></ns0:p></ns0:tc>"
            "<ns0:tc><ns0:p><ns0:r><ns0:t>推进甲</ns0:t></ns0:r></ns0:p></ns0:tc></ns0:tr>"
            "<ns0:tr><ns0:trPr><ns0:hidden/></ns0:trPr><ns0:tc><ns0:p><ns0:r><ns0:rPr><ns0:vanish/></ns0:rPr>"
            "<ns0:t>9</ns0:t></ns0:r></ns0:p></ns0:tc><ns0:tc><ns0:p><ns0:r><ns0:rPr><ns0:vanish/></ns0:rPr>"
            "<ns0:t>筹建产业园</ns0:t></ns0:r></ns0:p></ns0:tc></ns0:tr></ns0:tbl>")}});
  Result<Reading> r = ReadDocx(zip, "hidden.docx");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->blocks.size(), 2u);
  EXPECT_EQ(r->blocks[0].text, "配合单位：县财政局");
  EXPECT_EQ(r->blocks[1].cells, (std::vector<std::string>{"1", "推进甲"}));
  int hidden = 0;
  for (const Diagnostic& d : r->source.diagnostics()) hidden += d.rule == std::string_view("GW-DOCX-HIDDEN");
  EXPECT_EQ(hidden, 3);
  DocxOptions original;
  original.keep_original = true;
  Result<Reading> kept = ReadDocx(zip, "hidden.docx", original);
  ASSERT_TRUE(kept.ok());
  EXPECT_EQ(kept->blocks[0].text, "配合单位：县自然资源局、县财政局");
}

// A deletion struck through by a paragraph style (a draft's own 删除 style, or one based on it) is one too; a
// run that says w:strike w:val="0" is not struck, nor one whose character style strikes too (a toggle,
// ECMA-376 §17.7.3). A document whose default paragraph style or defaults strike through has no deletions.
TEST(DocxHostileTest, TextStruckByItsParagraphStyleIsADeletion) {
  const auto para = [](const char* style, const std::string& runs) {
    return std::string("<ns0:p><ns0:pPr><ns0:pStyle ns0:val=\"") + style + "\"/></ns0:pPr>" + runs +
           "</ns0:p>";
  };
  const auto run = [](const char* text, const char* rpr = "") {
    return std::string("<ns0:r><ns0:rPr>") + rpr + "</ns0:rPr><ns0:t>" + text + "</ns0:t></ns0:r>";
  };
  const std::string body =
      Body(para("Normal", run("配合单位：县财政局")) + para("del", run("删去的一段")) +
           para("del2", run("县林业局、") + run("县水利局", "<ns0:strike ns0:val=\"0\"/>") +
                            run("、县农业局", "<ns0:rStyle ns0:val=\"x\"/>")));
  const auto read = [&](const std::string& defaults, const std::string& normal) {
    const std::string zip = MakeZip(
        {{"[Content_Types].xml", kContentTypes},
         {"word/document.xml", body},
         {"word/_rels/document.xml.rels",
          R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
          R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" )"
          R"(Target="styles.xml"/></Relationships>)"},
         {"word/styles.xml",
          "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">" + defaults +
              "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name "
              "w:val=\"Normal\"/>" +
              normal +
              "</w:style><w:style w:type=\"paragraph\" w:styleId=\"del\"><w:name "
              "w:val=\"删除\"/><w:rPr><w:strike/></w:rPr></w:style>"
              "<w:style w:type=\"paragraph\" w:styleId=\"del2\"><w:name w:val=\"删除2\"/><w:basedOn "
              "w:val=\"del\"/>"
              "</w:style><w:style w:type=\"character\" w:styleId=\"x\"><w:name w:val=\"x\"/>"
              "<w:rPr><w:strike/></w:rPr></w:style></w:styles>"}});
    Result<Reading> r = ReadDocx(zip, "struck-style.docx");
    std::pair<std::vector<std::string>, int> out;
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    if (!r.ok()) return out;
    for (const Block& b : r->blocks) out.first.push_back(b.text);
    for (const Diagnostic& d : r->source.diagnostics())
      out.second += d.rule == std::string_view("GW-DOCX-STRUCK");
    return out;
  };
  const auto [texts, struck] = read("", "");
  EXPECT_EQ(texts, (std::vector<std::string>{"配合单位：县财政局",
                                             "县水利局、县农业局"}));  // (an empty paragraph is none)
  EXPECT_EQ(struck, 2);
  for (const auto& [defaults, normal] :
       {std::pair<std::string, std::string>{
            "<w:docDefaults><w:rPrDefault><w:rPr><w:strike/></w:rPr></w:rPrDefault>"
            "</w:docDefaults>",
            ""},
        {"", "<w:rPr><w:strike/></w:rPr>"}}) {
    const auto [all, none] = read(defaults, normal);
    EXPECT_EQ(all.size(), 3u) << defaults << normal;
    EXPECT_EQ(none, 0) << defaults << normal;
  }
}

// A line break in a table cell parts two names (刘志强<w:br/>陈静: two leaders, round 8) as a new
// paragraph in the cell does; in a paragraph of the body it stays a space.
TEST(DocxHostileTest, LineBreakInACellPartsItsLines) {
  std::string zip =
      MakeZip({{"[Content_Types].xml", kContentTypes},
               {"word/document.xml",
                Body("<ns0:p><ns0:r><ns0:t>正文</ns0:t><ns0:br/><ns0:t>续行</ns0:t></ns0:r></ns0:p>"
                     "<ns0:tbl><ns0:tr><ns0:tc><ns0:p><ns0:r><ns0:t>刘志强</ns0:t><ns0:br/></"
                     "ns0:r><ns0:r><ns0:t>陈静</ns0:t>"
                     "</ns0:r></ns0:p></ns0:tc></ns0:tr></ns0:tbl>")}});
  Result<Reading> r = ReadDocx(zip, "br.docx");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->blocks.size(), 2u);
  EXPECT_EQ(r->blocks[0].text, "正文 续行");
  ASSERT_EQ(r->blocks[1].cells.size(), 1u);
  EXPECT_EQ(r->blocks[1].cells[0], "刘志强\n陈静");
}

// Round 85 (443): a narrow merged cell typed vertically by hand, a character a paragraph, blank or
// ideographic-space paragraphs centring it: its characters are one line (欧阳明哲, 唐安、葛书平); a cell of
// names a paragraph each stays lines.
TEST(DocxTest, ACellTypedVerticallyIsOneLine) {
  const auto p = [](const std::string& t) {
    return "<ns0:p><ns0:r><ns0:t>" + t + "</ns0:t></ns0:r></ns0:p>";
  };
  const auto cell = [](const std::string& paragraphs) { return "<ns0:tc>" + paragraphs + "</ns0:tc>"; };
  std::string zip = MakeZip(
      {{"[Content_Types].xml", kContentTypes},
       {"word/document.xml",
        Body("<ns0:tbl><ns0:tr>" + cell("<ns0:p/>" + p("欧") + p("阳") + p("明") + p("哲") + "<ns0:p/>") +
             cell(p("唐") + p("\u3000") + p("安") + p("、") + p("葛") + p("书") + p("平")) +
             cell(p("刘志强") + p("陈静")) + cell(p("无")) +
             cell(p("1") + "<ns0:p/><ns0:p/>" + p("2") + "<ns0:p/>" + p("3")) + cell(p("1") + p("3")) +
             "</ns0:tr></ns0:tbl>")}});
  Result<Reading> r = ReadDocx(zip, "vertical.docx");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->blocks.size(), 1u);
  // (Round 132, 672: a 序号 cell stacking the numbers of a row's tasks, 1⏎⏎⏎2⏎⏎3, counts them, a line each;
  // digits that do not count up one by one are a number typed vertically.)
  EXPECT_EQ(r->blocks[0].cells, (V{"欧阳明哲", "唐安、葛书平", "刘志强\n陈静", "无", "1\n2\n3", "13"}));
}

// Round 70 (382): a table kept as a protected Word form, its leaders and leads chosen in drop-down fields
// (FORMDROPDOWN), which hold no text: the entry w:result numbers is what Word shows, w:default's when it
// has none or it numbers no entry, the first when neither does; a text field (FORMTEXT) shows its result
// as any field does. A result some writer put after w:separate is not read a second time; a bold run's
// entry is bold text.
TEST(DocxHostileTest, AFormsDropDownShowsItsChosenEntry) {
  const auto drop_down = [](const std::string& chosen, const std::string& result = "",
                            const std::string& rpr = "") {
    return "<ns0:r>" + rpr +
           "<ns0:fldChar ns0:fldCharType=\"begin\"><ns0:ffData><ns0:name ns0:val=\"d\"/><ns0:ddList>" +
           chosen +
           "<ns0:listEntry ns0:val=\"市发展和改革局\"/><ns0:listEntry ns0:val=\"市财政局\"/>"
           "<ns0:listEntry ns0:val=\"市商务局\"/></ns0:ddList></ns0:ffData></ns0:fldChar></ns0:r>"
           "<ns0:r><ns0:instrText> FORMDROPDOWN </ns0:instrText></ns0:r>" +
           (result.empty() ? std::string()
                           : "<ns0:r><ns0:fldChar ns0:fldCharType=\"separate\"/></ns0:r><ns0:r><ns0:t>" +
                                 result + "</ns0:t></ns0:r>") +
           "<ns0:r><ns0:fldChar ns0:fldCharType=\"end\"/></ns0:r>";
  };
  std::string zip = MakeZip(
      {{"[Content_Types].xml", kContentTypes},
       {"word/document.xml",
        Body("<ns0:p>" + drop_down("<ns0:result ns0:val=\"2\"/><ns0:default ns0:val=\"1\"/>") +
             "<ns0:r><ns0:t>、</ns0:t></ns0:r>" + drop_down("") + "</ns0:p><ns0:p>" +
             drop_down("<ns0:default ns0:val=\"1\"/>") + drop_down("<ns0:result ns0:val=\"9\"/>") +
             "</ns0:p><ns0:p>" + drop_down("<ns0:result ns0:val=\"9\"/><ns0:default ns0:val=\"2\"/>") +
             "<ns0:r><ns0:t>、</ns0:t></ns0:r>" + drop_down("<ns0:result ns0:val=\"1\"/>", "市财政局") +
             "</ns0:p><ns0:p><ns0:r><ns0:t>牵头：</ns0:t></ns0:r>" +
             drop_down("<ns0:result ns0:val=\"1\"/>", "", "<ns0:rPr><ns0:b/></ns0:rPr>") + "</ns0:p>")}});
  Result<Reading> r = ReadDocx(zip, "form.docx");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->blocks.size(), 4u);
  EXPECT_EQ(r->blocks[0].text, "市商务局、市发展和改革局");
  // An entry past the list's end gives way to the default, and to the first entry when there is none.
  EXPECT_EQ(r->blocks[1].text, "市财政局市发展和改革局");
  EXPECT_EQ(r->blocks[2].text, "市商务局、市财政局");
  EXPECT_EQ(r->blocks[3].text, "牵头：市财政局");
  ASSERT_EQ(r->blocks[3].emphasis.size(), 1u);
  EXPECT_EQ(r->blocks[3].emphasis[0].text, "市财政局");
}

// Round 87 (451): Word's 带圈字符 (Enclose Characters) stores ⑪ and above as an EQ field with no result,
// EQ \o\ac(○,11), its code split over runs, the number perhaps set up (\s\up 1(21)); it prints the
// circled number. A field with a result prints that; other fields' codes print nothing; a shape other than
// a circle prints what it holds; a <w:fldSimple> with no runs prints its code's the same way.
TEST(DocxHostileTest, AnEnclosedCharacterFieldPrintsItsCharacter) {
  const auto eq = [](std::vector<std::string> code, const std::string& result = "") {
    std::string out = "<ns0:r><ns0:fldChar ns0:fldCharType=\"begin\"/></ns0:r>";
    for (const std::string& piece : code)
      out += "<ns0:r><ns0:instrText>" + piece + "</ns0:instrText></ns0:r>";
    if (!result.empty())
      out += "<ns0:r><ns0:fldChar ns0:fldCharType=\"separate\"/></ns0:r><ns0:r><ns0:t>" + result +
             "</ns0:t></ns0:r>";
    return out + "<ns0:r><ns0:fldChar ns0:fldCharType=\"end\"/></ns0:r>";
  };
  const auto t = [](const std::string& text) { return "<ns0:r><ns0:t>" + text + "</ns0:t></ns0:r>"; };
  std::string zip =
      MakeZip({{"[Content_Types].xml", kContentTypes},
               {"word/document.xml",
                Body("<ns0:p>" + eq({" ", "eq \\o\\ac(", "○", ",11)"}) + t("推进项目") + "</ns0:p><ns0:p>" +
                     eq({"EQ \\o\\ac(○,\\s\\up 1(", "21", "))"}) + eq({"eq \\o\\ac(○,36)"}) +
                     eq({"eq \\o\\ac(○,51)"}) + "</ns0:p><ns0:p>" + eq({"eq \\o\\ac(□,优)"}) +
                     eq({"eq \\o\\ac(○,12)"}, "⑫") + eq({" PAGE "}) + eq({"eq \\f(1,2)"}) +
                     "</ns0:p><ns0:p>" + "<ns0:fldSimple ns0:instr=\"eq \\o\\ac(○,13)\"/>" + t("完善机制") +
                     "</ns0:p><ns0:p>" + eq({"eq \\o\\ac(○,\\s\\do -1(14))"}) +
                     eq({"eq \\o\\ac(○,", std::string(5000, '1'), ")"}) + t("止") + "</ns0:p>")}});
  Result<Reading> r = ReadDocx(zip, "eq.docx");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->blocks.size(), 5u);
  EXPECT_EQ(r->blocks[0].text, "⑪推进项目");
  EXPECT_EQ(r->blocks[4].text, "⑭止") << "a size set down; a code past 256 bytes, cut, prints nothing";
  EXPECT_EQ(r->blocks[1].text, "㉑㊱51") << "50 is the last circled number";
  EXPECT_EQ(r->blocks[2].text, "优⑫") << "a result printed once; PAGE and a fraction print nothing";
  EXPECT_EQ(r->blocks[3].text, "⑬完善机制");
}

// Round 21 (129, 134): a content control left empty shows its prompt, which is no text of the document
// (reported as GW-DOCX-PLACEHOLDER); a note's own mark after its reference (w:customMarkFollows) is no
// part of the name it follows. A filled control is read as any text.
TEST(DocxHostileTest, PlaceholdersAndCustomNoteMarksAreNoText) {
  std::string zip = MakeZip(
      {{"[Content_Types].xml", kContentTypes},
       {"word/document.xml",
        Body(
            "<ns0:tbl><ns0:tr><ns0:tc><ns0:sdt><ns0:sdtPr><ns0:showingPlcHdr/></ns0:sdtPr><ns0:sdtContent>"
            "<ns0:p><ns0:r><ns0:t>单击或点击此处输入文字。</ns0:t></ns0:r></ns0:p></ns0:sdtContent></"
            "ns0:sdt></ns0:tc>"
            "<ns0:tc><ns0:p><ns0:sdt><ns0:sdtPr/><ns0:sdtContent><ns0:r><ns0:t>县商务局</ns0:t></ns0:r>"
            "</ns0:sdtContent></ns0:sdt></ns0:p></ns0:tc>"
            "<ns0:tc><ns0:p><ns0:r><ns0:t>区融媒体中心</ns0:t></ns0:r><ns0:r><ns0:footnoteReference "
            "ns0:customMarkFollows=\"1\" ns0:id=\"6\"/><ns0:t>※</ns0:t></ns0:r><ns0:r><ns0:t>、各街道</ns0:t>"
            "</ns0:r></ns0:p></ns0:tc></ns0:tr></ns0:tbl>")}});
  Result<Reading> r = ReadDocx(zip, "controls.docx");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->blocks.size(), 1u);
  EXPECT_EQ(r->blocks[0].cells, (std::vector<std::string>{"", "县商务局", "区融媒体中心、各街道"}));
  ASSERT_EQ(r->source.diagnostics().size(), 1u);
  EXPECT_EQ(r->source.diagnostics()[0].rule, "GW-DOCX-PLACEHOLDER");
  EXPECT_NE(r->source.diagnostics()[0].message.find("单击或点击此处输入文字。"), std::string::npos);
  // w:showingPlcHdr w:val="0": filled, read.
  zip = MakeZip(
      {{"[Content_Types].xml", kContentTypes},
       {"word/document.xml", Body("<ns0:sdt><ns0:sdtPr><ns0:showingPlcHdr ns0:val=\"0\"/></ns0:sdtPr>"
                                  "<ns0:sdtContent><ns0:p><ns0:r><ns0:t>县商务局</ns0:t></ns0:r></ns0:p>"
                                  "</ns0:sdtContent></ns0:sdt>")}});
  r = ReadDocx(zip, "filled.docx");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->blocks.size(), 1u);
  EXPECT_EQ(r->blocks[0].text, "县商务局");
}

// Round 105 (538): a template's custom XML schema (Word 2007's w:customXml) around rows, around cells and
// around runs: each cell is its row's, in place (wrapped cells were dropped and the columns shifted).
TEST(DocxTest, CellsWrappedInCustomXmlAreTheRowsCells) {
  const auto cell = [](const std::string& text) {
    return "<ns0:tc><ns0:p><ns0:r><ns0:t>" + text + "</ns0:t></ns0:r></ns0:p></ns0:tc>";
  };
  const auto wrapped = [](const std::string& element, const std::string& inner) {
    return "<ns0:customXml ns0:element=\"" + element + "\">" + inner + "</ns0:customXml>";
  };
  const std::string zip =
      MakeZip({{"[Content_Types].xml", kContentTypes},
               {"word/document.xml",
                Body("<ns0:tbl>" +
                     wrapped("row", "<ns0:tr>" + cell("1") + wrapped("task", cell("推进项目建设")) +
                                        wrapped("lead", cell("县发改局")) +
                                        wrapped("helpers", wrapped("group", cell("县财政局"))) +
                                        cell("2025年底") + "</ns0:tr>") +
                     "</ns0:tbl>")}});
  Result<Reading> r = ReadDocx(zip, "custom.docx");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->blocks.size(), 1u);
  EXPECT_EQ(r->blocks[0].cells,
            (std::vector<std::string>{"1", "推进项目建设", "县发改局", "县财政局", "2025年底"}));
  // (Round 106's review) a frame (one column, a table inside) whose title cell is wrapped: still a frame,
  // the table inside read as a table.
  const std::string inner = "<ns0:tbl><ns0:tr>" + cell("序号") + cell("重点任务") + cell("牵头单位") +
                            "</ns0:tr><ns0:tr>" + cell("1") + cell("推进项目建设") + cell("县发改局") +
                            "</ns0:tr></ns0:tbl>";
  const std::string framed =
      MakeZip({{"[Content_Types].xml", kContentTypes},
               {"word/document.xml",
                Body("<ns0:tbl><ns0:tr>" + wrapped("title", cell("重点任务分工表")) +
                     "</ns0:tr><ns0:tr><ns0:tc>" + inner + "<ns0:p/></ns0:tc></ns0:tr></ns0:tbl>")}});
  r = ReadDocx(framed, "framed.docx");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_GE(r->blocks.size(), 3u);
  EXPECT_EQ(r->blocks[0].text, "重点任务分工表");
  EXPECT_EQ(r->blocks[2].cells, (std::vector<std::string>{"1", "推进项目建设", "县发改局"}));
}

// Bold runs inside a paragraph or a cell are kept as pieces (adjacent runs as one, w:b="0" not bold),
// with the cell they are in; a paragraph cut by a page break keeps each half's.
TEST(DocxTest, BoldPiecesAreKeptWithTheirCell) {
  const std::string b = "<ns0:rPr><ns0:b/></ns0:rPr>";
  const auto run = [](const std::string& props, const std::string& text) {
    return "<ns0:r>" + props + "<ns0:t>" + text + "</ns0:t></ns0:r>";
  };
  std::string zip = MakeZip(
      {{"[Content_Types].xml", kContentTypes},
       {"word/document.xml",
        Body("<ns0:p>" + run("", "责任单位：") + run(b, "县发") + run(b, "改局") + run("", "、县财政局") +
             "</ns0:p>" + "<ns0:p>" + run(b, "上半") + "<ns0:r><ns0:br ns0:type=\"page\"/></ns0:r>" +
             run(b, "下半") + "</ns0:p>" + "<ns0:tbl><ns0:tr><ns0:tc><ns0:p>" + run("", "1") +
             "</ns0:p></ns0:tc><ns0:tc><ns0:p>" + run(b, "县商务局") + run("", "、") +
             run("<ns0:rPr><ns0:b ns0:val=\"0\"/></ns0:rPr>", "县统计局") + run(b, "县税务局") +
             "</ns0:p></ns0:tc></ns0:tr></ns0:tbl>")}});
  Result<Reading> r = ReadDocx(zip, "bold.docx");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->blocks.size(), 5u);
  ASSERT_EQ(r->blocks[0].emphasis.size(), 1u);
  EXPECT_EQ(r->blocks[0].emphasis[0].cell, -1);
  EXPECT_EQ(r->blocks[0].emphasis[0].text, "县发改局");
  ASSERT_EQ(r->blocks[1].emphasis.size(), 1u);
  EXPECT_EQ(r->blocks[1].emphasis[0].text, "上半");
  EXPECT_EQ(r->blocks[2].kind, BlockKind::kPageBreak);
  ASSERT_EQ(r->blocks[3].emphasis.size(), 1u);
  EXPECT_EQ(r->blocks[3].emphasis[0].text, "下半");
  const Block& row = r->blocks[4];
  ASSERT_EQ(row.emphasis.size(), 2u);
  EXPECT_EQ(row.emphasis[0].cell, 1);
  EXPECT_EQ(row.emphasis[0].text, "县商务局");
  EXPECT_EQ(row.emphasis[1].cell, 1);
  EXPECT_EQ(row.emphasis[1].text, "县税务局");
  // One bold run cut by a page break: each half keeps its text as a bold piece.
  zip = MakeZip({{"[Content_Types].xml", kContentTypes},
                 {"word/document.xml", Body("<ns0:p><ns0:r>" + b +
                                            "<ns0:t>县发改局</ns0:t><ns0:br ns0:type=\"page\"/>"
                                            "<ns0:t>县财政局</ns0:t></ns0:r></ns0:p>")}});
  r = ReadDocx(zip, "bold-break.docx");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->blocks.size(), 3u);
  ASSERT_EQ(r->blocks[0].emphasis.size(), 1u);
  EXPECT_EQ(r->blocks[0].emphasis[0].text, "县发改局");
  ASSERT_EQ(r->blocks[2].emphasis.size(), 1u);
  EXPECT_EQ(r->blocks[2].emphasis[0].text, "县财政局");
}

// Where the notice says that the units in bold lead (“责任单位”栏中加粗的为牵头单位), a 责任单位 cell's
// bold units lead and the others cooperate; a cell with none in bold leaves its lead undecided. Without
// that sentence bold means nothing.
TEST(DocxTest, BoldUnitsLeadWhereTheNoticeSaysSo) {
  const auto run = [](bool bold, const std::string& text) {
    return std::string("<ns0:r>") + (bold ? "<ns0:rPr><ns0:b/></ns0:rPr>" : "") + "<ns0:t>" + text +
           "</ns0:t></ns0:r>";
  };
  const auto cell = [](const std::string& runs) { return "<ns0:tc><ns0:p>" + runs + "</ns0:p></ns0:tc>"; };
  const auto para = [&](const std::string& text) { return "<ns0:p>" + run(false, text) + "</ns0:p>"; };
  const std::string table =
      "<ns0:tbl><ns0:tr>" + cell(run(true, "序号")) + cell(run(true, "工作任务")) +
      cell(run(true, "责任单位")) + "</ns0:tr><ns0:tr>" + cell(run(false, "1")) +
      cell(run(false, "推进重点项目建设。")) + cell(run(true, "县发改局") + run(false, "、县财政局")) +
      "</ns0:tr><ns0:tr>" + cell(run(false, "2")) + cell(run(false, "优化营商环境。")) +
      cell(run(false, "县市场监管局、县行政审批局")) + "</ns0:tr><ns0:tr>" + cell(run(false, "3")) +
      cell(run(false, "扩大对外开放。")) +
      cell(run(true, "县商务局") + run(false, "、") + run(true, "县税务局") + run(false, "、县统计局")) +
      "</ns0:tr></ns0:tbl>";
  const auto make = [&](const std::string& rule) {
    return MakeZip({{"[Content_Types].xml", kContentTypes},
                    {"word/document.xml", Body(para("附件") + para("重点任务分解表") + para(rule) + table)}});
  };
  Document doc = MustExtract(make("分解表“责任单位”栏中加粗的为牵头单位，其余为配合单位。"));
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, V{"县财政局"});
  EXPECT_TRUE(doc.tasks[1].lead_units.empty());
  EXPECT_EQ(doc.tasks[1].responsible_units, (V{"县市场监管局", "县行政审批局"}));
  EXPECT_EQ(doc.tasks[2].lead_units, (V{"县商务局", "县税务局"}));
  EXPECT_EQ(doc.tasks[2].cooperating_units, V{"县统计局"});
  Document plain = MustExtract(make("请各单位认真贯彻落实。"));
  ASSERT_EQ(plain.tasks.size(), 3u);
  EXPECT_TRUE(plain.tasks[0].lead_units.empty());
  EXPECT_EQ(plain.tasks[0].responsible_units, (V{"县发改局", "县财政局"}));

  // The rule in a 注 row of the table; a 责任单位 cell merged down over two tasks (its bold with it);
  // a bold name printed with ASCII brackets, which the cell's text has full-width.
  const std::string merged =
      "<ns0:tbl><ns0:tr>" + cell(run(true, "序号")) + cell(run(true, "工作任务")) +
      cell(run(true, "责任单位")) + "</ns0:tr><ns0:tr>" + cell(run(false, "1")) +
      cell(run(false, "推进重点项目建设。")) +
      "<ns0:tc><ns0:tcPr><ns0:vMerge ns0:val=\"restart\"/></ns0:tcPr><ns0:p>" +
      run(true, "县委办(县政府办)") + run(false, "、县财政局") + "</ns0:p></ns0:tc></ns0:tr><ns0:tr>" +
      cell(run(false, "2")) + cell(run(false, "推进产业园区建设。")) +
      "<ns0:tc><ns0:tcPr><ns0:vMerge/></ns0:tcPr><ns0:p/></ns0:tc>" +
      "</ns0:tr><ns0:tr><ns0:tc><ns0:tcPr><ns0:gridSpan ns0:val=\"3\"/></ns0:tcPr><ns0:p>" +
      run(false, "注：“责任单位”栏中加粗的为牵头单位。") + "</ns0:p></ns0:tc></ns0:tr></ns0:tbl>";
  Document in_note =
      MustExtract(MakeZip({{"[Content_Types].xml", kContentTypes},
                           {"word/document.xml", Body(para("附件") + para("重点任务分解表") + merged)}}));
  ASSERT_EQ(in_note.tasks.size(), 2u);
  EXPECT_EQ(in_note.tasks[0].lead_units, V{"县委办（县政府办）"});
  EXPECT_EQ(in_note.tasks[0].cooperating_units, V{"县财政局"});
  EXPECT_EQ(in_note.tasks[1].lead_units, V{"县委办（县政府办）"});
  EXPECT_EQ(in_note.tasks[1].cooperating_units, V{"县财政局"});
}

// Round 144 (735): 用黑体字标注的单位为牵头单位, the lead units set in a 黑体 face among 仿宋 (not in bold):
// their runs' East Asian font 黑体 or 方正黑体_GBK, one through a character style. A run whose ascii font
// alone is 黑体 prints its Chinese in the East Asian one, 仿宋: no mark. Where the rule says 加粗, a 黑体
// face is no bold.
TEST(DocxTest, UnitsInAHeavyFaceLeadWhereTheNoticeSaysSo) {
  const auto run = [](const std::string& props, const std::string& text) {
    return "<ns0:r><ns0:rPr>" + props + "</ns0:rPr><ns0:t>" + text + "</ns0:t></ns0:r>";
  };
  const std::string hei = "<ns0:rFonts ns0:eastAsia=\"黑体\"/>";
  const std::string gbk = "<ns0:rFonts ns0:hint=\"eastAsia\" ns0:eastAsia=\"方正黑体_GBK\"/>";
  const std::string fang = "<ns0:rFonts ns0:eastAsia=\"方正仿宋_GBK\"/>";
  const std::string ascii =
      "<ns0:rFonts ns0:ascii=\"黑体\" ns0:hAnsi=\"黑体\" ns0:eastAsia=\"方正仿宋_GBK\"/>";
  const std::string styled = "<ns0:rStyle ns0:val=\"a9\"/>";
  const auto cell = [](const std::string& runs) { return "<ns0:tc><ns0:p>" + runs + "</ns0:p></ns0:tc>"; };
  const auto para = [&](const std::string& text) { return "<ns0:p>" + run("", text) + "</ns0:p>"; };
  const std::string table =
      "<ns0:tbl><ns0:tr>" + cell(run(hei, "序号")) + cell(run(hei, "工作任务")) + cell(run(hei, "责任单位")) +
      "</ns0:tr><ns0:tr>" + cell(run("", "1")) + cell(run("", "推进重点项目建设。")) +
      cell(run(fang, "县财政局、") + run(gbk, "县发展改革委")) + "</ns0:tr><ns0:tr>" + cell(run("", "2")) +
      cell(run("", "优化营商环境。")) +
      cell(run(styled, "县市场监管局") + run("", "、") + run(ascii, "县行政审批局")) + "</ns0:tr></ns0:tbl>";
  const auto make = [&](const std::string& rule) {
    return MakeZip(
        {{"[Content_Types].xml", kContentTypes},
         {"word/document.xml", Body(para("附件") + para("重点任务分解表") + para(rule) + table)},
         {"word/_rels/document.xml.rels",
          R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
          R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" )"
          R"(Target="styles.xml"/></Relationships>)"},
         {"word/styles.xml",
          "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          "<w:style w:type=\"character\" w:styleId=\"a9\"><w:name w:val=\"牵头\"/>"
          "<w:rPr><w:rFonts w:eastAsia=\"黑体\"/></w:rPr></w:style></w:styles>"}});
  };
  Document doc = MustExtract(make("“责任单位”栏中，用黑体字标注的单位为牵头单位，其余单位为配合单位。"));
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发展改革委"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, V{"县财政局"});
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县市场监管局"});
  EXPECT_EQ(doc.tasks[1].cooperating_units, V{"县行政审批局"});
  // (The rule said the other way round; 加黑 and 黑体加粗 are bold, no face; a sentence that marks something
  // else, 牵头单位用黑体字标注已完成事项, no rule.)
  Document other = MustExtract(make("“责任单位”栏中牵头单位用黑体字标注，其余为配合单位。"));
  ASSERT_EQ(other.tasks.size(), 2u);
  EXPECT_EQ(other.tasks[0].lead_units, V{"县发展改革委"});
  for (const char* rule :
       {"责任单位中加黑的为牵头单位。", "用黑体加粗标注的为牵头单位。", "牵头单位用黑体字标注已完成事项。"}) {
    Document bold_only = MustExtract(make(rule));
    ASSERT_EQ(bold_only.tasks.size(), 2u) << rule;
    EXPECT_TRUE(bold_only.tasks[0].lead_units.empty()) << rule;
  }
  Document bold = MustExtract(make("“责任单位”栏中加粗的为牵头单位，其余为配合单位。"));
  ASSERT_EQ(bold.tasks.size(), 2u);
  EXPECT_TRUE(bold.tasks[0].lead_units.empty());
  EXPECT_EQ(bold.tasks[0].responsible_units, (V{"县财政局", "县发展改革委"}));
}

// Round 17 (108): a 督办台账 gives each task a second row, 序号 and 任务 merged down from the first and one
// cell across the other columns holding 进展情况：…, which names other units in passing: a note, not units.
TEST(DocxTest, AProgressRowUnderATaskIsANote) {
  const auto cell = [](const std::string& text) {
    return "<ns0:tc><ns0:p><ns0:r><ns0:t>" + text + "</ns0:t></ns0:r></ns0:p></ns0:tc>";
  };
  const auto merged = [](const char* how) {
    return std::string("<ns0:tc><ns0:tcPr><ns0:vMerge") + how + "/></ns0:tcPr><ns0:p/></ns0:tc>";
  };
  const std::string table =
      "<ns0:tbl><ns0:tr>" + cell("序号") + cell("重点任务") + cell("责任单位") + cell("状态") +
      "</ns0:tr><ns0:tr>" +
      "<ns0:tc><ns0:tcPr><ns0:vMerge "
      "ns0:val=\"restart\"/></ns0:tcPr><ns0:p><ns0:r><ns0:t>1</ns0:t></ns0:r></ns0:p>"
      "</ns0:tc>" +
      "<ns0:tc><ns0:tcPr><ns0:vMerge "
      "ns0:val=\"restart\"/></ns0:tcPr><ns0:p><ns0:r><ns0:t>推进重点项目建设。</ns0:t>"
      "</ns0:r></ns0:p></ns0:tc>" +
      cell("市发展改革委、市统计局") + cell("推进中") + "</ns0:tr><ns0:tr>" + merged("") + merged("") +
      "<ns0:tc><ns0:tcPr><ns0:gridSpan ns0:val=\"2\"/></ns0:tcPr><ns0:p><ns0:r><ns0:t>"
      "进展情况：已开工12个，市财政局配合争取资金。</ns0:t></ns0:r></ns0:p></ns0:tc></ns0:tr></ns0:tbl>";
  const auto para = [](const std::string& text) {
    return "<ns0:p><ns0:r><ns0:t>" + text + "</ns0:t></ns0:r></ns0:p>";
  };
  Document doc = MustExtract(MakeZip({{"[Content_Types].xml", kContentTypes},
                                      {"word/document.xml", Body(para("附件") + para("督办台账") + table)}}));
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_EQ(doc.tasks[0].responsible_units, (V{"市发展改革委", "市统计局"}));
  ASSERT_FALSE(doc.tasks[0].extra.empty());
  EXPECT_EQ(doc.tasks[0].extra.back().first, "进展情况");
}

// Round 48 (287): a PDF converted back to Word, a table a page: the row the page cut goes on as the next
// table's first row (after the header printed again, or not), its number cell empty; its cells are the
// rest of the row's, joined as a cell's printed lines join (a sentence run on, a second leader a line).
TEST(DocxTest, ARowCutByAPageGoesOnInTheNextTable) {
  const auto para = [](const std::string& text) {
    return "<ns0:p><ns0:r><ns0:t>" + text + "</ns0:t></ns0:r></ns0:p>";
  };
  const auto row = [&](std::initializer_list<std::string> cells) {
    std::string r = "<ns0:tr>";
    for (const std::string& c : cells)
      r += "<ns0:tc>" + (c.empty() ? std::string("<ns0:p/>") : para(c)) + "</ns0:tc>";
    return r + "</ns0:tr>";
  };
  const std::string header = row({"序号", "重点任务", "责任领导", "牵头单位", "配合单位"});
  const std::string first = "<ns0:tbl>" + header +
                            row({"1", "扩大有效投资。", "周立民", "市发展改革委", "市财政局"}) +
                            row({"2", "推进碳达峰碳中和，单位地区生产总值能耗下降3%，", "邵建新",
                                 "市发展改革委、", "市生态环境局、"}) +
                            "</ns0:tbl>";
  const std::string second =
      "<ns0:tbl>" + header +
      row({"", "新增分布式光伏装机容量15万千瓦。", "韩晓东", "市工业和信息化局", "市统计局"}) +
      row({"3", "促进消费。", "孟庆华", "市商务局", ""}) + "</ns0:tbl>";
  Document doc =
      MustExtract(MakeZip({{"[Content_Types].xml", kContentTypes},
                           {"word/document.xml", Body(para("附件") + first + para("— 3 —") + second)}}));
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[1].text,
            "推进碳达峰碳中和，单位地区生产总值能耗下降3%，新增分布式光伏装机容量15万千瓦。");
  EXPECT_EQ(doc.tasks[1].lead_units, (V{"市发展改革委", "市工业和信息化局"}));
  EXPECT_EQ(doc.tasks[1].cooperating_units, (V{"市生态环境局", "市统计局"}));
  ASSERT_EQ(doc.tasks[1].leaders.size(), 2u);
  EXPECT_EQ(doc.tasks[1].leaders[1].name, "韩晓东");
  EXPECT_EQ(doc.tasks[2].lead_units, V{"市商务局"});
}

// Round 65 (362): rows pasted from another table keep its widths, and the grid has a column for every edge
// of either; the pasted rows' cells (spans 1,1,2,2,2,1 against the usual 1,2,2,2,1,1) are read in the
// usual rows' columns, one for one. A row of another count (the part row across the table) stands as it is.
TEST(DocxTest, PastedRowsOnOtherGridColumnsAreReadCellByCell) {
  const auto para = [](const std::string& text) {
    return "<ns0:p><ns0:r><ns0:t>" + text + "</ns0:t></ns0:r></ns0:p>";
  };
  const auto row = [&](std::initializer_list<std::pair<int, std::string>> cells) {
    std::string r = "<ns0:tr>";
    for (const auto& [span, text] : cells)
      r += "<ns0:tc><ns0:tcPr><ns0:gridSpan ns0:val=\"" + std::to_string(span) + "\"/></ns0:tcPr>" +
           para(text) + "</ns0:tc>";
    return r + "</ns0:tr>";
  };
  const std::string table =
      "<ns0:tbl>" +
      row({{1, "序号"},
           {2, "工作任务"},
           {2, "责任县领导"},
           {2, "牵头单位"},
           {1, "配合单位"},
           {1, "完成时限"}}) +
      row({{9, "一、稳增长"}}) +
      row({{1, "1"},
           {2, "扩大有效投资。"},
           {2, "钱立新"},
           {2, "县发展和改革局"},
           {1, "县财政局"},
           {1, "年底"}}) +
      row({{1, "2"}, {2, "促进消费。"}, {2, "钱立新"}, {2, "县商务局"}, {1, "县统计局"}, {1, "年底"}}) +
      row({{9, "二、民生实事"}}) +
      row({{1, "3"},
           {1, "新建城区第三幼儿园。"},
           {2, "郑丽娟"},
           {2, "县教育体育局"},
           {2, "县住房和城乡建设局"},
           {1, "年底"}}) +
      "</ns0:tbl>";
  Document doc = MustExtract(
      MakeZip({{"[Content_Types].xml", kContentTypes}, {"word/document.xml", Body(para("附件") + table)}}));
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[2].text, "新建城区第三幼儿园。");
  EXPECT_EQ(doc.tasks[2].lead_units, V{"县教育体育局"});
  EXPECT_EQ(doc.tasks[2].cooperating_units, V{"县住房和城乡建设局"});
  ASSERT_EQ(doc.tasks[2].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[2].leaders[0].name, "郑丽娟");
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发展和改革局"});
}

// Round 63 (351, a gap until now): a second attachment that is a task table of its own (a 人大常委会's
// meeting plan) is a part of its own, its ids as if it stood alone (附件1 1, 2; 附件2 1.1, 1.2); a meeting
// row's agenda items, numbered lines of one cell, are each a task, their units and leaders the lines that
// give their numbers (1、2．A、B ⏎ 3．C) or the cell's one value; 排在首位的为牵头委（室） is a first-lead
// rule.
TEST(DocxTest, AMeetingPlanAttachmentsAgendaItemsAreTasks) {
  const auto para = [](const std::string& text) {
    std::string p = "<ns0:p>";
    for (size_t at = 0; at <= text.size();) {  // a line break in a cell: a paragraph of its own
      const size_t nl = std::min(text.find('\n', at), text.size());
      if (at > 0) p += "</ns0:p><ns0:p>";
      p += "<ns0:r><ns0:t>" + text.substr(at, nl - at) + "</ns0:t></ns0:r>";
      at = nl + 1;
    }
    return p + "</ns0:p>";
  };
  const auto row = [&](std::initializer_list<std::string> cells) {
    std::string r = "<ns0:tr>";
    for (const std::string& c : cells)
      r += "<ns0:tc>" + (c.empty() ? std::string("<ns0:p/>") : para(c)) + "</ns0:tc>";
    return r + "</ns0:tr>";
  };
  const std::string body =
      para("附件2所列会议议题，“承办委（室）”栏中排在首位的为牵头委（室），其余为配合委（室）。") +
      para("附件1") + para("2025年工作要点任务分工") + "<ns0:tbl>" +
      row({"序号", "工作任务", "牵头委（室）"}) + row({"1", "坚持理论学习制度。", "办公室"}) +
      row({"2", "严格执行请示报告制度。", "办公室"}) + "</ns0:tbl>" + para("附件2") +
      para("2025年会议议题安排") + "<ns0:tbl>" +
      row({"序号", "会议时间", "会议议题", "承办委（室）", "联系领导"}) +
      row({"1", "2月下旬",
           "1．听取和审议县人民政府关于法治政府建设的报告\n2．听取和审议县人民政府关于安全生产的报告\n"
           "3．听取和审议县人民政府关于国有资产管理的报告",
           "1、2．法工委、监察司法工委\n3．预算工委", "周启航"}) +
      "</ns0:tbl>";
  Document doc =
      MustExtract(MakeZip({{"[Content_Types].xml", kContentTypes}, {"word/document.xml", Body(body)}}));
  ASSERT_EQ(doc.tasks.size(), 5u);
  EXPECT_EQ(doc.tasks[0].id, "1");
  EXPECT_EQ(doc.tasks[2].id, "1.1");
  EXPECT_EQ(doc.tasks[4].id, "1.3");
  EXPECT_EQ(doc.tasks[3].text, "听取和审议县人民政府关于安全生产的报告");
  EXPECT_EQ(doc.tasks[3].lead_units, V{"法工委"});
  EXPECT_EQ(doc.tasks[3].cooperating_units, V{"监察司法工委"});
  EXPECT_EQ(doc.tasks[4].lead_units, V{"预算工委"});
  ASSERT_EQ(doc.tasks[4].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[4].leaders[0].name, "周启航");
}

// Round 69 (378): an OA system's letterhead whose body and table are imported files (w:altChunk), one a .docx
// that [Content_Types].xml gives the main part's type before the document's own: the main part is the one the
// package's relationship names (the file was refused, its imported .docx parsed as XML), and the altChunk is
// said not read.
TEST(DocxHostileTest, TheMainPartIsThePackagesAndAnAltChunkIsSaidNotRead) {
  const std::string types =
      R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
      R"(<Override PartName="/word/afchunk2.docx" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
      R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)";
  const std::string rels =
      R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)";
  const std::string body =
      R"(<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
      R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>)"
      R"(<w:p><w:r><w:t>琮阳市医疗保障局</w:t></w:r></w:p><w:altChunk r:id="rId11"/></w:body></w:document>)";
  Result<Reading> r = ReadDocx(MakeZip({{"[Content_Types].xml", types},
                                        {"_rels/.rels", rels},
                                        {"word/document.xml", body},
                                        {"word/afchunk2.docx", "PK\x03\x04 not XML"}}),
                               "altchunk.docx");
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_FALSE(r->blocks.empty());
  EXPECT_EQ(r->blocks[0].text, "琮阳市医疗保障局");
  EXPECT_TRUE(
      std::any_of(r->source.diagnostics().begin(), r->source.diagnostics().end(), [](const Diagnostic& d) {
        return d.message.find("altChunk") != std::string::npos &&
               d.message.find("rId11") != std::string::npos;
      }));
}

// Round 69's 378, a known gap until now: content imported whole (w:altChunk) is read where it stands, an HTML
// body by the text reader, an imported .docx by this reader (a table in it a table), each block naming its
// part; an RTF import is said not read.
TEST(DocxTest, ImportedContentIsReadWhereItStands) {
  const std::string w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const std::string inner_body =
      "<?xml version=\"1.0\"?><w:document xmlns:w=\"" + w +
      "\"><w:body><w:tbl><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc>"
      "<w:tc><w:p><w:r><w:t>县医保局</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body></w:document>";
  const std::string inner =
      MakeZip({{"[Content_Types].xml", kContentTypes}, {"word/document.xml", inner_body}});
  const std::string body =
      "<?xml version=\"1.0\"?><w:document xmlns:w=\"" + w + "\" xmlns:r=\"" + rel +
      "\"><w:body><w:p><w:r><w:t>琮阳市医疗保障局</w:t></w:r></w:p>"
      "<w:altChunk r:id=\"rId10\"/><w:altChunk r:id=\"rId11\"/><w:altChunk r:id=\"rId12\"/>"
      "<w:p><w:r><w:t>2026年3月1日</w:t></w:r></w:p></w:body></w:document>";
  const std::string rels =
      "<?xml version=\"1.0\"?><Relationships "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId10\" Type=\"" +
      rel +
      "/aFChunk\" Target=\"afchunk1.htm\"/>"
      "<Relationship Id=\"rId11\" Type=\"" +
      rel +
      "/aFChunk\" Target=\"afchunk2.docx\"/>"
      "<Relationship Id=\"rId12\" Type=\"" +
      rel + "/aFChunk\" Target=\"afchunk3.rtf\"/></Relationships>";
  Result<Reading> r =
      ReadDocx(MakeZip({{"[Content_Types].xml", kContentTypes},
                        {"word/document.xml", body},
                        {"word/_rels/document.xml.rels", rels},
                        {"word/afchunk1.htm",
                         "<html><head><meta charset=\"utf-8\"></head><body><p>各县（市、区）医疗保障局：</p>"
                         "<p>现将分工方案印发给你们。</p></body></html>"},
                        {"word/afchunk2.docx", inner},
                        {"word/afchunk3.rtf", "{\\rtf1\\ansi 县医保局}"}}),
               "altchunk.docx");
  ASSERT_TRUE(r.ok()) << r.status().message();
  std::vector<std::pair<std::string, std::string>> read;
  for (const Block& b : r->blocks) read.emplace_back(b.location.part, b.text);
  ASSERT_EQ(read.size(), 5u);
  EXPECT_EQ(read[0], (std::pair<std::string, std::string>{"word/document.xml", "琮阳市医疗保障局"}));
  EXPECT_EQ(read[1],
            (std::pair<std::string, std::string>{"word/afchunk1.htm", "各县（市、区）医疗保障局："}));
  EXPECT_EQ(read[2], (std::pair<std::string, std::string>{"word/afchunk1.htm", "现将分工方案印发给你们。"}));
  EXPECT_EQ(read[3].first, "word/afchunk2.docx");
  EXPECT_EQ(r->blocks[3].kind, BlockKind::kTableRow);
  EXPECT_EQ(r->blocks[3].cells, (std::vector<std::string>{"1", "县医保局"}));
  EXPECT_EQ(read[4], (std::pair<std::string, std::string>{"word/document.xml", "2026年3月1日"}));
  EXPECT_TRUE(
      std::any_of(r->source.diagnostics().begin(), r->source.diagnostics().end(), [](const Diagnostic& d) {
        return d.rule == "GW-DOCX-PART" && d.message.find("rId12") != std::string::npos &&
               d.message.find("RTF") != std::string::npos;
      }));
  // (Its review) a part imported again is not read again (a small file importing one part a thousand times
  // inflated it a thousand times), each reason said once; an import of the document itself, or of a part no
  // relationship calls an import, is none; an MHT web archive is said not read.
  std::string many;
  for (int k = 0; k < 200; ++k) many += "<w:altChunk r:id=\"rId11\"/>";
  const std::string again = "<?xml version=\"1.0\"?><w:document xmlns:w=\"" + w + "\" xmlns:r=\"" + rel +
                            "\"><w:body>" + many +
                            "<w:altChunk r:id=\"rId13\"/><w:altChunk r:id=\"rId14\"/>"
                            "</w:body></w:document>";
  const std::string again_rels =
      "<?xml version=\"1.0\"?><Relationships "
      "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId11\" Type=\"" +
      rel +
      "/aFChunk\" Target=\"afchunk2.docx\"/>"
      "<Relationship Id=\"rId13\" Type=\"" +
      rel +
      "/aFChunk\" Target=\"document.xml\"/>"
      "<Relationship Id=\"rId14\" Type=\"" +
      rel + "/aFChunk\" Target=\"afchunk4.mht\"/></Relationships>";
  r = ReadDocx(
      MakeZip({{"[Content_Types].xml", kContentTypes},
               {"word/document.xml", again},
               {"word/_rels/document.xml.rels", again_rels},
               {"word/afchunk2.docx", inner},
               {"word/afchunk4.mht", "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=x\n"}}),
      "again.docx");
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->blocks.size(), 1u);  // the imported table's one row, once
  EXPECT_EQ(r->blocks[0].cells, (std::vector<std::string>{"1", "县医保局"}));
  EXPECT_EQ(r->blocks[0].text, "| 1 | 县医保局 |");
  EXPECT_EQ(r->source.diagnostics().size(), 3u);  // imported already, no imported part, MHT: once each
}

// Round 20 (127): a frame, a table of one cell drawn around the attachment, its title and the task table
// inside it: the title a paragraph, the inner table's rows rows of their own, not lines of one cell.
TEST(DocxTest, ATableInsideAFrameTableIsATable) {
  const auto para = [](const std::string& text) {
    return "<ns0:p><ns0:r><ns0:t>" + text + "</ns0:t></ns0:r></ns0:p>";
  };
  const auto cell = [&](const std::string& text) { return "<ns0:tc>" + para(text) + "</ns0:tc>"; };
  const std::string inner = "<ns0:tbl><ns0:tr>" + cell("序号") + cell("重点任务") + cell("牵头单位") +
                            "</ns0:tr><ns0:tr>" + cell("1") + cell("扩大有效投资。") + cell("市发展改革委") +
                            "</ns0:tr><ns0:tr>" + cell("2") + cell("促进消费。") + cell("市商务局") +
                            "</ns0:tr></ns0:tbl>";
  const std::string frame = "<ns0:tbl><ns0:tr><ns0:tc>" + para("重点工作任务分工") + inner + para("注：无") +
                            "</ns0:tc></ns0:tr></ns0:tbl>";
  Document doc = MustExtract(
      MakeZip({{"[Content_Types].xml", kContentTypes}, {"word/document.xml", Body(para("附件") + frame)}}));
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"市发展改革委"});
  EXPECT_EQ(doc.tasks[1].lead_units, V{"市商务局"});
}

// Word writes a text box's content as wne:txbxContent in ISO Strict files; found
// missing by tests/lost/check_nothing_lost.py on a public Strict sample.
TEST(DocxHostileTest, StrictTextBoxInWordmlNamespaceIsRead) {
  std::string zip = MakeZip(
      {{"[Content_Types].xml", kContentTypes},
       {"word/document.xml",
        Body(R"(<ns0:p><ns0:r><ns0:t>锚点</ns0:t><ns0:drawing><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">)"
             R"(<wps:txbx><wne:txbxContent xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml">)"
             R"(<ns0:p><ns0:r><ns0:t>文本框内容</ns0:t></ns0:r></ns0:p></wne:txbxContent></wps:txbx></wps:wsp>)"
             R"(</ns0:drawing></ns0:r></ns0:p>)")}});
  Result<Reading> r = ReadDocx(zip, "strict-textbox.docx");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->blocks.size(), 2u);
  EXPECT_EQ(r->blocks[0].text, "锚点");
  EXPECT_EQ(r->blocks[1].text, "文本框内容");
}

// Round 73 (394): a 纪委's table marks its lead departments by underlining them (加下划线的为牵头部门), as a
// clerk's file stores it: w:u on runs (a name cut into runs around a w:proofErr one piece), through a
// character style (a run's w:u w:val="none" unsaying it), a paragraph mark's w:u printing nothing. Red runs
// (w:color FF0000, C00000) are pieces too; blue is no mark.
TEST(DocxTest, UnderlinedAndRedPiecesAreKept) {
  const auto run = [](const std::string& props, const std::string& text) {
    return "<ns0:r><ns0:rPr>" + props + "</ns0:rPr><ns0:t>" + text + "</ns0:t></ns0:r>";
  };
  const std::string u = "<ns0:u ns0:val=\"single\"/>";
  const std::string lead_style = "<ns0:rStyle ns0:val=\"a9\"/>";
  std::string zip = MakeZip(
      {{"[Content_Types].xml", kContentTypes},
       {"word/document.xml",
        Body("<ns0:tbl><ns0:tr><ns0:tc><ns0:p>" + run(u, "党风") + "<ns0:proofErr ns0:type=\"spellStart\"/>" +
             run(u, "政风监督室") + "<ns0:proofErr ns0:type=\"spellEnd\"/>" + run("", "、宣传部") +
             "</ns0:p></ns0:tc><ns0:tc><ns0:p><ns0:pPr><ns0:rPr>" + u + "</ns0:rPr></ns0:pPr>" +
             run("", "办公室、组织部") + "</ns0:p></ns0:tc><ns0:tc><ns0:p>" + run(lead_style, "干部监督室") +
             run("", "、") + run(lead_style + "<ns0:u ns0:val=\"none\"/>", "案件审理室") +
             "</ns0:p></ns0:tc></ns0:tr></ns0:tbl><ns0:p>" +
             run("<ns0:color ns0:val=\"FF0000\"/>", "县发改局") + run("", "、") +
             run("<ns0:color ns0:val=\"0000FF\"/>", "县财政局") + run("", "、") +
             run("<ns0:b/><ns0:color ns0:val=\"C00000\"/>", "县商务局") + "</ns0:p>")},
       {"word/_rels/document.xml.rels",
        R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
        R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" )"
        R"(Target="styles.xml"/></Relationships>)"},
       {"word/styles.xml",
        "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:style w:type=\"character\" w:styleId=\"a9\"><w:name w:val=\"牵头部门\"/><w:basedOn w:val=\"a0\"/>"
        "<w:rPr><w:u w:val=\"single\"/></w:rPr></w:style>"
        "<w:style w:type=\"character\" w:styleId=\"a0\"><w:name w:val=\"Default Paragraph Font\"/></w:style>"
        "</w:styles>"}});
  Result<Reading> r = ReadDocx(zip, "underline.docx");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->blocks.size(), 2u);
  std::vector<std::tuple<int, std::string, bool, bool>> pieces;
  for (const Block& b : r->blocks)
    for (const Emphasis& e : b.emphasis) pieces.emplace_back(e.cell, e.text, e.red, e.underline);
  EXPECT_EQ(pieces, (std::vector<std::tuple<int, std::string, bool, bool>>{{0, "党风政风监督室", false, true},
                                                                           {2, "干部监督室", false, true},
                                                                           {-1, "县发改局", true, false},
                                                                           // bold and red, in reading order
                                                                           {-1, "县商务局", false, false},
                                                                           {-1, "县商务局", true, false}}));
}

// Round 74 (398): cells a clerk joined by erasing the lines between them (w:tcBorders bottom nil over top
// nil) instead of merging them, the text typed in the block's middle row: read as a merge, the block's text
// in its first row and the rows below continuing it, reported as GW-DOCX-JOINED-CELLS. A table with no line
// between any of its rows joins nothing.
TEST(DocxTest, CellsJoinedByErasedLinesReadAsMerged) {
  const auto cell = [](const std::string& text, const char* top, const char* bottom) {
    std::string borders;
    if (*top || *bottom) {
      borders = "<ns0:tcPr><ns0:tcBorders>";
      if (*top) borders += std::string("<ns0:top ns0:val=\"") + top + "\"/>";
      if (*bottom) borders += std::string("<ns0:bottom ns0:val=\"") + bottom + "\"/>";
      borders += "</ns0:tcBorders></ns0:tcPr>";
    }
    return "<ns0:tc>" + borders + "<ns0:p><ns0:r><ns0:t>" + text + "</ns0:t></ns0:r></ns0:p></ns0:tc>";
  };
  const auto row = [](const std::string& cells) { return "<ns0:tr>" + cells + "</ns0:tr>"; };
  // Rows 1–3 share a leader typed in row 2; row 2's lead goes on over row 3 (its line erased there only).
  const std::string ruled =
      "<ns0:tbl>" + row(cell("序号", "", "") + cell("责任领导", "", "") + cell("牵头单位", "", "")) +
      row(cell("1", "", "") + cell("", "", "nil") + cell("县发改局", "", "")) +
      row(cell("2", "", "") + cell("副县长\n王明", "nil", "nil") + cell("县财政局", "", "nil")) +
      row(cell("3", "", "") + cell("", "nil", "") + cell("", "nil", "")) +
      row(cell("4", "", "") + cell("李华", "", "") + cell("县统计局", "", "")) + "</ns0:tbl>";
  const std::string open_table = "<ns0:tbl>" + row(cell("甲", "nil", "nil") + cell("乙", "nil", "nil")) +
                                 row(cell("丙", "nil", "nil") + cell("丁", "nil", "nil")) + "</ns0:tbl>";
  std::string zip =
      MakeZip({{"[Content_Types].xml", kContentTypes}, {"word/document.xml", Body(ruled + open_table)}});
  Result<Reading> r = ReadDocx(zip, "erased.docx");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->blocks.size(), 7u);
  EXPECT_EQ(r->blocks[1].cells, (std::vector<std::string>{"1", "副县长\n王明", "县发改局"}));
  EXPECT_EQ(r->blocks[2].cells, (std::vector<std::string>{"2", "", "县财政局"}));
  EXPECT_EQ(r->blocks[3].cells, (std::vector<std::string>{"3", "", ""}));
  EXPECT_EQ(r->blocks[2].merged_above, (std::vector<bool>{false, true, false}));
  EXPECT_EQ(r->blocks[3].merged_above, (std::vector<bool>{false, true, true}));
  EXPECT_TRUE(r->blocks[4].merged_above.empty());
  EXPECT_EQ(r->blocks[5].cells, (std::vector<std::string>{"甲", "乙"}));  // the open table as it is
  // (Its review) a block each of whose rows has text of its own is rows of their own: lines erased between
  // numbered rows in every column (a 三线表), a 完成时限 column erased over rows of their own dates.
  const std::string three_line = "<ns0:tbl>" + row(cell("序号", "", "") + cell("完成时限", "", "")) +
                                 row(cell("1", "", "nil") + cell("6月底前", "", "nil")) +
                                 row(cell("2", "nil", "") + cell("9月底前", "nil", "")) +
                                 row(cell("3", "", "") + cell("年底前", "", "")) + "</ns0:tbl>";
  Result<Reading> own = ReadDocx(
      MakeZip({{"[Content_Types].xml", kContentTypes}, {"word/document.xml", Body(three_line)}}), "own.docx");
  ASSERT_TRUE(own.ok());
  ASSERT_EQ(own->blocks.size(), 4u);
  EXPECT_EQ(own->blocks[1].cells, (std::vector<std::string>{"1", "6月底前"}));
  EXPECT_EQ(own->blocks[2].cells, (std::vector<std::string>{"2", "9月底前"}));
  EXPECT_TRUE(own->blocks[2].merged_above.empty());
  EXPECT_EQ(r->blocks[6].cells, (std::vector<std::string>{"丙", "丁"}));
  ASSERT_EQ(r->source.diagnostics().size(), 1u);
  EXPECT_EQ(r->source.diagnostics()[0].rule, "GW-DOCX-JOINED-CELLS");
}

// A PDF's or an OFD's page converted to DOCX keeping its layout: every printed line or cell a text box placed
// on the page, the table's rules drawn as lines, the page one empty paragraph that anchors them all. Read in
// reading order: the free boxes line by line (two on one line left to right, whatever their order in the
// XML), the table rebuilt from its rules (the leader's box, centred over two rows that no rule parts in its
// column, is both rows'; a cell's lines joined where the box wrapped them), a turned watermark after the
// body, and the section's end a page break.
TEST(DocxTest, TextBoxesPlacedOnThePageAreReadInReadingOrder) {
  constexpr long long pt = 12700;
  const auto place = [&](long long x, long long y, long long w, long long h, const std::string& inner,
                         const std::string& shape, long long rot = 0) {
    return "<ns0:r><ns0:drawing><wp:anchor xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/"
           "wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
           "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
           "<wp:positionH relativeFrom=\"page\"><wp:posOffset>" +
           std::to_string(x * pt) +
           "</wp:posOffset></wp:positionH><wp:positionV relativeFrom=\"page\"><wp:posOffset>" +
           std::to_string(y * pt) + "</wp:posOffset></wp:positionV><wp:extent cx=\"" +
           std::to_string(w * pt) + "\" cy=\"" + std::to_string(h * pt) +
           "\"/><a:graphic><a:graphicData><wps:wsp><wps:spPr><a:xfrm rot=\"" + std::to_string(rot) +
           "\"/><a:prstGeom prst=\"" + shape + "\"/></wps:spPr>" + inner +
           "</wps:wsp></a:graphicData></a:graphic></wp:anchor></ns0:drawing></ns0:r>";
  };
  const auto box = [&](long long x, long long y, long long w, long long h, std::vector<std::string> lines,
                       long long rot = 0) {
    std::string inner = "<wps:txbx><ns0:txbxContent>";
    for (const std::string& l : lines)
      inner +=
          "<ns0:p><ns0:pPr><ns0:rPr><ns0:sz ns0:val=\"24\"/></ns0:rPr></ns0:pPr><ns0:r><ns0:rPr><ns0:sz "
          "ns0:val=\"24\"/></ns0:rPr><ns0:t>" +
          l + "</ns0:t></ns0:r></ns0:p>";
    return place(x, y, w, h, inner + "</ns0:txbxContent></wps:txbx>", "rect", rot);
  };
  const auto line = [&](long long x0, long long y0, long long x1, long long y1) {
    return place(x0, y0, x1 - x0, y1 - y0, "", "line");
  };
  // Columns at 100, 150, 250, 350; rows at 300, 320, 360, 400. No rule under row 1 in the leader column.
  std::string page = line(100, 300, 350, 300) + line(100, 320, 350, 320) + line(100, 360, 250, 360) +
                     line(100, 400, 350, 400);
  for (long long x : {100, 150, 250, 350}) page += line(x, 300, x, 400);
  page += box(260, 370, 80, 15, {"王明"}) + box(102, 302, 46, 15, {"序号"}) +
          box(152, 302, 96, 15, {"牵头单位"}) + box(252, 302, 96, 15, {"责任领导"}) +
          box(102, 332, 46, 15, {"1"}) + box(152, 322, 60, 36, {"县发展和改", "革局"}) +
          box(102, 372, 46, 15, {"2"}) + box(152, 372, 96, 15, {"县财政局"});
  page += box(300, 200, 100, 15, {"右边"}) + box(100, 200, 100, 15, {"左边"}) +
          box(100, 100, 300, 20, {"标题"}) + box(100, 500, 300, 20, {"水印文字"}, 2700000) +
          box(100, 450, 300, 15, {"表下的注"});
  const std::string body =
      "<ns0:p>" + page +
      "<ns0:pPr><ns0:sectPr/></ns0:pPr></ns0:p><ns0:p><ns0:r><ns0:t>下一页</ns0:t></ns0:r></ns0:p>";
  Result<Reading> r = ReadDocx(
      MakeZip({{"[Content_Types].xml", kContentTypes}, {"word/document.xml", Body(body)}}), "placed.docx");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  V texts;
  for (const Block& b : r->blocks) texts.push_back(b.kind == BlockKind::kPageBreak ? "<page>" : b.text);
  EXPECT_EQ(texts,
            (V{"标题", "左边", "右边", "| 序号 | 牵头单位 | 责任领导 |", "| 1 | 县发展和改革局 | 王明 |",
               "| 2 | 县财政局 |  |", "表下的注", "<page>", "下一页", "水印文字"}));
  ASSERT_EQ(r->blocks.size(), 10u);
  EXPECT_EQ(r->blocks[5].merged_above, (std::vector<bool>{false, false, true}));
  EXPECT_TRUE(r->blocks[4].merged_above.empty());
  EXPECT_EQ(r->blocks[4].location.table, 0);
  bool said = false;
  for (const Diagnostic& d : r->source.diagnostics()) said = said || d.rule == "GW-DOCX-PLACED";
  EXPECT_TRUE(said);
}

// The geometry alone: a row spanning the grid (no upright rule crosses it) is one cell, the others of its
// row continuing it on the left; a cell's short lines of names are not joined; rules past the bound draw no
// table, and every box is still read.
TEST(PlacedTest, SpannedRowsAndTheRulesBound) {
  using internal::PlacedBox;
  using internal::PlacedRule;
  const int64_t u = 12700;
  std::vector<PlacedRule> rules = {{0, 0, 300 * u, 0},
                                   {0, 20 * u, 300 * u, 20 * u},
                                   {0, 40 * u, 300 * u, 40 * u},
                                   {0, 0, 0, 40 * u},
                                   {300 * u, 0, 300 * u, 40 * u},
                                   {100 * u, 20 * u, 100 * u, 40 * u},
                                   {200 * u, 20 * u, 200 * u, 40 * u}};
  std::vector<PlacedBox> boxes = {{10 * u, 5 * u, 200 * u, 10 * u},   // 一、… spanning the first row
                                  {10 * u, 25 * u, 50 * u, 10 * u},   // 1
                                  {110 * u, 25 * u, 50 * u, 10 * u},  // its task
                                  {0, 100 * u, 50 * u, 10 * u}};      // under the table
  internal::PlacedLayout layout = internal::LayOutPlaced(boxes, rules);
  ASSERT_EQ(layout.tables.size(), 1u);
  const internal::PlacedTable& t = layout.tables[0];
  ASSERT_EQ(t.rows.size(), 2u);
  ASSERT_EQ(t.rows[0].size(), 3u);
  EXPECT_EQ(t.rows[0][0].boxes, (std::vector<size_t>{0}));
  EXPECT_TRUE(t.rows[0][1].spanned && t.rows[0][2].spanned);
  EXPECT_FALSE(t.rows[0][1].merged_above);
  EXPECT_EQ(t.rows[1][1].boxes, (std::vector<size_t>{2}));
  ASSERT_EQ(layout.order.size(), 2u);
  EXPECT_TRUE(layout.order[0].is_table);
  EXPECT_EQ(layout.order[1].index, 3u);
  // 5 000 rules: no table; the boxes all free, top to bottom.
  for (int k = 0; k < 5000; ++k) rules.push_back({0, k * u, 300 * u, k * u});
  layout = internal::LayOutPlaced(boxes, rules);
  EXPECT_TRUE(layout.tables.empty());
  ASSERT_EQ(layout.order.size(), 4u);
  EXPECT_EQ(layout.order[0].index, 0u);
  EXPECT_EQ(layout.order[3].index, 3u);
}

// A PDF's table converted to Word a row per printed line, the rules kept as cell borders: the printed lines
// of one row, parted by no line in any column, are one row, each cell's lines joined where the column wrapped
// them (a name cut at a line's end, a bracket pushed down) and kept apart where a line stops short (two
// names); the two-line header is one row; the 责任领导 printed once for two tasks (no line between them in
// its column) is both rows'. A 三线表, numbered rows with the lines between them erased, stays a row each.
TEST(DocxTest, APdfTablesPrintedLinesAreOneRowEach) {
  const auto cell = [](const std::string& text, bool top, bool bottom) {
    return std::string("<ns0:tc><ns0:tcPr><ns0:tcBorders><ns0:top ns0:val=\"") + (top ? "single" : "nil") +
           "\"/><ns0:bottom ns0:val=\"" + (bottom ? "single" : "nil") +
           "\"/></ns0:tcBorders></ns0:tcPr><ns0:p>" +
           (text.empty() ? "" : "<ns0:r><ns0:t>" + text + "</ns0:t></ns0:r>") + "</ns0:p></ns0:tc>";
  };
  // Each row: its cells' texts; `top`/`bottom`: the rules above and below, per column.
  const auto row = [&](std::vector<std::string> texts, std::string top, std::string bottom) {
    std::string out = "<ns0:tr>";
    for (size_t k = 0; k < texts.size(); ++k) out += cell(texts[k], top[k] == '1', bottom[k] == '1');
    return out + "</ns0:tr>";
  };
  const std::string table =
      "<ns0:tbl>" + row({"序号", "重点工作任务", "责任", "牵头科室"}, "1111", "0000") +
      row({"", "", "局领导", "（单位）"}, "0000", "1111") +
      row({"", "修订完善防汛抗旱应急预案和水库调度", "", "水旱灾害防"}, "1111", "0000") +
      row({"1", "运用计划，汛前完成。", "魏启明", "御科"}, "0000", "1101") +
      row({"2", "开展汛前水利工程安全大检查。", "", "水资源管理科"}, "1101", "0000") +
      row({"", "", "", "（市节约用水办公室）"}, "0000", "1111") + "</ns0:tbl>";
  const std::string three_line = "<ns0:tbl>" + row(V{"序号", "完成时限"}, "11", "11") +
                                 row(V{"1", "6月底前"}, "11", "00") + row(V{"2", "9月底前"}, "00", "11") +
                                 "</ns0:tbl>";
  Result<Reading> r = ReadDocx(MakeZip({{"[Content_Types].xml", kContentTypes},
                                        {"word/document.xml", Body(table + "<ns0:p/>" + three_line)}}),
                               "lines.docx");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->blocks.size(), 6u);
  EXPECT_EQ(r->blocks[0].cells, (V{"序号", "重点工作任务", "责任局领导", "牵头科室（单位）"}));
  EXPECT_EQ(r->blocks[1].cells,
            (V{"1", "修订完善防汛抗旱应急预案和水库调度运用计划，汛前完成。", "魏启明", "水旱灾害防御科"}));
  EXPECT_EQ(r->blocks[2].cells,
            (V{"2", "开展汛前水利工程安全大检查。", "", "水资源管理科（市节约用水办公室）"}));
  EXPECT_EQ(r->blocks[2].merged_above, (std::vector<bool>{false, false, true, false}));
  EXPECT_EQ(r->blocks[4].cells, (V{"1", "6月底前"}));
  EXPECT_EQ(r->blocks[5].cells, (V{"2", "9月底前"}));
  bool said = false;
  for (const Diagnostic& d : r->source.diagnostics()) said = said || d.rule == "GW-DOCX-JOINED-ROWS";
  EXPECT_TRUE(said);
  // A row the page cut before its number (vertically centred, the number fell on the next page): the page's
  // table ends with its first line, the next page's table prints the number under the header again. One row.
  const std::string page1 = "<ns0:tbl>" + row(V{"序号", "重点工作任务", "牵头科室"}, "111", "111") +
                            row(V{"1", "开展汛前水利工程安全", "安全监督科"}, "111", "000") +
                            row(V{"", "大检查。", ""}, "000", "111") +
                            row(V{"", "推行电子招标投标全流程监管，规", ""}, "111", "000") + "</ns0:tbl>";
  const std::string page2 = "<ns0:tbl>" + row(V{"序号", "重点工作任务", "牵头科室"}, "111", "111") +
                            row(V{"2", "范招标投标行为。", "政策法规科"}, "111", "000") +
                            row(V{"", "", ""}, "000", "111") +
                            row(V{"3", "开展督查。", "县政府办"}, "111", "111") + "</ns0:tbl>";
  const std::string number = "<ns0:p><ns0:r><ns0:t>— 4 —</ns0:t></ns0:r></ns0:p>";
  Result<Reading> cut = ReadDocx(
      MakeZip({{"[Content_Types].xml", kContentTypes}, {"word/document.xml", Body(page1 + number + page2)}}),
      "cut.docx");
  ASSERT_TRUE(cut.ok());
  V texts;
  for (const Block& b : cut->blocks) texts.push_back(b.text);
  EXPECT_EQ(texts,
            (V{"| 序号 | 重点工作任务 | 牵头科室 |", "| 1 | 开展汛前水利工程安全大检查。 | 安全监督科 |",
               "— 4 —", "| 序号 | 重点工作任务 | 牵头科室 |",
               "| 2 | 推行电子招标投标全流程监管，规范招标投标行为。 | 政策法规科 |",
               "| 3 | 开展督查。 | 县政府办 |"}));
}

// (Its review) A box placed on the page waits for the next text: at a page break inside the next paragraph,
// it is read without taking that paragraph's place (a crash, read through a block gone), and nothing is lost.
TEST(DocxHostileTest, PlacedBoxesBeforeAPageBreakAndLeftAtTheEnd) {
  const auto box = [](const std::string& inner) {
    return "<ns0:r><ns0:drawing><wp:anchor xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/"
           "wordprocessingDrawing\" "
           "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
           "<wp:positionH relativeFrom=\"page\"><wp:posOffset>1270000</wp:posOffset></wp:positionH>"
           "<wp:positionV relativeFrom=\"page\"><wp:posOffset>1270000</wp:posOffset></wp:positionV>"
           "<wp:extent cx=\"2540000\" cy=\"635000\"/><wps:wsp><wps:txbx><ns0:txbxContent>" +
           inner + "</ns0:txbxContent></wps:txbx></wps:wsp></wp:anchor></ns0:drawing></ns0:r>";
  };
  const auto text = [](const std::string& t) { return "<ns0:r><ns0:t>" + t + "</ns0:t></ns0:r>"; };
  const std::string page_break = "<ns0:r><ns0:br ns0:type=\"page\"/></ns0:r>";
  const std::string body =
      "<ns0:p>" +
      box("<ns0:p>" + text("外层文本框") + box("<ns0:p>" + text("内层文本框") + "</ns0:p>") + "</ns0:p>") +
      "</ns0:p><ns0:p>" + text("第一页文字") + page_break + text("第二页文字") + page_break +
      text("第三页文字") + "</ns0:p>";
  Result<Reading> r = ReadDocx(
      MakeZip({{"[Content_Types].xml", kContentTypes}, {"word/document.xml", Body(body)}}), "boxes.docx");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  V texts;
  for (const Block& b : r->blocks)
    if (b.kind != BlockKind::kPageBreak) texts.push_back(b.text);
  // (The box inside the box waits in turn for the next text after it.)
  EXPECT_EQ(texts, (V{"外层文本框", "第一页文字", "内层文本框", "第二页文字", "第三页文字"}));
}

// Check boxes as a form prints them: Wingdings 2's R and £ typed in that font, a symbol inserted from
// Wingdings (F0FE, F0A8), and a form field's box, which prints no character (its w:checked, else w:default):
// ☑ ☐.
TEST(DocxTest, CheckBoxesReadAsTheyPrint) {
  const auto run = [](const char* font, const std::string& text) {
    return std::string("<ns0:r><ns0:rPr><ns0:rFonts ns0:ascii=\"") + font + "\" ns0:hAnsi=\"" + font +
           "\"/></ns0:rPr><ns0:t>" + text + "</ns0:t></ns0:r>";
  };
  const auto plain = [](const std::string& text) { return "<ns0:r><ns0:t>" + text + "</ns0:t></ns0:r>"; };
  const auto sym = [](const char* code) {
    return std::string("<ns0:r><ns0:sym ns0:font=\"Wingdings\" ns0:char=\"") + code + "\"/></ns0:r>";
  };
  const auto field_box = [&](const char* state) {
    return "<ns0:r><ns0:fldChar ns0:fldCharType=\"begin\"><ns0:ffData><ns0:checkBox>" + std::string(state) +
           "</ns0:checkBox></ns0:ffData></ns0:fldChar></ns0:r><ns0:r><ns0:instrText> FORMCHECKBOX "
           "</ns0:instrText>"
           "</ns0:r><ns0:r><ns0:fldChar ns0:fldCharType=\"separate\"/></ns0:r><ns0:r><ns0:fldChar "
           "ns0:fldCharType=\"end\"/></ns0:r>";
  };
  const std::string body = "<ns0:p>" + plain("市住建局") + run("Wingdings 2", "R") + plain("牵头") +
                           run("Wingdings 2", "£") + plain("配合") + "</ns0:p><ns0:p>" + plain("市财政局") +
                           sym("F0A8") + plain("牵头") + sym("F0FE") + plain("配合") + "</ns0:p><ns0:p>" +
                           plain("市发改委") + field_box("<ns0:checked/>") + plain("牵头") +
                           field_box("<ns0:default ns0:val=\"0\"/>") + plain("配合") + "</ns0:p>";
  Result<Reading> r = ReadDocx(
      MakeZip({{"[Content_Types].xml", kContentTypes}, {"word/document.xml", Body(body)}}), "boxes.docx");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  V texts;
  for (const Block& b : r->blocks) texts.push_back(b.text);
  EXPECT_EQ(texts, (V{"市住建局☑牵头☐配合", "市财政局☐牵头☑配合", "市发改委☑牵头☐配合"}));
}

// A damaged optional part costs its content, not the document: GW-DOCX-PART,
// which the validator reports as a warning.
TEST(DocxHostileTest, MalformedFootnotesAreAWarningNamingThePart) {
  std::string zip = MakeZip(
      {{"[Content_Types].xml", kContentTypes},
       {"word/document.xml", Body("<ns0:p><ns0:r><ns0:t>正文</ns0:t></ns0:r></ns0:p>")},
       {"word/_rels/document.xml.rels",
        R"(<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
        R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" )"
        R"(Target="footnotes.xml"/></Relationships>)"},
       {"word/footnotes.xml", "<w:footnotes xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:footnote>"}});
  Result<Document> doc = ExtractBytes(zip, "notes.docx");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ASSERT_EQ(doc->blocks.size(), 1u);
  EXPECT_EQ(doc->blocks[0].text, "正文");
  ASSERT_EQ(doc->diagnostics.size(), 1u);
  EXPECT_EQ(doc->diagnostics[0].rule, "GW-DOCX-PART");
  EXPECT_EQ(doc->diagnostics[0].severity, Severity::kWarning);
  EXPECT_NE(doc->diagnostics[0].message.find("word/footnotes.xml"), std::string::npos) << doc->diagnostics[0].message;
  int reported = 0;
  for (const Diagnostic& d : Validate(*doc)) reported += d.rule == "GW-DOCX-PART" && d.severity == Severity::kWarning;
  EXPECT_EQ(reported, 1);
}

TEST(DocxHostileTest, DamagedPackagesAreClearErrors) {
  EXPECT_EQ(ReadError(std::string("PK\x03\x04", 4) + "garbage that is no zip").code(), StatusCode::kUnsupportedFormat);
  Status missing = ReadError(MakeZip({{"[Content_Types].xml", kContentTypes}}));
  EXPECT_EQ(missing.code(), StatusCode::kUnsupportedFormat);
  EXPECT_EQ(missing.file(), "hostile.docx");
  Status malformed = ReadError(MakeZip({{"[Content_Types].xml", kContentTypes}, {"word/document.xml", "<w:document><w:body>"}}));
  EXPECT_EQ(malformed.code(), StatusCode::kUnsupportedFormat);
  EXPECT_NE(malformed.message().find("word/document.xml"), std::string::npos) << malformed.message();
  EXPECT_NE(malformed.message().find("offset"), std::string::npos) << malformed.message();
  // A DTD (an external entity in it) is refused where it stands, never read with &xxe; left as text.
  const std::string with_dtd =
      "<?xml version=\"1.0\"?>\n<!-- x -->\n<!DOCTYPE d [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
      "<ns0:document xmlns:ns0=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><ns0:body>"
      "<ns0:p><ns0:r><ns0:t>&xxe;</ns0:t></ns0:r></ns0:p></ns0:body></ns0:document>";
  Status dtd = ReadError(MakeZip({{"[Content_Types].xml", kContentTypes}, {"word/document.xml", with_dtd}}));
  EXPECT_EQ(dtd.code(), StatusCode::kUnsupportedFormat);
  EXPECT_NE(dtd.message().find("word/document.xml"), std::string::npos) << dtd.message();
  EXPECT_NE(dtd.message().find("DOCTYPE"), std::string::npos) << dtd.message();
  EXPECT_NE(dtd.message().find("offset " + std::to_string(with_dtd.find("<!DOCTYPE"))), std::string::npos)
      << dtd.message();
  Result<Document> ole = ExtractBytes(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(100, '\0'), "x.doc");
  ASSERT_FALSE(ole.ok());
  EXPECT_EQ(ole.status().code(), StatusCode::kUnsupportedFormat);
}

// A macro-enabled document named only by its content type (application/vnd.ms-word…) is read; a
// damaged relationships part of the document is a warning naming it, not a silent loss of styles.
TEST(DocxHostileTest, MacroContentTypeAndDamagedRelationships) {
  const std::string macro_types =
      R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
      R"(<Override PartName="/word/main.xml" ContentType="application/vnd.ms-word.document.macroEnabled.main+xml"/></Types>)";
  const std::string body = Body("<ns0:p><ns0:r><ns0:t>正文</ns0:t></ns0:r></ns0:p>");
  Result<Reading> macro =
      ReadDocx(MakeZip({{"[Content_Types].xml", macro_types}, {"word/main.xml", body}}), "m.docm");
  ASSERT_TRUE(macro.ok()) << macro.status().ToString();
  ASSERT_EQ(macro->blocks.size(), 1u);
  EXPECT_EQ(macro->blocks[0].text, "正文");

  Result<Reading> rels =
      ReadDocx(MakeZip({{"[Content_Types].xml", kContentTypes},
                        {"word/document.xml", body},
                        {"word/_rels/document.xml.rels",
                         "<Relationships><Relationship Id=\"rId1\" Type=</Relationships>"}}),
               "r.docx");
  ASSERT_TRUE(rels.ok()) << rels.status().ToString();
  bool warned = false;
  for (const Diagnostic& d : rels->source.diagnostics())
    warned = warned || (d.rule == "GW-DOCX-PART" &&
                        d.message.find("word/_rels/document.xml.rels") != std::string::npos);
  EXPECT_TRUE(warned);
}

// A nested table lives in its cell's text: the part's tables are counted without it.
TEST(DocxTest, NestedTablesAreNotCountedAsTablesOfThePart) {
  auto cell = [](const std::string& inner) { return "<ns0:tc>" + inner + "</ns0:tc>"; };
  auto para = [](const std::string& text) {
    return "<ns0:p><ns0:r><ns0:t>" + text + "</ns0:t></ns0:r></ns0:p>";
  };
  const std::string nested =
      "<ns0:tbl><ns0:tr>" + cell(para("内1")) + cell(para("内2")) + "</ns0:tr></ns0:tbl>";
  const std::string body = "<ns0:tbl><ns0:tr>" + cell(para("外") + nested + para("")) + cell(para("右")) +
                           "</ns0:tr></ns0:tbl>" + para("间") + "<ns0:tbl><ns0:tr>" + cell(para("第二个表")) +
                           "</ns0:tr></ns0:tbl>";
  Result<Reading> r = ReadDocx(
      MakeZip({{"[Content_Types].xml", kContentTypes}, {"word/document.xml", Body(body)}}), "n.docx");
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  std::vector<int> tables;
  for (const Block& b : r->blocks)
    if (b.kind == BlockKind::kTableRow) tables.push_back(b.location.table);
  EXPECT_EQ(tables, (std::vector<int>{0, 1}));
  EXPECT_EQ(r->blocks[0].cells, (V{"外\n| 内1 | 内2 |", "右"})) << r->blocks[0].original;
}

// XML allows a part in UTF-16 (Word writes UTF-8; LibreOffice reads both).
TEST(DocxTest, MainPartInUtf16IsRead) {
  const std::string body = Body("<ns0:p><ns0:r><ns0:t>正文𠀀</ns0:t></ns0:r></ns0:p>");
  for (bool little : {true, false}) {
    std::string utf16 = little ? "\xFF\xFE" : "\xFE\xFF";
    std::u16string units;
    for (size_t i = 0; i < body.size();) {
      const char32_t cp = internal::NextCodePoint(body, i);
      if (cp >= 0x10000) {
        units += static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10));
        units += static_cast<char16_t>(0xDC00 + ((cp - 0x10000) & 0x3FF));
      } else {
        units += static_cast<char16_t>(cp);
      }
    }
    for (char16_t u : units) {
      const char lo = static_cast<char>(u & 0xFF), hi = static_cast<char>(u >> 8);
      utf16 += little ? std::string{lo, hi} : std::string{hi, lo};
    }
    Result<Reading> r =
        ReadDocx(MakeZip({{"[Content_Types].xml", kContentTypes}, {"word/document.xml", utf16}}), "u.docx");
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    ASSERT_EQ(r->blocks.size(), 1u);
    EXPECT_EQ(r->blocks[0].text, "正文𠀀");
  }
}

TEST(DocxHostileTest, ZipBombIsRefused) {
  std::string zeros(std::string(50 << 20, '0'));
  std::string zip = MakeZip({{"[Content_Types].xml", kContentTypes}, {"word/document.xml", zeros}});
  ASSERT_LT(zip.size(), 1u << 20);
  Status st = ReadError(zip);
  EXPECT_EQ(st.code(), StatusCode::kTooLarge) << st.ToString();
  DocxOptions small;
  small.max_part_bytes = 1000;
  EXPECT_EQ(ReadError(Fixture("table.docx"), small).code(), StatusCode::kTooLarge);
}

TEST(DocxHostileTest, DeepNestingIsBoundedAndReported) {
  std::string open, close;
  for (int i = 0; i < 100000; ++i) {
    open += "<ns0:sdt><ns0:sdtContent>";
    close += "</ns0:sdtContent></ns0:sdt>";
  }
  std::string zip = MakeZip({{"[Content_Types].xml", kContentTypes},
                             {"word/document.xml", Body("<ns0:p><ns0:r><ns0:t>浅</ns0:t></ns0:r></ns0:p>" + open +
                                                         "<ns0:p><ns0:r><ns0:t>深</ns0:t></ns0:r></ns0:p>" + close)}});
  DocxOptions options;
  options.max_ratio = 1u << 30;  // the nesting compresses extremely well; here only depth is under test
  Result<Reading> r = ReadDocx(zip, "deep.docx", options);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->blocks.size(), 1u);
  EXPECT_EQ(r->blocks[0].text, "浅");
  ASSERT_FALSE(r->source.diagnostics().empty());
  EXPECT_EQ(r->source.diagnostics()[0].rule, "GW-DOCX-DEPTH");
}

// The namespace of every element as NsResolver gives it after preparing `xml` with the count of
// "xmlns" ParseXml makes (`counted`) or without it (the whole tree walked).
std::vector<internal::Ns> NamespacesOf(std::string xml, bool counted) {
  pugi::xml_document doc;
  std::string error;
  size_t xmlns_written = 0;
  EXPECT_TRUE(internal::ParseXml(doc, xml, error, &xmlns_written)) << error;
  internal::NsResolver ns;
  ns.Prepare(doc, counted ? xmlns_written : internal::NsResolver::kXmlnsUnknown);
  struct Walker : pugi::xml_tree_walker {
    internal::NsResolver* ns;
    std::vector<internal::Ns> seen;
    bool for_each(pugi::xml_node& n) override {
      if (n.type() == pugi::node_element) seen.push_back(ns->Of(n));
      return true;
    }
  } walker;
  walker.ns = &ns;
  doc.traverse(walker);
  return walker.seen;
}

// Prepare reads only the document element when its declarations are every "xmlns" of the text;
// whatever else the text holds, every element gets the namespace the whole walk gives it.
TEST(NsResolverTest, ReadingOnlyTheDocumentElementAnswersAsTheWholeWalk) {
  const std::string w = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";
  const std::string a = R"(xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main")";
  using internal::Ns;
  const struct {
    const char* what;
    std::string xml;
    std::vector<Ns> expected;
  } cases[] = {
      {"declared on the document element only",
       "<w:document " + w + "><w:body><w:p/></w:body></w:document>",
       {Ns::kW, Ns::kW, Ns::kW}},
      {"a: declared on a drawing element",
       "<w:document " + w + "><w:p><a:graphic " + a + "><a:x/></a:graphic></w:p></w:document>",
       {Ns::kW, Ns::kW, Ns::kDrawing, Ns::kDrawing}},
      {"\"xmlns\" in the text",
       "<w:document " + w + "><w:t>xmlns:a</w:t><a:x/></w:document>",
       {Ns::kW, Ns::kW, Ns::kOther}},
      {"w: bound again to another namespace inside",
       "<w:document " + w + R"(><w:p><w:q xmlns:w="urn:other"><w:r/></w:q></w:p><w:p/></w:document>)",
       {Ns::kW, Ns::kW, Ns::kOther, Ns::kOther, Ns::kW}},
      {"a default namespace inside",
       "<w:document " + w + R"(><x xmlns="urn:other"/></w:document>)",
       {Ns::kW, Ns::kOther}},
      // The walk stops at the last declaration the text holds; what follows is answered by the table.
      {"declarations early, elements after them",
       "<w:document " + w + "><w:p><a:graphic " + a + "/></w:p><w:p><a:x/><w:r/></w:p></w:document>",
       {Ns::kW, Ns::kW, Ns::kDrawing, Ns::kW, Ns::kDrawing, Ns::kW}},
      {"w: rebound after a nested declaration",
       "<w:document " + w + "><a:graphic " + a +
           R"(/><w:q xmlns:w="urn:other"><w:r/></w:q><w:p/></w:document>)",
       {Ns::kW, Ns::kDrawing, Ns::kOther, Ns::kOther, Ns::kW}},
      {"a nested declaration, and \"xmlns\" in the text after it",
       "<w:document " + w + "><a:graphic " + a + "/><w:t>xmlns</w:t><a:x/></w:document>",
       {Ns::kW, Ns::kDrawing, Ns::kW, Ns::kDrawing}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(NamespacesOf(c.xml, true), c.expected) << c.what;
    EXPECT_EQ(NamespacesOf(c.xml, false), c.expected) << c.what;
  }
}

// Children finds what Child finds for each name, in one pass: the first child of that name in the
// namespace (not one of another namespace or a grandchild), or none.
TEST(NsResolverTest, ChildrenFindsWhatChildFindsForEachName) {
  std::string xml =
      R"(<w:pPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:x="urn:other">)"
      R"(<x:jc x:val="other"/><w:numPr><w:jc w:val="deeper"/></w:numPr>text<w:jc w:val="first"/>)"
      R"(<w:jc w:val="second"/><w:pStyle w:val="s"/></w:pPr>)";
  pugi::xml_document doc;
  std::string error;
  ASSERT_TRUE(internal::ParseXml(doc, xml, error)) << error;
  internal::NsResolver ns;
  ns.Prepare(doc);
  const pugi::xml_node ppr = doc.document_element();
  using internal::Ns;
  const auto [jc, style, numpr, missing] =
      ns.Children<4>(ppr, Ns::kW, {"jc", "pStyle", "numPr", "outlineLvl"});
  for (const auto& [found, name] :
       {std::pair{jc, "jc"}, {style, "pStyle"}, {numpr, "numPr"}, {missing, "outlineLvl"}})
    EXPECT_EQ(found, ns.Child(ppr, Ns::kW, name)) << name;
  EXPECT_STREQ(internal::Attr(jc, "val").value(), "first");
  EXPECT_TRUE(numpr);
  EXPECT_FALSE(missing);
  EXPECT_FALSE(ns.Children<1>(ppr, Ns::kR, {"jc"})[0]) << "no child in that namespace";
}

// The counters of a numbering.xml whose one list (numId 1, abstractNum 0) has these <w:lvl> elements.
internal::Numbering LoadNumbering(const std::string& levels) {
  const std::string xml =
      R"(<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
      R"(<w:abstractNum w:abstractNumId="0">)" +
      levels +
      R"(</w:abstractNum>)"
      R"(<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>)";
  pugi::xml_document doc;
  EXPECT_TRUE(doc.load_string(xml.c_str()));
  internal::NsResolver ns;
  ns.Prepare(doc);
  internal::Numbering numbering;
  numbering.Load(doc.document_element(), ns);
  return numbering;
}

// Regression: lvlRestart w:val="0" (never restart) was read as the default
// (restart after any higher level); isLgl w:val="false" was read as on.
TEST(NumberingTest, LvlRestartZeroNeverRestartsAndIsLglFalseIsOff) {
  internal::Numbering numbering = LoadNumbering(
      R"(<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/>
        <w:lvlRestart w:val="0"/><w:isLgl w:val="false"/></w:lvl>)");
  EXPECT_EQ(numbering.Next(1, 0), "一、");
  EXPECT_EQ(numbering.Next(1, 1), "一.1");
  EXPECT_EQ(numbering.Next(1, 1), "一.2");
  EXPECT_EQ(numbering.Next(1, 0), "二、");
  EXPECT_EQ(numbering.Next(1, 1), "二.3");  // not restarted
}

// Round 25 (155): what follows a level's label (w:suff): a tab unless it says a space or nothing.
TEST(NumberingTest, SuffixAfterTheLabel) {
  internal::Numbering numbering = LoadNumbering(
      R"(<w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
      <w:lvl w:ilvl="1"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:suff w:val="space"/></w:lvl>
      <w:lvl w:ilvl="2"><w:numFmt w:val="decimal"/><w:lvlText w:val="（%3）"/><w:suff w:val="nothing"/></w:lvl>)");
  EXPECT_EQ(numbering.Suffix(1, 0), "\t");
  EXPECT_EQ(numbering.Suffix(1, 1), " ");
  EXPECT_EQ(numbering.Suffix(1, 2), "");
  EXPECT_EQ(numbering.Suffix(9, 0), "") << "no such list";
}

// Round 16 (101): a bulleted level is known as one, for the reader to leave its glyph out of a cell.
TEST(NumberingTest, BulletLevelIsKnown) {
  internal::Numbering numbering = LoadNumbering(
      R"(<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>)");
  EXPECT_TRUE(numbering.IsBullet(1, 0));
  EXPECT_FALSE(numbering.IsBullet(1, 1));
  EXPECT_FALSE(numbering.IsBullet(2, 0)) << "no such list";
  EXPECT_FALSE(numbering.IsBullet(1, 9));
}

// A level without w:start counts from 0, as the standard says (and LibreOffice shows).
TEST(NumberingTest, LevelWithoutStartCountsFromZero) {
  internal::Numbering numbering =
      LoadNumbering(R"(<w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>)");
  EXPECT_EQ(numbering.Next(1, 0), "0.");
  EXPECT_EQ(numbering.Next(1, 0), "1.");
}

// A sub-level used before its parent: the parent counts as used at its start, so its next item is
// its second (LibreOffice shows 二、 here too).
TEST(NumberingTest, ParentOfAnOrphanSubLevelCountsAsUsed) {
  internal::Numbering numbering = LoadNumbering(
      R"(<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>)");
  EXPECT_EQ(numbering.Next(1, 1), "（一）");
  EXPECT_EQ(numbering.Next(1, 0), "二、");
  EXPECT_EQ(numbering.Next(1, 1), "（一）");
}

TEST(NumberingFormatTest, WordFormats) {
  using internal::FormatNumber;
  EXPECT_EQ(FormatNumber(3, "decimal"), "3");
  EXPECT_EQ(FormatNumber(12, "decimalFullWidth"), "１２");
  EXPECT_EQ(FormatNumber(3, "decimalEnclosedCircle"), "③");
  EXPECT_EQ(FormatNumber(11, "chineseCounting"), "十一");
  EXPECT_EQ(FormatNumber(56, "chineseCounting"), "五十六");
  EXPECT_EQ(FormatNumber(101, "chineseCountingThousand"), "一百零一");
  EXPECT_EQ(FormatNumber(2, "ideographTraditional"), "乙");
  EXPECT_EQ(FormatNumber(2023, "ideographDigital"), "二〇二三");
  EXPECT_EQ(FormatNumber(14, "upperRoman"), "XIV");
  EXPECT_EQ(FormatNumber(4, "lowerRoman"), "iv");
  EXPECT_EQ(FormatNumber(28, "upperLetter"), "BB");
  EXPECT_EQ(FormatNumber(1, "lowerLetter"), "a");
  EXPECT_EQ(FormatNumber(5, "none"), "");
  EXPECT_EQ(FormatNumber(7, "taiwaneseCountingThousand"), "七");
  // The financial form writes the ten in full: 壹拾壹, not 拾壹.
  EXPECT_EQ(FormatNumber(3, "chineseLegalSimplified"), "叁");
  EXPECT_EQ(FormatNumber(10, "chineseLegalSimplified"), "壹拾");
  EXPECT_EQ(FormatNumber(11, "chineseLegalSimplified"), "壹拾壹");
  EXPECT_EQ(FormatNumber(20, "chineseLegalSimplified"), "贰拾");
  EXPECT_EQ(FormatNumber(110, "chineseLegalSimplified"), "壹佰壹拾");
}

}  // namespace
}  // namespace gongwen

#include <gtest/gtest.h>

#include <algorithm>

#include "gongwen/block.h"
#include "gongwen/extract.h"
#include "reader/wiki_text.h"
#include "test_util.h"

namespace gongwen {
namespace {

using testing::MustDecode;
using testing::Normalized;
using testing::NormalizeText;

TEST(TextReaderTest, EachNonBlankLineIsAParagraphWithItsPosition) {
  Source s = MustDecode("  标题\n\n\u3000\u3000正文第一段。\r\n第二段\n");
  Blocks blocks = ReadTextBlocks(s);
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].text, "标题");
  EXPECT_EQ(blocks[0].span.line, 1u);
  EXPECT_EQ(blocks[0].span.column, 3u);
  EXPECT_EQ(blocks[0].span.offset, 2u);
  EXPECT_EQ(blocks[0].span.length, 6u);
  EXPECT_EQ(blocks[1].text, "正文第一段。");  // ideographic indentation is layout, not text
  EXPECT_EQ(blocks[1].span.line, 3u);
  EXPECT_EQ(blocks[1].span.column, 3u);
  EXPECT_EQ(blocks[2].text, "第二段");
  EXPECT_EQ(blocks[2].span.line, 4u);
  for (const Block& b : blocks) {
    EXPECT_EQ(b.kind, BlockKind::kParagraph);
    EXPECT_EQ(b.original, s.text().substr(b.begin, b.end - b.begin));
  }
}

TEST(TextReaderTest, PipeRowsBecomeTableRowsWithCells) {
  Source s = MustDecode("| 序号 | 重点任务 | 牵头单位 |\n|---|---|---|\n| 1 | 建成\\|投用 | 县教育局 |\n");
  Blocks blocks = ReadTextBlocks(s);
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kTableRow);
  EXPECT_EQ(blocks[0].cells, (std::vector<std::string>{"序号", "重点任务", "牵头单位"}));
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"1", "建成|投用", "县教育局"}));
}

// Metamorphic probe: a pipe table with its outer pipes left out (GitHub's Markdown allows it) is a table: the
// header over its separator row, and the lines right under them with as many cells; each cell's place is
// the line's own. A line with a pipe and no separator row under it stays a paragraph.
TEST(TextReaderTest, PipeRowsWithoutTheirOuterPipes) {
  Source s = MustDecode(
      "序号 | 工作任务 | 责任单位\n---|:---:|---\n1 | 新建足球场 | 区教育局\n| 2 | 加装电梯 | 区住建局\n\n"
      "A | B\n说明文字\n");
  Blocks blocks = ReadTextBlocks(s);
  ASSERT_EQ(blocks.size(), 6u);
  for (size_t k = 0; k < 4; ++k) EXPECT_EQ(blocks[k].kind, BlockKind::kTableRow) << k;
  EXPECT_EQ(blocks[0].cells, (std::vector<std::string>{"序号", "工作任务", "责任单位"}));
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"1", "新建足球场", "区教育局"}));
  EXPECT_EQ(blocks[3].cells, (std::vector<std::string>{"2", "加装电梯", "区住建局"}));
  ASSERT_EQ(blocks[2].cell_begins.size(), 3u);
  EXPECT_EQ(blocks[2].original.substr(blocks[2].cell_begins[2]), "区教育局");
  EXPECT_EQ(blocks[3].original.substr(blocks[3].cell_begins[1], 12), "加装电梯");
  EXPECT_EQ(blocks[4].kind, BlockKind::kParagraph);
  // The second review's findings: a row with an empty last cell, its outer pipe parting it (2 | 任务 |
  // 县住建局 |), and a short row are the table's; a separator of no cell (-----|) under a line with no pipe
  // makes no table.
  Source t = MustDecode(
      "序号 | 工作任务 | 牵头单位 | 配合单位\n---|---|---|---\n1 | 建设 | 县教育局 | 县财政局\n"
      "2 | 加装电梯 | 县住建局 |\n3 | 培训 | 县人社局\n4 | 改造 | 县农业农村局 | 县自然资源局\n");
  blocks = ReadTextBlocks(t);
  ASSERT_EQ(blocks.size(), 6u);
  for (const Block& b : blocks) EXPECT_EQ(b.kind, BlockKind::kTableRow) << b.original;
  EXPECT_EQ(blocks[3].cells, (std::vector<std::string>{"2", "加装电梯", "县住建局", ""}));
  EXPECT_EQ(blocks[5].cells[0], "4");
  Source u = MustDecode("说明文字\n-----|\n1.新建学校。\n");
  blocks = ReadTextBlocks(u);
  for (const Block& b : blocks) EXPECT_EQ(b.kind, BlockKind::kParagraph) << b.original;
}

TEST(TextReaderTest, TwoTabsMakeARowOneTabDoesNot) {
  for (const char* end : {"\n", "\r\n"}) {
    const std::string text =
        std::string("甲\t乙\t丙") + end + "只有一个\t制表符" + end + "   " + end + "末行";
    Source s = MustDecode(text);
    Blocks blocks = ReadTextBlocks(s);
    ASSERT_EQ(blocks.size(), 3u) << "a line of only spaces is no block";
    EXPECT_EQ(blocks[0].kind, BlockKind::kTableRow);
    EXPECT_EQ(blocks[0].cells, (std::vector<std::string>{"甲", "乙", "丙"}));
    EXPECT_EQ(blocks[1].kind, BlockKind::kParagraph);
    EXPECT_EQ(blocks[1].text, "只有一个\t制表符");
    EXPECT_EQ(blocks[2].text, "末行");
    EXPECT_EQ(blocks[2].span.line, 4u);
    EXPECT_EQ(blocks[2].begin, text.size() - std::string("末行").size());
  }
}

TEST(TextReaderTest, FormFeedIsAPageBreak) {
  Source s = MustDecode("推动高质\f量发展。");
  Blocks blocks = ReadTextBlocks(s);
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[1].kind, BlockKind::kPageBreak);
  EXPECT_EQ(blocks[2].text, "量发展。");
}

TEST(TextReaderTest, EmptyAndBlankTextHaveNoBlocks) {
  EXPECT_TRUE(ReadTextBlocks(MustDecode("")).empty());
  EXPECT_TRUE(ReadTextBlocks(MustDecode(" \n\t\n\u3000\n")).empty());
}

// As PDF converters write a table with merged cells into Markdown: one line, colspan for a section
// row, rowspan for a leader and a lead unit shared by two tasks, <br> between units, an entity.
TEST(TextReaderTest, AnHtmlTableOnOneLineBecomesRowsOnTheGrid) {
  const std::string html =
      "<table><tr><td>序号</td><td>任务</td><td>领导</td><td>配合单位</td></tr>"
      "<tr><td colspan=\"4\">一、经济发展</td></tr>"
      "<tr><td>1</td><td>增长6%</td><td rowspan=\"2\">张三</td><td>县统计局<br/>县财政局</td></tr>"
      "<tr><td>2</td><td>研发&amp;转化</td><td>县科技局</td></tr></table>";
  Source s = MustDecode("附件\n" + html + "\n此件公开发布\n");
  Blocks blocks = ReadTextBlocks(s);
  ASSERT_EQ(blocks.size(), 6u);
  EXPECT_EQ(blocks[0].text, "附件");
  EXPECT_EQ(blocks[5].text, "此件公开发布");
  for (size_t k = 1; k <= 4; ++k) {
    EXPECT_EQ(blocks[k].kind, BlockKind::kTableRow);
    EXPECT_EQ(blocks[k].span.line, 2u);
    EXPECT_EQ(blocks[k].original, s.text().substr(blocks[k].begin, blocks[k].end - blocks[k].begin));
    ASSERT_EQ(blocks[k].cell_begins.size(), blocks[k].cells.size());
  }
  // The rows' originals cover the table: its opening is the first row's, its closing the last's.
  EXPECT_EQ(blocks[1].begin, s.text().find("<table>"));
  EXPECT_EQ(blocks[1].original.substr(0, 11), "<table><tr>");
  EXPECT_EQ(blocks[2].original.substr(0, 4), "<tr>");
  EXPECT_EQ(blocks[2].original.substr(blocks[2].original.size() - 5), "</tr>");
  EXPECT_EQ(blocks[4].end, s.text().find("</table>") + 8);
  for (size_t k = 2; k <= 4; ++k) EXPECT_EQ(blocks[k].begin, blocks[k - 1].end);
  EXPECT_EQ(blocks[1].original.substr(blocks[1].cell_begins[0], 6), "序号");
  EXPECT_EQ(blocks[1].cells, (std::vector<std::string>{"序号", "任务", "领导", "配合单位"}));
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"一、经济发展", "", "", ""}));
  EXPECT_TRUE(blocks[2].merged_above.empty());
  EXPECT_EQ(blocks[3].cells, (std::vector<std::string>{"1", "增长6%", "张三", "县统计局\n县财政局"}));
  EXPECT_EQ(blocks[3].text, "| 1 | 增长6% | 张三 | 县统计局 县财政局 |");
  EXPECT_EQ(blocks[4].cells, (std::vector<std::string>{"2", "研发&转化", "", "县科技局"}));
  EXPECT_EQ(blocks[4].merged_above, (std::vector<bool>{false, false, true, false}));
  // Where each cell's content starts in the row's HTML.
  EXPECT_EQ(blocks[3].original.substr(blocks[3].cell_begins[2], 6), "张三");
  EXPECT_EQ(blocks[4].original.substr(blocks[4].cell_begins[1], 6), "研发");
}

// Round 44 (268): a page lays its table out in CSS grid: `<div role="table">` around `role="row"`s, each
// child of a row a cell. A group row spans the grid (`grid-column: 1 / -1`), units stand as chips with
// nothing between them, a line outside the rows is a paragraph of its own, and a `role` named inside
// another attribute (`data-role`, a title's words) makes no row.
TEST(TextReaderTest, AnAriaGridOfDivsIsATable) {
  const std::string grid =
      "<div class=\"task-grid\" role=\"table\"><div class=\"note\">单位：项</div>"
      "<div class=\"grid-row\" role=\"row\"><div>序号</div><div>任务</div><div>配合单位</div></div>"
      "<div role=\"row\"><div style=\"grid-column: 1 / -1;\">一、经济发展</div></div>"
      "<div role=\"row\"><div>1</div><div><p>增长6%</p></div><div><span class=\"tag\">县统计局</span>"
      "<span class=\"el-tag el-tag--plain\">县财政局</span></div></div>"
      "<div data-role=\"row\" title=\"role=row\"><div>2</div><div>研发</div><div "
      "aria-colspan=\"2\">县科技局</div></div>"
      "</div>";
  Source s =
      MustDecode("<!DOCTYPE html><html><body><p>附件</p>" + grid + "<p>此件公开发布</p></body></html>\n");
  Blocks blocks = ReadTextBlocks(s);
  ASSERT_EQ(blocks.size(), 7u);
  EXPECT_EQ(blocks[0].text, "附件");
  EXPECT_EQ(blocks[1].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[1].text, "单位：项");
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"序号", "任务", "配合单位"}));
  EXPECT_EQ(blocks[3].cells, (std::vector<std::string>{"一、经济发展", "", ""}));
  EXPECT_EQ(blocks[4].kind, BlockKind::kTableRow);
  EXPECT_EQ(blocks[4].cells, (std::vector<std::string>{"1", "增长6%", "县统计局\n县财政局"}));
  // The element whose data-role and title name a row is none: its words are a paragraph, as the note's.
  EXPECT_EQ(blocks[5].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[5].text, "2 研发 县科技局");
  EXPECT_EQ(blocks[6].text, "此件公开发布");
  for (size_t k = 1; k <= 5; ++k) {
    EXPECT_EQ(blocks[k].original, s.text().substr(blocks[k].begin, blocks[k].end - blocks[k].begin));
    if (k >= 2 && k <= 4) {
      const size_t first = blocks[k].cells[0].size() == 1 ? 1 : 3;  // a digit, or a character of three bytes
      EXPECT_EQ(blocks[k].original.substr(blocks[k].cell_begins[0], first),
                blocks[k].cells[0].substr(0, first));
    }
  }
  EXPECT_EQ(blocks[5].end, s.text().find("<p>此件"));
  // aria-colspan spans; a table of roles with no end tag is none, and a comment's table is none either.
  blocks =
      ReadTextBlocks(MustDecode("<div role=\"grid\"><div role=\"row\"><span "
                                "aria-colspan=\"2\">甲</span><span>乙</span></div></div>\n"));
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].cells, (std::vector<std::string>{"甲", "", "乙"}));
  blocks = ReadTextBlocks(MustDecode("<div role=\"table\"><div role=\"row\"><div>甲</div></div>\n"));
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kParagraph);
  blocks = ReadTextBlocks(MustDecode("说明<!-- <table><tr><td>甲</td></tr></table> -->\n"));
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kParagraph);
}

// Round 18 (113): a table Word saved as HTML, on a government site's page: <o:p></o:p> and other names with a
// namespace are tags, not text in the cells.
TEST(TextReaderTest, TagsWithANamespaceAreTags) {
  Source s = MustDecode(
      "<table><tr><td><p class=MsoNormal>序号<o:p></o:p></p></td><td><p>牵头单位<o:p></o:p></p></td></tr>"
      "<tr><td>1</td><td><st1:place "
      "w:st=\"on\">市发展改革委</st1:place><o:p></o:p>&unknown;</td></tr></table>\n");
  Blocks blocks = ReadTextBlocks(s);
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].cells, (std::vector<std::string>{"序号", "牵头单位"}));
  EXPECT_EQ(blocks[1].cells, (std::vector<std::string>{"1", "市发展改革委&unknown;"}));  // no reference: kept
}

// Each block's text, a table row's marked "row ".
std::vector<std::string> RowsMarked(const Blocks& blocks) {
  std::vector<std::string> texts;
  for (const Block& b : blocks) texts.push_back(b.kind == BlockKind::kTableRow ? "row " + b.text : b.text);
  return texts;
}

// A notice saved from a government site as a web page: its paragraphs are read out of the markup (entities
// decoded, inline tags dropped, <br> a line's end), each where its text stands; the head, scripts, styles and
// comments are not text; a head left open ends at the body; its table is rows as in any text.
TEST(TextReaderTest, AWebPageIsReadAsItsParagraphs) {
  const std::string page =
      "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>通知</title>\n<script>var a = "
      "\"<p>x</p>\";</script>"
      "<style>p{color:red}</style></head>\n<body><!-- nav --><div class=\"nav\">首页</div>\n"
      "<p style=\"text-indent:2em\"><span style=\"font-family:仿宋\">1.推进&ldquo;一网通办&rdquo;，</span>"
      "<b>年内</b>完成。</p>\n<p>各乡镇：<br/>现印发&nbsp;给你们。</p>\n"
      "<table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>建设<o:p></o:p></td></tr></table>\n</"
      "body></html>\n";
  Source s = MustDecode(page);
  Blocks blocks = ReadTextBlocks(s);
  const std::vector<std::string> texts = RowsMarked(blocks);
  EXPECT_EQ(texts, (std::vector<std::string>{"首页", "1.推进“一网通办”，年内完成。", "各乡镇：",
                                             "现印发 给你们。", "row | 序号 | 任务 |", "row | 1 | 建设 |"}));
  const Block& task = blocks[1];
  EXPECT_EQ(task.begin, page.find("1.推进"));
  EXPECT_EQ(task.original, page.substr(task.begin, task.end - task.begin));
  EXPECT_TRUE(task.original.ends_with("完成。"));
  EXPECT_EQ(task.span.line, 5u);
  // A head never closed ends where the body opens; text with an HTML table but no page around it is lines.
  Blocks open_head =
      ReadTextBlocks(MustDecode("<html><head><title>t</title><body><p>正文</p></body></html>"));
  ASSERT_EQ(open_head.size(), 1u);
  EXPECT_EQ(open_head[0].text, "正文");
  Blocks lines = ReadTextBlocks(MustDecode("说明\n<p>不是网页</p>\n"));
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[1].text, "<p>不是网页</p>");
}

// Round 109 (558): a page saved by SingleFile keeps a frame's document only in its <iframe srcdoc="…">
// (its quotes and ampersands as references, its '<' and '>' as they are): the document is read where the
// frame stands, as a page of its own (a reference decoded twice: the attribute's, then the document's), each
// block where its bytes stand in the value; no tag is left as text. A frame never closed, or frames nested
// past a few levels, are not read.
TEST(TextReaderTest, AFramesDocumentInItsSrcdocIsReadWhereTheFrameStands) {
  const std::string page =
      "<!DOCTYPE html><html><body><p>栗桐县人民政府</p><iframe id=zw title=正文 srcdoc=\"<html><body>"
      "<p class=&quot;a&quot;>各乡镇：</p><table><tr><td>1</td><td>推进建设&amp;nbsp;工程</td></tr></table>"
      "<p>&amp;nbsp;</p></body></html>\"></iframe><p>附件下载</p></body></html>\n";
  Source s = MustDecode(page);
  Blocks blocks = ReadTextBlocks(s);
  const std::vector<std::string> texts = RowsMarked(blocks);
  EXPECT_EQ(texts, (std::vector<std::string>{"栗桐县人民政府", "各乡镇：", "row | 1 | 推进建设 工程 |",
                                             "附件下载"}));
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[1].begin, page.find("各乡镇"));
  EXPECT_EQ(blocks[1].original, "各乡镇：");
  EXPECT_GT(blocks[2].begin, blocks[1].end);
  EXPECT_LT(blocks[2].end, page.find("附件下载"));
  // (A quote never closed: no frame read, nothing lost; five frames each in the one before it: the first
  // three levels read.)
  Blocks open = ReadTextBlocks(MustDecode("<html><body><p>甲</p><iframe srcdoc=\"<p>乙</p></body></html>\n"));
  ASSERT_FALSE(open.empty());
  EXPECT_EQ(open[0].text, "甲");
  std::string nested = "<p>底</p>";
  for (int k = 0; k < 5; ++k) {
    std::string escaped;
    for (char c : nested)
      escaped += c == '&' ? std::string("&amp;") : c == '"' ? std::string("&quot;") : std::string(1, c);
    nested = "<p>层" + std::to_string(k) + "</p><iframe srcdoc=\"" + escaped + "\"></iframe>";
  }
  // (The review's: a frame a browser does not show, hidden, in a comment or a script, or a data- attribute
  // of the same name, gives nothing; one in a table's cell is the cell's.)
  for (const char* hidden :
       {"<iframe style=\"display:none\" srcdoc=\"<p>隐</p>\"></iframe>",
        "<!-- <iframe srcdoc=\"<p>隐</p>\"> -->", "<script>var f = '<iframe srcdoc=\"<p>隐</p>\">';</script>",
        "<div data-srcdoc=\"<p>隐</p>\">显</div>"}) {
    Blocks b = ReadTextBlocks(MustDecode(std::string("<html><body><p>甲</p>") + hidden + "</body></html>"));
    for (const Block& block : b) EXPECT_EQ(block.text.find("隐"), std::string::npos) << hidden;
  }
  Blocks in_cell = ReadTextBlocks(MustDecode(
      "<html><body><table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td></tr><tr><td>1</td><td>推进建设"
      "<iframe srcdoc=\"<p>视频</p>\"></iframe></td><td>市数据局</td></tr></table></body></html>"));
  EXPECT_EQ(RowsMarked(in_cell), (std::vector<std::string>{"row | 序号 | 工作任务 | 牵头单位 |",
                                                           "row | 1 | 推进建设 | 市数据局 |"}));
  Blocks deep = ReadTextBlocks(MustDecode("<html><body>" + nested + "</body></html>"));
  std::vector<std::string> levels;
  for (const Block& b : deep) levels.push_back(b.text);
  EXPECT_EQ(levels, (std::vector<std::string>{"层4", "层3", "层2", "层1"}));
}

// A web page's ordered lists number their items as a browser prints them, the number starting the item's
// first paragraph (numbered, as Word's numbering is): on from <ol start>, an item's value, the list's type
// or CSS list-style-type; a nested list counts apart and its end resumes the outer one; bullets, a list
// styled none and an item outside any list have no number.
TEST(TextReaderTest, AWebPagesOrderedListsNumberTheirItems) {
  const std::string page =
      "<!DOCTYPE "
      "html><html><body><h3>一、发展</h3>\n<ol>\n<li><p>推进项目。</p><p>牵头单位：市发改委</p></li>\n"
      "<li>建设园区<ol type=\"a\"><li>一期</li><li>二期</li></ol>完善配套</li>\n</ol>\n<h3>二、民生</h3>\n"
      "<ol start=\"9\"><li>稳就业</li><li value=\"12\">办教育</li><li>强医疗</li></ol>\n"
      "<ol style=\"list-style-type: cjk-ideographic\"><li>甲</li></ol><ol "
      "style=\"list-style:none\"><li>乙</li></ol>"
      "<ul><li>要点</li></ul><li>散项</li></body></html>\n";
  Blocks blocks = ReadTextBlocks(MustDecode(page));
  std::vector<std::string> texts;
  std::vector<bool> numbered;
  for (const Block& b : blocks) {
    texts.push_back(b.text);
    numbered.push_back(b.style.numbered);
  }
  EXPECT_EQ(texts, (std::vector<std::string>{"一、发展", "1.推进项目。", "牵头单位：市发改委", "2.建设园区",
                                             "a.一期", "b.二期", "完善配套", "二、民生", "9.稳就业",
                                             "12.办教育", "13.强医疗", "一、甲", "乙", "要点", "散项"}));
  EXPECT_EQ(numbered, (std::vector<bool>{false, true, false, true, true, true, false, false, true, true, true,
                                         true, false, false, false}));
  // The label is no part of the source: the block's original is the item's text as the page has it.
  EXPECT_EQ(blocks[1].original, "推进项目。");
  // The review's cases: the last declaration naming a type counts, each keyword whole (cjk-decimal is not
  // decimal); an item that numbers itself keeps its own number only; numbers past what a format spells are
  // digits.
  const std::string styled =
      "<!DOCTYPE html><html><body>"
      "<ol style=\"list-style-image: none; list-style-type: cjk-ideographic\"><li>甲</li></ol>"
      "<ol style=\"list-style-position: inside; list-style-type: CJK-decimal\"><li>乙</li></ol>"
      "<ol><li>1.推进丙。</li><li>（二）推进丁。</li></ol>"
      "<ol type=\"a\" start=\"2000000000\"><li>戊</li></ol><ol start=\"-20000\" "
      "style=\"list-style-type: cjk-heavenly-stem\"><li>己</li></ol></body></html>\n";
  std::vector<std::string> got;
  for (const Block& b : ReadTextBlocks(MustDecode(styled))) got.push_back(b.text);
  EXPECT_EQ(got, (std::vector<std::string>{"一、甲", "一、乙", "1.推进丙。", "（二）推进丁。",
                                           "2000000000.戊", "-20000、己"}));
}

// As pandoc writes one into GitHub Markdown: over many lines, header cells, paragraphs in a cell.
TEST(TextReaderTest, AnHtmlTableOverManyLinesKeepsItsRowsPositions) {
  Source s = MustDecode(
      "正文。\n<table>\n<colgroup>\n<col style=\"width: 10%\" />\n</colgroup>\n<thead>\n<tr "
      "class=\"header\">\n"
      "<th>序号</th>\n<th>责任单位</th>\n</tr>\n</thead>\n<tbody>\n<tr class=\"odd\">\n<td><p>1</p></td>\n"
      "<td><p>县教育局</p>\n<p>县财政局、\n县人社局</p></td>\n</tr>\n</tbody>\n</table>\n结尾\n");
  Blocks blocks = ReadTextBlocks(s);
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[0].text, "正文。");
  EXPECT_EQ(blocks[1].cells, (std::vector<std::string>{"序号", "责任单位"}));
  EXPECT_EQ(blocks[1].span.line, 2u);  // from the table's opening
  EXPECT_EQ(blocks[1].original.substr(blocks[1].cell_begins[1], 12), "责任单位");
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"1", "县教育局\n县财政局、 县人社局"}));
  EXPECT_EQ(blocks[2].span.line, 13u);
  EXPECT_EQ(blocks[3].text, "结尾");
  EXPECT_EQ(blocks[3].span.line, 21u);
}

TEST(TextReaderTest, AnUnclosedTableTagAndALessThanSignStayText) {
  Blocks blocks = ReadTextBlocks(MustDecode("增速 < 5%\n<table><tr><td>1</td></tr>\n"));
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[0].text, "增速 < 5%");
  EXPECT_EQ(blocks[1].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[1].text, "<table><tr><td>1</td></tr>");
}

TEST(TextReaderTest, ATableInACellIsLinesOfThatCell) {
  Blocks blocks = ReadTextBlocks(MustDecode(
      "<table><tr><td>1</td><td><table><tr><td>甲</td><td>乙</td></tr><tr><td>丙</td></tr></table></td></tr>"
      "<tr><td>2</td><td>丁</td></tr></table>"));
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].cells, (std::vector<std::string>{"1", "甲 乙\n丙"}));
  EXPECT_EQ(blocks[1].cells, (std::vector<std::string>{"2", "丁"}));
}

// As a text browser prints a table: rows over several lines, a section row spanning the table.
TEST(TextReaderTest, ABoxDrawnTableBecomesOneRowPerRunOfLines) {
  const std::string table =
      "┌──────┬──────────────┬──────────────┬──────────────┐\n"
      "│ 序号 │   重点任务   │   牵头领导   │   配合单位   │\n"
      "├──────┴──────────────┴──────────────┴──────────────┤\n"
      "│ 一、扩大有效需求                                  │\n"
      "├──────┬──────────────┬──────────────┬──────────────┤\n"
      "│ 1    │ 全市地区生产 │ 林建平       │ 市统计局、市 │\n"
      "│      │ 总值增长5.5% │ 高文静       │ 自然资源和规 │\n"
      "│      │              │              │ 划局         │\n"
      "│      │              │              │ 市财政局     │\n"
      "└──────┴──────────────┴──────────────┴──────────────┘\n";
  Source s = MustDecode("附件\n" + table + "此件公开发布\n");
  Blocks blocks = ReadTextBlocks(s);
  ASSERT_EQ(blocks.size(), 5u);
  EXPECT_EQ(blocks[0].text, "附件");
  EXPECT_EQ(blocks[4].text, "此件公开发布");
  EXPECT_EQ(blocks[1].cells, (std::vector<std::string>{"序号", "重点任务", "牵头领导", "配合单位"}));
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"一、扩大有效需求", "", "", ""}));
  // A full line goes on in the next (inside a name too); a short one ends there; one unit a line.
  EXPECT_EQ(blocks[3].cells, (std::vector<std::string>{"1", "全市地区生产总值增长5.5%", "林建平\n高文静",
                                                       "市统计局、市自然资源和规划局\n市财政局"}));
  EXPECT_EQ(blocks[3].span.line, 6u);  // from the border above it
  // The rows cover the table, borders included; each cell's position is its first piece's.
  EXPECT_EQ(blocks[1].begin, s.text().find("┌"));
  EXPECT_EQ(blocks[2].begin, blocks[1].end);
  EXPECT_EQ(blocks[3].begin, blocks[2].end);
  EXPECT_EQ(blocks[3].end, s.text().find("此件") - 1);
  EXPECT_EQ(blocks[3].original.substr(blocks[3].cell_begins[2], 9), "林建平");
  for (size_t k = 1; k <= 3; ++k) EXPECT_EQ(blocks[k].kind, BlockKind::kTableRow);
}

// Round 28 (173): the name of a cell merged down over two rows printed on the rule between them
// (├──┤ 孙建华 ├──┤): the table goes on, and the name is the row's above (the rows below take it from there).
TEST(TextReaderTest, ANameOnABoxTablesRuleIsTheMergedCells) {
  const std::string table =
      "┌──────┬──────────────┬────────┬──────────┐\n"
      "│ 序号 │ 重点任务     │ 责任领导 │ 牵头单位   │\n"
      "├──────┼──────────────┼────────┼──────────┤\n"
      "│ 1    │ 扩大有效投资 │        │ 县发改局   │\n"
      "├──────┼──────────────┤ 孙建华 ├──────────┤\n"
      "│ 2    │ 提振消费     │        │ 县商务局   │\n"
      "└──────┴──────────────┴────────┴──────────┘\n";
  Blocks blocks = ReadTextBlocks(MustDecode("附件\n" + table));
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"1", "扩大有效投资", "孙建华", "县发改局"}));
  EXPECT_EQ(blocks[3].cells, (std::vector<std::string>{"2", "提振消费", "", "县商务局"}));
}

// pandoc's grid tables: + - = borders and | column rules; a Markdown pipe table is none.
TEST(TextReaderTest, APandocGridTableIsReadAndAPipeTableIsNot) {
  Blocks blocks = ReadTextBlocks(
      MustDecode("+------+------------------+\n| 序号 | 责任单位         |\n+======+==================+\n"
                 "| 1    | 县教育局、县财政 |\n|      | 局               |\n+------+------------------+\n"
                 "| 2    | 县人社局         |\n+------+------------------+\n"));
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[1].cells, (std::vector<std::string>{"1", "县教育局、县财政局"}));
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"2", "县人社局"}));
  // Round 98 (502): pandoc wraps a narrow column's Chinese anywhere (区卫 ⏎ 生健康局, 各 ⏎ 街道办事处, 20 ⏎
  // 25年); an empty line in a cell parts its paragraphs.
  blocks = ReadTextBlocks(
      MustDecode("+----+----------+--------+\n| 序 | 牵头单位 | 时限   |\n| 号 |          |        |\n"
                 "+====+==========+========+\n| 1  | 区卫     | 20     |\n|    | 生健康局 | 25年12 |\n"
                 "|    |          | 月底   |\n|    | 各       |        |\n|    | 街道办事 |        |\n"
                 "|    | 处       |        |\n+----+----------+--------+\n"));
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].cells, (std::vector<std::string>{"序号", "牵头单位", "时限"}));
  EXPECT_EQ(blocks[1].cells, (std::vector<std::string>{"1", "区卫生健康局\n各街道办事处", "2025年12月底"}));
  // (The third review: pandoc wraps units parted by spaces at a space, writes a hard break as a \ at the
  // line's end, and a list's items a line each: each its own line.)
  blocks = ReadTextBlocks(MustDecode(
      "+----+----------+\n| 序 | 单位     |\n| 号 |          |\n+====+==========+\n| 1  | 县发改局 |\n"
      "|    | 县财政局 |\n|    |          |\n|    | 县应急局\\ |\n|    | 县公安局 |\n|    |          |\n"
      "|    | -   县工 |\n|    | 信局     |\n|    | -   县住 |\n|    | 建局     |\n+----+----------+\n"));
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[1].cells[1], "县发改局\n县财政局\n县应急局\n县公安局\n-   县工信局\n-   县住建局");
  // (The review: tabulate's grid, ruled so too, keeps a cell's line breaks as its lines; no empty line parts
  // a cell's paragraphs there.)
  blocks =
      ReadTextBlocks(MustDecode("+------+----------+\n| 序号 | 责任单位 |\n+======+==========+\n"
                                "|    1 | 县发改局 |\n|      | 县财政局 |\n+------+----------+\n"));
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[1].cells, (std::vector<std::string>{"1", "县发改局\n县财政局"}));
  blocks = ReadTextBlocks(MustDecode("| 序号 | 单位 |\n|---|---|\n| 1 | 县教育局 |\n| 2 | 县人社局 |\n"));
  ASSERT_EQ(blocks.size(), 4u);  // a row a line, as ever
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"1", "县教育局"}));
}

// Round 76 (406): an OA system's form saved as a page, its fields read-only: a text field's value is text, of
// a drop-down only the option selected (none where none is), a hidden field's value and an element styled
// display:none nothing.
TEST(TextReaderTest, AFormsFieldsShowAsABrowserShowsThem) {
  Blocks blocks = ReadTextBlocks(MustDecode(
      "<!DOCTYPE html><html><body><p>文号：<input type=\"text\" value=\"桦政协办发〔2026〕2号\" readonly></p>"
      "<table><tr><td>序号</td><td>牵头领导</td><td>协管领导</td><td>牵头单位</td></tr>"
      "<tr><td><input type=\"hidden\" value=\"4821001\"><input value=\"1\" readonly></td>"
      "<td><select disabled><option value=\"\">--请选择--</option><option "
      "selected=\"selected\">邵明澜</option>"
      "<option>何立松</option></select></td>"
      "<td><select disabled><option value=\"\">--请选择--</option><option>何立松</option></select></td>"
      "<td><input type=\"text\" value=\"县政协办公室\"><a href=\"#\" style=\"display: "
      "none\">选择<b>选</b></a></td>"
      "</tr></table></body></html>"));
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].text, "文号：桦政协办发〔2026〕2号");
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"1", "邵明澜", "", "县政协办公室"}));
}

// Round 75 (402): pandoc's grid table with spans (pandoc 3.x, a Word table with merged cells): a header cell
// over three columns stands at the first of them, the others empty; a rule open over a column (spaces from
// junction to junction) carries the cell above down, the row's merged_above; a section row spans the table.
TEST(TextReaderTest, APandocGridTableWithSpans) {
  Blocks blocks =
      ReadTextBlocks(MustDecode("+------+--------------+----------------------------+\n"
                                "| 序号 | 重点任务     | 责任分工                   |\n"
                                "|      |              +----------+-----------------+\n"
                                "|      |              | 责任领导 | 牵头单位        |\n"
                                "+:=====+:=============+:=========+:================+\n"
                                "| 一、水资源保护                                   |\n"
                                "+------+--------------+----------+-----------------+\n"
                                "| 1    | 节约用水     | 王明     | 市水利局        |\n"
                                "+------+--------------+          +-----------------+\n"
                                "| 2    | 保护水源     |          | 市生态环境局    |\n"
                                "+------+--------------+----------+-----------------+\n"));
  ASSERT_EQ(blocks.size(), 5u);
  EXPECT_EQ(blocks[0].cells, (std::vector<std::string>{"序号", "重点任务", "责任分工", ""}));
  EXPECT_EQ(blocks[1].cells, (std::vector<std::string>{"", "", "责任领导", "牵头单位"}));
  EXPECT_EQ(blocks[1].merged_above, (std::vector<bool>{true, true, false, false}));
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"一、水资源保护", "", "", ""}));
  EXPECT_TRUE(blocks[2].merged_above.empty());
  EXPECT_EQ(blocks[3].cells, (std::vector<std::string>{"1", "节约用水", "王明", "市水利局"}));
  EXPECT_EQ(blocks[4].cells, (std::vector<std::string>{"2", "保护水源", "", "市生态环境局"}));
  EXPECT_EQ(blocks[4].merged_above, (std::vector<bool>{false, false, true, false}));
  Result<Document> doc = ExtractBytes("附件\n\n" + std::string(blocks[0].original) + blocks[1].original +
                                          blocks[2].original + blocks[3].original + blocks[4].original,
                                      "grid.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  ASSERT_EQ(doc->tasks[1].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[1].leaders[0].name, "王明");  // carried down
}

// Round 137 (696): a table as `w3m -dump` prints it (w3m 0.5.3, `-cols 80`): a merged cell's lines centred
// over the rows it spans, so a name stands on the rule between two of them (├──┤陈志远    ├──┤) and a task of
// two sub-rows has its number on a line the sub-rows' rule runs through. Read column by column: each merged
// cell the first row's, the rows below merged_above.
TEST(TextReaderTest, AW3mTableWithCentredMergedCells) {
  const std::string table =
      "┌────┬──────────────────┬──────────┬────────────┬────────┐\n"
      "│序号│重点工作          │责任县领导│牵头单位    │配合单位│\n"
      "├────┴──────────────────┴──────────┴────────────┴────────┤\n"
      "│一、扩大有效投资（共3项）                               │\n"
      "├────┬──────────────────┬──────────┬────────────┬────────┤\n"
      "│1   │推进项目建设      │          │县发改局    │县财政局│\n"
      "├────┼──────────────────┤陈志远    ├────────────┼────────┤\n"
      "│2   │抓好招商引资      │          │县商务局    │县统计局│\n"
      "├────┼──────────────────┼──────────┼────────────┼────────┤\n"
      "│    │                  │          │县交通局    │县公安局│\n"
      "│3   │建成S218线改建工程│李红      ├────────────┼────────┤\n"
      "│    │                  │          │县自然资源局│县林业局│\n"
      "└────┴──────────────────┴──────────┴────────────┴────────┘\n";
  Blocks blocks = ReadTextBlocks(MustDecode(table));
  ASSERT_EQ(blocks.size(), 6u);
  EXPECT_EQ(blocks[1].cells, (std::vector<std::string>{"一、扩大有效投资（共3项）", "", "", "", ""}));
  EXPECT_EQ(blocks[2].cells,
            (std::vector<std::string>{"1", "推进项目建设", "陈志远", "县发改局", "县财政局"}));
  EXPECT_EQ(blocks[3].cells, (std::vector<std::string>{"2", "抓好招商引资", "", "县商务局", "县统计局"}));
  EXPECT_EQ(blocks[3].merged_above, (std::vector<bool>{false, false, true, false, false}));
  EXPECT_EQ(blocks[4].cells,
            (std::vector<std::string>{"3", "建成S218线改建工程", "李红", "县交通局", "县公安局"}));
  EXPECT_EQ(blocks[5].cells, (std::vector<std::string>{"", "", "", "县自然资源局", "县林业局"}));
  EXPECT_EQ(blocks[5].merged_above, (std::vector<bool>{true, true, true, false, false}));
  for (size_t k = 1; k < blocks.size(); ++k) EXPECT_EQ(blocks[k].begin, blocks[k - 1].end);
  EXPECT_EQ(blocks[2].original.substr(blocks[2].cell_begins[3], 12), "县发改局");
  // (陈志远 stands on the rule under the row, the next row's: placed where its column starts in the row.)
  EXPECT_LT(blocks[2].cell_begins[2], blocks[2].original.size());
  EXPECT_EQ(blocks[2].original.substr(blocks[2].cell_begins[2], 3), "   ");
  Result<Document> doc = ExtractBytes("附件\n\n" + table, "w3m.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  ASSERT_EQ(doc->tasks[1].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[1].leaders[0].name, "陈志远");
  EXPECT_EQ(doc->tasks[2].lead_units, (std::vector<std::string>{"县交通局", "县自然资源局"}));
  EXPECT_EQ(doc->tasks[2].cooperating_units, (std::vector<std::string>{"县公安局", "县林业局"}));
}

// Round 138 (702): pandoc's plain grid table wraps a padded name at each character, its wide space alone on a
// line (王 ⏎ 　 ⏎ 勇): one name, the space its own.
TEST(TextReaderTest, AWideSpaceAloneOnACellLineKeepsTheNameWhole) {
  Blocks blocks =
      ReadTextBlocks(MustDecode("+----+------+\n| 序 | 责任 |\n+====+======+\n| 1  | 王   |\n"
                                "|    | \u3000   |\n|    | 勇   |\n+----+------+\n"));
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[1].cells, (std::vector<std::string>{"1", "王\u3000勇"}));
  // (The review:) a line of wide spaces between two sentences of a cell parts them still; only a short piece
  // (a name's character) goes on past it.
  blocks =
      ReadTextBlocks(MustDecode(std::string("┌────┬──────────────────────┬──────────┬────────────┐\n"
                                            "│序号│       重点工作       │责任县领导│  牵头单位  │\n"
                                            "├────┼──────────────────────┼──────────┼────────────┤\n"
                                            "│ 1  │推进项目建设。        │  周建华  │县发改局    │\n"
                                            "│    │　　                  │　        │            │\n"
                                            "│    │加快产业发展。        │  陈志远  │            │\n"
                                            "└────┴──────────────────────┴──────────┴────────────┘\n")));
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(blocks[1].cells[1], "推进项目建设。\n加快产业发展。");
}

// (The review of round 137's grid reader:) a : or + in the text of a row spanning the grid, where a column's
// junction stands in the rows around it, is the text's, no rule.
TEST(TextReaderTest, AColonInASpanningRowIsNoRule) {
  Blocks blocks = ReadTextBlocks(
      MustDecode(std::string("┌──────┬──────────────────────────────┬────────────┬─────────────────┐\n"
                             "│序号  │重点工作                      │责任县领导  │牵头单位         │\n"
                             "├──────┼──────────────────────────────┼────────────┼─────────────────┤\n"
                             "│一、目:扩大有效投资，推动经济持续回升向好                           │\n"
                             "├──────┬──────────────────────────────┬────────────┬─────────────────┤\n"
                             "│1     │推进项目建设。                │王勇        │县发改局         │\n"
                             "└──────┴──────────────────────────────┴────────────┴─────────────────┘\n")));
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[1].cells[0], "一、目:扩大有效投资，推动经济持续回升向好");
}

// As pdftotext -layout prints a PDF's table: columns parted by spaces (the header centred over
// them), cells wrapped over lines, a page's number and the header again inside a row.
TEST(TextReaderTest, ALayoutTableBecomesOneRowPerNumberedRow) {
  const std::string header = "  序号        工作任务        责任领导      牵头单位          配合单位\n";
  const std::string text =
      "附件\n\n" + header +
      "  一、经济发展（共2项）\n"
      "   1    全区地区生产总值增长6%    周振宇      区发展和改革局    区统计局、区财\n"
      "        左右，规模以上增长7%      郭立新                          政局\n"
      "\n                          — 2 —\n\f" +
      header +
      "        工业增加值                                              区工业和信息化局\n"
      "   2    盘活闲置低效用地1200亩    周振宇      区自然资源和规划  无\n"
      "                                              局\n"
      "\n抄送：区委办公室。\n";
  Source s = MustDecode(text);
  Blocks blocks = ReadTextBlocks(s);
  ASSERT_EQ(blocks.size(), 6u);
  EXPECT_EQ(blocks[0].text, "附件");
  EXPECT_EQ(blocks[1].cells,
            (std::vector<std::string>{"序号", "工作任务", "责任领导", "牵头单位", "配合单位"}));
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"一、经济发展（共2项）", "", "", "", ""}));
  EXPECT_EQ(
      blocks[3].cells,
      (std::vector<std::string>{"1", "全区地区生产总值增长6%左右，规模以上增长7%工业增加值", "周振宇\n郭立新",
                                "区发展和改革局", "区统计局、区财政局\n区工业和信息化局"}));
  EXPECT_EQ(blocks[4].cells,
            (std::vector<std::string>{"2", "盘活闲置低效用地1200亩", "周振宇", "区自然资源和规划局", "无"}));
  EXPECT_EQ(blocks[5].text, "抄送：区委办公室。");
  // The rows cover the table, the page's number and the repeated header inside row 1.
  for (size_t k = 2; k <= 4; ++k) EXPECT_EQ(blocks[k].begin, blocks[k - 1].end);
  EXPECT_NE(blocks[3].original.find("— 2 —"), std::string::npos);
  EXPECT_EQ(blocks[3].span.line, 5u);
  EXPECT_EQ(blocks[3].original.substr(blocks[3].cell_begins[2], 9), "周振宇");
}

// As poppler's pdftotext -layout prints a table whose cells are centred vertically (gap 128): a row's number
// and short cells on its middle line, its wrapped cells above and below it (so a row's lines come before
// its number's), one column a character, the header's label 完成时限 wrapped over and under its line, and
// on the next page a running head and the header again; a row whose number stands alone.
TEST(TextReaderTest, ALayoutTableWithVerticallyCentredCells) {
  const std::string text =
      "附件\n\n"
      "                                          完成时\n"
      "序号           工作任务        牵头单位    配合单位\n"
      "                                           限\n"
      "一、扩大有效投资（7项）\n"
      "                               县财政局、县自\n"
      "     全年实施县级重点项目120个，完          然资源局、县住\n"
      "                        县发展和改革         2025年\n"
      " 1   成年度投资150亿元以上，其中新          房和城乡建设局、\n"
      "                           局           12月底\n"
      "     开工项目50个。                  各乡（镇）人民\n"
      "                               政府\n"
      "     积极争取超长期特别国债、中央预\n"
      "                     县发展和改革         2025年\n"
      " 2   算内投资等上级资金，全年争取资        县直各有关单位\n"
      "                     局、县财政局         12月底\n"
      "     金25亿元以上。\n"
      "     发行地方政府专项债券12亿元，专                     2025年\n"
      " 3                       县财政局   县发展和改革局\n"
      "     项债券资金支出进度达到100%。                     11月底\n"
      "                                          - 3 -\n"
      "\f泊川县人民政府办公室                          泊政办发〔2025〕7号\n"
      "\n"
      "\n"
      "\n"
      "\n"
      "                                           完成时\n"
      "序号           工作任务         牵头单位    配合单位\n"
      "                                            限\n"
      "                                县统计局、泊川\n"
      "     规模以上工业增加值增长8%，新     县工业和信息         2025年\n"
      " 8                              经济开发区管委\n"
      "     增规模以上工业企业20家。         化局           12月底\n"
      "                                会\n"
      "                         县工业和信息\n"
      "     培育省级专精特新中小企业8家，            县财政局、县税 2025年\n"
      " 9                       化局、县科技\n"
      "     新增高新技术企业12家。               务局      11月底\n"
      "                            局\n"
      "     实施技术改造项目40个，完成工业 县工业和信息               2025年\n"
      "10\n"
      "     技改投资25亿元。          化局                 12月底\n"
      "\n抄送：县委各部门。\n";
  Source s = MustDecode(text);
  Blocks blocks = ReadTextBlocks(s);
  ASSERT_GE(blocks.size(), 8u);
  EXPECT_EQ(blocks[1].cells,
            (std::vector<std::string>{"序号", "工作任务", "牵头单位", "配合单位", "完成时限"}));
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"一、扩大有效投资（7项）", "", "", "", ""}));
  EXPECT_EQ(
      blocks[3].cells,
      (std::vector<std::string>{
          "1", "全年实施县级重点项目120个，完成年度投资150亿元以上，其中新开工项目50个。", "县发展和改革局",
          "县财政局、县自然资源局、县住房和城乡建设局、各乡（镇）人民政府", "2025年12月底"}));
  EXPECT_EQ(blocks[4].cells,
            (std::vector<std::string>{
                "2", "积极争取超长期特别国债、中央预算内投资等上级资金，全年争取资金25亿元以上。",
                "县发展和改革局、县财政局", "县直各有关单位", "2025年12月底"}));
  EXPECT_EQ(blocks[5].cells[2], "县财政局");
  EXPECT_EQ(blocks[5].cells[1], "发行地方政府专项债券12亿元，专项债券资金支出进度达到100%。");
  // Page 2: the rows after the page's furniture; row 10's number alone on its line, no 配合单位.
  const Block& ten = blocks[blocks.size() - 2];
  EXPECT_EQ(ten.cells, (std::vector<std::string>{"10", "实施技术改造项目40个，完成工业技改投资25亿元。",
                                                 "县工业和信息化局", "", "2025年12月底"}));
  EXPECT_EQ(blocks.back().text, "抄送：县委各部门。");
  for (size_t k = 2; k + 1 < blocks.size(); ++k) EXPECT_EQ(blocks[k].begin, blocks[k - 1].end) << k;
  EXPECT_EQ(blocks[3].original.substr(blocks[3].cell_begins[2], 18), "县发展和改革");
}

// Round 23 (146): an online document's Markdown parts a cell's lines with <br> (any spelling); \| stays.
TEST(TextReaderTest, ALineBreakTagPartsAPipeCellsLines) {
  Blocks blocks =
      ReadTextBlocks(MustDecode("| 序号 | 责任单位 | 举措 |\n|---|---|---|\n| 1 | "
                                "市政务服务和数据管理局（牵头）<br>市市场监管局<BR/>各区县人民政府 | "
                                "一表申请\\|一窗受理 |\n"));
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[2].cells,
            (std::vector<std::string>{"1", "市政务服务和数据管理局（牵头）\n市市场监管局\n各区县人民政府",
                                      "一表申请|一窗受理"}));
}

// Round 92 (473): MarkItDown prints a spreadsheet cell's Alt+Enter as a written \n; it parts the cell's
// lines as <br> does, but not before a Latin letter (a path, C:\new).
TEST(TextReaderTest, AWrittenLineEndPartsAPipeCellsLines) {
  Blocks blocks =
      ReadTextBlocks(MustDecode("| 序号 | 责任领导 | 配合单位 | 备注 |\n| --- | --- | --- | --- |\n"
                                "| 1 | 周启明\\n韩立峰 | 县财政局\\n县自然资源局\\n2025年 | C:\\new |\n"));
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[2].cells,
            (std::vector<std::string>{"1", "周启明\n韩立峰", "县财政局\n县自然资源局\n2025年", "C:\\new"}));
  EXPECT_EQ(ReadTextBlocks(MustDecode("| 单位 |\n| --- |\n| 县数据局\\nIT中心 |\n"))[2].cells,
            (std::vector<std::string>{"县数据局\nIT中心"}));
}

// Round 94 (483): a '\v', Word's line break as its text exports give it and a slide's in MarkItDown's
// Markdown, ends a line, and in a pipe row parts a cell's lines, not the row.
TEST(TextReaderTest, AVerticalTabIsALineBreak) {
  Blocks blocks =
      ReadTextBlocks(MustDecode("31．建成公园3个。\v责任县领导：王建国\n| 序号 | 配合单位 |\n| --- | --- |\n"
                                "| 1 | 县水利局\v县林业局 |\n"));
  ASSERT_EQ(blocks.size(), 5u);  // the two lines, the header, the separator and the row
  EXPECT_EQ(blocks[0].text, "31．建成公园3个。");
  EXPECT_EQ(blocks[1].text, "责任县领导：王建国");
  EXPECT_EQ(blocks[4].cells, (std::vector<std::string>{"1", "县水利局\n县林业局"}));
  // (The second review: a row of tab-parted cells keeps its '\v', a cell's.)
  EXPECT_EQ(ReadTextBlocks(MustDecode("序号\t配合单位\n1\t县财政局\v县水利局\n2\t县财政局\n")).size(), 3u);
}

// Each cell's begin is where its text stands in the row, past a <br> it opens with (dropped) and counting
// a `\|` as the two bytes it is.
TEST(TextReaderTest, APipeCellsBeginIsWhereItsTextStands) {
  Blocks blocks = ReadTextBlocks(
      MustDecode("| 序号 | 责任单位 | 举措 |\n|---|---|---|\n| 1 | <br/>市市场监管局 | a\\|b<br>一窗受理 |\n"));
  ASSERT_EQ(blocks.size(), 3u);
  const Block& row = blocks[2];
  ASSERT_EQ(row.cells, (std::vector<std::string>{"1", "市市场监管局", "a|b\n一窗受理"}));
  EXPECT_EQ(row.original.substr(row.cell_begins[1], 6), "市市");
  EXPECT_EQ(row.original.substr(row.cell_begins[2], 4), "a\\|b");
}

// Round 71 (384, read from the corpus), poppler's own output of a ruled table with cells centred both ways:
// the 牵头市领导 column's label only above and below the header line, in the gap between two of its cells (a
// column of its own); the task lines starting left of the header's centred 重点任务; rows parted by blank
// lines, row 4's number on its first line and its last line after the page's number and the header again (its
// own row's, placed two characters further right); a short line of a centred cell (城乡建设局、各县) over the
// next.
TEST(TextReaderTest, ALayoutTableOfRowsPartedByBlankLines) {
  const std::string text = testing::ReadFile(
      std::string(GONGWEN_SOURCE_DIR) + "/corpus/generalization/384_ningtao_shi_zhongdian_renwu_qingdan.txt");
  const Blocks blocks = ReadTextBlocks(MustDecode(text));
  std::vector<const Block*> rows;
  for (const Block& b : blocks)
    if (b.kind == BlockKind::kTableRow && !b.cells.empty() && b.cells[0].size() <= 2) rows.push_back(&b);
  ASSERT_EQ(rows.size(), 30u);  // rows 1 to 30
  const std::vector<std::vector<std::string>> want = {
      {"1", "孙雅琴", "市工业和信息化局", "市发展改革委、市科技局、市投资促进中心、各县（市、区）人民政府"},
      {"2", "孙雅琴、高建国", "宁洮高新区管委会", "市自然资源和规划局、市住房城乡建设局、市生态环境局"},
      {"3", "孙雅琴", "市科技局", "市财政局、市统计局、市税务局、各县（市、区）人民政府"},
      {"4", "孙雅琴", "市工业和信息化局、市数据局", "市通信发展管理办公室、各县（市、区）人民政府"},
      {"5", "韩立新", "市商务局", "市发展改革委、市文化广电旅游局、市市场监管局、市统计局"},
  };
  for (size_t k = 0; k < want.size(); ++k) {
    const Block& row = *rows[k];
    ASSERT_EQ(row.cells.size(), 6u) << k;
    EXPECT_EQ((std::vector<std::string>{row.cells[0], row.cells[2], row.cells[3], row.cells[4]}), want[k]);
    EXPECT_TRUE(row.cells[5].starts_with("2024 年")) << k;  // the reader keeps poppler's space
  }
  EXPECT_TRUE(rows[3]->cells[1].ends_with("智能工厂和数字化车间 10 个。"));  // row 4's line after the page
  // A review's finding: a task's lines are one paragraph, though poppler's spaces around 80, 5G and
  // “一带一路” make a line look wider than the ones above it (15 of the 30 kept a line break mid-sentence).
  for (const Block* row : rows) EXPECT_EQ(row->cells[1].find('\n'), std::string::npos) << row->cells[1];
}

TEST(TextReaderTest, ALayoutTableAlignedWithIdeographicSpaces) {
  const std::string text =
      "附件\n\n序号　　重点任务　　　　　　　　　　　　责任领导　　牵头单位　　　　配合单位\n"
      "一、项目建设（2项）\n"
      "1　　　　推动桐峪至白沙一级公路年内建　　王　磊　　　县交通局　　　　县自然资源局、县林业局\n"
      "　　　　成通车\n"
      "2　　　　新签约亿元以上项目40个，实　　　张卫东　　　县投促中心　　　县商务局、各乡镇\n"
      "　　　　际到位县外资金100亿元　　　　　　李　军\n";
  Blocks blocks = ReadTextBlocks(MustDecode(text));
  ASSERT_EQ(blocks.size(), 5u);
  EXPECT_EQ(blocks[1].cells,
            (std::vector<std::string>{"序号", "重点任务", "责任领导", "牵头单位", "配合单位"}));
  EXPECT_EQ(blocks[3].cells, (std::vector<std::string>{"1", "推动桐峪至白沙一级公路年内建成通车", "王　磊",
                                                       "县交通局", "县自然资源局、县林业局"}));
  EXPECT_EQ(blocks[4].cells[2], "张卫东\n李　军");
}

// The second review's: a centred table whose first row's number stands alone (no read past its segments);
// paragraphs indented with ideographic spaces after an ASCII-aligned table are no rows of it; a short title
// over the header is no label of it.
TEST(TextReaderTest, LayoutTablesKeepToTheirOwnLines) {
  Blocks blocks = ReadTextBlocks(MustDecode(
      "分工表\n序号  工作任务                  牵头单位    完成时限\n      推进老旧小区改造工作，\n1\n"
      "      完成改造120个。        县住建局    2025年12月底\n"));
  ASSERT_GE(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].text, "分工表");
  blocks = ReadTextBlocks(MustDecode(
      "序号  工作任务            牵头单位    完成时限\n1     推进老旧小区改造    县住建局    2025年12月底\n"
      "2     建设口袋公园5个     县林业局    2025年10月底\n　　各单位要高度重视，抓好落实。\n"));
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[2].cells[1], "建设口袋公园5个");
  EXPECT_EQ(blocks[3].text, "各单位要高度重视，抓好落实。");  // a paragraph of its own
}

// As Excel copies a table: tab-separated, a cell with line breaks quoted, a quote in it doubled.
TEST(TextReaderTest, AQuotedSpreadsheetCellRunsOverLinesInItsRow) {
  const std::string text =
      "附件\n类别\t序号\t重点任务\t牵头单位\t配合单位\n"
      "一、经济\t1\t\"新建改造管网\n18公里。\"\t区住建局\t\"区财政局\n区城管局\"\n"
      "\t2\t打造\"\"一刻钟\"\"便民服务网络\t区商务局\t\n结尾\n";
  Source s = MustDecode(text);
  Blocks blocks = ReadTextBlocks(s);
  ASSERT_EQ(blocks.size(), 5u);
  EXPECT_EQ(blocks[0].text, "附件");
  EXPECT_EQ(blocks[1].cells, (std::vector<std::string>{"类别", "序号", "重点任务", "牵头单位", "配合单位"}));
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"一、经济", "1", "新建改造管网\n18公里。", "区住建局",
                                                       "区财政局\n区城管局"}));
  EXPECT_EQ(blocks[2].original, "一、经济\t1\t\"新建改造管网\n18公里。\"\t区住建局\t\"区财政局\n区城管局\"");
  EXPECT_EQ(blocks[2].original.substr(blocks[2].cell_begins[4], 12), "区财政局");
  // The doubled quotes unquoted: this plain cell is not quoted, and keeps them as typed.
  EXPECT_EQ(blocks[3].cells[2], "打造\"\"一刻钟\"\"便民服务网络");
  EXPECT_EQ(blocks[3].span.line, 6u);
  EXPECT_EQ(blocks[4].text, "结尾");
}

// Excel's “CSV (逗号分隔)” of a notice kept in a sheet: every row written to the last used column; the
// cover's rows one filled cell (the body a quoted cell of several paragraphs), paragraphs each where it
// stands; from the header to the last row of three filled cells, table rows, a cell holding commas
// quoted; below, the 印发 row's two cells one paragraph.
TEST(TextReaderTest, ASheetSavedAsCsvIsItsParagraphsAndItsTable) {
  const std::string text =
      "岚政办发〔2025〕9号,,,,\r\n,,,,\r\n\"　　经研究，现印发。\r\n　　请抓好\"\"落实\"\"。\",,,,\r\n"
      "类别,序号,重点任务,牵头单位,配合单位\r\n"
      "一、经济,1,\"新增经营主体5,000户。\",县市场监管局,\"县税务局,县审批局\"\r\n"
      ",2,新建基站300个。,县数据局,无\r\n"
      "注：无\"\"引号\"\",,,,\r\n岚桥县人民政府办公室,,,2025年3月4日印发,\r\n";
  Source s = MustDecode(text);
  Blocks blocks = ReadTextBlocks(s);
  ASSERT_EQ(blocks.size(), 8u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[0].text, "岚政办发〔2025〕9号");
  EXPECT_EQ(blocks[0].original, "岚政办发〔2025〕9号,,,,") << "the empty cells' separators are its record's";
  EXPECT_EQ(blocks[1].text, "　　经研究，现印发。");
  EXPECT_EQ(blocks[1].span.line, 3u);
  EXPECT_EQ(blocks[2].text, "　　请抓好\"落实\"。");
  EXPECT_EQ(blocks[2].original, "　　请抓好\"\"落实\"\"。");
  EXPECT_EQ(blocks[2].span.line, 4u);
  EXPECT_EQ(blocks[3].kind, BlockKind::kTableRow);
  EXPECT_EQ(blocks[3].cells, (std::vector<std::string>{"类别", "序号", "重点任务", "牵头单位", "配合单位"}));
  EXPECT_EQ(blocks[4].cells, (std::vector<std::string>{"一、经济", "1", "新增经营主体5,000户。",
                                                       "县市场监管局", "县税务局,县审批局"}));
  EXPECT_EQ(blocks[5].cells[2], "新建基站300个。");
  EXPECT_EQ(blocks[6].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[6].text, "注：无\"\"引号\"\"") << "an unquoted cell keeps its quotes as typed";
  EXPECT_EQ(blocks[7].text, "岚桥县人民政府办公室　　2025年3月4日印发");
  EXPECT_EQ(blocks[7].original, "岚桥县人民政府办公室,,,2025年3月4日印发,");
}

// Round 97 (498): a Word table pasted into Excel spreads a cell of several paragraphs over rows, the row's
// other cells empty: the last task's rest, its first cell empty and fewer than three filled, is still a row
// of the table, not a paragraph joined to the 注 below.
TEST(TextReaderTest, ACsvTablesLastRowsRestIsARow) {
  const std::string text =
      "序号,重点任务,牵头单位,配合单位\r\n1,推进项目建设。,区发改局,区财政局\r\n2,维护稳定。,区公安分局,"
      "区司法局\r\n"
      ",,区信访局,各镇人民政府\r\n注：排在前面的单位负责汇总。,,,\r\n";
  Blocks blocks = ReadTextBlocks(MustDecode(text));
  ASSERT_EQ(blocks.size(), 5u);
  EXPECT_EQ(blocks[3].kind, BlockKind::kTableRow);
  EXPECT_EQ(blocks[3].cells, (std::vector<std::string>{"", "", "区信访局", "各镇人民政府"}));
  EXPECT_EQ(blocks[4].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[4].text, "注：排在前面的单位负责汇总。");
  // (The review: a signature, a date, a 抄送 or a 注 pushed right, right under the table, is no row.)
  const std::string signed_below =
      "序号,重点任务,牵头单位,配合单位\r\n1,推进项目建设。,区发改局,区财政局\r\n2,维护稳定。,区公安分局,"
      "区司法局\r\n"
      ",,县人民政府办公室,\r\n,,2025年3月1日,\r\n,注：排在第一位的为牵头单位。,,\r\n,"
      "抄送：县委办，县人大办。,,\r\n";
  blocks = ReadTextBlocks(MustDecode(signed_below));
  ASSERT_EQ(blocks.size(), 7u);
  for (size_t k = 3; k < blocks.size(); ++k)
    EXPECT_EQ(blocks[k].kind, BlockKind::kParagraph) << blocks[k].text;
}

// Prose with ASCII commas is no sheet: the lines differ in their number of commas, fill too few, part
// their words with “, ”, are indented or numbered, have no header, or are a pipe table's rows.
TEST(TextReaderTest, LinesWithCommasAreNoSheet) {
  for (const char* text :
       {"Plan A, B, C\nPlan D, E\nPlan F, G, H, I\n", "a,,\nb,,\nc,,\nd,,\n",
        "Plan A, B, C\nPlan D, E, F\nPlan G, H, I\n",
        "　　1．推进项目建设,加快审批,确保开工。\n　　2．优化营商环境,压缩时限,提升效能。\n"
        "　　3．完善供水管网,改造管道,保障供水。\n",
        "推进项目建设,加快审批,确保开工。\n优化营商环境,压缩时限,提升效能。\n完善供水管网,改造管道,"
        "保障供水。\n"}) {
    Blocks blocks = ReadTextBlocks(MustDecode(text));
    for (const Block& b : blocks) EXPECT_EQ(b.kind, BlockKind::kParagraph) << b.text;
  }
  Blocks pipes = ReadTextBlocks(MustDecode("x,y,z\n| a,b,c |\n| d,e,f |\n| g,h,i |\n"));
  ASSERT_EQ(pipes.size(), 4u);
  EXPECT_EQ(pipes[0].kind, BlockKind::kParagraph);
  EXPECT_EQ(pipes[2].cells, std::vector<std::string>{"d,e,f"}) << "a pipe row's cells, not split at commas";
}

// A table a browser copied from a web page (round 16, 104): cells parted by tabs, a cell's line breaks left
// in unquoted, so a row runs over lines until the next opening with its number; a section row a line with
// no tab; the page's text after the table none of its cells.
TEST(TextReaderTest, ABrowserPastedTableKeepsEachRowsLinesInItsCells) {
  const std::string text =
      "附件\r\n序号\t重点任务\t责任区领导\t牵头单位\t配合单位\r\n一、优化政务服务（2项）\r\n"
      "1\t深化改革\t高建军\t区审批局\t区数据局\r\n区市场监管局\r\n"
      "2\t推行“免申即享”\t区发改局\t区财政局\r\n附件下载：\r\n上一篇：关于防火的通知\r\n";
  Blocks blocks = ReadTextBlocks(MustDecode(text));
  ASSERT_EQ(blocks.size(), 7u);
  EXPECT_EQ(blocks[1].cells,
            (std::vector<std::string>{"序号", "重点任务", "责任区领导", "牵头单位", "配合单位"}));
  EXPECT_EQ(blocks[2].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[2].text, "一、优化政务服务（2项）");
  EXPECT_EQ(blocks[3].cells,
            (std::vector<std::string>{"1", "深化改革", "高建军", "区审批局", "区数据局\n区市场监管局"}));
  EXPECT_EQ(blocks[3].original, "1\t深化改革\t高建军\t区审批局\t区数据局\r\n区市场监管局");
  EXPECT_EQ(blocks[3].original.substr(blocks[3].cell_begins[4], 12), "区数据局");
  EXPECT_EQ(blocks[4].cells, (std::vector<std::string>{"2", "推行“免申即享”", "区发改局", "区财政局"}));
  EXPECT_EQ(blocks[5].text, "附件下载：") << "the page's text after the table";
  // Rows a line each are the line reader's, as before.
  Blocks plain =
      ReadTextBlocks(MustDecode("序号\t重点任务\t牵头单位\n1\t扩大投资\t县发改局\n2\t提振消费\t县商务局\n"));
  ASSERT_EQ(plain.size(), 3u);
  EXPECT_EQ(plain[2].cells, (std::vector<std::string>{"2", "提振消费", "县商务局"}));
}

// A Word 97 table as catdoc prints it (round 131, 669): cells parted by tabs, a cell's paragraphs a line
// each, and an empty cell printed as a line break, not a tab: an empty 配合单位 puts the 完成时限 on the next
// line; an empty last cell leaves its tab at the start of the next row's or section's line; both empty leave
// a blank line, the table going on under it.
TEST(TextReaderTest, ACatdocTableReadsItsEmptyCellsWhereTheyStand) {
  const std::string text =
      "附件\n序号\t重点工作任务\t责任县领导\t牵头单位\t配合单位\t完成时限\n一、稳增长（3项）\n"
      "1\t扩大消费需求。\t王勇\t县商务局\n2025年12月底前\n"
      "2\t加强经济运行监测。\t周启明\t县统计局\t县发改局\n\t二、推动转型（2项）\n"
      "3\t推进农村改革。\t刘海峰\t县农业农村局\n\n"
      "4\t壮大产业集群。\t王勇\t县工信局\t县财政局\n县商务局\n\t5\t推进文旅融合。\t陈晓燕\t县文旅局\t县交通运"
      "输局\t全年\n";
  Blocks blocks = ReadTextBlocks(MustDecode(text));
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> lines;
  for (const Block& b : blocks)
    if (b.kind == BlockKind::kTableRow)
      rows.push_back(b.cells);
    else
      lines.push_back(b.text);
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_EQ(rows[1],
            (std::vector<std::string>{"1", "扩大消费需求。", "王勇", "县商务局", "", "2025年12月底前"}));
  EXPECT_EQ(rows[2],
            (std::vector<std::string>{"2", "加强经济运行监测。", "周启明", "县统计局", "县发改局", ""}));
  EXPECT_EQ(rows[3][3], "县农业农村局");
  EXPECT_EQ(rows[4],
            (std::vector<std::string>{"4", "壮大产业集群。", "王勇", "县工信局", "县财政局\n县商务局", ""}));
  EXPECT_EQ(rows[5][0], "5");
  EXPECT_EQ(rows[5][5], "全年");
  EXPECT_NE(std::find(lines.begin(), lines.end(), "二、推动转型（2项）"), lines.end());
}

// A web page's table as a scraper's text gives it, a cell a line (round 25, 154): rows from a line that is
// the next number alone, section lines between (rows of the table, as a layout table's are); prose lines to
// the text columns, the lines after them to the others from the right, lines to spare to the first of them; a
// 注 after the table is none of its cells.
TEST(TextReaderTest, AScrapedTableOfACellALineIsReadRowByRow) {
  const std::string text =
      "附件\n序号\n重点任务\n具体措施\n牵头单位\n参与单位\n完成时限\n一、破除准入壁垒\n"
      "1\n修订负面清单\n修订出台清单。\n开展清理整治。\n体改司\n法规司等\n2025年12月底前\n"
      "2\n支持民企参与建设\n鼓励民营企业参与。\n高技术司\n创新驱动发展中心\n投资司等\n持续推进\n"
      "二、加大要素保障\n3\n降低用能成本\n4\n价格司\n无\n2025年底前\n"
      "4\n完善人才政策\n推动职称评审。\n就业司\n社会司\n持续推进\n\n注：各省级发展改革委另行通知。\n";
  Blocks blocks = ReadTextBlocks(MustDecode(text));
  ASSERT_EQ(blocks.size(), 9u);
  EXPECT_EQ(blocks[1].kind, BlockKind::kTableRow);
  EXPECT_EQ(blocks[1].cells.size(), 6u);
  EXPECT_EQ(blocks[2].kind, BlockKind::kTableRow);  // a section's row, its text in the first cell
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"一、破除准入壁垒", "", "", "", "", ""}));
  EXPECT_EQ(blocks[3].cells, (std::vector<std::string>{"1", "修订负面清单", "修订出台清单。\n开展清理整治。",
                                                       "体改司", "法规司等", "2025年12月底前"}));
  EXPECT_EQ(blocks[3].original.substr(blocks[3].cell_begins[3], 9), "体改司");
  EXPECT_EQ(blocks[4].cells[3], "高技术司\n创新驱动发展中心");
  EXPECT_EQ(blocks[4].cells[4], "投资司等");
  // A number alone right after a row's first cell is a cell, not the next row.
  EXPECT_EQ(blocks[6].cells,
            (std::vector<std::string>{"3", "降低用能成本", "4", "价格司", "无", "2025年底前"}));
  EXPECT_EQ(blocks[7].cells[0], "4");
  EXPECT_EQ(blocks[7].cells[5], "持续推进");
  EXPECT_EQ(blocks[8].text, "注：各省级发展改革委另行通知。");
  // Three columns, or one row, is no such table: the lines stay paragraphs.
  for (const char* plain : {"序号\n重点任务\n牵头单位\n1\n扩大投资\n县发改局\n2\n提振消费\n县商务局\n",
                            "序号\n重点任务\n牵头单位\n配合单位\n1\n扩大投资\n县发改局\n县财政局\n"})
    for (const Block& b : ReadTextBlocks(MustDecode(plain)))
      EXPECT_EQ(b.kind, BlockKind::kParagraph) << b.text;
}

// LibreOffice's text export of a Word table (round 103's 526): a cell a line, no blank line between cells,
// but a blank line for a cell merged down (or left empty) inside a row; a cell of two paragraphs two lines,
// two leaders' names both the leaders'. A second blank line after a whole row ends the table.
TEST(TextReaderTest, ACellALineTableWithBlankLinesForItsEmptyCells) {
  const std::string text =
      "序号\n重点工作任务\n责任市领导\n牵头单位\n配合单位\n完成时限\n一、扩大有效需求（3项）\n"
      "    1 \n实施重大项目攻坚行动。\n林卫东\n葛志强\n市商务局\n市财政局\n\n"
      "    2 \n开展消费提振年活动。\n\n市发展改革委\n市财政局、市统计局\n2025年12月底\n"
      "    3 \n推进文旅深度融合。\n温丽萍\n市文化广电旅游局\n/\n\n\n附件2\n";
  const Blocks blocks = ReadTextBlocks(MustDecode(text));
  ASSERT_EQ(blocks.size(), 6u);
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"1", "实施重大项目攻坚行动。", "林卫东\n葛志强",
                                                       "市商务局", "市财政局", ""}));
  EXPECT_EQ(blocks[3].cells, (std::vector<std::string>{"2", "开展消费提振年活动。", "", "市发展改革委",
                                                       "市财政局、市统计局", "2025年12月底"}));
  EXPECT_EQ(blocks[4].cells,
            (std::vector<std::string>{"3", "推进文旅深度融合。", "温丽萍", "市文化广电旅游局", "/", ""}));
  EXPECT_EQ(blocks[5].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[5].text, "附件2");
  // (Round 104's review) in the last row, a blank line is an empty cell only where the lines after it end the
  // row: not where the 落款 after the table would be its time.
  const Blocks last = ReadTextBlocks(MustDecode(
      "序号\n重点工作任务\n责任市领导\n牵头单位\n配合单位\n完成时限\n"
      "    1 \n实施重大项目攻坚行动。\n林卫东\n市商务局\n市财政局\n2025年12月底\n"
      "    2 \n推进文旅深度融合。\n温丽萍\n市文化广电旅游局\n\n市人民政府办公室\n\n2025年3月1日\n"));
  ASSERT_GE(last.size(), 4u);
  EXPECT_EQ(last[2].cells,
            (std::vector<std::string>{"2", "推进文旅深度融合。", "温丽萍", "市文化广电旅游局", "", ""}));
  EXPECT_EQ(last[3].kind, BlockKind::kParagraph);
  EXPECT_EQ(last[3].text, "市人民政府办公室");
}

// Chrome's copy of a portal's table (round 102's 521): a cell merged down over rows (rowspan) is left out of
// the rows under its first, not written empty. Each item goes where what it is says: a time to the time
// column (one item too many: the last, in words), persons' names to the leaders'; the units from the right
// where no leader is named (the leader's and a lead's cells merged), else from the left. The cells left out
// stay empty, for the rows above to fill.
TEST(TextReaderTest, ACellALineTableRowShortOfCellsMergedFromAbove) {
  const std::string text =
      "序号\n\n重点任务\n\n责任市领导\n\n牵头单位\n\n配合单位\n\n完成时限\n\n"
      "1\n\n推进乡村振兴。\n\n林卫东\n\n市农业农村局\n\n市财政局\n\n2025年底\n\n"
      "2\n\n完善社会救助。\n\n市民政局、市医保局\n\n"
      "3\n\n抓好督察整改。\n\n市生态环境局\n\n市直有关部门\n\n按整改时限完成\n\n"
      "4\n\n建设智慧校园。\n\n韩冰\n\n市教育局\n\n持续推进\n";
  const Blocks blocks = ReadTextBlocks(MustDecode(text));
  ASSERT_EQ(blocks.size(), 5u);
  EXPECT_EQ(blocks[2].cells,
            (std::vector<std::string>{"2", "完善社会救助。", "", "", "市民政局、市医保局", ""}));
  EXPECT_EQ(blocks[3].cells, (std::vector<std::string>{"3", "抓好督察整改。", "", "市生态环境局",
                                                       "市直有关部门", "按整改时限完成"}));
  EXPECT_EQ(blocks[4].cells,
            (std::vector<std::string>{"4", "建设智慧校园。", "韩冰", "市教育局", "", "持续推进"}));
  EXPECT_EQ(blocks[4].original.substr(blocks[4].cell_begins[3], 12), "市教育局");
  // (Round 104's review) a town's name is no person's; two leaders in one item, or a post, are the leaders';
  // no leaders' column, or a leader named: the units from the left.
  const std::string more =
      "序号\n\n重点任务\n\n责任县领导\n\n牵头单位\n\n配合单位\n\n完成时限\n\n"
      "1\n\n推进乡村振兴。\n\n林卫东\n\n县农业农村局\n\n县财政局\n\n2025年底\n\n"
      "2\n\n建设示范村。\n\n李明\n\n龙湖镇\n\n"
      "3\n\n开展促消费活动。\n\n李明、王强\n\n县商务局\n\n县财政局\n\n"
      "4\n\n推进文旅融合。\n\n县长\n\n县文旅局\n\n2025年6月底\n";
  const Blocks rows = ReadTextBlocks(MustDecode(more));
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[2].cells, (std::vector<std::string>{"2", "建设示范村。", "李明", "龙湖镇", "", ""}));
  EXPECT_EQ(rows[3].cells,
            (std::vector<std::string>{"3", "开展促消费活动。", "李明、王强", "县商务局", "县财政局", ""}));
  EXPECT_EQ(rows[4].cells,
            (std::vector<std::string>{"4", "推进文旅融合。", "县长", "县文旅局", "", "2025年6月底"}));
  const Blocks plain =
      ReadTextBlocks(MustDecode("序号\n\n重点任务\n\n牵头单位\n\n配合单位\n\n完成时限\n\n"
                                "1\n\n推进乡村振兴。\n\n县农业农村局\n\n县财政局\n\n2025年底\n\n"
                                "2\n\n开展促消费活动。\n\n县商务局\n\n2025年6月底\n"));
  ASSERT_EQ(plain.size(), 3u);
  EXPECT_EQ(plain[2].cells,
            (std::vector<std::string>{"2", "开展促消费活动。", "县商务局", "", "2025年6月底"}));
}

// pdftotext without -layout of a Word table (round 72's 389): cells parted by blank lines, but a section
// row's line with the next row's number right under it (一、…（共2项）⏎1): the section is a row of its own,
// the number opens the next.
TEST(TextReaderTest, ASectionLineOverARowsNumberInACellBlockTable) {
  const std::string text =
      "序号\n\n重点任务\n\n责任区领导\n\n牵头单位\n\n配合单位\n\n完成时限\n\n"
      "一、坚持项目为王，推动经济稳进提质（共 2 项）\n1\n\n全区地区生产总值增长 "
      "6%左右。\n\n周启明\n韩立新\n\n"
      "区发展改革局\n\n区统计局、区财政局\n\n12 月底前\n\n"
      "2\n\n实施区级重点项目 120 个。\n\n韩立新\n\n区发展改革局\n\n各镇（街道）\n\n12 月底前\n";
  const Blocks blocks = ReadTextBlocks(MustDecode(text));
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[1].cells[0], "一、坚持项目为王，推动经济稳进提质（共 2 项）");
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"1", "全区地区生产总值增长 6%左右。", "周启明\n韩立新",
                                                       "区发展改革局", "区统计局、区财政局", "12 月底前"}));
  EXPECT_EQ(blocks[3].cells[0], "2");
}

// The same with a blank line between cells (the gov.cn text form, round 26's 160; pdftotext without -layout,
// gap 89): an empty cell is an empty line between blank ones; a cell's lines wrapped in a block are joined
// (序⏎号, a name a line stays one a line); a page's number and the header printed again are no cells; the
// time column is found by its item, a second paragraph of the others' cell stays theirs.
TEST(TextReaderTest, AScrapedTableWithBlankLinesBetweenCellsIsReadRowByRow) {
  const std::string text =
      "附件\n\n序\n号\n\n工作任务\n\n责任领导\n\n牵头单位\n\n配合单位\n\n完成时\n限\n\n备注\n\n"
      "1\n\n新签约亿元以上产业项目30\n个，实际到位区外资金85亿\n元。\n\n顾立新\n欧阳振华\n\n区投资促进\n中心"
      "\n\n"
      "区直各招商单位\n\n12月底\n\n\n\n"
      "2\n\n建设农田数字化管理样板\n\n韩 冰\n\n农田建设管理司\n\n发展规划司、计划财务司\n\n"
      "耕地质量监测保护中心\n\n2026年12月底前\n\n试点\n\n- 3 -\n\n序\n号\n\n工作任务\n\n责任领导\n\n"
      "牵头单位\n\n配合单位\n\n完成时\n限\n\n备注\n\n"
      "3\n\n推进病虫害智能监测\n\n许明远\n\n种植业管理司\n\n\n\n持续推进\n\n\n\n注：另行通知。\n";
  Blocks blocks = ReadTextBlocks(MustDecode(text));
  ASSERT_EQ(blocks.size(), 6u);
  EXPECT_EQ(blocks[1].cells, (std::vector<std::string>{"序号", "工作任务", "责任领导", "牵头单位", "配合单位",
                                                       "完成时限", "备注"}));
  EXPECT_EQ(blocks[2].cells,
            (std::vector<std::string>{"1", "新签约亿元以上产业项目30个，实际到位区外资金85亿元。",
                                      "顾立新\n欧阳振华", "区投资促进中心", "区直各招商单位", "12月底", ""}));
  EXPECT_EQ(blocks[3].cells, (std::vector<std::string>{
                                 "2", "建设农田数字化管理样板", "韩 冰", "农田建设管理司",
                                 "发展规划司、计划财务司\n耕地质量监测保护中心", "2026年12月底前", "试点"}));
  EXPECT_EQ(blocks[4].cells, (std::vector<std::string>{"3", "推进病虫害智能监测", "许明远", "种植业管理司",
                                                       "", "持续推进", ""}));
  EXPECT_EQ(blocks[4].original.substr(blocks[4].cell_begins[3], 18), "种植业管理司");
  EXPECT_EQ(blocks[5].text, "注：另行通知。");
}

// The session's review: a cell opening 注重… is a cell (only 注：… after the table ends it); a time ending
// with 。 is the time's; numbering from 1 again after a section line goes on; （二）…。 in a cell is no
// section; the text after the last row is none of its cells.
TEST(TextReaderTest, AScrapedTableKeepsItsCellsWhereTheyLookLikeOtherThings) {
  const std::string text =
      "序号\n重点任务\n具体措施\n牵头单位\n参与单位\n完成时限\n一、宣传解读\n"
      "1\n开展宣传\n组织编写读本。\n办公厅\n法规司\n2025年12月底前完成。\n"
      "2\n开展普法\n注重编写释义读本，开展普法活动。\n（二）推动案例发布。\n法规司\n体改司等\n持续推进\n"
      "二、破除壁垒\n1\n修订清单\n修订清单。\n体改司\n法规司\n2025年底前\n"
      "2\n清理壁垒\n清理壁垒。\n法规司\n价格司\n2025年11月底前\n"
      "北京市发展和改革委员会办公室\n2025年6月12日\n";
  Blocks blocks = ReadTextBlocks(MustDecode(text));
  ASSERT_EQ(blocks.size(), 9u);
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"1", "开展宣传", "组织编写读本。", "办公厅", "法规司",
                                                       "2025年12月底前完成。"}));
  EXPECT_EQ(blocks[3].cells[2], "注重编写释义读本，开展普法活动。\n（二）推动案例发布。");
  EXPECT_EQ(blocks[3].cells[3], "法规司");
  EXPECT_EQ(blocks[5].cells[0], "1");
  EXPECT_EQ(blocks[6].cells,
            (std::vector<std::string>{"2", "清理壁垒", "清理壁垒。", "法规司", "价格司", "2025年11月底前"}));
  EXPECT_EQ(blocks[7].text, "北京市发展和改革委员会办公室");
  // The second review's: a last row one cell short takes its last (no time, no list); a measure's sentences
  // stay the measure's where no time follows them.
  blocks = ReadTextBlocks(MustDecode(
      "序号\n重点任务\n具体措施\n牵头单位\n完成时限\n1\n扩大投资\n实施项目。\n县发改局\n2025年底\n"
      "2\n优化营商环境\n压减审批时限30%。\n推行一网通办。\n县政务服务中心\n3\n稳定就业\n新增就业1万人。\n"
      "县人社局\n\n县人民政府\n"));
  ASSERT_GE(blocks.size(), 4u);
  EXPECT_EQ(blocks[2].cells,
            (std::vector<std::string>{"2", "优化营商环境", "压减审批时限30%。\n推行一网通办。",
                                      "县政务服务中心", ""}));
  EXPECT_EQ(blocks[3].cells[3], "县人社局");
}

// Hostile HTML: a grid is 64 columns at most (as w:gridSpan is), cells past it going into the last
// column; a comment never closed and tags with no '>' are text.
TEST(TextReaderTest, AnHtmlGridStaysWithinItsColumnsAndUnclosedMarkupIsText) {
  std::string html = "<table>";
  for (int r = 0; r < 3; ++r) html += "<tr><td colspan=\"999\" rowspan=\"65535\">x</td><td>y</td></tr>";
  Blocks blocks = ReadTextBlocks(MustDecode(html + "</table>\n"));
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].cells.size(), 64u);
  EXPECT_EQ(blocks[0].cells[0], "x");
  EXPECT_EQ(blocks[0].cells[63], "y");
  // Rows 2 and 3 lie under the first row's merge: their cells go into the last column.
  EXPECT_EQ(blocks[2].cells.size(), 64u);
  EXPECT_EQ(blocks[2].cells[63], "x\ny");
  EXPECT_TRUE(blocks[2].merged_above[0]);
  blocks = ReadTextBlocks(MustDecode("<table><tr><td>1</td><td><!-- a <b c=\"</td></tr></table>\n"));
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].cells[0], "1");
}

// Round 100 (513): a Word file as docx-preview shows it (vue-office, an OA system's preview), saved as a
// page: the headings' and items' numbers are CSS counters of its styles, no text of the page, written before
// the paragraphs they number (a table's cells step them, but their numbers are no text of the cells, which
// the nothing-lost check compares with the page); a counter reset by the heading above restarts; a cell
// hidden under a merge (display:none) is no column of its row, and a table in a hidden element (a tab not
// shown) none of the page's.
TEST(TextReaderTest, NumbersAPagesStylesGenerateAreItsParagraphsAndHiddenCellsNone) {
  const std::string html =
      "<!DOCTYPE html><html><head><style>p.docx-num-3-0:before { content: \"\"counter(docx-num-3-0, "
      "simp-chinese-informal)\"、\"; counter-increment: docx-num-3-0; }\n/* items */ p.docx-num-3-0 { "
      "counter-reset: docx-num-3-1 0; }\np.docx-num-3-1::before { content: \"\"counter(docx-num-3-1, "
      "decimal)\".\\9\"; counter-increment: docx-num-3-1; }\n.row-num:before { content: counter(r); "
      "counter-increment: r; }</style></head><body>"
      "<p class=\"docx docx-num-3-0\"><span>扩大需求</span></p><p class=\"docx-num-3-1\">推进甲。</p>"
      "<p class=\"docx-num-3-1\">推进乙。</p><p class=\"docx-num-3-0\">深化改革</p>"
      "<p class=\"docx-num-3-1\">推进丙。</p>"
      "<table><tr><td>序号</td><td>任务</td><td>责任县领导</td><td>牵头单位</td></tr>"
      "<tr><td><p class=\"row-num\"></p></td><td>办实事甲</td><td "
      "rowspan=\"2\">王明</td><td>县民政局</td></tr>"
      "<tr><td><p class=\"row-num\"></p></td><td>办实事乙</td><td style=\"display: none\">王明</td>"
      "<td>县教育局</td></tr></table><div class=\"tab\" style=\"display:none\"><table><tr><td>办理环节</td>"
      "<td>办理人</td></tr><tr><td>拟稿</td><td>孙文</td></tr></table></div></body></html>";
  Blocks blocks = ReadTextBlocks(MustDecode(html));
  std::vector<std::string> texts;
  for (const Block& b : blocks)
    if (b.kind != BlockKind::kTableRow) texts.push_back(b.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"一、扩大需求", "1.推进甲。", "2.推进乙。", "二、深化改革",
                                             "1.推进丙。"}));
  ASSERT_EQ(blocks.size(), 8u);
  EXPECT_EQ(blocks[6].cells, (std::vector<std::string>{"", "办实事甲", "王明", "县民政局"}));
  EXPECT_EQ(blocks[7].cells, (std::vector<std::string>{"", "办实事乙", "", "县教育局"}));

  // (The review: a hidden element steps no counter; an icon font's ::before (no counter) and a label longer
  // than a number's are none; a list item the styles number has their number only; a hidden <option> left
  // open, or a hidden panel's script writing markup, hides no table after it.)
  const std::string more =
      "<!DOCTYPE html><html><head><style>.n:before{content:counter(n)\"．\";counter-increment:n}"
      ".i:before{content:\"\\e601\"}.big:before{content:counter(b) \"" +
      std::string(100, 'x') +
      "\";counter-increment:b}ol{list-style:none}</style></head><body><p class=\"n\">推进甲。</p>"
      "<div style=\"display:none\"><p class=\"n\">草稿。</p><script>var t=\"<div>\";</script></div>"
      "<p class=\"i\">2025年3月1日</p><p class=\"big\">推进乙。</p><select><option "
      "style=\"display:none\">请选择"
      "<option selected>通知</select><ol><li class=\"n\">推进丙。</li></ol>"
      "<table><tr><td>序号</td><td>任务</td></tr><tr><td>1</td><td>推进丁。</td></tr></table></body></html>";
  blocks = ReadTextBlocks(MustDecode(more));
  texts.clear();
  size_t rows = 0;
  for (const Block& b : blocks)
    if (b.kind != BlockKind::kTableRow)
      texts.push_back(b.text);
    else
      ++rows;
  EXPECT_EQ(texts,
            (std::vector<std::string>{"1．推进甲。", "2025年3月1日", "推进乙。", "通知", "2．推进丙。"}));
  EXPECT_EQ(rows, 2u);
}

// A caption left open closes at the next row; a grid table saved with CRLF is read as one.
TEST(TextReaderTest, AnOpenCaptionClosesAtItsRowAndACrlfGridIsRead) {
  Source s = MustDecode("<table><tr><td>a</td></tr><caption>说明<td></caption></table>\n");
  Blocks blocks = ReadTextBlocks(s);
  ASSERT_EQ(blocks.size(), 2u);
  for (const Block& b : blocks) {
    EXPECT_LE(b.begin, b.end);
    EXPECT_LE(b.end, s.text().size());
  }
  EXPECT_EQ(blocks[1].text, "说明");
  blocks = ReadTextBlocks(MustDecode("+----+------+\r\n| 1 | 县局 |\r\n+----+------+\r\n"));
  ASSERT_EQ(blocks.size(), 1u);
  EXPECT_EQ(blocks[0].cells, (std::vector<std::string>{"1", "县局"}));
}

// Round 118 (603): a Word table's rows written out by python-docx, tab-joined, whose 序号 Word numbered
// (empty in the copy): the tab before the row's text is its empty first cell, so its columns stay in place.
// Round 125 (643): a portal page's Word-pasted table through python html2text, a <p> in every cell: each
// cell's paragraphs, then a line holding a lone |; the header over a rule line; a row's end a line ending
// with two spaces and a line of spaces; merged cells left out (the row short of them), an empty cell between
// two | lines, a cell of two paragraphs or a hard break, a part row in bold, and a row typed compact, wrapped
// after a |.
TEST(TextReaderTest, Html2TextCellsOfParagraphsPartedByPipeLines) {
  const std::string text =
      "附件\n\n**序号**\n\n|\n\n **重点工作任务**\n\n|\n\n **责任县领导**\n\n|\n\n **牵头单位**\n\n|\n\n"
      " **配合单位**\n\n|\n\n **完成时限**  \n  \n---|---|---|---|---|---  \n  \n"
      "**一、稳定经济增长（3项）**  \n  \n"
      "1\n\n|\n\n深入实施项目攻坚行动，完成固定资产投资150\n亿元以上。\n\n|\n\n王 勇\n\n张阳明\n\n|\n\n"
      "县发展和改革局  \n县财政局\n\n|\n\n|\n\n2025年12月底  \n  \n"
      "2\n\n|\n\n大力提振消费。\n\n|\n\n县商务局\n\n|\n\n县财政局\n\n|\n\n持续推进  \n  \n"
      "3| 加强财政收支管理。| 罗建平| 县财政局|\n县税务局| 2025年12月底  \n  "
      "\n\n\n附件下载：[方案.docx](./a.docx)\n";
  const Blocks blocks = ReadTextBlocks(MustDecode(text));
  ASSERT_EQ(blocks.size(), 8u);
  EXPECT_EQ(blocks[1].cells, (std::vector<std::string>{"**序号**", "**重点工作任务**", "**责任县领导**",
                                                       "**牵头单位**", "**配合单位**", "**完成时限**"}));
  EXPECT_EQ(blocks[2].original, "---|---|---|---|---|---");  // the rule line, a separator row
  EXPECT_EQ(blocks[3].cells.at(0), "**一、稳定经济增长（3项）**");
  EXPECT_EQ(blocks[4].cells,
            (std::vector<std::string>{"1", "深入实施项目攻坚行动，完成固定资产投资150亿元以上。",
                                      "王 勇\n张阳明", "县发展和改革局\n县财政局", "", "2025年12月底"}));
  EXPECT_EQ(blocks[5].cells,
            (std::vector<std::string>{"2", "大力提振消费。", "", "县商务局", "县财政局", "持续推进"}));
  EXPECT_EQ(blocks[6].cells, (std::vector<std::string>{"3", "加强财政收支管理。", "罗建平", "县财政局",
                                                       "县税务局", "2025年12月底"}));
  EXPECT_EQ(blocks[6].original.substr(blocks[6].cell_begins[4], 12), "县税务局");
  EXPECT_EQ(blocks[7].kind, BlockKind::kParagraph);
  // (The review's:) an empty last cell (|␣␣ ⏎ ␣␣), a part row with no number (**经济发展类**), numbers with
  // their stop (1.), a cell closed by an empty paragraph (␣␣ lines after a blank one).
  const std::string more =
      "**序号**\n\n|\n\n**工作任务**\n\n|\n\n**牵头单位**\n\n|\n\n**配合单位**  \n  \n---|---|---|---  \n  \n"
      "**经济发展类**  \n  \n1.\n\n|\n\n推进甲项工作。\n\n|\n\n县发改局\n\n|  \n  \n"
      "2.\n\n|\n\n推进乙项工作。\n\n|\n\n县商务局\n\n|\n\n县财政局\n\n  \n  \n"
      "3.\n\n|\n\n推进丙项工作。\n\n|\n\n县水利局\n\n|\n\n县财政局  \n  \n";
  const Blocks rows = ReadTextBlocks(MustDecode(more));
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_EQ(rows[2].cells.at(0), "**经济发展类**");
  EXPECT_EQ(rows[3].cells, (std::vector<std::string>{"1.", "推进甲项工作。", "县发改局", ""}));
  EXPECT_EQ(rows[4].cells, (std::vector<std::string>{"2.", "推进乙项工作。", "县商务局", "县财政局"}));
  EXPECT_EQ(rows[5].cells, (std::vector<std::string>{"3.", "推进丙项工作。", "县水利局", "县财政局"}));
}

// Gap 677: a portal page through `lynx -dump`: each cell of the Word-pasted table a centred block between
// blank lines (a leader each a block), and a row the site's editor retyped as bare cells printed on one line,
// its cells parted by ASCII spaces, right under the row above's last cell (no blank line between).
TEST(TextReaderTest, LynxCellBlocksAndARowOnALine) {
  const std::string text =
      "                 序号\n\n               重点工作任务\n\n                责任县领导\n\n"
      "                 牵头单位\n\n                 配合单位\n\n                 完成时限\n\n"
      "   一、稳住经济增长基本盘\n\n                    1\n\n全力推进重点项目建设。\n\n"
      "                  王　勇\n\n                  李建华\n\n                 县发改局\n\n"
      "   县财政局、县住建局\n\n              2025年12月底前\n\n                    2\n\n强化招商引资。\n\n"
      "                  李建华\n\n                县商务局\n\n                县工信局\n\n"
      "              2025年12月底前\n"
      "   3  落实助企纾困政策，减税 降费3.2亿元。 赵海明 县税务局 /               持续推进\n\n"
      "                    4\n\n扩大消费需求。\n\n                  赵海明\n\n                县商务局\n\n"
      "                县财政局\n\n                 持续推进\n"
      "   5 加强政府债务管理。       王　勇 县财政局 县发改局、县审计局 持续推进\n\n"
      "   分享到：[13]微博 [14]打印本页\n";
  const Blocks blocks = ReadTextBlocks(MustDecode(text));
  ASSERT_EQ(blocks.size(), 8u);
  EXPECT_EQ(blocks[0].cells.size(), 6u);
  EXPECT_EQ(blocks[1].cells.at(0), "一、稳住经济增长基本盘");
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"1", "全力推进重点项目建设。", "王　勇\n李建华",
                                                       "县发改局", "县财政局、县住建局", "2025年12月底前"}));
  EXPECT_EQ(blocks[3].cells.back(), "2025年12月底前");
  // (A space in the task's text: the cells after it are the last ones.)
  EXPECT_EQ(blocks[4].cells, (std::vector<std::string>{"3", "落实助企纾困政策，减税 降费3.2亿元。", "赵海明",
                                                       "县税务局", "/", "持续推进"}));
  EXPECT_EQ(blocks[4].original.substr(blocks[4].cell_begins[3], 12), "县税务局");
  EXPECT_EQ(blocks[5].cells.at(1), "扩大消费需求。");
  EXPECT_EQ(blocks[6].cells, (std::vector<std::string>{"5", "加强政府债务管理。", "王　勇", "县财政局",
                                                       "县发改局、县审计局", "持续推进"}));
  EXPECT_EQ(blocks[7].kind, BlockKind::kParagraph);
  // A number and a word in a cell's block (30 个工作日内 ⏎ 县政务服务中心) is no row on a line.
  const Blocks words =
      ReadTextBlocks(MustDecode("序号\n\n工作任务\n\n牵头单位\n\n配合单位\n\n1\n\n推进甲项工作，办结时限压缩"
                                "至\n30 个工作日 以内 完成。\n\n"
                                "县发改局\n\n县财政局\n\n2\n\n推进乙项工作。\n\n县商务局\n\n县财政局\n"));
  ASSERT_EQ(words.size(), 3u);
  EXPECT_EQ(words[1].cells.at(1), "推进甲项工作，办结时限压缩至30 个工作日 以内 完成。");
}

// Round 134 (681): a sheet's rows as a Dify knowledge base keeps them, a record a row ("列名":"值";…, the
// leading quote cut, empty cells left out). Keyed by a title row (附件, None): the header is the record of
// column names, a short row's time goes to the time column; keyed by the column names: each value to its
// key's.
TEST(TextReaderTest, DifyRecordsOfASheetAreItsRows) {
  const std::string none =
      "附件\":\"某县重点工作任务分解表\"\n\n附件\":\"序号\";\"None\":\"重点工作任务\";\"None\":"
      "\"责任县领导\";"
      "\"None\":\"牵头单位\";\"None\":\"配合单位\";\"None\":\"完成时限\"\n\n附件\":\"一、稳增长（2项）\"\n\n"
      "附件\":\"1\";\"None\":\"推进甲项工作。\";\"None\":\"张三\";\"None\":\"县发改局\";\"None\":\"县财政局\n"
      "县统计局\";\"None\":\"2025-12-31 "
      "00:00:00\"\n\n附件\":\"2\";\"None\":\"推进乙项工作。\";\"None\":\"李四\";"
      "\"None\":\"县商务局\";\"None\":\"2025-10-31 "
      "00:00:00\"\n\n附件\":\"注：排在第一位的为主牵头单位。\"\n\n正文\n";
  Blocks blocks = ReadTextBlocks(MustDecode(none));
  ASSERT_EQ(blocks.size(), 7u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[0].text, "某县重点工作任务分解表");
  EXPECT_EQ(blocks[1].cells, (std::vector<std::string>{"序号", "重点工作任务", "责任县领导", "牵头单位",
                                                       "配合单位", "完成时限"}));
  EXPECT_EQ(blocks[2].cells.at(0), "一、稳增长（2项）");
  EXPECT_EQ(blocks[3].cells.at(4), "县财政局\n县统计局");
  EXPECT_EQ(blocks[4].cells,
            (std::vector<std::string>{"2", "推进乙项工作。", "李四", "县商务局", "", "2025-10-31 00:00:00"}));
  EXPECT_EQ(blocks[4].original.substr(blocks[4].cell_begins[3], 12), "县商务局");
  EXPECT_EQ(blocks[5].text, "注：排在第一位的为主牵头单位。");
  EXPECT_EQ(blocks[6].text, "正文");
  const std::string keyed =
      "\"序号\":\"1\";\"工作任务\":\"推进甲项工作。\";\"牵头单位\":\"县发改局\";\"完成时限\":\"年底前\"\n"
      "\"序号\":\"2\";\"工作任务\":\"推进乙项工作。\";\"牵头单位\":\"县商务局\";\"配合单位\":\"县财政局\";"
      "\"完成时限\":\"年底前\"\n\"序号\":\"3\";\"工作任务\":\"推进丙项工作。\"\n";
  blocks = ReadTextBlocks(MustDecode(keyed));
  ASSERT_EQ(blocks.size(), 4u);
  EXPECT_EQ(blocks[0].cells,
            (std::vector<std::string>{"序号", "工作任务", "牵头单位", "配合单位", "完成时限"}));
  EXPECT_EQ(blocks[1].cells, (std::vector<std::string>{"1", "推进甲项工作。", "县发改局", "", "年底前"}));
  EXPECT_EQ(blocks[2].cells.at(3), "县财政局");
  EXPECT_EQ(blocks[3].cells.at(1), "推进丙项工作。");
  // (The review's: a value runs on into the next line only where that line opens no record of its own: a line
  // of a value never closed is no record, each line tried once, not scanned 16 KB on.)
  blocks =
      ReadTextBlocks(MustDecode("\"序号\":\"1\";\"工作任务\":\"推进甲\n\"序号\":\"2\";\"工作任务\":"
                                "\"推进乙\";\"牵头单位\":\"县商务局\"\n"
                                "\"序号\":\"3\";\"工作任务\":\"推进丙\";\"牵头单位\":\"县教育局\"\n"
                                "\"序号\":\"4\";\"工作任务\":\"推进丁\";\"牵头单位\":\"县财政局\"\n"));
  ASSERT_EQ(blocks.size(), 5u);
  EXPECT_EQ(blocks[0].kind, BlockKind::kParagraph);
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"2", "推进乙", "县商务局"}));
  // (Two records, or none of three pairs: no table.)
  EXPECT_EQ(ReadTextBlocks(MustDecode("\"a\":\"1\"\n\"b\":\"2\"\n\"c\":\"3\"\n")).front().kind,
            BlockKind::kParagraph);
}

TEST(TextReaderTest, ATabBeforeARowsTextIsItsEmptyFirstCell) {
  Blocks blocks =
      ReadTextBlocks(MustDecode("序号\t工作任务\t牵头单位\t配合单位\n\t推进甲项工作。\t县发改局\t县财政局\n"
                                "\t一段缩进的文字\t附注\n"));
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[1].cells, (std::vector<std::string>{"", "推进甲项工作。", "县发改局", "县财政局"}));
  EXPECT_EQ(blocks[1].original, "推进甲项工作。\t县发改局\t县财政局");
  // (A line with one tab after its indent stays a paragraph.)
  EXPECT_EQ(blocks[2].kind, BlockKind::kParagraph);
}

// Round 116 (593): a notice as 维基文库 holds it, in wikitext: the header template's document number and
// title, templates shown by their first unnamed argument (or nothing), links by their labels, tags dropped,
// and a wiki table's rows with their spans.
// Round 146 (747): pandoc's -t asciidoc: a table between |=== fences, its columns named by the attribute line
// above, each row a cell after a cell over several lines (a task's text wrapped at 72 columns, a cell of two
// paragraphs as a| with a blank line between), a section's row spanning the columns by its empty cells, a
// spanning cell (2+|), an escaped bar.
TEST(TextReaderTest, AsciiDocTablesAreReadRowByRow) {
  Source s = MustDecode(
      "附件\n\n[width=\"100%\",cols=\"8%,42%,20%,30%\",options=\"header\",]\n|===\n"
      "|序号 |重点工作任务 |牵头单位 |配合单位\n\n"
      "|一、扩大有效投资（共2项） | | |\n\n"
      "|1 |**抓好项目建设。**全年实施重点项目\n30 个。 |县发改局\n|县财政局、县自然资源局\n\n"
      "|2 a|\n推进数字经济。\n\n（1）新建基站 150 个。\n\n|县工信局 |县财政局\\|县统计局\n\n"
      "|3 2+|推进乡村振兴。 |县农业农村局\n|===\n\n落款\n");
  Blocks blocks = ReadTextBlocks(s);
  std::vector<std::vector<std::string>> rows;
  for (const Block& b : blocks)
    if (b.kind == BlockKind::kTableRow) rows.push_back(b.cells);
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"序号", "重点工作任务", "牵头单位", "配合单位"}));
  EXPECT_EQ(rows[1], (std::vector<std::string>{"一、扩大有效投资（共2项）", "", "", ""}));
  EXPECT_EQ(rows[2], (std::vector<std::string>{"1", "**抓好项目建设。**全年实施重点项目 30 个。", "县发改局",
                                               "县财政局、县自然资源局"}));
  EXPECT_EQ(rows[3], (std::vector<std::string>{"2", "推进数字经济。\n（1）新建基站 150 个。", "县工信局",
                                               "县财政局|县统计局"}));
  EXPECT_EQ(rows[4], (std::vector<std::string>{"3", "推进乡村振兴。", "", "县农业农村局"}));
  // (No fence closing it: no table.)
  Blocks open = ReadTextBlocks(MustDecode("|===\n|序号 |任务\n|1 |推进。\n"));
  for (const Block& b : open) EXPECT_NE(b.text, "| 1 | 推进。 |");
}

TEST(TextReaderTest, WikitextIsReadAsTheWikiShowsIt) {
  Source s = MustDecode(
      "{{Header\n| title = 某县人民政府办公室关于印发分工方案的通知\n| year = 2024\n| 发文字号 = "
      "某政办发〔2024〕9号\n"
      "| notes = {{Textquality|50%}}\n}}\n\n<onlyinclude>各乡镇人民政府：\n\n{{gap}}《[[政府工作报告|报告]]》"
      "<b>已经</b>同意。\n\n{{right|{{gap}}某县人民政府办公室}}\n\n== 附件 ==\n\n"
      "{| class=\"wikitable\"\n|-\n! 序号 !! 任务 !! 责任县领导 !! 责任单位\n|-\n|colspan=4 | "
      "<b>一、扩大需求</b>\n"
      "|-\n|| {{c|1}}\n|| 实施重点项目。\n|rowspan=2 | {{c|张三}}\n|| {{c|县发改局}}{{c|县财政局}}\n|-\n"
      "| 2 || 争取专项债券，\n加强监管。\n| 县财政局\n|}\n{{PD-PRC-exempt}}\n");
  Blocks blocks = ReadTextBlocks(s);
  std::vector<std::string> texts;
  for (const Block& b : blocks) {
    texts.push_back(b.text);
    EXPECT_EQ(b.original, s.text().substr(b.begin, b.end - b.begin));
  }
  ASSERT_EQ(blocks.size(), 10u) << ::testing::PrintToString(texts);
  EXPECT_EQ(blocks[0].text, "某县人民政府办公室关于印发分工方案的通知");
  EXPECT_EQ(blocks[1].text, "某政办发〔2024〕9号");
  EXPECT_EQ(blocks[2].text, "各乡镇人民政府：");
  EXPECT_EQ(blocks[3].text, "《报告》已经同意。");
  EXPECT_EQ(blocks[4].text, "某县人民政府办公室");
  EXPECT_EQ(blocks[5].text, "附件");
  EXPECT_EQ(blocks[5].original, "== 附件 ==");
  EXPECT_EQ(blocks[6].cells, (std::vector<std::string>{"序号", "任务", "责任县领导", "责任单位"}));
  EXPECT_EQ(blocks[7].cells, (std::vector<std::string>{"一、扩大需求", "", "", ""}));
  ASSERT_EQ(blocks[8].kind, BlockKind::kTableRow);
  EXPECT_EQ(blocks[8].cells, (std::vector<std::string>{"1", "实施重点项目。", "张三", "县发改局\n县财政局"}));
  // The last row: its leader's cell merged down from the row above, its text's two lines one cell.
  EXPECT_EQ(blocks[9].cells, (std::vector<std::string>{"2", "争取专项债券，\n加强监管。", "", "县财政局"}));
  EXPECT_EQ(blocks[9].merged_above, (std::vector<bool>{false, false, true, false}));
  EXPECT_TRUE(blocks[9].original.ends_with("|}\n"));
  // Read so only as a wiki's page: a Markdown table's rows, a plain text's braces, are no wikitext.
  EXPECT_FALSE(internal::LooksLikeWikitext("| 1 | 县局 |\n|---|---|\n"));
  EXPECT_FALSE(internal::LooksLikeWikitext("各单位：\n{|\n未闭合"));
  EXPECT_TRUE(internal::LooksLikeWikitext("\xEF\xBB\xBF {{Header}}"));
  EXPECT_FALSE(internal::LooksLikeWikitext("{{ page.title }}\n| 序号 | 任务 |\n"));
  EXPECT_FALSE(internal::LooksLikeWikitext("{{目录}}\n各单位：\n"));
  // A comparison is text, as the wiki shows it; a table inside a cell gives the cell its text, and the
  // outer table goes on.
  blocks =
      ReadTextBlocks(MustDecode("{{Header}}\nPM2.5浓度<35微克，指数>80%。<span style=\"x\">好</span>\n"
                                "{|\n|-\n| 1 || 甲\n{|\n|-\n| 子项 || 县财政局\n|}\n|-\n| 2 || 乙\n|}\n"));
  ASSERT_EQ(blocks.size(), 3u);
  EXPECT_EQ(blocks[0].text, "PM2.5浓度<35微克，指数>80%。好");
  EXPECT_EQ(blocks[1].cells, (std::vector<std::string>{"1", "甲\n子项\n县财政局"}));
  EXPECT_EQ(blocks[2].cells, (std::vector<std::string>{"2", "乙"}));
}

// A page set in two columns by pdftotext -layout (a gazette, round 68's 373): each line holds a line of the
// left column and one of the right, at a gutter; they are read a column after the other, each part a block
// of its own at its exact place, with its indent from its column's start. A title across both columns
// ends the zone; lines above it are read as they stand.
TEST(TextReaderTest, TwoColumnPagesAreReadAColumnAfterTheOther) {
  const std::string L[] = {
      "推进项目谋划储备，力争更多项目纳入国家和",  // 20 characters, a line of either column
      "省级盘子，加强要素保障，完善工作推进机制，",
      "形成上下联动、部门协同的工作格局。",
  };
  std::string text = "砚溪市人民政府关于印发重点工作任务分工方案的通知的一个很长的标题跨越两栏\n\n";
  const std::string pad(6, ' ');
  std::string right_lines[6] = {"  1.实施重大项目攻坚行动，全年安排重点", L[0], L[1], L[0], L[1], L[2]};
  std::string left_lines[6] = {"  一、压实工作责任。各责任市领导要加强", L[1], L[0], L[1], L[0], L[2]};
  for (int k = 0; k < 6; ++k) {
    std::string left = left_lines[k];
    // Each line padded with spaces to column 30 (a character one column), where the right column starts.
    size_t cps = 0;
    for (unsigned char c : left) cps += (c & 0xC0) != 0x80;
    text += left + std::string(30 - cps, ' ') + right_lines[k] + "\n";
  }
  const Source s = MustDecode(text);
  const Blocks blocks = ReadTextBlocks(s);
  ASSERT_EQ(blocks.size(), 13u);
  EXPECT_EQ(blocks[0].style.column, 0);  // the title across both
  for (int k = 0; k < 6; ++k) {
    const std::string left = left_lines[k].substr(left_lines[k].find_first_not_of(' '));
    const std::string right = right_lines[k].substr(right_lines[k].find_first_not_of(' '));
    EXPECT_EQ(blocks[1 + k].text, left) << k;
    EXPECT_EQ(blocks[1 + k].style.column, 1);
    EXPECT_EQ(blocks[7 + k].text, right) << k;
    EXPECT_EQ(blocks[7 + k].style.column, 2);
    EXPECT_EQ(s.text().substr(blocks[7 + k].begin, blocks[7 + k].end - blocks[7 + k].begin), right);
  }
  EXPECT_EQ(blocks[7].style.indent, 2);  // its column's first-line indent, not the line's 32 spaces
  EXPECT_EQ(blocks[8].style.indent, 0);
  EXPECT_TRUE(blocks[8].style.to_edge);
  EXPECT_FALSE(blocks[12].style.to_edge);  // a paragraph's last line stops short
  // After normalization, each column's paragraph is one block, its parts where they stand and its
  // original those parts a line each.
  const Normalized n = NormalizeText(text);
  const auto first = std::find_if(n.blocks.begin(), n.blocks.end(),
                                  [](const Block& b) { return b.text.starts_with("1.实施"); });
  ASSERT_NE(first, n.blocks.end());
  EXPECT_TRUE(first->text.ends_with("形成上下联动、部门协同的工作格局。"));
  ASSERT_EQ(first->parts.size(), 6u);
  EXPECT_EQ(first->original.substr(0, first->original.find('\n')), right_lines[0].substr(2));
  for (const BlockPart& part : first->parts) {
    EXPECT_EQ(part.span.offset, s.OriginalOffset(part.begin));
    EXPECT_EQ(part.span.length, part.end - part.begin);
  }
  // Not a table's columns: short cells, and lines with a third run.
  std::string table;
  for (int k = 0; k < 6; ++k) table += "县财政局" + std::string(26, ' ') + "县统计局\n";
  for (const Block& b : ReadTextBlocks(MustDecode(table))) EXPECT_EQ(b.style.column, 0);
  std::string three;
  for (int k = 0; k < 6; ++k) three += L[0] + "   " + L[1].substr(0, 12) + "          " + L[1] + "\n";
  for (const Block& b : ReadTextBlocks(MustDecode(three))) EXPECT_EQ(b.style.column, 0);
}

// The first review's: what is no page of two columns stays as it was — a task a line beside its bracket
// (each left part an item, each right one a bracket), a Markdown table padded by characters; lines of one
// side apart from a zone by a blank line (the 附件 line after it) are read after its columns; a page's left
// margin is no line's indent (the left column's lines join as the right's do); and a label joined over its
// value (its parts kept) keeps them when the paragraph above takes it.
TEST(TextReaderTest, TwoColumnZonesKeepToPagesOfProse) {
  const std::string tasks =
      "一、重点任务\n"
      "  1.实施重大项目攻坚行动，全年安排重点项目                       （牵头单位：县发展和改革局）\n"
      "  2.加强要素保障，完善项目推进工作机制                         （牵头单位：县自然资源和规划局）\n"
      "  3.推进项目谋划储备，争取纳入省级盘子                         （牵头单位：县财政局）\n"
      "  4.优化营商环境，提升政务服务效能水平                         （牵头单位：县政务服务中心）\n"
      "  5.抓好安全生产，压实各方安全生产责任                         （牵头单位：县应急管理局）\n"
      "  6.加强生态环境保护，打好污染防治攻坚                         （牵头单位：县生态环境分局）\n";
  for (const Block& b : ReadTextBlocks(MustDecode(tasks))) EXPECT_EQ(b.style.column, 0) << b.text;
  const std::string markdown =
      "# 分工\n"
      "\n"
      "| 任务内容                | 责任单位 |\n"
      "| ---                 | --- |\n"
      "| 实施重大项目攻坚行动，全年安排重点项目 | 县发展和改革局牵头负责 |\n"
      "| 加强要素保障，完善项目推进工作机制   | 县自然资源和规划局负责 |\n"
      "| 推进项目谋划储备，争取纳入省级盘子   | 县财政局、县发改局负责 |\n"
      "| 优化营商环境，提升政务服务效能水平   | 县政务服务中心牵头负责 |\n"
      "| 抓好安全生产，压实各方安全生产责任   | 县应急管理局牵头负责 |\n";
  size_t rows = 0;
  for (const Block& b : ReadTextBlocks(MustDecode(markdown))) {
    EXPECT_EQ(b.style.column, 0) << b.text;
    rows += b.kind == BlockKind::kTableRow;
  }
  EXPECT_EQ(rows, 7u);
  const std::string after =
      "砚溪市人民政府关于印发重点工作任务分工方案的通知的一个很长的标题跨越两栏\n"
      "\n"
      "  一、压实工作责任。各责任市领导要加强            1.实施重大项目攻坚行动，全年安排重点\n"
      "省级盘子，加强要素保障，完善工作推进机制，         推进项目谋划储备，力争更多项目纳入国家和\n"
      "推进项目谋划储备，力争更多项目纳入国家和          省级盘子，加强要素保障，完善工作推进机制，\n"
      "省级盘子，加强要素保障，完善工作推进机制，         推进项目谋划储备，力争更多项目纳入国家和\n"
      "推进项目谋划储备，力争更多项目纳入国家和          省级盘子，加强要素保障，完善工作推进机制，\n"
      "形成上下联动、部门协同的工作格局。             形成上下联动、部门协同的工作格局。\n"
      "\n"
      "附件：重点工作任务分工表\n"
      "为认真贯彻落实市十七届人大四次会议审议通过的《政府工作报告》，确保各项目标任务落到实处，现将任务分解如"
      "下。\n";
  const Normalized a = NormalizeText(after);
  ASSERT_GE(a.blocks.size(), 4u);
  EXPECT_EQ(a.blocks[1].style.column, 1);
  EXPECT_EQ(a.blocks[2].style.column, 2);
  EXPECT_EQ(a.blocks[3].text, "附件：重点工作任务分工表");
  const std::string margin =
      "砚溪市人民政府关于印发重点工作任务分工方案的通知的一个很长的标题跨越两栏\n"
      "\n"
      "    一、压实工作责任。各责任市领导要加强              1.实施重大项目攻坚行动，全年安排重点\n"
      "    省级盘子，加强要素保障，完善工作推进机制，         推进项目谋划储备，力争更多项目纳入国家和\n"
      "    推进项目谋划储备，力争更多项目纳入国家和          省级盘子，加强要素保障，完善工作推进机制，\n"
      "    省级盘子，加强要素保障，完善工作推进机制，         推进项目谋划储备，力争更多项目纳入国家和\n"
      "    推进项目谋划储备，力争更多项目纳入国家和          省级盘子，加强要素保障，完善工作推进机制，\n"
      "    形成上下联动、部门协同的工作格局。             形成上下联动、部门协同的工作格局。\n";
  const Normalized m = NormalizeText(margin);
  ASSERT_EQ(m.blocks.size(), 3u);  // the title, the left column's paragraph, the right's
  EXPECT_EQ(m.blocks[1].parts.size(), 6u);
  const std::string label =
      "砚溪市人民政府关于印发重点工作任务分工方案的通知的一个很长的标题跨越两栏\n"
      "\n"
      "  一、压实工作责任。各责任市领导要加强            1.实施重大项目攻坚行动，全年安排重点\n"
      "省级盘子，加强要素保障，完善工作推进机制，         推进项目谋划储备，力争更多项目纳入国家和\n"
      "推进项目谋划储备，力争更多项目纳入国家和          省级盘子，加强要素保障，完善工作推进机制，\n"
      "省级盘子，加强要素保障，完善工作推进机制，         推进项目谋划储备，力争更多项目纳入国家和\n"
      "形成上下联动、部门协同的工作格局。             省级盘子，加强要素保障，完善工作推进机制，\n"
      "  1.实施重大项目攻坚行动，全年安排重点（        推进项目谋划储备，力争更多项目纳入国家和\n"
      "牵头单位                          省级盘子，加强要素保障，完善工作推进机制，\n"
      "县发展和改革局                       推进项目谋划储备，力争更多项目纳入国家和\n"
      "县财政局                          省级盘子，加强要素保障，完善工作推进机制，\n"
      "推进项目谋划储备，力争更多项目纳入国家和          推进项目谋划储备，力争更多项目纳入国家和\n"
      "省级盘子，加强要素保障，完善工作推进机制，         省级盘子，加强要素保障，完善工作推进机制，\n"
      "推进项目谋划储备，力争更多项目纳入国家和          推进项目谋划储备，力争更多项目纳入国家和\n"
      "形成上下联动、部门协同的工作格局。             形成上下联动、部门协同的工作格局。\n";
  const Normalized l = NormalizeText(label);
  for (const Block& b : l.blocks)
    for (const BlockPart& p : b.parts)  // each part on one line of the file, and one column's
      EXPECT_EQ(l.source.text().substr(p.begin, p.end - p.begin).find('\n'), std::string::npos) << b.text;
}

}  // namespace
}  // namespace gongwen

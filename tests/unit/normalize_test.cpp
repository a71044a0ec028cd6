#include <gtest/gtest.h>

#include "gongwen/extract.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include <unicode/uniset.h>

#include "core/utf8.h"
#include "gongwen/normalize.h"
#include "normalize/repair_scan.h"
#include "test_util.h"

namespace gongwen {
namespace {

using testing::NormalizeText;

size_t CountCodePointsForTest(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// The text of each block, in order.
std::vector<std::string> Texts(const testing::Normalized& n) {
  std::vector<std::string> texts;
  for (const Block& b : n.blocks) texts.push_back(b.text);
  return texts;
}

// One row per repair: input line, expected text, the rule recorded.
struct Case {
  const char* input;
  const char* expected;
  const char* rule;  // nullptr: nothing to repair
};

class NormalizeCaseTest : public ::testing::TestWithParam<Case> {};

TEST_P(NormalizeCaseTest, RepairsAndRecords) {
  const Case& c = GetParam();
  auto n = NormalizeText(c.input);
  ASSERT_EQ(n.blocks.size(), 1u);
  EXPECT_EQ(n.blocks[0].text, c.expected);
  EXPECT_EQ(n.blocks[0].original, c.input) << "the original text is kept";
  if (c.rule == nullptr) {
    EXPECT_TRUE(n.diagnostics.empty());
  } else {
    ASSERT_FALSE(n.diagnostics.empty());
    for (const Diagnostic& d : n.diagnostics) {
      EXPECT_EQ(d.rule, c.rule);
      EXPECT_EQ(d.severity, Severity::kInfo);
      EXPECT_FALSE(d.message.empty());
    }
  }
}

INSTANTIATE_TEST_SUITE_P(
    Repairs, NormalizeCaseTest,
    ::testing::Values(
        Case{"## 一、刘泳县长负责的工作", "一、刘泳县长负责的工作", rules::kMarkdownHeading},
        Case{"**二要加强协作配合。**各乡镇要密切配合", "二要加强协作配合。各乡镇要密切配合",
             rules::kMarkdownEmphasis},
        Case{"- 238.完成县中医院升级改造，正式开诊服务。", "238.完成县中医院升级改造，正式开诊服务。",
             rules::kMarkdownList},
        Case{"Ÿ\t新建改造供水管网120公里；", "新建改造供水管网120公里；", rules::kBulletGlyph},
        Case{"l\t压实工作责任。", "压实工作责任。", rules::kBulletGlyph}, Case{"lit\tup", "lit\tup", nullptr},
        // Gap 103: an article in a phone's app numbers its items with keycap emoji (1️⃣ … 🔟,
        // 1️⃣1️⃣).
        Case{"1️⃣全县地区生产总值增长6%左右。", "1.全县地区生产总值增长6%左右。",
             rules::kEmojiMark},
        Case{"🔟办好县政府十件民生实事。", "10.办好县政府十件民生实事。", rules::kEmojiMark},
        Case{"1️⃣2️⃣建成县全民健身中心。", "12.建成县全民健身中心。", rules::kEmojiMark},
        Case{"1⃣推进紧密型县域医共体建设。", "1.推进紧密型县域医共体建设。", rules::kEmojiMark},
        Case{"1️⃣", "1️⃣", nullptr}, Case{"10.5亿元", "10.5亿元", nullptr},
        // (The review) 🔟 alone, a run of three keycaps at most: 1️⃣🔟 and four keycaps number
        // nothing.
        Case{"1️⃣🔟推进甲。", "1️⃣🔟推进甲。", nullptr},
        Case{"🔟1️⃣推进乙。", "🔟1️⃣推进乙。", nullptr},
        Case{"1️⃣2️⃣3️⃣4️⃣推进丙。", "1️⃣2️⃣3️⃣4️⃣推进丙。", nullptr},
        // Round 36 (219): an online editor's task item, its box with its bullet.
        Case{"- [x] 3. 推进重点项目建设。", "3. 推进重点项目建设。", rules::kMarkdownList},
        Case{"- [ ] 2. 实施智改数转。", "2. 实施智改数转。", rules::kMarkdownList},
        Case{"---", "", rules::kMarkdownRule},
        // Round 141 (719): odt2txt underlines a heading with ====, and prints [-- Image: … --] where a
        // picture (the seal over the 落款) was.
        Case{"==========================", "", rules::kMarkdownRule},
        Case{"[-- Image: 图片 1 --]蘅江县人民政府办公室", "蘅江县人民政府办公室", rules::kImageMark},
        Case{"[IMG]县人民政府", "县人民政府", rules::kImageMark}, Case{"a == b", "a == b", nullptr},
        // Round 142 (722): pandoc's reStructuredText, its markup parted from Chinese by an escaped space.
        Case{"**一、压实工作责任。**\\ 各责任县领导要加强调度。",
             "一、压实工作责任。各责任县领导要加强调度。", rules::kMarkdownEmphasis},
        Case{"由\\ **县发改局**\\ 牵头", "由县发改局牵头", rules::kMarkdownEmphasis},
        // (The review's: two strong spans joined by one escaped space; a Markdown image's or link's text
        // stays.)
        Case{"由\\ **县发改局**\\ **牵头**\\ ，", "由县发改局牵头，", rules::kMarkdownEmphasis},
        Case{"![image](media/image1.png)", "![image](media/image1.png)", nullptr},
        Case{"[image]: media/image1.png", "[image]: media/image1.png", nullptr},
        Case{"[-- Image: 未闭合", "[-- Image: 未闭合", nullptr},
        Case{"（牵头单位：市发展改革委；责任单位：市重点项目服务中心)",
             "（牵头单位：市发展改革委；责任单位：市重点项目服务中心）", rules::kFullwidthPunct},
        Case{"责任单位：各县(市、区）人民政府", "责任单位：各县（市、区）人民政府", rules::kFullwidthPunct},
        Case{"（牵头单位：市农业农村局;", "（牵头单位：市农业农村局；", rules::kFullwidthPunct},
        Case{"— 3 —", "", rules::kPageNumber}, Case{"- 12 -", "", rules::kPageNumber},
        Case{"(七)县促进外来投资服务中心", "（七）县促进外来投资服务中心", rules::kFullwidthPunct},
        Case{"(主要协同配合单位:县自然资源局)", "（主要协同配合单位：县自然资源局）", rules::kFullwidthPunct},
        Case{"２０２３年达到ＡＢ级", "2023年达到AB级", rules::kAsciiAlnum},
        Case{"确保全年工业投资增长 19%以上", "确保全年工业投资增长19%以上", rules::kCjkSpace},
        Case{"古县人民政府办公室 关于印发", "古县人民政府办公室关于印发", rules::kCjkSpace},
        Case{"会议定于10:30开始。", "会议定于10:30开始。", nullptr},
        // Round 25 (158): in a label line's value, a space after a unit's, a village's or a bracket's end
        // parts two names; in running text it goes.
        Case{"责任站所：镇财政所 楠塘供电所 茶山村 古渡社区", "责任站所：镇财政所 楠塘供电所 茶山村 古渡社区",
             nullptr},
        Case{"责任人：杨丽（组织委员） 李建国（副镇长）", "责任人：杨丽（组织委员） 李建国（副镇长）",
             nullptr},
        Case{"目标：建成镇财政所 新办公楼", "目标：建成镇财政所新办公楼", rules::kCjkSpace},
        // (The review's: a stray space inside a name, the rest of it after the space, goes.)
        Case{"牵头单位：经开区 管委会", "牵头单位：经开区管委会", rules::kCjkSpace},
        Case{"牵头单位：县委办 政府办", "牵头单位：县委办 政府办", nullptr},
        Case{"配合单位：市公安局 交通警察支队", "配合单位：市公安局交通警察支队", rules::kCjkSpace},
        Case{"责任单位：各县（市、区） 人民政府", "责任单位：各县（市、区）人民政府", rules::kCjkSpace},
        // Round 29 (179): after a leaders' label a space parts two people's names; a title's and a
        // name's, or a name padded to a column's width, are one.
        Case{"责任领导：韩立东 梁正文", "责任领导：韩立东 梁正文", nullptr},
        Case{"（牵头县领导：欧阳明 张卫东；牵头单位：县发改局）",
             "（牵头县领导：欧阳明 张卫东；牵头单位：县发改局）", nullptr},
        Case{"责任领导：副县长 张卫东", "责任领导：副县长张卫东", rules::kCjkSpace},
        // (A two-character name padded to three, 王　磊, or 附　件: told apart from stray spaces.)
        Case{"责任领导：王　磊", "责任领导：王磊", rules::kPadSpace},
        Case{"附　件", "附件", rules::kPadSpace},
        Case{"责任领导：欧阳　磊", "责任领导：欧阳磊", rules::kCjkSpace},
        Case{"要求：韩立东 梁正文", "要求：韩立东梁正文", rules::kCjkSpace},
        Case{"古政办发〔2023〕11号", "古政办发〔2023〕11号", nullptr},
        // Round 48 (292): a label of units or leaders set apart from its value by a space or a bar takes
        // its colon; not a label of something else, nor a line of labels only (a header's).
        Case{"牵头单位　县发展和改革局", "牵头单位：县发展和改革局", rules::kLabelColon},
        Case{"责任领导 | 周启航", "责任领导：周启航", rules::kLabelColon},
        Case{"完成时限　2024年6月底", "完成时限2024年6月底", rules::kCjkSpace},
        Case{"牵头单位　配合单位　完成时限", "牵头单位配合单位完成时限", rules::kCjkSpace},
        Case{"Tom and Jerry", "Tom and Jerry", nullptr},
        Case{"（此件公开发布）", "（此件公开发布）", nullptr}));

// A repair inside a table cell whose text is not the original's bytes (a <br> read as a line end, an HTML
// cell's tags dropped) reports the span of what it changed, and --fix changes that: the offsets went
// astray by what the reader took out, and a fix cut a character in two (found by fuzz_replay_validate on
// round 47's notice 285).
TEST(NormalizeTest, ARepairInACellWithALineBreakTagReportsItsOwnSpan) {
  // (The review's: a reference the reader decoded, &nbsp; or &lt;, maps to itself, not to a later space or
  // tag.)
  {
    const std::string row =
        "<table><tr><td>1</td><td><b>推进</b>&nbsp;县政府<br/>重点 项目</td><td>优化&lt;审批&gt; "
        "提升</td></tr></table>";
    auto n = NormalizeText("附件\n" + row + "\n");
    std::vector<std::string> spans;
    for (const Diagnostic& d : n.diagnostics)
      if (d.rule == rules::kCjkSpace)
        spans.push_back(std::string(n.source.text().substr(d.span.offset, d.span.length)));
    EXPECT_EQ(spans, (std::vector<std::string>{"&nbsp;", " "}));
  }
  // (A number alone under a label is no value of it: a table's cells a line, 配合单位 ⏎ 1.)
  EXPECT_EQ(Texts(NormalizeText("附件\n配合单位\n1\n")), (std::vector<std::string>{"附件", "配合单位", "1"}));
  for (const std::string& row :
       {std::string("| 1 | **牵头：**区财政局<br>**配合：**区发展改革委,区统计局 |"),
        std::string(
            "<table><tr><td>1</td><td><span>区财政局</span><br/>区发展改革委,区统计局</td></tr></table>")}) {
    auto n = NormalizeText("附件\n" + row + "\n");
    const auto comma = std::find_if(n.diagnostics.begin(), n.diagnostics.end(),
                                    [](const Diagnostic& d) { return d.rule == rules::kFullwidthPunct; });
    ASSERT_NE(comma, n.diagnostics.end()) << row;
    EXPECT_EQ(comma->span.offset, n.source.text().find(',')) << row;
    EXPECT_EQ(comma->span.length, 1u) << row;
  }
}

// Round 49 (294): a label alone over its value and over more names one a line (a definition list's <dt>
// over its <dd> and the <li>s in it) is one labelled line; a line of a sentence after it is its own.
TEST(NormalizeTest, ALabelAloneOverItsValuesIsOneLine) {
  auto n = NormalizeText(
      "附件\n牵头单位\n县发展和改革局\n配合单位\n县统计局\n县财政局\n完成时限\n2024年12月底\n"
      "配合单位：\n各乡镇\n要加强统筹调度，确保按期完成。\n");
  EXPECT_EQ(Texts(n), (std::vector<std::string>{"附件", "牵头单位：县发展和改革局",
                                                "配合单位：县统计局、县财政局", "完成时限：2024年12月底",
                                                "配合单位：各乡镇", "要加强统筹调度，确保按期完成。"}));
  int colons = 0, joins = 0;
  for (const auto& d : n.diagnostics) {
    colons += std::string_view(d.rule) == rules::kLabelColon;
    joins += std::string_view(d.rule) == rules::kListJoin;
  }
  EXPECT_EQ(colons, 3);
  EXPECT_EQ(joins, 1);
}

// The second metamorphic probe: a units' label line cut inside a name goes on below even where the list's
// end closes the clause (县住房和城乡建 ⏎ 设局、县自然资源局。), and a division's name goes on below
// (各乡镇 ⏎ 人民政府); a sentence below a complete list is its own.
TEST(NormalizeTest, AUnitsLineCutInsideANameGoesOn) {
  auto n = NormalizeText(
      "1．新建中小学7所。\n责任单位：县教育局、县财政局、县住房和城乡建\n设局、县自然资源局。\n"
      "2．新建幼儿园3所。\n责任单位：县教育局、县财政局、各乡镇\n人民政府\n3．改造校舍。\n责任单位：县教育局"
      "\n"
      "要加强统筹调度。\n");
  EXPECT_EQ(Texts(n),
            (std::vector<std::string>{"1．新建中小学7所。",
                                      "责任单位：县教育局、县财政局、县住房和城乡建设局、县自然资源局。",
                                      "2．新建幼儿园3所。", "责任单位：县教育局、县财政局、各乡镇人民政府",
                                      "3．改造校舍。", "责任单位：县教育局", "要加强统筹调度。"}));
}

// Metamorphic probe: a space parts units in a label's value where a name ends in no organisation's
// character (柳川海关, 青岚机场) and inside a clause in black brackets; a space inside running text still
// goes.
TEST(NormalizeTest, ASpacePartsUnitsThatEndInAWordOfTheirOwn) {
  auto n = NormalizeText(
      "责任单位：市商务局 柳川海关 市税务局\n1.创建景区。【牵头单位：县文旅局；配合单位：县交通运输局 "
      "青云山景区管委会】\n"
      "加快 青岚机场 改扩建\n");
  EXPECT_EQ(Texts(n), (std::vector<std::string>{
                          "责任单位：市商务局 柳川海关 市税务局",
                          "1.创建景区。【牵头单位：县文旅局；配合单位：县交通运输局 青云山景区管委会】",
                          "加快青岚机场改扩建"}));
  // (After such a name, only before one that opens with its level: 青岚机场 建设指挥部 is one body's.)
  n = NormalizeText("牵头单位：青岚机场 建设指挥部\n配合单位：柳川海关 缉私分局\n");
  EXPECT_EQ(Texts(n),
            (std::vector<std::string>{"牵头单位：青岚机场建设指挥部", "配合单位：柳川海关缉私分局"}));
}

// Round 89 (461): a leaders' line whose persons go on one a line below it (titled, or with titles parted by
// 、 before one name) is one line, parted by 、; a line that is no person ends them.
TEST(NormalizeTest, ALeadersLinesPersonsBelowItJoinIt) {
  auto n = NormalizeText(
      "副部长：市住房城乡建设局局长韩志刚\n市体育局副局长冯立新\n市公安局副局长、交通警察支队支队长袁俊峰\n"
      "牵头单位：市住房城乡建设局\n责任领导：张明\n负责场馆周边配套道路建设\n");
  EXPECT_EQ(Texts(n), (std::vector<std::string>{"副部长：市住房城乡建设局局长韩志刚、市体育局副局长冯立新、市"
                                                "公安局副局长、交通警察支队支队长袁俊峰",
                                                "牵头单位：市住房城乡建设局", "责任领导：张明",
                                                "负责场馆周边配套道路建设"}));
}

// Gap 446: a mind map exported as Markdown headings (XMind): a branch 牵头 or 配合 over its units, each a
// heading one level deeper, is one labelled line; a bare 牵头 that is no branch (a line of its own, or a
// heading over one no deeper) is left as it is, and a deeper heading that names no unit ends the values.
TEST(NormalizeTest, AMindMapsBranchOverItsUnitsIsOneLine) {
  auto n = NormalizeText(
      "### 1.推进度假区创建\n\n#### 牵头\n\n##### 产业发展股\n\n#### 配合\n\n##### 规划财务股\n\n"
      "##### 县旅游发展中心\n\n##### 要加强统筹调度，确保按期完成\n\n#### 牵头\n\n#### "
      "县文化馆\n\n牵头\n\n人事股\n");
  EXPECT_EQ(Texts(n), (std::vector<std::string>{
                          "1.推进度假区创建", "牵头：产业发展股", "配合：规划财务股、县旅游发展中心",
                          "要加强统筹调度，确保按期完成", "牵头", "县文化馆", "牵头", "人事股"}));
}

// Round 48 (292): a phone article's cards, each numbered by a round badge on a line of its own (01, 02 …
// 10): counted from 01, each badge the next, they number the line after them; a lone number that breaks
// the count stays as it is.
TEST(NormalizeTest, CardBadgesCountedFromOneNumberTheirLines) {
  std::string text = "附件\n";
  for (int k = 1; k <= 10; ++k)
    text += (k < 10 ? "0" : "") + std::to_string(k) + "\n推进第" + std::to_string(k) + "项工作\n";
  auto n = NormalizeText(text + "12\n说明\n");
  const std::vector<std::string> texts = Texts(n);
  ASSERT_GE(texts.size(), 13u);
  EXPECT_EQ(texts[1], "1.推进第1项工作");
  EXPECT_EQ(texts[10], "10.推进第10项工作");
  EXPECT_EQ(texts[11], "12");
  EXPECT_TRUE(std::any_of(n.diagnostics.begin(), n.diagnostics.end(),
                          [](const Diagnostic& d) { return d.rule == rules::kEmojiMark; }));
  auto lone = NormalizeText("附件\n03\n推进工作\n");
  EXPECT_EQ(Texts(lone)[1], "03");
}

// Round 29 (179): a leaders' cell of two names parted by a space is two leaders; a name padded to the
// column's width (王　磊) and a title before a name (董事长　周振华) are one.
TEST(NormalizeTest, ASpaceBetweenTwoNamesInACellPartsThem) {
  Result<Document> doc = ExtractBytes(
      "| 序号 | 重点工作 | 责任领导 | 牵头单位 |\n|---|---|---|---|\n"
      "| 1 | 推进项目建设。 | 韩立东 梁正文 | 省发展改革委 |\n| 2 | 推进园区建设。 | 王　磊 | 省商务厅 |\n"
      "| 3 | 推进口岸建设。 | 董事长　周振华 | 省商务厅 |\n"
      "| 4 | 维护 金融 安全 稳定 | 王磊 | 省金融办 |\n",  // (the review's: words, not names)
      "cells.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_EQ(doc->tasks[3].text, "维护金融安全稳定");
  const auto names = [](const Task& t) {
    std::vector<std::string> out;
    for (const Leader& l : t.leaders) out.push_back(l.name);
    return out;
  };
  EXPECT_EQ(names(doc->tasks[0]), (std::vector<std::string>{"韩立东", "梁正文"}));
  EXPECT_EQ(names(doc->tasks[1]), (std::vector<std::string>{"王磊"}));
  EXPECT_EQ(names(doc->tasks[2]), (std::vector<std::string>{"周振华"}));
  // The label is the nearest before the names (a time's colon before it is none).
  doc = ExtractBytes("1.每日17:00前报送进度。（责任单位：县住建局；责任领导：王磊 李强）\n", "time.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 1u);
  EXPECT_EQ(names(doc->tasks[0]), (std::vector<std::string>{"王磊", "李强"}));
}

// Round 24 (150): a clause in square brackets cut after a 、 goes on in the next line.
TEST(NormalizeTest, ASquareBracketLeftOpenGoesOnInTheNextLine) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n（十六）新建改扩建中小学校、幼儿园20所，新增学位1."
      "5万个。［牵头单位：市教育局；配合单位：市发展改革委、"
      "市财政局、\n市自然资源和规划局］\n",
      "square.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 1u);
  EXPECT_EQ(doc->tasks[0].cooperating_units,
            (std::vector<std::string>{"市发展改革委", "市财政局", "市自然资源和规划局"}));
}

TEST(NormalizeTest, RepairSpansPointIntoTheOriginalFile) {
  auto n = NormalizeText("第一行\n(七) 县财政局牵头负责的工作\n");
  ASSERT_EQ(n.blocks.size(), 2u);
  EXPECT_EQ(n.blocks[1].text, "（七）县财政局牵头负责的工作");
  ASSERT_EQ(n.diagnostics.size(), 3u);
  // '(' at line 2 column 1, ')' at column 3, the space at column 4.
  const size_t line2 = std::string("第一行\n").size();
  EXPECT_EQ(n.diagnostics[0].span.line, 2u);
  EXPECT_EQ(n.diagnostics[0].span.column, 1u);
  EXPECT_EQ(n.diagnostics[0].span.offset, line2);
  EXPECT_EQ(n.diagnostics[0].span.length, 1u);
  EXPECT_EQ(n.diagnostics[1].span.column, 3u);
  EXPECT_EQ(n.diagnostics[2].rule, rules::kCjkSpace);
  EXPECT_EQ(n.diagnostics[2].span.column, 4u);
}

// Every code point IsSpace takes is found between Chinese characters and removed; a look-alike
// (U+200C, a joiner) and the lead bytes of Chinese punctuation are not spaces.
TEST(NormalizeTest, EverySpaceKindIsRemovedBetweenChineseCharacters) {
  for (const char* space : {" ", "\t", "\u00A0", "\u2000", "\u2005", "\u200B", "\u202F", "\u205F", "\u3000",
                            "\uFEFF", " \u3000 "}) {
    auto n = NormalizeText(std::string("各乡镇") + space + "各部门");
    ASSERT_EQ(n.blocks.size(), 1u);
    EXPECT_EQ(n.blocks[0].text, "各乡镇各部门") << space;
    ASSERT_EQ(n.diagnostics.size(), 1u) << space;
    EXPECT_EQ(n.diagnostics[0].rule, rules::kCjkSpace);
    EXPECT_EQ(n.diagnostics[0].message, "删除中文与数字或中文之间的空格“镇␣各”");
    EXPECT_EQ(n.diagnostics[0].span.offset, std::string("各乡镇").size());
    EXPECT_EQ(n.diagnostics[0].span.length, std::string(space).size());
  }
  for (const char* other : {"\u200C", "\u2010", "。", "，", "\u3001"}) {
    auto n = NormalizeText(std::string("各乡镇") + other + "各部门");
    EXPECT_TRUE(n.diagnostics.empty()) << other;
  }
}

// Many repairs on one long line, by several passes: each span is where its text stands in the
// file, its column counted in characters from the line start.
TEST(NormalizeTest, ManyRepairsOnOneLongLineHaveTheirOwnSpans) {
  std::string line;
  for (int i = 0; i < 60; ++i) line += "**各乡镇 各部门**要(密切)配合:抓好落实,确保完成；";
  const std::string head = "第一行\r\n";
  auto n = NormalizeText(head + line + "\r\n末行\r\n");
  ASSERT_EQ(n.blocks.size(), 3u);
  EXPECT_EQ(n.blocks[1].original, line);
  ASSERT_EQ(n.diagnostics.size(), 60u * 7u);
  for (const Diagnostic& d : n.diagnostics) {
    ASSERT_GE(d.span.offset, head.size());
    const size_t at = d.span.offset - head.size();
    EXPECT_EQ(d.span.line, 2u);
    EXPECT_EQ(d.span.column, CountCodePointsForTest(line.substr(0, at)) + 1) << d.message;
    ASSERT_EQ(d.fix.size(), 1u);
    EXPECT_EQ(d.fix[0].span.offset, d.span.offset);
  }
  size_t stars = 0, spaces = 0, punct = 0;
  for (const Diagnostic& d : n.diagnostics) {
    stars += d.rule == rules::kMarkdownEmphasis;
    spaces += d.rule == rules::kCjkSpace;
    punct += d.rule == rules::kFullwidthPunct;
    const std::string_view original =
        std::string_view(line).substr(d.span.offset - head.size(), d.span.length);
    if (d.rule == rules::kMarkdownEmphasis) {
      EXPECT_EQ(original, "**");
    } else if (d.rule == rules::kCjkSpace) {
      EXPECT_EQ(original, " ");
    }
  }
  EXPECT_EQ(stars, 120u);
  EXPECT_EQ(spaces, 60u);
  EXPECT_EQ(punct, 60u * 4u);
}

TEST(NormalizeTest, ParagraphCutByAPageBreakIsJoined) {
  const std::string text =
      "4.坚持脚踏实地、埋头苦干。努力成为行动派、实干家，以实干实绩推动高质\n\n— 3 —\n\n量发展全面提质提速。\n\n5.坚持抓落实。\n";
  auto n = NormalizeText(text);
  ASSERT_EQ(n.blocks.size(), 3u);
  EXPECT_EQ(n.blocks[0].text, "4.坚持脚踏实地、埋头苦干。努力成为行动派、实干家，以实干实绩推动高质量发展全面提质提速。");
  // The joined block covers both halves in the original, page number included.
  EXPECT_EQ(n.blocks[0].original, text.substr(0, text.find("\n\n5.")));
  EXPECT_EQ(n.blocks[0].span.line, 1u);
  EXPECT_EQ(n.blocks[1].text, "") << "the page number stays as an emptied block";
  EXPECT_EQ(n.blocks[2].text, "5.坚持抓落实。");
  int joins = 0;
  for (const Diagnostic& d : n.diagnostics)
    if (d.rule == rules::kPageJoin) {
      ++joins;
      EXPECT_EQ(d.span.line, 1u);
    }
  EXPECT_EQ(joins, 1);
}

// A PDF viewer's copy (round 82, 430): lines of 28 characters, a paragraph's first line 26 (its indent
// dropped), so the width is found though a third of the cut lines are first lines. A line full to its
// width that a short bracket inside the sentence ends (…列第一位的处室（单位）) goes on below; one not
// full, or ending with a clause's bracket, does not.
TEST(NormalizeTest, AFullLineEndingWithANamesBracketGoesOnInAPdfCopy) {
  const std::string text =
      "为贯彻落实全省经济工作会议和全国商务工作会议的精神，\n"
      "扎实做好全省商务工作，经厅党组会议研究，现将工作要点任务\n"
      "分工印发给你们，请结合实际抓好落实。有关要求通知如下：\n"
      "一、明确工作责任。各项任务中，列第一位的处室（单位）\n"
      "为牵头处室（单位），其他为配合处室（单位）。牵头处室（单\n"
      "位）要制定具体推进措施，配合处室（单位）要主动对接、密切\n"
      "配合，形成工作合力。每项任务明确责任厅领导，负责统筹协调\n"
      "和督促推动。\n"
      "二、加强督促检查。厅办公室负责对各项任务落实情况进行\n"
      "跟踪督办，各牵头处室于每季度末月二十五日前将推进情况报综\n"
      "合处，年底前报送全年完成情况，确保各项目标任务落到实处见\n"
      "到实效。\n"
      "三、各设区市商务主管部门要对照工作要点，结合本地实际\n"
      "研究制定年度工作计划，确保全省商务工作各项目标任务落到实\n"
      "处。\n"
      "四、各设区市要对照工作要点研究制定年度计划（试行）\n"
      "各地要结合本地实际抓好落实。\n"
      "五、开展资金绩效评价和内部审计，规范预算执行。（财务处）\n"
      "各处室要对照任务分工抓好落实。\n"
      "六、各处室要对照工作要点制定年度计划，加快推进（财务处）\n"
      "各处室要对照任务分工抓好落实。\n";
  auto n = NormalizeText(text);
  ASSERT_GE(n.blocks.size(), 3u);
  EXPECT_EQ(
      n.blocks[1].text,
      "一、明确工作责任。各项任务中，列第一位的处室（单位）为牵头处室（单位），其他为配合处室（单位）。牵头"
      "处室（单位）要制定具体推进措施，配合处室（单位）要主动对接、密切配合，形成工作合力。每项任务明确"
      "责任厅领导，负责统筹协调和督促推动。");
  // A numbered line as full as a first line, a comma inside it, goes on with the full line under it: a
  // paragraph, no heading (a paragraph's first line is never full).
  EXPECT_EQ(n.blocks[n.blocks.size() - 7].text,
            "三、各设区市商务主管部门要对照工作要点，结合本地实际研究制定年度工作计划，确保全省商务工作各项目"
            "标任务落到实处。");
  // (Not full to the width: the bracket ends its line.)
  EXPECT_EQ(n.blocks[n.blocks.size() - 5].text, "各地要结合本地实际抓好落实。");
  // (Nor a bracket after a stop, nor one naming a unit (found by review): an item's units end it.)
  EXPECT_EQ(n.blocks[n.blocks.size() - 3].text, "各处室要对照任务分工抓好落实。");
  EXPECT_EQ(n.blocks.back().text, "各处室要对照任务分工抓好落实。");
}

// A gazette's pages (round 86, 445): its head in two lines under each page's number (澜溪县人民政府公报 ⏎
// 2024年第2期), which a clause cut by the page runs across. Both lines are a page's head, emptied and
// recorded; the name cut by the page is whole. A Markdown rule (---) is no page's number, and a table's
// header repeated under 续表 no page's head.
TEST(NormalizeTest, AGazettesTwoLineHeadIsAPagesHead) {
  std::string text;
  for (int page = 1; page <= 4; ++page) {
    text += std::to_string(page) + ".推进重点项目建设。（责任县领导：田守诚；牵头单位：县农业农村\n";
    text += "— " + std::to_string(page + 8) + " —\n澜溪县人民政府公报\n2024年第2期\n局）\n";
    // (A page's tail line repeated as it stands: a bracket's close, no head's.)
  }
  auto n = NormalizeText(text);
  size_t heads = 0;
  for (const Diagnostic& d : n.diagnostics) heads += d.rule == std::string_view(rules::kPageHead);
  EXPECT_EQ(heads, 8u);
  ASSERT_FALSE(n.blocks.empty());
  EXPECT_EQ(n.blocks[0].text, "1.推进重点项目建设。（责任县领导：田守诚；牵头单位：县农业农村局）");
  std::string md;
  for (int page = 1; page <= 4; ++page)
    md += "| 序号 | 重点任务 | 牵头单位 |\n|---|---|---|\n| " + std::to_string(page) +
          " | 推进建设。 | 县财政局 |\n\n---\n\n续表\n\n";
  for (const Diagnostic& d : NormalizeText(md).diagnostics)
    EXPECT_NE(d.rule, std::string_view(rules::kPageHead)) << d.message;
  // Nor an item's units on a line of their own, however often a page ends with them (found by review).
  std::string units;
  for (int page = 1; page <= 4; ++page)
    units += std::to_string(page) + ".推进第" + std::to_string(page) +
             "项重点工作。\n（县发展和改革局）\n— " + std::to_string(page) + " —\n\f\n";
  for (const Diagnostic& d : NormalizeText(units).diagnostics)
    EXPECT_NE(d.rule, std::string_view(rules::kPageHead)) << d.message;
}

// A forwarded mail (round 15, 98): every line of the notice quoted with “> ” and wrapped at the mail's
// width; the marks go (recorded, the original kept), a line of “>” alone is an emptied block, and the
// lines of a paragraph join, across a line that a bracket inside the clause closes (各县（市、区）⏎人民
// 政府）). Three quoted lines at least: a line opening with “>” once is text.
TEST(NormalizeTest, QuoteMarksOfAForwardedMailGoAndItsWrappedLinesJoin) {
  auto n = NormalizeText(
      "转发如下。\n> 各单位：\n>\n> "
      "7.开展招大引强攻坚行动，新签约项目25个。（责任市领导：梁永康；配合单位：各县（市、区）\n"
      "> 人民政府）\n>> 8.新建学校。\n");
  ASSERT_EQ(n.blocks.size(), 5u);
  EXPECT_EQ(n.blocks[1].text, "各单位：");
  EXPECT_EQ(n.blocks[1].original, "> 各单位：");
  EXPECT_EQ(n.blocks[2].text, "");
  EXPECT_EQ(
      n.blocks[3].text,
      "7.开展招大引强攻坚行动，新签约项目25个。（责任市领导：梁永康；配合单位：各县（市、区）人民政府）");
  EXPECT_EQ(n.blocks[4].text, "8.新建学校。");
  int marks = 0;
  for (const Diagnostic& d : n.diagnostics) marks += d.rule == std::string_view(rules::kQuoteMark);
  EXPECT_EQ(marks, 5);
  EXPECT_EQ(NormalizeText("> 90%的乡镇完成。\n其余乡镇年底前完成。\n").blocks[0].text, "> 90%的乡镇完成。");
}

// A mail client wraps a clause line wherever its width ends (round 42, 256): before a 、 (…、B⏎、C) or inside
// a unit's name (…市公安局云塘分⏎局); the line goes on. A leader's line ends with a name, not a cut unit.
TEST(NormalizeTest, AClauseLineWrappedBeforeItsCommaOrInsideAUnitsNameGoesOn) {
  auto n = NormalizeText(
      "配合单位：区住房和城乡建设局、市自然资源和规划局云塘分局、区政务服务中心\n、各街道办事处、各镇人民政府"
      "\n"
      "配合单位：区住房和城乡建设局、市自然资源和规划局云塘分局、市公安局云塘分\n局\n"
      "配合单位：区住房和城乡建设局、区城市管理局、市公安局云塘分局、区市场监督\n管理局、各街道办事处\n"
      "责任领导：常务副区长周立群同志\n区财政局\n");
  ASSERT_EQ(n.blocks.size(), 5u);
  EXPECT_EQ(
      n.blocks[0].text,
      "配合单位：区住房和城乡建设局、市自然资源和规划局云塘分局、区政务服务中心、各街道办事处、各镇人民政府");
  EXPECT_TRUE(n.blocks[1].text.ends_with("市公安局云塘分局"));
  EXPECT_TRUE(n.blocks[2].text.ends_with("区市场监督管理局、各街道办事处"));
  EXPECT_EQ(n.blocks[4].text, "区财政局");
}

// A clause's bracket on a line of its own, cut after its label or after a 、 (a break typed in it, the second
// probe's variants of 107 to 416: 0.000 to 0.97), goes on below however short; a numbered line below does
// not.
TEST(NormalizeTest, AClauseBracketCutAfterItsLabelOrCommaGoesOn) {
  EXPECT_EQ(
      Texts(NormalizeText("1．新建中小学7所。\n（牵头单位：\n县教育局；配合单位：县财政局）\n"
                          "2．加强教师队伍建设。\n（责任领导：陈曦、\n唐永胜；牵头单位：县教育局）\n")),
      (std::vector<std::string>{"1．新建中小学7所。", "（牵头单位：县教育局；配合单位：县财政局）",
                                "2．加强教师队伍建设。", "（责任领导：陈曦、唐永胜；牵头单位：县教育局）"}));
  EXPECT_EQ(Texts(NormalizeText("（牵头单位：\n2．加强教师队伍建设。\n")),
            (std::vector<std::string>{"（牵头单位：", "2．加强教师队伍建设。"}));
  // (Nor a bracket that is no clause: （二）, （注：.)
  EXPECT_EQ(Texts(NormalizeText("（附件：\n重点任务清单）\n")).size(), 2u);
}

// The second probe's rarer wraps: a decimal cut at its point inside an open bracket (（PM2. ⏎ 5）…) goes on,
// its digits and the bracket's close no item's number; a sub-item's number at a line's end after a stop
// (；（2） ⏎ …) goes on; a number after no stop (详见附件（2）) does not draw the next line in.
TEST(NormalizeTest, ADecimalOrASubItemsNumberCutAtALinesEndGoesOn) {
  EXPECT_EQ(Texts(NormalizeText("1．深入打好蓝天保卫战，细颗粒物（PM2.\n5）平均浓度控制在28微克以内。\n")),
            (std::vector<std::string>{"1．深入打好蓝天保卫战，细颗粒物（PM2.5）平均浓度控制在28微克以内。"}));
  EXPECT_EQ(Texts(NormalizeText("（1）完成县城第三小学建设；（2）\n全县差异系数控制在0.50以内。\n")),
            (std::vector<std::string>{"（1）完成县城第三小学建设；（2）全县差异系数控制在0.50以内。"}));
  EXPECT_EQ(Texts(NormalizeText("三、有关要求详见附件（2）\n重点任务清单\n")).size(), 2u);
}

// A PDF's copy at 28 characters a line (GB/T 9704's page): a label line full to the width goes on, its list
// cut inside a name, before a bracket of the name, or inside the next label (配 ⏎ 合单位：); a label line
// short of it, or one over a label of its own, ends where it ends.
TEST(NormalizeTest, ALabelLineFullToAWrappedTextsWidthGoesOn) {
  const std::string body =
      "推进义务教育优质均衡发展，新建改扩建中小学校七所，新增学位三千个，"
      "全面改善农村学校办学条件，持续提升城乡教育均衡发展水平，";
  std::string text;
  for (int k = 1; k <= 9; ++k) {  // nine numbered paragraphs, each cut at 28 characters
    std::string para = std::to_string(k) + "．" + body + body + "确保如期完成。";
    size_t i = 0;
    while (i < para.size()) {
      const std::string_view line = internal::PrefixCodePoints(std::string_view(para).substr(i), 28);
      text += std::string(line) + "\n";
      i += line.size();
    }
  }
  text +=
      "责任领导：刘志远　牵头单位：县发展和改革局、县工业和信息\n化局、县商务局　配合单位：县统计局\n"
      "责任领导：刘志远　牵头单位：县发展和改革局、县财政局　配\n合单位：县自然资源局、县住建局\n"
      "责任领导：李卫东　责任单位：县统计局、县财政局、县发改局\n（牵头）、各乡镇\n"
      "责任领导：刘志远　牵头单位：县商务局　配合单位：县财政局\n完成时限：2025年12月底\n"
      "责任领导：刘志远　牵头单位：县商务局\n推进农贸市场改造提升。\n";
  // (The review: a label line full to the width that ends with a whole name is not joined to a paragraph
  // or a signature below it; a name's short tail is.)
  for (const char* after : {"各乡镇、各部门要高度重视，切实加强组织领导。", "青岚县人民政府办公室"}) {
    const auto kept = Texts(
        NormalizeText(text + "牵头单位：县城市管理局　配合单位：县财政局、县生态环境局\n" + after + "\n"));
    ASSERT_GE(kept.size(), 2u);
    EXPECT_EQ(kept.back(), after);
  }
  EXPECT_EQ(
      Texts(NormalizeText(text + "牵头单位：县司法局　配合单位：县财政局、审计局、区直各行\n政执法部门\n"))
          .back(),
      "牵头单位：县司法局　配合单位：县财政局、审计局、区直各行政执法部门");
  // (The second review: a name cut after a whole name's end goes on.)
  EXPECT_EQ(Texts(NormalizeText(text +
                                "牵头单位：县商务局　配合单位：县财政局、县水利局、县公安局\n交通管理大队\n"))
                .back(),
            "牵头单位：县商务局　配合单位：县财政局、县水利局、县公安局交通管理大队");
  const auto texts = Texts(NormalizeText(text));
  ASSERT_GE(texts.size(), 7u);
  const std::vector<std::string> tail(texts.end() - 7, texts.end());
  // (The space after a name, or after a unit's name on a line with no label before it, is a repair's.)
  EXPECT_EQ(tail,
            (std::vector<std::string>{
                "责任领导：刘志远牵头单位：县发展和改革局、县工业和信息化局、县商务局配合单位：县统计局",
                "责任领导：刘志远牵头单位：县发展和改革局、县财政局　配合单位：县自然资源局、县住建局",
                "责任领导：李卫东责任单位：县统计局、县财政局、县发改局（牵头）、各乡镇",
                "责任领导：刘志远牵头单位：县商务局　配合单位：县财政局", "完成时限：2025年12月底",
                "责任领导：刘志远牵头单位：县商务局", "推进农贸市场改造提升。"}));
}

// Round 92 (473): pandas' NaN in a Markdown table's cell is an empty cell, recorded; a NaN inside a text
// stays.
TEST(NormalizeTest, APandasEmptyMarkInACellIsEmpty) {
  auto n = NormalizeText(
      "| 序号 | 工作任务 | 牵头单位 |\n| --- | --- | --- |\n| 1 | NaN | nan |\n| 2 | 值为NaN | 县教育局 |\n");
  std::vector<const Block*> rows;
  for (const Block& b : n.blocks)
    if (b.kind == BlockKind::kTableRow && !b.cells.empty()) rows.push_back(&b);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1]->cells, (std::vector<std::string>{"1", "", ""}));
  EXPECT_EQ(rows[2]->cells, (std::vector<std::string>{"2", "值为NaN", "县教育局"}));
  int marks = 0;
  for (const Diagnostic& d : n.diagnostics) marks += d.rule == std::string_view(rules::kEmptyMark);
  EXPECT_EQ(marks, 2);
}

// A table in a forwarded mail: its rows quoted like its lines (> | 1 | … |) are rows all the same, their
// cells without the marks, the marks recorded where they stand.
TEST(NormalizeTest, RowsOfATableInAForwardedMailAreRows) {
  auto n = NormalizeText(
      "> 各单位：\n> 现将任务印发给你们。\n>\n> | 序号 | 任务 | 牵头单位 |\n> |---|---|---|\n"
      "> | 1 | 新建学校3所。 | 县教育局 |\n>> | 2 | 改造道路。 | 县交通局 |\n");
  std::vector<const Block*> rows;
  for (const Block& b : n.blocks)
    if (b.kind == BlockKind::kTableRow && !b.cells.empty()) rows.push_back(&b);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1]->cells, (std::vector<std::string>{"1", "新建学校3所。", "县教育局"}));
  EXPECT_EQ(rows[2]->cells, (std::vector<std::string>{"2", "改造道路。", "县交通局"}));
  EXPECT_EQ(rows[2]->original, ">> | 2 | 改造道路。 | 县交通局 |");
  std::vector<uint32_t> lines;
  for (const Diagnostic& d : n.diagnostics)
    if (d.rule == std::string_view(rules::kQuoteMark) && d.span.line >= 4) lines.push_back(d.span.line);
  EXPECT_EQ(lines, (std::vector<uint32_t>{4, 5, 6, 7}));  // the header, the separator and both rows
}

// Round 17 (106): a ditto cell (同上, 〃, 同前, a ditto quote) takes its column's value in the row above, a
// run of them the first value; not across a paragraph, nor from a row of another width; recorded.
TEST(NormalizeTest, DittoCellsTakeTheValueAbove) {
  auto n = NormalizeText(
      "| 序号 | 工作任务 | 牵头单位 | 责任领导 |\n|---|---|---|---|\n| 1 | 新建学校。 | 县教育局 | 张三 |\n"
      "| 2 | 改造校舍。 | 同上 | 〃 |\n| 3 | 建设操场。 | \" | 同前 |\n二、民生实事\n| 4 | 建设公园。 | 同上 "
      "| 李四 |\n");
  std::vector<std::vector<std::string>> rows;
  for (const Block& b : n.blocks)
    if (b.kind == BlockKind::kTableRow && !b.cells.empty()) rows.push_back(b.cells);
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[2], (std::vector<std::string>{"2", "改造校舍。", "县教育局", "张三"}));
  EXPECT_EQ(rows[3], (std::vector<std::string>{"3", "建设操场。", "县教育局", "张三"}));
  EXPECT_EQ(rows[4][2], "同上") << "a paragraph between: another table";
  int dittos = 0;
  for (const Diagnostic& d : n.diagnostics) dittos += d.rule == std::string_view(rules::kDitto);
  EXPECT_EQ(dittos, 4);
}

// Round 20 (125): items numbered inside a paragraph, each with its units, become blocks of their own, the
// separator off each one's text, the original kept and the split recorded; a paragraph opening with a number
// goes on inline, and one after it (在…方面，9.…) goes on from it. A note's points (注：1.…2.…) stay.
TEST(NormalizeTest, ItemsNumberedInsideAParagraphAreSplit) {
  auto n = NormalizeText(
      "具体分工如下：1.推进项目建设（县发改局负责）；2.扩大消费（县商务局牵头，县财政局配合）。\n"
      "3.管控扬尘（县住建局负责）；4.清扫道路（县城管局负责）。\n在面源污染管控方面，5."
      "禁烧秸秆（县农业农村局负责）。\n"
      "注：1.责任单位负责。2.配合单位配合。\n");
  const std::vector<std::string> texts = Texts(n);
  EXPECT_EQ(texts, (std::vector<std::string>{"具体分工如下：", "1.推进项目建设（县发改局负责）",
                                             "2.扩大消费（县商务局牵头，县财政局配合）。",
                                             "3.管控扬尘（县住建局负责）", "4.清扫道路（县城管局负责）。",
                                             "在面源污染管控方面", "5.禁烧秸秆（县农业农村局负责）。",
                                             "注：1.责任单位负责。2.配合单位配合。"}));
  EXPECT_EQ(n.blocks[1].original, "1.推进项目建设（县发改局负责）；");
  int splits = 0;
  for (const Diagnostic& d : n.diagnostics) splits += d.rule == std::string_view(rules::kInlineItems);
  EXPECT_EQ(splits, 3);
}

// Round 38 (231): a table printed two tasks to a row, its header the same columns twice: each row parted
// into rows of the header's columns, a text's in the order of its lines (the parts' originals cover the row
// in order), recorded once. A merged row's one text in every cell, or columns named alike, is no such header.
TEST(NormalizeTest, ATableOfTwoTasksARowIsParted) {
  const std::string text =
      "| 序号 | 工作任务 | 牵头单位 | 序号 | 工作任务 | 牵头单位 |\n|---|---|---|---|---|---|\n"
      "| 1 | 新建学校2所。 | 县教育局 | 3 | 改造校舍。 | 县住建局 |\n| 2 | 建设公园。 | 县城管局 |  |  |  "
      "|\n";
  auto n = NormalizeText(text);
  std::vector<std::vector<std::string>> rows;
  std::string covered;
  for (const Block& b : n.blocks) {
    covered += b.original;
    if (b.kind == BlockKind::kTableRow && !b.text.empty()) rows.push_back(b.cells);
  }
  using R = std::vector<std::string>;
  EXPECT_EQ(rows, (std::vector<R>{R{"序号", "工作任务", "牵头单位"}, R{"序号", "工作任务", "牵头单位"},
                                  R{"1", "新建学校2所。", "县教育局"}, R{"3", "改造校舍。", "县住建局"},
                                  R{"2", "建设公园。", "县城管局"}, R{"", "", ""}}));
  std::string lines = text;
  std::erase(lines, '\n');
  std::erase(covered, '\n');
  EXPECT_EQ(covered, lines);
  int parted = 0;
  for (const Diagnostic& d : n.diagnostics) parted += d.rule == std::string_view(rules::kSideBySide);
  EXPECT_EQ(parted, 1);
  // (A review, round 74) a marked piece keeps its mark, red or underlined, in the part it goes to.
  {
    Source source = testing::MustDecode(text);
    Blocks blocks = ReadTextBlocks(source);
    for (Block& b : blocks)
      if (b.kind == BlockKind::kTableRow && b.text.find("县教育局") != std::string::npos)
        b.emphasis = {{2, "县教育局", true, false}, {5, "县住建局", false, true}};
    Diagnostics diagnostics;
    std::vector<Emphasis> marks;
    for (const Block& b : Normalize(std::move(blocks), source, diagnostics, {}))
      marks.insert(marks.end(), b.emphasis.begin(), b.emphasis.end());
    ASSERT_EQ(marks.size(), 2u);
    EXPECT_TRUE(marks[0].cell == 2 && marks[0].red && !marks[0].underline);
    EXPECT_TRUE(marks[1].cell == 2 && marks[1].underline && !marks[1].red);
  }
  // (The review) a table after it, across a blank line, is a table of its own, even of as many columns.
  auto two = NormalizeText(text +
                           "\n| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 | 备注 |\n"
                           "| 4 | 建设道路。 | 县交通局 | 县财政局 | 2025年底 | 无 |\n");
  size_t six = 0;
  for (const Block& b : two.blocks) six += b.kind == BlockKind::kTableRow && b.cells.size() == 6;
  EXPECT_EQ(six, 2u);
  for (const char* other : {"| 一、产业发展 | 一、产业发展 | 一、产业发展 | 一、产业发展 |\n",
                            "| 项目 | 内容 | 项目 | 内容 |\n| 名称 | 学校 | 地点 | 城区 |\n"}) {
    auto kept = NormalizeText(other);
    for (const Diagnostic& d : kept.diagnostics)
      EXPECT_NE(d.rule, std::string_view(rules::kSideBySide)) << other;
  }
}

// Round 15 (93): a value typed over lines, each aligned under where it starts (past the label and its
// colon), goes on whatever it holds; a line indented otherwise (the signature, far right), numbered, or
// labelled itself, does not.
TEST(NormalizeTest, ALineAlignedUnderALabelledValueGoesOnWithIt) {
  auto n = NormalizeText(
      "　　牵头县领导：林海峰（县委副书记、县长）、\n　　　　　　　　赵文斌（县委常委、常务副县长）\n"
      "　　责任单位：县自然资源局、县财政局、\n　　　　　　　黛溪经济开发区管委会，各乡镇（街道）\n"
      "　　工作要求：按月更新台账。\n　　　　　　　完成时限：2025年12月底\n"
      "　　附件：任务清单\n　　　　　　　　　　　　　　　　黛溪县人民政府办公室\n"
      "附件：1．任务清单\n　　　2．项目清单\n");
  ASSERT_EQ(n.blocks.size(), 8u);
  EXPECT_EQ(n.blocks[0].text, "牵头县领导：林海峰（县委副书记、县长）、赵文斌（县委常委、常务副县长）");
  EXPECT_EQ(n.blocks[1].text, "责任单位：县自然资源局、县财政局、黛溪经济开发区管委会，各乡镇（街道）");
  EXPECT_EQ(n.blocks[2].text, "工作要求：按月更新台账。");
  EXPECT_EQ(n.blocks[3].text, "完成时限：2025年12月底") << "a label of its own";
  EXPECT_EQ(n.blocks[5].text, "黛溪县人民政府办公室") << "not under the value";
  EXPECT_EQ(n.blocks[7].text, "2．项目清单") << "numbered";
  // The head's and the colophon's labelled lines are whole; so is a value that ends its sentence.
  for (const char* text : {"签发人：张三\n        关于印发重点工作任务的通知\n",
                           "抄送：县委办，县人大办。\n　　平川县人民政府办公室　　2024年3月5日印发\n",
                           "工作要求：按月更新台账。\n　　　　　　　各乡镇要主动对接。\n"})
    EXPECT_EQ(NormalizeText(text).blocks.size(), 2u) << text;
}

// A paragraph is cut only when long enough to wrap: 16 code points, whatever their bytes.
TEST(NormalizeTest, ShortestCutParagraphIsSixteenCodePoints) {
  const struct {
    const char* head;
    bool joined;
  } cases[] = {{"要加强协作配合，各乡镇密切配", false},                      // 14
               {"要加强协作配合，各乡镇要密切配", false},                    // 15
               {"要加强协作配合，各乡镇都要密切配", true},                   // 16
               {"abcdefghijkl，", false},                                    // 15 bytes, 13 code points
               {"ab，cdefghijklm", false},                                   // 16 bytes, 14 code points
               {"要加强协作配合，各乡镇、各部门都要密切配", true},           // 20, in 60 bytes
               {"要加强协作配合，各乡镇、各部门、各单位都要密切配", true}};  // 24, in 72 bytes
  for (const auto& c : cases) {
    auto n = NormalizeText(std::string(c.head) + "\n\f\n合，按时完成各项任务。\n");
    size_t joins = 0;
    for (const Diagnostic& d : n.diagnostics) joins += d.rule == rules::kPageJoin;
    EXPECT_EQ(joins, c.joined ? 1u : 0u) << c.head;
  }
}

// Round 113 (578): a notice reprinted in a newspaper, a paragraph cut at its page's end with （下转第六版）
// and going on after （上接第五版） on the later page, its e-paper's navigation between: one paragraph, the
// marks out, the lines between kept; a bracket of another page in a sentence joins nothing.
TEST(NormalizeTest, AParagraphANewspaperJumpsToALaterPageIsJoined) {
  auto n = NormalizeText(
      "17．新建改造地下管网（下转第六版）\n\n上一篇　　下一篇\n\n第06版：文件\n\n"
      "（上接第五版）120公里。（牵头单位：市住建局）\n\n18．推进农村公路建设。\n");
  EXPECT_EQ(Texts(n), (std::vector<std::string>{"17．新建改造地下管网120公里。（牵头单位：市住建局）",
                                                "上一篇下一篇", "第06版：文件", "18．推进农村公路建设。"}));
  size_t joins = 0;
  for (const Diagnostic& d : n.diagnostics) joins += d.rule == rules::kPageJoin;
  EXPECT_EQ(joins, 1u);
  auto other = NormalizeText("详见本报（第六版）\n\n（上接第五版）的内容。\n");
  EXPECT_EQ(Texts(other).size(), 2u);
  // The review: two jumps to two pages are each joined with the continuation on its page (by the page's
  // heading), each used once; one that opens an item of its own stays apart, the marks out.
  auto two = NormalizeText(
      "一、推进城市更新。新建地下管网（下转第四版）\n\n二、优化营商环境。推行免申即享（下转第三版）\n\n东川日"
      "报 第三版\n\n"
      "（上接第一版）办理事项压缩30%以上。\n\n东川日报 第四版\n\n（上接第一版）120公里。\n");
  EXPECT_EQ(Texts(two), (std::vector<std::string>{"一、推进城市更新。新建地下管网120公里。",
                                                  "二、优化营商环境。推行免申即享办理事项压缩30%以上。",
                                                  "东川日报第三版", "东川日报第四版"}));
  auto item = NormalizeText(
      "17．加快城市更新。（牵头单位：市住建局）（下转第六版）\n\n（上接第五版）18．推进海绵城市建设。\n");
  EXPECT_EQ(Texts(item),
            (std::vector<std::string>{"17．加快城市更新。（牵头单位：市住建局）", "18．推进海绵城市建设。"}));
}

TEST(NormalizeTest, NoJoinAcrossHeadingsMarkersDatesOrFinishedSentences) {
  const char* cases[] = {
      "古县人民政府办公室\n\n2023年4月28日\n",                                     // signature, date
      "负责县人民政府常务工作，负责开发区、发展改革、能源。\n\n产业、财政。\n",    // ends with 。
      "12.坚持以项目破机制，滚动开展三个一批活动推进\n\n13.开展项目观摩活动。\n",  // next has a marker
      "## 古县人民政府办公室关于印发重点工作任务分工的通知\n\n开发区管委会、各乡（镇）人民政府：\n",
      "（一）县政府办公室协调，全县政府系统各单位负责落实的工作\n\n（主要协同配合单位：县统计局）\n",
      "测试政发〔2023〕5号          签发人：张三\n\n测试县人民政府关于申请专项资金的请示\n",  // number with
                                                                                              // signer
      "抄送：县委办，县人大常委会办公室，县政协办公室\n\n测试县人民政府办公室2023年4月28日印发\n",
      "附件：2024年区政府工作报告重点任务分解\n\n东湖区人民政府办公室\n",  // attachment list, signature
      "经区政府同意，现将2024年区政府工作报告重点任务分解印发给你们\n\n东湖区人民政府办公室\n",
      // Regression: markers the recognizer reads (一是, 任务一：) were not known here and were joined.
      "各单位要加强组织领导，完善工作机制，推进重点\n\n一是建立工作台账。\n",
      "各单位要加强组织领导，完善工作机制，推进重点\n\n任务二：推进基层医疗卫生机构能力提升\n",
      // An OA system's fields, a line each: a labelled line ends where the next label starts.
      "文件标题：潆溪县人民政府办公室关于印发《重点工作任务分解方案》的通知\n文号：潆政办发〔2026〕5号\n",
      // The review's: a deadline's line is no list of units cut inside a name.
      "完成时限：2024年12月31日之前\n\n县人民政府办公室\n",
  };
  for (const char* text : cases) {
    auto n = NormalizeText(text);
    EXPECT_EQ(n.blocks.size(), 2u) << text;
  }
}

// pandoc's Markdown: a backslash escape keeps its character as text (no markup), a backslash at the
// line's end (a hard line break) goes, and '*' pairs go as '**' pairs do.
TEST(NormalizeTest, MarkdownEscapesHardBreaksAndSingleStars) {
  auto n = NormalizeText("\\*地区生产总值增长6%左右。*（牵头单位：区发改局）*\n**责任领导：**郑国华\\\n");
  ASSERT_EQ(n.blocks.size(), 2u);
  EXPECT_EQ(n.blocks[0].text, "*地区生产总值增长6%左右。（牵头单位：区发改局）");
  EXPECT_EQ(n.blocks[1].text, "责任领导：郑国华");
  int escapes = 0, emphasis = 0;
  for (const Diagnostic& d : n.diagnostics) {
    escapes += d.rule == rules::kMarkdownEscape;
    emphasis += d.rule == rules::kMarkdownEmphasis;
  }
  EXPECT_EQ(escapes, 2);   // \* and the hard break
  EXPECT_EQ(emphasis, 4);  // two * and two **
}

// Round 144 (733): pandoc's Org mode (-t org): a table's rule row joins its dashes with '+', a title broken
// by Shift+Enter ends its first line with \\, and Word's numbering keeps its counter after the number (2.
// [@2]): the rule row is decoration, the break and the counter go, each recorded.
TEST(NormalizeTest, OrgModesRuleRowLineBreakAndCounterGo) {
  auto n = NormalizeText(
      "莼湖县人民政府办公室\\\\\n关于印发重点工作任务分工的通知\n\n"
      "| *序号* | *重点任务* | *牵头单位* |\n|--------+------------+------------|\n"
      "| 1. | 推进项目建设。 | 县发改局 |\n| 2. [@2] | 抓好招商引资。 | 县商务局 |\n");
  ASSERT_EQ(n.blocks.size(), 6u);
  EXPECT_EQ(n.blocks[0].text, "莼湖县人民政府办公室");
  EXPECT_TRUE(n.blocks[3].text.empty()) << n.blocks[3].text;
  EXPECT_TRUE(n.blocks[3].cells.empty());
  ASSERT_EQ(n.blocks[5].cells.size(), 3u);
  EXPECT_EQ(n.blocks[5].cells[0], "2.");
  int lists = 0, escapes = 0;
  for (const Diagnostic& d : n.diagnostics) {
    lists += d.rule == rules::kMarkdownList;
    escapes += d.rule == rules::kMarkdownEscape;
  }
  EXPECT_EQ(lists, 1);
  EXPECT_EQ(escapes, 1);
  // (Round 146, 747: AsciiDoc's, pandoc's -t asciidoc: a title's hard break ` +`, a table's fence and its
  // attribute line.)
  n = NormalizeText(
      "**某县人民政府办公室**关于印发 "
      "+\n重点工作任务分工的通知\n\n[width=\"100%\",cols=\"50%,50%\",options=\"header\",]\n"
      "|===\n");
  ASSERT_EQ(n.blocks.size(), 4u);
  EXPECT_EQ(n.blocks[0].text, "某县人民政府办公室关于印发");
  EXPECT_TRUE(n.blocks[2].text.empty()) << n.blocks[2].text;
  EXPECT_TRUE(n.blocks[3].text.empty()) << n.blocks[3].text;
}

// Round 146 (744): a portal's line of fields parted by ideographic spaces
// (责任领导：X　牵头单位：A　配合单位：…), its list cut at a 、 and going on below into the next field (…、 ⏎
// 县城市管理局、县水利局　完成时限：…): one line, the list whole.
TEST(NormalizeTest, AFieldLinesListGoesOnBelowIntoTheNextField) {
  auto n = NormalizeText(
      "责任领导：李　军　牵头单位：县发改局　配合单位：县财政局、县住房和城乡建设局、\n"
      "县城市管理局、县水利局　完成时限：2025年12月底\n");
  ASSERT_EQ(n.blocks.size(), 1u);
  EXPECT_NE(n.blocks[0].text.find("县住房和城乡建设局、县城市管理局、县水利局"), std::string::npos)
      << n.blocks[0].text;
  EXPECT_TRUE(n.blocks[0].text.ends_with("完成时限：2025年12月底")) << n.blocks[0].text;
}

// A bracket left open at a ； or ： goes on in the next line, a label line too.
TEST(NormalizeTest, ABracketOpenAtASemicolonGoesOnInTheNextLine) {
  auto n = NormalizeText(
      "8.推进产业园二期建设，年内新增投产项目12个。（牵头单位：栖梧高新区管委会；\n"
      "责任单位：市工业和信息化局、市自然资源和规划局）\n9.新认定高新技术企业100家。\n");
  ASSERT_EQ(n.blocks.size(), 2u);
  EXPECT_NE(n.blocks[0].text.find("；责任单位："), std::string::npos) << n.blocks[0].text;
}

// A PDF's text repeats the first line (the issuer mark) at the top of each page: a paragraph cut by
// the page goes on past it, as past the page's number, and the line stays a block of its own. A line
// printed twice only (a signature that repeats the first line) is no running head.
TEST(NormalizeTest, AParagraphGoesOnPastTheRunningHead) {
  auto n = NormalizeText(
      "某市人民政府办公室文件\n\n4.开展促消费活动，社会消费品零售总额增长6%"
      "。（牵头单位：市商务局；配合单位：各\n"
      "— 5 —\n\f\n某市人民政府办公室文件\n县（市、区）人民政府）\n5.推进建设，完成投资10亿元。\n— 6 —\n\f\n"
      "某市人民政府办公室文件\n6.推进建设。\n");
  ASSERT_GE(n.blocks.size(), 4u);
  EXPECT_EQ(
      n.blocks[1].text,
      "4.开展促消费活动，社会消费品零售总额增长6%。（牵头单位：市商务局；配合单位：各县（市、区）人民政府）");
  int heads = 0;
  for (const Block& b : n.blocks) heads += b.text == "某市人民政府办公室文件";
  EXPECT_EQ(heads, 3);
  n = NormalizeText(
      "古县人民政府办公室\n\n各单位要加强组织领导，完善工作机制，推进重点任务落实\n古县人民政府办公室\n"
      "抄送：县委办，县人大办。\n");
  EXPECT_EQ(n.blocks.size(), 4u);
}

// Round 30 (186): a word processor's page head (issuer and 文号 parted by tabs), printed after the page's
// number on every page and not the first line, is crossed as the number is.
TEST(NormalizeTest, AParagraphGoesOnPastAPageHeadBesideThePageNumber) {
  std::string text = "沅丘市人民政府文件\n\n";
  for (int page = 1; page <= 3; ++page)
    text += "\t" + std::to_string(page) + "．推进第" + std::to_string(page) +
            "项建设，完成投资10亿元，\n\t\t\t\t—" + std::to_string(page) +
            "—\n沅丘市人民政府\t\t\t\t沅政发〔2025〕3号\n新开工项目20个。（牵头单位：市发展改革委）\n";
  auto n = NormalizeText(text);
  int joined = 0, heads = 0;
  for (const Block& b : n.blocks) {
    joined += b.text.ends_with("完成投资10亿元，新开工项目20个。（牵头单位：市发展改革委）");
    heads += b.original.starts_with("沅丘市人民政府\t");
  }
  EXPECT_EQ(joined, 3);
  EXPECT_EQ(heads, 3);  // kept, each a block of its own
}

// Round 31 (194): an online editor's nested list under a label with no value is the label's value, parted
// by 、; the list under a label with a value, or under a sentence, stays its own lines.
TEST(NormalizeTest, ItemsListedUnderAnEmptyLabelAreItsValue) {
  auto n = NormalizeText(
      "7. 扩大电子证照应用范围。\n    - 牵头单位：市数据局\n    - 配合单位：\n        - 市公安局\n"
      "        - 国家税务总局崧阳市税务局\n    - 完成时限：2025年11月底前\n主要措施如下：\n- 市公安局\n");
  const std::vector<std::string> texts = Texts(n);
  EXPECT_EQ(texts, (std::vector<std::string>{"7. 扩大电子证照应用范围。", "牵头单位：市数据局",
                                             "配合单位：市公安局、国家税务总局崧阳市税务局",
                                             "完成时限：2025年11月底前", "主要措施如下：", "市公安局"}));
  int joins = 0;
  for (const auto& d : n.diagnostics) joins += std::string_view(d.rule) == rules::kListJoin;
  EXPECT_EQ(joins, 2);
}

// (The second review's) the list's items are nested under the label: an item of the outer list after them is
// its own line, though it ends as a unit's name does.
TEST(NormalizeTest, AnOuterItemAfterALabelsListIsItsOwn) {
  auto n = NormalizeText(
      "7. 扩大电子证照应用范围。\n    - 配合单位：\n        - 市公安局\n        - 市市场监管局\n"
      "    - 建设市级应急指挥中心\n");
  const std::vector<std::string> texts = Texts(n);
  EXPECT_EQ(texts, (std::vector<std::string>{"7. 扩大电子证照应用范围。", "配合单位：市公安局、市市场监管局",
                                             "建设市级应急指挥中心"}));
}

// Gap 103: an emoji the article's legend names (👤为责任县领导　🏢为责任单位) is that label where it opens a
// line or follows a space, though not in the legend itself; PART ⏎ 02 numbers the heading after it.
TEST(NormalizeTest, AnArticlesEmojiLabelsAndPartNumbersAreANoticesOwn) {
  auto n = NormalizeText(
      "📌阅读提示：👤为责任县领导\u3000🏢为责任单位（排在第一位的为牵头单位）\n\u200b\nPART\n02\n培育新质生产力"
      "\n"
      "1️⃣实施新材料产业集群培育行动。\n👤覃勇\n🏢 "
      "县工业和信息化局、县统计局\n"
      "2️⃣开展促消费活动。\n👤彭娟\u00a0\u00a0🏢县商务局\n📷图片来源：桐坪发布\nPart "
      "3\n二、深化改革开放\n");
  const std::vector<std::string> texts = Texts(n);
  EXPECT_EQ(texts,
            (std::vector<std::string>{"📌阅读提示：👤为责任县领导\u3000🏢为责任单位（排在第一位的为牵头单位）",
                                      "", "", "二、培育新质生产力", "1.实施新材料产业集群培育行动。",
                                      "责任县领导：覃勇", "责任单位：县工业和信息化局、县统计局",
                                      "2.开展促消费活动。", "责任县领导：彭娟\u00a0\u00a0责任单位：县商务局",
                                      "📷图片来源：桐坪发布", "", "二、深化改革开放"}));
  EXPECT_EQ(n.blocks[3].original, "培育新质生产力");  // (the line of a zero-width space is a blank one)
  int marks = 0;
  for (const auto& d : n.diagnostics) marks += std::string_view(d.rule) == rules::kEmojiMark;
  EXPECT_EQ(marks, 10);  // PART, 02, 二、, two keycaps, four labels, Part 3 (二、 has its own number)
}

// (The review) PART numbers only a heading below it (Part 2 over a sentence is text), its digits full-width
// too; an emoji before 为 in a greeting is no legend, one after a cue (阅读提示) is.
TEST(NormalizeTest, PartNumbersOnlyAHeadingAndAGreetingIsNoLegend) {
  auto n = NormalizeText(
      "Part 2\n各单位要高度重视，认真抓好落实。\nPART\n０３\n深化改革开放\n"
      "🎉为全县各单位点赞！\n🎉县发改局、县财政局\n📌阅读提示：🏢为责任单位\n🏢县商务局\n");
  const std::vector<std::string> texts = Texts(n);
  EXPECT_EQ(texts, (std::vector<std::string>{"Part 2", "各单位要高度重视，认真抓好落实。", "", "",
                                             "三、深化改革开放", "🎉为全县各单位点赞！", "🎉县发改局、县财政局",
                                             "📌阅读提示：🏢为责任单位", "责任单位：县商务局"}));
}

// A page's foot printed just above its number, on every page, is crossed as the number is.
TEST(NormalizeTest, AParagraphGoesOnPastAPageFootAboveTheNumber) {
  std::string text = "沅丘市人民政府文件\n\n";
  for (int page = 1; page <= 3; ++page)
    text += std::to_string(page) + "．推进第" + std::to_string(page) +
            "项建设，完成投资10亿元，\n沅丘市人民政府办公室印\n— " + std::to_string(page) +
            " —\n新开工项目20个。（牵头单位：市发展改革委）\n";
  auto n = NormalizeText(text);
  int joined = 0;
  for (const Block& b : n.blocks)
    joined += b.text.ends_with("完成投资10亿元，新开工项目20个。（牵头单位：市发展改革委）");
  EXPECT_EQ(joined, 3);
}

// In a plain notice a single star and a backslash are text (5*5米, 带*号的项目, a path); a star between
// two digits is no delimiter even in Markdown.
TEST(NormalizeTest, StarsAndBackslashesAreTextOutsideMarkdown) {
  auto n = NormalizeText(
      "2.新建5*5米标准化仓库，配套2*3米设施。\n推进带*号的重点项目，*号项目年底前完工。\n存放于D:\\项目\\\n");
  ASSERT_EQ(n.blocks.size(), 3u);
  EXPECT_EQ(n.blocks[0].text, "2.新建5*5米标准化仓库，配套2*3米设施。");
  EXPECT_EQ(n.blocks[1].text, "推进带*号的重点项目，*号项目年底前完工。");
  EXPECT_EQ(n.blocks[2].text, "存放于D:\\项目\\");
  n = NormalizeText("# 任务\n\n2.新建5*5米标准化仓库，配套2*3米设施。*（牵头单位：县发改局）*\n");
  ASSERT_EQ(n.blocks.size(), 2u);
  EXPECT_EQ(n.blocks[1].text, "2.新建5*5米标准化仓库，配套2*3米设施。（牵头单位：县发改局）");
}

// A label line is complete however it ends, except a list of units cut at its 、: the next line goes on.
TEST(NormalizeTest, AClauseLineCutAtItsEnumerationCommaGoesOn) {
  auto n = NormalizeText(
      "责任单位：县农业农村局、县民政局、县医疗保障局、\n县人力资源和社会保障局、各乡镇人民政府\n"
      "实施城乡供水一体化工程，重点抓好以下工作：\n");
  ASSERT_EQ(n.blocks.size(), 2u);
  EXPECT_EQ(n.blocks[0].text,
            "责任单位：县农业农村局、县民政局、县医疗保障局、县人力资源和社会保障局、各乡镇人民政府");
  n = NormalizeText(
      "责任单位：县农业农村局、县民政局、县医疗保障局\n县人力资源和社会保障局负责培训工作，按季度报送。\n");
  EXPECT_EQ(n.blocks.size(), 2u);
  n = NormalizeText("责任单位：县农业农村局、县民政局、县医疗保障局、\n配合单位：县财政局\n");
  EXPECT_EQ(n.blocks.size(), 2u);
  // A sentence after the cut list is no tail of it (a list cut at its end by a typist, then text).
  n = NormalizeText("责任单位：县发展和改革局、县统计局、\n另外，要做好统计监测工作，按月报送进展情况。\n");
  EXPECT_EQ(n.blocks.size(), 2u);
}

// In a text whose paragraphs are indented, a line indented as far as the one above starts a paragraph;
// the line a paragraph wraps onto is not indented (or less, under pdftotext -layout's margin).
TEST(NormalizeTest, AnIndentedLineStartsAParagraphAnUnindentedOneGoesOn) {
  auto n = NormalizeText(
      "　　（8）开展城镇燃气安全专项整治。牵头科室：市政公用科；责任人：钱晓峰\n"
      "　　各科室、单位要高度重视，对照分工细化工作措施。\n");
  EXPECT_EQ(n.blocks.size(), 2u);
  n = NormalizeText(
      "　　（8）开展城镇燃气安全专项整治。此项工作由市政公用科负责，\n"
      "行政审批科、计划财务科配合。\n");
  ASSERT_EQ(n.blocks.size(), 1u);
  EXPECT_EQ(n.blocks[0].text,
            "（8）开展城镇燃气安全专项整治。此项工作由市政公用科负责，行政审批科、计划财务科配合。");
  n = NormalizeText("    　　要加强协作配合，各乡镇都要密切配\n    合，按时完成各项任务。\n");
  EXPECT_EQ(n.blocks.size(), 1u);
}

// A PDF converted to Markdown gives each printed line of a table row a row of its own: rows with no
// number join the numbered row above, cell by cell, across a page's number, running header and the
// header row again; one repair each, the joined row's original covering them.
TEST(NormalizeTest, WrappedLinesOfATableRowJoinTheirRow) {
  const std::string text =
      "| 序号 | 工作任务 | 责任领导 | 牵头单位 |\n|---|---|---|---|\n"
      "| 1 | 全市地区生产总值增长6%左右，一般 | 韩立新 | 市发展和改革委 |\n"
      "| | 公共预算收入增长5%。 | 许文博 | 员会 |\n"
      "\n— 2 —\n\n宁川市人民政府办公室\n\n| 序号 | 工作任务 | 责任领导 | 牵头单位 |\n|---|---|---|---|\n"
      "| | 规模以上工业增加值增长7%。 | | |\n"
      "| 2 | 稳定外贸外资。 | 许文博 | 市商务局 |\n";
  auto n = NormalizeText(text);
  std::vector<const Block*> rows;
  for (const Block& b : n.blocks)
    if (b.kind == BlockKind::kTableRow && !b.text.empty()) rows.push_back(&b);
  ASSERT_EQ(rows.size(), 4u);  // the header, task 1, the header again, task 2
  EXPECT_EQ(rows[1]->cells,
            (std::vector<std::string>{
                "1", "全市地区生产总值增长6%左右，一般公共预算收入增长5%。\n规模以上工业增加值增长7%。",
                "韩立新\n许文博", "市发展和改革委员会"}));
  EXPECT_EQ(rows[1]->original, text.substr(text.find("| 1 |"), text.find("\n| 2 |") - text.find("| 1 |")));
  EXPECT_EQ(rows[3]->cells[0], "2");
  size_t joins = 0;
  for (const Diagnostic& d : n.diagnostics) joins += d.rule == rules::kRowJoin;
  EXPECT_EQ(joins, 2u);
  // A row whose text opens with a marker is a section's, not a line of the row above.
  n = NormalizeText(
      "| 序号 | 任务 | 单位 |\n|---|---|---|\n| 1 | 甲任务。 | 县局 |\n| | （一）稳定经济增长 | |\n");
  for (const Diagnostic& d : n.diagnostics) EXPECT_NE(d.rule, rules::kRowJoin);
  // A table whose rows all have numbers is left as it is.
  n = NormalizeText("| 序号 | 任务 |\n|---|---|\n| 1 | 甲 |\n| 2 | 乙 |\n");
  for (const Diagnostic& d : n.diagnostics) EXPECT_NE(d.rule, rules::kRowJoin);
}

// The blocks of `text` as a package's paragraphs (location.part set, as the DOCX reader sets it);
// the paragraphs listed in `numbered` carry a label from automatic numbering.
testing::Normalized NormalizeAsPackage(const std::string& text, std::vector<size_t> numbered = {}) {
  testing::Normalized n{testing::MustDecode(text), {}, {}};
  Blocks blocks = ReadTextBlocks(n.source);
  for (Block& b : blocks) b.location.part = "word/document.xml";
  for (size_t i : numbered) blocks[i].style.numbered = true;
  n.blocks = Normalize(std::move(blocks), n.source, n.diagnostics);
  return n;
}

TEST(NormalizeTest, PackageParagraphsAreJoinedOnlyInsideAnOpenBracket) {
  // A sentence going on into the next paragraph: in a text file a wrapped line, in a package two
  // paragraphs the author made.
  const std::string going_on = "坚持脚踏实地、埋头苦干，以实干实绩推动高质\n量发展全面提质提速。\n";
  EXPECT_EQ(NormalizeText(going_on).blocks.size(), 1u);
  EXPECT_EQ(NormalizeAsPackage(going_on).blocks.size(), 2u);
  // A bracket left open is a cut wherever it stands.
  const std::string bracket =
      "15.推进生态环境综合治理。（生态环境部牵头，水利部、住房城乡建设部等按职责分\n工负责）\n";
  auto n = NormalizeAsPackage(bracket);
  ASSERT_EQ(n.blocks.size(), 1u);
  EXPECT_EQ(n.blocks[0].text,
            "15.推进生态环境综合治理。（生态环境部牵头，水利部、住房城乡建设部等按职责分工负责）");
  // A paragraph numbered by the word processor starts anew, bracket or not.
  EXPECT_EQ(NormalizeAsPackage(bracket, {1}).blocks.size(), 2u);
  // So does one whose number is typed: the bracket before it was left open by mistake (text too).
  const std::string typo =
      "1.全面推进乡村振兴，落实粮食安全党政同责（牵头单位：县农业农村局\n"
      "2.加快项目建设，推动重点项目早开工、早投产。（牵头单位：县发改局）\n";
  EXPECT_EQ(NormalizeAsPackage(typo).blocks.size(), 2u);
  EXPECT_EQ(NormalizeText(typo).blocks.size(), 2u);
}

// A list typed in Word, items of one length ending without a full stop, is no PDF's lines: the
// running text around it is wider than the items.
TEST(NormalizeTest, WordListOfEqualItemsIsNotReadAsPrintedLines) {
  std::string text =
      "各乡镇人民政府，县直各部门：经县政府研究同意，现将2024年主要工作目标印发给你们，请结合实际认真抓好落实"
      "，"
      "确保各项目标任务如期完成，并于每季度末将进展情况报县政府办公室。\n";
  for (const char* item :
       {"全面推进乡村振兴，稳定粮食播种面积在五十万亩以上", "加快推进重点项目建设，确保固定资产投资稳步增长",
        "持续优化营商环境，推动新增市场主体三千户以上", "深入实施创新驱动，培育国家高新技术企业十家",
        "扎实推进生态保护，完成营造林面积两万亩以上", "着力保障改善民生，城镇新增就业人数两千人以上",
        "统筹发展和安全，守牢安全生产底线不发生重大事故", "加强政府自身建设，持续提升行政效能和服务水平",
        "深化重点领域改革，激发各类经营主体发展活力"})
    text += std::string(item) + "\n";
  text +=
      "各乡镇、各部门要高度重视，加强组织领导，压实工作责任，细化工作措施，确保各项工作任务落到实处、取得实效"
      "。\n";
  EXPECT_EQ(NormalizeAsPackage(text).blocks.size(), 11u);
}

TEST(NormalizeTest, PackageOfPrintedLinesIsJoinedAsText) {
  // A PDF converted to Word: every printed line a paragraph, most of them the page's width.
  const std::string lines =
      "1.全区地区生产总值增长6.5%左右，固定资产投资增长8%，社会消费品零售\n"
      "总额增长7%。（区领导：韩志刚；责任单位：区财政局、区发改局、区统\n"
      "计局）\n"
      "2.新签约亿元以上招商项目40个，到位内资120亿元，实际利用外资增长\n"
      "10%。（区领导：韩志刚；责任单位：区投资促进局、区商务局、各街道\n"
      "办事处）\n"
      "3.新增规上工业企业25家，规上工业增加值增长7%，工业投资增长百分之\n"
      "九。（区领导：宋雅琴；责任单位：区工业和信息化局、区统计局、临溪\n"
      "经济开发区管委会）\n"
      "4.推进临溪智能制造产业园二期建设，年内完成主体工程并投入使用，新\n"
      "增产值二十亿元。（区领导：宋雅琴；责任单位：临溪经济开发区管委会\n"
      "、区自然资源分局、区住房和城乡建设局）\n"
      "5.新建改建城市道路十二条，打通断头路五条，完成老旧燃气管网改造四\n"
      "十五公里。（区领导：周文博；责任单位：区住房和城乡建设局、区交通\n"
      "运输局、区城市管理局）\n";
  auto n = NormalizeAsPackage(lines);
  ASSERT_EQ(n.blocks.size(), 5u);
  EXPECT_EQ(n.blocks[1].text,
            "2.新签约亿元以上招商项目40个，到位内资120亿元，实际利用外资增长10%。（区领导：韩志刚；责任单位："
            "区投资促进局、区商务局、各街道办事处）");
  // A few such lines are not enough to read a package so.
  const std::string few = lines.substr(0, lines.find("2."));
  EXPECT_EQ(NormalizeAsPackage(few).blocks.size(), 2u) << "joined inside the open bracket only";
}

// The one scan that lets a pass skip a block finds each thing a pass acts on at every offset, in the
// 16-byte steps and in the tail alike, with its last byte the block's last; and nothing that only
// shares its lead bytes.
TEST(NormalizeTest, RepairScanFindsExactlyWhatThePassesActOn) {
  using internal::ScanRepairNeeds;
  const std::pair<const char*, unsigned> found[] = {
      {"(", internal::kNeedAsciiPunct},      {")", internal::kNeedAsciiPunct},
      {":", internal::kNeedAsciiPunct},      {",", internal::kNeedAsciiPunct},
      {";", internal::kNeedAsciiPunct},      {" ", internal::kNeedSpace},
      {"\t", internal::kNeedSpace},          {"\u00A0", internal::kNeedSpace},
      {"\u2000", internal::kNeedSpace},      {"\u200B", internal::kNeedSpace},
      {"\u202F", internal::kNeedSpace},      {"\u205F", internal::kNeedSpace},
      {"\u3000", internal::kNeedSpace},      {"\uFEFF", internal::kNeedSpace},
      {"０", internal::kNeedFullwidthAlnum}, {"９", internal::kNeedFullwidthAlnum},
      {"Ａ", internal::kNeedFullwidthAlnum}, {"Ｚ", internal::kNeedFullwidthAlnum},
      {"ａ", internal::kNeedFullwidthAlnum}, {"ｚ", internal::kNeedFullwidthAlnum},
      {"\u2E80", internal::kNeedIdeograph},  {"\u2EFF", internal::kNeedIdeograph},
      {"\u2F00", internal::kNeedIdeograph},  {"\u2FD5", internal::kNeedIdeograph},
      {"\uF900", internal::kNeedIdeograph},  {"\uFAFF", internal::kNeedIdeograph}};
  // Same lead bytes, one off: ‌ ‐ “ ， ： ＠ ［ ｀ ｛ ¡ 、 U+FEFE, U+2E7F, U+2FD6, U+F8FF, U+FB00, and
  // a cut U+3000.
  const char* const not_found[] = {"\u200C", "\u2010", "“",      "，",     "：",      "＠",
                                   "［",     "｀",     "｛",     "\u00A1", "、",      "\uFEFE",
                                   "\u2E7F", "\u2FD6", "\uF8FF", "\uFB00", "\xE3\x80"};
  for (size_t at = 0; at <= 40; ++at) {
    std::string before;
    for (size_t k = 0; k < at; ++k) before += "各";
    for (const auto& [what, need] : found) {
      EXPECT_EQ(ScanRepairNeeds(before + what + "各部门"), need) << what << " after " << at;
      EXPECT_EQ(ScanRepairNeeds(before + what), need) << what << " last, after " << at;
    }
    for (const char* what : not_found) {
      EXPECT_EQ(ScanRepairNeeds(before + what + "各部门"), 0u) << what << " after " << at;
      EXPECT_EQ(ScanRepairNeeds(before + what), 0u) << what << " last, after " << at;
    }
  }
  EXPECT_EQ(ScanRepairNeeds("２０２３年(⼀) 各部门"), internal::kNeedAll);
}

// The scan, 16 bytes at a time and through its tail, says what the byte-by-byte definition says, on
// strings of the bytes that start or end a need, in any order (malformed UTF-8 too).
TEST(NormalizeTest, RepairScanAgreesWithItsDefinition) {
  const unsigned char alphabet[] = {' ',  '\t', '(',  ')',  ':',  ',',  ';',  'a',  0xC2, 0xA0,
                                    0xA1, 0xE2, 0xE3, 0xEF, 0x80, 0x81, 0x8B, 0x8C, 0xAF, 0x9F,
                                    0xBB, 0xBF, 0xBC, 0xBD, 0x90, 0x99, 0x9A, 0xA1, 0xBA, 0x8F,
                                    0x7F, 0xE5, 0xBE, 0x95, 0x96, 0xA3, 0xA4, 0xAB, 0xAC};
  uint32_t state = 12345;
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    state = state * 1103515245u + 12345u;
    const size_t size = (state >> 8) % 70;
    for (size_t k = 0; k < size; ++k) {
      state = state * 1103515245u + 12345u;
      // Mostly one harmless byte, so that a string holds one need or none as often as several.
      const size_t pick = (state >> 8) % (3 * sizeof alphabet);
      s += static_cast<char>(pick < sizeof alphabet ? alphabet[pick] : 0xE5);
    }
    unsigned expected = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    for (size_t i = 0; i < s.size(); ++i) expected |= internal::repair_scan::NeedsAt(p, i, s.size());
    ASSERT_EQ(internal::ScanRepairNeeds(s), expected) << ::testing::PrintToString(s);
  }
}

// A block with exactly one thing to repair, anywhere in it, is still repaired: the scan that
// skips blocks with nothing to repair does not skip it.
TEST(NormalizeTest, ABlockWithOneThingToRepairAnywhereIsRepaired) {
  const std::string han =
      "各乡镇各部门要密切配合协同推进各项工作任务落实到位确保全年目标如期完成各乡镇各部门要";
  for (size_t at = 3; at < han.size(); at += 3) {
    const std::string head = han.substr(0, at), tail = han.substr(at);
    EXPECT_EQ(NormalizeText(head + "," + tail).blocks[0].text, head + "，" + tail) << at;
    EXPECT_EQ(NormalizeText(head + "\u3000" + tail).blocks[0].text, han) << at;
    EXPECT_EQ(NormalizeText(head + "\u2005" + tail).blocks[0].text, han) << at;
    EXPECT_EQ(NormalizeText(head + "８" + tail).blocks[0].text, head + "8" + tail) << at;
    EXPECT_EQ(NormalizeText(head + "ｚ").blocks[0].text, head + "z") << at;
    EXPECT_EQ(NormalizeText(head + "\u3000").blocks[0].text, head) << at << ": trimmed";
  }
}

// The scan and the passes' own definitions, code point by code point: a space is what IsSpace
// takes, half-width punctuation what FullwidthPunctuation converts, a full-width alphanumeric what
// AsciiAlphanumerics' set holds. A character added to one of them and not to the scan fails here.
TEST(NormalizeTest, RepairScanFlagsEveryCodePointThePassesActOn) {
  UErrorCode err = U_ZERO_ERROR;
  icu::UnicodeSet alnum(internal::kFullwidthAlnumSet, err);  // the set AsciiAlphanumerics folds
  ASSERT_TRUE(U_SUCCESS(err));
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::string utf8;
    internal::AppendUtf8(utf8, cp);
    const unsigned needs = internal::ScanRepairNeeds(utf8);
    ASSERT_EQ((needs & internal::kNeedSpace) != 0, internal::IsSpace(cp))
        << std::hex << static_cast<uint32_t>(cp);
    ASSERT_EQ((needs & internal::kNeedAsciiPunct) != 0,
              std::u32string_view(U"():,;").find(cp) != std::u32string_view::npos)
        << std::hex << static_cast<uint32_t>(cp);
    ASSERT_EQ((needs & internal::kNeedFullwidthAlnum) != 0, alnum.contains(static_cast<UChar32>(cp)))
        << std::hex << static_cast<uint32_t>(cp);
    ASSERT_EQ((needs & internal::kNeedIdeograph) != 0, (cp >= 0x2E80 && cp <= 0x2EFF) ||
                                                           (cp >= 0x2F00 && cp <= 0x2FD5) ||
                                                           (cp >= 0xF900 && cp <= 0xFAFF))
        << std::hex << static_cast<uint32_t>(cp);
  }
}

// Text copied from a PDF whose font maps its glyphs to Kangxi radicals (⼀ for 一, ⾏ for 行) and the
// supplement's simplified radicals (⺠ for 民): the ideographs they stand for, each run one repair that
// keeps the original; a radical with no character of its own (⺈), and the ideographs, as they are.
TEST(NormalizeTest, RadicalsAPdfGaveBecomeTheIdeographsTheyLookLike) {
  auto n = NormalizeText("（⼆⼗三）加快⾏政审批改⾰。（责任单位：各县（市）⼈⺠政府、地区⻓途汽⻋站）⺈");
  ASSERT_EQ(n.blocks.size(), 1u);
  EXPECT_EQ(n.blocks[0].text,
            "（二十三）加快行政审批改革。（责任单位：各县（市）人民政府、地区长途汽车站）⺈");
  EXPECT_EQ(n.blocks[0].original,
            "（⼆⼗三）加快⾏政审批改⾰。（责任单位：各县（市）⼈⺠政府、地区⻓途汽⻋站）⺈");
  std::vector<std::string> found;
  for (const Diagnostic& d : n.diagnostics)
    if (d.rule == std::string(rules::kIdeograph)) found.push_back(d.message);
  EXPECT_EQ(found.size(), 6u);  // ⼆⼗, ⾏, ⾰, ⼈⺠, ⻓, ⻋
  EXPECT_NE(std::find(found.begin(), found.end(), "形似汉字的部首或兼容汉字“⼈⺠”改为“人民”"), found.end());
  // In a table's cell too, and the compatibility ideographs (U+F900 豈 → 豈).
  auto cells = NormalizeText("| 序号 | 牵头单位 |\n|---|---|\n| 1 | 地区发展和改⾰委员会\uF900 |\n");
  bool seen = false;
  for (const Block& b : cells.blocks)
    for (const std::string& c : b.cells) seen = seen || c == "地区发展和改革委员会豈";
  EXPECT_TRUE(seen);
  NormalizeOptions off;
  off.unified_ideographs = false;
  EXPECT_EQ(NormalizeText("⼀、", off).blocks[0].text, "⼀、");
}

TEST(NormalizeTest, OptionsTurnRepairsOff) {
  NormalizeOptions off;
  off.strip_markdown = off.drop_page_numbers = off.join_page_breaks = off.fullwidth_punctuation =
      off.ascii_alphanumerics = off.remove_cjk_spaces = false;
  auto n = NormalizeText("## (七) 增长 19%", off);
  EXPECT_EQ(n.blocks[0].text, "## (七) 增长 19%");
  EXPECT_TRUE(n.diagnostics.empty());
}

TEST(NormalizeTest, MarkdownStyleIsKeptAsAHint) {
  auto n = NormalizeText("### **（三）县政府办公室牵头负责的工作**\n- 238.完成\n");
  EXPECT_EQ(n.blocks[0].style.heading_level, 3);
  EXPECT_TRUE(n.blocks[0].style.bold);
  EXPECT_TRUE(n.blocks[1].style.list_item);
}

}  // namespace
}  // namespace gongwen

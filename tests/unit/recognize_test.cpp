#include <gtest/gtest.h>
#include <re2/re2.h>

#include <random>

#include "gongwen/recognize.h"
#include "notice_fixture.h"
#include "patterns/catalogue.h"
#include "patterns/marker.h"
#include "recognize/clauses.h"
#include "recognize/table.h"
#include "test_util.h"

namespace gongwen {
namespace {

RecognizedBlocks RecognizeText(const std::string& text) {
  auto n = testing::NormalizeText(text);
  return Recognize(std::move(n.blocks));
}

std::vector<std::string> Roles(const RecognizedBlocks& rbs) {
  std::vector<std::string> roles;
  for (const Block& b : rbs.blocks) roles.push_back(RoleName(b.role));
  return roles;
}

TEST(RecognizeTest, EveryZoneOfASmallNotice) {
  RecognizedBlocks rbs = RecognizeText(testing::kSmallNotice);
  std::vector<std::string> expected = {
      "issuer_mark", "doc_number",   "title",          "addressees",   "body",           "signature",
      "date",        "note",         "attachment_title", "leader_heading", "portfolio",  "unit_heading",
      "task",        "task",         "clause",         "leader_heading", "unit_heading", "task",
      "sub_item",    "sub_item",     "clause",         "part_heading", "leader_heading", "unit_heading",
      "task",        "cc",           "printed_by",     "copies"};
  EXPECT_EQ(Roles(rbs), expected);
}

// Round 34 (212): a government site's page copied whole goes on past the notice's colophon; those lines are
// the page's (主办单位：… names no task's unit), the colophon the notice's.
TEST(RecognizeTest, APagesLinesAfterTheColophonAreDecoration) {
  RecognizedBlocks rbs = RecognizeText(
      "一、县长周劲松牵头\n1．推行林长制，完成营造林1.2万亩。\n牵头：县林业局　配合：县自然资源局\n"
      "抄送：市委办公室。\n桐岚县人民政府办公室　　2024年3月15日印发\n分享到：\n打印本页 关闭窗口\n"
      "主办单位：桐岚县人民政府办公室\n");
  std::vector<std::string> roles = Roles(rbs);
  ASSERT_EQ(roles.size(), 8u);
  EXPECT_EQ(std::vector<std::string>(roles.begin() + 3, roles.end()),
            (std::vector<std::string>{"cc", "printed_by", "decoration", "decoration", "decoration"}));
}

TEST(RecognizeTest, MarkersAreReadWithTheirNumbers) {
  RecognizedBlocks rbs = RecognizeText("一、总体要求\n（二十六）县信访局牵头负责的工作\n27.全县增长。\n（3）细化。\n⑤细化。\n2.5亿元用于建设。\n");
  ASSERT_EQ(rbs.size(), 6u);
  EXPECT_EQ(rbs.facts[0].marker.kind, MarkerKind::kChineseNumeral);
  EXPECT_EQ(rbs.facts[0].marker.number, 1);
  EXPECT_EQ(rbs.facts[0].marker.text, "一、");
  EXPECT_EQ(rbs.facts[1].marker.kind, MarkerKind::kParenChineseNumeral);
  EXPECT_EQ(rbs.facts[1].marker.number, 26);
  EXPECT_EQ(rbs.facts[2].marker.kind, MarkerKind::kArabic);
  EXPECT_EQ(rbs.facts[2].marker.number, 27);
  EXPECT_EQ(rbs.facts[2].marker.text, "27.");
  EXPECT_EQ(rbs.facts[3].marker.kind, MarkerKind::kParenArabic);
  EXPECT_EQ(rbs.facts[3].marker.number, 3);
  EXPECT_EQ(rbs.facts[4].marker.kind, MarkerKind::kCircled);
  EXPECT_EQ(rbs.facts[4].marker.number, 5);
  EXPECT_EQ(rbs.facts[5].marker.kind, MarkerKind::kNone) << "2.5亿元 is a number, not a marker";
}

// A task whose text begins with a year was not a task (found by review): 1.2023年底前…
// read as the decimal 1.2023, and 3、2024年… too, though nothing is a decimal after 、.
TEST(RecognizeTest, MarkerBeforeAYear) {
  RecognizedBlocks rbs = RecognizeText(
      "1.2023年底前完成改造。\n3、2024年建成。\n2.5亿元用于建设。\n12.5%的村完成。\n2.3月底前完成园区规划。\n"
      "8.12月底前出台细则。\n");
  ASSERT_EQ(rbs.size(), 6u);
  EXPECT_EQ(rbs.facts[0].marker.kind, MarkerKind::kArabic);
  EXPECT_EQ(rbs.facts[0].marker.number, 1);
  EXPECT_EQ(rbs.facts[1].marker.number, 3);
  EXPECT_EQ(rbs.facts[2].marker.kind, MarkerKind::kNone);
  EXPECT_EQ(rbs.facts[3].marker.kind, MarkerKind::kNone);
  // (and a month: 2.3月底前 is item 2 done by March's end)
  EXPECT_EQ(rbs.facts[4].marker.kind, MarkerKind::kArabic);
  EXPECT_EQ(rbs.facts[4].marker.number, 2);
  EXPECT_EQ(rbs.facts[5].marker.number, 8);
}

// Round 83 (435): 4．12309检察服务平台…, an item whose text opens with a hotline's number, is item 4; five
// decimal places are no notice's quantity (3.14亿元 still is one).
TEST(RecognizeTest, AnItemOpeningWithAHotlinesNumber) {
  RecognizedBlocks rbs = RecognizeText(
      "4．12309检察服务平台群众来信7日内回复。\n3.12345热线工单按时办结。\n3.14亿元用于建设。\n"
      "3.14159等常数。\n0.12345万亩。\n");
  ASSERT_EQ(rbs.size(), 5u);
  EXPECT_EQ(rbs.facts[0].marker.number, 4);
  EXPECT_EQ(rbs.facts[1].marker.number, 3);
  EXPECT_EQ(rbs.facts[2].marker.kind, MarkerKind::kNone);
  // (Only a hotline's 123xx, after a number that is one: review's decimals stay decimals.)
  EXPECT_EQ(rbs.facts[3].marker.kind, MarkerKind::kNone);
  EXPECT_EQ(rbs.facts[4].marker.kind, MarkerKind::kNone);
}

// A PDF viewer's copy that set a line's characters apart: 2 . 0 版… is a decimal (a space before its point
// too), 1 ． 推 进… a marker, as 6. 1~6月… is.
TEST(RecognizeTest, ALetterSpacedDecimalIsNoMarker) {
  RecognizedBlocks rbs = RecognizeText("1 ． 推 进 改 革 。\n2 . 0 版 分 组 方 案 。\n6. 1~6月完成。\n");
  ASSERT_EQ(rbs.size(), 3u);
  EXPECT_EQ(rbs.facts[0].marker.number, 1);
  EXPECT_EQ(rbs.facts[1].marker.kind, MarkerKind::kNone);
  EXPECT_EQ(rbs.facts[2].marker.number, 6);
}

TEST(RecognizeTest, TitleOverTwoLinesWithNumberAfterIt) {
  RecognizedBlocks rbs = RecognizeText(
      "国务院办公厅关于加快发展\n\n体育竞赛表演产业的指导意见\n\n国办发〔2018〕121号\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n\n正文。\n");
  EXPECT_EQ(Roles(rbs), (std::vector<std::string>{"title", "title", "doc_number", "addressees", "body"}));
}

// Round 128 (655): a notice an official account republished, copied from its article, the account and the
// time under the title: the addressees after the number are still the head's; a byline with no addressees
// after it leaves the head as it was.
TEST(RecognizeTest, APagesBylineUnderTheTitleKeepsTheAddressees) {
  RecognizedBlocks rbs = RecognizeText(
      "苓溪县人民政府关于印发重点工作任务分工的通知\n\n苓溪发布 2025年03月07日 18:30\n\n苓政发〔2025〕3号\n\n"
      "各乡镇人民政府，县政府各部门：\n\n现将任务分工印发给你们。\n");
  EXPECT_EQ(Roles(rbs), (std::vector<std::string>{"title", "body", "doc_number", "addressees", "body"}));
  RecognizedBlocks none = RecognizeText(
      "苓溪县人民政府关于印发重点工作任务分工的通知\n\n苓溪发布 2025年03月07日 18:30\n\n一、总体要求\n\n"
      "现将任务分工印发给你们。\n");
  EXPECT_EQ(Roles(none), (std::vector<std::string>{"title", "body", "heading", "body"}));
}

// Round 128 (657): a PDF's text, a paragraph a printed line: a title wrapped after a type's word
// (…政府工作报告, not as a title ends) goes on to the line that ends as one (…的通知); addressees wrapped
// onto a line of the last body's name (单位：) are one list; a line that ends a sentence (现通知如下：) is
// none of theirs, nor a title line that opens one of its own (关于…).
TEST(RecognizeTest, AWrappedTitleAndAddresseesAreReadWhole) {
  const auto blocks = [](std::vector<std::string> texts) {
    Blocks out(texts.size());
    for (size_t i = 0; i < texts.size(); ++i) out[i].text = texts[i];
    return out;
  };
  RecognizedBlocks rbs =
      Recognize(blocks({"樟宁县人民政府办公室", "关于印发2025年县政府工作报告", "重点任务分工方案的通知",
                        "各乡镇人民政府、街道办事处，县政府各部门，县直及驻县各", "单位：",
                        "现将方案印发给你们，请认真贯彻落实。"}));
  EXPECT_EQ(Roles(rbs),
            (std::vector<std::string>{"title", "title", "title", "addressees", "addressees", "body"}));
  RecognizedBlocks sentence =
      Recognize(blocks({"关于印发2025年重点任务分工方案的通知", "各乡镇人民政府，县政府各部门",
                        "现通知如下：", "请认真贯彻落实。"}));
  EXPECT_EQ(Roles(sentence), (std::vector<std::string>{"title", "body", "body", "body"}));
  RecognizedBlocks forwarded =
      Recognize(blocks({"樟宁县人民政府办公室关于转发市政府办公室的通知",
                        "市政府办公室关于加强安全生产工作的意见", "各乡镇人民政府：", "现转发给你们。"}));
  EXPECT_EQ(Roles(forwarded), (std::vector<std::string>{"title", "body", "body", "body"}));
}

TEST(RecognizeTest, LeaderFieldsAreCaptured) {
  RecognizedBlocks rbs = RecognizeText(testing::kSmallNotice);
  const BlockFacts* leader = nullptr;
  for (size_t i = 0; i < rbs.size(); ++i)
    if (rbs.blocks[i].role == Role::kLeaderHeading && leader == nullptr) leader = &rbs.facts[i];
  ASSERT_NE(leader, nullptr);
  EXPECT_EQ(leader->Field("name"), "王某");
  EXPECT_EQ(leader->Field("title"), "县长");
}

// A Document's blocks are Blocks with roles and markers: recognized again, they are read
// afresh, whatever they carried.
TEST(RecognizeTest, RolesABlockCarriesAreNotTrusted) {
  RecognizedBlocks first = RecognizeText(testing::kSmallNotice);
  const std::vector<std::string> roles = Roles(first);
  for (Block& b : first.blocks) {
    b.role = Role::kCopies;
    b.marker = "99.";
  }
  RecognizedBlocks again = Recognize(std::move(first.blocks));
  EXPECT_EQ(Roles(again), roles);
  for (const Block& b : again.blocks) EXPECT_EQ(b.marker, "");  // Build sets it
}

TEST(RecognizeTest, NoBlocksNoRoles) {
  {
    const RecognizedBlocks rbs = Recognize({});
    EXPECT_TRUE(rbs.blocks.empty());
    EXPECT_TRUE(rbs.facts.empty());
  }
}

// ReadMarker tries a kind only when the first character (and for a bracket, the first one inside
// it past spaces) can start it.
TEST(RecognizeTest, MarkerKindsByTheirFirstCharacters) {
  struct Case {
    std::string text;
    MarkerKind kind;
    int number;
  };
  const Case cases[] = {
      {"（　一 ）推进建设", MarkerKind::kParenChineseNumeral, 1},
      {"( 12 )完善机制", MarkerKind::kParenArabic, 12},
      {"(十二)完善机制", MarkerKind::kParenChineseNumeral, 12},
      {"（牵头单位：县发改局）", MarkerKind::kNone, 0},
      {"（此件公开发布）", MarkerKind::kNone, 0},
      {"（", MarkerKind::kNone, 0},
      {"（　", MarkerKind::kNone, 0},
      {"①加强组织领导", MarkerKind::kCircled, 1},
      {"⑳加强组织领导", MarkerKind::kCircled, 20},
      {"⑴全年安排项目", MarkerKind::kParenArabic, 1},  // the one-character （1）, U+2474
      {"⒇　全年安排项目", MarkerKind::kParenArabic, 20},
      {"⒈加快推进", MarkerKind::kArabic, 1},  // the one-character 1., U+2488
      {"⒛加快推进", MarkerKind::kArabic, 20},
      {"一是新建养老服务站", MarkerKind::kArabic, 1},
      {"十二、加强", MarkerKind::kChineseNumeral, 12},
      {"两、加强", MarkerKind::kChineseNumeral, 2},
      {"一二三四五、加强", MarkerKind::kNone, 0},
      {"第3项　推进", MarkerKind::kArabic, 3},
      {"任务二：推进", MarkerKind::kArabic, 2},
      {"任务12　全市地区生产总值增长", MarkerKind::kArabic, 12},  // a 督办 list's: the space parts them
      {"任务3、推进", MarkerKind::kArabic, 3},
      {"【任务12】", MarkerKind::kArabic, 12},  // over a record of labelled lines
      {"【牵头单位】市发改局", MarkerKind::kNone, 0},
      {"任务3个", MarkerKind::kNone, 0},
      {"事项20项", MarkerKind::kNone, 0},
      {"3、2024年底前完成", MarkerKind::kArabic, 3},
      {"6. 1~6月集中开展大走访", MarkerKind::kArabic, 6},  // a space: no decimal
      // decimal outlines; a decimal number is none (1.2万户, 2.5 倍, 1.05亿元)
      {"1.1 深化改革", MarkerKind::kOutline2, 1},
      {"2.10深化改革", MarkerKind::kOutline2, 10},
      {"3．2　“一网通办”", MarkerKind::kOutline2, 2},
      {"1.2.3 细化措施", MarkerKind::kOutline3, 3},
      {"1-1　全力推进高速公路建设", MarkerKind::kOutline2, 1},  // round 17 (110): 板块-任务
      {"3－12推进改革", MarkerKind::kOutline2, 12},
      {"1-2月完成", MarkerKind::kNone, 0},
      {"㉑完成植树造林", MarkerKind::kCircled, 21},  // round 19 (122): circled numbers past 20
      {"㉟推进", MarkerKind::kCircled, 35},
      {"㊱推进", MarkerKind::kCircled, 36},
      {"㊿推进", MarkerKind::kCircled, 50},
      {"1.2-3 细化", MarkerKind::kNone, 0},  // one kind of separator throughout
      {"4 优化营商环境", MarkerKind::kOutline1, 4},
      {"2.7　PM2.5浓度下降", MarkerKind::kOutline2, 7},
      {"2.4　5G基站新建300个", MarkerKind::kOutline2, 4},  // round 25 (156): a digit after the space
      {"2　5G基站", MarkerKind::kNone, 0},                 // not after a bare number
      {"2.45G基站", MarkerKind::kNone, 0},
      {"5.1\t千方百计稳定就业", MarkerKind::kOutline2, 1},  // Word's label and its tab (round 25, 155)
      {"5.1　千方百计稳定就业", MarkerKind::kOutline2, 1},
      {"5.1千方百计稳定就业", MarkerKind::kNone, 0},  // 5.1千: a quantity, as typed
      {"4优化营商环境", MarkerKind::kNone, 0},
      {"1.2万户居民受益", MarkerKind::kNone, 0},
      {"2.5 倍于上年", MarkerKind::kNone, 0},
      {"1.05亿元用于", MarkerKind::kNone, 0},
      {"2024 年工作要点", MarkerKind::kNone, 0},
      {"1.5GB", MarkerKind::kNone, 0},
      {"3.5公里绿道贯通", MarkerKind::kNone, 0},
      {"1.5小时车程", MarkerKind::kNone, 0},
      {"4.5兆瓦光伏", MarkerKind::kNone, 0},
      {"2.5级以上", MarkerKind::kNone, 0},
      {"5 工作日内办结", MarkerKind::kNone, 0},
  };
  // Round 55 (320): numerals listed after a numeral's 、 (二、三级公路, a line a PDF's wrap opens with),
  // which the recognizer reads as no heading's number where 二、 is out of its headings' turn.
  EXPECT_TRUE(internal::EnumeratesNumerals(2, "三级公路85公里"));
  EXPECT_TRUE(internal::EnumeratesNumerals(3, "四季度集中开展"));
  EXPECT_TRUE(internal::EnumeratesNumerals(1, "二、三产业融合发展"));
  EXPECT_FALSE(internal::EnumeratesNumerals(3, "三级医院创建"));
  EXPECT_FALSE(internal::EnumeratesNumerals(2, "三农工作"));
  EXPECT_FALSE(internal::EnumeratesNumerals(1, "二〇二五年工作回顾"));
  for (const Case& c : cases) {
    const Marker m = internal::ReadMarker(c.text);
    EXPECT_EQ(m.kind, c.kind) << c.text;
    if (c.kind != MarkerKind::kNone) {
      EXPECT_EQ(m.number, c.number) << c.text;
    }
  }
}

// The label is read from the whole match of clause_label, without the spaces and colon after it.
TEST(ClausesTest, LabelsWithSpacesAndEitherColon) {
  auto clause = internal::ParseClauseContent("牵头单位　：县发改局；配合单位 \t:县财政局、县统计局");
  ASSERT_TRUE(clause);
  ASSERT_EQ(clause->parts.size(), 2u);
  EXPECT_EQ(clause->parts[0].label, "牵头单位");
  EXPECT_EQ(clause->parts[0].units, (std::vector<std::string>{"县发改局"}));
  EXPECT_EQ(clause->parts[1].label, "配合单位");
  EXPECT_EQ(clause->parts[1].units, (std::vector<std::string>{"县财政局", "县统计局"}));
  // A label that opens a longer one (牵头 of 牵头单位).
  clause = internal::ParseClauseContent("牵头：县发改局");
  ASSERT_TRUE(clause);
  EXPECT_EQ(clause->parts[0].label, "牵头");
}

// Round 120 (613): the lead said first with no label, then labelled parts naming no lead (与X共同牵头；
// 责任县领导：Y；配合单位：Z): every part read. Not where a label names the lead or the units responsible.
TEST(ClausesTest, AnUnlabelledLeadBeforeLabelledParts) {
  auto clause =
      internal::ParseClauseContent("与县财政局共同牵头；责任县领导：许文静；配合单位：各乡镇（街道）");
  ASSERT_TRUE(clause);
  ASSERT_EQ(clause->parts.size(), 3u);
  EXPECT_EQ(clause->parts[0].role, ClauseRole::kLead);
  EXPECT_EQ(clause->parts[0].units, std::vector<std::string>{"县财政局"});
  EXPECT_EQ(clause->parts[1].role, ClauseRole::kLeader);
  EXPECT_EQ(clause->parts[2].units, std::vector<std::string>{"各乡镇（街道）"});
  clause = internal::ParseClauseContent("县发改局牵头；配合单位：县财政局");
  ASSERT_TRUE(clause);
  ASSERT_EQ(clause->parts.size(), 2u);
  EXPECT_EQ(clause->parts[0].units, std::vector<std::string>{"县发改局"});
  EXPECT_EQ(clause->parts[1].role, ClauseRole::kCooperating);
  // (Beside a labelled lead, the words before it are no clause's part.)
  clause = internal::ParseClauseContent("县发改局牵头；牵头单位：县财政局");
  EXPECT_TRUE(!clause || clause->parts.size() != 2u ||
              clause->parts[0].units != std::vector<std::string>{"县发改局"});
}

// StatesLeadRule runs its pattern only on a text with 牵头, 主责 or 主办 and an ordinal (第一, 首位…).
TEST(ClausesTest, LeadRuleNeedsItsVerb) {
  EXPECT_TRUE(internal::StatesLeadRule("列第一位者为牵头单位"));
  EXPECT_TRUE(internal::StatesLeadRule("排在第一位的是主责部门，下同"));
  EXPECT_FALSE(internal::StatesLeadRule("列第一位者为牵头"));      // the core, but no 单位 or 部门
  EXPECT_FALSE(internal::StatesLeadRule("牵头单位为列第一位者"));  // 牵头, but not after 为
  EXPECT_FALSE(internal::StatesLeadRule("县发改局、县财政局"));
  // Round 120 (611): the role's verb after the kind of unit, no 为 (…的科室牵头, …的部门主办).
  EXPECT_TRUE(internal::StatesLeadRule("列有两个责任科室的，由排在第一位的科室牵头。"));
  EXPECT_TRUE(internal::StatesLeadRule("由排在首位的部门主办，下同"));
  EXPECT_FALSE(internal::StatesLeadRule("列有两个牵头科室的，排在第一位的为主牵头科室。"));
  // Round 73 (394): the first of two leaders leads, not the first unit (列第一位的为牵头委领导).
  EXPECT_TRUE(internal::StatesLeadRule("排在第一位的为牵头委"));
  EXPECT_FALSE(internal::StatesLeadRule("“责任委领导”栏中列两名委领导的，列第一位的为牵头委领导。"));
  EXPECT_TRUE(internal::StatesUnderlineLeadRule("“责任部门”栏中，加下划线的部门为牵头部门，其余为协同部门"));
  EXPECT_TRUE(internal::StatesUnderlineLeadRule("牵头单位以下划线标注"));
  EXPECT_FALSE(internal::StatesUnderlineLeadRule("在关键词下划线"));
}

// clause_is_lead runs only on a text with 为牵头, clause_jointly only on one with 会同 or 联合, and
// leader_name_title only after its DFA said yes: each form still reads as before.
TEST(ClausesTest, UnlabelledFormsAndLeadersBehindTheirWords) {
  struct Case {
    const char* content;
    std::vector<std::string> labels, values;
  };
  const Case cases[] = {
      {"县农业农村局为牵头单位，县水利局、县财政局为配合单位",
       {"牵头", "配合"},
       {"县农业农村局", "县水利局、县财政局"}},
      {"县农业农村局为牵头部门", {"牵头"}, {"县农业农村局"}},
      {"县发改局会同县财政局负责", {"牵头", "配合"}, {"县发改局", "县财政局"}},
      {"县发改局联合县财政局负责", {"牵头", "配合"}, {"县发改局", "县财政局"}},
      {"县发改局、县财政局负责", {"负责"}, {"县发改局、县财政局"}},
      // round 17 (110): the parts a 厅 gives its 处室 and 厅属单位 besides the lead, as cooperating
      {"规划处牵头，省交通规划设计院承担，建设处配合",
       {"牵头", "配合", "配合"},
       {"规划处", "省交通规划设计院", "建设处"}},
      {"各市交通运输局负责，公路处督促指导", {"牵头", "配合"}, {"各市交通运输局", "公路处"}},
      {"建设处牵头，省质监站具体负责", {"牵头", "配合"}, {"建设处", "省质监站"}},
      // round 29 (178): the duty named after the verb of those after a ；; (177) 共青团中央 a unit. (Round
      // 149: two units 按职责分工负责 answer each for its share, none said to lead: 负责, which leads beside
      // helpers unless a rule of the notice's tells.)
      {"应急管理部、公安部按职责分工负责；地方各级人民政府负责落实属地监管责任",
       {"负责", "配合"},
       {"应急管理部、公安部", "地方各级人民政府"}},
      {"人力资源社会保障部牵头，教育部、共青团中央、中国残联等按职责分工负责",
       {"牵头", "配合"},
       {"人力资源社会保障部", "教育部、共青团中央、中国残联等"}},
      // round 47 (281): the local governments that carry it out where they are (按属地负责) take part too
      {"财政部牵头，国家发展改革委、自然资源部等按职责分工负责，各地区按属地负责",
       {"牵头", "配合", "配合"},
       {"财政部", "国家发展改革委、自然资源部等", "各地区"}},
      {"财政部牵头，各地区按属地负责", {"牵头", "配合"}, {"财政部", "各地区"}},
      {"各地区按属地负责", {"负责"}, {"各地区"}},
      // round 32 (195, 196): those who guide or support the units responsible take part
      {"地方各级人民政府负责，发展改革委、财政部指导",
       {"牵头", "配合"},
       {"地方各级人民政府", "发展改革委、财政部"}},
      {"质检总局、国家标准委负责，发展改革委、财政部给予支持",
       {"负责", "配合"},  // (leads, its verb its label: a first-lead rule reads it as responsible)
       {"质检总局、国家标准委", "发展改革委、财政部"}},
      // round 33 (202): those who support, urge or guide first; those responsible after them lead
      {"国家发展改革委、财政部支持，地方各级人民政府负责",
       {"负责", "配合"},
       {"地方各级人民政府", "国家发展改革委、财政部"}},
      {"生态环境部督促，地方各级人民政府负责落实", {"负责", "配合"}, {"地方各级人民政府", "生态环境部"}},
      {"县级人民政府负责，省级人民政府督促，生态环境部指导",
       {"牵头", "配合", "配合"},
       {"县级人民政府", "省级人民政府", "生态环境部"}},
      // the other bodies a clause names: an association, a broadcaster, a working group, a school
      {"科技部牵头，中国科协、中央广播电视总台参与",
       {"牵头", "配合"},
       {"科技部", "中国科协、中央广播电视总台"}},
      {"县发改局牵头，县重点项目建设领导小组、县招商工作专班、县实验小学、县气象台配合",
       {"牵头", "配合"},
       {"县发改局", "县重点项目建设领导小组、县招商工作专班、县实验小学、县气象台"}},
      // round 53 (312): any leaders' label closes the units' clause after its ， or ；, not 责任领导 alone
      {"固体处牵头，土壤处、执法局配合；责任厅领导：冯立",
       {"牵头", "配合", "责任领导"},
       {"固体处", "土壤处、执法局", "冯立"}},
      {"县财政局牵头，县审计局配合，分管县领导:冯立、张伟",
       {"牵头", "配合", "责任领导"},
       {"县财政局", "县审计局", "冯立、张伟"}},
      // a 领导 that is no label's (领导小组) does not close it
      {"县发改局牵头，县重点项目建设领导小组配合", {"牵头", "配合"}, {"县发改局", "县重点项目建设领导小组"}},
  };
  for (const Case& c : cases) {
    auto clause = internal::ParseClauseContent(c.content);
    if (!clause) {
      ADD_FAILURE() << "no clause in " << c.content;
      continue;
    }
    std::vector<std::string> labels, values;
    for (const ClausePart& p : clause->parts) {
      labels.push_back(p.label);
      values.push_back(p.value);
    }
    EXPECT_EQ(labels, c.labels) << c.content;
    EXPECT_EQ(values, c.values) << c.content;
  }
  // (Round 30's review) a rule after the last comma of a labelled value is cut there, the units before it
  // kept.
  auto ruled =
      internal::ParseClauseContent("负责部门：县住建局，县交通运输局、县财政局，列第一位者为牵头部门，下同");
  ASSERT_TRUE(ruled);
  EXPECT_TRUE(ruled->first_is_lead);
  EXPECT_TRUE(ruled->rule_carries);
  ASSERT_EQ(ruled->parts.size(), 1u);
  EXPECT_EQ(ruled->parts[0].units, (std::vector<std::string>{"县住建局", "县交通运输局", "县财政局"}));
  // A bare title joins the leader after it; a person with a title (张三副县长) is no bare title.
  auto leaders =
      internal::ParseClauseContent("责任领导：县委常委、常务副县长邓光明、张三（副县长）、县公安局局长");
  ASSERT_TRUE(leaders);
  EXPECT_EQ(leaders->parts[0].units,
            (std::vector<std::string>{"县委常委、常务副县长邓光明", "张三（副县长）", "县公安局局长"}));
  leaders = internal::ParseClauseContent("责任领导：县委常委、张三副县长、县公安局局长");
  ASSERT_TRUE(leaders);
  EXPECT_EQ(leaders->parts[0].units, (std::vector<std::string>{"县委常委、张三副县长", "县公安局局长"}));
}

// A clause after the last sentence needs a separator before its label (。；; — --).
TEST(ClausesTest, TrailingClauseNeedsASeparator) {
  auto found = internal::FindClauses("全力扩大有效投资。责任单位：市发展改革委、市财政局");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].parts[0].label, "责任单位");
  found = internal::FindClauses("全力扩大有效投资——责任单位：市发展改革委");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(internal::FindClauses("全力扩大有效投资，责任单位：市发展改革委").empty());
  EXPECT_TRUE(internal::FindClauses("全力扩大有效投资。责任单位市发展改革委").empty());
}

// Round 15 (94): A牵头负责，B配合。 without 由, as the item's last sentence or after a comma in it, after a
// clause in brackets too; every name a unit's (车务段 one), and 由… left to its own pattern.
TEST(ClausesTest, TrailingUnitsClauseWithoutYou) {
  auto found =
      internal::FindClauses("建成高速公路。市交通运输局牵头负责，市发展改革委、中国铁路溱阳车务段配合。");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_EQ(found[0].parts.size(), 2u);
  EXPECT_EQ(found[0].parts[0].units, std::vector<std::string>{"市交通运输局"});
  EXPECT_EQ(found[0].parts[1].units, (std::vector<std::string>{"市发展改革委", "中国铁路溱阳车务段"}));
  found = internal::FindClauses("加快建设。市交通运输局、市港航事务中心牵头负责。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].parts[0].units, (std::vector<std::string>{"市交通运输局", "市港航事务中心"}));
  found = internal::FindClauses(
      "全部使用新能源车辆（牵头单位：市交通运输局）。推广电动船舶，市交通运输局牵头负责，市港航事务中心配合"
      "。");
  ASSERT_EQ(found.size(), 2u) << "the bracket's and the sentence's";
  EXPECT_TRUE(internal::FindClauses("各乡镇要对辖区安全生产负责。").empty());
  EXPECT_TRUE(internal::FindClauses("列有两个牵头单位的，由两个单位共同牵头。").empty());
}

// A closing clause followed by the item's deadline (由A牵头，B配合，6月底前完成。): read, and ending where
// the deadline starts; a last part naming someone's part in the work, or no time, is no deadline.
TEST(ClausesTest, ClosingClauseBeforeADeadline) {
  const std::string text = "新建学校3所。由县教育局牵头，县财政局配合，2025年6月底前完成。";
  auto found = internal::FindClauses(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].end, text.rfind("，"));
  ASSERT_EQ(found[0].parts.size(), 2u);
  EXPECT_EQ(found[0].parts[0].units, std::vector<std::string>{"县教育局"});
  EXPECT_EQ(found[0].parts[1].units, std::vector<std::string>{"县财政局"});
  found = internal::FindClauses("改造道路。县交通运输局牵头，县财政局、县自然资源局参与，10月底前完成。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].parts[1].units, (std::vector<std::string>{"县财政局", "县自然资源局"}));
  found = internal::FindClauses("开展活动。由县商务局牵头，县财政局配合，每月10日前报送进展情况。");
  ASSERT_EQ(found.size(), 1u);
  found = internal::FindClauses("建设公园。由县住建局负责，年底前完成");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].parts[0].units, std::vector<std::string>{"县住建局"});
  EXPECT_TRUE(internal::FindClauses("建设公园。由县住建局负责，做好宣传工作。").empty());  // no time
}

// Metamorphic probe: a leader printed name first with a committee's seat after it (邓光明县委常委) is a
// person, the posts right after it are that person's, and the next person is one of their own.
TEST(ClausesTest, ANameFirstLeadersPostsAfterIt) {
  auto clause = internal::ParseClauseContent("责任领导：邓光明县委常委、常务副县长，梁文博副县长");
  ASSERT_TRUE(clause);
  EXPECT_EQ(clause->parts[0].units, (std::vector<std::string>{"邓光明县委常委、常务副县长", "梁文博副县长"}));
  clause = internal::ParseClauseContent("责任领导：邓光明县委常委，梁文博副县长");
  ASSERT_TRUE(clause);
  EXPECT_EQ(clause->parts[0].units, (std::vector<std::string>{"邓光明县委常委", "梁文博副县长"}));
  clause = internal::ParseClauseContent("责任领导：周斌区委常委、副区长");
  ASSERT_TRUE(clause);
  EXPECT_EQ(clause->parts[0].units, std::vector<std::string>{"周斌区委常委、副区长"});
  clause = internal::ParseClauseContent("责任领导：县委常委、副县长张华");
  ASSERT_TRUE(clause);
  EXPECT_EQ(clause->parts[0].units, std::vector<std::string>{"县委常委、副县长张华"});
  // Round 69 (377): a person a line, the 、 between one's titles (a cell's paragraphs).
  clause = internal::ParseClauseContent("责任市领导：刘晗市委常委、组织部部长\n郑佳副市长");
  ASSERT_TRUE(clause);
  EXPECT_EQ(clause->parts[0].units, (std::vector<std::string>{"刘晗市委常委、组织部部长", "郑佳副市长"}));
}

// Metamorphic probe: a unit's lead mark in any bracket a clerk types, with its kind after it or 总 before it:
// 市财政局（牵头单位）, 【牵头】, 〔牵头〕, [牵头], （总牵头）: the unit leads, the mark no part of its name.
TEST(ClausesTest, LeadMarksInAnyBracket) {
  for (const char* mark : {"（牵头单位）", "【牵头】", "〔牵头〕", "[牵头]", "（总牵头）", "(牵头部门)"}) {
    auto clause = internal::ParseClauseContent(std::string("责任单位：市财政局") + mark + "、市税务局");
    ASSERT_TRUE(clause) << mark;
    std::vector<std::string> lead, help;
    for (const ClausePart& p : clause->parts)
      (p.role == ClauseRole::kLead ? lead : help)
          .insert((p.role == ClauseRole::kLead ? lead : help).end(), p.units.begin(), p.units.end());
    EXPECT_EQ(lead, std::vector<std::string>{"市财政局"}) << mark;
    EXPECT_EQ(help, std::vector<std::string>{"市税务局"}) << mark;
  }
}

// The second review's note: in a bare bracket of units too (no label), a mark in another bracket says who
// leads and who helps: （县应急局【牵头】、县公安局）, （县农业农村局〔牵头〕、县财政局〔配合〕）.
TEST(ClausesTest, LeadMarksInABareBracket) {
  for (const auto& [text, expected] :
       {std::pair<std::string, std::string>{"抓好安全生产专项整治。（县应急局【牵头】、县公安局）",
                                            "县应急局"},
        {"推进示范村建设。（县农业农村局〔牵头〕、县财政局〔配合〕）", "县农业农村局"}}) {
    auto found = internal::FindClauses(text);
    ASSERT_EQ(found.size(), 1u) << text;
    std::vector<std::string> lead;
    for (const ClausePart& p : found[0].parts)
      if (p.role == ClauseRole::kLead) lead.insert(lead.end(), p.units.begin(), p.units.end());
    EXPECT_EQ(lead, std::vector<std::string>{expected}) << text;
  }
}

// Gap 275: a clause that opens a sentence of the item, its work after it (A牵头，B配合，推进…): the
// helpers stand where the work starts; units with their share after them (C负责征地拆迁) help too; not
// a person (负责同志), nor a share as long as a sentence.
TEST(ClausesTest, ClauseBeforeTheWorkKeepsItsHelpers) {
  auto found = internal::FindClauses(
      "健全医疗卫生服务体系。市卫生健康委牵头，市医保局配合，推进紧密型县域医共体建设，建成区域医疗中心2个"
      "。");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_EQ(found[0].parts.size(), 2u);
  EXPECT_EQ(found[0].parts[0].units, std::vector<std::string>{"市卫生健康委"});
  EXPECT_EQ(found[0].parts[1].units, std::vector<std::string>{"市医保局"});
  found = internal::FindClauses(
      "推进交通建设。由市交通运输局牵头，市生态环境局配合，沿线县（市、区）政府负责征地拆迁。");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_EQ(found[0].parts.size(), 3u);
  EXPECT_EQ(found[0].parts[2].units, std::vector<std::string>{"沿线县（市、区）政府"});
  found = internal::FindClauses("推进交通建设。由市交通运输局牵头，市生态环境局配合，市财政局负责同志参加。");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_EQ(found[0].parts.size(), 2u) << "负责同志: a person, no share";
  found = internal::FindClauses(
      "推进交通建设。由市交通运输局牵头，市生态环境局配合，市财政局负责统筹安排全市交通建设专项资金。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].parts.size(), 2u) << "a share as long as a sentence is the work's";
  found = internal::FindClauses("开展活动。由县商务局牵头，县财政局配合，每月10日前报送进展情况。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].parts.size(), 2u);
}

// Gap 275: beside a clause in prose, the units another sentence of the item gives a share help; not beside a
// clause in brackets, not after a condition, not a person, not a unit the clause names already.
TEST(ClausesTest, ProseSharesBesideAClauseInProse) {
  const auto helpers = [](const std::string& text) {
    std::vector<ClauseMatch> found = internal::FindClauses(text);
    if (found.empty())
      if (auto inline_clause = internal::InlineClause(text)) found.push_back(std::move(*inline_clause));
    internal::AddProseShares(text, found);
    std::vector<std::string> out;
    for (const ClauseMatch& m : found)
      for (const ClausePart& p : m.parts)
        if (p.role == ClauseRole::kCooperating) out.insert(out.end(), p.units.begin(), p.units.end());
    return out;
  };
  EXPECT_EQ(
      helpers(
          "市工信局牵头，市科技局配合，实施智改数转行动。力争覆盖率达到70%。各县（市、区）政府负责组织本地"
          "企业申报。"),
      (std::vector<std::string>{"市科技局", "各县（市、区）政府"}));
  EXPECT_EQ(helpers("加快文旅融合。市文旅局牵头，创建4A级景区2家。办好龙舟赛，赛事组织工作由市体育局负责。"),
            std::vector<std::string>{"市体育局"});
  const std::string pumps = "加快实施排涝泵站扩容工程，所需资金由市财政局统筹解决。由市水利局牵头实施。";
  EXPECT_EQ(helpers(pumps), std::vector<std::string>{"市财政局"});
  {
    std::vector<ClauseMatch> found = internal::FindClauses(pumps);
    internal::AddProseShares(pumps, found);
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(pumps.substr(found[1].begin, found[1].end - found[1].begin), "市财政局统筹解决")
        << "its position";
  }
  EXPECT_EQ(helpers("推进项目。由市发改委牵头，市财政局配合，各县（市、区）政府负责落实。"),
            (std::vector<std::string>{"市财政局", "各县（市、区）政府"}))
      << "named once";
  EXPECT_EQ(helpers("推进项目。由市发改委牵头，市财政局配合。对推进不力的，由市督查室负责约谈。主要负责同志要"
                    "亲自研究。"),
            std::vector<std::string>{"市财政局"})
      << "a condition's, a person's";
  EXPECT_EQ(helpers("建立考核机制。市国资委会同市人社局负责。"), std::vector<std::string>{"市人社局"});
  EXPECT_TRUE(helpers("推进项目（牵头单位：市发改委）。各县（市、区）政府负责组织申报。").empty())
      << "beside a bracket: the bracket names every unit";
  // The first review's findings: no group of no administration (支持高校, 科研院所, 行业协会), no verb's
  // object (构建政府统筹), no pointer (建设单位, 各责任单位), nothing after a condition two parts back, no
  // one who reports.
  EXPECT_EQ(
      helpers(
          "推进创新。由市科技局牵头，市教育局配合。支持高校、科研院所参与共建平台，鼓励行业协会、商会参与标准"
          "制定。构建政府统筹、部门协同的机制，建设单位负责组织施工，各责任单位要做好信息报送，加快推进。"),
      std::vector<std::string>{"市教育局"});
  EXPECT_EQ(helpers("加强食品安全。由市市场监管局牵头，市农业农村局配合。确需调整的，经市政府同意后，由市财政"
                    "局统筹解决。"
                    "对未按期完成任务的单位，由市政府督查室负责。工作进展情况由市政府督查室负责。"),
            std::vector<std::string>{"市农业农村局"});
}

// The first review's findings on the clause before the work: units of a division with their share
// (各乡镇负责隐患排查) keep the task; a list going on past its comma with no verb (B配合，C、D，E参与) is one
// list; a verb's object is no unit (建立健全政府负责的工作机制).
TEST(ClausesTest, ClauseBeforeTheWorkAfterTheFirstReview) {
  auto found = internal::FindClauses(
      "加强安全生产。由市应急管理局牵头，市公安局配合，各乡镇负责隐患排查，确保不发生事故。");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_EQ(found[0].parts.size(), 3u);
  EXPECT_EQ(found[0].parts[2].units, std::vector<std::string>{"各乡镇"});
  found = internal::FindClauses(
      "开展活动。由市商务局牵头，市财政局配合，市文化广电旅游局、市统计局，各县（市、区）政府参与。");
  ASSERT_EQ(found.size(), 1u);
  std::vector<std::string> helpers;
  for (const ClausePart& p : found[0].parts)
    if (p.role == ClauseRole::kCooperating) helpers.insert(helpers.end(), p.units.begin(), p.units.end());
  EXPECT_EQ(helpers,
            (std::vector<std::string>{"市财政局", "市文化广电旅游局", "市统计局", "各县（市、区）政府"}));
  found = internal::FindClauses(
      "加强安全生产。由市应急管理局牵头，市公安局配合，建立健全政府负责的工作机制，确保安全。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].parts.size(), 2u);
  found = internal::FindClauses(
      "优化营商环境。市政务服务管理局牵头，市司法局配合。工作进展情况由市政府督查室负责。");
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0].parts[0].units, std::vector<std::string>{"市政务服务管理局"});
}

// Gap 100 (a 常务会议纪要's 议定事项): the item's last sentence assigns it in prose, the part that opens it
// naming who leads, every part after it who helps or a time; not a requirement that goes on after its
// units (…，完成情况纳入考核), nor a call to every unit, nor a heading.
TEST(ClausesTest, ProseAssignmentInTheLastSentence) {
  auto units = [](const ClauseMatch& c, size_t k) { return c.parts.at(k).units; };
  auto found = internal::FindClauses(
      "开展走访。市工业和信息化局（以下简称市工信局）要会同市人力资源社会保障局、市地方金融管理局抓好落实，5"
      "月31日"
      "前完成首轮走访。");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_EQ(found[0].parts.size(), 2u);
  EXPECT_EQ(found[0].parts[0].role, ClauseRole::kLead);
  EXPECT_EQ(units(found[0], 0), std::vector<std::string>{"市工业和信息化局"});
  EXPECT_EQ(found[0].parts[1].role, ClauseRole::kCooperating);
  EXPECT_EQ(units(found[0], 1), (std::vector<std::string>{"市人力资源社会保障局", "市地方金融管理局"}));
  found = internal::FindClauses("抓好入库纳统。责成市统计局会同各县（市、区）人民政府于4月25日前完成核查。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(units(found[0], 1), std::vector<std::string>{"各县（市、区）人民政府"});
  found = internal::FindClauses("接种疫苗10万剂次。市卫生健康委负责，市财政局做好资金保障。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].parts[0].role, ClauseRole::kLead) << "负责 beside a helper leads";
  EXPECT_EQ(units(found[0], 1), std::vector<std::string>{"市财政局"});
  found = internal::FindClauses("压减企业18户。由市国资委牵头，各市属国有企业负责落实。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(units(found[0], 1), std::vector<std::string>{"各市属国有企业"});
  found = internal::FindClauses("规范收费管理。市发展改革委、市城管执法局要按照职责分工抓紧推进。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].parts[0].role, ClauseRole::kResponsible) << "two units, no one said to lead";
  found = internal::FindClauses(
      "成立停车治理工作专班，由刘敏副市长任组长，市城管执法局具体负责，市住建局配合，4月底前完成专班组建。");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_EQ(found[0].parts.size(), 3u);
  EXPECT_EQ(found[0].parts[0].role, ClauseRole::kLeader);
  EXPECT_EQ(units(found[0], 1), std::vector<std::string>{"市城管执法局"});
  // A requirement, not an assignment: the sentence goes on after the units, or names what they do at length.
  EXPECT_TRUE(
      internal::FindClauses("强化督查考核。区营商环境服务中心会同区政府督查室对清单任务实行挂图作战、销号"
                            "管理，完成情况纳入年度目标绩效考核。")
          .empty());
  EXPECT_TRUE(
      internal::FindClauses("强化督查考核。市政府督查室会同市发展改革委对任务落实情况实行月调度、季通报。")
          .empty());
  EXPECT_TRUE(internal::FindClauses("加强领导。各地各部门要按照职责分工抓好落实。").empty())
      << "all of a kind";
  EXPECT_TRUE(internal::FindClauses("明确责任。牵头单位要切实履行牵头职责，制定工作方案。").empty());
  EXPECT_TRUE(internal::FindClauses("（二）县经济技术开发区牵头负责的工作").empty()) << "a heading";
  // The review's: a person after the verb (负责同志, 负责人), a part that names no date (每月, 提前), a list
  // of units longer than a line, a leader kept where an older reading would take him for a unit.
  EXPECT_TRUE(internal::FindClauses("会议听取了有关情况汇报。市统计局负责同志作了汇报。").empty());
  EXPECT_TRUE(internal::FindClauses("现将有关事项通知如下。县发改局负责人签字。").empty());
  EXPECT_TRUE(
      internal::FindClauses("强化督查考核。市政府督查室会同市发展改革委实行月调度，每月通报一次。").empty());
  EXPECT_TRUE(internal::FindClauses("做好准备。县财政局牵头，提前谋划。").empty());
  found = internal::FindClauses(
      "抓好落实。责成市住房和城乡建设局会同市发展和改革委员会、市财政局、市自然资源和规划局、市生态环境局、"
      "市城市管理和综合执法局、市水利局、市交通运输局抓好落实。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(units(found[0], 1).size(), 7u);
  EXPECT_EQ(units(found[0], 1).back(), "市交通运输局");
  found = internal::FindClauses("成立工作专班，由刘敏副市长任组长，市城管执法局负责，市住建局配合。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].parts[0].role, ClauseRole::kLeader);
  // Gap 125: 由A牵头 after a comma of the item's only sentence; not after a condition (…的，由…), nor for
  // units pointed at (所列单位); （以上两项由A牵头…）, its units without the items it covers.
  found = internal::FindClauses(
      "强化柴油货车污染管控，每月开展路检路查不少于8次；对超标车辆依法处罚并督促维修复检，由县公安局交警大队"
      "牵头，"
      "县交通运输局配合；");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(units(found[0], 0), std::vector<std::string>{"县公安局交警大队"});
  EXPECT_TRUE(
      internal::FindClauses("对推进不力、企业反映强烈的，由区政府督查室会同区纪委监委机关按程序督办问责。")
          .empty());
  EXPECT_TRUE(internal::FindClauses("括号内未区分牵头和配合的，由所列单位按照职责分工共同负责。").empty());
  found =
      internal::FindClauses("开展协同预报（以上两项由市生态环境局岚阜分局牵头，县气象局、县工信局配合）；");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(units(found[0], 0), std::vector<std::string>{"市生态环境局岚阜分局"});
  EXPECT_EQ(found[0].covers, 2);
  // Round 25 (153): a leader label, then after ； a clause without labels; a helper named with its other
  // name in brackets.
  found = internal::FindClauses(
      "健全应急体系。（省领导：陈晓峰；省应急厅牵头，省发展改革委（省粮食和物资储备局）、省财政厅等按职责分工"
      "负"
      "责）");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_EQ(found[0].parts.size(), 3u);
  EXPECT_EQ(found[0].parts[0].role, ClauseRole::kLeader);
  EXPECT_EQ(units(found[0], 0), std::vector<std::string>{"陈晓峰"});
  EXPECT_EQ(found[0].parts[1].role, ClauseRole::kLead);
  EXPECT_EQ(units(found[0], 1), std::vector<std::string>{"省应急厅"});
  EXPECT_EQ(units(found[0], 2), (std::vector<std::string>{"省发展改革委（省粮食和物资储备局）", "省财政厅"}));
  EXPECT_EQ(internal::FindClauses("开展预报（以上3项由县气象局负责）")[0].covers, 3);
  EXPECT_EQ(internal::FindClauses("开展预报（县气象局负责）")[0].covers, 1);
  // The third review's: a condition before 由 (对推进不力的单位，), a thing dated (2025年新开工项目) no time,
  // 以上两项工作由….
  EXPECT_TRUE(internal::FindClauses("推进重大项目建设。加快项目审批，对推进不力的单位，由县督查室负责通报。")
                  .empty());
  EXPECT_TRUE(internal::FindClauses("统筹资金。确需延期，由县政府办负责协调。").empty());
  found = internal::FindClauses("抓好项目（2025年新开工项目，由县发改局负责）");
  for (const ClauseMatch& c : found)
    for (const ClausePart& p : c.parts) EXPECT_NE(p.role, ClauseRole::kDeadline) << p.value;
  found = internal::FindClauses("开展协同预报（以上两项工作由县工信局牵头）");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(units(found[0], 0), std::vector<std::string>{"县工信局"});
  // Round 23 (145): a paragraph of its own pointing at the task above (该项工作由A主责，B协同), units all of
  // a kind leading where it says so.
  found = internal::FindClauses("该项工作由各区县政府主责，市自然资源和规划局、市林业局协同。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(units(found[0], 0), std::vector<std::string>{"各区县政府"});
  EXPECT_EQ(found[0].parts[0].role, ClauseRole::kLead);
  // Round 22 (139): a leader named in the sentence, with 同志 or a title, is a leader, no unit.
  found = internal::FindClauses("争取资金40亿元以上。由何志远同志负责，县财政局牵头，县发展和改革局配合。");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_EQ(found[0].parts.size(), 3u);
  EXPECT_EQ(units(found[0], 0), std::vector<std::string>{"何志远"});
  EXPECT_EQ(units(found[0], 1), std::vector<std::string>{"县财政局"});
  found = internal::FindClauses("签约项目45个。陈立群县长负责，县投资促进中心、茗川经济开发区管委会落实。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].parts[0].role, ClauseRole::kLeader);
  EXPECT_EQ(found[0].parts[1].role, ClauseRole::kResponsible);
  EXPECT_EQ(units(found[0], 1).size(), 2u);
  // Round 107 (549): a 分工 of a document's measures (国办函's form), 关于“…”的问题，由…: a comma or …的 in
  // the quote no part of the sentence's; 参加 helps; A商B is A会同B; 由 governments after the task; a share
  // of it after its clause (；涉及…的，由C负责落实: C helps); 报… after the work the units'.
  found = internal::FindClauses(
      "（八）关于“务工规模稳定在130万人，对就业帮扶车间吸纳就业的给予奖补”的问题，由省人力资源社会保障厅负责"
      "落实。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(units(found[0], 0), std::vector<std::string>{"省人力资源社会保障厅"});
  found =
      internal::FindClauses("（六）关于“扩大保险范围”的问题，由省财政厅牵头，省农业农村厅、省统计局参加。");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_EQ(found[0].parts.size(), 2u);
  EXPECT_EQ(units(found[0], 1), (std::vector<std::string>{"省农业农村厅", "省统计局"}));
  found = internal::FindClauses(
      "（十三）关于“公路养护资金分担”的问题，由省交通运输厅商省财政厅研究提出具体办法。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(units(found[0], 0), std::vector<std::string>{"省交通运输厅"});
  EXPECT_EQ(units(found[0], 1), std::vector<std::string>{"省财政厅"}) << "not 省财政厅研究提出具体办";
  found = internal::FindClauses("（二十七）关于“推进产权交易市场建设”的问题，由各市（州）人民政府负责落实。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(units(found[0], 0), std::vector<std::string>{"各市（州）人民政府"});
  found = internal::FindClauses(
      "（二十）关于“办好乡村小规模学校”的问题，由省教育厅会同省财政厅研究提出落实意见；涉及学校建设用地的，由"
      "各"
      "市（州）人民政府负责落实。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(units(found[0], 0), std::vector<std::string>{"省教育厅"});
  EXPECT_EQ(units(found[0], 1), std::vector<std::string>{"省财政厅"});
  EXPECT_EQ(units(found[0], 2), std::vector<std::string>{"各市（州）人民政府"});
  found = internal::FindClauses(
      "（十七）关于“稳慎推进宅基地制度改革”的问题，由省农业农村厅会同省自然资源厅研究提出落实意见，报省委农村"
      "工作领导小组审定后实施。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(units(found[0], 1), std::vector<std::string>{"省自然资源厅"});
  // (The 商 of a name, 县商务局, 县工商联, 县招商局, no verb; a condition before 由 outside the quote still
  // one.)
  found = internal::FindClauses("推进外贸发展，由县商务局牵头，县工商联参加。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(units(found[0], 0), std::vector<std::string>{"县商务局"});
  EXPECT_EQ(units(found[0], 1), std::vector<std::string>{"县工商联"});
  EXPECT_EQ(units(internal::FindClauses("推进外贸，由县招商局负责落实。").at(0), 0),
            std::vector<std::string>{"县招商局"});
  EXPECT_TRUE(internal::FindClauses("关于“推进甲”的问题，对推进不力的，由县督查室负责通报。").empty());
  // (The review's: the 商 of a name; a condition before a quote still one; a share that holds to account no
  // share of the task.)
  for (const char* text :
       {"加强质量监管，由县市场监管局商品质量股负责。", "推进物流，由县供销社商贸公司负责。"}) {
    found = internal::FindClauses(text);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].parts.size(), 1u) << text;
  }
  found = internal::FindClauses("做好气象预警，由县气象局会商县水利局发布预警信息。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(units(found[0], 0), std::vector<std::string>{"县气象局"});
  for (const char* text : {"加强企业帮扶。如发现“僵尸企业”，由县工信局牵头依法处置。",
                           "开展“回头看”，对整改不到位的“问题清单”，由县纪委监委负责督办。"})
    EXPECT_TRUE(internal::FindClauses(text).empty()) << text;
  found = internal::FindClauses(
      "推进项目建设，由县发改局牵头，县财政局配合；涉及违纪违法的，由县纪委监委负责追责问责。");
  for (const ClauseMatch& c : found)
    for (const ClausePart& p : c.parts)
      EXPECT_EQ(std::ranges::find(p.units, "县纪委监委"), p.units.end()) << p.value;
  // A time's label in a sentence of its own after the labelled one: one clause from the labels on.
  const std::string_view labelled =
      "开展招商引资。责任单位：县投资促进中心；配合单位：各乡镇人民政府。完成时限：2025年12月";
  found = internal::FindClauses(labelled);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].begin, labelled.find("责任单位"));
  ASSERT_EQ(found[0].parts.size(), 3u);
  EXPECT_EQ(found[0].parts[1].units, std::vector<std::string>{"各乡镇人民政府"});
  EXPECT_EQ(found[0].parts[2].role, ClauseRole::kDeadline);
  EXPECT_TRUE(internal::FindClauses("开展招商引资。力争签约项目10个。完成时限：2025年12月").size() <= 1u);
  for (const ClauseMatch& c : internal::FindClauses("开展招商引资。力争签约项目10个。完成时限：2025年12月"))
    for (const ClausePart& p : c.parts)
      EXPECT_TRUE(p.units.empty() || p.role == ClauseRole::kDeadline) << p.value;
}

// A cell keyed by the items of its row (1、2．A、B ⏎ 3．C): each line's numbers and value; none for a cell
// whose lines do not all open so, or name an item past the row's.
TEST(TableTest, KeyedCellLines) {
  const std::string cell = "1、2．财经委、预算工委\n3．财经委";
  const auto keyed = internal::KeyedCellLines(cell, 3);
  ASSERT_EQ(keyed.size(), 2u);
  EXPECT_EQ(keyed[0].numbers, (std::vector<int>{1, 2}));
  EXPECT_EQ(cell.substr(keyed[0].begin, keyed[0].end - keyed[0].begin), "财经委、预算工委");
  EXPECT_EQ(keyed[1].numbers, std::vector<int>{3});
  EXPECT_TRUE(internal::KeyedCellLines(cell, 2).empty());  // names an item 3 of 2
  EXPECT_TRUE(internal::KeyedCellLines("财经委\n预算工委", 2).empty());
  EXPECT_TRUE(internal::KeyedCellLines("财经委", 2).empty());
}

// A leader before the units' clause by 同志 alone (李强同志负责), by a committee's seat (县委常委刘宏伟负责)
// or in person (县长王明亲自抓), and a unit by its head (县应急局主要领导同志负责): each clause read, the
// units after it kept (before, the first two were read as units or not at all, and the task was lost with its
// clause; the last read the head's words into the unit's name).
TEST(ClausesTest, LeadersAddressedOrInPersonAndUnitsByTheirHeads) {
  struct Case {
    const char* content;
    std::vector<std::string> leaders, lead, cooperating;
  };
  const Case cases[] = {
      {"李强同志负责，县商务局牵头", {"李强"}, {"县商务局"}, {}},
      {"李强、王明同志负责；县商务局牵头，县财政局配合", {"李强", "王明"}, {"县商务局"}, {"县财政局"}},
      {"县委常委刘宏伟负责；县商务局牵头", {"县委常委刘宏伟"}, {"县商务局"}, {}},
      {"县长王明亲自抓，县农业农村局牵头", {"县长王明"}, {"县农业农村局"}, {}},
      {"由县长王明亲自负责，县发展改革局牵头，县财政局配合", {"县长王明"}, {"县发展改革局"}, {"县财政局"}},
      {"县应急局主要领导同志负责，县公安局配合", {}, {"县应急局"}, {"县公安局"}},
      {"县委宣传部党政主要负责同志牵头，县文旅局配合", {}, {"县委宣传部"}, {"县文旅局"}},
  };
  for (const Case& c : cases) {  // (a leader's part as printed, titled: the builder takes the name out)
    SCOPED_TRACE(c.content);
    const auto clause = internal::ParseClauseContent(c.content);
    ASSERT_TRUE(clause);
    std::vector<std::string> leaders, lead, cooperating;
    for (const ClausePart& p : clause->parts) {
      std::vector<std::string>& into = p.role == ClauseRole::kLeader        ? leaders
                                       : p.role == ClauseRole::kCooperating ? cooperating
                                                                            : lead;
      into.insert(into.end(), p.units.begin(), p.units.end());
    }
    EXPECT_EQ(leaders, c.leaders);
    EXPECT_EQ(lead, c.lead);
    EXPECT_EQ(cooperating, c.cooperating);
  }
  // Not a head's words out of a sentence: 主要领导 of no unit, or not before the verb.
  EXPECT_TRUE(internal::WithoutUnitHeads("各单位主要领导要亲自抓").empty());
  EXPECT_TRUE(internal::WithoutUnitHeads("主要领导负责").empty());
  EXPECT_EQ(internal::WithoutUnitHeads("县应急局主要负责同志负责"), "县应急局负责");
}

// Round 21 (130, 132, 133): the labels of a rectification list (整改责任领导, 牵头整改单位, 整改时限) and of
// 包抓 (包抓县级领导, 联系县级领导); a time after the last value without a label of its own
// (（牵头单位：A；责任单位：B；2025年12月底前完成）, 2025年7月1日起执行 though 行 ends a bank's name) is the
// deadline, not a unit.
// Round 70 (381): a label with the kind of body its units are in brackets after it, a 厅's 牵头处室（单位）.
TEST(ClausesTest, LabelsQualifiedByTheKindOfBody) {
  auto clause = internal::ParseClauseContent(
      "分管厅领导：庞志衡；牵头处室（单位）：水旱灾害防御处；配合处室（单位）：运行管理处、省水利信息中心");
  ASSERT_TRUE(clause);
  ASSERT_EQ(clause->parts.size(), 3u);
  EXPECT_EQ(clause->parts[0].role, ClauseRole::kLeader);
  EXPECT_EQ(clause->parts[0].units, std::vector<std::string>{"庞志衡"});
  EXPECT_EQ(clause->parts[1].role, ClauseRole::kLead);
  EXPECT_EQ(clause->parts[1].units, std::vector<std::string>{"水旱灾害防御处"});
  EXPECT_EQ(clause->parts[2].role, ClauseRole::kCooperating);
  EXPECT_EQ(clause->parts[2].units, (std::vector<std::string>{"运行管理处", "省水利信息中心"}));
  clause = internal::ParseClauseContent("牵头单位（部门）：市商务局；配合单位(部门)：市财政局");
  ASSERT_TRUE(clause);
  ASSERT_EQ(clause->parts.size(), 2u);
  EXPECT_EQ(clause->parts[1].units, std::vector<std::string>{"市财政局"});
  // Any short bracket before the colon qualifies the label, which is the words before it: the body the
  // offices belong to, how they take part, the rule that the first leads (a review's finding: the first
  // two read as no clause, the task lost from the list; the third made 排名第一的 a unit).
  EXPECT_TRUE(internal::OpensWithClauseLabel("牵头单位（具体负责）：县发改局"));
  clause = internal::ParseClauseContent("牵头单位（县财政局）：债务处；配合单位（按职责）：县审计局");
  ASSERT_TRUE(clause);
  ASSERT_EQ(clause->parts.size(), 2u);
  EXPECT_EQ(clause->parts[0].role, ClauseRole::kLead);
  EXPECT_EQ(clause->parts[0].units, std::vector<std::string>{"债务处"});
  EXPECT_EQ(clause->parts[1].role, ClauseRole::kCooperating);
  EXPECT_EQ(clause->parts[1].units, std::vector<std::string>{"县审计局"});
  clause = internal::ParseClauseContent("责任单位（排名第一的为牵头单位）：县财政局、县审计局");
  ASSERT_TRUE(clause);
  ASSERT_EQ(clause->parts.size(), 1u);
  EXPECT_EQ(clause->parts[0].role, ClauseRole::kResponsible);
  EXPECT_EQ(clause->parts[0].units, (std::vector<std::string>{"县财政局", "县审计局"}));
  EXPECT_TRUE(clause->first_is_lead);
}

// Round 68 (373): a gazette's page holds the tail of another document, a list of 非遗 items, each
// （申报单位：X）: who applied, no one's part in the work; nor are the words before its colon units.
TEST(ClausesTest, ANameUnderALabelOfNoOnesPartIsNoUnit) {
  for (const ClauseMatch& c : internal::FindClauses("砚溪渔鼓（申报单位：清河县文化馆）"))
    for (const ClausePart& p : c.parts)
      for (const std::string& u : p.units) EXPECT_EQ(u.find("："), std::string::npos) << u;
  EXPECT_FALSE(internal::UnitsColonClause("砚溪渔鼓（申报单位：清河县文化馆）"));
  EXPECT_TRUE(internal::UnitsColonClause("县发展和改革局：负责项目谋划储备"));
}

TEST(ClausesTest, RectificationAndBaozhuaLabelsAndAnUnlabelledTime) {
  auto clause = internal::ParseClauseContent(
      "整改责任领导：刘卫东（县委常委、常务副县长）；牵头整改单位：县财政局；整改时限：2025年底");
  ASSERT_TRUE(clause);
  ASSERT_EQ(clause->parts.size(), 3u);
  EXPECT_EQ(clause->parts[0].role, ClauseRole::kLeader);
  EXPECT_EQ(clause->parts[1].role, ClauseRole::kLead);
  EXPECT_EQ(clause->parts[2].role, ClauseRole::kDeadline);
  clause = internal::ParseClauseContent("包抓县级领导：王振宇（县长）　责任单位：县发改局（牵头）、县统计局");
  ASSERT_TRUE(clause);
  EXPECT_EQ(clause->parts[0].role, ClauseRole::kLeader);
  clause =
      internal::ParseClauseContent("牵头单位：市民政局；责任单位：市财政局、各区县政府；2025年7月1日起执行");
  ASSERT_TRUE(clause);
  ASSERT_EQ(clause->parts.size(), 3u);
  EXPECT_EQ(clause->parts[1].units, (std::vector<std::string>{"市财政局", "各区县政府"}));
  EXPECT_EQ(clause->parts[2].role, ClauseRole::kDeadline);
  EXPECT_EQ(clause->parts[2].value, "2025年7月1日起执行");
  clause = internal::ParseClauseContent("牵头单位：市民政局；责任单位：市财政局；中国农业银行");
  ASSERT_TRUE(clause);
  EXPECT_EQ(clause->parts.size(), 2u) << "a unit after the ；, no time";
  // Round 23: the time first (142); 主责 beside 牵头 carries out, not leads (145); a 街道's 协同科室 and
  // 责任社区 (144).
  clause = internal::ParseClauseContent("2025年底前完成，工业和信息化部牵头");
  ASSERT_TRUE(clause);
  ASSERT_EQ(clause->parts.size(), 2u);
  EXPECT_EQ(clause->parts[0].units, std::vector<std::string>{"工业和信息化部"});
  EXPECT_EQ(clause->parts[1].role, ClauseRole::kDeadline);
  clause = internal::ParseClauseContent("牵头：市生态环境局；主责：各区县政府；协同：市公安局");
  ASSERT_TRUE(clause);
  ASSERT_EQ(clause->parts.size(), 3u);
  EXPECT_EQ(clause->parts[0].role, ClauseRole::kLead);
  EXPECT_EQ(clause->parts[1].role, ClauseRole::kResponsible);
  clause = internal::ParseClauseContent("主责部门：市生态环境局；协同部门：市公安局");
  ASSERT_TRUE(clause);
  EXPECT_EQ(clause->parts[0].role, ClauseRole::kLead) << "主责 alone leads";
  clause =
      internal::ParseClauseContent("分管领导：沈建华　责任科室：党建办　协同科室：党政办　责任社区：各社区");
  ASSERT_TRUE(clause);
  ASSERT_EQ(clause->parts.size(), 4u);
  EXPECT_EQ(clause->parts[2].role, ClauseRole::kCooperating);
  EXPECT_EQ(clause->parts[3].units, std::vector<std::string>{"各社区"});
  // Round 24: 成果形式 names no unit (152); a clause line's closing bracket, opened on the line before, is no
  // part of its last unit (150); （此项工作由公路局负责） (148).
  clause =
      internal::ParseClauseContent("牵头单位：县国资中心　参与单位：县财政局　成果形式：改革方案、制度文件");
  ASSERT_TRUE(clause);
  ASSERT_EQ(clause->parts.size(), 3u);
  EXPECT_TRUE(clause->parts[2].units.empty());
  clause = internal::ParseClauseContent("配合单位：市交通运输局、市港航发展中心］");
  ASSERT_TRUE(clause);
  EXPECT_EQ(clause->parts[0].units, (std::vector<std::string>{"市交通运输局", "市港航发展中心"}));
  clause = internal::ParseClauseContent("此项工作由公路局负责");
  ASSERT_TRUE(clause);
  EXPECT_EQ(clause->parts[0].units, std::vector<std::string>{"公路局"});
  for (const char* not_time : {"县老年大学", "各乡镇按月报送进展", "年度考核"}) {
    clause = internal::ParseClauseContent(std::string("牵头单位：市民政局；责任单位：市财政局；") + not_time);
    ASSERT_TRUE(clause);
    EXPECT_EQ(clause->parts.size(), 2u) << not_time;
  }
  // A time closing the units that take part: 商务部牵头，海关总署等按职责分工负责，2025年底前完成 (round 22,
  // 135).
  clause = internal::ParseClauseContent("商务部牵头，海关总署、市场监管总局等按职责分工负责，2025年底前完成");
  ASSERT_TRUE(clause);
  ASSERT_GE(clause->parts.size(), 2u);
  EXPECT_EQ(clause->parts[1].units, (std::vector<std::string>{"海关总署", "市场监管总局"}));
}

// Round 20 (126): labels in 【】 closing an item, each value up to the next
// (…互认。【牵头】A【配合】B、C【时限】…); not a 【】 that opens the item, nor a remark in 【】.
TEST(ClausesTest, LabelsInLenticularBracketsCloseAnItem) {
  const std::string text =
      "推行证照分离改革。【牵头】区市场监管局【配合】区司法局、各镇（街道）【时限】2025年6月底前";
  auto found = internal::FindClauses(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].begin, text.find("【"));
  ASSERT_EQ(found[0].parts.size(), 3u);
  EXPECT_EQ(found[0].parts[0].units, std::vector<std::string>{"区市场监管局"});
  EXPECT_EQ(found[0].parts[1].units, (std::vector<std::string>{"区司法局", "各镇（街道）"}));
  EXPECT_EQ(found[0].parts[2].role, ClauseRole::kDeadline);
  EXPECT_TRUE(internal::FindClauses("推进改革。【亮点】全省首创。").empty());
}

// A clause whose bracket is never closed is read to the paragraph's end, when that rest is one
// clause; not when a sentence follows, and not a remark.
TEST(ClausesTest, UnclosedBracketAtTheEndIsReadToTheEnd) {
  const std::string text = "完成县中医院升级改造。（牵头单位：县卫健局；配合单位：县财政局。";
  auto found = internal::FindClauses(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_TRUE(found[0].unclosed);
  EXPECT_EQ(found[0].begin, text.find("（"));
  EXPECT_EQ(found[0].end, text.size());
  ASSERT_EQ(found[0].parts.size(), 2u);
  EXPECT_EQ(found[0].parts[0].units, std::vector<std::string>{"县卫健局"});
  EXPECT_EQ(found[0].parts[1].units, std::vector<std::string>{"县财政局"});
  // A closed clause before it is kept, and is not unclosed.
  found = internal::FindClauses("推进建设（牵头单位：县发改局）。（配合单位：县财政局");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_FALSE(found[0].unclosed);
  EXPECT_TRUE(found[1].unclosed);
  EXPECT_TRUE(internal::FindClauses("推进建设（牵头单位：县发改局。完成验收").empty());  // a sentence follows
  EXPECT_TRUE(internal::FindClauses("推进建设（以下简称“双减”").empty());                // a remark
}

// Brackets are found by their first byte; a broken UTF-8 sequence before one does not hide it.
TEST(ClausesTest, BracketsAfterInvalidUtf8) {
  for (std::string text :
       {"\xEF（牵头单位：县发改局）", "\xE4（牵头单位：县发改局）", "\xE3\x80（牵头单位：县发改局）"}) {
    auto found = internal::FindClauses(text);
    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].begin, text.find("（"));
    EXPECT_EQ(found[0].end, text.size());
  }
  auto found = internal::FindClauses("推进建设【牵头单位：县发改局】(配合单位：县财政局)");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].parts[0].label, "配合单位");
}

// A block that is one clause, whole: in brackets of any of the five kinds (nested ones of another
// kind inside), never closed, or a label line; a block that only starts with a bracket is not one.
TEST(ClausesTest, WholeBlockClauseSpansTheBlock) {
  for (std::string text :
       {"（牵头单位：县发改局；配合单位：县财政局）", "(牵头单位：县发改局)", "［牵头单位：县发改局］",
        "[牵头单位：县发改局]", "【牵头单位：县发改局（含下属单位）】", "（牵头单位：县发改局"}) {
    auto clause = internal::WholeBlockClause(text);
    ASSERT_TRUE(clause) << text;
    EXPECT_EQ(clause->begin, 0u) << text;
    EXPECT_EQ(clause->end, text.size()) << text;
    EXPECT_TRUE(clause->parts[0].units[0].starts_with("县发改局")) << text;  // 县发改局（含下属单位）
  }
  EXPECT_TRUE(internal::WholeBlockClause("牵头单位：县发改局"));
  for (std::string text :
       {"（一）牵头单位：县发改局", "（注）推进建设（牵头单位：县发改局）", "（牵头单位：县发改局）推进建设",
        "（牵头单位：县发改局）（配合单位：县财政局）", "〔牵头单位：县发改局〕", "（以下简称“双减”）"})
    EXPECT_FALSE(internal::WholeBlockClause(text)) << text;
}

// Headings whose patterns need a verb (负责, 牵头, 协调…负责落实) and an attachment list (附件：).
TEST(RecognizeTest, HeadingsWithAndWithoutTheirVerbs) {
  RecognizedBlocks rbs = RecognizeText(
      "一、刘泳县长负责的工作\n1."
      "推进建设。\n二、刘泳县长的工作\n（一）县发展和改革局牵头的工作\n（二）县发展和改革局的工作\n"
      "（三）县政府办公室协调，各单位负责落实的工作\n");
  EXPECT_EQ(Roles(rbs), (std::vector<std::string>{"leader_heading", "task", "heading", "unit_heading",
                                                  "heading", "unit_heading"}));
  EXPECT_EQ(rbs.facts[5].Field("coordinator"), "县政府办公室");
}

// A unit heading's units are read without asking RE2 for the group (UnitHeading, recognize.cpp): on
// texts made of the pattern's pieces, the heading must be found where unit_heading matches, with
// the group as its units. Among the pieces: the tail's words split and doubled, a line end (no `.`
// takes it), and 牵 cut short and a lone continuation byte (no character).
TEST(RecognizeTest, UnitHeadingUnitsAreThePatternsGroup) {
  const std::vector<std::string> pieces = {
      "县", "局", "牵头", "负责", "牵", "负", "的", "工作",   "任务", "事项", "（共3项）", "（",  "(",
      "共", "3",  "十",   "项",   "）", ")",  " ",  "\u3000", "\n",   "，",   "\xE7\x89",  "\xB5"};
  std::vector<std::string> texts;
  for (const std::string& a : pieces)
    for (const std::string& b : pieces)
      for (const std::string& c : pieces) texts.push_back(a + b + c);
  // Units, then a tail like the pattern's, often followed by one more piece.
  std::mt19937 rng(20230428);
  auto pick = [&](const std::vector<std::string>& from) { return from[rng() % from.size()]; };
  const std::vector<std::string> verbs = {"牵头负责", "牵头", "负责", "负责牵头", "牵头负责负责"};
  const std::vector<std::string> ofs = {"", "的", "的的"}, works = {"工作", "任务", "事项", "工作任务"};
  const std::vector<std::string> counts = {"",        "",         "（共3项）", " (共　十项)",
                                           "（3项）", "（共项）", "（共3项"};
  for (int n = 0; n < 40000; ++n) {
    std::string text;
    for (int k = static_cast<int>(rng() % 4); k > 0; --k) text += pick(pieces);
    for (const auto* from : {&verbs, &ofs, &works, &counts}) text += pick(*from);
    if (rng() % 3 == 0) text += pick(pieces);
    texts.push_back(text);
  }
  Blocks blocks(texts.size());
  for (size_t i = 0; i < texts.size(); ++i) blocks[i].text = "（一）" + texts[i];
  const RecognizedBlocks rbs = Recognize(std::move(blocks));
  int headings = 0, failures = 0;
  for (size_t i = 0; i < rbs.size() && failures < 10; ++i) {
    const std::string_view rest = std::string_view(rbs.blocks[i].text).substr(rbs.facts[i].marker.length);
    std::string units;
    const bool want = RE2::FullMatch(rest, internal::Pattern(internal::Pat::kUnitHeading), &units);
    const bool got = rbs.blocks[i].role == Role::kUnitHeading;
    // (Or units said to lead with no word of the work after them, 县发展和改革局牵头（3项）: each a unit's
    // name of three characters or more, UnitsLeadingBelow's reading, not the pattern's.)
    const bool named_leads =
        !want && got && !rbs.facts[i].Field("units").empty() && rest.find("工作") == std::string_view::npos &&
        rest.find("任务") == std::string_view::npos && rest.find("事项") == std::string_view::npos;
    if (named_leads) continue;
    if (got != want || (want && rbs.facts[i].Field("units") != units)) {
      ADD_FAILURE() << "\"" << rest << "\": " << (got ? rbs.facts[i].Field("units") : "no heading")
                    << ", the pattern's " << (want ? units : "no match");
      ++failures;
    }
    headings += want;
  }
  EXPECT_GT(headings, 5000);
}

// A review's finding on round 72 (341, a 厅's list): units with no label before or after a leader's
// labelled part, parted by a ；. The units before it were read as no clause (the task lost); the units
// after it were read as more leaders.
TEST(ClausesTest, UnitsWithoutALabelBesideALeadersLabel) {
  auto clause = internal::ParseClauseContent("驻厅纪检监察组、机关纪委、建设管理处；责任厅领导：司徒静");
  ASSERT_TRUE(clause);
  ASSERT_EQ(clause->parts.size(), 2u);
  EXPECT_EQ(clause->parts[0].role, ClauseRole::kResponsible);
  EXPECT_EQ(clause->parts[0].units, (std::vector<std::string>{"驻厅纪检监察组", "机关纪委", "建设管理处"}));
  EXPECT_EQ(clause->parts[1].role, ClauseRole::kLeader);
  EXPECT_EQ(clause->parts[1].units, std::vector<std::string>{"司徒静"});
  clause = internal::ParseClauseContent("责任县领导：张强；县统计局、各乡镇");
  ASSERT_TRUE(clause);
  ASSERT_EQ(clause->parts.size(), 2u);
  EXPECT_EQ(clause->parts[0].units, std::vector<std::string>{"张强"});
  EXPECT_EQ(clause->parts[1].role, ClauseRole::kResponsible);
  EXPECT_EQ(clause->parts[1].units, (std::vector<std::string>{"县统计局", "各乡镇"}));
  // Not beside a unit's label (A、B；牵头单位：C says nothing of A and B), nor names that are persons'.
  EXPECT_FALSE(internal::ParseClauseContent("县统计局、县财政局；牵头单位：县发改局"));
  clause = internal::ParseClauseContent("责任县领导：张强；李华");
  ASSERT_TRUE(clause);
  for (const ClausePart& p : clause->parts) EXPECT_EQ(p.role, ClauseRole::kLeader);
  // (Probes) a leader's post as the label: 分管副县长：, 县政府分管领导：.
  for (std::string_view text :
       {"分管副县长：王明；责任单位：县发改局", "分管常务副市长：王明；牵头单位：市发改委",
        "县政府分管领导：王明；责任单位：县发改局"}) {
    clause = internal::ParseClauseContent(text);
    ASSERT_TRUE(clause) << text;
    ASSERT_EQ(clause->parts.size(), 2u) << text;
    EXPECT_EQ(clause->parts[0].role, ClauseRole::kLeader) << text;
    EXPECT_EQ(clause->parts[0].units, std::vector<std::string>{"王明"}) << text;
  }
  // Round 103 (529): Anhui's 重点工作及责任分解 labels, each a line under its task.
  clause = internal::ParseClauseContent("牵头负责领导：孟庆安；牵头责任单位：市财政局；协同责任单位：市税务局");
  ASSERT_TRUE(clause);
  ASSERT_EQ(clause->parts.size(), 3u);
  EXPECT_EQ(clause->parts[0].role, ClauseRole::kLeader);
  EXPECT_EQ(clause->parts[1].role, ClauseRole::kLead);
  EXPECT_EQ(clause->parts[1].units, std::vector<std::string>{"市财政局"});
  EXPECT_EQ(clause->parts[2].role, ClauseRole::kCooperating);
  // (Probes) the units named before what they are: 县发改局、县财政局为责任单位.
  clause = internal::ParseClauseContent("县发改局、县财政局为责任单位");
  ASSERT_TRUE(clause);
  ASSERT_EQ(clause->parts.size(), 1u);
  EXPECT_EQ(clause->parts[0].role, ClauseRole::kResponsible);
  EXPECT_EQ(clause->parts[0].units, (std::vector<std::string>{"县发改局", "县财政局"}));
  // Round 105 (539): a legislative plan's 起草单位 and 评估单位, and its drafters in a bracket (A、B起草).
  clause = internal::ParseClauseContent("起草单位：市城市管理局、市自然资源和规划局");
  ASSERT_TRUE(clause);
  EXPECT_EQ(clause->parts[0].role, ClauseRole::kResponsible);
  EXPECT_EQ(clause->parts[0].units, (std::vector<std::string>{"市城市管理局", "市自然资源和规划局"}));
  clause = internal::ParseClauseContent("评估单位：市司法局");
  ASSERT_TRUE(clause);
  EXPECT_EQ(clause->parts[0].role, ClauseRole::kResponsible);
  clause = internal::ParseClauseContent("市残联、市住房城乡建设局起草");
  ASSERT_TRUE(clause);
  EXPECT_EQ(clause->parts[0].units, (std::vector<std::string>{"市残联", "市住房城乡建设局"}));
  // (Round 106's review) a note on the drafting names no drafter; a label with 评估 in it is no unit's.
  for (std::string_view note : {"正在起草", "拟起草", "会同县司法局起草", "6月底前完成起草"}) {
    clause = internal::ParseClauseContent(note);
    if (!clause) continue;
    for (const ClausePart& p : clause->parts) {
      EXPECT_NE(p.label, "起草") << note;
    }
  }
  EXPECT_NE(RoleOfClauseLabel("评估方式"), ClauseRole::kResponsible);
  // (The last review) 由A起草 and A负责起草 name the drafter, as A起草 does.
  for (std::string_view drafted : {"由县公安局起草", "县司法局负责起草"}) {
    clause = internal::ParseClauseContent(drafted);
    ASSERT_TRUE(clause) << drafted;
    ASSERT_EQ(clause->parts.size(), 1u) << drafted;
    EXPECT_EQ(clause->parts[0].label, "起草") << drafted;
    EXPECT_EQ(clause->parts[0].role, ClauseRole::kResponsible) << drafted;
  }
  // (Its review) with a time after the units.
  clause = internal::ParseClauseContent("责任县领导：王明；县财政局、县审计局；2025年底前");
  ASSERT_TRUE(clause);
  ASSERT_EQ(clause->parts.size(), 3u);
  EXPECT_EQ(clause->parts[0].units, std::vector<std::string>{"王明"});
  EXPECT_EQ(clause->parts[1].role, ClauseRole::kDeadline);
  EXPECT_EQ(clause->parts[2].units, (std::vector<std::string>{"县财政局", "县审计局"}));
}

// Round 73's review of the label's bracket: persons in charge after their units under 责任单位（责任人）; a
// bare role word with a bracket of anything but a body's kind is no label
// (…责任；责任（各乡镇）：加强日常巡查); a longer rule in the bracket, and 牵头单位列首位, say the first
// leads; 牵头委（室）领导 is no units' rule.
TEST(ClausesTest, WhatALabelsBracketSays) {
  auto clause = internal::ParseClauseContent("责任单位（责任人）：县财政局（张三）、县审计局（李四）");
  ASSERT_TRUE(clause);
  ASSERT_EQ(clause->parts.size(), 2u);
  EXPECT_EQ(clause->parts[0].units, (std::vector<std::string>{"县财政局", "县审计局"}));
  EXPECT_EQ(clause->parts[1].role, ClauseRole::kLeader);
  EXPECT_EQ(clause->parts[1].units, (std::vector<std::string>{"张三", "李四"}));
  for (const char* sentence : {"责任（各乡镇）：负责日常巡查", "牵头（县里）：加强日常巡查"}) {
    clause = internal::ParseClauseContent(sentence);
    if (!clause) continue;
    for (const ClausePart& p : clause->parts)
      for (const std::string& u : p.units) EXPECT_EQ(u.find("巡查"), std::string::npos) << sentence;
  }
  clause = internal::ParseClauseContent(
      "责任单位（排名第一的单位为牵头单位，其他单位为配合单位，下同）：县财政局、县审计局");
  ASSERT_TRUE(clause);
  EXPECT_TRUE(clause->first_is_lead);
  EXPECT_EQ(clause->parts[0].units, (std::vector<std::string>{"县财政局", "县审计局"}));
  // Round 76 (404): the rule after the units' full stop, inside the label's value; the units before it whole.
  clause = internal::ParseClauseContent(
      "责任单位：省安委办、省委组织部，各市州人民政府。排在第一位的为牵头单位，下同");
  ASSERT_TRUE(clause);
  EXPECT_TRUE(clause->first_is_lead);
  EXPECT_EQ(clause->parts[0].units, (std::vector<std::string>{"省安委办", "省委组织部", "各市州人民政府"}));
  EXPECT_TRUE(internal::StatesLeadRule("责任单位中牵头单位列首位"));
  EXPECT_TRUE(internal::StatesLeadRule("牵头部门排在第一位"));
  EXPECT_TRUE(internal::StatesLeadRule("未分别标明的，排在第一位的部门为主办部门，其余为协办部门"));
  EXPECT_FALSE(internal::StatesLeadRule("列第一位的为牵头委（室）领导"));
}

// Round 81 (426): a task's bracket that changes its part's units. 增加配合部门 is a helpers' label;
// 本项无配合部门 is a part of that role naming none (no unit of that name); 括注所列部门 and
// 本部分标注的牵头部门, in the rules that speak of them, point at units and are none.
TEST(ClausesTest, ABracketThatAddsOrDropsHelpers) {
  auto found = internal::FindClauses("实施梯度培育行动。（增加配合部门：财政金融局、规划建设局）");
  ASSERT_EQ(found.size(), 1u);
  ASSERT_EQ(found[0].parts.size(), 1u);
  EXPECT_EQ(found[0].parts[0].label, "增加配合部门");
  EXPECT_EQ(found[0].parts[0].role, ClauseRole::kCooperating);
  EXPECT_EQ(found[0].parts[0].units, (std::vector<std::string>{"财政金融局", "规划建设局"}));
  for (const char* none : {"开展亩均效益评价。（本项无配合部门）", "开展亩均效益评价。（不设配合单位）"}) {
    found = internal::FindClauses(none);
    ASSERT_EQ(found.size(), 1u) << none;
    ASSERT_EQ(found[0].parts.size(), 1u) << none;
    EXPECT_EQ(found[0].parts[0].role, ClauseRole::kCooperating) << none;
    EXPECT_TRUE(found[0].parts[0].units.empty()) << none;
    EXPECT_TRUE(found[0].parts[0].value.empty()) << none;
  }
  EXPECT_FALSE(internal::LooksLikeUnit("括注所列部门"));
  EXPECT_FALSE(internal::LooksLikeUnit("本部分标注的牵头部门"));
  EXPECT_FALSE(internal::LooksLikeUnit("该项只由本部分标注的牵头部门"));
  EXPECT_TRUE(internal::LooksLikeUnit("市研究所"));
  EXPECT_TRUE(internal::LooksLikeUnit("市数据标注产业园管委会")) << "标注 in a unit's own name (review)";
  EXPECT_TRUE(internal::FindClauses("括注“牵头部门：”的，该项由括注所列部门牵头。").empty());
}

// The units a text's clauses say lead and help (every other role's units), and the values of its leaders'
// parts, in the order read.
struct SaidRoles {
  std::vector<std::string> leads, helpers, leaders;
};
SaidRoles RolesIn(std::string_view text) {
  SaidRoles roles;
  for (const ClauseMatch& m : internal::FindClauses(text))
    for (const ClausePart& p : m.parts) {
      if (p.role == ClauseRole::kLeader) {
        roles.leaders.push_back(p.value);
        continue;
      }
      auto& into = p.role == ClauseRole::kLead ? roles.leads : roles.helpers;
      into.insert(into.end(), p.units.begin(), p.units.end());
    }
  return roles;
}

// Round 92 (474): a lead's bracket with its share, （牵头，负责供排水管网30公里）, is no clause of its own
// (the lead was cut at its bracket, 县住房和城乡建设局（, and every helper lost).
TEST(ClausesTest, ALeadsShareInItsBracketKeepsTheLeadAndHelpers) {
  SaidRoles roles = RolesIn(
      "新建改造地下管网42公里。（责任单位：县住房和城乡建设局（牵头，负责供排水管网30公里），"
      "县城市建设投资集团有限公司（负责燃气管网12公里），县城市管理局）");
  EXPECT_EQ(roles.leads, (std::vector<std::string>{"县住房和城乡建设局"}));
  EXPECT_EQ(roles.helpers, (std::vector<std::string>{"县城市建设投资集团有限公司", "县城市管理局"}));
  // (The review: helpers named in the lead's bracket help; a bracket that says more in a clause of no label
  // keeps its task.)
  for (auto [text, lead, helping] :
       std::vector<std::tuple<std::string, std::string, std::vector<std::string>>>{
           {"推进城市更新。（责任单位：县住房和城乡建设局（牵头，县财政局、县自然资源局配合））",
            "县住房和城乡建设局",
            {"县财政局", "县自然资源局"}},
           {"整治城区环境。（县城管局（牵头，负责城区）、各镇人民政府负责）", "县城管局", {"各镇人民政府"}},
           {"推进教育发展。（县教育局（牵头，会同县财政局）、县人社局负责）",
            "县教育局",
            {"县财政局", "县人社局"}},
           // (An old fault the first review found again: a bare （牵头） mark in a clause of no label.)
           {"整治城区环境。（县城管局（牵头）、各镇人民政府负责）", "县城管局", {"各镇人民政府"}},
           // (And one whose others are said to help: 县发改局（牵头）、县财政局配合.)
           {"推进项目建设。（县发改局（牵头）、县财政局配合）", "县发改局", {"县财政局"}},
           {"推进项目建设。（县发改局（牵头）、县财政局、县统计局配合）",
            "县发改局",
            {"县财政局", "县统计局"}},
           {"推进项目建设。（县发改局（牵头）、县财政局、县统计局负责）",
            "县发改局",
            {"县财政局", "县统计局"}}}) {
    roles = RolesIn(text);
    std::sort(roles.helpers.begin(), roles.helpers.end());
    std::sort(helping.begin(), helping.end());
    EXPECT_EQ(roles.leads, (std::vector<std::string>{lead})) << text;
    EXPECT_EQ(roles.helpers, helping) << text;
  }
}

// Round 96 (494): a lead named by its wording, not by order or a 牵头 label: 以A为主 · A为主、B配合 · A统筹 ·
// A牵头抓总 · A主抓 · A统筹协调 after the others; the lead printed after those that help it (B、C配合A负责,
// B协助A实施, B配合A、C落实); 在A统筹下; B做好资金保障 after the lead, A负责资金保障 before it; a town named
// beside units.
TEST(ClausesTest, ALeadNamedByItsWording) {
  for (auto [text, leads, helping] :
       std::vector<std::tuple<std::string, std::vector<std::string>, std::vector<std::string>>>{
           {"推进转移就业。（以县农业农村局为主，县人社局、各乡镇配合）",
            {"县农业农村局"},
            {"县人社局", "各乡镇"}},
           {"推进产教融合。（县教育局为主、县工信局配合，县人社局参与）",
            {"县教育局"},
            {"县工信局", "县人社局"}},
           {"推进医共体建设。（县卫健局统筹，县医保局、县财政局按职责分工负责）",
            {"县卫健局"},
            {"县医保局", "县财政局"}},
           {"实施就业帮扶。（县人社局牵头抓总，县教育局按职责分工负责）", {"县人社局"}, {"县教育局"}},
           {"改造老旧小区。（县住建局主抓，县城管局、城关镇、县供电公司配合）",
            {"县住建局"},
            {"县城管局", "城关镇", "县供电公司"}},
           {"加强药品监管。（县市场监管局、县医保局按职责分工负责，县卫健局统筹协调）",
            {"县卫健局"},
            {"县市场监管局", "县医保局"}},
           {"开展专项行动。（县教育局、团县委配合县人社局负责）", {"县人社局"}, {"县教育局", "团县委"}},
           {"加快门诊楼建设。（县卫健局、县发改局协助县中医医院实施）",
            {"县中医医院"},
            {"县卫健局", "县发改局"}},
           {"发放补贴。（县财政局配合县残联、县民政局落实）", {"县残联", "县民政局"}, {"县财政局"}},
           {"落实贷款政策。（县财政局协助县人社局抓好落实）", {"县人社局"}, {"县财政局"}},
           {"加强校园安全。（在县委政法委统筹下，县教育局、县公安局按职责分工负责）",
            {"县委政法委"},
            {"县教育局", "县公安局"}},
           {"化解信访积案。（县信访局、各乡镇在县委政法委统筹下按职责分工负责）",
            {"县委政法委"},
            {"县信访局", "各乡镇"}},
           {"提高低保标准。（县民政局负责，县财政局做好资金保障）", {"县民政局"}, {"县财政局"}},
           // The unit taking a share named first, the lead after it; 牵头实施 and the like are 牵头.
           {"优化营商环境。（县财政局负责资金保障，县政务服务中心牵头）", {"县政务服务中心"}, {"县财政局"}},
           {"推进示范建设。（县农业农村局牵头实施，县财政局配合）", {"县农业农村局"}, {"县财政局"}},
           {"推进示范建设。（县农业农村局牵头推进，县财政局、县水利局参与）",
            {"县农业农村局"},
            {"县财政局", "县水利局"}},
           // 协同推进 and the like help; a lead named again after its list, or in a sentence of the bracket.
           {"推进甲项工作。（县发改局牵头负责，县财政局协同推进）", {"县发改局"}, {"县财政局"}},
           {"推进乙项工作。（责任单位：县发改局、县财政局，县发改局牵头）", {"县发改局"}, {"县财政局"}},
           {"推进丙项工作。（责任单位：县发改局、县财政局。其中，县发改局为牵头单位）",
            {"县发改局"},
            {"县财政局"}},
           {"推进丁项工作。——县发改局牵头，县财政局配合", {"县发改局"}, {"县财政局"}},
           {"推进监管。（县财政局、县审计局负责资金监管，县发改局牵头）",
            {"县发改局"},
            {"县财政局", "县审计局"}},
           {"推进治理。（县城管局负责城区、各乡镇负责农村，县住建局牵头）",
            {"县住建局"},
            {"县城管局", "各乡镇"}},
           // Round 101 (519): a lead over the others (总牵头单位) and those leading each a part of the task
           // (分项牵头单位, the part in brackets); the lead that coordinates among leads (主牵头) still one
           // of them, the lead among those responsible.
           {"推进投资。（总牵头单位：市发改委；分项牵头单位：市工信局（工业项目）、市住建局（城建项目）；配合"
            "单位：市财政局）",
            {"市发改委", "市工信局", "市住建局"},
            {"市财政局"}},
           {"推进更新。（牵头单位：市住建局（主牵头）、市自然资源局；配合单位：市财政局）",
            {"市住建局", "市自然资源局"},
            {"市财政局"}},
           {"推进审批。（牵头单位：市审批局、市发改委（市发改委为主牵头单位）；配合单位：市司法局）",
            {"市审批局", "市发改委"},
            {"市司法局"}},
           {"推进改革。（责任单位：市审批局、市发改委（市发改委为主牵头单位））", {"市发改委"}, {"市审批局"}},
           {"推进改革。（责任单位：市发改委、市工信局、市财政局（市发改委、市工信局为主牵头单位））",
            {"市发改委", "市工信局"},
            {"市财政局"}},
           // (A lead named in the list's last bracket, with 其中, without 主, or by 牵头 alone; a part of the
           // work in brackets names no lead.)
           {"推进改革。（责任单位：市审批局、市发改委（其中市发改委为主牵头单位））",
            {"市发改委"},
            {"市审批局"}},
           {"推进改革。（责任单位：市审批局、市发改委（市发改委为牵头单位））", {"市发改委"}, {"市审批局"}},
           {"推进改革。（责任单位：市审批局、市财政局（其中市财政局牵头）、市司法局）",
            {"市财政局"},
            {"市审批局", "市司法局"}},
           {"推进改革。（责任单位：市审批局、市发改委、市司法局（市发改委牵头））",
            {"市发改委"},
            {"市审批局", "市司法局"}},
           {"推进改革。（责任单位：市审批局、市发改委（其中：市发改委为主牵头单位））",
            {"市发改委"},
            {"市审批局"}},
           {"推进改革。（责任单位：市审批局、市发改委（其中市发改委主牵头））", {"市发改委"}, {"市审批局"}},
           // (The lead's verb and its helpers parted by 、, not a comma.)
           {"推进公路建设。（县交通运输局牵头、县财政局配合）", {"县交通运输局"}, {"县财政局"}},
           {"推进公路建设。（县交通运输局负责、县财政局、县审计局参与）",
            {"县交通运输局"},
            {"县财政局", "县审计局"}},
           // (The lead the 其中 names by a short name: the unit of the list it stands for, once.)
           {"推进改造。（县住房和城乡建设局、县财政局，其中县住建局牵头）",
            {"县住房和城乡建设局"},
            {"县财政局"}},
           {"推进改造。（县自然资源局、县城市管理局，其中县城市管理局牵头）",
            {"县城市管理局"},
            {"县自然资源局"}},
           {"推进改造。（责任单位：县自然资源局、县城市管理局，其中县城管局牵头）",
            {"县城市管理局"},
            {"县自然资源局"}},
           {"推进改造。（责任单位：县自然资源局、县城市管理局（其中县城管局牵头））",
            {"县城市管理局"},
            {"县自然资源局"}},
           // (More probes: 具体负责 is the lead's verb beside helpers, 配合做好资金保障 a helper's.)
           {"推进申项工作。（县发改局具体负责，县财政局配合）", {"县发改局"}, {"县财政局"}},
           {"推进午项工作。（县发改局牵头负责，县财政局配合做好资金保障）", {"县发改局"}, {"县财政局"}},
           {"推进戊项工作。（领衔领导：王建国；牵头单位：县发改局；协办单位：县财政局）",
            {"县发改局"},
            {"县财政局"}}}) {
    SaidRoles roles = RolesIn(text);
    EXPECT_EQ(roles.leads, leads) << text;
    EXPECT_EQ(roles.helpers, helping) << text;
  }
  // (Round 104's review) a 其中 bracket that names no lead of the list is a note on the name's part, dropped
  // as before: neither the lead nor the unit's name reads it.
  for (const char* text : {"推进改革。（责任单位：县发改局、县财政局（其中县财政局牵头，县发改局配合））",
                           "推进改革。（责任单位：县发改局、县财政局（其中涉及资金的由县财政局牵头））",
                           "推进改革。（责任单位：县发改局、县财政局（其中县能源局为主牵头单位））",
                           // (two characters are too few to stand for a unit's name)
                           "推进改革。（责任单位：县发改局、县财政局（其中县局牵头））"}) {
    SaidRoles roles = RolesIn(text);
    EXPECT_TRUE(roles.leads.empty()) << text;
    EXPECT_EQ(roles.helpers, (std::vector<std::string>{"县发改局", "县财政局"})) << text;
  }
  // (The review's: a bracket of how or where the work is done, 分三个阶段组织实施, 县乡统筹, names no lead.)
  for (const char* text : {"推进建设（分三个阶段组织实施）。（县发改局牵头，县财政局配合）",
                           "推进建设（县乡统筹）。（县发改局牵头，县财政局配合）",
                           "推进建设（政府统筹，市场运作）。（县发改局牵头，县财政局配合）"})
    EXPECT_EQ(RolesIn(text).leads, std::vector<std::string>{"县发改局"}) << text;
  // (A short name two units of the list could stand for names neither.)
  EXPECT_TRUE(
      RolesIn("推进改革。（责任单位：县城市管理局、县城市综合管理局（其中县城管局牵头））").leads.empty());
  // (The review's: a lead marked （牵头） keeps its name beside a unit below it; a short name is no body's
  // above or beside the listed one's, 市交通局 no part of 市公安局交通管理局, 县委办 no 县委网信办.)
  EXPECT_EQ(RolesIn("推进整治。（责任单位：市公安局（牵头）、市公安局交通管理局、市交通运输局）").leads,
            std::vector<std::string>{"市公安局"});
  EXPECT_EQ(RolesIn("推进改革。（责任单位：县委办（牵头）、县委编办）").leads,
            std::vector<std::string>{"县委办"});
  for (const char* text : {"推进整治。（责任单位：市公安局交通管理局、市财政局（其中市交通局牵头））",
                           "推进宣传。（责任单位：县委宣传部、县委网信办（其中县委办牵头））"})
    EXPECT_TRUE(RolesIn(text).leads.empty()) << text;
  // (The review: 负责统筹 is the verb; a lead marked after others of its list is put first; a government
  // itself only frames the clause; prose, persons or 统筹下达 before the verb lead nothing; nor does 全镇.)
  for (auto [text, leads, helping] :
       std::vector<std::tuple<std::string, std::vector<std::string>, std::vector<std::string>>>{
           {"推进就业。（县人社局负责统筹，县财政局配合）", {"县人社局"}, {"县财政局"}},
           {"推进审计。（县财政局、县发改局（牵头）、县审计局配合）", {"县发改局"}, {"县财政局", "县审计局"}},
           {"推进改造。（在县政府统筹下，县住建局牵头，县财政局配合）", {"县住建局"}, {"县财政局"}},
           {"推进救助。（在县人民政府统筹下，县民政局牵头）", {"县民政局"}, {}},
           // (The second review: townships said without 各 lead by 为主; a body read as no unit frames
           // 在…统筹下; a town's name may begin as a pointer does.)
           {"推进治理。（属地乡镇为主，县直部门配合）", {"属地乡镇"}, {"县直部门"}},
           {"推进防汛。（在县防指统筹下，县应急局牵头，县水利局配合）", {"县应急局"}, {"县水利局"}},
           {"推进改造。（县住建局牵头，县城管局、一都镇、城关镇参与）",
            {"县住建局"},
            {"县城管局", "一都镇", "城关镇"}},
           // (And the old faults it found: helpers before the unit they help, after a lead or before a verb.)
           {"推进改造。（县住建局牵头，县财政局配合县住建局落实）", {"县住建局"}, {"县财政局"}},
           {"推进项目。（县财政局配合县发改局负责，县审计局参与）", {"县发改局"}, {"县财政局", "县审计局"}},
           // (A list naming 全镇 is no list of units, as before NamedTownship.)
           {"推进邮政。（县商务局牵头，县邮政公司、全镇、美丽乡配合）", {"县商务局"}, {}}}) {
    SaidRoles roles = RolesIn(text);
    EXPECT_EQ(roles.leads, leads) << text;
    EXPECT_EQ(roles.helpers, helping) << text;
  }
  for (std::string_view text :
       {"推进统筹。（实行县级统筹，县民政局负责）", "推进应急。（属地为主，县应急局负责）",
        "推进就业。（以公益性岗位为主、兼顾市场化岗位，县人社局负责）",
        "推进项目。（分管副县长主抓，县发改局负责）", "推进项目。（在分管副县长统筹下，县发改局负责）",
        "推进资金。（县财政局在市级统筹下达额度内负责）",
        "推进应急。（在所在地乡镇人民政府统筹下，县应急局负责）"}) {
    const SaidRoles roles = RolesIn(text);
    for (const std::string& name : roles.leads)
      EXPECT_TRUE(name == "县民政局" || name == "县应急局" || name == "县人社局" || name == "县发改局" ||
                  name == "县财政局")
          << text << ": " << name;
    for (const std::string& name : roles.helpers) EXPECT_NE(name, "在所县应急局") << text;
  }
  // (Prose is none: 坚持预防为主，防治结合 · 统筹城乡发展 · 城镇 beside a unit.)
  for (std::string_view text : {"加强疾病防控。（坚持预防为主，防治结合）", "推进融合。（统筹推进）",
                                "推进改造。（县住建局主抓，新型城镇、县城管局配合）"}) {
    const SaidRoles roles = RolesIn(text);
    EXPECT_TRUE(std::find(roles.helpers.begin(), roles.helpers.end(), "新型城镇") == roles.helpers.end())
        << text;
    if (!text.starts_with("推进改造")) {
      EXPECT_TRUE(roles.leads.empty() && roles.helpers.empty()) << text;
    }
  }
}

// 479, left last round: a list whose every unit has its own scope in brackets (its area, kind or stage) leads
// unit by unit, the scopes no part of the names. Brackets that name a body, a person or divisions are no
// scope, nor is one unit's alone.
TEST(ClausesTest, EveryUnitWithItsOwnScopeLeads) {
  SaidRoles roles = RolesIn(
      "规范停放秩序。（责任单位：县公安局交通警察大队（城市道路范围内）、县城市管理局（人行道及公共广场）、"
      "县住房和城乡建设局（住宅小区内））");
  EXPECT_EQ(roles.leads,
            (std::vector<std::string>{"县公安局交通警察大队", "县城市管理局", "县住房和城乡建设局"}));
  EXPECT_TRUE(roles.helpers.empty());
  for (std::string_view text :
       {"推进改造。（责任单位：县住建局（局长李明）、县自然资源局（局长冯涛））",
        "推进改造。（责任单位：县人民医院（县医共体总院）、县中医医院（县中医医共体总院））",
        "推进改造。（责任单位：县公安局交通警察大队（城市道路范围内）、县城市管理局）",
        "推进改造。（责任单位：各县（市、区）、各乡（镇、街道））",
        // (The second review: an alias, a person, a time is no scope.)
        "推进改造。（责任单位：县融媒体中心（县广播电视台）、县气象局（县气象台））",
        "推进改造。（责任单位：县住建局（王小明）、县水利局（李建国））",
        "推进改造。（责任单位：县发改局（年底前完成）、县财政局（持续推进））"}) {
    roles = RolesIn(text);
    EXPECT_TRUE(roles.leads.empty()) << text;  // (the first leads by a rule, if the notice has one)
  }
}

// Round 93 (479): a task parted by area, kind, stage or condition (城区由A负责，B配合；集镇由C负责), after
// the leaders or alone: each part's units lead, those said to 配合 help; a scope's label (城区：A；集镇：B)
// too. One part with a scope is no such clause (由A牵头，B配合 is read as before).
TEST(ClausesTest, ATaskPartedByScope) {
  const auto roles = [](std::string_view text) {
    SaidRoles r = RolesIn(text);
    return std::tuple{r.leads, r.helpers, r.leaders};
  };
  auto [leads, helpers, leaders] = roles(
      "开展整治。（责任县领导：周正和；城区由县城市管理局负责，县市场监督管理局配合；集镇由各乡镇人民政府负责"
      "）");
  EXPECT_EQ(leads, (std::vector<std::string>{"县城市管理局", "各乡镇人民政府"}));
  EXPECT_EQ(helpers, (std::vector<std::string>{"县市场监督管理局"}));
  EXPECT_EQ(leaders, (std::vector<std::string>{"周正和"}));
  std::tie(leads, helpers, leaders) = roles(
      "加强管理。（涉及学校周边的，由县教育局牵头；涉及医院周边的，由县卫生健康局牵头；县城市管理局配合）");
  EXPECT_EQ(leads, (std::vector<std::string>{"县教育局", "县卫生健康局"}));
  EXPECT_EQ(helpers, (std::vector<std::string>{"县城市管理局"}));
  std::tie(leads, helpers, leaders) = roles("推行保洁。（城区：县城市管理局；集镇：各乡镇人民政府）");
  EXPECT_EQ(leads, (std::vector<std::string>{"县城市管理局", "各乡镇人民政府"}));
  std::tie(leads, helpers, leaders) =
      roles("开展整治。（小餐饮、小旅馆由县市场监督管理局负责，其余由所在地乡镇人民政府负责）");
  EXPECT_EQ(leads, (std::vector<std::string>{"县市场监督管理局", "所在地乡镇人民政府"}));
  std::tie(leads, helpers, leaders) = roles("开展整治。（由县城市管理局牵头，县市场监督管理局配合）");
  EXPECT_EQ(leads, (std::vector<std::string>{"县城市管理局"}));
  EXPECT_EQ(helpers, (std::vector<std::string>{"县市场监督管理局"}));
}

// Round 95 (489): a work-safety clause gives each unit its kind of duty (负行业监管责任, 负综合监管责任,
// 负属地 管理责任, 负主体责任). Those said to lead lead; else those with the industry's supervision; the rest
// help.
TEST(ClausesTest, WorkSafetyDuties) {
  const auto read = [](std::string_view text) {
    SaidRoles r = RolesIn(text);
    return std::pair{r.leads, r.helpers};
  };
  auto [leads, helpers] = read(
      "深化燃气整治。（县住建局负行业监管责任，县市场监管局、县应急管理局按职责分工负责，各乡镇（街道）负属地"
      "管理责任，"
      "各燃气经营企业负主体责任）");
  EXPECT_EQ(leads, (std::vector<std::string>{"县住建局"}));
  EXPECT_EQ(helpers,
            (std::vector<std::string>{"县市场监管局", "县应急管理局", "各乡镇（街道）", "各燃气经营企业"}));
  std::tie(leads, helpers) = read("加强执法检查。（县应急管理局牵头，各行业主管部门负行业监管责任）");
  EXPECT_EQ(leads, (std::vector<std::string>{"县应急管理局"}));
  EXPECT_EQ(helpers, (std::vector<std::string>{"各行业主管部门"}));
  std::tie(leads, helpers) =
      read("加强在建工程管理。（县交通运输局、县水利局分别负行业监管责任，沿河各乡镇负属地管理责任）");
  EXPECT_EQ(leads, (std::vector<std::string>{"县交通运输局", "县水利局"}));
  EXPECT_EQ(helpers, (std::vector<std::string>{"沿河各乡镇"}));
  EXPECT_TRUE(read("压实企业主体责任。（落实企业主体责任）").first.empty());
}

}  // namespace
}  // namespace gongwen

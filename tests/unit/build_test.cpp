#include <gtest/gtest.h>

#include "core/utf8.h"
#include "gongwen/extract.h"
#include "notice_fixture.h"
#include "patterns/catalogue.h"
#include "recognize/clauses.h"
#include "recognize/table.h"
#include "test_util.h"

namespace gongwen {
namespace {

using V = std::vector<std::string>;

// The names of a task's leaders, in order.
V LeaderNames(const Task& t) {
  V out;
  for (const Leader& l : t.leaders) out.push_back(l.name);
  return out;
}

Document Extract(const std::string& text) {
  Result<Document> doc = ExtractBytes(text, "notice.txt");
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return std::move(doc).value();
}

TEST(BuildTest, Metadata) {
  Document doc = Extract(testing::kSmallNotice);
  const Metadata& m = doc.metadata;
  EXPECT_EQ(m.issuer_mark, "某县人民政府办公室文件");
  ASSERT_TRUE(m.doc_number.has_value());
  EXPECT_EQ(m.doc_number->text, "某政办发〔2024〕7号");
  EXPECT_EQ(m.doc_number->agency_code, "某政办发");
  EXPECT_EQ(m.doc_number->year, 2024);
  EXPECT_EQ(m.doc_number->serial, 7);
  EXPECT_EQ(m.doc_number->span.line, 3u);
  EXPECT_EQ(m.title, "某县人民政府办公室关于印发2024年重点工作任务分工的通知");
  EXPECT_EQ(m.doc_type, "通知");
  EXPECT_EQ(m.addressees, (V{"各乡（镇）人民政府", "县直有关单位"}));
  EXPECT_EQ(m.issuer, "某县人民政府办公室");
  EXPECT_EQ(m.date, "2024-03-05");
  EXPECT_EQ(m.notes, V{"此件公开发布"});
  EXPECT_EQ(m.attachments, V{"2024年重点工作任务分工"});
  EXPECT_EQ(m.cc, (V{"县委", "县人大常委会"}));
  ASSERT_TRUE(m.printed_by.has_value());
  EXPECT_EQ(m.printed_by->issuer, "某县人民政府办公室");
  EXPECT_EQ(m.printed_by->date, "2024-03-06");
  EXPECT_EQ(m.copies, 20);
}

// Round 139 (701): a department's red header is its name alone, without 文件 (岷川省发展和改革委员会), and
// the notice is signed with the same name above its date: the 落款, not the page's running head the same line
// would be anywhere else.
TEST(BuildTest, ASignatureThatRepeatsTheIssuerMark) {
  Document doc = Extract(
      "岷川省发展和改革委员会\n\n岷发改办〔2024〕58号\n\n"
      "岷川省发展和改革委员会关于印发重点任务分工方案的通知\n\n委机关各处室、各直属单位：\n"
      "　　现将重点任务分工方案印发给你们，请认真贯彻落实。\n\n　　附件：重点任务分工方案\n\n\n"
      "                                  岷川省发展和改革委员会\n"
      "                                      2024年3月15日\n　　（此件依申请公开）\n\n"
      "附件\n\n重点任务分工方案\n\n岷川省发展和改革委员会\n"
      "1.实施扩大有效投资攻坚行动。（分管委领导：王勇；牵头处室：投资处）\n");
  EXPECT_EQ(doc.metadata.issuer_mark, "岷川省发展和改革委员会");
  EXPECT_EQ(doc.metadata.issuer, "岷川省发展和改革委员会");
  EXPECT_EQ(doc.metadata.date, "2024-03-15");
  ASSERT_EQ(doc.tasks.size(), 1u);  // (the mark above the task is the page's head, no paragraph of it)
  EXPECT_EQ(doc.tasks[0].text.find("岷川省"), std::string::npos) << doc.tasks[0].text;
}

// Round 141 (718, 720): a time the cover sets for every task that names none is each such task's deadline
// (各项任务除已明确完成时限的外，均须于…前完成); a task's own time stands. And a task merged over rows of
// time nodes (推进计划: 时间节点 | 节点目标), each its own time, is done by the last.
TEST(BuildTest, ACoversTimeForEveryTaskAndATasksLastTimeNode) {
  Document cover = Extract(
      "关于印发任务分工的通知\n\n各单位：\n现将任务分工印发给你们。各项任务除已明确完成时限的外，均须于2024年"
      "12月底前"
      "完成。\n\n沅州市人民政府办公室\n2024年2月23日\n\n附件\n\n1.推进工作。（牵头单位：市发改委）\n"
      "2.推进建设，9月底前完成。（牵头单位：市住建局）\n");
  ASSERT_EQ(cover.tasks.size(), 2u);
  // (Said under a heading among the tasks, it is that heading's tasks' time only.)
  Document under = Extract(
      "关于印发任务分工的通知\n\n各单位：\n现将任务分工印发给你们。\n\n一、重点工作任务\n1."
      "推进项目建设。（县发改局牵头）\n"
      "二、民生实事项目\n民生实事项目中未明确完成时限的，均须于2025年6月底前完成。\n2."
      "新建学校。（县教育局牵头）\n");
  ASSERT_EQ(under.tasks.size(), 2u);
  EXPECT_FALSE(under.tasks[0].deadline.has_value());
  ASSERT_TRUE(under.tasks[1].deadline.has_value());
  EXPECT_EQ(under.tasks[1].deadline->date, "2025-06-30");
  ASSERT_TRUE(cover.tasks[0].deadline.has_value());
  EXPECT_EQ(cover.tasks[0].deadline->text, "2024年12月底前");
  EXPECT_EQ(cover.tasks[0].deadline->date, "2024-12-31");
  ASSERT_TRUE(cover.tasks[1].deadline.has_value());
  EXPECT_EQ(cover.tasks[1].deadline->text, "9月底前");
  // (A time for something else is none: one to report or plan by, or one a part sets for its own tasks.)
  for (const char* cover :
       {"未明确完成时限的任务，每季度末报送进展情况。",
        "未明确完成时限的任务，各牵头单位要于3月底前制定具体推进计划。",
        "未明确完成时限的，请各牵头单位于每季度末报送进展情况，并于12月5日前报送全年工作总结。",
        "除已明确的外，各牵头单位要在6月底前报送半年工作情况。",
        "如无特别说明，各单位须于每月5日前报送上月进展。",
        "本部分任务中未明确完成时限的，均须于6月底前完成。",
        "对未明确完成时限的任务，各牵头单位要于2025年3月15日前完成细化分解，报县政府督查室备案。"}) {
    Document other =
        Extract(std::string("各单位：\n") + cover + "\n\n附件\n\n1.推进工作。（牵头单位：市发改委）\n");
    ASSERT_EQ(other.tasks.size(), 1u);
    EXPECT_FALSE(other.tasks[0].deadline.has_value()) << cover << " " << other.tasks[0].deadline->text;
  }
  // (And those of other words: 完成时限未单独注明的，均为… · 如无特别注明，完成时限均为… ·
  // 除明确时间节点外….)
  for (const char* cover :
       {"各项任务完成时限未单独注明的，均为2024年12月底前。", "如无特别注明，完成时限均为2024年12月底。",
        "除明确时间节点外，各项任务均须于2024年12月底前完成。"}) {
    Document given =
        Extract(std::string("各单位：\n") + cover + "\n\n附件\n\n1.推进工作。（牵头单位：市发改委）\n");
    ASSERT_EQ(given.tasks.size(), 1u);
    ASSERT_TRUE(given.tasks[0].deadline.has_value()) << cover;
    EXPECT_EQ(given.tasks[0].deadline->date, "2024-12-31") << cover;
  }

  Result<Reading> reading = ReadAny(
      "附件\n\n| 序号 | 重点任务 | 牵头单位 | 时间节点 | 节点目标 |\n|---|---|---|---|---|\n"
      "| 1 | 推进项目建设。 | 县发改局 | 3月底前 | 完成前期工作。 |\n"
      "| | | | 6月底前 | 开工建设。 |\n"
      "| | | | 12月底前 | 建成投用。 |\n"
      "| 2 | 推进产业发展。 | 县工信局 | 全年 | 持续推进。 |\n"
      "| 3 | 加快项目建设。 | 县住建局 | 2024年12月底前 | 建成污水处理厂。 |\n"
      "| | | | 2024年10月底前 | 建成产业园。 |\n"
      "| 4 | 完成医院改造。 | 县卫健局 | 2024年6月底前 | 完成主体工程。 |\n"
      "| | | | 长期坚持 | 建立运维机制。 |\n",
      "n.md");
  ASSERT_TRUE(reading.ok());
  // (As a DOCX reads: rows of a Word table, the number, task and lead merged down over the nodes.)
  for (Block& b : reading->blocks) {
    if (b.kind != BlockKind::kTableRow) continue;
    b.location.part = "word/document.xml";
    if (!b.cells.empty() && b.cells[0].empty()) b.merged_above = {true, true, true, false, false};
  }
  Document nodes = ExtractFromReading(*reading);
  ASSERT_EQ(nodes.tasks.size(), 4u);
  ASSERT_TRUE(nodes.tasks[0].deadline.has_value());
  EXPECT_EQ(nodes.tasks[0].deadline->text, "12月底前");
  ASSERT_TRUE(nodes.tasks[1].deadline.has_value());
  EXPECT_EQ(nodes.tasks[1].deadline->text, "全年");
  ASSERT_TRUE(nodes.tasks[2].deadline.has_value());  // (not the last, dated before the first)
  EXPECT_EQ(nodes.tasks[2].deadline->text, "2024年12月底前");
  ASSERT_TRUE(nodes.tasks[3].deadline.has_value());  // (nor one of no date after one dated)
  EXPECT_EQ(nodes.tasks[3].deadline->text, "2024年6月底前");

  // Round 142 (723): a 完成时限 cell of a dash, a slash or 无 gives no time.
  Result<Document> none = ExtractBytes(
      "附件\n\n| 序号 | 重点工作任务 | 牵头单位 | 完成时限 |\n|---|---|---|---|\n| 1 | 推进甲。 | 县甲局 | — "
      "|\n"
      "| 2 | 推进乙。 | 县乙局 | / |\n| 3 | 推进丙。 | 县丙局 | 无 |\n| 4 | 推进丁。 | 县丁局 | 6月底前 |\n",
      "n.md");
  ASSERT_TRUE(none.ok());
  ASSERT_EQ(none->tasks.size(), 4u);
  for (size_t k = 0; k < 3; ++k)
    EXPECT_FALSE(none->tasks[k].deadline.has_value()) << none->tasks[k].deadline->text;
  EXPECT_TRUE(none->tasks[3].deadline.has_value());
}

// Round 142 (722): a 版记 kept as a small table whose copy-to cell wraps inside a name (pandoc's
// reStructuredText grid table: 抄送：县委各部 ⏎ 门，…) is one copy-to line.
TEST(BuildTest, ACopyToCellWrappedInsideAName) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n| 序号 | 重点工作任务 | 牵头单位 |\n|---|---|---|\n| 1 | 推进甲。 | 县甲局 |\n\n"
      "| 抄送：县委各部<br>门，县人大常委会办公室，县政协办公室。 | |\n|---|---|\n"
      "| 枫丘县人民政府办公室 | 2025年3月14日印发 |\n",
      "c.md");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->metadata.cc, (V{"县委各部门", "县人大常委会办公室", "县政协办公室"}));
  ASSERT_TRUE(doc->metadata.printed_by.has_value());
  EXPECT_EQ(doc->metadata.printed_by->issuer, "枫丘县人民政府办公室");
  EXPECT_EQ(doc->tasks.size(), 1u);
}

// Round 142 (724): 责任单位 over two tiers, 县直部门 | 乡镇（街道）: both columns are the task's units, the
// first department leading by the cover's rule, unless a unit of either is marked （牵头）.
TEST(BuildTest, UnitsSplitByTierUnderOneHeader) {
  Result<Reading> reading = ReadAny(
      "各单位：\n“县直部门”栏中排在第一位的为牵头单位，其余为配合单位。\n\n附件\n\n"
      "| 序号 | 重点任务 | 责任单位 | | 完成时限 |\n|---|---|---|---|---|\n"
      "| | | 县直部门 | 乡镇（街道） | |\n"
      "| 1 | 健全垃圾收运体系。 | 县城市管理局、县财政局 | 各乡镇（街道） | 2025年9月底前 |\n"
      "| 2 | 推进户厕改造。 | 县卫生健康局、县农业农村局（牵头） | 各乡镇（街道） | 2025年10月底前 |\n"
      "| 3 | 整治县城周边环境。 | 县住房和城乡建设局、县自然资源局 | 城关镇（牵头）、凤鸣街道 | "
      "2025年9月底前 |\n",
      "t.md");
  ASSERT_TRUE(reading.ok());
  // (As a DOCX reads: rows of a Word table, the header's first cells merged down over its second row.)
  for (Block& b : reading->blocks) {
    if (b.kind != BlockKind::kTableRow) continue;
    b.location.part = "word/document.xml";
    if (b.cells.size() == 5 && b.cells[2] == "县直部门") b.merged_above = {true, true, false, false, true};
  }
  Document doc = ExtractFromReading(*reading);
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[0].responsible_units, (V{"县城市管理局", "县财政局", "各乡镇（街道）"}));
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县城市管理局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, (V{"县财政局", "各乡镇（街道）"}));
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县农业农村局"});
  EXPECT_EQ(doc.tasks[2].lead_units, V{"城关镇"});
  V helpers = doc.tasks[2].cooperating_units;  // (in any order)
  std::sort(helpers.begin(), helpers.end());
  V expected{"县住房和城乡建设局", "县自然资源局", "凤鸣街道"};
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(helpers, expected);
  for (const Task& t : doc.tasks) EXPECT_TRUE(t.extra.empty()) << t.id;

  // (The review's: 乡镇人民政府 is a tier too; 部门意见 under 责任单位 is none, its cell no unit.)
  for (const auto& [tier, unit_tier] :
       std::vector<std::pair<std::string, bool>>{{"乡镇人民政府", true}, {"部门意见", false}}) {
    Result<Reading> r = ReadAny(
        "各单位：\n“县直部门”栏中排在第一位的为牵头单位，其余为配合单位。\n\n附件\n\n"
        "| 序号 | 重点任务 | 责任单位 | | 完成时限 |\n|---|---|---|---|---|\n"
        "| | | 县直部门 | " +
            tier +
            " | |\n"
            "| 1 | 健全垃圾收运体系。 | 县城市管理局、县财政局 | 城关镇人民政府 | 2025年9月底前 |\n",
        "t.md");
    ASSERT_TRUE(r.ok());
    for (Block& b : r->blocks) {
      if (b.kind != BlockKind::kTableRow) continue;
      b.location.part = "word/document.xml";
      if (b.cells.size() == 5 && b.cells[2] == "县直部门") b.merged_above = {true, true, false, false, true};
    }
    Document tiers = ExtractFromReading(*r);
    ASSERT_EQ(tiers.tasks.size(), 1u) << tier;
    EXPECT_EQ(tiers.tasks[0].lead_units, V{"县城市管理局"}) << tier;
    EXPECT_EQ(std::find(tiers.tasks[0].responsible_units.begin(), tiers.tasks[0].responsible_units.end(),
                        "城关镇人民政府") != tiers.tasks[0].responsible_units.end(),
              unit_tier)
        << tier;
  }
}

// The review of round 142's code: a 牵头单位 cell that names no one (/, 无) leaves the first-lead rule to the
// 责任单位 beside it.
TEST(BuildTest, ALeadCellNamingNoOneLeavesTheRuleItsLead) {
  Document doc = Extract(
      "各单位：\n责任单位中排在第一位的为牵头单位。\n\n附件\n\n"
      "| 序号 | 工作任务 | 牵头单位 | 责任单位 | 完成时限 |\n|---|---|---|---|---|\n"
      "| 1 | 推进重点项目一 | 县发改局 | 县财政局、县住建局 | 2024年6月底前 |\n"
      "| 2 | 推进重点项目二 | / | 县财政局、县住建局 | 2024年6月底前 |\n"
      "| 3 | 推进重点项目三 | 无 | 县财政局、县住建局 | 2024年6月底前 |\n");
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县财政局"});
  EXPECT_EQ(doc.tasks[2].lead_units, V{"县财政局"});
}

// Round 143 (726): one table of three numbered blocks, each under a header row of its own, the first block's
// row over the table's first header: 一、 is a section beside 二、 and 三、, not a part over them.
TEST(BuildTest, ATablesNumberedBlocksEachUnderItsOwnHeader) {
  Result<Reading> reading = ReadAny(
      "涔川县人民政府办公室关于印发目标任务分解方案的通知\n\n各乡镇人民政府：\n现将方案印发给你们。\n\n"
      "附件：涔川县2025年目标任务分解方案\n\n涔川县人民政府办公室\n2025年3月1日\n\n附件\n\n"
      "涔川县2025年目标任务分解方案\n\n| 一、主要预期目标（1项） | | | |\n|---|---|---|---|\n"
      "| 序号 | 指标名称 | 预期目标 | 牵头单位 |\n| 1 | 地区生产总值 | 增长6% | 县发改局 |\n"
      "| 二、重点工作任务（1项） | | | |\n| 序号 | 重点工作任务 | 牵头单位 | 完成时限 |\n"
      "| 2 | 推进项目建设。 | 县住建局 | 2025年12月底前 |\n"
      "| 三、民生实事项目（1项） | | | |\n| 序号 | 项目名称 | 责任单位 | 完成时限 |\n"
      "| 1 | 新建学校。 | 县教育局 | 2025年9月底前 |\n",
      "t.md");
  ASSERT_TRUE(reading.ok());
  for (Block& b : reading->blocks)  // (as a DOCX reads: rows of a Word table)
    if (b.kind == BlockKind::kTableRow) b.location.part = "word/document.xml";
  Document doc = ExtractFromReading(*reading);
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[0].id, "1.1");
  EXPECT_EQ(doc.tasks[1].id, "2.2");
  EXPECT_EQ(doc.tasks[2].id, "3.1");
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县住建局"});

  // (The review's: two tables each opening with its own 一、 row, no 二、 below it: each its part, as
  // before.)
  Result<Reading> two = ReadAny(
      "涔川县人民政府办公室关于印发目标任务分解方案的通知\n\n各乡镇人民政府：\n现将方案印发给你们。\n\n"
      "附件：1.重点工作任务\n2.民生实事\n\n涔川县人民政府办公室\n2025年3月1日\n\n附件1\n\n"
      "| 一、重点工作任务 | | |\n|---|---|---|\n| 序号 | 重点工作任务 | 牵头单位 |\n"
      "| 1 | 推进项目建设。 | 县发改局 |\n| 2 | 抓好乡村振兴。 | 县农业农村局 |\n\n附件2\n\n"
      "| 一、民生实事 | | |\n|---|---|---|\n| 序号 | 项目名称 | 责任单位 |\n| 1 | 新建学校。 | 县教育局 |\n",
      "t.md");
  ASSERT_TRUE(two.ok());
  for (Block& b : two->blocks)
    if (b.kind == BlockKind::kTableRow) b.location.part = "word/document.xml";
  Document parts = ExtractFromReading(*two);
  ASSERT_EQ(parts.tasks.size(), 3u);
  EXPECT_EQ(parts.tasks[0].id, "1.1");
  EXPECT_EQ(parts.tasks[2].id, "2.1");
}

// Round 143 (729): a bracket of verbs only, the county leader attached by 挂钩 (a name, a titled name, or
// two), then A牵头 or A、B双牵头, B配合, and the time.
TEST(BuildTest, ALeaderAttachedByGuagou) {
  Document doc = Extract(
      "各单位：\n责任单位只列“负责”的，排在第一位的为牵头单位。\n\n附件\n\n一、产业发展\n"
      "1．推进项目建设。（林志强挂钩，县发改局牵头，县自然资源局、县住建局配合，2025年12月底前完成）\n"
      "2．发展数字经济。（县长陈国华挂钩，县工信局、县数据局双牵头，县财政局配合）\n"
      "3．壮大文旅产业。（许丽娟同志挂钩，县文旅局、县商务局负责）\n");
  ASSERT_EQ(doc.tasks.size(), 3u);
  const auto names = [&](size_t k) {
    V out;
    for (const Leader& l : doc.tasks[k].leaders) out.push_back(l.name);
    return out;
  };
  EXPECT_EQ(names(0), V{"林志强"});
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, (V{"县自然资源局", "县住建局"}));
  EXPECT_EQ(names(1), V{"陈国华"});
  EXPECT_EQ(doc.tasks[1].lead_units, (V{"县工信局", "县数据局"}));
  EXPECT_EQ(doc.tasks[1].cooperating_units, V{"县财政局"});
  EXPECT_EQ(names(2), V{"许丽娟"});
  EXPECT_EQ(doc.tasks[2].lead_units, V{"县文旅局"});
  EXPECT_EQ(doc.tasks[2].cooperating_units, V{"县商务局"});
  // (The review's: a titled person of two titles; a place or a field before 挂钩 is no person.)
  Document others = Extract(
      "附件\n\n一、产业发展\n1．推进项目建设。（县委常委、常务副县长陈国华挂钩，县发改局牵头）\n"
      "2．发展特色农业。（金山镇挂钩，县农业农村局牵头）\n3．推进银企合作。（银企挂钩，县金融办牵头）\n");
  ASSERT_EQ(others.tasks.size(), 3u);
  ASSERT_EQ(others.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(others.tasks[0].leaders[0].name, "陈国华");
  EXPECT_EQ(others.tasks[0].lead_units, V{"县发改局"});
  EXPECT_TRUE(others.tasks[1].leaders.empty());
  EXPECT_TRUE(others.tasks[2].leaders.empty());
}

// Round 144 (734): the county leaders named first in the lead's list, before its units (邓光辉县长、县发改局
// 牵头): the task's leaders, the units after them lead. Titled either way, of two titles (a 、 inside), two
// sharing one title, addressed as 同志 (a padded name too), set off by ， or alone before 牵头 with the
// units' 负责 after them. A list of units only reads as before.
TEST(BuildTest, LeadersNamedFirstInTheLeadsList) {
  Document doc = Extract(
      "各单位：\n现将任务分工印发给你们。\n\n附件\n\n一、产业发展\n"
      "1．推进项目建设。（邓光辉县长、县发展和改革局牵头，县统计局、县商务局配合，年内完成）\n"
      "2．推进财政改革。（县委常委、常务副县长贺敏、县财政局牵头，县税务局配合）\n"
      "3．争取资金。（贺敏常务副县长，县发展和改革局、县财政局牵头，县直有关单位配合）\n"
      "4．招商引资。（邓光辉县长、彭志远副县长，县投资促进中心牵头，各乡镇人民政府配合）\n"
      "5．优化营商环境。（钟　鸣同志、县发展和改革局牵头，县直有关单位配合）\n"
      "6．扫黑除恶。（副县长、县公安局局长邱国庆、县公安局、县司法局牵头，各乡镇人民政府配合）\n"
      "7．污水治理。（苏建华、韩立新副县长，县住房和城乡建设局、县水利局牵头，城关镇人民政府配合）\n"
      "8．巩固脱贫。（韩立新副县长牵头，县农业农村局、县人力资源和社会保障局负责，各乡镇人民政府配合）\n"
      "9．经济监测。（县统计局、县发展和改革局牵头，县直有关单位配合）\n");
  ASSERT_EQ(doc.tasks.size(), 9u);
  const auto names = [&](size_t k) {
    V out;
    for (const Leader& l : doc.tasks[k].leaders) out.push_back(l.name);
    return out;
  };
  const std::vector<std::tuple<V, V, V>> want = {
      {{"邓光辉"}, {"县发展和改革局"}, {"县统计局", "县商务局"}},
      {{"贺敏"}, {"县财政局"}, {"县税务局"}},
      {{"贺敏"}, {"县发展和改革局", "县财政局"}, {"县直有关单位"}},
      {{"邓光辉", "彭志远"}, {"县投资促进中心"}, {"各乡镇人民政府"}},
      {{"钟鸣"}, {"县发展和改革局"}, {"县直有关单位"}},
      {{"邱国庆"}, {"县公安局", "县司法局"}, {"各乡镇人民政府"}},
      {{"苏建华", "韩立新"}, {"县住房和城乡建设局", "县水利局"}, {"城关镇人民政府"}},
      {{"韩立新"}, {"县农业农村局", "县人力资源和社会保障局"}, {"各乡镇人民政府"}},
      {{}, {"县统计局", "县发展和改革局"}, {"县直有关单位"}},
  };
  for (size_t k = 0; k < want.size(); ++k) {
    EXPECT_EQ(names(k), std::get<0>(want[k])) << k;
    EXPECT_EQ(doc.tasks[k].lead_units, std::get<1>(want[k])) << k;
    EXPECT_EQ(doc.tasks[k].cooperating_units, std::get<2>(want[k])) << k;
  }
}

// Round 144 (734): the cover's 标明“负责”的，所列单位为牵头单位: units a clause says are responsible lead,
// however many; without it two units responsible leave the lead undecided.
TEST(BuildTest, UnitsSaidResponsibleLeadWhereTheCoverSaysSo) {
  const std::string tasks =
      "\n\n附件\n\n一、产业发展\n1．落实减税降费政策。（县税务局、县财政局负责，年内完成）\n"
      "2．推进项目建设。（县发改局牵头，县财政局配合）\n";
  Document doc = Extract("各单位：\n任务后括号内，标明“负责”的，所列单位为牵头单位。" + tasks);
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[0].lead_units, (V{"县税务局", "县财政局"}));
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县发改局"});
  Document plain = Extract("各单位：\n请认真贯彻落实。" + tasks);
  ASSERT_EQ(plain.tasks.size(), 2u);
  EXPECT_TRUE(plain.tasks[0].lead_units.empty());
}

// Round 145 (742): the cover's 无牵头单位的，责任单位即为牵头单位 (a parenthesis in a sentence): a bracket
// naming no 牵头单位 has every unit it holds responsible lead; beside a 牵头单位 they help; a task's second
// bracket, a record of its own, leads its part. A unit's 〈〉 inside it stays whole. (740:) a leader's post
// in 〔〕.
TEST(BuildTest, ResponsibleUnitsLeadWhereNoLeadIsNamed) {
  Document doc = Extract(
      "各单位：\n特别是牵头单位（无牵头单位的，责任单位即为牵头单位，下同）要制订具体办理方案。\n\n附件\n\n"
      "一、经济发展\n（一）固定资产投资增长6%左右。（责任单位：市发改委、市城建局、市经信局）\n"
      "（二）培育现代服务业。（牵头单位：市发改委；责任单位：市商务局、市交通运输局）加快区域金融中心建设。"
      "（责任单位：市委金融办、市国资委）\n"
      "（三）地区生产总值增长6%"
      "。（牵头单位：市统计局；责任单位：各区人民政府〈含开发区、风景区〉、市财政局）\n"
      "（四）推进平安建设。（牵头市领导：刘卫东〔副市长、市公安局局长〕；责任单位：市公安局）\n");
  ASSERT_EQ(doc.tasks.size(), 4u);
  EXPECT_EQ(doc.tasks[0].lead_units, (V{"市发改委", "市城建局", "市经信局"}));
  EXPECT_TRUE(doc.tasks[0].cooperating_units.empty());
  EXPECT_EQ(doc.tasks[1].lead_units, (V{"市发改委", "市委金融办", "市国资委"}));
  EXPECT_EQ(doc.tasks[1].cooperating_units, (V{"市商务局", "市交通运输局"}));
  EXPECT_EQ(doc.tasks[2].cooperating_units, (V{"各区人民政府〈含开发区、风景区〉", "市财政局"}));
  ASSERT_EQ(doc.tasks[3].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[3].leaders[0].name, "刘卫东");
  Document plain = Extract(
      "各单位：\n请认真贯彻落实。\n\n附件\n\n一、经济发展\n（一）固定资产投资增长6%"
      "左右。（责任单位：市发改委、"
      "市城建局）\n");
  ASSERT_EQ(plain.tasks.size(), 1u);
  EXPECT_TRUE(plain.tasks[0].lead_units.empty());
}

// Round 146 (748): a 政协's table, 牵头主席 | 承办委室 | 协办委室: the chairman is the task's leader (not a
// lead unit), the offices that 承办 are its units (the first leading, by the cover's rule), those that 协办
// help. A cell naming a person and his post (孙继平副市长) is no column's name.
TEST(BuildTest, AChairmansColumnAndTheOfficesThatUndertake) {
  Document doc = Extract(
      "各委室：\n承办委室有两个以上的，排在第一位的为牵头委室，其余为配合委室。\n\n附件\n\n"
      "| 序号 | 工作任务 | 牵头主席 | 承办委室 | 协办委室 | 时间安排 |\n|---|---|---|---|---|---|\n"
      "| 1 | 开展专题协商。 | 孙卫东 | 经济委、提案委 | 研究室 | 6月 |\n"
      "| 2 | 推进民主监督。 | 黄振宇（秘书长） | 社法委 | / | 全年 |\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  ASSERT_EQ(doc.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[0].leaders[0].name, "孙卫东");
  EXPECT_EQ(doc.tasks[0].lead_units, V{"经济委"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, (V{"提案委", "研究室"}));
  ASSERT_EQ(doc.tasks[1].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[1].leaders[0].name, "黄振宇");
  EXPECT_EQ(doc.tasks[1].lead_units, V{"社法委"});
  Document cells = Extract(
      "附件\n\n| 任务名称 | 牵头单位 | 配合单位 | 责任领导 |\n| --- | --- | --- | --- |\n"
      "| 推进政务服务 | 市政务服务和数据管理局 | 市直各有关单位 | 杜文涛副市长 |\n"
      "| 保障重点项目用地 | 市自然资源和规划局 |  | 孙继平副市长 |\n| 强化人才服务 | 市人社局 | 市教育局 | "
      "郑晓燕副市长 |\n");
  EXPECT_EQ(cells.tasks.size(), 3u);
}

// Round 144 (731): a target broken down to the townships, a row each (责任乡镇（街道） | 分解任务量) under
// the task's number, text, lead and helpers merged down over them, the first row the county's total (全县) or
// the last (合计): the townships help the lead, each row's one no lead of its own; the total names no unit.
TEST(BuildTest, TownshipsQuotaRowsUnderAMergedTaskHelpItsLead) {
  Result<Reading> reading = ReadAny(
      "附件\n\n| 序号 | 目标任务 | 牵头单位 | 配合单位 | 责任乡镇（街道） | 分解任务量 | 完成时限 |\n"
      "|---|---|---|---|---|---|---|\n"
      "| 1 | 全力扩大有效投资。 | 县发改局 | 县财政局、县统计局 | 全县 | 40个 | 12月底前 |\n"
      "| | | | | 东城街道 | 4个 | |\n| | | | | 青石镇 | 3个 | |\n| | | | | 石桥乡、白沙乡 | 各2个 | |\n"
      "| 2 | 稳定就业。 | 县人社局 | 县财政局 | 东城街道 | 500人 | 12月底前 |\n"
      "| | | | | 青石镇 | 300人 | |\n| | | | | 合计 | 800人 | |\n"
      "| 3 | 加强财源建设。 | 县财政局 | 县税务局 | / | / | 12月底前 |\n",
      "q.md");
  ASSERT_TRUE(reading.ok());
  for (Block& b : reading->blocks) {
    if (b.kind != BlockKind::kTableRow) continue;
    b.location.part = "word/document.xml";
    if (!b.cells.empty() && b.cells[0].empty()) b.merged_above = {true, true, true, true, false, false, true};
  }
  Document doc = ExtractFromReading(*reading);
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units,
            (V{"县财政局", "县统计局", "东城街道", "青石镇", "石桥乡", "白沙乡"}));
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县人社局"});
  EXPECT_EQ(doc.tasks[1].cooperating_units, (V{"县财政局", "东城街道", "青石镇"}));
  EXPECT_EQ(doc.tasks[2].cooperating_units, V{"县税务局"});
}

// Round 141 (718): addressees naming two bodies of one place, the second by its kind alone
// (开发区党工委、管委会), are that place's two bodies.
TEST(BuildTest, AddresseesOfOnePlaceSharingItsName) {
  Document doc = Extract(
      "关于印发任务分工的通知\n\n城关街道党工委、办事处，沅州经济技术开发区党工委、管委会，县直各单位：\n"
      "现将任务分工印发给你们。\n\n附件\n\n1.推进工作。（牵头单位：县发改局）\n");
  EXPECT_EQ(doc.metadata.addressees, (V{"城关街道党工委", "城关街道办事处", "沅州经济技术开发区党工委",
                                        "沅州经济技术开发区管委会", "县直各单位"}));
}

// Round 136 (691): a table of two levels, each 重点工作 a row （一） naming the leader and lead of the tasks
// numbered under it: a task's blank cell is its group's, not the row above's (a task's own leader or lead is
// its own only); a group naming only a leader gives that.
TEST(BuildTest, AGroupRowsLeaderAndLeadAreItsTasksBlankCells) {
  const std::string text =
      "各单位：\n附件\n| 序号 | 重点工作及具体任务 | 责任县领导 | 牵头单位 | 配合单位 | 完成时限 |\n"
      "|---|---|---|---|---|---|\n| 一、稳增长（3项） | | | | | |\n"
      "| （一） | 扩大有效投资 | 王勇 | 县发改局 | | |\n"
      "| 1 | 实施重点项目。 | | | 县财政局 | 年底前 |\n"
      "| 2 | 争取专项债券。 | 李四 | 县财政局 | 县发改局 | 年底前 |\n"
      "| 3 | 开展项目攻坚。 | | | 各乡镇 | 每季度末 |\n"
      "| （二） | 推进重点改革 | 张三 | | | |\n"
      "| 4 | 深化国企改革。 | | 县国资办 | / | 年底前 |\n";
  Document doc = Extract(text);
  ASSERT_EQ(doc.tasks.size(), 4u);
  EXPECT_EQ(doc.tasks[0].id, "1");
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(LeaderNames(doc.tasks[0]), V{"王勇"});
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县财政局"});
  EXPECT_EQ(LeaderNames(doc.tasks[1]), V{"李四"});
  EXPECT_EQ(doc.tasks[2].lead_units, V{"县发改局"});  // the group's, not task 2's
  EXPECT_EQ(LeaderNames(doc.tasks[2]), V{"王勇"});
  EXPECT_EQ(doc.tasks[3].lead_units, V{"县国资办"});
  EXPECT_EQ(LeaderNames(doc.tasks[3]), V{"张三"});
  // (The review's: a group naming only the leader leaves the leads' column carried down, a blank lead the
  // lead above, as in any table.)
  Document leader_only = Extract(
      "各单位：\n附件\n| 序号 | 重点任务 | 责任领导 | 牵头单位 | 配合单位 | 完成时限 "
      "|\n|---|---|---|---|---|---|\n"
      "| （一） | 扩大有效投资 | 王勇 |  |  |  |\n| 1 | 推进重大项目建设。 |  | 县发改局 | 县财政局 | 年底前 "
      "|\n"
      "| 2 | 加快城镇更新改造。 |  |  | 县自然资源局 | 年底前 |\n");
  ASSERT_EQ(leader_only.tasks.size(), 2u);
  EXPECT_EQ(leader_only.tasks[1].lead_units, V{"县发改局"});
  EXPECT_EQ(LeaderNames(leader_only.tasks[1]), V{"王勇"});
}

// Round 135 (685): a 任务书 whose tasks are paragraphs, each over a small table of its own: a header of labels
// over a row of values (or a row per part, keyed 城区 | 乡镇), or labels beside values (a pair a row, or two).
TEST(BuildTest, ATasksOwnSmallTableUnderItIsItsClause) {
  const std::string head = "<tr><td>责任县领导</td><td>牵头单位</td><td>责任人</td><td>配合单位</td><td>完成时限</td></tr>";
  Result<Document> doc = ExtractBytes(
      "<html><body><p>各单位：</p><p>一、稳增长</p><p>1．推进甲项工作。</p><table>" + head +
          "<tr><td>王勇</td><td>县发改局</td><td>李卫东（局长）</td><td>县财政局、县统计局</td><td>年底前</td></tr>"
          "</table><p>2．推进乙项工作。</p><p>要求如下。</p><table><tr><td>责任县领导</td><td>林志远</td></tr>"
          "<tr><td>牵头单位</td><td>县商务局</td></tr><tr><td>配合单位</td><td>县工信局</td></tr></table>"
          "<p>3．推进丙项工作。</p><table><tr><td>责任县领导</td><td>张三、李四</td><td>完成时限</td><td>持续推进</td></tr>"
          "<tr><td>牵头单位</td><td>县教育局</td><td>责任人</td><td>王五（局长）</td></tr></table>"
          "<p>4．推进丁项工作。</p><table><tr><td>分项</td><td>责任县领导</td><td>牵头单位</td><td>配合单位</td></tr>"
          "<tr><td>城区</td><td>王勇</td><td>县住建局</td><td>县城管局</td></tr><tr><td>乡镇</td><td>张三</td>"
          "<td>县农业农村局</td><td>各乡镇</td></tr></table></body></html>",
      "o.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"县财政局", "县统计局"}));
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"王勇"});  // 责任人 is the lead's own staff
  EXPECT_EQ(doc->tasks[1].lead_units, V{"县商务局"});
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"林志远"});
  EXPECT_EQ(doc->tasks[2].lead_units, V{"县教育局"});
  EXPECT_EQ(LeaderNames(doc->tasks[2]), (V{"张三", "李四"}));
  EXPECT_EQ(doc->tasks[3].lead_units, (V{"县住建局", "县农业农村局"}));
  EXPECT_EQ(LeaderNames(doc->tasks[3]), (V{"王勇", "张三"}));
  // (A task table's header under a numbered heading stays the table's: its rows are tasks.)
  Result<Document> table = ExtractBytes(
      "<html><body><p>各单位：</p><p>1．稳增长</p><table><tr><td>重点任务</td><td>牵头单位</td><td>配合单位</td></tr>"
      "<tr><td>推进甲项工作。</td><td>县发改局</td><td>县财政局</td></tr><tr><td>推进乙项工作。</td><td>县商务局</td>"
      "<td>县工信局</td></tr></table></body></html>",
      "t.html");
  ASSERT_TRUE(table.ok());
  EXPECT_EQ(table->tasks.size(), 2u);
}

// Round 134 (680): a unit cell split in two, 牵头单位 over 配合单位 in the header and in each task's two rows
// (the other cells merged down over both): the upper cell the lead's, the lower the helpers'; the two merged
// again, all lead.
TEST(BuildTest, AUnitCellSplitInTwoGivesTheLeadAboveAndTheHelpersBelow) {
  const std::string row = "<td rowspan=\"2\">";
  Result<Document> doc = ExtractBytes(
      "<html><body><p>各单位：</p><table><tr>" + row + "序号</td>" + row + "重点工作任务</td>" + row +
          "责任县领导</td><td>牵头单位</td>" + row +
          "完成时限</td></tr><tr><td>配合单位</td></tr>"
          "<tr><td colspan=\"5\">一、稳增长</td></tr><tr>" +
          row + "1</td>" + row + "推进甲项工作。</td>" + row + "张三</td><td>县发改局</td>" + row +
          "年底前</td></tr><tr><td>县财政局、县统计局</td></tr><tr>" + row + "2</td>" + row +
          "推进乙项工作。</td>" + row + "李四</td>" + row + "县商务局、县工信局</td>" + row +
          "年底前</td></tr><tr></tr><tr>" + row + "3</td>" + row + "推进丙项工作。</td>" + row +
          "李四</td><td>县教育局</td>" + row + "年底前</td></tr><tr><td>/</td></tr></table></body></html>",
      "s.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"县财政局", "县统计局"}));
  EXPECT_EQ(doc->tasks[1].lead_units, (V{"县商务局", "县工信局"}));
  EXPECT_TRUE(doc->tasks[1].cooperating_units.empty());
  EXPECT_EQ(doc->tasks[2].lead_units, V{"县教育局"});
  EXPECT_TRUE(doc->tasks[2].cooperating_units.empty());
  // (The review's: 责任单位 over 牵头单位 splits nothing: a task's second row goes on with its units.)
  Result<Document> over = ExtractBytes("<html><body><p>各单位：</p><table><tr>" + row + "序号</td>" + row +
                                           "重点工作任务</td><td>责任单位</td>" + row +
                                           "完成时限</td></tr><tr><td>牵头单位</td></tr><tr>" + row +
                                           "1</td>" + row + "推进甲项工作。</td><td>县发改局</td>" + row +
                                           "年底前</td></tr><tr><td>县自然资源局</td></tr>"
                                           "</table></body></html>",
                                       "o.html");
  ASSERT_TRUE(over.ok());
  ASSERT_EQ(over->tasks.size(), 1u);
  EXPECT_TRUE(over->tasks[0].cooperating_units.empty());
}

// Round 136 (690, and 671, 679, 684 before it): a portal's article page, its banner and menu over a breadcrumb,
// the metadata box (标题：…, 文号：…), the title, a byline over two lines, the number, the title again, then the
// addressees: the head is the notice's, not the page's.
TEST(BuildTest, APortalPagesHeadIsTheNoticesAfterItsBreadcrumb) {
  Document doc = Extract(
      "欢迎访问某市人民政府门户网站！\n首页\n政务公开\n政务服务\n互动交流\n走进某市\n专题专栏\n网站地图\n"
      "当前位置：首页 > 政务公开 > 市政府办文件\n标题：某市人民政府办公室关于印发重点工作任务分工的通知\n"
      "文号：某政办发〔2025〕5号\n某市人民政府办公室关于印发重点工作任务分工的通知\n"
      "发布时间：2025-03-10 16:42来源：市政府办公室浏览次数：\n【字号：大中小】\n某政办发〔2025〕5号\n"
      "某市人民政府办公室关于印发重点工作任务分工的通知\n各县（市、区）人民政府，市政府各部门：\n现将分工印发给你们。\n"
      "一、稳增长\n1．推进甲项工作。（牵头单位：市发改委；责任单位：市财政局）\n");
  const Metadata& m = doc.metadata;
  ASSERT_TRUE(m.doc_number.has_value());
  EXPECT_EQ(m.doc_number->text, "某政办发〔2025〕5号");
  EXPECT_EQ(m.title, "某市人民政府办公室关于印发重点工作任务分工的通知");
  EXPECT_EQ(m.addressees, (V{"各县（市、区）人民政府", "市政府各部门"}));
  ASSERT_EQ(doc.tasks.size(), 1u);
  // (The review's: the font-size switch right under the breadcrumb is no issuer mark.)
  Document sizes = Extract(
      "首页\n政务公开\n当前位置：首页 > 政务公开\n【字号：大 中 "
      "小】\n某市人民政府办公室关于印发重点工作任务分工的通知\n"
      "各县（市、区）人民政府：\n一、稳增长\n1．推进甲项工作。（牵头单位：市发改委）\n");
  EXPECT_EQ(sizes.metadata.issuer_mark, "");
  EXPECT_EQ(sizes.metadata.title, "某市人民政府办公室关于印发重点工作任务分工的通知");
}

TEST(BuildTest, SectionTree) {
  Document doc = Extract(testing::kSmallNotice);
  std::vector<std::string> ids;
  for (const Section& s : doc.sections) ids.push_back(s.id + ":" + SectionKindName(s.kind));
  EXPECT_EQ(ids, (V{"1:part", "1.1:leader", "1.1.1:unit", "1.2:leader", "1.2.2:unit", "2:part", "2.1:leader",
                    "2.1.1:unit"}));
  const Section& leader = doc.sections[1];
  ASSERT_TRUE(leader.leader.has_value());
  EXPECT_EQ(leader.leader->name, "王某");
  EXPECT_EQ(leader.leader->title, "县长");
  EXPECT_EQ(leader.portfolio, "负责县政府全面工作。");
  EXPECT_EQ(leader.parent, 0);
  EXPECT_EQ(doc.sections[0].children, (std::vector<int>{1, 3}));
  EXPECT_EQ(doc.sections[2].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(doc.sections[2].task_ids, (V{"1", "2"}));
  EXPECT_EQ(doc.sections[4].lead_units, V{"县教育局"});
  EXPECT_EQ(doc.sections[4].implementing_units, V{"各学校"});
  EXPECT_EQ(doc.sections[2].span.line, 23u);
}

TEST(BuildTest, TasksWithLeadersUnitsAndClauses) {
  Document doc = Extract(testing::kSmallNotice);
  ASSERT_EQ(doc.tasks.size(), 4u);
  const Task& t2 = doc.tasks[1];
  EXPECT_EQ(t2.id, "2");
  EXPECT_EQ(t2.marker, "2.");
  EXPECT_EQ(t2.text, "推进重点项目建设。");
  ASSERT_EQ(t2.leaders.size(), 1u);
  EXPECT_EQ(t2.leaders[0].name, "王某");
  EXPECT_EQ(t2.lead_units, V{"县发展和改革局"});
  EXPECT_EQ(t2.cooperating_units, (V{"县财政局", "县统计局"}));
  EXPECT_EQ(t2.responsible_units, (V{"县发展和改革局", "县财政局", "县统计局"}));
  ASSERT_EQ(t2.clauses.size(), 1u);
  ASSERT_EQ(t2.clauses[0].parts.size(), 1u);
  EXPECT_EQ(t2.clauses[0].parts[0].label, "主要协同配合单位");
  EXPECT_EQ(t2.clauses[0].parts[0].value, "县财政局、县统计局");
  EXPECT_EQ(t2.section, "1.1.1");
  EXPECT_EQ(t2.section_path, (V{"1", "1.1", "1.1.1"}));
  EXPECT_EQ(t2.span.line, 27u);
  EXPECT_TRUE(doc.tasks[0].cooperating_units.empty()) << "a clause belongs to the task right before it";

  const Task& t3 = doc.tasks[2];
  EXPECT_EQ(t3.text, "建成城区幼儿园。\n（1）完成主体工程。\n（2）9月份投入使用。") << "sub-items stay in their task";
  EXPECT_EQ(t3.lead_units, V{"县教育局"});
  EXPECT_EQ(t3.responsible_units, (V{"县教育局", "各学校", "县住房和城乡建设局"}));
  EXPECT_EQ(t3.leaders[0].name, "张某某");
  EXPECT_EQ(t3.leaders[0].title, "副县长");

  EXPECT_EQ(doc.tasks[3].section, "2.1.1");
}

// A deadline read from a task's own text: the text is scanned only when it holds 年 or 月, which
// every such phrase has (months, 年底, 年内, 上半年, …); a verb alone (完成) is no deadline.
TEST(BuildTest, DeadlineFromTaskText) {
  Document doc = Extract(
      "附件\n\n重点工作任务分工\n\n一、王某县长牵头重点工作\n\n"
      "1.确保2024年6月底前完成改造。\n\n2.力争年内建成。\n\n3.上半年启动试点。\n\n"
      "4.完成主体工程。\n\n5.于3月投产。\n\n6.每月报送进展。\n\n7."
      "推进污水处理厂提标改造，2025年9月底前完工。\n\n"
      "8.力争6月底前出台实施细则。\n\n9.推进城市更新，2025年底前完成。\n");
  ASSERT_EQ(doc.tasks.size(), 9u);
  std::vector<std::string> texts;
  for (const Task& t : doc.tasks) texts.push_back(t.deadline ? t.deadline->text : "-");
  // (2025年底前: the year's end with the year before it, one 年.)
  EXPECT_EQ(texts, (V{"2024年6月底前", "年内", "上半年", "-", "3月", "-", "2025年9月底前", "6月底前",
                      "2025年底前"}));
  EXPECT_EQ(doc.tasks[0].deadline->date, "2024-06-30");
  EXPECT_EQ(doc.tasks[8].deadline->date, "2025-12-31");
  // (The review's: a year before the document's is what the task speaks of, no time to finish by.)
  Result<Document> dated = ExtractBytes(
      "关于印发重点工作任务分工的通知\n\n各单位：\n\n一、重点任务\n\n1."
      "改造2000年底前建成的老旧小区20个。（县住建局牵头）"
      "\n\n2.推进城市更新，2025年底前完成。（县住建局牵头）\n\n某县人民政府\n\n2025年3月1日\n",
      "y.txt");
  ASSERT_TRUE(dated.ok());
  ASSERT_EQ(dated->tasks.size(), 2u);
  EXPECT_FALSE(dated->tasks[0].deadline.has_value());
  ASSERT_TRUE(dated->tasks[1].deadline.has_value());
  EXPECT_EQ(dated->tasks[1].deadline->date, "2025-12-31");
}

TEST(BuildTest, NumberingThatRestartsGivesHierarchicalUniqueIds) {
  Document doc = Extract(
      "附件\n\n重点工作任务分工\n\n一、王某县长牵头重点工作\n\n1.甲任务。\n\n2.乙任务。\n\n二、李某副县长牵头重点工作\n\n1.丙任务。\n");
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[0].id, "1.1");
  EXPECT_EQ(doc.tasks[1].id, "1.2");
  EXPECT_EQ(doc.tasks[2].id, "2.1");
  EXPECT_EQ(doc.tasks[2].leaders[0].name, "李某");
}

TEST(BuildTest, LabelledClauseWithLeaderLeadAndDeadline) {
  Document doc = Extract(
      "附件\n\n任务分工\n\n一、王某县长负责的工作\n\n1.推进老旧小区改造。\n\n（责任领导：张某；牵头单位：区住建局；责任单位：区城管局、各街道；完成时限：2023年6月底前）\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  const Task& t = doc.tasks[0];
  EXPECT_EQ(t.lead_units, V{"区住建局"});
  EXPECT_EQ(t.responsible_units, (V{"区住建局", "区城管局", "各街道"}));
  ASSERT_TRUE(t.deadline.has_value());
  EXPECT_EQ(t.deadline->text, "2023年6月底前");
  EXPECT_EQ(t.deadline->date, "2023-06-30");
  std::vector<std::string> names;
  for (const auto& l : t.leaders) names.push_back(l.name);
  EXPECT_EQ(names, (V{"王某", "张某"}));
  ASSERT_EQ(t.clauses.size(), 1u) << "one printed bracket is one clause";
  std::vector<std::string> labels;
  for (const auto& p : t.clauses[0].parts) labels.push_back(p.label + "=" + p.value);
  EXPECT_EQ(labels, (V{"责任领导=张某", "牵头单位=区住建局", "责任单位=区城管局、各街道", "完成时限=2023年6月底前"}));
}

TEST(BuildTest, ClauseWithNoTaskIsReported) {
  Document doc = Extract("附件\n\n任务分工\n\n一、王某县长负责的工作\n\n（主要协同配合单位：县财政局）\n");
  bool found = false;
  for (const Diagnostic& d : doc.diagnostics) found = found || d.rule == "GW-BUILD-ORPHAN-CLAUSE";
  EXPECT_TRUE(found);
}

// An unclosed clause bracket gives the task its units, and the repair is reported.
TEST(BuildTest, UnclosedClauseIsReadAndReported) {
  Document doc =
      Extract("一、刘泳县长负责的工作\n1.推进重点项目建设。（牵头单位：县发改局；配合单位：县财政局\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_EQ(doc.tasks[0].lead_units, std::vector<std::string>{"县发改局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, std::vector<std::string>{"县财政局"});
  int reported = 0;
  for (const Diagnostic& d : doc.diagnostics) reported += d.rule == "GW-BUILD-CLAUSE-UNCLOSED";
  EXPECT_EQ(reported, 1);
}

TEST(BuildTest, EveryBlockIsKeptInOrder) {
  Document doc = Extract(testing::kSmallNotice);
  ASSERT_FALSE(doc.blocks.empty());
  uint64_t last = 0;
  for (const DocumentBlock& b : doc.blocks) {
    EXPECT_GE(b.span.offset, last);
    last = b.span.offset;
    EXPECT_FALSE(b.original.empty());
  }
}

// Word's automatic numbering lost in a text export: a sentence followed by its clause line is a
// task, numbered under its heading; a leader line under the heading is the heading's, a bulleted
// list (Ÿ⇥) goes with the task over it, a unit list cut at its 、 goes on in the next line, and the
// issuer mark repeated as a page's running head is no paragraph of the task.
TEST(BuildTest, TasksWhoseNumbersATextExportLost) {
  Document doc = Extract(
      "某县人民政府办公室文件\n\n某政办发〔2025〕8号\n\n某县人民政府办公室关于印发重点工作任务分解的通知\n\n"
      "各乡镇人民政府：\n\n现将任务分解印发给你们，请认真贯彻落实。\n\n某县人民政府办公室\n\n2025年3月6日\n\n"
      "附件\n\n重点工作任务分解\n\n一、推动经济稳进提质\n责任县领导：韩立新\n"
      "全县地区生产总值增长6.5%左右。\n责任单位：县发展和改革局、县统计局\n"
      "实施城乡供水一体化工程，重点抓好以下工作：\nŸ\t新建改造供水管网120公里；\nŸ\t农村自来水普及率达到96%"
      "。\n"
      "责任单位：县水利局、县财政局、\n各乡镇人民政府\n"
      "全年实施重点项目150个，完成投资186亿元。\n某县人民政府办公室文件\n牵头单位：县发展和改革局\n"
      "二、加快产业升级\n责任县领导：周明远\n实施工业强县战略，新增规模以上工业企业20家。\n"
      "责任单位：县工业和信息化局\n");
  ASSERT_EQ(doc.tasks.size(), 4u);
  EXPECT_EQ(doc.tasks[0].id, "1.1");
  EXPECT_EQ(doc.tasks[1].id, "1.2");
  EXPECT_EQ(doc.tasks[2].id, "1.3");
  EXPECT_EQ(doc.tasks[3].id, "2.1");
  EXPECT_EQ(doc.tasks[0].marker, "");
  ASSERT_EQ(doc.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[0].leaders[0].name, "韩立新");
  ASSERT_EQ(doc.tasks[3].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[3].leaders[0].name, "周明远");
  EXPECT_NE(doc.tasks[1].text.find("新建改造供水管网120公里；"), std::string::npos) << doc.tasks[1].text;
  EXPECT_EQ(doc.tasks[1].responsible_units, (V{"县水利局", "县财政局", "各乡镇人民政府"}));
  EXPECT_EQ(doc.tasks[2].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(doc.tasks[0].section, doc.tasks[2].section);
  EXPECT_NE(doc.tasks[0].section, doc.tasks[3].section);
}

// In a numbered notice, an unnumbered paragraph with a clause line goes on with the task above;
// and two such paragraphs alone are no list of tasks.
TEST(BuildTest, UnnumberedParagraphsWithClausesAreNoTasksInANumberedNotice) {
  Document numbered = Extract(
      "附件\n\n任务分工\n\n一、扩大内需\n1．扩大投资。实施项目50个。\n责任单位：县商务局\n"
      "2．扩大消费。举办活动30场。\n责任单位：县财政局\n3．稳定外贸。\n责任单位：县商务局\n"
      "4．培育市场。\n责任单位：县市场监管局\n"
      "另外，要做好统计监测工作，按月报送进展情况。\n责任单位：县统计局\n");
  ASSERT_EQ(numbered.tasks.size(), 4u);
  Document two = Extract(
      "附件\n\n任务分工\n\n一、扩大内需\n要做好统计监测工作，按月报送进展情况。\n责任单位：县统计局\n"
      "要做好宣传引导工作，营造良好氛围。\n责任单位：县委宣传部\n");
  for (const Task& t : two.tasks) EXPECT_NE(t.marker, "") << t.text;
  // Numbered items whose text follows on a line of its own, then their clause: the items are the
  // tasks, the lines their text (each follows an item, none the clause before it).
  Document bodies = Extract(
      "附件\n\n任务分工\n\n一、扩大内需\n1．扩大有效投资\n全年实施重点项目150个，完成投资186亿元，其中新开工"
      "项目60个。\n"
      "责任单位：县发展和改革局\n2．促进消费升级\n举办促消费活动30场以上，社会消费品零售总额增长6%。\n"
      "责任单位：县商务局\n3．稳定外贸外资\n进出口总额增长5%，实际使用外资1亿美元。\n责任单位：县商务局\n");
  ASSERT_EQ(bodies.tasks.size(), 3u);
  EXPECT_EQ(bodies.tasks[0].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(bodies.tasks[1].lead_units, V{"县商务局"});
  EXPECT_NE(bodies.tasks[0].text.find("全年实施重点项目150个"), std::string::npos) << bodies.tasks[0].text;
}

// Unnumbered tasks after a lead-in (围绕…，重点抓好以下几方面工作。) under a heading with its leader line.
TEST(BuildTest, UnnumberedTasksAfterALeadIn) {
  Document doc = Extract(
      "附件\n\n任务分解\n\n一、推动经济稳进提质\n责任县领导：韩立新\n围绕稳增长目标，重点抓好以下几方面工作。"
      "\n"
      "全县地区生产总值增长6.5%左右。\n责任单位：县发展和改革局\n实施城乡供水一体化工程，新建管网120公里。\n"
      "责任单位：县水利局\n全年实施重点项目150个，完成投资186亿元。\n责任单位：县发展和改革局\n"
      "加快推进乡村振兴，建设示范村10个。\n责任单位：县农业农村局\n");
  ASSERT_EQ(doc.tasks.size(), 4u);
  EXPECT_EQ(doc.tasks[0].id, "1");
  EXPECT_EQ(doc.tasks[3].id, "4");
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(doc.tasks[3].lead_units, V{"县农业农村局"});
  ASSERT_EQ(doc.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[0].leaders[0].name, "韩立新");
}

// A 督办 list: 任务N and a space (kept by the normalizer, as an outline number's), labelled lines under
// it; a 责任人 beside a 责任领导 is the unit's person in charge, not a leader, and names the leader
// only where nothing else does.
TEST(BuildTest, SupervisionListTasksAndPersonsInCharge) {
  Document doc = Extract(
      "附件\n\n重点工作任务清单\n\n一、扩大有效需求\n\n任务1　全市地区生产总值增长6%左右。\n"
      "　　责任领导：王德明（常务副市长）\n　　牵头单位：市发展改革委\n　　责任人：李卫东（市发展改革委主任）"
      "\n\n"
      "任务2　开展促消费活动80场以上。\n　　牵头单位：市商务局\n　　配合单位：市财政局\n　　责任人：马文涛"
      "\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[0].id, "1");
  EXPECT_EQ(doc.tasks[0].text, "全市地区生产总值增长6%左右。");
  ASSERT_EQ(doc.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[0].leaders[0].name, "王德明");
  ASSERT_EQ(doc.tasks[1].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[1].leaders[0].name, "马文涛");
  EXPECT_EQ(doc.tasks[1].cooperating_units, V{"市财政局"});
}

// A notice that prints each task's clause above it (【牵头单位】A【配合单位】B⏎1.…, or 牵头：A；配合：B
// after the number, parted from the text by a wide gap): every clause goes to the task below it; a
// form described in the cover (“牵头：……；配合：……”) is no clause.
TEST(BuildTest, ClausesPrintedAboveTheirTasks) {
  Document doc = Extract(
      "某省发展和改革委员会文件\n\n某发改〔2025〕3号\n\n关于印发优化营商环境重点任务分工方案的通知\n\n各设区"
      "市发展改革委：\n\n"
      "一、每项任务之前标注牵头单位和配合单位（标注为“牵头：……；配合：……”），请认真落实。\n\n"
      "某省发展和改革委员会\n\n2025年3月28日\n\n附件\n\n重点任务分工方案\n\n一、营造公平竞争的市场环境\n\n"
      "【牵头单位】省市场监管局【配合单位】省司法厅、省商务厅\n1.全面落实公平竞争审查制度。\n\n"
      "【牵头单位】省财政厅\n2.推进政府采购全流程电子化。\n\n"
      "3.牵头：省发展改革委；配合：省住房城乡建设厅、省水利厅　深化招标投标领域专项治理。\n\n"
      "4.【牵头单位】省发展改革委【配合单位】省司法厅、省工商联　建立政府守信践诺机制。\n\n"
      "二、打造高效便捷的政务环境\n\n牵头：省数据局；配合：省公安厅\n5.推进电子证照互通互认。\n\n"
      "牵头：省数据局；配合：省直有关单位、各设区市人民政府\n6.深化“高效办成一件事”改革。\n");
  ASSERT_EQ(doc.tasks.size(), 6u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"省市场监管局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, (V{"省司法厅", "省商务厅"}));
  EXPECT_EQ(doc.tasks[1].lead_units, V{"省财政厅"});
  EXPECT_TRUE(doc.tasks[1].cooperating_units.empty());
  EXPECT_EQ(doc.tasks[2].lead_units, V{"省发展改革委"});
  EXPECT_EQ(doc.tasks[2].cooperating_units, (V{"省住房城乡建设厅", "省水利厅"}));
  EXPECT_EQ(doc.tasks[3].cooperating_units, (V{"省司法厅", "省工商联"}));
  EXPECT_EQ(doc.tasks[4].cooperating_units, V{"省公安厅"});
  EXPECT_EQ(doc.tasks[5].cooperating_units, (V{"省直有关单位", "各设区市人民政府"}));
  EXPECT_EQ(doc.tasks[5].id, "6");
  for (const Diagnostic& d : doc.diagnostics) EXPECT_NE(d.rule, "GW-BUILD-ORPHAN-CLAUSE") << d.message;
}

// A table saved as tab-separated lines, its section rows lines of their own with no tab: the table
// goes on under them; but a heading over a table of its own (a new header under it) is no such row.
TEST(BuildTest, SectionLinesInsideATabSeparatedTable) {
  Document doc = Extract(
      "附件\n\n任务清单\n\n序号\t工作任务\t责任县领导\t牵头单位\t配合单位\t完成时限\n一、经济运行（2项）\n"
      "1\t全县地区生产总值增长6.5%\t陈立新\t县发改局\t县财政局、县统计局\t12月底\n"
      "2\t固定资产投资增长8%\t\t县发改局\t县重点项目服务中心\t12月底\n二、民生保障（1项）\n"
      "3\t城镇新增就业3000人\t王䶮\t县人社局\t\t12月底\n");
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县发改局"});
  EXPECT_EQ(doc.tasks[2].lead_units, V{"县人社局"});
  EXPECT_NE(doc.tasks[0].section, doc.tasks[2].section);
}

// A row whose task reads like a column's name (重点项目攻坚) is no second header: a header has no
// row number and no sentence.
TEST(BuildTest, ARowWhoseTaskLooksLikeAColumnNameIsATask) {
  Document doc = Extract(
      "附件\n\n任务分解\n\n| 序号 | 重点任务 | 目标要求 | 牵头单位 |\n|---|---|---|---|\n| 一、项目建设 | | "
      "| |\n"
      "| 13 | 重点项目攻坚 | 实施县级重点项目100个，完成年度投资120亿元。 | 县发改局 |\n| 14 | "
      "推进开发区扩区 | 新建厂房10万平方米。 | 县工信局 |\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县工信局"});
  // Round 14's row (under a header of 序号 | 重点任务 | 目标要求 | 牵头领导 | 牵头单位 | 责任单位 | 完成时限
  // | 备注).
  EXPECT_FALSE(internal::IsTaskTableHeader(
      {"13", "重点项目攻坚", "实施县级重点项目100个，完成年度投资120亿元，新开工项目40个、竣工项目30个。",
       "韩志刚", "县发改局", "县自然资源局、县住建局、各乡镇人民政府", "2025年12月底", "每月5日前报送进度"}));
  EXPECT_TRUE(
      internal::IsTaskTableHeader({"序号", "重点任务", "目标要求", "责任主体", "", "", "完成时限", "备注"}));
  // Years may head columns.
  EXPECT_TRUE(internal::IsTaskTableHeader({"序号", "重点任务", "牵头单位", "2024", "2025"}));
}

// A Markdown converter's nested list: items of the task's own kind, indented under a task that ends
// with ：, are its sub-items, and the clause after them is the task's; plain text indented alike is not
// nested.
TEST(BuildTest, ListItemsIndentedUnderATaskThatOpensAList) {
  Document doc = Extract(
      "附件\n\n任务分工\n\n## 一、优化环境\n\n1.  实施城市更新行动，统筹推进以下工作：\n\n"
      "    1.  改造城镇老旧小区32个；\n\n    2.  新建口袋公园8个。\n\n"
      "    **（牵头单位：区住建局；配合单位：区城管局）**\n\n"
      "2.  加快交通基础设施建设。**（牵头单位：区交通运输局）**\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"区住建局"});
  EXPECT_NE(doc.tasks[0].text.find("新建口袋公园8个"), std::string::npos) << doc.tasks[0].text;
  EXPECT_EQ(doc.tasks[1].id, "2");
  // Items that go on with the task's numbers are its siblings, however indented.
  Document siblings = Extract(
      "附件\n\n任务分工\n\n一、加强领导\n1.加强组织领导，建立以下三项制度：\n（牵头单位：县委办）\n"
      "    2.强化督查考核，每季度通报一次。（牵头单位：县督查室）\n    "
      "3.推进重点项目建设。（牵头单位：县发改局）\n");
  ASSERT_EQ(siblings.tasks.size(), 3u);
  EXPECT_EQ(siblings.tasks[0].lead_units, V{"县委办"});
  EXPECT_EQ(siblings.tasks[1].lead_units, V{"县督查室"});
  Document flat = Extract(
      "附件\n\n任务分工\n\n一、优化环境\n1.实施城市更新行动，统筹推进以下工作：（牵头单位：区住建局）\n"
      "　　2.新建口袋公园8个。（牵头单位：区园林中心）\n");
  ASSERT_EQ(flat.tasks.size(), 2u);
  EXPECT_EQ(flat.tasks[1].lead_units, V{"区园林中心"});
}

// （以上两项由A牵头，B配合） closing an item holds for the item above it too when that one has no clause of
// its own (gap 125), inline or on a line of its own; never for an item with its own clause, nor past the
// section.
TEST(BuildTest, AClauseForTheTwoItemsAboveCoversBoth) {
  Document doc = Extract(
      "附件\n\n任务分工\n\n一、治理大气\n1.开展餐饮油烟整治（县城管局负责）\n2.落实应急预案，督促企业减排\n"
      "3.加强监测预报（以上两项由县环境分局牵头，县气象局配合）\n"
      "二、治理水体\n4.整治城区黑臭水体，年内完成治理3条。\n5.保护饮用水源地（县水务局负责）\n"
      "6.开展河湖清四乱（以上两项由县水利局牵头）\n"
      "7.推进污水管网建设\n8.提升污水处理能力\n（以上三项由县住建局牵头，县发改局配合）\n");
  // Item 4 is a paragraph: no clause covers it (5's stops 6's), and none follows it.
  ASSERT_EQ(doc.tasks.size(), 7u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县城管局"});
  for (size_t k : {1u, 2u}) {
    EXPECT_EQ(doc.tasks[k].lead_units, V{"县环境分局"}) << k;
    EXPECT_EQ(doc.tasks[k].cooperating_units, V{"县气象局"}) << k;
  }
  EXPECT_EQ(doc.tasks[3].id, "5");
  EXPECT_EQ(doc.tasks[3].lead_units, V{"县水务局"});  // its own clause stops the one below
  EXPECT_EQ(doc.tasks[4].lead_units, V{"县水利局"});
  for (size_t k : {5u, 6u}) {
    EXPECT_EQ(doc.tasks[k].lead_units, V{"县住建局"}) << k;
    EXPECT_EQ(doc.tasks[k].clauses.size(), 1u) << k;
  }
}

// A titled person said to answer for an item in its prose (由县委常委、副县长周立新负责，A牵头，B配合), or
// for the items above it (（以上两项由赵一副县长负责）, their leader where they name their units but no
// leader), is their leader, not a unit: the units' shares after the person are read as before.
TEST(BuildTest, ATitledPersonWhoAnswersForAnItemIsItsLeader) {
  Document doc = Extract(
      "附件\n\n任务分工\n\n一、推动经济发展\n"
      "1.推进产业园区建设。由县委常委、副县长周立新负责，县发改局牵头，县财政局、县自然资源局配合。\n"
      "2.抓好项目谋划储备工作。县发改局负责。\n3.推进重点项目建设。县发改局牵头，县财政局配合。\n"
      "（以上两项由赵一副县长负责）\n4.推进乡村振兴。由县委常委、副县长周立新负责。\n"
      "5.加强耕地保护。由县自然资源局负责。\n6.推进项目建设。\n7.抓好招商引资。\n"
      "（以上两项由赵一副县长负责）\n8.推进城市更新。由副县长周立新同志负责，县住建局牵头，县财政局配合。\n");
  ASSERT_EQ(doc.tasks.size(), 8u);
  EXPECT_EQ(LeaderNames(doc.tasks[0]), V{"周立新"});
  EXPECT_EQ(doc.tasks[0].leaders.at(0).title, "县委常委、副县长");
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, (V{"县财政局", "县自然资源局"}));
  EXPECT_EQ(LeaderNames(doc.tasks[1]), V{"赵一"});
  EXPECT_EQ(LeaderNames(doc.tasks[2]), V{"赵一"});
  EXPECT_EQ(doc.tasks[2].lead_units, V{"县发改局"});
  EXPECT_EQ(doc.tasks[2].responsible_units, (V{"县发改局", "县财政局"}));
  EXPECT_EQ(LeaderNames(doc.tasks[3]), V{"周立新"});
  EXPECT_TRUE(doc.tasks[3].responsible_units.empty());
  EXPECT_TRUE(doc.tasks[4].leaders.empty());
  EXPECT_EQ(doc.tasks[4].lead_units, V{"县自然资源局"});
  EXPECT_EQ(LeaderNames(doc.tasks[5]), V{"赵一"});
  EXPECT_EQ(LeaderNames(doc.tasks[6]), V{"赵一"});
  EXPECT_EQ(LeaderNames(doc.tasks[7]), V{"周立新"});  // (同志 after the name)
  EXPECT_EQ(doc.tasks[7].responsible_units, (V{"县住建局", "县财政局"}));
}

// Round 128 (656): a matrix's unit columns under a row of leaders, each over the units in his charge: a unit
// that leads (●) names its leader as the task's; one that helps (○) none.
TEST(BuildTest, AMatrixsUnitsUnderTheirLeadersNameTheLeaderOfTheUnitThatLeads) {
  Document doc = Extract(
      "附件\n\n重点任务分工\n\n| 序号 | 重点任务 | 责任单位及分管县政府领导 | | | | 完成时限 |\n"
      "|---|---|---|---|---|---|---|\n| | | 县长<br>欧阳振东 | | 副县长<br>杜　娟 | 其他单位 | |\n"
      "| | | 县政府办公室 | 县发改局 | 县农业农村局 | 县税务局 | |\n"
      "| 1 | 推动经济增长。 | | ● | ○ | ○ | 2025年12月底 |\n"
      "| 2 | 稳定粮食生产。 | ○ | | ● | | 2025年11月底 |\n"
      "| 3 | 推进乡村振兴。 | ● | | ● | | 持续推进 |\n");
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(LeaderNames(doc.tasks[0]), V{"欧阳振东"});
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, (V{"县农业农村局", "县税务局"}));
  EXPECT_EQ(LeaderNames(doc.tasks[1]), V{"杜娟"});
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县农业农村局"});
  EXPECT_EQ(doc.tasks[1].cooperating_units, V{"县政府办公室"});
  EXPECT_EQ(LeaderNames(doc.tasks[2]), (V{"欧阳振东", "杜娟"}));
  EXPECT_EQ(doc.tasks[2].lead_units, (V{"县政府办公室", "县农业农村局"}));
}

// Round 129 (659): a 责任单位 cell naming its lead on the first line and those who help on the next, under
// the helpers' label (县发改局 ⏎ 配合：县财政局、县工信局; 配合: half-width): the first lead, the labelled
// help.
TEST(BuildTest, AUnitCellsHelpersLineUnderTheirLabelHelps) {
  Document doc = Extract(
      "附件\n\n重点任务分工\n\n| 序号 | 工作任务 | 责任领导 | 责任单位 | 完成时限 |\n|---|---|---|---|---|\n"
      "| 1 | 推动经济增长。 | 周明远 | 县发改局<br>配合：县财政局、县工信局 | 2025年12月底 |\n"
      "| 2 | 稳定粮食生产。 | 周明远 | 县农业农村局、县水利局<br>配合:县财政局 | 2025年11月底 |\n"
      "| 3 | 推进乡村振兴。 | 周明远 | 县农业农村局 | 持续推进 |\n");
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, (V{"县财政局", "县工信局"}));
  EXPECT_EQ(doc.tasks[1].lead_units, (V{"县农业农村局", "县水利局"}));
  EXPECT_EQ(doc.tasks[1].cooperating_units, V{"县财政局"});
  EXPECT_EQ(doc.tasks[2].lead_units, V{"县农业农村局"});
}

// Round 129 (660): a task's unit and leader cells keyed line by line to its numbered measures (1—2．A ⏎ 3．B
// · 1、3．C · 第1项：D): the keys are no part of the names, the task's units all the lines name.
TEST(BuildTest, KeysOfACellsLinesAreNoPartOfTheNames) {
  Document doc = Extract(
      "附件\n\n| 序号 | 重点任务 | 具体目标及措施 | 责任县领导 | 牵头单位 | 配合单位 "
      "|\n|---|---|---|---|---|---|\n"
      "| 1 | 推进项目建设 | 1．实施项目；<br>2．开工项目；<br>3．争取资金。 | 1、3．赵文博<br>2．刘建华 | "
      "1—2．县发展和改革局<br>3．县财政局 | 第1项：县城市管理局<br>第2、3项：县自然资源局 |\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  V leaders;
  for (const Leader& l : doc.tasks[0].leaders) leaders.push_back(l.name);
  EXPECT_EQ(leaders, (V{"赵文博", "刘建华"}));
  EXPECT_EQ(doc.tasks[0].lead_units, (V{"县发展和改革局", "县财政局"}));
  EXPECT_EQ(doc.tasks[0].cooperating_units, (V{"县城市管理局", "县自然资源局"}));
}

// A leader said to answer for an item by the post alone (由县长负责), and the unit that carries it out after
// the leader (，县发改局具体实施) or alone (由县发改局组织实施): the post no unit, the unit the item's.
TEST(BuildTest, ThePostAloneAnswersForAnItemAndAUnitCarriesItOut) {
  Document doc = Extract(
      "附件\n\n任务分工\n\n一、推动经济发展\n1.加快项目建设。由副县长王五负责，县发改局具体实施。\n"
      "2.稳定粮食生产。由县长负责，县农业农村局牵头，县财政局配合。\n3.抓好安全生产。由县应急局组织实施。\n"
      "4.推进城市更新。由分管副县长负责，县住建局具体实施，县财政局配合。\n");
  ASSERT_EQ(doc.tasks.size(), 4u);
  ASSERT_EQ(doc.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[0].leaders[0].name, "王五");
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县农业农村局"});
  EXPECT_EQ(doc.tasks[1].responsible_units, (V{"县农业农村局", "县财政局"}));
  EXPECT_EQ(doc.tasks[2].lead_units, V{"县应急局"});
  EXPECT_EQ(doc.tasks[3].lead_units, V{"县住建局"});
  EXPECT_EQ(doc.tasks[3].cooperating_units, V{"县财政局"});
}

// Round 125 (642): a leaders' group over a column per leader, post over name, a mark in a task's cell (★
// leads, ☆ assists) making that leader one of the task's; an empty cell none, not the row above's; the rows
// that count each column's tasks (牵头负责（项）) no tasks.
TEST(BuildTest, AMarkInALeadersOwnColumnNamesThatLeader) {
  Document doc = Extract(
      "附件\n\n重点任务分工\n\n| 序号 | 重点工作任务 | 责任县领导 | | | 牵头单位 | 配合单位 |\n"
      "|---|---|---|---|---|---|---|\n| | | 县长<br>周立新 | 常务副县长<br>王　勇 | 副县长<br>李晓华 | | |\n"
      "| 1 | 推动经济平稳增长。 | ★ | ☆ | | 县发展和改革局 | 县统计局 |\n"
      "| 2 | 实施重点项目攻坚行动。 | | ★ | | 县发展和改革局 | 县自然资源局 |\n"
      "| 3 | 推进乡村振兴。 | | | | 县农业农村局 | 县财政局 |\n"
      "| 4 | 推进卫生发展。 | | 牵头 | 协助 | 县卫健局 | 县财政局 |\n"
      "| 牵头负责（项） | | 1 | 2 | 0 | | |\n| 协助推进（项） | | 0 | 1 | 1 | | |\n");
  ASSERT_EQ(doc.tasks.size(), 4u);
  EXPECT_EQ(LeaderNames(doc.tasks[0]), (V{"周立新", "王勇"}));
  EXPECT_EQ(doc.tasks[0].leaders.at(0).title, "县长");
  EXPECT_EQ(LeaderNames(doc.tasks[1]), V{"王勇"});
  EXPECT_TRUE(doc.tasks[2].leaders.empty());
  EXPECT_EQ(doc.tasks[2].lead_units, V{"县农业农村局"});
  EXPECT_EQ(LeaderNames(doc.tasks[3]), (V{"王勇", "李晓华"}));  // (a word of the part in place of a mark)
}

// A decimal outline whose tasks are 2.1, 2.2 in most sections and 4.1.1 under the headings 4.1, 4.2 of one
// (round 25, 156): those are tasks, numbered in full, the headings none; a line of 【】 labels ends where it
// ends (the 说明： after it, or the next task opening with a digit after its number, is no part of it).
TEST(BuildTest, DeeperOutlineNumbersUnderOutlineHeadingsAreTasks) {
  Document doc = Extract(
      "附件\n\n重点任务台账\n\n2.推进创新\n\n2."
      "1　新增高新技术企业45家。\n【牵头单位】区科技局　【责任单位】区财政局\n\n"
      "2.2　5G基站新建300个，建成千兆光网小区200个。【牵头单位】区数据局\n\n"
      "4.深化改革开放（共3项）\n\n4.1　重点领域改革（2项）\n\n"
      "4.1.1　深化“高效办成一件事”改革，新增事项12项。【牵头单位】区政务服务中心\n\n"
      "4.1.2　完成国有企业整合重组。【牵头单位】区财政局　【责任单位】区审计局\n\n"
      "4.2　营商环境（1项）\n\n4.2.1　开展“营商环境提升年”行动，办结率达到98%。\n"
      "【牵头单位】区发展改革局　【责任单位】区市场监管局\n\n说明：\n1.本台账实行动态管理。\n");
  std::vector<std::string> ids;
  for (const Task& t : doc.tasks) ids.push_back(t.id);
  EXPECT_EQ(ids, (V{"2.1", "2.2", "4.1.1", "4.1.2", "4.2.1"}));
  ASSERT_EQ(doc.tasks.size(), 5u);
  EXPECT_EQ(doc.tasks[0].cooperating_units, V{"区财政局"});
  EXPECT_EQ(doc.tasks[1].lead_units, V{"区数据局"});
  EXPECT_EQ(doc.tasks[3].lead_units, V{"区财政局"});
  EXPECT_EQ(doc.tasks[4].cooperating_units, V{"区市场监管局"});
}

// The session's review: a label line in black brackets cut inside a name goes on; a tail after ； that is a
// mark (其中A牵头) or a call (各街道办事处抓好落实) names no unit; （以上两项由…） after an item's own
// sub-items covers no task above, and an unclosed one is reported once; 2.1 over 2.1.1 and 2.1.2 with one
// clause line after them is the task.
TEST(BuildTest, TheSessionReviewsCases) {
  Document doc = Extract(
      "附件\n\n任务分工\n\n一、刘泳县长负责的工作\n"
      "1.推进生态修复工程。【牵头单位】市发改委　【配合单位】市自然资源和规划\n局、市生态环境局\n"
      "2.深化改革，完成改革事项10项。（责任单位：市发改委、市财政局；其中市发改委牵头）\n"
      "3.优化服务，压减时限30%。（责任单位：市政务服务中心；各街道办事处抓好落实）\n"
      "4.扩大对外开放，新增外贸企业30家。\n"
      "5.推进城市更新，重点抓好以下工作：\n（1）改造老旧小区42个；\n（2）打通断头路8条。\n"
      "（以上两项由县住建局牵头，县财政局配合\n");
  ASSERT_EQ(doc.tasks.size(), 5u);
  EXPECT_EQ(doc.tasks[0].cooperating_units, (V{"市自然资源和规划局", "市生态环境局"}));
  EXPECT_EQ(doc.tasks[1].lead_units, V{"市发改委"});
  EXPECT_EQ(doc.tasks[1].cooperating_units, V{"市财政局"});
  EXPECT_EQ(doc.tasks[2].responsible_units.front(), "市政务服务中心");
  for (const std::string& u : doc.tasks[2].responsible_units) EXPECT_NE(u, "各街道办事处抓好");
  EXPECT_TRUE(doc.tasks[3].responsible_units.empty());
  EXPECT_EQ(doc.tasks[4].lead_units, V{"县住建局"});
  EXPECT_EQ(std::count_if(doc.diagnostics.begin(), doc.diagnostics.end(),
                          [](const Diagnostic& d) { return d.rule == "GW-BUILD-CLAUSE-UNCLOSED"; }),
            1);
  Document outline = Extract(
      "附件\n\n任务分工\n\n2.产业发展\n\n2.1　产业升级\n2.1.1　培育企业20家。\n2.1.2　建设园区2个。\n"
      "牵头单位：市发改委；配合单位：市工信局\n2.2　稳定就业，新增就业1万人。（牵头单位：市人社局）\n");
  ASSERT_EQ(outline.tasks.size(), 2u);
  EXPECT_EQ(outline.tasks[0].id, "2.1");
  EXPECT_EQ(outline.tasks[0].lead_units, V{"市发改委"});
}

// Round 27 (167): a 督查 report names the units before the task it quotes (A牵头，B、C配合的“…”任务 ·
// 由A牵头的 “…”任务 · A、B共同牵头的“…”任务); a quote after anything else is no clause.
TEST(BuildTest, UnitsBeforeAQuotedTask) {
  Document doc = Extract(
      "附件\n\n进展情况\n\n一、进度滞后的任务\n"
      "6．市工信局牵头，市发改委、市自然资源局配合的“新开工工业项目60个”任务。截至6月底完成22个。\n"
      "13．由市住建局牵头的“改造老旧小区126个”任务。已开工43个。\n"
      "21．市发改委、市交通局共同牵头的“港区二期工程开工建设”任务。用海审批尚未取得批复。\n"
      "22．加快推进的“数字经济产业园”任务。主体工程完成72%。\n");
  ASSERT_GE(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"市工信局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, (V{"市发改委", "市自然资源局"}));
  EXPECT_EQ(doc.tasks[1].lead_units, V{"市住建局"});
  EXPECT_EQ(doc.tasks[2].lead_units, (V{"市发改委", "市交通局"}));
  EXPECT_FALSE(internal::ClauseBeforeQuotedTask("加快推进的“数字经济产业园”任务。").has_value());
  EXPECT_FALSE(internal::ClauseBeforeQuotedTask("全面落实市委牵头的“一号工程”任务。").has_value());
}

// Round 28 (174): a bureau's 科室 before a colon open each task (综合科、规划科：推进…), the first leading
// under 列在首位的科室（单位）为牵头科室（单位）; not a label (责任单位：…), nor a lone 各… (各单位：要…).
TEST(BuildTest, UnitsBeforeAColonOpenATask) {
  Document doc = Extract(
      "各科室：\n各项任务中，列在首位的科室（单位）为牵头科室（单位），其余为配合科室（单位）。\n附件\n\n任务"
      "分工\n\n"
      "一、加强经济运行调节\n（1）综合科、规划科：加强宏观经济形势分析研判，按月开展监测。\n"
      "（2）投资科（市重大项目办）：积极争取超长期特别国债资金支持。\n（3）各单位：要按时报送进展情况。\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"综合科"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, V{"规划科"});
  EXPECT_EQ(doc.tasks[1].lead_units, V{"投资科（市重大项目办）"});
  EXPECT_FALSE(internal::UnitsColonClause("责任单位：县发改局").has_value());
  EXPECT_FALSE(internal::UnitsColonClause("工作目标：全年完成投资100亿元。").has_value());
}

// Round 28: （A、B按职责负责） names A and B (171); the numbered points under a note's label (📌 说明, one
// of them ending 由该单位负责) are no tasks, however they are numbered (176).
TEST(BuildTest, NotesPointsAreNoTasksAndAnotherClauseVerb) {
  Document doc = Extract(
      "附件\n\n任务分工\n\n一、扩大消费\n（一）发展县域商业。建设乡镇商贸中心。（商务部、供销合作总社按职责负"
      "责）\n"
      "二、组织实施\n📌 说明\n1. 只列一个单位的，由该单位负责。\n1. 完成时限为最迟完成时间。\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_EQ(doc.tasks[0].responsible_units, (V{"商务部", "供销合作总社"}));
}

// Under a stated lead rule, each bracketed clause of a task gives its first unit the lead (round 25, 153);
// lines of one record keep one lead; a paragraph's （省领导：X；A牵头…） is a task's clause, not a heading's
// leaders.
TEST(BuildTest, UnderALeadRuleEachBracketedClauseLeadsItsPart) {
  Document doc = Extract(
      "附件\n\n任务分工\n\n各项任务中排在第一位的为牵头单位。\n\n一、发展民营经济\n"
      "（一）培育中小企业。新增企业300家。（责任单位：省工信厅）保护企业产权，优化服务。（责任单位：省发展改"
      "革委、"
      "省司法厅）\n"
      "（二）优化营商环境。推出事项15项。\n牵头单位：省政务服务办\n责任单位：省市场监管局、省司法厅\n"
      "（三）做好安全生产工作。深入开展攻坚行动。（省领导：陈晓峰；省应急厅牵头，省民政厅按职责分工负责）\n"
      "（四）完善飞行服务。建设服务体系。（省民航局牵头，省发展改革委参与）支持建设服务中心。（各市人民政府负"
      "责）\n");
  ASSERT_EQ(doc.tasks.size(), 4u);
  EXPECT_EQ(doc.tasks[3].lead_units, (V{"省民航局", "各市人民政府"}));  // round 26 (159)
  EXPECT_EQ(doc.tasks[3].cooperating_units, V{"省发展改革委"});
  EXPECT_EQ(doc.tasks[0].lead_units, (V{"省工信厅", "省发展改革委"}));
  EXPECT_EQ(doc.tasks[0].cooperating_units, V{"省司法厅"});
  EXPECT_EQ(doc.tasks[1].lead_units, V{"省政务服务办"});
  EXPECT_EQ(doc.tasks[1].cooperating_units, (V{"省市场监管局", "省司法厅"}));
  EXPECT_EQ(doc.tasks[2].lead_units, V{"省应急厅"});
  ASSERT_EQ(doc.tasks[2].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[2].leaders[0].name, "陈晓峰");
}

}  // namespace
}  // namespace gongwen

namespace gongwen {
namespace {

// One regression row per form the generalization notices found missing.
struct ClauseCase {
  const char* item;  // a numbered paragraph with its clause
  std::vector<std::string> lead;
  std::vector<std::string> cooperating;
  std::vector<std::string> leaders;
};

class ClauseFormTest : public ::testing::TestWithParam<ClauseCase> {};

void PrintTo(const ClauseCase& c, std::ostream* os) { *os << c.item; }

TEST_P(ClauseFormTest, LeadCooperatingAndLeaders) {
  const ClauseCase& c = GetParam();
  Result<Document> doc = ExtractBytes(std::string("一、重点任务\n\n") + c.item + "\n", "case.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 1u) << c.item;
  const Task& t = doc->tasks[0];
  EXPECT_EQ(t.lead_units, c.lead) << c.item;
  EXPECT_EQ(t.cooperating_units, c.cooperating) << c.item;
  std::vector<std::string> names;
  for (const Leader& l : t.leaders) names.push_back(l.name);
  EXPECT_EQ(names, c.leaders) << c.item;
}

using V = std::vector<std::string>;

INSTANTIATE_TEST_SUITE_P(
    Forms, ClauseFormTest,
    ::testing::Values(
        // the second review: a verb of support inside a unit's name is the name's
        ClauseCase{"1.推进设备更新。（县委督导组负责）", V{"县委督导组"}, V{}, V{}},
        // round 41 (253): a leader who coordinates beside the one who leads
        ClauseCase{"1.推进设备更新。（牵头领导：罗启明；协调领导：郑宏斌、田茂林；牵头单位：县发改局）",
                   V{"县发改局"}, V{}, V{"罗启明", "郑宏斌", "田茂林"}},
        // round 40 (246, 247): a bare list with the lead marked in it, parted by slashes; one who urges
        // another
        ClauseCase{"1.推进设备更新，增长6%（县商务局（牵头）/县文旅局/县市场监管局）。", V{"县商务局"},
                   V{"县文旅局", "县市场监管局"}, V{}},
        ClauseCase{"1.推进设备更新。（县文旅局、县供销社（牵头）、县邮政分公司）", V{"县供销社"},
                   V{"县文旅局", "县邮政分公司"}, V{}},
        ClauseCase{"1.推进设备更新。（国务院国资委督促中央企业落实）", V{"中央企业"}, V{"国务院国资委"}, V{}},
        ClauseCase{"1.推进设备更新。（生态环境部督促，地方各级人民政府负责落实）", V{"地方各级人民政府"},
                   V{"生态环境部"}, V{}},
        // round 39 (237): departments by their short names (发改, 财政, 住建), a time after a bare list,
        // 各乡镇
        ClauseCase{"1.推进设备更新。（县发改局牵头，财政、住建、自然资源配合）", V{"县发改局"},
                   V{"财政", "住建", "自然资源"}, V{}},
        ClauseCase{"1.推进设备更新。（发改）", V{"发改"}, V{}, V{}},
        ClauseCase{"1.新建高标准农田。（县农业农村局，10月底前完工）", V{"县农业农村局"}, V{}, V{}},
        ClauseCase{"1.开展消费季活动。（人社、各乡镇，排在第一位的为牵头单位）", V{"人社"}, V{"各乡镇"}, V{}},
        // round 37 (228): a bracket whose leaders' part opens it, or closes it, beside the units' clause
        ClauseCase{"1.推进设备更新。（省领导贺远征、王立新负责，省发展改革委牵头，省财政厅、省统计局参与）",
                   V{"省发展改革委"}, V{"省财政厅", "省统计局"}, V{"贺远征", "王立新"}},
        ClauseCase{
            "1.推进设备更新。（省领导杨晓峰、刘思源分别负责，省人力资源社会保障厅牵头，各市州政府落实）",
            V{"省人力资源社会保障厅"}, V{"各市州政府"}, V{"杨晓峰", "刘思源"}},
        ClauseCase{"1.推进设备更新。（省商务厅牵头，省公安厅配合，省领导陈嘉禾负责）", V{"省商务厅"},
                   V{"省公安厅"}, V{"陈嘉禾"}},
        // round 14: verbs with an adverb, 主办/协办, a cooperating group after a comma, a 落实单位 label,
        // and a ； before the units that carry it out
        ClauseCase{"1.推进设备更新。（省交通运输厅、省农业农村厅分别牵头，省财政厅、省公安厅配合）",
                   V{"省交通运输厅", "省农业农村厅"}, V{"省财政厅", "省公安厅"}, V{}},
        ClauseCase{"1.推进设备更新。（省发展改革委、省市场监管局共同牵头，省商务厅配合）",
                   V{"省发展改革委", "省市场监管局"}, V{"省商务厅"}, V{}},
        ClauseCase{"1.推进设备更新。（省商务厅主办，省公安厅、省市场监管局协办）", V{"省商务厅"},
                   V{"省公安厅", "省市场监管局"}, V{}},
        ClauseCase{"1.推进设备更新。（责任单位：省能源局，国网某省电力公司、省发展改革委参与）",
                   V{"省能源局"}, V{"国网某省电力公司", "省发展改革委"}, V{}},
        ClauseCase{
            "1.推进设备更新。（牵头单位：省自然资源厅；配合单位：省发展改革委；落实单位：各市州人民政府）",
            V{"省自然资源厅"}, V{"省发展改革委", "各市州人民政府"}, V{}},
        ClauseCase{"1.推进设备更新。（由省供销合作社牵头，省商务厅配合；各县（市、区）人民政府抓好落实）",
                   V{"省供销合作社"}, V{"省商务厅", "各县（市、区）人民政府"}, V{}},
        // a ； before a sentence that names no units keeps the parts before it; longer cooperating verbs
        ClauseCase{"1.推进设备更新。（省商务厅牵头，省财政厅配合；各市州抓好落实）", V{"省商务厅"},
                   V{"省财政厅"}, V{}},
        ClauseCase{"1.推进设备更新。（由省商务厅牵头，省财政厅配合；2024年底前完成）", V{"省商务厅"},
                   V{"省财政厅"}, V{}},
        ClauseCase{"1.推进设备更新。（责任单位：省能源局，省财政厅、省公安厅协同配合）", V{"省能源局"},
                   V{"省财政厅", "省公安厅"}, V{}},
        // an event's organiser (X主办) alone is no lead
        ClauseCase{"1.举办全省农民运动会（省体育局主办）。（牵头单位：省农业农村厅）", V{"省农业农村厅"}, V{},
                   V{}},
        // a （牵头） mark after a unit, not always the first
        ClauseCase{"1.推进新型工业化。（责任单位：省财政厅、省委金融办（牵头）、省科技厅）", V{"省委金融办"},
                   V{"省财政厅", "省科技厅"}, V{}},
        ClauseCase{"1.推进新型工业化。（责任单位：县发改局牵头，县财政局、县统计局配合）", V{"县发改局"},
                   V{"县财政局", "县统计局"}, V{}},
        // X牵头，Y按职责分工负责
        // round 137: after the leaders, a group of units with its other kind in brackets (各乡镇（街道）) names
        // units, and the sentence after the ； is the units' clause, not more leaders
        ClauseCase{"1.建设和美乡村。（责任省领导：何平；省农业农村厅牵头，省水利厅、各乡镇（街道）等按职责分工负责）",
                   V{"省农业农村厅"}, V{"省水利厅", "各乡镇（街道）"}, V{"何平"}},
        ClauseCase{"1.扩大有效投资。（国家发展改革委牵头，国务院有关部门按职责分工负责）",
                   V{"国家发展改革委"}, V{"国务院有关部门"}, V{}},
        ClauseCase{"1.扩大有效投资。（国务院办公厅牵头，国务院各部门负责）", V{"国务院办公厅"},
                   V{"国务院各部门"}, V{}},
        // leaders printed title first, and compound titles
        ClauseCase{"1.抓好春耕生产。（责任领导：县委常委、常务副县长 邓光明，副县长 "
                   "梁文博；责任单位：县农业农村局）",
                   V{"县农业农村局"}, V{}, V{"邓光明", "梁文博"}},
        // units separated by a space; 无 is no unit
        ClauseCase{"1.配置AED设备100台。（牵头单位：区卫健委；配合单位：区红十字会 区财政局）", V{"区卫健委"},
                   V{"区红十字会", "区财政局"}, V{}},
        ClauseCase{"1.完成危房改造。（牵头单位：县住房和城乡建设局；配合单位：无）", V{"县住房和城乡建设局"},
                   V{}, V{}},
        // round 2: a labelled clause after the last sentence, without brackets
        ClauseCase{
            "1.全力扩大有效投资。实施重点项目380个。牵头单位：市商务局；责任单位：市发展改革委、河西海关",
            V{"市商务局"}, V{"市发展改革委", "河西海关"}, V{}},
        // X、Y负责，Z按职责分工配合: the units before the comma lead
        ClauseCase{"1.优化营商环境。（县发展和改革局、县财政局负责，县市场监管局按职责分工配合）",
                   V{"县发展和改革局", "县财政局"}, V{"县市场监管局"}, V{}},
        // X为牵头单位，Y为配合单位
        ClauseCase{"1.新建高标准农田。（县农业农村局为牵头单位，县水利局、县财政局为配合单位）",
                   V{"县农业农村局"}, V{"县水利局", "县财政局"}, V{}},
        // short labels
        ClauseCase{"1.创建5A级景区。（牵头：县文化和旅游局；配合：县住房和城乡建设局）", V{"县文化和旅游局"},
                   V{"县住房和城乡建设局"}, V{}},
        // round 3: a clause after an em dash; units joined by 和 / 及 (names with 和 stay whole)
        ClauseCase{"1.谋划储备重大项目120个。——牵头单位：县发展和改革局；配合单位：县财政局和县自然资源局",
                   V{"县发展和改革局"}, V{"县财政局", "县自然资源局"}, V{}},
        ClauseCase{"1.扩大开放。（牵头单位：市商务局；配合单位：市工业和信息化局及各县（市、区）人民政府）",
                   V{"市商务局"}, V{"市工业和信息化局", "各县（市、区）人民政府"}, V{}},
        ClauseCase{"1.稳住工业。（牵头市领导：刘志远；牵头单位：市工信局）", V{"市工信局"}, V{}, V{"刘志远"}},
        // round 4: 由…牵头 as a sentence or in brackets; 负总责; 主责/协同; bare unit lists
        ClauseCase{
            "1.抓好重大项目建设。全年实施重点项目120个。由县发展和改革局牵头，县财政局、县自然资源局配合。",
            V{"县发展和改革局"}, V{"县财政局", "县自然资源局"}, V{}},
        ClauseCase{"1.推进审批改革。（由州市场监管局牵头，州司法局、州数据局配合）", V{"州市场监管局"},
                   V{"州司法局", "州数据局"}, V{}},
        ClauseCase{"1.优化政务服务。（州政务服务管理局负总责，州直各部门配合）", V{"州政务服务管理局"},
                   V{"州直各部门"}, V{}},
        ClauseCase{"1.推进产教融合。（省教育厅主责，省卫生健康委协同）", V{"省教育厅"}, V{"省卫生健康委"},
                   V{}},
        ClauseCase{"1.提高入园率。（省教育厅、省财政厅，排名第一的为牵头单位，下同）", V{"省教育厅"},
                   V{"省财政厅"}, V{}},
        ClauseCase{"1.扩大学位供给。（省教育厅）", V{"省教育厅"}, V{}, V{}},
        // round 7: the lead named after the list
        ClauseCase{"1.改造老旧小区。（责任单位：区住建局、区财政局、各街道办事处，区住建局为牵头单位）",
                   V{"区住建局"}, V{"区财政局", "各街道办事处"}, V{}},
        ClauseCase{"1.治理背街小巷。（责任单位：区城管局、各街道办事处，其中区城管局牵头）", V{"区城管局"},
                   V{"各街道办事处"}, V{}},
        // round 8: divisions (处室) as units; several held responsible beside cooperating ones lead;
        // a 区长助理
        ClauseCase{"1.强化工程质量监管。（责任处室：安全监督处、建设管理处，配合处室：省质监站）",
                   V{"安全监督处", "建设管理处"}, V{"省质监站"}, V{}},
        ClauseCase{"1.推进放心工程。（牵头领导：区长助理孙杰　牵头单位：区市场监管局　责任单位：区商务局）",
                   V{"区市场监管局"}, V{"区商务局"}, V{"孙杰"}},
        // round 9: a 责任单位 value that is a clause; units parted by wide gaps; leaders title first,
        // parted by spaces only; the clause opening the item, unbracketed
        ClauseCase{"1.稳定就业。（责任单位：市人社局牵头，市教育局、团市委等配合）", V{"市人社局"},
                   V{"市教育局", "团市委"}, V{}},
        ClauseCase{"1.治理水环境。（责任单位：由市水利局负责，各县（市、区）人民政府具体实施）",
                   V{"市水利局"}, V{"各县（市、区）人民政府"}, V{}},
        ClauseCase{"1.整治市容。（责任领导：市委常委、常务副市长 陈立新　副市长 "
                   "周　敏；责任单位：市城管局（牵头）　市公安局  霁川海关）",
                   V{"市城管局"}, V{"市公安局", "霁川海关"}, V{"陈立新", "周敏"}},
        ClauseCase{"1.县发展和改革局牵头，县统计局、县财政局配合，确保地区生产总值增长6.5%。",
                   V{"县发展和改革局"}, V{"县统计局", "县财政局"}, V{}},
        ClauseCase{"1.县民政局会同县卫生健康局、各乡镇人民政府，新建农村互助幸福院20个。", V{"县民政局"},
                   V{"县卫生健康局", "各乡镇人民政府"}, V{}},
        ClauseCase{"1.围绕首位产业招大引强，县投资促进服务中心牵头，县直各招商单位配合，引进项目30个。",
                   V{"县投资促进服务中心"}, V{"县直各招商单位"}, V{}},
        // round 10: 等 before a level's group; a bare list with a group of units in it
        ClauseCase{"1."
                   "推进一网通办。（牵头单位：市政务服务和数据管理局；参与单位：市公安局、市市场监管局等市直"
                   "有关单位）",
                   V{"市政务服务和数据管理局"}, V{"市公安局", "市市场监管局", "市直有关单位"}, V{}},
        ClauseCase{"1.抓好安全生产。（区应急管理局，区安委会各成员单位，排名第一的为牵头单位）",
                   V{"区应急管理局"}, V{"区安委会各成员单位"}, V{}}));

// Round 10: 【牵头单位】 lines; ——measures of one task, each with a clause; a 责任单位 cell that is a
// clause of its own (A、B牵头，C配合 · A负责 · A会同B、C负责 · …，D具体落实).
TEST(BuildTest, BracketLabelsDashMeasuresAndClausesInCells) {
  Result<Document> doc = ExtractBytes(
      "一、经济体制改革\n\n1."
      "深化国有企业改革。\n【牵头市领导】何志强\n【牵头单位】市国资委\n【参与单位】市财政局、市发展改革委\n"
      "【完成时限】2025年12月底\n联系人：陈雨桐（市国资委改革发展科）\n\n"
      "2.推动制造业高端化。\n——实施重点产业链行动。（省工信厅牵头，省发展改革委按职责分工负责）\n"
      "——推进智改数转。（省工信厅牵头，省财政厅按职责分工负责）\n",
      "b.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"市国资委"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"市财政局", "市发展改革委"}));
  ASSERT_EQ(doc->tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[0].leaders[0].name, "何志强");
  EXPECT_EQ(doc->tasks[0].deadline->text, "2025年12月底");
  EXPECT_EQ(doc->tasks[1].lead_units, V{"省工信厅"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, (V{"省发展改革委", "省财政厅"})) << "both measures' clauses";

  Result<Document> table = ExtractBytes(
      "附件\n\n重点任务清单\n\n| 序号 | 重点任务 | 责任单位 | 完成时限 |\n"
      "| 1 | 扩大有效投资 | 区发展和改革局、区财政局牵头，各街道办事处配合 | 12月底 |\n"
      "| 2 | 促进消费 | 区商务局负责 | 12月底 |\n| 3 | 城市更新 | 区住建局会同区自然资源分局、区城管局负责 | "
      "12月底 |\n"
      "| 4 | 办好教育 | 区教育局牵头，区财政局配合，各街道办事处具体落实 | 8月底 |\n",
      "t.txt");
  ASSERT_TRUE(table.ok());
  ASSERT_EQ(table->tasks.size(), 4u);
  EXPECT_EQ(table->tasks[0].lead_units, (V{"区发展和改革局", "区财政局"}));
  EXPECT_EQ(table->tasks[0].cooperating_units, V{"各街道办事处"});
  EXPECT_EQ(table->tasks[1].lead_units, V{"区商务局"});
  EXPECT_EQ(table->tasks[2].lead_units, V{"区住建局"});
  EXPECT_EQ(table->tasks[2].cooperating_units, (V{"区自然资源分局", "区城管局"}));
  EXPECT_EQ(table->tasks[3].cooperating_units, (V{"区财政局", "各街道办事处"}));
}

// The review of rounds 8-10: what those readers must not take.
TEST(BuildTest, RoundEightToTenReadersLeaveOtherFormsAlone) {
  // A quantity opening one line is no outline (and a lone 1.1 is none either).
  Result<Document> quantity =
      ExtractBytes("一、重点任务\n\n1.建设绿道。\n3.5公里绿道年底贯通。\n（责任单位：县住建局）\n", "q.txt");
  ASSERT_TRUE(quantity.ok());
  ASSERT_EQ(quantity->tasks.size(), 1u);
  EXPECT_EQ(quantity->tasks[0].lead_units, V{"县住建局"});
  for (const Block& b : quantity->blocks) {
    if (b.text.starts_with("3.5")) {
      EXPECT_EQ(b.marker, "") << "no outline number";
    }
  }
  // Items named by number are Arabic items, not the 一、 headings with the same numbers; 第5项由… on
  // a line of its own is a clause, not an item.
  Result<Document> items = ExtractBytes(
      "一、甲\n\n1.推行免证办。\n\n二、乙\n\n2.推行一网通办。\n\n以上第1—2项由县政务服务中心负责。\n\n3."
      "推行跨省通办。\n\n"
      "第3项由县数据局负责。\n",
      "i.txt");
  ASSERT_TRUE(items.ok());
  ASSERT_EQ(items->tasks.size(), 3u);
  EXPECT_EQ(items->tasks[0].marker, "1.");
  EXPECT_EQ(items->tasks[1].lead_units, V{"县政务服务中心"});
  EXPECT_EQ(items->tasks[2].lead_units, V{"县数据局"});
  // A paragraph of 20 000 ranges, and numbers no task has: linear, and one finding that quotes 40
  // characters, not 20 000 that quote the paragraph.
  std::string many = "一、甲\n\n1.推行免证办。\n\n";
  for (int k = 0; k < 20000; ++k) many += "第1—200项由县政务服务中心负责；";
  Result<Document> hostile = ExtractBytes(many + "\n", "h.txt");
  ASSERT_TRUE(hostile.ok());
  ASSERT_EQ(hostile->tasks.size(), 1u);
  EXPECT_EQ(hostile->tasks[0].lead_units, V{"县政务服务中心"});
  const auto orphans = std::count_if(hostile->diagnostics.begin(), hostile->diagnostics.end(),
                                     [](const Diagnostic& d) { return d.rule == "GW-BUILD-ORPHAN-CLAUSE"; });
  EXPECT_EQ(orphans, 1);
  // A three-character name whose last character could open a title; a closing remark that names a
  // kind of unit is no clause.
  Result<Document> names = ExtractBytes(
      "一、重点任务\n\n1.推进项目。（责任领导：副县长 王振常　副县长 李四；责任单位：县发改局）\n\n"
      "2.创建示范。新增示范点12个。（50家示范单位）\n",
      "n.txt");
  ASSERT_TRUE(names.ok());
  ASSERT_EQ(names->tasks.size(), 1u);
  ASSERT_EQ(names->tasks[0].leaders.size(), 2u);
  EXPECT_EQ(names->tasks[0].leaders[0].name, "王振常");
  EXPECT_EQ(names->tasks[0].leaders[1].name, "李四");
  // A table that numbers its tasks 一 二 (the other cells merged or not) has no section rows; a lead
  // rule in a 注 under a table holds for that table only; 项目数 is no task column.
  Result<Document> table = ExtractBytes(
      "附件\n\n清单\n\n| 序号 | 重点任务 | 责任单位 |\n| 一 | 扩大投资 | 县发改局、县财政局 |\n| 二 | "
      "促进消费 | 县商务局、县财政局 |\n"
      "注：排在第一位的为牵头单位。\n\n二、其他任务\n\n1.优化服务。（县政务服务中心、县数据局负责）\n",
      "t.txt");
  ASSERT_TRUE(table.ok());
  ASSERT_EQ(table->tasks.size(), 3u);
  EXPECT_EQ(table->tasks[0].lead_units, V{"县发改局"});
  EXPECT_TRUE(table->tasks[2].lead_units.empty()) << "the note is the table's, not the document's";
  EXPECT_FALSE(internal::IsTaskTableHeader({"序号", "项目数", "金额"}));
}

// Round 124 (637): 一项两行, each task over two rows under a header of two (序号 | 工作任务 over 责任县领导 |
// 牵头单位 | 配合单位 | 完成时限): each pair is one row; a row under the task that spans them with labels
// gives the task its clause; a part's row and the header printed again are read as before.
TEST(BuildTest, EachTaskOverTwoRows) {
  const std::string head =
      "<table><tr><td>序号</td><td "
      "colspan=\"4\">工作任务</td></tr><tr><td></td><td>责任县领导</td><td>牵头单位</td>"
      "<td>配合单位</td><td>完成时限</td></tr>";
  Result<Document> doc = ExtractBytes(
      "附件\n\n" + head +
          "<tr><td colspan=\"5\">一、稳增长扩投资（2项）</td></tr>"
          "<tr><td rowspan=\"2\">1</td><td colspan=\"4\">新建学校2所。</td></tr>"
          "<tr><td>周卫东</td><td>县教育局</td><td>县财政局</td><td>2025年6月底</td></tr>"
          "<tr><td rowspan=\"2\">2</td><td colspan=\"4\">改造老旧小区10个。</td></tr>"
          "<tr><td "
          "colspan=\"4\">责任县领导：欧阳峰　　牵头单位：县住建局　　配合单位：县财政局</td></tr></table>\n" +
          head +
          "<tr><td rowspan=\"2\">3</td><td colspan=\"4\">建设口袋公园5个。</td></tr>"
          "<tr><td>刘建华</td><td>县城管局</td><td>/</td><td>2025年12月底</td></tr></table>\n",
      "t.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(doc->tasks[0].text, "新建学校2所。");
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"周卫东"});
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县教育局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, V{"县财政局"});
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"欧阳峰"});
  EXPECT_EQ(doc->tasks[1].lead_units, V{"县住建局"});
  EXPECT_EQ(doc->tasks[2].lead_units, V{"县城管局"});
  EXPECT_TRUE(doc->tasks[2].cooperating_units.empty());
  EXPECT_TRUE(std::any_of(doc->diagnostics.begin(), doc->diagnostics.end(),
                          [](const Diagnostic& d) { return d.rule == "GW-NORM-STACKED-ROWS"; }));
  // A header of two rows over rows of one (序号 | 任务及分工 over 工作任务 | 责任领导 | …) is no such table.
  doc = ExtractBytes(
      "附件\n\n<table><tr><td rowspan=\"2\">序号</td><td "
      "colspan=\"4\">任务及分工</td></tr><tr><td>工作任务</td>"
      "<td>责任领导</td><td>牵头单位</td><td>配合单位</td></tr><tr><td>1</td><td>新建学校2所。</"
      "td><td>周卫东</td>"
      "<td>县教育局</td><td>县财政局</td></tr><tr><td>2</td><td>改造小区。</td><td>刘建华</td><td>县住建局</"
      "td>"
      "<td>县财政局</td></tr></table>\n",
      "t.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].text, "新建学校2所。");
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"周卫东"});
}

// Round 124 (635): a Word notice through mammoth's Markdown: the table a paragraph a cell (empty cells, a
// merged leader's below its first row, dropped), header and part rows bold (__序号__), and the title bold
// across a hard line break; the marks go, recorded.
TEST(BuildTest, MammothsMarkdownOfAWordTable) {
  Result<Document> doc = ExtractBytes(
      "榕塘区人民政府办公室文件\n\n榕政办发〔2025〕4号\n\n__榕塘区人民政府办公室  "
      "\n关于印发重点工作任务分工方案的通知__\n\n"
      "各镇人民政府，区政府各部门：\n\n现将方案印发给你们。增长6\\.5%。\n\n附件\n\n__序号__\n\n__重点任务__"
      "\n\n"
      "__责任区领导__\n\n__牵头单位__\n\n__配合单位__\n\n__完成时限__\n\n__一、产业发展（共2项）__\n\n1\n\n"
      "推进项目建设。\n\n郑明远\n\n区发改局\n\n区财政局\n\n2025年12月底\n\n2\n\n扩大有效投资。\n\n区住建局\n"
      "\n"
      "/\n\n2025年10月底前\n",
      "m.md");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->metadata.title, "榕塘区人民政府办公室关于印发重点工作任务分工方案的通知");
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"区发改局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, V{"区财政局"});
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"郑明远"});
  EXPECT_EQ(doc->tasks[1].lead_units, V{"区住建局"});
  EXPECT_TRUE(doc->tasks[1].cooperating_units.empty());
}

// Round 123 (629): a PDF copied from Chrome's viewer: the units' sentence, then the leader's label after it
// (…由A牵头，B配合。责任领导：X), both read; a leader's name cut after its surname at a line's end, or at
// its padding (王　勇), is joined again.
TEST(BuildTest, UnitsSentenceThenALeadersLabel) {
  Document doc = Extract(
      "1．壮大主导产业。实施新材料产业链建设。由县工信局牵头，县发改局、县科技局配合。责任领导：王勇\n"
      "2．推动园区提质增效。完善配套设施，盘活闲置低效工业用地。由县自然资源局牵头，县住建局配合。责任领导："
      "赵\n"
      "德海\n"
      "3．加快发展数字经济。新建基站200个。由县工信局牵头，县商务局配合。责任领导：王\n勇\n");
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县工信局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, (V{"县发改局", "县科技局"}));
  EXPECT_EQ(LeaderNames(doc.tasks[0]), V{"王勇"});
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县自然资源局"});
  EXPECT_EQ(LeaderNames(doc.tasks[1]), V{"赵德海"});
  EXPECT_EQ(LeaderNames(doc.tasks[2]), V{"王勇"});
  // (The review: a leader's sentence before the label names no unit; 无 over 附件 is no name cut.)
  doc = Extract(
      "1．提振消费需求。开展促销活动。由副县长王勇牵头，县商务局配合。责任领导：王勇\n"
      "2．强化统筹。定期召开联席会议。由县发改局牵头，县财政局配合。责任领导：无\n附件\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_TRUE(doc.tasks[0].lead_units.empty());
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县发改局"});
  for (const Leader& l : doc.tasks[1].leaders) EXPECT_NE(l.name, "无附件");
}

// Round 122 (621): a PDF's copy-to line wrapped inside a name, a blank line before its rest: one list.
TEST(BuildTest, ACopyToLineWrappedPastABlankLine) {
  Result<Document> doc = ExtractBytes(
      "1.推进项目建设。（牵头单位：县发改局）\n\n抄送：县委办公室，县人大常委会办公室，县政府办公\n\n"
      "室，县政协办公室。\n\n栖桐县教育局办公室         2025 年 3 月 12 日印发\n",
      "c.txt");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->metadata.cc, (V{"县委办公室", "县人大常委会办公室", "县政府办公室", "县政协办公室"}));
  ASSERT_TRUE(doc->metadata.printed_by.has_value());
  // (The review: a contact's line, a note or a space-parted list under a list not ended is no rest of it.)
  for (const char* below :
       {"联系人：王琳，电话：6612345。", "（此件公开发布）。", "张三。", "县法院　县检察院。"}) {
    doc = ExtractBytes(
        std::string("1.推进项目建设。（牵头单位：县发改局）\n\n抄送：县委办，县人大办，县政协办\n") + below +
            "\n",
        "c.txt");
    ASSERT_TRUE(doc.ok());
    EXPECT_TRUE(doc->metadata.cc.empty()) << below;
  }
}

// Round 98 (503): Word's 版记 table in a converter's Markdown (Docling: a merged cell repeated) after the
// task table: its rows are the colophon's 抄送 and 印发 lines, not a task.
TEST(BuildTest, AColophonTableIsNoTask) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n|---|---|---|---|\n| 1 | 推进项目建设。 | 县发改局 "
      "| 县财政局 |\n\n"
      "| 抄送：县委各部门，县人大常委会办公室。 | 抄送：县委各部门，县人大常委会办公室。 |\n|---|---|\n"
      "| 栖桐县人民政府办公室 | 2025年2月24日印发 |\n",
      "c.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 1u);
  EXPECT_EQ(doc->metadata.cc, (V{"县委各部门", "县人大常委会办公室"}));
  ASSERT_TRUE(doc->metadata.printed_by.has_value());
  EXPECT_EQ(doc->metadata.printed_by->issuer, "栖桐县人民政府办公室");
  // (The review: a task's numbered row whose cell says 印发 stays a task.)
  Result<Document> last = ExtractBytes(
      "附件\n\n| 序号 | 任务 | 完成时限 |\n|---|---|---|\n| 1 | 推进项目建设（县发改局牵头） | "
      "2025年12月31日 |\n"
      "| 2 | 制定《县域商业体系建设实施方案》（县商务局牵头） | 2025年6月30日印发 |\n",
      "l.md");
  ASSERT_TRUE(last.ok());
  ASSERT_EQ(last->tasks.size(), 2u);
  EXPECT_EQ(last->tasks[1].lead_units, V{"县商务局"});
  EXPECT_FALSE(last->metadata.printed_by.has_value());
}

// Round 98 (504): a 分线领导牵头负责制's labels, 分线领导：X　主要责任单位：A　其他责任单位：B、C, say who
// leads and who helps without 牵头 or 配合; so does a table's 责任单位 header over 主要 | 其他.
TEST(BuildTest, MainAndOtherResponsibleUnits) {
  Result<Document> doc = ExtractBytes(
      "一、项目建设\n\n1．抓好项目储备。\n分线领导：龚建平　　主要责任单位：县发改局　　其他责任单位：县财政"
      "局、县自然资源局\n\n"
      "附件2\n\n| 序号 | 项目 | 分线领导 | 责任单位 | 责任单位 |\n|  |  |  | 主要 | 其他 |\n"
      "| 1 | 新增停车泊位1500个 | 龚建平 | 县住建局 | 县城管局、县公安局 |\n",
      "m.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"县财政局", "县自然资源局"}));
  ASSERT_EQ(doc->tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[0].leaders[0].name, "龚建平");
  EXPECT_EQ(doc->tasks[1].lead_units, V{"县住建局"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, (V{"县城管局", "县公安局"}));
}

// Round 97 (499): the lead rule stated only in a column's header (责任单位（排在第一位的为牵头单位）) holds
// for that table's tasks, to its end; not for a second table whose header says nothing, nor for tasks after.
TEST(BuildTest, LeadRuleInAColumnsHeader) {
  Result<Document> doc = ExtractBytes(
      "附件1\n\n清单\n\n| 序号 | 重点任务 | 责任单位（排在第一位的为牵头单位） |\n| 1 | 扩大投资 | "
      "县发改局、县财政局 |\n"
      "| 2 | 促进消费 | 县商务局、县财政局 |\n\n附件2\n\n| 序号 | 项目 | 责任单位 |\n| 1 | 改造小区 | "
      "县住建局、县财政局 |\n"
      "\n二、其他任务\n\n1.优化服务。（县政务服务中心、县数据局负责）\n",
      "h.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"县财政局"});
  EXPECT_TRUE(doc->tasks[2].lead_units.empty()) << "the header is its own table's";
  EXPECT_TRUE(doc->tasks[3].lead_units.empty()) << "and not the document's";
}

// Round 10's notice 61: one clause after an item's unclaused sub-items is the item's; sub-items that
// are tasks under an item that is none are numbered item.k.
TEST(BuildTest, ClauseAfterUnclausedSubItemsAndSubItemIds) {
  Result<Document> doc = ExtractBytes(
      "一、稳增长\n\n1."
      "扩大投资。\n（1）实施重点项目。（区发改局，区住建局）\n（2）争取专项债。（区财政局）\n\n"
      "2.提振消费。\n（1）开展促消费活动。\n（2）推进以旧换新。\n（区商务局，区文旅局）\n\n"
      "3.防范风险。\n（1）化解债务风险。（区财政局，区国资中心）\n（2）做好保交房。（区住建局）\n\n"
      "注：排名第一的为牵头单位。\n",
      "s.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 5u);
  EXPECT_EQ(doc->tasks[0].id, "1.1");
  EXPECT_EQ(doc->tasks[1].id, "1.2");
  EXPECT_EQ(doc->tasks[2].id, "2");
  EXPECT_EQ(doc->tasks[2].lead_units, V{"区商务局"});
  EXPECT_EQ(doc->tasks[3].id, "3.1");
  EXPECT_EQ(doc->tasks[3].cooperating_units, V{"区国资中心"});
  EXPECT_EQ(doc->tasks[4].id, "3.2");
}

// Heading leaders hold in the subsections under the heading.
TEST(BuildTest, HeadingLeadersReachSubsections) {
  Result<Document> doc = ExtractBytes(
      "一、稳定增长（副县长 "
      "王建平）\n\n（一）扩大投资\n\n1.实施重点项目。（责任单位：县发改局）\n\n2."
      "争取专项债。（责任单位：县财政局）\n",
      "l.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  ASSERT_EQ(doc->tasks[1].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[1].leaders[0].name, "王建平");
}

// Round 9: 督办事项N： items under a heading that names their leaders, a lead rule stated after
// them; a rule is no clause; a table numbering sections 一 in its 序号 column, closing with 合计.
TEST(BuildTest, SupervisionItemsHeadingLeadersAndSectionRowsInTables) {
  Result<Document> doc = ExtractBytes(
      "一、稳定经济增长（县委常委、常务副县长 "
      "王建平）\n\n督办事项1：扩大有效投资\n责任单位：县发改局　县财政局\n"
      "督办时限：2024年12月31日前\n\n督办事项2：扩大消费\n责任单位：县商务局\n\n"
      "二、增进民生福祉（副县长 赵　敏、副县长 孙海涛）\n\n督办事项3：稳定就业\n责任单位：县人社局\n\n"
      "督办事项4：办好教育\n责任单位：县教育局\n\n三、办理要求\n\n1."
      "各督办事项所列责任单位中，排在第一位的为牵头单位。\n",
      "d.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_EQ(doc->tasks[0].marker, "督办事项1：");
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发改局"}) << "the rule stated after the items holds for them";
  EXPECT_EQ(doc->tasks[0].cooperating_units, V{"县财政局"});
  EXPECT_EQ(doc->tasks[0].deadline->date, "2024-12-31");
  ASSERT_EQ(doc->tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[0].leaders[0].name, "王建平");
  EXPECT_EQ(doc->tasks[0].leaders[0].title, "县委常委、常务副县长");
  ASSERT_EQ(doc->tasks[2].leaders.size(), 2u);
  EXPECT_EQ(doc->tasks[2].leaders[1].name, "孙海涛");
  EXPECT_EQ(doc->sections[0].heading, "稳定经济增长");

  Result<Document> rule = ExtractBytes("一、各项任务第一个单位为牵头单位，其他为配合单位。\n", "r.txt");
  ASSERT_TRUE(rule.ok());
  EXPECT_TRUE(rule->tasks.empty());

  Result<Document> table = ExtractBytes(
      "附件\n\n重点任务清单\n\n| 序号 | 项目 | 目标任务 | 责任部门 | 协办部门 |\n| 一 | 稳增长 | | | |\n"
      "| 1 | 固定资产投资 | 增长8% | 县发改局 | 县统计局 |\n| 二 | 惠民生 | | | |\n| 1 | 城镇就业 | "
      "新增1800人 | 县人社局 | / |\n"
      "| 合计 | | 共2项 | | |\n",
      "t.txt");
  ASSERT_TRUE(table.ok());
  ASSERT_EQ(table->tasks.size(), 2u);
  EXPECT_EQ(table->tasks[0].id, "1.1");
  EXPECT_EQ(table->tasks[1].id, "2.1");
  EXPECT_EQ(table->tasks[0].text.substr(0, 18), "固定资产投资");
  EXPECT_EQ(table->tasks[1].lead_units, V{"县人社局"});
  EXPECT_TRUE(table->tasks[1].cooperating_units.empty());
}

// Round 8: a decimal outline (1 / 1.1, the clause after the sentence, no bracket), and a paragraph
// that assigns the items above it by their numbers, one of them across a heading.
TEST(BuildTest, DecimalOutlineAndItemsAssignedByNumber) {
  Result<Document> outline = ExtractBytes(
      "1 优化营商环境\n1.1 "
      "深化“放管服”改革，压缩开办时间。牵头部门：区政务服务局；协同部门：区市场监管局、区税务局\n"
      "1.2 落实减税降费政策。牵头部门：区财政局\n2 "
      "推进城市更新\n2.1　PM2.5平均浓度控制在30微克以内。牵头部门：区生态环境局\n"
      "2.2 新建改建城市道路1.5公里。牵头部门：区城管局\n",
      "o.txt");
  ASSERT_TRUE(outline.ok());
  ASSERT_EQ(outline->tasks.size(), 4u);
  EXPECT_EQ(outline->tasks[0].id, "1.1");
  EXPECT_EQ(outline->tasks[0].text.substr(0, 6), "深化");
  EXPECT_EQ(outline->tasks[0].lead_units, V{"区政务服务局"});
  EXPECT_EQ(outline->tasks[0].cooperating_units, (V{"区市场监管局", "区税务局"}));
  EXPECT_EQ(outline->tasks[1].id, "1.2") << "a line of its own, not the wrapped end of 1.1";
  EXPECT_EQ(outline->tasks[2].id, "2.1");
  EXPECT_EQ(outline->tasks[2].text.substr(0, 2), "PM");
  EXPECT_EQ(outline->tasks[3].lead_units, V{"区城管局"});
  ASSERT_EQ(outline->sections.size(), 2u);
  EXPECT_EQ(outline->sections[1].heading, "推进城市更新");
  // Without headings the ids are still the numbers as printed (1．1 with a full-width stop too).
  Result<Document> flat = ExtractBytes(
      "1.1 推进改革。牵头单位：区发改局\n1．2 优化服务。牵头单位：区政务服务局\n2.1 "
      "改造小区。牵头单位：区住建局\n",
      "f.txt");
  ASSERT_TRUE(flat.ok());
  ASSERT_EQ(flat->tasks.size(), 3u);
  EXPECT_EQ(flat->tasks[0].id, "1.1");
  EXPECT_EQ(flat->tasks[1].id, "1.2");
  EXPECT_EQ(flat->tasks[2].id, "2.1");
  // Without a 1.1 below it a bare number and a space opens no section.
  Result<Document> bare = ExtractBytes("一、重点任务\n\n3 推进工作落实。\n", "b.txt");
  ASSERT_TRUE(bare.ok());
  EXPECT_TRUE(bare->sections.size() == 1u && bare->tasks.empty());

  Result<Document> items = ExtractBytes(
      "一、提升政务服务\n\n1.推行免证办。\n\n2.推行一网通办。\n\n3.推行跨省通办。\n\n"
      "以上第1—2项由县行政审批服务局牵头，县数据局、县公安局配合；第3项由县政务服务中心负责。\n\n"
      "二、规范执法\n\n4.推行包容审慎监管。\n\n（一）保护合法权益\n\n5.清理涉企积案。\n\n"
      "上述第4至5项，由县司法局牵头，县市场监督管理局等有关部门配合，第9项由县法院负责。\n",
      "i.txt");
  ASSERT_TRUE(items.ok());
  ASSERT_EQ(items->tasks.size(), 5u);
  for (size_t t : {0u, 1u}) {
    EXPECT_EQ(items->tasks[t].lead_units, V{"县行政审批服务局"}) << t;
    EXPECT_EQ(items->tasks[t].cooperating_units, (V{"县数据局", "县公安局"})) << t;
  }
  EXPECT_EQ(items->tasks[2].lead_units, V{"县政务服务中心"});
  EXPECT_TRUE(items->tasks[2].cooperating_units.empty());
  for (size_t t : {3u, 4u}) {
    EXPECT_EQ(items->tasks[t].lead_units, V{"县司法局"}) << t;
    EXPECT_EQ(items->tasks[t].cooperating_units, (V{"县市场监督管理局", "有关部门"})) << t;
  }
  // 第9项 names no task above: said, not dropped.
  EXPECT_TRUE(std::any_of(items->diagnostics.begin(), items->diagnostics.end(), [](const Diagnostic& d) {
    return d.rule == "GW-BUILD-ORPHAN-CLAUSE" && d.message.find("第9项") != std::string::npos;
  }));
}

TEST(BuildTest, OrdinalMarkersLabelLinesAndAClauseAfterSubItems) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n督办事项清单\n\n第1项　推进道路建设，年内通车。\n督办领导：王建国（副县长）\n主办单位：县住建局\n"
      "协办单位：县自然资源局、县财政局\n办理时限：2024年10月31日前\n第2项　完成医院主体工程。\n主办单位：县卫健局\n\n"
      "二、创新\n\n1．强化企业创新。\n（1）实施倍增计划。\n（2）组建创新联合体。\n责任单位：省科技厅\n配合单位：省发展改革委\n",
      "o.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(doc->tasks[0].marker, "第1项");
  EXPECT_EQ(doc->tasks[0].leaders[0].name, "王建国");
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"县自然资源局", "县财政局"}));
  EXPECT_EQ(doc->tasks[0].deadline->date, "2024-10-31");
  EXPECT_EQ(doc->tasks[2].text.substr(0, 21), "强化企业创新。") << "the clause after sub-items is the item's";
  EXPECT_EQ(doc->tasks[2].lead_units, V{"省科技厅"});
}

TEST(BuildTest, GroupClauseShiItemsAndTabSeparatedTables) {
  Result<Document> doc = ExtractBytes(
      "一、优化营商环境\n\n1.推行企业开办一日办结。\n\n2.压缩审批时限。\n\n以上任务由县发展和改革局牵头，县市场监督管理局配合。\n\n"
      "二、民生实事\n\n一是新建养老服务站12个。（承办单位：县民政局；协办单位：县财政局；办结时限：2024年10月底前）\n\n"
      "二是改造农贸市场3个。（承办单位：县商务局）\n",
      "g.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  // The group clause goes to both tasks whole: it is copied, not moved into the first.
  for (size_t t : {0u, 1u}) {
    EXPECT_EQ(doc->tasks[t].lead_units, V{"县发展和改革局"}) << t;
    EXPECT_EQ(doc->tasks[t].cooperating_units, V{"县市场监督管理局"}) << t;
    ASSERT_EQ(doc->tasks[t].clauses.size(), 1u) << t;
    ASSERT_EQ(doc->tasks[t].clauses[0].parts.size(), 2u) << t;
    EXPECT_EQ(doc->tasks[t].clauses[0].parts[1].units, V{"县市场监督管理局"}) << t;
  }
  EXPECT_EQ(doc->tasks[2].marker, "一是");
  EXPECT_EQ(doc->tasks[2].cooperating_units, V{"县财政局"});
  EXPECT_EQ(doc->tasks[2].deadline->date, "2024-10-31");
  Result<Document> table = ExtractBytes(
      "附件\n\n重点任务台账\n\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t完成投资增长8%\t区发展改革局\t区财政局、区统计局\t12月底\n",
      "t.txt");
  ASSERT_TRUE(table.ok());
  ASSERT_EQ(table->tasks.size(), 1u);
  EXPECT_EQ(table->tasks[0].lead_units, V{"区发展改革局"});
  EXPECT_EQ(table->tasks[0].cooperating_units, (V{"区财政局", "区统计局"}));
}

TEST(BuildTest, ALeaderHeadingWithACountAndOneInAHeadingStyle) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n任务分工\n\n一、周立新常务副市长牵头的工作（共1项）\n\n１．稳增长。（牵头单位：市发改委）\n\n"
      "## 林晓梅副市长负责的工作\n\n１．促消费。（牵头单位：市商务局）\n",
      "c.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].leaders[0].name, "周立新");
  EXPECT_EQ(doc->tasks[1].leaders[0].name, "林晓梅");
  EXPECT_EQ(doc->tasks[1].id, "2.1");
}

TEST(BuildTest, ClauseAfterAContinuationParagraph) {
  Result<Document> doc = ExtractBytes(
      "一、重点任务\n\n（一）推动跨境电商发展。积极发展新模式。\n\n加快建设综合试验区。（商务部、海关总署按职责分工负责）\n\n"
      "（二）稳定外资。（商务部负责）\n",
      "c.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].responsible_units, (V{"商务部", "海关总署"}));
  EXPECT_NE(doc->tasks[0].text.find("加快建设综合试验区"), std::string::npos);
}

TEST(BuildTest, LeadRuleInANoteUnderTheTable) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n改革清单\n\n| 序号 | 改革事项 | 具体举措 | 责任单位 | 时间安排 |\n|---|---|---|---|---|\n"
      "| 1 | 国企改革 | 完成整合重组 | 区国资局、区财政局 | 2024年6月底前 |\n| 2 |  | 健全监管体系 | 区国资局、区审计局 | 年底前 |\n\n"
      "注：责任单位中排在第一位的为牵头单位，其他为配合单位。\n",
      "n.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"区国资局"});
  EXPECT_EQ(doc->tasks[1].lead_units, V{"区国资局"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"区审计局"});
  EXPECT_EQ(doc->tasks[1].text, "国企改革\n健全监管体系") << "a merged task cell is repeated";
  EXPECT_EQ(doc->tasks[0].deadline->date, "2024-06-30");
}

TEST(BuildTest, MarkersWithAClosingParenthesis) {
  Result<Document> doc = ExtractBytes("一、重点任务\n\n1) 深化改革。（县审批局负责）\n\n2) 推行网办。（县数据局负责）\n", "p.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[1].marker, "2)");
}

TEST(BuildTest, LeaderLineAboveAGroupOfTasks) {
  Result<Document> doc = ExtractBytes(
      "一、重点任务\n\n县领导：冯立新\n\n（1）稳定粮食生产。（牵头单位：县农业农村局）\n\n（2）抓好生猪产能。（牵头单位：县畜牧中心）\n\n"
      "县领导：冯立新、周晓敏\n\n（3）实施水库除险加固。（牵头单位：县水利局）\n",
      "l.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(doc->tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[1].leaders[0].name, "冯立新");
  ASSERT_EQ(doc->tasks[2].leaders.size(), 2u);
  EXPECT_EQ(doc->tasks[2].leaders[1].name, "周晓敏");
}

TEST(BuildTest, TablesWithATwoRowHeaderAndAMergedLeadCell) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n任务清单\n\n| 序号 | 重点工作 | 责任分工 |  |  | 完成时限 |\n|---|---|---|---|---|---|\n"
      "|  |  | 责任领导 | 牵头单位 | 配合单位 |  |\n| 1 | 建成物流园 | 罗某 | 市商务局 | 市交通局 | 年底前 |\n"
      "| 2 | 开通冷链专线 |  |  | 市邮政局 |  |\n",
      "t.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"市商务局"});
  EXPECT_EQ(doc->tasks[0].leaders[0].name, "罗某");
  EXPECT_EQ(doc->tasks[1].lead_units, V{"市商务局"}) << "the lead cell merged down";
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"市邮政局"});
  EXPECT_EQ(doc->tasks[1].deadline->text, "年底前");
}

// Metamorphic probe: a leader's heading in the forms offices write besides X负责的工作: the titled person
// alone (with the portfolio or the count in brackets after it), 同志 with no title, a colon after the verb.
TEST(BuildTest, LeaderHeadingsWithoutTheirUsualWords) {
  for (const char* head : {"王晓燕副县长", "副县长王晓燕", "王晓燕（副县长）", "王晓燕同志分管工作",
                           "王晓燕副县长分管工作：", "副县长王晓燕（分管教育、卫生健康）（2项）",
                           // (a leader's label before the person, the title then needless)
                           "分管县领导：王晓燕", "责任领导：王晓燕（副县长）", "联系县领导：副县长王晓燕"}) {
    Result<Document> doc = ExtractBytes(std::string("附件\n\n任务清单\n\n一、县长孙国栋负责工作\n\n"
                                                    "1.深化审计监督全覆盖。（责任单位：县审计局）\n\n二、") +
                                            head + "\n\n1.推进县域医共体建设。（牵头单位：县卫生健康局）\n",
                                        "l.txt");
    ASSERT_TRUE(doc.ok());
    ASSERT_EQ(doc->tasks.size(), 2u) << head;
    ASSERT_EQ(doc->tasks[1].leaders.size(), 1u) << head;
    EXPECT_EQ(doc->tasks[1].leaders[0].name, "王晓燕") << head;
  }
}

// The second metamorphic probe: a part's heading of two phrases parted by a comma, its tasks' leader after a
// wide gap (一、加强党的建设，从严治党　责任领导：高建), gives them that leader.
TEST(BuildTest, AHeadingWithACommaAndItsLeaderAfterAGap) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n任务清单\n\n一、加强党的建设，从严治党\u3000责任领导：高建\n\n"
      "1．深入学习贯彻全会精神。（牵头单位：党委办公室）\n\n2．落实“两个一以贯之”要求。（牵头单位：董事会办公"
      "室）\n",
      "c.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  ASSERT_EQ(doc->tasks[1].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[1].leaders[0].name, "高建");
}

// The second review's findings: headings that name a post, an award or a group (县长质量奖, 中小学校长, 驻村
// 第一书记, （一）书记项目, 县级领导同志牵头负责的工作, 班子同志分管工作) are no leader's; their tasks name
// none.
TEST(BuildTest, HeadingsThatNameNoLeader) {
  for (const char* head :
       {"一、县长质量奖", "一、县长热线", "一、中小学校长", "一、驻村第一书记", "（一）书记项目",
        "（一）社区书记", "一、县级领导同志牵头负责的工作", "一、班子同志分管工作"}) {
    Result<Document> doc =
        ExtractBytes(std::string("附件\n\n任务清单\n\n") + head +
                         "\n\n1.组织开展评选，培育标杆企业5家。（牵头单位：县市场监管局）\n",
                     "h.txt");
    ASSERT_TRUE(doc.ok());
    ASSERT_EQ(doc->tasks.size(), 1u) << head;
    EXPECT_TRUE(doc->tasks[0].leaders.empty()) << head;
  }
}

// Metamorphic probe: 责任单位（牵头） is the lead's column, its cell merged down carried to the rows below; a
// bracket of the helpers' role makes a helpers' column.
// Round 117 (599): a 台账's one column for leads and helpers, 牵头单位/配合单位, each cell parted by its
// slash (a cell without one names leads; nothing after it, or 无, no helper); and 推进节点 over 一季度 | … |
// 四季度, a second header row of names only, each quarter's cell kept under its name.
TEST(BuildTest, LeadsAndHelpersInOneColumnPartedBySlash) {
  EXPECT_EQ(internal::ColumnOf("牵头单位/配合单位"), internal::Column::kResponsible);
  EXPECT_EQ(internal::ColumnOf("牵头单位／\n配合单位"), internal::Column::kResponsible);
  EXPECT_EQ(internal::SlashedLeadAndHelpers("责任单位/责任人"), std::string_view::npos);
  Result<Document> doc = ExtractBytes(
      "各单位：\n\n<table><tr><td rowspan=\"2\">序号</td><td rowspan=\"2\">重点任务</td>"
      "<td rowspan=\"2\">牵头单位/<br>配合单位</td><td colspan=\"2\">推进节点</td></tr>"
      "<tr><td>一季度</td><td>二季度</td></tr>"
      "<tr><td>1</td><td>扩大有效投资。</td><td>县发改局/县财政局、县自然资源局</td><td>开工</td><td>/</td></"
      "tr>"
      "<tr><td>2</td><td>争取上级资金。</td><td>县发改局、县财政局</td><td>申报</td><td>到位</td></tr>"
      "<tr><td>3</td><td>推进法治建设。</td><td>县司法局／无</td><td>/</td><td>完成</td></tr></table>\n",
      "s.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"县财政局", "县自然资源局"}));
  EXPECT_EQ(doc->tasks[1].lead_units, (V{"县发改局", "县财政局"}));
  EXPECT_TRUE(doc->tasks[1].cooperating_units.empty());
  EXPECT_EQ(doc->tasks[2].lead_units, V{"县司法局"});
  EXPECT_TRUE(doc->tasks[2].cooperating_units.empty());
  const auto extra = [&](size_t t, std::string_view key) {
    for (const auto& [k, v] : doc->tasks[t].extra)
      if (k == key) return v;
    return std::string("(none)");
  };
  EXPECT_EQ(extra(0, "一季度"), "开工");
  EXPECT_EQ(extra(1, "二季度"), "到位");
}

TEST(BuildTest, AUnitsColumnWhoseBracketNamesItsRole) {
  EXPECT_EQ(internal::ColumnOf("责任单位（牵头）"), internal::Column::kLead);
  EXPECT_EQ(internal::ColumnOf("责任部门(配合)"), internal::Column::kCooperating);
  EXPECT_EQ(internal::ColumnOf("责任单位（盖章）"), internal::Column::kResponsible);
  // Round 90 (465): a 交办清单's problems raised by firms are its tasks; their kind is no task's words.
  EXPECT_EQ(internal::ColumnOf("问题描述"), internal::Column::kTask);
  EXPECT_EQ(internal::ColumnOf("企业诉求"), internal::Column::kTask);
  EXPECT_EQ(internal::ColumnOf("问题类别"), internal::Column::kUnknown);
  // Round 104 (534): a 揭榜挂帅 list, 改革项目 | 改革目标及预期成果 | 挂帅县领导 | 揭榜单位 | 协同单位; two
  // units that 联合揭榜 both lead, the mark after them or on a line of its own.
  EXPECT_EQ(internal::ColumnOf("改革项目"), internal::Column::kTask);
  EXPECT_EQ(internal::ColumnOf("挂帅县领导"), internal::Column::kLeader);
  EXPECT_EQ(internal::ColumnOf("揭榜单位"), internal::Column::kLead);
  // Round 122 (623): a 履行职责事项清单's columns of what each party does are words, not units
  // (乡镇（街道）配合 职责 was read as a 配合单位 label, its sentences split into "units"); 县级部门（单位）
  // names those responsible.
  EXPECT_EQ(internal::ColumnOf("乡镇（街道）配合职责"), internal::Column::kUnknown);
  EXPECT_EQ(internal::ColumnOf("县级部门（单位）职责"), internal::Column::kUnknown);
  EXPECT_EQ(internal::ColumnOf("县级部门（单位）"), internal::Column::kResponsible);
  EXPECT_EQ(internal::ColumnOf("职责分工"), internal::Column::kResponsible);
  EXPECT_EQ(internal::ColumnOf("工作职责"), internal::Column::kTask);
  // Round 109 (555): a township's table with a column of the villages that carry each task out beside its
  // 牵头站所 and 配合站所: they help.
  EXPECT_EQ(internal::ColumnOf("责任村（社区）"), internal::Column::kResponsible);
  Result<Document> villages = ExtractBytes(
      "各村（社区）：\n\n| 序号 | 重点工作任务 | 责任领导 | 牵头站所 | 配合站所 | 责任村（社区） "
      "|\n|---|---|---|---|---|---|\n"
      "| 1 | 推进人居环境整治 | 向文 | 乡村建设综合服务中心 | 乡财政所 | 石门村、枫坪村 |\n"
      "| 2 | 抓好秋冬种 | 向文 | 农业综合服务中心 | / | 各村（社区） |\n",
      "v.md");
  ASSERT_TRUE(villages.ok());
  ASSERT_EQ(villages->tasks.size(), 2u);
  EXPECT_EQ(villages->tasks[0].cooperating_units, (V{"乡财政所", "石门村", "枫坪村"}));
  EXPECT_EQ(villages->tasks[1].cooperating_units, V{"各村（社区）"});
  // Round 112 (574): a project list's 业主单位 beside its 责任单位 helps it the same way; an owner still
  // sought (待招商确定, 待定) is no unit; alone, the owner is responsible.
  Result<Document> owners = ExtractBytes(
      "各单位：\n\n| 序号 | 项目名称 | 业主单位 | 责任单位 | 包抓县级领导 |\n|---|---|---|---|---|\n"
      "| 1 | 光伏发电项目 | 峪川县天和光伏发电有限公司 | 县发展和改革局 | 郭晓峰 |\n"
      "| 2 | 冷链物流园 | 待招商确定 | 县商务局 | 郭晓峰 |\n",
      "o.md");
  ASSERT_TRUE(owners.ok());
  ASSERT_EQ(owners->tasks.size(), 2u);
  EXPECT_EQ(owners->tasks[0].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(owners->tasks[0].cooperating_units, V{"峪川县天和光伏发电有限公司"});
  EXPECT_EQ(owners->tasks[1].responsible_units, V{"县商务局"});
  EXPECT_EQ(internal::HeaderColumns({"序号", "项目名称", "业主单位", "包抓领导"})[2],
            internal::Column::kResponsible);
  // Round 113 (579): a city's targets handed down, a column per area under 各县（市、区）目标任务, each cell
  // its share (6.3, ≥80, 完成市下达任务) or — for none: the areas with a share take part, their shares kept.
  Result<Document> targets = ExtractBytes(
      "各县（市、区）：\n\n| 序号 | 指标名称 | 责任市领导 | 牵头单位 | 各县（市、区）目标任务 | "
      "|\n|---|---|---|---|---|---|\n"
      "| | | | | 汭城区 | 柘水县 |\n| 1 | 地区生产总值增长 | 蒋明远 | 市发展改革委 | 6.3 | — |\n"
      "| 2 | 税收收入占比 | 蒋明远 | 市财政局 | ≥80 | 完成市下达任务 |\n",
      "t.md");
  ASSERT_TRUE(targets.ok());
  ASSERT_EQ(targets->tasks.size(), 2u);
  EXPECT_EQ(targets->tasks[0].lead_units, V{"市发展改革委"});
  EXPECT_EQ(targets->tasks[0].cooperating_units, V{"汭城区"});
  EXPECT_EQ(targets->tasks[1].cooperating_units, (V{"汭城区", "柘水县"}));
  const auto& shares = targets->tasks[1].extra;
  EXPECT_NE(std::find(shares.begin(), shares.end(), std::pair<std::string, std::string>{"汭城区", "≥80"}),
            shares.end());
  // The review: a sum's or a time's column is no area (合计, 一季度); 0 and 不涉及 are no share; a report of
  // what each has done (任务完成情况) assigns nothing.
  Result<Document> sums = ExtractBytes(
      "各县（市、区）：\n\n| 序号 | 目标任务 | 责任单位 | 各县（市、区）目标任务 | | | "
      "|\n|---|---|---|---|---|---|---|\n"
      "| | | | 合计 | 东城县 | 西河县 | 南山区 |\n| 1 | 新建城市书房（个） | 市文广旅局 | 20 | 12 | 0 | "
      "不涉及 |\n",
      "s.md");
  ASSERT_TRUE(sums.ok());
  ASSERT_EQ(sums->tasks.size(), 1u);
  EXPECT_EQ(sums->tasks[0].lead_units, V{"市文广旅局"});
  EXPECT_EQ(sums->tasks[0].cooperating_units, V{"东城县"});
  Result<Document> quarters = ExtractBytes(
      "各乡镇：\n\n| 序号 | 工作任务 | 牵头单位 | 各季度目标任务 | |\n|---|---|---|---|---|\n| | | | 一季度 "
      "| 二季度 |\n"
      "| 1 | 新增城镇就业（人） | 县人社局 | 500 | 1000 |\n",
      "q.md");
  ASSERT_TRUE(quarters.ok());
  ASSERT_EQ(quarters->tasks.size(), 1u);
  EXPECT_EQ(quarters->tasks[0].responsible_units, V{"县人社局"});
  Result<Document> report = ExtractBytes(
      "各县：\n\n| 序号 | 重点任务 | 牵头单位 | 各县（市、区）任务完成情况 | |\n|---|---|---|---|---|\n| | | "
      "| 东城县 | 西河县 |\n"
      "| 1 | 新增城镇就业人数 | 市人社局 | 已完成 | 未启动 |\n",
      "r.md");
  ASSERT_TRUE(report.ok());
  ASSERT_EQ(report->tasks.size(), 1u);
  EXPECT_EQ(report->tasks[0].responsible_units, V{"市人社局"});
  // Round 109 (559): a city's table of the province's tasks that fall to it, a leader's row across it
  // (（一）戴恒常务副市长牵头重点工作) over his tasks, and under a task's units the province's lead named for
  // liaison (省牵头单位：省商务厅), no unit of the task.
  Result<Document> liaison = ExtractBytes(
      "各单位：\n\n| 序号 | 重点工作任务 | 责任单位 |\n|---|---|---|\n| （一）戴恒常务副市长牵头重点工作 | | "
      "|\n"
      "| 1 | 推进消费提质 | 市商务局、市发改委<br>省牵头单位：省商务厅 |\n| （二）韦立新副市长牵头重点工作 | "
      "| |\n"
      "| 2 | 推进交通建设 | 市交通运输局<br>省牵头单位：省交通运输厅、省发展改革委 |\n",
      "l.md");
  ASSERT_TRUE(liaison.ok());
  ASSERT_EQ(liaison->tasks.size(), 2u);
  ASSERT_EQ(liaison->tasks[0].leaders.size(), 1u);
  EXPECT_EQ(liaison->tasks[0].leaders[0].name, "戴恒");
  EXPECT_EQ(liaison->tasks[1].leaders[0].name, "韦立新");
  EXPECT_EQ(liaison->tasks[0].responsible_units, (V{"市商务局", "市发改委"}));
  EXPECT_EQ(liaison->tasks[1].responsible_units, V{"市交通运输局"});
  ASSERT_EQ(liaison->tasks[1].extra.size(), 1u);
  EXPECT_EQ(liaison->tasks[1].extra[0].second, "省牵头单位：省交通运输厅、省发展改革委");
  // (The review's: such a line first in the cell, the lead after it; two under one label, one field.)
  Result<Document> first_line = ExtractBytes(
      "各单位：\n\n| 序号 | 重点工作任务 | 牵头单位 | 配合单位 |\n|---|---|---|---|\n"
      "| 1 | 推进文旅融合 | 省牵头单位：省文旅厅<br>市文旅局 | 各县区 |\n"
      "| 2 | 推进旧改 | 市住建局<br>督办单位：市政府督查室 | 市财政局<br>督办单位：市委督查室 |\n",
      "f.md");
  ASSERT_TRUE(first_line.ok());
  ASSERT_EQ(first_line->tasks.size(), 2u);
  EXPECT_EQ(first_line->tasks[0].lead_units, V{"市文旅局"});
  EXPECT_EQ(first_line->tasks[1].lead_units, V{"市住建局"});
  EXPECT_EQ(first_line->tasks[1].cooperating_units, V{"市财政局"});
  ASSERT_EQ(first_line->tasks[1].extra.size(), 1u);
  EXPECT_EQ(first_line->tasks[1].extra[0].second, "督办单位：市政府督查室\n督办单位：市委督查室");
  // Round 110 (564): 县级责任领导 over A角 | B角, the leader and the one who stands in for him: both leaders.
  Result<Document> ab = ExtractBytes(
      "各单位：\n\n| 序号 | 重点工作任务 | 县级责任领导 |  | 牵头单位 |\n|---|---|---|---|---|\n"
      "|  |  | A角 | B角 |  |\n| 1 | 推进园区建设 | 王建国 | 马骏 | 县工信局 |\n",
      "ab.md");
  ASSERT_TRUE(ab.ok());
  ASSERT_EQ(ab->tasks.size(), 1u);
  ASSERT_EQ(ab->tasks[0].leaders.size(), 2u);
  EXPECT_EQ(ab->tasks[0].leaders[1].name, "马骏");
  // Round 110 (563): Markdown from a converter that drops the cells a merge above covers (FastGPT's, mammoth
  // and turndown): each cell goes where what it is says, the cells left out the row above's.
  Result<Document> dropped = ExtractBytes(
      "各单位：\n\n| 序号 | 重点任务 | 责任县领导 | 牵头单位 | 配合单位 | 完成时限 "
      "|\n|---|---|---|---|---|---|\n"
      "| 一、推动经济发展 |  |  |  |  |  |\n"
      "| 1 | 扩大有效投资 | 周明远 | 县发展和改革局 | 县财政局、县自然资源局 | 2025年12月底 |\n"
      "| 2 | 争取上级资金 | 县财政局 |\n"
      "| 3 | 开展招商引资 | 县投资促进中心 | 各乡镇人民政府、县直各有关单位 |\n"
      "| 4 | 落实房地产政策 | 林雪梅 | 县自然资源局、县税务局 | 持续推进 |\n",
      "d.md");
  ASSERT_TRUE(dropped.ok());
  ASSERT_EQ(dropped->tasks.size(), 4u);
  const auto& d = dropped->tasks;
  EXPECT_EQ(d[1].leaders.at(0).name, "周明远");
  EXPECT_EQ(d[1].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(d[1].cooperating_units, V{"县财政局"});
  EXPECT_EQ(d[1].deadline->text, "2025年12月底");
  EXPECT_EQ(d[2].lead_units, V{"县投资促进中心"});
  EXPECT_EQ(d[2].cooperating_units, (V{"各乡镇人民政府", "县直各有关单位"}));
  EXPECT_EQ(d[3].leaders.at(0).name, "林雪梅");
  EXPECT_EQ(d[3].lead_units, V{"县投资促进中心"}) << "the lead merged down, the helpers its own";
  EXPECT_EQ(d[3].cooperating_units, (V{"县自然资源局", "县税务局"}));
  // (The review's: a unit with 年 in its name is no time; a table that writes no empty cell, nor a leaders'
  // column, fills from the left and inherits nothing; 职务 under the leaders is no second leader; villages
  // beside helpers alone are the ones responsible.)
  Result<Document> hand = ExtractBytes(
      "各单位：\n\n| 序号 | 重点任务 | 责任县领导 | 牵头单位 | 配合单位 | 完成时限 "
      "|\n|---|---|---|---|---|---|\n"
      "| 1 | 推进全民健身 | 张伟 | 县体育局 | 县住建局 | 2025年12月底 |\n"
      "| 2 | 开展老年健康服务 | 李明 | 县卫健委 | 县老年大学 |\n",
      "h.md");
  ASSERT_TRUE(hand.ok());
  ASSERT_EQ(hand->tasks.size(), 2u);
  EXPECT_EQ(hand->tasks[1].cooperating_units, V{"县老年大学"});
  EXPECT_FALSE(hand->tasks[1].deadline.has_value() && hand->tasks[1].deadline->text == "县老年大学");
  Result<Document> no_leaders = ExtractBytes(
      "各单位：\n\n| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|\n"
      "| 1 | 推进项目建设 | 县发改局 | 县财政局 | 2025年底 |\n| 2 | 加强税源培植 | 县税务局 | 2025年底 |\n",
      "n.md");
  ASSERT_TRUE(no_leaders.ok());
  ASSERT_EQ(no_leaders->tasks.size(), 2u);
  EXPECT_EQ(no_leaders->tasks[1].lead_units, V{"县税务局"});
  EXPECT_TRUE(no_leaders->tasks[1].cooperating_units.empty());
  Result<Document> post = ExtractBytes(
      "各单位：\n\n| 序号 | 重点任务 | 县级责任领导 |  | 牵头单位 |\n|---|---|---|---|---|\n"
      "|  |  | 姓名 | 职务 |  |\n| 1 | 推进园区建设 | 张伟 | 副县长 | 县工信局 |\n",
      "post.md");
  ASSERT_TRUE(post.ok());
  ASSERT_EQ(post->tasks.size(), 1u);
  ASSERT_EQ(post->tasks[0].leaders.size(), 1u);
  EXPECT_EQ(post->tasks[0].leaders[0].name, "张伟");
  // (Round 135, 683: 重点工作 merged down over its 具体任务 rows is a group, not the task's words; 工作任务
  // over its 具体措施 is the task's.)
  EXPECT_EQ(internal::HeaderColumns({"序号", "重点工作", "具体任务", "责任单位"})[1],
            internal::Column::kUnknown);
  EXPECT_EQ(internal::HeaderColumns({"序号", "重点工作", "具体任务", "责任单位"})[2],
            internal::Column::kTask);
  EXPECT_EQ(internal::HeaderColumns({"序号", "工作任务", "具体措施", "责任单位"})[1],
            internal::Column::kTask);
  EXPECT_EQ(internal::HeaderColumns({"序号", "重点工作", "责任单位"})[1], internal::Column::kTask);
  // (Round 136, 689: 工作要点 over its 具体措施 rows likewise.)
  EXPECT_EQ(internal::HeaderColumns({"序号", "工作要点", "具体措施", "牵头科室"})[1], internal::Column::kUnknown);
  EXPECT_EQ(internal::HeaderColumns({"序号", "工作要点", "具体措施", "牵头科室"})[2], internal::Column::kTask);
  EXPECT_EQ(internal::HeaderColumns({"序号", "改革事项", "具体举措", "责任单位"})[1], internal::Column::kTask);
  EXPECT_EQ(internal::HeaderColumns({"序号", "重点工作", "具体举措及目标", "牵头部门"})[1], internal::Column::kTask);
  EXPECT_EQ(internal::HeaderColumns({"序号", "重点任务", "责任村（社区）", "配合单位"})[2],
            internal::Column::kResponsible);
  EXPECT_EQ(internal::HeaderColumns({"序号", "重点任务", "责任单位", "责任村（社区）"})[3],
            internal::Column::kCooperating);
  Result<Document> pledged = ExtractBytes(
      "各单位：\n\n| 序号 | 改革项目 | 改革目标及预期成果 | 揭榜单位 | 协同单位 |\n|---|---|---|---|---|\n"
      "| 1 | 深化土地改革 | 完成试点 | 县自然资源局、县农业农村局<br>（联合揭榜） | 县财政局 |\n"
      "| 2 | 推进审批改革 | 压缩时限 | 县司法局、县市场监督管理局（联合揭榜） | 县政务服务中心 |\n",
      "p.md");
  ASSERT_TRUE(pledged.ok());
  ASSERT_EQ(pledged->tasks.size(), 2u);
  EXPECT_EQ(pledged->tasks[0].lead_units, (V{"县自然资源局", "县农业农村局"}));
  EXPECT_EQ(pledged->tasks[1].lead_units, (V{"县司法局", "县市场监督管理局"}));
  EXPECT_EQ(pledged->tasks[1].cooperating_units, V{"县政务服务中心"});
  Result<Document> doc = ExtractBytes(
      "附件\n\n城市更新重点任务清单\n\n| 序号 | 责任单位（牵头） | 工作任务 | 配合单位 |\n|---|---|---|---|\n"
      "| 1 | 区住房和城乡建设局 | 完成老旧小区改造32个 | 区财政局 |\n| 2 |  | 既有住宅加装电梯80部 | "
      "区市场监管局 |\n",
      "t.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[1].lead_units, V{"区住房和城乡建设局"});
}

// The second metamorphic probe: a task whose 一是/二是 points stand on lines of their own, the last closing
// with the task's clause: the points are the task's, the clause too; the next item is the next task.
TEST(BuildTest, PointsOnLinesOfTheirOwnTheLastWithTheClause) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n任务分工\n\n1．推进义务教育优质均衡发展，迎接省级督导评估。\n一是完成县城第三小学建设；\n"
      "二是全县差异系数控制在0.50以内。（牵头单位：基础教育股；配合单位：计财股）\n"
      "2．加强教师队伍建设。（牵头单位：人事股）\n",
      "p.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].id, "1");
  EXPECT_EQ(doc->tasks[0].lead_units, V{"基础教育股"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, V{"计财股"});
  EXPECT_EQ(doc->tasks[1].id, "2");
}

// Metamorphic probe: one task under each part's heading, its clause line after it: the task is the sentence,
// the heading a heading (the clause after one numbered sentence is that sentence's). Two points under a
// task's words with one clause after them are still that task's.
TEST(BuildTest, OneTaskUnderEachHeading) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n任务分工方案\n\n一、扩大需求\n\n1.推动外贸稳规模优结构。\n\n责任单位：市商务局\n\n"
      "二、推进乡村振兴\n\n2.严守耕地保护红线。\n\n责任单位：市农业农村局\n",
      "o.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].id, "1");
  EXPECT_EQ(doc->tasks[0].text, "推动外贸稳规模优结构。");
  EXPECT_EQ(doc->tasks[1].lead_units, V{"市农业农村局"});
}

// Metamorphic probes: a part's heading with a colon, at its end or between two phrases, is a heading, not a
// task; between a plain-text table's rows too. A line of a label after the number is none.
TEST(BuildTest, APartHeadingWithAColonIsAHeading) {
  for (const char* head : {"一、扩大需求：", "一、稳增长扩投资：推动经济运行持续向好"}) {
    Result<Document> doc =
        ExtractBytes(std::string("附件\n\n任务分工方案\n\n") + head +
                         "\n\n1.推动外贸稳规模优结构。\n\n责任单位：市商务局\n\n"
                         "2.开展系列促消费活动。\n\n责任单位：市商务局\n\n二、推进乡村振兴\n\n"
                         "3.严守耕地保护红线。\n\n责任单位：市农业农村局\n",
                     "h.txt");
    ASSERT_TRUE(doc.ok());
    ASSERT_EQ(doc->tasks.size(), 3u) << head;
    EXPECT_EQ(doc->tasks[0].id, "1") << head;
    EXPECT_EQ(doc->tasks[2].id, "3") << head;
  }
  Result<Document> doc = ExtractBytes(
      "附件\n\n重点任务推进台账\n\n序号\t重点任务\t牵头单位\t配合单位\n一、经济发展：\n"
      "1\t完成固定资产投资增长8%"
      "\t区发展改革局\t区财政局\n二、社会民生\n2\t新增城镇就业3000人\t区人社局\t无\n",
      "t.txt");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->tasks.size(), 2u);
}

// Round 89 (461): an event's 执委会 工作部 as the tasks: its heads by post (部长, 副部长, the second 副部长
// on a line of its own under the first, titled), its 牵头单位 and its 成员单位, which help.
TEST(BuildTest, AWorkGroupsHeadsAndMemberUnits) {
  Result<Document> doc = ExtractBytes(
      "二、工作部（组）及职责分工\n\n（一）竞赛组织部。负责制定竞赛总体计划和竞赛日程。\n\n部长：刘思洋（副市"
      "长）\n\n"
      "副部长：市体育局局长郑国华\n\n市公安局副局长、交通警察支队支队长袁俊峰\n\n牵头单位：市体育局\n\n"
      "成员单位：市教育局、市财政局\n\n（二）新闻宣传部。负责宣传工作总体方案的制定和实施。\n\n组长：林晓岚\n"
      "\n"
      "牵头单位：市委宣传部\n\n成员单位：市委网信办\n",
      "g.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  std::vector<std::string> names;
  for (const auto& l : doc->tasks[0].leaders) names.push_back(l.name);
  EXPECT_EQ(names, (V{"刘思洋", "郑国华", "袁俊峰"}));
  EXPECT_EQ(doc->tasks[0].lead_units, V{"市体育局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"市教育局", "市财政局"}));
  ASSERT_EQ(doc->tasks[1].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[1].leaders[0].name, "林晓岚");
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"市委网信办"});
}

// Round 88 (452): Word's plain-text export of a task table (tab-separated rows), a section row merged across
// written as a line with no tab, its words two phrases parted by a comma: the table goes on under it.
TEST(BuildTest, ASectionLineWithACommaBetweenTabRowsKeepsTheTable) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n重点工作任务分解表\n\n序号\t工作任务\t责任区领导\t牵头单位\t配合单位\t完成时限\n"
      "一、聚焦扩大有效需求，推动经济稳进提质\n1\t全年地区生产总值增长6%"
      "左右。\t周启明\t区发展改革局\t区财政局\t12月底\n"
      "2\t实施重点项目建设攻坚行动。\t陶文彬\t区发展改革局\t\t12月底\n"
      "二、坚持创新驱动，加快构建现代化产业体系\n3\t实施制造业智改数转行动。\t魏振华\t区工业和信息化局\t区科"
      "技局\t11月底\n",
      "t.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(doc->tasks[2].lead_units, V{"区工业和信息化局"});
  EXPECT_EQ(doc->tasks[2].leaders[0].name, "魏振华");
}

// Round 87 (450): a 督办 system's export, a column for each leader (责任领导1 | 责任领导2): an empty cell
// there holds no leader, not the one above it; an unnumbered leader's column still carries its value down.
TEST(BuildTest, AnEmptyCellOfANumberedColumnHoldsNone) {
  const std::string rows =
      "| 1 | 建成物流园 | 罗志勇 | 牛振东 | 县商务局 | 县交通局 |\n| 2 | 开通冷链专线 | 葛少华 |  | 县邮政局 "
      "|  |\n"
      "| 3 | 建设农贸市场 |  |  | 县市场监管局 |  |\n";
  Result<Document> doc = ExtractBytes(
      "附件\n\n督办事项清单\n\n| 序号 | 事项名称 | 责任领导1 | 责任领导2 | 主办单位 | 协办单位1 "
      "|\n|---|---|---|---|---|---|\n" +
          rows,
      "t.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  ASSERT_EQ(doc->tasks[1].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[1].leaders[0].name, "葛少华");
  EXPECT_TRUE(doc->tasks[2].leaders.empty());
  doc = ExtractBytes(
      "附件\n\n督办事项清单\n\n| 序号 | 事项名称 | 责任领导 | 协助领导 | 主办单位 | 协办单位1 "
      "|\n|---|---|---|---|---|---|\n" +
          rows,
      "t.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  ASSERT_FALSE(doc->tasks[2].leaders.empty());
  EXPECT_EQ(doc->tasks[2].leaders[0].name, "葛少华") << "one leaders' column: carried down";
}

// A cell merged down (DOCX w:vMerge) from a task's continuation row (no number, no task text: the
// rest of the task above): the next task takes the text of the merge's first cell, in that row.
TEST(BuildTest, MergeStartingInAContinuationRowIsCarried) {
  Result<Reading> reading = ReadAny(
      "附件\n\n任务清单\n\n| 序号 | 重点任务 | 牵头单位 | 配合单位 | 完成时限 |\n"
      "| 1 | 推进甲项目建设 | 县甲局 |  | 2024年6月底前 |\n|  |  |  | 县丙局 |  |\n"
      "| 2 | 推进乙项目建设 | 县丁局 |  | 2024年9月底前 |\n| 3 | 推进丙项目建设 | 县戊局 |  | 2024年9月底前 "
      "|\n",
      "m.txt");
  ASSERT_TRUE(reading.ok());
  for (Block& b : reading->blocks)
    if (b.kind == BlockKind::kTableRow && b.text.find("推进乙项目") != std::string::npos)
      b.merged_above = {false, false, false, true, false};  // 配合单位 merged down from the row above
  Document doc = ExtractFromReading(*reading);
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[0].cooperating_units, V{"县丙局"});
  EXPECT_EQ(doc.tasks[1].cooperating_units, V{"县丙局"}) << "the merge began in task 1's second row";
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县丁局"});
  EXPECT_TRUE(doc.tasks[2].cooperating_units.empty()) << "not merged: empty";
}

// Round 35 (216): a 责任分工 column of labelled lines; the rest of a task in a row under its number merged
// down (w:vMerge), or a sentence alone in the task's cell under no number, goes on with the task above, where
// it was a part heading, or a task of its own.
TEST(BuildTest, AResponsibilityColumnOfLabelledLinesAndRowsThatGoOn) {
  Result<Reading> reading = ReadAny(
      "附件\n\n任务清单\n\n| 序号 | 工作任务 | 责任分工 |\n"
      "| 1 | 加快园区扩区调规，新建标准化厂房10万平方米， | 责任领导：赵国平<br>牵头单位：园区管委会<br>"
      "配合单位：县自然资源局 |\n|  | 园区基础设施配套项目年内全部开工。 |  |\n"
      "| 2 | 实施农村人居环境整治，完成农村户厕改造4000座， | 责任领导：周明远<br>牵头单位：县农业农村局 |\n"
      "|  | 建成省级美丽宜居示范村5个 | 配合单位：县卫生健康局<br>完成时限：2024年11月底 |\n"
      "| 二、推进城乡融合 |  |  |\n| 3 | 完善交通路网。 | 责任单位：县交通运输局 |\n",
      "m.txt");
  ASSERT_TRUE(reading.ok());
  for (Block& b : reading->blocks)
    if (b.kind == BlockKind::kTableRow && b.text.find("美丽宜居") != std::string::npos)
      b.merged_above = {true, false, false};  // 序号 merged down from task 2's row
  Document doc = ExtractFromReading(*reading);
  ASSERT_EQ(doc.tasks.size(), 3u);
  // (A text's row with no number is joined to the row above as its printed lines; in a DOCX it is read as
  // the rest of the task: corpus/generalization/216.)
  EXPECT_EQ(doc.tasks[0].text,
            "加快园区扩区调规，新建标准化厂房10万平方米，园区基础设施配套项目年内全部开工。");
  ASSERT_EQ(doc.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[0].leaders[0].name, "赵国平");
  EXPECT_EQ(doc.tasks[0].lead_units, V{"园区管委会"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, V{"县自然资源局"});
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县农业农村局"});
  EXPECT_EQ(doc.tasks[1].cooperating_units, V{"县卫生健康局"});
  ASSERT_TRUE(doc.tasks[1].deadline.has_value());
  EXPECT_EQ(doc.tasks[1].deadline->text, "2024年11月底");
  EXPECT_EQ(doc.tasks[2].number, 3);
  EXPECT_EQ(doc.tasks[2].responsible_units, V{"县交通运输局"});
}

// Round 35 (215): a heading set beside its leaders in a one-row layout table (borderless) is the heading,
// and they lead its tasks.
TEST(BuildTest, AHeadingBesideItsLeadersInALayoutTable) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n任务分解方案\n\n| 一、坚持项目为王，推动经济稳进提质 | 责任领导：许文博 |\n\n"
      "（一）加快推进重大项目建设。（牵头单位：市发展改革委）\n\n"
      "| 二、壮大实体经济，加快构建现代化产业体系 | 责任领导：周立新、何敏 |\n\n"
      "（一）实施制造业倍增行动。（牵头单位：市工业和信息化局）\n",
      "h.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[1].id, "2.1");
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"许文博"});
  EXPECT_EQ(LeaderNames(doc->tasks[1]), (V{"周立新", "何敏"}));
}

// Round 35 (218): responsibility in the item's last sentence, in prose: a leader's part closing it (，市领导X
// 负责), 责任单位为A、B read as 责任单位：A、B, and 其中A、B牵头 marking both; a cover's rule about
// 参与单位为 is no clause.
TEST(BuildTest, ProseResponsibilityWithItsLeaderAndUnitsSaidToBe) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n任务分解\n\n参与单位为“各相关单位”的，由牵头单位根据工作需要商定。\n\n"
      "1．推进甲。此项工作由市商务局牵头，市财政局配合，市领导王立新负责。\n\n"
      "2．推进乙。责任单位为市公安局、市应急管理局、市交通运输局，其中市公安局、市应急管理局牵头，"
      "市领导郑启明、周振华负责。\n\n3．推进丙。责任单位为市水利局、市生态环境局。\n",
      "p.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"市商务局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, V{"市财政局"});
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"王立新"});
  EXPECT_EQ(doc->tasks[1].lead_units, (V{"市公安局", "市应急管理局"}));
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"市交通运输局"});
  EXPECT_EQ(LeaderNames(doc->tasks[1]), (V{"郑启明", "周振华"}));
  EXPECT_EQ(doc->tasks[2].responsible_units, (V{"市水利局", "市生态环境局"}));
  EXPECT_TRUE(doc->tasks[2].leaders.empty());
}

// The same with 分线领导牵头负责制's words and a 厅's: 主要责任单位为A，其他责任单位为B read as
// 主要责任单位：A； 其他责任单位：B (A leads, B helps), 牵头处室为A，配合处室为B likewise, 责任县领导为X a
// leader.
TEST(BuildTest, MainAndOtherUnitsSaidToBeLeadAndHelp) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n任务分解\n\n1．优化营商环境。主要责任单位为县政务服务中心，其他责任单位为县市场监管局、县司法"
      "局。\n\n"
      "2．完善规划体系。牵头处室为发展规划处，配合处室为法规处。\n\n"
      "3．推进乡村振兴。责任县领导为李明华，牵头单位为县农业农村局，配合单位为县财政局。\n"
      "4．加强森林防火。主要责任单位为县应急局，其他责任单位为各乡镇（街道）。\n",
      "m.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县政务服务中心"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"县市场监管局", "县司法局"}));
  EXPECT_EQ(doc->tasks[1].lead_units, V{"发展规划处"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"法规处"});
  EXPECT_EQ(LeaderNames(doc->tasks[2]), V{"李明华"});
  EXPECT_EQ(doc->tasks[2].lead_units, V{"县农业农村局"});
  EXPECT_EQ(doc->tasks[2].cooperating_units, V{"县财政局"});
  EXPECT_EQ(doc->tasks[3].lead_units, V{"县应急局"});
  EXPECT_EQ(doc->tasks[3].cooperating_units, V{"各乡镇（街道）"});
}

// Round 99 (509): the units in a list's closing bracket help, those before it lead
// (括号外的为牵头单位，括号内的为 配合单位), said in the cover or in the 责任单位 header; a list without one
// all lead where the cover says so; a name's own bracket (各乡镇（街道）) is none. Without the rule the
// bracket stays in the name.
TEST(BuildTest, UnitsInTheClosingBracketHelpByTheRule) {
  const std::string items =
      "1．推进甲。（责任单位：县发改局（县财政局、县自然资源局））\n2．推进乙。（责任单位：县政务服务中心、"
      "县市场监管局（县直各有关单位））\n3．推进丙。（责任单位：县农业农村局、县水利局）\n4．推进丁。（责任单"
      "位：各乡镇"
      "（街道）（县农业农村局、沿线各乡镇））\n5．推进戊。（责任单位：县民政局（各乡镇（街道）））\n";
  Result<Document> doc = ExtractBytes(
      "各单位：\n现将任务分工印发。括号外的为牵头单位，括号内的为配合单位；未注明配合单位的，所列单位均为牵头"
      "单位。\n" +
          items,
      "b.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 5u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"县财政局", "县自然资源局"}));
  EXPECT_EQ(doc->tasks[1].lead_units, (V{"县政务服务中心", "县市场监管局"}));
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"县直各有关单位"});
  EXPECT_EQ(doc->tasks[2].lead_units, (V{"县农业农村局", "县水利局"}));
  EXPECT_EQ(doc->tasks[3].lead_units, V{"各乡镇（街道）"});
  EXPECT_EQ(doc->tasks[3].cooperating_units, (V{"县农业农村局", "沿线各乡镇"}));
  EXPECT_EQ(doc->tasks[4].lead_units, V{"县民政局"});
  EXPECT_EQ(doc->tasks[4].cooperating_units, V{"各乡镇（街道）"});
  doc = ExtractBytes("各单位：\n现将任务分工印发。\n" + items, "n.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 5u);
  EXPECT_EQ(doc->tasks[0].responsible_units, V{"县发改局（县财政局、县自然资源局）"});
  EXPECT_TRUE(doc->tasks[2].lead_units.empty());
  // The rule in the header; a list without the bracket left undecided, as no one said otherwise.
  doc = ExtractBytes(
      "<table><tr><td>序号</td><td>重点工作任务</td><td>责任单位<br>（括号内为配合单位）</td></tr>"
      "<tr><td>1</td><td>推进甲。</td><td>县发改局、县财政局（县统计局）</td></tr>"
      "<tr><td>2</td><td>推进乙。</td><td>县统计局、县发改局</td></tr></table>",
      "h.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, (V{"县发改局", "县财政局"}));
  EXPECT_EQ(doc->tasks[0].cooperating_units, V{"县统计局"});
  EXPECT_TRUE(doc->tasks[1].lead_units.empty());
  EXPECT_EQ(doc->tasks[1].responsible_units, (V{"县统计局", "县发改局"}));

  // (The review: a name's own bracket holding a kind of body is none (各有关部门（单位）, 相关乡镇（街道）,
  // 县卫健局及各乡镇（街道）); a bracket after each unit holds each one's helpers; under a first-unit rule
  // too the first outside leads; 括号中 says it too; a passing 括号内 in another clause says nothing.)
  doc = ExtractBytes(
      "各单位：\n列第一位的为牵头单位，括号中的为配合单位。\n1．推进甲。（责任单位：县直有关部门（单位））\n"
      "2．推进乙。（责任单位：县民政局、相关乡镇（街道））\n3．推进丙。（责任单位：县卫健局及各乡镇（街道））"
      "\n"
      "4．推进丁。（责任单位：县教育局（县财政局）、县卫健局（县人社局））\n"
      "5．推进戊。（责任单位：县发改局、县工信局（县财政局））\n",
      "r.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 5u);
  EXPECT_EQ(doc->tasks[0].responsible_units, V{"县直有关部门（单位）"});
  EXPECT_EQ(doc->tasks[1].responsible_units, (V{"县民政局", "相关乡镇（街道）"}));
  EXPECT_EQ(doc->tasks[2].responsible_units, (V{"县卫健局", "各乡镇（街道）"}));
  EXPECT_EQ(doc->tasks[3].lead_units, V{"县教育局"});
  EXPECT_EQ(doc->tasks[3].cooperating_units, (V{"县卫健局", "县财政局", "县人社局"}));
  EXPECT_EQ(doc->tasks[4].lead_units, V{"县发改局"});
  EXPECT_EQ(doc->tasks[4].cooperating_units, (V{"县工信局", "县财政局"}));
  doc = ExtractBytes(
      "各单位：\n括号内为完成时限，配合单位要主动对接。\n1．推进甲。（责任单位：县委宣传部（县委网信办））\n",
      "p.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 1u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县委宣传部（县委网信办）"});
  // A header's rule holds for its own table: not for the next one's, nor for a 牵头单位 column's plain lists.
  doc = ExtractBytes(
      "<table><tr><td>序号</td><td>重点工作任务</td><td>牵头单位（括号内为配合单位）</td></tr>"
      "<tr><td>1</td><td>推进甲。</td><td>县发改局（县统计局）</td></tr></table>"
      "<table><tr><td>序号</td><td>重点工作任务</td><td>责任单位</td></tr>"
      "<tr><td>2</td><td>推进乙。</td><td>县委宣传部（县委网信办）</td></tr></table>",
      "t.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, V{"县统计局"});
  EXPECT_EQ(doc->tasks[1].lead_units, V{"县委宣传部（县委网信办）"});
}

// Round 100 (514): a 交办 notice of a meeting's decisions asks units to act with 请, in the sentences after
// the item's first: 请A牵头，B、C配合，…; 请A会同B; 请A负责，会同B…; 请A、B按职责分工 (each responsible, no
// lead); 由A牵头，请B积极配合; a leader asked before the unit that 具体负责; a later 请 sentence's unit
// helping, or leading beside the first where it 牵头; units opening a later part help (各乡镇（街道）落实…),
// what is to be done (按程序提请…审议后, 3月底前完成…) names no one. A 请 before the request, in the cover,
// is none.
TEST(BuildTest, DecisionsHandedOutAskUnitsWithQing) {
  Result<Document> doc = ExtractBytes(
      "关于交办县政府常务会议议定事项的通知\n\n各乡镇人民政府，县政府各部门：\n请各单位认真抓好落实。\n\n"
      "1．关于投资计划的事项。会议原则同意县发展和改革局提交的计划。请县发展和改革局牵头，县财政局、青石镇积"
      "极配合，"
      "按程序提请县人大常委会审议后，于3月底前下达执行。（责任县领导：常务副县长周启明）\n"
      "2．关于供热资金的事项。请县财政局会同县住房和城乡建设局，2月底前提出资金筹措方案报县政府。\n"
      "3．关于保供稳价的事项。请县应急管理局牵头，县商务局配合，春节前完成隐患排查；请县发展和改革局加强价格"
      "监测。\n"
      "4．关于防灭火的事项。请县林业局、县应急管理局按职责分工抓好落实，各乡镇（街道）落实属地责任。\n"
      "5．关于交通整治的事项。请副县长、县公安局局长陈国华同志牵头，县公安局交通警察大队具体负责，县城市管理"
      "局配合。\n"
      "6．关于项目落地的事项。请县投资促进中心牵头，各乡镇（街道）配合，建立推进机制；请县发展和改革局牵头做"
      "好要素保障。\n"
      "7．关于污水处理厂的事项。由县住房和城乡建设局牵头，请县发展和改革局积极配合，力争5月底前开工。\n",
      "q.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 7u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"县财政局", "青石镇"}));
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"周启明"});
  EXPECT_EQ(doc->tasks[1].lead_units, V{"县财政局"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"县住房和城乡建设局"});
  EXPECT_EQ(doc->tasks[2].lead_units, V{"县应急管理局"});
  EXPECT_EQ(doc->tasks[2].cooperating_units, (V{"县商务局", "县发展和改革局"}));
  EXPECT_TRUE(doc->tasks[3].lead_units.empty());
  EXPECT_EQ(doc->tasks[3].responsible_units, (V{"县林业局", "县应急管理局", "各乡镇（街道）"}));
  EXPECT_EQ(LeaderNames(doc->tasks[4]), V{"陈国华"});
  EXPECT_EQ(doc->tasks[4].lead_units, V{"县公安局交通警察大队"});
  EXPECT_EQ(doc->tasks[4].cooperating_units, V{"县城市管理局"});
  EXPECT_EQ(doc->tasks[5].lead_units, (V{"县投资促进中心", "县发展和改革局"}));
  EXPECT_EQ(doc->tasks[5].cooperating_units, V{"各乡镇（街道）"});
  EXPECT_EQ(doc->tasks[6].lead_units, V{"县住房和城乡建设局"});
  EXPECT_EQ(doc->tasks[6].cooperating_units, V{"县发展和改革局"});

  // (The review: a 工作要求's 请 asks everyone, or one office to report, and assigns no task; what the lead
  // does to others (组织各乡镇…) names no helper; another sentence's 由A牵头 says who leads.)
  doc = ExtractBytes(
      "关于印发重点工作任务分工方案的通知\n\n各乡镇人民政府：\n\n一、重点任务\n"
      "1．推进重大项目建设。全年实施重点项目100个。（牵头单位：县发改局；配合单位：县财政局）\n二、工作要求\n"
      "（一）加强组织领导。请各责任单位落实好主体责任，确保各项任务按期完成。\n"
      "（二）严格督查考核。请各乡镇、各部门按照职责分工，于每月5日前报送进展情况。\n"
      "（三）加强信息报送。建立月报制度。请县政府督查室负责汇总，定期通报。\n",
      "r.txt");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->tasks.size(), 1u);
  doc = ExtractBytes(
      "关于交办议定事项的通知\n\n各单位：\n\n1．关于防汛的事项。会议同意。请县水利局牵头，组织各乡镇开展隐患"
      "排查。\n"
      "2．关于公路养护的事项。请县财政局落实养护资金。由县交通运输局牵头，县农业农村局配合，6月底前完成。\n",
      "d.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县水利局"});
  EXPECT_TRUE(doc->tasks[0].cooperating_units.empty());
  EXPECT_EQ(doc->tasks[1].lead_units, V{"县交通运输局"});
}

// Round 102 (524): a 链长制's 工作要点, each chain's heading over a run of label lines (链长, 副链长 leaders;
// 市级牵头部门 leads; 配合部门 and 主要承载地 help; 链主企业 names firms, no part) that give the tasks
// numbered below it, on through the parts, their units; a part's own bracket changes them.
TEST(BuildTest, ARunOfLabelLinesUnderAHeadingGivesTheTasksBelowTheirUnits) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n\n一、新能源汽车产业链\n链　　长：市委常委、常务副市长　欧阳明\n副 链 长：副市长　唐晓峰\n"
      "市级牵头部门：市工业和信息化局\n配合部门：市发展改革委、市科技局\n主要承载地：溆临经开区、枫坪县\n"
      "链主企业：溆临汽车集团有限公司\n1．推动整车产能释放。支持项目满产达效。\n2．补齐关键零部件短板。开展精"
      "准招商。\n"
      "二、先进装备制造产业链\n链　　长：副市长　贺建军\n市级牵头部门：市科技局\n配合部门：市商务局\n"
      "3．实施智能化改造。推动项目40个以上。\n4．培育专精特新企业。新增20家。（牵头部门：市工业和信息化局）"
      "\n",
      "c.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_EQ(LeaderNames(doc->tasks[0]), (V{"欧阳明", "唐晓峰"}));
  EXPECT_EQ(doc->tasks[1].lead_units, V{"市工业和信息化局"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, (V{"市发展改革委", "市科技局", "溆临经开区", "枫坪县"}));
  EXPECT_EQ(LeaderNames(doc->tasks[2]), V{"贺建军"});
  EXPECT_EQ(doc->tasks[2].lead_units, V{"市科技局"});
  EXPECT_EQ(doc->tasks[2].cooperating_units, V{"市商务局"});
  EXPECT_EQ(doc->tasks[3].lead_units, V{"市工业和信息化局"});
}

// Round 119 (609): a 创卫 campaign's 专项工作组, each heading over its 组长 (a leader), 组长单位 (leads),
// 副组长单位 and 成员单位 (help), then 主要任务： over items numbered from 1 in each group: the items are the
// tasks, numbered within their group, with the group's units and leaders unless they give their own.
// (Without the lead-in, items numbered from 1 under a heading with clause lines are its points.)
TEST(BuildTest, AWorkGroupsLabelLinesOverALeadInGiveTheItemsBelowTheirUnits) {
  const std::string groups =
      "各单位：\n\n三、专项工作组及任务分工\n（一）综合协调组\n组　　长：孙立平（常务副县长）\n"
      "组长单位：县爱卫办\n副组长单位：县卫健局\n成员单位：县发改局、县财政局\n主要任务：\n"
      "1．制定创卫年度推进计划。\n2．统筹安排创卫工作经费。（由县财政局负责）\n（二）市容环境组\n"
      "组　　长：韩晓东（副县长）\n副 组 长：秦　海（县长助理）\n组长单位：县住建局、县城管局\n"
      "成员单位：县自然资源局\n主要任务：\n1．集中整治乱搭乱建。\n2．新建县城公厕12座。\n";
  Result<Document> doc = ExtractBytes(groups, "g.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_EQ(doc->tasks[0].id, "1.1");
  EXPECT_EQ(doc->tasks[3].id, "2.2");
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"孙立平"});
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县爱卫办"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"县卫健局", "县发改局", "县财政局"}));
  EXPECT_EQ(doc->tasks[1].responsible_units, V{"县财政局"});
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"孙立平"});
  EXPECT_EQ(LeaderNames(doc->tasks[2]), (V{"韩晓东", "秦海"}));
  EXPECT_EQ(doc->tasks[3].lead_units, (V{"县住建局", "县城管局"}));
  EXPECT_EQ(doc->tasks[3].cooperating_units, V{"县自然资源局"});
  std::string points = groups;
  for (size_t at; (at = points.find("主要任务：\n")) != std::string::npos;)
    points.erase(at, std::string("主要任务：\n").size());
  Result<Document> without = ExtractBytes(points, "p.txt");
  ASSERT_TRUE(without.ok());
  ASSERT_EQ(without->tasks.size(), 2u);
  EXPECT_TRUE(without->tasks[0].text.starts_with("综合协调组"));
  // (Review) items numbered （一） under 一、 groups; a group with no items beside those with them (its
  // prose the task); a heading with clause lines and items but no lead-in beside a group with one.
  Result<Document> paren = ExtractBytes(
      "各单位：\n\n一、推进重点项目建设\n牵头单位：县发改局\n配合单位：县财政局\n重点工作：\n"
      "（一）完成20个项目开工。\n（二）完成投资50亿元。\n二、加强安全生产监管\n牵头单位：县应急局\n"
      "重点工作：\n（一）开展隐患排查。\n（二）开展执法检查。\n",
      "q.txt");
  ASSERT_TRUE(paren.ok());
  ASSERT_EQ(paren->tasks.size(), 4u);
  EXPECT_EQ(paren->tasks[1].id, "1.2");
  EXPECT_EQ(paren->tasks[1].cooperating_units, V{"县财政局"});
  EXPECT_EQ(paren->tasks[3].lead_units, V{"县应急局"});
  Result<Document> prose = ExtractBytes(
      "各单位：\n\n一、综合协调组\n组长：张三\n组长单位：县委办\n成员单位：县财政局\n主要任务：\n"
      "1.负责统筹协调创卫各项工作。\n2.负责督查考核工作。\n二、环境整治组\n组长：李四\n组长单位：县城管局\n"
      "成员单位：县住建局\n负责城区环境卫生整治和农贸市场整治。\n",
      "r.txt");
  ASSERT_TRUE(prose.ok());
  ASSERT_EQ(prose->tasks.size(), 3u);
  EXPECT_EQ(prose->tasks[2].lead_units, V{"县城管局"});
  EXPECT_EQ(LeaderNames(prose->tasks[2]), V{"李四"});
  Result<Document> mixed = ExtractBytes(
      "各单位：\n\n一、推进老旧小区改造提升\n牵头单位：县住建局\n配合单位：县财政局\n工作任务：\n"
      "1.完成20个小区改造。\n2.同步实施管网更新。\n二、加强城市道路养护\n牵头单位：县城管局\n"
      "1.完成主干道路面修复。\n",
      "s.txt");
  ASSERT_TRUE(mixed.ok());
  ASSERT_EQ(mixed->tasks.size(), 3u);
  EXPECT_EQ(mixed->tasks[1].lead_units, V{"县住建局"});
  EXPECT_EQ(mixed->tasks[2].lead_units, V{"县城管局"});
}

// Round 120 (613): a 部门责任清单, each unit's section parted into 牵头任务 and 配合任务, every task printed
// under its lead and again under each unit helping (序号相同的为同一项任务): one task per number, the
// section's unit leading or helping, each copy's units and leaders its own, every copy's clause kept, each
// later copy recorded. 与X共同牵头 under a unit's 牵头任务: both lead.
TEST(BuildTest, ATaskPrintedUnderEachOfItsUnitsIsOneTask) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n\n一、县发展和改革局（牵头1项，配合1项）\n（一）牵头任务\n"
      "1．谋划储备重大项目120个以上。（责任县领导：周启航；配合单位：县财政局；完成时限：2025年12月底）\n"
      "（二）配合任务\n2．提高城乡低保标准和救助水平。（牵头单位：县民政局）\n"
      "二、县民政局（牵头1项）\n（一）牵头任务\n"
      "2．提高城乡低保标准和救助水平。（与县财政局共同牵头；责任县领导：许文静；配合单位：县发展和改革局）\n"
      "三、县财政局（牵头1项，配合1项）\n（一）牵头任务\n"
      "2．提高城乡低保标准和救助水平。（与县民政局共同牵头；责任县领导：许文静；配合单位：县发展和改革局）\n"
      "（二）配合任务\n1．谋划储备重大项目120个以上。（牵头单位：县发展和改革局）\n",
      "q.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].id, "1");
  EXPECT_EQ(doc->tasks[1].id, "2");
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, V{"县财政局"});
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"周启航"});
  EXPECT_EQ(doc->tasks[0].clauses.size(), 2u);
  EXPECT_EQ(doc->tasks[1].lead_units, (V{"县民政局", "县财政局"}));
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"县发展和改革局"});
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"许文静"});
  EXPECT_EQ(doc->tasks[1].clauses.size(), 3u);
  size_t repeated = 0;
  for (const Diagnostic& d : doc->diagnostics) repeated += d.rule == "GW-BUILD-TASK-REPEATED";
  EXPECT_EQ(repeated, 3u);
  // (The same number over other words is another task: 1. and 1. restarting under each part.)
  Result<Document> restarted = ExtractBytes(
      "各单位：\n\n一、经济发展\n1．谋划储备重大项目120个以上。（牵头单位：县发改局）\n"
      "二、社会民生\n1．提高城乡低保标准和救助水平。（牵头单位：县民政局）\n",
      "r.txt");
  ASSERT_TRUE(restarted.ok());
  EXPECT_EQ(restarted->tasks.size(), 2u);
  // (Review) the same words under one number in two parts, each with units of its own, outside any unit's
  // section: two tasks.
  Result<Document> quarters = ExtractBytes(
      "各单位：\n\n一、第一季度工作\n1.召开专题工作推进会议。（责任单位：县委办）\n"
      "2.开展督导检查工作。（责任单位：县督查室）\n二、第二季度工作\n"
      "1.召开专题工作推进会议。（责任单位：县政府办）\n2.开展问题整改工作。（责任单位：县督查室）\n",
      "u.txt");
  ASSERT_TRUE(quarters.ok());
  ASSERT_EQ(quarters->tasks.size(), 4u);
  EXPECT_EQ(quarters->tasks[2].lead_units, V{"县政府办"});
  // (Review) a unit's second role heading, as its first, is the unit's: 配合任务 after 牵头任务.
  Result<Document> second = ExtractBytes(
      "各单位：\n\n一、县发展和改革局\n（一）牵头任务\n1.推进重点项目建设。（配合单位：县财政局）\n"
      "（二）配合任务\n2.加强财政资金监管。（牵头单位：县财政局）\n",
      "v.txt");
  ASSERT_TRUE(second.ok());
  ASSERT_EQ(second->tasks.size(), 2u);
  EXPECT_EQ(second->tasks[1].lead_units, V{"县财政局"});
  EXPECT_EQ(second->tasks[1].cooperating_units, V{"县发展和改革局"});
  // (A listing printed twice, each copy's clause the same: each copy stands.)
  Result<Document> twice = ExtractBytes(
      "各单位：\n\n一、经济发展\n1．谋划储备重大项目120个以上。（牵头单位：县发改局）\n"
      "一、经济发展\n1．谋划储备重大项目120个以上。（牵头单位：县发改局）\n",
      "t.txt");
  ASSERT_TRUE(twice.ok());
  EXPECT_EQ(twice->tasks.size(), 2u);
}

// Round 121 (618): 附件1 lists the tasks with no unit; 附件2, a 部门责任矩阵, has the units as rows and the
// tasks' numbers as columns, ▲ a lead and △ a helper: each task takes its units from its column. The legend
// line over the matrix is no task's clause, and a count row names no unit.
TEST(BuildTest, AMatrixOfUnitsByTaskNumberGivesEachTaskItsUnits) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n\n附件1\n\n重点任务清单\n\n| 序号 | 重点任务 | 责任县领导 | 完成时限 |\n|---|---|---|---|\n"
      "| 1 | 推进重点项目建设，完成投资50亿元。 | 周启航 | 2025年12月底 |\n"
      "| 2 | 加强财政资金监管和绩效评价。 | 周启航 | 2025年12月底 |\n"
      "| 3 | 完善社会救助体系建设。 | 许文静 | 2025年6月底 |\n"
      "| 4 | 推进养老服务设施建设。 | 许文静 | 2025年12月底 |\n"
      "| 5 | 开展安全生产隐患排查整治。 | 王勇 | 持续推进 |\n\n"
      "附件2\n\n部门责任矩阵\n\n（▲为牵头单位，△为配合单位）\n\n"
      "| 序号 | 单位名称 | 1 | 2 | 3 | 4 | 5 |\n|---|---|---|---|---|---|---|\n"
      "| 1 | 县发改局 | ▲ | △ |  |  |  |\n| 2 | 县财政局 | △ | ▲ | △ |  |  |\n"
      "| 3 | 县民政局 |  |  | ▲ | ▲ |  |\n| 4 | 县应急局 |  |  |  | △ | ▲ |\n"
      "| 5 | 县住建局 |  |  |  | ▲ | △ |\n| 合计 | 责任单位数 | 2 | 2 | 2 | 3 | 2 |\n",
      "m.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 5u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, V{"县财政局"});
  EXPECT_EQ(doc->tasks[3].lead_units, (V{"县民政局", "县住建局"}));
  EXPECT_EQ(doc->tasks[3].cooperating_units, V{"县应急局"});
  EXPECT_EQ(doc->tasks[4].responsible_units, (V{"县应急局", "县住建局"}));
  EXPECT_EQ(LeaderNames(doc->tasks[4]), V{"王勇"});
  // (Review) numbering restarted per part (1.1, 2.1): a column's number names no one task; and a schedule
  // of months 1–12 beside five tasks: its columns are no tasks'. Neither gives a unit.
  const std::string tasks =
      "各单位：\n\n| 序号 | 重点任务 | 责任县领导 |\n|---|---|---|\n| 一、经济发展 | | |\n"
      "| 1 | 推进重点项目建设，完成投资50亿元。 | 周启航 |\n| 2 | 加强财政资金监管和绩效评价。 | 周启航 |\n"
      "| 3 | 优化营商环境。 | 周启航 |\n| 二、民生保障 | | |\n| 1 | 完善社会救助体系建设。 | 许文静 |\n"
      "| 2 | 推进养老服务设施建设。 | 许文静 |\n| 3 | 开展安全生产隐患排查整治。 | 王勇 |\n\n"
      "| 序号 | 单位名称 | 1 | 2 | 3 | 4 | 5 | 6 |\n|---|---|---|---|---|---|---|---|\n"
      "| 1 | 县发改局 | ▲ |  | ▲ |  |  |  |\n| 2 | 县财政局 | △ | ▲ |  |  |  | ▲ |\n";
  Result<Document> restarted = ExtractBytes(tasks, "r.md");
  ASSERT_TRUE(restarted.ok());
  for (const Task& t : restarted->tasks) EXPECT_TRUE(t.responsible_units.empty()) << t.id;
  Result<Document> months = ExtractBytes(
      "各单位：\n\n| 序号 | 重点任务 | 责任县领导 |\n|---|---|---|\n| 1 | 推进重点项目建设。 | 周启航 |\n"
      "| 2 | 加强财政资金监管。 | 周启航 |\n| 3 | 完善社会救助体系。 | 许文静 |\n| 4 | "
      "推进养老服务设施建设。 | "
      "许文静 |\n| 5 | 开展隐患排查整治。 | 王勇 |\n\n各单位全年督查调度月份安排表（●为当月接受调度）\n\n"
      "| 序号 | 单位名称 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 |\n"
      "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
      "| 1 | 县发改局 | ● |  |  | ● |  |  | ● |  |  | ● |  |  |\n",
      "m.md");
  ASSERT_TRUE(months.ok());
  for (const Task& t : months->tasks) EXPECT_TRUE(t.responsible_units.empty()) << t.id;
}

// Round 121 (619): a table through LibreOffice's UOF import, which drops the cells a vertical merge
// covers: the row's later cells move left and an empty cell pads its end (a unit under 责任县领导, a time
// under 配合单位). Each cell goes where what it is says, the leader merged from above; / is no helper.
TEST(BuildTest, ARowMovedLeftByALostMergeIsPutBack) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n\n| 序号 | 工作任务 | 责任县领导 | 牵头单位 | 配合单位 | 完成时限 "
      "|\n|---|---|---|---|---|---|\n"
      "| 1 | 推进生猪产业转型升级。 | 刘晓燕 | 县农业局 | 县财政局 | 2012年10月底前 |\n"
      "| 2 | 加强动物疫病防控工作。 | 县畜牧兽医局 | / | 2012年12月底前 |  |\n"
      "| 3 | 推进农村饮水安全工程。 | 县水利局 | 县财政局、县卫生局 | 2012年11月底前 |  |\n",
      "s.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"刘晓燕"});
  EXPECT_EQ(doc->tasks[1].lead_units, V{"县畜牧兽医局"});
  EXPECT_TRUE(doc->tasks[1].cooperating_units.empty());
  ASSERT_TRUE(doc->tasks[1].deadline);
  EXPECT_EQ(doc->tasks[1].deadline->text, "2012年12月底前");
  EXPECT_EQ(doc->tasks[2].cooperating_units, (V{"县财政局", "县卫生局"}));
  // (Review) a whole row whose time is merged down, written empty, beside a units' cell with a time in
  // brackets: as printed.
  Result<Document> whole = ExtractBytes(
      "各单位：\n\n| 序号 | 工作任务 | 责任县领导 | 牵头单位 | 配合单位 | 完成时限 "
      "|\n|---|---|---|---|---|---|\n"
      "| 1 | 推进生猪产业转型升级。 | 刘晓燕 | 县农业局 | 县财政局 | 2025年底 |\n"
      "| 2 | 推进农村饮水安全工程。 | 刘晓燕 | 县水利局 | 各乡镇（2025年6月底前完成） |  |\n",
      "w.md");
  ASSERT_TRUE(whole.ok());
  ASSERT_EQ(whole->tasks.size(), 2u);
  EXPECT_EQ(whole->tasks[1].lead_units, V{"县水利局"});
  EXPECT_EQ(whole->tasks[1].cooperating_units, V{"各乡镇（2025年6月底前完成）"});
}

// A part's title with its own bracket (一、生态环保（牵头单位：A；配合单位：B）) over items numbered on
// through the parts: the bracket gives the items below their units, a task's own clause changing them; the
// title is no task. (Items numbered from 1 under each such title are the title's points: it stays the task.)
TEST(BuildTest, APartTitlesBracketGivesTheItemsNumberedOnBelowItTheirUnits) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n\n一、生态环保（牵头单位：县生态环境分局；配合单位：各乡镇）\n1.推进庚项工作。\n2."
      "推进辛项工作。\n"
      "二、安全稳定（县应急局牵头）\n3.推进癸项工作。\n4.推进子项工作。\n"
      "三、城乡建设（牵头单位：县住建局）\n5.推进戊项工作。\n6.推进己项工作。（配合单位：县水利局）\n",
      "p.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 6u);
  EXPECT_EQ(doc->tasks[0].id, "1");
  EXPECT_EQ(doc->tasks[1].lead_units, V{"县生态环境分局"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"各乡镇"});
  EXPECT_EQ(doc->tasks[3].lead_units, V{"县应急局"});
  EXPECT_EQ(doc->tasks[5].lead_units, V{"县住建局"});
  EXPECT_EQ(doc->tasks[5].cooperating_units, V{"县水利局"});
  Result<Document> points = ExtractBytes(
      "各单位：\n\n一、生态环保（牵头单位：县生态环境分局；配合单位：各乡镇）\n1.推进庚项工作。\n2."
      "推进辛项工作。\n"
      "二、安全稳定（牵头单位：县应急局）\n1.推进癸项工作。\n2.推进子项工作。\n",
      "q.txt");
  ASSERT_TRUE(points.ok());
  ASSERT_EQ(points->tasks.size(), 2u);
  EXPECT_EQ(points->tasks[1].lead_units, V{"县应急局"});
  // (Round 105's review) items numbered （一） on through the parts; three levels, 1. numbering on across
  // 一、 and 二、, the brackets on （一）; a time in the bracket, each item's without its own.
  Result<Document> paren = ExtractBytes(
      "各单位：\n\n一、生态环保（牵头单位：县生态环境局；配合单位：县林业局）\n（一）加强大气污染防治。\n"
      "（二）推进水污染治理。\n二、城乡建设（牵头单位：县住建局）\n（三）推进老旧小区改造。\n（四）加快道路建"
      "设。\n",
      "r.txt");
  ASSERT_TRUE(paren.ok());
  ASSERT_EQ(paren->tasks.size(), 4u);
  EXPECT_EQ(paren->tasks[1].cooperating_units, V{"县林业局"});
  EXPECT_EQ(paren->tasks[3].lead_units, V{"县住建局"});
  Result<Document> levels = ExtractBytes(
      "各单位：\n\n一、重点任务\n（一）生态环保（牵头单位：县生态环境局；完成时限：2024年12月底）\n1.加强大气"
      "污染防治。\n2.推进水污染治理，2024年6月底前完成。\n（二）城乡建设（牵头单位：县住建局）\n3."
      "推进老旧小区改造。\n"
      "4.加快道路建设。\n二、民生事业\n（一）教育发展（牵头单位：县教育局）\n5.新建学校2所。\n6."
      "加强教师队伍建设。\n",
      "s.txt");
  ASSERT_TRUE(levels.ok());
  ASSERT_EQ(levels->tasks.size(), 6u);
  EXPECT_EQ(levels->tasks[0].lead_units, V{"县生态环境局"});
  ASSERT_TRUE(levels->tasks[0].deadline.has_value());
  EXPECT_EQ(levels->tasks[0].deadline->text, "2024年12月底");
  ASSERT_TRUE(levels->tasks[1].deadline.has_value());
  EXPECT_EQ(levels->tasks[1].deadline->text, "2024年6月底前") << "its own";
  EXPECT_EQ(levels->tasks[5].id, "6");
  EXPECT_EQ(levels->tasks[5].lead_units, V{"县教育局"});
  // A time in the part's bracket without a label, after its clause: every task's below it without its own.
  Result<Document> unlabelled = ExtractBytes(
      "各单位：\n\n一、优化营商环境（县发展和改革局牵头，2025年底前完成）\n1.深化改革。\n2."
      "开展评价，2025年6月底"
      "前完成。\n二、推进城市更新（县住房和城乡建设局牵头）\n3.改造老旧小区。\n",
      "u.txt");
  ASSERT_TRUE(unlabelled.ok());
  ASSERT_EQ(unlabelled->tasks.size(), 3u);
  EXPECT_FALSE(unlabelled->tasks[2].deadline.has_value()) << "the next part's, of no time";
  EXPECT_EQ(unlabelled->tasks[0].lead_units, V{"县发展和改革局"});
  ASSERT_TRUE(unlabelled->tasks[0].deadline.has_value());
  EXPECT_EQ(unlabelled->tasks[0].deadline->text, "2025年底前");
  ASSERT_TRUE(unlabelled->tasks[1].deadline.has_value());
  EXPECT_EQ(unlabelled->tasks[1].deadline->text, "2025年6月底前") << "its own";
  // (Round 106's review) headings of their own under the titled part (（一）大气污染治理) keep the items
  // below them the tasks.
  Result<Document> sub = ExtractBytes(
      "各单位：\n\n一、生态环保（牵头单位：县生态环境分局；配合单位：县水利局）\n（一）大气污染治理\n1."
      "实施锅炉改造。\n"
      "2.推进柴油货车治理。（牵头单位：县公安局交警大队）\n（二）水污染治理\n3.推进污水处理厂提标改造。\n"
      "4.开展河道清淤。\n二、城乡建设（牵头单位：县住建局）\n（三）老旧小区\n5.改造老旧小区10个。\n"
      "6.新建停车位500个。（牵头单位：县城管局）\n",
      "u.txt");
  ASSERT_TRUE(sub.ok());
  ASSERT_EQ(sub->tasks.size(), 6u);
  EXPECT_EQ(sub->tasks[0].lead_units, V{"县生态环境分局"});
  EXPECT_EQ(sub->tasks[1].lead_units, V{"县公安局交警大队"});
  EXPECT_EQ(sub->tasks[4].lead_units, V{"县住建局"});
}

// Round 106 (543): Apache Tika's HTML of a Word table writes a merged cell empty, with no rowspan; a row
// with nothing past its task's words, under a table's one column of units, has the units of the row above
// (its cells all merged down). A row with a time of its own and no units has none (the last review); beside
// a lead's column an empty 责任单位 is none.
TEST(BuildTest, AnEmptyCellOfATablesOneUnitsColumnIsTheRowAbovesUnits) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n\n| 序号 | 重点任务 | 责任单位 | 完成时限 |\n|---|---|---|---|\n"
      "| 1 | 推进城市更新 | 县住建局、县财政局 | 2025年底 |\n| 2 | 改造老旧小区 |  |  |\n"
      "| 3 | 推进项目建设 | 县发改局 | 2024年12月 |\n| 4 | 做好经济运行监测 |  | 2024年12月 |\n",
      "t.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_EQ(doc->tasks[1].responsible_units, (V{"县住建局", "县财政局"}));
  EXPECT_TRUE(doc->tasks[3].responsible_units.empty());
  Result<Document> beside = ExtractBytes(
      "各单位：\n\n| 序号 | 重点任务 | 牵头单位 | 责任单位 |\n|---|---|---|---|\n"
      "| 1 | 推进城市更新 | 县住建局 | 县财政局 |\n| 2 | 改造老旧小区 | 县城管局 |  |\n",
      "b.md");
  ASSERT_TRUE(beside.ok());
  ASSERT_EQ(beside->tasks.size(), 2u);
  EXPECT_EQ(beside->tasks[1].responsible_units, V{"县城管局"});
}

// Round 105 (539) and its review: drafters named in a bracket (（A、B起草）) are the task's units; beside a
// labelled lead they help it, as a unit said to be the 实施单位 does.
TEST(BuildTest, DraftersInABracketBesideALabelledLeadHelpIt) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n\n一、立法项目\n1.樾川市物业管理条例（修订）（市住房城乡建设局起草）\n"
      "2.樾川市无障碍环境建设条例（市残联、市住房城乡建设局起草）\n"
      "3.制定优化营商环境实施办法（市司法局起草）。牵头单位：市发改委；配合单位：市司法局。\n"
      "4.完善工作机制（各区人民政府为实施单位）。牵头单位：市发改委。\n",
      "l.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"市住房城乡建设局"});
  EXPECT_EQ(doc->tasks[1].responsible_units, (V{"市残联", "市住房城乡建设局"}));
  EXPECT_EQ(doc->tasks[2].lead_units, V{"市发改委"});
  EXPECT_EQ(doc->tasks[2].cooperating_units, V{"市司法局"});
  EXPECT_EQ(doc->tasks[3].lead_units, V{"市发改委"});
  EXPECT_EQ(doc->tasks[3].cooperating_units, V{"各区人民政府"});
}

// Gap 100: in a meeting's minutes a topic (八、关于…的问题) whose decision is the paragraph under it, no item
// numbered below, is the task; in a notice such a heading over a paragraph stays a heading.
TEST(BuildTest, AMinutesTopicDecidedInTheParagraphBelowIsATask) {
  const std::string topics =
      "一、关于一季度经济运行的问题\n\n会议要求：\n\n（一）抓好项目建设。由市发展改革委牵头，市财政局配合。\n"
      "\n"
      "（二）开展企业服务月活动。由市工信局牵头，市商务局配合。\n\n"
      "二、关于接受社会捐赠建设乡村学校的问题\n\n会议同意接受捐资2000万元建设2所学校。由市教育局会同雁北区人"
      "民政府"
      "做好项目建设工作，市民政局配合。\n";
  Result<Document> minutes = ExtractBytes("雁湖市人民政府常务会议纪要\n\n" + topics, "m.txt");
  ASSERT_TRUE(minutes.ok());
  ASSERT_EQ(minutes->tasks.size(), 3u);
  EXPECT_EQ(minutes->tasks[2].id, "2");
  EXPECT_EQ(minutes->tasks[2].lead_units, V{"市教育局"});
  EXPECT_EQ(minutes->tasks[2].cooperating_units, (V{"雁北区人民政府", "市民政局"}));
  Result<Document> notice = ExtractBytes("雁湖市人民政府关于印发重点工作的通知\n\n" + topics, "n.txt");
  ASSERT_TRUE(notice.ok());
  EXPECT_EQ(notice->tasks.size(), 2u);
}

// Round 36 (224): 民生实事 counted 第一件：…, each over a paragraph of its points numbered inline
// (1．…；2．…) and its 牵头单位： 责任单位： lines: the 件 is the task, its points its text.
TEST(BuildTest, AnItemCountedAsAJianIsTheTaskOverItsInlinePoints) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n民生实事项目\n\n第一件：扩大城乡优质教育资源供给\n1．新建中小学校12所；2．新建幼儿园10所。\n"
      "牵头单位：市教育局\n责任单位：市财政局、各县（市、区）人民政府\n分管市领导：孙晓岚\n\n"
      "第二件：提升基层医疗卫生服务能力\n1．完成20家乡镇卫生院提档升级；2．新增急救站点8个。\n"
      "牵头单位：市卫生健康委员会\n责任单位：市医疗保障局\n分管市领导：孙晓岚\n",
      "j.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].id, "1");
  EXPECT_TRUE(doc->tasks[0].text.starts_with("扩大城乡优质教育资源供给\n1．新建中小学校12所"));
  EXPECT_EQ(doc->tasks[0].lead_units, V{"市教育局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"市财政局", "各县（市、区）人民政府"}));
  EXPECT_EQ(doc->tasks[1].id, "2");
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"孙晓岚"});
}

// (The review of rounds 34–36) a leader's part names no one in 市领导包保负责, makes no task of a cover's
// paragraph alone, and after a bracket clause that ends earlier is a clause of its own; 协助单位 is a label;
// a sentence alone in a row of a table without numbers is not the task above.
TEST(BuildTest, ReviewOfTheSessionsReadingsKeepsToTheirCases) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n\n二、加强督查考核。各项任务落实情况由市政府督查室跟踪督办，市领导张三负责。\n\n附件\n\n任务"
      "\n\n"
      "1．推进项目建设。由市发改委牵头，市领导包保负责。\n\n"
      "2．推进园区建设（牵头单位：市工信局；协助单位：市科协、市总工会），力争年底前全面完工，市领导周振华负"
      "责。\n",
      "r.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"市发改委"});
  EXPECT_TRUE(doc->tasks[0].leaders.empty());
  EXPECT_EQ(doc->tasks[1].lead_units, V{"市工信局"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, (V{"市科协", "市总工会"}));
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"周振华"});
  ASSERT_EQ(doc->tasks[1].clauses.size(), 2u);
  EXPECT_EQ(doc->tasks[1].clauses[0].text, "（牵头单位：市工信局；协助单位：市科协、市总工会）");

  Result<Document> table = ExtractBytes(
      "附件\n\n任务\n\n| 工作任务 | 牵头单位 | 配合单位 |\n|---|---|---|\n"
      "| 推进重点项目建设，完成投资100亿元。 | 市发改委 | 市财政局 |\n| 全面落实河长制。 |  |  |\n",
      "t.txt");
  ASSERT_TRUE(table.ok());
  ASSERT_FALSE(table->tasks.empty());
  EXPECT_EQ(table->tasks[0].text, "推进重点项目建设，完成投资100亿元。")
      << "the next row's sentence is not its";
}

// (The review) a heading beside its leaders in a row of its own is read before the header test, which a
// heading reading like columns (重点项目, 责任领导) passes.
TEST(BuildTest, ALayoutHeadingThatReadsLikeAHeader) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n任务\n\n| 一、加快重点项目建设 | 责任领导：周立新 "
      "|\n\n（一）推进甲。（牵头单位：市发改委）\n\n"
      "| 二、扩大有效投资 | 责任领导：周立新、何敏 |\n\n（一）推进乙。（牵头单位：市财政局）\n",
      "h.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].id, "1.1");
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"周立新"});
  EXPECT_EQ(LeaderNames(doc->tasks[1]), (V{"周立新", "何敏"}));
}

// Round 36 (219): an online editor's 负责人：@苏晓岚（副区长） names the leader, and a bracket after a
// mention (请联系@周敏（区政府办督查室）) is the person's office, no clause.
TEST(BuildTest, AMentionedPersonInChargeIsTheLeader) {
  Result<Document> doc = ExtractBytes(
      "# 通知\n\n二、强化调度。如有问题，请联系@周敏（区政府办督查室）。\n\n## 一、产业转型升级\n\n"
      "1. 实施先进制造业集群培育行动。\n    - 负责人：@苏晓岚（副区长）\n    - 牵头：区工业和信息化局\n"
      "    - 协同：区发展和改革局\n",
      "f.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 1u);
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"苏晓岚"});
  EXPECT_EQ(doc->tasks[0].lead_units, V{"区工业和信息化局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, V{"区发展和改革局"});
}

// Round 43 (264): DingTalk's mention before a leader's titles, the first a committee seat
// (@周斌 区委常委、副区长): the name is 周斌, where the name ends and the titles open as a division's do
// (张建国区委常委, not 张建).
TEST(BuildTest, ANameBeforeItsTitlesTheFirstACommitteeSeat) {
  Result<Document> doc = ExtractBytes(
      "# 通知\n\n## 一、产业转型升级\n\n- 1. 实施先进制造业集群培育行动。\n  - "
      "**牵头单位**：区工业和信息化局\n"
      "  - **责任领导**：@周斌 区委常委、副区长\n- 2. 推进数字经济发展。\n  - **牵头单位**：区发展和改革局\n"
      "  - **责任领导**：张建国区委常委、常务副区长\n",
      "f.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"周斌"});
  EXPECT_EQ(doc->tasks[0].leaders[0].titles, (V{"区委常委", "副区长"}));
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"张建国"});
}

TEST(BuildTest, LeaderHeadingsWithTheTitleFirst) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n任务分工\n\n一、县长孙国栋负责工作\n\n1.甲。（牵头单位：县发改局）\n\n"
      "二、副县长、县公安局局长马骏分管工作\n\n分管公安、司法、信访、应急管理工作。\n\n1.乙。（牵头单位：县公安局）\n",
      "h.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].leaders[0].name, "孙国栋");
  EXPECT_EQ(doc->tasks[0].leaders[0].title, "县长");
  EXPECT_EQ(doc->tasks[1].id, "2.1");
  EXPECT_EQ(doc->tasks[1].leaders[0].name, "马骏");
  EXPECT_EQ(doc->tasks[1].leaders[0].title, "副县长、县公安局局长");
  EXPECT_EQ(doc->tasks[1].leaders[0].titles, (std::vector<std::string>{"副县长", "县公安局局长"}));
  EXPECT_EQ(doc->tasks[0].leaders[0].titles, std::vector<std::string>{"县长"});
}

// A composite title after the name (王某副县长、县公安局局长负责的工作): the heading was not read as a
// leader's, and its tasks had no leader.
TEST(BuildTest, LeaderHeadingWithACompositeTitleAfterTheName) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n任务分工\n\n一、王某副县长、县公安局局长负责的工作\n\n1.推进建设。（牵头单位：县发改局）\n\n"
      "二、李某常务副县长负责的工作\n\n2.推进改革。（牵头单位：县财政局）\n",
      "c.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  ASSERT_EQ(doc->tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[0].leaders[0].name, "王某");
  EXPECT_EQ(doc->tasks[0].leaders[0].titles, (std::vector<std::string>{"副县长", "县公安局局长"}));
  EXPECT_EQ(doc->tasks[1].leaders[0].name, "李某");

  // The titles in brackets after the name.
  doc = ExtractBytes("附件\n\n任务分工\n\n一、张三同志（县委常委、副县长）负责的工作\n\n1.推进建设。（牵头单位：县发改局）\n",
                     "b.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 1u);
  ASSERT_EQ(doc->tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[0].leaders[0].name, "张三");
  EXPECT_EQ(doc->tasks[0].leaders[0].titles, (std::vector<std::string>{"县委常委", "副县长"}));
}

// 责任领导 lists: two people with their titles are two leaders; titles before one name are that name's.
TEST(BuildTest, LeadersInAClauseListArePeople) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n任务分工\n\n1.建成城区幼儿园。（责任领导：张三副县长、李四局长；牵头单位：县教育局）\n\n"
      "2.推进改革。（责任领导：县委常委、副县长王五；牵头单位：县财政局）\n",
      "l.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  ASSERT_EQ(doc->tasks[0].leaders.size(), 2u) << "was one leader named 张三副县长、李四局长";
  EXPECT_EQ(doc->tasks[0].leaders[0].name, "张三");
  EXPECT_EQ(doc->tasks[0].leaders[1].name, "李四");
  EXPECT_EQ(doc->tasks[0].leaders[1].titles, std::vector<std::string>{"局长"});
  ASSERT_EQ(doc->tasks[1].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[1].leaders[0].name, "王五");
  EXPECT_EQ(doc->tasks[1].leaders[0].titles, (std::vector<std::string>{"县委常委", "副县长"}));
}

// Round 17 (109, 110): a leader given by post only (分管副县长, 县长助理) is no one's name, and is left out
// of the leaders (the clause keeps it); a name in brackets after the post is the leader's; 厅领导 labels one.
TEST(BuildTest, LeadersGivenByPostOnlyAreNoLeaders) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n任务分工\n\n1.建成幼儿园。（责任领导：分管副县长；牵头单位：县教育局）\n\n"
      "2.推进改革。（责任领导：分管副县长、县长助理；牵头单位：县财政局）\n\n"
      "3.建设道路。（责任领导：分管副县长（谢婉清）；牵头单位：县交通局）\n\n"
      "4.建设港口。（厅领导：何振宇）（水运处牵头，规划处配合）\n",
      "l.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_TRUE(doc->tasks[0].leaders.empty()) << doc->tasks[0].leaders[0].name;
  EXPECT_TRUE(doc->tasks[1].leaders.empty()) << doc->tasks[1].leaders[0].name;
  ASSERT_EQ(doc->tasks[2].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[2].leaders[0].name, "谢婉清");
  EXPECT_EQ(doc->tasks[2].leaders[0].title, "分管副县长");
  ASSERT_EQ(doc->tasks[3].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[3].leaders[0].name, "何振宇");
  EXPECT_EQ(doc->tasks[3].lead_units, std::vector<std::string>{"水运处"});
}

// Round 17 (105): an attachment parted by responsible unit. Each heading a unit and its count
// (一、县发改局（3项）), or a unit on a line of its own (县财政局：) under a heading of several; the tasks
// lead by it unless they say otherwise: （X配合）, （A，B配合）, （与X共同牵头）: X beside the heading's
// unit; under a heading of two units the one a task names. A rule of the body about the brackets is no task.
TEST(BuildTest, AnAttachmentPartedByResponsibleUnit) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n二、压实责任。第三部分合并列出的两个单位，各项任务由括号内注明的单位牵头。\n附件\n\n任务分解"
      "\n\n"
      "一、县发展和改革局（3项）\n1.扩大有效投资。（县财政局配合）\n2.扩大消费。（与县商务局共同牵头）\n"
      "3.推进信用建设。\n二、其他县直单位（2项）\n县审计局：\n4.开展审计。\n县统计局：\n5."
      "做好普查。（县农业农村局配合）\n"
      "三、县教育局、县卫健局（各2项）\n6.新建幼儿园。（县教育局）\n7."
      "建设医共体。（县卫健局，县医保局配合）\n",
      "u.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 7u);
  const auto& t = doc->tasks;
  EXPECT_EQ(t[0].id, "1");
  EXPECT_EQ(t[0].lead_units, std::vector<std::string>{"县发展和改革局"});
  EXPECT_EQ(t[0].cooperating_units, std::vector<std::string>{"县财政局"});
  EXPECT_EQ(t[1].lead_units, (std::vector<std::string>{"县发展和改革局", "县商务局"}));
  EXPECT_EQ(t[2].lead_units, std::vector<std::string>{"县发展和改革局"});
  EXPECT_EQ(t[3].lead_units, std::vector<std::string>{"县审计局"});
  EXPECT_EQ(t[4].lead_units, std::vector<std::string>{"县统计局"});
  EXPECT_EQ(t[4].cooperating_units, std::vector<std::string>{"县农业农村局"});
  EXPECT_EQ(t[5].lead_units, std::vector<std::string>{"县教育局"});
  EXPECT_EQ(t[6].lead_units, std::vector<std::string>{"县卫健局"});
  EXPECT_EQ(t[6].cooperating_units, std::vector<std::string>{"县医保局"});
}

// Round 43 (263): a 部门责任清单 by lead unit, each heading a unit and the count it leads
// (一、县发展和改革局（牵头5项）), numbering restarting under each. A task whose bracket names only its
// leader (（分管县领导：X）, the bracket a heading's leaders would close with) keeps that leader.
TEST(BuildTest, UnitHeadingsWithTheCountTheyLeadAndTasksWithOnlyALeader) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n现印发给你们。\n附件\n\n部门责任清单\n\n一、县发展和改革局（牵头2项）\n"
      "1.全力抓好项目建设。完成投资85亿元。（配合单位：县财政局；分管县领导：孙卫东）\n"
      "2.做好粮食安全工作。确保储存安全。（分管县领导：黄晓燕）\n二、县财政局（牵头1项）\n"
      "1.严格预算管理。一般性支出压减10%。（分管县领导：何立群）\n",
      "u.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  const auto& t = doc->tasks;
  EXPECT_EQ(t[1].id, "1.2");
  EXPECT_EQ(t[0].lead_units, std::vector<std::string>{"县发展和改革局"});
  EXPECT_EQ(t[0].cooperating_units, std::vector<std::string>{"县财政局"});
  EXPECT_EQ(t[1].lead_units, std::vector<std::string>{"县发展和改革局"});
  EXPECT_EQ(t[2].lead_units, std::vector<std::string>{"县财政局"});
  ASSERT_EQ(t[1].leaders.size(), 1u);
  EXPECT_EQ(t[1].leaders[0].name, "黄晓燕");
  ASSERT_EQ(t[2].leaders.size(), 1u);
  EXPECT_EQ(t[2].leaders[0].name, "何立群");
}

// Round 43 (262): a note in the first task's clause names units once for it and every task after it
// (以下均需各地区落实，不再列出): each has them, cooperating beside a lead, and the note as a clause of
// its own, where it stands. A 责任单位 value A会同B names its lead as InlineClause reads one.
TEST(BuildTest, UnitsANoteNamesOnceForEveryTaskAfterIt) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n现印发给你们。\n（一）扩大有效投资。（国家发展改革委、财政部等按职责分工负责，以下均需各地区"
      "落实，"
      "不再列出）\n（二）推进教育强国建设。（教育部牵头，财政部配合）\n（三）稳定就业。（人力资源社会保障部、"
      "教育部按职责分工负责）\n"
      "（四）促进消费。（责任单位：商务部会同市场监管总局）\n",
      "n.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  const auto& t = doc->tasks;
  EXPECT_EQ(t[0].responsible_units, (V{"国家发展改革委", "财政部", "各地区"}));
  EXPECT_EQ(t[1].lead_units, V{"教育部"});
  EXPECT_EQ(t[1].cooperating_units, (V{"财政部", "各地区"}));
  EXPECT_EQ(t[2].responsible_units, (V{"人力资源社会保障部", "教育部", "各地区"}));
  EXPECT_TRUE(t[2].lead_units.empty());
  ASSERT_EQ(t[1].clauses.size(), 2u);
  EXPECT_EQ(t[1].clauses[1].text, "以下均需各地区落实，不再列出");
  // (The review's: the note's 以下, not one before it, opens its text.)
  Result<Document> county = ExtractBytes(
      "各单位：\n（一）提升基层医疗服务能力。（国家卫生健康委牵头，县以下医疗卫生机构参与，以下均需各地区落实"
      "，不再列出）\n"
      "（二）推进医保支付方式改革。（国家医保局负责）\n",
      "c.txt");
  ASSERT_TRUE(county.ok());
  ASSERT_EQ(county->tasks.size(), 2u);
  ASSERT_EQ(county->tasks[1].clauses.size(), 2u);
  EXPECT_EQ(county->tasks[1].clauses[1].text, "以下均需各地区落实，不再列出");
  // Round 130 (665): 以下各项任务均需各乡镇（街道）配合落实: the verb of their part no part of the name, and
  // a task that prints them again has them once.
  Result<Document> helps = ExtractBytes(
      "各单位：\n（一）稳定粮食生产。（县农业农村局、各乡镇（街道）负责。以下各项任务均需各乡镇（街道）配合落"
      "实，"
      "不再列出）\n（二）推进城乡供水。（县水利局牵头，县财政局配合）\n（三）整治人居环境。（县农业农村局牵头"
      "，"
      "各乡镇（街道）配合）\n",
      "h.txt");
  ASSERT_TRUE(helps.ok());
  ASSERT_EQ(helps->tasks.size(), 3u);
  EXPECT_EQ(helps->tasks[1].cooperating_units, (V{"县财政局", "各乡镇（街道）"}));
  EXPECT_EQ(helps->tasks[2].cooperating_units, V{"各乡镇（街道）"});
  EXPECT_EQ(t[1].clauses[1].span.line, 3u);
  ASSERT_EQ(t[0].clauses.size(), 1u);
  // 责任单位：A会同B: A leads, its verb implied.
  EXPECT_EQ(t[3].lead_units, V{"商务部"});
  EXPECT_EQ(t[3].cooperating_units, (V{"市场监管总局", "各地区"}));
}

// Round 44 (269): a 交办清单 of records, each a number on a line of its own (【任务1】, or 2.) over labelled
// lines: the number numbers the line after it, and the task's words are the 任务名称 value, the label none of
// them.
TEST(BuildTest, RecordsOfLabelledLinesUnderANumberOnALineOfItsOwn) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n现将清单印发给你们。\n\n【任务1】\n任务名称：全市地区生产总值增长5.5%左右。\n"
      "工作要求：加强经济运行监测分析。\n责任领导：周明远（常务副市长）\n牵头单位：市发展改革委\n"
      "配合单位：市财政局、市统计局\n\n【任务2】\n任务名称：新开工亿元以上产业项目80个\n工作要求：实行三色管"
      "理。\n"
      "牵头单位：市自然资源和规划局\n\n3.\n任务名称：推进数字政府建设。\n牵头单位：市数据局\n",
      "r.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  const auto& t = doc->tasks;
  EXPECT_EQ(t[0].id, "1");
  EXPECT_EQ(t[0].text.substr(0, t[0].text.find('\n')), "全市地区生产总值增长5.5%左右。");
  EXPECT_EQ(t[0].lead_units, V{"市发展改革委"});
  EXPECT_EQ(t[0].cooperating_units, (V{"市财政局", "市统计局"}));
  EXPECT_EQ(LeaderNames(t[0]), V{"周明远"});
  EXPECT_EQ(t[1].id, "2");
  EXPECT_EQ(t[1].text.substr(0, t[1].text.find('\n')),
            "新开工亿元以上产业项目80个");  // no stop: not joined on
  EXPECT_EQ(t[1].lead_units, V{"市自然资源和规划局"});
  EXPECT_EQ(t[2].text.substr(0, t[2].text.find('\n')), "推进数字政府建设。");
  EXPECT_EQ(t[2].lead_units, V{"市数据局"});
}

// Round 44 (272): a university's 工作要点, `（牵头校领导：X；牵头部门：A；协同部门：B）`; a body's paragraph
// ending with a unit and its second name (…报党委办公室（校长办公室）。) names no task's units.
TEST(BuildTest, AUniversitysLabelsAndAUnitsSecondName) {
  Result<Document> doc = ExtractBytes(
      "各学院（部）：\n三、党委办公室（校长办公室）将对任务落实情况进行督查督办。各牵头部门请于12月20日前将进"
      "展报党委办公室"
      "（校长办公室）。\n附件\n\n任务分解\n\n一、坚持党建引领\n"
      "1."
      "完善党委理论学习中心组学习制度。（牵头校领导：谭振邦；牵头部门：党委宣传部；协同部门：党委办公室（校长"
      "办公室）、图书馆）\n"
      "2.修订校长办公会议议事规则。（牵头校领导：林书远；牵头部门：校长办公室）\n",
      "u.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"党委宣传部"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"党委办公室（校长办公室）", "图书馆"}));
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"谭振邦"});
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"林书远"});
  // The second name last in the clause (…党委办公室（校长办公室））): the clause's own bracket closes after
  // it, and the inner one holds no leader (its 校长 a word of the office's name).
  Result<Document> last = ExtractBytes(
      "各单位：\n1.完善学习制度。（牵头部门：党委宣传部；协同部门：党委办公室（校长办公室））\n"
      "2.修订议事规则。（牵头部门：校长办公室）\n",
      "l.txt");
  ASSERT_TRUE(last.ok());
  ASSERT_EQ(last->tasks.size(), 2u);
  EXPECT_EQ(last->tasks[0].cooperating_units, V{"党委办公室（校长办公室）"});
}

// Round 45 (275): a task's responsibility in a sentence of its own inside its paragraph, not its last
// (…。由A牵头，B、C配合，各县（市、区）政府负责落实。力争…。), and its leader in a bracket closing it
// (（市领导：X）): both are the task's; a sentence that only mentions a lead (每项任务的牵头单位负总责) is
// none.
TEST(BuildTest, AResponsibilitySentenceInsideTheParagraphAndALeaderBracketAfter) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n二、压实工作责任。每项任务的牵头单位负总责，要加强统筹协调。涉及各县的任务，由各县结合实际抓"
      "好落实。\n"
      "1.全力稳住经济。全市增长6%"
      "左右。由市发展改革委牵头，市财政局、市统计局配合，各县（市、区）政府负责落实。"
      "力争实现开门红。（市领导：周启明）\n"
      "2."
      "扩大有效投资。完成投资1150亿元。由市发展改革委牵头，市自然资源和规划局配合。要强化要素保障。（市领导："
      "韩立平）\n"
      "3.推进消费。（牵头单位：市商务局）\n",
      "p.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  const auto& t = doc->tasks;
  EXPECT_EQ(t[0].lead_units, V{"市发展改革委"});
  EXPECT_EQ(t[0].cooperating_units, (V{"市财政局", "市统计局", "各县（市、区）政府"}));
  EXPECT_EQ(LeaderNames(t[0]), V{"周启明"});
  EXPECT_EQ(t[1].cooperating_units, V{"市自然资源和规划局"});
  EXPECT_EQ(LeaderNames(t[1]), V{"韩立平"});
  // The review's: a sentence whose lead is words of a sentence (各乡镇要建立由政府牵头…) assigns nothing; a
  // bracket after a unit of its kind, with no 报 before, is the item's unit, no second name.
  EXPECT_TRUE(internal::FindClauses(
                  "健全工作机制。各乡镇要建立由政府牵头，有关部门参与的工作机制。确保各项任务落到实处。")
                  .empty());
  EXPECT_EQ(internal::FindClauses("启动筹建县第三人民医院（县人民医院）").size(), 1u);
  EXPECT_TRUE(internal::FindClauses("各牵头部门请于12月20日前将进展报党委办公室（校长办公室）。").empty());
  // An item opening with its lead said to act with others (市商务局要会同B、C，开展…): the 要 is the
  // sentence's.
  Result<Document> must = ExtractBytes(
      "各单位：\n3.市商务局要会同市市场监管局、市文化广电旅游局，开展系列促消费活动不少于50场。\n"
      "4.市投资促进局牵头，市商务局配合，全年实际到位市外资金突破500亿元。\n",
      "m.txt");
  ASSERT_TRUE(must.ok());
  ASSERT_EQ(must->tasks.size(), 2u);
  EXPECT_EQ(must->tasks[0].lead_units, V{"市商务局"});
  EXPECT_EQ(must->tasks[0].cooperating_units, (V{"市市场监管局", "市文化广电旅游局"}));
  // The next session's: the sentence may be the last, after its heading (A牵头，全面落实…，B负责落实…), and
  // one of units alone that carry it out by their duties (A、B按职责分工负责。) assigns it too.
  std::vector<ClauseMatch> last = internal::FindClauses(
      "推进法治政府建设。市司法局牵头，全面落实重大行政决策程序规定，市政府各部门负责落实本系统三项制度。");
  ASSERT_EQ(last.size(), 1u);
  EXPECT_EQ(last[0].parts[0].units, V{"市司法局"});
  std::vector<ClauseMatch> duties = internal::FindClauses(
      "强化金融服务实体经济。贷款余额增长10%"
      "以上。人民银行雁湄市分行、市财政局按职责分工负责。要深化政银企对接。");
  ASSERT_EQ(duties.size(), 1u);
  EXPECT_EQ(duties[0].parts[0].units, (V{"人民银行雁湄市分行", "市财政局"}));
  EXPECT_TRUE(
      internal::FindClauses("强化金融服务。贷款余额增长10%以上。各部门要按职责分工负责。做好对接。").empty());
}

// Round 48: a 督查通报's problems list (三、问题清单, each item a unit and what it did wrong:
// 县住建局：…滞后) gives no tasks (290); leaders as offices print them: a remark after the name
// (卢晨（挂职）), 同志 after a titled name, titles that open with the body the leader sits in
// (县政协副主席、县工商联主席) (291, 292); a cell's units parted by a space after the lead's mark
// (县行政审批服务局（牵头） 县大数据中心) (289).
TEST(BuildTest, AProblemsListGivesNoTasksAndLeadersAsOfficesPrintThem) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n二、重点任务进展情况\n"
      "1.推进重点项目建设。（责任领导：副县长 卢晨（挂职）；责任单位：县发改局）\n"
      "2.推进社会治理。（责任领导：县人大常委会副主任贺秀兰同志；责任单位：县民政局）\n"
      "3.支持民营经济。（责任领导：县政协副主席、县工商联主席蒋天佑；责任单位：县工商联）\n"
      "三、问题清单\n（一）县住建局：城区停车位建设进度明显滞后，对施工单位督促不力。\n"
      "（二）县水利局：农村供水工程开工率不足50%。\n"
      "四、整改问题清单\n（一）县交通运输局：完成农村公路养护。\n",
      "p.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"卢晨"});
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"贺秀兰"});
  EXPECT_EQ(LeaderNames(doc->tasks[2]), V{"蒋天佑"});
  EXPECT_EQ(doc->tasks[3].lead_units, V{"县交通运输局"});  // a list of what to put right: tasks
  Result<Document> table = ExtractBytes(
      "各单位：\n| 序号 | 工作任务 | 责任单位 |\n|---|---|---|\n"
      "| 1 | 推进政务服务改革。 | 县行政审批服务局（牵头） 县大数据中心 |\n"
      "| 2 | 深化企业开办便利化。 | 县市场监管局 牵头<br>县公安局 |\n",
      "t.md");
  ASSERT_TRUE(table.ok());
  ASSERT_EQ(table->tasks.size(), 2u);
  EXPECT_EQ(table->tasks[0].lead_units, V{"县行政审批服务局"});
  EXPECT_EQ(table->tasks[0].cooperating_units, V{"县大数据中心"});
  EXPECT_EQ(table->tasks[1].lead_units, V{"县市场监管局"});  // a mark after a space is no unit
  EXPECT_EQ(table->tasks[1].cooperating_units, V{"县公安局"});
}

// Round 48 (288): tasks that name no units, each group assigned by a line after it, worded as offices word
// it: a count of the tasks above with a leader by title and name
// (以上3项工作由A牵头，B配合，分管副县长X负责); a bracket of labels of its own
// (（以上任务责任领导：X；牵头单位：A）), for the tasks since the last line and not one with its own bracket;
// items numbered in Chinese (上述第（七）至（九）项由…, 第（十）、（十一）项任务，牵头
// 单位为A，…，责任领导为X); the leader first (以上工作由副县长X负责，A牵头); the leaders' label last
// (…，责任领导： X，Y).
TEST(BuildTest, LinesThatAssignTheTasksAboveThem) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n一、粮食安全\n（一）稳定粮食播种面积。\n（二）加快高标准农田建设。\n（三）完善农田水利设施。"
      "\n"
      "以上3项工作由县农业农村局牵头，县财政局、县水利局配合，分管副县长贺永昌负责。\n"
      "（四）抓好菜篮子产品保供。（责任领导：贺永昌；牵头单位：县商务局）\n（五）严格落实耕地保护制度。\n"
      "（以上任务责任领导：梁思远；牵头单位：县自然资源局；配合单位：县林业局）\n"
      "二、产业发展\n（六）做优茶叶产业。\n（七）提升加工流通水平。\n"
      "上述第（六）至（七）项由县商务局牵头，县供销合作社配合，副县长罗敏负责。\n"
      "（八）壮大经营主体。\n（九）深化产权制度改革。\n"
      "第（八）、（九）项任务，牵头单位为县委农办（县农业农村局），配合单位为县财政局，责任领导为县委常委、副"
      "县长庞立新。\n"
      "三、乡村建设\n（十）改善人居环境。\n以上工作由副县长章海鸥负责，县住房和城乡建设局牵头，县交通运输局配"
      "合。\n"
      "四、乡村治理\n（十一）加强基层组织建设。\n（十二）推进移风易俗。\n"
      "上述2项工作由县委组织部、县委宣传部负责，县妇联配合，责任领导：县委常委、组织部部长聂文清，县委常委、"
      "宣传部部长唐晓雯。\n",
      "g.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 12u);
  const auto& t = doc->tasks;
  for (size_t k : {0u, 1u, 2u}) {
    EXPECT_EQ(t[k].lead_units, V{"县农业农村局"}) << k;
    EXPECT_EQ(t[k].cooperating_units, (V{"县财政局", "县水利局"})) << k;
    EXPECT_EQ(LeaderNames(t[k]), V{"贺永昌"}) << k;
  }
  EXPECT_EQ(t[3].lead_units, V{"县商务局"});  // its own
  EXPECT_EQ(t[4].lead_units, V{"县自然资源局"});
  EXPECT_EQ(LeaderNames(t[4]), V{"梁思远"});
  for (size_t k : {5u, 6u}) {
    EXPECT_EQ(t[k].lead_units, V{"县商务局"}) << k;
    EXPECT_EQ(LeaderNames(t[k]), V{"罗敏"}) << k;
  }
  for (size_t k : {7u, 8u}) {
    EXPECT_EQ(t[k].lead_units, V{"县委农办（县农业农村局）"}) << k;
    EXPECT_EQ(t[k].cooperating_units, V{"县财政局"}) << k;
    EXPECT_EQ(LeaderNames(t[k]), V{"庞立新"}) << k;
  }
  EXPECT_EQ(t[9].lead_units, V{"县住房和城乡建设局"});
  EXPECT_EQ(LeaderNames(t[9]), V{"章海鸥"});
  for (size_t k : {10u, 11u}) {
    EXPECT_EQ(t[k].lead_units, (V{"县委组织部", "县委宣传部"})) << k;
    EXPECT_EQ(t[k].cooperating_units, V{"县妇联"}) << k;
    EXPECT_EQ(LeaderNames(t[k]), (V{"聂文清", "唐晓雯"})) << k;
  }
}

// Round 49: a phone app's page of task cards, each a definition list under a title whose number stands in
// markup of its own (<h4><em>1</em>推进…</h4><dl><dt>牵头单位</dt><dd>…</dd>…) (294); the article that says
// who interprets a document (本措施由省发展改革委负责解释) assigns no task (293).
TEST(BuildTest, CardsOfDefinitionListsAndNoTaskInAnInterpretationArticle) {
  const std::string card1 =
      "<div "
      "class=\"task-card\"><h4><em>1</em>推进重点项目建设</h4><dl><dt>牵头单位</dt><dd>县发展和改革局</dd>"
      "<dt>配合单位</dt><dd><ul><li>县统计局</li><li>县财政局</li></ul></dd><dt>责任领导</dt><dd>周明远</"
      "dd></dl></div>";
  const std::string card2 =
      "<div "
      "class=\"task-card\"><h4><em>2</em>推进县域商业体系建设</h4><dl><dt>牵头单位：</dt><dd>县商务局</dd>"
      "<dt>完成时限</dt><dd>2024年11月底</dd></dl></div>";
  Result<Document> doc =
      ExtractBytes("<!DOCTYPE html><html><body><p>各乡镇人民政府：</p>" + card1 + card2 + "</body></html>\n",
                   "cards.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].id, "1");
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"县统计局", "县财政局"}));
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"周明远"});
  EXPECT_EQ(doc->tasks[1].lead_units, V{"县商务局"});
  Result<Document> rules = ExtractBytes(
      "各单位：\n第一条　推进甲工作。（责任单位：省财政厅）\n第二条　推进乙工作。（责任单位：省商务厅）\n"
      "第三条　本措施自印发之日起施行。本措施由省发展改革委负责解释。\n",
      "r.txt");
  ASSERT_TRUE(rules.ok());
  EXPECT_EQ(rules->tasks.size(), 2u);
}

// Round 49 (295): a task list kept in Markdown, edited in place: a name struck out in a label's value
// (~~区司法局~~, ~~李志刚~~) is the old assignment's and goes; struck words of a task's text stay as printed,
// the marks gone. A label's nested list may hold a customs office or a bank's branch; a level's bodies after
// a division's (各镇（街道）、区级各部门) are two.
TEST(BuildTest, StruckNamesInAMarkdownTaskListAreGone) {
  Result<Document> doc = ExtractBytes(
      "# 任务台账\n\n## 一、稳增长\n\n- [ ] **1. ~~争取~~确保全区固定资产投资增长8%**\n"
      "    - 牵头单位：区发展和改革局\n    - 配合单位：区财政局、~~区司法局~~、各有关部门\n"
      "    - 责任领导：~~李志刚~~ 赵婉清（副区长）\n"
      "- [x] 2. 支持外贸企业拓市场\n    - 牵头单位：区商务局\n    - 配合单位：\n        - 区财政局\n"
      "        - 柘湾海关\n        - 中国人民银行柘湾营业管理部\n    - 责任领导：黄海涛\n"
      "- [ ] 3. 创建全国文明城区\n    - 牵头单位：区委宣传部\n    - 配合单位：各镇（街道）、区级各部门\n",
      "t.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  const auto& t = doc->tasks;
  EXPECT_EQ(t[0].text.substr(0, std::string_view("争取确保").size()), "争取确保");
  EXPECT_EQ(t[0].cooperating_units, (V{"区财政局", "各有关部门"}));
  EXPECT_EQ(LeaderNames(t[0]), V{"赵婉清"});
  EXPECT_EQ(t[1].cooperating_units, (V{"区财政局", "柘湾海关", "中国人民银行柘湾营业管理部"}));
  EXPECT_EQ(LeaderNames(t[1]), V{"黄海涛"});
  EXPECT_EQ(t[2].cooperating_units, (V{"各镇（街道）", "区级各部门"}));
}

// Round 49 (297): the leaders of each part named once, before the parts
// (区领导分工：第一部分由区长X负责，第二、 三部分由常务副区长Y负责。): every task of a part has its leaders,
// but one whose bracket names its own.
TEST(BuildTest, LeadersNamedForEachPartBeforeTheParts) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n附件\n区领导分工：第一部分由区长龚建平负责，第二、三部分由常务副区长罗振宇负责。任务括号内另"
      "行明确"
      "责任领导的，由所明确的区领导负责。\n一、稳增长\n（一）扩大有效投资。（牵头单位：区发展改革局）\n"
      "二、促改革\n（二）优化营商环境。（牵头单位：区政务服务局）\n三、惠民生\n（三）稳定就业。（牵头单位：区"
      "人社局）\n"
      "（四）办好民生实事。（责任领导：副区长钱立军；牵头单位：区财政局）\n",
      "p.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"龚建平"});
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"罗振宇"});
  EXPECT_EQ(LeaderNames(doc->tasks[2]), V{"罗振宇"});
  EXPECT_EQ(LeaderNames(doc->tasks[3]), V{"钱立军"});
}

// Round 69's 378: a sentence of the cover names a task's leads by its number (其中，第2项由A、B共同牵头),
// over the first-leads rule: its other units help. Not where the units named are not all the task's, nor
// where numbering restarts per part (2 names no one task).
TEST(BuildTest, TheCoverNamesATasksLeadsByItsNumber) {
  const std::string cover =
      "各科室：\n“责任科室”栏排在第一位的为牵头科室，其余为配合科室；其中，第2项由基金监管科、规划财务科共同"
      "牵头，"
      "第3项由办公室牵头。\n附件\n";
  Result<Document> doc = ExtractBytes(cover +
                                          "1.加强基金监管。（责任科室：基金监管科、规划财务科）\n"
                                          "2.开展执法检查。（责任科室：基金监管科、规划财务科、稽核中心）\n"
                                          "3.加强宣传。（责任科室：宣传科、法规科）\n",
                                      "t.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"基金监管科"});
  EXPECT_EQ(doc->tasks[1].lead_units, (V{"基金监管科", "规划财务科"}));
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"稽核中心"});
  EXPECT_EQ(doc->tasks[2].lead_units, V{"宣传科"});  // 办公室 is none of its units
  doc = ExtractBytes(cover +
                         "一、监管\n1.加强基金监管。（责任科室：基金监管科、规划财务科）\n"
                         "2.开展执法检查。（责任科室：基金监管科、规划财务科、稽核中心）\n"
                         "二、宣传\n1.加强宣传。（责任科室：宣传科、法规科）\n"
                         "2.开展培训。（责任科室：稽核中心、基金监管科、规划财务科）\n",
                     "t.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_EQ(doc->tasks[1].lead_units, V{"基金监管科"});
  EXPECT_EQ(doc->tasks[3].lead_units, V{"稽核中心"});
}

// Round 122 (622): a sub-heading over items that close with their own brackets, one item's bracket on a
// paragraph of its own after it: that bracket is the item's, and the heading no task.
TEST(BuildTest, AClauseAfterTheLastItemIsItsNotTheHeadings) {
  Document doc = Extract(
      "（一）着力扩大有效需求，推动经济持续回升向好。\n"
      "1.大力提振消费。实施提振消费专项行动。（省商务厅牵头，省财政厅按职责分工负责）\n"
      "（二）全面推进乡村振兴，加快建设农业强省。\n"
      "2.毫不放松抓好粮食生产。稳定粮食播种面积。（省农业农村厅牵头，省财政厅按职责分工负责）\n"
      "3.巩固拓展脱贫攻坚成果。健全防止返贫致贫监测和帮扶机制。\n"
      "（省农业农村厅牵头，省民政厅按职责分工负责）\n"
      "4.建设宜居宜业和美乡村。深入推进农村人居环境整治提升。（省住房城乡建设厅负责）\n");
  ASSERT_EQ(doc.tasks.size(), 4u);
  EXPECT_EQ(doc.tasks[2].number, 3);
  EXPECT_EQ(doc.tasks[2].lead_units, V{"省农业农村厅"});
  EXPECT_EQ(doc.tasks[2].cooperating_units, V{"省民政厅"});
  // The review: where an item before the last has none, the clause after them is the heading's, all three
  // its sub-items (as before).
  doc = Extract(
      "（一）实施农村人居环境整治提升行动。\n1.推进农村厕所革命。\n2.推进生活垃圾治理。（县财政局负责）\n"
      "3.推进生活污水治理。\n（牵头单位：县农业农村局；配合单位：县住建局）\n（二）实施产业提升行动。\n"
      "1.培育主导产业。\n2.推进园区建设。\n（牵头单位：县工信局；配合单位：县发改局）\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县工信局"});
}

// Round 60's 340: a sentence of the cover adds a leader to tasks by their numbers
// (第1、3项为…，由陆承远主任和牵头 科室的分管委领导共同负责), before the leaders they have, where he is named
// first; the sentence is the clause that says so. Not a unit (第2项由办公室负责), nor where numbering
// restarts per part.
TEST(BuildTest, TheCoverAddsALeaderToTasksByTheirNumbers) {
  const std::string cover =
      "各科室：\n各项任务的责任委领导为牵头科室的分管委领导。第1、3项为委主要领导领衔推进事项，由陆承远主任和"
      "牵头"
      "科室的分管委领导共同负责。第2项由办公室负责。\n附件\n";
  Result<Document> doc = ExtractBytes(cover +
                                          "1.加强经济运行调度。（责任委领导：韩思齐；牵头科室：综合科）\n"
                                          "2.做好价格监测。（责任委领导：杜明哲；牵头科室：价格科）\n"
                                          "3.推进重大项目建设。（责任委领导：韩思齐；牵头科室：投资科）\n",
                                      "t.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(LeaderNames(doc->tasks[0]), (V{"陆承远", "韩思齐"}));
  EXPECT_EQ(doc->tasks[0].leaders[0].title, "主任");
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"杜明哲"});
  EXPECT_EQ(LeaderNames(doc->tasks[2]), (V{"陆承远", "韩思齐"}));
  const Clause& said = doc->tasks[2].clauses.back();
  EXPECT_NE(said.text.find("第1、3项"), std::string::npos);
  EXPECT_EQ(said.span.line, 2u);
  doc = ExtractBytes(cover +
                         "一、经济\n1.加强经济运行调度。（责任委领导：韩思齐；牵头科室：综合科）\n"
                         "二、投资\n1.推进重大项目建设。（责任委领导：韩思齐；牵头科室：投资科）\n",
                     "t.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"韩思齐"});
  // The review: 分别 tells no one task's leader; 第 in another list's or a law's reference names none of
  // these tasks; titles parted by 、 are one person's, and 和 may be in a name.
  const std::string tasks =
      "1.抓好项目储备。（牵头单位：县发改局）\n2.抓好项目开工。（牵头单位：县住建局）\n"
      "3.深化放管服改革。（牵头单位：县政务服务中心）\n";
  doc = ExtractBytes(
      "各单位：\n现将分工印发给你们。第1、2项为年度重点事项，由张伟副县长、李明副县长分别负责。根据《县安全生"
      "产条例》第十条第2项由县长"
      "王强负责的规定，结合附件2第3项由刘洋副县长负责的安排，2023年方案第1项由陈刚副县长负责。\n附件\n" +
          tasks,
      "t.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  for (const Task& t : doc->tasks) EXPECT_TRUE(t.leaders.empty()) << t.id;
  doc = ExtractBytes(
      "各单位：\n现将分工印发给你们。第1、2项由县委副书记、县长王强和常务副县长李明共同负责。第3项由和志强副"
      "县长负责。"
      "\n附件\n" +
          tasks,
      "t.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(LeaderNames(doc->tasks[0]), (V{"王强", "李明"}));
  EXPECT_EQ(doc->tasks[0].leaders[0].title, "县委副书记、县长");
  EXPECT_EQ(LeaderNames(doc->tasks[2]), V{"和志强"});
  ASSERT_FALSE(doc->tasks[0].clauses.empty());
  EXPECT_EQ(doc->tasks[0].clauses.back().text, "第1、2项由县委副书记、县长王强和常务副县长李明共同负责");
}

// Round 50 (300): an HTML table in Markdown (a 语雀 export) whose 责任单位 cell sets its lead units in
// <strong>, the notice stating 加粗的为牵头单位: the bold units lead, the others cooperate; a <strong> header
// cell marks no unit.
TEST(BuildTest, BoldUnitsOfAnHtmlTableLeadWhereTheNoticeSaysSo) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n**说明：**表格中加粗的为牵头单位，其余为配合单位。\n\n"
      "<table><tr><td><strong>序号</strong></td><td><strong>重点任务</strong></td><td><strong>责任单位</"
      "strong></td></tr>"
      "<tr><td>1</td><td>扩大有效投资。</td><td><strong>区发展和改革局</strong><br />区统计局<br "
      "/>区财政局</td></tr>"
      "<tr><td>2</td><td>培育新兴产业。</td><td>区数据资源管理局<br /><b>区科技和工业信息化局</b><br "
      "/><b>区投资促进局</b></td></tr>"
      "</table>\n",
      "t.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"区发展和改革局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"区统计局", "区财政局"}));
  EXPECT_EQ(doc->tasks[1].lead_units, (V{"区科技和工业信息化局", "区投资促进局"}));
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"区数据资源管理局"});
  // Round 73's review: a mark one character short of a name marks it only where no other unit of the cell is
  // the piece or is short of it too (县政府 bold beside 县政府办; 第一纪检监察 beside …室 and …组).
  doc = ExtractBytes(
      "各单位：\n**说明：**表格中加粗的为牵头单位，其余为配合单位。\n\n"
      "<table><tr><td>序号</td><td>重点任务</td><td>责任单位</td></tr>"
      "<tr><td>1</td><td>扩大有效投资。</td><td><b>县政府</b>、县政府办、县财政局</td></tr>"
      "<tr><td>2</td><td>加强监督。</td><td><b>第一纪检监察</b>室、第一纪检监察组</td></tr>"
      "<tr><td>3</td><td>加强审理。</td><td><b>第四纪检监察</b>室、案件审理室</td></tr>"
      "</table>\n",
      "t.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县政府"});
  EXPECT_TRUE(doc->tasks[1].lead_units.empty());
  EXPECT_EQ(doc->tasks[2].lead_units, V{"第四纪检监察室"});
}

// The session's review: a count in a line that assigns the tasks above covers that many (以上两项 after
// three: two); a leaders' label's value stops at the next label or a time, neither a leader; a heading with
// 问题 in it whose words are no problems list (突出问题专项治理) keeps its tasks; 上述任务牵头单位要… is no
// clause; a stray space after a label before a sentence takes no colon; a chip after a cell's own text
// (县发改局 <span class="badge">牵头</span>) is part of it; a role grid never closed leaves the tables after
// it.
TEST(BuildTest, TheReviewsCasesOfThisSession) {
  Result<Document> covers = ExtractBytes(
      "各单位：\n一、甲\n1.推进甲工作。\n2.推进乙工作。\n3."
      "推进丙工作。\n以上两项由县发改局牵头，县财政局配合。\n",
      "c.txt");
  ASSERT_TRUE(covers.ok());
  ASSERT_EQ(covers->tasks.size(), 3u);
  EXPECT_TRUE(covers->tasks[0].lead_units.empty());
  EXPECT_EQ(covers->tasks[1].lead_units, V{"县发改局"});
  EXPECT_EQ(covers->tasks[2].lead_units, V{"县发改局"});
  Result<Document> leader = ExtractBytes(
      "各单位：\n一、甲\n1."
      "推进重点项目建设。（县发改局牵头，县财政局配合，责任领导：张伟，完成时限：2024年12月底）\n",
      "l.txt");
  ASSERT_TRUE(leader.ok());
  ASSERT_EQ(leader->tasks.size(), 1u);
  for (const Leader& l : leader->tasks[0].leaders) EXPECT_EQ(l.name.find("完成时限"), std::string::npos);
  Result<Document> problems = ExtractBytes(
      "各单位：\n一、突出问题专项治理\n1.县公安局：开展电信诈骗专项整治行动。\n2."
      "县市场监管局：开展食品安全专项整治。\n",
      "p.txt");
  ASSERT_TRUE(problems.ok());
  EXPECT_EQ(problems->tasks.size(), 2u);
  Result<Document> group = ExtractBytes(
      "各单位：\n一、甲\n1.推进甲工作。（县发改局牵头，县财政局配合）\n2.推进乙工作。\n"
      "上述任务牵头单位要切实负责，每月5日前报送进展情况。\n",
      "g.txt");
  ASSERT_TRUE(group.ok());
  for (const Task& t : group->tasks)
    for (const std::string& u : t.responsible_units) EXPECT_EQ(u.find("要"), std::string::npos) << u;
  Result<Document> stray = ExtractBytes(
      "各单位：\n一、推进经济发展\n1.推进重点项目建设。\n牵头单位 要加强统筹协调，定期调度项目进展。\n",
      "s.txt");
  ASSERT_TRUE(stray.ok());
  for (const Task& t : stray->tasks) EXPECT_TRUE(t.lead_units.empty());
  Result<Document> chip = ExtractBytes(
      "<!DOCTYPE "
      "html><html><body><p>各单位：</p><table><tr><td>序号</td><td>重点任务</td><td>责任单位</td></tr>"
      "<tr><td>1</td><td>推进重点项目建设</td><td>县发改局<span "
      "class=\"badge\">牵头</span>、县财政局</td></tr></table>"
      "<div role=\"grid\" class=\"calendar\"><div role=\"row\"><div>一</div><div>二</div></div>"
      "<table><tr><td>序号</td><td>重点任务</td><td>责任单位</td></tr>"
      "<tr><td>2</td><td>优化营商环境</td><td>县行政审批服务局</td></tr></table></body></html>\n",
      "chip.html");
  ASSERT_TRUE(chip.ok());
  ASSERT_EQ(chip->tasks.size(), 2u);
  EXPECT_EQ(chip->tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(chip->tasks[0].cooperating_units, V{"县财政局"});
  EXPECT_EQ(chip->tasks[1].lead_units, V{"县行政审批服务局"});
}

// Round 51: a unit's own person in charge after it (县住建局（局长 李明）) is no part of its name, a second
// name is (303); a task cell closing with its clause's bracket, in a table with no column of units, gives the
// task its units (304); a labelled line a mail client wrapped under a hanging indent inside a unit's name
// goes on (306).
TEST(BuildTest, PersonsAfterUnitsBracketsInTaskCellsAndWrappedLabelLines) {
  Result<Document> persons = ExtractBytes(
      "各单位：\n一、甲\n（一）推进甲工作。（责任领导：张伟；责任单位：县住建局（党组书记、局长 李明）、"
      "县委宣传部（县新闻出版局）、县财政局（副局长王芳））\n",
      "p.txt");
  ASSERT_TRUE(persons.ok());
  ASSERT_EQ(persons->tasks.size(), 1u);
  EXPECT_EQ(persons->tasks[0].responsible_units, (V{"县住建局", "县委宣传部（县新闻出版局）", "县财政局"}));
  Result<Document> cell = ExtractBytes(
      "各单位：\n| 序号 | 重点任务及责任分工 | 责任领导 |\n|---|---|---|\n"
      "| 1 | 全年实施重点项目150个。（牵头单位：县发展和改革局；配合单位：县财政局） | 副县长罗斌 |\n",
      "c.md");
  ASSERT_TRUE(cell.ok());
  ASSERT_EQ(cell->tasks.size(), 1u);
  EXPECT_EQ(cell->tasks[0].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(cell->tasks[0].cooperating_units, V{"县财政局"});
  Result<Document> mail = ExtractBytes(
      "各单位：\n1)全力抓好项目建设，全年实施县级重点项目120个。\n"
      "    牵头单位：县发展和改革局  配合单位：县财政局、县自然资源局、各\n    乡镇人民政府\n"
      "2)加快开发区扩区调区。\n    牵头单位：县开发区管委会  配合单位：县自然资源局、县住房\n    "
      "和城乡建设局\n",
      "m.txt");
  ASSERT_TRUE(mail.ok());
  ASSERT_EQ(mail->tasks.size(), 2u);
  EXPECT_EQ(mail->tasks[0].cooperating_units, (V{"县财政局", "县自然资源局", "各乡镇人民政府"}));
  EXPECT_EQ(mail->tasks[1].cooperating_units, (V{"县自然资源局", "县住房和城乡建设局"}));
}

// Round 46 (279): brackets with no labels, the titled leaders, a ；, then the units, the first leading by the
// notice's rule (（县委常委、副县长 张三；A、B）); a four-character name with a compound surname among titled
// leaders (副县长 欧阳春晖、副县长 马骏); a unit with its second name in a bare list
// (县农业农村局（县乡村振兴局）).
TEST(BuildTest, TitledLeadersThenUnitsInOneBracketWithNoLabels) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n各项任务中排在首位的为牵头单位，其余为配合单位。\n"
      "1.巩固拓展脱贫攻坚成果。（县委常委、副县长 陈立群；县农业农村局（县乡村振兴局）、县民政局）\n"
      "2.加快农村公路建设。（副县长 欧阳春晖、副县长 马骏；县交通运输局、县财政局、各乡镇人民政府）\n"
      "3.推进改革。（县财政局、县民政局）\n",
      "b.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  const auto& t = doc->tasks;
  EXPECT_EQ(t[0].lead_units, V{"县农业农村局（县乡村振兴局）"});
  EXPECT_EQ(t[0].cooperating_units, V{"县民政局"});
  EXPECT_EQ(LeaderNames(t[0]), V{"陈立群"});
  EXPECT_EQ(t[1].lead_units, V{"县交通运输局"});
  EXPECT_EQ(LeaderNames(t[1]), (V{"欧阳春晖", "马骏"}));
  EXPECT_EQ(t[2].lead_units, V{"县财政局"});
}

// Round 17 (107): 三张清单. The tasks in one list with no units, their units in another by number (a
// 责任清单: 1．责任领导：X；牵头单位：A；配合单位：B): each task takes its number's; a list item that is a
// task of its own (text before its clause) stays one.
TEST(BuildTest, AResponsibilityListGivesTheTasksTheirUnitsByNumber) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n现印发给你们。\n附件1\n\n任务清单\n\n一、提升政务服务（2项）\n1．深化改革，推出一件事12项。"
      "\n"
      "2．推行企业开办一日办结。\n附件2\n\n责任清单\n\n1．责任领导：周永平；牵头单位：区行政审批服务局；配合"
      "单位：区数据局\n"
      "2．牵头单位：区市场监管局；配合单位：区税务局、区人社局\n",
      "three.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].text.substr(0, 6), "深化");
  EXPECT_EQ(doc->tasks[0].lead_units, std::vector<std::string>{"区行政审批服务局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, std::vector<std::string>{"区数据局"});
  ASSERT_EQ(doc->tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[0].leaders[0].name, "周永平");
  EXPECT_EQ(doc->tasks[1].lead_units, std::vector<std::string>{"区市场监管局"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, (std::vector<std::string>{"区税务局", "区人社局"}));
}

// Round 18 (116): a chat assistant's Markdown of a notice. Each task a heading (### 15. 短标题), its text,
// then its clauses as a list or as a table of two columns (| 项目 | 内容 | ⏎ | 牵头单位 | A |); a
// list 1. 2. 3. in a task's text is its sub-items, not tasks numbered again.
TEST(BuildTest, MarkdownTasksUnderHeadingsWithAClauseTableAndANumberedList) {
  Result<Document> doc = ExtractBytes(
      "# 关于印发重点工作任务分工的通知\n\n各单位：\n\n## 一、发展产业\n\n### 1. "
      "促进文旅融合发展\n\n接待游客650万人次。\n\n"
      "| 项目 | 内容 |\n|------|------|\n| 牵头单位 | 县文广旅体局 |\n| 配合单位 | "
      "县交通运输局、各乡镇人民政府 |\n"
      "| 责任领导 | 陈晓燕 |\n\n### 2. 巩固拓展脱贫攻坚成果\n\n重点抓好以下工作：\n\n1. 健全监测机制；\n2. "
      "增加收入；\n"
      "3. 开展消费帮扶。\n\n- **牵头单位**：县农业农村局\n- **配合单位**：县人社局\n",
      "chat.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].id, "1");
  EXPECT_EQ(doc->tasks[0].lead_units, std::vector<std::string>{"县文广旅体局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (std::vector<std::string>{"县交通运输局", "各乡镇人民政府"}));
  ASSERT_EQ(doc->tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[0].leaders[0].name, "陈晓燕");
  EXPECT_EQ(doc->tasks[1].id, "2");
  EXPECT_EQ(doc->tasks[1].lead_units, std::vector<std::string>{"县农业农村局"});
}

// Round 18 (114): each section's tasks assigned by number in a paragraph after them: under a 责任分工：
// label, parts split at 。 too, a range 第3项至第4项; a 以上任务由A牵头 whose 其中第4项由B负责 replaces it
// for the items named; a 其中第4项C配合 inside a part adds to it.
TEST(BuildTest, SectionsAssignedByNumberAfterTheirTasks) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n现印发给你们。\n附件\n\n任务分解\n\n一、扩大投资\n1.建设项目。\n2.争取资金。\n3."
      "储备项目。\n4.争取国债。\n"
      "责任分工：第1—2项由区发改局牵头，区财政局配合。第3项至第4项由区财政局负责。\n"
      "二、发展产业\n1.工业增长。\n2.培育企业。\n3.建设园区。\n"
      "以上任务由区工信局牵头，区统计局配合；其中第2项由区科技局负责，第3项由公安分局负责，其中第3项区司法局"
      "配合。\n",
      "n.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 7u);
  const auto& t = doc->tasks;
  EXPECT_EQ(t[0].id, "1.1");
  EXPECT_EQ(t[1].lead_units, std::vector<std::string>{"区发改局"});
  EXPECT_EQ(t[1].cooperating_units, std::vector<std::string>{"区财政局"});
  EXPECT_EQ(t[3].lead_units, std::vector<std::string>{"区财政局"});
  EXPECT_EQ(t[4].lead_units, std::vector<std::string>{"区工信局"});
  EXPECT_EQ(t[4].cooperating_units, std::vector<std::string>{"区统计局"});
  EXPECT_EQ(t[5].lead_units, std::vector<std::string>{"区科技局"});
  EXPECT_TRUE(t[5].cooperating_units.empty());
  EXPECT_EQ(t[6].lead_units, std::vector<std::string>{"公安分局"});
  EXPECT_EQ(t[6].cooperating_units, std::vector<std::string>{"区司法局"});
  // Round 115 (589): 分别 gives each item the unit in its place, the helpers every item's.
  Result<Document> respectively = ExtractBytes(
      "各单位：\n现印发给你们。\n附件\n\n任务分解\n\n一、扩大投资\n1.建设项目。\n2.争取资金。\n3.储备项目。\n"
      "责任分工：第1—3项分别由区发改局、区财政局、区自然资源局牵头，区统计局配合。\n",
      "r.txt");
  ASSERT_TRUE(respectively.ok());
  ASSERT_EQ(respectively->tasks.size(), 3u);
  EXPECT_EQ(respectively->tasks[0].lead_units, std::vector<std::string>{"区发改局"});
  EXPECT_EQ(respectively->tasks[1].lead_units, std::vector<std::string>{"区财政局"});
  EXPECT_EQ(respectively->tasks[2].lead_units, std::vector<std::string>{"区自然资源局"});
  EXPECT_EQ(respectively->tasks[2].cooperating_units, std::vector<std::string>{"区统计局"});
  // 分别 in the leads' phrase only: the helpers help both.
  Result<Document> both = ExtractBytes(
      "各单位：\n现印发给你们。\n附件\n\n任务分解\n\n一、扩大投资\n1.建设项目。\n2.争取资金。\n"
      "责任分工：第1、2项分别由区发改局、区财政局牵头，区统计局、区审计局配合。\n",
      "b.txt");
  ASSERT_TRUE(both.ok());
  ASSERT_EQ(both->tasks.size(), 2u);
  EXPECT_EQ(both->tasks[1].lead_units, std::vector<std::string>{"区财政局"});
  EXPECT_EQ(both->tasks[1].cooperating_units, (std::vector<std::string>{"区统计局", "区审计局"}));
}

// Round 115 (589), its other forms: the part's leader first (以上工作由副县长X负责。第…), the units before
// the items (A、B分别牵头第16、17项), the leaders with their items in brackets, and leaders given out by
// 分别.
TEST(BuildTest, RespectivelyInItsOtherForms) {
  const std::string head = "各单位：\n现印发给你们。\n附件\n\n任务分解\n\n";
  Result<Document> section = ExtractBytes(
      head +
          "一、扩大投资\n1.建设项目。\n2.争取资金。\n3.储备项目。\n"
          "责任分工：以上工作由副县长韩立新负责。第1、2项分别由县发改局、县财政局牵头，县统计局配合；"
          "第3项由县发展和改革局、县工商业联合会负责。\n"
          "二、深化改革\n4.深化放管服改革。\n5.深化财税改革。\n6.推进国企改革。\n"
          "责任分工：县政务服务管理局、县财政局分别牵头第4、5项，县直有关单位配合；县国资中心负责第6项。"
          "以上工作分别由常务副县长李振华（第4、5项）、副县长周敏（第6项）负责。\n",
      "s.txt");
  ASSERT_TRUE(section.ok());
  const auto& t = section->tasks;
  ASSERT_EQ(t.size(), 6u);
  for (size_t k = 0; k < 3; ++k) {
    ASSERT_EQ(t[k].leaders.size(), 1u) << k;
    EXPECT_EQ(t[k].leaders[0].name, "韩立新");
  }
  EXPECT_EQ(t[0].lead_units, std::vector<std::string>{"县发改局"});
  EXPECT_EQ(t[1].lead_units, std::vector<std::string>{"县财政局"});
  EXPECT_EQ(t[1].cooperating_units, std::vector<std::string>{"县统计局"});
  // (联合会 is a name, not 联合, jointly.)
  EXPECT_EQ(t[2].responsible_units, (std::vector<std::string>{"县发展和改革局", "县工商业联合会"}));
  EXPECT_EQ(t[3].lead_units, std::vector<std::string>{"县政务服务管理局"});
  EXPECT_EQ(t[4].lead_units, std::vector<std::string>{"县财政局"});
  EXPECT_EQ(t[4].cooperating_units, std::vector<std::string>{"县直有关单位"});
  EXPECT_EQ(t[5].lead_units, std::vector<std::string>{"县国资中心"});
  ASSERT_EQ(t[3].leaders.size(), 1u);
  EXPECT_EQ(t[3].leaders[0].name, "李振华");
  ASSERT_EQ(t[4].leaders.size(), 1u);
  EXPECT_EQ(t[4].leaders[0].name, "李振华");
  ASSERT_EQ(t[5].leaders.size(), 1u);
  EXPECT_EQ(t[5].leaders[0].name, "周敏");
  // Leaders given out by 分别, the last joined by 和 before a title.
  Result<Document> leaders = ExtractBytes(
      head +
          "一、平安建设\n1.抓好安全生产。\n2.建设平安县城。\n3.做好信访工作。\n"
          "责任分工：第1—3项分别由副县长周敏、马骏和常务副县长李振华负责，分别由县应急管理局、县公安局、"
          "县信访局牵头，县直有关单位配合。\n",
      "l.txt");
  ASSERT_TRUE(leaders.ok());
  ASSERT_EQ(leaders->tasks.size(), 3u);
  const char* names[] = {"周敏", "马骏", "李振华"};
  const char* leads[] = {"县应急管理局", "县公安局", "县信访局"};
  for (size_t k = 0; k < 3; ++k) {
    ASSERT_EQ(leaders->tasks[k].leaders.size(), 1u) << k;
    EXPECT_EQ(leaders->tasks[k].leaders[0].name, names[k]);
    EXPECT_EQ(leaders->tasks[k].lead_units, std::vector<std::string>{leads[k]});
    EXPECT_EQ(leaders->tasks[k].cooperating_units, std::vector<std::string>{"县直有关单位"});
  }
}

// The review of round 116's code: prose after a part's item clauses (上述工作纳入…) is no part of them; a
// units-first sentence after the part's leader; 会同 before a 社区's name, and after a 联合会's.
TEST(BuildTest, ItemClausesBesideProseAndUnitsFirst) {
  const std::string head =
      "各单位：\n现印发给你们。\n附件\n\n任务分解\n\n一、扩大投资\n1.建设项目。\n2.争取资金。\n3."
      "优化服务。\n";
  Result<Document> prose =
      ExtractBytes(head + "第1—3项由县发改局牵头，县财政局配合。上述工作纳入年度目标考核。\n", "p.txt");
  ASSERT_TRUE(prose.ok());
  ASSERT_EQ(prose->tasks.size(), 3u);
  EXPECT_EQ(prose->tasks[2].lead_units, V{"县发改局"});
  EXPECT_EQ(prose->tasks[2].cooperating_units, V{"县财政局"});
  Result<Document> units = ExtractBytes(head +
                                            "责任分工：以上工作由副县长张伟负责。县发改局、县财政局分别牵头第"
                                            "1、2项；第3项由县民政局会同社区居委会负责。\n",
                                        "u.txt");
  ASSERT_TRUE(units.ok());
  ASSERT_EQ(units->tasks.size(), 3u);
  EXPECT_EQ(LeaderNames(units->tasks[0]), V{"张伟"});
  EXPECT_EQ(units->tasks[1].lead_units, V{"县财政局"});
  EXPECT_EQ(units->tasks[2].lead_units, V{"县民政局"});
  EXPECT_EQ(units->tasks[2].cooperating_units, V{"社区居委会"});
  Result<Document> union_then = ExtractBytes(head + "第1—3项由县工商业联合会会同县财政局负责。\n", "j.txt");
  ASSERT_TRUE(union_then.ok());
  ASSERT_EQ(union_then->tasks.size(), 3u);
  EXPECT_EQ(union_then->tasks[0].lead_units, V{"县工商业联合会"});
  EXPECT_EQ(union_then->tasks[0].cooperating_units, V{"县财政局"});
}

// The review of round 117's code: leaders whose names hold 和, 联合 after a 联合会, a wrapped line opening
// 318， in a typed text, and in a scan's text a label inside prose (为牵头单位；) and a title opening with a
// label's words (《责任领导包联制度》).
TEST(BuildTest, TheReviewsCasesOfRound117) {
  const std::string head = "各单位：\n现印发给你们。\n附件\n\n任务分解\n\n一、扩大投资\n";
  Result<Document> leaders =
      ExtractBytes(head +
                       "1.建设项目。\n2.争取资金。\n以上2项由副县长张和平负责。\n二、改善民生\n3.优化服务。\n"
                       "以上工作由副县长宋景和、李明同志负责。\n",
                   "l.txt");
  ASSERT_TRUE(leaders.ok());
  ASSERT_EQ(leaders->tasks.size(), 3u);
  EXPECT_EQ(LeaderNames(leaders->tasks[0]), V{"张和平"});
  EXPECT_EQ(LeaderNames(leaders->tasks[2]), (V{"宋景和", "李明"}));
  Result<Document> joint = ExtractBytes(head +
                                            "1.招商。（县工商业联合会联合县商务局负责）\n2."
                                            "推进交通建设。加快改造提升国道\n318，省道211沿线路段。"
                                            "（牵头单位：县交通局）\n",
                                        "j.txt");
  ASSERT_TRUE(joint.ok());
  ASSERT_EQ(joint->tasks.size(), 2u);
  EXPECT_EQ(joint->tasks[0].lead_units, V{"县工商业联合会"});
  EXPECT_EQ(joint->tasks[0].cooperating_units, V{"县商务局"});
  EXPECT_EQ(joint->tasks[1].id, "2");
  EXPECT_EQ(joint->tasks[1].lead_units, V{"县交通局"});
  Result<Document> scan = ExtractBytes(
      head +
          "1.建设项目。（牵头単位：县发改局）\n2.推进项目。（县财政局为牵头单位；县审计局为配合单位）\n"
          "3.制定《责任领导包联制度》。（牵头单位：县委办；配合单位：县政府办）\n",
      "s.txt");
  ASSERT_TRUE(scan.ok());
  ASSERT_EQ(scan->tasks.size(), 3u);
  EXPECT_EQ(scan->tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(scan->tasks[1].lead_units, V{"县财政局"});
  EXPECT_EQ(scan->tasks[1].cooperating_units, V{"县审计局"});
  EXPECT_TRUE(scan->tasks[2].text.starts_with("制定《责任领导包联制度》"));
  EXPECT_EQ(scan->tasks[2].lead_units, V{"县委办"});
  // A wiki page's <h3> headings part its sections.
  Result<Document> wiki = ExtractBytes(
      "{{Header\n| title = "
      "某县关于分工的通知\n}}\n<h3>一、扩大投资</h3>\n1.建设项目。（牵头单位：县发改局）\n"
      "<h3>二、改善民生</h3>\n2.优化服务。（牵头单位：县民政局）\n",
      "w.txt");
  ASSERT_TRUE(wiki.ok());
  ASSERT_EQ(wiki->tasks.size(), 2u);
  EXPECT_NE(wiki->tasks[0].section, wiki->tasks[1].section);
}

// A line after a part that gives its leader alone (以上工作由副县长X负责): a leader, not a unit named so.
TEST(BuildTest, AGroupLineNamingALeaderAlone) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n现印发给你们。\n附件\n\n任务分解\n\n一、产业\n1.推进甲项工作。\n2.推进乙项工作。\n"
      "以上工作由副县长韩立新负责。\n二、农业\n3."
      "推进丙项工作。\n以上任务由副县长陶建军负责，县农业局牵头。\n",
      "g.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  for (const auto& task : doc->tasks) ASSERT_EQ(task.leaders.size(), 1u) << task.id;
  EXPECT_EQ(doc->tasks[0].leaders[0].name, "韩立新");
  EXPECT_EQ(doc->tasks[0].leaders[0].title, "副县长");
  EXPECT_TRUE(doc->tasks[0].responsible_units.empty());
  EXPECT_EQ(doc->tasks[2].leaders[0].name, "陶建军");
  EXPECT_EQ(doc->tasks[2].lead_units, std::vector<std::string>{"县农业局"});
}

// Round 116 (594): 部门分工：A牵头，B配合 under an item, beside 分管市领导：X.
TEST(BuildTest, DepartmentsDivisionLabel) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n现印发给你们。\n附件\n\n任务分工方案\n\n一、主要目标\n1.地区生产总值增长5.5%左右。\n"
      "分管市领导：韦振东\n部门分工：市发展改革局牵头，各县（市、区）、各部门配合。\n"
      "2.实施乡村建设行动。\n分管市领导：林国栋\n"
      "部门分工：市委农办牵头，各县（市、区）、市乡村振兴领导小组各成员单位配合。\n",
      "d.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, std::vector<std::string>{"市发展改革局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (std::vector<std::string>{"各县（市、区）", "各部门"}));
  ASSERT_EQ(doc->tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[0].leaders[0].name, "韦振东");
  // (A group named by its 各 after the divisions shares no organisation with them.)
  EXPECT_EQ(doc->tasks[1].cooperating_units,
            (std::vector<std::string>{"各县（市、区）", "市乡村振兴领导小组各成员单位"}));
}

// Round 18 (112): a task whose sub-items carry the clauses, each its own, and none on the task's line: the
// task is one, its units the union of its sub-items'.
TEST(BuildTest, ATaskWhoseSubItemsCarryTheClauses) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n现印发给你们。\n附件\n\n任务分解\n\n一、扩大内需\n1."
      "扩大有效投资。（牵头单位：县发改局；配合单位：县财政局）\n"
      "2.促进消费扩容提质。\n（1）开展促消费活动。（牵头单位：县商务局；配合单位：县财政局）\n"
      "（2）推进县域商业体系建设。（牵头单位：县供销社；配合单位：各乡镇人民政府）\n"
      "3.加强金融服务。（牵头单位：县金融服务中心）\n",
      "s.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(doc->tasks[1].id, "2");
  EXPECT_EQ(doc->tasks[1].lead_units, (std::vector<std::string>{"县商务局", "县供销社"}));
  EXPECT_EQ(doc->tasks[1].cooperating_units, (std::vector<std::string>{"县财政局", "各乡镇人民政府"}));
  EXPECT_EQ(doc->tasks[2].id, "3");
}

// Round 19 (122): brackets with short labels, 督办： a leader and 责任： the units; a bracket whose first
// label was unknown gave a trailing clause whose last unit held the closing bracket.
TEST(BuildTest, ShortLabelsInABracket) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n任务分工\n\n一、扩大投资\n①实施项目。（督办：曹立斌；牵头：县发改局；协同：县住建局、各乡镇人"
      "民政府）\n"
      "②争取资金。（督办：曹立斌；责任：县自然资源局）\n",
      "s.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, std::vector<std::string>{"县发改局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (std::vector<std::string>{"县住建局", "各乡镇人民政府"}));
  ASSERT_EQ(doc->tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[0].leaders[0].name, "曹立斌");
  EXPECT_EQ(doc->tasks[1].lead_units, std::vector<std::string>{"县自然资源局"});
}

// Round 19 (117): a bureau's own offices, 股室, and the bodies under it, 局属单位; 责任股室（单位） under the
// rule 排在第一位的为牵头股室; leaders 党组书记、局长 邵文涛 (no leader named 党组) and 各分管局领导 (no
// one's name).
TEST(BuildTest, ABureausOfficesAndTheBodiesUnderIt) {
  Result<Document> doc = ExtractBytes(
      "各股室：\n只列“责任股室（单位）”的，排在第一位的为牵头股室（单位），其余为配合股室（单位）。\n附件\n\n"
      "任务分解\n\n"
      "1．推进党建工作。\n分管局领导：党组书记、局长 "
      "邵文涛\n牵头股室：办公室\n配合股室：机关党委\n局属单位：各中小学校\n\n"
      "2．补充新教师120名。\n分管局领导：各分管局领导\n责任股室（单位）：人事股、计财股\n",
      "b.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, std::vector<std::string>{"办公室"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (std::vector<std::string>{"机关党委", "各中小学校"}));
  ASSERT_EQ(doc->tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[0].leaders[0].name, "邵文涛");
  EXPECT_EQ(doc->tasks[1].lead_units, std::vector<std::string>{"人事股"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, std::vector<std::string>{"计财股"});
  EXPECT_TRUE(doc->tasks[1].leaders.empty());
}

// The review of this session's rules (round 17–19), a case each: an addressee line in an attachment is no
// unit's heading; 区域科技创新中心 is a topic; 由X负总责，每季度… names people, not units; numbered clause
// lines under each section are no 责任清单; 1-2季度 is no outline number; a units cell's own labels (县级：A)
// are no note; a ditto takes a wrapped cell whole; （A，B配合） under a unit's heading keeps the heading's
// unit the lead.
TEST(BuildTest, ReviewOfTheRoundsRules) {
  const auto tasks = [](const std::string& text) {
    Result<Document> doc = ExtractBytes(text, "r.txt");
    EXPECT_TRUE(doc.ok());
    return doc.ok() ? doc->tasks : std::vector<Task>{};
  };
  std::vector<Task> t = tasks(
      "关于印发重点工作任务分工的通知\n各乡镇人民政府，县直各单位：\n现将任务分工印发给你们。\n附件\n重点工作"
      "任务分工\n附件\n市政府办公室关于印发2024年重点工作任务分工的通知\n各县区人民政府：\n现将2024年重点工作"
      "任务分工印发给你们，请认真抓好落实。\n1．加快推进重点项目建设，全年完成投资100亿元。\n2．扩大有效投资"
      "。（市发改委负责）\n3．推进产业转型升级。（市工信局负责）\n");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].lead_units, std::vector<std::string>{"市发改委"});
  t = tasks(
      "关于印发重点工作任务分工的通知\n各乡镇人民政府，县直各单位：\n现将任务分工印发给你们。\n附件\n重点工作"
      "任务分工\n一、区域科技创新中心\n1．建设科技创新平台3个。\n2．引进高层次人才50名。（县科技局负责）\n");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_EQ(t[0].lead_units, std::vector<std::string>{"县科技局"});
  EXPECT_TRUE(tasks("关于印发重点工作任务分工的通知\n各乡镇人民政府，县直各单位：\n现将任务分工印发给你们。\n"
                    "附件\n重点工作任务分工\n1．建立工作专班。由党政主要负责同志负总责，每季度专题研究一次。"
                    "\n2．健全调度机制。由县政府分管领导牵头，每月召开一次调度会。\n")
                  .empty());
  EXPECT_TRUE(tasks("关于印发重点工作任务分工的通知\n各乡镇人民政府，县直各单位：\n现将任务分工印发给你们。\n"
                    "附件\n重点工作任务分工\n（一）加快项目建设\n1．工作目标：全年完成固定资产投资100亿元。\n"
                    "2．工作措施：实行县级领导包联重点项目制度。\n3．责任单位：县发改局\n（二）扩大消费\n1．"
                    "工作目标：社会消费品零售总额增长6%"
                    "。\n2．工作措施：举办消费促进活动10场。\n3．责任单位：县商务局\n（三）优化营商环境\n1．"
                    "工作目标：企业开办一日办结。\n2．工作措施：推行一网通办。\n3．责任单位：县行政审批局\n")
                  .empty());
  t = tasks(
      "关于印发重点工作任务分工的通知\n各乡镇人民政府，县直各单位：\n现将任务分工印发给你们。\n附件\n重点工作"
      "任务分工\n一、推进项目建设\n1．加快推进县医院迁建项目，分步实施：\n1-2季度完成方案设计和招标；\n3-"
      "4季度完成主体施工。（县卫健局负责，县财政局配合）\n2．扩大有效投资。（县财政局负责）\n");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[0].id, "1");
  EXPECT_EQ(t[1].lead_units, std::vector<std::string>{"县财政局"});
  t = tasks(
      "关于印发重点工作任务分工的通知\n各乡镇人民政府，县直各单位：\n现将任务分工印发给你们。\n附件\n重点工作"
      "任务分工\n| 序号 | 工作任务 | 责任单位 | 完成时限 |\n|---|---|---|---|\n| 1 | 开展安全隐患排查。 | "
      "各乡镇：负责辖区排查；县应急局：负责督导 | 2024年底 |\n| 3 | 改造农村公路。 | "
      "县级：县交通运输局；乡级：各乡镇 | 2024年底 |\n");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_EQ(t[1].responsible_units.size(), 2u);
  t = tasks(
      "关于印发重点工作任务分工的通知\n各乡镇人民政府，县直各单位：\n现将任务分工印发给你们。\n附件\n重点工作"
      "任务分工\n| 序号 | 工作任务 | 牵头单位 | 完成时限 |\n|---|---|---|---|\n| 1 | "
      "推进重点项目建设，加快推进 | 县发展和改革 | 2024年底 |\n| | 产业转型升级。 | 局 | |\n| 2 | "
      "扩大有效投资。 | 同上 | 同上 |\n| 3 | 开展招商引资。 | 〃 | 2024年6月 |\n");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[1].lead_units, std::vector<std::string>{"县发展和改革局"});
  ASSERT_TRUE(t[1].deadline);
  EXPECT_EQ(t[1].deadline->text, "2024年底");
  t = tasks(
      "关于印发重点工作任务分工的通知\n各乡镇人民政府，县直各单位：\n现将任务分工印发给你们。\n附件\n重点工作"
      "任务分工\n一、县发展和改革局（3项）\n1．扩大有效投资。（县财政局，县统计局配合）\n2．推进重大项目建设"
      "。（县财政局、县统计局配合）\n3．推进信用体系建设。（县财政局，县统计局，县市场监管局配合）\n");
  ASSERT_EQ(t.size(), 3u);
  for (const Task& task : t)
    EXPECT_EQ(task.lead_units, std::vector<std::string>{"县发展和改革局"}) << task.id;
  EXPECT_EQ(t[2].cooperating_units.size(), 3u);
}

// Round 19 (118–120): the posts of a township, a company and a university: 党委委员、组织委员柯佳琪,
// 党委书记、 董事长　周振华, 党委书记 王建华　校长 李振东 (two leaders parted by a space), 校长
// 李振东（牵头）.
TEST(BuildTest, LeadersOfTownshipsCompaniesAndUniversities) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n任务分解\n\n1．加强党建。（责任领导：党委委员、组织委员柯佳琪；责任站所：镇党建办）\n"
      "2．深化改革。（责任领导：党委书记、董事长　周振华、总经理 刘明远；牵头部门：战略发展部）\n"
      "3．建设学科。（校领导：党委书记 王建华　校长 李振东；牵头单位：党委办公室）\n"
      "4．扩大招生。（校领导：校长 李振东（牵头）、副校长 陈一鸣；牵头单位：教务处）\n",
      "p.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  const auto names = [&](size_t k) {
    std::vector<std::string> out;
    for (const Leader& l : doc->tasks[k].leaders) out.push_back(l.name);
    return out;
  };
  EXPECT_EQ(names(0), std::vector<std::string>{"柯佳琪"});
  EXPECT_EQ(names(1), (std::vector<std::string>{"周振华", "刘明远"}));
  EXPECT_EQ(names(2), (std::vector<std::string>{"王建华", "李振东"}));
  EXPECT_EQ(names(3), (std::vector<std::string>{"李振东", "陈一鸣"}));
  EXPECT_EQ(doc->tasks[0].lead_units, std::vector<std::string>{"镇党建办"});
}

// Round 19 (121): a sign after a unit's name marks the lead, as the notice says (带“*”的为牵头单位, full
// width too; 标注“牵”字的为牵头单位): wherever it stands in the cell, twice for two leads; none, no lead
// said.
TEST(BuildTest, ASignAfterAUnitMarksTheLead) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n“责任单位”栏中带“*”的为牵头单位；单位名称后标注“牵”字的为牵头单位。\n附件\n\n任务分工\n\n"
      "| 序号 | 工作任务 | 责任单位 |\n|---|---|---|\n| 1 | 扩大投资。 | 市财政局、市发展改革委*、市统计局 "
      "|\n"
      "| 2 | 促进消费。 | 市商务局＊、市文化广电旅游局*、市市场监管局 |\n| 3 | 建设学校。 | "
      "市教育局牵、市财政局 |\n"
      "| 4 | 改造管网。 | 市城市管理局、市住房城乡建设局 |\n",
      "sign.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  const auto& t = doc->tasks;
  EXPECT_EQ(t[0].lead_units, std::vector<std::string>{"市发展改革委"});
  EXPECT_EQ(t[0].cooperating_units, (std::vector<std::string>{"市财政局", "市统计局"}));
  EXPECT_EQ(t[1].lead_units, (std::vector<std::string>{"市商务局", "市文化广电旅游局"}));
  EXPECT_EQ(t[2].lead_units, std::vector<std::string>{"市教育局"});
  EXPECT_TRUE(t[3].lead_units.empty());
  EXPECT_EQ(t[3].responsible_units.size(), 2u);
}

// Round 36 (221): the sign before the name (★经发办), and a rule naming 站所 (责任站所中标★的为牵头站所).
TEST(BuildTest, ASignBeforeAUnitMarksTheLead) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n任务分解表\n\n| 序号 | 工作任务 | 责任站所 |\n|---|---|---|\n"
      "| 1 | 扩大投资。 | ★经发办、财政所、统计站 |\n| 2 | 建设学校。 | 党政办、★便民服务中心 |\n"
      "\n注：责任站所中标★的为牵头站所，其余为配合站所。\n",
      "sign.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"经发办"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"财政所", "统计站"}));
  EXPECT_EQ(doc->tasks[1].lead_units, V{"便民服务中心"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"党政办"});
}

// Round 21 (131): a responsibility matrix, a column per unit under 责任单位 (the units' names a second header
// row), ● for the lead and ○ (〇 too) for the units that help; a 注 may give the marks other meanings.
TEST(BuildTest, AResponsibilityMatrixMarksEachUnitsPart) {
  const std::string table =
      "| 序号 | 工作任务 | 责任单位 | | | 分管县领导 |\n|---|---|---|---|---|---|\n| | | 发改 | 财政 | 住建 "
      "| |\n"
      "| 1 | 扩大投资。 | ● | ○ | | 韩志刚 |\n| 2 | 建设住房。 | 〇 | | ● | 马骏 |\n";
  Result<Document> doc = ExtractBytes(
      "各单位：\n附件\n\n任务分工矩阵表\n\n" + table + "注：●为牵头单位，○为配合单位。\n", "matrix.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, std::vector<std::string>{"发改"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, std::vector<std::string>{"财政"});
  EXPECT_EQ(doc->tasks[1].lead_units, std::vector<std::string>{"住建"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, std::vector<std::string>{"发改"});
  doc = ExtractBytes("各单位：\n附件\n\n任务分工矩阵表\n\n" + table + "注：○为牵头单位，●为配合单位。\n",
                     "matrix.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, std::vector<std::string>{"财政"}) << "as the 注 says";
  // The review's: a unit named with a column's word (县委社会工作部), the 注 as the table's last row, a
  // bullet (●牵头单位要…) that is no legend; a mark in an ordinary table's column (是否纳入考核) is no unit.
  doc = ExtractBytes(
      "各单位：\n●牵头单位要强化统筹。\n附件\n\n任务分工矩阵表\n\n| 序号 | 工作任务 | 责任单位 | | "
      "分管县领导 |\n"
      "|---|---|---|---|---|\n| | | 县委社会工作部 | 财政 | |\n| 1 | 扩大投资。 | ○ | ● | 韩志刚 |\n"
      "| 注：○为牵头单位，●为配合单位。 | | | | |\n",
      "matrix.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_GE(doc->tasks.size(), 1u);
  EXPECT_EQ(doc->tasks[0].lead_units, std::vector<std::string>{"县委社会工作部"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, std::vector<std::string>{"财政"});
  doc = ExtractBytes(
      "各单位：\n附件\n\n任务分工\n\n| 序号 | 工作任务 | 牵头单位 | 是否纳入考核 |\n|---|---|---|---|\n"
      "| 1 | 扩大投资。 | 县发改局 | √ |\n| 2 | 建设学校。 | 县教育局 | ★ |\n",
      "plain.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].responsible_units, std::vector<std::string>{"县发改局"});
  EXPECT_EQ(doc->tasks[1].responsible_units, std::vector<std::string>{"县教育局"});
}

// Round 23 (142): of two clauses in a measure, one holding a single unit responsible (…（市场监管总局负责）)
// and one naming its lead, each unit leads its part; a labelled line of one unit stays as it was.
TEST(BuildTest, AOneUnitClauseBesideALeadsClauseLeadsItsPart) {
  Result<Document> doc = ExtractBytes(
      "各地区：\n（十二）强化校园食品安全。加强监督检查。（市场监管总局负责）完善营养改善计划。（教育部牵头，"
      "各地区按职责"
      "分工负责）\n",
      "two.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 1u);
  EXPECT_EQ(doc->tasks[0].lead_units, (std::vector<std::string>{"市场监管总局", "教育部"}));
  EXPECT_EQ(doc->tasks[0].cooperating_units, std::vector<std::string>{"各地区"});
  // Under a unit's heading its unit leads, the clauses' units help (the third review).
  doc = ExtractBytes(
      "各单位：\n附件\n\n任务分工\n\n一、县发展和改革局牵头负责的工作\n1."
      "推进消费提振行动（县商务局负责），开展促销活动"
      "（县财政局负责）。\n2.推进重大项目建设（县财政局负责）。\n",
      "unit.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, std::vector<std::string>{"县发展和改革局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (std::vector<std::string>{"县商务局", "县财政局"}));
}

// Round 22 (139): numbers restarting at two levels give ids of one shape, the section path as short as
// keeps them distinct: 一、（一）（1） is 1.1.1 wherever it stands, 二、（1） with no （一） 2.1.
TEST(BuildTest, RestartingNumbersGiveIdsOfOneShape) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n附件\n\n任务分解\n\n一、稳增长\n（一）扩大投资\n（1）新建项目10个。（县发改局负责）\n"
      "（2）争取资金。（县财政局负责）\n（二）提振消费\n（1）举办活动。（县商务局负责）\n二、惠民生\n"
      "（1）新建学校。（县教育局负责）\n",
      "ids.txt");
  ASSERT_TRUE(doc.ok());
  std::vector<std::string> ids;
  for (const Task& t : doc->tasks) ids.push_back(t.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"1.1.1", "1.1.2", "1.2.1", "2.1"}));
  // Restarting per 一、 only, through its （一）（二）: 1.3, not 1.2.3 (the second review; corpus 99).
  doc = ExtractBytes(
      "各单位：\n附件\n\n任务分解\n\n一、稳增长\n（一）扩大投资\n1.新建项目。（县发改局负责）\n2."
      "争取资金。（县财政局负责）\n"
      "（二）提振消费\n3.举办活动。（县商务局负责）\n二、惠民生\n1.新建学校。（县教育局负责）\n",
      "ids.txt");
  ASSERT_TRUE(doc.ok());
  ids.clear();
  for (const Task& t : doc->tasks) ids.push_back(t.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"1.1", "1.2", "1.3", "2.1"}));
}

// Round 27 (168): a table of units keyed by the text's task numbers (任务编号: 1, 2—3, 6～7, 11、16): each
// row's cells go to the tasks it names; a number no task has is reported; beside a task column 任务编号 is
// the row's own number.
TEST(BuildTest, ATableKeyedByTaskNumbersAssignsThem) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n附件1\n\n重点任务\n\n1.推进项目建设，完成投资100亿元。\n2.扩大有效投资，新开工项目30个。\n"
      "3.优化营商环境，压减时限30%。\n4.稳定就业，新增就业1万人。\n附件2\n\n任务分工\n\n"
      "| 序号 | 任务编号 | 责任县领导 | 牵头单位 | 配合单位 |\n|---|---|---|---|---|\n"
      "| 1 | 1—2 | 陈默 | 县发改局 | 县财政局 |\n| 2 | 3、9 | 韩启航 | 县政务服务中心 | — |\n"
      "| 3 | 第4项 | 周岩 | 县人社局 | 县财政局、县教育局 |\n",
      "keyed.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  for (size_t k : {0u, 1u}) {
    EXPECT_EQ(doc->tasks[k].lead_units, std::vector<std::string>{"县发改局"}) << k;
    EXPECT_EQ(doc->tasks[k].cooperating_units, std::vector<std::string>{"县财政局"}) << k;
    ASSERT_EQ(doc->tasks[k].leaders.size(), 1u);
  }
  EXPECT_EQ(doc->tasks[2].lead_units, std::vector<std::string>{"县政务服务中心"});
  EXPECT_EQ(doc->tasks[3].cooperating_units, (std::vector<std::string>{"县财政局", "县教育局"}));
  EXPECT_TRUE(std::any_of(doc->diagnostics.begin(), doc->diagnostics.end(), [](const Diagnostic& d) {
    return d.rule == "GW-BUILD-ORPHAN-CLAUSE" && d.message.find("第9项") != std::string::npos;
  }));
  EXPECT_EQ(internal::HeaderColumns({"任务编号", "工作任务", "牵头单位"})[0], internal::Column::kNumber);
  // The second review's: beside a column of the task's own words (工作内容, 具体内容) it is the row's number;
  // each number once; en dashes; a cell of no numbers reported.
  EXPECT_EQ(internal::HeaderColumns({"任务序号", "具体内容", "责任单位"})[0], internal::Column::kNumber);
  EXPECT_EQ(internal::TaskNumbersIn("1、1"), std::vector<int>{1});
  EXPECT_EQ(internal::TaskNumbersIn("1-3、2"), (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(internal::TaskNumbersIn("3–4"), (std::vector<int>{3, 4}));
  EXPECT_TRUE(internal::TaskNumbersIn("一").empty());
  doc = ExtractBytes(
      "各单位：\n附件1\n\n重点任务\n\n1.推进项目建设，完成投资100亿元。\n附件2\n\n任务分工\n\n"
      "| 序号 | 任务编号 | 牵头单位 | 配合单位 |\n|---|---|---|---|\n| 1 | 1 | 县发改局 | 县财政局 |\n"
      "| 2 | 第二项 | 县商务局 | — |\n",
      "keyed2.txt");
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(std::any_of(doc->diagnostics.begin(), doc->diagnostics.end(), [](const Diagnostic& d) {
    return d.rule == "GW-BUILD-ORPHAN-CLAUSE" && d.message.find("第二项") != std::string::npos;
  }));
}

// Round 36 (220): a table by unit (责任单位 | 分管县领导 | 重点工作任务 | 完成时限), each row's task cell
// numbering its tasks 1.…<br>2.…: the row a section of its unit, each item a task (id row.item), with the
// row's leader, its unit leading and a unit the item says helps (（县财政局配合）) cooperating; a 完成时限
// cell numbered alike gives each its line; each task's span its item's. A table by task whose measures are
// numbered in a cell keeps a task a row.
TEST(BuildTest, ATableByUnitMakesATaskOfEachItemInItsTaskCell) {
  const std::string text =
      "各单位：\n附件\n\n重点工作任务分解表\n\n| 责任单位 | 分管县领导 | 重点工作任务 | 完成时限 |\n"
      "| --- | --- | --- | --- |\n"
      "| 县发展和改革局 | 周海峰（常务副县长） | 1.谋划储备重大项目100个。<br>2.争取专项债券资金12亿元"
      "（县财政局配合）。 | 2025年12月底 |\n"
      "| 县财政局 | 沈若琳副县长 | 1．严控一般性支出。<br>2．化解债务风险，<br>确保按时还本付息。 | "
      "1．全年<br>2．2025年9月底前 |\n";
  Result<Document> doc = ExtractBytes(text, "units.txt");
  ASSERT_TRUE(doc.ok());
  std::vector<std::string> ids;
  for (const Task& t : doc->tasks) ids.push_back(t.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"1.1", "1.2", "2.1", "2.2"}));
  ASSERT_EQ(doc->tasks.size(), 4u);
  const Task& help = doc->tasks[1];
  EXPECT_EQ(help.text, "争取专项债券资金12亿元（县财政局配合）。");
  EXPECT_EQ(help.lead_units, std::vector<std::string>{"县发展和改革局"});
  EXPECT_EQ(help.cooperating_units, std::vector<std::string>{"县财政局"});
  EXPECT_EQ(LeaderNames(help), V{"周海峰"});
  EXPECT_EQ(text.substr(help.span.offset, help.span.length), "2.争取专项债券资金12亿元（县财政局配合）。");
  EXPECT_EQ(doc->tasks[0].cooperating_units, std::vector<std::string>{});
  EXPECT_EQ(doc->tasks[3].text, "化解债务风险，\n确保按时还本付息。");
  EXPECT_EQ(doc->tasks[3].marker, "2．");
  ASSERT_TRUE(doc->tasks[2].deadline && doc->tasks[3].deadline);
  EXPECT_EQ(doc->tasks[2].deadline->text, "全年");
  EXPECT_EQ(doc->tasks[3].deadline->text, "2025年9月底前");
  EXPECT_EQ(LeaderNames(doc->tasks[3]), V{"沈若琳"});
  ASSERT_FALSE(doc->sections.empty());
  EXPECT_EQ(doc->sections.back().heading, "县财政局");
  EXPECT_EQ(doc->sections.back().kind, SectionKind::kUnit);
  EXPECT_EQ(doc->sections.back().lead_units, std::vector<std::string>{"县财政局"});
  // (The review) a table with a 序号 is a table of tasks, whatever a row's cell numbers: no row a unit's.
  doc = ExtractBytes(
      "各单位：\n附件\n\n| 序号 | 责任单位 | 工作任务 |\n| --- | --- | --- |\n| 1 | 县发改局 | "
      "推进项目建设。 |\n"
      "| 2 | 县教育局 | 1.新建学校。<br>2.改造校舍。 |\n| 3 | 县卫健局 | 建设县医院。 |\n",
      "numbered.txt");
  ASSERT_TRUE(doc.ok());
  ids.clear();
  for (const Task& t : doc->tasks) ids.push_back(t.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"1", "2", "3"}));
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(doc->tasks[2].lead_units, std::vector<std::string>{"县卫健局"});
  // A unit's row among rows of a task each: those after it are none of its unit's.
  doc = ExtractBytes(
      "各单位：\n附件\n\n| 责任单位 | 工作任务 |\n| --- | --- |\n| 县教育局 | 1.新建学校。<br>2.改造校舍。 "
      "|\n"
      "| 县卫健局 | 建设县医院。 |\n",
      "mixed.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(doc->tasks[2].lead_units, std::vector<std::string>{"县卫健局"});
  EXPECT_TRUE(doc->tasks[2].section.empty() || doc->tasks[2].section != doc->tasks[1].section);
  doc = ExtractBytes(
      "各单位：\n附件\n\n| 序号 | 重点任务 | 具体措施 | 牵头单位 |\n| --- | --- | --- | --- |\n"
      "| 1 | 扩大有效投资 | 1.谋划项目。<br>2.争取资金。 | 县发展和改革局 |\n",
      "tasks.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 1u);
  EXPECT_EQ(doc->tasks[0].id, "1");
  // NumberedCellItems: one numbering from 1, two items at least, a line without a number the item's.
  EXPECT_EQ(internal::NumberedCellItems("1.甲\n2.乙").size(), 2u);
  EXPECT_EQ(internal::NumberedCellItems("（1）甲\n续\n（2）乙").size(), 2u);
  EXPECT_TRUE(internal::NumberedCellItems("1.甲").empty());
  EXPECT_TRUE(internal::NumberedCellItems("1.甲\n3.乙").empty());
  EXPECT_TRUE(internal::NumberedCellItems("1.甲\n（2）乙").empty());
  EXPECT_TRUE(internal::NumberedCellItems("前言\n1.甲\n2.乙").empty());
}

// Round 38 (234, 233, 236): a 台账's 任务来源 column is where the task comes from, kept beside it, not its
// words; a cell holding a table of labels and values (a DOCX's nested table, a line a row) is read as
// labelled lines; a task's own 市领导 stands for the 分管市领导 a line over its section named, unless it
// helps them.
TEST(BuildTest, ASourceColumnANestedLabelTableAndATasksOwnLeader) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n附件\n\n| 序号 | 任务来源 | 工作任务 | 牵头单位 |\n| --- | --- | --- | --- |\n"
      "| 1 | 政府工作报告 | 推进项目建设。 | 市发改委 |\n",
      "ledger.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 1u);
  EXPECT_EQ(doc->tasks[0].text, "推进项目建设。");
  ASSERT_EQ(doc->tasks[0].extra.size(), 1u);
  EXPECT_EQ(doc->tasks[0].extra[0].first, "任务来源");
  EXPECT_EQ(internal::ColumnOf("任务类别"), internal::Column::kUnknown);
  // (Round 99, 508: a 多维表格's 任务状态 is where the task stands, not its words.)
  EXPECT_EQ(internal::ColumnOf("任务状态"), internal::Column::kUnknown);
  EXPECT_EQ(internal::ColumnOf("完成时限及状态"), internal::Column::kDeadline);
  EXPECT_EQ(internal::ColumnOf("目标状态"), internal::Column::kContent);
  EXPECT_EQ(internal::NestedRowsAsLabels(
                "| 分管局领导 | 王建华 |\n| 牵头科室 | 大气环境科 |\n| 配合科室 | 监测站 |"),
            "分管局领导：王建华\n牵头科室：大气环境科\n配合科室：监测站");
  EXPECT_EQ(internal::NestedRowsAsLabels("| 牵头 | A | 配合 | B |"), "牵头：A；配合：B");
  EXPECT_EQ(internal::NestedRowsAsLabels("县发改委、县财政局"), "");
  doc = ExtractBytes(
      "各单位：\n附件\n\n一、扩大有效投资\n分管市领导：韩亦农常务副市长\n1．推进项目建设。\n"
      "（责任单位：市发改委牵头）\n2．扩大消费。\n（责任单位：市商务局牵头；市领导：林书瑶）\n"
      "3．稳定外贸。\n（责任单位：市商务局牵头；协助：副市长宋楷）\n",
      "leaders.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"韩亦农"});
  ASSERT_FALSE(doc->tasks[0].leaders.empty());
  EXPECT_EQ(doc->tasks[0].leaders[0].title, "常务副市长");
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"林书瑶"});
  EXPECT_EQ(LeaderNames(doc->tasks[2]), (V{"韩亦农", "宋楷"}));
}

// Round 39 (237, 239): a bracket of departments' short names is a clause when one of them is no field's
// word (（发改、统计）, not （交通、水利）); a leaders' cell printing each title under its name (周立群 ⏎
// 区长).
TEST(BuildTest, ShortNamesOfDepartmentsAndTitlesUnderNames) {
  EXPECT_EQ(internal::FindClauses("推进项目建设。（发改、统计）").size(), 1u);
  EXPECT_TRUE(internal::FindClauses("推进基础设施建设。（交通、水利）").empty());
  // (The second review) before the item's full stop they name its fields; 各 a place's is no division.
  EXPECT_TRUE(internal::FindClauses("推进智慧城市（城管、交通）。").empty());
  EXPECT_TRUE(internal::FindClauses("推进全域旅游。（各景区）").empty());
  EXPECT_TRUE(internal::FindClauses("完善养老服务。（包括各类养老机构）").empty());
  EXPECT_EQ(internal::FindClauses("推进农田建设。（各乡（镇）人民政府、县农业农村局）").size(), 1u);
  ClauseMatch m;
  internal::AddClausePart("责任领导", ClauseRole::kLeader, "周立群\n区长\n彭卫东\n副区长、市公安局局长", m);
  ASSERT_EQ(m.parts.size(), 1u);
  EXPECT_EQ(m.parts[0].units, (V{"周立群（区长）", "彭卫东（副区长、市公安局局长）"}));
  ClauseMatch mixed;  // (the second review) a name, then titles over the next name: no name-first pairs
  internal::AddClausePart("责任领导", ClauseRole::kLeader, "陈明、县委常委、副县长张华", mixed);
  ASSERT_EQ(mixed.parts.size(), 1u);
  EXPECT_EQ(mixed.parts[0].units, (V{"陈明", "县委常委、副县长张华"}));
  ClauseMatch titled_first;
  internal::AddClausePart("责任领导", ClauseRole::kLeader, "县委常委、常务副县长邓光明", titled_first);
  ASSERT_EQ(titled_first.parts.size(), 1u);
  EXPECT_EQ(titled_first.parts[0].units, V{"县委常委、常务副县长邓光明"});
}

// Round 41 (249, 250, 251): black brackets after a sentence inside the item are its annotation
// (…以上。【A、B】 积极…。【C】); a form's row may name a field of the form's own after a column's (督办科室
// | 督查一科); a name of four characters after a title has a compound surname (副县长 欧阳宏涛).
TEST(BuildTest, BlackBracketsMidItemAFormsOwnFieldAndACompoundSurname) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n\n各项任务【】内排在第一位的为牵头单位，其余为配合单位。\n\n一、扩大投资\n\n"
      "1.争取上级资金25亿元以上。【县发改局、县财政局】积极谋划储备项目。【县发改局、县直有关部门】\n",
      "black.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 1u);
  EXPECT_EQ(doc->tasks[0].responsible_units, (V{"县发改局", "县财政局", "县直有关部门"}));
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发改局"});
  EXPECT_TRUE(internal::FindClauses("推进项目建设【重点】，加快进度。").empty());
  doc = ExtractBytes(
      "各单位：\n附件\n\n| 任务编号 | 1 | 完成时限 | 2024年12月底前 |\n| 任务名称 | 推进项目建设。 | "
      "推进项目建设。 | 推进项目建设。 |\n"
      "| 牵头单位 | 市发改委 | 配合单位 | 市财政局 |\n| 责任领导 | 程立峰 | 督办科室 | 督查一科 |\n",
      "form.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 1u);
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"程立峰"});
  EXPECT_EQ(doc->tasks[0].responsible_units, (V{"市发改委", "市财政局"}));
  re2::StringPiece title, name;
  EXPECT_TRUE(internal::FullMatch(internal::Pat::kLeaderTitleName, "副县长 欧阳宏涛", &title, &name));
  EXPECT_EQ(std::string(name.data(), name.size()), "欧阳宏涛");
  EXPECT_FALSE(internal::FullMatch(internal::Pat::kLeaderTitleName, "副县长王明宏涛"));
}

// Round 22 (136): a 附件 table that lists again, by number, the measures the text numbered and assigned
// (1.…（A、B负责） then | 1 | … | A | B |): one task each, the table's units joined to the text's (its
// lead said there), the text's words the task's.
TEST(BuildTest, ATableListingTheTasksAgainJoinsThem) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n（一）健全网络\n1.健全服务体系。推动机构优化布局。（就业促进司、规划财务司负责）\n"
      "2.建设服务站。依托社区设施建设服务站。（就业促进司牵头，信息中心参与）\n附件\n\n重点任务分工\n\n"
      "| 序号 | 重点任务 | 牵头单位 | 参与单位 |\n|---|---|---|---|\n| 1 | 健全服务体系 | 就业促进司 | "
      "规划财务司 |\n"
      "| 2 | 建设服务站 | 就业促进司 | 信息中心 |\n",
      "again.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].id, "1");
  EXPECT_EQ(doc->tasks[0].lead_units, std::vector<std::string>{"就业促进司"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, std::vector<std::string>{"规划财务司"});
  EXPECT_EQ(doc->tasks[0].text.find("健全服务体系"), 0u);
  EXPECT_EQ(doc->tasks[0].text.find("\n"), std::string::npos) << "the table's name not added";
  // A row whose task only starts as the text's does (加强组织领导干部培训 beside 加强组织领导，成立…), or is
  // shorter than four characters, is a task of its own.
  doc = ExtractBytes(
      "各单位：\n1.加强组织领导，成立工作专班。（牵头单位：县发改局）\n2."
      "安全生产专项整治。（牵头单位：县应急局）\n"
      "附件\n\n任务清单\n\n| 序号 | 工作任务 | 牵头单位 |\n|---|---|---|\n| 1 | 加强组织领导干部培训工作 | "
      "县委组织部 |\n"
      "| 2 | 安全 | 县公安局 |\n",
      "other.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_EQ(doc->tasks[0].lead_units, std::vector<std::string>{"县发改局"});
}

// Round 20 (124): a 督查室's 交办事项N： items, 承办单位：A（主办）、B（协办）, 督办人：X a leader, and the
// rule 未标注的由 排在第一位的单位主办; a 联系人 line names no leader.
TEST(BuildTest, ItemsHandedOutByASupervisionOffice) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n承办单位有多个的，标注“主办”的为主办单位，未标注的由排在第一位的单位主办。\n附件\n\n交办事项"
      "清单\n\n"
      "交办事项1：推进园区建设。\n承办单位：县卫健局（协办）、县人民医院（主办）\n协办单位：无\n督办人：冯志"
      "远\n"
      "联系人：县卫健局 罗佳 "
      "0736-6821073\n\n交办事项2：抓好经济运行。\n承办单位：县发改局、县统计局\n协办单位：县商务局\n"
      "督办人：邵建华县长\n",
      "d.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].id, "1");
  EXPECT_EQ(doc->tasks[0].lead_units, std::vector<std::string>{"县人民医院"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, std::vector<std::string>{"县卫健局"});
  ASSERT_EQ(doc->tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[0].leaders[0].name, "冯志远");
  EXPECT_EQ(doc->tasks[1].lead_units, std::vector<std::string>{"县发改局"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, (std::vector<std::string>{"县统计局", "县商务局"}));
}

// Headings that list offices, not a person: no leader (the review's cases).
TEST(BuildTest, HeadingsOfOfficesAreNoLeaders) {
  for (const char* heading : {"张三县长、李四副县长负责的工作", "县委书记、县长负责的工作",
                              "县发改局局长、县财政局局长负责的工作", "常务副县长、副县长分管的工作",
                              "分管副县长、县直部门局长负责的工作"}) {
    Result<Document> doc = ExtractBytes(
        std::string("附件\n\n任务分工\n\n一、") + heading + "\n\n1.推进建设。（牵头单位：县发改局）\n", "o.txt");
    ASSERT_TRUE(doc.ok());
    ASSERT_EQ(doc->tasks.size(), 1u) << heading;
    EXPECT_TRUE(doc->tasks[0].leaders.empty()) << heading << ": " << doc->tasks[0].leaders[0].name;
  }
}

TEST(BuildTest, ClauseCutAcrossLinesInsideItsBrackets) {
  Result<Document> doc = ExtractBytes(
      "一、重点任务\n\n15.推进生态环境综合治理。（生态环境部牵头，国家发展改革委、水利部等按职责分\n\n工负责）\n", "c.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 1u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"生态环境部"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"国家发展改革委", "水利部"}));
}

// Regression: table cells were read by a copy of the clause-part code that had
// drifted: a lead rule in a cell stayed in the unit's name, and a column whose
// header the clause labels do not know (进度安排) lost its deadline.
TEST(BuildTest, TableCellsAreReadLikeClausePartsWithTheirColumnsRole) {
  Document doc = Extract(
      "附件\n\n任务清单\n\n| 序号 | 重点任务 | 责任单位 | 进度安排 |\n|---|---|---|---|\n"
      "| 1 | 新建城区学校 | 县教育局（首位单位为牵头单位）、县财政局 | 2024年6月底前 |\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  const Task& t = doc.tasks[0];
  EXPECT_EQ(t.lead_units, V{"县教育局"});
  EXPECT_EQ(t.cooperating_units, V{"县财政局"});
  ASSERT_TRUE(t.deadline.has_value());
  EXPECT_EQ(t.deadline->date, "2024-06-30");
}

// Round 15 (98): a notice forwarded in a mail, the mail's header and note above its issuer mark: the head
// is the notice's, found below them; a security mark above the issuer mark keeps the head at the top.
TEST(BuildTest, ANoticeBelowTheMailForwardingItHasItsHead) {
  const std::string notice =
      "潆州市人民政府办公室文件\n潆政办发〔2025〕7号\n潆州市人民政府办公室关于印发重点工作任务分工方案的通知"
      "\n"
      "各县（市、区）人民政府：\n现印发给你们，请认真贯彻执行。\n潆州市人民政府办公室\n2025年3月5日\n";
  Document doc =
      Extract("发件人：市政府办秘书二科\n主题：关于印发分工方案的通知\n各科室：\n请认真学习。\n" + notice);
  ASSERT_TRUE(doc.metadata.doc_number.has_value());
  EXPECT_EQ(doc.metadata.doc_number->text, "潆政办发〔2025〕7号");
  EXPECT_EQ(doc.metadata.issuer_mark, "潆州市人民政府办公室文件");
  EXPECT_EQ(doc.metadata.title, "潆州市人民政府办公室关于印发重点工作任务分工方案的通知");
  // A joint mark (round 15, 93): the issuers stacked, 文件 printed once between them, closes the mark.
  Document joint =
      Extract("中共黛溪县委办公室\n　　　　　　　　文件\n黛溪县人民政府办公室\n黛办发〔2025〕8号\n" +
              notice.substr(notice.find("\n", notice.find("号")) + 1));
  EXPECT_EQ(joint.metadata.issuer_mark, "中共黛溪县委办公室黛溪县人民政府办公室文件");
  // A notice that forwards another (转发), with no mail above it, is the forwarding notice, the other's
  // mark and number below its text notwithstanding.
  Document forward = Extract(
      "关于转发《平川市重点工作任务分工方案》的通知\n各乡镇人民政府：\n现转发给你们。\n"
      "平川县人民政府办公室\n2024年3月8日\n" +
      notice);
  EXPECT_EQ(forward.metadata.title, "关于转发《平川市重点工作任务分工方案》的通知");
  Document marked = Extract("特急\n" + notice);
  ASSERT_FALSE(marked.blocks.empty());
  EXPECT_EQ(marked.blocks[0].role, Role::kSecurity);
  EXPECT_EQ(marked.metadata.issuer_mark, "潆州市人民政府办公室文件");
}

// Round 16 (101): a table cut by the page, its rest under a caption 续表 (（续表）, 续上表) with the
// header's cells but no header of its own: its rows are the table's tasks. A caption over a table of
// other cells ends it.
TEST(BuildTest, TheRestOfATableUnderAContinuationCaption) {
  const std::string head =
      "附件\n\n任务清单\n\n| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n|---|---|---|---|\n"
      "| 1 | 扩大有效投资 | 县发改局 | 县财政局 |\n\n";
  Document doc = Extract(
      head + "（续表）\n\n| 2 | 提振消费 | 县商务局 | 无 |\n| 3 | 优化营商环境 | 县审批局 | 县数据局 |\n");
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[2].lead_units, V{"县审批局"});
  EXPECT_EQ(doc.tasks[2].cooperating_units, V{"县数据局"});
  EXPECT_EQ(Extract(head + "续表\n\n| 2 | 提振消费 | 县商务局 |\n").tasks.size(), 1u) << "other cells";
}

// Round 16 (99): proposals handed out (建议提案交办): 主办 leads, 会办 cooperates, 分办's units each lead
// their part; a leader's items under （一）市长X领办（2件）, one level below 一、; a note's points (注：1．…
// 2．…) no items; a web page's footer (主办：…　承办：…) no clause.
TEST(BuildTest, ProposalsHandedOutWithTheirLeadersAndLabels) {
  Document doc = Extract(
      "附件\n\n交办分工表\n\n一、市人大代表建议（3件）\n\n（一）市长林志远领办（2件）\n\n"
      "1．关于加快城际铁路前期工作的建议\n（第0007号，领衔代表：陈国梁）\n主办：市发展改革委　　会办：市交通"
      "运输局、市财政局\n\n"
      "2．关于规范校外培训的建议\n分办：市教育局、市市场监管局\n\n"
      "（二）副市长顾长林领办（1件）\n\n3．关于老旧小区加装电梯的建议\n主办：市住房城乡建设局\n\n"
      "注：1．“分办”所列单位均为主办单位。\n2．联系方式由市人大选联工委提供。\n"
      "主办：槐阳市人民政府办公室　承办：槐阳市大数据中心\n");
  Document footer = Extract(
      "附件\n\n分工\n\n一、加快发展\n1．推进项目建设。（县发改局牵头）\n2．优化营商环境。（县营商局负责）\n"
      "主办：平川县人民政府办公室\n承办：平川县大数据中心\n网站标识码：1234567890\n");
  ASSERT_EQ(footer.tasks.size(), 2u);
  EXPECT_EQ(footer.tasks[1].lead_units, V{"县营商局"}) << "a footer over lines is no clause either";
  // Round 93 (477): a site's footer giving its 主办单位 with the address and post code on its line, the
  // phone on the next.
  for (const char* tail : {"主办单位：汀川省教育厅　地址：汀州市文昌路28号　邮编：561002\n",
                           "主办单位：汀川省教育厅\n地址：汀州市文昌路28号\n"}) {
    Document site =
        Extract(std::string("附件\n\n分工\n\n一、加快发展\n1．推进项目建设。（县发改局牵头）\n") + tail);
    ASSERT_EQ(site.tasks.size(), 1u) << tail;
    EXPECT_EQ(site.tasks[0].lead_units, V{"县发改局"}) << tail;
  }
  // (The review: a proposal's 主办单位 with its phone is a clause.)
  Document proposals = Extract(
      "附件\n\n交办分工\n\n一、建议\n1.关于加快城区停车场建设的建议（第12号）\n"
      "主办单位：县住房和城乡建设局　联系电话：6123456\n");
  ASSERT_EQ(proposals.tasks.size(), 1u);
  EXPECT_EQ(proposals.tasks[0].lead_units[0], "县住房和城乡建设局");
  ASSERT_EQ(doc.tasks.size(), 3u);
  const Task& a = doc.tasks[0];
  EXPECT_EQ(a.lead_units, V{"市发展改革委"});
  EXPECT_EQ(a.cooperating_units, (V{"市交通运输局", "市财政局"}));
  ASSERT_EQ(a.leaders.size(), 1u);
  EXPECT_EQ(a.leaders[0].name, "林志远");
  EXPECT_EQ(doc.tasks[1].lead_units, (V{"市教育局", "市市场监管局"}));
  ASSERT_EQ(doc.tasks[2].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[2].leaders[0].name, "顾长林");
  EXPECT_EQ(doc.tasks[2].lead_units, V{"市住房城乡建设局"}) << "the footer is no clause of the last item";
  EXPECT_EQ(doc.tasks[2].id, "3") << "numbered straight through its leaders' sections";
}

// Round 16 (104): a row one cell short under a leader's cell merged down (a browser copies no cell for a
// rowspan): where the leader's column holds a unit, the leader is the one above.
TEST(BuildTest, ARowShortOfTheLeaderMergedAboveTakesIt) {
  Document doc = Extract(
      "附件\n\n清单\n\n序号\t重点任务\t责任区领导\t牵头单位\t配合单位\n1\t深化改革\t高建军\t区审批局\t区数据"
      "局\n"
      "2\t推行免申即享\t区发改局\t区财政局\n3\t优化报装\t唐敏\t区城管局\t区水务集团\n");
  ASSERT_EQ(doc.tasks.size(), 3u);
  ASSERT_EQ(doc.tasks[1].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[1].leaders[0].name, "高建军");
  EXPECT_EQ(doc.tasks[1].lead_units, V{"区发改局"});
  EXPECT_EQ(doc.tasks[1].cooperating_units, V{"区财政局"});
  ASSERT_EQ(doc.tasks[2].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[2].leaders[0].name, "唐敏");
}

// gaps/62 (任务交办单): a form per task, label and value side by side; each record one task, numbered by its
// 编号 (or by its place when that is no number), its 任务名称 and 目标要求 the text. A form of other labels
// (填报单位 | …) is no record.
TEST(BuildTest, FormPerTaskRecordsAreTasks) {
  Document doc = Extract(
      "附件\n\n重点工作任务交办单\n\n| 填报单位 | 县政府办 | 填报日期 | 2024年3月 |\n\n一、项目建设\n\n"
      "| 编号 | 3 | 完成时限 | 2024年11月底前 |\n| 任务名称 | 新区路网建设 | | |\n"
      "| 目标要求 | 建成道路4条。 | | |\n| 责任领导 | 郑晓东（副县长） | | |\n"
      "| 牵头单位 | 县住建局 | | |\n| 配合单位 | 县财政局、县自然资源局 | | |\n"
      "| 编号 | 交办〔2024〕4号 | 完成时限 | 持续推进 |\n| 任务名称 | 做好低保提标工作 | | |\n"
      "| 牵头单位 | 县民政局 | 配合单位 | 无 |\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  const Task& a = doc.tasks[0];
  EXPECT_EQ(a.number, 3);
  EXPECT_EQ(a.text, "新区路网建设\n建成道路4条。");
  ASSERT_EQ(a.leaders.size(), 1u);
  EXPECT_EQ(a.leaders[0].name, "郑晓东");
  EXPECT_EQ(a.lead_units, V{"县住建局"});
  EXPECT_EQ(a.cooperating_units, (V{"县财政局", "县自然资源局"}));
  ASSERT_TRUE(a.deadline.has_value());
  EXPECT_EQ(a.deadline->date, "2024-11-30");
  const Task& b = doc.tasks[1];
  EXPECT_EQ(b.marker, "交办〔2024〕4号");
  EXPECT_EQ(b.number, 2);  // its place in the table
  EXPECT_EQ(b.text, "做好低保提标工作") << "a value may hold a column's word";
  EXPECT_EQ(b.lead_units, V{"县民政局"});
  EXPECT_TRUE(b.cooperating_units.empty());
}

// Round 111 (568): a mail merge's 交办单, a form per task under a line that numbers it (交办编号：…第5号),
// rows of the form's own labels among the task's (具体要求, 量化指标 left empty, 签收情况): each record one
// task, numbered as its line says, those rows kept beside it; a record with an empty 任务名称 is none.
TEST(BuildTest, MailMergedFormsNumberedByTheLineOverThem) {
  const auto form = [](int n, const std::string& task, const std::string& lead) {
    return "县政府重点工作任务交办单\n交办编号：苍督交〔2025〕第" + std::to_string(n) +
           "号交办日期：2025年3月12日\n| 任务名称 | " + task +
           " | | |\n| 具体要求 | 按月调度。 | | |\n"
           "| 责任县领导 | 邱明远 | 完成时限 | 2025年12月底前 |\n| 牵头单位 | " +
           lead +
           " | | |\n"
           "| 配合单位 | 县统计局 | | |\n| 量化指标 | | | |\n| 签收情况 | 签收人： | | |\n\n";
  };
  Document doc = Extract("附件\n\n" + form(5, "确保地区生产总值增长", "县发展和改革局") +
                         form(9, "推进重点项目建设", "县住房和城乡建设局") + form(10, "", ""));
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[0].id, "5");
  EXPECT_EQ(doc.tasks[0].text, "确保地区生产总值增长");
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, V{"县统计局"});
  ASSERT_EQ(doc.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[0].leaders[0].name, "邱明远");
  const auto& extra = doc.tasks[0].extra;
  EXPECT_NE(
      std::find(extra.begin(), extra.end(), std::pair<std::string, std::string>{"具体要求", "按月调度。"}),
      extra.end());
  EXPECT_EQ(doc.tasks[1].id, "9");
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县住房和城乡建设局"});
}

// Round 111 (569): under a task, a label of the units' duties alone (责任单位及分工：), then a line per unit,
// its duty after a colon: 牵头 (or （牵头） after the name) leads, 配合 helps, the others are responsible,
// the first of them leading where no line says 牵头; 各乡镇（街道）： is a unit's line there.
TEST(BuildTest, UnitsDutyLinesUnderADutiesLabel) {
  Document doc = Extract(
      "附件\n\n重点任务分工\n\n按排在第一位的单位为牵头单位。\n\n一、加快发展\n"
      "1．提升产业园区承载能力。\n责任县领导：周立新\n责任单位及分工：\n县自然资源局：负责用地保障；\n"
      "县发展和改革局（牵头）：负责项目申报；\n各乡镇（街道）：负责征地拆迁。\n完成时限：2025年12月底\n"
      "2．完善县城商贸流通设施。\n职责分工：\n县商务局：负责市场改造提升；\n县住房和城乡建设局：配合县商务局"
      "做好施工许可。\n"
      "3．加强统计监测。\n责任单位及分工：\n县统计局：负责监测分析。\n");
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, (V{"县自然资源局", "各乡镇（街道）"}));
  ASSERT_EQ(doc.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[0].leaders[0].name, "周立新");
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县商务局"});
  EXPECT_EQ(doc.tasks[1].cooperating_units, V{"县住房和城乡建设局"});
  EXPECT_EQ(doc.tasks[2].lead_units, V{"县统计局"});
  // The lines numbered under the label; the label and its value on one line, as labels, as verbs or as each
  // unit's duty.
  Document more = Extract(
      "附件\n\n重点任务分工\n\n一、加快发展\n1．提升产业园区承载能力。\n责任分工：\n（1）县发展和改革局：牵头"
      "负责项目申报；\n"
      "（2）县自然资源局：负责用地保障。\n2．完善县城商贸流通设施。\n"
      "责任分工：县商务局牵头负责市场改造提升；县交通运输局配合做好物流配送；县邮政管理局负责快递进村。\n"
      "3．推动消费。\n职责分工：县商务局牵头，县文旅局配合。\n4．加强统计。\n责任分工：牵头单位：县统计局；配"
      "合单位：县财政局\n");
  ASSERT_EQ(more.tasks.size(), 4u);
  EXPECT_EQ(more.tasks[0].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(more.tasks[0].cooperating_units, V{"县自然资源局"});
  EXPECT_EQ(more.tasks[1].lead_units, V{"县商务局"});
  EXPECT_EQ(more.tasks[1].cooperating_units, (V{"县交通运输局", "县邮政管理局"}));
  EXPECT_EQ(more.tasks[2].lead_units, V{"县商务局"});
  EXPECT_EQ(more.tasks[2].cooperating_units, V{"县文旅局"});
  EXPECT_EQ(more.tasks[3].lead_units, V{"县统计局"});
  EXPECT_EQ(more.tasks[3].cooperating_units, V{"县财政局"});
  // In the task's paragraph, after its text or in its bracket.
  Document inline_duties = Extract(
      "附件\n\n重点任务分工\n\n一、加快发展\n1．完善商贸设施。改造农贸市场2个。责任分工：县商务局牵头，县交通"
      "运输局配合。\n"
      "2．推动消费。（责任分工：县商务局牵头，县文旅局配合）\n"
      "3．加强统计。职责分工：县统计局牵头负责监测分析；县财政局负责经费保障。\n");
  ASSERT_EQ(inline_duties.tasks.size(), 3u);
  EXPECT_EQ(inline_duties.tasks[0].lead_units, V{"县商务局"});
  EXPECT_EQ(inline_duties.tasks[0].cooperating_units, V{"县交通运输局"});
  EXPECT_EQ(inline_duties.tasks[1].cooperating_units, V{"县文旅局"});
  EXPECT_EQ(inline_duties.tasks[2].lead_units, V{"县统计局"});
  EXPECT_EQ(inline_duties.tasks[2].cooperating_units, V{"县财政局"});
}

// The review of round 111's code: a form's own rows hold one value (a table of three columns whose second
// header is no column's word is no form), and a form ends at a table's header; numbered lines of a group
// (组长：, 成员单位：) are no item's clause lines; a 方案's 职责分工 after its tasks, whose last names its
// units, gives them none; a document's number over a form (文件编号：…〔2025〕15号) numbers no task.
TEST(BuildTest, ReviewOfRound111Readings) {
  Document table = Extract(
      "附件\n\n2025年重点项目责任分解表\n\n| 重点项目 | 建设内容 | 责任单位 |\n| 城东污水厂 | 日处理2万吨 | "
      "县住建局 |\n"
      "| 滨河公园 | 绿化面积8公顷 | 县城管局 |\n");
  ASSERT_EQ(table.tasks.size(), 2u);
  EXPECT_EQ(table.tasks[1].responsible_units, V{"县城管局"});
  Document form_then_table = Extract(
      "附件\n\n| 任务名称 | 确保地区生产总值增长 |\n| 具体要求 | 按月调度。 |\n| 牵头单位 | 县发展和改革局 "
      "|\n\n"
      "| 序号 | 具体工作任务 | 责任单位及分工 |\n| 1 | 推进重大项目建设 | 县发改局牵头，县财政局配合 |\n");
  ASSERT_EQ(form_then_table.tasks.size(), 2u);
  EXPECT_EQ(form_then_table.tasks[1].lead_units, V{"县发改局"});
  const std::string tasks =
      "某县2025年城乡环境整治提升实施方案\n\n一、重点任务\n（一）整治城区道路。牵头单位：县住建局；配合单位："
      "县交通运输局。\n"
      "（二）治理农村垃圾。牵头单位：县城管局。\n\n";
  Document group = Extract(tasks +
                           "二、保障措施\n（一）加强组织领导。成立工作领导小组。\n1.组长：王强（县长）\n"
                           "2.成员单位：县住建局、县城管局\n（二）强化督查考核。\n");
  ASSERT_EQ(group.tasks.size(), 2u);
  EXPECT_EQ(group.tasks[1].id, "2");
  Document duties = Extract(tasks + "职责分工：\n县住建局：负责统筹协调；\n县财政局：负责资金保障。\n");
  ASSERT_EQ(duties.tasks.size(), 2u);
  EXPECT_EQ(duties.tasks[1].responsible_units, V{"县城管局"});
  Document numbered = Extract(
      "附件\n\n交办单\n文件编号：苍政办〔2025〕15号\n| 任务名称 | 加快园区建设 |\n| 具体要求 | 按季通报。 |\n"
      "| 牵头单位 | 县工信局 |\n\n交办单（编号：7）\n| 任务名称 | 推进项目建设 |\n| 牵头单位 | 县住建局 |\n");
  ASSERT_EQ(numbered.tasks.size(), 2u);
  EXPECT_EQ(numbered.tasks[0].id, "1");
  EXPECT_EQ(numbered.tasks[1].id, "7");
}

// The review of round 112's code: a line of the item's text between it and its duties' label; an item that
// names its lead already, the first duty line naming it again; labels ending in 职责; a form's row of two
// pairs, a Markdown row short of the form's cells; a form's own number label (交办单编号：12, 交办编号：
// 督办〔2025〕13号); a run of numbered lines opened by 完成时限; prose or a leader's post under 责任分工
// names no unit; a project's owner beside its 行业主管部门 helps it.
TEST(BuildTest, ReviewOfRound112Readings) {
  const std::string head = "附件\n\n重点任务分工\n\n一、加快发展\n";
  Document duties = Extract(
      head +
      "1．提升园区承载能力。\n加快园区道路建设。\n责任单位及分工：\n县发展和改革局：牵头负责项目申报；\n"
      "县自然资源局：负责用地保障。\n2．完善商贸设施。牵头单位：县商务局。\n牵头单位职责：\n县商务局：牵头负"
      "责市场改造；\n"
      "县住建局：配合做好施工许可。\n3．推进城东污水厂建设。\n（1）完成时限：2025年6月底前\n（2）牵头单位：县"
      "住建局\n"
      "（3）配合单位：县财政局\n4．完善物流体系。\n责任分工：县分管领导牵头，县商务局具体负责。\n"
      "5．改造农贸市场。\n责任分工：按照“谁主管、谁负责”原则，由各行业主管部门负责。\n");
  ASSERT_EQ(duties.tasks.size(), 5u);
  EXPECT_EQ(duties.tasks[0].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(duties.tasks[0].cooperating_units, V{"县自然资源局"});
  EXPECT_EQ(duties.tasks[1].lead_units, V{"县商务局"});
  EXPECT_EQ(duties.tasks[1].cooperating_units, V{"县住建局"});
  EXPECT_EQ(duties.tasks[2].lead_units, V{"县住建局"});
  EXPECT_EQ(duties.tasks[2].cooperating_units, V{"县财政局"});
  EXPECT_TRUE(
      duties.tasks[3].responsible_units.empty());  // a leader's post is no unit, nor 具体负责 its name
  EXPECT_TRUE(duties.tasks[4].responsible_units.empty());
  Document forms = Extract(
      "附件\n\n交办单编号：12\n| 任务名称 | 推进城东污水厂建设 | 责任县领导 | 王强 |\n"
      "| 具体要求 | 6月底前完成主体工程。 | 办理时限 | 6月30日 |\n| 督办科室 | 督查一科 |\n"
      "| 牵头单位 | 县住建局 | 配合单位 | 县财政局 |\n\n交办编号：督办〔2025〕13号\n| 任务名称 | "
      "推进环城路建设 | | |\n"
      "| 牵头单位 | 县交通运输局 | | |\n");
  ASSERT_EQ(forms.tasks.size(), 2u);
  EXPECT_EQ(forms.tasks[0].id, "12");
  ASSERT_EQ(forms.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(forms.tasks[0].leaders[0].name, "王强");
  EXPECT_EQ(forms.tasks[0].lead_units, V{"县住建局"});
  EXPECT_EQ(forms.tasks[0].cooperating_units, V{"县财政局"});
  EXPECT_EQ(forms.tasks[1].id, "13");
  // The review of round 113's code: a number over every form is the notice's, none of theirs.
  Document shared = Extract(
      "附件\n\n督办编号：县督〔2025〕18号\n| 任务名称 | 推进老旧小区改造 | | |\n| 牵头单位 | 县住建局 | | "
      "|\n\n"
      "督办编号：县督〔2025〕18号\n| 任务名称 | 开展交通拥堵治理 | | |\n| 牵头单位 | 县公安局 | | |\n");
  ASSERT_EQ(shared.tasks.size(), 2u);
  EXPECT_EQ(shared.tasks[0].id, "1");
  EXPECT_EQ(shared.tasks[1].id, "2");
  // A 方案's list of every body's duties after its last task (各单位工作职责：), and prose of 各 under
  // 责任分工, name no task's units.
  Document lists =
      Extract(head +
              "1．加强督查考核。定期通报进展。\n各单位工作职责：\n县农业农村局：负责统筹协调；\n县财政局：负"
              "责资金保障。\n"
              "2．加强火源管控。严禁野外用火。责任分工：各级领导干部负责包片督导，各护林员负责日常巡查。\n"
              "3．开展隐患排查。（牵头单位：县林业局）\n");
  // (Items 1 and 2, given no units, are no tasks.)
  ASSERT_EQ(lists.tasks.size(), 1u);
  EXPECT_EQ(lists.tasks[0].id, "3");
  EXPECT_EQ(lists.tasks[0].lead_units, V{"县林业局"});
  Result<Document> owners = ExtractBytes(
      "各单位：\n\n| 序号 | 项目名称 | 项目业主 | 行业主管部门 | 包抓县级领导 |\n|---|---|---|---|---|\n"
      "| 1 | 城东污水处理厂 | 县城投公司 | 县住建局 | 王强 |\n",
      "o.md");
  ASSERT_TRUE(owners.ok());
  ASSERT_EQ(owners->tasks.size(), 1u);
  EXPECT_EQ(owners->tasks[0].lead_units, V{"县住建局"});
  EXPECT_EQ(owners->tasks[0].cooperating_units, V{"县城投公司"});
}

// Round 11 (corpus/generalization 65): groups （一）…（N） numbered straight through the 一、
// sections, each closing with its leaders after a label (省领导：), once on a line of its own; ⑴
// tasks restarting per group, cited group.task; a clause with a third part (C落实).
TEST(BuildTest, GroupsWithLabelledLeadersNumberedThroughTheSections) {
  Document doc = Extract(
      "附件\n\n分工方案\n\n一、扩大内需\n（一）持续扩大有效投资。（省领导：陈卫东、刘志宏）\n"
      "⑴全年安排项目1200个。（省发展改革委牵头，省财政厅等配合，各市、县（市、区）政府落实）\n"
      "⑵加快建设。（省财政厅负责）\n二、深化改革\n（二）深化人才发展体制机制改革。\n（省领导：赵敏）\n"
      "⑴实施英才计划。（省委人才办负责）\n");
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[0].id, "1.1");
  EXPECT_EQ(doc.tasks[1].id, "1.2");
  EXPECT_EQ(doc.tasks[2].id, "2.1");
  EXPECT_EQ(LeaderNames(doc.tasks[0]), (V{"陈卫东", "刘志宏"}));
  EXPECT_EQ(LeaderNames(doc.tasks[1]), (V{"陈卫东", "刘志宏"}));
  EXPECT_EQ(LeaderNames(doc.tasks[2]), V{"赵敏"});
  EXPECT_EQ(doc.tasks[0].lead_units, V{"省发展改革委"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, (V{"省财政厅", "各市、县（市、区）政府"}));
}

// Round 11 (66, 68): a clause line after a pointer (→); the clause as the task's last sentence
// after 此项工作; a unit's section (二、办公室牵头的工作) whose tasks name only who helps (B配合。).
TEST(BuildTest, PointerLinesTrailingSentencesAndAUnitsSection) {
  Document doc = Extract(
      "附件\n\n任务分工\n\n一、城市建设\n（1）实施城市更新行动。\n→责任人：副县长 "
      "陈卫国；牵头单位：县住建局；协同单位：县财政局\n"
      "（2）推进海绵城市建设。此项工作由城市建设科负责，市政公用科、计划财务科配合。\n"
      "二、办公室牵头的工作\n（1）做好公文运转工作。\n（2）抓好政务公开工作。各业务科室配合。\n");
  ASSERT_EQ(doc.tasks.size(), 4u);
  ASSERT_EQ(doc.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[0].leaders[0].name, "陈卫国");
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县住建局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, V{"县财政局"});
  EXPECT_EQ(doc.tasks[1].lead_units, V{"城市建设科"});
  EXPECT_EQ(doc.tasks[1].cooperating_units, (V{"市政公用科", "计划财务科"}));
  EXPECT_EQ(doc.tasks[2].lead_units, V{"办公室"});
  EXPECT_EQ(doc.tasks[3].lead_units, V{"办公室"});
  EXPECT_EQ(doc.tasks[3].cooperating_units, V{"各业务科室"});
}

// Round 30 (184): unit lines that are each a record of their own (牵头单位：A；参加单位：B then 责任单位：X,
// or two 责任单位 lines of one unit each): each one's unit leads its part; 牵头单位：A then 责任单位：B、C is
// one record, B and C its helpers. (183) A rule after a comma in a labelled clause is no unit.
TEST(BuildTest, UnitLinesThatAreRecordsOfTheirOwnEachLeadTheirPart) {
  Document doc = Extract(
      "1.建立协同机制，明确管理职责。\n牵头单位：国家林草局；参加单位：中央编办、自然资源部\n"
      "责任单位：有关省级人民政府\n"
      "2.建立多元化资金保障机制。\n责任单位：财政部\n责任单位：国家发展改革委\n"
      "3.加强森林草原防火。\n牵头单位：应急管理部\n责任单位：国家林草局、公安部\n"
      "4."
      "扩大边民互市贸易商品范围。（负责部门：商务部、财政部，列第一位者为牵头部门，下同；适用范围：边合区）\n"
      "5.支持边合区发展加工贸易。（负责部门：海关总署、税务总局）\n");
  ASSERT_EQ(doc.tasks.size(), 5u);
  EXPECT_EQ(doc.tasks[0].lead_units, (V{"国家林草局", "有关省级人民政府"}));
  EXPECT_EQ(doc.tasks[0].cooperating_units, (V{"中央编办", "自然资源部"}));
  EXPECT_EQ(doc.tasks[1].lead_units, (V{"财政部", "国家发展改革委"}));
  EXPECT_EQ(doc.tasks[2].lead_units, V{"应急管理部"});
  EXPECT_EQ(doc.tasks[2].cooperating_units, (V{"国家林草局", "公安部"}));
  EXPECT_EQ(doc.tasks[3].responsible_units, (V{"商务部", "财政部"}));
  EXPECT_EQ(doc.tasks[3].lead_units, V{"商务部"});
  EXPECT_EQ(doc.tasks[4].lead_units, V{"海关总署"});
}

// Round 30 (187): under a leader's heading, （与常务副县长周振宇共同负责） names a second leader, no unit; a
// title alone before another leader's (县政府党组成员、县经济开发区党工委书记林涛) is his, no person.
TEST(BuildTest, ACoLeaderBesideTheHeadingsLeaderIsALeader) {
  Document doc = Extract(
      "一、县长韩立东负责的工作\n1."
      "实施县级重点项目120个，完成年度投资160亿元。（与常务副县长周振宇共同负责）\n"
      "责任单位：县发展和改革局（牵头）、县自然资源局\n"
      "2.开发区规上工业总产值增长15%。（与县政府党组成员林涛共同负责）\n责任单位：县经济开发区管委会\n"
      "二、其他县领导分管的工作\n1.深化开发区改革。（责任领导：县政府党组成员、县经济开发区党工委书记林涛；"
      "责任单位：县经济开发区管委会）\n");
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(LeaderNames(doc.tasks[0]), (V{"韩立东", "周振宇"}));
  EXPECT_EQ(doc.tasks[0].responsible_units, (V{"县发展和改革局", "县自然资源局"}));
  EXPECT_EQ(LeaderNames(doc.tasks[1]), (V{"韩立东", "林涛"}));
  EXPECT_EQ(doc.tasks[1].responsible_units, V{"县经济开发区管委会"});
  EXPECT_EQ(LeaderNames(doc.tasks[2]), V{"林涛"});
}

// Round 34 (212): （协助：副县长陈思远） names a leader who helps the heading's, no unit; 协助： before units
// names helpers, as 配合： does.
TEST(BuildTest, AHelperWhoIsAPersonIsALeader) {
  Document doc = Extract(
      "一、县委副书记、县长周劲松牵头（2项）\n1．全力抓好项目建设，全年实施重点项目150个。（协助：副县长陈思"
      "远）\n"
      "牵头：县发展和改革局　配合：县自然资源局\n2．积极争取专项债券资金30亿元以上。（协助：常务副县长刘长青"
      "、"
      "县长助理王凯）\n责任：县财政局\n3．推进园区建设。（牵头：县工业和信息化局；协助：县财政局、县统计局）"
      "\n");
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(LeaderNames(doc.tasks[0]), (V{"周劲松", "陈思远"}));
  EXPECT_EQ(doc.tasks[0].responsible_units, (V{"县发展和改革局", "县自然资源局"}));
  EXPECT_EQ(LeaderNames(doc.tasks[1]), (V{"周劲松", "刘长青", "王凯"}));
  EXPECT_EQ(doc.tasks[1].responsible_units, V{"县财政局"});
  EXPECT_EQ(doc.tasks[2].lead_units, V{"县工业和信息化局"});
  EXPECT_EQ(doc.tasks[2].cooperating_units, (V{"县财政局", "县统计局"}));
}

// Round 31 (189): a （K） heading with its own clause over 1. 2. items with none is the task, its id K beside
// the K.N of the groups whose items carry the clauses; a heading with a 包片领导： line under it stays one.
TEST(BuildTest, AHeadingWithItsOwnClauseOverItemsWithNoneIsTheTask) {
  Document doc = Extract(
      "二、重点任务\n（一）全面摸清管网底数\n1."
      "开展管网普查。全面普查燃气、供水等地下管网。（住房城乡建设部牵头，"
      "自然资源部按职责分工负责）\n2."
      "建立管网信息台账。整合各类管网普查数据。（住房城乡建设部、自然资源部负责）\n"
      "（二）完善管网规划和标准体系（住房城乡建设部、自然资源部负责）\n1.编制城市地下管网专项规划。\n"
      "2.健全标准规范。\n（三）推进地下综合管廊建设（国家发展改革委牵头，财政部按职责分工负责）\n"
      "1.因地制宜推进综合管廊建设。\n（四）强化资金保障\n1.加大财政支持力度。（财政部负责）\n");
  V ids;
  for (const Task& t : doc.tasks) ids.push_back(t.id);
  EXPECT_EQ(ids, (V{"1.1", "1.2", "2", "3", "4.1"}));
  ASSERT_EQ(doc.tasks.size(), 5u);
  EXPECT_EQ(doc.tasks[2].responsible_units, (V{"住房城乡建设部", "自然资源部"}));
  EXPECT_NE(doc.tasks[2].text.find("健全标准规范"), std::string::npos);  // its items are its text
  EXPECT_EQ(doc.tasks[3].lead_units, V{"国家发展改革委"});
}

// The review of round 30's rules: 成立工作专班： opens an item with a verb, no unit; a 责任单位 line with its
// 完成时限 is still a record of its own; 县妇联主席 is a body's head, no co-leader; a bare （由A负责） after
// a comma closes its item when the next item is its sibling.
TEST(BuildTest, Round30RulesKeepToTheirCases) {
  Document doc = Extract(
      "附件\n\n1.成立工作专班：从县应急局、县公安局抽调骨干力量，集中办公。\n"
      "2.推进项目建设。（县发改局负责）\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发改局"});
  doc = Extract(
      "1.推进老旧小区改造。（责任单位：县住建局；完成时限：6月底前）加快建设保障房。（责任单位：县发改局；"
      "完成时限：9月底前）\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_EQ(doc.tasks[0].lead_units, (V{"县住建局", "县发改局"}));
  doc = Extract("一、县教育局牵头的工作\n1.推进家庭教育指导服务。（与县妇联主席共同负责）\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_TRUE(doc.tasks[0].leaders.empty());
  EXPECT_EQ(doc.tasks[0].responsible_units, (V{"县教育局", "县妇联主席"}));
  doc = Extract(
      "一、推进改革\n（一）推进重点领域改革，完善相关制度机制（由国家发展改革委会同有关部门负责）\n"
      "（二）加强统筹协调，确保落地见效。（市场监管总局负责）\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"国家发展改革委"});
  EXPECT_EQ(doc.tasks[1].lead_units, V{"市场监管总局"});
}

// Round 31 (191): a task merged over rows of its measures, under a rule that the first unit leads: each row's
// first unit leads; a section row's （责任县领导：X） gives its tasks their leader; a 续表 row typed in the
// table over the header again is the page's caption, not a part of the notice.
TEST(BuildTest, EachRowOfAMergedTaskLeadsItsPart) {
  Document doc = Extract(
      "各单位：\n责任单位排在第一位的为牵头单位。\n\n<table><tr><th>序号</th><th>重点任务</th><th>具体措施</"
      "th>"
      "<th>责任单位</th><th>完成时限</th></tr>\n<tr><td "
      "colspan=\"5\">一、扩大有效需求（责任县领导：刘志远）</td></tr>\n"
      "<tr><td rowspan=\"2\">1</td><td rowspan=\"2\">扩大有效投资</td><td>实施县级重点项目120个。</td>"
      "<td>县发改局、县财政局</td><td>12月底前</td></tr>\n<tr><td>争取专项债券资金。</"
      "td><td>县财政局、县住建局</td>"
      "<td>6月底前</td></tr>\n<tr><td colspan=\"5\">续表</td></tr>\n<tr><td>序号</td><td>重点任务</td>"
      "<td>具体措施</td><td>责任单位</td><td>完成时限</td></tr>\n<tr><td>2</td><td>提振消费</"
      "td><td>举办促消费活动。"
      "</td><td>县商务局</td><td>12月底前</td></tr></table>\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[0].lead_units, (V{"县发改局", "县财政局"}));
  EXPECT_EQ(doc.tasks[0].cooperating_units, V{"县住建局"});
  for (const Task& t : doc.tasks) {
    ASSERT_EQ(t.leaders.size(), 1u) << t.id;
    EXPECT_EQ(t.leaders[0].name, "刘志远");
  }
}

// Round 31 (194): a status mark before a task's text (✅, 🔄, ⚠️ with its selector) is kept beside it, not
// in it; ★ and ● are marks of the notice's own and stay. 牵头单位：A、B（共同牵头）: both lead.
TEST(BuildTest, AStatusMarkIsKeptBesideTheTasksText) {
  EXPECT_EQ(internal::StatusMarkLength("✅ 深化改革"), std::string_view("✅ ").size());
  EXPECT_EQ(internal::StatusMarkLength("⚠\uFE0F 清理欠款"), std::string_view("⚠\uFE0F ").size());
  EXPECT_EQ(internal::StatusMarkLength("★深化改革"), 0u);
  EXPECT_EQ(internal::StatusMarkLength("●深化改革"), 0u);
  EXPECT_EQ(internal::StatusMarkLength("🔟 深化改革"), 0u);
  EXPECT_EQ(internal::StatusMarkLength("深化改革✅"), 0u);
  Document doc = Extract(
      "1. ✅ 深化“高效办成一件事”改革。\n    - 牵头单位：市发展改革委、市财政局（共同牵头）\n"
      "2. ⚠️ 清理拖欠企业账款。\n    - 牵头单位：市工信局\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[0].text, "深化“高效办成一件事”改革。");
  ASSERT_EQ(doc.tasks[0].extra.size(), 1u);
  EXPECT_EQ(doc.tasks[0].extra[0], (std::pair<std::string, std::string>{"状态", "✅"}));
  EXPECT_EQ(doc.tasks[0].lead_units, (V{"市发展改革委", "市财政局"}));
  EXPECT_TRUE(doc.tasks[1].text.starts_with("清理"));
}

// (The review's) a line of leaders alone right after each task is that task's, where the notice prints none
// above its tasks; where it does (under the heading, over the first task), it is the tasks' below.
TEST(BuildTest, ALeaderLineAfterATaskIsItsOwn) {
  Document doc = Extract(
      "附件\n\n一、重点工作\n1.推进项目建设，完成投资10亿元。\n责任领导：王磊\n"
      "2.推进园区建设，新建厂房5万平方米。\n责任领导：李强\n3.推进城市更新。\n责任领导：张伟\n");
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(LeaderNames(doc.tasks[0]), V{"王磊"});
  EXPECT_EQ(LeaderNames(doc.tasks[1]), V{"李强"});
  EXPECT_EQ(LeaderNames(doc.tasks[2]), V{"张伟"});
  doc = Extract(
      "附件\n\n一、重点工作\n县领导：王磊\n1.推进项目建设，完成投资10亿元。（县发改局负责）\n"
      "2.推进园区建设，新建厂房5万平方米。（县工信局负责）\n县领导：李强\n3."
      "推进城市更新。（县住建局负责）\n");
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(LeaderNames(doc.tasks[0]), V{"王磊"});
  EXPECT_EQ(LeaderNames(doc.tasks[1]), V{"王磊"});
  EXPECT_EQ(LeaderNames(doc.tasks[2]), V{"李强"});
}

// Round 32 (198): （以下任务由县委办牵头） on a line of its own leads the items below it, not a clause of the
// item above.
TEST(BuildTest, ALineSayingWhoLeadsTheItemsBelowIsTheirs) {
  Document doc = Extract(
      "附件\n\n31.推进机构职能体系优化。\n牵头县领导：林秋燕\n牵头单位：县委编办\n（以下任务由县委办牵头）\n"
      "32.深化“四下基层”制度化常态化。\n牵头县领导：宋涛\n参与单位：县政府办公室、县纪委监委\n"
      "33.推进数字机关建设。\n牵头县领导：宋涛\n");
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[0].responsible_units, V{"县委编办"});
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县委办"});
  EXPECT_EQ(doc.tasks[1].cooperating_units, (V{"县政府办公室", "县纪委监委"}));
  EXPECT_EQ(doc.tasks[2].lead_units, V{"县委办"});
}

// The second review of this session's rules: a 一是 task under a 1. heading stays in it; a bare （由A负责）
// after a comma closes the last item before 二、 too; leaders parted by a space keep their title and end at a
// comma before the next label; 牵头单位：A（牵头）、B keeps B a helper and 责任单位：A、B（共同牵头） makes
// both lead; a heading's leaders end with the heading a sibling task closes; ❶ is a number, not a status.
TEST(BuildTest, SecondReviewRulesKeepToTheirCases) {
  const auto names = [](const Task& t) {
    V out;
    for (const Leader& l : t.leaders) out.push_back(l.title + l.name);
    return out;
  };
  Document doc = Extract(
      "一、着力稳定经济增长\n1.稳定工业增长\n一是加快推进企业技术改造（县工信局负责）。\n"
      "二是大力培育专精特新企业（县科技局负责）。\n2.扩大有效投资\n一是加快重大项目建设（县发改局负责）。\n");
  V ids;
  for (const Task& t : doc.tasks) ids.push_back(t.id);
  EXPECT_EQ(ids, (V{"1.1", "1.2", "2.1"}));
  doc = Extract(
      "一、扩大有效需求\n（一）推进重大项目建设，加快前期工作进度（由县发改局负责）\n"
      "（二）促进消费提质扩容，培育新型消费业态（由县商务局负责）\n二、深化改革开放\n"
      "（三）优化营商环境，深化放管服改革（由县政务服务中心负责）\n");
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县商务局"});
  EXPECT_EQ(doc.tasks[2].lead_units, V{"县政务服务中心"});
  doc = Extract(
      "1.推进重大项目建设。（责任县领导：韩立东 梁正文，牵头单位：县发改局，配合单位：县财政局）\n"
      "2.促进消费提质扩容。（责任领导：副县长 韩立东 梁正文；牵头单位：县商务局）\n"
      "3.推进项目建设。（牵头单位：县发改局（牵头）、县财政局）\n"
      "4.推进文旅融合。（责任单位：县商务局、县文旅局（共同牵头）、县财政局）\n"
      "5.❶推进园区建设。（县工信局负责）\n");
  ASSERT_EQ(doc.tasks.size(), 5u);
  EXPECT_EQ(names(doc.tasks[0]), (V{"韩立东", "梁正文"}));
  EXPECT_EQ(names(doc.tasks[1]), (V{"副县长韩立东", "梁正文"}));
  EXPECT_EQ(doc.tasks[2].cooperating_units, V{"县财政局"});
  EXPECT_EQ(doc.tasks[3].lead_units, (V{"县商务局", "县文旅局"}));
  EXPECT_TRUE(doc.tasks[4].text.starts_with("❶"));
  doc = Extract(
      "一、扩大有效需求\n（一）推进重大项目建设（责任县领导：刘志远）\n1.加快前期工作进度（县发改局负责）\n"
      "2.强化要素保障（县自然资源局负责）\n（二）完善城市管网规划（县住建局、县水利局负责）\n"
      "1.编制供水管网专项规划\n2.推进雨污分流改造\n（三）促进消费提质扩容（县商务局牵头，县文旅局配合）\n"
      "（四）培育新型消费（责任县领导：王建平）\n1.发展直播电商（县商务局负责）\n");
  ASSERT_EQ(doc.tasks.size(), 5u);
  EXPECT_EQ(LeaderNames(doc.tasks[1]), V{"刘志远"});
  EXPECT_TRUE(doc.tasks[2].leaders.empty());
  EXPECT_TRUE(doc.tasks[3].leaders.empty());
  EXPECT_EQ(LeaderNames(doc.tasks[4]), V{"王建平"});
}

// Round 33 (204): a label in a cover's paragraph that names no one (【完成时限】所列月份为…) makes no task; a
// unit marked （主责） leads as one marked （牵头） does.
TEST(BuildTest, ACoverLabelNamingNoOneIsNoTaskAndZhuzeLeads) {
  Document doc = Extract(
      "各单位：\n　　二、建立工作台账。各牵头单位要于3月25日前报送计划，【完成时限】所列月份为任务完成的最后"
      "时间节点。\n"
      "附件\n\n任务分解\n\n一、稳增长\n（1）开展招商引资“百日攻坚”。\n【责任单位】县投资促进服务中心（主责）"
      "、"
      "芷川工业园区管委会【完成时限】2025年12月\n（2）推进电力保障能力提升工程。\n【责任单位】县发展和改革局"
      "（牵头）、"
      "县财政局【完成时限】2025年8月\n");
  V ids;
  for (const Task& t : doc.tasks) ids.push_back(t.id);
  EXPECT_EQ(ids, (V{"1", "2"}));
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县投资促进服务中心"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, V{"芷川工业园区管委会"});
}

// Round 33 (206): 一是/二是 points on lines of their own under 11. are its points, the clause after the last
// the item's; 责任村 is a label of units.
TEST(BuildTest, ShiPointsUnderAnItemAreItsOwn) {
  Document doc = Extract(
      "各村（社区）：\n排在第一位的为牵头站所。\n一、推进乡村振兴\n10.稳定粮食生产。一是粮食播种面积稳定在3."
      "6万亩以上。"
      "（分管领导：唐晓梅；责任站所：农业服务中心；责任村：各村）\n11.抓好高标准农田建设和耕地保护。\n"
      "一是完成高标准农田建设5000亩；\n二是开展撂荒地整治，复耕撂荒地600亩；\n三是坚决遏制耕地“非农化”。\n"
      "（分管领导：唐晓梅；责任站所：自然资源所、农业服务中心；责任村：各村）\n"
      "12.发展特色产业。（分管领导：唐晓梅；责任站所：农业服务中心）\n");
  V ids;
  for (const Task& t : doc.tasks) ids.push_back(t.id);
  EXPECT_EQ(ids, (V{"10", "11", "12"}));
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[0].responsible_units, (V{"农业服务中心", "各村"}));
  EXPECT_EQ(doc.tasks[1].lead_units, V{"自然资源所"});
  EXPECT_EQ(doc.tasks[1].cooperating_units, (V{"农业服务中心", "各村"}));
  EXPECT_NE(doc.tasks[1].text.find("三是"), std::string::npos);
}

// Round 45 (278): a 目标责任书's table of indicators, `序号 | 考核指标 | 目标值 | 分值 | 责任县领导 |
// 牵头单位 | 配合单位`: each indicator a task, its text the indicator's name, its target and points fields of
// their own.
TEST(BuildTest, AnIndicatorsTableHasATaskPerIndicator) {
  using internal::Column;
  EXPECT_EQ(
      internal::HeaderColumns({"序号", "考核指标", "目标值", "分值", "责任县领导", "牵头单位", "配合单位"}),
      (std::vector<Column>{Column::kNumber, Column::kTask, Column::kUnknown, Column::kUnknown,
                           Column::kLeader, Column::kLead, Column::kCooperating}));
  EXPECT_EQ(internal::ColumnOf("指标"), Column::kUnknown);  // beside a 重点任务 column, a field of its own
  EXPECT_EQ(internal::ColumnOf("预期值"), Column::kUnknown);
  EXPECT_EQ(internal::ColumnOf("工作目标"), Column::kContent);
  Document doc = Extract(
      "| 序号 | 考核指标 | 目标值 | 分值 | 责任县领导 | 牵头单位 | 配合单位 "
      "|\n|---|---|---|---|---|---|---|\n"
      "| 1 | 森林覆盖率 | ≥62.5% | 4 | 杜明远 | 县林业局 | 县自然资源局 |\n"
      "| 2 | 地区生产总值增速 | 6.5% | 5 | 杜明远 | 县发展和改革局 | 县统计局 |\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[0].text, "森林覆盖率");
  EXPECT_EQ(doc.tasks[0].lead_units, std::vector<std::string>{"县林业局"});
  ASSERT_FALSE(doc.tasks[0].extra.empty());
  EXPECT_EQ(doc.tasks[0].extra[0], (std::pair<std::string, std::string>{"目标值", "≥62.5%"}));
}

// Round 44 (271): a table `序号 | 工作任务及责任分工 | 完成时限`, each task's cell its words over labelled
// lines (牵头单位：A；配合单位：B ⏎ 责任区领导：X, in either order): the lines are the task's clause, not its
// words.
TEST(BuildTest, ATaskCellWithItsResponsibilityUnderItsWords) {
  EXPECT_EQ(internal::ColumnOf("工作任务及责任分工"), internal::Column::kTask);
  EXPECT_EQ(internal::ColumnOf("重点任务和责任单位"), internal::Column::kTask);
  Document doc = Extract(
      "| 序号 | 工作任务及责任分工 | 完成时限 |\n|---|---|---|\n"
      "| 1 | "
      "全区地区生产总值增长6%左右。<br>牵头单位：区发展和改革局；配合单位：区财政局、区统计局<br>"
      "责任区领导：蒋明哲 | 12月底前 |\n"
      "| 2 | 加快开发区扩区调位。<br>责任区领导：顾长林<br>牵头单位：青枫经济开发区管委会 | 11月底前 |\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[0].text, "全区地区生产总值增长6%左右。");
  EXPECT_EQ(doc.tasks[0].lead_units, std::vector<std::string>{"区发展和改革局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, (std::vector<std::string>{"区财政局", "区统计局"}));
  ASSERT_EQ(doc.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[0].leaders[0].name, "蒋明哲");
  EXPECT_EQ(doc.tasks[1].lead_units, std::vector<std::string>{"青枫经济开发区管委会"});
  ASSERT_EQ(doc.tasks[1].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[1].leaders[0].name, "顾长林");
}

// Round 30 (188): a bureau's table names its offices' columns 责任科室, 负责处室, 主办科室 and 配合科室.
TEST(BuildTest, AnOfficesColumnsAreUnitColumns) {
  using internal::Column;
  EXPECT_EQ(internal::HeaderColumns({"序号", "工作任务", "分管领导", "责任科室", "配合科室", "完成时限"}),
            (std::vector<Column>{Column::kNumber, Column::kTask, Column::kLeader, Column::kResponsible,
                                 Column::kCooperating, Column::kDeadline}));
  EXPECT_EQ(internal::HeaderColumns({"序号", "重点工作", "主办科室", "协办科室", "负责处室", "承办股室"}),
            (std::vector<Column>{Column::kNumber, Column::kTask, Column::kLead, Column::kCooperating,
                                 Column::kResponsible, Column::kResponsible}));
  EXPECT_EQ(internal::ColumnOf("责任人"), Column::kLeader);
  EXPECT_EQ(internal::ColumnOf("责任领导"), Column::kLeader);
  EXPECT_EQ(internal::ColumnOf("负责部门"), Column::kResponsible);
  EXPECT_EQ(internal::ColumnOf("主办单位"), Column::kLead);
  EXPECT_EQ(internal::ColumnOf("承办部门"), Column::kResponsible);
  EXPECT_EQ(internal::ColumnOf("责任乡镇"), Column::kResponsible);
  // (The review's: words of a task's or a person's column stay theirs.)
  EXPECT_EQ(internal::ColumnOf("承办事项"), Column::kTask);
  EXPECT_EQ(internal::ColumnOf("责任目标"), Column::kContent);
  EXPECT_EQ(internal::ColumnOf("负责人"), Column::kUnknown);
  EXPECT_EQ(internal::ColumnOf("各乡镇负责"), Column::kUnknown);
  Document doc = Extract(
      "| 序号 | 承办事项 | 承办单位 | 办结时限 |\n|---|---|---|---|\n"
      "| 1 | 推进老旧小区改造。 | 县住建局 | 6月底前 |\n| 2 | 整治农村人居环境。 | 县农业农村局 | 9月底前 "
      "|\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县农业农村局"});
}

// Round 11 (72): a table with no task column (序号 | 工作内容 | 目标任务 | … | 责任单位): the first
// content column is the task's, and a merged 工作内容 cell names both rows' tasks.
TEST(BuildTest, TheFirstContentColumnIsTheTasksWhenNoneNamesTheTask) {
  EXPECT_EQ(internal::HeaderColumns({"序号", "工作内容", "目标任务", "分管领导", "责任单位"}),
            (std::vector<internal::Column>{internal::Column::kNumber, internal::Column::kTask,
                                           internal::Column::kContent, internal::Column::kLeader,
                                           internal::Column::kResponsible}));
  EXPECT_FALSE(internal::IsTaskTableHeader({"序号", "主要内容", "备注"}));  // no unit column: no task table
  Document doc = Extract(
      "附件\n\n<table><tr><th>序号</th><th>工作内容</th><th>目标任务</th><th>责任单位</th></tr>"
      "<tr><td>1</td><td "
      "rowspan=\"2\">先进制造业集群培育</td><td>产值突破260亿元。</td><td>区工信局</td></tr>"
      "<tr><td>2</td><td>建成智能工厂2家。</td><td>区数据局</td></tr></table>\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[0].text.substr(0, 27), "先进制造业集群培育");
  EXPECT_EQ(doc.tasks[1].text.substr(0, 27), "先进制造业集群培育");
  EXPECT_EQ(doc.tasks[1].responsible_units, V{"区数据局"});
}

// Round 12 (78): a heading closing （以下任务由X牵头） makes X the lead of its tasks; a 责任领导 line after
// a task's 责任单位 line is that task's, not the next's.
TEST(BuildTest, AHeadingNamesTheLeadOfItsTasksAndALeaderLineGoesOnItsTask) {
  Document doc = Extract(
      "附件\n\n任务分工\n\n一、扩大内需\n1．扩大投资。实施项目50个。\n责任单位：县商务局（牵头）、县文旅局\n"
      "责任领导：陈立国\n"
      "2．扩大消费。举办活动30场。\n责任单位：县商务局（牵头）、县财政局\n"
      "二、深化改革（以下任务由县发改局牵头）\n3．推进改革。完成改革事项10项。\n配合单位：县行政审批局、县住"
      "建局\n"
      "4．优化服务。压减时限30%。\n");
  ASSERT_EQ(doc.tasks.size(), 4u);
  ASSERT_EQ(doc.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[0].leaders[0].name, "陈立国");
  EXPECT_TRUE(doc.tasks[1].leaders.empty());
  EXPECT_EQ(doc.tasks[2].lead_units, V{"县发改局"});
  EXPECT_EQ(doc.tasks[2].cooperating_units, (V{"县行政审批局", "县住建局"}));
  EXPECT_EQ(doc.tasks[3].lead_units, V{"县发改局"});
}

// A bare （由A会同有关部门负责） after an item's sentence is the item's clause, not the lead of the items
// below it; after a heading (五、深化…，增强…（由市财政局牵头负责）) it is theirs.
TEST(BuildTest, ABareYouClauseAfterASentenceIsTheItemsOwn) {
  Document doc = Extract(
      "一、推进改革\n（一）推进重点领域改革，完善相关制度机制。（由国家发展改革委会同有关部门负责）\n"
      "（二）加强统筹协调和督促检查，确保各项措施落地见效。（市场监管总局负责）\n"
      "二、深化财政管理改革，增强财政保障能力（由市财政局牵头负责）\n"
      "（三）加强财源建设，强化税收征管。\n");
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"国家发展改革委"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, V{"有关部门"});
  EXPECT_EQ(doc.tasks[1].responsible_units, V{"市场监管总局"});
  EXPECT_EQ(doc.tasks[2].lead_units, V{"市财政局"});
}

// A line of many pointers is read without a call per pointer (it once overflowed the stack).
TEST(BuildTest, ALineOfManyPointersIsNoClauseAndNoCrash) {
  std::string arrows;
  for (int k = 0; k < 30000; ++k) arrows += "→";
  Document doc = Extract("附件\n\n任务分工\n\n一、扩大内需\n1．扩大投资。\n" + arrows + "\n" + arrows +
                         "责任单位：县商务局\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县商务局"});
}

// Round 54's notices, each construction alone: a part heading's bracket says its leaders are for the tasks
// below (本部分任务责任县领导：…); a leaders' part parted from the units' by a ；; two leaders parted by a
// wide gap, each with a title before or after the name; a number in its list's sequence though what
// follows reads as a decimal (14.5个村); a leader's name with a note on the tasks it covers; a lead
// column that says who helps too; a cell's remark on how its units take part.
TEST(BuildTest, RoundFiftyFoursConstructions) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n一、推进经济发展\n1、推进项目建设。\n责任领导：县长赵海峰　李明常务副县长\n牵头单位：县发改"
      "局\n"
      "二、推进乡村振兴（本部分任务责任县领导：欧阳振华副县长）\n2、稳定粮食生产。（县农业农村局负责）\n"
      "3、推进城市更新。（孙晓燕副县长负责；县住建局牵头，县城管局配合）\n"
      "4.5个村完成试点。（县委组织部负责）\n5、推进林长制。（县林业局负责）\n"
      "三、加强民生保障\n分管领导：刘敏（本部分各项任务均由其分管，以下不再逐项列出）\n6、稳定就业。（县人社"
      "局负责）\n",
      "r54.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 6u);
  EXPECT_EQ(LeaderNames(doc->tasks[0]), (V{"赵海峰", "李明"}));
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"欧阳振华"});
  EXPECT_EQ(doc->tasks[2].lead_units, V{"县住建局"});
  EXPECT_EQ(doc->tasks[2].cooperating_units, V{"县城管局"});
  EXPECT_EQ(LeaderNames(doc->tasks[2]), V{"孙晓燕"});
  EXPECT_EQ(doc->tasks[3].number, 4);
  EXPECT_TRUE(doc->tasks[3].text.starts_with("5个村")) << doc->tasks[3].text;
  EXPECT_EQ(doc->tasks[3].lead_units, V{"县委组织部"});
  EXPECT_EQ(LeaderNames(doc->tasks[5]), V{"刘敏"});
  // A title before the gap is the name's after it (副总经理　吴迪), no leader of its own.
  Result<Document> titled =
      ExtractBytes("各单位：\n一、甲\n1、推进甲。\n责任领导：副总经理　吴迪\n", "t.txt");
  ASSERT_TRUE(titled.ok());
  ASSERT_EQ(titled->tasks.size(), 1u);
  EXPECT_EQ(LeaderNames(titled->tasks[0]), V{"吴迪"});
  // A decimal that is no number of the sequence stays the text's: 3.5万亩 after 1、 is no item 3.
  Result<Document> decimal =
      ExtractBytes("各单位：\n一、甲\n1、推进甲。（县发改局负责）\n3.5万亩农田完成改造。\n", "d.txt");
  ASSERT_TRUE(decimal.ok());
  EXPECT_EQ(decimal->tasks.size(), 1u);
  Result<Document> table = ExtractBytes(
      "各单位：\n| 序号 | 重点任务 | 主办单位 | 协办单位 |\n| --- | --- | --- | --- |\n"
      "| 1 | 推进产业链建设 | 市工信局牵头，市直各有关单位按职责分工负责 |  |\n"
      "| 2 | 发展现代农业 | 市农业农村局 | 市发改委、市财政局<br>（按职责分工负责） |\n",
      "t.md");
  ASSERT_TRUE(table.ok());
  ASSERT_EQ(table->tasks.size(), 2u);
  EXPECT_EQ(table->tasks[0].lead_units, V{"市工信局"});
  EXPECT_EQ(table->tasks[0].cooperating_units, V{"市直各有关单位"});
  EXPECT_EQ(table->tasks[1].cooperating_units, (V{"市发改委", "市财政局"}));
}

// Round 55's: a group line whose clause follows a colon or a label (以上3项：…, 以上3项责任单位：…), its
// bracket holding brackets of its own; a web page's list of related documents after the notice's 印发 line.
TEST(BuildTest, RoundFiftyFivesConstructions) {
  for (const std::string group : {"（以上3项：县交通局牵头，县公路中心、各乡（镇）人民政府配合）",
                                  "以上3项牵头单位：县交通局；配合单位：县公路中心、各乡（镇）人民政府"}) {
    Result<Document> doc = ExtractBytes(
        "各单位：\n一、甲\n1.推进甲工作。（县发改局负责）\n2.推进乙工作。\n3.推进丙工作。\n"
        "4.推进丁工作。\n" +
            group + "\n二、乙\n1.推进戊工作。（县财政局负责）\n",
        "g.txt");
    ASSERT_TRUE(doc.ok());
    ASSERT_EQ(doc->tasks.size(), 5u) << group;
    EXPECT_EQ(doc->tasks[0].lead_units, V{"县发改局"});
    for (size_t k = 1; k <= 3; ++k) {
      EXPECT_EQ(doc->tasks[k].lead_units, V{"县交通局"}) << group;
      EXPECT_EQ(doc->tasks[k].cooperating_units, (V{"县公路中心", "各乡（镇）人民政府"})) << group;
    }
    EXPECT_EQ(doc->tasks[4].lead_units, V{"县财政局"});
  }
  // No group line: a sentence about the tasks above that names no part.
  Result<Document> none = ExtractBytes(
      "各单位：\n一、甲\n1.推进甲工作。（县发改局负责）\n2."
      "推进乙工作。\n以上任务要加强统筹，牵头单位要负责。\n",
      "n.txt");
  ASSERT_TRUE(none.ok());
  ASSERT_FALSE(none->tasks.empty());
  for (const Task& t : none->tasks)
    for (const std::string& u : t.responsible_units) EXPECT_EQ(u.find("要"), std::string::npos) << u;
  Result<Document> page = ExtractBytes(
      "<!DOCTYPE html><html><body><p>各单位：</p><p>一、甲</p><p>1.推进甲工作。（县发改局负责）</p>"
      "<p>抄送：县委各部门。</p><p>县政府办公室2026年2月27日印发</p><p>分享到：</p><h4>相关文件</h4><ul>"
      "<li>1.县政府关于印发2026年民生实事项目的通知<em>2026-02-14</em></li>"
      "<li>2.县政府关于下达2026年计划的通知<em>2026-01-28</em></li></ul><p>关于我们｜网站地图</p></body></"
      "html>",
      "p.html");
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->tasks.size(), 1u);
  EXPECT_EQ(page->tasks[0].lead_units, V{"县发改局"});
  EXPECT_FALSE(page->metadata.cc.empty());
}

// The review of this session's readings (each confirmed with an input): 二、三季度重点工作 after 一、 is a
// heading (a listing of numerals only out of the headings' turn is none); a wrapped line 4.5亿元… after
// …资金： goes on the item above; a page's list of related news is no tasks; a leader's note keeps the title
// before it; a part heading's words in any order before its leaders' label; a group line's colon before a
// sentence assigns nothing.
TEST(BuildTest, TheReviewsCasesOfRoundsFiftyTwoToFiftySix) {
  Result<Document> quarters = ExtractBytes(
      "各单位：\n一、上半年工作推进情况\n1.推进甲。（县发改局负责）\n二、三季度重点工作\n1."
      "推进乙。（县财政局负责）\n"
      "三、四季度重点工作\n1.推进丙。（县教育局负责）\n",
      "q.txt");
  ASSERT_TRUE(quarters.ok());
  ASSERT_EQ(quarters->tasks.size(), 3u);
  EXPECT_EQ(quarters->tasks[1].id, "2.1");
  EXPECT_EQ(quarters->tasks[2].id, "3.1");
  // …其中 ⏎ 二、三级公路85公里 under 三、: a wrapped line, no heading 二、.
  Result<Document> wrap = ExtractBytes(
      "各单位：\n一、甲\n（一）推进甲。（县发改局负责）\n二、乙\n（一）推进乙。（县财政局负责）\n三、丙\n"
      "（一）推进农村公路建设。全年新改建农村公路420公里，其中\n二、三级公路85公里。（县交通局负责）\n"
      "（二）推进丁。（县教育局负责）\n",
      "r.txt");
  ASSERT_TRUE(wrap.ok());
  ASSERT_EQ(wrap->tasks.size(), 4u);
  EXPECT_EQ(wrap->tasks[2].id, "3.1");
  EXPECT_EQ(wrap->tasks[3].id, "3.2");
  Result<Document> wrapped = ExtractBytes(
      "各单位：\n一、甲\n1.推进甲。（县发改局负责）\n2.积极争取上级资金。全年争取专项债券资金：\n"
      "3.5亿元以上，其中专项债券3亿元。（县财政局牵头，县发改局配合）\n",
      "w.txt");
  ASSERT_TRUE(wrapped.ok());
  ASSERT_EQ(wrapped->tasks.size(), 2u);
  EXPECT_EQ(wrapped->tasks[1].lead_units, V{"县财政局"});
  Result<Document> news = ExtractBytes(
      "<html><body><p>各单位：</p><p>一、甲</p><p>1.推进甲。（县发改局负责）</p><p>某县人民政府办公室</p>"
      "<p>2026年2月1日</p><p>相关新闻</p><ol><li>县政府召开常务会议</li><li>县领导调研园区</li></ol>"
      "<ol style=\"list-style:none\"></ol></body></html>",
      "n.html");
  ASSERT_TRUE(news.ok());
  EXPECT_EQ(news->tasks.size(), 1u);
  // (Gap 677:) the list of a page's links `lynx -dump` prints at its end.
  Result<Document> links = ExtractBytes(
      "各单位：\n一、甲\n1.推进甲。（县发改局负责）\n某县人民政府办公室\n2026年2月1日\n\nReferences\n\n"
      "   Visible links:\n   1. https://www.example.gov.cn/\n   2. javascript:void(0)\n   Hidden links:\n"
      "   3. https://www.example.gov.cn/zwgk/\n",
      "r.txt");
  ASSERT_TRUE(links.ok());
  EXPECT_EQ(links->tasks.size(), 1u);
  // (Round 139, 708:) elinks heads its parts Visible links and Hidden links, no colon.
  Result<Document> elinks = ExtractBytes(
      "各单位：\n一、甲\n1.推进甲。（县发改局负责）\n某县人民政府办公室\n2026年2月1日\n\nReferences\n\n"
      "   Visible links\n   1. https://www.example.gov.cn/\n   2. https://www.example.gov.cn/zwgk/\n",
      "e.txt");
  ASSERT_TRUE(elinks.ok());
  EXPECT_EQ(elinks->tasks.size(), 1u);
  Result<Document> noted = ExtractBytes(
      "各单位：\n一、甲\n1.推进甲。（责任领导：张三（常务副县长，下同）；牵头单位：县发改局）\n", "l.txt");
  ASSERT_TRUE(noted.ok());
  ASSERT_EQ(noted->tasks.size(), 1u);
  ASSERT_EQ(noted->tasks[0].leaders.size(), 1u);
  EXPECT_EQ(noted->tasks[0].leaders[0].name, "张三");
  EXPECT_EQ(noted->tasks[0].leaders[0].title, "常务副县长");
  Result<Document> part = ExtractBytes(
      "各单位：\n一、加快产业发展（本部分工作任务责任县领导：张三）\n1.推进甲。（县发改局负责）\n", "b.txt");
  ASSERT_TRUE(part.ok());
  ASSERT_EQ(part->tasks.size(), 1u);
  EXPECT_EQ(LeaderNames(part->tasks[0]), V{"张三"});
  Result<Document> sentence = ExtractBytes(
      "各单位：\n一、甲\n1.推进甲。\n2.推进乙。\n以上工作：县政府督查室负责跟踪督办。\n二、乙\n1."
      "推进丙。（县教育局负责）\n",
      "g.txt");
  ASSERT_TRUE(sentence.ok());
  ASSERT_FALSE(sentence->tasks.empty());
  for (const Task& t : sentence->tasks)
    for (const std::string& u : t.responsible_units) EXPECT_EQ(u.find("督办"), std::string::npos) << u;
}

// Round 56's: a table row with no number between rows numbered in turn continues the task above (a Markdown
// copy of a merged number); a Markdown page's front matter is no head; a bracket under a part's heading names
// its tasks' leaders, unless a task names its own; 配合领导 is a leaders' label; a leader's heading by title
// with a name of four; 江澜同志.
TEST(BuildTest, RoundFiftySixsConstructions) {
  Result<Document> md = ExtractBytes(
      "---\ntitle: 分工\nupdated: 2026-02-15\n---\n\n# 某区人民政府办公室文件\n\n各单位：\n\n"
      "| 序号 | 重点任务 | 责任区领导 | 主办单位 | 协办单位 |\n| --- | --- | --- | --- | --- |\n"
      "| 1 | 推进开放。①外资增长4%； | 欧阳靖 | 区商务局 | 区投资促进中心 |\n"
      "|  | ②推动保税中心封关运作。 | 程一帆 | 区开发区管委会 | 青岚海关 |\n"
      "| 2★ | 深化改革。 | 江澜同志 | 区政务服务中心 | 区数据局 |\n",
      "m.md");
  ASSERT_TRUE(md.ok());
  EXPECT_EQ(md->metadata.issuer_mark.find("updated"), std::string::npos) << md->metadata.issuer_mark;
  ASSERT_EQ(md->tasks.size(), 2u);
  EXPECT_EQ(md->tasks[0].lead_units, (V{"区商务局", "区开发区管委会"}));
  EXPECT_EQ(LeaderNames(md->tasks[0]), (V{"欧阳靖", "程一帆"}));
  EXPECT_EQ(LeaderNames(md->tasks[1]), V{"江澜"});
  Result<Document> below = ExtractBytes(
      "各单位：\n五、党的建设制度改革（共2项）\n（本部分改革任务除单独标注外，牵头县领导均为县委常委、组织部"
      "部长周敏，"
      "不再逐项列出）\n1.深化干部人事制度改革。\n牵头单位：县委组织部\n2."
      "推进纪检监察体制改革。\n牵头县领导：曹永刚\n"
      "牵头单位：县纪委监委\n",
      "b.txt");
  ASSERT_TRUE(below.ok());
  ASSERT_EQ(below->tasks.size(), 2u);
  EXPECT_EQ(LeaderNames(below->tasks[0]), V{"周敏"});
  EXPECT_EQ(LeaderNames(below->tasks[1]), V{"曹永刚"});
  Result<Document> heading = ExtractBytes(
      "各单位：\n一、副县长欧阳思齐负责的工作（1项）\n1."
      "推进甲。（县发改局负责）\n配合领导：赵刚（县人武部政委）\n",
      "h.txt");
  ASSERT_TRUE(heading.ok());
  ASSERT_EQ(heading->tasks.size(), 1u);
  EXPECT_EQ(LeaderNames(heading->tasks[0]), (V{"欧阳思齐", "赵刚"}));
}

// Round 57's: any level's leaders' label (包抓区领导); a remark inside a leader's title (副区长（挂职）韩冰);
// a heading's count bracket naming its tasks' leaders (（共3项，包抓区领导均为X，以下不再逐项标注）); what a
// bracket includes is no unit (（含社区微型绿地3处）); a statistics table's 任务数 is no task column; items
// deeper than the tasks' kind with clauses of their own, in a section of their own, are tasks; 海关 in a bare
// list.
TEST(BuildTest, RoundFiftySevensConstructions) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n一、主要预期目标\n1．外贸进出口总额增长3%（按人民币计价）。（市商务局、沣阳海关）\n"
      "2．地区生产总值增长6%。（市发改委、市统计局）\n二、重点工作任务\n（一）稳增长促发展（共2项）\n"
      "（一）新建口袋公园8个（含社区微型绿地3处）。\n包抓区领导：副区长（挂职）韩冰\n主办单位：区城管局\n"
      "（二）推进乙。\n包抓区领导：副区长杜晓岚\n主办单位：区财政局\n"
      "（三）社会治理（共1项，包抓区领导均为区委副书记许婧，以下不再逐项标注）\n（三）推进丙。\n主办单位：区"
      "信访局\n"
      "附件\n统计表\n| 序号 | 任务类别 | 任务数 | 已完成 |\n| --- | --- | --- | --- |\n| 1 | 稳增长 | 9 | 2 "
      "|\n",
      "r57.txt");
  ASSERT_TRUE(doc.ok());
  std::vector<std::string> leads;
  for (const Task& t : doc->tasks) leads.push_back(t.responsible_units.empty() ? "" : t.responsible_units[0]);
  EXPECT_EQ(leads, (V{"市商务局", "市发改委", "区城管局", "区财政局", "区信访局"}));
  ASSERT_EQ(doc->tasks.size(), 5u);
  EXPECT_EQ(doc->tasks[0].responsible_units, (V{"市商务局", "沣阳海关"}));
  EXPECT_EQ(LeaderNames(doc->tasks[2]), V{"韩冰"});
  EXPECT_EQ(LeaderNames(doc->tasks[3]), V{"杜晓岚"});
  EXPECT_EQ(LeaderNames(doc->tasks[4]), V{"许婧"});
}

TEST(BuildTest, RoundFiftyEightsConstructions) {
  // 331: a ； parts leads from helpers (the rule in the cover, units without one all lead), and the leaders
  // of each part by their items' numbers, on a line under its heading.
  Result<Document> doc = ExtractBytes(
      "各单位：\n二、明确分工。括号内，分号前的单位为牵头单位，分号后的单位为配合单位；未标注分号的，所列单位"
      "均为"
      "牵头单位。\n附件\n一、扩大需求\n（第1—2项由常务副市长宋景和同志负责，第3项由副市长韩晓东同志负责）\n"
      "1．实施甲。（市发改委、市财政局；市统计局，各县（市、区）人民政府）\n2．实施乙。（市财政局、市商务局）"
      "\n"
      "3．实施丙。（市商务局;市消防救援支队等市安委会成员单位）\n二、推进改革\n"
      "（本部分由副市长韩晓东同志负责，其中第2项由副市长彭楚生、林书瑶同志共同负责）\n"
      "1．深化丁。（市国资委；市财政局。2025年12月底前完成改革任务）\n2．推进戊。（市数据局）\n",
      "r58.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 5u);
  EXPECT_EQ(doc->tasks[0].lead_units, (V{"市发改委", "市财政局"}));
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"市统计局", "各县（市、区）人民政府"}));
  EXPECT_EQ(doc->tasks[1].lead_units, (V{"市财政局", "市商务局"}));
  EXPECT_TRUE(doc->tasks[1].cooperating_units.empty());
  EXPECT_EQ(doc->tasks[2].cooperating_units, (V{"市消防救援支队", "市安委会成员单位"}));
  EXPECT_EQ(doc->tasks[3].lead_units, V{"市国资委"});
  EXPECT_EQ(doc->tasks[3].cooperating_units, V{"市财政局"});
  ASSERT_TRUE(doc->tasks[3].deadline.has_value());
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"宋景和"});
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"宋景和"});
  EXPECT_EQ(LeaderNames(doc->tasks[2]), V{"韩晓东"});
  EXPECT_EQ(LeaderNames(doc->tasks[3]), V{"韩晓东"});
  EXPECT_EQ(LeaderNames(doc->tasks[4]), (V{"彭楚生", "林书瑶"}));

  // 332: a row per unit, its 职责分工 opening with its part (merged over two rows: both lead); 333: 责任处室
  // and 承担单位 under 责任分工, a 备注 that says who leads.
  doc = ExtractBytes(
      "<table><tr><td>序号</td><td>重点任务</td><td>责任单位</td><td>职责分工</td></tr>"
      "<tr><td rowspan=\"3\">1</td><td "
      "rowspan=\"3\">推进甲。</td><td>县发改局</td><td>牵头：负责谋划</td></tr>"
      "<tr><td>县财政局</td><td>配合：保障资金</td></tr><tr><td>各乡镇人民政府</td><td>负责具体实施</td></tr>"
      "<tr><td rowspan=\"3\">2</td><td rowspan=\"3\">推进乙。</td><td>县委组织部</td>"
      "<td rowspan=\"2\">牵头</td></tr><tr><td>县农业农村局</td></tr>"
      "<tr><td>县财政局</td><td>配合牵头单位做好资金保障</td></tr></table>",
      "r58b.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"县财政局", "各乡镇人民政府"}));
  EXPECT_EQ(doc->tasks[1].lead_units, (V{"县委组织部", "县农业农村局"}));
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"县财政局"});
  doc = ExtractBytes(
      "<p>“责任处室”栏排在第一位的为牵头处室。</p><table>"
      "<tr><td rowspan=\"2\">序号</td><td rowspan=\"2\">重点任务</td><td colspan=\"3\">责任分工</td>"
      "<td rowspan=\"2\">备注</td></tr><tr><td>责任局领导</td><td>责任处室</td><td>承担单位</td></tr>"
      "<tr><td>1</td><td>推进甲。</td><td>王建峰</td><td>森林资源管理处、草原管理处、湿地管理处</td>"
      "<td>省林业调查规划院</td><td>森林资源管理处、湿地管理处共同牵头</td></tr>"
      "<tr><td>2</td><td>推进乙。</td><td>王建峰</td><td>科学技术处</td><td>省林业科学研究院</td>"
      "<td>由省林业科学研究院牵头</td></tr>"
      "<tr><td>3</td><td>推进丙。</td><td>王建峰</td><td>规划财务处</td><td>省林业工作总站</td>"
      "<td>积极争取省财政厅支持</td></tr></table>",
      "r58c.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"王建峰"});
  EXPECT_EQ(doc->tasks[0].lead_units, (V{"森林资源管理处", "湿地管理处"}));
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"草原管理处", "省林业调查规划院"}));
  EXPECT_EQ(doc->tasks[1].lead_units, V{"省林业科学研究院"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"科学技术处"});
  EXPECT_EQ(doc->tasks[2].lead_units, V{"规划财务处"});
  EXPECT_EQ(doc->tasks[2].cooperating_units, V{"省林业工作总站"});

  // 334: a part's leaders hold under a sub-part that names none, after a sibling that named its own; a leader
  // with her title in brackets inside the heading's.
  doc = ExtractBytes(
      "附件\n二、扩大投资（包抓领导：党工委副书记、管委会主任 韩书阳）\n（一）招商（包抓领导：副主任 "
      "祁海涛）\n"
      "1．推进甲。\n责任部门：投资促进局\n（二）项目建设\n2．推进乙。\n责任部门：经济发展局\n"
      "三、优化环境（包抓领导：宋嘉禾（党工委委员、常务副主任））\n3．推进丙。\n责任部门：行政审批服务局\n",
      "r58d.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"祁海涛"});
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"韩书阳"});
  EXPECT_EQ(LeaderNames(doc->tasks[2]), V{"宋嘉禾"});
  EXPECT_EQ(doc->tasks[2].leaders[0].title, "党工委委员、常务副主任");
}

TEST(BuildTest, RoundFiftyNinesConstructions) {
  // 336: a text hard-wrapped at one width (a gazette's column): a heading that fills its line goes on below
  // (its leaders there), a leaders' line under a heading holds for its subsections, a page's number
  // between dots and the gazette's running head cut no clause.
  Result<Document> doc = ExtractBytes(
      "各单位：\n一、主要目标（责任省领导：欧阳立衡）\n1．地区生产总值增长5%左右，城镇调查失\n业率5.5%"
      "左右，居民收入增长与经济增长\n"
      "同步。（省发展改革委、省统计局负责）\n二、加快发展新质生产力，构建具有嘉岳特色\n的现代化产业体系（责任"
      "省领导：祁振东）\n"
      "2．实施制造业重点产业链高质量发展行动，\n推动钢铁、有色、化工等传统产业智改数转网\n联。（省工业和信息"
      "化厅牵头，省发展改革委\n"
      "按职责分工负责）\n3．培育壮大新能源汽车、新型储能、生物医\n药等新兴产业，前瞻布局人形机器人等未来产\n"
      "业。（省发展改革委负责）\n"
      "三、推进乡村全面振兴，促进城乡区域融合发\n展与共同富裕\n（责任省领导：甘庭芳）\n（一）扎实推进乡村全面"
      "振兴\n4．稳定粮食播种面积和产量，新建和改造提\n"
      "升高标准农田180万亩，抓好生猪等重要农\n产品稳产保供。（省农业农村厅牵头，省财政\n厅、省水利厅等按职责"
      "分工负责，各市（州）\n"
      "· 24 "
      "·\n2025年第4期（总第612期）\n人民政府抓好落实）\n5．巩固拓展脱贫攻坚成果，健全防止返贫致\n贫监测和帮扶"
      "机制，坚决守住不发生规模性返\n"
      "贫致贫底线。（省农业农村厅负责）\n",
      "r59.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 5u);
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"欧阳立衡"});
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"祁振东"});
  EXPECT_EQ(LeaderNames(doc->tasks[2]), V{"祁振东"});
  EXPECT_EQ(LeaderNames(doc->tasks[3]), V{"甘庭芳"});
  EXPECT_EQ(LeaderNames(doc->tasks[4]), V{"甘庭芳"});
  EXPECT_EQ(doc->tasks[3].responsible_units,
            (V{"省农业农村厅", "省财政厅", "省水利厅", "各市（州）人民政府"}));

  // 335: rows of a table grouped under rows spanning it (a meeting each), under a numbered heading; a
  // leader's post and name in two lines of a cell. 338: a task's number and words copied into the row
  // that goes on with it, a footnote's reference after a unit, 按职责分工负责 after a unit in its cell.
  doc = ExtractBytes(
      "附件\n一、市委常委会会议议定事项\n1．推进丁。（市委组织部负责）\n二、市政府常务会议议定事项\n<table><"
      "tr><td>序号</td><td>议定事项</td><td>责任市领导</td>"
      "<td>牵头单位</td><td>配合单位</td></tr>"
      "<tr><td colspan=\"5\">市政府第31次常务会议</td></tr>"
      "<tr><td>1</td><td>研究甲。</td><td>市委常委、常务副市长<br>韦志刚</td><td>市发改委</td><td>市财政局</"
      "td></tr>"
      "<tr><td colspan=\"5\">市政府第33次常务会议</td></tr>"
      "<tr><td>2</td><td>研究乙。</td><td>副市长<br>苗青</td><td>市水利局</td><td>市财政局</td></tr>"
      "<tr><td>2</td><td>研究乙。</td><td>副市长<br>苗青</td><td>市水利局</td><td>各乡镇人民政府</td></tr>"
      "<tr><td>3</td><td>研究丙。</td><td>副市长<br>苗青</td><td>市安委会各成员单位按职责分工负责</td>"
      "<td>市安委会各成员单位按职责分工负责</td></tr></table>",
      "r59b.html");
  ASSERT_TRUE(doc.ok());
  std::vector<std::string> ids;
  for (const Task& t : doc->tasks) ids.push_back(t.id);
  EXPECT_EQ(ids, (V{"1.1", "2.1", "2.2", "2.3"}));
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"韦志刚"});
  EXPECT_EQ(doc->tasks[2].cooperating_units, (V{"市财政局", "各乡镇人民政府"}));
  EXPECT_EQ(doc->tasks[2].text, "研究乙。");
  EXPECT_EQ(doc->tasks[3].lead_units, V{"市安委会各成员单位"});
  EXPECT_TRUE(doc->tasks[3].cooperating_units.empty());
  doc = ExtractBytes(
      "# 通知\n\n| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- |\n"
      "| 1 | 推进甲。 | 县财政局 | 县税务局[^1]、县自然资源局 |\n\n[^1]: 张倩：建议核实名称。\n",
      "r59c.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 1u);
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"县税务局", "县自然资源局"}));

  // 337: 责任分工 over two columns, a label in the first and its value in the second, a row each.
  doc = ExtractBytes(
      "<table><tr><td>序号</td><td>重点任务</td><td colspan=\"2\">责任分工</td><td>完成时限</td></tr>"
      "<tr><td rowspan=\"3\">1</td><td rowspan=\"3\">实施甲。</td><td>责任区领导</td><td>副区长贺明远</td>"
      "<td rowspan=\"3\">2025年12月底</td></tr><tr><td>牵头单位</td><td>区发改局</td></tr>"
      "<tr><td>配合单位</td><td>区财政局、区统计局</td></tr></table>",
      "r59d.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 1u);
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"贺明远"});
  EXPECT_EQ(doc->tasks[0].lead_units, V{"区发改局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"区财政局", "区统计局"}));
}

TEST(BuildTest, RoundSixtysConstructions) {
  // 339: a 督查通报 copied from a work chat: a status before each number, a leader's heading by 包抓, a list
  // cut by the next message's sender line, a finished task's units closing its first sentence, a second
  // leader beside the heading's (与X共同包抓), a note that gives the task another leader.
  Result<Document> doc = ExtractBytes(
      "（一）裴文博县长包抓（3项）\n🟡1.地区生产总值增长6.5%"
      "以上。\n责任单位：县发改局、县统计局、\n\n"
      "县委督查室-李文静 2025/7/3 9:16:10\n沿线各乡镇人民政府\n进展：数据待反馈。\n"
      "🟢2."
      "重点事项清单全部落地（县数据局、县司法局）。13项已全部上线运行。\n"
      "🟡3."
      "创建现代农业产业园。（与邹建军常务副县长共同包抓）\n责任单位：县农业农村局\n"
      "（二）周卫东副县长包抓（1项）\n🟡4."
      "推进城乡供水一体化。\n（备注：因分工调整，6月起本项由马骁副县长包抓）\n"
      "责任单位：县水利局\n",
      "r60.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_EQ(doc->tasks[0].responsible_units, (V{"县发改局", "县统计局", "沿线各乡镇人民政府"}));
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"裴文博"});
  EXPECT_EQ(doc->tasks[1].responsible_units, (V{"县数据局", "县司法局"}));
  EXPECT_EQ(LeaderNames(doc->tasks[2]), (V{"裴文博", "邹建军"}));
  EXPECT_EQ(LeaderNames(doc->tasks[3]), V{"马骁"});

  // 342: a township's list typed by hand: leaders parted by a space, units by spaces in a labelled
  // bracket, 4， between 3、 and 5、, label cells a tab apart, persons before 负责 then the units' clause,
  // a heading's bracket of a titled person and 负责, 各村（社区） and 中心学校 in a bare bracket.
  doc = ExtractBytes(
      "一、经济发展\n1、抓好项目谋划。责任单位：经发办、财政所\n"
      "2、加快产业园建设。责任领导：龙启明 "
      "欧阳振　责任单位：经发办、农综中心\n3、抓好招商引资。（责任单位：党政办）\n"
      "4，培育壮大村级集体经济。\n责任单位：农综中心、经发办\n5、支持返乡创业。（责任单位：社事办 经发办 "
      "杉木坪信用社）\n"
      "二、乡村振兴\n1.巩固脱贫成果。（吴志刚、田小勇负责，农综中心牵头，社事办、各村（社区）配合）\n"
      "2.深化平安建设。\n牵头领导：吴志刚\t牵头单位：综治中心\t配合单位：派出所、司法所\n"
      "三、基础设施（副乡长杜川负责）\n1.实施公路提质。（中心学校、社事办、各村（社区））\n",
      "r60b.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 8u);
  EXPECT_EQ(LeaderNames(doc->tasks[1]), (V{"龙启明", "欧阳振"}));
  EXPECT_EQ(doc->tasks[3].text.substr(0, 6), "培育");
  EXPECT_EQ(doc->tasks[3].responsible_units, (V{"农综中心", "经发办"}));
  EXPECT_EQ(doc->tasks[4].responsible_units, (V{"社事办", "经发办", "杉木坪信用社"}));
  EXPECT_EQ(LeaderNames(doc->tasks[5]), (V{"吴志刚", "田小勇"}));
  EXPECT_EQ(doc->tasks[5].lead_units, V{"农综中心"});
  EXPECT_EQ(doc->tasks[5].cooperating_units, (V{"社事办", "各村（社区）"}));
  EXPECT_EQ(LeaderNames(doc->tasks[6]), V{"吴志刚"});
  EXPECT_EQ(doc->tasks[6].lead_units, V{"综治中心"});
  EXPECT_EQ(LeaderNames(doc->tasks[7]), V{"杜川"});
  EXPECT_EQ(doc->tasks[7].responsible_units, (V{"中心学校", "社事办", "各村（社区）"}));
}

TEST(BuildTest, TheReviewsCasesOfRoundsFiftyEightToSixty) {
  // A column of the tasks' words named 工作职责 is theirs, not a duty column beside the units'.
  Result<Document> doc = ExtractBytes(
      "<table><tr><td>序号</td><td>工作职责</td><td>牵头单位</td><td>配合单位</td></tr>"
      "<tr><td>1</td><td>组织编制全县总体应急预案</td><td>县应急局</td><td>县直有关单位</td></tr></table>",
      "review1.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 1u);
  EXPECT_EQ(doc->tasks[0].text, "组织编制全县总体应急预案");
  // Items given their leaders by number over a heading's subsections; a sub-item by its item's number.
  doc = ExtractBytes(
      "一、扩大需求\n（第1—2项由常务副市长宋景和同志负责，第3项由副市长彭楚生同志负责）\n（一）投资\n"
      "1．扩大有效投资。（市发改委）\n2．推进丙。（市商务局）\n（二）消费\n3．提振消费。（市商务局）\n",
      "review2.txt");
  ASSERT_TRUE(doc.ok());
  std::vector<std::string> leaders;
  for (const Task& t : doc->tasks) leaders.push_back(t.leaders.empty() ? "" : t.leaders[0].name);
  EXPECT_EQ(leaders, (V{"宋景和", "宋景和", "彭楚生"}));
  doc = ExtractBytes(
      "一、稳定经济增长\n（第1项由常务副市长宋景和同志负责，第2项由副市长彭楚生同志负责）\n1.扩大有效投资。\n"
      "（1）推进重点项目建设。（市发改委）\n（2）加快专项债券发行使用。（市财政局）\n2."
      "促进消费升级。（市商务局）\n",
      "review2b.txt");
  ASSERT_TRUE(doc.ok());
  leaders.clear();
  for (const Task& t : doc->tasks) leaders.push_back(t.leaders.empty() ? "" : t.leaders[0].name);
  EXPECT_EQ(leaders, (V{"宋景和", "宋景和", "彭楚生"}));
  // 等 inside a name is no group's (市高等学校…成员单位); a post alone in a bracket after a name.
  doc = ExtractBytes(
      "一、加强党的建设（包抓领导：赵六（县委常委））\n1．推进甲。（牵头单位：市委教育工委；配合单位："
      "市高等学校安全稳定工作领导小组成员单位）\n",
      "review3.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 1u);
  EXPECT_EQ(doc->tasks[0].cooperating_units, V{"市高等学校安全稳定工作领导小组成员单位"});
  ASSERT_EQ(doc->tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[0].leaders[0].name, "赵六");
  // 由X牵头 in a 备注 beside a lead column: X leads alone.
  doc = ExtractBytes(
      "<table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>配合单位</td><td>备注</td></tr>"
      "<tr><td>1</td><td>推进甲。</td><td>省林业局</td><td>省林业科学研究院</td><td>由省林业科学研究院牵头</"
      "td></tr>"
      "</table>",
      "review4.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 1u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"省林业科学研究院"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, V{"省林业局"});
}

TEST(BuildTest, UnitsKeyedByTaskNumbersAndSameAsAbove) {
  // 340: a row per 科室 listing the numbers of the tasks it leads and those it helps with, its leader merged
  // down (the leads' only); a leader the text names for the task itself stands for the table's.
  Result<Document> doc = ExtractBytes(
      "<html><body><p>附件1</p><ol><li>推进甲。</li><li>推进乙。</li><li>推进丙。（责任委领导：蒋蕴之）</"
      "li></ol>"
      "<p>附件2</p><table><tr><td rowspan=\"2\">序号</td><td rowspan=\"2\">科室（单位）</td>"
      "<td rowspan=\"2\">分管委领导</td><td colspan=\"2\">承担任务（填附件1序号）</td></tr>"
      "<tr><td>牵头任务</td><td>配合任务</td></tr>"
      "<tr><td>1</td><td>办公室</td><td rowspan=\"2\">韩思齐<br/>（副主任）</td><td>1、3</td><td>2</td></tr>"
      "<tr><td>2</td><td>综合科</td><td>2</td><td>—</td></tr>"
      "<tr><td>3</td><td>规划科</td><td>欧阳嘉禾</td><td>—</td><td>1、3</td></tr></table></body></html>",
      "keyed.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"办公室"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, V{"规划科"});
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"韩思齐"});
  EXPECT_EQ(doc->tasks[1].lead_units, V{"综合科"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"办公室"});
  EXPECT_EQ(LeaderNames(doc->tasks[2]), V{"蒋蕴之"});
  // 342: （责任分工同上）: the parts of the task above.
  doc = ExtractBytes(
      "一、乡村振兴\n1.推进甲。（欧阳振负责，执法队牵头，农综中心配合）\n2.推进乙。（责任分工同上）\n",
      "same.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[1].lead_units, V{"执法队"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"农综中心"});
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"欧阳振"});
}

TEST(BuildTest, RoundSixtyOnesCardsAndPointers) {
  // 344: a card per task, its number merged down its left side, instructions under 填卡说明 no tasks.
  Result<Document> doc = ExtractBytes(
      "<html><body><p>填卡说明：</p><p>1．“牵头单位”栏所列单位为牵头单位。</"
      "p><p>2．“备注”栏所列单位不作为责任单位。</p>"
      "<p>一、扎实推动经济高质量发展</p>"
      "<table><tr><td rowspan=\"3\">任务<br/>1</td><td>任务名称</td><td "
      "colspan=\"3\">推动经济平稳增长</td></tr>"
      "<tr><td>责任区领导</td><td>牵头：陈立明（区长）<br/>协管：刘建军（副区长）</td><td>完成时限</"
      "td><td>12月底</td></tr>"
      "<tr><td>牵头单位</td><td colspan=\"3\">区发展改革委</td></tr></table>"
      "<table><tr><td rowspan=\"2\">任务<br/>2</td><td>任务名称</td><td colspan=\"3\">改造燃气管道</td></tr>"
      "<tr><td>责任单位</td><td colspan=\"3\">区住建局、区财政局（资金保障）</td></tr></table></body></html>",
      "cards.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].text, "推动经济平稳增长");
  EXPECT_EQ(LeaderNames(doc->tasks[0]), (V{"陈立明", "刘建军"}));
  EXPECT_EQ(doc->tasks[0].lead_units, V{"区发展改革委"});
  EXPECT_EQ(doc->tasks[1].responsible_units, (V{"区住建局", "区财政局"}));
  // 346: a task's parts given by pointing at another's: 同上, 同本部分第N项 (with units added),
  // 同第X部分第N项, a label's colon left out, both labels at once.
  doc = ExtractBytes(
      "各单位：\n责任单位中排在第一位的为牵头单位，其余为配合单位。\n附件\n"
      "一、甲\n1．推进甲。（责任省领导：林景和；责任单位：省发改委、省财政厅）\n"
      "2．推进乙。（责任省领导同上；责任单位：省商务厅）\n3．推进丙。（责任省领导：韩亦舟；责任单位同本部分第"
      "1项，增加省水利厅）\n"
      "二、乙\n1．推进丁。（责任省领导、责任单位均同第一部分第2项）\n2．推进戊。（同第一部分第1项）\n",
      "pointers.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 5u);
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"林景和"});
  EXPECT_EQ(doc->tasks[1].responsible_units, V{"省商务厅"});
  EXPECT_EQ(LeaderNames(doc->tasks[2]), V{"韩亦舟"});
  EXPECT_EQ(doc->tasks[2].responsible_units, (V{"省发改委", "省财政厅", "省水利厅"}));
  EXPECT_EQ(doc->tasks[2].cooperating_units, (V{"省财政厅", "省水利厅"}));
  EXPECT_EQ(LeaderNames(doc->tasks[3]), V{"林景和"});
  EXPECT_EQ(doc->tasks[3].responsible_units, V{"省商务厅"});
  EXPECT_EQ(doc->tasks[4].responsible_units, (V{"省发改委", "省财政厅"}));
}

// A line as hOCR holds it: a word of one or two characters a span, as Tesseract reads Chinese.
std::vector<std::string> Words(std::string_view line) {
  std::vector<std::string> out;
  for (size_t i = 0; i < line.size();) {
    const size_t from = i;
    internal::NextCodePoint(line, i);
    if (i < line.size() && line[i] != ' ' && line[from] != ' ') internal::NextCodePoint(line, i);
    if (line.substr(from, i - from) != " ") out.emplace_back(line.substr(from, i - from));
  }
  return out;
}

TEST(BuildTest, ScansReadByOcr) {
  // 343: labels and numbers misread for lookalikes, a half-width 、, a bracket opened as the line ends.
  Result<Document> doc = ExtractBytes(
      "—、扩大有效需求\n(一)推进甲。(牵头単位:市发改委;配台单位:市统计局､\n市财政局)\n"
      "(二〕推进乙。(\n责仼单位:市商务局、市财政局)\n",
      "ocr.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"市发改委"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"市统计局", "市财政局"}));
  EXPECT_EQ(doc->tasks[1].number, 2);
  EXPECT_EQ(doc->tasks[1].responsible_units, (V{"市商务局", "市财政局"}));
  ASSERT_FALSE(doc->sections.empty());
  EXPECT_EQ(doc->sections[0].number, 1);
  EXPECT_TRUE(std::any_of(doc->diagnostics.begin(), doc->diagnostics.end(),
                          [](const Diagnostic& d) { return d.rule == "GW-NORM-OCR-MISREAD"; }));
}

// Round 117 (598): a scan read by Tesseract into hOCR, a span a word: an item's point read as a comma (8，)
// or followed by a stray one (10.，), a clause's bracket opened as 《 or 〈, a label's colon read as a
// semicolon, 牵 read as 窑 and 导 as 寻; not a list of numbers (1，2号楼) nor 明确责任单位；加强… in a text
// that is no scan's.
TEST(BuildTest, ScansReadByOcrIntoHocr) {
  std::string page = "<!DOCTYPE html><html><body>";
  for (const char* line :
       {"一、扩大投资", "7. 推进甲。（责任县领导 : 罗振宇 ; 牵头单位 : 县发改局）",
        "8，推进乙。《责任县领导 ; 杜建国 ; 窑头单位 : 县自然资源局 ; 配合单位 : 县林业局 )",
        "10.，推进丙。〈责任县领寻 : 宋晓梅 ; 牵头单位 ; 县商务局）"}) {
    page += "<p class='ocr_par'>";
    for (const std::string& word : Words(line)) page += "<span class='ocrx_word'>" + word + "</span> ";
    page += "</p>";
  }
  Result<Document> doc = ExtractBytes(page + "</body></html>", "ocr.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(doc->tasks[1].number, 8);
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"杜建国"});
  EXPECT_EQ(doc->tasks[1].lead_units, V{"县自然资源局"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"县林业局"});
  EXPECT_EQ(doc->tasks[2].number, 10);
  EXPECT_TRUE(doc->tasks[2].text.starts_with("推进丙"));
  EXPECT_EQ(LeaderNames(doc->tasks[2]), V{"宋晓梅"});
  EXPECT_EQ(doc->tasks[2].lead_units, V{"县商务局"});
  // In a typed text: no marker before a number, and a semicolon after a label's words stays.
  Result<Document> typed = ExtractBytes(
      "各单位：\n附件\n\n任务分解\n\n1.推进项目建设。（牵头单位：县住建局）\n1，2号楼年内完工。\n"
      "2.明确责任单位；加强协调。（牵头单位：县发改局）\n",
      "t.txt");
  ASSERT_TRUE(typed.ok());
  ASSERT_EQ(typed->tasks.size(), 2u);
  EXPECT_TRUE(typed->tasks[1].text.starts_with("明确责任单位；加强协调"));
}

TEST(BuildTest, TheReviewsCasesOfRoundsSixtyAndSixtyOne) {
  // A 单位 column is a measure's; a 承担任务 column of the tasks' words is theirs.
  Result<Document> doc = ExtractBytes(
      "<html><body><table><tr><td>序号</td><td>指标名称</td><td>单位</td><td>目标</td><td>责任单位</td></tr>"
      "<tr><td>1</td><td>地区生产总值增长</td><td>%</td><td>6</td><td>县发改局</td></tr></table>"
      "<table><tr><td>序号</td><td>责任单位</td><td>承担任务</td><td>完成时限</td></tr>"
      "<tr><td>1</td><td>县住建局</td><td>推进城区老旧小区改造</td><td>年底</td></tr></table></body></html>",
      "review5.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].responsible_units, V{"县发改局"});
  EXPECT_EQ(doc->tasks[1].lead_units, V{"县住建局"});
  // Pointers: 同第N项 in a list numbered through, 同上 across a heading, 同上级要求 none; a 备注's leader in
  // place of every other; names parted by wide gaps after a label; a party named like a person no leader.
  doc = ExtractBytes(
      "一、甲\n1．推进甲。（责任领导：副县长张建国；牵头单位：县住建局；配合单位：县财政局）\n"
      "2．推进乙。（责任领导：副县长张建国；牵头单位：同第1项；配合单位：县水利局）\n二、乙\n"
      "3．推进丙。（责任领导：同上；牵头单位：县教育局）\n"
      "4．推进丁。（牵头单位：同上级要求）\n"
      "5．推进戊。（责任领导：副县长张三；牵头单位：县工信局）（备注：6月起本项由马骁副县长负责）\n"
      "6．推进己。责任领导：龙启明　欧阳振　责任单位：县住建局\n7．推进庚。（施工方负责，监理单位配合）\n",
      "review6.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 7u);
  EXPECT_EQ(doc->tasks[1].lead_units, V{"县住建局"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"县水利局"});
  EXPECT_EQ(LeaderNames(doc->tasks[2]), V{"张建国"});
  EXPECT_EQ(doc->tasks[3].responsible_units, V{"同上级要求"});  // as printed: no pointer, nothing copied
  EXPECT_EQ(LeaderNames(doc->tasks[4]), V{"马骁"});
  EXPECT_EQ(LeaderNames(doc->tasks[5]), (V{"龙启明", "欧阳振"}));
  EXPECT_TRUE(doc->tasks[6].leaders.empty());
}

// The third review's leftovers: 责任领导和责任单位均同上 points both labels at the task above (with 、 only,
// the task was read as no task: body text); a unit's role in brackets inside a labelled value,
// （负责牵头） or （协助）, is its part.
TEST(BuildTest, JunTongShangWithHeAndRoleBracketsInAValue) {
  Document doc = Extract(
      "一、稳增长\n1.推进重大项目建设。（责任领导：王海涛；牵头单位：县发改局；配合单位：县财政局）\n"
      "2.扩大有效投资规模。（责任领导和责任单位均同上）\n"
      "3.优化营商环境。（责任领导：李明；责任单位：县政务服务中心（负责牵头）、县市场监管局（协助））\n");
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[1].id, "2");
  EXPECT_EQ(LeaderNames(doc.tasks[1]), V{"王海涛"});
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县发改局"});
  EXPECT_EQ(doc.tasks[1].cooperating_units, V{"县财政局"});
  EXPECT_EQ(doc.tasks[2].responsible_units, (V{"县政务服务中心", "县市场监管局"}));
  EXPECT_EQ(doc.tasks[2].lead_units, V{"县政务服务中心"});
  EXPECT_EQ(doc.tasks[2].cooperating_units, V{"县市场监管局"});
}

// Round 62 (350): a 说明 that says once what the fields of every task's 【】 hold, in order
// (依次为：责任领导； 牵头科室；配合单位): the fields read so, the leaders' left out where the first names no
// person, — an empty field; a 说明 that gives a part its leader (第二部分任务均由…同志负总责); ★ before a
// task's number kept beside its text (after the number it stays in the text, as printed).
TEST(BuildTest, FieldsLegendReadsUnlabelledBrackets) {
  Document doc = Extract(
      "附件\n\n说明：\n1．每项任务后【】内依次为：责任领导；牵头科室（站所）；配合单位（科室、站所、社区）。"
      "\n"
      "2．第二部分任务均由党工委书记周明远同志负总责，【】内不再列责任领导。\n"
      "一、党建\n1．推进甲。【周明远、沈佳怡；党建办；党政办、各社区党委】\n"
      "★2．推进乙。【许文静；党建办；—】\n3．推进丙。【林晓峰；统计站】\n"
      "二、机关建设\n1．推进丁。【党政办；纪工委】\n2．推进戊。【党建办】\n");
  ASSERT_EQ(doc.tasks.size(), 5u);
  EXPECT_EQ(LeaderNames(doc.tasks[0]), (V{"周明远", "沈佳怡"}));
  EXPECT_EQ(doc.tasks[0].lead_units, V{"党建办"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, (V{"党政办", "各社区党委"}));
  EXPECT_EQ(doc.tasks[1].id, "1.2");
  EXPECT_EQ(doc.tasks[1].text, "推进乙。【许文静；党建办；—】");
  EXPECT_TRUE(doc.tasks[1].cooperating_units.empty());
  EXPECT_EQ(LeaderNames(doc.tasks[2]), V{"林晓峰"});
  EXPECT_EQ(doc.tasks[2].lead_units, V{"统计站"});
  EXPECT_EQ(LeaderNames(doc.tasks[3]), V{"周明远"});
  EXPECT_EQ(doc.tasks[3].lead_units, V{"党政办"});
  EXPECT_EQ(doc.tasks[3].cooperating_units, V{"纪工委"});
  EXPECT_EQ(doc.tasks[4].lead_units, V{"党建办"});
  // Without the legend the fields are no clause of labels: the person is read as no unit of a lead.
  doc = Extract("一、党建\n1．推进甲。【党政办；纪工委】\n（1）推进乙。\n");
  for (const Task& t : doc.tasks) EXPECT_TRUE(t.lead_units.empty());
  // After the number, ★ is a word of the task as printed.
  doc = Extract("一、稳增长\n（1）★全力扩大有效投资。（牵头单位：市发展改革委）\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_TRUE(doc.tasks[0].text.starts_with("★全力"));
}

// Round 62 (348): a rule on a clause's first ， (第一个逗号“，”之前的单位为牵头单位…之后的单位为参与单位；
// 未用逗号分隔的，所列单位均为牵头单位), as the rule on its ； is read.
TEST(BuildTest, CommaRuleSplitsLeadsFromHelpers) {
  Document doc = Extract(
      "各学院：\n　　一、明确责任分工。责任单位中，第一个逗号“，”之前的单位为牵头单位，有两个及以上的为共同牵"
      "头"
      "单位；第一个逗号之后的单位为参与单位。未用逗号分隔的，所列单位均为牵头单位。\n"
      "附件\n\n工作要点\n\n一、人才培养\n1."
      "深化本科教育改革。（责任校领导：王立群；责任单位：教务处、研究生院，"
      "学生工作部（处）、各学院（部））\n2."
      "推进课程思政。（责任校领导：王立群；责任单位：教务处、马克思主义学院）\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[0].lead_units, (V{"教务处", "研究生院"}));
  EXPECT_EQ(doc.tasks[0].cooperating_units, (V{"学生工作部（处）", "各学院（部）"}));
  EXPECT_EQ(doc.tasks[1].lead_units, (V{"教务处", "马克思主义学院"}));
  EXPECT_TRUE(doc.tasks[1].cooperating_units.empty());
}

// Round 62 (349): an old site's page whose template lays the article out in a table's cell: the task table
// inside it is read as a table; a group row 一 | X同志牵头（N项） gives its tasks their leader, two parted by
// ， too; 协助局领导：Y in the 备注 adds Y; 参加单位 helps; （故宫博物院除外） is no part of the unit's name.
TEST(BuildTest, LayoutTableOfAPageHoldsTheTaskTable) {
  Result<Document> doc = ExtractBytes(
      "<!DOCTYPE html><html><body><table><tr><td>首页</td><td>政务公开</td></tr><tr><td colspan=2>"
      "<p>国家文物局办公室关于印发分工方案的通知</p><p>附件</p>"
      "<table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td><td>参加单位</td><td>备注</td></tr>"
      "<tr><td>一</td><td colspan=4>局党组书记、局长甄怀远同志牵头（2项）</td></tr>"
      "<tr><td>1</td><td>编制发展规划。</td><td>政策法规司</td><td>各司室</td><td>协助局领导：邵明川</td></"
      "tr>"
      "<tr><td>2</td><td>修订文物保护法。</td><td>政策法规司</td><td>办公室</td><td></td></tr>"
      "<tr><td>二</td><td colspan=4>副局长邵明川同志，副局长柏静姝同志共同牵头（1项）</td></tr>"
      "<tr><td>1</td><td>强化预算管理。</td><td>办公室</td><td>各直属单位（故宫博物院除外）</td><td></td></"
      "tr>"
      "</table></td></tr></table></body></html>",
      "layout.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(LeaderNames(doc->tasks[0]), (V{"甄怀远", "邵明川"}));
  EXPECT_EQ(doc->tasks[0].cooperating_units, V{"各司室"});
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"甄怀远"});
  EXPECT_EQ(LeaderNames(doc->tasks[2]), (V{"邵明川", "柏静姝"}));
  EXPECT_EQ(doc->tasks[2].cooperating_units, V{"各直属单位"});
}

// Round 62 (347): a report form's 示例 row, which repeats a task to show how to fill the form in, and the
// points of a 填报说明： (1. on its line, 2. 3. below) are no tasks.
TEST(BuildTest, ExampleRowAndFormNotesAreNoTasks) {
  Document doc = Extract(
      "附件1\n\n重点工作任务分解表\n\n| 序号 | 重点工作任务 | 责任部门 | 协办部门 |\n|---|---|---|---|\n"
      "| 1 | 完成改革收官任务。 | 企业管理部 | 财务资产部 |\n\n附件2\n\n推进情况季度报送表\n\n"
      "| 序号 | 任务编号 | 重点工作任务 | 责任部门 | 本季度推进情况 |\n|---|---|---|---|---|\n"
      "| 示例 | 1 | 完成改革收官任务 | 企业管理部 | 一季度完成改革台账任务销号21项。 |\n\n"
      "填报说明：1.“任务编号”与附件1一致。\n2."
      "由责任部门填报，涉及多个责任部门的，由列第一位的部门汇总填报。\n"
      "3.“完成进度”填写截至本季度末累计完成比例。\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"企业管理部"});
}

// Round 63 (352): 排在第一位的市局警种、部门为牵头单位 states the rule with words between; the units it
// passes over (各分局、各县（市）公安局和派出所…均不作为牵头单位) lead nowhere; 政委, 兼 in a title; a part's
// bracket that gives its leaders and the unit that leads all its tasks
// (…。本部分各项任务均由交警支队牵头，以下 只列配合单位), a task with no bracket under it too;
// （此项由A牵头，B配合）; a leaders' label that names no one (局党委班子成员按分工分别负责) stands for the
// part's.
TEST(BuildTest, PoliceBureauRulesAndPartBrackets) {
  Document doc = Extract(
      "各分局：\n　　二、明确责任分工。各项任务的责任单位中，排在第一位的市局警种、部门为牵头单位，其余单位为"
      "配合单位；"
      "各分局、各县（市）公安局和派出所负责本辖区的具体落实，不论排列先后，均不作为牵头单位。\n"
      "附件\n\n分工方案\n\n一、加强党的领导（共2项，分管局领导：党委副书记、政委陈秉文）\n"
      "1．推进理论武装。（责任单位：政治部、机关党委）\n"
      "2．压实管党治警责任。（责任局领导：局党委班子成员按分工分别负责；责任单位：各派出所、政治部）\n"
      "二、维护交通安全（共2项，分管局领导：党委委员、副局长兼交警支队支队长蒋立群。本部分各项任务均由交警支"
      "队牵头，"
      "以下只列配合单位）\n1．整治交通违法。（配合单位：交警支队高速公路大队、各分局）\n2．推进智慧交管。（此"
      "项由科技信息化支队"
      "牵头，交警支队配合）\n3．深化放管服改革。\n");
  ASSERT_EQ(doc.tasks.size(), 5u);
  EXPECT_EQ(LeaderNames(doc.tasks[0]), V{"陈秉文"});
  EXPECT_EQ(doc.tasks[0].lead_units, V{"政治部"});
  EXPECT_TRUE(doc.tasks[1].leaders.empty());
  EXPECT_EQ(doc.tasks[1].lead_units, V{"政治部"});
  EXPECT_EQ(doc.tasks[1].cooperating_units, V{"各派出所"});
  EXPECT_EQ(LeaderNames(doc.tasks[2]), V{"蒋立群"});
  EXPECT_EQ(doc.tasks[2].lead_units, V{"交警支队"});
  EXPECT_EQ(doc.tasks[2].cooperating_units, (V{"交警支队高速公路大队", "各分局"}));
  EXPECT_EQ(doc.tasks[3].lead_units, V{"科技信息化支队"});
  EXPECT_EQ(doc.tasks[3].cooperating_units, V{"交警支队"});
  EXPECT_EQ(doc.tasks[4].id, "2.3");
  EXPECT_EQ(doc.tasks[4].lead_units, V{"交警支队"});
  EXPECT_EQ(LeaderNames(doc.tasks[4]), V{"蒋立群"});
}

// Round 63 (354): a MkDocs page: content tabs (=== "一、…") and admonitions (!!! note "填表说明") whose
// titles are the headings and labels, their text indented; a matrix whose one header row names a unit over
// each column (★ leads, ○ or 〇 helps, ⭐ as ★, a mark with its part in brackets); 其他部门 helps, a name
// signed ★ in it leading beside the marked lead; the part's leaders on a line over its table, an empty
// leaders' cell theirs where a note says so; 第一部分各项任务，各临床科室均为配合部门 adds them to the part.
TEST(BuildTest, MkDocsTabsOfUnitNameMatrices) {
  Result<Document> doc = ExtractBytes(
      "# 分工\n\n!!! note \"填表说明\"\n"
      "    1. 部门栏标“★”的为牵头部门，标“○”的为配合部门。\n"
      "    2. “其他部门”栏所列部门均为配合部门；部门名称后标“★”的，为牵头部门。\n"
      "    3. “责任院领导”栏空白的，由本部分分管院领导负责。\n"
      "    4. 第一部分各项任务，各临床科室均为配合部门，表中不再单列。\n\n"
      "=== \"一、医疗质量（2项）\"\n\n    **分管院领导**：副院长　顾晓岚\n\n"
      "    | 序号 | 重点工作 | 责任院领导 | 医务部 | 质控办 | 院感科 | 其他部门 |\n"
      "    |:---:|---|:---:|:---:|:---:|:---:|---|\n"
      "    | 1 | 落实核心制度。 | 院长　沈知行 | ★ | 〇 |  | — |\n"
      "    | 2 | 加强感染防控。 |  | ○（督导） |  | ⭐ | 后勤保障部 |\n\n"
      "=== \"二、运营管理（1项）\"\n\n    **分管院领导**：总会计师　何静远\n\n"
      "    | 序号 | 重点工作 | 责任院领导 | 财务部 | 运营管理部 | 其他部门 |\n"
      "    |:---:|---|:---:|:---:|:---:|---|\n"
      "    | 1 | 深化绩效改革。 |  | ○ | ★ | 人力资源部★ |\n",
      "matrix.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(doc->tasks[0].id, "1.1");
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"沈知行"});
  EXPECT_EQ(doc->tasks[0].lead_units, V{"医务部"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"质控办", "各临床科室"}));
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"顾晓岚"});
  EXPECT_EQ(doc->tasks[1].lead_units, V{"院感科"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, (V{"医务部", "后勤保障部", "各临床科室"}));
  EXPECT_EQ(doc->tasks[2].id, "2.1");
  EXPECT_EQ(LeaderNames(doc->tasks[2]), V{"何静远"});
  EXPECT_EQ(doc->tasks[2].lead_units, (V{"运营管理部", "人力资源部"}));
  EXPECT_EQ(doc->tasks[2].cooperating_units, V{"财务部"});
}

// Round 63 (353, 351): a page's unit chips, nothing between them in the markup (<span class="unit-chip">A
// </span><span class="unit-chip">B</span>), are two units; 主任会议成员 names no leader.
TEST(BuildTest, PageChipsAreUnitsApartAndMembersNoLeader) {
  Result<Document> doc = ExtractBytes(
      "<!DOCTYPE html><html><body><p>一、产业发展</p><p>1.培育壮大茶产业。</p>"
      "<dl><dt>牵头单位：</dt><dd><span class=\"unit-chip\">镇农业综合服务中心</span></dd>"
      "<dt>配合单位：</dt><dd><span class=\"unit-chip\">镇经济发展办公室</span><span class=\"unit-chip\">"
      "镇财政所</span></dd></dl>"
      "<p>2.推进园区建设。（责任领导：主任会议成员；牵头单位：镇经济发展办公室）</p></body></html>",
      "chips.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"镇农业综合服务中心"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"镇经济发展办公室", "镇财政所"}));
  EXPECT_TRUE(doc->tasks[1].leaders.empty());
}

// The session's review: 均同上 after a unit with 和 in its name (县发展和改革局) and with one label; a 首位
// that states no rule (首位产业以县工信局为牵头单位); a legend's bracket of deadlines no clause, and a legend
// after an earlier 依次; a 备注 naming no person (待定); 县委常委 and 检察长 titles; a page's task table with
// a small table in one cell a task table still; √（牵头） in a matrix leads.
TEST(BuildTest, SessionReviewFindingsStayFixed) {
  Document doc = Extract(
      "一、重点任务\n1.推进甲。（责任领导：县委常委刘宏伟；牵头单位：县发展和改革局；参与单位：县财政局）\n"
      "2.推进乙。（牵头单位：县发展和改革局；责任领导、参与单位均同上）\n"
      "3.推进丙。（牵头单位：县住房和城乡建设局；参与单位均同上）\n"
      "4.推进丁。（责任领导：县检察院检察长王志刚；牵头单位：县人民检察院）\n");
  ASSERT_EQ(doc.tasks.size(), 4u);
  EXPECT_EQ(doc.tasks[0].leaders.size(), 1u);  // (县委常委刘宏伟 kept, though its title is not told apart)
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(doc.tasks[1].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[1].cooperating_units, V{"县财政局"});
  EXPECT_EQ(doc.tasks[2].lead_units, V{"县住房和城乡建设局"});
  EXPECT_EQ(doc.tasks[2].cooperating_units, V{"县财政局"});
  EXPECT_EQ(LeaderNames(doc.tasks[3]), V{"王志刚"});
  doc = Extract(
      "一、重点任务\n1.推进甲。责任单位：县财政局、县发展和改革局。\n二、工作要求\n"
      "各单位要强化协同配合。首位产业以县工信局为牵头单位，每季度调度一次。\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_TRUE(doc.tasks[0].lead_units.empty());
  doc = Extract(
      "各单位：\n　　各项任务按时间节点依次推进。每项任务后括号内依次为责任领导、牵头单位、配合单位。\n"
      "1.推进甲。（副县长王建平；县发展和改革局；县财政局）\n2.完善园区设施（2025年6月底前；持续推进）\n");
  ASSERT_FALSE(doc.tasks.empty());
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发展和改革局"});
  for (const Task& t : doc.tasks) EXPECT_TRUE(t.lead_units.empty() || t.lead_units[0] != "2025年6月底前");
  doc = Extract(
      "| 序号 | 重点任务 | 责任领导 | 牵头单位 | 备注 |\n|---|---|---|---|---|\n"
      "| 1 | 推进甲 | 副县长王建平 | 县发展和改革局 | 协助领导：待定 |\n"
      "| 2 | 推进乙 | 副县长李华 | 县农业农村局 | 协助领导：赵敏 |\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(LeaderNames(doc.tasks[0]), V{"王建平"});
  EXPECT_EQ(LeaderNames(doc.tasks[1]), (V{"李华", "赵敏"}));
  Result<Document> page = ExtractBytes(
      "<!DOCTYPE html><html><body><p>通知</p><table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td>"
      "<td>配合单位</td></tr><tr><td>1</td><td>推进甲</td><td>县发展和改革局</td><td>县财政局</td></tr>"
      "<tr><td>2</td><td>改造道路<table><tr><td>东环路</td><td>3公里</td></tr></table></td>"
      "<td>县住房和城乡建设局</td><td>县交通运输局</td></tr></table></body></html>",
      "nested.html");
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->tasks.size(), 2u);
  EXPECT_EQ(page->tasks[1].lead_units, V{"县住房和城乡建设局"});
  doc = Extract(
      "| 序号 | 重点任务 | 县发展和改革局 | 县财政局 |\n|---|---|---|---|\n| 1 | 推进甲 | √（牵头） | √ |\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, V{"县财政局"});
}

// Round 64 (355, 356, 358): a table's group rows, a leader's (二、党委委员、副局长X（分管…）) over a unit's
// ((一）办公室（3项）), give their rows' tasks leader and lead; 协管局领导：Y in a 备注 adds Y; 纪检组组长
// and 政治委员 are titles. A bracket of leaders with 同志 before their verb, then the units' clause, under a
// rule that the first unlisted-as-lead unit leads (A、B负责，C配合: A leads). A system's export of a row per
// task and unit: rows repeating the task's words are one task, and 承办类型 gives each row's unit its part.
TEST(BuildTest, GroupRowsComradesAndRowPerUnitExports) {
  Document doc = Extract(
      "| 序号 | 重点工作任务 | 协同部门（单位） | 备注 |\n|---|---|---|---|\n"
      "| 一、党委委员、纪检组组长覃立（分管督察内审科） | | | |\n| | （一）督察内审科（2项） | | |\n"
      "| 1 | 开展税收执法督察。 | 法制科 | |\n| 2 | 深化内控监督平台应用。 | 信息中心 | 协管局领导：温雅琴 "
      "|\n| 3 | 推广数电发票。 | 信息中心 | 与纳税服务科共同牵头 |\n");
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[2].lead_units, (V{"督察内审科", "纳税服务科"}));
  EXPECT_EQ(LeaderNames(doc.tasks[0]), V{"覃立"});
  EXPECT_EQ(doc.tasks[0].lead_units, V{"督察内审科"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, V{"法制科"});
  EXPECT_EQ(LeaderNames(doc.tasks[1]), (V{"覃立", "温雅琴"}));
  doc = Extract(
      "各县（市、区）党委：\n　　二、压实工作责任。括号内列出的单位中，注明“牵头”的为牵头单位；未注明“牵头”的"
      "，排在第一位的"
      "单位为牵头单位。\n附件\n\n分工方案\n\n"
      "（一）扩大有效投资。（市委副书记、市长苏怀瑾同志，市委常委、常务副市长欧阳景行同志牵头，市发展改革委、"
      "市统计局负责，"
      "各县（市、区）党委和政府抓好落实）\n"
      "（二）加强双拥工作。（市委常委、霁州军分区政治委员宁远征同志牵头，霁州军分区、市退役军人事务局负责，市"
      "国防动员办公室"
      "配合）\n（三）为基层减负。（市委办公室、市政府办公室负责，市委组织部配合）\n");
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(LeaderNames(doc.tasks[0]), (V{"苏怀瑾", "欧阳景行"}));
  EXPECT_EQ(doc.tasks[0].lead_units, V{"市发展改革委"});
  EXPECT_EQ(LeaderNames(doc.tasks[1]), V{"宁远征"});
  EXPECT_EQ(doc.tasks[1].lead_units, V{"霁州军分区"});
  EXPECT_EQ(doc.tasks[2].lead_units, V{"市委办公室"});
  EXPECT_EQ(doc.tasks[2].cooperating_units, (V{"市政府办公室", "市委组织部"}));
  // Without such a rule, units said to be responsible beside helpers lead, all of them, as before.
  doc = Extract("（一）为基层减负。（市委办公室、市政府办公室负责，市委组织部配合）\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_EQ(doc.tasks[0].lead_units, (V{"市委办公室", "市政府办公室"}));
  doc = Extract(
      "序号,任务序号,任务内容,承办单位,承办类型\n1,1,全力扩大有效投资，实施市级重点项目260个以上。,"
      "市发展和改革委员会,牵头单位\n"
      "2,1,全力扩大有效投资，实施市级重点项目260个以上。,市财政局,配合单位\n"
      "3,2,持续扩大消费，开展促消费活动30场以上。,市商务局,牵头单位\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"市发展和改革委员会"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, V{"市财政局"});
  EXPECT_EQ(doc.tasks[1].lead_units, V{"市商务局"});
}

// Round 64 (357): an image inlined as a data: URI longer than a tag's usual bound (pdf2htmlEX's page
// backgrounds) is a tag still, not text: its markup leaked into the page's paragraphs.
TEST(BuildTest, LongDataUriImageIsATag) {
  const std::string uri(6000, 'A');
  Result<Document> doc = ExtractBytes(
      "<!DOCTYPE html><html><body><p>一、重点任务</p><img class=\"bi\" alt=\"\" "
      "src=\"data:image/svg+xml;base64," +
          uri + "\"/><p>1.推进甲。（牵头单位：县发展和改革局）</p></body></html>",
      "uri.html");
  ASSERT_TRUE(doc.ok());
  for (const Block& b : doc->blocks)
    EXPECT_EQ(b.text.find("<img"), std::string::npos) << b.text.substr(0, 40);
  ASSERT_EQ(doc->tasks.size(), 1u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发展和改革局"});
}

// The session's second review: rows repeating a category's name over measures of their own are tasks each;
// a topic's group row (一、数字政府（2项）) names no lead; units said responsible beside helpers all lead
// where no rule says otherwise (two brackets of a task too); a 推进方式 column gives no unit its part;
// 与相关部门共同 牵头 adds no lead; a quote left open in a page's link does not swallow the page.
TEST(BuildTest, SecondReviewFindingsStayFixed) {
  Document doc = Extract(
      "| 序号 | 重点任务 | 具体措施 | 牵头单位 | 配合单位 |\n|---|---|---|---|---|\n"
      "| 1 | 全力扩大有效投资促进经济平稳增长 | 谋划储备重大项目。 | 县发展和改革局 | 县财政局 |\n"
      "| 2 | 全力扩大有效投资促进经济平稳增长 | 推进园区基础设施建设。 | 县住房和城乡建设局 | 县自然资源局 "
      "|\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县住房和城乡建设局"});
  doc = Extract(
      "| 序号 | 重点任务 | 责任单位 | 推进方式 |\n|---|---|---|---|\n| 一、数字政府（1项） | | | |\n"
      "| 1 | 建设政务数据共享平台 | 县大数据中心 | 协同推进 |\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县大数据中心"});
  doc = Extract(
      "一、重点任务\n1."
      "完善园区道路管网（县住房和城乡建设局、县交通运输局负责，县财政局配合），招引项目（县商务局牵头，"
      "县投资促进中心配合）。\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_EQ(doc.tasks[0].lead_units, (V{"县住房和城乡建设局", "县交通运输局", "县商务局"}));
  doc = Extract(
      "| 序号 | 重点任务 | 牵头单位 | 备注 |\n|---|---|---|---|\n| 1 | 推进一网通办改革 | 县政务服务中心 | "
      "与相关部门共同牵头 |\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县政务服务中心"});
  std::string page =
      "<!DOCTYPE html><html><body><p>一、重点任务</p><p><a href=\"http://example.gov.cn/>首页</a></p>";
  for (int n = 1; n <= 40; ++n)
    page += "<p>" + std::to_string(n) + ".加快推进第" + std::to_string(n) +
            "批产业园区标准化厂房建设。（牵头单位：县发展和改革局）</p>";
  page += "<p>共计55\"项</p></body></html>";
  Result<Document> html = ExtractBytes(page, "quote.html");
  ASSERT_TRUE(html.ok());
  EXPECT_GE(html->tasks.size(), 39u);
}

// Round 65 (359): a rectification list (整改任务清单), a problem's number and words over rows of its
// measures, each numbered in its own cell (1. 2． 3、): each measure a task numbered under its problem
// (2.1, 2.2), its text without its number, the problem kept beside it; a problem of one measure keeps its own
// number. The group header 整改责任 over 责任领导 | 责任股室 is the units' (the table was read as none
// before).
TEST(BuildTest, RectificationMeasuresAreTasksUnderTheirProblem) {
  const Document doc = Extract(
      "| 序号 | 巡察反馈问题 | 整改措施 | 整改责任 | | 整改时限 |\n|---|---|---|---|---|---|\n"
      "| | | | 责任领导 | 责任股室 | |\n"
      "| 1 | 理论学习不够深入。 | 1.完善党组理论学习中心组学习制度。 | 李明轩 | 办公室 | 2024年9月底前 |\n"
      "| | | 2．规范第一议题学习。 | 李明轩 | 机关党总支 | 长期坚持 |\n"
      "| | | 3、梳理会议记录并补正。 | 吴晓梅 | 办公室、人事股 | 2024年9月底前 |\n"
      "| 2 | 财务管理不规范。 | 全面清查公务接待费用。 | 吴晓梅 | 计划财务股 | 2024年10月底前 |\n");
  ASSERT_EQ(doc.tasks.size(), 4u);
  EXPECT_EQ(doc.tasks[0].id, "1.1");
  EXPECT_EQ(doc.tasks[1].id, "1.2");
  EXPECT_EQ(doc.tasks[2].id, "1.3");
  EXPECT_EQ(doc.tasks[3].id, "2");
  EXPECT_EQ(doc.tasks[1].text, "规范第一议题学习。");
  EXPECT_EQ(doc.tasks[2].responsible_units, (V{"办公室", "人事股"}));  // (no rule says which leads)
  ASSERT_EQ(doc.tasks[2].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[2].leaders[0].name, "吴晓梅");
  ASSERT_FALSE(doc.tasks[0].extra.empty());
  EXPECT_EQ(doc.tasks[0].extra[0].second, "理论学习不够深入。");
}

// The review of round 65's readings: the heads or leading body of a party committee or a government name no
// one (县委、县政府主要领导亲自抓, 县委常委班子负责, 县委常委会负责), and the units after them stay the
// clause's; 相关同志 is no one's name; a header ending in 责任 keeps an older meaning first (领导责任 a
// leader's column, 牵头责任 the lead's); measures numbered on through a list keep their own numbers; a place
// after a heading's leaders' label is no leader.
TEST(BuildTest, Round65ReviewFindingsStayFixed) {
  Document doc = Extract(
      "一、经济发展\n"
      "1.推进重大项目建设。（县委、县政府主要领导亲自抓，县发展改革局牵头，县财政局配合）\n"
      "2.抓好招商引资工作。（县委常委班子负责，县商务局牵头）\n"
      "3.推进乡村振兴。（县委常委会负责，县农业农村局牵头）\n"
      "4.抓好项目谋划。（相关同志负责，县发展改革局牵头）\n"
      "5.做好防汛工作。（县水利局主要负责人负责）\n");
  ASSERT_EQ(doc.tasks.size(), 5u);
  const V lead[] = {{"县发展改革局"}, {"县商务局"}, {"县农业农村局"}, {"县发展改革局"}, {"县水利局"}};
  for (size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(doc.tasks[i].lead_units, lead[i]) << i;
    EXPECT_TRUE(doc.tasks[i].leaders.empty()) << i;
  }
  EXPECT_EQ(doc.tasks[0].cooperating_units, V{"县财政局"});
  doc = Extract(
      "| 序号 | 整改任务 | 领导责任 | 直接责任 |\n|---|---|---|---|\n| 1 | 完善学习制度。 | 李明轩 | 办公室 "
      "|\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  ASSERT_EQ(doc.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[0].leaders[0].name, "李明轩");
  EXPECT_EQ(doc.tasks[0].lead_units, V{"办公室"});
  doc = Extract(
      "| 序号 | 重点任务 | 牵头责任 | 配合责任 |\n|---|---|---|---|\n| 1 | 推进项目建设。 | 县发展改革局 | "
      "县财政局 |\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发展改革局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, V{"县财政局"});
  doc = Extract(
      "| 序号 | 存在问题 | 整改措施 | 责任领导 | 责任股室 |\n|---|---|---|---|---|\n"
      "| 1 | 学习不够深入。 | 1.完善学习制度。 | 李明轩 | 办公室 |\n| | | 2.规范第一议题学习。 | 李明轩 | "
      "办公室 |\n"
      "| 2 | 财务不规范。 | 3.清查接待费用。 | 吴晓梅 | 计划财务股 |\n| | | 4.修订财务制度。 | 吴晓梅 | "
      "计划财务股 |\n"
      "| 3 | 档案不规范。 | 5.开展档案整理。 | 吴晓梅 | 办公室 |\n");
  ASSERT_EQ(doc.tasks.size(), 5u);
  for (size_t i = 0; i < 5; ++i) EXPECT_EQ(doc.tasks[i].id, std::to_string(i + 1)) << i;
  EXPECT_EQ(doc.tasks[4].text, "开展档案整理。");
  doc = Extract(
      "| 序号 | 重点任务 | 牵头单位 |\n|---|---|---|\n| 一、经济发展（1项）　责任县领导：高新区 | | |\n"
      "| 1 | 推进项目建设。 | 县发展改革局 |\n| 二、社会事业（1项）　责任县领导:王明 | | |\n| 1 | 办好教育。 "
      "| 县教育局 |\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_TRUE(doc.tasks[0].leaders.empty());
  ASSERT_EQ(doc.tasks[1].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[1].leaders[0].name, "王明");
}

// Round 66 (366, a township clerk's text): 实施村 is a label (any role's word before 村 or 社区);
// 以上1—3项包抓 领导：X gives the items above by number their leader (a range of numbers, no count); a part
// heading that names its lead beside its leaders (牵头单位均为乡党政办，…括号内为配合单位) makes the units
// each task lists help, whatever the first-lead rule says; a label's value parted by single spaces after a
// spaced-out label (责 任 人：X      配合部门：A B C) keeps its units apart.
TEST(BuildTest, ClerksLabelsItemLeadersAndAPartsLead) {
  Document doc = Extract(
      "未注明牵头单位的，排在第一位的为牵头单位。\n"
      "一、社会事业（4项）\n"
      "1、办好教育。\n    牵头单位：中心学校\n2、推进健康乡村建设。\n    牵头单位：卫生院\n"
      "    以上1—2项包抓领导：副乡长 吴春梅\n"
      "3、通村道路硬化4.6公里。    包村领导：郑涛    牵头：村建中心    实施村：石门村、柳湾村\n"
      "4．发展村级集体经济。\n    责 任 人：冯晓蕾      牵头部门：乡村振兴办      配合部门：财政所 经发办 "
      "农综中心\n"
      "二、政府自身建设（2项）（本部分任务分管领导均为钱立新，牵头单位均为乡党政办，不再逐项列出，括号内为配"
      "合单位）\n"
      "1、推进法治政府建设。（司法所）\n2、深化放管服改革。（便民服务中心、各站所）\n");
  ASSERT_EQ(doc.tasks.size(), 6u);
  for (size_t i = 0; i < 2; ++i) {
    ASSERT_EQ(doc.tasks[i].leaders.size(), 1u) << i;
    EXPECT_EQ(doc.tasks[i].leaders[0].name, "吴春梅");
  }
  EXPECT_EQ(doc.tasks[2].lead_units, V{"村建中心"});
  EXPECT_EQ(doc.tasks[2].cooperating_units, (V{"石门村", "柳湾村"}));
  EXPECT_EQ(doc.tasks[3].cooperating_units, (V{"财政所", "经发办", "农综中心"}));
  EXPECT_EQ(doc.tasks[5].lead_units, V{"乡党政办"});
  EXPECT_EQ(doc.tasks[5].cooperating_units, (V{"便民服务中心", "各站所"}));
  ASSERT_EQ(doc.tasks[5].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[5].leaders[0].name, "钱立新");
  // A name after the words of the post it holds, in a leaders' value (南片包片领导李文静).
  doc = Extract("一、平安建设\n1、做好防汛工作。（责任领导：南片包片领导李文静；牵头单位：应急办）\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  ASSERT_EQ(doc.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[0].leaders[0].name, "李文静");
  EXPECT_EQ(doc.tasks[0].leaders[0].title, "南片包片领导");
}

// The review of rounds 66 and 67: a township's, a zone's or 各镇党委's heads name that body responsible (only
// the county's own 县委 and 县政府 have leaders for heads); a bracket of those alone names no unit;
// 县级领导包案 is no one, 王玉会 is someone; a part's 牵头单位均为排在第一位的单位 is a rule, no unit;
// numbered measures beside a numbered list of units as long as some of them stay one task.
TEST(BuildTest, Round67ReviewFindingsStayFixed) {
  Document doc = Extract(
      "一、安全生产\n"
      "1.压实属地管理责任。（各镇人民政府主要负责同志负责）\n"
      "2.加强园区企业安全监管。（县经济开发区管委会主要负责同志负责，县应急管理局配合）\n"
      "3.落实森林防火责任。（各镇党委主要领导负总责，县林业局配合）\n"
      "4.健全安全生产责任体系。（县委、县政府主要领导负责）\n"
      "5.全面排查化解信访积案。（责任领导：县级领导包案；牵头单位：县信访局）\n"
      "6.加快重大项目建设。（责任领导：王玉会；牵头单位：县发展改革局）\n");
  ASSERT_EQ(doc.tasks.size(), 6u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"各镇人民政府"});
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县经济开发区管委会"});
  EXPECT_TRUE(doc.tasks[1].leaders.empty());
  EXPECT_EQ(doc.tasks[2].lead_units, V{"各镇党委"});
  EXPECT_TRUE(doc.tasks[3].responsible_units.empty());
  EXPECT_TRUE(doc.tasks[3].leaders.empty());
  EXPECT_TRUE(doc.tasks[4].leaders.empty());
  ASSERT_EQ(doc.tasks[5].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[5].leaders[0].name, "王玉会");
  // (A负责，B牵头，C配合: B and C were dropped; a rule after the verb is no clause of units.)
  doc = Extract(
      "一、安全\n1.开展消防安全排查。（县消防救援大队负责，县发展改革局牵头，县财政局配合）\n"
      "2.抓好项目。（县财政局负责，排在第一位的为牵头单位）\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发展改革局"});
  EXPECT_EQ(doc.tasks[0].responsible_units.size(), 3u);
  EXPECT_EQ(doc.tasks[1].responsible_units, V{"县财政局"});
  doc = Extract(
      "一、经济发展（本部分任务分管领导均为王志强副县长，牵头单位均为排在第一位的单位）\n"
      "1.加快重大项目建设。（县财政局、县统计局负责）\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_EQ(doc.tasks[0].responsible_units, (V{"县财政局", "县统计局"}));
  EXPECT_TRUE(std::find(doc.tasks[0].lead_units.begin(), doc.tasks[0].lead_units.end(), "排在第一位的单位") ==
              doc.tasks[0].lead_units.end());
  doc = Extract(
      "| 序号 | 重点任务 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- |\n"
      "| 1 | 1.实施重大项目攻坚行动。<br>2.建立项目要素保障机制。<br>3.开展项目谋划储备。 | 县发展改革局 | "
      "1.县财政局<br>2.县自然资源局 |\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_EQ(doc.tasks[0].cooperating_units, (V{"县财政局", "县自然资源局"}));
}

// Round 68 (374): a page's table whose lead units are set in red, where the notice says so
// (以红色字体标注的为 牵头单位): red by a style's color, a <font>, an inherited cell colour under black runs,
// Excel's 深红; not a background colour; a cell with no red falls to the first-lead rule.
TEST(BuildTest, RedUnitsLeadWhereTheNoticeSaysSo) {
  const std::string page =
      "<html><body><p>"
      "“责任单位”栏中，以红色字体标注的为牵头单位，其余为配合单位；未作标注的，排在第一位的为牵头单位。</p>"
      "<table><tr><td>序号</td><td>重点任务</td><td>责任单位</td></tr>"
      "<tr><td>1</td><td>扩大有效投资。</td><td>旗财政局、<span "
      "style=\"color:#FF0000\">旗发改委</span></td></tr>"
      "<tr><td>2</td><td>促进消费。</td><td style=\"color: red\"><span "
      "style=\"color:#000000\">旗统计局</span>、"
      "旗商务局</td></tr>"
      "<tr><td>3</td><td>建设园区。</td><td>旗工信局、<font color=\"#C00000\">旗农</font><span "
      "style=\"color:rgb(192, 0, 0)\">牧局</span></td></tr>"
      "<tr><td>4</td><td>办好教育。</td><td>旗教育局、<span "
      "style=\"background-color:red\">旗财政局</span></td></tr>"
      "</table></body></html>";
  Result<Document> doc = ExtractBytes(page, "red.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"旗发改委"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, V{"旗财政局"});
  EXPECT_EQ(doc->tasks[1].lead_units, V{"旗商务局"});
  EXPECT_EQ(doc->tasks[2].lead_units, V{"旗农牧局"});
  EXPECT_EQ(doc->tasks[3].lead_units, V{"旗教育局"});
  EXPECT_EQ(doc->tasks[3].cooperating_units, V{"旗财政局"});
  // The review's: red units a line each, an old editor's upper case, a row's colour, the rule worded the
  // other way round, and bold said too.
  const std::string other =
      "<html><body><p>牵头单位用红色字体标注；责任单位栏中加粗的为牵头单位。</p>"
      "<table><tr><td>序号</td><td>重点任务</td><td>责任单位</td></tr>"
      "<tr><td>1</td><td>扩大投资。</td><td><font color=\"red\">旗发改委</font><br><font "
      "color=\"red\">旗财政局</font><br>旗统计局</td></tr>"
      "<tr><td>2</td><td>促进消费。</td><td><SPAN style=\"COLOR: "
      "#ff0000\">旗商务局</SPAN>、旗财政局</td></tr>"
      "<tr style=\"color:#ff0000\"><td>3</td><td>建设园区。</td><td>旗工信局、<font "
      "color=\"#000000\">旗财政局</font></td></tr>"
      "<tr><td>4</td><td>办好教育。</td><td>旗财政局、<strong>旗教育局</strong></td></tr>"
      "</table></body></html>";
  doc = ExtractBytes(other, "red2.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_EQ(doc->tasks[0].lead_units, (V{"旗发改委", "旗财政局"}));
  EXPECT_EQ(doc->tasks[0].cooperating_units, V{"旗统计局"});
  EXPECT_EQ(doc->tasks[1].lead_units, V{"旗商务局"});
  EXPECT_EQ(doc->tasks[2].lead_units, V{"旗工信局"});
  EXPECT_EQ(doc->tasks[3].lead_units, V{"旗教育局"});
}

// Round 67 (369, a project list): the 合计 row with its count and the category rows with their sums in the
// figures' columns are no tasks (before, each was one, numbered on from the row above).
TEST(BuildTest, ProjectListSumRowsAreNoTasks) {
  const Document doc = Extract(
      "| 序号 | 项目名称 | 总投资（万元） | 责任单位 | 包抓市领导 |\n|---|---|---|---|---|\n"
      "| 合计（3个） | | 1650000 | | |\n| 一、先进制造业项目（2个） | | 1500000 | | |\n"
      "| 1 | 年产20GWh动力电池电芯项目 | 1200000 | 穆阳高新区管委会 | 陶景明 |\n"
      "| 2 | 高端装备制造产业园（一期）项目 | 300000 | 穆阳经开区管委会 | 贺书涛 |\n"
      "| 二、现代服务业项目（1个） | | 150000 | | |\n"
      "| 3 | 国际陆港多式联运物流园项目 | 150000 | 市商务局 | 贺书涛 |\n");
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[2].number, 3);
  EXPECT_EQ(doc.tasks[2].lead_units, V{"市商务局"});
}

// Round 71 (386): a county's list taking over its city's tasks, the city's 责任领导 and 牵头单位 printed
// beside the county's under a group given for reference (市级分工（对接参考）): the county's columns assign
// the task, the city's are kept as extra fields; and the body's rule
// （“牵头单位”栏列有两个单位的，两个单位共同牵头） names no unit 两个单位.
TEST(BuildTest, ColumnsUnderAGroupGivenForReferenceAssignNothing) {
  const Document doc = Extract(
      "一、明确责任分工。“牵头单位”栏列有两个单位的，两个单位共同牵头。\n\n"
      "<table><tr><td rowspan=\"2\">序号</td><td rowspan=\"2\">重点任务</td><td "
      "colspan=\"2\">市级分工（对接参考）</td>"
      "<td colspan=\"3\">县级责任分工</td></tr>"
      "<tr><td>责任领导</td><td>牵头单位</td><td>责任领导</td><td>牵头单位</td><td>配合单位</td></tr>"
      "<tr><td>1</td><td>实施重大项目攻坚行动</td><td>邱嘉铭</td><td>市发展改革委</td><td>贺明远</td>"
      "<td>县发展和改革局</td><td>县财政局、县统计局</td></tr></table>\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, (V{"县财政局", "县统计局"}));
  ASSERT_EQ(doc.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[0].leaders[0].name, "贺明远");
}

// The second review's: inputs the first readings of rounds 70 and 71 misread, in tests/unit/data/columns/ —
// a page column that is a list of items is a column; a clause line wrapped in a column ends at its units;
// a header group 县级对接责任 alone assigns its tasks (对接 demotes a group only beside another giving the
// same roles); a title over a table's header is no column of it.
TEST(BuildTest, ColumnsListsClauseLinesAndGroupsAsTheyWere) {
  const auto read = [](const char* name) {
    Result<Document> doc = ExtractBytes(
        testing::ReadFile(std::string(GONGWEN_SOURCE_DIR) + "/tests/unit/data/columns/" + name), name);
    if (!doc.ok()) throw std::runtime_error(doc.status().ToString());
    return std::move(doc).value();
  };
  const Document list = read("list_column.txt");
  size_t right = 0;
  for (const DocumentBlock& b : list.blocks) right += b.style.column == 2;
  EXPECT_GE(right, 5u);
  const Document clause = read("clause_column.txt");
  ASSERT_FALSE(clause.tasks.empty());
  EXPECT_EQ(clause.tasks.back().responsible_units,
            (V{"市财政局", "市发展和改革委员会", "市自然资源和规划局"}));
  const Document group = read("duijie_group.txt");
  ASSERT_EQ(group.tasks.size(), 2u);
  EXPECT_EQ(group.tasks[0].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(group.tasks[0].cooperating_units, (V{"县财政局", "县自然资源局"}));
  ASSERT_EQ(group.tasks[0].leaders.size(), 1u);
  const Document title = read("title_over_gap.txt");
  ASSERT_GE(title.tasks.size(), 3u);
  EXPECT_EQ(title.tasks[0].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(title.tasks[1].lead_units, (V{"县发展和改革局", "县财政局"}));
}

// Round 65 (360, 361): a label of any role's word before any kind of body (协办部门, 配合庭室), a court's
// 审判委员会专职委员; a part's leaders after its heading with no bracket, in a table's group row or a
// paragraph (责任市领导：孟昭远　钱立群, its names parted by the gap; a committee's 主任：钱立群).
TEST(BuildTest, AnyRoleLabelCourtTitlesAndLeadersAfterAHeading) {
  Document doc = Extract(
      "一、全面从严治党\n"
      "（一）落实请示报告制度。（责任院领导：审判委员会专职委员欧阳晓岚；牵头部门：办公室；协办部门：政治部、"
      "立案庭（诉讼服务中心））\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"办公室"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, (V{"政治部", "立案庭（诉讼服务中心）"}));
  ASSERT_EQ(doc.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[0].leaders[0].name, "欧阳晓岚");
  doc = Extract(
      "| 序号 | 重点任务 | 牵头单位 | 责任单位 |\n|---|---|---|---|\n"
      "| 一、统筹推进（1项）　责任市领导：孟昭远　钱立群 | | | |\n| 1 | 推行隐患判定标准。 | 市应急局 | "
      "市公安局 |\n"
      "| 二、危险化学品安全（1项）　市安委会危险化学品安全专业委员会　主任：钱立群 | | | |\n"
      "| 1 | 建立隐患数据库。 | 市应急局 | 市公安局 |\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  ASSERT_EQ(doc.tasks[0].leaders.size(), 2u);
  EXPECT_EQ(doc.tasks[0].leaders[1].name, "钱立群");
  ASSERT_EQ(doc.tasks[1].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[1].leaders[0].name, "钱立群");
  ASSERT_EQ(doc.sections.size(), 2u);
  EXPECT_EQ(doc.sections[1].heading, "危险化学品安全（1项）");
  doc = Extract("一、统筹推进　责任市领导：孟昭远\n1.推行隐患判定标准。（牵头单位：市应急局）\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  ASSERT_EQ(doc.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[0].leaders[0].name, "孟昭远");
  // Not a task's own sentence: 1.… its leader after a comma is its clause's, as before.
  doc = Extract("一、统筹推进\n1.推行隐患判定标准，责任领导：孟昭远；牵头单位：市应急局\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"市应急局"});
  // Round 114 (584): a 作战指挥部's row, two posts and their people (指挥长：X（职务）　副指挥长：Y（职务）),
  // in a table's group row or after a paragraph heading.
  doc = Extract(
      "| 序号 | 作战任务 | 责任单位 |\n|---|---|---|\n"
      "| 一、项目建设作战指挥部（1项）<br>指挥长：周立军（县委常委、常务副县长）　　副指挥长：韩松（副县长） "
      "| | |\n"
      "| 1 | 重大项目谋划储备 | 县发改局 |\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  ASSERT_EQ(doc.tasks[0].leaders.size(), 2u);
  EXPECT_EQ(doc.tasks[0].leaders[0].name, "周立军");
  EXPECT_EQ(doc.tasks[0].leaders[1].name, "韩松");
  doc = Extract(
      "一、项目建设　指挥长：周立军（常务副县长）　副指挥长：韩松（副县长）\n1."
      "推进项目。（牵头单位：县发改局）\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_EQ(LeaderNames(doc.tasks[0]), (V{"周立军", "韩松"}));
}

// Leaders before the units in a task's bracket, parted by a ， (李强同志负责，A牵头 · 县长王明亲自抓，A牵头 ·
// 县委常委刘宏伟负责，A牵头), and a unit by its head: before, the first two lost their task (a numbered item
// whose bracket read as no clause was body text), the others read a leader as the lead unit.
TEST(BuildTest, LeadersAddressedOrInPersonAndUnitsByTheirHeads) {
  const Document doc = Extract(
      "一、经济发展\n"
      "1.推进重大项目建设。（由县长王明亲自负责，县发展改革局牵头，县财政局配合）\n"
      "2.抓好招商引资。（李强同志负责，县商务局牵头）\n"
      "3.加快园区建设。（县委常委刘宏伟负责，县工信局牵头，县商务局配合）\n"
      "4.抓好安全生产。（县应急局主要领导同志负责，县公安局配合）\n");
  ASSERT_EQ(doc.tasks.size(), 4u);
  const std::vector<std::string> leaders[] = {{"王明"}, {"李强"}, {"刘宏伟"}, {}};
  const V lead[] = {{"县发展改革局"}, {"县商务局"}, {"县工信局"}, {"县应急局"}};
  for (size_t i = 0; i < 4; ++i) {
    std::vector<std::string> names;
    for (const Leader& l : doc.tasks[i].leaders) names.push_back(l.name);
    EXPECT_EQ(names, leaders[i]) << i;
    EXPECT_EQ(doc.tasks[i].lead_units, lead[i]) << i;
  }
  EXPECT_EQ(doc.tasks[3].cooperating_units, V{"县公安局"});
}

// A 地区行政公署's notice: 责任行署领导 is a leaders' label, 行署党组成员 and 行署副专员 are titles (no
// person named 行署), and the cover's rule that quotes the mark it speaks of
// (标注“（共同牵头）”的均为牵头单位) is a rule, not a task whose clause is that bracket.
TEST(BuildTest, APrefecturesLeadersAndARuleQuotingItsMark) {
  const Document doc = Extract(
      "乌伦地区行政公署办公室关于印发重点工作任务分工方案的通知\n"
      "各县（市）人民政府：\n"
      "一、提高认识。各部门要统一思想。\n"
      "二、压实责任。责任单位排在第一位的为牵头单位，标注“（共同牵头）”的均为牵头单位，其余为配合单位。\n"
      "乌伦地区行政公署办公室\n"
      "2025年3月14日\n"
      "附件\n"
      "分工方案\n"
      "（一）做好甲工作。（责任行署领导：行署党组成员、地区公安局局长石磊；责任单位：地区公安局、地区司法局）"
      "\n"
      "（二）做好乙工作。（责任行署领导：地委委员、行署副专员钟立山；责任单位：地区财政局、地区统计局（共同牵"
      "头），"
      "地区商务局）\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[0].id, "1");
  ASSERT_EQ(doc.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[0].leaders[0].name, "石磊");
  EXPECT_EQ(doc.tasks[0].leaders[0].titles, (V{"行署党组成员", "地区公安局局长"}));
  EXPECT_EQ(doc.tasks[0].lead_units, V{"地区公安局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, V{"地区司法局"});
  ASSERT_EQ(doc.tasks[1].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[1].leaders[0].name, "钟立山");
  EXPECT_EQ(doc.tasks[1].lead_units, (V{"地区财政局", "地区统计局"}));
  EXPECT_EQ(doc.tasks[1].cooperating_units, V{"地区商务局"});
}

// Task forces (专班) the 方案 defines once, named in the task table's 责任专班（单位） column: the force's
// 召集人 lead the task, its lead unit leads and its members help; （D具体牵头）, in the cell or on its next
// line, makes D the lead and the force's lead a helper; a unit beside the force helps; a task with units of
// its own keeps them, under the document's rule.
TEST(BuildTest, TaskForcesNamedInATaskStandForTheirPeople) {
  const Document doc = Extract(
      "二、组建攻坚专班\n"
      "（一）重大项目建设攻坚专班（以下简称“项目专班”）。召集人：许文澜（县委常委、常务副县长）；副召集人：唐"
      "一鸣（县发展和改革局局长）；"
      "牵头单位：县发展和改革局；成员单位：县财政局、县交通运输局。专班办公室设在县发展和改革局。\n"
      "（二）产业园区提质攻坚专班（以下简称“园区专班”）。召集人：贺启明（县委常委）、欧阳澈（副县长）；牵头单"
      "位：县经开区管委会；"
      "成员单位：县工业和信息化局、县应急管理局。\n"
      "“责任专班（单位）”栏直接列明责任单位的，排在第一位的为牵头单位，其余为配合单位。\n"
      "| 序号 | 攻坚任务 | 责任专班（单位） | 完成时限 |\n"
      "|---|---|---|---|\n"
      "| 1 | 加快高速公路建设 | 项目专班（县交通运输局具体牵头） | 12月底 |\n"
      "| 2 | 推进重点项目建设 | 项目专班 | 12月底 |\n"
      "| 3 | 开展园区安全整治 | 园区专班（县应急管理局具体牵头）、县消防救援大队 | 6月底 |\n"
      "| 4 | 开展督查考核 | 县委督查室、县政府督查室 | 12月底 |\n");
  ASSERT_EQ(doc.tasks.size(), 4u);
  EXPECT_EQ(LeaderNames(doc.tasks[0]), V{"许文澜"});
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县交通运输局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, (V{"县发展和改革局", "县财政局"}));
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(doc.tasks[1].cooperating_units, (V{"县财政局", "县交通运输局"}));
  EXPECT_EQ(LeaderNames(doc.tasks[2]), (V{"贺启明", "欧阳澈"}));
  EXPECT_EQ(doc.tasks[2].lead_units, V{"县应急管理局"});
  EXPECT_EQ(doc.tasks[2].cooperating_units, (V{"县经开区管委会", "县工业和信息化局", "县消防救援大队"}));
  EXPECT_TRUE(doc.tasks[3].leaders.empty());
  EXPECT_EQ(doc.tasks[3].lead_units, V{"县委督查室"});
  EXPECT_EQ(doc.tasks[3].cooperating_units, V{"县政府督查室"});
}

// A report's office named again in brackets after 报送 (…报送县…领导小组办公室（县农业农村局）。) is the
// office's second name, not a clause that makes the heading above a task.
TEST(BuildTest, AnOfficeNamedAgainAfterReportingToIsNoClause) {
  const Document doc = Extract(
      "五、保障措施\n"
      "各牵头单位请于每月25日前将工作进展情况报送县农村人居环境整治工作领导小组办公室（县农业农村局）。联系人"
      "：黄嘉宁。\n"
      "1.推进垃圾治理。（责任单位：县城市管理局）\n");
  ASSERT_EQ(doc.tasks.size(), 1u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县城市管理局"});
}

// 牵头（责任）单位： is a lead label, its bracket inside the label (not 责任（各乡镇）：, a sentence's
// bracket).
TEST(BuildTest, ALeadLabelWithABracketInside) {
  const Document doc = Extract(
      "1.推进甲工作。（牵头（责任）单位：县发改局；配合（协助）单位：县财政局）\n"
      "2.推进乙工作。\n"
      "牵头（责任）单位：县统计局\n"
      "配合单位：县财政局\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, V{"县财政局"});
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县统计局"});
  EXPECT_EQ(doc.tasks[1].cooperating_units, V{"县财政局"});
}

// A ledger's two header rows: 责任分工 over 责任县领导 | 牵头单位 | 责任单位 beside 推进情况 over 一季度 |
// 二季度 (names of no known column, under a group of none either); and its sign-off row under the table is no
// task.
TEST(BuildTest, ALedgersTwoHeaderRowsAndItsSignOffRow) {
  const Document doc = Extract(
      "| 序号 | 重点任务 | 责任分工 |  |  | 推进情况 |  |\n"
      "|  |  | 责任县领导 | 牵头单位 | 责任单位 | 一季度 | 二季度 |\n"
      "| 1 | 推进重点项目建设 | 钟启航 | 县发改局 | 县统计局、县税务局 | 已开工 |  |\n"
      "| 2 | 盘活闲置土地 | 韦岳 | 县自然资源局 | 县税务局 | 已处置 |  |\n"
      "| 审核：欧阳铭 |  | 填表：汤小禾 |  |  | 联系电话：0797-6211026 |  |\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  ASSERT_EQ(doc.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[0].leaders[0].name, "钟启航");
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, (V{"县统计局", "县税务局"}));
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县自然资源局"});
}

// A ledger's note naming the leader of a whole category its rows leave blank (说明4); a task's 分项 row's own
// leader is the one right above the next task's blank cell.
TEST(BuildTest, ALeaderNamedForAWholeCategoryAndASubRowsLeaderCarried) {
  const Document doc = Extract(
      "说明：1.上下相邻的任务责任县领导相同的，合并填列。2."
      "第二类“民生实事”由潘晓冬副县长统筹推进，为该类各项任务的责任县领导，"
      "表中不再逐项填列。\n"
      "| 序号 | 重点任务 | 责任县领导 | 牵头单位 |\n"
      "| 一、扩大有效投资（共2项） |  |  |  |\n"
      "| 1 | 开展项目攻坚 | 邵立群 | 县行政审批局 |\n"
      "|  | （2）完成征地拆迁 | 韦岳 | 县征迁服务中心 |\n"
      "| 2 | 盘活闲置土地 |  | 县自然资源局 |\n"
      "| 二、民生实事（共1项） |  |  |  |\n"
      "| 3 | 新建幼儿园 |  | 县教育局 |\n");
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(LeaderNames(doc.tasks[0]), (V{"邵立群", "韦岳"}));
  EXPECT_EQ(LeaderNames(doc.tasks[1]), V{"韦岳"});
  EXPECT_EQ(LeaderNames(doc.tasks[2]), V{"潘晓冬"});
}

// A confirmation form's units, a line each with a box per role (☑牵头 ☐配合, the boxes before the name too, √
// typed over □): the ticked role; a section row's 指标长 leads its tasks, a task's own （责任市领导：X） on
// its cell's last line in its place.
TEST(BuildTest, BoxesTickedForEachUnitsRoleAndAnIndicatorsLeader) {
  const Document doc = Extract(
      "| 序号 | 改革任务 | 责任单位及承担方式 | 完成时限 |\n"
      "|---|---|---|---|\n"
      "| 一、开办企业（指标长：韩修远常务副市长） |  |  |  |\n"
      "| 1 | 推行一网通办 | 市市场监管局　☑牵头　☐配合<br>市人社局　☐牵头　☑配合 | 6月底前 |\n"
      "| 2 | 推行联合验收<br>（责任市领导：陆承泽副市长） | ☐牵头　☑配合市住建局<br>√牵头　□配合市发改委 | "
      "9月底前 |\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"市市场监管局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, V{"市人社局"});
  ASSERT_EQ(doc.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[0].leaders[0].name, "韩修远");
  EXPECT_EQ(doc.tasks[1].lead_units, V{"市发改委"});
  EXPECT_EQ(doc.tasks[1].cooperating_units, V{"市住建局"});
  ASSERT_EQ(doc.tasks[1].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[1].leaders[0].name, "陆承泽");
}

// (Its review) 第二部分's leader is part 二's, not （二）'s under 一、; a wrapped cell's second line
// (、常务副县长）, 前) is no value to carry to the next task's blank; a progress line under the header again
// is no header.
TEST(BuildTest, PartLeadersWrappedLinesAndProgressRowsAfterReview) {
  const Document parts = Extract(
      "说明：第二部分由王大明副县长统筹推进，为该部分各项任务的责任县领导，表中不再逐项填列。\n"
      "一、经济发展\n（一）扩大投资\n1.实施重点项目60个。牵头单位：县发改局。\n（二）培育产业\n"
      "2.新增规上企业20家。牵头单位：县工信局。\n二、民生实事\n3.新建幼儿园3所。牵头单位：县教体局。\n");
  ASSERT_EQ(parts.tasks.size(), 3u);
  EXPECT_TRUE(parts.tasks[1].leaders.empty());
  ASSERT_EQ(parts.tasks[2].leaders.size(), 1u);
  EXPECT_EQ(parts.tasks[2].leaders[0].name, "王大明");
  // (A sheet saved as CSV a row per printed line: the second line's 前 is no deadline of task 2's.)
  const Document wrapped = Extract(
      "序号,重点任务,责任领导,牵头单位,完成时限\n"
      "1,实施重点项目60个,张三,县发改局,2025年6月底\n"
      ",建立推进机制,、李四,县财政局,前\n"
      "2,争取专项债资金5亿元,,县财政局,\n");
  ASSERT_EQ(wrapped.tasks.size(), 2u);
  ASSERT_TRUE(wrapped.tasks[1].deadline.has_value());
  EXPECT_EQ(wrapped.tasks[1].deadline->text, "2025年6月底");
  const Document progress = Extract(
      "| 序号 | 重点任务 | 责任领导 | 牵头单位 | 进展情况 | 备注 |\n|---|---|---|---|---|---|\n"
      "| 1 | 争取专项债资金5亿元 | 李四 | 县财政局 | 已申报9个， |  |\n"
      "| 序号 | 重点任务 | 责任领导 | 牵头单位 | 进展情况 | 备注 |\n"
      "|  |  |  |  | 获批3个、资金1.42亿元。 | 市对县考核指标 |\n"
      "| 2 | 新增规上企业20家 | 王五 | 县工信局 | 新增6家 |  |\n");
  ASSERT_EQ(progress.tasks.size(), 2u);
  bool kept = false;
  for (const auto& [key, value] : progress.tasks[1].extra) kept = kept || key == "进展情况";
  EXPECT_TRUE(kept);
}

// An adjustment's table (调整对照表): the 调整后 columns assign, 调整前 is history; 不变 is the same row's
// value under 调整前 for that role; （新增） marks an added unit, no part of its name.
TEST(BuildTest, AnAdjustmentsTableAssignsByItsNewColumns) {
  const Document doc = Extract(
      "| 序号 | 工作任务 | 调整前 |  |  | 调整后 |  |  | 调整说明 |\n"
      "|  |  | 责任县领导 | 牵头单位 | 配合单位 | 责任县领导 | 牵头单位 | 配合单位 |  |\n"
      "| 3 | 实施技改提升行动 | 周文涛 | 县工信局 | 县发改局、县财政局 | 孙立峰 | 不变 | 不变 | 领导分工调整 "
      "|\n"
      "| 6 | 建设创新平台 | 邵建国 | 县科学技术局 | 县财政局 | 杜海燕 | 县工信局 | "
      "县财政局、县商务局（新增） | 职责划转 |\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  ASSERT_EQ(doc.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[0].leaders[0].name, "孙立峰");
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县工信局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, (V{"县发改局", "县财政局"}));
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县工信局"});
  EXPECT_EQ(doc.tasks[1].cooperating_units, (V{"县财政局", "县商务局"}));
}

// 一、… ⏎ （分管领导：X；牵头部门：A；配合部门：B） ⏎ 1.…: the line under the heading gives every task its
// units; a task's own lead replaces them, 增加配合部门 adds helpers, 本项无配合部门 drops them, and a task
// that names only its leader keeps the part's units. The cover's rules, which quote the labels and point
// at 括注所列部门, are no tasks.
TEST(BuildTest, APartsDefaultUnitsChangedByEachTasksBracket) {
  const Document doc = Extract(
      "一、关于责任分工的标注\n"
      "（一）括注“牵头部门：”的，该项由括注所列部门牵头，本部分标注的配合部门对该项不再适用。\n"
      "（二）括注“本项无配合部门”的，该项只由本部分标注的牵头部门负责。\n"
      "附件：重点工作任务分解方案\n"
      "青梧高新区管委会\n"
      "2024年2月26日\n"
      "附件\n"
      "重点工作任务分解方案\n"
      "一、产业发展（共5项）\n"
      "（分管领导：管委会副主任孟晓楠；牵头部门：经济发展局；配合部门：科技创新局）\n"
      "1.推动规模以上工业增加值增长8%以上。\n"
      "2.实施专精特新企业梯度培育行动。（增加配合部门：财政金融局）\n"
      "3.加快建设产业园二期。（牵头部门：规划建设局；配合部门：投资促进局）\n"
      "4.开展亩均效益综合评价。（本项无配合部门）\n"
      "5.争创省级数字经济示范园区。（分管领导：韩立松）\n"
      "二、党的建设\n"
      "1.深化放管服改革。（分管领导：韩立松；牵头部门：党政办公室）\n");
  ASSERT_EQ(doc.tasks.size(), 6u);
  const Task& t1 = doc.tasks[0];
  EXPECT_EQ(t1.id, "1.1");
  EXPECT_EQ(LeaderNames(t1), V{"孟晓楠"});
  EXPECT_EQ(t1.lead_units, V{"经济发展局"});
  EXPECT_EQ(t1.cooperating_units, V{"科技创新局"});
  EXPECT_EQ(doc.tasks[1].lead_units, V{"经济发展局"});
  EXPECT_EQ(doc.tasks[1].cooperating_units, (V{"科技创新局", "财政金融局"}));
  EXPECT_EQ(doc.tasks[2].lead_units, V{"规划建设局"});
  EXPECT_EQ(doc.tasks[2].cooperating_units, V{"投资促进局"});
  EXPECT_EQ(LeaderNames(doc.tasks[2]), V{"孟晓楠"});
  EXPECT_EQ(doc.tasks[3].lead_units, V{"经济发展局"});
  EXPECT_TRUE(doc.tasks[3].cooperating_units.empty());
  EXPECT_EQ(doc.tasks[4].lead_units, V{"经济发展局"});
  EXPECT_EQ(doc.tasks[4].cooperating_units, V{"科技创新局"});
  EXPECT_EQ(LeaderNames(doc.tasks[4]), V{"韩立松"});
  // A task's units in a bare bracket or under 责任单位 are its own (found by review): the part's lead and
  // helpers give way to them, as to a 牵头部门.
  const Document ruled = Extract(
      "各项任务括注的单位中，排在第一位的为牵头单位，其余为配合单位。\n"
      "一、产业发展\n"
      "（分管领导：孟晓楠；牵头部门：经济发展局；配合部门：科技创新局）\n"
      "1.实施专精特新企业梯度培育行动。（规划建设局、投资促进局）\n"
      "2.开展亩均效益综合评价。（责任单位：财政金融局）\n"
      "3.争创省级数字经济示范园区。（配合部门：财政金融局）\n");
  ASSERT_EQ(ruled.tasks.size(), 3u);
  EXPECT_EQ(ruled.tasks[0].lead_units, V{"规划建设局"});
  EXPECT_EQ(ruled.tasks[0].cooperating_units, V{"投资促进局"});
  EXPECT_EQ(ruled.tasks[1].lead_units, V{"财政金融局"});
  EXPECT_TRUE(ruled.tasks[1].cooperating_units.empty());
  EXPECT_EQ(ruled.tasks[2].lead_units, V{"经济发展局"});
  EXPECT_EQ(ruled.tasks[2].cooperating_units, V{"财政金融局"}) << "配合部门 in the part's helpers' place";
  // The next part prints no defaults: its task's own bracket alone.
  EXPECT_EQ(doc.tasks[5].id, "2.1");
  EXPECT_EQ(doc.tasks[5].lead_units, V{"党政办公室"});
  EXPECT_TRUE(doc.tasks[5].cooperating_units.empty());
}

// Round 82 (431): the notice divides its leaders' work first (（二）县委常委、常务副县长　邱立言 ⏎ 分管… ⏎
// 联系…), then states that each task's leader oversees (分管（联系）) its lead unit; the tasks name none. A
// short name finds the full one it abbreviates; 协助分管 is no portfolio; a leader the task names stands.
TEST(BuildTest, LeadersFoundByTheirPortfolioWhereTheRuleSaysSo) {
  const std::string leaders =
      "一、县人民政府领导工作分工\n"
      "（一）县长　贺振东\n"
      "领导县人民政府全面工作。\n"
      "分管县审计局。\n"
      "（二）县委常委、常务副县长　邱立言\n"
      "负责发展改革、财政等方面工作。\n"
      "分管县发展和改革局、县财政局。\n"
      "联系县税务局。\n"
      "（三）副县长　柏文涛\n"
      "分管县工业和信息化局；协助分管县财政局。\n"
      "（四）县人民政府党组成员，县经济开发区党工委书记　陈晓岚\n"
      "分管县经济开发区管委会。\n"
      "二、重点工作任务分工\n";
  const std::string tasks =
      "附件：重点工作任务分工\n"
      "澄岭县人民政府\n"
      "2024年2月26日\n"
      "附件\n"
      "重点工作任务分工\n"
      "1．全力推进重大项目建设。（县发改局、县财政局）\n"
      "2．积极争取上级资金支持。（县财政局、县发改局）\n"
      "3．抓好税收征管。（县税务局、县财政局）\n"
      "4．加快工业技改升级。（县工信局、县经济开发区管委会共同牵头，县统计局配合）\n"
      "5．推动开发区扩区调规。（县经济开发区管委会、县发改局）\n"
      "6．深化放管服改革。（县政府办公室、县审计局。本项由贺振东同志牵头负责）\n"
      "7．完成年度审计计划。（2024年8月底前完成；县审计局）\n";
  const std::string rule =
      "（一）明确责任主体。每项任务所列单位，排在第一位的为牵头单位，其余为配合单位。每项任务的责任县领导为其"
      "牵头单位的分管（联系）县领导，协助分管的县领导不列为责任县领导。\n";
  Document doc = Extract(leaders + rule + tasks);
  ASSERT_EQ(doc.tasks.size(), 7u);
  EXPECT_EQ(LeaderNames(doc.tasks[0]), V{"邱立言"});
  ASSERT_EQ(doc.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[0].leaders[0].title, "县委常委、常务副县长");
  ASSERT_FALSE(doc.tasks[0].clauses.empty());
  EXPECT_EQ(doc.tasks[0].clauses.back().text, "（二）县委常委、常务副县长邱立言");
  EXPECT_EQ(doc.tasks[0].clauses.back().span.line, 5u);
  EXPECT_EQ(LeaderNames(doc.tasks[1]), V{"邱立言"}) << "协助分管 is no portfolio";
  EXPECT_EQ(LeaderNames(doc.tasks[2]), V{"邱立言"}) << "联系, as the rule says";
  EXPECT_EQ(LeaderNames(doc.tasks[3]), (V{"柏文涛", "陈晓岚"}));
  EXPECT_EQ(LeaderNames(doc.tasks[4]), V{"陈晓岚"});
  EXPECT_EQ(LeaderNames(doc.tasks[5]), V{"贺振东"});
  EXPECT_EQ(doc.tasks[5].lead_units, V{"县政府办公室"});
  EXPECT_EQ(doc.tasks[6].lead_units, V{"县审计局"});
  ASSERT_TRUE(doc.tasks[6].deadline.has_value());
  EXPECT_EQ(doc.tasks[6].deadline->date, "2024-08-31");
  EXPECT_EQ(LeaderNames(doc.tasks[6]), V{"贺振东"});
  // The forms review found (each a county's own): the rule by 由…担任 and 分管县领导或联系县领导; a leader's
  // portfolio in one paragraph after a colon, 分管： with its colon; two leaders after a comma.
  const std::string one_paragraph =
      "一、县人民政府领导工作分工\n"
      "（一）县长　贺振东：领导县人民政府全面工作。分管县审计局。\n"
      "（二）县委常委、常务副县长　邱立言：负责发展改革工作。分管：县发展和改革局、县财政局。联系县税务局。\n"
      "二、重点工作任务分工\n"
      "（一）每项任务所列单位，排在第一位的为牵头单位，其余为配合单位。每项任务的责任县领导由其牵头单位的"
      "分管县领导或联系县领导担任。\n";
  doc = Extract(one_paragraph + tasks.substr(0, tasks.find("4．")) +
                "6．深化放管服改革。（县政府办公室、县审计局，本项由贺振东、邱立言同志牵头负责）\n");
  ASSERT_EQ(doc.tasks.size(), 4u);
  EXPECT_EQ(LeaderNames(doc.tasks[0]), V{"邱立言"});
  EXPECT_EQ(LeaderNames(doc.tasks[2]), V{"邱立言"}) << "联系 under 或联系";
  EXPECT_EQ(LeaderNames(doc.tasks[3]), (V{"贺振东", "邱立言"}));
  EXPECT_EQ(doc.tasks[3].cooperating_units, V{"县审计局"});
  // Without the rule, a portfolio gives no task its leader.
  doc = Extract(leaders + tasks);
  ASSERT_EQ(doc.tasks.size(), 7u);
  EXPECT_TRUE(doc.tasks[0].leaders.empty());
}

// Round 84 (439): a Korean autonomous county prints each paragraph in Korean over its Chinese twin. The
// Korean lines are translations, read as nothing else (their 1. headings and (1) items are no tasks, nor the
// text of the task above); the Chinese are the notice. So for Mongolian, Tibetan and Uyghur lines.
TEST(BuildTest, ABilingualNoticesMinorityLinesAreTranslations) {
  const Document doc = Extract(
      "1. 현장 김철수가 책임진 사업(2항)\n"
      "一、县长金哲洙负责的工作（2项）\n"
      "(1) 전현 지역총생산액을 6% 안팎 성장시킨다. (현발전및개혁국, 현통계국)\n"
      "1．全县地区生产总值增长6%左右。（县发展和改革局、县统计局）\n"
      "(2) 조선말 규범화사업을 강화한다. (현민족종교사무국)\n"
      "2．加强朝鲜语言文字规范化工作。（县民族宗教事务局）\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[0].id, "1");
  EXPECT_EQ(doc.tasks[0].text, "全县地区生产总值增长6%左右。（县发展和改革局、县统计局）");
  EXPECT_EQ(LeaderNames(doc.tasks[0]), V{"金哲洙"});
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县民族宗教事务局"});
  size_t translations = 0;
  for (const DocumentBlock& b : doc.blocks) translations += b.role == Role::kTranslation;
  EXPECT_EQ(translations, 3u);
  EXPECT_TRUE(internal::MostlyMinorityScript("ᠬᠣᠰᠢᠭᠤ ᠶᠢᠨ ᠠᠷᠠᠳ ᠤᠨ ᠵᠠᠰᠠᠭ"));
  EXPECT_TRUE(internal::MostlyMinorityScript("ناھىيەلىك خەلق ھۆكۈمىتى"));
  EXPECT_TRUE(internal::MostlyMinorityScript("རྫོང་མི་དམངས་སྲིད་གཞུང་"));
  EXPECT_FALSE(internal::MostlyMinorityScript("县发展和改革局（현발전）"));
  // A Korean phrase quoted in a Chinese task is no translation (found by review).
  EXPECT_FALSE(internal::MostlyMinorityScript("1.打造“살기좋은 송천”品牌。"));
}

// Round 93 (478): an old portal's page, saved with the browser's <!-- saved from url=… --> before its
// doctype, holds the notice in one <td> of its layout table (a few rows, one cell of many paragraphs): the
// page is read as a page and that cell as its text; the page's own small tables stay tables.
TEST(BuildTest, AnArticleInALayoutTablesCellIsThePagesText) {
  std::string article = "<P>各乡镇人民政府，县直各单位：</P><P>现将任务分解如下。</P><P>一、稳增长</P>";
  for (int k = 1; k <= 10; ++k)
    article += "<P>" + std::to_string(k) + "．推进第" + std::to_string(k) +
               "项工作。（责任领导：王建国；牵头单位：县发展和改革局；配合单位：县财政局）</P>";
  Result<Document> page = ExtractBytes(
      "<!-- saved from url=(0040)http://www.example.gov.cn/a/t1_1.html -->\n<!DOCTYPE html PUBLIC "
      "\"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"x.dtd\">\n<html><body>"
      "<table><tr><td>索 引 号：</td><td>01472593-8/2012-00036</td></tr></table>"
      "<table class=content><tr><td class=bt>关于印发任务分解的通知</td></tr><tr><td>" +
          article + "</td></tr><tr><td>【打印本页】</td></tr></table></body></html>\n",
      "p.html");
  ASSERT_TRUE(page.ok());
  ASSERT_EQ(page->tasks.size(), 10u);
  EXPECT_EQ(page->tasks[9].lead_units, V{"县发展和改革局"});
  ASSERT_EQ(page->tasks[9].leaders.size(), 1u);
  EXPECT_EQ(page->tasks[9].leaders[0].name, "王建国");
  // (The review: a task table of few rows whose 具体措施 cell holds twelve paragraphs is a table, its columns
  // beside that cell.)
  std::string measures;
  for (int k = 1; k <= 12; ++k) measures += "<p>（" + std::to_string(k) + "）完善配套设施。</p>";
  Result<Document> table = ExtractBytes(
      "<!DOCTYPE html><html><body><p>各单位：</p><table><tr><td>序号</td><td>重点任务</td><td>具体措施</td>"
      "<td>牵头单位</td><td>配合单位</td></tr><tr><td>1</td><td>推进老旧小区改造。</td><td>" +
          measures +
          "</td><td>县住房和城乡建设局</td><td>县财政局</td></tr><tr><td>2</td><td>推进道路建设。</"
          "td><td>新建道路。"
          "</td><td>县交通运输局</td><td>县财政局</td></tr></table></body></html>\n",
      "t.html");
  ASSERT_TRUE(table.ok());
  ASSERT_EQ(table->tasks.size(), 2u);
  EXPECT_EQ(table->tasks[0].lead_units, V{"县住房和城乡建设局"});
}

// Round 94 (484): an action's sub-items （1）目标任务。… （2）主要措施。… （3）责任分工。牵头县领导：X；…
// give its responsibility in a sub-item of their own: the action is the task, the sub-item its clause line;
// bare, its labels on the lines below, the same.
TEST(BuildTest, ASubItemGivingTheResponsibilityIsTheItemsClause) {
  Document doc = Extract(
      "附件\n\n实施方案\n\n（一）城市更新行动\n1．城区路网畅通行动\n（1）目标任务。打通断头路8条。\n"
      "（2）主要措施。实施金桥路西延项目。\n（3）责任分工。牵头县领导：韩志远；牵头单位：县住建局；配合单位："
      "县交通运输局。\n"
      "2．老旧小区改造行动\n（1）目标任务。改造老旧小区46个。\n（2）责任分工。\n牵头县领导：孟凡东\n牵头单位"
      "：县城管执法局\n"
      "配合单位：县财政局\n");
  ASSERT_EQ(doc.tasks.size(), 2u);
  EXPECT_EQ(doc.tasks[0].id, "1");
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县住建局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, V{"县交通运输局"});
  ASSERT_EQ(doc.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[0].leaders[0].name, "韩志远");
  EXPECT_EQ(doc.tasks[1].id, "2");
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县城管执法局"});
  EXPECT_EQ(doc.tasks[1].cooperating_units, V{"县财政局"});
}

// An item's labels on numbered lines of their own under it (（一）推进… ⏎ 1.责任领导：X ⏎ 2.牵头单位：A ⏎
// 3.配合单位：B) are its clause lines, as unnumbered ones are; not a line whose value runs on into a task's
// text (1.牵头单位：A　推进…).
TEST(BuildTest, NumberedLabelLinesUnderAnItemAreItsClauseLines) {
  Document doc = Extract(
      "附件\n\n重点任务分工\n\n一、推动经济高质量发展\n（一）推进重大项目建设。\n1.责任领导：张伟\n"
      "2.牵头单位：县发展和改革局\n3.配合单位：县财政局、县自然资源局\n（二）加快工业园区扩容提质。\n"
      "（1）牵头单位：县工业和信息化局\n（2）完成时限：2025年10月底\n（三）深化国资国企改革。\n①责任领导：李"
      "强\n"
      "②牵头单位：县国资办\n");
  ASSERT_EQ(doc.tasks.size(), 3u);
  EXPECT_EQ(doc.tasks[0].id, "1");
  ASSERT_EQ(doc.tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc.tasks[0].leaders[0].name, "张伟");
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, (V{"县财政局", "县自然资源局"}));
  EXPECT_EQ(doc.tasks[1].id, "2");
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县工业和信息化局"});
  ASSERT_TRUE(doc.tasks[1].deadline.has_value());
  EXPECT_EQ(doc.tasks[1].deadline->date, "2025-10-31");
  EXPECT_EQ(doc.tasks[2].lead_units, V{"县国资办"});
  Document run_on = Extract(
      "附件\n\n重点任务分工\n\n一、加快发展\n1.牵头单位：县发改局　推进重大项目建设。\n"
      "2.牵头单位：县工信局　加快工业园区扩容提质。\n");
  ASSERT_EQ(run_on.tasks.size(), 2u);
  EXPECT_EQ(run_on.tasks[1].lead_units, V{"县工信局"});
}

// A heading that names the list of who does what (二、责任清单 ⏎ 1.牵头单位：…): no task of its own, its
// lines no clause of it.
TEST(BuildTest, AResponsibilityListsHeadingIsNoTask) {
  Document doc = Extract(
      "附件\n\n工作方案\n\n一、主要任务\n（一）推进项目建设。全年实施重点项目50个。\n"
      "二、责任清单\n1.牵头单位：县发改局（第一、二项）。\n2.配合单位：县财政局、县自然资源局。\n"
      "三、工作要求\n各单位要高度重视。\n");
  // (The item above it names no unit of its own: nothing here is a task; the list was one, 责任清单.)
  EXPECT_TRUE(doc.tasks.empty()) << doc.tasks.front().text;
}

// The session's second review (each against the build before the first review's fixes): names after a lead's
// bracket that says more stay helpers; a page laid out with a header and a footer across three cells a row
// is a page; a scope's label with 主 is a scope; a sentence's 督促企业负主体责任 names no unit; a bracket of
// a number and what it counts after a unit (（6月底前）) is no part of its name; a name a PDF copy's line
// cuts after a whole name goes on; （3）责任单位：… under its item is a sub-item's own.
TEST(BuildTest, SecondReviewOfThisSessionsReadings) {
  const std::string head = "附件\n\n重点任务分工\n\n一、加快发展\n";
  Document doc = Extract(head +
                         "7．推进城区管网改造。责任单位：县住建局（牵头，负责城区）、县水利局。\n"
                         "8．推进城乡环境卫生整治（主城区：县城管局；各乡镇：各乡镇人民政府）。\n"
                         "9．督促落实安全责任（督促企业负主体责任）。责任单位：县应急管理局。\n"
                         "10．推进交通。责任单位：县交通运输局（6月底前）、县财政局。\n");
  ASSERT_EQ(doc.tasks.size(), 4u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县住建局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, V{"县水利局"});
  EXPECT_EQ(doc.tasks[1].lead_units, (V{"县城管局", "各乡镇人民政府"}));
  EXPECT_EQ(doc.tasks[2].responsible_units, V{"县应急管理局"});
  EXPECT_EQ(doc.tasks[3].responsible_units, (V{"县交通运输局", "县财政局"}));
  std::string items;
  for (int k = 1; k <= 12; ++k)
    items += "<p>" + std::to_string(k) + "．推进第" + std::to_string(k) +
             "项工作。（牵头单位：县发展和改革局）</p>";
  Result<Document> page = ExtractBytes(
      "<!DOCTYPE html><html><body><table><tr><td colspan=3>网站首页</td></tr><tr><td>首页</td><td>"
      "<p>关于印发任务分工的通知</p><p>各单位：</p><p>一、加快发展</p>" +
          items + "</td><td>相关链接</td></tr><tr><td colspan=3>版权所有</td></tr></table></body></html>\n",
      "p.html");
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->tasks.size(), 12u);
}

// Round 130 (664): a 县级领导包抓 list laid out a row per leader (序号 | 县级领导 | 分管（联系）领域 |
// 牵头包抓的重点工作 | 协助包抓的重点工作): the tasks the numbered paragraphs of the leader's cell, numbered
// on through the table, each with its own bracket and his name; the 协助 cell's numbers give those tasks his
// name after their own leaders, a task of a row below too; a co-leader said in the item
// (（与…共同牵头包抓）); a row that leads nothing (/) makes no task; a number no task has is reported. Round
// 131 (667): 各电信运营企业 beside bureaus helps.
TEST(BuildTest, ATableByLeaderMakesATaskOfEachItemAndAddsItsHelpersByNumber) {
  const std::string text =
      "各单位：\n附件\n\n包抓重点工作一览表\n\n"
      "| 序号 | 县级领导 | 分管（联系）领域 | 牵头包抓的重点工作 | 协助包抓的重点工作 |\n"
      "| --- | --- | --- | --- | --- |\n"
      "| 1 | 郑国华<br>县委书记 | 主持县委全面工作。 | "
      "1．推进园区扩区。（牵头单位：县发改局；配合单位：县财政局）"
      "<br>2．推进北山生态保护。（与副县长王勇共同牵头包抓）<br>（牵头单位：县林业局） | 第3项 |\n"
      "| 2 | 副县长<br>欧阳振东 | 分管工业。 | "
      "3．培育新材料产业链。（牵头单位：县工信局；配合单位：县统计局、"
      "各电信运营企业） | 第1项 |\n"
      "| 3 | 黄海涛<br>县政协副主席 | 联系县卫健局。 | / | 第2、3项、第9项 |\n";
  Result<Document> doc = ExtractBytes(text, "leaders.txt");
  ASSERT_TRUE(doc.ok());
  std::vector<std::string> ids;
  for (const Task& t : doc->tasks) ids.push_back(t.id);
  EXPECT_EQ(ids, (V{"1", "2", "3"}));
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(LeaderNames(doc->tasks[0]), (V{"郑国华", "欧阳振东"}));
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, V{"县财政局"});
  EXPECT_EQ(LeaderNames(doc->tasks[1]), (V{"郑国华", "王勇", "黄海涛"}));
  EXPECT_EQ(doc->tasks[1].lead_units, V{"县林业局"});
  EXPECT_EQ(LeaderNames(doc->tasks[2]), (V{"欧阳振东", "郑国华", "黄海涛"}));
  EXPECT_EQ(doc->tasks[2].cooperating_units, (V{"县统计局", "各电信运营企业"}));
  EXPECT_EQ(doc->tasks[2].marker, "3．");
  EXPECT_EQ(text.substr(doc->tasks[2].span.offset, doc->tasks[2].span.length).substr(0, 7), "3．培");
  std::vector<std::string> leaders;
  for (const Section& s : doc->sections)
    if (s.kind == SectionKind::kLeader && s.leader) leaders.push_back(s.leader->name);
  EXPECT_EQ(leaders, (V{"郑国华", "欧阳振东", "黄海涛"}));
  EXPECT_TRUE(std::any_of(doc->diagnostics.begin(), doc->diagnostics.end(), [](const Diagnostic& d) {
    return d.rule == "GW-BUILD-ORPHAN-CLAUSE" && d.message.find("第9项") != std::string::npos;
  }));
  // The columns: the work a leader leads is the task's, that he helps with its numbers; 牵头单位 as before.
  EXPECT_EQ(internal::ColumnOf("牵头包抓的重点工作"), internal::Column::kTask);
  EXPECT_EQ(internal::ColumnOf("协助包抓的重点工作"), internal::Column::kItems);
  EXPECT_EQ(internal::ColumnOf("牵头单位"), internal::Column::kLead);
  // Running numbers from a cell above: one item is enough, the first line must be one.
  EXPECT_EQ(internal::NumberedCellItems("4．甲", true).size(), 1u);
  EXPECT_EQ(internal::NumberedCellItems("4．甲\n续\n5．乙", true).size(), 2u);
  EXPECT_TRUE(internal::NumberedCellItems("4．甲\n6．乙", true).empty());
  EXPECT_TRUE(internal::NumberedCellItems("前言\n4．甲", true).empty());
}

// Round 130 (665): a note right under a part's heading that every unit its tasks list leads
// (（本部分各项任务所列单位均为共同牵头单位。）) holds over the first-lead rule a bracket set 下同, for that
// part only; a note of the kind inside a task's text is no part's.
TEST(BuildTest, APartsNoteThatAllListedUnitsLeadHoldsForThatPartOnly) {
  Document doc = Extract(
      "附件\n\n重点任务分工\n\n一、扩大投资\n"
      "1．谋划项目。（县发改局、县财政局负责，列第一位者为牵头单位，下同）\n"
      "二、招商引资\n（本部分各项任务所列单位均为共同牵头单位。）\n"
      "2．开展招商。（县投资促进中心、笙溪经济开发区管委会负责）\n"
      "3．优化服务。（县行政审批服务局、县投资促进中心负责）\n"
      "三、民生\n4．建设学校。（县教育局、县财政局负责）\n");
  ASSERT_EQ(doc.tasks.size(), 4u);
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc.tasks[1].lead_units, (V{"县投资促进中心", "笙溪经济开发区管委会"}));
  EXPECT_EQ(doc.tasks[1].cooperating_units, V{});
  EXPECT_EQ(doc.tasks[2].lead_units, (V{"县行政审批服务局", "县投资促进中心"}));
  EXPECT_EQ(doc.tasks[3].lead_units, V{"县教育局"});
  EXPECT_EQ(doc.tasks[3].cooperating_units, V{"县财政局"});
}

// Round 131 (668): a leaders' column headed 责任县领导（牵头单位）: the bracket after each name holds the
// units that leader leads the task through (two in one bracket lead jointly; a unit's own bracket stays its;
// two names before one bracket lead it together); a title in such a bracket stays the leader's.
TEST(BuildTest, UnitsInBracketsAfterLeadersLeadWhereTheHeaderSaysSo) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n附件\n\n| 序号 | 重点工作任务 | 责任县领导（牵头单位） | 配合单位 | 完成时限 |\n"
      "| --- | --- | --- | --- | --- |\n"
      "| 1 | 争取上级资金。 | 王　勇（县发展和改革局、县财政局） | 县直各有关单位 | 全年 |\n"
      "| 2 | 深化国企改革。 | 王勇（县财政局（县国资办）） | 县审计局 | 全年 |\n"
      "| 3 | 推动开发区扩区。 | 李明华（桦屯经济开发区管委会）<br>周海峰(县自然资源局) | 县住建局 | 全年 |\n"
      "| 4 | 强化招商引资。 | 林振东、李明华（县投资促进中心） | / | 全年 |\n"
      "| 5 | 办好民生实事。 | 赵刚（副县长） | 县民政局 | 全年 |\n",
      "brackets.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 5u);
  EXPECT_EQ(doc->tasks[0].lead_units, (V{"县发展和改革局", "县财政局"}));
  EXPECT_EQ(doc->tasks[0].cooperating_units, V{"县直各有关单位"});
  EXPECT_EQ(LeaderNames(doc->tasks[0]), V{"王勇"});
  EXPECT_EQ(doc->tasks[1].lead_units, V{"县财政局（县国资办）"});
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"王勇"});
  EXPECT_EQ(doc->tasks[2].lead_units, (V{"桦屯经济开发区管委会", "县自然资源局"}));
  EXPECT_EQ(LeaderNames(doc->tasks[2]), (V{"李明华", "周海峰"}));
  EXPECT_EQ(doc->tasks[3].lead_units, V{"县投资促进中心"});
  EXPECT_EQ(LeaderNames(doc->tasks[3]), (V{"林振东", "李明华"}));
  EXPECT_EQ(LeaderNames(doc->tasks[4]), V{"赵刚"});
  ASSERT_FALSE(doc->tasks[4].leaders.empty());
  EXPECT_EQ(doc->tasks[4].leaders[0].title, "副县长");
  EXPECT_EQ(doc->tasks[4].lead_units, V{});
}

// Round 132 (673): a DOCX's table as MaxKB's handler writes it: a soft break in a cell as </br>, a cell's
// paragraphs joined with nothing between (two leaders 陈立军何　斌, units
// 县商务局县供销合作社联合社中国邮政集团 有限公司X县分公司): leaders the document names alone elsewhere are
// parted, as are units at a level's word or a national body's name after an organisation's last character; a
// name it never names alone stays whole.
TEST(BuildTest, NamesACopyRanTogetherArePartedWhereTheDocumentNamesThemAlone) {
  Result<Document> doc = ExtractBytes(
      "各单位：\n附件\n\n| 序号 | 重点任务 | 责任县领导 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- | "
      "--- |\n"
      "| 1 | 发展物流。 | 陈立军何　斌 | 县交通运输局 | "
      "县商务局县供销合作社联合社中国邮政集团有限公司蓁原县分公司 |\n"
      "| 2 | 推进平安建设。 | 赵海峰</br>李　娜 | 县公安局 | 县财政局</br>县统计局 |\n"
      "| 3 | 建设园区。 | 陈立军 | 县工信局 | / |\n| 4 | 改造管网。 | 何　斌 | 县住建局 | / |\n"
      "| 5 | 发展旅游。 | 欧阳振华陈刚 | 县文旅局 | / |\n",
      "glued.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 5u);
  EXPECT_EQ(LeaderNames(doc->tasks[0]), (V{"陈立军", "何斌"}));
  EXPECT_EQ(doc->tasks[0].cooperating_units,
            (V{"县商务局", "县供销合作社联合社", "中国邮政集团有限公司蓁原县分公司"}));
  EXPECT_EQ(LeaderNames(doc->tasks[1]), (V{"赵海峰", "李娜"}));
  EXPECT_EQ(doc->tasks[1].cooperating_units, (V{"县财政局", "县统计局"}));
  EXPECT_EQ(LeaderNames(doc->tasks[4]).size(), 1u) << "欧阳振华 and 陈刚 are named alone nowhere";
}

// Round 132 (672): a row stacking several tasks, lined up by Enter presses (序号 1⏎2⏎3, a line a task), its
// other cells a line a task in the same order or one line for all (the leader over them), as the table's 注
// says: a task of each line, numbered by the 序号 cell's, its values the same line of each cell; a cell of
// a line a task's measures (1.… 2.…) is one task's as before.
TEST(BuildTest, ARowStackingSeveralTasksIsATaskALine) {
  const std::string text =
      "各单位：\n附件\n\n| 序号 | 工作任务 | 责任县领导 | 牵头单位 | 配合单位 | 完成时限 |\n"
      "| --- | --- | --- | --- | --- | --- |\n"
      "| 1<br>2<br>3 | 稳定经济增长。<br>扩大有效投资。<br>争取上级资金。 | 王　勇 | "
      "县发改局<br>县发改局<br>县财政局、县发改局 | "
      "县统计局<br>/<br>县直各有关单位 | 2025年12月底<br>2025年11月底<br>全年 |\n"
      "| 4 | 促进消费。 | 刘晓梅 | 县商务局 | 县市场监管局 | 全年 |\n"
      "| 5 | 推进改革：<br>1.改革甲。<br>2.改革乙。 | 孙丽 | 县农业农村局 | 县财政局 | 全年 |\n";
  Result<Document> doc = ExtractBytes(text, "stacked.md");
  ASSERT_TRUE(doc.ok());
  std::vector<std::string> ids;
  for (const Task& t : doc->tasks) ids.push_back(t.id);
  EXPECT_EQ(ids, (V{"1", "2", "3", "4", "5"}));
  ASSERT_EQ(doc->tasks.size(), 5u);
  EXPECT_EQ(doc->tasks[1].text, "扩大有效投资。");
  EXPECT_EQ(doc->tasks[1].lead_units, V{"县发改局"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{});
  EXPECT_EQ(LeaderNames(doc->tasks[1]), V{"王勇"});
  ASSERT_TRUE(doc->tasks[1].deadline);
  EXPECT_EQ(doc->tasks[1].deadline->text, "2025年11月底");
  EXPECT_EQ(doc->tasks[2].lead_units, (V{"县财政局", "县发改局"}));
  EXPECT_EQ(doc->tasks[2].cooperating_units, V{"县直各有关单位"});
  EXPECT_EQ(text.substr(doc->tasks[2].span.offset, doc->tasks[2].span.length), "争取上级资金。");
  EXPECT_EQ(doc->tasks[3].lead_units, V{"县商务局"});
  EXPECT_EQ(doc->tasks[4].lead_units, V{"县农业农村局"});
}

// The review of this session's readings: a stacked row after an agenda row keyed by its items' numbers
// reads no key of the agenda's (it threw); a national body's name inside a unit's own name is not parted
// (中共X县委国家安全委员会办公室, 县林业局国家级自然保护区管理中心); a leader's row whose cell is not
// numbered as the table's is one task of his, not cells keyed to other tasks; a helper's number finds no
// task of the text after his table; 1⏎2 after 11 in a 序号 cell is 12.
TEST(BuildTest, ReviewOfRounds130To132Readings) {
  Result<Document> doc = ExtractBytes(
      "关于印发重点工作任务分工的通知\n\n| 序号 | 会议 | 议题 | 责任单位 |\n| --- | --- | --- | --- |\n"
      "| 1 | 第一次常委会会议 | 1．审议预算调整方案<br>2．审议环境保护条例草案<br>3．审议社会救助条例草案 | "
      "1、2．法制工作委员会、监察和司法工作委员会<br>3．社会建设工作委员会 |\n\n以下为重点任务。\n\n"
      "| 序号 | 工作任务 | 牵头单位 | 配合单位 |\n| --- | --- | --- | --- |\n"
      "| 1<br>2 | 推进项目建设<br>抓好招商引资 | 县财政局 | 县税务局<br>县统计局<br>县审计局 |\n"
      "| 3 | 加强国家安全工作 | 中共平安县委国家安全委员会办公室 | 县林业局国家级自然保护区管理中心 |\n"
      "| 1<br>2 | 推进园区建设 | 县工信局 | / |\n",
      "stale.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 7u);
  EXPECT_EQ(doc->tasks[3].text, "推进项目建设");
  EXPECT_EQ(doc->tasks[4].cooperating_units, (V{"县税务局", "县统计局", "县审计局"}));
  EXPECT_EQ(doc->tasks[5].lead_units, V{"中共平安县委国家安全委员会办公室"});
  EXPECT_EQ(doc->tasks[5].cooperating_units, V{"县林业局国家级自然保护区管理中心"});
  EXPECT_EQ(doc->tasks[6].number, 12);
  doc = ExtractBytes(
      "各单位：\n附件\n\n| 序号 | 县级领导 | 牵头包抓的重点工作 | 协助包抓的重点工作 |\n| --- | --- | --- | "
      "--- |\n"
      "| 1 | 郑国华 | 1．推进项目建设（县发改局负责）<br>2．抓好招商引资（县商务局负责） | 第5项 |\n"
      "| 2 | 韩立新 | 推进乡村振兴（县农业农村局负责） | 第1项 |\n\n"
      "二、其他工作\n\n5．加强生态环保。责任单位：县生态环境局\n",
      "leaders.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_EQ(doc->tasks[2].text, "推进乡村振兴（县农业农村局负责）");
  EXPECT_EQ(LeaderNames(doc->tasks[2]), V{"韩立新"});
  EXPECT_EQ(LeaderNames(doc->tasks[0]), (V{"郑国华", "韩立新"}));
  EXPECT_EQ(LeaderNames(doc->tasks[3]), V{}) << "the text's task 5 is none of the table's";
  EXPECT_TRUE(std::any_of(doc->diagnostics.begin(), doc->diagnostics.end(), [](const Diagnostic& d) {
    return d.rule == "GW-BUILD-ORPHAN-CLAUSE" && d.message.find("第5项") != std::string::npos;
  }));
}

// Round 133 (676): tasks grouped twice, under a leader's heading (one naming two leaders, each titled) and a
// lead unit's sub-heading with no word of the work (（一）县发展和改革局牵头（3项）, two 共同牵头), the tasks
// naming only their helpers: each task the leaders and the leads its headings give, the helpers its own.
TEST(BuildTest, LeadersAndLeadUnitsComeFromTwoLevelsOfHeadings) {
  Document doc = Extract(
      "附件\n\n重点任务分工\n\n一、副县长聂卫东、县政府党组成员韩冰同志负责的工作（3项）\n\n"
      "（一）县发展和改革局牵头（2项）\n\n1．推进项目建设。（配合单位：县财政局）\n\n2．争取上级资金。\n\n"
      "（二）县财政局、县税务局共同牵头（1项）\n\n3．培植财源。（配合单位：蔚川经济开发区管委会）\n\n"
      "二、县长岑立峰同志负责的工作（1项）\n\n（一）蔚川经济开发区管委会牵头（1项）\n\n4．扩区调位。\n");
  ASSERT_EQ(doc.tasks.size(), 4u);
  EXPECT_EQ(LeaderNames(doc.tasks[0]), (V{"聂卫东", "韩冰"}));
  EXPECT_EQ(doc.tasks[0].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(doc.tasks[0].cooperating_units, V{"县财政局"});
  EXPECT_EQ(doc.tasks[1].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(doc.tasks[2].lead_units, (V{"县财政局", "县税务局"}));
  EXPECT_EQ(LeaderNames(doc.tasks[3]), V{"岑立峰"});
  EXPECT_EQ(doc.tasks[3].lead_units, V{"蔚川经济开发区管委会"});
}

// Round 137 (693): a project's parts, each a row numbered （k） in the column after the project's name,
// under its number and name merged down (w:vMerge) over them, each with units of its own: tasks 5.1 and
// 5.2, their words the part's, the project's name kept beside them.
TEST(BuildTest, AProjectsPartsUnderItsMergedNumberAreTasksOfTheirOwn) {
  Result<Reading> reading = ReadAny(
      "附件\n\n民生实事项目\n\n| 序号 | 项目 | 目标任务 | 牵头单位 | 责任单位 | 完成时限 |\n"
      "| 4 | 学前教育扩容工程 | 新增公办学位4500个。 | 市教育局 | 市财政局 | 2024年9月底前 |\n"
      "| 5 | 义务教育学校建设工程 | （1）新建中小学校10所。 | 市教育局 | 市发展改革委 | 2024年秋季开学前 |\n"
      "|  |  | （2）改造农村寄宿制学校食堂50所。 |  | 市财政局 | 2024年12月底前 |\n"
      "| 6 | 课后服务提质行动 | 课后服务实现全覆盖。 | 市教育局 | 市体育局 | 2024年12月底前 |\n",
      "m.txt");
  ASSERT_TRUE(reading.ok());
  for (Block& b : reading->blocks)
    if (b.kind == BlockKind::kTableRow && b.text.find("寄宿制") != std::string::npos)
      b.merged_above = {true, true, false, true, false, false};  // 序号, 项目 and 牵头单位 merged down
  Document doc = ExtractFromReading(*reading);
  ASSERT_EQ(doc.tasks.size(), 4u);
  EXPECT_EQ(doc.tasks[1].id, "5.1");
  EXPECT_EQ(doc.tasks[1].text, "新建中小学校10所。");
  EXPECT_EQ(doc.tasks[1].cooperating_units, V{"市发展改革委"});
  EXPECT_EQ(doc.tasks[2].id, "5.2");
  EXPECT_EQ(doc.tasks[2].text, "改造农村寄宿制学校食堂50所。");
  EXPECT_EQ(doc.tasks[2].lead_units, V{"市教育局"}) << "merged down from the project's first part";
  EXPECT_EQ(doc.tasks[2].cooperating_units, V{"市财政局"});
  EXPECT_EQ(doc.tasks[3].id, "6");
  // Without a （k） in each part's cell, the row under a merged number is the rest of the task above.
  for (Block& b : reading->blocks)
    if (b.kind == BlockKind::kTableRow && b.text.find("寄宿制") != std::string::npos)
      for (std::string& cell : b.cells)
        if (cell.starts_with("（2）")) cell.erase(0, std::string_view("（2）").size());
  Document whole = ExtractFromReading(*reading);
  ASSERT_EQ(whole.tasks.size(), 3u);
  EXPECT_EQ(whole.tasks[1].id, "5");
  // (The review:) nor under a header that names no task's words (建设内容 alone): the parts stay the
  // project's.
  Result<Reading> built = ReadAny(
      "附件\n\n民生实事项目\n\n| 序号 | 项目 | 建设内容 | 牵头单位 | 责任单位 | 完成时限 |\n"
      "| 5 | 义务教育学校建设工程 | （1）新建中小学校10所。 | 市教育局 | 市发展改革委 | 2024年秋季开学前 |\n"
      "|  |  | （2）改造农村寄宿制学校食堂50所。 |  | 市财政局 | 2024年12月底前 |\n",
      "b.txt");
  ASSERT_TRUE(built.ok());
  for (Block& b : built->blocks)
    if (b.kind == BlockKind::kTableRow && b.text.find("寄宿制") != std::string::npos)
      b.merged_above = {true, true, false, true, false, false};
  Document project = ExtractFromReading(*built);
  ASSERT_EQ(project.tasks.size(), 1u);
  EXPECT_EQ(project.tasks[0].id, "5");
  EXPECT_FALSE(project.tasks[0].text.empty());
}

// Round 137 (697): leaders' names from Uyghur and Kazakh written in Han characters, their parts joined by a
// dot typed as ·, ．, • or · with spaces, or cut at it where the cell was narrow, two of them parted by a
// space, one with a post in brackets.
TEST(BuildTest, TransliteratedLeaderNamesWithTheirDots) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n重点工作任务分工\n\n| 序号 | 重点工作任务 | 责任县领导 | 牵头单位 | 完成时限 "
      "|\n|---|---|---|---|---|\n"
      "| 1 | 推进项目建设。 | 艾尼瓦尔·托合提尼亚孜（县长）<br>周立新 | 县发展和改革委员会 | 2025年12月底 |\n"
      "| 2 | 推进工业发展。 | 阿不都热依木．买买提明 | 县工业和信息化局 | 2025年12月底 |\n"
      "| 3 | 推进农业发展。 | 叶尔兰•努尔别克 | 县农业农村局 | 2025年12月底 |\n"
      "| 4 | 推进教育发展。 | 阿不都热依木·<br>买买提明 | 县教育局 | 2025年12月底 |\n"
      "| 5 | 推进城市建设。 | 艾尼瓦尔·托合提尼亚孜 周立新 | 县住房和城乡建设局 | 2025年12月底 |\n"
      "| 6 | 推进文化旅游。 | 帕尔哈提 · 吾斯曼 | 县文化体育广播电视和旅游局 | 2025年12月底 |\n",
      "n.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 6u);
  const auto names = [&](size_t k) {
    V out;
    for (const Leader& l : doc->tasks[k].leaders) out.push_back(l.name);
    return out;
  };
  EXPECT_EQ(names(0), (V{"艾尼瓦尔·托合提尼亚孜", "周立新"}));
  EXPECT_EQ(doc->tasks[0].leaders[0].title, "县长");
  EXPECT_EQ(names(1), V{"阿不都热依木·买买提明"});
  EXPECT_EQ(names(2), V{"叶尔兰·努尔别克"});
  EXPECT_EQ(names(3), V{"阿不都热依木·买买提明"});
  EXPECT_EQ(names(4), (V{"艾尼瓦尔·托合提尼亚孜", "周立新"}));
  EXPECT_EQ(names(5), V{"帕尔哈提·吾斯曼"});
}

// The review of round 137's code: a transliterated name with its title printed before it (副县长X·Y,
// 县委常委、 副县长X·Y) or after it (X·Y副县长) is the name and its title, as a name of two or three
// characters is.
TEST(BuildTest, TransliteratedLeaderNamesWithTitlesBeforeOrAfter) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n重点工作任务分工\n\n一、产业发展\n"
      "1.大力发展棉花产业。（责任领导：副县长艾尼瓦尔·托合提；牵头单位：县农业农村局）\n"
      "2.推进纺织服装产业。（责任领导：艾尼瓦尔·托合提副县长、王勇；牵头单位：县工业和信息化局）\n"
      "3.推进旅游产业。（责任领导：县委常委、副县长古丽娜尔·买买提；牵头单位：县文化和旅游局）\n"
      "4.推进物流产业。（责任领导：叶尔兰·努尔别克县委常委、副县长；牵头单位：县商务局）\n",
      "t.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  const auto leader = [&](size_t k, size_t i) {
    const Leader& l = doc->tasks[k].leaders.at(i);
    return l.name + "|" + l.title;
  };
  ASSERT_EQ(doc->tasks[0].leaders.size(), 1u);
  EXPECT_EQ(leader(0, 0), "艾尼瓦尔·托合提|副县长");
  ASSERT_EQ(doc->tasks[1].leaders.size(), 2u);
  EXPECT_EQ(leader(1, 0), "艾尼瓦尔·托合提|副县长");
  EXPECT_EQ(leader(1, 1), "王勇|");
  ASSERT_EQ(doc->tasks[2].leaders.size(), 1u);
  EXPECT_EQ(leader(2, 0), "古丽娜尔·买买提|县委常委、副县长");
  ASSERT_EQ(doc->tasks[3].leaders.size(), 1u);
  EXPECT_EQ(leader(3, 0), "叶尔兰·努尔别克|县委常委、副县长");
  // (Not a title's rest as a name's first part: 县长助理·王强 is no 县长 助理·王强.)
  Document dotted = Extract("附件\n\n1.推进物流产业。（责任领导：县长助理·王强；牵头单位：县商务局）\n");
  ASSERT_EQ(dotted.tasks.size(), 1u);
  ASSERT_EQ(dotted.tasks[0].leaders.size(), 1u);
  EXPECT_NE(dotted.tasks[0].leaders[0].name, "助理·王强");
}

// Round 137 (694): a task's second paragraph between it and its clause lines, the leaders' line first
// (牵头县领导：X ⏎ 牵头单位：A ⏎ 责任单位：B), is the task's; and a 版记's copy-to list whose groups a stop
// parts.
TEST(BuildTest, ATasksSecondParagraphAboveItsLeadersLineAndCopyToGroups) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n重点工作任务分工\n\n一、乡村振兴\n\n"
      "1.巩固拓展脱贫攻坚成果。健全防止返贫监测机制。\n加强易地扶贫搬迁后续扶持，抓好就业帮扶。\n"
      "牵头县领导：孙涛\n牵头单位：县农业农村局\n责任单位：县财政局、县民政局\n"
      "2.发展特色产业。新建示范园5000亩。\n牵头县领导：孙涛\n牵头单位：县农业农村局\n责任单位：县林业局\n\n"
      "抄送：市委办公室，市政府办公室。县人大常委会办公室，县政协办公室。\n",
      "p.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].text,
            "巩固拓展脱贫攻坚成果。健全防止返贫监测机制。\n加强易地扶贫搬迁后续扶持，抓好就业帮扶。");
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县农业农村局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"县财政局", "县民政局"}));
  EXPECT_EQ(doc->metadata.cc, (V{"市委办公室", "市政府办公室", "县人大常委会办公室", "县政协办公室"}));
}

// Round 138 (703): a campaign plan's tasks under stage headings whose brackets give the stage's window
// (（二）集中攻坚阶段（2025年5月21日—7月20日）): each task's time, its date the window's end, where the task
// gives none of its own.
TEST(BuildTest, AStagesWindowIsTheTimeOfItsTasks) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n百日攻坚行动方案\n\n一、阶段任务\n\n（一）动员部署阶段（2025年5月12日—5月20日）\n\n"
      "1．召开动员大会。（责任单位：县爱卫办）\n\n2．开展宣传。（责任单位：县委宣传部）\n\n"
      "（二）集中攻坚阶段（2025年5月21日至7月20日）\n\n1．整治市容。（责任单位：县城管局）\n\n"
      "2．改造农贸市场，2025年6月底前完成。（责任单位：县市场监管局）\n\n二、保障措施\n\n"
      "1．强化经费保障。（责任单位：县财政局）\n",
      "w.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 5u);
  ASSERT_TRUE(doc->tasks[0].deadline.has_value());
  EXPECT_EQ(doc->tasks[0].deadline->text, "2025年5月12日—5月20日");
  EXPECT_EQ(doc->tasks[0].deadline->date, "2025-05-20");
  ASSERT_TRUE(doc->tasks[2].deadline.has_value());
  EXPECT_EQ(doc->tasks[2].deadline->date, "2025-07-20");
  ASSERT_TRUE(doc->tasks[3].deadline.has_value());
  EXPECT_EQ(doc->tasks[3].deadline->text, "2025年6月底前") << "its own time";
  EXPECT_FALSE(doc->tasks[4].deadline.has_value()) << "no stage over it";
  // (The review:) a window into the next year, one whose end leaves out its month, one of months only.
  for (const auto& [window, date] :
       std::vector<std::pair<std::string, std::string>>{{"2024年12月1日—1月20日", "2025-01-20"},
                                                        {"2025年5月1日—20日", "2025-05-20"},
                                                        {"5月21日—底", "2025-05-31"},
                                                        {"2025年8月—12月", "2025-12"}}) {
    Result<Document> w = ExtractBytes("附件\n\n行动方案\n\n一、阶段任务\n\n（一）排查阶段（" + window +
                                          "）\n\n1．开展摸底排查。（责任单位：县住建局）\n\n2025年3月1日\n",
                                      "y.txt");
    ASSERT_TRUE(w.ok());
    ASSERT_EQ(w->tasks.size(), 1u);
    ASSERT_TRUE(w->tasks[0].deadline.has_value()) << window;
    EXPECT_EQ(w->tasks[0].deadline->date, date) << window;
  }
}

// Round 137 (694) and 138 (700): a joint red header set in a borderless table, the issuers stacked in its
// first column and 文件 beside them: the issuer mark, read from its cells; not a task table.
TEST(BuildTest, AJointRedHeaderInATableIsTheIssuerMark) {
  Result<Document> doc = ExtractBytes(
      "| 中共槐林镇委员会 | 文件 |\n|---|---|\n| 槐林镇人民政府 |  |\n\n槐发〔2024〕6号\n\n"
      "中共槐林镇委员会　槐林镇人民政府\n关于印发槐林镇2024年重点工作任务分工的通知\n\n各村（社区），镇直各单"
      "位：\n\n"
      "现将任务分工印发给你们，请认真贯彻落实。\n\n1．抓好党建工作。（责任站所：党建办）\n",
      "h.md");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(doc->metadata.issuer_mark, "中共槐林镇委员会槐林镇人民政府文件");
  ASSERT_TRUE(doc->metadata.doc_number.has_value());
  EXPECT_EQ(doc->metadata.doc_number->text, "槐发〔2024〕6号");
  // A table above the title that is no header (its cells no bodies' names, no 文件) stays as it was.
  Result<Document> other = ExtractBytes(
      "| 索引号 | 0001 |\n|---|---|\n| 发布日期 | 2024-03-01 |\n\n"
      "关于印发槐林镇2024年重点工作任务分工的通知\n\n各村（社区）：\n\n1．抓好党建工作。（责任站所：党建办）"
      "\n",
      "o.md");
  ASSERT_TRUE(other.ok());
  EXPECT_TRUE(other->metadata.issuer_mark.empty());
  // (The review:) the names stacked in one cell, a line each.
  Result<Document> stacked = ExtractBytes(
      "| 中共槐林镇委员会<br>槐林镇人民政府 | 文件 |\n|---|---|\n\n槐发〔2024〕6号\n\n"
      "关于印发槐林镇2024年重点工作任务分工的通知\n\n各村（社区）：\n\n1．抓好党建工作。（责任站所：党建办）"
      "\n",
      "k.md");
  ASSERT_TRUE(stacked.ok());
  EXPECT_EQ(stacked->metadata.issuer_mark, "中共槐林镇委员会槐林镇人民政府文件");
}

// Round 138 (699) and 139 (706): a portal page's box of metadata over the notice, its labels spaced to one
// width (名　　称：…) or naming the page's classes (信息分类：…), then the title printed again: the box is no
// issuer mark, and the title is not joined to the line that names it.
TEST(BuildTest, APagesMetadataBoxOverTheTitle) {
  Result<Document> doc = ExtractBytes(
      "信息分类：县政府文件\n名　　称：岚溪县人民政府关于印发重点工作任务分工的通知\n"
      "岚溪县人民政府关于印发重点工作任务分工的通知\n岚政发〔2024〕4号\n各乡镇人民政府，县政府各部门：\n"
      "现将任务分工印发给你们。\n1．推进项目建设。（牵头单位：县发改局）\n",
      "m.txt");
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc->metadata.issuer_mark.empty());
  EXPECT_EQ(doc->metadata.title, "岚溪县人民政府关于印发重点工作任务分工的通知");
  EXPECT_EQ(doc->metadata.addressees, (V{"各乡镇人民政府", "县政府各部门"}));
  // (645:) the page's heading, its byline, the number, then the notice's own title over two lines.
  Result<Document> again = ExtractBytes(
      "名称：蕤平县人民政府关于印发重点工作任务分工的通知\n蕤平县人民政府关于印发重点工作任务分工的通知\n"
      "发布时间：2025-02-28 16:35来源：县政府办  浏览次数：1826【字体：大中小】\n蕤政发〔2025〕3号\n"
      "蕤平县人民政府\n关于印发重点工作任务分工的通知\n各乡镇人民政府，县政府各部门：\n现将任务分工印发给你们"
      "。\n"
      "1．推进项目建设。（牵头单位：县发改局）\n",
      "a.txt");
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->metadata.title, "蕤平县人民政府关于印发重点工作任务分工的通知");
  EXPECT_EQ(again->metadata.addressees, (V{"各乡镇人民政府", "县政府各部门"}));
  // (Round 140, 712:) the issuer mark between the byline and the number.
  Result<Document> marked = ExtractBytes(
      "中共丰河县委办公室关于印发党建工作要点责任分工方案的通知\n发布时间：2024-03-15 "
      "10:26信息来源：县委办公室\n"
      "中共丰河县委办公室文件\n丰办发〔2024〕7号\n中共丰河县委办公室\n关于印发党建工作要点\n责任分工方案的通"
      "知\n"
      "各乡镇（街道）党（工）委，县委各部委：\n现将方案印发给你们。\n1．推进党建工作。（牵头单位：县委组织部"
      "）\n",
      "k.txt");
  ASSERT_TRUE(marked.ok());
  EXPECT_EQ(marked->metadata.issuer_mark, "中共丰河县委办公室文件");
  EXPECT_EQ(marked->metadata.title, "中共丰河县委办公室关于印发党建工作要点责任分工方案的通知");
  EXPECT_EQ(marked->metadata.addressees, (V{"各乡镇（街道）党（工）委", "县委各部委"}));
  // (711:) the page's font-size switch as 字号：[大中小], over the number and the title printed again.
  Result<Document> sized = ExtractBytes(
      "沣州市人民政府办公室关于印发重点工作任务分工的通知\n发布时间：2024-02-28 "
      "16:42来源：市政府办公室浏览次数：\n"
      "字号：[大中小]\n沣政办〔2024〕6号\n沣州市人民政府办公室关于印发\n重点工作任务分工的通知\n"
      "各县（市、区）人民政府，市人民政府各部门：\n现将任务分工印发给你们。\n1．推进项目建设。（牵头单位：市"
      "发改委）\n",
      "z.txt");
  ASSERT_TRUE(sized.ok());
  EXPECT_EQ(sized->metadata.addressees, (V{"各县（市、区）人民政府", "市人民政府各部门"}));
  // (Round 144, 736:) the page's box of metadata between the byline and the title printed again, its rows
  // separated by tabs (a table's) and one line of its own.
  Result<Document> boxed = ExtractBytes(
      "澜江省人民政府关于印发重点工作任务分工方案的通知\n发布时间：2024-02-26 17:30　　来源：省政府办公厅"
      "　　【字体：大 中 小】　　【打印】\n索引号：\t11530000MB0L36217K/2024-00031\t主题分类：\t综合政务\n"
      "发布机构：\t澜江省人民政府\t成文日期：\t2024年02月21日\n"
      "标　　题：\t澜江省人民政府关于印发重点工作任务分工方案的通知\n"
      "发文字号：\t澜府发〔2024〕3号\t发布日期：\t2024年02月26日\n\n澜江省人民政府关于印发\n"
      "重点工作任务分工方案的通知\n\n澜府发〔2024〕3号\n\n各市（州）人民政府，省政府各部门：\n"
      "现将方案印发给你们。\n1．推进项目建设。（责任单位：省发展改革委）\n",
      "b.txt");
  ASSERT_TRUE(boxed.ok());
  EXPECT_EQ(boxed->metadata.title, "澜江省人民政府关于印发重点工作任务分工方案的通知");
  EXPECT_EQ(boxed->metadata.addressees, (V{"各市（州）人民政府", "省政府各部门"}));
  // (Its labels with no colon, the rows a table's.)
  Result<Document> bare = ExtractBytes(
      "澜江省人民政府关于印发重点工作任务分工方案的通知\n发布时间：2024-02-26 17:30　　来源：省政府办公厅\n"
      "索引号\t11530000MB0L36217K/2024-00031\t主题分类\t综合政务\n"
      "发文字号\t澜府发〔2024〕3号\t发布日期\t2024年02月26日\n\n澜江省人民政府关于印发\n"
      "重点工作任务分工方案的通知\n\n澜府发〔2024〕3号\n\n各市（州）人民政府，省政府各部门：\n"
      "现将方案印发给你们。\n1．推进项目建设。（责任单位：省发展改革委）\n",
      "c.txt");
  ASSERT_TRUE(bare.ok());
  EXPECT_EQ(bare->metadata.addressees, (V{"各市（州）人民政府", "省政府各部门"}));
}

// Round 144 (733): pandoc's -t org writes a task cell's second paragraph as a row of its own, under an empty
// one, its other cells empty: （1）创建…；（2）完成…, a list it goes on with inline, is the task's text, no
// heading.
TEST(BuildTest, ARowListingItemsInlineUnderNoNumberGoesOnTheTask) {
  Result<Document> doc = ExtractBytes(
      "| 序号 | 重点任务 | 责任县领导 | 牵头单位 | 配合单位 | 完成时限 |\n"
      "|------+----------+------------+----------+----------+----------|\n"
      "| 一、产业发展 | | | | | |\n"
      "| 1. | 深入实施乡村建设行动，推进宜居宜业和美乡村建设。 | 杨宏亮 | 县农业农村局 | 县卫生健康局 | "
      "2025年12月底前 |\n"
      "| | | | | | |\n"
      "| | （1）创建省级和美乡村示范村8个；（2）完成农村户厕改造2000户。 | | | | |\n"
      "| 2. | 深化改革。 | 周翔 | 县政务服务和数据管理局 | 县直各相关部门 | 2025年12月底前 |\n",
      "o.org");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_NE(doc->tasks[0].text.find("（2）完成农村户厕改造2000户。"), std::string::npos)
      << doc->tasks[0].text;
  ASSERT_EQ(doc->sections.size(), 1u);
  EXPECT_TRUE(doc->sections[0].children.empty());
}

// Round 140 (714): a sheet saved as tab-separated text, its 版记 typed in the table's grid below it (the
// issuer in the first column, …印发 in the deadlines'): the colophon, not a task.
TEST(BuildTest, AColophonTypedInASheetsGridIsNoTask) {
  Result<Document> doc = ExtractBytes(
      "莪溪县人民政府办公室文件\t\t\t\t\t\n序号\t重点任务\t牵头单位\t配合单位\t完成时限\t备注\n"
      "1\t推进项目建设。\t县发改局\t\"县财政局\n县统计局\"\t2025年12月底\t\n"
      "2\t抓好招商引资。\t县商务局\t县统计局\t2025年12月底\t\n注：推进情况每季度更新。\t\t\t\t\t\n\t\t\t\t\t"
      "\n"
      "抄送：县委各部门，县人大常委会办公室。\t\t\t\t\t\n莪溪县人民政府办公室\t\t\t\t2025年3月12日印发\t\n",
      "s.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  ASSERT_TRUE(doc->metadata.printed_by.has_value());
  EXPECT_EQ(doc->metadata.printed_by->issuer, "莪溪县人民政府办公室");
  EXPECT_EQ(doc->metadata.cc, (V{"县委各部门", "县人大常委会办公室"}));
}

// Round 146 (749): the tasks numbered on through the parts, a （一） sentence over each group of them: a
// heading, the clause under 10. that task's own; units listed after 分别牵头 with no verb help; the rule's
// bracket on the last unit (列第一位为牵头或汇总单位) is no part of its name.
TEST(BuildTest, ASentenceOverTasksNumberedOnIsAHeading) {
  Result<Document> doc = ExtractBytes(
      "二、责任分解中，列第一位的责任单位为牵头单位或汇总单位。\n\n附件\n\n重点工作责任分解\n\n"
      "一、主要预期目标\n1.生产总值增长6%左右。\n"
      "责任单位：市发改委、市经信局、市教育局（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）\n"
      "2.规上工业增加值增长7.5%。\n责任单位：市经信局\n二、重点抓好七方面工作\n"
      "（一）全力扩大有效需求，推动经济持续回升向好。\n3.实施重大项目攻坚行动，完成投资400亿元以上。\n"
      "责任单位：市发改委、市财政局分别牵头，各县（市、区）政府\n"
      "（二）加快构建现代化产业体系，夯实高质量发展根基。\n4.新增规上工业企业150家。\n"
      "责任单位：市经信局、市科技局\n",
      "z.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_EQ(doc->tasks[2].id, "3");
  EXPECT_EQ(doc->tasks[0].lead_units, V{"市发改委"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"市经信局", "市教育局"}));
  EXPECT_EQ(doc->tasks[2].lead_units, (V{"市发改委", "市财政局"}));
  EXPECT_EQ(doc->tasks[2].cooperating_units, V{"各县（市、区）政府"});
  EXPECT_EQ(doc->tasks[3].lead_units, V{"市经信局"});
}

// Units after a lead's verb with no verb of their own are the task's too, helping: （A牵头，B、C）.
TEST(BuildTest, UnitsListedAfterTheLeadsVerbHelp) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n任务分工\n\n1.实施重大项目攻坚行动。（市发改委牵头，市财政局、各县（市、区）政府）\n"
      "2.实施项目。（市发改委、市财政局牵头，市商务局）\n",
      "u.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"市发改委"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"市财政局", "各县（市、区）政府"}));
  EXPECT_EQ(doc->tasks[1].lead_units, (V{"市发改委", "市财政局"}));
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"市商务局"});
}

// Round 146 (745): a cell merged sideways over the leader's and both units' columns (the reader leaves the
// spanned cells empty) holds the row's clause: its units in the roles it gives them, none carried down from
// the row above; the government's leaders as a body name no one.
TEST(BuildTest, AClauseInTheLeadersCellOverEmptyUnitsCells) {
  Result<Document> doc = ExtractBytes(
      "| 序号 | 重点工作 | 责任县领导 | 牵头单位 | 配合单位 | 完成时限 |\n"
      "|------+----------+------------+----------+----------+----------|\n"
      "| 1 | 防范化解重点领域风险。 | 陈国栋 | 县财政局 | 县金融服务中心 | 12月底前 |\n"
      "| 2 | 加强政府系统党的建设。 | 县政府领导班子成员按分工负责，县政府各部门、各直属机构抓好落实 | | | "
      "持续推进 |\n"
      "| 3 | 坚持依法行政。 | 县政府领导班子成员按分工负责；县司法局牵头，县政府各部门配合 | | | 12月底前 "
      "|\n",
      "o.org");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(doc->tasks[1].responsible_units, (V{"县政府各部门", "各直属机构"}));
  EXPECT_TRUE(doc->tasks[1].leaders.empty());
  EXPECT_EQ(doc->tasks[2].lead_units, V{"县司法局"});
  EXPECT_EQ(doc->tasks[2].cooperating_units, V{"县政府各部门"});
}

// Round 147 (754): a 人大常委会办公室's brackets, 联系领导：X；承办：A、B；协办：C；时间：…: 承办 leads (both
// where two are named), 协办 helps, 时间 is the deadline. A sentence that opens a list of bills, each with
// its own bracket, is no task: the bills are, numbered under it.
TEST(BuildTest, ABillsListUnderASentenceWithUndertakersBrackets) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n工作要点任务分工\n\n一、坚持科学立法\n"
      "3."
      "围绕市委中心工作开展课题调研。（联系领导：韩启明秘书长；承办：研究室；协办：各专门委员会；时间：10月）"
      "\n"
      "4.审议以下法规草案，条件成熟时提请常委会会议表决：\n"
      "（1）《岷阳市物业管理条例》（修订）。（联系领导：周立新副主任；承办：法制委、法工委；协办：城建环资委"
      "；"
      "时间：4月、6月）\n"
      "（2）《岷阳市历史文化名城保护条例》。（联系领导：黄美华副主任；承办：法制委、法工委；时间：8月）\n"
      "5.做好法规的公布工作。（联系领导：周立新副主任；承办：法工委）\n",
      "r.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"研究室"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, V{"各专门委员会"});
  ASSERT_TRUE(doc->tasks[0].deadline.has_value());
  EXPECT_EQ(doc->tasks[0].deadline->text, "10月");
  EXPECT_EQ(doc->tasks[1].id, "4.1");
  EXPECT_EQ(doc->tasks[1].lead_units, (V{"法制委", "法工委"}));
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"城建环资委"});
  ASSERT_EQ(doc->tasks[1].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[1].leaders[0].name, "周立新");
  EXPECT_EQ(doc->tasks[2].id, "4.2");
  EXPECT_EQ(doc->tasks[3].id, "5");
}

// A task's measures under its name and a colon, each with its bracket, stay that one task's (round 20's 126).
TEST(BuildTest, MeasuresUnderATasksNameStayItsOwn) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n任务分工\n\n（8）推进园区建设。【责任单位】区发改局（牵头）、区工信局\n"
      "（9）加大金融支持实体经济力度：\n①开展“金融顾问进企业”活动。【牵头】区金融服务中心【配合】人民银行分行"
      "\n"
      "②新增普惠小微贷款20亿元以上。【牵头】区财政局【配合】区金融服务中心\n"
      "（10）保障企业用工需求。【责任单位】区人社局（牵头）、区总工会\n",
      "m.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(doc->tasks[1].id, "9");
}

// Round 147 (755): the cover's exceptions to its first-listed rule by task number, a range among them
// (第25—27项由各县（市、区）人民政府牵头) and a task no unit leads (不设牵头单位).
TEST(BuildTest, ExceptionsToTheRuleByTaskNumberAndRange) {
  Result<Document> doc = ExtractBytes(
      "各县（市、区）人民政府：\n《分解表》中排在第一位的为牵头单位，其余为配合单位。以下任务除外：第2项由市"
      "财政局牵头；"
      "第3—4项由各县（市、区）人民政府牵头，所列市直单位负责行业指导；第5项由所列单位按职责分工负责，"
      "不设牵头单位。\n附件\n\n分解表\n\n"
      "| 序号 | 重点工作任务 | 责任单位 | 完成时限 |\n|---|---|---|---|\n"
      "| 1 | 推进项目建设。 | 市发展改革委、市财政局 | 12月底前 |\n"
      "| 2 | 化解债务风险。 | 市发展改革委、市财政局 | 12月底前 |\n"
      "| 3 | 建设高标准农田。 | 市农业农村局、各县（市、区）人民政府 | 12月底前 |\n"
      "| 4 | 整治人居环境。 | 市农业农村局、市住房城乡建设局、各县（市、区）人民政府 | 12月底前 |\n"
      "| 5 | 过紧日子。 | 市财政局、市审计局 | 12月底前 |\n",
      "e.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 5u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"市发展改革委"});
  EXPECT_EQ(doc->tasks[1].lead_units, V{"市财政局"});
  EXPECT_EQ(doc->tasks[2].lead_units, V{"各县（市、区）人民政府"});
  EXPECT_EQ(doc->tasks[3].lead_units, V{"各县（市、区）人民政府"});
  EXPECT_EQ(doc->tasks[3].cooperating_units, (V{"市农业农村局", "市住房城乡建设局"}));
  EXPECT_TRUE(doc->tasks[4].lead_units.empty());
  EXPECT_TRUE(doc->tasks[4].cooperating_units.empty());
  EXPECT_EQ(doc->tasks[4].responsible_units, (V{"市财政局", "市审计局"}));
}

// Round 147 (751): a table with no column of numbers, its 工作项目 rows (unnumbered, bold) over tasks that
// number themselves in their cells (1．…), the responsibility cells merged down from the 工作项目's row
// (a leader's through the next 工作项目 too): the items are headings, the tasks take the merged cells.
TEST(BuildTest, WorkItemRowsOverTasksNumberedInTheirCells) {
  Result<Document> doc = ExtractBytes(
      "<html><body><p>附件</p><p>重点工作任务分解</p><table><tr><td>工作任务</td><td>责任市领导</td>"
      "<td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr>"
      "<tr><td><strong>扩大有效投资，持续增强发展后劲</strong></td><td rowspan=\"6\">王立新</td>"
      "<td rowspan=\"3\">市发改委</td><td rowspan=\"2\">市财政局</td><td rowspan=\"3\">12月底前</td></tr>"
      "<tr><td>1．实施市级重点项目210个。</td></tr>"
      "<tr><td>2．争取上级资金45亿元以上。</td><td>市自然资源局</td></tr>"
      "<tr><td><strong>加强财政金融保障，守牢风险底线</strong></td><td rowspan=\"3\">市财政局</td>"
      "<td rowspan=\"3\">市税务局</td><td rowspan=\"3\">全年</td></tr>"
      "<tr><td>3．一般公共预算收入增长5%左右。</td></tr>"
      "<tr><td>4．稳妥化解地方政府隐性债务。</td></tr></table></body></html>",
      "w.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_EQ(doc->tasks[0].id, "1");
  EXPECT_EQ(doc->tasks[0].text, "实施市级重点项目210个。");
  EXPECT_EQ(doc->tasks[1].id, "2");
  EXPECT_EQ(doc->tasks[1].lead_units, V{"市发改委"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"市自然资源局"});
  for (const Task& t : doc->tasks) {
    ASSERT_EQ(t.leaders.size(), 1u) << t.id;
    EXPECT_EQ(t.leaders[0].name, "王立新");
  }
  EXPECT_EQ(doc->tasks[3].lead_units, V{"市财政局"});
  ASSERT_TRUE(doc->tasks[3].deadline.has_value());
  EXPECT_EQ(doc->tasks[3].deadline->text, "全年");
}

// The review of round 147's fixes: a group's measures numbered through the document, its clause after the
// last, stay the group's; 不设牵头单位 is not read across another item's lead; a bare 时间： alone (a
// phase's, a meeting's) is no clause.
TEST(BuildTest, TheReviewsCasesOfRoundOneHundredFortySeven) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n任务分工\n\n（一）扩大有效投资。\n1.加快重大项目建设。\n2.积极争取专项债券。\n"
      "牵头单位：县发改局；配合单位：县财政局\n（二）促进消费扩容。\n3.开展消费促进活动。\n4."
      "培育消费新场景。\n"
      "牵头单位：县商务局；配合单位：县文旅局\n",
      "g.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[1].lead_units, V{"县商务局"});
  doc = ExtractBytes(
      "各乡镇人民政府：\n各项任务排在第一位的为牵头单位。其中，第1—2项由县发改局牵头，其余各项不设牵头单位。"
      "\n"
      "附件\n\n任务分工\n\n1．建设项目。（责任单位：县财政局、县发改局）\n"
      "2．争取资金。（责任单位：县财政局、县发改局）\n",
      "n.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发改局"});
  doc = ExtractBytes(
      "关于召开全县安全生产工作会议的通知\n各乡镇人民政府：\n一、会议时间\n时间：2025年4月10日上午9:00\n"
      "二、会议地点\n县政府三楼会议室\n",
      "m.txt");
  ASSERT_TRUE(doc.ok());
  EXPECT_TRUE(doc->tasks.empty());
}

// Round 146 (746): leaders who 负总责 and 具体负责 before the units' shares, a title shared by two names
// (副县长张晓燕、欧阳春晖), and a leader named after the units past a ；.
TEST(BuildTest, LeadersWhoAnswerBeforeAndAfterTheUnits) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n任务分工\n\n1.推进项目。（县长王立新负总责，常务副县长周海峰具体负责；县发展和改革局牵头，"
      "县财政局、县统计局配合）\n2."
      "推进文旅。（副县长张晓燕、欧阳春晖负总责，县文化和旅游局具体负责，县融媒体中心"
      "配合）\n3.推进创新。（县工业和信息化局具体负责，县科学技术局配合；副县长李建军负总责）\n",
      "p.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  const auto names = [&](size_t k) {
    V out;
    for (const Leader& l : doc->tasks[k].leaders) out.push_back(l.name);
    return out;
  };
  EXPECT_EQ(names(0), (V{"王立新", "周海峰"}));
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"县财政局", "县统计局"}));
  EXPECT_EQ(names(1), (V{"张晓燕", "欧阳春晖"}));
  EXPECT_EQ(doc->tasks[1].lead_units, V{"县文化和旅游局"});
  EXPECT_EQ(names(2), V{"李建军"});
  EXPECT_EQ(doc->tasks[2].cooperating_units, V{"县科学技术局"});
}

// Round 148 (761): a notice through pandoc -t dokuwiki: the header row's cells opened by ^, a cell's
// paragraphs parted by `\\ `; a row with no number goes on with the task above, a unit a line (县财政局 ⏎
// 蕤川县城市建设投资集团有限公司: a place's name opens the second).
TEST(BuildTest, ADokuWikiTable) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n重点工作任务分工\n\n"
      "^**序号**  ^**重点工作任务**  ^**责任县领导**  ^**牵头单位**  ^**配合单位**  ^**完成时限**  ^\n"
      "|**一、坚持项目为王（共2项）**  |  |  |  |  |  |\n"
      "|1  |扎实推进项目建设。\\\\ \\\\ 全年实施重点项目126个。  |刘建军  |县发展和改革局  |县财政局  "
      "|2025年12月底前|\n"
      "|2  |深化国资国企改革。  |赵永康\\\\ \\\\ 李秀英  |县财政局  |县国有资产服务中心  |2025年12月底前|\n"
      "|   |完成县城投公司实体化转型。  |  |蕤川县城市建设投资集团有限公司  |/  |  |\n",
      "d.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发展和改革局"});
  ASSERT_EQ(doc->tasks[1].leaders.size(), 2u);
  EXPECT_EQ(doc->tasks[1].leaders[1].name, "李秀英");
  EXPECT_EQ(doc->tasks[1].lead_units, (V{"县财政局", "蕤川县城市建设投资集团有限公司"}));
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"县国有资产服务中心"});
}

// Round 148 (760): the cover's rule by part of the table: the first listed leads in parts 一 to 二, every
// unit leads in 三, none in 四.
TEST(BuildTest, ALeadRuleForEachPartOfTheTable) {
  Result<Document> doc = ExtractBytes(
      "各乡镇人民政府：\n二、明确责任分工。第一至第二部分，“责任单位”栏中排在第一位的为牵头单位，其余为配合单"
      "位；"
      "第三部分“民生实事”，“责任单位”栏所列单位均为牵头单位；第四部分“政府自身建设”，由所列单位按照职责分工各"
      "负"
      "其责，不再明确牵头单位。\n附件\n\n分解表\n\n"
      "| 序号 | 重点工作任务 | 责任单位 | 完成时限 |\n|---|---|---|---|\n"
      "| 一、稳增长（1项） | | | |\n| 1 | 推进项目建设。 | 县发改局、县财政局 | 12月底前 |\n"
      "| 二、促转型（1项） | | | |\n| 2 | 培育产业集群。 | 县工信局、县科技局 | 12月底前 |\n"
      "| 三、民生实事（1项） | | | |\n| 3 | 新建学校。 | 县教育局、县住建局 | 12月底前 |\n"
      "| 四、政府自身建设（1项） | | | |\n| 4 | 推进依法行政。 | 县司法局、县审计局 | 持续推进 |\n",
      "p.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_EQ(doc->tasks[1].lead_units, V{"县工信局"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"县科技局"});
  EXPECT_EQ(doc->tasks[2].lead_units, (V{"县教育局", "县住建局"}));
  EXPECT_TRUE(doc->tasks[2].cooperating_units.empty());
  EXPECT_TRUE(doc->tasks[3].lead_units.empty());
  EXPECT_EQ(doc->tasks[3].responsible_units, (V{"县司法局", "县审计局"}));
}

// Round 148 (758): a 督查 system's bracket, `X副县长领办，A、B共同主办，C协办，D督办，…完成`: the leader who
// 领办 the task, the units that 主办 it lead (共同 no part of a name), the 督办 office none of its units.
TEST(BuildTest, ALeaderWhoTakesOnATaskAndItsHosts) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n任务分工\n\n1．推进财政改革。（赵刚常务副县长领办，县财政局、县发展和改革局共同主办，"
      "县直各有关单位协办，县政府督查室督办，2025年11月底前完成）\n"
      "2．推进消费。（王勇副县长领办，县商务局主办，县税务局、泓川高新区管委会协办，县政府督查室督办，持续推"
      "进）\n",
      "l.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  ASSERT_EQ(doc->tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[0].leaders[0].name, "赵刚");
  EXPECT_EQ(doc->tasks[0].lead_units, (V{"县财政局", "县发展和改革局"}));
  EXPECT_EQ(doc->tasks[0].cooperating_units, V{"县直各有关单位"});
  EXPECT_EQ(doc->tasks[1].lead_units, V{"县商务局"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, (V{"县税务局", "泓川高新区管委会"}));
}

// Round 148 (757): a row per field (序号 一、二 | 工作领域 | 重点任务 | 责任县领导 | 完成时限), its task cell
// the field's tasks numbered on through the table, each with its own bracket, a lead-in line before the
// first: each item a task, the row's leader and time theirs.
TEST(BuildTest, AFieldsRowOfTasksEachWithItsBracket) {
  Result<Document> doc = ExtractBytes(
      "<html><body><p>附件</p><p>重点工作任务清单</p><table><tr><td>序号</td><td>工作领域</td><td>重点任务</"
      "td>"
      "<td>责任县领导</td><td>完成时限</td></tr>"
      "<tr><td>一</td><td>经济运行</td><td><p>围绕全年目标，重点抓好以下工作：</p><p>1．强化经济运行调度。"
      "（牵头单位：县发改局；配合单位：县统计局）</p><p>2．抓好财税增收节支。（牵头单位：县财政局；配合单位："
      "县税务局）</p></td><td>县委常委、常务副县长<br>陈立军</td><td>2025年12月底前</td></tr>"
      "<tr><td>二</td><td>项目建设</td><td><p>3．深化项目攻坚行动。（牵头单位：县发改局；配合单位：县住建局）"
      "</p><p>4．强化要素保障。（牵头单位：县自然资源局；配合单位：县发改局）</p></"
      "td><td>副县长<br>欧阳振华</td>"
      "<td>持续推进</td></tr></table></body></html>",
      "f.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_EQ(doc->tasks[1].id, "2");
  EXPECT_EQ(doc->tasks[1].lead_units, V{"县财政局"});
  ASSERT_EQ(doc->tasks[1].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[1].leaders[0].name, "陈立军");
  EXPECT_EQ(doc->tasks[3].id, "4");
  EXPECT_EQ(doc->tasks[3].cooperating_units, V{"县发改局"});
  ASSERT_EQ(doc->tasks[3].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[3].leaders[0].name, "欧阳振华");
  ASSERT_TRUE(doc->tasks[3].deadline.has_value());
  EXPECT_EQ(doc->tasks[3].deadline->text, "持续推进");
}

// The review of round 148's fixes: an agenda row whose items are numbered （1）（2） still gives a task each;
// a branch's name under its body's on the next line of a cell is one unit (县公安局 ⏎ 高新区分局); a rule for
// a part holds for the parts named last before it (第一、二部分…牵头，第三部分…均为牵头单位), a range of
// parts whole (第一至第二部分), 除第三部分外 for none.
TEST(BuildTest, TheReviewsCasesOfRoundOneHundredFortyEight) {
  Result<Document> doc = ExtractBytes(
      "关于印发重点工作任务分工的通知\n\n| 序号 | 会议 | 议题 | 责任单位 |\n| --- | --- | --- | --- |\n"
      "| 1 | 第一次常委会会议 | "
      "（1）审议预算调整方案<br>（2）审议环境保护条例草案<br>（3）审议社会救助条例草案 | "
      "1、2．法制工作委员会、监察和司法工作委员会<br>3．社会建设工作委员会 |\n",
      "a.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(doc->tasks[2].responsible_units, V{"社会建设工作委员会"});
  doc = ExtractBytes(
      "关于印发2025年重点工作任务分工的通知\n\n+------+--------------------+--------------+\n"
      "| 序号 | 工作任务           | 责任单位     |\n+======+====================+==============+\n"
      "| 1    | 加强治安防控       | 县公安局     |\n|      |                    | 高新区分局   |\n"
      "+------+--------------------+--------------+\n| 2    | 加强生态保护       | 市生态环境局 |\n"
      "|      |                    | 蕤川县分局   |\n+------+--------------------+--------------+\n",
      "g.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].responsible_units, V{"县公安局高新区分局"});
  EXPECT_EQ(doc->tasks[1].responsible_units, V{"市生态环境局蕤川县分局"});
  const std::string table =
      "附件\n\n分解表\n\n| 序号 | 重点工作任务 | 责任单位 |\n|---|---|---|\n| 一、稳增长（1项） | | |\n"
      "| 1 | 推进项目建设。 | 县发改局、县财政局 |\n| 二、惠民生（1项） | | |\n| 2 | 新建学校。 | "
      "县教育局、县住建局 |\n"
      "| 三、强作风（1项） | | |\n| 3 | 加强作风建设。 | 县政府办、县司法局 |\n";
  doc = ExtractBytes(
      "各乡镇人民政府：\n第一、二部分由“责任单位”栏所列第一个单位牵头，第三部分所列单位均为牵头单位。\n" +
          table,
      "c.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc->tasks[2].lead_units, (V{"县政府办", "县司法局"}));
  doc = ExtractBytes("各乡镇人民政府：\n第一至第二部分所列单位均为牵头单位。\n" + table, "r.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(doc->tasks[0].lead_units, (V{"县发改局", "县财政局"}));
  EXPECT_TRUE(doc->tasks[2].lead_units.empty());
  doc = ExtractBytes("各乡镇人民政府：\n除第三部分外，其余部分所列单位均为牵头单位。\n" + table, "x.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_TRUE(doc->tasks[2].lead_units.empty());
}

// Round 149 (758 read): the 督查 system's bracket in its other forms: a helper's list with the
// institutions of a kind (各银行业金融机构), a time before the 督办 office, 主办 beside no 协办 but a 督办,
// and the leaders as a body (各副县长按分工领办), who name no one.
TEST(BuildTest, TheHostsBracketInItsOtherForms) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n任务分工\n\n1．提升金融服务能力。（赵刚常务副县长领办，县财政局主办，国家金融监督管理总局泓川"
      "监管支局、各银行业金融机构协办，县政府督查室督办，持续推进）\n"
      "2．完善综合交通网络。（马骏副县长领办，县交通运输局主办，县自然资源局、沿线乡镇人民政府协办，2025年12"
      "月底前完成，县政府督查室督办）\n"
      "3．推进教育优质均衡发展。（欧阳春副县长领办，县教育局主办，县政府督查室督办，2025年8月底前完成）\n"
      "4．扎实推进和美乡村建设。（各副县长按分工领办，县农业农村局主办，县卫生健康局，各乡镇人民政府协办，县"
      "委督查室督办，2025年12月底前完成）\n",
      "l.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县财政局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"国家金融监督管理总局泓川监管支局", "各银行业金融机构"}));
  EXPECT_EQ(doc->tasks[1].cooperating_units, (V{"县自然资源局", "沿线乡镇人民政府"}));
  ASSERT_EQ(doc->tasks[2].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[2].leaders[0].name, "欧阳春");
  EXPECT_EQ(doc->tasks[2].responsible_units, V{"县教育局"});
  EXPECT_EQ(doc->tasks[2].lead_units, V{"县教育局"});
  EXPECT_TRUE(doc->tasks[3].leaders.empty());
  EXPECT_EQ(doc->tasks[3].lead_units, V{"县农业农村局"});
  EXPECT_EQ(doc->tasks[3].cooperating_units, (V{"县卫生健康局", "各乡镇人民政府"}));
}

// Round 149 (751 read): a task numbered in its own cell whose text opens with a network's generation
// (2．5G基站…, no decimal 2.5), and a row of two tasks (3．…⏎4．…) whose lead cell keys each unit by its
// task's number (市教育局（第3项）⏎市人力资源和社会保障局（第4项）): a task each, its own lead.
TEST(BuildTest, TasksOfARowKeyedByTheirNumbersAfterTheUnits) {
  Result<Document> doc = ExtractBytes(
      "<html><body><p>附件</p><p>重点任务分解表</p><table><tr><td>重点任务</td><td>责任市"
      "领导</td><td>牵头单位</td><td>配合单位</td><td>完成时限</td></tr><tr><td>1．规模以"
      "上工业增加值增长7%，新增规上企业60家。</td><td>赵振华</td><td>市工业和信息"
      "化局</td><td>各县（市、区）人民政府</td><td>12月底前</td></tr><tr><td>2．5G基站"
      "新建1200个，实现行政村5G网络全覆盖。</td><td>赵振华</td><td>市工业和信息化"
      "局</td><td>各县（市、区）人民政府</td><td>12月底前</td></tr><tr><td><p>3．推进职"
      "业教育“双高”建设，新增省级高水平专业群2个。</p><p>4．实施技能人才培"
      "育工程，全年新培养高技能人才4000人以上。</p></td><td>李敏</td><td><p>市教育"
      "局（第3项）</p><p>市人力资源和社会保障局（第4项）</p></td><td>市财政局</td><"
      "td>12月底前</td></tr><tr><td>5．新建改扩建中小学6所。</td><td>李敏</td><td>市教育"
      "局</td><td>市财政局</td><td>8月底前</td></tr></table></body></html>",
      "k.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 5u);
  EXPECT_EQ(doc->tasks[1].id, "2");
  EXPECT_TRUE(doc->tasks[1].text.starts_with("5G基站")) << doc->tasks[1].text;
  EXPECT_EQ(doc->tasks[2].id, "3");
  EXPECT_EQ(doc->tasks[2].lead_units, V{"市教育局"});
  EXPECT_EQ(doc->tasks[3].id, "4");
  EXPECT_EQ(doc->tasks[3].lead_units, V{"市人力资源和社会保障局"});
  EXPECT_EQ(doc->tasks[3].cooperating_units, V{"市财政局"});
}

// Round 149 (757 read): a field's row whose item holds its own list of measures (4．…重点抓好：⏎（1）…⏎（2）…
// ⏎（牵头单位：…）), the field going on in the next row under its number merged down (5．…⏎6．…), and a
// leader's cell keyed by the tasks' numbers (孙志刚（第7、8项）⏎周海燕（第9项）): every item a task, each
// leader his own.
TEST(BuildTest, AFieldOverTwoRowsAndLeadersKeyedByTaskNumber) {
  Result<Document> doc = ExtractBytes(
      "<html><body><p>附件</p><p>重点工作任务清单</p><table><tr><td>序号</td><td>工作领域</"
      "td><td>重点任务</td><td>责任县领导</td><td>完成时限</td></tr><tr><td>一</td><td>经济"
      "运行</td><td><p>1．强化经济运行调度。（牵头单位：县发改局；配合单位：县"
      "统计局）</p><p>2．抓好财税增收节支。（牵头单位：县财政局；配合单位："
      "县税务局）</p></td><td>副县长<br>陈立军</td><td>2025年12月底前</td></tr><tr><td rowsp"
      "an=\"2\">二</td><td rowspan=\"2\">工业经济</td><td><p>3．推动传统产业改造升级。（牵"
      "头单位：县工信局；配合单位：县科技局）</p><p>4．培育壮大市场主体。重"
      "点抓好：</p><p>（1）建立企业培育库；</p><p>（2）落实首次升规企业奖补政策"
      "。</p><p>（牵头单位：县工信局；配合单位：县统计局）</p></td><td rowspan=\"2\">"
      "副县长<br>李卫东</td><td>2025年12月底前</td></tr><tr><td><p>5．推进数字经济发展"
      "。（牵头单位：县数据局；配合单位：县工信局）</p><p>6．抓好节能降碳。"
      "（牵头单位：县发改局）</p></td><td>2025年10月底前</td></tr><tr><td>三</td><td>党的"
      "建设</td><td><p>7．建设高素质干部队伍。（牵头单位：县委组织部；配合单位"
      "：县人社局）</p><p>8．推进党建引领基层治理。（牵头单位：县委组织部；"
      "配合单位：县民政局）</p><p>9．加强意识形态工作。（牵头单位：县委宣传"
      "部；配合单位：县委网信办）</p></td><td><p>县委常委、组织部部长</p><p>孙志"
      "刚（第7、8项）</p><p>县委常委、宣传部部长</p><p>周海燕（第9项）</p></td><td>2"
      "025年12月底前</td></tr></table></body></html>",
      "f.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 9u);
  EXPECT_EQ(doc->tasks[3].id, "4");
  EXPECT_EQ(doc->tasks[3].cooperating_units, V{"县统计局"});
  EXPECT_EQ(doc->tasks[4].id, "5");
  EXPECT_EQ(doc->tasks[4].lead_units, V{"县数据局"});
  ASSERT_EQ(doc->tasks[5].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[5].leaders[0].name, "李卫东");
  ASSERT_TRUE(doc->tasks[5].deadline.has_value());
  EXPECT_EQ(doc->tasks[5].deadline->text, "2025年10月底前");
  for (size_t k : {6u, 7u}) {
    ASSERT_EQ(doc->tasks[k].leaders.size(), 1u);
    EXPECT_EQ(doc->tasks[k].leaders[0].name, "孙志刚");
  }
  ASSERT_EQ(doc->tasks[8].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[8].leaders[0].name, "周海燕");
}

// Round 149 (764): a bracket written as a sentence, under a cover that says who leads by its words: the
// leaders who 协调 first; 由A会同B负责 with helpers after it; 由A负责X，B负责Y (A leads, B helps); a
// condition before a share (涉及征地拆迁的，C按属地负责) and a body asked for support (积极争取…支持, none);
// 其中X由D负责 (D leads beside A); a report's words after the helpers; a share whose words end as a verb's
// (负责入库指导); A、B按职责分工负责 under 未作上述表述的，排在第一位的单位为牵头单位 (A leads).
TEST(BuildTest, ABracketWrittenAsASentence) {
  Result<Document> doc = ExtractBytes(
      "苎川县人民政府办公室关于印发重点工作任务分工方案的通知\n\n各乡（镇）"
      "人民政府，县直各单位：\n\n　　二、压实工作责任。表述为“由×××负责”"
      "的，×××为牵头单位；表述为“由×××会同×××负责”的，前者为牵头单位"
      "、后者为配合单位；未作上述表述的，排在第一位的单位为牵头单位。其余"
      "单位均为配合单位。\n\n附件\n\n重点工作任务分工方案\n\n　　1.加大向上争取力"
      "度。（周立群常务副县长协调，由县发改局会同县财政局负责，县直有关单"
      "位按职责分工配合，积极对接省发展改革委争取支持）\n　　2.实施重点项目"
      "攻坚行动。（周立群常务副县长协调，由县发改局负责项目调度，县自然资"
      "源局负责用地保障，各乡（镇）人民政府按属地负责征地拆迁和施工环境保"
      "障）\n　　3.加快交通基础设施建设。（田书洁副县长协调，由县交通运输局"
      "负责，县林业局配合；涉及征地拆迁的，沿线各乡（镇）人民政府按属地负"
      "责；积极争取省交通运输厅支持）\n　　4.提升现代服务业水平。（韩志明副"
      "县长协调，由县商务局会同县交通运输局负责，其中县域物流分拨中心建设"
      "由县供销合作社联合社负责）\n　　5.防范化解债务风险。（周立群常务副县"
      "长协调，由县财政局负责，县发改局、县审计局配合，化债方案执行情况按"
      "季度报县委、县政府）\n　　6.促进消费扩容提质。（韩志明副县长协调，县"
      "商务局负责促消费活动和限上企业培育，县财政局负责补贴资金兑付，县统"
      "计局负责入库指导）\n　　7.推进数字基础设施建设。（韩志明副县长协调，"
      "县工信局、县数据局按职责分工负责，中国电信苎川分公司配合做好基站建"
      "设）\n",
      "s.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 7u);
  ASSERT_EQ(doc->tasks[0].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[0].leaders[0].name, "周立群");
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"县财政局", "县直有关单位"}));
  EXPECT_EQ(doc->tasks[1].lead_units, V{"县发改局"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, (V{"县自然资源局", "各乡（镇）人民政府"}));
  ASSERT_EQ(doc->tasks[2].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[2].leaders[0].name, "田书洁");
  EXPECT_EQ(doc->tasks[2].lead_units, V{"县交通运输局"});
  EXPECT_EQ(doc->tasks[2].cooperating_units, (V{"县林业局", "沿线各乡（镇）人民政府"}));
  EXPECT_EQ(doc->tasks[3].lead_units, (V{"县商务局", "县供销合作社联合社"}));
  EXPECT_EQ(doc->tasks[3].cooperating_units, V{"县交通运输局"});
  EXPECT_EQ(doc->tasks[4].cooperating_units, (V{"县发改局", "县审计局"}));
  EXPECT_EQ(doc->tasks[5].lead_units, V{"县商务局"});
  EXPECT_EQ(doc->tasks[5].cooperating_units, (V{"县财政局", "县统计局"}));
  EXPECT_EQ(doc->tasks[6].lead_units, V{"县工信局"});
  EXPECT_EQ(doc->tasks[6].cooperating_units, (V{"县数据局", "中国电信苎川分公司"}));
}

// Round 149 (766): a 局's table whose 分局分解目标 group spans a column per 分局: a share in a cell (≤32)
// makes that 分局 a helper, — none; a cell merged across the group (各分局按属地抓好落实) names its own
// units.
TEST(BuildTest, BranchesSharesOfATargetUnderTheirGroup) {
  Result<Document> doc = ExtractBytes(
      "<html><body><p>附件</p><p>重点任务分解表</p><table><tr><td rowspan=\"2\">序号</td><td rowsp"
      "an=\"2\">重点任务</td><td rowspan=\"2\">责任局领导</td><td rowspan=\"2\">牵头科室（单位）"
      "</td><td rowspan=\"2\">配合科室（单位）</td><td colspan=\"3\">分局分解目标</td><td rowspan"
      "=\"2\">完成时限</td></tr><tr><td>渼滨分局</td><td>望岳分局</td><td>高新区分局</td></t"
      "r><tr><td>1</td><td>全市细颗粒物年均浓度控制在31微克/立方米以内。</td><td>吴"
      "海燕</td><td>大气环境科</td><td>监测中心</td><td>≤32</td><td>—</td><td>≤29</td><td>"
      "2025年12月底前</td></tr><tr><td>2</td><td>开展夏季臭氧污染防治攻坚。</td><td>吴海"
      "燕</td><td>大气环境科</td><td>监测中心</td><td colspan=\"3\">各分局按属地抓好落实<"
      "/td><td>2025年9月底前</td></tr></table></body></html>",
      "b.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"大气环境科"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"监测中心", "渼滨分局", "高新区分局"}));
  EXPECT_EQ(doc->tasks[1].cooperating_units, (V{"监测中心", "各分局"}));
}

// Round 149 (763): a task's 子任务 rows numbered （1）（2） in the column of numbers under its own row: tasks
// 1.1, 1.2 under task 1 (not numbers of the part's); a 子任务's blank leader cell is its task's, not the
// leader of the 子任务 above, who had his own.
TEST(BuildTest, SubTaskRowsUnderTheirTask) {
  Result<Document> doc = ExtractBytes(
      "　　子任务责任县领导与所属重点任务相同的，表中不再单独列出。\n\n"
      "附件\n\n重点任务分解表\n\n| 序号 | 重点任务 | 责任县领导 | 牵头单位 | 配合单"
      "位 | 完成时限 |\n|---|---|---|---|---|---|\n| 1 | 全力扩大有效投资。全年实施县级"
      "重点项目120个。 | 韩立峰 | 总牵头单位：县发改局 | | 12月底前 |\n| （1） | 落"
      "实重点项目县领导包联机制。 | | 县发改局 | 县直有关部门 | 全年 |\n| （2） |"
      " 积极争取中央预算内投资。 | 欧阳建军 | 县财政局 | 县发改局 | 全年 |\n| （3"
      "） | 强化项目要素保障。 | | 县自然资源局 | / | 全年 |\n| 2 | 促进消费提质扩"
      "容。开展促消费活动。 | 贺永清 | 县商务局 | 县财政局 | 全年 |\n",
      "z.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 5u);
  EXPECT_EQ(doc->tasks[0].id, "1");
  EXPECT_EQ(doc->tasks[1].id, "1.1");
  EXPECT_EQ(doc->tasks[3].id, "1.3");
  EXPECT_EQ(doc->tasks[4].id, "2");
  ASSERT_EQ(doc->tasks[2].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[2].leaders[0].name, "欧阳建军");
  ASSERT_EQ(doc->tasks[3].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[3].leaders[0].name, "韩立峰");
  // (Without the notice's word for it, a blank cell is the row above's, as in any table.)
  Result<Document> carried = ExtractBytes(
      "附件\n\n重点任务分解表\n\n| 序号 | 重点任务 | 责任县领导 | 牵头单位 |\n|---|---|---|---|\n"
      "| 1 | 全力扩大有效投资。 | 韩立峰 | 县发改局 |\n| （1） | 落实包联机制。 | 欧阳建军 | 县发改局 |\n"
      "| （2） | 强化要素保障。 | | 县自然资源局 |\n",
      "y.md");
  ASSERT_TRUE(carried.ok());
  ASSERT_EQ(carried->tasks.size(), 3u);
  ASSERT_EQ(carried->tasks[2].leaders.size(), 1u);
  EXPECT_EQ(carried->tasks[2].leaders[0].name, "欧阳建军");
}

// Round 149 (767): units listed in no order (排名不分先后) under 谁分管、谁牵头, the leaders' portfolios in a
// table of their own (序号 | 县政府领导 | 工作分工 | 分管单位 | 联系单位), which gives no tasks: the units
// the task's first leader oversees or liaises with lead (the next leader's where the first, a 县长, has none
// of them), the others help.
TEST(BuildTest, LeadsByTheLeadersPortfolioTable) {
  Result<Document> doc = ExtractBytes(
      "芗岭县人民政府办公室关于印发重点工作任务分工的通知\n\n各乡（镇）人民"
      "政府，县直各单位：\n\n　　二、压实工作责任。附件1所列责任单位排名不分"
      "先后。按照“谁分管、谁牵头”的原则，责任单位中由该项任务责任县领导"
      "分管或联系的单位为牵头单位，其余单位为配合单位。县人民政府领导分管"
      "、联系单位以附件2为准。\n\n附件1\n\n| 序号 | 重点工作任务 | 责任县领导 | 责"
      "任单位 | 完成时限 |\n|---|---|---|---|---|\n| 1 | 推进重点项目建设。 | 韩志诚 | 县"
      "发展和改革局、县财政局、县自然资源局 | 12月底前 |\n| 2 | 培育壮大工业企"
      "业。 | 周明远、罗晓岚 | 县财政局、县工业和信息化局、芗岭经济开发区管"
      "委会 | 12月底前 |\n| 3 | 推进农村公路建设。 | 任雅琴 | 县交通运输局 | 10月底"
      "前 |\n\n附件2\n\n| 序号 | 县政府领导 | 工作分工 | 分管单位 | 联系单位 |\n|---|---|-"
      "--|---|---|\n| 1 | 周明远（县长） | 主持县人民政府全面工作。 | 县审计局 | 县"
      "人武部 |\n| 2 | 韩志诚（常务副县长） | 负责发展改革、财政等方面工作。 | "
      "县发展和改革局、县财政局 | 县城投集团 |\n| 3 | 罗晓岚（副县长） | 负责工"
      "业和信息化、商务等方面工作。 | 县工业和信息化局 | 芗岭经济开发区管委"
      "会 |\n| 4 | 任雅琴（副县长） | 负责交通运输等方面工作。 | 县交通运输局 | "
      "县公路事业发展中心 |\n",
      "p.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(doc->tasks[0].lead_units, (V{"县发展和改革局", "县财政局"}));
  EXPECT_EQ(doc->tasks[0].cooperating_units, V{"县自然资源局"});
  EXPECT_EQ(doc->tasks[1].lead_units, (V{"县工业和信息化局", "芗岭经济开发区管委会"}));
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"县财政局"});
  EXPECT_EQ(doc->tasks[2].lead_units, V{"县交通运输局"});
}

// Round 150 (770): each unit with its 责任人 in a bracket after its name (县发展和改革局（刘卫东）, two
// persons, a post, 负责人：冯丽 with its colon, a half-width bracket): the unit's name alone, its other name
// kept (县市场监督管理局（县知识产权局）), and no 负责人 read as the clause's label or leader.
TEST(BuildTest, UnitsWithTheirPersonsInBrackets) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n重点工作任务分解\n\n1.推进项目建设。全年实施重点项目120个。（责任"
      "县领导：马国栋；牵头单位：县发展和改革局（刘卫东）；配合单位：县市"
      "场监督管理局（县知识产权局）（周敏）、各乡（镇）人民政府（乡镇长）"
      "、荻浦经济开发区管委会（陈海涛、吴志远）、县直有关单位；完成时限：2"
      "025年12月底）\n2.推进医保改革。（责任县领导：蒋丽萍；牵头单位：县卫生"
      "健康局（孙立）、县医疗保障局（负责人：冯丽）；配合单位：县司法局(罗"
      "晓明)；完成时限：2025年12月底）\n",
      "r.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"县市场监督管理局（县知识产权局）", "各乡（镇）人民政府",
                                                "荻浦经济开发区管委会", "县直有关单位"}));
  ASSERT_EQ(doc->tasks[1].leaders.size(), 1u);
  EXPECT_EQ(doc->tasks[1].leaders[0].name, "蒋丽萍");
  EXPECT_EQ(doc->tasks[1].lead_units, (V{"县卫生健康局", "县医疗保障局"}));
  ASSERT_EQ(doc->tasks[1].cooperating_units.size(), 1u);
  EXPECT_TRUE(doc->tasks[1].cooperating_units[0].starts_with("县司法局"))
      << doc->tasks[1].cooperating_units[0];
  EXPECT_EQ(doc->tasks[1].cooperating_units[0].find("罗晓明"), std::string::npos);
}

// Round 150 (773): 各乡镇人民政府和…管委会…不作为牵头单位 under a first-listed rule: a township named first
// (城关镇人民政府) is passed over as 各乡镇人民政府 is (列明具体乡镇的，按此执行), and so is the 管委会 named
// in the sentence (its manner, 按照属地管理原则, no part of its name); a county body with 乡 in its name
// leads.
TEST(BuildTest, TownshipsNamedFirstLeadNot) {
  Result<Document> doc = ExtractBytes(
      "汀岚县人民政府办公室关于印发重点工作任务分工的通知\n\n　　二、明确责"
      "任分工。列有多个单位的，排在第一位的单位为牵头单位，其余单位为配合"
      "单位。各乡镇人民政府和汀岚经济开发区管委会按照属地管理原则负责辖区"
      "内具体落实，在各项任务中均作为配合单位，不作为牵头单位；在“责任单"
      "位”栏中排在首位的，由其后排在第一位的县直部门（单位）牵头。列明具"
      "体乡镇的，按此执行。\n\n附件\n\n| 序号 | 重点工作任务 | 责任县领导 | 责任单"
      "位 | 完成时限 |\n|---|---|---|---|---|\n| 1 | 推进集镇提升。 | 王勇 | 城关镇人民政"
      "府、县住房和城乡建设局、县财政局 | 12月底前 |\n| 2 | 推进园区建设。 | 王"
      "勇 | 汀岚经济开发区管委会、县工业和信息化局 | 12月底前 |\n| 3 | 推进乡村"
      "振兴。 | 李敏 | 县乡村振兴服务中心、各乡镇人民政府 | 12月底前 |\n",
      "t.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 3u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县住房和城乡建设局"});
  EXPECT_EQ(doc->tasks[1].lead_units, V{"县工业和信息化局"});
  EXPECT_EQ(doc->tasks[2].lead_units, V{"县乡村振兴服务中心"});
}

// Round 150 (769; and 724 of round 142): units in tiers under 责任单位 (县直部门 | 乡镇（街道） |
// 企业（单位）), the first of the first tier leading, and 县直部门栏为“/”的，由企业（单位）栏所列单位牵头: in
// such a row the named column's units lead.
TEST(BuildTest, AnotherTierLeadsWhereTheFirstSaysNone) {
  Result<Document> doc = ExtractBytes(
      "<html><body><p>二、压实工作责任。附件中“责任单位”按县直部门、乡镇（街"
      "道）、企业（单位）三栏分列：县直部门栏中排在第一位的单位为牵头单位"
      "，其余所列单位均为配合单位。县直部门栏为“/”的，由企业（单位）栏所"
      "列单位牵头。</p><p>附件</p><table><tr><td rowspan=\"2\">序号</td><td rowspan=\"2\">重点任"
      "务</td><td rowspan=\"2\">责任县领导</td><td colspan=\"3\">责任单位</td><td rowspan=\"2\">完成"
      "时限</td></tr><tr><td>县直部门</td><td>乡镇（街道）</td><td>企业（单位）</td></tr>"
      "<tr><td>1</td><td>推进电网改造。</td><td>王勇</td><td>县发展和改革局、县财政局<"
      "/td><td>各乡镇（街道）</td><td>国网岚渡县供电公司</td><td>12月底前</td></tr><tr><"
      "td>2</td><td>推进农村电网建设。</td><td>王勇</td><td>/</td><td>各乡镇（街道）</td>"
      "<td>国网岚渡县供电公司</td><td>12月底前</td></tr></table></body></html>",
      "u.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(doc->tasks[1].lead_units, V{"国网岚渡县供电公司"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"各乡镇（街道）"});
}

// Round 151 (775): each task a block of rows labelled in the 项目 column (工作任务 | 年度目标 | 具体举措),
// the content beside: the task's words open with the 工作任务 row's content, the others follow under their
// labels.
TEST(BuildTest, TaskRowsLabelledByTheirField) {
  Result<Document> doc = ExtractBytes(
      "<html><body><p>附件</p><p>重点任务分解表</p><table><tr><td>序号</td><td>项目</td><td>"
      "主要内容</td><td>责任县领导</td><td>牵头单位</td><td>配合单位</td><td>完成时限<"
      "/td></tr><tr><td rowspan=\"3\">1</td><td>工作任务</td><td>实施新一轮工业倍增计划。</td"
      "><td rowspan=\"3\">许文涛</td><td rowspan=\"3\">县工业和信息化局</td><td rowspan=\"3\">县发"
      "展和改革局</td><td rowspan=\"3\">12月底前</td></tr><tr><td>年度目标</td><td>规模以上"
      "工业增加值增长8%以上。</td></tr><tr><td>具体举措</td><td>（1）建立产业链链长"
      "制。</td></tr><tr><td>2</td><td>工作任务</td><td>推进经济开发区扩区调规。</td><td>"
      "许文涛</td><td>沭岚经济开发区管委会</td><td>县自然资源局</td><td>12月底前</td>"
      "</tr></table></body></html>",
      "l.html");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_TRUE(doc->tasks[0].text.starts_with("实施新一轮工业倍增计划。")) << doc->tasks[0].text;
  EXPECT_NE(doc->tasks[0].text.find("年度目标：规模以上"), std::string::npos) << doc->tasks[0].text;
  EXPECT_EQ(doc->tasks[1].text, "推进经济开发区扩区调规。");
  EXPECT_EQ(doc->tasks[1].lead_units, V{"沭岚经济开发区管委会"});
}

// Round 151 (776): the lead as the object of a verb: 由A商B、C负责 (A consults them; not in 县商务局's name),
// A在B、C配合下负责, 在B指导下，A负责; and 标明“负责”“牵头”的为牵头单位 making A、B分别负责 both lead.
TEST(BuildTest, LeadsNamedInsideTheirSentence) {
  Result<Document> doc = ExtractBytes(
      "琮川县人民政府办公室关于印发重点工作任务分工的通知\n\n　　二、压实工"
      "作责任。各项任务后括号内所列单位中，标明“负责”“牵头”的为牵头单"
      "位，对任务落实负总责；其余单位为配合单位。\n\n附件\n\n重点工作任务分工\n\n1"
      ".推进项目建设。（由县发改局商县财政局、县自然资源局负责）\n2.推进招商"
      "引资。（由县商务局商琮川经济开发区管委会、县税务局负责）\n3.推进国土"
      "整治。（县自然资源局在县发改局、县林业局配合下负责）\n4.推进农业面源"
      "污染治理。（在县农业农村局、市生态环境局琮川分局指导下，各乡镇人民"
      "政府负责）\n5.推进住房保障。（县住建局、县住房公积金管理中心分别负责"
      "）\n",
      "c.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 5u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"县财政局", "县自然资源局"}));
  EXPECT_EQ(doc->tasks[1].lead_units, V{"县商务局"});
  EXPECT_EQ(doc->tasks[1].cooperating_units, (V{"琮川经济开发区管委会", "县税务局"}));
  EXPECT_EQ(doc->tasks[2].lead_units, V{"县自然资源局"});
  EXPECT_EQ(doc->tasks[2].cooperating_units, (V{"县发改局", "县林业局"}));
  EXPECT_EQ(doc->tasks[3].lead_units, V{"各乡镇人民政府"});
  EXPECT_EQ(doc->tasks[3].cooperating_units, (V{"县农业农村局", "市生态环境局琮川分局"}));
  EXPECT_EQ(doc->tasks[4].lead_units, (V{"县住建局", "县住房公积金管理中心"}));
}

// Round 151 (779): one column of units with their points (责任单位及承担分值: 县发改局（12分）、…) under a
// cover whose lead bears the larger share: the units without their points; those with the most lead (two at a
// tie).
TEST(BuildTest, LeadsByTheirShareOfThePoints) {
  Result<Document> doc = ExtractBytes(
      "萩阳县人民政府办公室关于印发重点工作目标任务分解及考核赋分表的通知\n"
      "\n　　二、实行分值捆绑考核。有一个牵头单位的，牵头单位承担该项任务分"
      "值的60%，配合单位共同承担40%；有两个牵头单位的，两个牵头单位各承担40%"
      "，配合单位共同承担20%。各责任单位承担的分值标注在单位名称后的括号内"
      "。\n\n附件\n\n| 序号 | 重点工作任务 | 分值 | 责任县领导 | 责任单位及承担分值 "
      "| 完成时限 |\n|---|---|---|---|---|---|\n| 1 | 推进重点项目建设。 | 20 | 周明远 | 县"
      "发改局（12分）、县工信局（4分）、县商务局（4分） | 12月底前 |\n| 2 | 推进"
      "园区建设。 | 10 | 韩立成 | 县财政局（2分）、县工信局（4分）、萩阳经开区"
      "管委会（4分） | 12月底前 |\n",
      "s.md");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 2u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县发改局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"县工信局", "县商务局"}));
  EXPECT_EQ(doc->tasks[1].lead_units, (V{"县工信局", "萩阳经开区管委会"}));
  EXPECT_EQ(doc->tasks[1].cooperating_units, V{"县财政局"});
}

// The review of rounds 149 and 150's fixes: a share before the lead named later (县委政法委牵头抓总) or a
// unit plainly 负责 keeps that lead; helpers whose short names open as work does (组织部, 依法治县办) stay;
// the work's words before 各…金融机构 are no unit; a task table with 分管县领导 | 分管部门 | 配合部门 is no
// portfolio table; 子任务 rows after a part's heading row are tasks of their own; 联系 counts only where the
// rule says so; 目标分解 over 指标名称 | 单位 | 目标值 names no unit; 各乡镇卫生院 passes over no township;
// 向上协调 names no leader; the office that 督办s is no unit.
TEST(BuildTest, TheReviewsCasesOfRoundOneHundredFortyNine) {
  const auto read = [](const std::string& text, const char* name) {
    Result<Document> doc = ExtractBytes(text, name);
    EXPECT_TRUE(doc.ok()) << name;
    return doc.ok() ? std::move(*doc) : Document{};
  };
  Document later = read(
      "附件\n\n重点工作任务分工\n\n1.推进矛盾化解。（县信访局负责信访件交办，县"
      "委政法委牵头负责，各乡镇配合）\n2.推进矛盾化解。（县信访局负责信访件"
      "交办，县委政法委总牵头，各乡镇配合）\n3.推进矛盾化解。（县信访局负责"
      "信访件交办，县委政法委牵头抓总，各乡镇配合）\n4.推进项目建设。（县财"
      "政局负责资金保障，县发改局负责，县自然资源局配合）\n5.推进项目建设。"
      "（县财政局负责资金保障，县发改局为主，县自然资源局配合）\n6.推进项目"
      "建设。（县财政局负责资金保障，县发改局牵头，县自然资源局按职责分工"
      "负责）\n7.推进项目建设。（县财政局负责资金保障，县发改局主抓，县自然"
      "资源局参与）\n",
      "d2.txt");
  ASSERT_GE(later.tasks.size(), 4u);
  EXPECT_EQ(later.tasks[2].lead_units, V{"县委政法委"});
  Document plain = read(
      "附件\n\n重点工作任务分工\n\n1.推进项目建设。（县政府办负责督查调度，县发"
      "改局牵头，县财政局配合）\n2.推进项目建设。（县委督查室负责跟踪督办，"
      "县发改局、县财政局按职责分工负责）\n3.推进项目建设。（各乡镇负责辖区"
      "内项目推进，县发改局牵头）\n4.推进项目建设。（县统计局负责数据核定，"
      "县发改局负责，县财政局配合）\n5.推进项目建设。（县发改局负责，县统计"
      "局负责数据核定）\n",
      "d5.txt");
  ASSERT_GE(plain.tasks.size(), 4u);
  EXPECT_TRUE(plain.tasks[1].lead_units.empty());
  EXPECT_EQ(plain.tasks[3].lead_units, (V{"县统计局", "县发改局"}));
  Document short_names = read(
      "附件\n\n重点工作任务分工\n\n1.加强干部队伍建设。（县委组织部牵头，县人社"
      "局、县委编办配合）\n2.加强干部队伍建设。（县人社局牵头，组织部、宣传"
      "部配合）\n3.推进法治政府建设。（县司法局牵头，依法治县办、县法院配合"
      "）\n4.推进深化改革。（县发改局牵头，全面深化改革办、县财政局配合）\n5."
      "加强人才工作。（县委人才办牵头，组织部、县人社局配合，2025年底前完成"
      "）\n",
      "g1.txt");
  ASSERT_EQ(short_names.tasks.size(), 5u);
  EXPECT_EQ(short_names.tasks[1].cooperating_units, (V{"组织部", "宣传部"}));
  EXPECT_EQ(short_names.tasks[2].cooperating_units, (V{"依法治县办", "县法院"}));
  Document institutions = read(
      "附件\n\n重点工作任务分工\n\n1.加大信贷投放。（县金融办牵头，人行县支行配"
      "合，引导辖区各类金融机构）\n2.加大信贷投放。（县金融办牵头，人行县支"
      "行配合，督促指导各银行业金融机构）\n3.加强医疗质量管理。（县卫健委牵"
      "头，县市场监管局配合，覆盖全县二级以上医疗机构）\n4.加大信贷投放。（"
      "县金融办牵头，人行县支行配合，各银行业金融机构落实）\n",
      "l2.txt");
  ASSERT_EQ(institutions.tasks.size(), 4u);
  EXPECT_EQ(institutions.tasks[1].cooperating_units, V{"人行县支行"});
  EXPECT_EQ(institutions.tasks[3].cooperating_units, (V{"人行县支行", "各银行业金融机构"}));
  Document overseen = read(
      "附件\n\n2025年重点工作分工\n\n| 序号 | 重点工作 | 分管县领导 | 分管部门 | 配合"
      "部门 |\n|---|---|---|---|---|\n| 1 | 推进重点项目建设，全年实施项目120个。 | 韩志"
      "诚 | 县发展和改革局 | 县财政局 |\n| 2 | 培育壮大工业企业。 | 罗晓岚 | 县工"
      "业和信息化局 | 县统计局 |\n",
      "j1.md");
  EXPECT_EQ(overseen.tasks.size(), 2u);
  Document parts = read(
      "附件\n\n重点任务分解表\n\n| 序号 | 重点任务 | 责任县领导 | 牵头单位 | 配合单"
      "位 |\n|---|---|---|---|---|\n| 一、稳增长 | | | | |\n| 1 | 推进重点项目建设。 | 韩立"
      "峰 | 县发改局 | 县财政局 |\n| 2 | 促进消费提质扩容。 | 贺永清 | 县商务局 | "
      "县财政局 |\n| 二、民生实事 | | | | |\n| （1） | 新建城区幼儿园2所。 | 李敏 | "
      "县教育局 | 县住建局 |\n| （2） | 改造老旧小区10个。 | | 县住建局 | 县财政局"
      " |\n| （3） | 新增城镇就业2000人。 | 马丽 | 县人社局 | 县财政局 |\n",
      "k2.md");
  ASSERT_EQ(parts.tasks.size(), 5u);
  EXPECT_EQ(parts.tasks[2].id, "3");
  ASSERT_EQ(parts.tasks[3].leaders.size(), 1u);
  EXPECT_EQ(parts.tasks[3].leaders[0].name, "李敏");
  Document liaison = read(
      "芗岭县人民政府办公室关于印发重点工作任务分工的通知\n\n各乡（镇）人民"
      "政府，县直各单位：\n\n　　二、压实工作责任。附件1所列责任单位排名不分"
      "先后。按照“谁分管、谁牵头”的原则，责任单位中由该项任务责任县领导"
      "分管的单位为牵头单位，其余单位为配合单位。县人民政府领导分管、联系"
      "单位以附件2为准。\n\n附件1\n\n| 序号 | 重点工作任务 | 责任县领导 | 责任单位 |"
      " 完成时限 |\n|---|---|---|---|---|\n| 1 | 推进重点项目建设。 | 韩志诚 | 县发展和"
      "改革局、县财政局、县城投集团 | 12月底前 |\n| 2 | 推进农村公路建设。 | 任"
      "雅琴 | 县公路事业发展中心、县交通运输局 | 10月底前 |\n\n附件2\n\n| 序号 | 县"
      "政府领导 | 工作分工 | 分管单位 | 联系单位 |\n|---|---|---|---|---|\n| 1 | 周明远（"
      "县长） | 主持县人民政府全面工作。 | 县审计局 | 县人武部 |\n| 2 | 韩志诚（"
      "常务副县长） | 负责发展改革、财政等方面工作。 | 县发展和改革局 | 县城"
      "投集团 |\n| 3 | 任雅琴（副县长） | 负责交通运输等方面工作。 | 县交通运输"
      "局 | 县公路事业发展中心 |\n",
      "p1.md");
  ASSERT_GE(liaison.tasks.size(), 2u);
  EXPECT_EQ(liaison.tasks[0].lead_units, V{"县发展和改革局"});
  EXPECT_EQ(liaison.tasks[1].lead_units, V{"县交通运输局"});
  Document measures = read(
      "<html><body><p>附件</p><p>重点任务分解表</p><table><tr><td rowspan=\"2\">序号</td><td rowsp"
      "an=\"2\">重点任务</td><td colspan=\"3\">目标分解</td><td rowspan=\"2\">牵头单位</td><td rowspa"
      "n=\"2\">配合单位</td></tr><tr><td>指标名称</td><td>单位</td><td>目标值</td></tr><tr><td>1"
      "</td><td>新建5G基站。</td><td>基站数</td><td>个</td><td>200</td><td>县工信局</td><td>"
      "县住建局</td></tr><tr><td>2</td><td>新增规上企业。</td><td>企业数</td><td>家</td><td>"
      "20</td><td>县工信局</td><td>县统计局</td></tr></table></body></html>",
      "i5.html");
  ASSERT_EQ(measures.tasks.size(), 2u);
  EXPECT_EQ(measures.tasks[0].cooperating_units, V{"县住建局"});
  Document clinics = read(
      "汀岚县人民政府办公室关于印发重点工作任务分工的通知\n\n　　二、明确责"
      "任分工。列有多个单位的，排在第一位的单位为牵头单位，其余单位为配合"
      "单位。各乡镇卫生院按照属地管理原则负责辖区内具体落实，不作为牵头单"
      "位。\n\n附件\n\n重点工作任务分工\n\n1.推进集镇提升。（责任单位：城关镇人民"
      "政府、县住房和城乡建设局、县财政局）\n2.推进园区建设。（责任单位：柳"
      "河乡人民政府、县工业和信息化局）\n3.推进乡镇卫生院建设。（责任单位："
      "各乡镇卫生院、县卫生健康局）\n",
      "o1.txt");
  ASSERT_EQ(clinics.tasks.size(), 3u);
  EXPECT_EQ(clinics.tasks[0].lead_units, V{"城关镇人民政府"});
  EXPECT_EQ(clinics.tasks[2].lead_units, V{"县卫生健康局"});
  Document upward = read(
      "附件\n\n重点工作任务分工\n\n1.争取上级资金。（向上协调，县发改局牵头，县"
      "财政局配合）\n2.推进招商引资。（商务协调，县商务局牵头，县财政局配合"
      "）\n3.推进融资工作。（金融协调，县金融办牵头，县财政局配合）\n4.推进项"
      "目建设。（左右协调，县发改局牵头，县财政局配合）\n5.推进项目建设。（"
      "高位协调，县发改局牵头，县财政局配合）\n6.推进项目建设。（常态协调，"
      "县发改局牵头，县财政局配合）\n",
      "c2.txt");
  ASSERT_EQ(upward.tasks.size(), 6u);
  EXPECT_TRUE(upward.tasks[0].leaders.empty());
  Document office = read(
      "附件\n\n重点工作任务分工\n\n1.举办招商推介会。（县商务局主办，县委督查室"
      "督办）\n2.推进网络建设。新建4G基站。（县工信局牵头，县住建局配合）\n3.5G"
      "网络全覆盖。（县工信局牵头，中国移动县分公司配合）\n4.推进乡村振兴。"
      "（各副县长按分工领办，县农业农村局主办，各乡镇人民政府协办，县委督"
      "查室督办）\n5.推进教育发展。（县政府领导班子成员按分工领办，县教育局"
      "牵头，县财政局配合）\n6.举办第三届茶文化节。（县文旅局主办，2025年10月"
      "底前完成，县政府督查室督办）\n",
      "n1.txt");
  ASSERT_GE(office.tasks.size(), 1u);
  EXPECT_EQ(office.tasks[0].lead_units, V{"县商务局"});
  EXPECT_TRUE(office.tasks[0].cooperating_units.empty());
}

// The review of round 151's fixes: a share whose words hold 督 (质量监督) still opens a clause; 商 opening a
// word of a name (商贸公司) consults no one; work before a unit (加强县财政局) names no helper, where a kind
// of institutions named at length (辖区内银行业金融机构) and a short body (组织部) are helpers; a task's own
// name in a 重点任务 column beside its content stays its words.
TEST(BuildTest, TheReviewsCasesOfRoundOneHundredFiftyOne) {
  Result<Document> doc = ExtractBytes(
      "附件\n\n重点工作任务分工\n\n1.推进质量提升。（县市场监管局负责质量监督，"
      "县工信局、县农业农村局配合）\n2.推进农村流通体系建设。（县供销合作社"
      "商贸公司负责）\n3.推进招商引资。（县商务局牵头，加强县财政局配合）\n4."
      "推进金融服务。（县人民银行牵头，辖区内银行业金融机构、县农商银行配"
      "合）\n5.推进防汛抗旱。（县应急局牵头，组织部、县直有关部门参与）\n",
      "r.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 5u);
  EXPECT_EQ(doc->tasks[0].lead_units, V{"县市场监管局"});
  EXPECT_EQ(doc->tasks[0].cooperating_units, (V{"县工信局", "县农业农村局"}));
  EXPECT_EQ(doc->tasks[1].responsible_units, V{"县供销合作社商贸公司"});
  EXPECT_TRUE(doc->tasks[2].cooperating_units.empty());
  EXPECT_EQ(doc->tasks[3].cooperating_units, (V{"辖区内银行业金融机构", "县农商银行"}));
  EXPECT_EQ(doc->tasks[4].cooperating_units, (V{"组织部", "县直有关部门"}));
  Result<Document> named = ExtractBytes(
      "<html><body><p>县人民政府办公室关于印发2025年重点工作任务分工的通知</p><p>"
      "各乡镇人民政府，县政府各部门：</p><p>现将2025年重点工作任务分工印发给"
      "你们，请认真抓好落实。</p><table><tr><td>序号</td><td>重点任务</td><td>主要内容"
      "</td><td>牵头单位</td></tr><tr><td>1</td><td>稳增长目标</td><td>地区生产总值增长6%<"
      "/td><td>县发改局</td></tr><tr><td>2</td><td>民生任务</td><td>新建学校3所</td><td>县教"
      "育局</td></tr><tr><td>3</td><td>安全生产</td><td>坚决遏制重特大事故</td><td>县应急"
      "局</td></tr></table></body></html>",
      "n.html");
  ASSERT_TRUE(named.ok());
  ASSERT_EQ(named->tasks.size(), 3u);
  EXPECT_TRUE(named->tasks[1].text.starts_with("民生任务")) << named->tasks[1].text;
}

}  // namespace
}  // namespace gongwen

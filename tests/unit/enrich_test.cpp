// Enrich stage: targets, milestones, the reporting schedule, tokens; and the
// reviewed golden file of the sample notice's targets.
#include "gongwen/enrich.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/lists.h"
#include "core/utf8.h"
#include "enrich/finders.h"
#include "gongwen/extract.h"
#include "gongwen/segment.h"
#include "segment/numbers.h"

namespace gongwen {
namespace {

using internal::FindMilestones;
using internal::FindReportingSchedule;
using internal::FindTargets;
using internal::FoundTarget;

// A notice whose one leader section holds `tasks` (lines, each ending in a newline).
Result<Document> UnderOneLeader(const std::string& tasks) {
  return ExtractBytes("附件\n\n任务分工\n\n一、王某县长负责的工作\n\n" + tasks, "n.txt");
}

std::string TextOf(std::string_view text, const FoundTarget& t) {
  return std::string(text.substr(t.begin, t.end - t.begin));
}

struct TargetCase {
  const char* text;
  const char* words;  // the target's text
  const char* subject;
  const char* measure;
  double value;
  const char* unit;
  const char* comparator;
};

TEST(Targets, EachForm) {
  const TargetCase cases[] = {
      {"工业投资增长19%以上", "工业投资增长19%以上", "工业投资", "增长", 19, "%", ">="},
      {"产量7000万公斤以上", "产量7000万公斤以上", "产量", "", 7e7, "公斤", ">="},
      {"新建50套保障性住房", "新建50套保障性住房", "保障性住房", "新建", 50, "套", "="},
      {"全县地区生产总值增长7.5%左右", "地区生产总值增长7.5%左右", "地区生产总值", "增长", 7.5, "%", "~"},
      {"产出强度不低于60万元/亩", "产出强度不低于60万元/亩", "产出强度", "", 6e5, "元/亩", ">="},
      {"城镇调查失业率控制在5.5%以内", "城镇调查失业率控制在5.5%以内", "城镇调查失业率", "控制在", 5.5, "%",
       "<="},
      {"一般性支出不超过3000万元", "一般性支出不超过3000万元", "一般性支出", "", 3e7, "元", "<="},
      {"年度接待游客超过100万人次", "接待游客超过100万人次", "游客", "接待", 1e6, "人次", ">"},
      // Round 34 (210): 场次, a count of times, is one classifier (not 场 and a subject 次以上).
      {"支持企业参加境内外展会80场次以上", "支持企业参加境内外展会80场次以上", "支持企业参加境内外展会", "",
       80, "场次", ">="},
      // (The review) 次 is a count's only after the classifiers counted so: 3条次干道 is 条.
      {"改造3条次干道", "改造3条次干道", "次干道", "改造", 3, "条", "="},
      {"村集体经济收入达三十万元以上", "村集体经济收入达三十万元以上", "村集体经济收入", "达", 3e5, "元",
       ">="},
      {"新增高标准农田三千亩", "新增高标准农田三千亩", "高标准农田", "新增", 3000, "亩", "="},
      {"完成职业技能培训100人以上", "完成职业技能培训100人以上", "职业技能培训", "完成", 100, "人", ">="},
      {"森林覆盖率提高2个百分点", "森林覆盖率提高2个百分点", "森林覆盖率", "提高", 2, "个百分点", "="},
      {"压缩开办时间至0.5个工作日以内", "压缩开办时间至0.5个工作日以内", "开办时间至", "压缩", 0.5,
       "个工作日", "<="},
  };
  for (const TargetCase& c : cases) {
    std::vector<FoundTarget> found = FindTargets(c.text);
    ASSERT_EQ(found.size(), 1u) << c.text;
    const FoundTarget& t = found[0];
    EXPECT_EQ(TextOf(c.text, t), c.words) << c.text;
    EXPECT_EQ(t.subject, c.subject) << c.text;
    EXPECT_EQ(t.measure, c.measure) << c.text;
    EXPECT_DOUBLE_EQ(t.value, c.value) << c.text;
    EXPECT_EQ(t.unit, c.unit) << c.text;
    EXPECT_STREQ(t.comparator, c.comparator) << c.text;
  }
}

// The reader steps over a character outside its table without testing it: the table must hold
// exactly the characters the three tests hold (and let every code point above U+FFFF through to them).
TEST(Targets, StopTableIsTheThreeTests) {
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    const bool want = cp > 0xFFFF || internal::IsClauseBreak(cp) || internal::IsDigitChar(cp) ||
                      internal::IsHanNumberChar(cp);
    ASSERT_EQ(internal::IsTargetStop(cp), want) << "U+" << std::hex << static_cast<uint32_t>(cp);
  }
  for (char32_t cp : {U'，', U'\n', U'7', U'９', U'两', U'亿', U'〇'})
    EXPECT_TRUE(internal::IsTargetStop(cp));
  for (char32_t cp : {U'县', U'“', U'a', U'%', U'年'}) EXPECT_FALSE(internal::IsTargetStop(cp));
}

TEST(Targets, NumbersThatAreNotQuantities) {
  for (const char* text :
       {"加快国道341线公路改建工程建设。", "建设5G基站。", "确保2#炉投产。", "滚动开展“三个一批”活动。",
        "第五次全国经济普查", "2023年重点工作", "6月20日前报送", "古政办发〔2023〕11号",
        "联系电话：0000-1234567", "再延长30年", "上海中化年产4.6万吨聚甲醛项目"}) {
    EXPECT_TRUE(FindTargets(text).empty())
        << text << ": " << (FindTargets(text).empty() ? "" : FindTargets(text)[0].unit);
  }
}

// The object after a count was cut at 36 bytes, which could split a character:
// invalid UTF-8 in the JSON. It is cut at 12 characters.
TEST(Targets, ObjectIsCutBetweenCharacters) {
  auto found = FindTargets("新建5个ab中中中中中中中中中中中中中中。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].subject, "ab中中中中中中中中中中");
}

// Found by review: each of these crashed, wrote invalid JSON or read wrong.
TEST(Targets, ReviewFindings) {
  // A 400-digit number: std::stod threw and aborted extract and batch.
  EXPECT_TRUE(FindTargets("新建" + std::string(400, '1') + "套保障性住房。").empty());
  // 1 followed by 40 亿: an infinite value, written as "value":, (no JSON).
  std::string yi;
  for (int i = 0; i < 40; ++i) yi += "亿";
  EXPECT_TRUE(FindTargets("新建1" + yi + "元项目。").empty());
  // A chain of 300 000 rates recursed once per "/元" and overflowed the stack.
  std::string chain = "投资5";
  for (int i = 0; i < 300000; ++i) chain += "元/";
  EXPECT_LE(FindTargets(chain + "元").size(), 1u);
  // Thousands separators: the comma was a clause end.
  auto t = FindTargets("完成固定资产投资3,000万元，新增就业岗位1,200个。");
  ASSERT_EQ(t.size(), 2u);
  EXPECT_DOUBLE_EQ(t[0].value, 3e7);
  EXPECT_EQ(t[0].subject, "固定资产投资");
  EXPECT_EQ(t[0].measure, "完成");
  EXPECT_DOUBLE_EQ(t[1].value, 1200);
  // 约 at the end of 签约 is no "about".
  t = FindTargets("全年签约10个项目。");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_STREQ(t[0].comparator, "=");
  EXPECT_EQ(t[0].measure, "签约");
  t = FindTargets("全年接待游客约100万人次。");
  ASSERT_EQ(t.size(), 1u);
  EXPECT_STREQ(t[0].comparator, "~");
}

TEST(Milestones, YearBeforeYearEnd) {
  const std::string text = "主体工程2023年底前完工，设备2024年底前安装。";
  auto found = FindMilestones(text, 2023);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].date, "2023-12-31");
  EXPECT_EQ(found[1].date, "2024-12-31");
  const std::string told = "书面说明年底前完成情况。";
  found = FindMilestones(told, 2023);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(told.substr(found[0].begin, found[0].end - found[0].begin), "年底前完成情况");
  EXPECT_EQ(found[0].date, "2023-12-31");  // was the document's year
  EXPECT_EQ(internal::DeadlineDate("2024年底前", 2023), "2024-12-31");
}

TEST(ReportingSchedule, ReviewFindings) {
  auto r = FindReportingSchedule("请于6月30日和12月31日前将工作完成情况报送县政府办公室。", 2023);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[1].report, "工作完成情况");  // not the recipient
  r = FindReportingSchedule("各单位每季度结束后5日内报送进展情况。", 2023);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].day, 5);
  r = FindReportingSchedule("每年12月10日前报送全年工作总结。", 2023);
  ASSERT_EQ(r.size(), 1u);
  EXPECT_EQ(r[0].recurrence, "yearly");
  EXPECT_EQ(r[0].date, "--12-10");
  // Round 122 (620): a bracket's commas after the recipient are inside the item; 书面 is how it is sent.
  const std::string_view text =
      "各牵头单位请于每季度最后一个月25日前将任务推进情况书面报镇党政办（联系人：吴小兰，联系电话：6821307）"
      "，全年工作"
      "完成情况于12月20日前报送。";
  r = FindReportingSchedule(text, 2026);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(text.substr(r[0].begin, r[0].end - r[0].begin),
            "每季度最后一个月25日前将任务推进情况书面报镇党政办（联系人：吴小兰，联系电话：6821307）");
  EXPECT_EQ(r[0].report, "任务推进情况");
}

// A piece that differs from the original by width is found where it stands, not where a later
// piece spells it as the text does (the exact search once ran first over the whole block).
TEST(Enrich, LooseMatchBeforeALaterExactOne) {
  Result<Document> doc = UnderOneLeader("1.新建１个，改造2所，新建1个。\n");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 1u);
  std::vector<uint32_t> columns;
  for (const Target& t : doc->tasks[0].targets) columns.push_back(t.span.column);
  EXPECT_EQ(columns, (std::vector<uint32_t>{3, 8, 13}));
}

// A page set in two columns: a task's paragraph is joined from its column's parts, and its targets are found
// in those parts, not in the other column's lines that stand between them in the file.
TEST(Enrich, TargetsOfATwoColumnParagraphAreInItsParts) {
  const std::vector<std::pair<std::string, std::string>> lines = {
      {"1.推进重大项目建设，全年计划按期完成", "3.抓好新建学校2所的配套建设工作，"},
      {"新建学校2所，改造提升城镇老旧小区", "统筹推进全县教育资源均衡配置，提"},
      {"三十个，增加城乡公共服务供给水平。", "升办学条件和教育教学质量整体水平"},
      {"2.加快推进城乡融合发展，全面建设", "，确保按期投入使用充分发挥效益。"},
      {"和美乡村示范村，完善农村基础设施。", "4.深化改革扩大开放，持续增强活力。"},
  };
  std::string text;
  for (const auto& [left, right] : lines) {
    size_t cps = 0;
    for (unsigned char c : left) cps += (c & 0xC0) != 0x80;
    text += left + std::string(30 - cps, ' ') + right + "\n";
  }
  Result<Document> doc = UnderOneLeader(text);
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 4u);
  ASSERT_EQ(doc->tasks[0].targets.size(), 1u);
  const Target& t = doc->tasks[0].targets[0];
  EXPECT_EQ(t.text, "新建学校2所");
  EXPECT_EQ(t.span.line, 8u);  // the left column's second line (the notice's head is 6 lines)
  EXPECT_EQ(t.span.column, 1u);
  ASSERT_EQ(doc->tasks[2].targets.size(), 1u);
  EXPECT_EQ(doc->tasks[2].targets[0].span.line, 7u);
  EXPECT_EQ(doc->tasks[2].targets[0].span.column, 33u);  // past 30 spaces and 3.
}

// A target across two of a paragraph's parts (its column's line ends inside it): its span is its piece in the
// first part, to that part's end, not a span over the other column's line between (the first review's).
TEST(Enrich, ATargetAcrossTwoPartsSpansItsFirstPiece) {
  const std::string text =
      "砚溪市人民政府关于印发重点工作任务分工方案的通知的一个很长的标题跨越两栏\n"
      "\n"
      "一、全力扩大有效需求，推动经济持续回升向好（责任市领导：周文澜）\n"
      "\n"
      "  一、压实工作责任。各责任市领导要加强            1.实施重大项目攻坚行动，全年安排市级重\n"
      "省级盘子，加强要素保障，完善工作推进机制，         点项目 320 个、年度计划投资 680 亿元以上，\n"
      "推进项目谋划储备，力争更多项目纳入国家和          滚动推进项目谋划储备，力争更多项目纳入国\n"
      "省级盘子，加强要素保障，完善工作推进机制，         家和省级盘子，粮食总产量保持在 75 万吨以\n"
      "推进项目谋划储备，力争更多项目纳入国家和          上。（牵头单位：市发展改革委；配合单位：\n"
      "形成上下联动、部门协同的工作格局。             市财政局）\n";
  Result<Document> doc = ExtractBytes(text, "tg.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_FALSE(doc->tasks.empty());
  ASSERT_FALSE(doc->tasks[0].targets.empty());
  const Target& t = doc->tasks[0].targets[0];
  EXPECT_EQ(t.text, "安排市级重点项目320个");
  EXPECT_EQ(text.substr(t.span.offset, t.span.length), "安排市级重");
}

// 万 and 亿 fold into the value before the unit is read, spaces before them allowed; the span is
// found in an original with full-width digits, spaces and an ideographic space the text has not.
TEST(Enrich, UnitsAfterWanAndYiAndTheirSpans) {
  Result<Document> doc = UnderOneLeader("1.推进　建设，新建１个 站点，投资320 亿元，就业1万人。\n");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 1u);
  const auto& targets = doc->tasks[0].targets;
  ASSERT_EQ(targets.size(), 3u);
  EXPECT_EQ(targets[0].text, "新建1个站点");
  EXPECT_EQ(targets[1].text, "投资320亿元");
  EXPECT_DOUBLE_EQ(targets[1].value, 3.2e10);
  EXPECT_EQ(targets[1].unit, "元");
  EXPECT_DOUBLE_EQ(targets[2].value, 1e4);
  EXPECT_EQ(targets[2].unit, "人");
  std::vector<std::pair<uint64_t, uint64_t>> spans;  // column, length in bytes of the original
  for (const Target& t : targets) spans.emplace_back(t.span.column, t.span.length);
  EXPECT_EQ(spans, (std::vector<std::pair<uint64_t, uint64_t>>{{9, 19}, {17, 16}, {26, 13}}));
  EXPECT_TRUE(FindTargets("完成投资1万。").empty());  // 万 and no unit after it
}

// The document's unit names become words; a description of units does not (its words stay apart).
TEST(Enrich, DocumentWordsAreNamesNotDescriptions) {
  Result<Document> doc = UnderOneLeader("1.推行包容审慎监管。（县司法局负责，县直有关执法部门配合）\n");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->tasks.size(), 1u);
  ASSERT_EQ(doc->tasks[0].cooperating_units, std::vector<std::string>{"县直有关执法部门"});
  Segmenter s;
  AddDocumentWords(*doc, s);
  auto words = [&](std::string_view text) {
    std::string out;
    for (const Token& t : s.Words(text)) out += std::string(text.substr(t.begin, t.end - t.begin)) + " ";
    return out;
  };
  EXPECT_EQ(words("县司法局牵头"), "县司法局 牵头 ");
  EXPECT_EQ(words("县直有关执法部门"), "县直 有关 执法 部门 ");
}

TEST(Enrich, SameSentenceTwiceHasTwoSpans) {
  auto doc = ExtractBytes(
      "关于做好工作的通知\n\n各单位于2023年6月20日前报送半年工作总结。各单位于2023年6月20日前报送半年工作总结"
      "。\n",
      "twice.txt");
  ASSERT_TRUE(doc.ok());
  const auto& rs = doc->metadata.reporting_schedule;
  ASSERT_EQ(rs.size(), 2u);
  EXPECT_LT(rs[0].span.offset, rs[1].span.offset);
}

TEST(Targets, ListsShareTheirSubject) {
  const std::string text = "新增市场主体2100户、净增1450户。";
  auto found = FindTargets(text);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[1].subject, "市场主体");
  EXPECT_EQ(found[1].measure, "净增");
  // ... but not across sentences.
  auto apart = FindTargets("新增市场主体2100户。净增1450户。");
  ASSERT_EQ(apart.size(), 2u);
  EXPECT_EQ(apart[1].subject, "");
}

// 年, 月 and 季 are sought by their last byte, which other characters share (说 and 年 end in
// B4, 合 and 月 in 88, 解 and 季 in A3): the search still finds the first of them, at the very
// start or end of the text too, and nothing in a character cut short.
TEST(Milestones, FoundWhereverTheirCharacterStands) {
  auto dates = [](std::string_view text) {
    std::vector<std::string> out;
    for (const auto& m : FindMilestones(text, 2023)) out.push_back(m.date);
    return out;
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(dates("说合解6月底前完成"), V{"2023-06-30"});
  EXPECT_EQ(dates("年底前完成"), V{"2023-12-31"});
  EXPECT_EQ(dates("第三季度"), V{"2023-09-30"});
  EXPECT_EQ(dates("整改于2024年3月"), V{"2024-03"});
  EXPECT_EQ(dates("6月"), V{"2023-06"});
  EXPECT_TRUE(dates("").empty());
  EXPECT_TRUE(dates("6").empty());
  EXPECT_TRUE(dates("6\xB9\xB4").empty());  // 年 without its first byte
  EXPECT_TRUE(dates("6\xE6\x9C").empty());  // 月 without its last byte
}

TEST(Milestones, DatesInsideTheText) {
  const std::string text =
      "确保2#炉5月投产、宏源1#炉9月份投入使用，6月20日完成验收，年底前竣工，第三季度开工。";
  auto found = FindMilestones(text, 2023);
  std::vector<std::pair<std::string, std::string>> got;
  for (const auto& m : found) got.emplace_back(text.substr(m.begin, m.end - m.begin), m.date);
  const std::vector<std::pair<std::string, std::string>> want = {
      {"5月投产", "2023-05"},       {"9月份投入使用", "2023-09"},   {"6月20日完成验收", "2023-06-20"},
      {"年底前竣工", "2023-12-31"}, {"第三季度开工", "2023-09-30"},
  };
  EXPECT_EQ(got, want);
  EXPECT_TRUE(FindMilestones("5月投产", 0).empty());  // no year known: no date
  // 明年 and 次年: the year after the document's.
  const std::string next = "明年6月投产，次年底前竣工。";
  found = FindMilestones(next, 2023);
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(next.substr(found[0].begin, found[0].end - found[0].begin), "明年6月投产");
  EXPECT_EQ(found[0].date, "2024-06");
  EXPECT_EQ(found[1].date, "2024-12-31");
  const std::string told = "书面说明年底前完成情况。";
  found = FindMilestones(told, 2023);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(told.substr(found[0].begin, found[0].end - found[0].begin), "年底前完成情况");
  EXPECT_EQ(found[0].date, "2023-12-31");
  EXPECT_TRUE(FindMilestones("2023年重点工作", 2023).empty());
}

TEST(ReportingSchedule, Forms) {
  struct Want {
    std::string recurrence;
    int day;
    std::string date;
    std::string report;
  };
  auto read = [](std::string_view text) {
    std::vector<Want> got;
    for (auto& r : FindReportingSchedule(text, 2023)) got.push_back({r.recurrence, r.day, r.date, r.report});
    return got;
  };
  auto g = read("各牵头部门每季度第3天报送上季度进展情况，6月20日、12月20日报送半年、全年工作完成情况。");
  ASSERT_EQ(g.size(), 3u);
  EXPECT_EQ(g[0].recurrence, "quarterly");
  EXPECT_EQ(g[0].day, 3);
  EXPECT_EQ(g[0].report, "上季度进展情况");
  EXPECT_EQ(g[1].recurrence, "once");
  EXPECT_EQ(g[1].date, "2023-06-20");
  EXPECT_EQ(g[1].report, "半年、全年工作完成情况");
  EXPECT_EQ(g[2].date, "2023-12-20");

  g = read("各牵头单位要于每月5日前将上月工作进展情况报县政府办公室。");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].recurrence, "monthly");
  EXPECT_EQ(g[0].day, 5);
  EXPECT_EQ(g[0].report, "上月工作进展情况");

  g = read("各责任单位于每季度末月20日前将工作进展情况报市政府督查室。");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].recurrence, "quarterly");
  EXPECT_EQ(g[0].day, 20);

  g = read("每季度末将进展情况报市政府督查室。");
  ASSERT_EQ(g.size(), 1u);
  EXPECT_EQ(g[0].day, -1);

  EXPECT_TRUE(read("每季度召开一次调度会。").empty());  // no report: not a schedule
}

Document Sample() {
  auto doc = ExtractFile(std::string(GONGWEN_SOURCE_DIR) + "/corpus/guxian-2023-gzbg-fengong.txt");
  EXPECT_TRUE(doc.ok());
  return std::move(doc).value();
}

// tests/golden/enrich/sample_targets.json: every target of the tasks the issue names
// (11, 27, 28, 29, 41, 42, 61, 62, 66, 68, 71, 153, 181–184, 205, 220), read
// and checked by hand against the notice.
TEST(Golden, SampleTargets) {
  std::ifstream in(std::string(GONGWEN_GOLDEN_DIR) + "/enrich/sample_targets.json");
  ASSERT_TRUE(in);
  const nlohmann::json golden = nlohmann::json::parse(in);
  const Document doc = Sample();
  size_t checked = 0;
  for (const auto& entry : golden) {
    const Task* task = nullptr;
    for (const Task& t : doc.tasks)
      if (t.id == entry["task"].get<std::string>()) task = &t;
    ASSERT_NE(task, nullptr) << entry["task"];
    const auto& want = entry["targets"];
    ASSERT_EQ(task->targets.size(), want.size()) << "task " << task->id;
    for (size_t i = 0; i < want.size(); ++i) {
      const Target& got = task->targets[i];
      const auto& w = want[i];
      EXPECT_EQ(got.text, w["text"].get<std::string>()) << task->id;
      EXPECT_EQ(got.subject, w["subject"].is_null() ? "" : w["subject"].get<std::string>()) << task->id;
      EXPECT_EQ(got.measure, w["measure"].is_null() ? "" : w["measure"].get<std::string>()) << task->id;
      EXPECT_DOUBLE_EQ(got.value, w["value"].get<double>()) << task->id;
      EXPECT_EQ(got.unit, w["unit"].get<std::string>()) << task->id;
      EXPECT_EQ(got.comparator, w["comparator"].get<std::string>()) << task->id;
      // The span covers the words in the original file (same text but for spaces).
      EXPECT_GT(got.span.length, 0u);
      EXPECT_GE(got.span.offset, task->span.offset);
      EXPECT_LE(got.span.offset + got.span.length, task->span.offset + task->span.length + 200);
      ++checked;
    }
  }
  EXPECT_EQ(checked, 30u);
}

TEST(Golden, SampleScheduleAndMilestones) {
  const Document doc = Sample();
  const auto& rs = doc.metadata.reporting_schedule;
  ASSERT_EQ(rs.size(), 3u);
  EXPECT_EQ(rs[0].text, "每季度第3天报送上季度进展情况");
  EXPECT_EQ(rs[0].span.line, 19u);
  std::vector<std::string> milestones;
  for (const Task& t : doc.tasks)
    for (const Milestone& m : t.milestones) milestones.push_back(t.id + " " + m.text + " " + m.date);
  const std::vector<std::string> want = {"20 5月投产 2023-05", "20 9月投产 2023-09", "20 11月投产 2023-11",
                                         "116 今年9月份投入使用 2023-09", "214 5月份竣工投产 2023-05"};
  EXPECT_EQ(milestones, want);
}

TEST(Enrich, TokensAndKeywordsOnRequest) {
  auto bytes = ReadInputBytes(std::string(GONGWEN_SOURCE_DIR) + "/corpus/guxian-2023-gzbg-fengong.txt");
  ASSERT_TRUE(bytes.ok());
  ExtractOptions options;
  auto plain = ExtractBytes(*bytes, "sample.txt", options);
  ASSERT_TRUE(plain.ok());
  EXPECT_TRUE(plain->tasks[10].tokens.empty());
  options.enrich.tokens = true;
  auto doc = ExtractBytes(*bytes, "sample.txt", options);
  ASSERT_TRUE(doc.ok());
  const Task& t = doc->tasks[10];  // 11. 确保全年工业投资增长19%以上…
  ASSERT_FALSE(t.tokens.empty());
  EXPECT_EQ(t.tokens.front(), "确保");
  EXPECT_NE(std::find(t.tokens.begin(), t.tokens.end(), "19%"), t.tokens.end());
  EXPECT_EQ(t.keywords.size(), 5u);
  // A unit the document names is one token in its tasks (220: …发挥村发公司引领作用…).
  bool unit_whole = false;
  for (const Task& task : doc->tasks)
    for (const std::string& w : task.tokens) unit_whole = unit_whole || w == "村发公司";
  EXPECT_TRUE(unit_whole);
}

}  // namespace
}  // namespace gongwen

// The validator: every rule's own examples, the sample notice with one fault
// injected at a time, fixes, config files, layout rules on DOCX fixtures, and
// the findings report against its reviewed golden file.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "gongwen/extract.h"
#include "gongwen/json.h"
#include "gongwen/validate.h"
#include "golden/golden.h"
#include "validate/findings.h"

namespace gongwen {
namespace {

using testing::ReadFile;

Diagnostics ValidateText(const std::string& text, const ValidateOptions& options = {}) {
  Result<Document> doc = ExtractBytes(text, "draft.txt");
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return doc.ok() ? Validate(*doc, options) : Diagnostics{};
}

int Count(const Diagnostics& findings, std::string_view rule) {
  return static_cast<int>(std::count_if(findings.begin(), findings.end(), [&](const Diagnostic& d) { return d.rule == rule; }));
}

std::string Listing(const Diagnostics& findings) {
  std::string out;
  for (const Diagnostic& d : findings)
    out += "  " + std::to_string(d.span.line) + ":" + std::to_string(d.span.column) + " " + d.rule + " " + d.message + "\n";
  return out;
}

// --- the catalogue ------------------------------------------------------

TEST(RuleCatalogueTest, IdsAreUniqueAndWellFormed) {
  std::set<std::string> ids;
  for (const RuleInfo& r : Rules()) {
    EXPECT_TRUE(ids.insert(r.id).second) << r.id;
    EXPECT_EQ(std::string(r.id).rfind("GW-", 0), 0u) << r.id;
    EXPECT_NE(*r.description, '\0') << r.id;
    EXPECT_EQ(FindRule(r.id), &r);
    if (r.scope == RuleScope::kText) {
      EXPECT_NE(*r.wrong, '\0') << r.id << " has no examples";
    }
  }
  EXPECT_EQ(FindRule("GW-NO-SUCH-RULE"), nullptr);
}

class RuleExampleTest : public ::testing::TestWithParam<RuleInfo> {};

TEST_P(RuleExampleTest, WrongExampleBreaksItAndRightExampleDoesNot) {
  const RuleInfo& rule = GetParam();
  ValidateOptions options;
  options.enable.push_back(rule.id);  // rules that are off by default too
  const Diagnostics wrong = ValidateText(rule.wrong, options);
  EXPECT_GE(Count(wrong, rule.id), 1) << "wrong example:\n" << rule.wrong << "findings:\n" << Listing(wrong);
  const Diagnostics right = ValidateText(rule.right, options);
  EXPECT_EQ(Count(right, rule.id), 0) << "right example:\n" << rule.right << "findings:\n" << Listing(right);
  // A fixable rule's findings carry a fix, and applying it removes the finding.
  if (rule.fixable && rule.severity != Severity::kInfo) {
    Result<Document> doc = ExtractBytes(rule.wrong, "draft.txt");
    ASSERT_TRUE(doc.ok());
    for (const Diagnostic& d : wrong)
      if (d.rule == rule.id) {
        EXPECT_FALSE(d.fix.empty()) << d.message;
      }
    Result<std::string> fixed = ApplyFixes(rule.wrong, doc->source, wrong);
    ASSERT_TRUE(fixed.ok()) << fixed.status().ToString();
    EXPECT_EQ(Count(ValidateText(*fixed, options), rule.id), 0) << "after the fix:\n" << *fixed;
  }
}

std::vector<RuleInfo> RulesWithExamples() {
  std::vector<RuleInfo> out;
  for (const RuleInfo& r : Rules())
    if (*r.wrong != '\0') out.push_back(r);
  return out;
}

INSTANTIATE_TEST_SUITE_P(Catalogue, RuleExampleTest, ::testing::ValuesIn(RulesWithExamples()),
                         [](const ::testing::TestParamInfo<RuleInfo>& info) {
                           std::string name = info.param.id;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

// --- positions, fixes, options -----------------------------------------

TEST(ValidateTest, PointsAtTheFaultInTheOriginalFile) {
  const std::string text = "古政办发[2023]011号\n关于做好防汛工作的通知\n";
  const Diagnostics findings = ValidateText(text);
  ASSERT_EQ(Count(findings, "GW-DOCNO-BRACKET"), 1) << Listing(findings);
  for (const Diagnostic& d : findings) {
    if (d.rule == "GW-DOCNO-BRACKET") {
      EXPECT_EQ(d.span.line, 1u);
      EXPECT_EQ(d.span.column, 5u);
      EXPECT_EQ(text.substr(d.span.offset, d.span.length), "[");
      ASSERT_EQ(d.fix.size(), 2u);
      EXPECT_EQ(text.substr(d.fix[1].span.offset, d.fix[1].span.length), "]");
    }
    if (d.rule == "GW-DOCNO-SERIAL") {
      EXPECT_EQ(text.substr(d.span.offset, d.span.length), "0");
    }
  }
}

// Round 15 (93), a joint notice: its title and its attachment's printed over two lines pair their
// brackets and read as one; it is printed by one of its two issuers. None of that is a finding; a
// bracket the title's last line leaves open still is.
TEST(ValidateTest, TitlesOverLinesAndAJointNoticeAreNoFault) {
  const std::string head =
      "中共黛溪县委办公室\n文件\n黛溪县人民政府办公室\n黛办发〔2025〕8号\n"
      "中共黛溪县委办公室　黛溪县人民政府办公室\n关于印发《2025年县委经济工作会议和〈政府工作报告〉\n";
  const std::string rest =
      "各乡镇党委、人民政府：\n现印发给你们，请认真贯彻落实。\n"
      "附件：2025年县委经济工作会议和《政府工作报告》重点任务分解方案\n"
      "中共黛溪县委办公室　　黛溪县人民政府办公室\n2025年2月26日\n附件\n"
      "2025年县委经济工作会议和《政府工作报告》\n重点任务分解方案\n一、扩大有效投资\n"
      "1．推进重大项目建设。（牵头单位：县发展和改革局）\n"
      "抄送：县人大常委会办公室。\n中共黛溪县委办公室　　　　2025年2月26日印发\n";
  Diagnostics findings = ValidateText(head + "重点任务分解方案》的通知\n" + rest);
  EXPECT_EQ(Count(findings, "GW-BRACKET-UNBALANCED"), 0) << Listing(findings);
  EXPECT_EQ(Count(findings, "GW-ATTACH-MISMATCH"), 0) << Listing(findings);
  EXPECT_EQ(Count(findings, "GW-ISSUER-MISMATCH"), 0) << Listing(findings);
  // A count the 附件说明 adds after the name (（共30项）) is no difference.
  std::string counted = rest;
  counted.replace(counted.find("重点任务分解方案\n"), std::string("重点任务分解方案\n").size(),
                  "重点任务分解方案（共30项）\n");
  findings = ValidateText(head + "重点任务分解方案》的通知\n" + counted);
  EXPECT_EQ(Count(findings, "GW-ATTACH-MISMATCH"), 0) << Listing(findings);
  findings = ValidateText(head + "重点任务分解方案的通知\n" + rest);
  EXPECT_EQ(Count(findings, "GW-BRACKET-UNBALANCED"), 1) << Listing(findings);
  Result<Document> doc = ExtractBytes(head + "重点任务分解方案》的通知\n" + rest, "draft.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->metadata.attachments.size(), 1u);
  ASSERT_EQ(doc->sections.size(), 2u);  // the part, and 一、 in it
  EXPECT_EQ(doc->sections[0].kind, SectionKind::kPart);
  EXPECT_EQ(doc->sections[0].heading, "2025年县委经济工作会议和《政府工作报告》重点任务分解方案");
}

TEST(ValidateTest, FixesAreWrittenInTheFilesOwnEncoding) {
  // GB18030: 〔 is two bytes there, three in UTF-8; the fix must land on the right bytes.
  const std::string utf8 = "古政办发[2023]11号\n关于做好防汛工作的通知\n古县人民政府办公室\n2023年04月28日\n";
  Result<std::string> gb = internal::EncodeAs(utf8, "GB18030");
  ASSERT_TRUE(gb.ok());
  Result<Document> doc = ExtractBytes(*gb, "draft.txt");
  ASSERT_TRUE(doc.ok());
  ASSERT_EQ(doc->source.encoding, "GB18030");
  Diagnostics applied;
  Result<std::string> fixed = ApplyFixes(*gb, doc->source, Validate(*doc), &applied);
  ASSERT_TRUE(fixed.ok()) << fixed.status().ToString();
  EXPECT_EQ(*fixed, *internal::EncodeAs("古政办发〔2023〕11号\n关于做好防汛工作的通知\n古县人民政府办公室\n2023年4月28日\n",
                                        "GB18030"));
  EXPECT_EQ(applied.size(), 2u) << Listing(applied);
}

// A notice's 此件公开发布 over two lines of a two-column page's right column: the fix's brackets land at its
// start and its end, not in the left column's line between them (the first review's).
TEST(ValidateTest, FixesLandInTheColumnTheirWordsStandIn) {
  const std::string text =
      "砚溪市人民政府办公室关于做好重点工作任务分工落实工作的通知（砚政办发〔2025〕9号）\n"
      "\n"
      "各县（市、区）人民政府，市政府各部门：             经市人民政府同意，现就有关事项通知如下，\n"
      "省级盘子，加强要素保障，完善工作推进机制，         推进项目谋划储备，力争更多项目纳入国家和\n"
      "推进项目谋划储备，力争更多项目纳入国家和          省级盘子，加强要素保障，完善工作推进机制，\n"
      "省级盘子，加强要素保障，完善工作推进机制，         形成上下联动、部门协同的工作格局。\n"
      "推进项目谋划储备，力争更多项目纳入国家和                    砚溪市人民政府办公室\n"
      "省级盘子，加强要素保障，完善工作推进机制，                     2025年3月6日\n"
      "推进项目谋划储备，力争更多项目纳入国家和            此件公开发布，各单位要结合工作实际认真贯\n"
      "形成上下联动、部门协同的工作格局。             彻执行，并按照要求做好信息公开工作\n";
  Result<Document> doc = ExtractBytes(text, "note.txt");
  ASSERT_TRUE(doc.ok());
  Result<std::string> fixed = ApplyFixes(text, doc->source, Validate(*doc));
  ASSERT_TRUE(fixed.ok()) << fixed.status().ToString();
  EXPECT_NE(fixed->find("（此件公开发布，各单位要结合工作实际认真贯"), std::string::npos);
  EXPECT_NE(fixed->find("做好信息公开工作）"), std::string::npos);
  EXPECT_EQ(fixed->find("工作格局。）"), std::string::npos);
}

// Round 121 (617): a page's paragraph whose spans the reader dropped: the fix of a half-width colon lands on
// that colon in the markup, not as many bytes from the paragraph's start as its text has before it (which
// cut a character in two, and the fixed file no longer read).
TEST(ValidateTest, AFixInAPageLandsOnItsCharacterInTheMarkup) {
  const std::string page =
      "<html><head><meta charset=\"utf-8\"><title>通知</title></head><body>\n"
      "<p>各单位：</p>\n"
      "<p><span style=\"font-family: 仿宋, 仿宋_GB2312;\"><span leaf=\"\">1.推进农村改厕。</span></span>"
      "<span style=\"font-family: 楷体, 楷体_GB2312, KaiTi;\"><span "
      "leaf=\"\">（牵头处室:乡村建设促进处）</span>"
      "</span></p>\n</body></html>\n";
  Result<Document> doc = ExtractBytes(page, "page.html");
  ASSERT_TRUE(doc.ok());
  Result<std::string> fixed = ApplyFixes(page, doc->source, Validate(*doc));
  ASSERT_TRUE(fixed.ok()) << fixed.status().ToString();
  EXPECT_NE(fixed->find("（牵头处室：乡村建设促进处）"), std::string::npos) << *fixed;
  EXPECT_EQ(fixed->find("牵头处室:"), std::string::npos);
  std::string without = *fixed;
  without.replace(without.find("牵头处室："), std::string("牵头处室：").size(), "牵头处室:");
  EXPECT_EQ(without, page);  // nothing else changed
}

TEST(ValidateTest, FixesAreRefusedForDocx) {
  Result<Document> doc = ExtractFile(std::string(GONGWEN_SOURCE_DIR) + "/corpus/docx/layout-wrong.docx");
  ASSERT_TRUE(doc.ok());
  EXPECT_EQ(ApplyFixes("", doc->source, Validate(*doc)).status().code(), StatusCode::kUnsupportedFormat);
}

TEST(ValidateTest, OptionsTurnRulesOffAndOnAndChangeSeverity) {
  const std::string text = "一、刘泳县长负责的工作\n（一）县发改局牵头负责的工作\n1.推进线上线上办理。\n";
  EXPECT_EQ(Count(ValidateText(text), "GW-PHRASE-DOUBLED"), 1);
  EXPECT_EQ(Count(ValidateText(text), "GW-TASK-NO-DEADLINE"), 0);  // off by default
  ValidateOptions options;
  options.disable.push_back("GW-PHRASE-DOUBLED");
  options.enable.push_back("GW-TASK-NO-DEADLINE");
  options.severity.emplace_back("GW-TASK-NO-DEADLINE", Severity::kError);
  const Diagnostics findings = ValidateText(text, options);
  EXPECT_EQ(Count(findings, "GW-PHRASE-DOUBLED"), 0);
  ASSERT_EQ(Count(findings, "GW-TASK-NO-DEADLINE"), 1);
  for (const Diagnostic& d : findings)
    if (d.rule == "GW-TASK-NO-DEADLINE") {
      EXPECT_EQ(d.severity, Severity::kError);
    }
}

TEST(ValidateConfigTest, ReadsAConfigFileAndNamesTheFaultyPlace) {
  ValidateOptions options;
  ASSERT_TRUE(ParseValidateConfig(R"({"disable": ["GW-PHRASE-DOUBLED"], "severity": {"GW-CC-PERIOD": "error"}})",
                                  ".gongwen.json", options)
                  .ok());
  EXPECT_EQ(options.disable, std::vector<std::string>{"GW-PHRASE-DOUBLED"});
  ASSERT_EQ(options.severity.size(), 1u);
  EXPECT_EQ(options.severity[0].second, Severity::kError);

  Status unknown = ParseValidateConfig(R"({"disable": ["GW-NOPE"]})", "c.json", options);
  EXPECT_EQ(unknown.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(unknown.ToString().find("GW-NOPE"), std::string::npos);
  Status broken = ParseValidateConfig("{\n  \"disable\": [\n", "c.json", options);
  EXPECT_FALSE(broken.ok());
  EXPECT_EQ(broken.file(), "c.json");
  EXPECT_EQ(broken.line(), 3u);
  EXPECT_FALSE(CheckValidateOptions(ValidateOptions{{"GW-NOPE"}, {}, {}, true, 1.0}).ok());
}

// --- layout ---------------------------------------------------------------

std::set<std::string> LayoutRulesFound(const std::string& fixture) {
  Result<Document> doc = ExtractFile(std::string(GONGWEN_SOURCE_DIR) + "/corpus/docx/" + fixture);
  EXPECT_TRUE(doc.ok());
  std::set<std::string> found;
  if (!doc.ok()) return found;
  for (const Diagnostic& d : Validate(*doc))
    if (FindRule(d.rule) && FindRule(d.rule)->scope == RuleScope::kLayout) found.insert(d.rule);
  return found;
}

TEST(LayoutRulesTest, ADocumentMadeToTheStandardHasNoLayoutFinding) {
  EXPECT_TRUE(LayoutRulesFound("layout.docx").empty());
}

TEST(LayoutRulesTest, WrongPaperMarginsFontsAndColourAreEachFound) {
  std::set<std::string> all;
  for (const RuleInfo& r : Rules())
    if (r.scope == RuleScope::kLayout) all.insert(r.id);
  EXPECT_EQ(LayoutRulesFound("layout-wrong.docx"), all);
}

TEST(LayoutRulesTest, TextInputHasNoLayoutFindings) {
  const std::string sample = ReadFile(std::string(GONGWEN_SOURCE_DIR) + "/corpus/guxian-2023-gzbg-fengong.txt");
  for (const Diagnostic& d : ValidateText(sample)) EXPECT_NE(FindRule(d.rule)->scope, RuleScope::kLayout) << d.rule;
}

// --- the sample, and the sample with one fault at a time -------------------

const std::string& Sample() {
  static const std::string text = ReadFile(std::string(GONGWEN_SOURCE_DIR) + "/corpus/guxian-2023-gzbg-fengong.txt");
  return text;
}

std::string LineOf(const std::string& text, uint32_t line) {
  std::istringstream in(text);
  std::string s;
  for (uint32_t i = 0; i < line && std::getline(in, s);) ++i;
  return s;
}

// A finding identified by what it says and the text of its line, so that lines
// moved by a mutation still match.
std::multiset<std::string> Keys(const std::string& text, const Diagnostics& findings) {
  std::multiset<std::string> keys;
  for (const Diagnostic& d : findings)
    if (d.severity != Severity::kInfo)
      keys.insert(d.rule + " | " + d.message + " | " + LineOf(text, d.span.line) + " | " + std::to_string(d.span.column));
  return keys;
}

struct Mutation {
  const char* name;
  const char* from;     // replaced once in the sample
  const char* to;
  const char* rule;     // the one finding it adds
  const char* line_of;  // text at the start of the line it must be reported on (in the mutated text)
};

class MutationTest : public ::testing::TestWithParam<Mutation> {};

TEST_P(MutationTest, OneFaultGivesOneFindingOnItsLineAndNothingElseChanges) {
  const Mutation& m = GetParam();
  // The 抄送 case starts from the sample with its 。 added, and takes it away.
  std::string base = Sample();
  if (std::string_view(m.name) == "cc_without_period") base.replace(base.find("抄送：县委\n"), 16, "抄送：县委。\n");
  std::string mutated = base;
  const size_t at = mutated.find(m.from);
  ASSERT_NE(at, std::string::npos) << m.from;
  mutated.replace(at, std::string_view(m.from).size(), m.to);

  const auto before = Keys(base, ValidateText(base));
  const Diagnostics found = ValidateText(mutated);
  const auto after = Keys(mutated, found);
  std::vector<std::string> added, removed;
  std::set_difference(after.begin(), after.end(), before.begin(), before.end(), std::back_inserter(added));
  std::set_difference(before.begin(), before.end(), after.begin(), after.end(), std::back_inserter(removed));
  EXPECT_TRUE(removed.empty()) << "findings lost:\n" << ::testing::PrintToString(removed);
  ASSERT_EQ(added.size(), 1u) << "findings added:\n" << ::testing::PrintToString(added);
  EXPECT_EQ(added[0].rfind(std::string(m.rule) + " | ", 0), 0u) << added[0];
  // The finding's line is the one the fault is on.
  const std::string line_start = m.line_of;
  bool on_line = false;
  for (const Diagnostic& d : found)
    if (d.rule == m.rule && LineOf(mutated, d.span.line).find(line_start) != std::string::npos) on_line = true;
  EXPECT_TRUE(on_line) << "not reported on the line with " << line_start << "\n" << added[0];
}

// Each with the line it must be reported on. A removed task number is reported
// on the paragraph that lost it; a moved clause where it now stands.
INSTANTIATE_TEST_SUITE_P(
    Sample, MutationTest,
    ::testing::Values(
        Mutation{"docno_square_brackets", "古政办发〔2023〕11号", "古政办发[2023]11号", "GW-DOCNO-BRACKET", "古政办发"},
        Mutation{"docno_two_digit_year", "古政办发〔2023〕11号", "古政办发〔23〕11号", "GW-DOCNO-YEAR", "古政办发"},
        Mutation{"docno_padded_serial", "古政办发〔2023〕11号", "古政办发〔2023〕011号", "GW-DOCNO-SERIAL", "古政办发"},
        Mutation{"date_padded", "古县人民政府办公室\n\n2023年4月28日\n", "古县人民政府办公室\n\n2023年04月28日\n",
                 "GW-DATE-PADDING", "2023年04月28日"},
        Mutation{"date_not_a_day", "古县人民政府办公室\n\n2023年4月28日\n", "古县人民政府办公室\n\n2023年2月30日\n",
                 "GW-DATE-INVALID", "2023年2月30日"},
        Mutation{"task_number_removed", "\n27.", "\n", "GW-TASK-NUMBERING", "全县地区生产总值"},
        Mutation{"task_number_repeated", "\n28.", "\n27.", "GW-TASK-NUMBERING", "27."},
        Mutation{"paren_half_width", "（七）", "(七)", "GW-PUNCT-HALFWIDTH", "(七)"},
        Mutation{"leader_heading_duplicated", "## **二、杨晋栋主任负责的工作**\n",
                 "## **二、杨晋栋主任负责的工作**\n\n## **二、杨晋栋主任负责的工作**\n", "GW-HEADING-SEQUENCE",
                 "二、杨晋栋"},
        Mutation{"clause_moved_to_section_start", "\n1.要坚持党的全面领导。",
                 "\n（主要协同配合单位：县交通运输局）\n\n1.要坚持党的全面领导。", "GW-BUILD-ORPHAN-CLAUSE",
                 "（主要协同配合单位：县交通运输局）"},
        Mutation{"cc_without_period", "抄送：县委。\n", "抄送：县委\n", "GW-CC-PERIOD", "抄送：县委"}),
    [](const ::testing::TestParamInfo<Mutation>& info) { return std::string(info.param.name); });

TEST(ValidateGoldenTest, SampleFindingsEqualReviewedGolden) {
  // Run from the source tree so that source.path is the same relative path everywhere.
  Result<Document> doc = ExtractFile("corpus/guxian-2023-gzbg-fengong.txt");
  ASSERT_TRUE(doc.ok());
  std::ostringstream out;
  JsonOptions options;
  options.pretty = true;
  WriteFindingsJson(*doc, Validate(*doc), out, options);
  const std::string actual = out.str() + "\n";
  const std::string golden = std::string(GONGWEN_GOLDEN_DIR) + "/validate/guxian-2023-gzbg-fengong.findings.json";
  testing::ExpectMatchesGolden(actual, golden);
}

}  // namespace
}  // namespace gongwen

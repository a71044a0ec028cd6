#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "patterns/catalogue.h"
#include "patterns/marker.h"
#include "test_util.h"

namespace gongwen::internal {
namespace {

TEST(PatternCatalogueTest, EveryPatternCompilesAndMatchesItsExample) {
  auto all = AllPatterns();
  ASSERT_EQ(all.size(), static_cast<size_t>(Pat::kCount));
  for (size_t i = 0; i < all.size(); ++i) {
    const PatternInfo& p = all[i];
    EXPECT_EQ(static_cast<size_t>(p.id), i) << p.name << " is out of order in the table";
    const RE2& re = Pattern(p.id);
    EXPECT_TRUE(re.ok()) << p.name << ": " << re.error();
    EXPECT_TRUE(RE2::PartialMatch(p.example, re)) << p.name << " does not match its example " << p.example;
  }
}

TEST(PatternCatalogueTest, NamesAreUnique) {
  std::set<std::string> names;
  for (const PatternInfo& p : AllPatterns()) EXPECT_TRUE(names.insert(p.name).second) << p.name;
}

// What the patterns must not take.
TEST(PatternCatalogueTest, CounterExamples) {
  EXPECT_FALSE(RE2::FullMatch("2023年4月28日印发", Pattern(Pat::kDate)));
  EXPECT_FALSE(RE2::PartialMatch("十一届人大三次会议", Pattern(Pat::kMarkerChineseNumeral)));
  EXPECT_FALSE(RE2::PartialMatch("一要加强组织领导。", Pattern(Pat::kMarkerChineseNumeral)));
  EXPECT_FALSE(RE2::FullMatch("（一）指导思想。以习近平新时代中国特色社会主义思想为指导", Pattern(Pat::kClause)));
  EXPECT_FALSE(RE2::FullMatch("全县政府系统各单位负责落实", Pattern(Pat::kUnitHeading)));
  EXPECT_FALSE(RE2::FullMatch("古县人民政府办公室", Pattern(Pat::kIssuerMark)));
  EXPECT_FALSE(RE2::FullMatch("2023年《政府工作报告》", Pattern(Pat::kDocNumber)));
  EXPECT_FALSE(RE2::FullMatch("今年是全面贯彻落实党的二十大精神开局之年。", Pattern(Pat::kAddressees)));
}

TEST(PatternCatalogueTest, LeaderHeadingSplitsNameAndTitle) {
  struct Row {
    const char* text;
    const char* name;
    const char* title;
  } rows[] = {
      {"刘泳县长负责的工作", "刘泳", "县长"},
      {"李晶常务副县长负责的工作", "李晶", "常务副县长"},
      {"杨晋栋主任负责的工作", "杨晋栋", "主任"},
      {"王某县长牵头重点工作", "王某", "县长"},
      {"刘红亮副县长负责的工作", "刘红亮", "副县长"},
  };
  for (const Row& r : rows) {
    std::string name, title;
    ASSERT_TRUE(RE2::FullMatch(r.text, Pattern(Pat::kLeaderHeading), &name, &title)) << r.text;
    EXPECT_EQ(name, r.name);
    EXPECT_EQ(title, r.title);
  }
}

TEST(PatternCatalogueTest, DocNumberParts) {
  std::string number, code, open, year, close, ordinal, serial, signer;
  ASSERT_TRUE(RE2::FullMatch("国办发〔2018〕121号", Pattern(Pat::kDocNumber), &number, &code, &open, &year, &close,
                             &ordinal, &serial));
  EXPECT_EQ(number, "国办发〔2018〕121号");
  EXPECT_EQ(code, "国办发");
  EXPECT_EQ(year, "2018");
  EXPECT_EQ(serial, "121");
  // Wrong brackets are still read (the validator reports them).
  EXPECT_TRUE(RE2::FullMatch("古政办发[2023]11号", Pattern(Pat::kDocNumber)));
  EXPECT_TRUE(RE2::FullMatch("古政办发（2023）第11号", Pattern(Pat::kDocNumber)));
  // Upward documents print the signer on the same line.
  ASSERT_TRUE(RE2::FullMatch("测试政发〔2023〕5号签发人：张三", Pattern(Pat::kDocNumber), &number, &code, &open, &year,
                             &close, &ordinal, &serial, &signer));
  EXPECT_EQ(number, "测试政发〔2023〕5号");
  EXPECT_EQ(signer, "张三");
}

// The texts MayMatch is checked on: every line of the bundled notices (also without its marker),
// the catalogue's examples, and every item of a list in them (split at 、，,；;：: and spaces), so that the
// list patterns (kNoUnit, kBareDivision) meet whole items; and the forms of those two the notices do not
// print.
std::vector<std::string> CorpusTexts() {
  std::vector<std::string> texts = {"暂无", "没有",   "——",     "－－",         "—",
                                    "/",    "／",     "---",    "各计划单列市", "副省级城市",
                                    "街道", "各乡镇", "自治区", "盟",           "旗"};
  const std::filesystem::path root = std::filesystem::path(GONGWEN_SOURCE_DIR) / "corpus";
  for (const char* dir : {"", "generalization", "styles"}) {
    for (const auto& entry : std::filesystem::directory_iterator(root / dir)) {
      if (entry.path().extension() != ".txt") continue;
      const std::string text = testing::ReadFile(entry.path().string());
      std::string line;
      for (size_t i = 0; i <= text.size(); ++i) {
        if (i == text.size() || text[i] == '\n') {
          if (!line.empty() && line.back() == '\r') line.pop_back();
          texts.push_back(line);
          if (const Marker m = ReadMarker(line); m.length > 0)
            texts.push_back(line.substr(m.length));  // 一、 gone
          line.clear();
        } else {
          line += text[i];
        }
      }
    }
  }
  for (const PatternInfo& p : AllPatterns()) texts.emplace_back(p.example);
  const size_t lines = texts.size();
  for (size_t k = 0; k < lines; ++k) {
    std::string item;
    const std::string line = texts[k];  // a copy: items are added to `texts`
    for (size_t i = 0; i <= line.size();) {
      size_t width = 0;
      for (std::string_view sep : {"、", "，", "；", "：", "　", ",", ";", ":", " "})
        if (line.compare(i, sep.size(), sep) == 0) width = sep.size();
      if (i == line.size() || width > 0) {
        if (!item.empty()) texts.push_back(item);
        item.clear();
        i += std::max<size_t>(width, 1);
      } else {
        item += line[i++];
      }
    }
  }
  return texts;
}

// PatternInfo::needs and max_bytes may only turn away texts the pattern cannot match: checked on
// every corpus text, and each pattern that has them must match some (so the check is not empty).
TEST(PatternCatalogueTest, MayMatchNeverTurnsAwayAMatch) {
  static const std::vector<std::string> texts = CorpusTexts();
  std::map<std::string, int> matched;
  for (const PatternInfo& p : AllPatterns()) {
    EXPECT_TRUE(MayMatch(p.id, p.example)) << p.name << " turns away its own example " << p.example;
    if (p.needs == nullptr && p.max_bytes == 0) continue;
    matched[p.name] = 0;
    for (const std::string& t : texts) {
      if (!RE2::PartialMatch(t, Pattern(p.id))) continue;
      ++matched[p.name];
      EXPECT_TRUE(MayMatch(p.id, t)) << p.name << " (needs \"" << (p.needs ? p.needs : "")
                                     << "\") turns away " << t;
    }
  }
  EXPECT_GE(matched.size(), 10u);
  for (const auto& [name, n] : matched) EXPECT_GT(n, 0) << name << " matched no corpus text";
}

// A literal that must open or end the text, or a length bound, holds only for a whole match: the
// pattern must be anchored there.
TEST(PatternCatalogueTest, AnchoredNeedsOnlyOnAnchoredPatterns) {
  for (const PatternInfo& p : AllPatterns()) {
    const std::string needs = p.needs ? p.needs : "";
    const std::string regex = p.regex;
    if (needs.starts_with('^') || needs.find(" ^") != std::string::npos ||
        needs.find("|^") != std::string::npos) {
      EXPECT_TRUE(regex.starts_with('^')) << p.name;
    }
    if (p.max_bytes != 0 || needs.find("$ ") != std::string::npos || needs.find("$|") != std::string::npos ||
        needs.ends_with('$')) {
      EXPECT_TRUE(regex.starts_with('^') && regex.ends_with('$')) << p.name;
    }
  }
}

TEST(PatternCatalogueTest, MayMatchTurnsAwayWhatLacksTheNeeds) {
  EXPECT_FALSE(MayMatch(Pat::kDeadlineInText, "确保按期完成"));
  EXPECT_TRUE(MayMatch(Pat::kDeadlineInText, "6月底前完成"));
  EXPECT_FALSE(MayMatch(Pat::kTrailingClause, "全力扩大有效投资。"));          // no colon
  EXPECT_FALSE(MayMatch(Pat::kTrailingClause, "（责任单位：市发展改革委）"));  // nothing before the label
  EXPECT_TRUE(MayMatch(Pat::kTrailingClause, "扩大投资--责任单位:市财政局"));
  EXPECT_FALSE(MayMatch(Pat::kNoUnit, "县财政局"));
  EXPECT_FALSE(MayMatch(Pat::kNoUnit, "县无线电管理局"));  // 无 inside, not at the start
  EXPECT_FALSE(MayMatch(Pat::kBareDivision, "县财政局"));
  EXPECT_FALSE(MayMatch(Pat::kBareDivision, "各计划单列市市"));  // 21 bytes
  EXPECT_TRUE(MayMatch(Pat::kBareDivision, "各计划单列市"));
  EXPECT_FALSE(MayMatch(Pat::kUnitHeadingCoordinated, "县政府办公室协调的工作"));  // 负责落实 missing
  EXPECT_FALSE(MayMatch(Pat::kAttachmentList, "见附件：1"));
  EXPECT_FALSE(MayMatch(Pat::kLeadRule, "排在第一位的单位牵头"));
  EXPECT_FALSE(MayMatch(Pat::kLeaderHeading, "刘泳县长的工作"));
  EXPECT_TRUE(MayMatch(Pat::kMarkerArabic, "anything"));  // no needs: always may
}

}  // namespace
}  // namespace gongwen::internal

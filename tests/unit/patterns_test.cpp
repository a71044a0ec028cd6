#include <gtest/gtest.h>

#include "patterns/catalogue.h"

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

}  // namespace
}  // namespace gongwen::internal

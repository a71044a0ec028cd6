#include <gtest/gtest.h>

#include "gongwen/recognize.h"
#include "notice_fixture.h"
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
  RecognizedBlocks rbs = RecognizeText("1.2023年底前完成改造。\n3、2024年建成。\n2.5亿元用于建设。\n12.5%的村完成。\n");
  ASSERT_EQ(rbs.size(), 4u);
  EXPECT_EQ(rbs.facts[0].marker.kind, MarkerKind::kArabic);
  EXPECT_EQ(rbs.facts[0].marker.number, 1);
  EXPECT_EQ(rbs.facts[1].marker.number, 3);
  EXPECT_EQ(rbs.facts[2].marker.kind, MarkerKind::kNone);
  EXPECT_EQ(rbs.facts[3].marker.kind, MarkerKind::kNone);
}

TEST(RecognizeTest, TitleOverTwoLinesWithNumberAfterIt) {
  RecognizedBlocks rbs = RecognizeText(
      "国务院办公厅关于加快发展\n\n体育竞赛表演产业的指导意见\n\n国办发〔2018〕121号\n\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n\n正文。\n");
  EXPECT_EQ(Roles(rbs), (std::vector<std::string>{"title", "title", "doc_number", "addressees", "body"}));
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

}  // namespace
}  // namespace gongwen

#include <gtest/gtest.h>

#include "gongwen/block.h"
#include "test_util.h"

namespace gongwen {
namespace {

using testing::MustDecode;

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

}  // namespace
}  // namespace gongwen

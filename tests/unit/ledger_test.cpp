#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "gongwen/extract.h"
#include "gongwen/ledger.h"
#include "notice_fixture.h"

namespace gongwen {
namespace {

std::vector<LedgerRow> RowsOf(const std::string& text) {
  std::vector<LedgerRow> rows;
  AppendLedgerRows(std::move(ExtractBytes(text, "n.txt")).value(), rows);
  return rows;
}

TEST(LedgerTest, OneRowPerTaskWithEveryColumn) {
  const std::vector<LedgerRow> rows = RowsOf(testing::kSmallNotice);
  ASSERT_GE(rows.size(), 3u);
  const auto& second = rows[1].cells;
  EXPECT_EQ(second[0], "2");
  EXPECT_EQ(second[1], "推进重点项目建设。");
  EXPECT_EQ(second[2], "王某县长");
  EXPECT_EQ(second[3], "县发展和改革局");
  EXPECT_EQ(second[4], "县财政局、县统计局");
  EXPECT_EQ(second[5], "");
  EXPECT_EQ(second[6],
            "2024年重点工作任务分工 / 一、王某县长负责的工作 / （一）县发展和改革局牵头负责的工作");
  EXPECT_EQ(second[7], "n.txt");
  EXPECT_EQ(LedgerHeader()[0], std::string("序号"));
  EXPECT_EQ(LedgerHeader()[7], std::string("来源文件"));
}

TEST(LedgerTest, DeadlineColumnKeepsTheText) {
  const std::vector<LedgerRow> rows = RowsOf(
      "附件\n\n任务分工\n\n1."
      "建成城区幼儿园。（责任领导：张某副县长；牵头单位：县教育局；完成时限：2024年9月底前）\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].cells[2], "张某副县长");
  // Concurrent posts are joined by 兼, so that 、 separates leaders only.
  const std::vector<LedgerRow> composite =
      RowsOf("附件\n\n任务分工\n\n一、王某副县长、县公安局局长负责的工作\n\n1.推进平安建设。（牵头单位：县公安局）\n");
  ASSERT_EQ(composite.size(), 1u);
  EXPECT_EQ(composite[0].cells[2], "王某副县长兼县公安局局长");
  EXPECT_EQ(rows[0].cells[3], "县教育局");
  EXPECT_EQ(rows[0].cells[5], "2024年9月底前");
}

TEST(LedgerTest, CsvQuotesOnlyWhatNeedsIt) {
  LedgerRow row;
  row.cells = {"1", "含,逗号", "含\"引号\"", "两\n行", "普通", "", "a\rb", "x.txt"};
  std::ostringstream out;
  ASSERT_TRUE(WriteLedgerCsv(std::span<const LedgerRow>(&row, 1), out));
  const std::string csv = out.str();
  ASSERT_EQ(csv.rfind("\xEF\xBB\xBF序号,任务内容,", 0), 0u) << "BOM, then the header";
  const std::string body = csv.substr(csv.find("\r\n") + 2);
  EXPECT_EQ(body, "1,\"含,逗号\",\"含\"\"引号\"\"\",\"两\n行\",普通,,\"a\rb\",x.txt\r\n");
}

TEST(LedgerTest, XlsxCutsCellsPastTheSpreadsheetLimitAndSaysSo) {
  const std::string path =
      (std::filesystem::temp_directory_path() / ("gongwen-ledger-test-" + std::to_string(getpid()) + ".xlsx"))
          .string();
  std::vector<LedgerRow> rows(2);
  rows[0].cells[1] = "短";
  std::string long_text;
  for (int i = 0; i < 40000; ++i) long_text += "长";
  rows[1].cells[1] = long_text;
  Result<LedgerXlsxResult> written = WriteLedgerXlsx(rows, path);
  ASSERT_TRUE(written.ok()) << written.status().ToString();
  EXPECT_EQ(written->rows, 2u);
  EXPECT_EQ(written->truncated_cells, 1u);
  std::ifstream in(path, std::ios::binary);
  char magic[2] = {};
  in.read(magic, 2);
  EXPECT_EQ(std::string(magic, 2), "PK") << "a zip package";
  std::filesystem::remove(path);
}

TEST(LedgerTest, XlsxUnwritablePathIsAnErrorNamingIt) {
  Result<LedgerXlsxResult> written = WriteLedgerXlsx({}, "/no/such/dir/ledger.xlsx");
  ASSERT_FALSE(written.ok());
  EXPECT_EQ(written.status().file(), "/no/such/dir/ledger.xlsx");
  EXPECT_EQ(written.status().code(), StatusCode::kIoError);
}

}  // namespace
}  // namespace gongwen

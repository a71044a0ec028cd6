// The sample notice saved in the encodings archives hold gives the same tasks.
#include <gtest/gtest.h>

#include <algorithm>

#include "gongwen/extract.h"
#include "gongwen/json.h"
#include "test_util.h"

namespace gongwen {
namespace {

using testing::Encode;

// Two encodings of one text: the same tasks, on the same lines and columns.
void ExpectSameTasks(const Document& a, const Document& b) {
  testing::ExpectSameTasks(a, b);
  for (size_t i = 0; i < std::min(a.tasks.size(), b.tasks.size()); ++i) {
    EXPECT_EQ(a.tasks[i].span.line, b.tasks[i].span.line);
    EXPECT_EQ(a.tasks[i].span.column, b.tasks[i].span.column);
  }
}

class EncodingRoundTripTest : public ::testing::Test {
 protected:
  void SetUp() override {
    utf8_ = testing::ReadFile(testing::SamplePath());
    reference_ = std::move(ExtractBytes(utf8_, "sample.txt")).value();
    ASSERT_EQ(reference_.tasks.size(), 251u);
  }
  std::string utf8_;
  Document reference_;
};

TEST_F(EncodingRoundTripTest, Gb18030WithoutBom) {
  Result<Document> doc = ExtractBytes(Encode(utf8_, "GB18030"), "sample.gb18030.txt");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->source.encoding, "GB18030");
  ExpectSameTasks(reference_, *doc);
  // Offsets are those of the GB18030 file: two bytes per Chinese character.
  EXPECT_LT(doc->tasks.back().span.offset, reference_.tasks.back().span.offset);
}

TEST_F(EncodingRoundTripTest, Utf16LeWithBom) {
  Result<Document> doc = ExtractBytes("\xFF\xFE" + Encode(utf8_, "UTF-16LE"), "sample.utf16.txt");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->source.encoding, "UTF-16LE");
  ExpectSameTasks(reference_, *doc);
  EXPECT_EQ(doc->tasks[0].span.offset % 2, 0u);
}

TEST_F(EncodingRoundTripTest, Utf16BeWithBom) {
  Result<Document> doc = ExtractBytes("\xFE\xFF" + Encode(utf8_, "UTF-16BE"), "sample.utf16be.txt");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  ExpectSameTasks(reference_, *doc);
}

TEST_F(EncodingRoundTripTest, Utf8WithBomAndCrLf) {
  std::string crlf;
  for (char c : utf8_) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  Result<Document> doc = ExtractBytes("\xEF\xBB\xBF" + crlf, "sample.crlf.txt");
  ASSERT_TRUE(doc.ok());
  ExpectSameTasks(reference_, *doc);
}

TEST_F(EncodingRoundTripTest, InvalidUtf8FailsWithTheOffset) {
  const size_t at = utf8_.find("27.");
  ASSERT_NE(at, std::string::npos);
  // Built by concatenation: GCC 12 at -O3 warns (-Wrestrict, a known false positive) on insert().
  const std::string bad = utf8_.substr(0, at) + "\xFF" + utf8_.substr(at);
  Result<Document> doc = ExtractBytes(bad, "bad.txt");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kInvalidEncoding);
  EXPECT_EQ(*doc.status().offset(), at);
}

}  // namespace
}  // namespace gongwen

#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/lists.h"
#include "core/utf8.h"
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

// A leader's name of four characters after a title opens with a surname of two, each of those
// LooksLikePersonName knows (kCompoundSurnames) and none besides: the two lists are one.
TEST(PatternCatalogueTest, LeaderPatternsKnowTheCompoundSurnames) {
  for (std::string_view surname : internal::kCompoundSurnames) {
    const std::string leader = "副县长" + std::string(surname) + "宏涛";
    EXPECT_TRUE(internal::FullMatch(Pat::kLeaderTitleName, leader)) << leader;
  }
  EXPECT_FALSE(internal::FullMatch(Pat::kLeaderTitleName, "副县长王明宏涛"));
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

// FullMatch, PartialMatch and FullMatchGroups answer as RE2 does, groups included, on every example
// and on one corpus text in three, for every pattern.
TEST(PatternCatalogueTest, MatchFunctionsAnswerAsRe2Does) {
  static const std::vector<std::string> corpus = CorpusTexts();
  std::vector<std::string> texts;
  for (size_t k = 0; k < corpus.size(); k += 3) texts.push_back(corpus[k]);
  for (const PatternInfo& p : AllPatterns()) texts.emplace_back(p.example);
  int full = 0, partial = 0, grouped = 0;
  for (const PatternInfo& p : AllPatterns()) {
    const RE2& re = Pattern(p.id);
    const int n = re.NumberOfCapturingGroups();
    for (const std::string& t : texts) {
      const re2::StringPiece input(t);
      const bool re2_full = RE2::FullMatch(t, re);
      ASSERT_EQ(FullMatch(p.id, t), re2_full) << p.name << ": " << t;
      const bool re2_partial = RE2::PartialMatch(t, re);
      ASSERT_EQ(PartialMatch(p.id, t), re2_partial) << p.name << ": " << t;
      full += re2_full;
      partial += re2_partial;
      if (n == 0) continue;
      std::vector<re2::StringPiece> want(static_cast<size_t>(n) + 1), got(want.size());
      ASSERT_EQ(FullMatchGroups(p.id, t, got.data(), n + 1),
                re.Match(input, 0, t.size(), RE2::ANCHOR_BOTH, want.data(), n + 1))
          << p.name << ": " << t;
      // The typed forms read group 1 as RE2 does.
      re2::StringPiece mine, theirs;
      if (re2_partial) {
        ASSERT_TRUE(PartialMatch(p.id, t, &mine) && RE2::PartialMatch(t, re, &theirs)) << p.name;
        EXPECT_TRUE(mine.data() == theirs.data() && mine.size() == theirs.size()) << p.name << ": " << t;
      }
      if (!re2_full) continue;
      ++grouped;
      for (int g = 0; g <= n; ++g)
        EXPECT_TRUE(got[g].data() == want[g].data() && got[g].size() == want[g].size())
            << p.name << " group " << g;
      ASSERT_TRUE(FullMatch(p.id, t, &mine) && RE2::FullMatch(t, re, &theirs)) << p.name;
      EXPECT_TRUE(mine.data() == theirs.data() && mine.size() == theirs.size()) << p.name << ": " << t;
    }
  }
  // Not an empty check: whole matches, searches that find more, and groups all met.
  EXPECT_GT(full, 1000);
  EXPECT_GT(partial, full);
  EXPECT_GT(grouped, 400);
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
  EXPECT_TRUE(MayMatch(Pat::kBareDivision, "各计划单列市"));
  EXPECT_TRUE(MayMatch(Pat::kBareDivision, "各县（市、区、旗、盟）"));  // 33 bytes
  EXPECT_FALSE(MayMatch(Pat::kBareDivision, "各县（市、区、旗、盟、州）"));
  EXPECT_FALSE(MayMatch(Pat::kUnitHeadingCoordinated, "县政府办公室协调的工作"));  // 负责落实 missing
  EXPECT_FALSE(MayMatch(Pat::kAttachmentList, "见附件：1"));
  EXPECT_FALSE(MayMatch(Pat::kLeadRule, "排在第一位的同志发言"));
  EXPECT_TRUE(MayMatch(Pat::kLeadRule, "未标注的由排在第一位的单位主办"));  // round 20 (124)
  EXPECT_FALSE(MayMatch(Pat::kLeaderHeading, "刘泳县长的工作"));
  EXPECT_FALSE(MayMatch(Pat::kClauseIsLead, "县农业农村局牵头"));
  EXPECT_FALSE(MayMatch(Pat::kClauseJointly, "县发改局协同县财政局"));
  EXPECT_TRUE(MayMatch(Pat::kMarkerArabic, "anything"));  // no needs: always may
}

// MatchMarker (patterns/marker.cpp) reads each marker pattern by hand; RE2 is its oracle.
constexpr Pat kMarkerPatterns[] = {
    Pat::kMarkerChineseNumeral, Pat::kMarkerParenChinese, Pat::kMarkerArabic, Pat::kMarkerParenArabic,
    Pat::kMarkerOrdinal,        Pat::kMarkerTaskOrdinal,  Pat::kMarkerShi,    Pat::kMarkerCircled,
    Pat::kMarkerParenDigit,     Pat::kMarkerDigitStop};

// Does MatchMarker read in `text` what `pat` matches at its start, with the same captures?
::testing::AssertionResult SameAsPattern(Pat pat, const std::string& text) {
  const RE2& re = Pattern(pat);
  const int groups = re.NumberOfCapturingGroups();
  re2::StringPiece sub[3];
  const bool want = re.Match(text, 0, text.size(), RE2::ANCHOR_START, sub, groups + 1);
  const std::optional<MarkerMatch> got = MatchMarker(pat, text);
  const char* name = AllPatterns()[static_cast<size_t>(pat)].name;
  if (got.has_value() != want)
    return ::testing::AssertionFailure()
           << name << (want ? " matches" : " does not match") << " \"" << text << "\"";
  if (!want) return ::testing::AssertionSuccess();
  auto same = [&](std::string_view mine, re2::StringPiece theirs) {  // the same bytes of `text`
    return mine.size() == theirs.size() && (mine.empty() || mine.data() == theirs.data());
  };
  if (got->length != sub[0].size() || !same(got->number, sub[1]) ||
      !same(got->punct, groups >= 2 ? sub[2] : re2::StringPiece()))
    return ::testing::AssertionFailure()
           << name << " on \"" << text << "\": read " << got->length << " bytes, \"" << got->number
           << "\", \"" << got->punct << "\"; the pattern " << sub[0].size() << ", \"" << sub[1] << "\", \""
           << (groups >= 2 ? sub[2] : "") << "\"";
  return ::testing::AssertionSuccess();
}

// The characters of `text`, each a string of its own.
std::vector<std::string> Chars(std::string_view text) {
  std::vector<std::string> out;
  for (size_t i = 0; i < text.size();) {
    const size_t begin = i;
    NextCodePoint(text, i);
    out.emplace_back(text.substr(begin, i - begin));
  }
  return out;
}

// Every marker pattern on the catalogue's kinds of marker, their edges (too many digits or numerals,
// spaces of each kind, a missing bracket or stop) and on bytes that are no character.
TEST(MarkerMatchTest, ReadsWhatEachMarkerPatternMatches) {
  // The pieces markers are made of, and some they are not: other spaces, brackets and stops,
  // truncated characters (一 and the ideographic space cut short), circled numbers just outside ①-⑳.
  std::vector<std::string> pieces =
      Chars("一二九十百零〇两千019、．.，,。；是第项条：:（(）)] \t\u3000\u00A0①⑩⑳⑴⒇⒈⒛\n年");
  for (const char* more : {"", "任务", "推进", "\xE2\x91\x9F", "\xE2\x91", "\xE4\xB8", "\xE3\x80"})
    pieces.emplace_back(more);
  int failures = 0;
  std::vector<int> matches(std::size(kMarkerPatterns));
  auto check = [&](const std::string& text) {
    for (size_t k = 0; k < std::size(kMarkerPatterns) && failures < 10; ++k) {
      ::testing::AssertionResult r = SameAsPattern(kMarkerPatterns[k], text);
      if (!r) {
        ADD_FAILURE() << r.message();
        ++failures;
      } else if (MatchMarker(kMarkerPatterns[k], text)) {
        ++matches[k];
      }
    }
  };
  // Every text of up to three pieces.
  for (const std::string& a : pieces)
    for (const std::string& b : pieces)
      for (const std::string& c : pieces) check(a + b + c);
  // Texts shaped like markers (opening, spaces, number, spaces, closing, stop, spaces, text), mostly
  // with the stop their opening takes, some with a piece changed, added or dropped.
  std::mt19937 rng(20230428);
  auto pick = [&](const std::vector<std::string>& from) { return from[rng() % from.size()]; };
  struct Shape {
    std::string opening;
    std::vector<std::string> closings, stops;
  };
  const std::vector<Shape> shapes = {
      {"", {""}, {"、", "．", ".", "，", ",", "）", ")"}},
      {"", {""}, {"是"}},
      {"（", {"）", ")"}, {"", "、", "，", ".", "．"}},
      {"(", {"）", ")"}, {"", "、", ".", "．"}},
      {"第", {""}, {"项", "条"}},
      {"任务", {""}, {"：", ":"}},
      {"任务", {""}, {"：", ":"}},  // twice: it takes no spaces, so most of its texts do not match
      {"①", {""}, {""}},
      {"⑳", {""}, {""}},
  };
  const std::vector<std::string> spaces = {"", "", "", " ", "\t", "\u3000", "\u00A0"};
  const std::vector<std::string> digits = Chars("01259"), numerals = Chars("一二十百零〇两");
  std::vector<std::string> stops = Chars("、．.，,是项条：:）)]；");
  stops.emplace_back("");
  const std::vector<std::string> texts = {"", "推进建设", "2023年底前", "5亿元", "1", "一", "\xE4\xB8", "\n"};
  for (int n = 0; n < 100000 && failures < 10; ++n) {
    const Shape& shape = shapes[rng() % shapes.size()];
    std::vector<std::string> parts = {shape.opening, pick(spaces), pick(spaces)};
    const int count = 1 + static_cast<int>(rng() % 5);  // one more than any pattern takes
    const bool chinese = rng() % 2 == 0, mixed = rng() % 10 == 0;
    for (int i = 0; i < count; ++i)
      parts.push_back(pick((mixed ? rng() % 2 == 0 : chinese) ? numerals : digits));
    parts.push_back(pick(spaces));
    parts.push_back(rng() % 4 == 0 ? pick(stops) : pick(shape.closings));
    parts.push_back(rng() % 4 == 0 ? pick(stops) : pick(shape.stops));
    for (const auto* from : {&spaces, &spaces, &texts}) parts.push_back(pick(*from));
    const unsigned change = rng() % 6;
    const auto at = static_cast<long>(rng() % parts.size());
    if (change == 0) parts[static_cast<size_t>(at)] = pick(pieces);
    if (change == 1) parts.insert(parts.begin() + at, pick(pieces));
    if (change == 2) parts.erase(parts.begin() + at);
    std::string text;
    for (const std::string& p : parts) text += p;
    check(text);
  }
  // The catalogue's examples and a few more; then the test's own reach: every pattern matched often.
  for (const char* text :
       {"一、刘泳县长负责的工作", "（四）县发展和改革局", "27.全县", "（1）完善", "第1项　推进",
        "任务二：推进", "任务12　推进", "【任务3】", "【任务三】推进", "事项3 推进", "一是新建", "①加强",
        "（　一 ）、 推进", "( 12 ). 完善", "第 十二 条 ", "1234 ）　", "⑳\t推进"})
    check(text);
  for (size_t k = 0; k < std::size(kMarkerPatterns); ++k)
    EXPECT_GT(matches[k], 500) << AllPatterns()[static_cast<size_t>(kMarkerPatterns[k])].name;
}

}  // namespace
}  // namespace gongwen::internal

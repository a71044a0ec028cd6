// Segmenter: words, numbers with units, bracketed names, sentences, lexicons.
#include "gongwen/segment.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "segment/numbers.h"

namespace gongwen {
namespace {

std::string Join(std::string_view text, const std::vector<Token>& tokens) {
  std::string out;
  for (const Token& t : tokens) {
    if (!out.empty()) out += ' ';
    for (char c : text.substr(t.begin, t.end - t.begin))
      if (c != ' ') out += c;  // a token may hold the spaces of converted text (320 亿元)
  }
  return out;
}

std::string Seg(const Segmenter& s, std::string_view text) { return Join(text, s.Words(text)); }

TEST(Segment, NumbersKeepTheirUnits) {
  Segmenter s;
  struct Case {
    const char* text;
    const char* want;
  } cases[] = {
      {"2023年", "2023年"},
      {"工业投资增长19%以上", "工业 投资 增长 19% 以上"},
      {"产量7000万公斤以上", "产量 7000万公斤 以上"},
      {"不低于60万元/亩", "不 低于 60万元/亩"},  // 不 and the verb, as the standard writes them
      {"存栏保持在2.1万头左右", "存栏 保持 在 2.1万头 左右"},  // a unit that starts with 万
      {"压缩至0.5个工作日", "压缩 至 0.5 个 工作日"},  // a count of days: numeral and classifier
      {"增长7.5%左右", "增长 7.5% 左右"},
      {"6月20日", "6月 20日"},
      {"二○○一年十二月三十一日", "二○○一年 十二月 三十一日"},
      {"谋划库规模达到 320 亿元以上", "谋划库 规模 达到 320亿元 以上"},
      {"第五次", "第五 次"},
  };
  for (const Case& c : cases) EXPECT_EQ(Seg(s, c.text), c.want) << c.text;
}

TEST(Segment, NamesWithNumbersStayNames) {
  Segmenter s;
  // 5G and 2# are not numbers with units; 341 is a road's number.
  EXPECT_EQ(Seg(s, "5G基站"), "5G 基站");
  EXPECT_EQ(Seg(s, "国道341线"), "国道 341 线");
  EXPECT_EQ(Seg(s, "2#炉"), "2 # 炉");
}

TEST(Segment, SplitUnitsOption) {
  SegmentOptions o;
  o.keep_units = false;
  Segmenter s(o);
  EXPECT_EQ(Seg(s, "7000万公斤"), "7000万 公斤");
  EXPECT_EQ(Seg(s, "19%"), "19%");  // a percentage is one number either way
}

TEST(Segment, BracketedNameStaysWithTheName) {
  Segmenter s;
  EXPECT_EQ(Seg(s, "推进睢阳（古县）3万吨项目"), "推进 睢阳（古县） 3万吨 项目");
  // Not a name in brackets: a remark, a clause.
  EXPECT_EQ(Seg(s, "图片（附图片1张）"), "图片 （ 附 图片 1 张 ）");
}

TEST(Segment, LexiconDecides) {
  Segmenter plain;
  EXPECT_EQ(Seg(plain, "由村发公司牵头"), "由 村发 公司 牵头");  // two unknown characters: one name
  Segmenter with_unit;
  with_unit.AddWord("村发公司");
  EXPECT_EQ(Seg(with_unit, "由村发公司牵头"), "由 村发公司 牵头");
  EXPECT_EQ(Seg(plain, "县发改局牵头"), "县发改局 牵头");  // a body of the county, by rule
  SegmentOptions o;
  o.builtin_lexicon = false;
  Segmenter bare(o);
  EXPECT_NE(Seg(bare, "县发改局牵头"), "县 发改局 牵头");  // without the lexicon ICU cuts 牵头 apart
}

TEST(Segment, AffixesAndClassifiers) {
  Segmenter s;
  EXPECT_EQ(Seg(s, "现代化"), "现代化");
  EXPECT_EQ(Seg(s, "一个人"), "一个 人");        // 一个 is a word of its own (the lexicon says so)
  EXPECT_EQ(Seg(s, "三个一批"), "三 个 一 批");  // numeral and classifier: two words
  EXPECT_EQ(Seg(s, "——"), "——");
}

TEST(Segment, ReviewFindings) {
  Segmenter s;
  // The lexicon's 一个 took the 一 of 三十一.
  EXPECT_EQ(Seg(s, "全县三十一个乡镇，第一个"), "全县 三十一 个 乡镇 ， 第一 个");
  EXPECT_TRUE(s.Sentences("").empty());  // remove_if over an invalid range before
  // 40 000 一 in a row: the numeral run was read again from every position.
  const std::string ones = [] {
    std::string o;
    for (int i = 0; i < 40000; ++i) o += "一";
    return o;
  }();
  EXPECT_FALSE(s.Words(ones).empty());
  std::string chain = "5";
  for (int i = 0; i < 300000; ++i) chain += "元/";
  EXPECT_FALSE(s.Words(chain).empty());  // no stack overflow
}

TEST(Segment, GovernmentNamesAndSetPhrases) {
  Segmenter s;
  // A place name no dictionary knows, with its government and office.
  EXPECT_EQ(Seg(s, "桐溪县人民政府办公室"), "桐溪县人民政府办公室");
  EXPECT_EQ(Seg(s, "临海市人民政府办公室"), "临海市人民政府办公室");
  EXPECT_EQ(Seg(s, "镇人民政府"), "镇人民政府");
  EXPECT_EQ(Seg(s, "市政府督查室"), "市政府督查室");
  // A verb before 县 or 市 is no place name: the suffix starts the next word.
  EXPECT_EQ(Seg(s, "完善县乡村三级物流体系"), "完善 县 乡村 三级 物流 体系");
  EXPECT_EQ(Seg(s, "实施县三中操场改造"), "实施 县三中 操场 改造");  // a numbered school is a name
  EXPECT_EQ(Seg(s, "市二小、县一中学"), "市二小 、 县一 中学");  // but not the start of 一中学
  // Nor does a verb take 区 or 村 as its suffix.
  EXPECT_EQ(Seg(s, "通过区里审核"), "通过 区 里 审核");
  EXPECT_EQ(Seg(s, "安排市级资金"), "安排 市级 资金");
  // A body of a level is one name; a role in brackets is not part of it.
  EXPECT_EQ(Seg(s, "区投资促进局（牵头）"), "区投资促进局 （ 牵头 ）");
  EXPECT_EQ(Seg(s, "建成区中医医院"), "建成 区中医医院");
  EXPECT_EQ(Seg(s, "县殡仪馆"), "县殡仪馆");
  EXPECT_EQ(Seg(s, "临川区卫生健康局牵头"), "临川区卫生健康局 牵头");  // a named place and its body
  // A verb after the level: no body's name (the review's cases).
  EXPECT_EQ(Seg(s, "在县设立服务中心"), "在 县 设立 服务 中心");
  EXPECT_EQ(Seg(s, "市支持医院建设"), "市 支持 医院 建设");
  EXPECT_EQ(Seg(s, "一亿零五万元"), "一亿零五万元");
  // Ordinals in digits, like 第五.
  EXPECT_EQ(Seg(s, "全省第36位"), "全省 第36 位");
  // Set patterns: AABB and 一X一Y.
  EXPECT_EQ(Seg(s, "扎扎实实办好"), "扎扎实实 办好");
  EXPECT_EQ(Seg(s, "实行一企一策"), "实行 一企一策");
  EXPECT_EQ(Seg(s, "一个一个"), "一个 一个");
  // Chinese numerals with 万 and 千 keep their unit, and no word cuts them.
  EXPECT_EQ(Seg(s, "收入达三十万元以上"), "收入 达 三十万元 以上");
  EXPECT_EQ(Seg(s, "种植三千亩"), "种植 三千亩");
  EXPECT_EQ(Seg(s, "装机十万千瓦"), "装机 十万千瓦");  // the unit begins with a numeral character
  EXPECT_EQ(Seg(s, "二十万千伏安"), "二十万千伏安");
}

TEST(Segment, CompoundsOfTwoDictionaryWords) {
  Segmenter s;
  // ICU's dictionary keeps some compounds whole that the standard writes as two words.
  EXPECT_EQ(Seg(s, "加强交通安全管理"), "加强 交通 安全 管理");
  EXPECT_EQ(Seg(s, "促进身心健康"), "促进 身心 健康");
  EXPECT_EQ(Seg(s, "不完全统计"), "不 完全 统计");
  // Idioms and set phrases of the lexicon, bodies, and 不 words of their own stay whole.
  EXPECT_EQ(Seg(s, "坚定不移"), "坚定不移");
  EXPECT_EQ(Seg(s, "优化营商环境"), "优化 营商环境");
  EXPECT_EQ(Seg(s, "县人民法院"), "县人民法院");
  EXPECT_EQ(Seg(s, "不断提高"), "不断 提高");
  // A degree adverb and a one-character adjective are two words; 更加 and 最后 are words.
  EXPECT_EQ(Seg(s, "实现更大突破"), "实现 更 大 突破");
  EXPECT_EQ(Seg(s, "更加完善最后"), "更加 完善 最后");
  // 各 and a level are two words; two levels' governments are one name.
  EXPECT_EQ(Seg(s, "各区县政府"), "各 区县政府");
  EXPECT_EQ(Seg(s, "各省、各级"), "各 省 、 各级");
}

// Each split of a long run of compounds was inserted into the middle of the run: 80 000 更好 took 8 s.
TEST(Segment, SplitsStayLinear) {
  Segmenter s;
  std::string line;
  for (int i = 0; i < 80000; ++i) line += "更好";
  EXPECT_EQ(s.Words(line).size(), 160000u);
  line.clear();
  for (int i = 0; i < 40000; ++i) line += "交通安全";
  EXPECT_EQ(s.Words(line).size(), 80000u);
}

// The review's cases: 万人 and 万户 do not take the next word's first character, 最高 is a word,
// verbs that make a place stay in its name, and a count is split whether in digits or in numerals.
TEST(Segment, ReviewedCuts) {
  Segmenter s;
  EXPECT_EQ(Seg(s, "每10万人口拥有"), "每 10万 人口 拥有");
  EXPECT_EQ(Seg(s, "奖励5万人民币"), "奖励 5万 人民币");
  EXPECT_EQ(Seg(s, "2万户籍人口"), "2万 户籍 人口");
  EXPECT_EQ(Seg(s, "最高人民法院"), "最高 人民法院");
  EXPECT_EQ(Seg(s, "南昌市新建区人民政府"), "南昌市 新建区人民政府");
  EXPECT_EQ(Seg(s, "屈原管理区"), "屈原 管理区");
  EXPECT_EQ(Seg(s, "十五个工作日"), "十五 个 工作日");
  EXPECT_EQ(Seg(s, "提高3个百分点"), "提高 3 个 百分点");
}

TEST(Segment, ParticlesAndSuffixes) {
  Segmenter s;
  // A dictionary word that ends in 的, 了 or 是 is cut before it, unless it is a word of its own.
  EXPECT_EQ(Seg(s, "新的目标"), "新 的 目标");
  EXPECT_EQ(Seg(s, "这也是为了目的"), "这 也 是 为了 目的");
  EXPECT_EQ(Seg(s, "但是还是"), "但是 还是");
  // The stem of a longer word stays whole; X不了 and idioms are not cut (the review's cases).
  EXPECT_EQ(Seg(s, "尤其是农村地区"), "尤其 是 农村 地区");
  EXPECT_EQ(Seg(s, "取得了显著成效"), "取得 了 显著 成效");
  EXPECT_EQ(Seg(s, "现有的设施"), "现有 的 设施");
  EXPECT_EQ(Seg(s, "免不了"), "免不了");
  EXPECT_EQ(Seg(s, "各行其是"), "各行其是");
  EXPECT_EQ(Seg(s, "加强党建工作"), "加强 党建 工作");
  // More productive suffixes: 力, 费, 金.
  EXPECT_EQ(Seg(s, "提高竞争力"), "提高 竞争力");
  EXPECT_EQ(Seg(s, "缴纳保险费和保险金"), "缴纳 保险费 和 保险金");
}

TEST(Segment, EveryCharacterInExactlyOneToken) {
  Segmenter s;
  const std::string text =
      "古县人民政府办公室 关于印发2023年《政府工作报告》重点工作任务分工的通知\n"
      "（主要协同配合单位：县住房和城乡建设管理局、县工业和信息化局）ABC abc 1,000.5元 ①②";
  std::vector<Token> tokens = s.Words(text);
  size_t pos = 0;
  for (const Token& t : tokens) {
    ASSERT_LE(pos, t.begin);
    for (size_t i = pos; i < t.begin; ++i) EXPECT_TRUE(text[i] == ' ' || text[i] == '\n') << i;
    ASSERT_LT(t.begin, t.end);
    pos = t.end;
  }
  EXPECT_EQ(pos, text.size());
}

TEST(Segment, Sentences) {
  Segmenter s;
  const std::string text = "完成节水灌溉改造。（责任单位：县水利局）加快建设！下一行\n新的一行。";
  std::vector<std::string> got;
  for (const TextRange& r : s.Sentences(text)) got.push_back(text.substr(r.begin, r.end - r.begin));
  ASSERT_EQ(got.size(), 4u);
  EXPECT_EQ(got[0], "完成节水灌溉改造。");
  EXPECT_EQ(got[1], "（责任单位：县水利局）加快建设！");
  EXPECT_EQ(got[2], "下一行\n");
  EXPECT_EQ(got[3], "新的一行。");
}

// The digest names the words, whatever order they came in: gongwen batch --resume compares it.
TEST(Segment, LexiconDigestIsOfTheWords) {
  Lexicon a, b, c;
  for (const char* w : {"中国", "外国", "城乡"}) a.Add(w);
  for (const char* w : {"城乡", "中国", "外国", "中国"}) b.Add(w);
  for (const char* w : {"中国", "外国"}) c.Add(w);
  EXPECT_EQ(a.Digest(), b.Digest());
  EXPECT_NE(a.Digest(), c.Digest());
  EXPECT_EQ(a.Digest().size(), 64u);
}

TEST(Segment, LexiconFile) {
  const std::string path = testing::TempDir() + "/lexicon.txt";
  {
    std::ofstream f(path, std::ios::binary);
    f << "\xEF\xBB\xBF# a comment\n\n县发改局 100 nt\r\n睢阳\n";
  }
  Lexicon lexicon;
  ASSERT_TRUE(lexicon.AddFile(path).ok());
  EXPECT_EQ(lexicon.size(), 2u);
  EXPECT_TRUE(lexicon.Contains("县发改局"));
  EXPECT_TRUE(lexicon.Contains("睢阳"));
  EXPECT_EQ(lexicon.max_chars(), 4u);

  {
    std::ofstream f(path, std::ios::binary);
    f << "好词\n\xFF\xFE坏\n";
  }
  Lexicon bad;
  Status st = bad.AddFile(path);
  EXPECT_FALSE(st.ok());
  EXPECT_EQ(st.line(), 2u);
  EXPECT_NE(st.ToString().find("lexicon.txt"), std::string::npos);
  EXPECT_FALSE(Lexicon().AddFile(path + ".missing").ok());
  std::remove(path.c_str());
}

TEST(Segment, BuiltinLexiconHasGovernmentTerms) {
  const Lexicon& b = Lexicon::Builtin();
  EXPECT_GT(b.size(), 300u);
  for (const char* w : {"常务副县长", "高标准农田", "营商环境", "发展和改革局", "牵头"})
    EXPECT_TRUE(b.Contains(w)) << w;
  EXPECT_FALSE(b.Contains("# Organisations and bodies"));
}

TEST(Segment, ThreadsShareOneSegmenter) {
  Segmenter s;
  const std::string text =
      "确保全年工业投资增长19%以上、规上工业增加值增长15%以上，产出强度不低于60万元/亩。";
  const std::string want = Seg(s, text);
  std::vector<std::thread> threads;
  std::vector<int> wrong(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i)
        if (Seg(s, text) != want) ++wrong[static_cast<size_t>(t)];
    });
  for (auto& th : threads) th.join();
  for (int w : wrong) EXPECT_EQ(w, 0);
}

// Units are looked up by their first character: the longest one still wins (万平方米 over 万,
// 平方公里 over 平方米), and a rate takes a second unit.
TEST(Numbers, MeasureUnits) {
  using internal::MatchMeasureUnit;
  const std::pair<std::string_view, std::string_view> cases[] = {
      {"万平方米以上", "万平方米"},
      {"万千伏安", "万千伏安"},
      {"万千瓦时", "万千瓦"},
      {"万人次", "万人次"},
      {"万人口", "万人"},
      {"万", ""},
      {"平方公里", "平方公里"},
      {"平方米", "平方米"},
      {"平方", ""},
      {"千瓦时", "千瓦时"},
      {"千伏安", "千伏安"},
      {"千克", "千克"},
      {"个百分点", "个百分点"},
      {"个月", "个月"},
      {"个", ""},
      {"元/亩", "元/亩"},
      {"元/%", "元"},
      {"元/", "元"},
      {"万元/吨", "万元/吨"},
      {"元/元/亩", "元/元"},
      {"%以上", "%"},
      {"％", "％"},
      {"‰", "‰"},
      {"%/亩", "%"},
      {"斤", "斤"},
      {"", ""},
      {"\xE4\xB8", ""},
      {"人次", "人次"},
      {"标准箱", "标准箱"},
      {"小时", "小时"},
      {"工作日", "工作日"},
      {"年", ""},
  };
  for (const auto& [text, unit] : cases) EXPECT_EQ(MatchMeasureUnit(text), unit.size()) << text;
}

TEST(Numbers, DigitNumbers) {
  using internal::MatchDigitNumber;
  EXPECT_EQ(MatchDigitNumber("19%以上", true), 3u);
  EXPECT_EQ(MatchDigitNumber("7000万公斤以上", true), std::string("7000万公斤").size());
  EXPECT_EQ(MatchDigitNumber("7000万公斤以上", false), std::string("7000万").size());
  EXPECT_EQ(MatchDigitNumber("60万元/亩", true), std::string("60万元/亩").size());
  EXPECT_EQ(MatchDigitNumber("5G", true), 0u);
  EXPECT_EQ(MatchDigitNumber("2#炉", true), 0u);
  EXPECT_EQ(MatchDigitNumber("1,000.5元", true), std::string("1,000.5元").size());
  EXPECT_EQ(internal::DigitValue("7000万").value_or(0), 7e7);
  EXPECT_EQ(internal::DigitValue("1.5亿").value_or(0), 1.5e8);
  EXPECT_FALSE(internal::DigitValue("1.2.3"));
}

}  // namespace
}  // namespace gongwen

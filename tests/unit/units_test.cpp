// Units and leaders across documents: aliases, the index, suggestions.
#include "gongwen/units.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "gongwen/extract.h"

namespace gongwen {
namespace {

TEST(Units, ProbablySame) {
  EXPECT_EQ(ProbablySameUnit("县发改局", "县发展和改革局"), "abbreviation");
  EXPECT_EQ(ProbablySameUnit("县住建局", "县住房和城乡建设局"), "abbreviation");
  EXPECT_EQ(ProbablySameUnit("区人社局", "区人力资源和社会保障局"), "abbreviation");
  EXPECT_EQ(ProbablySameUnit("县市场监管局", "县市场监督管理局"), "one is the other with a longer name");
  // Not the same: another place, another kind of body, a branch, a generic name, unrelated.
  EXPECT_EQ(ProbablySameUnit("市发改局", "县发展和改革局"), "");
  EXPECT_EQ(ProbablySameUnit("县发改委", "县发展和改革局"), "");
  EXPECT_EQ(ProbablySameUnit("市生态环境局", "市生态环境局桐溪分局"), "");
  EXPECT_EQ(ProbablySameUnit("办公室", "全国节约用水办公室"), "");
  EXPECT_EQ(ProbablySameUnit("县财政局", "县统计局"), "");
  EXPECT_EQ(ProbablySameUnit("县发展和改革局", "县发改局"), "");  // the short name comes first
}

TEST(Units, AliasFile) {
  const std::string path = testing::TempDir() + "/aliases.txt";
  {
    std::ofstream f(path, std::ios::binary);
    f << "# 别名 = 规范名\n县发改局 = "
         "县发展和改革局\r\n县发展改革局\t县发改局\n\n县住建局＝县住房和城乡建设局\n";
  }
  UnitAliases a;
  ASSERT_TRUE(a.AddFile(path).ok());
  EXPECT_EQ(a.size(), 3u);
  EXPECT_EQ(a.Canonical("县发改局"), "县发展和改革局");
  EXPECT_EQ(a.Canonical("县发展改革局"), "县发展和改革局");  // a chain is followed
  EXPECT_EQ(a.Canonical("县住建局"), "县住房和城乡建设局");
  EXPECT_EQ(a.Canonical("县财政局"), "县财政局");
  UnitAliases cycle;
  cycle.Add("甲局", "乙局");
  cycle.Add("乙局", "甲局");
  EXPECT_FALSE(cycle.Canonical("甲局").empty());  // ends
  {
    std::ofstream f(path, std::ios::binary);
    f << "县发改局 = 县发展和改革局\n只有一个名字\n";
  }
  Status st = UnitAliases().AddFile(path);
  EXPECT_FALSE(st.ok());
  EXPECT_EQ(st.line(), 2u);
  EXPECT_FALSE(UnitAliases().AddFile(path + ".missing").ok());
  std::remove(path.c_str());
}

// The sample's index agrees with its independent gold list: every unit leads
// exactly the tasks the gold list gives it.
TEST(Units, SampleIndexAgreesWithGold) {
  auto doc = ExtractFile(std::string(GONGWEN_SOURCE_DIR) + "/corpus/guxian-2023-gzbg-fengong.txt");
  ASSERT_TRUE(doc.ok());
  UnitIndexer indexer;
  indexer.Add(*doc);
  const UnitIndex index = indexer.Finish();
  std::map<std::string, std::set<std::string>> gold_leads;
  std::ifstream gold(std::string(GONGWEN_SOURCE_DIR) + "/corpus/guxian-2023-gzbg-fengong.tasks.gold.jsonl");
  std::string line;
  while (std::getline(gold, line)) {
    auto t = nlohmann::json::parse(line);
    for (const auto& u : t["lead_units"]) gold_leads[u.get<std::string>()].insert(t["id"].get<std::string>());
  }
  ASSERT_FALSE(gold_leads.empty());
  size_t compared = 0;
  for (const UnitRecord& u : index.units) {
    std::set<std::string> got;
    for (const UnitTaskRef& r : u.leads) got.insert(r.task);
    if (got.empty()) continue;
    EXPECT_EQ(got, gold_leads[u.name]) << u.name;
    ++compared;
  }
  EXPECT_EQ(compared, gold_leads.size());
  // Leaders: the county head and her portfolio.
  auto it = std::find_if(index.leaders.begin(), index.leaders.end(),
                         [](const LeaderRecord& l) { return l.name == "李晶"; });
  ASSERT_NE(it, index.leaders.end());
  EXPECT_EQ(it->titles, std::vector<std::string>{"常务副县长"});
  ASSERT_EQ(it->portfolios.size(), 1u);
  EXPECT_EQ(it->portfolios[0].rfind("负责县人民政府常务工作", 0), 0u);
}

TEST(Units, AliasesJoinSpellingsAcrossDocuments) {
  Document a, b;
  a.source.path = "a.txt";
  b.source.path = "b.txt";
  Task t1;
  t1.id = "1";
  t1.lead_units = {"县发改局"};
  t1.responsible_units = {"县发改局", "县财政局"};
  a.tasks.push_back(t1);
  Task t2;
  t2.id = "7";
  t2.lead_units = {"县发展和改革局"};
  t2.responsible_units = {"县发展和改革局"};
  b.tasks.push_back(t2);
  UnitIndexer plain;
  plain.Add(a);
  plain.Add(b);
  UnitIndex p = plain.Finish();
  EXPECT_EQ(p.units.size(), 3u);
  ASSERT_EQ(p.suggestions.size(), 1u);
  EXPECT_EQ(p.suggestions[0].name, "县发改局");
  EXPECT_EQ(p.suggestions[0].probably, "县发展和改革局");
  UnitAliases aliases;
  aliases.Add("县发改局", "县发展和改革局");
  UnitIndexer joined(aliases);
  joined.Add(a);
  joined.Add(b);
  UnitIndex j = joined.Finish();
  ASSERT_EQ(j.units.size(), 2u);
  EXPECT_EQ(j.units[0].name, "县发展和改革局");
  EXPECT_EQ(j.units[0].spellings, (std::vector<std::string>{"县发改局", "县发展和改革局"}));
  EXPECT_EQ(j.units[0].leads.size(), 2u);
  EXPECT_EQ(j.units[0].leads[1].source, "b.txt");
  EXPECT_TRUE(j.suggestions.empty());
  EXPECT_EQ(j.units[1].name, "县财政局");
  EXPECT_EQ(j.units[1].cooperates.size(), 1u);
}

}  // namespace
}  // namespace gongwen

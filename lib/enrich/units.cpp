// Units and leaders across documents (see gongwen/units.h).
#include "gongwen/units.h"

#include <algorithm>
#include <map>

#include "core/file.h"
#include "core/utf8.h"

namespace gongwen {

namespace {

std::u32string CodePoints(std::string_view s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) out += internal::NextCodePoint(s, i);
  return out;
}

bool IsDivision(char32_t cp) {
  return std::u32string_view(U"省市区县州盟旗镇乡").find(cp) != std::u32string_view::npos;
}

// Is `a` a subsequence of `b` (its characters in `b`, in order)?
bool Subsequence(std::u32string_view a, std::u32string_view b) {
  size_t j = 0;
  for (char32_t c : a) {
    while (j < b.size() && b[j] != c) ++j;
    if (j == b.size()) return false;
    ++j;
  }
  return true;
}

template <typename T>
void AddUnique(std::vector<T>& v, const T& x) {
  if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

// A task is added once per unit and list: tasks come one document at a time, in
// order, so a repeat can only be the last one added (no search through 10 000).
void AddTask(std::vector<UnitTaskRef>& v, const UnitTaskRef& ref) {
  if (v.empty() || !(v.back() == ref)) v.push_back(ref);
}

}  // namespace

// ---- UnitAliases -------------------------------------------------------------

void UnitAliases::Add(std::string_view alias, std::string_view canonical) {
  alias = internal::TrimSpaces(alias);
  canonical = internal::TrimSpaces(canonical);
  if (alias.empty() || canonical.empty() || alias == canonical) return;
  map_[std::string(alias)] = std::string(canonical);
}

Status UnitAliases::AddFile(const std::string& path) {
  return internal::ForEachListLine(path, [&](std::string_view l) {
    size_t sep = l.find('='), width = 1;
    if (sep == std::string_view::npos) sep = l.find("＝"), width = 3;
    if (sep == std::string_view::npos) sep = l.find('\t'), width = 1;
    if (sep == std::string_view::npos || internal::TrimSpaces(l.substr(0, sep)).empty() ||
        internal::TrimSpaces(l.substr(sep + width)).empty())
      return Status(StatusCode::kInvalidArgument, "expected \"alias = canonical name\"");
    Add(l.substr(0, sep), l.substr(sep + width));
    return Status();
  });
}

std::string UnitAliases::Canonical(std::string_view name) const {
  std::string current(name);
  for (size_t hops = 0; hops <= map_.size(); ++hops) {  // a cycle ends after every alias was tried
    auto it = map_.find(current);
    if (it == map_.end()) break;
    current = it->second;
  }
  return current;
}

// ---- suggestions -------------------------------------------------------------

namespace {

std::string SameUnitReason(const std::u32string& a, const std::u32string& b) {
  if (a.size() < 3 || b.size() <= a.size() || a == b) return "";
  // The same kind of body (局, 委, 办, 院, 会, 中心 …) and the same place.
  if (a.back() != b.back()) return "";
  if ((IsDivision(a.front()) || IsDivision(b.front())) && a.front() != b.front()) return "";
  // A name that begins with the other is a part of it (市生态环境局 → 市生态环境局桐溪分局).
  if (b.compare(0, a.size(), a) == 0) return "";
  // A generic name (办公室, 管委会) is not an abbreviation of a body that ends with it.
  for (std::u32string_view generic : {U"办公室", U"委员会", U"管委会", U"指挥部", U"领导小组", U"工作专班"})
    if (a == generic) return "";
  if (!Subsequence(a, b)) return "";
  return b.size() - a.size() <= 2 ? "one is the other with a longer name" : "abbreviation";
}

}  // namespace

std::string ProbablySameUnit(std::string_view short_name, std::string_view long_name) {
  return SameUnitReason(CodePoints(short_name), CodePoints(long_name));
}

// ---- UnitIndexer -------------------------------------------------------------

UnitIndexer::UnitIndexer(UnitAliases aliases) : aliases_(std::move(aliases)) {}

void UnitIndexer::Add(const Document& doc) {
  auto unit = [&](const std::string& printed) -> UnitRecord& {
    const std::string name = aliases_.Canonical(printed);
    UnitRecord& r = units_[name];
    if (r.name.empty()) r.name = name;
    AddUnique(r.spellings, printed);
    return r;
  };
  for (const Task& t : doc.tasks) {
    const UnitTaskRef ref{doc.source.path, t.id};
    std::vector<std::string> leading;
    for (const std::string& u : t.lead_units) {
      AddTask(unit(u).leads, ref);
      leading.push_back(aliases_.Canonical(u));
    }
    for (const auto* list : {&t.cooperating_units, &t.responsible_units})
      for (const std::string& u : *list)
        if (std::find(leading.begin(), leading.end(), aliases_.Canonical(u)) == leading.end())
          AddTask(unit(u).cooperates, ref);
    for (const Leader& l : t.leaders) {
      LeaderRecord& r = leaders_[l.name];
      r.name = l.name;
      for (const std::string& title : l.titles) AddUnique(r.titles, title);
      AddTask(r.tasks, ref);
    }
  }
  for (const Section& s : doc.sections) {
    if (!s.leader) continue;
    LeaderRecord& r = leaders_[s.leader->name];
    r.name = s.leader->name;
    for (const std::string& t : s.leader->titles) AddUnique(r.titles, t);
    if (!s.portfolio.empty()) AddUnique(r.portfolios, s.portfolio);
  }
}

UnitIndex UnitIndexer::Finish() const {
  UnitIndex index;
  for (const auto& [name, r] : units_) index.units.push_back(r);
  std::stable_sort(index.units.begin(), index.units.end(), [](const UnitRecord& a, const UnitRecord& b) {
    return a.leads.size() + a.cooperates.size() > b.leads.size() + b.cooperates.size();
  });
  for (const auto& [name, r] : leaders_) index.leaders.push_back(r);
  std::stable_sort(
      index.leaders.begin(), index.leaders.end(),
      [](const LeaderRecord& a, const LeaderRecord& b) { return a.tasks.size() > b.tasks.size(); });
  // Every pair of canonical names that end alike (a suggestion needs the same last character), the
  // shorter against the longer; each name decoded once.
  std::vector<std::pair<const std::string*, std::u32string>> decoded;
  decoded.reserve(units_.size());
  for (const auto& [name, r] : units_) decoded.emplace_back(&name, CodePoints(name));
  std::map<char32_t, std::vector<size_t>> by_last;
  for (size_t i = 0; i < decoded.size(); ++i)
    if (!decoded[i].second.empty()) by_last[decoded[i].second.back()].push_back(i);
  std::vector<std::pair<size_t, size_t>> pairs;  // (short, long), as indices into `decoded`
  for (const auto& [last, members] : by_last)
    for (size_t i : members)
      for (size_t j : members)
        if (decoded[i].second.size() < decoded[j].second.size() &&
            !SameUnitReason(decoded[i].second, decoded[j].second).empty())
          pairs.emplace_back(i, j);
  std::sort(pairs.begin(), pairs.end());  // `decoded` is in name order: suggestions sorted by name
  for (const auto& [i, j] : pairs)
    index.suggestions.push_back(
        {*decoded[i].first, *decoded[j].first, SameUnitReason(decoded[i].second, decoded[j].second)});
  return index;
}

}  // namespace gongwen

// gongwen/units.h — one name per unit across documents, and who does what.
//
// Notices spell one unit several ways (县发展和改革局, 县发改局). An alias file
// maps spellings to the canonical name; an index built over any number of
// documents then lists, per canonical unit, the tasks it leads and the tasks it
// cooperates on, and per leader the titles, portfolios and tasks; and it
// suggests spellings that probably mean one unit but no alias joins yet
// (县发改局 → 县发展和改革局: the short name's characters stand, in order, in the
// long one, with the same place and the same kind of body).
//
// The documents themselves are not changed: their tasks keep the units as
// printed. A UnitIndexer keeps only the index, never the documents, so a batch
// of any size can be indexed one document at a time. Not thread-safe: one
// indexer per thread, or a lock.
#ifndef GONGWEN_UNITS_H_
#define GONGWEN_UNITS_H_

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "gongwen/document.h"
#include "gongwen/export.h"
#include "gongwen/status.h"

namespace gongwen {

class GONGWEN_EXPORT UnitAliases {
 public:
  // Lines "别名 = 规范名" (or the two separated by a tab); blank lines and lines
  // starting with '#' are skipped. An error names the file and the line.
  Status AddFile(const std::string& path);
  void Add(std::string_view alias, std::string_view canonical);
  // The canonical name of `name`: itself unless an alias maps it (chains followed).
  std::string Canonical(std::string_view name) const;
  size_t size() const { return map_.size(); }

 private:
  std::map<std::string, std::string, std::less<>> map_;
};

struct UnitTaskRef {
  std::string source;  // the document's path
  std::string task;    // the task's id
  bool operator==(const UnitTaskRef&) const = default;
};

struct UnitRecord {
  std::string name;                     // canonical
  std::vector<std::string> spellings;   // every spelling seen, in the order first seen
  std::vector<UnitTaskRef> leads;       // tasks it leads (牵头)
  std::vector<UnitTaskRef> cooperates;  // tasks it is responsible for without leading (配合, 责任)
};

struct LeaderRecord {
  std::string name;
  std::vector<std::string> titles;  // every post printed with the name, one each (县长; 副县长, 县公安局局长)
  std::vector<std::string> portfolios;  // 负责…方面工作 from the leader's section
  std::vector<UnitTaskRef> tasks;
};

struct UnitSuggestion {
  std::string name;      // a spelling no alias maps
  std::string probably;  // the unit it probably is
  std::string reason;    // "abbreviation", "one is the other with a longer name"
};

struct UnitIndex {
  std::vector<UnitRecord> units;      // most tasks first, then by name
  std::vector<LeaderRecord> leaders;  // likewise
  std::vector<UnitSuggestion> suggestions;
};

class GONGWEN_EXPORT UnitIndexer {
 public:
  explicit UnitIndexer(UnitAliases aliases = {});
  void Add(const Document& document);
  UnitIndex Finish() const;

 private:
  UnitAliases aliases_;
  std::map<std::string, UnitRecord> units_;
  std::map<std::string, LeaderRecord> leaders_;
};

// Do two spellings probably name one unit? The reason, or "" if not.
GONGWEN_EXPORT std::string ProbablySameUnit(std::string_view short_name, std::string_view long_name);

}  // namespace gongwen

#endif  // GONGWEN_UNITS_H_

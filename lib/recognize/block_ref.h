// Internal: one recognized block seen whole — the block (with its role) and the
// facts found in it — as stages 4 and 5 read and write them. RecognizedBlocks
// keeps the two side by side so that the blocks move on into the Document
// without a copy; this view puts them back together for the code that reads both.
#ifndef GONGWEN_LIB_RECOGNIZE_BLOCK_REF_H_
#define GONGWEN_LIB_RECOGNIZE_BLOCK_REF_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "gongwen/recognize.h"

namespace gongwen::internal {

template <bool kConst>
struct BlockRef {
  template <typename T>
  using Q = std::conditional_t<kConst, const T, T>;
  Q<Block>& block;
  Q<BlockFacts>& facts;
  Q<Role>& role;
  Q<Marker>& marker;
  Q<std::vector<std::pair<std::string, std::string>>>& fields;
  Q<std::vector<ClauseMatch>>& clauses;

  std::string_view Field(std::string_view name) const { return facts.Field(name); }
};

using ConstBlockRef = BlockRef<true>;

// A heading that opens a section of tasks: a part's, a leader's, a unit's or a numbered one.
inline bool IsSectionHeading(Role role) {
  return role == Role::kPartHeading || role == Role::kLeaderHeading || role == Role::kUnitHeading ||
         role == Role::kHeading;
}

inline BlockRef<false> At(RecognizedBlocks& r, size_t i) {
  BlockFacts& f = r.facts[i];
  return {r.blocks[i], f, r.blocks[i].role, f.marker, f.fields, f.clauses};
}

inline ConstBlockRef At(const RecognizedBlocks& r, size_t i) {
  const BlockFacts& f = r.facts[i];
  return {r.blocks[i], f, r.blocks[i].role, f.marker, f.fields, f.clauses};
}

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_RECOGNIZE_BLOCK_REF_H_

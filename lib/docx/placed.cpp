// Placed text boxes back in reading order: tables rebuilt from their rules, the rest line by line.
#include "docx/placed.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <numeric>
#include <utility>

namespace gongwen::internal {

namespace {

constexpr int64_t kEmuPerPoint = 12700;
// How far apart two rules may stand and still meet, or be one edge of the grid: 3 pt (a converter rounds
// each line's place on its own).
constexpr int64_t kTolerance = 3 * kEmuPerPoint;
constexpr size_t kMostRules = 4000;
constexpr size_t kMostGridCells = 100000;

// A level rule at `at` (its y) from `from` to `to` (x), or an upright one at x from y to y.
struct Segment {
  int64_t at = 0, from = 0, to = 0;
};

struct Sets {  // union–find over the rules
  std::vector<size_t> parent;
  explicit Sets(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), size_t{0}); }
  size_t Find(size_t k) {
    while (parent[k] != k) k = parent[k] = parent[parent[k]];
    return k;
  }
  void Join(size_t a, size_t b) { parent[Find(a)] = Find(b); }
};

// The grid's edges: the rules' places, those within the tolerance of the one before taken as one.
std::vector<int64_t> Edges(std::vector<int64_t> at) {
  std::sort(at.begin(), at.end());
  std::vector<int64_t> edges;
  for (int64_t v : at)
    if (edges.empty() || v - edges.back() > kTolerance) edges.push_back(v);
  return edges;
}

// The edge a rule at `v` is, or -1.
int EdgeOf(const std::vector<int64_t>& edges, int64_t v) {
  auto it = std::lower_bound(edges.begin(), edges.end(), v - kTolerance);
  if (it == edges.end() || *it > v + kTolerance) return -1;
  return static_cast<int>(it - edges.begin());
}

// The band between two edges that `v` falls in, clamped to the grid.
size_t BandOf(const std::vector<int64_t>& edges, int64_t v) {
  const auto it = std::upper_bound(edges.begin(), edges.end(), v);
  const auto k = static_cast<size_t>(std::max<ptrdiff_t>(it - edges.begin() - 1, 0));
  return std::min(k, edges.size() - 2);
}

struct Grid {
  std::vector<int64_t> xs, ys;  // column and row edges
  size_t columns() const { return xs.size() - 1; }
  size_t rows() const { return ys.size() - 1; }
  // For each cell, the cell it belongs to (itself, or the one it continues): row * columns + column.
  std::vector<size_t> owner;
  bool Contains(int64_t x, int64_t y) const {
    return x > xs.front() && x < xs.back() && y > ys.front() && y < ys.back();
  }
};

// The grid one set of meeting rules draws, or nothing when it is no table (fewer than two columns).
bool MakeGrid(const std::vector<Segment>& level, const std::vector<Segment>& upright, Grid& grid) {
  if (level.size() < 2 || upright.size() < 3) return false;
  std::vector<int64_t> at;
  for (const Segment& s : upright) at.push_back(s.at);
  grid.xs = Edges(std::move(at));
  at.clear();
  for (const Segment& s : level) at.push_back(s.at);
  grid.ys = Edges(std::move(at));
  if (grid.xs.size() < 3 || grid.ys.size() < 2) return false;
  const size_t columns = grid.columns(), rows = grid.rows();
  if (columns * rows > kMostGridCells) return false;
  // Where a rule is drawn: over each column at each row edge, beside each row at each column edge.
  std::vector<char> ruled_above((rows + 1) * columns, 0), ruled_left(rows * (columns + 1), 0);
  for (const Segment& s : level) {
    const int r = EdgeOf(grid.ys, s.at);
    if (r < 0) continue;
    for (size_t c = 0; c < columns; ++c) {
      const int64_t mid = (grid.xs[c] + grid.xs[c + 1]) / 2;
      if (mid >= s.from - kTolerance && mid <= s.to + kTolerance)
        ruled_above[static_cast<size_t>(r) * columns + c] = 1;
    }
  }
  for (const Segment& s : upright) {
    const int c = EdgeOf(grid.xs, s.at);
    if (c < 0) continue;
    for (size_t r = 0; r < rows; ++r) {
      const int64_t mid = (grid.ys[r] + grid.ys[r + 1]) / 2;
      if (mid >= s.from - kTolerance && mid <= s.to + kTolerance)
        ruled_left[r * (columns + 1) + static_cast<size_t>(c)] = 1;
    }
  }
  grid.owner.resize(rows * columns);
  for (size_t r = 0; r < rows; ++r)
    for (size_t c = 0; c < columns; ++c) {
      const size_t k = r * columns + c;
      if (c > 0 && !ruled_left[r * (columns + 1) + c])
        grid.owner[k] = grid.owner[k - 1];
      else if (r > 0 && !ruled_above[r * columns + c])
        grid.owner[k] = grid.owner[k - columns];
      else
        grid.owner[k] = k;
    }
  return true;
}

// The rules, level and upright, each set of them that meet a grid if it draws one.
std::vector<Grid> Grids(const std::vector<PlacedRule>& rules) {
  std::vector<Segment> level, upright;
  for (const PlacedRule& r : rules) {
    const int64_t dx = std::abs(r.x1 - r.x0), dy = std::abs(r.y1 - r.y0);
    if (dx >= kTolerance && dy * 20 <= dx)
      level.push_back({(r.y0 + r.y1) / 2, std::min(r.x0, r.x1), std::max(r.x0, r.x1)});
    else if (dy >= kTolerance && dx * 20 <= dy)
      upright.push_back({(r.x0 + r.x1) / 2, std::min(r.y0, r.y1), std::max(r.y0, r.y1)});
  }
  std::vector<Grid> grids;
  if (level.size() + upright.size() > kMostRules) return grids;
  Sets sets(level.size() + upright.size());
  for (size_t h = 0; h < level.size(); ++h)
    for (size_t v = 0; v < upright.size(); ++v)
      if (upright[v].at >= level[h].from - kTolerance && upright[v].at <= level[h].to + kTolerance &&
          level[h].at >= upright[v].from - kTolerance && level[h].at <= upright[v].to + kTolerance)
        sets.Join(h, level.size() + v);
  std::vector<std::pair<std::vector<Segment>, std::vector<Segment>>> parts(sets.parent.size());
  for (size_t h = 0; h < level.size(); ++h) parts[sets.Find(h)].first.push_back(level[h]);
  for (size_t v = 0; v < upright.size(); ++v) parts[sets.Find(level.size() + v)].second.push_back(upright[v]);
  size_t cells = 0;  // in all the page's grids: bounded as one grid's are
  for (const auto& [l, u] : parts)
    if (Grid grid; MakeGrid(l, u, grid) && (cells += grid.owner.size()) <= kMostGridCells)
      grids.push_back(std::move(grid));
  std::sort(grids.begin(), grids.end(),
            [](const Grid& a, const Grid& b) { return a.ys.front() < b.ys.front(); });
  return grids;
}

}  // namespace

PlacedLayout LayOutPlaced(const std::vector<PlacedBox>& boxes, const std::vector<PlacedRule>& rules) {
  PlacedLayout layout;
  const std::vector<Grid> grids = Grids(rules);
  // Each box in the first grid its centre falls in, else free.
  std::vector<std::vector<std::vector<size_t>>> in_cell(grids.size());
  for (size_t g = 0; g < grids.size(); ++g) in_cell[g].resize(grids[g].owner.size());
  std::vector<size_t> free;
  for (size_t k = 0; k < boxes.size(); ++k) {
    const int64_t cx = boxes[k].x + boxes[k].w / 2, cy = boxes[k].y + boxes[k].h / 2;
    bool placed = false;
    for (size_t g = 0; g < grids.size() && !placed; ++g) {
      const Grid& grid = grids[g];
      if (!grid.Contains(cx, cy)) continue;
      const size_t cell = BandOf(grid.ys, cy) * grid.columns() + BandOf(grid.xs, cx);
      in_cell[g][grid.owner[cell]].push_back(k);
      placed = true;
    }
    if (!placed) free.push_back(k);
  }
  const auto top_first = [&](size_t a, size_t b) {
    return std::pair(boxes[a].y, boxes[a].x) < std::pair(boxes[b].y, boxes[b].x);
  };
  // A grid with no box in it is a drawing, no table; in one, a row with no box is nothing to read.
  std::vector<size_t> table_of(grids.size(), std::numeric_limits<size_t>::max());
  for (size_t g = 0; g < grids.size(); ++g) {
    const Grid& grid = grids[g];
    if (std::all_of(in_cell[g].begin(), in_cell[g].end(),
                    [](const std::vector<size_t>& c) { return c.empty(); }))
      continue;
    PlacedTable table;
    for (size_t r = 0; r < grid.rows(); ++r) {
      std::vector<PlacedCell> row(grid.columns());
      bool opens = false;  // a cell with a box starts in the row
      for (size_t c = 0; c < grid.columns(); ++c) {
        const size_t k = r * grid.columns() + c, owner = grid.owner[k];
        if (owner == k) {
          opens = opens || !in_cell[g][k].empty();
          row[c].boxes = std::move(in_cell[g][k]);
          std::sort(row[c].boxes.begin(), row[c].boxes.end(), top_first);
        } else if (owner / grid.columns() == r) {
          row[c].spanned = true;
        } else {
          row[c].merged_above = true;
        }
      }
      if (opens) table.rows.push_back(std::move(row));
    }
    table_of[g] = layout.tables.size();
    layout.tables.push_back(std::move(table));
  }
  // The free boxes a line at a time (a box whose middle is level with a line's boxes is on it), left to
  // right; a table before the first line under its top.
  std::sort(free.begin(), free.end(), top_first);
  size_t next_table = 0;
  for (size_t i = 0; i < free.size();) {
    const PlacedBox& first = boxes[free[i]];
    for (; next_table < grids.size() && grids[next_table].ys.front() <= first.y; ++next_table)
      if (table_of[next_table] != std::numeric_limits<size_t>::max())
        layout.order.push_back({true, table_of[next_table]});
    const int64_t bottom = first.y + std::max<int64_t>(first.h, 1);
    size_t j = i + 1;
    while (j < free.size() && boxes[free[j]].y + boxes[free[j]].h / 2 < bottom) ++j;
    std::sort(free.begin() + static_cast<ptrdiff_t>(i), free.begin() + static_cast<ptrdiff_t>(j),
              [&](size_t a, size_t b) { return boxes[a].x < boxes[b].x; });
    for (; i < j; ++i) layout.order.push_back({false, free[i]});
  }
  for (; next_table < grids.size(); ++next_table)
    if (table_of[next_table] != std::numeric_limits<size_t>::max())
      layout.order.push_back({true, table_of[next_table]});
  return layout;
}

}  // namespace gongwen::internal

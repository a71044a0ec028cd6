// Internal: what the columns of a task table mean.
#ifndef GONGWEN_LIB_RECOGNIZE_TABLE_H_
#define GONGWEN_LIB_RECOGNIZE_TABLE_H_

#include <string>
#include <string_view>
#include <vector>

namespace gongwen::internal {

enum class Column {
  kUnknown,      // kept as an extra field under its header
  kNumber,       // 序号
  kTask,         // 重点任务, 工作任务, 项目名称, 改革举措, 任务
  kContent,      // 主要内容, 目标, 工作措施
  kLeader,       // 责任领导, 分管领导
  kLead,         // 牵头单位
  kResponsible,  // 责任单位, 指导部门
  kCooperating,  // 配合单位
  kDeadline,     // 完成时限
  kItems,  // 任务编号: the numbers of the text's tasks a row assigns (a table of units keyed by task)
};

// The meaning of a header cell by its words (whitespace and bracketed notes ignored).
Column ColumnOf(std::string_view header);

// Where a header names the leads and the helpers of one column, parted by a slash (牵头单位/配合单位, its
// cells 县发改局/县财政局、县自然资源局): the slash's byte in the header; npos for any other header.
size_t SlashedLeadAndHelpers(std::string_view header);

// Whether a sub-column under the leaders' group names a detail of the leader beside it (职务, 电话, 单位), no
// leader of its own (A角 | B角 are leaders).
bool LeaderDetailColumn(std::string_view name);

// Whether a sub-column under 责任单位 names a tier of units, each tier's the task's too (县直部门 |
// 乡镇（街道）, 市直单位 | 县（市、区）, 属地): no detail of theirs (联系人, 电话, 职务, 责任人) nor their
// word on the task (部门意见, 落实情况, 备注).
bool UnitTierColumn(std::string_view name);

// Whether a group header spans a column per area, each cell its share of the row's target
// (各县（市、区）目标任务, 分地区目标): the names under it are units, and a cell's value gives its area a
// part.
bool AreasTargetsGroup(std::string_view header);

// The meanings of a header row's cells. With no task column, the first content column is the
// task's when a unit column is there too (序号 | 工作内容 | 目标任务 | 分管领导 | 责任单位). Beside a task
// column, 任务编号 is the row's own number.
std::vector<Column> HeaderColumns(const std::vector<std::string>& cells);

// A header row names a task column (as HeaderColumns reads it) and at least one other known column.
bool IsTaskTableHeader(const std::vector<std::string>& cells);

// An item of a cell that numbers its lines (1.…⏎2.…⏎3.…): [begin, end) in the cell, its number, and the
// bytes its marker takes.
struct CellItem {
  size_t begin = 0;
  size_t end = 0;
  int number = 0;
  size_t marker_length = 0;
};

// The work a leader has a part in, as a table by leader names its column: a role (牵头, 协助) and a
// leader's verb (包抓, 包联, 包保, 分管, 领办) before 工作, 任务 or 事项 (牵头包抓的重点工作, 协助分管事项).
bool LeaderWorkColumn(std::string_view words);

// The tasks of a leader's row's cell in a table by leader: its numbered items (NumberedCellItems, running),
// else, unless it says none, the whole cell one item (numbered as its first line is, or 0).
std::vector<CellItem> LeaderCellItems(std::string_view cell);

// The lines of a cell that hold text, each trimmed ([begin, end) in the cell; no number, no marker): a row
// stacking several tasks gives the k-th of each cell to its k-th task.
std::vector<CellItem> CellLines(std::string_view cell);

// The numbers of a 序号 cell that stacks several rows' (1⏎2⏎3, 29⏎30⏎31): a number a line, counting up by
// one, two at least; empty for any other cell.
std::vector<int> StackedNumbers(std::string_view cell);

// A cell that says its row has none (/, 无, 暂无, a run of dashes of any width).
bool SaysNone(std::string_view cell);

// The items of a cell whose lines number them 1, 2, 3, … (1.  1．  1、 or （1）, one numbering throughout; a
// line with no number goes on with the item above it), two at least and 200 at most; empty for any other
// cell. `running`: the cell's numbers go on from a cell above (4．…⏎5．…, a leader's row of a table
// numbering its tasks through): the first line an item, numbered from any number on, one item enough.
// `deeper`: a line numbered a level below the items' (（1）… under 12．…) goes on with the item above it, as
// a field's item's own list of measures does.
std::vector<CellItem> NumberedCellItems(std::string_view cell, bool running = false, bool deeper = false);

// The tasks a field's cell numbers on through its table (围绕…重点抓好以下工作：⏎1．…（牵头单位：A）⏎2．…), a
// lead-in line before the first passed over: the cell's items from its first line that opens with an Arabic
// number, numbered from any number on; empty where fewer than two.
std::vector<CellItem> FieldCellItems(std::string_view cell);

// A cell whose lines give the items of a row's task cell their values by number (1．法工委、监察司法工委 ⏎
// 2．社会建设工委, or one line for two, 1、2．财经委、预算工委 ⏎ 3．财经委): each line's numbers (from 1 to
// `items`) with its value, [begin, end) in the cell; empty unless every line (but wrapped ones) opens so.
// Or keyed after the value by the tasks' own numbers, items `first` on (市教育局（第27项）⏎
// 市人力资源和社会保障局（第28项）; 县委常委、组织部部长⏎孙志刚（第34、35项）, its lines before the key the
// value's; 王勇（第15—17项）): the numbers counted from the first item's as 1; empty unless every line
// but the value's lines before its key ends so.
struct KeyedLine {
  std::vector<int> numbers;
  size_t begin = 0;
  size_t end = 0;
};
std::vector<KeyedLine> KeyedCellLines(std::string_view cell, int items, int first = 1);

// A cell holding a table of its own (DOCX: a nested w:tbl, which the reader writes a line a row, `| a | b |`)
// whose rows pair labels with values (分管局领导 | 王建华 ⏎ 牵头科室 | 大气环境科): its lines as a clause's,
// `label：value` (a row of two pairs, `label：value；label：value`); other lines as they are. Empty when no
// line is such a row.
std::string NestedRowsAsLabels(std::string_view cell);

}  // namespace gongwen::internal

#endif  // GONGWEN_LIB_RECOGNIZE_TABLE_H_

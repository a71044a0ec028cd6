#include "recognize/table.h"

#include <algorithm>
#include <optional>
#include <string>

#include "core/utf8.h"
#include "patterns/marker.h"
#include "recognize/clauses.h"

namespace gongwen::internal {

namespace {

struct Meaning {
  std::string_view word;
  Column column;
};

// Checked in order, the first word found decides: 领导 before 牵头 (牵头市领导), 配合 before 单位
// words, so that 配合单位 cooperates; 目标 covers 工作目标 and 目标任务 (目标值 is a value, ColumnOf).
constexpr Meaning kMeanings[] = {
    {"任务编号", Column::kItems},  // before 编号 and 任务
    {"任务序号", Column::kItems},
    {"任务号", Column::kItems},
    // 任务来源 (政府工作报告, 常务会议), 任务类别, 事项类型: where the task comes from or what kind it is,
    // kept as an extra field, not the task's words.
    {"来源", Column::kUnknown},
    // 任务数 | 已完成 | 滞后: a statistics table's counts (the tasks of each kind), no task's words.
    {"任务数", Column::kUnknown},
    {"项数", Column::kUnknown},
    {"类别", Column::kUnknown},
    {"类型", Column::kUnknown},
    // 任务状态, 办理状态 (进行中, 已完成): where the task stands, a 台账's field (目标状态, 完成时限及状态
    // are their columns').
    {"任务状态", Column::kUnknown},
    {"办理状态", Column::kUnknown},
    {"推进状态", Column::kUnknown},
    {"进展状态", Column::kUnknown},
    {"落实状态", Column::kUnknown},
    {"序号", Column::kNumber},
    {"编号", Column::kNumber},
    {"领导", Column::kLeader},  // before 牵头: 牵头市领导 is a leader
    {"配合", Column::kCooperating},
    {"协办", Column::kCooperating},
    {"协同", Column::kCooperating},
    {"参与", Column::kCooperating},
    {"参加", Column::kCooperating},  // 参加单位
    {"协助", Column::kCooperating},
    {"会办", Column::kCooperating},
    {"牵头", Column::kLead},
    {"主责", Column::kLead},
    // 揭榜单位: a 揭榜挂帅 list's unit that took up the project, its lead (挂帅县领导 its leader, above).
    {"揭榜", Column::kLead},
    {"责任人", Column::kLeader},
    {"时限", Column::kDeadline},
    {"完成时间", Column::kDeadline},
    {"时间节点", Column::kDeadline},
    {"进度", Column::kDeadline},
    {"责任单位", Column::kResponsible},
    {"责任部门", Column::kResponsible},
    {"负责单位", Column::kResponsible},
    {"负责部门", Column::kResponsible},
    {"责任专班", Column::kResponsible},  // 责任专班（单位）: a task force's name, or units (BuildGroups)
    // 责任分工, 职责分工: a cell of labelled lines (责任领导：X ⏎ 牵头单位：A ⏎ 配合单位：B), read as a
    // clause.
    {"责任分工", Column::kResponsible},
    {"职责分工", Column::kResponsible},
    {"指导部门", Column::kResponsible},
    {"承办单位", Column::kResponsible},
    {"实施单位", Column::kResponsible},
    {"落实单位", Column::kResponsible},
    {"主要内容", Column::kContent},
    {"工作内容", Column::kContent},
    {"目标", Column::kContent},
    {"措施", Column::kContent},
    {"指标名称", Column::kTask},
    {"考核指标", Column::kTask},  // a 目标责任书's table: each indicator a task, beside its 目标值 and 分值
    {"评价指标", Column::kTask},
    {"考核项目", Column::kTask},
    {"具体举措", Column::kContent},
    {"主要举措", Column::kContent},
    {"时间安排", Column::kDeadline},
    {"完成期限", Column::kDeadline},
    {"任务", Column::kTask},
    {"议题", Column::kTask},  // 会议议题: a meeting's agenda items, each the task of the units beside it
    // 问题描述, 企业诉求: a 交办清单's problems raised by firms or the public, each handed to units to solve.
    {"问题描述", Column::kTask},
    {"问题内容", Column::kTask},
    {"反映问题", Column::kTask},
    {"诉求", Column::kTask},
    {"项目名称", Column::kTask},
    {"改革举措", Column::kTask},
    {"改革项目", Column::kTask},
    {"事项", Column::kTask},
    {"工作", Column::kTask},
    {"重点项目", Column::kTask},
};

// A project's owner (业主单位, 项目业主, 建设单位, 项目单位): the body that builds it.
bool IsOwnerColumn(std::string_view words) {
  for (std::string_view owner :
       {"业主单位", "项目业主", "项目业主单位", "业主", "建设单位", "项目建设单位", "项目单位"})
    if (words == owner) return true;
  return false;
}

}  // namespace

bool LeaderWorkColumn(std::string_view words) {
  if (!words.ends_with("工作") && !words.ends_with("任务") && !words.ends_with("事项")) return false;
  if (ContainsText(words, "单位") || ContainsText(words, "部门")) return false;
  bool role = false, verb = false;
  for (std::string_view r : {"牵头", "主抓", "协助", "配合", "参与", "协同"})
    role = role || words.starts_with(r);
  for (std::string_view v : {"包抓", "包联", "包保", "分管", "领办"}) verb = verb || ContainsText(words, v);
  return role && verb;
}

size_t SlashedLeadAndHelpers(std::string_view header) {
  for (std::string_view slash : {"/", "／"})
    if (const size_t at = header.find(slash); at != std::string_view::npos && at > 0)
      return ColumnOf(header.substr(0, at)) == Column::kLead &&
                     ColumnOf(header.substr(at + slash.size())) == Column::kCooperating
                 ? at
                 : std::string_view::npos;
  return std::string_view::npos;
}

Column ColumnOf(std::string_view header) {
  std::string words, bracket;  // the words outside brackets, and those inside
  int depth = 0;
  for (size_t i = 0; i < header.size();) {
    size_t b = i;
    char32_t cp = NextCodePoint(header, i);
    if (cp == U'（' || cp == U'(') ++depth;
    else if ((cp == U'）' || cp == U')') && depth > 0) --depth;
    else if (depth == 0 && !IsSpace(cp)) words.append(header.substr(b, i - b));
    else if (depth > 0 && !IsSpace(cp))
      bracket.append(header.substr(b, i - b));
  }
  if (words.empty() || CountCodePoints(words) > 12) return Column::kUnknown;
  // 牵头单位/配合单位: both in one column, each cell parted by its slash (AddClausePart).
  if (SlashedLeadAndHelpers(words) != std::string_view::npos) return Column::kResponsible;
  // 责任单位（牵头）, 责任部门（配合）: the bracket gives the units' role.
  if (words.ends_with("单位") || words.ends_with("部门") || words.ends_with("科室") ||
      words.ends_with("处室")) {
    if (bracket == "牵头" || bracket == "主办" || bracket == "主责" || bracket == "牵头单位")
      return Column::kLead;
    if (bracket == "配合" || bracket == "协办" || bracket == "协助" || bracket == "参与")
      return Column::kCooperating;
  }
  if (words == "项目") return Column::kTask;  // the cell alone: 项目数, 建设项目 are not the task's column
  // 分年度目标 over 2024年 | 2025年 | 2026年: a target by year, each year's cell its own, no task's words.
  if (words.starts_with("分年度")) return Column::kUnknown;
  // 县级部门（单位）职责 | 乡镇（街道）配合职责: what a party does, in words, no units (a
  // 履行职责事项清单's); 县级部门（单位） | 市直部门: the units of a level, those responsible. (Not 工作职责,
  // 主要职责: the tasks' own words.)
  if (words.ends_with("职责"))
    for (std::string_view party : {"部门", "单位", "乡镇", "街道", "村", "社区"})
      if (ContainsText(words, party)) return Column::kUnknown;
  for (std::string_view level :
       {"省级部门", "市级部门", "县级部门", "区级部门", "省直部门", "市直部门", "县直部门", "区直部门"})
    if (words == level) return Column::kResponsible;
  if (IsOwnerColumn(words)) return Column::kResponsible;  // the project's owner carries it out
  // The government's body over a project beside its owner (项目业主 | 行业主管部门): responsible for it.
  for (std::string_view in_charge : {"行业主管部门", "主管部门", "主管单位"})
    if (words == in_charge) return Column::kResponsible;
  // 牵头任务 | 配合任务, 承担任务（填附件1序号）: a unit's row keyed by the numbers of the tasks it leads or
  // helps with (a header that names a role of them, or says its cells hold numbers); 科室, 处室: the units'
  // own column (not 单位 alone, a measure's: 指标 | 单位 | 目标).
  if ((words.ends_with("任务") || words.ends_with("事项")) && CountCodePoints(words) == 4) {
    for (std::string_view role : {"牵头", "配合", "协办", "参与", "主责", "协同"})
      if (words.starts_with(role)) return Column::kItems;
    if (words.starts_with("承担") &&
        (header.find("序号") != std::string_view::npos || header.find("编号") != std::string_view::npos))
      return Column::kItems;
  }
  for (std::string_view body : {"科室", "处室", "股室", "科室单位", "处室单位"})
    if (words == body) return Column::kResponsible;
  // 其他部门, 其他单位: the units a matrix has no column of its own for, beside those it marks; they help.
  for (std::string_view other : {"其他部门", "其它部门", "其他单位", "其它单位", "其他科室", "其他处室"})
    if (words == other) return Column::kCooperating;
  // 工作任务及责任分工, 重点任务和责任单位: the task's words with its responsibility under them, a task
  // column (its labelled lines read as the task's clauses).
  for (std::string_view both : {"及", "和", "与"})
    if (const size_t at = words.find(both);
        at != std::string::npos && words.substr(0, at).find("任务") != std::string::npos &&
        (words.find("责任", at) != std::string::npos || words.find("分工", at) != std::string::npos))
      return Column::kTask;
  // 责任单位及承担分值, 责任单位和分值: the units, each with the points it answers for after its name.
  for (std::string_view both : {"及", "和", "与"})
    if (const size_t at = words.find(both);
        at != std::string::npos &&
        (ContainsText(words.substr(at), "分值") || ContainsText(words.substr(at), "分数") ||
         ContainsText(words.substr(at), "得分") || ContainsText(words.substr(at), "赋分")))
      if (const Column units = ColumnOf(words.substr(0, at));
          units == Column::kResponsible || units == Column::kLead || units == Column::kCooperating)
        return units;
  // 目标值, 预期值, 分值: a value beside the task, kept as a field of its own, not its words.
  if (words.ends_with("值")) return Column::kUnknown;
  // A body's own offices and the like: 责任科室, 负责处室, 承办股室, 责任司局, 承办部门, 责任乡镇, 承担单位,
  // 主办单位 (its lead, beside a 协办单位), 责任村（社区） (a township's villages); not 负责人, 承办事项,
  // 责任目标. 主要责任单位 | 其他责任单位 (次要, 协同): the unit that leads and those that help, said without
  // 牵头 and 配合 (a 分线领导牵头负责制's table; 主要 | 其他 under a 责任单位 header, read with it).
  for (std::string_view body : {"单位", "部门", "科室", "处室"})
    if (words.ends_with(body) && words.size() == body.size() + 12)
      for (const auto& [role, column] : {std::pair<std::string_view, Column>{"主要责任", Column::kLead},
                                         {"其他责任", Column::kCooperating},
                                         {"次要责任", Column::kCooperating},
                                         {"协同责任", Column::kCooperating}})
        if (words.starts_with(role)) return column;
  for (std::string_view body : {"科室", "处室", "股室", "司局", "站所", "主体", "机构", "单位", "部门",
                                "乡镇", "委", "委室", "村", "社区", "村居"})
    if (words.ends_with(body) && words.size() <= body.size() + 9)
      for (const auto& [role, column] : {std::pair<std::string_view, Column>{"责任", Column::kResponsible},
                                         {"负责", Column::kResponsible},
                                         {"承办", Column::kResponsible},
                                         {"承担", Column::kResponsible},
                                         {"主办", Column::kLead}})
        if (words.starts_with(role)) return column;
  // 牵头包抓的重点工作 | 协助包抓的重点工作: a table by leader (a row per 县级领导), the tasks he leads in
  // one cell, numbered on through the table, and in the other the numbers of those he helps with.
  if (LeaderWorkColumn(words)) {
    for (std::string_view helps : {"协助", "配合", "参与", "协同"})
      if (words.starts_with(helps)) return Column::kItems;
    return Column::kTask;
  }
  // 牵头主席, 分管副主席, 联系县长: a leader's post after the role the column gives him (a 政协's table:
  // 牵头主席 | 承办委室 | 协办委室); not a person's name and post (孙继平副市长, a cell).
  for (std::string_view post : {"主席", "县长", "市长", "区长", "镇长", "书记", "院长", "校长"})
    if (words.ends_with(post) && CountCodePoints(words) <= 6)
      for (std::string_view role : {"牵头", "分管", "联系", "责任", "包抓", "挂钩", "主管", "协管", "负责"})
        if (words.starts_with(role)) return Column::kLeader;
  for (const Meaning& m : kMeanings)
    if (words.find(m.word) != std::string::npos) return m.column;
  // 整改责任, 直接责任: no other meaning, a group header over a rectification list's 责任领导 and 责任股室,
  // or the units' own (not 目标责任, 领导责任, 牵头责任: read by their first words above).
  if (words.ends_with("责任") && CountCodePoints(words) <= 6) return Column::kResponsible;
  return Column::kUnknown;
}

// Whether a header keys a table's rows by the tasks they lead or help with (牵头任务, 配合任务,
// 承担任务（填…序号）).
bool RoleKeyed(std::string_view header) {
  for (std::string_view role : {"牵头", "配合", "协办", "参与", "主责", "协同", "承担", "协助"})
    if (header.starts_with(role)) return true;
  return false;
}

bool AreasTargetsGroup(std::string_view header) {
  // (Or the units' shares a target is split into, 分局分解目标, 目标分解.)
  // (分解 only with the areas' or branches' word: 任务分解 over 指标 | 计量单位 | 目标值 is a target's.)
  bool split = false;
  if (ContainsText(header, "分解"))
    for (std::string_view area : {"分局", "县", "区", "乡", "镇", "街道"})
      split = split || ContainsText(header, area);
  const bool areas = header.starts_with("各") || ContainsText(header, "分地区") ||
                     ContainsText(header, "分县") || ContainsText(header, "分区县") || split;
  // (Not a report of what each has done: 各县（市、区）任务完成情况, 进展.)
  if (ContainsText(header, "完成情况") || ContainsText(header, "进展") || ContainsText(header, "进度"))
    return false;
  return areas &&
         (ContainsText(header, "目标") || ContainsText(header, "任务") || ContainsText(header, "指标"));
}

bool LeaderDetailColumn(std::string_view name) {
  for (std::string_view w : {"职务", "职位", "职级", "电话", "手机", "联系", "单位", "部门"})
    if (ContainsText(name, w)) return true;
  return false;
}

bool UnitTierColumn(std::string_view name) {
  for (std::string_view detail :
       {"电话", "联系", "职务", "责任人", "负责人", "意见", "情况", "说明", "备注", "签"})
    if (ContainsText(name, detail)) return false;
  for (std::string_view tier : {"部门", "单位", "乡镇", "乡（镇）", "街道", "县（市、区）", "县市区", "区县",
                                "市直", "县直", "区直", "属地", "园区"})
    if (ContainsText(name, tier)) return true;
  return false;
}

// A column of those who carry the task out where it is done: the villages (责任村, 责任村（社区）, 责任社区)
// or a project's owner (业主单位, 项目业主, 建设单位).
bool CarriersColumn(std::string_view header) {
  const std::string_view words = header.substr(0, header.find("（"));
  return words.ends_with("村") || words.ends_with("社区") || words.ends_with("村居") || IsOwnerColumn(words);
}

std::vector<Column> HeaderColumns(const std::vector<std::string>& cells) {
  std::vector<Column> columns;
  columns.reserve(cells.size());
  bool task = false, units = false;
  for (const std::string& cell : cells) {
    const Column c = columns.emplace_back(ColumnOf(cell));
    task = task || c == Column::kTask;
    units = units || c == Column::kLead || c == Column::kResponsible || c == Column::kCooperating;
  }
  // 责任村（社区） or 业主单位 beside a column of those who lead or are responsible (责任单位, 牵头站所): the
  // villages, or the project's owner, carry the task out, helping the units named for it (beside helpers
  // alone, they are the ones).
  for (size_t k = 0; k < cells.size(); ++k) {
    if (columns[k] != Column::kResponsible || !CarriersColumn(cells[k])) continue;
    for (size_t j = 0; j < columns.size(); ++j)
      if (j != k && (columns[j] == Column::kLead ||
                     (columns[j] == Column::kResponsible && !CarriersColumn(cells[j])))) {
        columns[k] = Column::kCooperating;
        break;
      }
  }
  // 重点工作 | 具体任务, 工作要点 | 具体措施: a field of work (重点工作, 工作要点, 工作类别, 重点领域), merged down
  // over the rows it holds, beside a later column of each row's own task (or, under 工作要点, measure): a
  // group, kept as an extra field of each task, not its words; the later column holds them. (工作任务 | 具体措施,
  // 改革事项 | 具体举措 and 重点工作 | 具体举措及目标 are a task and its measures, the task's words both.)
  for (size_t k = 0; k < cells.size(); ++k) {
    if (columns[k] != Column::kTask) continue;
    const std::string_view name = TrimSpaces(cells[k]);
    if (ContainsText(name, "任务") || ContainsText(name, "事项") || ContainsText(name, "项目") ||
        !(name.ends_with("工作") || name.ends_with("要点") || name.ends_with("类别") || name.ends_with("领域")))
      continue;
    for (size_t j = k + 1; j < cells.size(); ++j)
      if ((columns[j] == Column::kTask && ContainsText(cells[j], "任务")) ||
          (columns[j] == Column::kContent && name.ends_with("要点") &&
           (ContainsText(cells[j], "措施") || ContainsText(cells[j], "举措")))) {
        columns[k] = Column::kUnknown;
        columns[j] = Column::kTask;
        break;
      }
  }
  if (!task && units)
    if (auto first = std::find(columns.begin(), columns.end(), Column::kContent); first != columns.end()) {
      *first = Column::kTask;
      task = true;
    }
  // 任务编号 keys a table of units only where no column holds the task's own words (a task's, a content's, or
  // one of no known meaning): beside one it is the row's own number.
  // (A cell a merge above spans, empty, holds nothing of the task.)
  // (Nor does a remark's, 备注, 联系人; and a column that keys the rows by a role, 牵头任务 | 配合任务, is no
  // row's number whatever stands beside it.)
  bool words = task;
  for (size_t k = 0; k < columns.size() && !words; ++k)
    words =
        columns[k] == Column::kContent ||
        (columns[k] == Column::kUnknown && !cells[k].empty() && cells[k].find("备注") == std::string::npos &&
         cells[k].find("联系") == std::string::npos && cells[k].find("说明") == std::string::npos);
  if (words)
    for (size_t k = 0; k < columns.size(); ++k)
      if (columns[k] == Column::kItems && !RoleKeyed(cells[k])) columns[k] = Column::kNumber;
  return columns;
}

bool IsTaskTableHeader(const std::vector<std::string>& cells) {
  // A header names columns: no cell of it is a sentence (…。), and its first is no row's number (13 |
  // 重点项目攻坚 | …, whose task reads like a column's name); a year may head a column (| 2024 | 2025 |).
  for (const std::string& c : cells)
    if (FindText(c, "。") != std::string::npos) return false;
  const auto first =
      std::find_if(cells.begin(), cells.end(), [](const std::string& c) { return !c.empty(); });
  if (first != cells.end() && first->size() <= 3 &&
      std::all_of(first->begin(), first->end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
    return false;
  bool task = false;
  int known = 0;
  for (Column c : HeaderColumns(cells)) {
    task = task || c == Column::kTask || c == Column::kItems;
    known += c != Column::kUnknown;
  }
  return task && known >= 2;
}

std::vector<CellItem> LeaderCellItems(std::string_view cell) {
  std::vector<CellItem> items = NumberedCellItems(cell, /*running=*/true);
  const std::string_view whole = TrimSpaces(cell);
  if (!items.empty() || whole.empty() || SaysNone(whole)) return items;
  const auto begin = static_cast<size_t>(whole.data() - cell.data());
  const Marker m = ReadMarker(whole);
  const bool numbered = m.kind == MarkerKind::kArabic && m.length < whole.size();
  items.push_back({begin, begin + whole.size(), numbered ? m.number : 0, numbered ? m.length : 0});
  return items;
}

std::vector<CellItem> CellLines(std::string_view cell) {
  std::vector<CellItem> lines;
  for (size_t at = 0; at <= cell.size();) {
    size_t end = cell.find('\n', at);
    if (end == std::string_view::npos) end = cell.size();
    const std::string_view line = TrimSpaces(cell.substr(at, end - at));
    if (!line.empty()) {
      const auto begin = static_cast<size_t>(line.data() - cell.data());
      lines.push_back({begin, begin + line.size(), 0, 0});
    }
    at = end + 1;
  }
  return lines;
}

std::vector<int> StackedNumbers(std::string_view cell) {
  std::vector<int> numbers;
  if (cell.find('\n') == std::string_view::npos) return numbers;
  for (const CellItem& line : CellLines(cell)) {
    const std::string_view n = cell.substr(line.begin, line.end - line.begin);
    if (n.size() > 3 || !std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
        (!numbers.empty() && LeadingNumber(n) != numbers.back() + 1))
      return {};
    numbers.push_back(LeadingNumber(n));
  }
  if (numbers.size() < 2) numbers.clear();
  return numbers;
}

bool SaysNone(std::string_view cell) {
  const std::string_view c = TrimSpaces(cell);
  if (c.empty()) return false;
  if (c == "无" || c == "暂无") return true;
  // (A run of one mark: —, ——, --, /, a dash of any width.)
  static constexpr std::u32string_view kMarks = U"—－-–―─/／";
  for (size_t i = 0; i < c.size();)
    if (kMarks.find(NextCodePoint(c, i)) == std::u32string_view::npos) return false;
  return true;
}

std::vector<CellItem> FieldCellItems(std::string_view cell) {
  size_t from = 0;  // the first line opening with an Arabic number
  while (from < cell.size() && ReadMarker(cell.substr(from)).kind != MarkerKind::kArabic) {
    const size_t nl = cell.find('\n', from);
    from = nl == std::string_view::npos ? cell.size() : nl + 1;
  }
  if (from >= cell.size()) return {};
  std::vector<CellItem> items = NumberedCellItems(cell.substr(from), /*running=*/true, /*deeper=*/true);
  if (items.size() < 2) return {};
  for (CellItem& item : items) {
    item.begin += from;
    item.end += from;
  }
  return items;
}

std::vector<CellItem> NumberedCellItems(std::string_view cell, bool running, bool deeper) {
  constexpr size_t kMaxCellItems = 200;
  std::vector<CellItem> items;
  if (!running && cell.find('\n') == std::string_view::npos) return items;
  MarkerKind kind = MarkerKind::kNone;
  int first = 1;  // the number the cell's first item has
  for (size_t at = 0; at < cell.size();) {
    size_t end = cell.find('\n', at);
    if (end == std::string_view::npos) end = cell.size();
    const std::string_view line = TrimSpaces(cell.substr(at, end - at));
    if (!line.empty()) {
      const Marker m = ReadMarker(line);
      const size_t begin = static_cast<size_t>(line.data() - cell.data());
      if (running && items.empty() && m.number > 0) first = m.number;
      const bool below = deeper && kind == MarkerKind::kArabic &&
                         (m.kind == MarkerKind::kParenArabic || m.kind == MarkerKind::kCircled);
      if ((m.kind == MarkerKind::kNone || below) && !items.empty()) {
        items.back().end = begin + line.size();  // the item above, wrapped
      } else if ((m.kind != MarkerKind::kArabic && m.kind != MarkerKind::kParenArabic) ||
                 (kind != MarkerKind::kNone && m.kind != kind) ||
                 m.number != first + static_cast<int>(items.size()) || m.length >= line.size()) {
        return {};
      } else {
        kind = m.kind;
        items.push_back({begin, begin + line.size(), m.number, m.length});
        if (items.size() > kMaxCellItems) return {};  // a list, not a unit's tasks
      }
    }
    at = end + 1;
  }
  if (items.size() < (running ? 1u : 2u)) items.clear();
  return items;
}

namespace {

// KeyedCellLines' second form: each value keyed after it by the tasks' numbers, （第27项）.
std::vector<KeyedLine> KeyedAfterLines(std::string_view cell, int items, int first) {
  std::vector<KeyedLine> out;
  std::optional<size_t> begin;  // where the value the next key closes began
  for (const CellItem& each : CellLines(cell)) {
    const size_t line_at = each.begin;
    const std::string_view line = cell.substr(line_at, each.end - line_at);
    if (!begin) begin = line_at;
    const size_t open = line.rfind("（第");
    if (!line.ends_with("项）") || open == std::string_view::npos || open == 0) continue;
    KeyedLine keyed;
    for (int n : TaskNumbersIn(line.substr(open + std::string_view("（").size(),
                                           line.size() - open - std::string_view("（）").size()))) {
      if (n < first || n - first + 1 > items) return {};
      keyed.numbers.push_back(n - first + 1);
    }
    if (keyed.numbers.empty()) return {};
    keyed.begin = *begin;
    keyed.end = line_at + open;
    out.push_back(std::move(keyed));
    begin.reset();
  }
  if (begin) return {};  // a value with no key after it
  return out;
}

}  // namespace

std::vector<KeyedLine> KeyedCellLines(std::string_view cell, int items, int first) {
  std::vector<KeyedLine> out;
  if (cell.find('\n') == std::string_view::npos) return out;
  if (TrimSpaces(cell).ends_with("项）")) return KeyedAfterLines(cell, items, first);
  if (first != 1) return out;  // (numbers before the values count the items from 1)
  for (size_t at = 0; at < cell.size();) {
    size_t end = cell.find('\n', at);
    if (end == std::string_view::npos) end = cell.size();
    const std::string_view line = TrimSpaces(cell.substr(at, end - at));
    at = end + 1;
    if (line.empty()) continue;
    // Numbers parted by 、 or ，, then the mark that closes them (．. 、).
    KeyedLine keyed;
    size_t i = 0;
    for (;;) {
      int number = 0;
      size_t digits = i;
      while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9' && digits - i < 3)
        number = number * 10 + (line[digits++] - '0');
      if (digits == i) break;
      std::string_view rest = line.substr(digits);
      std::string_view mark;
      for (std::string_view m : {"．", ".", "、", "，", ","})
        if (rest.starts_with(m)) mark = m;
      if (mark.empty()) break;
      keyed.numbers.push_back(number);
      i = digits + mark.size();
      // Another number after a 、 or ， is the list's; after ． or ., the value starts.
      if ((mark == "、" || mark == "，" || mark == ",") && i < line.size() && line[i] >= '0' &&
          line[i] <= '9')
        continue;
      break;
    }
    if (keyed.numbers.empty() || i >= line.size()) {
      if (out.empty()) return {};
      out.back().end = static_cast<size_t>(line.data() - cell.data()) + line.size();  // wrapped
      continue;
    }
    for (int n : keyed.numbers)
      if (n < 1 || n > items) return {};
    keyed.begin = static_cast<size_t>(line.data() - cell.data()) + i;
    keyed.end = static_cast<size_t>(line.data() - cell.data()) + line.size();
    out.push_back(std::move(keyed));
  }
  return out.size() >= 1 && out.front().numbers.front() == 1 ? out : std::vector<KeyedLine>{};
}

std::string NestedRowsAsLabels(std::string_view cell) {
  if (cell.find('|') == std::string_view::npos) return {};
  std::string out;
  bool any = false;
  for (size_t at = 0; at <= cell.size();) {
    size_t end = cell.find('\n', at);
    if (end == std::string_view::npos) end = cell.size();
    const std::string_view line = TrimSpaces(cell.substr(at, end - at));
    at = end + 1;
    if (!out.empty()) out += '\n';
    std::vector<std::string_view> cells;
    if (line.size() > 2 && line.front() == '|' && line.back() == '|')
      for (size_t from = 1; from < line.size();) {
        const size_t bar = line.find('|', from);
        cells.push_back(TrimSpaces(line.substr(from, bar - from)));
        from = bar + 1;
      }
    if (cells.size() < 2 || cells.size() % 2 != 0) {
      out += line;
      continue;
    }
    bool first = true;
    for (size_t k = 0; k < cells.size(); k += 2) {
      if (cells[k].empty()) continue;
      if (!first) out += "；";
      out.append(cells[k]).append("：").append(cells[k + 1]);
      first = false;
    }
    any = true;
  }
  return any ? out : std::string();
}

}  // namespace gongwen::internal

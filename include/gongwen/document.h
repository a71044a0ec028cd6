// gongwen/document.h — stage 5: the document model every emitter reads.
//
// A Document is the whole notice: its metadata (number, title, addressees,
// signature, colophon), its sections as a tree, its tasks with leaders and
// units, every block with its role (so the text can be rebuilt), and every
// diagnostic. Every element carries the Span it came from.
//
// A Document is a plain value: build it once, then read it from any number of
// threads. Field names follow the JSON contract (docs/schema/gongwen.schema.json).
#ifndef GONGWEN_DOCUMENT_H_
#define GONGWEN_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "gongwen/diagnostic.h"
#include "gongwen/export.h"
#include "gongwen/recognize.h"
#include "gongwen/span.h"

namespace gongwen {

// Version of the JSON contract; bumped on any incompatible change.
inline constexpr const char* kSchemaVersion = "1.7.0";

struct SourceInfo {
  std::string path;
  std::string format;    // "text"
  std::string encoding;  // "UTF-8", "GB18030", "UTF-16LE", ...
  std::string sha256;
  uint64_t size = 0;     // bytes of the original file
  std::vector<std::pair<std::string, std::string>> properties;  // DOCX docProps (title, creator, …)
};

struct DocNumber {
  std::string text;         // 古政办发〔2023〕11号
  std::string agency_code;  // 古政办发
  int year = 0;             // 2023
  int serial = 0;           // 11
  Span span;
};

struct PrintedBy {
  std::string issuer;  // 古县人民政府办公室
  std::string date;    // ISO 8601, "2023-04-28"; empty when not given
  Span span;
};

// When the units must report progress, as the cover notice says (每季度第3天
// 报送上季度进展情况；6月20日、12月20日报送半年、全年工作完成情况): one item per
// rule or fixed date.
struct ReportingItem {
  std::string text;        // the words it was read from: 每季度第3天报送上季度进展情况
  std::string recurrence;  // "monthly", "quarterly", "half-yearly", "yearly", or "once" (a fixed date)
  int day = 0;             // day of the month (of the quarter's last month for 每季度末月25日), -1 = the
                           // last day (月底, 季度末), 0 = not stated; for 每季度第3天: 3 (of the next quarter)
  std::string date;        // "once": ISO 8601 date; "yearly" with a day: "--12-10"; otherwise ""
  std::string report;      // what is reported: 上季度进展情况; "" when not said
  Span span;
};

struct Metadata {
  std::string issuer_mark;           // 古县人民政府办公室文件
  std::optional<DocNumber> doc_number;
  std::string signer;                // 签发人 (upward documents only)
  std::string title;
  std::string doc_type;              // one of the 15 types, "" when the title names none
  std::vector<std::string> addressees;
  std::string issuer;                // the signature (发文机关署名)
  std::string date;                  // 成文日期, ISO 8601
  std::vector<std::string> notes;    // 附注 without brackets: 此件公开发布
  std::vector<std::string> attachments;  // attachment titles
  std::vector<std::string> cc;       // 抄送
  std::optional<PrintedBy> printed_by;
  std::string proofreader;           // 校对
  std::optional<int> copies;         // 共印 N 份
  std::vector<ReportingItem> reporting_schedule;  // from the cover notice (enrich stage)
};

struct Leader {
  std::string name;                 // 刘泳
  std::string title;                // 县长; as printed: 副县长、县公安局局长
  std::vector<std::string> titles;  // the posts of `title`, one each: {副县长, 县公安局局长}
};

struct Deadline {
  std::string text;  // 2023年6月底前
  std::string date;  // "2023-06-30", "2023-06", or "" when the text gives no date
};

enum class SectionKind {
  kPart,     // a part of the attachment (重点工作 / 民生实事)
  kLeader,   // a leader's section: 一、刘泳县长负责的工作
  kUnit,     // a lead unit's section: （四）县发展和改革局牵头负责的工作
  kHeading,  // any other numbered heading
};

GONGWEN_EXPORT const char* SectionKindName(SectionKind kind);  // "part", "leader", "unit", "heading"

struct Section {
  std::string id;      // "1", "1.3", "1.3.4": path of numbers from the root
  SectionKind kind = SectionKind::kHeading;
  int level = 0;       // outline level: 0 part, 1 一、, 2 （一）, 3 1.
  std::string marker;  // "三、", "（四）"; empty for a part
  int number = 0;      // the marker's number; for a part, its ordinal
  std::string heading; // the heading text after the marker
  std::optional<Leader> leader;          // leader sections
  std::string portfolio;                 // leader sections: 负责…方面工作的落实。
  std::vector<std::string> lead_units;   // unit sections: the units that lead
  std::vector<std::string> implementing_units;  // 协调 + 负责落实 variant: the units that carry it out
  int parent = -1;                       // index into Document::sections; -1 = root
  std::vector<int> children;             // indices into Document::sections
  std::vector<std::string> task_ids;     // tasks directly in this section
  Span span;
  int block = -1;                        // index into Document::blocks
};

// A quantity a task commits to (指标), read by the enrich stage:
// 工业投资增长19%以上 → {subject 工业投资, measure 增长, value 19, unit %, comparator >=}.
struct Target {
  std::string text;        // the words it was read from: 工业投资增长19%以上
  std::string subject;     // what is counted or measured: 工业投资; "" when the text does not say
  std::string measure;     // the verb: 增长, 新建, 完成, 达到; "" for a level (产量7000万公斤以上)
  double value = 0;        // with 万 and 亿 folded in: 7000万公斤 → 70000000; 19% → 19
  std::string unit;        // %, 公斤, 元/亩, 套, 个百分点, 人
  std::string comparator;  // ">=" (以上, 不低于), "<=" (以下, 以内, 不超过), ">", "<", "~" (左右), "="
  Span span;
};

// A date inside a task's text (not its 完成时限): 5月投产 → {5月投产, 2023-05}.
struct Milestone {
  std::string text;  // the date and the words after it, up to the punctuation: 9月份投入使用
  std::string date;  // as precise as the text: "2023-05", "2023-06-20", "2023-12-31" (年底)
  Span span;
};

// A responsibility clause as printed: （主要协同配合单位：…）, （财政部、税务总局负责）
// or （责任领导：张某；牵头单位：区住建局；完成时限：6月底前） with several parts.
struct Clause {
  std::string text;              // as printed, with its brackets
  std::vector<ClausePart> parts;
  bool lead_rule = false;        // the first unit listed leads, by a rule the document states (列第一位者为牵头单位)
  Span span;
  int block = -1;
};

struct Task {
  std::string id;       // "27"; "2.3" where numbering restarts per section
  int number = 0;       // 27
  std::string marker;   // "27."
  std::string text;     // the task's text after the marker, sub-items included
  std::vector<Leader> leaders;
  std::vector<std::string> lead_units;
  std::vector<std::string> cooperating_units;
  std::vector<std::string> responsible_units;  // lead units first, then the others in document order
  std::optional<Deadline> deadline;
  std::string section;                       // id of the enclosing section
  std::vector<std::string> section_path;     // ids from the root down to `section`
  std::vector<Clause> clauses;
  // Table columns gongwen does not know (推广范围, 备注, …): header and cell, in column order; and a status
  // mark an online document prints before a task's paragraph (状态, ✅), not part of its text.
  std::vector<std::pair<std::string, std::string>> extra;
  std::vector<int> blocks;                   // indices into Document::blocks
  Span span;
  // Enrich stage.
  std::vector<Target> targets;
  std::vector<Milestone> milestones;
  std::vector<std::string> tokens;    // the words of `text` (only when asked: EnrichOptions::tokens)
  std::vector<std::string> keywords;  // its most distinctive words in the document (likewise)
};

// A block as it stands in the output: its role and marker, normalized and
// original text, position, style and location. The very blocks the reader made,
// moved through every stage (`begin`, `end` and `cell_begins` are not in the JSON).
using DocumentBlock = Block;

struct Document {
  SourceInfo source;
  Metadata metadata;
  std::vector<Section> sections;  // flat, in document order; the tree is in parent/children
  std::vector<Task> tasks;
  std::vector<DocumentBlock> blocks;
  Diagnostics diagnostics;
};

}  // namespace gongwen

#endif  // GONGWEN_DOCUMENT_H_

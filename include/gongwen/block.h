// gongwen/block.h — stage 2: the format-independent blocks every reader produces.
//
// A reader (text today, DOCX next) turns a Source into a flat list of Blocks in
// reading order: paragraphs, table rows and page breaks. Nothing after the
// readers knows which format a document came in. A block keeps its original
// text exactly as in the file; later stages work on `text` and record every
// change they make as a diagnostic.
#ifndef GONGWEN_BLOCK_H_
#define GONGWEN_BLOCK_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "gongwen/diagnostic.h"
#include "gongwen/export.h"
#include "gongwen/source.h"
#include "gongwen/span.h"

namespace gongwen {

enum class BlockKind {
  kParagraph,  // one paragraph (in text input: one non-blank line)
  kTableRow,   // one row of a table; `cells` holds the cell texts
  kPageBreak,  // an explicit page break (form feed, or DOCX w:br type="page")
  kFootnote,   // a footnote or endnote paragraph (DOCX), after the body
};

// "paragraph", "table_row", "page_break", "footnote"
GONGWEN_EXPORT const char* BlockKindName(BlockKind kind);

// What a block is in the notice, given by stage 4 (Recognize).
enum class Role {
  kIssuerMark,       // 古县人民政府办公室文件
  kSecurity,         // 份号, 密级, 紧急程度 lines in the head
  kDocNumber,        // 古政办发〔2023〕11号
  kSigner,           // 签发人：张三
  kTitle,            // 关于…的通知 (one block per line of a multi-line title)
  kAddressees,       // 各乡（镇）人民政府，县直有关单位：
  kBody,             // a paragraph of body text
  kHeading,          // a numbered heading that is neither a leader nor a unit heading
  kPartHeading,      // an unnumbered heading that opens a part of the attachment
  kLeaderHeading,    // 一、刘泳县长负责的工作
  kPortfolio,        // the paragraph after a leader heading that lists the portfolio
  kUnitHeading,      // （四）县发展和改革局牵头负责的工作
  kTask,             // 27.全县地区生产总值增长7.5%左右。
  kSubItem,          // （1）… or ①… under a task
  kClause,           // （主要协同配合单位：县水利局、县统计局）
  kAttachmentList,   // 附件：1.… (附件说明 in the body)
  kAttachmentLabel,  // 附件 / 附件1 above an attachment
  kAttachmentTitle,  // the title of an attachment
  kSignature,        // 古县人民政府办公室 (发文机关署名)
  kDate,             // 2023年4月28日 (成文日期)
  kNote,             // （此件公开发布）
  kCc,               // 抄送：县委
  kPrintedBy,        // 古县人民政府办公室 2023年4月28日印发 (one or two blocks)
  kProofreader,      // 校对：王琬（县政府办）
  kCopies,           // 共印50份
  kTableHeader,      // | 序号 | 重点任务 | 牵头单位 | … | (a task table's header row)
  kDecoration,       // a block with no text left: markdown rule, page number
  kTableRow,         // a table row not otherwise understood
  kTranslation,  // a bilingual notice's line in the minority language (朝鲜文, 蒙古文, 藏文, 维吾尔文),
                 // printed beside its Chinese twin
  kPageBreak,
};

GONGWEN_EXPORT const char* RoleName(Role role);  // "title", "leader_heading", ...

// Presentation facts a reader saw, kept as hints for recognition (never trusted
// alone: converted files put headings at random levels).
struct BlockStyle {
  int heading_level = 0;  // markdown '#' count or the outline level; 0 = none
  bool bold = false;      // the whole paragraph is bold / emphasised
  bool list_item = false; // a bullet list item ('- ' in markdown)
  bool numbered = false;  // the marker at the start of the text was rendered from automatic numbering (DOCX)
  int indent = 0;  // text input: the printed width of the spaces before the line's text (　 2, a tab 4)
  // Text input set in two columns (pdftotext -layout of a gazette's page): 1 for the left column's part of
  // a line, 2 for the right's, each a block (and `indent` counted from its column's start); 0 for a line.
  int column = 0;
  bool to_edge = false;  // and the part runs to its column's right edge: a line the column wrapped
  // Layout facts a package format carries (DOCX), for layout rules; empty/0 when unknown.
  std::string alignment;  // w:jc: "left", "center", "right", "both", "distribute"
  std::string font;       // East Asian font of the first run: "仿宋_GB2312", "黑体"
  double size_pt = 0;     // its size in points
  std::string color;      // its colour, hex "FF0000"
};

// Text a reader saw set in bold (DOCX: runs with w:b), piece by piece: a task table's 责任单位 cell may
// mark its lead units so (“责任单位”栏中加粗的为牵头单位), or a clause line its lead unit. Adjacent bold
// runs make one piece.
struct Emphasis {
  int cell = -1;     // the cell it is in (table rows), -1 for a paragraph's text
  std::string text;  // as printed
  bool red =
      false;  // set in red (an HTML table's colour, a DOCX run's), not in bold: 以红色字体标注的为牵头单位
  bool underline = false;  // underlined (a DOCX run's w:u), not in bold: 加下划线的为牵头部门
  // Set in a 黑体 face (a DOCX run's East Asian font), not in bold: 用黑体字标注的为牵头单位.
  bool heavy_face = false;
};

// Where a block stands in a package format (DOCX); empty for text input.
struct Location {
  std::string part;   // "word/document.xml", "word/footnotes.xml"
  int paragraph = -1; // 0-based index of the paragraph (or table row) in the part's reading order
  int table = -1;     // 0-based table index in the part, for table rows
  int row = -1;       // 0-based row in that table
};

// One of the pieces of source a block is joined from, where they are not one run of it.
struct BlockPart {
  size_t begin = 0;  // [begin, end) in Source::text()
  size_t end = 0;
  Span span;  // its position in the original file
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  Role role = Role::kBody;         // given by stage 4 (Recognize); kBody until then
  std::string marker;              // the leading marker as printed ("27."), "" if none; set by stage 5
  std::string text;                // working text (UTF-8); normalized after stage 3
  std::vector<std::string> cells;  // table rows only
  std::vector<uint32_t> cell_begins;  // table rows: where each cell's text starts in `original` (bytes)
  // Table rows (DOCX): true where the cell continues a vertically merged cell (w:vMerge). Its text
  // is recorded once, in the merge's first row, and belongs to this row too; empty = none merged.
  std::vector<bool> merged_above;
  std::string original;            // the source text this block covers, exactly as decoded
  size_t begin = 0;                // [begin, end) in Source::text()
  size_t end = 0;
  Span span;                       // position of `original` in the original file
  BlockStyle style;
  std::vector<Emphasis> emphasis;  // bold pieces inside it, in reading order; empty for text input
  Location location;
  // A paragraph joined from the parts of a two-column page's lines (style.column), whose lines have the
  // other column's between them: where each part stands, in reading order, [begin, end) covering them
  // all and `original` holding them a line each. Empty for any other block.
  std::vector<BlockPart> parts;
};


using Blocks = std::vector<Block>;

// What a reader produces: the source (text and positions) and its blocks.
struct Reading {
  Source source;
  Blocks blocks;
};

// The text reader: one paragraph block per non-blank line; lines of the form
// `| a | b |`, and lines with two or more tabs (rows pasted from a
// spreadsheet), become table rows (markdown separator rows `|---|` included, so
// nothing is lost; the normalizer marks them as decoration); a form feed is a
// page break. An HTML table (`<table>` … `</table>`, as converters write tables
// with merged cells into Markdown) becomes a table row per `<tr>`, its
// `original` the row's HTML (the table's markup between rows going with the row
// before it, its opening with the first), its cells on a grid as the DOCX reader's are
// (rowspan as a vertical merge, colspan leaving the spanned columns empty).
// A grid table (borders of ┌─┬─┐ or +---+, rows of │ or | lines) becomes a
// table row per run of lines between two borders, each cell's lines joined. A
// table laid out with spaces (pdftotext -layout: a 序号 header, columns parted
// by spaces, cells wrapped, a page's number and the header again inside it)
// becomes a table row per numbered row, its cells by the rows' columns. Rows
// pasted from a spreadsheet whose cells are quoted over several lines ("a⏎b")
// become a table row per record. Wikitext (a wiki's page: a `{{…}}` template at its start, or a `{| … |}`
// table) is read as the wiki shows it: a paragraph per line or block template, a table row per wiki
// table row (rowspan as a vertical merge), `original` the wikitext.
// Never fails: any decoded text has blocks.
GONGWEN_EXPORT Blocks ReadTextBlocks(const Source& source);

}  // namespace gongwen

#endif  // GONGWEN_BLOCK_H_

// The rule catalogue: every rule `gongwen validate` can report, with a wrong and
// a right example each. The examples are documents (or fragments the reader
// understands on their own); tests/unit/validate_test.cpp runs every one, and
// docs/rules.md is generated from this table (gongwen rules --markdown).
#include <algorithm>
#include <array>

#include "gongwen/validate.h"

namespace gongwen {

namespace {

constexpr Severity kInfo = Severity::kInfo;
constexpr Severity kWarning = Severity::kWarning;
constexpr Severity kError = Severity::kError;
constexpr RuleScope kText = RuleScope::kText;
constexpr RuleScope kLayout = RuleScope::kLayout;
constexpr RuleScope kReader = RuleScope::kReader;

// A short notice the head, body and colophon examples vary.
#define HEAD "古县人民政府办公室文件\n古政办发〔2023〕11号\n关于做好防汛工作的通知\n各乡（镇）人民政府，县直有关单位：\n"
#define BODY "现就有关事项通知如下。\n一、加强组织领导\n各单位要高度重视。\n"
#define SIGN "古县人民政府办公室\n2023年4月28日\n"
// A task list the numbering and unit examples vary.
#define TASKS_HEAD "一、刘泳县长负责的工作\n（一）县发展和改革局牵头负责的工作\n"

// One entry per rule, its examples kept whole: not reflowed.
// clang-format off
constexpr RuleInfo kRules[] = {
    // 发文字号
    {"GW-DOCNO-BRACKET", kWarning, kText, true, "发文字号的年份应使用六角括号〔〕",
     "古政办发[2023]11号\n关于做好防汛工作的通知\n", "古政办发〔2023〕11号\n关于做好防汛工作的通知\n", true},
    {"GW-DOCNO-YEAR", kError, kText, true, "发文字号的年份应为四位数字",
     "古政办发〔23〕11号\n关于做好防汛工作的通知\n", "古政办发〔2023〕11号\n关于做好防汛工作的通知\n", false},
    {"GW-DOCNO-SERIAL", kWarning, kText, true, "发文字号的序号不编虚位（不加“0”），不加“第”字",
     "古政办发〔2023〕011号\n关于做好防汛工作的通知\n", "古政办发〔2023〕11号\n关于做好防汛工作的通知\n", true},
    {"GW-DOCNO-DATE-YEAR", kWarning, kText, true, "发文字号中的年份应与成文日期的年份一致",
     HEAD BODY "古县人民政府办公室\n2024年1月5日\n", HEAD BODY SIGN, false},
    // 成文日期
    {"GW-DATE-FORMAT", kWarning, kText, true, "成文日期和印发日期用阿拉伯数字书写",
     HEAD BODY "古县人民政府办公室\n二〇二三年四月二十八日\n", HEAD BODY SIGN, false},
    {"GW-DATE-PADDING", kWarning, kText, true, "日期中的月、日不编虚位（4月，不写04月）",
     HEAD BODY "古县人民政府办公室\n2023年04月28日\n", HEAD BODY SIGN, true},
    {"GW-DATE-INVALID", kError, kText, true, "日期应为日历上存在的日子",
     HEAD BODY "古县人民政府办公室\n2023年2月30日\n", HEAD BODY "古县人民政府办公室\n2023年2月28日\n", false},
    // 标题、主送、附注、附件说明
    {"GW-TITLE-TYPE", kWarning, kText, true, "标题应以文种（通知、意见、报告等十五种之一）结尾",
     "古政办发〔2023〕11号\n关于做好防汛工作的安排\n各乡（镇）人民政府：\n现就有关事项通知如下。\n",
     "古政办发〔2023〕11号\n关于做好防汛工作的通知\n各乡（镇）人民政府：\n现就有关事项通知如下。\n", false},
    {"GW-TITLE-PUNCT", kWarning, kText, true, "标题末尾不加标点符号",
     "古政办发〔2023〕11号\n关于做好防汛工作的通知。\n各乡（镇）人民政府：\n现就有关事项通知如下。\n",
     "古政办发〔2023〕11号\n关于做好防汛工作的通知\n各乡（镇）人民政府：\n现就有关事项通知如下。\n", true},
    {"GW-ADDRESSEE-COLON", kWarning, kText, true, "主送机关末尾用全角冒号“：”",
     "古政办发〔2023〕11号\n关于做好防汛工作的通知\n各乡（镇）人民政府，县直有关单位\n现就有关事项通知如下。\n",
     "古政办发〔2023〕11号\n关于做好防汛工作的通知\n各乡（镇）人民政府，县直有关单位：\n现就有关事项通知如下。\n", true},
    {"GW-NOTE-BRACKET", kWarning, kText, true, "附注加全角圆括号：（此件公开发布）",
     HEAD BODY SIGN "此件公开发布\n", HEAD BODY SIGN "（此件公开发布）\n", true},
    {"GW-ATTACH-MISMATCH", kWarning, kText, true, "附件说明的序号和名称应与其后的附件一致",
     HEAD BODY "附件：1.防汛责任清单\n2.物资储备表\n" SIGN "附件1\n防汛责任清单\n",
     HEAD BODY "附件：1.防汛责任清单\n2.物资储备表\n" SIGN "附件1\n防汛责任清单\n附件2\n物资储备表\n", false},
    // 版记
    {"GW-CC-SEPARATOR", kWarning, kText, true, "抄送机关之间用全角逗号“，”分隔",
     HEAD BODY SIGN "抄送：县委、县人大常委会。\n", HEAD BODY SIGN "抄送：县委，县人大常委会。\n", true},
    {"GW-CC-PERIOD", kWarning, kText, true, "抄送机关末尾加句号“。”",
     HEAD BODY SIGN "抄送：县委，县人大常委会\n", HEAD BODY SIGN "抄送：县委，县人大常委会。\n", true},
    {"GW-ISSUER-MISMATCH", kWarning, kText, true, "发文机关标志、署名和印发机关应为同一机关",
     HEAD BODY "古县人民政府\n2023年4月28日\n", HEAD BODY SIGN, false},
    // 层次序数
    {"GW-HEADING-PUNCT", kWarning, kText, true, "层次序数后的标点：“一、”“（一）”“1.”“（1）”，括号后不加顿号",
     TASKS_HEAD "1、推进重点项目建设。\n", TASKS_HEAD "1.推进重点项目建设。\n", true},
    {"GW-HEADING-SEQUENCE", kWarning, kText, true, "标题序号应连续，不重复、不跳号，下级标题有上级标题",
     "一、刘泳县长负责的工作\n1.推进重点项目建设。\n三、李晶常务副县长负责的工作\n2.抓好财政收支管理。\n",
     "一、刘泳县长负责的工作\n1.推进重点项目建设。\n二、李晶常务副县长负责的工作\n2.抓好财政收支管理。\n", false},
    {"GW-TASK-NUMBERING", kError, kText, true, "任务序号应连续，不重复、不跳号、不颠倒",
     TASKS_HEAD "1.推进重点项目建设。\n2.抓好财政收支管理。\n2.完善社会保障体系。\n",
     TASKS_HEAD "1.推进重点项目建设。\n2.抓好财政收支管理。\n3.完善社会保障体系。\n", false},
    // 标点和文字
    {"GW-PUNCT-HALFWIDTH", kWarning, kText, true, "中文之间用全角标点，不用半角的 ( ) : , ;",
     TASKS_HEAD "1.推进重点项目建设(含续建项目)。\n", TASKS_HEAD "1.推进重点项目建设（含续建项目）。\n", true},
    {"GW-TEXT-FULLWIDTH-ALNUM", kWarning, kText, true, "数字和外文字母用半角，不用全角",
     TASKS_HEAD "1.新建公路２０公里。\n", TASKS_HEAD "1.新建公路20公里。\n", true},
    {"GW-TEXT-LOOKALIKE", kWarning, kText, true,
     "不用形似汉字的康熙部首、部首补充和兼容汉字（多为从 PDF 复制而来：看来相同，检索、比对时却不是那个字）",
     TASKS_HEAD "1.推进⾏政审批改⾰。\n", TASKS_HEAD "1.推进行政审批改革。\n", true},
    {"GW-BRACKET-UNBALANCED", kWarning, kText, true, "括号、书名号和引号应成对",
     TASKS_HEAD "1.落实《政府工作报告确定的任务。\n", TASKS_HEAD "1.落实《政府工作报告》确定的任务。\n", false},
    {"GW-PHRASE-DOUBLED", kWarning, kText, true, "同一词语连写两次（多为录入错误）",
     TASKS_HEAD "1.推进线上线上办理。\n", TASKS_HEAD "1.推进线上线下办理。\n", false},
    // 任务和单位
    {"GW-TASK-NO-LEAD", kWarning, kText, true, "每项任务应有牵头单位",
     "一、刘泳县长负责的工作\n1.推进重点项目建设。\n", TASKS_HEAD "1.推进重点项目建设。\n", false},
    {"GW-TASK-NO-DEADLINE", kInfo, kText, false, "任务未写明完成时限（督查督办需要时开启）",
     TASKS_HEAD "1.推进重点项目建设。\n", TASKS_HEAD "1.6月底前完成重点项目建设。\n", false},
    {"GW-UNIT-VARIANT", kWarning, kText, true, "同一单位在文中应写法一致",
     TASKS_HEAD "1.推进重点项目建设。\n（主要协同配合单位：县财政局）\n（二）县发展和改革委员会牵头负责的工作\n"
                "2.抓好价格监测。\n",
     TASKS_HEAD "1.推进重点项目建设。\n（主要协同配合单位：县财政局）\n（二）县财政局牵头负责的工作\n"
                "2.抓好财政收支管理。\n",
     false},
    // 版式 (DOCX)
    {"GW-LAYOUT-PAGE-SIZE", kWarning, kLayout, true, "纸张为A4（210 mm × 297 mm）", "", "", false},
    {"GW-LAYOUT-MARGIN-TOP", kWarning, kLayout, true, "天头（上白边）37 mm ± 1 mm", "", "", false},
    {"GW-LAYOUT-MARGIN-LEFT", kWarning, kLayout, true, "订口（左白边）28 mm ± 1 mm", "", "", false},
    {"GW-LAYOUT-BODY-FONT", kWarning, kLayout, true, "正文用仿宋（仿宋_GB2312）", "", "", false},
    {"GW-LAYOUT-BODY-SIZE", kWarning, kLayout, true, "正文用三号字（16 pt）", "", "", false},
    {"GW-LAYOUT-TITLE-FONT", kWarning, kLayout, true, "标题用小标宋", "", "", false},
    {"GW-LAYOUT-TITLE-SIZE", kWarning, kLayout, true, "标题用二号字（22 pt）", "", "", false},
    {"GW-LAYOUT-HEADING1-FONT", kWarning, kLayout, true, "一级标题（一、）用黑体", "", "", false},
    {"GW-LAYOUT-HEADING2-FONT", kWarning, kLayout, true, "二级标题（（一））用楷体", "", "", false},
    {"GW-LAYOUT-ISSUER-COLOR", kWarning, kLayout, true, "发文机关标志用红色", "", "", false},
    // Reported by the reader
    {"GW-BUILD-ORPHAN-CLAUSE", kWarning, kReader, true, "配合单位等责任说明前没有任务",
     TASKS_HEAD "（主要协同配合单位：县财政局）\n1.推进重点项目建设。\n",
     TASKS_HEAD "1.推进重点项目建设。\n（主要协同配合单位：县财政局）\n", false},
    {"GW-BUILD-CLAUSE-UNCLOSED", kWarning, kReader, true, "责任分工括注的括号应成对（缺后半时读到段末）",
     "一、刘泳县长负责的工作\n1.推进重点项目建设。（牵头单位：县发改局；配合单位：县财政局\n",
     "一、刘泳县长负责的工作\n1.推进重点项目建设。（牵头单位：县发改局；配合单位：县财政局）\n", false},
    {"GW-BUILD-LEAD-UNDECIDED", kInfo, kReader, true, "责任单位中哪一个牵头未写明",
     "一、刘泳县长负责的工作\n1.推进重点项目建设。（县发改局、县财政局负责）\n",
     "一、刘泳县长负责的工作\n1.推进重点项目建设。（县发改局牵头，县财政局配合）\n", false},
    {"GW-BUILD-TASK-REPEATED", kInfo, kReader, true, "同一任务（序号与内容相同）在文中重复列出，已合并为一项",
     "一、县发展和改革局\n（一）牵头任务\n1.推进重点项目建设。（配合单位：县财政局）\n二、县财政局\n（一）配合任务\n"
     "1.推进重点项目建设。（牵头单位：县发展和改革局）\n",
     "一、县发展和改革局\n（一）牵头任务\n1.推进重点项目建设。（配合单位：县财政局）\n", false},
    {"GW-NORM-CJK-SPACE", kInfo, kReader, true, "删除了中文之间的空格（多为转换遗留）",
     TASKS_HEAD "1.推进重点 项目建设。\n", TASKS_HEAD "1.推进重点项目建设。\n", true},
    {"GW-NORM-PAD-SPACE", kInfo, kReader, true, "删除了两字词（姓名、“附件”等）中用于对齐的全角空格",
     TASKS_HEAD "1.推进重点项目建设。（责任领导：王　磊）\n", TASKS_HEAD "1.推进重点项目建设。（责任领导：王磊）\n", true},
    {"GW-NORM-LABEL-COLON", kInfo, kReader, true,
     "在与值之间只隔空格或竖线的标签后补全角冒号（牵头单位　县发改局 → 牵头单位：县发改局）",
     TASKS_HEAD "1.推进重点项目建设。\n牵头单位　县发改局\n", TASKS_HEAD "1.推进重点项目建设。\n牵头单位：县发改局\n", true},
    {"GW-NORM-MARKDOWN-HEADING", kInfo, kReader, true, "删除了 Markdown 标题标记",
     "## 一、刘泳县长负责的工作\n", "一、刘泳县长负责的工作\n", true},
    {"GW-NORM-MARKDOWN-EMPHASIS", kInfo, kReader, true, "删除了 Markdown 强调标记",
     "**一、刘泳县长负责的工作**\n", "一、刘泳县长负责的工作\n", true},
    {"GW-NORM-MARKDOWN-LIST", kInfo, kReader, true, "删除了 Markdown 列表标记",
     TASKS_HEAD "- 1.推进重点项目建设。\n", TASKS_HEAD "1.推进重点项目建设。\n", true},
    {"GW-NORM-BULLET-GLYPH", kInfo, kReader, true, "删除了文本导出遗留的项目符号（Ÿ⇥、l⇥ 等符号字体的圆点）",
     TASKS_HEAD "1.推进重点项目建设：\nŸ\t新建改造供水管网120公里。\n",
     TASKS_HEAD "1.推进重点项目建设：\n新建改造供水管网120公里。\n", true},
    {"GW-NORM-EMOJI-MARK", kInfo, kReader, true,
     "把手机文章的表情符号改为公文的编号和标签（1️⃣ → 1.，按文中说明 👤 → 责任县领导：，PART 02 → 二、）",
     TASKS_HEAD "1️⃣推进重点项目建设。\n", TASKS_HEAD "1.推进重点项目建设。\n", true},
    {"GW-NORM-MARKDOWN-ESCAPE", kInfo, kReader, true, "删除了 Markdown 转义符（\\*、1\\.）和行末的硬换行符",
     TASKS_HEAD "1.推进重点项目建设，\\*号项目年底前完工。\\\n", TASKS_HEAD "1.推进重点项目建设，*号项目年底前完工。\n", true},
    {"GW-NORM-MARKDOWN-FOOTNOTE", kInfo, kReader, true,
     "删除了在线文档导出的 Markdown 脚注引用（县税务局[^1]），文末的脚注内容照原样保留",
     TASKS_HEAD "1.推进重点项目建设。（县发改局[^1]、县财政局）\n\n[^1]: 张倩：建议核实单位名称。\n",
     TASKS_HEAD "1.推进重点项目建设。（县发改局、县财政局）\n\n[^1]: 张倩：建议核实单位名称。\n", true},
    {"GW-NORM-OCR-MISREAD", kInfo, kReader, true,
     "把扫描件识别文本中形近误识的标签和编号改回原字（牵头単位 → 牵头单位，配台单位 → 配合单位，窑头单位 → 牵头单位，"
     "—、 → 一、，半角“､”→“、”），以及条款中误识为分号的冒号、误识为“《”“〈”的括号",
     TASKS_HEAD "1.推进重点项目建设。（牵头単位：县发改局；配台单位：县财政局）\n",
     TASKS_HEAD "1.推进重点项目建设。（牵头单位：县发改局；配合单位：县财政局）\n", true},
    {"GW-NORM-QUOTE-MARK", kInfo, kReader, true, "删除了转发、回复邮件时每行前的引用标记“>”",
     "> 一、刘泳县长负责的工作\n> （一）县发展和改革局牵头负责的工作\n>\n> 1.推进重点项目建设。\n",
     TASKS_HEAD "1.推进重点项目建设。\n", true},
    {"GW-NORM-MARKDOWN-RULE", kInfo, kReader, true, "删除了 Markdown 分隔线", "---\n一、刘泳县长负责的工作\n",
     "一、刘泳县长负责的工作\n", true},
    {"GW-NORM-PAGE-NUMBER", kInfo, kReader, true, "删除了页码行", TASKS_HEAD "— 3 —\n", TASKS_HEAD, true},
    {"GW-NORM-PAGE-HEAD", kInfo, kReader, true, "删除了每页重复的页眉页脚行（印在页码旁的单位名称、网站名称）",
     TASKS_HEAD "1.推进重点项目建设。\n— 1 —\n某县政府信息公开\n2.推进产业转型升级。\n— 2 —\n某县政府信息公开\n"
     "3.推进城乡融合发展。\n— 3 —\n某县政府信息公开\n4.推进民生实事。\n",
     TASKS_HEAD "1.推进重点项目建设。\n2.推进产业转型升级。\n3.推进城乡融合发展。\n4.推进民生实事。\n", true},
    {"GW-NORM-PAGE-JOIN", kInfo, kReader, true, "合并了被分页切断的段落",
     TASKS_HEAD "1.推进重点项目建设，加快推进产业\n\f\n转型升级。\n", TASKS_HEAD "1.推进重点项目建设，加快推进产业转型升级。\n",
     false},
    {"GW-NORM-LIST-JOIN", kInfo, kReader, true, "把标签下逐项列出的单位并入标签的值（以“、”分隔）",
     TASKS_HEAD "1.推进重点项目建设。\n- 配合单位：\n    - 县财政局\n    - 县统计局\n",
     TASKS_HEAD "1.推进重点项目建设。\n- 配合单位：县财政局、县统计局\n", false},
    {"GW-NORM-ROW-JOIN", kInfo, kReader, true, "合并了转换时折成多行的表格行",
     TASKS_HEAD "| 序号 | 工作任务 | 牵头单位 |\n|---|---|---|\n| 1 | 推进重点项目建设，加快推进 | 县发展和改革 |\n| | 产业转型升级。 | 局 |\n",
     TASKS_HEAD "| 序号 | 工作任务 | 牵头单位 |\n|---|---|---|\n| 1 | 推进重点项目建设，加快推进产业转型升级。 | 县发展和改革局 |\n",
     false},
    {"GW-NORM-INLINE-ITEMS", kInfo, kReader, true, "段落内的编号事项（如下：1.…；2.…）按编号拆分为单独段落",
     TASKS_HEAD "具体分工如下：1.推进项目建设（县发改局负责）；2.扩大消费（县商务局负责）。\n",
     TASKS_HEAD "1.推进项目建设（县发改局负责）。\n2.扩大消费（县商务局负责）。\n", false},
    {"GW-NORM-SIDE-BY-SIDE", kInfo, kReader, true, "表格每行并排印了两项（表头重复），已拆为每行一项",
     TASKS_HEAD "| 序号 | 工作任务 | 牵头单位 | 序号 | 工作任务 | 牵头单位 |\n|---|---|---|---|---|---|\n"
     "| 1 | 新建学校2所。 | 县教育局 | 2 | 改造校舍。 | 县住建局 |\n",
     TASKS_HEAD "| 序号 | 工作任务 | 牵头单位 |\n|---|---|---|\n| 1 | 新建学校2所。 | 县教育局 |\n| 2 | 改造校舍。 | 县住建局 |\n",
     false},
    {"GW-NORM-STACKED-ROWS", kInfo, kReader, true, "表格每项任务占两行（任务一行、责任一行），已合为一行",
     TASKS_HEAD "<table><tr><td>序号</td><td colspan=\"3\">工作任务</td></tr><tr><td></td><td>牵头单位</td>"
     "<td>配合单位</td><td>完成时限</td></tr><tr><td rowspan=\"2\">1</td><td colspan=\"3\">新建学校2所。</td></tr>"
     "<tr><td>县教育局</td><td>县财政局</td><td>6月底</td></tr></table>\n",
     TASKS_HEAD "| 序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限 |\n|---|---|---|---|---|\n"
     "| 1 | 新建学校2所。 | 县教育局 | 县财政局 | 6月底 |\n",
     false},
    {"GW-NORM-DITTO", kInfo, kReader, true, "表格中表示同上的单元格（同上、〃、同前）改为上一行同列的内容",
     TASKS_HEAD "| 序号 | 工作任务 | 牵头单位 |\n|---|---|---|\n| 1 | 新建学校2所。 | 县教育局 |\n| 2 | 改造校舍。 | 同上 |\n",
     TASKS_HEAD "| 序号 | 工作任务 | 牵头单位 |\n|---|---|---|\n| 1 | 新建学校2所。 | 县教育局 |\n| 2 | 改造校舍。 | 县教育局 |\n",
     false},
    {"GW-NORM-EMPTY-MARK", kInfo, kReader, true, "表格中表示空单元格的“NaN”（电子表格转换时留下）改为空",
     TASKS_HEAD "| 序号 | 工作任务 | 牵头单位 | 配合单位 |\n|---|---|---|---|\n| 1 | 新建学校2所。 | 县教育局 | NaN |\n",
     TASKS_HEAD "| 序号 | 工作任务 | 牵头单位 | 配合单位 |\n|---|---|---|---|\n| 1 | 新建学校2所。 | 县教育局 |  |\n",
     true},
    {"GW-NORM-IMAGE-MARK", kInfo, kReader, true, "删除了转换程序在图片处留下的占位符（odt2txt 的“[-- Image: 图片 1 --]”、“[IMG]”、“[image]”）",
     TASKS_HEAD "1.推进重点项目建设。\n[-- Image: 图片 1 --]某县人民政府办公室\n", TASKS_HEAD "1.推进重点项目建设。\n某县人民政府办公室\n", true},
    {"GW-SOURCE-INVALID-BYTES", kWarning, kReader, true, "文件中有不合编码的字节（已替换为 U+FFFD）", "", "",
     false},
    {"GW-SOURCE-BOM-MISMATCH", kWarning, kReader, true, "字节顺序标记所称的编码与其后的字节不符，已忽略该标记（--lenient）",
     "", "", false},
    {"GW-SOURCE-EMPTY", kWarning, kReader, true, "文件中没有可读的文字（空文件，或只有空白）", "", "", false},
    {"GW-SOURCE-NOT-DOCX", kWarning, kReader, true, "文件名是 DOCX，内容却不是 ZIP 包（已损坏，或是改了名的其他格式），已按文本读取", "", "", false},
    {"GW-DOCX-PART", kWarning, kReader, true, "DOCX 的某个部件（脚注、尾注等）无法读取，其内容未读入", "", "", false},
    {"GW-DOCX-DEPTH", kWarning, kReader, true, "DOCX 的 XML 嵌套过深，更深的内容未读入", "", "", false},
    {"GW-DOCX-STRUCK", kInfo, kReader, true, "DOCX 中加删除线的文字（修改稿中手工标出的删除，非修订）视为已删除，未作为正文读入", "", "", false},
    {"GW-DOCX-HIDDEN", kInfo, kReader, true, "DOCX 中设为隐藏的文字（字体 → 隐藏，不显示也不打印）未作为正文读入", "", "", false},
    {"GW-DOCX-PLACEHOLDER", kInfo, kReader, true, "DOCX 的内容控件未填写，显示的提示文字（如“单击或点击此处输入文字。”）不是正文，未读入", "", "", false},
    {"GW-DOCX-JOINED-CELLS", kInfo, kReader, true, "DOCX 表格中擦除了相隔横线的单元格按合并单元格读取，文字归于首行", "", "", false},
    {"GW-DOCX-JOINED-ROWS", kInfo, kReader, true, "DOCX 表格逐行排印（由 PDF 转换而来），行间横线擦除的各行合为一行", "", "", false},
    {"GW-DOCX-PLACED", kInfo, kReader, true, "DOCX 的文字在定位于页面的文本框中（由 PDF、OFD 等版式文件转换而来），按版面位置读取，由画出的表格线重建表格", "", "", false},
};
// clang-format on

#undef HEAD
#undef BODY
#undef SIGN
#undef TASKS_HEAD

}  // namespace

const char* RuleScopeName(RuleScope scope) {
  switch (scope) {
    case RuleScope::kText: return "text";
    case RuleScope::kLayout: return "layout";
    case RuleScope::kReader: return "reader";
  }
  return "text";
}

std::span<const RuleInfo> Rules() { return kRules; }

const RuleInfo* FindRule(std::string_view id) {
  auto it = std::find_if(std::begin(kRules), std::end(kRules), [&](const RuleInfo& r) { return id == r.id; });
  return it == std::end(kRules) ? nullptr : &*it;
}

}  // namespace gongwen

#include "patterns/catalogue.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cstring>
#include <memory>
#include <vector>

#include "core/utf8.h"

namespace gongwen::internal {

namespace {

// Spaces that converted text leaves anywhere: ASCII, tab, ideographic space.
#define SP "[ \\t\\x{3000}]"
#define YEAR "[0-9]{4}|明|次|今|本|当|去|上"
#define CNUM "[一二三四五六七八九十百零〇两]"
#define LPAREN "[（(]"
#define RPAREN "[）)]"
#define COLON "[：:]"
// The words of a task's time to be done by (完成时限, 完成时间, 时限, 期限).
#define TASK_TIME "(?:完成)?(?:时限|时间|期限)"
// A transliterated name (艾尼瓦尔·托合提), its dots made U+00B7 first (JoinNameDots); its last part lazy, so
// that a title after it (艾尼瓦尔·托合提副县长) is left to the title, and its first no rest of a title before
// it (县长助理·王强: not 县长 and 助理·王强).
#define TRANSLIT_NAME "[^\\P{Han}助]\\p{Han}{0,11}(?:·\\p{Han}{1,12}){0,2}·\\p{Han}{1,12}?"
// A date as a page prints it (2025年03月07日, 2025-03-07, 2025/3/7, 2025.3.7) and a time of day (18:30).
#define PAGE_DATE "[0-9]{4}(?:年|-|/|\\.)[0-9]{1,2}(?:月|-|/|\\.)[0-9]{1,2}日?"
#define CLOCK "[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?"
// The marks that join a range of numbers (1—2, 1-2, 1－2, 1～3, 1至3).
#define RANGE_MARK "[—–\\-－~～至]"
#define LEADER_TITLE                                                                                                                           \
  "(?:省|市|州|盟|县|区|旗|镇|乡)长助理|(?:常务|第一|执行)?副?(?:省|市|州|盟|县|区|旗|镇|乡)长|(?:常务)?副?"   \
  "(?:主任|书记|秘书长|局长|"                                                                                                         \
  "部长|主席|厅长|处长|科长|区长|镇长|乡长|院长|行长|调研员|巡视员|校长|所长|站长|馆长|支队长|大队长|" \
  "政委|政治委员|督察长|参谋长|检察长|组长|"                                                                                  \
  "董事长|总经理|总会计师|总工程师|总经济师|总法律顾问|总监|专员)|(?:党组|党委|党工委|纪委)?书记|"       \
  "(?:党委|党组|组织|宣传|政法|统战|纪检|武装)委员|专职委员|(?:党组|党委)成员"
// The two-character surnames (core/lists.h, kCompoundSurnames; patterns_test checks the two agree): a name
// of four characters after a title (副县长欧阳宏涛) is one of them and two more.
#define COMPOUND_SURNAME                                                                                                                            \
  "(?:欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|慕容|令狐|夏侯|宇文|长孙|端木|司徒|独孤|南宫|西门|呼延|澹台|" \
  "申屠|轩辕|万俟|闻人)"
// What every title of LEADER_TITLE holds, one of them (a PatternInfo::needs group): 县长, 主任, 书记, 调研员
// and 委员, 主席, 总经理, 总会计师, 总法律顾问, 总监, 政委.
#define LEADER_TITLE_NEEDS "长|主任|书记|员|主席|经理|师|顾问|总监|政委"
// (成员单位: a work group's members beside its 牵头单位; 部长, 副部长, 主任, 组长, 指挥长, 召集人: a work group's
// heads, as an event's 执委会 names them for each 工作部.)
#define CLAUSE_LABEL                                                                                                                                        \
  "(?:总|分项|主|副)牵头(?:单位|部门|科室|处室)|(?:省|市|县|区)级(?:牵头|配合|责任)(?:单位|部门)|"                            \
  "主要承载地|承载地|"                                                                                                                              \
  "起草单位|起草部门|评估单位|评估部门|报送(?:省|市|县|区)?(?:政府|人大常委会)?审议时间|"                                  \
  "牵头责任单位|牵头责任部门|牵头负责单位|牵头负责部门|牵头负责领导|牵头责任领导|"                                      \
  "主要责任单位|主要责任部门|其他责任单位|其他责任部门|次要责任单位|协同责任单位|分线领导|分线县领导|"         \
  "分线市领导|"                                                                                                                                        \
  "主要协同配合单位|协同配合单位|主要配合单位|(?:增加|增列|新增)配合(?:单位|部门)|配合单位|配合部门|"               \
  "协办单位|协助单位|协助部门|协助科室|"                                                                                                    \
  "协同单位|参与单位|参加单位|"                                                                                                                 \
  "牵头单位|牵头部门|落实单位|落实部门|"                                                                                                    \
  "(?:牵头|责任|主责|主办|配合|协助|协办)（(?:牵头|责任|主责|主办|配合|协助|协办)）(?:单位|部门|科室|处室)|"          \
  "省牵头单位|省牵头部门|省级对口部门|省对口部门|对口省级部门|牵头司局|督办时限|督办领导|督办单位|督办部门|" \
  "督查单位|督导单位|主办单位|参与部门|协作单位|协同部门|"                                                                          \
  "主办科室|协办科室|责任科室|责任处室|"                                                                                                    \
  "牵头科室|配合科室|参与科室|"                                                                                                                 \
  "牵头处室|主办处室|牵头股室|配合股室|责任股室（单位）|责任股室|协办股室|参与股室|责任股（室）|"                 \
  "牵头股（室）|配合股（室）|"                                                                                                                  \
  "局属单位|直属单位|牵头站所|责任站所|配合站所|包片领导|包村领导|分管局领导|分管校领导|牵头校领导|"             \
  "责任校领导|联系校领导|校领导|分管院领导|牵头院领导|责任院领导|院领导|"                                                    \
  "配合处室|协办处室|参与处室|督办领导|督查领导|办理时限|办结时限|办理期限|完成期限|"                                   \
  "责任单位|责任部门|负责单位|负责部门|主责单位|承办单位|实施单位|责任主体|责任领导|牵头领导|协调领导|"         \
  "分管领导|(?:县|市|区)政府分管领导|分管(?:常务)?副?(?:县|市|区|州|旗|镇|乡|局|厅)长|"                                         \
  "协同科室|责任村（社区）|责任村|责任社区|协同社区|配合社区|协同股室|主责部门|主责科室|主责处室|成果形式|"   \
  "预期成果|成果要求|"                                                                                                                              \
  "完成标志|"                                                                                                                                           \
  "整改责任领导|牵头整改单位|整改牵头单位|整改责任单位|责任整改单位|配合整改单位|整改配合单位|整改时限|"      \
  "整改期限|"                                                                                                                                           \
  "(?:分管|牵头|责任|联系|包抓|包联|包保|协管|配合|领衔|挂联|挂点|主抓|督导)(?:县|市|区|省|州|盟|旗|地区|"             \
  "行署|镇|乡|街道|厅|局|委|"                                                                                                                      \
  "校|院)级?领导|"                                                                                                                                     \
  "联系领导|领衔领导|挂联领导|挂点领导|主抓领导|督导领导|指标长|总链长|副链长|链长|"                                     \
  "包抓县级领导|包抓市级领导|包抓区级领导|包抓县领导|包抓市领导|包抓领导|联系县级领导|"                               \
  "联系市级领导|联系区级领导|"                                                                                                                  \
  "包联领导|县级领导|市级领导|分管县领导|分管市领导|分管区领导|牵头市领导|牵头县领导|牵头区领导|牵头省领导|" \
  "联系市领导|联系县领导|联系区领导|责任市领导|责任县领导|责任区领导|分管省领导|联系省领导|责任省领导|"        \
  "省级领导|省领导|县领导|市领导|区领导|配合领导|协助领导|协管领导|分管厅领导|责任厅领导|牵头厅领导|"            \
  "联系厅领导|分管局领导|责任局领导|"                                                                                                        \
  "牵头局领导|联系局领导|厅领导|局领导|责任人|负责人|完成时限|"                                                                   \
  "完成时间|时间节点|时限要求|适用范围|推广范围|"                                                                                       \
  "会办单位|分办单位|督办人|成员单位|成员部门|副组长单位|组长单位|"                                                             \
  "常务副部长|副部长|部长|常务副主任|副主任|主任|副组长|组长|副指挥长|指挥长|副召集人|召集人|"                       \
  "(?:牵头|主办|主责|责任|负责|配合|协办|协助|协同|参与|参加|协作|会办|落实|实施)"                                            \
  "(?:单位|部门|科室|处室|股室|站所|司局|庭室|庭局|委室|村|社区|专班)|" /* any role's word before any kind                                                  \
                                                                      of body */                                                                            \
  "责任分工|职责分工|任务分工|具体分工|分工安排|部门分工|单位分工|" /* 责任分工：A牵头，B配合: the value a                                        \
                                                                     * clause of its own                                                                    \
                                                                     */                                                                                     \
  "督办|牵头|配合|协同|参与|主办|会办|协办|协助|分办|主责|责任|时限|承办|时间"
// What kind of body a label's units are, in brackets after it: 牵头处室（单位）：, 配合单位（部门）：,
// 配合处室（单位、部门）：. Before a space (a label with no colon), only that.
#define LABEL_KIND "(?:[（(](?:单位|部门|科室|处室|股室|站所|司局|中心|室|处|科|股|局|[、/])+[）)])?"
// Before a colon, a bracket of anything short: the kind (牵头处室（单位）：), the body its offices belong
// to (牵头单位（县财政局）：债务处), how they take part (配合单位（按职责）：), or the lead rule
// (责任单位（排名第一的为牵头单位）：). The label is the words before it.
#define LABEL_QUALIFIER "(?:[（(][^（）()：:。\n]{1,40}[）)])?"
// The verbs that close an unlabelled clause: （财政部、税务总局负责）.
#define CLAUSE_VERB                                                                                                                                       \
  "按职责分工负责|按职责分工落实|按职责负责|按职责落实|按属地负责|属地负责|分别负责|共同负责|分别牵头|"      \
  "共同牵头包抓|共同牵头负责|共同牵头|联合牵头|双牵头|共同包抓|共同主办|"                                                  \
  "牵头抓总|牵头负责|牵头组织实施|牵头实施|牵头落实|牵头推进|负责落实|负责实施|抓好落实|具体落实|具体实施|" \
  "组织实施|"                                                                                                                                         \
  "负责统筹协调|"                                                                                                                                   \
  "负责统筹|"                                                                                                                                         \
  "负总责|具体负责|负责起草|牵头起草|负责|牵头|主责|主办|落实"
// A count after a heading: （共4项）
#define COUNT "(?:" SP "*[（(]共?" SP "*[0-9一二三四五六七八九十百]+" SP "*[项件][）)])?"
// What follows the units in a unit heading: 牵头负责的工作（共4项）
#define UNIT_HEADING_TAIL "(?:牵头负责|牵头|负责)(?:的)?(?:工作|任务|事项)" COUNT
#define DIVISION "省|自治区|直辖市|计划单列市|副省级城市|市|州|盟|地区|县|区|旗|乡|镇|乡镇|街道"
// The verbs that end a leader's heading (刘泳县长负责的工作); each heading needs one.
#define HEADING_VERB "牵头负责|负责|牵头|主抓|分管|联系|领衔|领办|包抓|包联|包保"
#define DOC_TYPES "决议|决定|命令|令|公报|公告|通告|意见|通知|通报|报告|请示|批复|议案|函|纪要"

// One line per pattern, as the header promises: not reflowed.
// clang-format off
constexpr std::array<PatternInfo, static_cast<size_t>(Pat::kCount)> kPatterns = {{
    {Pat::kMarkdownHeading, "markdown_heading", "^(#{1,6})[ \\t]+", "## 一、刘泳县长负责的工作"},
    {Pat::kMarkdownRule, "markdown_rule", "^(?:(?:-[ \\t]*){3,}|(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,}|={3,}[ \\t]*)$", "---"},
    // An online editor's task item's box (- [ ] , - [x] ) goes with its bullet.
    {Pat::kMarkdownBullet, "markdown_bullet", "^[-*+][ \\t]+(?:\\[[ xX]\\][ \\t]+)?", "- 238.完成县中医院升级改造"},
    {Pat::kPageNumber, "page_number",
     "^(?:[-—–－─]+" SP "*[0-9]+" SP "*[-—–－─]+|[·・•]" SP "*[0-9]+" SP "*[·・•]|第" SP "*[0-9]+" SP "*页(?:" SP
     "*共" SP "*[0-9]+" SP "*页)?)$",
     "— 3 —"},
    {Pat::kTableSeparatorCell, "table_separator_cell", "^:?-{2,}:?(?:\\+:?-{2,}:?)*$", "---"},

    {Pat::kMarkerChineseNumeral, "marker_chinese_numeral", "^(" CNUM "{1,4})([、．.，,])" SP "*", "一、刘泳县长负责的工作"},
    {Pat::kMarkerParenChinese, "marker_paren_chinese", "^" LPAREN SP "*(" CNUM "{1,4})" SP "*" RPAREN "([、，.．]?)" SP "*",
     "（四）县发展和改革局牵头负责的工作"},
    {Pat::kMarkerArabic, "marker_arabic", "^([0-9]{1,4})" SP "*([.．、)）])" SP "*", "27.全县地区生产总值增长7.5%左右。"},
    {Pat::kMarkerParenArabic, "marker_paren_arabic", "^" LPAREN SP "*([0-9]{1,3})" SP "*" RPAREN "([、.．]?)" SP "*",
     "（1）完善工作机制。"},
    {Pat::kMarkerOrdinal, "marker_ordinal",
     "^第" SP "*([0-9]{1,4}|" CNUM "{1,4})" SP "*(项|条|件)(?:" COLON "|、)?" SP "*", "第1项　推进道路路网建设。"},
    {Pat::kMarkerTaskOrdinal, "marker_task_ordinal", "^【?(?:任务|重点任务|督办事项|督查事项|交办事项|交办任务|事项)(" CNUM "{1,3}|[0-9]{1,3})(" COLON "|、|" SP "|】)" SP "*",
     "任务二：推进基层医疗卫生机构能力提升"},
    {Pat::kMarkerShi, "marker_shi", "^(" CNUM "{1,3})(是)" SP "*", "一是新建城乡社区养老服务站10个。"},
    {Pat::kMarkerCircled, "marker_circled", "^([①-⑳㉑-㉟㊱-㊿])" SP "*", "①加强组织领导。"},
    // The single characters ⑴…⒇ (U+2474–2487) and ⒈…⒛ (U+2488–249B), read as （1） and 1.
    {Pat::kMarkerParenDigit, "marker_paren_digit", "^([⑴-⒇])" SP "*", "⑴全年安排省重点建设项目1200个。"},
    {Pat::kMarkerDigitStop, "marker_digit_stop", "^([⒈-⒛])" SP "*", "⒈加快推进项目建设。"},

    {Pat::kSecurity, "security", "^(?:[0-9]{6}|(?:绝密|机密|秘密)(?:[★*]" SP "*[0-9]+" SP "*年)?|特急|加急)$", "机密★1年"},
    {Pat::kIssuerMark, "issuer_mark", "^(?P<issuer>\\p{Han}[\\p{Han}（）]*?)" SP "*文件$", "古县人民政府办公室文件"},
    {Pat::kDocNumber, "doc_number",
     "^(?P<number>(?P<code>\\p{Han}[\\p{Han}A-Za-z]*?)" SP "*(?P<open>[〔\\[［【(（])" SP "*(?P<year>[0-9]{2,4})" SP
     "*(?P<close>[〕\\]］】)）])" SP "*(?P<ordinal>第)?(?P<serial>[0-9]+)" SP "*号)(?:" SP "*签发人" COLON SP
     "*(?P<signer>\\p{Han}+))?$",
     "古政办发〔2023〕11号"},
    // A page's byline under the title of a notice a portal or an official account republished: who posted it
    // and when (苓溪发布 2025年03月07日 18:30 · 发布时间：2025-03-07 来源：县政府办), no sentence.
    // (Words before the date, or its time after it: a date alone, （2025年3月5日）, is the notice's own.)
    {Pat::kPageByline, "page_byline",
     "^(?:[^。；;，,、（(]{2,40}?" PAGE_DATE "(?:" SP "*" CLOCK ")?|" SP "*" PAGE_DATE SP "*" CLOCK
     ")[^。；;，,、]{0,40}$",
     "苓溪发布 2025年03月07日 18:30"},
    {Pat::kSigner, "signer", "^签" SP "*发" SP "*人" SP "*" COLON SP "*(?P<name>.+)$", "签发人：张三"},
    {Pat::kTitleType, "title_type", "(?P<type>" DOC_TYPES ")$", "关于印发2023年重点工作任务分工的通知"},
    {Pat::kAddressees, "addressees", "^(?P<list>[^。！？：:]+)" COLON "$", "开发区管委会、各乡（镇）人民政府，县直有关单位："},

    {Pat::kLeaderHeading, "leader_heading",
     "^(?P<name>\\p{Han}{2,4}?)(?:同志)?(?P<title>(?:" LEADER_TITLE ")(?:、\\p{Han}{1,10}?(?:局|委|办|院|厅|部|处|所|会|中心)(?:" LEADER_TITLE "))*)"
     "(?:同志)?(?:[（(][^（）()]*[）)])?" SP
     "*(?:" HEADING_VERB ")(?:的)?(?:重点)?(?:工作|任务|事项|领域)?(?:任务)?" COUNT "$",
     "王某副县长、县公安局局长负责的工作", HEADING_VERB},
    {Pat::kLeaderHeadingTitleFirst, "leader_heading_title_first",
     "^(?P<title>[\\p{Han}、]*?(?:" LEADER_TITLE "))" SP "*(?P<name>\\p{Han}{2,4}?)(?:同志)?" SP
     "*(?:" HEADING_VERB ")(?:的)?(?:重点)?(?:工作|任务|事项|领域)?(?:任务)?" COUNT "$",
     "常务副县长李振华分管工作", HEADING_VERB},
    {Pat::kLeaderHeadingBracketTitle, "leader_heading_bracket_title",
     "^(?P<name>\\p{Han}{2,4}?)(?:同志)?" SP "*[（(](?P<title>[\\p{Han}、]*?(?:" LEADER_TITLE "|常委))[）)]" SP
     "*(?:" HEADING_VERB ")(?:的)?(?:重点)?(?:工作|任务|事项|领域)?(?:任务)?" COUNT "$",
     "张三同志（县委常委、副县长）负责的工作", HEADING_VERB},
    // 三、王晓燕同志分管工作: the name and 同志, no title.
    {Pat::kLeaderHeadingComrade, "leader_heading_comrade",
     "^(?P<name>\\p{Han}{2,4}?)同志" SP "*(?:" HEADING_VERB ")(?:的)?(?:重点)?(?:工作|任务|事项|领域)?(?:任务)?" COUNT "$",
     "王晓燕同志分管工作", HEADING_VERB},
    {Pat::kLeaderTitleName, "leader_title_name",
     "^(?P<title>[\\p{Han}、]*?(?:" LEADER_TITLE "|常委))" SP "*[（(]?(?P<name>" COMPOUND_SURNAME "\\p{Han}{1,2}|\\p{Han}{2,3}|" TRANSLIT_NAME ")[）)]?$",
     "副县长梁文博",
     "常委|" LEADER_TITLE_NEEDS},  // (a committee's seat alone before the name: 县委常委刘宏伟)
    // The titles that open a leader printed title first: 市委常委、常务副市长 of 市委常委、常务副市长陈立新.
    {Pat::kLeaderTitlePrefix, "leader_title_prefix", "^(?P<title>[\\p{Han}、]*?(?:" LEADER_TITLE "))",
     "市委常委、常务副市长陈立新"},
    {Pat::kLeaderTitleOnly, "leader_title_only",
     "^[\\p{Han}]*?(?:" LEADER_TITLE "|常委|党组成员|党组副书记|委员)$", "县委常委"},
    // A government's leader by the post alone, no one's name (由县长负责 · 由分管副县长负责): a leader, not a unit.
    {Pat::kLeaderPostAlone, "leader_post_alone",
     "^(?:分管|主管)?(?:(?:常务|第一|执行)?副?(?:省|市|州|盟|县|区|旗|镇|乡)长|(?:省|市|州|县|区|旗|镇|乡)委副?书记)$", "常务副县长",
     "长|书记"},
    {Pat::kLeaderNameTitle, "leader_name_title",
     "^(?P<name>\\p{Han}{2,4}?|" TRANSLIT_NAME ")" SP "*[（(]?(?P<title>" LEADER_TITLE ")[）)]?$", "张某（副县长）",
     LEADER_TITLE_NEEDS},
    {Pat::kLeaderNameBracket, "leader_name_bracket", "^(?P<name>\\p{Han}{2,4}?|\\p{Han}{1,12}(?:·\\p{Han}{1,12}){1,3})" SP "*[（(〔](?P<title>[^（）()〔〕]{2,20})[）)〕]$",
     "方卫东（市政府秘书长）"},  // (〔〕 where the clause's own bracket is （）: 王勇〔常务副市长〕)
    // A name before its titles, the first a committee's seat (周斌区委常委、副区长, the space between them gone):
    // the titles open as a division's or the party's do, where the name ends (张建国区委常委, not 张建).
    {Pat::kLeaderNameTitles, "leader_name_titles",
     "^(?P<name>" COMPOUND_SURNAME "\\p{Han}{1,2}|\\p{Han}{2,3}?|" TRANSLIT_NAME ")" SP "*(?P<title>[省市州盟县区旗镇乡党]\\p{Han}{0,8}?(?:常委|委员|成员|" LEADER_TITLE ")(?:、\\p{Han}{1,12}?(?:" LEADER_TITLE "|常委|委员))*)$",
     "周斌区委常委、副区长", "常委|" LEADER_TITLE_NEEDS},  // (any title of LEADER_TITLE: 市政协党组副书记)
    {Pat::kUnitHeadingCoordinated, "unit_heading_coordinated",
     "^(?P<coordinator>.+?)协调[，,、]" SP "*(?P<implementers>.+?)负责落实(?:的)?(?:工作|任务|事项)?$",
     "县政府办公室协调，全县政府系统各单位负责落实的工作", "协调 负责落实"},
    {Pat::kUnitHeading, "unit_heading", "^(?P<units>.+?)" UNIT_HEADING_TAIL "$", "县发展和改革局牵头负责的工作", "牵头|负责"},
    // Where its leftmost match starts (past the first character), unit_heading's units end.
    {Pat::kUnitHeadingTail, "unit_heading_tail", UNIT_HEADING_TAIL "$", "县发展和改革局牵头负责的工作", "牵头|负责"},
    {Pat::kPortfolio, "portfolio", "^(?:全面)?(?:负责|分管|主持|协助)(?:.+)[。.]?$", "负责住房和城乡建设、自然资源等方面工作的落实。"},
    {Pat::kClause, "clause", "^[（(\\[［【](?P<body>(?:" CLAUSE_LABEL ")" LABEL_QUALIFIER SP "*" COLON ".*)[）)\\]］】]$",
     "（主要协同配合单位：县水利局、县统计局）"},
    {Pat::kClauseLabel, "clause_label", "(" CLAUSE_LABEL ")" LABEL_QUALIFIER SP "*" COLON, "牵头单位：区住建局；责任单位：区城管局"},
    {Pat::kClauseLine, "clause_line", "^(?:" CLAUSE_LABEL ")" LABEL_QUALIFIER SP "*" COLON SP "*[^ \\t\\x{3000}].*$",
     "责任单位：县发改局（首位单位为牵头单位，下同）、县财政局"},
    // A label set apart from its value by a space or a bar, with no colon (牵头单位　县发改局, 牵头单位 | 县发改局):
    // a phone article's card, a form's line.
    {Pat::kLabelGap, "label_gap",
     "^(?P<label>" CLAUSE_LABEL ")" LABEL_KIND "(?P<gap>" SP "+|" SP "*[|｜]" SP "*)[^ \\t\\x{3000}：:|｜]",
     "牵头单位　县发展和改革局", nullptr, 0},
    {Pat::kClauseUnlabelled, "clause_unlabelled",
     "^(?P<units>[^。；;：:]+?)(?P<verb>" CLAUSE_VERB ")(?:[，。；,;](?P<rest>.*))?$",
     "财政部、税务总局负责，排在第一位的部门为牵头部门，下同"},
    {Pat::kClauseJointly, "clause_jointly", "^(?P<lead>.+?)(?:会同|联合|牵头[，,、]?会同)(?P<others>.+)$", "县发改局会同有关部门", "会同|联合"},
    {Pat::kClauseParticipants, "clause_participants",
     "^(?P<units>.+?)(?:按职责分工负责|按职责分工落实|按职责分工配合|按职责分工参与|按职责配合|按职责负责|按属地负责|属地负责|"
     "按照职责分工配合|按职能分工配合|按职能配合|按职能负责|"
     "分别负责|共同负责|具体落实|负责落实|"
     "抓好落实|组织落实|"
     // …，各乡（镇）人民政府按属地做好景区周边环境整治 · 按属地组织开展 · 按行业监管职责配合 ·
     // 按照“管行业必须管安全”要求负责 · 配合做好宣传报道 · 做好出口退税服务 · 具体实施三级医院创建: the share
     // they take, named after how.
     "按属地(?:负责|落实|做好|组织|抓好|推进)\\p{Han}{0,16}|按\\p{Han}{1,6}职责(?:分工)?(?:配合|负责|落实)|"
     "按照“[^”]{1,16}”要求(?:负责|落实)|(?:配合|协助|协同)做好\\p{Han}{2,16}|"
     "(?:按职责)?做好\\p{Han}{2,12}(?:工作|服务|保障|统计)|具体实施\\p{Han}{2,12}|负责具体推进|"
     // …，县财政局做好资金保障: the support it gives, named.
     "(?:配合|协助)?做好(?:资金|经费|要素|用地|服务|政策)?保障(?:工作)?|提供(?:资金|经费|要素)?保障|做好配合(?:工作)?|"
     "具体实施|负责实施|组织实施|具体负责|具体承担|承担|督促指导|指导督促|负责|指导|给予支持|支持|督促|督导|"
     "协同推进|配合推进|参与推进|共同推进|协同落实|配合落实|参与|配合|协助|协办|协同配合|协同|参加|落实)"
     // …；地方各级人民政府负责落实属地监管责任: the duty they carry out, named after the verb.
     "(?:(?:属地|主体|监管|管理|日常)*(?:责任|职责))?$",
     "县财政局、县统计局配合"},
    {Pat::kClauseIsLead, "clause_is_lead",
     "^(?P<lead>[^，,；;。]+?)为牵头(?:单位|部门)(?:[，,；;]" SP "*(?P<others>[^。]+?)为(?:配合|协同|协办|参与)(?:单位|部门))?[。]?$",
     "县农业农村局为牵头单位，县水利局、县财政局为配合单位", "为牵头"},
    // The units that help, after the unit that leads if one is named: （县财政局配合） under a unit's heading.
    // A lead named by the verb after it, none of the list above (read first, kept only where every name
    // before the verb is a unit's: 实行县级统筹 and 分管副县长主抓 name none): （县卫健局统筹，…） ·
    // （以县农业农村局为主，…） · （县住建局主抓，…）.
    {Pat::kClauseUnlabelledLead, "clause_unlabelled_lead",
     "^(?P<units>[^。；;：:，,]+?)(?P<verb>统筹协调|统筹|为主|主抓|抓总)(?:[，。；,;](?P<rest>.*))?$",
     "县卫健局统筹，县医保局、县财政局按职责分工负责", "统筹|为主|主抓|抓总"},
    // The units that help named first, those they help after them: （县教育局、团县委配合县人社局负责）.
    {Pat::kClauseHelpersFirst, "clause_helpers_first",
     "^(?P<helpers>[^，,；;。：:（）()]{2,80}?)(?:配合|协助)(?P<leads>[^、，,；;。：:（）()][^，,；;。：:（）()]{1,79}?)"
     "(?:抓好落实|具体实施|组织实施|负责实施|负责落实|负责|实施|落实)$",
     "县财政局、县民政局配合县教育局落实", "配合|协助"},
    {Pat::kClauseHelpers, "clause_helpers",
     "^(?:(?P<lead>[^，,；;。：:（）()]{2,60}?)[，,])?(?P<others>[^；;。：:（）()]{2,120}?)(?:协同配合|配合|协助)$",
     "县教育局，县卫健局配合", "配合|协助"},
    // An item that has no cooperating units: （本项无配合部门）, （不设配合单位）, （无协办单位）.
    {Pat::kNoCooperating, "no_cooperating",
     "^" SP "*(?:本项|该项|此项)?(?:无|不设|没有)(?:配合|协办|协助|协同|参与)(?:单位|部门|科室|处室|股室)" SP "*$",
     "本项无配合部门", "无|不设|没有"},
    {Pat::kTrailingClause, "trailing_clause", "(?:[。；;]|——|—|--)" SP "*(?P<clause>(?:" CLAUSE_LABEL ")" LABEL_QUALIFIER SP "*" COLON "[^。]+)。?$",
     "全力扩大有效投资。责任单位：市发展改革委、市财政局", "：|: 。|；|;|—|--"},
    {Pat::kTrailingSentenceClause, "trailing_sentence_clause",
     "[。；;]" SP "*(?:此项工作|该项工作|本项工作|此项任务)?(?P<clause>由[^。；]+?(?:牵头|负责|负总责|主责)(?:[，,][^。；]+?(?:配合|参与|参加|协同|协助|负责))?)[。]?$",
     "抓好重大项目建设。由县发展和改革局牵头，县财政局配合。"},
    // The same without 由, as the item's last sentence or after a comma in it: A牵头负责，B、C配合。
    {Pat::kTrailingUnitsClause, "trailing_units_clause",
     "[。；;，,]" SP "*(?:——|—|--)?" SP "*(?P<clause>[^。；;，,：:（）()“”—]{2,60}?(?:牵头负责|牵头|负总责|负责)(?:[，,][^。；;：:（）()“”]{2,120}?"
     "(?:配合|参与|参加|协同|协助))?)[。]?$",
     "打造区域性航运物流中心。市交通运输局牵头负责，市港航事务中心配合。", "牵头|负责|负总责"},
    // In a unit's section (二、办公室牵头的工作), the units that help with one task, as its last sentence.
    {Pat::kTrailingCooperation, "trailing_cooperation",
     "[。；;]" SP "*(?P<units>[^。；;，,：:（）()]{2,60}?)(?:按职责)?(?:配合|协助|参与)[。]?$",
     "按时办结率达到100%。各业务科室配合。", "配合|协助|参与"},
    // A clause's note that names units once for every task from it on (…按职责分工负责，以下均需各地区落实，不再列出).
    {Pat::kUnitsBelowNote, "units_below_note",
     "[，,。；;]" SP "*以下(?:各项)?(?:任务|工作|事项)?均(?:需|由|须)?(?P<units>[^。；;，,：:]{2,60}?)(?:负责|抓好|组织|配合|协助)?落实[，,]?" SP "*不再(?:一一)?列出[。]?$",
     "生态环境部指导，试点城市政府负责落实。以下均需试点城市政府落实，不再列出", "不再"},
    // A cell's line keyed to a task's numbered measures, the key no part of the names after it: 1—2．县发改局 ·
    // 1、3．县自然资源局 · 第1项：县城管局 · 第2、3项:县住建局.
    {Pat::kCellLineKey, "cell_line_key",
     "^(?:第?(?:[0-9]{1,2}|" CNUM "{1,3})(?:(?:[、，,]|" RANGE_MARK ")(?:[0-9]{1,2}|" CNUM "{1,3}))*项" SP "*" COLON
     "|[0-9]{1,2}(?:[、，,][0-9]{1,2})+[．.]|[0-9]{1,2}" SP "*" RANGE_MARK SP "*[0-9]{1,2}[．.、])" SP
     "*(?P<rest>[^0-9].*)$",
     "1—2．县发展和改革局", "项|．|.|—|–|-|－|~|～|至"},
    // A meeting's decisions (会议纪要) assign each item in its last sentence, in prose: the part that opens it
    // names who leads (由A牵头实施 · A要会同B抓好落实 · 责成A会同B于…前完成 · A、B要按照职责分工抓紧推进),
    // the parts after it who helps (B配合做好… · B做好资金保障 · C具体实施 · D负责落实).
    {Pat::kProseLead, "prose_lead",
     "^" SP "*(?:此项工作|该项工作|本项工作|此项任务|该项任务)?(?:由|责成)?(?P<units>[^，,。；;：:]{2,120}?)(?:要|应|须)?"
     "(?P<verb>会同|联合|牵头|具体负责|负总责|分别负责|负责|主责|按照职责分工|按职责分工|具体落实|落实|具体实施|组织实施)"
     "(?P<rest>[^，,。；;]*)$",
     "由市卫生健康委会同市教育局组织实施", "会同|联合|牵头|负责|负总责|主责|职责分工|落实|实施"},
    {Pat::kProseHelper, "prose_helper",
     "^" SP "*(?P<units>[^，,。；;：:]{2,120}?)(?:要|应)?(?:按照职责分工|按职责分工|按职责)?"
     "(?:配合|参与|参加|协助|协同|具体实施|负责落实|具体落实|抓好落实|组织落实|做好|统筹解决)[^，,。；;]*$",
     "市财政局做好资金保障", "配合|参与|参加|协助|协同|实施|落实|做好|统筹"},
    {Pat::kProseLeader, "prose_leader",
     "^" SP "*由?(?P<leaders>[^，,。；;：:]{2,40}?)(?:任组长|任总召集人|任召集人|挂帅|负责|分管|牵头)$",
     "由刘敏副市长任组长", "任组长|召集人|挂帅|负责|分管|牵头"},
    // Beside an item's clause in prose, another sentence's part giving units their share: the units open it
    // (各县（市、区）政府负责组织本地企业申报 · 市财政局做好资金保障 · 其中，…; 各县（市、区）政府配合做好活动组织)
    // or come after 由 at its end (赛事组织工作由市体育局负责 · 所需资金由市财政局统筹解决).
    {Pat::kProseShare, "prose_share",
     "^" SP "*(?P<units>(?:[^，,。；;：:（）()“”由的]|（[^（）]{1,10}）){2,60}?)(?:要|应|须)?(?:按照职责分工|按职责分工|按职责)?"
     "(?:负责|配合|协助|参与|做好|统筹)(?P<rest>[^，,。；;]*)$",
     "各县（市、区）政府负责组织本地企业申报", "负责|配合|协助|参与|做好|统筹"},
    {Pat::kProseShareAgent, "prose_share_agent",
     "^[^，,。；;]*?由(?P<units>(?:[^，,。；;：:（）()“”由的]|（[^（）]{1,10}）){2,60}?)(?:负责|统筹解决|统筹安排|统筹保障|保障)$",
     "赛事组织工作由市体育局负责", "由 负责|统筹|保障"},
    // (以上工作由副县长X负责，A牵头 opens with the leader; 以上任务责任领导：X；牵头单位：A is labelled; 以上3项工作由…
    // counts the tasks above it, ClauseMatch::covers.)
    {Pat::kGroupClause, "group_clause",
     "^(?:以上|上述)(?:[0-9一二三四五六七八九十两]{1,3}项|各项)?(?:任务|工作|事项)?(?:均)?[，,：:]?"
     "(?P<clause>(?:由|(?:责任领导|牵头领导|牵头单位|牵头部门)[：:为]).+?)[。.]?$",
     "以上任务由县发展和改革局牵头，县市场监督管理局配合。"},
    // One part of a paragraph that assigns items by their numbers, parts split at ；: 以上第1—3项由A牵头，
    // B配合 · 第4项由C负责 · 5-7项由… · 第12、13项由… · 上述第9至10项，由…
    {Pat::kItemClause, "item_clause",
     "^(?:以上|上述|其中)?第?(?P<items>[0-9]{1,3}(?:项?(?:—{1,2}|－|-|~|～|至|到|、|和)第?[0-9]{1,3})*)项(?:任务|工作|事项)?"
     "[，,：:]?(?:均)?(?P<clause>由.+?|为.+?|(?:牵头|责任|配合)(?:单位|部门)[为：:].+?|\\p{Han}{0,4}领导[为：:].+?|"
     "[^由，,。；].*?(?:配合|协助|参与|负责|牵头))[。.]?$",
     "以上第1—3项由县行政审批服务局牵头，县数据局配合", "项"},
    // A sentence of the cover naming a task's leads by its number, the others of its units helping: 其中，第19项由
    // 基金监管科、规划财务和法规科共同牵头 · 第3、5项由县发改局牵头 · 第25—27项由各县（市、区）人民政府牵头.
    {Pat::kLeadsByNumber, "leads_by_number",
     "第(?P<items>[0-9]{1,3}(?:(?:、|和|及|—{1,2}|－|-|至)第?[0-9]{1,3})*)项(?:任务|工作)?由"
     "(?P<units>(?:[^，,。；;：:（）()]|（[^（）]{1,8}）){2,80}?)(?:共同|联合)?牵头",
     "其中，第19项由基金监管科、规划财务和法规科共同牵头", "项由"},
    // The tasks a cover says no unit leads, by number: 第35项由所列单位按职责分工负责，不设牵头单位 (not across
    // another's lead: 第1—2项由A牵头，其余各项不设牵头单位).
    {Pat::kNoLeadByNumber, "no_lead_by_number",
     "第(?P<items>[0-9]{1,3}(?:(?:、|和|及|—{1,2}|－|-|至)第?[0-9]{1,3})*)项[^。；;第牵]{0,40}?不设牵头(?:单位|部门)",
     "第35项由所列单位按职责分工负责，不设牵头单位", "不设牵头"},
    // A sentence of the cover naming a leader of tasks by their numbers, beside the leaders they have: 第1、2、4项为
    // 委主要领导领衔推进事项，由陆承远主任和牵头科室的分管委领导共同负责 · 第3项由张伟副县长负责. `who` is read
    // for persons by name and title (Build's LeadersNamedByNumber).
    {Pat::kLeadersByNumber, "leaders_by_number",
     "第(?P<items>[0-9]{1,3}(?:(?:、|和|及|—|－|-|至)第?[0-9]{1,3})*)项(?:任务|工作|事项)?(?:[^。；;由]{0,40}[，,])?"
     "由(?P<who>[^，,。；;：:（）()]{2,60}?)(?:同志)?(?:共同|亲自)?(?:牵头)?(?:负责|领衔|推进|督办)",
     "第1、2、4、21、28项为委主要领导领衔推进事项，由陆承远主任和牵头科室的分管委领导共同负责", "项 由"},
    // A task force the document defines once by the short name its tasks give (Build's TaskForces): （一）重大项目建设攻坚
    // 专班（以下简称“项目专班”）。召集人：…；牵头单位：…；成员单位：….
    {Pat::kTaskForce, "task_force",
     "(?P<full>\\p{Han}{2,30}?(?:专班|工作组|专项组|小组))[（(](?:以下)?简称[“\"](?P<short>[^”\"（）()]{1,16})[”\"][）)]"
     "[。.；;，,]?(?P<rest>.*)$",
     "重大项目建设攻坚专班（以下简称“项目专班”）。召集人：许文澜（县委常委、常务副县长）；牵头单位：县发展和改革局", "简称"},
    // A rule that gives each task the leader whose portfolio holds its lead unit (Build's LeadersByPortfolio):
    // 每项任务的责任县领导为（由）其牵头单位的分管（联系）县领导（担任）. `tail`, the words from 分管 to the
    // last 领导, says whether the units a leader 联系 count too (分管（联系）县领导, 分管县领导或联系县领导).
    {Pat::kLeaderByPortfolio, "leader_by_portfolio",
     "(?:责任|牵头)\\p{Han}{0,4}领导(?:均)?[为由](?:其|该项任务|该任务|本项任务)?的?牵头(?:单位|部门|科室|处室)的?分管"
     "(?P<tail>[^，,。；;]{0,16})领导",
     "每项任务的责任县领导为其牵头单位的分管（联系）县领导", "分管"},
    // A note naming the leader of a whole part whose rows leave the leader out (Build's LeadersOfParts): 第六类
    // “民生实事”由潘晓冬副县长统筹推进，为该类各项任务的责任县领导.
    {Pat::kPartLeaderNote, "part_leader_note",
     "第(?P<part>[一二三四五六七八九十]{1,3})(?:类|部分|板块|方面)(?:[“\"](?P<name>[^”\"]{1,24})[”\"])?"
     "(?:工作|任务)?由(?P<person>\\p{Han}{2,12}?)(?:统筹推进|牵头负责|统筹负责|负责|统筹)?[，,]?为该(?:类|部分|板块|方面)"
     "(?:各项)?(?:任务|工作)?的(?:责任|牵头|分管)\\p{Han}{0,3}领导",
     "第六类“民生实事”由潘晓冬副县长统筹推进，为该类各项任务的责任县领导", "为该"},
    {Pat::kUnitRoleMark, "unit_role_mark",
     // (Any bracket a clerk types, 【牵头】 〔牵头〕 [牵头], and the role's kind after it: （牵头单位）, （总牵头）.)
     "^(?:其中|由)?(?P<unit>.+?)" SP "*(?:[（(【〔［\\[](?:共同|联合|负责|总|主)?(?P<mark1>牵头|揭榜|主责|配合|协助|参与|主办|协办|会办)"
     "(?:单位|部门)?[）)】〕］\\]]|(?P<mark2>牵头|配合|参与)|为(?P<mark3>牵头|主办)(?:单位|部门))$",
     "省工业和信息化厅（牵头）"},
    // (待定, 待招商确定: a project's owner not yet found, no unit.)
    {Pat::kNoUnit, "no_unit", "^(?:无|暂无|没有|/|／|-+|—+|－+|——|待定|待确定|待明确|待招商(?:确定)?)$", "无",
     "^无|^暂|^没|^/|^／|^-|^—|^－|^待"},
    {Pat::kLeadRule, "lead_rule",
     // (列第一位为牵头或汇总单位: the lead, or the unit that gathers the reports.)
     "(?:排在第一位|排第一位|排在首位|排名第一|列第一位|列首位|位列第一|首位|第一个|第一位|排在前面)(?:的)?(?:部门|单位|者|科室|处室|股室|站所|[^，,。；：为是（）]{1,8}?(?:部门|单位|警种|科室|处室|股室|站所))?(?:（[^（）]{1,12}）)?"
     "(?:(?:为|是)(?:牵头|主责|主办)(?:或(?:汇总|主办|主责))?(?:部门|单位|股室|科室|处室|站所|司局|庭室|(?:委（室）|委室|委)(?:[^领（]|$))|(?:牵头|主办)(?:[，,。；]|$))|"
     // 牵头单位列首位, 牵头部门排在第一位
     "(?:牵头|主责)(?:单位|部门|科室|处室|股室)(?:列|排)(?:在)?(?:首位|第一位|第一|最前)",
     "列第一位者为牵头单位", "牵头|主责|主办 第一|首位|前面|最前"},
    {Pat::kBoldLeadRule, "bold_lead_rule",
     // (Or the lead said first, the clause ending there: 牵头单位用黑体字标注。 `mark` the word either way: 黑体
     // alone names a face, 黑体加粗 bold.)
     "(?P<mark>加粗|加黑|粗体|黑体(?:加粗|加黑)?)(?:字体|字)?(?:显示|标注|标出|标识)?(?:的)?(?:部门|单位|者)?(?:为|是)"
     "(?:牵头|主责)(?:部门|单位)|"
     "(?:牵头|主责)(?:部门|单位)(?:用|以|为)(?P<after>加粗|加黑|粗体|黑体)(?:字体|字)?(?:显示|标注|标出|标识)"
     "(?:[，,。；;）)]|$)",
     "“责任单位”栏中加粗的为牵头单位", "加粗|加黑|粗体|黑体"},
    {Pat::kRedLeadRule, "red_lead_rule",
     "(?:红色|标红|红字|红体)(?:加粗)?(?:字体|字)?(?:标注|标出|标识|显示|表示)?(?:的)?(?:部门|单位|者)?(?:为|是)?(?:牵头|主责)(?:部门|单位)|"
     "(?:牵头|主责)(?:部门|单位)(?:用|以|为)?(?:红色|红字)(?:字体|字)?(?:标注|标出|标识|显示)|(?:牵头|主责)(?:部门|单位)标红",
     "“责任单位”栏中，以红色字体标注的为牵头单位", "红"},
    // 加下划线的部门为牵头部门, 带下划线的为牵头单位, 牵头单位以下划线标注.
    {Pat::kUnderlineLeadRule, "underline_lead_rule",
     "(?:下划线|下横线|底线)(?:标注|标出|标识|表示|注明)?(?:的)?(?:部门|单位|科室|处室|股室|站所|者)?(?:为|是)(?:牵头|主责)"
     "(?:部门|单位|科室|处室|股室|站所)|"
     "(?:牵头|主责)(?:部门|单位|科室|处室|股室|站所)(?:用|以|加)(?:下划线|下横线)(?:标注|标出|标识|表示)?",
     "“责任部门”栏中加下划线的为牵头部门", "下划线|下横线|底线"},
    // 标明“负责”的，所列单位为牵头单位: the units a clause says are responsible (A、B负责) lead.
    {Pat::kResponsibleLeadRule, "responsible_lead_rule",
     // (Or with 牵头 beside it: 标明“负责”“牵头”的为牵头单位.)
     "(?:标明|注明|标注|写明|列明)?[“\"]负责[”\"](?:[、和或]?[“\"](?:牵头|主责)[”\"])?(?:字样)?的[，,]?(?:所列)?(?:单位|部门)?(?:均)?(?:为|是)(?:牵头|主责)(?:单位|部门)",
     "标明“负责”的，所列单位为牵头单位", "负责”的|负责\"的|负责”“|负责”、“"},
    // 无牵头单位的，责任单位即为牵头单位 · 未明确牵头单位的，所列责任单位均为牵头单位: where a clause names no
    // lead, every unit it holds responsible leads.
    {Pat::kNoLeadResponsibleLeadRule, "no_lead_responsible_lead_rule",
     "(?:无|没有|未(?:列|列明|明确|标明|注明|确定))牵头(?:单位|部门)的[，,]?(?:所列(?:的)?)?责任(?:单位|部门)(?:即|均|即均|都)?(?:为|是)"
     "(?:共同)?牵头(?:单位|部门)",
     "无牵头单位的，责任单位即为牵头单位", "牵头单位的|牵头部门的"},
    // A sign after a unit's name marks the lead: 带“*”的为牵头单位, 右上角标注“牵”字的为牵头单位.
    {Pat::kSignLeadRule, "sign_lead_rule",
     "(?:带|标有|标注|标|加|注有|注明|后加)[“\"]?(?P<sign>\\*|＊|★|☆|※|△|▲|#|＃|牵)[”\"]?(?:字|号)?(?:的)?"
     "(?:部门|单位|站所|科室|处室|股室|者)?[，,]?(?:为|是)(?:牵头|主责)(?:部门|单位|站所|科室|处室|股室)",
     "“责任单位”栏中带“*”的为牵头单位", "为牵头|是牵头|为主责|是主责"},
    {Pat::kRuleCarries, "rule_carries", "(?:下同|以下同|后同|以下均同)", "列第一位者为牵头单位，下同"},
    {Pat::kEtcGroup, "etc_group",
     "^(?P<unit>.+?)等(?P<group>(?:(?:省直|市直|县直|区直|州直)?(?:有关|相关|其他|各)|省直|市直|县直|区直|州直)?(?:部门|单位|机构)(?:和|及|、)?(?:部门|单位)?|[^、，]{1,12}成员单位)$",
     "人力资源社会保障部等有关部门和单位"},
    // A unit's share of the target after its name (a 目标任务分解's lists): 城关镇700人, 柳河镇各550户,
    // 县经济开发区管委会承担48亿元, 县交通运输局负责县道25公里, 城关镇：3所.
    {Pat::kUnitShare, "unit_share",
     "^(?P<unit>[^、，,；;<>]{1,40}?)(?:各|承担\\p{Han}{0,8}?|负责\\p{Han}{1,12}?|：|:)?[0-9]+(?:\\.[0-9]+)?[十百千万亿]{0,2}"
     "(?:个|人次|人|户次|户|所|家|座|处|项|套|台|辆|吨|张|场次|场|次|条|名|间|栋|公里|千米|平方公里|平方米|立方米|米|亩|"
     "元|头|只|件|宗|批|期|公顷|千瓦|兆瓦|床|株|篇|份|标箱)$",
     "县经济开发区管委会承担48亿元", "0|1|2|3|4|5|6|7|8|9", 3 * 80},
    {Pat::kDeadlineInText, "deadline_in_text",
     "[（(]?(?P<text>(?:[0-9]{4}年(?:底|末|内)|(?:[0-9]{4}年)?(?:[0-9]{1,2}月(?:份|底|末|中旬|上旬|下旬)?(?:[0-9]{1,2}日)?|年底|年内|年末|上半年|下半年))"
     "(?:前|以前|之前)?)(?:全面)?(?:完成|投产|建成|投用|投入使用|竣工|完工|开工|实现|启动|上线|验收|开业|落地|出台|通车|"
     "交付|开通|挂牌|封关)",
     "确保2023年6月底前完成", "年|月"},
    // A stage's window in its heading's brackets (（二）集中攻坚阶段（2025年5月21日—7月20日）): `to`, its end.
    {Pat::kDateWindow, "date_window",
     "^(?:[0-9]{4}年)?[0-9]{1,2}月(?:[0-9]{1,2}日|上旬|中旬|下旬)?" SP "*" RANGE_MARK "+" SP
     "*(?P<to>(?:[0-9]{4}年)?(?:[0-9]{1,2}月(?:[0-9]{1,2}日|上旬|中旬|下旬|底|末)?|[0-9]{1,2}日|上旬|中旬|下旬|底|末))"
     "(?:前)?$",
     "2025年5月21日—7月20日", "月"},
    // A time the notice sets for every task that gives none of its own, to be done by (各项任务除已明确完成时限的外，
    // 均须于2024年12月底前完成 · 未标明完成时限的，于年底前完成 · 完成时限未单独注明的，均为2024年12月底前 · 如无特别
    // 注明，完成时限均为2025年12月底): `date`, that time. The words of a task's time first, the time's end last
    // (not 未明确完成时限的任务，各牵头单位要于3月底前制定推进计划: a time to report by).
    {Pat::kDefaultDeadline, "default_deadline",
     "(?:除(?:已|另有)?(?:明确|标明|注明|列明|规定)[^，。；]{0,6}?" TASK_TIME "(?:节点|要求)?(?:的)?(?:以)?外|"
     "(?:未|没有|无)(?:特别|特殊|另行|单独)?(?:明确|标明|注明|列明|标注)[^，。；]{0,6}?" TASK_TIME
     "(?:节点|要求)?的(?:任务|事项)?|"
     TASK_TIME "[^，。；]{0,6}?(?:未|没有)(?:特别|特殊|另行|单独)?(?:明确|标明|注明|列明|标注)的|"
     "如无(?:特别|特殊)?(?:注明|说明|标注)[，,]" SP "*(?:完成)?(?:时限|时间))"
     "[，,]?[^，。；]{0,10}?(?:均|一律|原则上)?(?:须|需|要|应|必须)?(?:于|在|为)" SP
     "*(?P<date>(?:[0-9]{4}年|今年|当年|本年度?)?(?:[0-9]{1,2}月(?:[0-9]{1,2}日|底|末)?|底|末|年底|年末)"
     "(?:前|以前|之前)?)(?:全部|全面)?(?:完成|办结)?(?:[。；，,]|$)",
     "各项任务除已明确完成时限的外，均须于2024年12月底前完成", "时限|时间|期限"},
    {Pat::kPartHeading, "part_heading",
     "(?:任务分工|任务分解|责任分解|分工方案|工作任务|重点任务|重点工作|民生实事|任务清单|责任清单|工作要点)[^。；！？]{0,12}$",
     "18+16民生实事任务分解"},
    {Pat::kAttachmentList, "attachment_list", "^附" SP "*件" SP "*" COLON SP "*(?P<list>.+)$", "附件：1.重点工作任务分工", "^附"},
    {Pat::kAttachmentLabel, "attachment_label", "^附" SP "*件" SP "*(?P<n>[0-9]*)" SP "*" COLON "?$", "附件1"},

    {Pat::kDate, "date",
     "^(?P<year>[0-9]{4})" SP "*年" SP "*(?P<month>[0-9]{1,2})" SP "*月" SP "*(?P<day>[0-9]{1,2})" SP "*日$",
     "2023年4月28日"},
    {Pat::kDateChinese, "date_chinese",
     "^(?P<year>[〇零○Ｏ一二三四五六七八九]{4})年(?P<month>[一二三四五六七八九十]{1,2})月(?P<day>[一二三四五六七八九十]{1,3})日$",
     "二〇二三年四月二十八日"},
    {Pat::kNote, "note", "^" LPAREN "(?P<note>此件[^（）()]*|[^（）()]*(?:公开发布|不予公开|依申请公开|主动公开)[^（）()]*)" RPAREN "$",
     "（此件公开发布）"},
    {Pat::kCc, "cc", "^抄" SP "*送" SP "*" COLON SP "*(?P<list>.*)$", "抄送：县委"},
    {Pat::kPrintedBy, "printed_by",
     "^(?P<issuer>.*?)" SP "*(?P<date>[0-9]{4}" SP "*年" SP "*[0-9]{1,2}" SP "*月" SP "*[0-9]{1,2}" SP "*日)" SP
     "*印" SP "*发$",
     "古县人民政府办公室2023年4月28日印发"},
    {Pat::kProofreader, "proofreader", "^校" SP "*对" SP "*" COLON SP "*(?P<name>.+)$", "校对：王琬（县政府办）"},
    {Pat::kCopies, "copies", "^共印" SP "*(?P<count>[0-9]+)" SP "*份[。.]?$", "共印50份"},

    {Pat::kDateInText, "date_in_text",
     "([0-9]{4})" SP "*年" SP "*([0-9]{1,2})" SP "*月" SP "*([0-9]{1,2})" SP "*日", "于2023年4月28日印发"},
    {Pat::kDateChineseInText, "date_chinese_in_text",
     "([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日", "二〇二三年四月二十八日"},
    // The year: printed, or relative to the document's (明年, 次年: the next; 今年, 本年, 当年: its own).
    {Pat::kDeadlineMonth, "deadline_month",
     "(?:(" YEAR ")年)?([0-9]{1,2})月份?(?:([0-9]{1,2})日|(底|末|中旬|上旬|下旬))?", "2023年6月底前"},
    {Pat::kDeadlineYearEnd, "deadline_year_end", "(?:(" YEAR ")年)?(?:年底|年末|年内|全年)", "年底前完成"},
    {Pat::kDeadlineYearEndNumbered, "deadline_year_end_numbered", "(" YEAR ")年(?:底|末|内)", "明年底前完成"},
    {Pat::kDeadlineQuarter, "deadline_quarter", "(?:(" YEAR ")年)?第?([一二三四1-4])季度", "2023年第三季度"},
    // A spreadsheet's date cell (Excel's short date, 2025/12/31), or one typed with dots or hyphens.
    {Pat::kDeadlineNumericDate, "deadline_numeric_date",
     "(?:^|[^0-9])([0-9]{4})([/.-])([0-9]{1,2})([/.-])([0-9]{1,2})(?:[^0-9]|$)", "2025/12/31"},

    // A date in a task's text: month (with day, or 底/末/旬), 年底, or a quarter; the year optional.
    {Pat::kMilestoneDate, "milestone_date",
     "(?:(?:" YEAR ")年(?:底|末)|(?:(?:" YEAR ")年)?(?:[0-9]{1,2}月份?(?:[0-9]{1,2}[日号]|底|末|中旬|上旬|下旬|初)?|年底|年末|"
     "第?[一二三四1-4]季度末?))"
     "(?:前|之前|以前)?",
     "9月份投入使用"},
    {Pat::kReportQuarterly, "report_quarterly",
     "每(?:个)?季度(?P<last>末月|最后一个月)?(?:第|结束后)?(?:(?P<day>[0-9]{1,2})(?:日|天|号|个工作日)内?|(?P<end>末|底|结束))?"
     "(?:前|之前|以前)?",
     "每季度第3天报送上季度进展情况"},
    {Pat::kReportMonthly, "report_monthly", "每(?:个)?月(?:(?P<day>[0-9]{1,2})(?:日|号)|(?P<end>底|末))?(?:前|之前|以前)?",
     "于每月5日前将上月工作进展情况报县政府办公室"},
    {Pat::kReportYearly, "report_yearly", "每年(?:(?P<month>[0-9]{1,2})月(?P<day>[0-9]{1,2})日)?(?:前|之前|以前)?",
     "每年12月10日前报送全年工作总结"},
    {Pat::kReportFixedDate, "report_fixed_date", "(?:([0-9]{4})年)?([0-9]{1,2})月([0-9]{1,2})日(?:前|之前|以前)?",
     "6月20日、12月20日报送半年、全年工作完成情况"},
    {Pat::kReportVerb, "report_verb", "报送|上报|报告|报(?:县|市|区|省)|报给|汇总|报(?:督|办|政)", "将进展情况报送县政府督查室"},

    {Pat::kBareDivision, "bare_division", "^各?(?:" DIVISION ")(?:（(?:" DIVISION ")(?:、(?:" DIVISION "))*）)?$", "各市（州）", "省$|区$|市$|州$|盟$|县$|旗$|乡$|镇$|道$|）$", 33},  // 各县（市、区、旗、盟）: 33 bytes
    {Pat::kDivisionLed, "division_led", "^各?(?:" DIVISION ").+$", "直辖市人民政府"},

    {Pat::kDocNumberParts, "doc_number_parts",
     "(?P<open>[〔\\[［【(（])" SP "*(?P<year>[0-9]{1,4})" SP "*(?P<close>[〕\\]］】)）])" SP
     "*(?P<ordinal>第)?(?P<serial>[0-9]+)" SP "*号",
     "古政办发〔2023〕11号"},
    {Pat::kNoteUnbracketed, "note_unbracketed",
     "^[\\[［【〔]?(?P<note>此件[^（）()\\[\\]［］【】〔〕]*|[^（）()\\[\\]［］【】〔〕]*(?:公开发布|不予公开|依申请公开|主动公开))"
     "[\\]］】〕]?$",
     "此件公开发布"},
}};
// clang-format on

#undef SP
#undef YEAR
#undef CNUM
#undef LPAREN
#undef RPAREN
#undef COLON
#undef TASK_TIME
#undef TRANSLIT_NAME
#undef PAGE_DATE
#undef CLOCK
#undef RANGE_MARK
#undef LEADER_TITLE
#undef CLAUSE_LABEL
#undef LABEL_QUALIFIER
#undef LABEL_KIND
#undef CLAUSE_VERB
#undef DOC_TYPES
#undef HEADING_VERB
#undef DIVISION
#undef COUNT
#undef UNIT_HEADING_TAIL

}  // namespace

std::span<const PatternInfo> AllPatterns() { return kPatterns; }

namespace {

// PatternInfo::needs, read once: a literal, and whether it must open or end the text.
struct Literal {
  std::string_view text;
  bool at_start = false;
  bool at_end = false;
};
using Needs = std::vector<std::vector<Literal>>;  // every group needed, one literal of each

Needs ReadNeeds(std::string_view spec) {
  Needs groups;
  auto words = [](std::string_view s, char sep) {
    std::vector<std::string_view> out;
    for (size_t b = 0; b <= s.size();) {
      const size_t e = std::min(s.find(sep, b), s.size());
      if (e > b) out.push_back(s.substr(b, e - b));
      b = e + 1;
    }
    return out;
  };
  for (std::string_view group : words(spec, ' ')) {
    std::vector<Literal>& literals = groups.emplace_back();
    for (std::string_view word : words(group, '|')) {
      Literal l{word};
      if (l.text.starts_with('^')) l.at_start = true, l.text.remove_prefix(1);
      if (l.text.size() > 1 && l.text.ends_with('$')) l.at_end = true, l.text.remove_suffix(1);
      literals.push_back(l);
    }
  }
  return groups;
}

// The first (at the start) or last byte is compared before the rest: most texts differ there.
inline bool Holds(std::string_view text, const Literal& l) {
  const size_t n = l.text.size();
  if (text.size() < n) return false;
  if (l.at_start) {
    return text[0] == l.text[0] && (!l.at_end || text.size() == n) &&
           std::memcmp(text.data(), l.text.data(), n) == 0;
  }
  if (l.at_end)
    return text.back() == l.text.back() && std::memcmp(text.data() + text.size() - n, l.text.data(), n) == 0;
  return ContainsText(text, l.text);
}

}  // namespace

bool MayMatch(Pat id, std::string_view text) {
  const PatternInfo& p = kPatterns[static_cast<size_t>(id)];
  if (p.max_bytes != 0 && text.size() > p.max_bytes) return false;
  if (p.needs == nullptr) return true;
  static const auto* needs = [] {
    auto* out = new std::array<Needs, kPatterns.size()>();
    for (size_t i = 0; i < kPatterns.size(); ++i)
      if (kPatterns[i].needs != nullptr) (*out)[i] = ReadNeeds(kPatterns[i].needs);
    return out;
  }();
  for (const std::vector<Literal>& group : (*needs)[static_cast<size_t>(id)])
    if (std::none_of(group.begin(), group.end(), [&](const Literal& l) { return Holds(text, l); }))
      return false;
  return true;
}

bool OpensWithClauseLabel(std::string_view text) {
  return Matches(Pat::kClauseLine, PrefixCodePoints(text, 24), RE2::ANCHOR_BOTH);
}

bool Matches(Pat id, std::string_view text, RE2::Anchor anchor) {
  return MayMatch(id, text) &&
         Pattern(id).Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), anchor, nullptr, 0);
}

bool FullMatchGroups(Pat id, std::string_view text, re2::StringPiece* groups, int count) {
  if (!Matches(id, text, RE2::ANCHOR_BOTH)) return false;
  return count == 0 || Pattern(id).Match(re2::StringPiece(text.data(), text.size()), 0, text.size(),
                                         RE2::ANCHOR_BOTH, groups, count);
}

// Each pattern is compiled on its first use, not the whole catalogue at once: a process that read
// one short file (a command per file, from a shell loop or find -exec) spent 43M of its 59M
// instructions compiling all of it, and takes 20M in all now (the sample notice: 97M -> 74M). Two
// threads may compile the same pattern at once; the first to publish its copy wins, and the
// other's is dropped. A published pattern lives as long as the process, as the catalogue did.
const RE2& Pattern(Pat id) {
  static std::array<std::atomic<const RE2*>, kPatterns.size()> compiled{};
  std::atomic<const RE2*>& slot = compiled[static_cast<size_t>(id)];
  if (const RE2* re = slot.load(std::memory_order_acquire)) return *re;
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(true);
  auto fresh = std::make_unique<const RE2>(kPatterns[static_cast<size_t>(id)].regex, options);
  const RE2* published = nullptr;
  if (slot.compare_exchange_strong(published, fresh.get(), std::memory_order_acq_rel,
                                   std::memory_order_acquire))
    return *fresh.release();
  return *published;
}

}  // namespace gongwen::internal

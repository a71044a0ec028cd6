// A small invented notice in the sample's style, used by several stage tests.
#ifndef GONGWEN_TESTS_NOTICE_FIXTURE_H_
#define GONGWEN_TESTS_NOTICE_FIXTURE_H_

namespace gongwen::testing {

inline constexpr const char* kSmallNotice = R"(某县人民政府办公室文件

某政办发〔2024〕7号

某县人民政府办公室关于印发2024年重点工作任务分工的通知

各乡（镇）人民政府，县直有关单位：

现将任务分工印发给你们，请认真贯彻落实。

某县人民政府办公室

2024年3月5日

（此件公开发布）

2024年重点工作任务分工

一、王某县长负责的工作

负责县政府全面工作。

（一）县发展和改革局牵头负责的工作

1.全县地区生产总值增长6%左右。

2.推进重点项目建设。

（主要协同配合单位：县财政局、县统计局）

二、张某某副县长负责的工作

（二）县教育局协调，各学校负责落实的工作

3.建成城区幼儿园。

（1）完成主体工程。

（2）9月份投入使用。

（主要协同配合单位：县住房和城乡建设局）

民生实事任务分解

一、张某某副县长负责的工作

（一）县卫生健康局牵头负责的工作

4.实施免费筛查。

抄送：县委，县人大常委会。

某县人民政府办公室 2024年3月6日印发

共印20份
)";

}  // namespace gongwen::testing

#endif  // GONGWEN_TESTS_NOTICE_FIXTURE_H_

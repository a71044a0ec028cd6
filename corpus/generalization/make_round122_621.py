#!/usr/bin/python3
"""Round 122, notice 621 (control case).

A 市教育局 red-header notice (璟教发〔2025〕9号) printing the 任务分工 of its
2025年全市教育工作要点: cover with three requirements, 落款, 此件主动公开, then the
附件 on a new page: eight 一、 parts over tasks 1．–35． numbered on, each closing
with （责任领导：X；牵头处室：A；配合处室（单位）：B、C）, and the 版记 at the end.

The notice is built as Word (python-docx), printed to PDF by LibreOffice and read
back by `pdftotext -layout` (poppler), exactly as a downloader of the published
PDF would get it.  Output:
  621_jingchuan_shi_jiaoyuju_gongzuo_yaodian_renwu_fengong.txt
  621_jingchuan_shi_jiaoyuju_gongzuo_yaodian_renwu_fengong.tasks.gold.jsonl
Run: /usr/bin/python3 make_621.py
"""
import datetime
import json
import os
import shutil
import subprocess
import sys

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "621_jingchuan_shi_jiaoyuju_gongzuo_yaodian_renwu_fengong"
TMP = os.path.join(HERE, "_tmp621")

FS = "仿宋_GB2312"
HT = "黑体"
KT = "楷体_GB2312"
XBS = "方正小标宋简体"

# ---------------------------------------------------------------- the content
ISSUER = "璟川市教育局"
DOCNO = "璟教发〔2025〕9号"
TITLE_LINES = ["璟川市教育局关于印发2025年全市", "教育工作要点任务分工的通知"]
ZHUSONG = "各县（市、区）教育局，市直各学校，局机关各处室、直属各单位："
COVER = [
    ("", "为深入贯彻全国、全省教育大会精神和市委、市政府关于教育工作的决策部署，"
         "确保《2025年全市教育工作要点》（璟教发〔2025〕3号）各项任务落地见效，"
         "经局党组会议研究，现将《2025年全市教育工作要点任务分工》印发给你们，"
         "并提出如下要求，请认真抓好落实。"),
    ("一、提高思想认识。", "各处室（单位）要把落实年度工作要点作为推进教育强市建设的重要抓手，"
         "对照任务分工逐项细化工作举措，明确时间节点和工作标准，做到任务清、责任明、措施实。"),
    ("二、压实工作责任。", "每项任务均明确了责任领导、牵头处室（单位）和配合处室（单位）。"
         "责任领导要加强对分管任务的统筹调度，及时研究解决推进中的重大问题；"
         "牵头处室（单位）对任务落实负总责，负责制定推进计划、协调配合力量、报送进展情况；"
         "配合处室（单位）要按照职责分工主动对接、积极配合，形成工作合力。"
         "涉及县（市、区）的任务，各县（市、区）教育局要结合实际抓好贯彻落实。"),
    ("三、强化督查考核。", "局办公室要将工作要点落实情况纳入局重点工作督查督办范围，实行清单化管理、"
         "季度调度。请各牵头处室（单位）于每季度最后一个月25日前将任务进展情况书面报局办公室，"
         "12月10日前报送全年完成情况。任务落实情况将作为处室（单位）年度考核的重要依据。"),
]
ATTACH_NOTE = "附件：2025年全市教育工作要点任务分工"
SIGN = "璟川市教育局"
DATE = "2025年3月12日"
PUBLIC = "（此件主动公开）"
ATT_TITLE = "2025年全市教育工作要点任务分工"
BANJI_CC = "抄送：省教育厅，市委办公室，市人大常委会办公室，市政府办公室，市政协办公室。"
BANJI_PRINT = ("璟川市教育局办公室", "2025年3月12日印发")

PARTS = [
    "一、坚持党建引领，全面加强党对教育工作的领导",
    "二、坚持立德树人，促进学生全面发展",
    "三、推动基础教育扩优提质，办好人民满意的教育",
    "四、推动职业教育和高等教育提质培优",
    "五、建设高素质专业化教师队伍",
    "六、深化教育综合改革，加快教育数字化转型",
    "七、强化教育保障，守牢校园安全底线",
    "八、加强机关自身建设，提升服务效能",
]

# (part, title sentence, body, printed bracket, gold leaders, leads, helpers)
# helpers None never happens here: the labels tell lead and helpers apart, a
# bracket without 配合 has helpers [].
T = []


def t(part, title, body, bracket, leaders, leads, coops):
    T.append(dict(part=part, title=title, body=body, bracket=bracket,
                  leaders=leaders, leads=leads, coops=coops))


t(0, "深入学习贯彻党的二十届三中全会精神。",
  "把学习贯彻习近平新时代中国特色社会主义思想和党的二十届三中全会精神作为首要政治任务，"
  "严格落实“第一议题”制度，健全局党组理论学习中心组学习制度，推动全市教育系统党员干部学深悟透、"
  "融会贯通、学以致用。",
  "（责任领导：郑启航；牵头处室：机关党委；配合处室（单位）：办公室、思想政治工作处）",
  ["郑启航"], ["机关党委"], ["办公室", "思想政治工作处"])
t(0, "全面落实中小学校党组织领导的校长负责制。",
  "健全党组织会议、校长办公会议议事决策规则，年内实现全市公办中小学校全覆盖，"
  "推动民办学校党组织有效嵌入学校治理结构，深化“一校一品”党建品牌创建。",
  "（责任领导：郑启航、林秀英；牵头处室：机关党委；配合处室（单位）：组织人事处、基础教育处、"
  "各县（市、区）教育局）",
  ["郑启航", "林秀英"], ["机关党委"], ["组织人事处", "基础教育处", "各县（市、区）教育局"])
t(0, "纵深推进教育系统全面从严治党。",
  "落实管党治党政治责任，深化整治群众身边不正之风和腐败问题，持续开展招生入学、校园餐、"
  "教辅材料征订、校服采购等领域专项整治，营造风清气正的教育生态。",
  "（责任领导：郑启航；牵头处室：机关党委；配合处室（单位）：财务审计处、基础教育处、安全稳定工作处）",
  ["郑启航"], ["机关党委"], ["财务审计处", "基础教育处", "安全稳定工作处"])
t(0, "牢牢掌握意识形态工作领导权。",
  "落实意识形态工作责任制，加强校园阵地管理和教材、课外读物审核把关，做好教育舆情监测研判和"
  "应对处置，讲好璟川教育故事。",
  "（责任领导：许嘉明；牵头处室：思想政治工作处；配合处室（单位）：办公室、基础教育处、市电化教育馆）",
  ["许嘉明"], ["思想政治工作处"], ["办公室", "基础教育处", "市电化教育馆"])

t(1, "推进大中小学思政课一体化建设。",
  "实施新时代立德树人工程，建设10个市级大中小学思政课一体化共同体，开展思政课教师“大练兵”"
  "活动，用好“大思政课”实践教学基地，推动思政小课堂与社会大课堂有机结合。",
  "（责任领导：许嘉明；牵头处室：思想政治工作处；配合处室（单位）：基础教育处、高等教育处、"
  "市教育科学研究院）",
  ["许嘉明"], ["思想政治工作处"], ["基础教育处", "高等教育处", "市教育科学研究院"])
t(1, "加强学生心理健康工作。",
  "实施学生心理健康促进行动，每所中小学至少配备1名专职心理健康教育教师，健全“筛查—预警—"
  "干预—转介”工作机制，每学期开展一次学生心理健康测评。",
  "（责任领导：陈　涛；牵头处室：体育卫生与艺术教育处；配合处室（单位）：基础教育处，"
  "思想政治工作处、市教育科学研究院）",
  ["陈涛"], ["体育卫生与艺术教育处"], ["基础教育处", "思想政治工作处", "市教育科学研究院"])
t(1, "深化体育和美育浸润行动。",
  "保障中小学生每天综合体育活动时间不低于2小时，推进校园足球、篮球特色学校建设，办好全市"
  "第十四届中小学生运动会和第九届中小学生艺术展演活动。",
  "（责任领导：陈　涛；牵头处室：体育卫生与艺术教育处；配合处室（单位）：基础教育处、"
  "市青少年校外活动中心）",
  ["陈涛"], ["体育卫生与艺术教育处"], ["基础教育处", "市青少年校外活动中心"])
t(1, "加强劳动教育和科学教育。",
  "新建市级中小学劳动教育实践基地15个，为每所中小学聘任科学副校长，开展青少年科技创新大赛、"
  "“科学家进校园”等活动，推动科学教育与课后服务融合开展。",
  "（责任领导：陈　涛；牵头处室：基础教育处；配合处室（单位）：市教育科学研究院、"
  "市青少年校外活动中心）",
  ["陈涛"], ["基础教育处"], ["市教育科学研究院", "市青少年校外活动中心"])
t(1, "做好国家通用语言文字推广工作。",
  "组织开展第28届全国推广普通话宣传周活动，推进语言文字规范化示范校建设，加强中华经典诵读"
  "工程实施。",
  "（责任领导：许嘉明；牵头处室：基础教育处）",
  ["许嘉明"], ["基础教育处"], [])

t(2, "扩大普惠性学前教育资源。",
  "实施学前教育普及普惠提升工程，新建、改扩建公办幼儿园12所，全市公办园在园幼儿占比达到"
  "55%以上，普惠性幼儿园覆盖率稳定在90%以上。",
  "（责任领导：林秀英；牵头处室：基础教育处；配合处室（单位）：发展规划处、财务审计处、"
  "各县（市、区）教育局）",
  ["林秀英"], ["基础教育处"], ["发展规划处", "财务审计处", "各县（市、区）教育局"])
t(2, "推进义务教育优质均衡发展。",
  "深化集团化办学和城乡学校共同体建设，新增义务教育学位8000个，推动璟东区、青禾县通过国家"
  "义务教育优质均衡发展县（区）督导评估。",
  "（责任领导：林秀英；牵头处室：基础教育处；配合处室（单位）：发展规划处、教育督导处（市人民政府"
  "教育督导室办公室）、市教育基建服务中心）",
  ["林秀英"], ["基础教育处"],
  ["发展规划处", "教育督导处（市人民政府教育督导室办公室）", "市教育基建服务中心"])
t(2, "规范义务教育招生入学管理。",
  "严格落实免试就近入学和“公民同招”政策，全面推行义务教育招生入学“一网通办”，"
  "确保适龄儿童少年应入尽入。",
  "（责任领导：林秀英；牵头处室：基础教育处；配合处室（单位）：政策法规处、市电化教育馆、"
  "各县（市、区）教育局）",
  ["林秀英"], ["基础教育处"], ["政策法规处", "市电化教育馆", "各县（市、区）教育局"])
t(2, "推动普通高中多样化特色发展。",
  "新建、改扩建普通高中5所，新增学位4500个，开展综合高中试点，培育市级特色普通高中6所，"
  "深化新课程新教材实施示范区建设。",
  "（责任领导：林秀英；牵头处室：基础教育处；配合处室（单位）：发展规划处、职业教育与成人教育处、"
  "市教育科学研究院）",
  ["林秀英"], ["基础教育处"], ["发展规划处", "职业教育与成人教育处", "市教育科学研究院"])
t(2, "提升特殊教育和专门教育办学水平。",
  "实施特殊教育发展提升行动计划，推进融合教育资源中心建设，适龄残疾儿童少年义务教育入学率"
  "保持在97%以上，规范专门学校招生和管理。",
  "（责任领导：林秀英；牵头处室：基础教育处；配合处室（单位）：体育卫生与艺术教育处、"
  "市学生资助管理中心）",
  ["林秀英"], ["基础教育处"], ["体育卫生与艺术教育处", "市学生资助管理中心"])
t(2, "巩固深化“双减”工作成果。",
  "持续提升课后服务质量，加强校外培训机构常态化监管，开展隐形变异培训专项治理，"
  "推行校外培训资金监管全覆盖。",
  "（责任领导：陈涛；牵头处室：校外教育培训监管处；配合处室（单位）：基础教育处、安全稳定工作处、"
  "各县（市、区）教育局）",
  ["陈涛"], ["校外教育培训监管处"], ["基础教育处", "安全稳定工作处", "各县（市、区）教育局"])

t(3, "深化职业教育产教融合。",
  "牵头组建璟川市域产教联合体，推动职业院校与重点产业链企业共建产业学院10个，"
  "深化“岗课赛证”综合育人，办好全市职业院校技能大赛。",
  "（责任领导：许嘉明；牵头处室：职业教育与成人教育处；配合处室（单位）：发展规划处、高等教育处）",
  ["许嘉明"], ["职业教育与成人教育处"], ["发展规划处", "高等教育处"])
t(3, "推进中等职业学校办学条件达标。",
  "实施中职学校办学条件达标工程，完成3所中职学校实训基地改造，年底前全市中职学校办学条件"
  "基本达标。",
  "（责任领导：许嘉明；牵头处室：职业教育与成人教育处；配合处室（单位）：财务审计处、"
  "市教育技术装备中心）",
  ["许嘉明"], ["职业教育与成人教育处"], ["财务审计处", "市教育技术装备中心"])
t(3, "支持市属高校内涵式发展。",
  "支持璟川学院优化学科专业布局，加快硕士学位授予单位立项建设；支持璟川职业技术学院创建"
  "省级高水平高职学校，提升服务地方经济社会发展能力。",
  "（责任领导：许嘉明；牵头处室：高等教育处；配合处室（单位）：发展规划处、组织人事处、财务审计处）",
  ["许嘉明"], ["高等教育处"], ["发展规划处", "组织人事处", "财务审计处"])
t(3, "大力发展继续教育和社区教育。",
  "依托璟川开放大学完善市、县、乡三级社区教育网络，扩大老年教育资源供给，"
  "推进学分银行建设和学习成果认证转换。",
  "（责任领导：许嘉明；牵头处室：职业教育与成人教育处；配合处室（单位）：璟川开放大学）",
  ["许嘉明"], ["职业教育与成人教育处"], ["璟川开放大学"])

t(4, "加强师德师风建设。",
  "将师德师风作为评价教师素质的第一标准，健全师德考核和失范行为通报警示制度，"
  "开展“最美教师”评选和优秀教师事迹宣传。",
  "（责任领导：顾晓岚；牵头处室：教师工作处；配合处室（单位）：机关党委、组织人事处、思想政治工作处）",
  ["顾晓岚"], ["教师工作处"], ["机关党委", "组织人事处", "思想政治工作处"])
t(4, "深化教师管理综合改革。",
  "深入推进“县管校聘”管理改革，推动城镇教师向乡村学校、薄弱学校交流轮岗，交流轮岗比例"
  "不低于符合条件教师总数的10%。",
  "（责任领导：顾晓岚；牵头处室：组织人事处、教师工作处；配合处室（单位）：基础教育处、"
  "各县（市、区）教育局）",
  ["顾晓岚"], ["组织人事处", "教师工作处"], ["基础教育处", "各县（市、区）教育局"])
t(4, "提升教师专业素质能力。",
  "实施名师名校长培养工程，新遴选市级名师工作室30个，开展中小学教师全员培训和"
  "数字素养提升培训，培训教师1.2万人次。",
  "（责任领导：顾晓岚；牵头处室：教师工作处；配合处室（单位）：市教育科学研究院、市电化教育馆）",
  ["顾晓岚"], ["教师工作处"], ["市教育科学研究院", "市电化教育馆"])
t(4, "落实教师工资待遇保障。",
  "落实义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平的要求，"
  "规范社会事务进校园，切实减轻中小学教师非教育教学负担。",
  "（责任领导：顾晓岚；牵头处室：财务审计处；配合处室（单位）：组织人事处、教师工作处、办公室）",
  ["顾晓岚"], ["财务审计处"], ["组织人事处", "教师工作处", "办公室"])

t(5, "深化新时代教育评价改革。",
  "扭转不科学的教育评价导向，完善县（市、区）党委和政府履行教育职责评价、"
  "中小学校办学质量评价和学生综合素质评价。",
  "（责任领导：郑启航;牵头处室：政策法规处；配合处室（单位）：基础教育处、教育督导处（市人民政府"
  "教育督导室办公室）、市教育考试院）",
  ["郑启航"], ["政策法规处"],
  ["基础教育处", "教育督导处（市人民政府教育督导室办公室）", "市教育考试院"])
t(5, "稳妥推进考试招生制度改革。",
  "深化中考改革，完善初中学业水平考试和综合素质评价制度，平稳实施新高考，"
  "严格考试安全管理，确保高考、中考等国家教育考试安全平稳。",
  "（责任领导：林秀英；牵头处室（单位）：市教育考试院；配合处室（单位）：基础教育处、安全稳定工作处）",
  ["林秀英"], ["市教育考试院"], ["基础教育处", "安全稳定工作处"])
t(5, "加快推进教育数字化转型。",
  "深化国家智慧教育平台应用，升级璟川智慧教育云平台，建设数字校园示范校40所，"
  "推进人工智能教育进课堂。",
  "（责任领导：许嘉明；牵头处室（单位）：市电化教育馆；配合处室（单位）：发展规划处、财务审计处、"
  "基础教育处）",
  ["许嘉明"], ["市电化教育馆"], ["发展规划处", "财务审计处", "基础教育处"])
t(5, "全面推进依法治教。",
  "落实法治副校长制度，深入开展青少年法治教育，规范教育行政执法和重大行政决策程序，"
  "做好行政复议和应诉工作。",
  "（责任领导：郑启航；牵头处室：政策法规处；配合处室（单位）:局机关各处室、直属各单位）",
  ["郑启航"], ["政策法规处"], ["局机关各处室", "直属各单位"])

t(6, "优化教育经费投入和管理。",
  "落实“一般公共预算教育支出逐年只增不减、按在校学生人数平均的一般公共预算教育支出逐年"
  "只增不减”要求，全面实施预算绩效管理，加强内部审计监督。",
  "（责任领导：郑启航；牵头处室：财务审计处；配合处室（单位）：发展规划处、市学生资助管理中心）",
  ["郑启航"], ["财务审计处"], ["发展规划处", "市学生资助管理中心"])
t(6, "加强学校规划建设和学位供给。",
  "修编中心城区中小学校和幼儿园布局专项规划，推进新建、改扩建中小学校和幼儿园22所，"
  "新增学位1.5万个。",
  "（责任领导：林秀英；牵头处室：发展规划处；配合处室（单位）：财务审计处、市教育基建服务中心）",
  ["林秀英"], ["发展规划处"], ["财务审计处", "市教育基建服务中心"])
t(6, "做好学生资助工作。",
  "落实从学前教育到高等教育全学段资助政策，健全家庭经济困难学生精准认定机制，"
  "做到应助尽助。",
  "（责任领导：陈　涛；牵头处室（单位）：市学生资助管理中心；配合处室（单位）：财务审计处、"
  "基础教育处、职业教育与成人教育处、高等教育处）",
  ["陈涛"], ["市学生资助管理中心"],
  ["财务审计处", "基础教育处", "职业教育与成人教育处", "高等教育处"])
t(6, "筑牢校园安全稳定防线。",
  "深化平安校园建设，抓好防溺水、交通、消防、校园食品安全和传染病防控等工作，"
  "常态化开展学生欺凌防治专项治理。",
  "（责任领导：陈　涛；牵头处室：安全稳定工作处；配合处室（单位）：体育卫生与艺术教育处、基础教育处、"
  "各县（市、区）教育局）",
  ["陈涛"], ["安全稳定工作处"], ["体育卫生与艺术教育处", "基础教育处", "各县（市、区）教育局"])
t(6, "加强教育督导和质量监测。",
  "开展县级人民政府履行教育职责评价，组织实施义务教育质量监测，落实中小学校责任督学"
  "挂牌督导制度。",
  "（责任领导：谢文博；牵头处室：教育督导处（市人民政府教育督导室办公室））",
  ["谢文博"], ["教育督导处（市人民政府教育督导室办公室）"], [])

t(7, "持续深化机关作风建设。",
  "严格落实中央八项规定及其实施细则精神，持续精文简会，统筹规范督查检查考核，"
  "切实为基层学校减负。",
  "（责任领导：郑启航；牵头处室：办公室；配合处室（单位）：机关党委、组织人事处）",
  ["郑启航"], ["办公室"], ["机关党委", "组织人事处"])
t(7, "提升机关服务效能。",
  "深化教育政务服务“一网通办”，办好12345热线教育类诉求和群众来信来访，"
  "做好人大代表建议和政协委员提案办理工作。",
  "（责任领导：许嘉明；牵头处室：办公室；配合处室（单位）：政策法规处、市电化教育馆）",
  ["许嘉明"], ["办公室"], ["政策法规处", "市电化教育馆"])
t(7, "加强教育宣传和新闻发布。",
  "健全教育新闻发布制度，用好“璟川教育”微信公众号等平台，做好重大政策解读和典型经验宣传。",
  "（责任领导：许嘉明；牵头处室：思想政治工作处；配合处室（单位）：办公室，局机关各处室、直属各单位）",
  ["许嘉明"], ["思想政治工作处"], ["办公室", "局机关各处室", "直属各单位"])


# ---------------------------------------------------------------- docx helpers
def set_font(run, name, size=None, bold=False, color=None, ascii_font="Times New Roman"):
    run.font.name = ascii_font
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:ascii"), ascii_font)
    rfonts.set(qn("w:hAnsi"), ascii_font)
    rfonts.set(qn("w:eastAsia"), name)
    if size:
        run.font.size = Pt(size)
    run.font.bold = bold
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def para(doc, runs, align=None, indent=True, size=16, line=28.95, right_chars=0,
         before=0, after=0):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    pf.line_spacing = Pt(line)
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    if indent:
        pf.first_line_indent = Pt(size * 2)
    if right_chars:
        pf.right_indent = Pt(16 * right_chars)
    if align is not None:
        p.alignment = align
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    for text, font, kw in runs:
        r = p.add_run(text)
        set_font(r, font, size=kw.get("size", size), bold=kw.get("bold", False),
                 color=kw.get("color"))
    return p


def page_break(doc):
    p = doc.add_paragraph()
    p.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    p.paragraph_format.line_spacing = Pt(28.95)
    p.add_run().add_break(WD_BREAK.PAGE)


def border(p, side, color="FF0000", sz=12):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement(f"w:{side}")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(sz))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def footer_page(footer, align):
    p = footer.paragraphs[0]
    p.alignment = align
    if align == WD_ALIGN_PARAGRAPH.RIGHT:
        p.paragraph_format.right_indent = Pt(14)
    else:
        p.paragraph_format.left_indent = Pt(14)
    r = p.add_run("— ")
    set_font(r, "宋体", size=14, ascii_font="宋体")
    r = p.add_run()
    set_font(r, "宋体", size=14, ascii_font="宋体")
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r._element.append(fc)
        elif text == " PAGE ":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            r._element.append(it)
        else:
            tt = OxmlElement("w:t")
            tt.text = text
            r._element.append(tt)
    r = p.add_run(" —")
    set_font(r, "宋体", size=14, ascii_font="宋体")


def build_docx(path):
    doc = Document()
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 3, 12, 9, 0, 0)
    cp.author = "jyj"
    cp.last_modified_by = "jyj"
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 3
    cp.title = ""
    cp.comments = ""

    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(16)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FS)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin = Mm(37), Mm(35)
    sec.left_margin, sec.right_margin = Mm(28), Mm(26)
    sec.footer_distance = Mm(28)
    sec.header_distance = Mm(15)
    doc.settings.odd_and_even_pages_header_footer = True
    footer_page(sec.footer, WD_ALIGN_PARAGRAPH.RIGHT)
    footer_page(sec.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT)

    C = WD_ALIGN_PARAGRAPH.CENTER
    # 版头
    para(doc, [("", FS, {})], indent=False)
    para(doc, [(ISSUER + "文件", XBS, {"size": 36, "color": "FF0000"})], align=C,
         indent=False, size=36, line=60)
    para(doc, [("", FS, {})], indent=False)
    p = para(doc, [(DOCNO, FS, {})], align=C, indent=False)
    border(p, "bottom", sz=18)
    para(doc, [("", FS, {})], indent=False)
    # 标题
    p = para(doc, [(TITLE_LINES[0], XBS, {"size": 22})], align=C, indent=False, size=22, line=35)
    r = p.add_run()
    r.add_break()
    r = p.add_run(TITLE_LINES[1])
    set_font(r, XBS, size=22)
    para(doc, [("", FS, {})], indent=False)
    para(doc, [(ZHUSONG, FS, {})], indent=False)
    for head, body in COVER:
        runs = []
        if head:
            runs.append((head, HT, {}))
        runs.append((body, FS, {}))
        para(doc, runs)
    para(doc, [("", FS, {})], indent=False)
    para(doc, [(ATTACH_NOTE, FS, {})])
    para(doc, [("", FS, {})], indent=False)
    para(doc, [("", FS, {})], indent=False)
    para(doc, [(SIGN, FS, {})], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=4)
    para(doc, [(DATE, FS, {})], align=WD_ALIGN_PARAGRAPH.RIGHT, indent=False, right_chars=4)
    para(doc, [("", FS, {})], indent=False)
    para(doc, [(PUBLIC, FS, {})])
    page_break(doc)

    # 附件
    para(doc, [("附件", HT, {})], indent=False)
    para(doc, [("", FS, {})], indent=False)
    para(doc, [(ATT_TITLE, XBS, {"size": 22})], align=C, indent=False, size=22, line=35)
    para(doc, [("", FS, {})], indent=False)
    n = 0
    last_part = None
    for task in T:
        if task["part"] != last_part:
            para(doc, [(PARTS[task["part"]], HT, {})])
            last_part = task["part"]
        n += 1
        task["id"] = str(n)
        task["marker"] = f"{n}．"
        para(doc, [(task["marker"] + task["title"], KT, {"bold": True}),
                   (task["body"], FS, {}), (task["bracket"], KT, {})])
    page_break(doc)

    # 版记
    for _ in range(17):
        para(doc, [("", FS, {})], indent=False)
    p = para(doc, [(BANJI_CC, FS, {"size": 14})], indent=False, size=14,
             line=28.95)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    border(p, "top", color="000000", sz=6)
    p = para(doc, [(BANJI_PRINT[0], FS, {"size": 14}),
                   ("\t" + BANJI_PRINT[1], FS, {"size": 14})], indent=False, size=14)
    p.paragraph_format.left_indent = Pt(14)
    p.paragraph_format.right_indent = Pt(14)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(154) - Pt(28), alignment=2)  # right tab
    border(p, "bottom", color="000000", sz=6)
    doc.save(path)


def main():
    if os.path.isdir(TMP):
        shutil.rmtree(TMP)
    os.makedirs(TMP)
    docx_path = os.path.join(TMP, NAME + ".docx")
    build_docx(docx_path)
    profile = "file://" + os.path.join(TMP, "lo_profile")
    subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless",
                    "--convert-to", "pdf", "--outdir", TMP, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf_path = os.path.join(TMP, NAME + ".pdf")
    txt_path = os.path.join(HERE, NAME + ".txt")
    subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", pdf_path, txt_path], check=True)
    if "--keep" not in sys.argv:
        shutil.rmtree(TMP)

    with open(os.path.join(HERE, NAME + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for task in T:
            text = task["title"] + task["body"]
            rec = {
                "id": task["id"],
                "marker": task["marker"],
                "head": text[:12],
                "responsible_units": task["leads"] + task["coops"],
                "lead_units": task["leads"],
                "cooperating_units": task["coops"],
                "leaders": task["leaders"],
                "deadline": None,
            }
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(T), "tasks")


if __name__ == "__main__":
    main()

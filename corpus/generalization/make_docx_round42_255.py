#!/usr/bin/env python3
"""Generate 255_cenyang_zhengqiu_xiuding.docx: a 征求意见稿 with unaccepted tracked changes and two comments.

Body paragraphs are written as raw WordprocessingML (lxml) into a python-docx document, so the
revisions look as Word writes them: w:ins / w:del runs with w:author and w:date, w:delText for
deleted text, paragraph-mark revisions in w:pPr/w:rPr, comment ranges + a comments.xml part.
The gold is the text with all changes accepted (deleted text gone, inserted text kept).
"""
import json, os, re
from xml.sax.saxutils import escape
from docx import Document
from docx.shared import Pt, Cm
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = "255_cenyang_zhengqiu_xiuding"

AUTHORS = {
    "a": ("市发展改革委 张伟", "2026-03-10T15:22:00Z"),
    "b": ("市政府办 李敏", "2026-03-12T09:41:00Z"),
    "c": ("Administrator", "2026-03-13T17:05:00Z"),
}
COMMENTS = {
    "c1": ("市政务服务中心 王磊", "WL", "2026-03-11T10:03:00Z",
           "建议将市政务服务中心一并列为配合单位，负责重点项目并联审批，请予考虑。"),
    "c2": ("市医疗保障局 赵倩", "ZQ", "2026-03-12T16:47:00Z",
           "医共体医保打包支付部分建议单列一项，由市医疗保障局牵头、市卫生健康委员会配合。"),
}

# mini-markup: ⟦+a|text⟧ inserted by author a, ⟦-a|text⟧ deleted by author a,
#              ⟦c1⟧ comment range start, ⟦/c1⟧ comment range end + reference
SECTIONS = [
 ("一、着力稳增长，推动经济量质齐升", [
  "1. 全市地区生产总值增长6%左右，一般公共预算收入增长5%，城镇调查失业率控制在5.5%以内。（责任领导：罗振华；牵头单位：市发展改革委；配合单位：市财政局、市统计局、市人力资源和社会保障局）",
  "2. 扩大有效投资，全年实施市级重点项目320个，完成投资850亿元以上，争取超长期特别国债和中央预算内投资项目60个以上。（责任领导：周海涛；牵头单位：市发展改革委；配合单位：市财政局、市自然资源和规划局⟦c1⟧⟦+a|、市住房和城乡建设局⟧⟦/c1⟧）",
  "3. 促进消费提质扩容，开展“岑享生活”系列促消费活动100场以上，社会消费品零售总额增长6.5%。（责任领导：何雅琴；牵头单位：市商务局；配合单位：市文化广电旅游体育局、市市场监督管理局、各县（市、区）人民政府）",
  "4. 精准招商引资，聚焦新能源、新材料、生物医药等产业链开展链式招商，全年引进亿元以上项目150个。（责任领导：周海涛；牵头单位：⟦-b|市商务局⟧⟦+b|市投资促进中心⟧；配合单位：市工业和信息化局、岑阳经济技术开发区管委会）",
  "5. 稳定外贸外资，支持企业参加境内外重点展会，推动跨境电商综合试验区建设，进出口总额增长8%。（责任领导：何雅琴；牵头单位：市商务局；配合单位：岑阳海关、国家税务总局岑阳市税务局）",
  "6. 加强财政资源统筹，盘活存量资产，严控一般性支出，兜牢基层“三保”底线。（责任领导：周海涛；牵头单位：市财政局；配合单位：市国资委⟦-a|、市审计局⟧、各县（市、区）人民政府）",
 ]),
 ("二、深化改革开放，激发发展内生动力", [
  "7. 深化国资国企改革，完成市属国有企业战略性重组和专业化整合，推动市城投集团市场化转型。（责任领导：周海涛；牵头单位：市国资委；配合单位：市财政局、人民银行岑阳市分行）",
  "8. 持续优化营商环境，深化“高效办成一件事”改革，新增集成服务事项20项，企业开办时间压缩至0.5个工作日。（责任领导：罗振华⟦-b|、陈立新⟧；牵头单位：市政务服务中心；配合单位：市数据局、市市场监督管理局、市司法局）",
  ("DELP", "a", "9. 推进要素市场化配置改革，探索建立城乡统一的建设用地市场，开展土地要素保障专项行动。（责任领导：孙明远；牵头单位：市自然资源和规划局；配合单位：市发展改革委、市农业农村局）"),
  ("INSP", "a", "9. 支持民营经济高质量发展，认真落实民营经济促进法，健全政企常态化沟通机制，开展清理拖欠企业账款专项行动。（责任领导：周海涛；牵头单位：市工商联；配合单位：市发展改革委、市工业和信息化局、市财政局）"),
  "10. 深化金融改革，推进普惠金融发展示范区建设，新增制造业中长期贷款80亿元。（责任领导：何雅琴；牵头单位：市委金融办；配合单位：人民银行岑阳市分行、国家金融监督管理总局岑阳监管分局）",
  "11. 扩大高水平对外开放，推进岑阳港口型国家物流枢纽建设，新开通国际班列线路3条。（责任领导：邓志勇；牵头单位：市交通运输局；配合单位：⟦-c|市商务局、⟧岑阳海关、市发展改革委）",
 ]),
 ("三、坚持创新驱动，加快构建现代化产业体系", [
  "12. 全社会研发投入强度达到2.6%，新认定高新技术企业120家、科技型中小企业500家。（责任领导：孙明远；牵头单位：市科学技术局；配合单位：市财政局、市统计局）",
  "13. ⟦-a|加快⟧⟦+a|全力推进⟧新能源电池产业集群建设，推动年产20GWh储能电池项目竣工投产，产业集群产值突破600亿元。（责任领导：周海涛；牵头单位：市工业和信息化局；配合单位：岑阳经济技术开发区管委会、市发展改革委）",
  "14. 实施制造业数字化转型行动，新建智能工厂15家、数字化车间50个，推动规上工业企业数字化改造全覆盖。（责任领导：周海涛；牵头单位：市工业和信息化局；配合单位：市数据局、市科学技术局）",
  "15. 培育壮大经营主体，实施“小升规”培育工程，推动专精特新企业梯度发展。⟦+b|力争全年新增规模以上工业企业60家、国家级专精特新“小巨人”企业5家。⟧（责任领导：周海涛；牵头单位：市工业和信息化局；配合单位：市市场监督管理局、市统计局、各县（市、区）人民政府）",
  "16. 加快发展数字经济，建成5G基站1500个，推进城市算力中心二期建设。（责任领导：孙明远；牵头单位：市数据局；配合单位：市工业和信息化局、市通信发展管理办公室）",
  "17. 推动文旅产业融合发展，创建国家AAAAA级旅游景区1家，接待游客突破4500万人次。（责任领导：何雅琴；牵头单位：市文化广电旅游体育局；配合单位：市发展改革委、市自然资源和规划局⟦+c|、市交通运输局⟧）",
 ]),
 ("四、统筹城乡融合发展，建设美丽岑阳", [
  "18. 全面推进乡村振兴，粮食播种面积稳定在420万亩以上，新建高标准农田18万亩。（责任领导：刘建华；牵头单位：市农业农村局；配合单位：市财政局、市自然资源和规划局、市水利局）",
  "19. 推进城市更新，改造城镇老旧小区126个，新开工保障性住房2000套。（责任领导：⟦-b|刘建华⟧⟦+b|孙明远⟧；牵头单位：市住房和城乡建设局；配合单位：市财政局、市自然资源和规划局）",
  "20. 加快交通基础设施建设，推进岑阳至鹤浦高速公路、沿江铁路岑阳段建设，完成农村公路提质改造300公里。（责任领导：邓志勇；牵头单位：市交通运输局；配合单位：市自然资源和规划局、市发展改革委、各县（市、区）人民政府）",
  "21. 提升城市精细化管理水平，推进城市生命线安全工程建设，开展背街小巷整治200条。（责任领导：邓志勇；牵头单位：市住房和城乡建设局⟦-a|、市城市管理局⟧；配合单位：⟦+a|市城市管理局、⟧市应急管理局、各县（市、区）人民政府）",
  "22. 深入打好污染防治攻坚战，PM2.5平均浓度控制在32微克/立方米以内，国考断面水质优良比例达到100%。（责任领导：刘建华；牵头单位：市生态环境局；配合单位：市水利局、市住房和城乡建设局、市农业农村局）",
  "23. 推进绿色低碳发展，新增光伏装机容量30万千瓦，单位地区生产总值能耗下降3%。⟦-c|完成碳排放双控考核任务。⟧（责任领导：周海涛；牵头单位：市发展改革委；配合单位：市生态环境局、市工业和信息化局）",
 ]),
 ("五、增进民生福祉，提升社会治理效能", [
  "24. 促进高质量充分就业，城镇新增就业3.2万人，高校毕业生留岑就业率达到45%。（责任领导：何雅琴；牵头单位：市人力资源和社会保障局；配合单位：市教育局、市财政局）",
  "25. 推进教育优质均衡发展，新建改扩建中小学和幼儿园18所，新增学位1.2万个。（责任领导：何雅琴；牵头单位：市教育局；配合单位：市发展改革委、市财政局、市住房和城乡建设局）",
  "26. ⟦c2⟧深化医药卫生体制改革，推进紧密型县域医共体建设，市中心医院新院区投入使用。⟦/c2⟧（责任领导：何雅琴；牵头单位：市卫生健康委员会；配合单位：市医疗保障局、市财政局）",
  "27. 完善养老服务体系，新建社区嵌入式养老服务设施40处，发展老年助餐服务点200个。（责任领导：邓志勇；牵头单位：市民政局；配合单位：⟦-b|市卫生健康委员会⟧⟦+b|市住房和城乡建设局⟧、各县（市、区）人民政府）",
  "28. 统筹发展和安全，深化安全生产治本攻坚三年行动，有效防范化解重大风险，建设更高水平的平安岑阳。（责任领导：罗振华、邓志勇；牵头单位：市应急管理局；配合单位：市公安局、市市场监督管理局、市交通运输局）",
 ]),
]

TOK = re.compile(r"⟦([+-])([abc])\|(.*?)⟧|⟦(/?)(c\d)⟧")

def segments(s):
    """split mini-markup into [('t'|'ins'|'del', text, author) | ('cs'|'ce', cid)]"""
    out, pos = [], 0
    for m in TOK.finditer(s):
        if m.start() > pos: out.append(("t", s[pos:m.start()], None))
        if m.group(1):
            out.append(("ins" if m.group(1) == "+" else "del", m.group(3), m.group(2)))
        else:
            out.append(("ce" if m.group(4) else "cs", m.group(5), None))
        pos = m.end()
    if pos < len(s): out.append(("t", s[pos:], None))
    return out

def accepted(s):
    return "".join(t for k, t, a in segments(s) if k in ("t", "ins"))

# --------------------------------------------------------------------------- XML writers
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_rev = [100]
def rid():
    _rev[0] += 1; return _rev[0]
CID = {"c1": 0, "c2": 1}

def rpr(face="仿宋_GB2312", size=32, bold=False):
    return ('<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s" w:hint="eastAsia"/>'
            '%s<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>' % (face, "<w:b/>" if bold else "", size, size))

def run_t(text, **kw):
    # Word splits a run where the script changes; imitate that (CJK vs ASCII digits)
    parts = re.findall(r"[\x00-\x7f]+|[^\x00-\x7f]+", text)
    return "".join('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr(**kw), escape(p)) for p in parts)

def run_del(text, **kw):
    return '<w:r>%s<w:delText xml:space="preserve">%s</w:delText></w:r>' % (rpr(**kw), escape(text))

def rev_attr(a):
    au, dt = AUTHORS[a]
    return 'w:id="%d" w:author="%s" w:date="%s"' % (rid(), escape(au), dt)

def ppr(indent=True, align=None, mark=None, face="仿宋_GB2312", size=32, bold=False):
    x = '<w:pPr><w:spacing w:line="560" w:lineRule="exact"/>'
    if indent: x += '<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    if align: x += '<w:jc w:val="%s"/>' % align
    r = rpr(face, size, bold)
    if mark:   # paragraph-mark revision: <w:rPr><w:ins|w:del .../></w:rPr>
        kind, a = mark
        r = r.replace("<w:rPr>", "<w:rPr><w:%s %s/>" % (kind, rev_attr(a)), 1)
    return x + r + "</w:pPr>"

def para_xml(src, indent=True, align=None, mark=None, whole=None, face="仿宋_GB2312", size=32, bold=False):
    kw = dict(face=face, size=size, bold=bold)
    body = ""
    if whole:   # whole paragraph inserted/deleted by one author
        kind, a = whole
        inner = run_t(src, **kw) if kind == "ins" else run_del(src, **kw)
        body = '<w:%s %s>%s</w:%s>' % (kind, rev_attr(a), inner, kind)
    else:
        for k, t, a in segments(src):
            if k == "t": body += run_t(t, **kw)
            elif k == "ins": body += '<w:ins %s>%s</w:ins>' % (rev_attr(a), run_t(t, **kw))
            elif k == "del": body += '<w:del %s>%s</w:del>' % (rev_attr(a), run_del(t, **kw))
            elif k == "cs": body += '<w:commentRangeStart w:id="%d"/>' % CID[t]
            elif k == "ce":
                body += ('<w:commentRangeEnd w:id="%d"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
                         '<w:commentReference w:id="%d"/></w:r>' % (CID[t], CID[t]))
    return parse_xml('<w:p %s>%s%s</w:p>' % (nsdecls("w"), ppr(indent, align, mark, face, size, bold), body))

def comments_part_xml():
    x = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments %s>' % nsdecls("w")
    for cid in ("c1", "c2"):
        au, ini, dt, text = COMMENTS[cid]
        x += ('<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="%s"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr>'
              '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
              '<w:r><w:t>%s</w:t></w:r></w:p></w:comment>' % (CID[cid], escape(au), dt, ini, escape(text)))
    return (x + "</w:comments>").encode("utf-8")

def main():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)
    sectPr = body.find(qn("w:sectPr"))
    def add(el): sectPr.addprevious(el)
    def P(src, **kw): add(para_xml(src, **kw))
    BR = lambda: add(parse_xml('<w:p %s><w:r><w:br w:type="page"/></w:r></w:p>' % nsdecls("w")))

    P("征求意见稿", indent=False, align="right", face="黑体")
    P("", indent=False)
    P("岑阳市人民政府办公室文件", indent=False, align="center", face="方正小标宋简体", size=60)
    P("", indent=False)
    P("岑政办发〔2026〕  号", indent=False, align="center")
    P("", indent=False)
    P("岑阳市人民政府办公室", indent=False, align="center", face="方正小标宋简体", size=44)
    P("关于印发2026年《政府工作报告》重点任务分工的通知", indent=False, align="center", face="方正小标宋简体", size=44)
    P("", indent=False)
    P("各县（市、区）人民政府，岑阳经济技术开发区管委会，市政府各部门，各直属机构：", indent=False)
    P("《政府工作报告》已经岑阳市第十七届人民代表大会第五次会议审议通过。为确保报告确定的各项目标任务落到实处，经市人民政府同意，现将2026年《政府工作报告》重点任务分工印发给你们，请认真抓好落实。")
    P("各责任领导要加强统筹调度，牵头单位要切实履行牵头职责，制定具体落实方案，明确时间表、路线图；配合单位要主动对接、密切配合，形成工作合力。各牵头单位请于⟦-b|每季度末月⟧⟦+b|每季度首月⟧10日前将上季度任务推进情况报市政府督查室，市政府督查室将定期开展督查通报。")
    P("附件：2026年《政府工作报告》重点任务分工")
    P("", indent=False)
    P("岑阳市人民政府办公室", indent=False, align="right")
    P("2026年3月  日", indent=False, align="right")
    P("（此件公开发布）")
    BR()
    P("附件", indent=False, face="黑体")
    P("", indent=False)
    P("2026年《政府工作报告》重点任务分工", indent=False, align="center", face="方正小标宋简体", size=44)
    P("", indent=False)

    gold = []
    sec_no = 0
    for head, tasks in SECTIONS:
        sec_no += 1
        P(head, face="黑体")
        for t in tasks:
            if isinstance(t, tuple):
                kind, a, text = t
                if kind == "DELP":
                    P(text, mark=("del", a), whole=("del", a))
                    continue
                P(text, mark=("ins", a), whole=("ins", a))
                acc = text
            else:
                P(t)
                acc = accepted(t)
            m = re.match(r"^(\d+)\. (.*)（责任领导：(.*?)；牵头单位：(.*?)；配合单位：(.*?)）$", acc)
            assert m, acc
            lead, coop = m.group(4).split("、"), [u for u in re.split(r"、(?![^（]*）)", m.group(5))]
            gold.append(dict(id=m.group(1), head=m.group(2)[:12], responsible_units=lead + coop,
                             lead_units=lead, cooperating_units=coop, leaders=m.group(3).split("、")))
    P("", indent=False)
    add(parse_xml('<w:p %s><w:pPr><w:pBdr><w:top w:val="single" w:sz="8" w:space="1" w:color="auto"/>'
                  '<w:bottom w:val="single" w:sz="8" w:space="1" w:color="auto"/></w:pBdr>'
                  '<w:spacing w:line="560" w:lineRule="exact"/><w:ind w:leftChars="100" w:left="280"/></w:pPr>%s</w:p>'
                  % (nsdecls("w"), run_t("抄送：市委各部门，市人大常委会办公室，市政协办公室，市中级人民法院，市人民检察院。", size=28))))
    P("岑阳市人民政府办公室　　　　　　　　2026年3月  日印发", indent=False, size=28)

    # comments part + relationship (+ content type comes from the part)
    part = Part(PackURI("/word/comments.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
                comments_part_xml(), doc.part.package)
    doc.part.relate_to(part, RT.COMMENTS)
    # track revisions switched on, as in the draft being circulated
    st = doc.settings.element
    st.find(qn("w:defaultTabStop")).addprevious(parse_xml('<w:trackRevisions %s/>' % nsdecls("w")))
    # the two styles Word adds with the first comment
    styles = doc.styles.element
    styles.append(parse_xml('<w:style %s w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/>'
                            '<w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
                            '<w:rPr><w:sz w:val="21"/><w:szCs w:val="21"/></w:rPr></w:style>' % nsdecls("w")))
    styles.append(parse_xml('<w:style %s w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/>'
                            '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>'
                            '<w:pPr><w:jc w:val="left"/></w:pPr></w:style>' % nsdecls("w")))
    doc.core_properties.author = "市政府办 李敏"
    doc.core_properties.title = "2026年政府工作报告重点任务分工（征求意见稿）"
    doc.save(os.path.join(HERE, STEM + ".docx"))

    ids = [g["id"] for g in gold]
    assert ids == [str(i) for i in range(1, 29)], ids
    with open(os.path.join(HERE, STEM + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
        for g in gold:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(len(gold), "tasks")

if __name__ == "__main__":
    main()

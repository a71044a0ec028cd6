#!/usr/bin/python3
"""Round 126 / 646: a 省人民政府办公厅 notice printing a 实施方案 whose measures close with
State Council-style brackets, as the provincial portal serves the article page (HTML).

Writes (deterministically):
  646_danning_sheng_qingnian_jiuye_shishi_fangan.html
  646_danning_sheng_qingnian_jiuye_shishi_fangan.tasks.gold.jsonl
"""
import html
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "646_danning_sheng_qingnian_jiuye_shishi_fangan"

CN = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]


def cn_num(n):
    if n <= 10:
        return CN[n]
    if n < 20:
        return "十" + CN[n - 10]
    t, u = divmod(n, 10)
    return CN[t] + "十" + CN[u]


# ---------------------------------------------------------------------------
# The 实施方案.  A measure is a list of paragraphs; each paragraph a list of
# pieces: plain text, or ("C", clause-text-without-brackets).
# Style keys change how the paragraph is served (bold title, &nbsp; indent …).
# ---------------------------------------------------------------------------
PARTS = [
    ("二、多渠道开发就业岗位", [
        dict(title="挖掘重点领域就业潜力。", paras=[[
            "围绕全省“6+3”现代化产业体系建设，在先进制造、数字经济、现代物流、文化旅游、养老托育等领域加大岗位开发力度，"
            "实施重大项目、重大工程时优先吸纳高校毕业生等青年就业。每年征集发布一批适合高校毕业生的重点企业岗位需求清单。",
            ("C", "省发展改革委牵头，省工业和信息化厅、省商务厅、省文化和旅游厅等按职责分工负责")]]),
        dict(title="支持中小微企业吸纳就业。", paras=[[
            "对招用毕业年度或离校2年内未就业高校毕业生、16—24岁登记失业青年，与其签订1年以上劳动合同并按规定参加失业保险的企业，"
            "按每人1500元标准发放一次性扩岗补助，政策执行期至2025年12月31日。",
            ("C", "省人力资源社会保障厅牵头，省财政厅按职责分工负责"),
            "落实好企业吸纳重点群体就业的税费减免政策，做到应享尽享、直达快享。",
            ("C", "省税务局负责")]]),
        dict(title="稳定国有企业招聘规模。", paras=[[
            "省属国有企业2025年面向高校毕业生的招聘规模不低于上年，招聘信息在省级公共就业服务平台集中发布，坚持公开招聘，"
            "严禁“萝卜招聘”“暗箱操作”。指导市（州）属国有企业同步做好相关工作。",
            ("C", "省国资委负责")]]),
        dict(title="用好基层服务项目。", paras=[[
            "2025年全省招募“三支一扶”人员1500名，统筹实施大学生志愿服务西部计划、农技特岗计划等基层服务项目，"
            "落实服务期满考录（招聘）定向政策，畅通服务期满人员流动渠道。",
            ("C", "省人力资源社会保障厅牵头，省委组织部、省教育厅、省农业农村厅、团省委等按职责分工负责；2025年7月底前完成招募")]]),
        dict(title="引导到基层教育卫生领域就业。", paras=[[
            "继续实施农村义务教育阶段学校教师特设岗位计划，新招聘特岗教师优先安排到乡村学校和教学点。",
            ("C", "省教育厅负责"),
            "支持乡镇卫生院、村卫生室招聘医学类高校毕业生，落实“县管乡用”“乡聘村用”政策。",
            ("C", "省卫生健康委负责")]]),
        dict(title="稳定机关事业单位招录（聘）规模。", paras=[[
            "合理确定公务员招录和事业单位公开招聘时间安排，统筹用好空缺编制，招录（聘）规模保持稳定并适当向高校毕业生倾斜，"
            "基层事业单位可采取面试、直接考察等方式公开招聘急需紧缺专业人才。",
            ("C", "省委组织部、省委编办、省人力资源社会保障厅按职责分工负责")]]),
        dict(title="扩大征集入伍规模。", paras=[[
            "加大高校毕业生征兵工作力度，落实学费补偿、助学贷款代偿、退役后复学升学等优待政策，提高大学生士兵比例。",
            ("C", "省征兵办牵头，省教育厅、省财政厅、省退役军人事务厅等按职责分工负责")]]),
        dict(title="开发科研助理岗位。", paras=[[
            "支持高校、科研院所和企业承担的各类科研项目吸纳高校毕业生从事科研助理工作，所需劳务费用和社会保险补助按规定从项目经费中列支，"
            "科研助理岗位聘用期间可按规定办理落户和档案接转。",
            ("C", "省科技厅、省教育厅牵头，省财政厅、省人力资源社会保障厅按职责分工负责")]]),
        dict(title="拓展城乡社区就业空间。", paras=[[
            "挖掘社区工作者、社会工作、养老服务等岗位，引导高校毕业生到城乡社区就业；结合乡村全面振兴，开发一批乡村公共服务岗位，"
            "优先吸纳离校未就业高校毕业生。",
            ("C", "省民政厅、省农业农村厅按职责分工负责，各市（州）人民政府负责落实")]]),
        dict(title="加大金融支持力度。", paras=[[
            "引导金融机构加大对吸纳高校毕业生就业较多的小微企业信贷支持，用好稳岗扩岗专项贷款，对符合条件的经营主体给予优惠利率支持。",
            ("C", "人民银行澹宁省分行、澹宁金融监管局按职责分工负责")]]),
    ]),
    ("三、支持青年自主创业", [
        dict(title="加大创业担保贷款支持。", paras=[[
            "符合条件的高校毕业生自主创业的，可申请最高不超过30万元的创业担保贷款，按规定给予贴息；对还款积极、带动就业能力强、"
            "创业项目好的借款个人和小微企业，可继续提供创业担保贷款贴息，但累计次数不得超过3次。",
            ("C", "省财政厅牵头，省人力资源社会保障厅、人民银行澹宁省分行按职责分工负责")]]),
        dict(title="提升创业载体服务能力。", paras=[[
            "各类创业孵化基地、众创空间要安排一定比例场地免费向高校毕业生创业者提供，政府投资开发的创业载体安排30%左右的场地免费提供；"
            "2025年认定一批省级大学生创业孵化示范基地。",
            ("C", "省人力资源社会保障厅牵头，省科技厅、省教育厅按职责分工负责；2025年10月底前完成认定")]]),
        dict(title="办好创业培训和创新创业大赛。", style="strong_title", paras=[[
            "面向有创业意愿的高校毕业生和青年开展创业培训，按规定给予创业培训补贴。",
            ("C", "省人力资源社会保障厅负责"),
            "深入实施中国国际大学生创新大赛澹宁赛区比赛，办好“澹创未来”青年创新创业大赛，对获奖项目在孵化场地、融资对接等方面优先给予支持。",
            ("C", "省教育厅牵头，团省委、省科技厅按职责分工负责")]]),
        dict(title="支持返乡入乡创业。", paras=[[
            "对到乡村创办家庭农场、农民合作社及农产品加工、乡村旅游等经营主体的高校毕业生，按规定落实用地、用电和金融支持政策，"
            "将符合条件的返乡入乡创业项目纳入乡村振兴项目库。",
            ("C", "省农业农村厅牵头，省自然资源厅、省人力资源社会保障厅等按职责分工负责")]]),
        dict(title="支持多渠道灵活就业。", paras=[[
            "支持高校毕业生从事新就业形态，对离校2年内未就业高校毕业生灵活就业的，按规定给予社会保险补贴，"
            "指导平台企业依法合规用工，维护新就业形态劳动者合法权益。",
            ("C", "省人力资源社会保障厅、省医保局按职责分工负责")]]),
    ]),
    ("四、强化就业指导服务", [
        dict(title="开展校园招聘服务。", paras=[[
            "深入实施“百日千万招聘专项行动”“国聘行动”等，每年组织各类校园招聘活动不少于500场，推动岗位信息进校园、进院系、进班级。",
            ("C", "省人力资源社会保障厅、省教育厅牵头，省国资委、团省委等按职责分工负责")]]),
        dict(title="加强就业指导和职业生涯教育。", paras=[[
            "把职业生涯教育贯穿人才培养全过程，高校按师生比不低于1∶500的标准配齐配强专职就业工作人员，"
            "开设就业指导必修课程，组织开展职业生涯规划大赛。",
            ("C", "省教育厅负责")]]),
        dict(title="精准帮扶困难毕业生。", paras=[[
            "对脱贫家庭、低保家庭、零就业家庭以及残疾等困难毕业生建立帮扶台账，实施“一人一档”“一人一策”精准帮扶，"
            "按规定发放一次性求职创业补贴，优先推荐岗位、优先组织培训见习。",
            ("C", "省教育厅、省人力资源社会保障厅牵头，省民政厅、省财政厅、省残联按职责分工负责")]]),
        dict(title="做好离校未就业毕业生实名服务。", paras=[
            ["高校要在毕业生离校前将有就业意愿的未就业毕业生信息及时推送至公共就业服务机构，做到人走信息走、服务不断档。"],
            ["公共就业服务机构要主动联系，向每名有就业意愿的离校未就业毕业生至少提供1次政策宣介、1次职业指导、3个岗位信息和1次培训或见习机会。",
             ("C", "省教育厅、省人力资源社会保障厅按职责分工负责；2025年8月底前完成信息衔接")]]),
        dict(title="扩大就业见习规模。", paras=[[
            "2025年全省募集就业见习岗位2万个以上，对见习期满留用率达到50%以上的见习单位，适当提高见习补贴标准；"
            "见习人员在见习期间发生意外伤害的，按规定给予保障。",
            ("C", "省人力资源社会保障厅牵头，省财政厅、省国资委、团省委等按职责分工负责，各市（州）人民政府负责落实")]]),
        dict(title="加强职业技能培训。", paras=[[
            "面向未就业高校毕业生和失业青年开展岗位技能培训、新职业培训和数字技能培训，按规定给予职业培训补贴，"
            "支持青年参加职业技能等级认定和专项职业能力考核。",
            ("C", "省人力资源社会保障厅牵头，省教育厅、省财政厅，省总工会按职责分工负责")]]),
        dict(title="加强长期失业青年帮扶。", style="nbsp", paras=[[
            "对登记失业的长期失业青年，实施实践引导、职业指导、技能提升、就业援助等帮扶措施，每月至少跟踪联系1次，"
            "帮助其尽快融入就业市场。",
            ("C", "省人力资源社会保障厅负责")]]),
        dict(title="提升公共就业服务数字化水平。", paras=[[
            "依托“澹宁就业”服务平台，推进高校毕业生就业信息与公安、民政、教育等部门数据共享，提供线上求职登记、政策申领、"
            "岗位匹配等“一网通办”服务，推行政策“免申即享”。",
            ("C", "省人力资源社会保障厅牵头，省数据局、省教育厅、省公安厅、省民政厅按职责分工负责；2025年9月底前完成平台升级")]]),
    ]),
    ("五、维护青年就业权益", [
        dict(title="营造公平就业环境。", paras=[[
            "坚决纠正违反国家规定设置的民族、种族、性别、宗教信仰等歧视性条件，国有企事业单位招聘不得将毕业院校、国（境）外学习经历、"
            "学习方式等作为限制性条件。",
            ("C", "省人力资源社会保障厅会同省教育厅、省国资委负责")]]),
        dict(title="加强招聘领域监管。", paras=[[
            "加大人力资源市场监管力度，依法打击“黑职介”、虚假招聘、售卖简历、以求职为名的“培训贷”等违法犯罪活动，"
            "开展清理整顿人力资源市场秩序专项行动。",
            ("C", "省人力资源社会保障厅、省公安厅、省市场监管局、省委网信办按职责分工负责")]]),
        dict(title="优化就业手续办理。", paras=[[
            "全面取消就业报到证，不再将其作为办理毕业生档案接收、落户手续的必需材料，做好档案转递服务。",
            ("C", "省教育厅牵头，省人力资源社会保障厅配合"),
            "高校毕业生到城镇就业、创业的，可在就业创业地办理落户手续，进一步简化落户程序。",
            ("C", "省公安厅负责")]]),
        dict(title="维护劳动权益。", paras=[[
            "指导用人单位依法与高校毕业生签订劳动合同，加强对试用期、工作时间、工资支付等的劳动保障监察执法。",
            ("C", "省人力资源社会保障厅负责"),
            "畅通维权渠道，为符合条件的青年劳动者提供法律援助。",
            ("C", "省司法厅负责")]]),
    ]),
    ("六、强化组织保障", [
        dict(title="压实工作责任。", paras=[[
            "各级政府要把高校毕业生等青年就业作为“一把手”工程，主要负责同志要亲自研究部署，定期召开专题会议，"
            "协调解决突出问题，确保各项政策措施落地见效。",
            ("C", "各市（州）人民政府负责")]]),
        dict(title="加强资金保障。", paras=[[
            "统筹用好就业补助资金、失业保险基金等，确保各项补贴按时足额发放，加强资金监管，严防跑冒滴漏。",
            ("C", "省财政厅、省人力资源社会保障厅按职责分工负责")]]),
        dict(title="加强统计监测。", paras=[[
            "健全高校毕业生就业状况监测机制，按月调度重点指标，做好就业数据核查，严禁就业数据造假。",
            ("C", "省教育厅、省人力资源社会保障厅牵头，省统计局按职责分工负责")]]),
        dict(title="加强宣传引导。", paras=[[
            "广泛宣传就业创业政策和服务举措，引导青年树立正确的就业观念，选树一批扎根基层、自主创业的青年典型，营造良好社会氛围。",
            ("C", "省委宣传部牵头，省教育厅、省人力资源社会保障厅、团省委、省妇联等按职责分工负责")]]),
        dict(title="加强督促落实。", paras=[[
            "省就业工作领导小组办公室要加强督导调度，对工作推进不力、政策落实不到位的地区进行通报。",
            ("C", "省人力资源社会保障厅会同有关部门负责")]]),
    ]),
]

# ---------------------------------------------------------------------------
# Clause roles (the gold generator's own reading; the checker re-verifies).
# ---------------------------------------------------------------------------
SEP = re.compile(r"[、，]")


def split_units(s):
    s = s.strip()
    if s.endswith("等"):
        s = s[:-1]
    out = []
    depth = 0
    cur = ""
    for ch in s:
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        if depth == 0 and ch in "、，":
            out.append(cur)
            cur = ""
        else:
            cur += ch
    out.append(cur)
    out = [u[:-1] if u.endswith("等") else u for u in out]
    assert all(out), s
    return out


def read_clause(c):
    """-> (units, leads or None, coops or None, deadline or None)"""
    deadline = None
    if "；" in c:
        c, deadline = c.split("；", 1)
    m = re.fullmatch(r"(.+?)牵头，(.+?)(?:配合|按职责分工负责)(?:，(各市（州）人民政府)负责落实)?", c)
    if m:
        leads = split_units(m.group(1))
        coops = split_units(m.group(2)) + ([m.group(3)] if m.group(3) else [])
        return leads + coops, leads, coops, deadline
    m = re.fullmatch(r"(.+?)会同(.+?)负责", c)
    if m:
        leads = split_units(m.group(1))
        coops = split_units(m.group(2))
        return leads + coops, leads, coops, deadline
    m = re.fullmatch(r"(.+?)按职责分工负责(?:，(各市（州）人民政府)负责落实)?", c)
    if m:
        units = split_units(m.group(1)) + ([m.group(2)] if m.group(2) else [])
        return units, None, None, deadline
    m = re.fullmatch(r"(.+?)负责", c)
    if m:
        units = split_units(m.group(1))
        assert len(units) == 1, c
        return units, units, [], deadline
    raise ValueError(c)


def gold_records():
    recs = []
    n = 0
    for _part, measures in PARTS:
        for ms in measures:
            n += 1
            units, leads, coops, deadlines = [], [], [], []
            lead_null = False
            for para in ms["paras"]:
                for piece in para:
                    if isinstance(piece, tuple):
                        u, l, c, d = read_clause(piece[1])
                        for x in u:
                            if x not in units:
                                units.append(x)
                        if l is None:
                            lead_null = True
                        else:
                            leads += [x for x in l if x not in leads]
                            coops += [x for x in c if x not in coops]
                        if d:
                            deadlines.append(d)
            if lead_null:
                assert sum(isinstance(p, tuple) for para in ms["paras"] for p in para) == 1
                leads = coops = None
            else:
                assert not set(leads) & set(coops), ms["title"]
            assert len(deadlines) <= 1
            text = ms["title"] + "".join(p if isinstance(p, str) else "（%s）" % p[1]
                                         for para in ms["paras"] for p in para)
            recs.append(dict(id=str(n), marker="（%s）" % cn_num(n), head=text[:12],
                             responsible_units=units, lead_units=leads, cooperating_units=coops,
                             leaders=[], deadline=deadlines[0] if deadlines else None))
    return recs


# ---------------------------------------------------------------------------
# The served page.
# ---------------------------------------------------------------------------
E = html.escape


def esc(s):
    return html.escape(s, quote=False)


def measure_html(n, ms):
    out = []
    marker = "（%s）" % cn_num(n)
    style = ms.get("style", "")
    for i, para in enumerate(ms["paras"]):
        body = "".join(esc(p) if isinstance(p, str) else esc("（%s）" % p[1]) for p in para)
        if i == 0:
            if style == "strong_title":
                body = "<strong>%s%s</strong>%s" % (esc(marker), esc(ms["title"]), body)
            else:
                body = esc(marker + ms["title"]) + body
        if style == "nbsp":
            out.append('<p>&nbsp;&nbsp;&nbsp;&nbsp;%s</p>' % body)
        else:
            out.append('<p style="text-indent: 2em;">%s</p>' % body)
    return out


def content_html():
    L = []
    P = lambda s: L.append('<p style="text-indent: 2em;">%s</p>' % s)
    C = lambda s: L.append('<p style="text-align: center;">%s</p>' % s)
    R = lambda s: L.append('<p style="text-align: right;">%s</p>' % s)
    P("各市（州）人民政府，省政府各部门、各直属机构：")
    P("《澹宁省进一步做好高校毕业生等青年就业创业工作实施方案》已经省人民政府同意，现印发给你们，请认真贯彻执行。")
    L.append('<p style="text-indent: 2em;"><br/></p>')
    R("澹宁省人民政府办公厅")
    R("2025年4月21日")
    P("（此件公开发布）")
    L.append('<p><br/></p>')
    C("<strong>澹宁省进一步做好高校毕业生等青年就业创业工作实施方案</strong>")
    P("高校毕业生等青年就业关系民生福祉、经济发展和国家未来。为深入贯彻落实党中央、国务院关于促进高校毕业生等青年就业创业的决策部署，"
      "全力稳定和扩大青年就业，结合我省实际，制定本实施方案。")
    P("<strong>一、总体要求</strong>")
    P("坚持把高校毕业生等青年就业作为就业工作的重中之重，强化政策支持，拓宽就业渠道，优化就业服务，维护就业权益。"
      "到2025年底，全省高校毕业生去向落实率保持在90%以上，离校未就业高校毕业生帮扶就业率达到90%以上，"
      "有就业意愿的困难家庭毕业生实现100%帮扶，青年就业形势保持总体稳定。")
    n = 0
    for part, measures in PARTS:
        P("<strong>%s</strong>" % esc(part))
        for ms in measures:
            n += 1
            L.extend(measure_html(n, ms))
    return "\n".join(L)


TITLE = "澹宁省人民政府办公厅关于印发澹宁省进一步做好高校毕业生等青年就业创业工作实施方案的通知"

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}_省政府办公厅文件_澹宁省人民政府门户网站</title>
<meta name="SiteName" content="澹宁省人民政府门户网站">
<meta name="SiteDomain" content="www.danning.gov.cn">
<meta name="SiteIDCode" content="6300000017">
<meta name="ColumnName" content="省政府办公厅文件">
<meta name="ColumnDescription" content="省政府办公厅文件">
<meta name="ColumnKeywords" content="省政府办公厅文件">
<meta name="ColumnType" content="省政府办公厅文件">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2025-04-25 16:42">
<meta name="ContentSource" content="省政府办公厅">
<meta name="Keywords" content="高校毕业生,青年,就业创业,实施方案">
<meta name="Author" content="省政府办公厅">
<meta name="Description" content="澹宁省人民政府办公厅关于印发澹宁省进一步做好高校毕业生等青年就业创业工作实施方案的通知">
<meta name="Url" content="https://www.danning.gov.cn/zwgk/zfxxgk/fdzdgknr/szfbgtwj/202504/t20250425_1987342.html">
<link rel="stylesheet" href="/images/common/css/base.css">
<link rel="stylesheet" href="/images/common/css/article.css">
<script src="/images/common/js/jquery-1.12.4.min.js"></script>
<script src="/images/common/js/common.js"></script>
</head>
<body>
<div class="top-bar">
  <div class="w1200 clearfix">
    <span class="fl">欢迎访问澹宁省人民政府门户网站</span>
    <span class="fr"><a href="javascript:void(0)" class="wza">无障碍</a> | <a href="javascript:void(0)" class="zhlb">长辈版</a> | <a href="/mobile/">移动版</a> | <a href="javascript:void(0)" class="jt">简</a>/<a href="javascript:void(0)" class="ft">繁</a></span>
  </div>
</div>
<div class="header">
  <div class="w1200">
    <a href="/" class="logo"><img src="/images/common/img/logo.png" alt="澹宁省人民政府"></a>
    <form class="search" action="/search/" method="get" target="_blank">
      <input type="text" name="q" placeholder="请输入关键词">
      <button type="submit">搜索</button>
    </form>
  </div>
</div>
<div class="nav">
  <ul class="w1200">
    <li><a href="/">首页</a></li>
    <li><a href="/yw/">要闻动态</a></li>
    <li class="on"><a href="/zwgk/">政务公开</a></li>
    <li><a href="/zwfw/">政务服务</a></li>
    <li><a href="/hdjl/">互动交流</a></li>
    <li><a href="/zjdn/">走进澹宁</a></li>
  </ul>
</div>
<div class="w1200 main">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfxxgk/">政府信息公开</a> &gt; <a href="/zwgk/zfxxgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="/zwgk/zfxxgk/fdzdgknr/szfbgtwj/">省政府办公厅文件</a></div>
  <div class="xxgk-info">
    <table class="xxgk-table" cellspacing="0" cellpadding="0">
      <tr>
        <th>索&nbsp;引&nbsp;号：</th><td>006300012/2025-00318</td>
        <th>主题分类：</th><td>劳动、人事、监察\\就业</td>
      </tr>
      <tr>
        <th>发文机关：</th><td>澹宁省人民政府办公厅</td>
        <th>成文日期：</th><td>2025年04月21日</td>
      </tr>
      <tr>
        <th>标&emsp;&emsp;题：</th><td colspan="3">{title}</td>
      </tr>
      <tr>
        <th>发文字号：</th><td>澹政办发〔2025〕9号</td>
        <th>发布日期：</th><td>2025年04月25日</td>
      </tr>
      <tr>
        <th>有&nbsp;效&nbsp;性：</th><td>有效</td>
        <th>废止日期：</th><td></td>
      </tr>
    </table>
  </div>
  <div class="article">
    <h1 class="article-title">{title}</h1>
    <div class="article-sub">
      <span>澹政办发〔2025〕9号</span>
    </div>
    <div class="article-info">
      <span>发布时间：2025-04-25 16:42</span>
      <span>来源：省政府办公厅</span>
      <span>浏览次数：<em id="hits">--</em></span>
      <span class="fontsize">字号：<a href="javascript:void(0)" onclick="setFontSize(20)">大</a> <a href="javascript:void(0)" onclick="setFontSize(16)">中</a> <a href="javascript:void(0)" onclick="setFontSize(14)">小</a></span>
    </div>
    <!--ContentStart-->
    <div class="article-content" id="zoom">
<div class="TRS_Editor">
{content}
</div>
    </div>
    <!--ContentEnd-->
    <div class="article-attach">
      <p>附件下载：</p>
      <ul>
        <li><a href="./P020250425589601214355.pdf" target="_blank">澹宁省进一步做好高校毕业生等青年就业创业工作实施方案.pdf</a></li>
      </ul>
    </div>
    <div class="article-editor">【责任编辑：陈　萍】</div>
    <div class="article-tools">
      <a href="javascript:window.print()">【打印本页】</a>
      <a href="javascript:window.close()">【关闭窗口】</a>
    </div>
    <div class="related">
      <h3>相关解读</h3>
      <ul>
        <li><a href="/zwgk/zcjd/202504/t20250425_1987366.html">【文字解读】《澹宁省进一步做好高校毕业生等青年就业创业工作实施方案》政策解读</a><span>2025-04-25</span></li>
        <li><a href="/zwgk/zcjd/202504/t20250425_1987370.html">【图解】一图读懂澹宁青年就业创业“32条”</a><span>2025-04-25</span></li>
      </ul>
    </div>
    <div class="related">
      <h3>相关链接</h3>
      <ul>
        <li><a href="https://www.gov.cn/zhengce/" target="_blank">中国政府网·政策</a></li>
        <li><a href="/zwgk/zfxxgk/fdzdgknr/szfbgtwj/">省政府办公厅文件</a></li>
      </ul>
    </div>
  </div>
</div>
<div class="footer">
  <div class="w1200">
    <div class="footer-links"><a href="/wzdt/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/sybz/">使用帮助</a></div>
    <p>主办单位：澹宁省人民政府办公厅&nbsp;&nbsp;承办单位：澹宁省数据局</p>
    <p>网站标识码：6300000017&nbsp;&nbsp;<a href="https://beian.miit.gov.cn/" target="_blank">澹ICP备05002113号</a>&nbsp;&nbsp;澹公网安备 63010202000517号</p>
    <div class="footer-icons"><a href="https://bszs.conac.cn/" target="_blank"><img src="/images/common/img/red.png" alt="党政机关"></a> <a href="https://zfwzgl.www.gov.cn/" target="_blank"><img src="/images/common/img/jiucuo.png" alt="政府网站找错"></a></div>
  </div>
</div>
<script>
function setFontSize(s) {{ $("#zoom, #zoom p, #zoom span").css("font-size", s + "px"); }}
$(function () {{ $.get("/hits.jsp", {{ id: "1987342" }}, function (d) {{ $("#hits").text(d); }}); }});
</script>
</body>
</html>
"""


def main():
    page = PAGE.format(title=TITLE, content=content_html())
    with open(os.path.join(HERE, NAME + ".html"), "w", encoding="utf-8", newline="\n") as f:
        f.write(page)
    recs = gold_records()
    with open(os.path.join(HERE, NAME + ".tasks.gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(recs), "tasks")


if __name__ == "__main__":
    main()

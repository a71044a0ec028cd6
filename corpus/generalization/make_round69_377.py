#!/usr/bin/env python3
"""Write 377_yanxi_shi_layui_shuju_biaoge.html: a county-level city's portal page as Chrome's
"网页，全部" (Save as complete) serialises it after the scripts have run.

The article (the 通知) is ordinary CMS <p> text.  The 附件 is shown by the site's 重点工作督查系统
as a layui data table (table.render with url:, so no data in the page): the header is a table of
its own in .layui-table-header (two rows: 责任分工 over 责任市领导/牵头单位/配合单位), the rows
in a header-less table in .layui-table-main, and layui's fixed-column clones repeat 序号/类别/重点任务
(left) and 操作 (right) in two more header+body table pairs.  The site's "合并单元格" snippet
(done: callback) set rowspan on the first cell of a run of equal 类别 / 责任市领导 / 牵头单位 values
and display:none on the cells below it, which keep their text.  A hidden 联系人 column
(layui-hide) holds staff names.  Leaders are rendered by a templet as <p><a>name</a><span>title</span></p>,
several lead units by '<br>'.
"""
import html
import os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "377_yanxi_shi_layui_shuju_biaoge.html")

URL = "http://www.yanxi.gov.cn/zwgk/zdgzls/rwfj/202503/t20250314_5162738.html"
TITLE = "雁溪市人民政府办公室关于印发2025年市政府重点工作任务分解表的通知"
FILES = "./" + TITLE + "_重点工作落实_雁溪市人民政府_files"

LEADER_TITLE = {
    "贺明远": "市长",
    "吕文涛": "常务副市长",
    "刘晗": "市委常委、组织部部长",
    "郑佳": "副市长",
    "孔令山": "副市长",
    "欧阳静": "副市长",
    "钟晓岚": "副市长",
    "赵卫东": "副市长、市公安局局长",
}
LEADER_URL = {
    "贺明远": "t20230106_4410231", "吕文涛": "t20230106_4410232", "刘晗": "t20240318_4877105",
    "郑佳": "t20230106_4410235", "孔令山": "t20230106_4410236", "欧阳静": "t20230106_4410237",
    "钟晓岚": "t20240318_4877109", "赵卫东": "t20230106_4410239",
}

C1 = "稳增长扩内需"
C2 = "产业转型升级"
C3 = "乡村全面振兴"
C4 = "城市建设和生态保护"
C5 = "民生保障"
C6 = "安全稳定和政府自身建设"

# (类别, 重点任务, 责任市领导, 牵头单位, 配合单位, 完成时限, 联系人)
ROWS = [
    (C1, "全市地区生产总值增长6%左右，一般公共预算收入增长5%，固定资产投资增长8%以上，社会消费品零售总额增长6.5%。",
     "贺明远", "市发展和改革局", "市财政局、市统计局、国家税务总局雁溪市税务局、各镇人民政府（街道办事处）", "2025年12月底", "周晓 6621035"),
    (C1, "扩大有效投资，全年实施市级重点项目126个、完成投资185亿元以上，新开工亿元以上项目40个。",
     "吕文涛", "市发展和改革局", "市自然资源局、市住房和城乡建设局、市行政审批服务局", "2025年12月底", "周晓 6621035"),
    (C1, "争取超长期特别国债和中央预算内投资项目不少于25个，争取新增地方政府专项债券额度12亿元以上。",
     "吕文涛", "市发展和改革局、市财政局", "市直有关部门", "2025年12月底", "周晓 6621035"),
    (C1, "开展“雁溪消费季”系列促消费活动不少于30场，落实汽车、家电等消费品以旧换新政策。",
     "吕文涛", "市商务局", "市财政局、市市场监督管理局、市文化广电旅游体育局", "2025年11月底", "陈丽 6628714"),
    (C1, "深化招商引资“一把手”工程，全年引进亿元以上项目35个，实际到位市外资金100亿元以上。",
     "贺明远、吕文涛", "市投资促进中心", "雁溪经济开发区管委会、各镇人民政府（街道办事处）", "2025年12月底", "韩宇 6625190"),
    (C1, "落实结构性减税降费政策，动态调整涉企收费目录清单，全年为经营主体减负2亿元以上。",
     "吕文涛", "国家税务总局雁溪市税务局", "市财政局，市发展和改革局，市市场监督管理局", "2025年12月底", "吴桐 6620318"),
    (C2, "实施制造业“智改数转”三年行动，新增省级智能工厂2家、数字化车间8个。",
     "孔令山", "市科技和工业信息化局", "雁溪经济开发区管委会、市财政局", "2025年12月底", "梁博 6623407"),
    (C2, "推动雁溪经济开发区扩区调区，新建标准化厂房20万平方米，园区规上工业产值突破300亿元。",
     "孔令山", "雁溪经济开发区管委会", "市自然资源局、市住房和城乡建设局、市科技和工业信息化局", "2025年12月底", "石磊 6632016"),
    (C2, "新增规上工业企业25家、高新技术企业20家，全社会研发投入强度达到2.3%。",
     "孔令山", "市科技和工业信息化局", "", "2025年12月底", "梁博 6623407"),
    (C2, "推进雁溪古镇国家4A级旅游景区提质扩容，培育文旅融合示范项目5个，全年接待游客增长10%。",
     "欧阳静", "市文化广电旅游体育局", "市发展和改革局、市住房和城乡建设局、雁城街道办事处", "2025年10月底", "邹雯 6627726"),
    (C2, "加快城北物流园二期建设，新增限额以上商贸企业30家，电子商务交易额增长15%。",
     "吕文涛", "市商务局", "市交通运输局、市市场监督管理局", "2025年12月底", "陈丽 6628714"),
    (C2, "深化金融服务实体经济，新增普惠小微企业贷款15亿元，推动1家企业在新三板挂牌。",
     "吕文涛", "市金融服务中心", "国家金融监督管理总局雁溪监管支局、市科技和工业信息化局", "2025年12月底", "何平 6626153"),
    (C3, "稳定粮食播种面积52万亩以上、总产量21万吨以上，新建高标准农田3.5万亩。",
     "郑佳", "市农业农村局", "市自然资源局、市水利局、市发展和改革局、各镇人民政府（街道办事处）", "2025年10月底", "田野 6624481"),
    (C3, "巩固拓展脱贫攻坚成果，健全防止返贫动态监测和帮扶机制，确保不发生规模性返贫。",
     "郑佳", "市农业农村局", "市民政局、市人力资源和社会保障局、市医疗保障局、市教育局", "2025年12月底", "田野 6624481"),
    (C3, "实施农村人居环境整治提升行动，农村卫生户厕普及率达到90%，建成和美乡村12个。",
     "郑佳", "市农业农村局", "市住房和城乡建设局、沣州市生态环境局雁溪分局、市城市管理局", "2025年11月底", "田野 6624481"),
    (C3, "实施水利项目15个，完成中小河流治理18公里，新建改造农村供水工程9处。",
     "郑佳", "市水利局", "市财政局、市农业农村局", "2025年12月底", "孙浩 6625502"),
    (C3, "发展壮大新型农村集体经济，集体经营性收入10万元以上的村占比达到60%。",
     "刘晗、郑佳", "市委组织部、市农业农村局", "市财政局、各镇人民政府（街道办事处）", "2025年12月底", "罗琳 6621877"),
    (C4, "推进城市更新，改造老旧小区24个、城中村2片，交付棚户区改造安置房1200套。",
     "欧阳静", "市住房和城乡建设局", "市自然资源局、市财政局、雁城街道办事处、溪东街道办事处", "2025年12月底", "贾峰 6622960"),
    (C4, "完成城区雨污分流改造12公里，新建口袋公园8个，新增公共停车泊位1500个。",
     "欧阳静", "市城市管理局", "市住房和城乡建设局、市公安局", "2025年11月底", "袁野 6629044"),
    (C4, "加快雁澧快速通道、G235线雁溪段改建工程建设，新改建农村公路60公里。",
     "孔令山", "市交通运输局", "市自然资源局、沿线各镇人民政府", "2025年12月底", "戴军 6623318"),
    (C4, "PM2.5平均浓度控制在33微克/立方米以内，国省考断面水质达标率保持100%。",
     "孔令山", "沣州市生态环境局雁溪分局", "市住房和城乡建设局、市交通运输局、市农业农村局、市城市管理局", "2025年12月底", "杜鹃 6620775"),
    (C4, "全面落实林长制，完成人工造林0.8万亩，森林覆盖率稳定在46%以上。",
     "郑佳", "市自然资源局", "各镇人民政府（街道办事处）", "2025年12月底", "林森 6626630"),
    (C4, "推进国土空间规划实施，盘活批而未供和闲置土地1500亩以上。",
     "吕文涛", "市自然资源局", "雁溪经济开发区管委会、各镇人民政府（街道办事处）", "2025年12月底", "林森 6626630"),
    (C5, "城镇新增就业5200人以上，城镇调查失业率控制在5.5%以内，开展职业技能培训6000人次。",
     "钟晓岚", "市人力资源和社会保障局", "市财政局、市教育局、市农业农村局", "2025年12月底", "冯洁 6624217"),
    (C5, "新建改扩建中小学、幼儿园6所，新增学位3600个，推进县域普通高中振兴。",
     "钟晓岚", "市教育局", "市发展和改革局、市财政局、市自然资源局、市住房和城乡建设局", "2025年9月底", "蒋芸 6622109"),
    (C5, "深化紧密型县域医共体建设，市人民医院创成三级医院，乡镇卫生院建成特色科室10个。",
     "钟晓岚", "市卫生健康局", "市医疗保障局、市财政局", "2025年12月底", "卢悦 6623856"),
    (C5, "新建社区嵌入式养老服务中心5个、老年助餐点30个，稳步提高城乡低保标准。",
     "钟晓岚", "市民政局", "市财政局、市卫生健康局、各镇人民政府（街道办事处）", "2025年12月底", "黎明 6627301"),
    (C5, "新建城市书房3个，开展送戏下乡200场，举办第三届雁溪半程马拉松。",
     "欧阳静", "市文化广电旅游体育局", "市融媒体中心、市教育局", "2025年11月底", "邹雯 6627726"),
    (C5, "筹集保障性租赁住房300套，发放住房公积金贷款4亿元。",
     "欧阳静", "市住房和城乡建设局", "沣州市住房公积金管理中心雁溪管理部、市财政局", "2025年12月底", "贾峰 6622960"),
    (C6, "深化安全生产治本攻坚三年行动，开展燃气、自建房、消防等重点行业领域隐患排查整治。",
     "赵卫东", "市应急管理局", "市住房和城乡建设局、市消防救援大队、市市场监督管理局", "2025年12月底", "汪洋 6621119"),
    (C6, "推进更高水平平安雁溪建设，常态化开展扫黑除恶斗争，刑事案件发案率下降5%。",
     "赵卫东", "市公安局", "无", "2025年12月底", "胡斌 6629110"),
    (C6, "深化“高效办成一件事”改革，新增集成办事项10项，政务服务事项网上可办率达到98%。",
     "吕文涛", "市政务服务和大数据管理局", "市直有关部门", "2025年10月底", "钱程 6620066"),
    (C6, "严格落实过紧日子要求，一般性支出压减5%以上，全面加强预算绩效管理。",
     "吕文涛", "市财政局", "市审计局、市直各部门", "2025年12月底", "吴越 6625847"),
]

E = html.escape


def leader_cell(v):
    out = []
    for n in v.split("、"):
        out.append('<p class="ld-item"><a href="http://www.yanxi.gov.cn/zwgk/ldxx/%s/%s.html" '
                   'target="_blank">%s</a><span class="ld-zw">%s</span></p>'
                   % (LEADER_URL[n][1:7], LEADER_URL[n], n, LEADER_TITLE[n]))
    return "".join(out)


def lead_cell(v):
    return "<br>".join(E(x, quote=False) for x in v.split("、"))


def coop_cell(v):
    return E(v, quote=False)


def status_cell(i):
    return '<span class="layui-badge layui-bg-blue">推进中</span>' if i not in (13, 24) else \
        '<span class="layui-badge layui-bg-green">序时推进</span>'


# column definitions: (field, key, title, fixed, hide, special, align)
COLS_BODY = [
    ("0", "1-0-0", "序号", "left", False, True),
    ("lb", "1-0-1", "类别", "left", False, False),
    ("rwnr", "1-0-2", "重点任务", "left", False, False),
    ("zrld", "1-1-0", "责任市领导", None, False, False),
    ("qtdw", "1-1-1", "牵头单位", None, False, False),
    ("phdw", "1-1-2", "配合单位", None, False, False),
    ("wcsx", "1-0-4", "完成时限", None, False, False),
    ("tjzt", "1-0-5", "推进状态", None, False, False),
    ("lxr", "1-0-6", "联系人", None, True, False),
    ("7", "1-0-7", "操作", "right", False, True),
]


def cell_html(i, row, field):
    lb, rw, ld, qt, ph, sx, lx = row
    if field == "0":
        return '<div class="layui-table-cell laytable-cell-1-0-0 laytable-cell-numbers">%d</div>' % (i + 1)
    key = dict((c[0], c[1]) for c in COLS_BODY)[field]
    inner = {
        "lb": lambda: E(lb, quote=False),
        "rwnr": lambda: E(rw, quote=False),
        "zrld": lambda: leader_cell(ld),
        "qtdw": lambda: lead_cell(qt),
        "phdw": lambda: coop_cell(ph),
        "wcsx": lambda: E(sx, quote=False),
        "tjzt": lambda: status_cell(i),
        "lxr": lambda: E(lx, quote=False),
        "7": lambda: ' <a class="layui-btn layui-btn-normal layui-btn-xs" lay-event="jzqk">'
                     '<i class="layui-icon layui-icon-search"></i>进展详情</a> ',
    }[field]()
    return '<div class="layui-table-cell laytable-cell-%s">%s</div>' % (key, inner)


# merge snippet: columns 1 (lb), 3 (zrld), 4 (qtdw) of the main body; runs of equal raw values
MERGE = {"lb": 0, "zrld": 2, "qtdw": 3}


def merge_attrs():
    attrs = {}  # (row, field) -> extra attribute string
    for field, idx in MERGE.items():
        start = 0
        for i in range(1, len(ROWS)):
            if ROWS[i][idx] == ROWS[i - 1][idx]:
                attrs[(start, field)] = ' rowspan="%d"' % (i - start + 1)
                attrs[(i, field)] = ' style="display: none;"'
            else:
                start = i
    return attrs


def td(i, row, col, extra=""):
    field, key, title, fixed, hide, special = col
    cls = "layui-table-col-special" if special else ("layui-hide" if hide else "")
    align = ' align="center"' if field in ("0", "lb", "zrld", "wcsx", "tjzt", "7") else ""
    return '<td data-field="%s" data-key="%s"%s class="%s"%s>%s</td>' % (
        field, key, align, cls, extra, cell_html(i, row, field))


def body_table(cols, merged):
    attrs = merge_attrs() if merged else {}
    trs = []
    for i, row in enumerate(ROWS):
        tds = "".join(td(i, row, c, attrs.get((i, c[0]), "")) for c in cols)
        trs.append('<tr data-index="%d" class="">%s</tr>' % (i, tds))
    return ('<table cellspacing="0" cellpadding="0" border="0" class="layui-table" lay-skin="row">'
            '<tbody>%s</tbody></table>' % "".join(trs))


def th(field, key, title, extra="", cls="", parent=None, cellcls=None):
    p = ' data-parentkey="%s"' % parent if parent else ""
    cc = cellcls or "laytable-cell-%s" % key
    return ('<th data-field="%s" data-key="%s"%s%s class="%s"><div class="layui-table-cell %s" '
            'align="center"><span>%s</span></div></th>' % (field, key, p, extra, cls, cc, title))


def header_table(which):
    r1, r2 = [], []
    if which in ("main", "left"):
        r1.append(th("0", "1-0-0", "序号", ' rowspan="2" data-unresize="true"', " layui-table-col-special",
                      cellcls="laytable-cell-1-0-0 laytable-cell-numbers"))
        r1.append(th("lb", "1-0-1", "类别", ' rowspan="2"'))
        r1.append(th("rwnr", "1-0-2", "重点任务", ' rowspan="2"'))
    if which == "main":
        r1.append(th("3", "1-0-3", "责任分工", ' colspan="3"', " layui-table-col-special",
                      cellcls="laytable-cell-group"))
        r1.append(th("wcsx", "1-0-4", "完成时限", ' rowspan="2"'))
        r1.append(th("tjzt", "1-0-5", "推进状态", ' rowspan="2"'))
        r1.append(th("lxr", "1-0-6", "联系人", ' rowspan="2"', " layui-hide"))
        r2.append(th("zrld", "1-1-0", "责任市领导", "", "", parent="1-0-3"))
        r2.append(th("qtdw", "1-1-1", "牵头单位", "", "", parent="1-0-3"))
        r2.append(th("phdw", "1-1-2", "配合单位", "", "", parent="1-0-3"))
    if which in ("main", "right"):
        r1.append(th("7", "1-0-7", "操作", ' rowspan="2" data-unresize="true"', " layui-table-col-special"))
    return ('<table cellspacing="0" cellpadding="0" border="0" class="layui-table" lay-skin="row">'
            '<thead><tr>%s</tr><tr>%s</tr></thead></table>' % ("".join(r1), "".join(r2)))


def layui_view():
    left = [c for c in COLS_BODY if c[3] == "left"]
    right = [c for c in COLS_BODY if c[3] == "right"]
    widths = {"1-0-0": 50, "1-0-1": 96, "1-0-2": 360, "1-1-0": 150, "1-1-1": 150, "1-1-2": 240,
              "1-0-4": 110, "1-0-5": 90, "1-0-6": 120, "1-0-7": 110}
    style = "".join(".laytable-cell-%s{ width: %dpx; }" % (k, v) for k, v in widths.items())
    tool = ('<div class="layui-table-tool"><div class="layui-table-tool-temp">'
            '<div class="rwfj-tool"><span class="rwfj-count">共 <b>33</b> 项重点任务</span>'
            '<span class="rwfj-tip">（数据来源：雁溪市重点工作督查督办系统，更新时间：2025-03-14）</span></div></div>'
            '<div class="layui-table-tool-self">'
            '<div class="layui-inline" title="筛选列" lay-event="LAYTABLE_COLS"><i class="layui-icon layui-icon-cols"></i></div>'
            '<div class="layui-inline" title="导出" lay-event="LAYTABLE_EXPORT"><i class="layui-icon layui-icon-export"></i></div>'
            '<div class="layui-inline" title="打印" lay-event="LAYTABLE_PRINT"><i class="layui-icon layui-icon-print"></i></div>'
            '</div></div>')
    box = ('<div class="layui-table-box">'
           '<div class="layui-table-header">%s</div>'
           '<div class="layui-table-body layui-table-main">%s</div>'
           '<div class="layui-table-fixed layui-table-fixed-l"><div class="layui-table-header">%s</div>'
           '<div class="layui-table-body" style="height: auto;">%s</div></div>'
           '<div class="layui-table-fixed layui-table-fixed-r" style="right: -1px;"><div class="layui-table-header">%s'
           '<div class="layui-table-mend"></div></div>'
           '<div class="layui-table-body" style="height: auto;">%s</div></div>'
           '</div>') % (header_table("main"), body_table(COLS_BODY, True),
                        header_table("left"), body_table(left, False),
                        header_table("right"), body_table(right, False))
    return ('<div class="layui-form layui-border-box layui-table-view layui-table-view-1" lay-filter="LAY-table-1" '
            'lay-id="rwfjb" style=" ">%s%s<style>%s</style></div>') % (tool, box, style)


UNITS_SELECT = ["市发展和改革局", "市财政局", "市商务局", "市投资促进中心", "国家税务总局雁溪市税务局",
                "市科技和工业信息化局", "雁溪经济开发区管委会", "市文化广电旅游体育局", "市金融服务中心",
                "市农业农村局", "市水利局", "市委组织部", "市住房和城乡建设局", "市城市管理局", "市交通运输局",
                "沣州市生态环境局雁溪分局", "市自然资源局", "市人力资源和社会保障局", "市教育局", "市卫生健康局",
                "市民政局", "市应急管理局", "市公安局", "市政务服务和大数据管理局"]
LEADERS_SELECT = ["贺明远", "吕文涛", "刘晗", "郑佳", "孔令山", "欧阳静", "钟晓岚", "赵卫东"]


def select_block(name, label, tips, items):
    opts = "".join('<option value="%s">%s</option>' % (u, u) for u in items)
    dds = "".join('<dd lay-value="%s" class="">%s</dd>' % (u, u) for u in items)
    return ('<div class="layui-inline"><label class="layui-form-label">%s</label><div class="layui-input-inline">'
            '<select name="%s" lay-search=""><option value="">%s</option>%s</select>'
            '<div class="layui-unselect layui-form-select"><div class="layui-select-title">'
            '<input type="text" placeholder="%s" value="" class="layui-input"><i class="layui-edge"></i></div>'
            '<dl class="layui-anim layui-anim-upbit"><dd lay-value="" class="layui-select-tips">%s</dd>%s</dl></div>'
            '</div></div>') % (label, name, tips, opts, tips, tips, dds)


def page():
    saved = "<!-- saved from url=(%04d)%s -->" % (len(URL), URL)
    head = f"""<!DOCTYPE html>
{saved}
<html lang="zh-CN"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">

<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{TITLE}_重点工作落实_雁溪市人民政府</title>
<meta name="SiteName" content="雁溪市人民政府">
<meta name="SiteDomain" content="www.yanxi.gov.cn">
<meta name="SiteIDCode" content="3310820017">
<meta name="ColumnName" content="任务分解">
<meta name="ColumnDescription" content="市政府重点工作任务分解及落实情况">
<meta name="ColumnKeywords" content="重点工作,任务分解,督查督办">
<meta name="ColumnType" content="重点工作落实">
<meta name="ArticleTitle" content="{TITLE}">
<meta name="PubDate" content="2025-03-14 10:26">
<meta name="ContentSource" content="雁溪市人民政府办公室">
<meta name="Keywords" content="重点工作,任务分解">
<meta name="Author" content="雁溪市人民政府办公室">
<meta name="Description" content="{TITLE}">
<meta name="Url" content="{URL}">
<link rel="stylesheet" href="{FILES}/layui.css" media="all">
<link rel="stylesheet" href="{FILES}/common.css">
<link rel="stylesheet" href="{FILES}/article.css">
<style type="text/css">
.layui-hide{{display:none!important}}
.rwfj-wrap .layui-table-cell{{height:auto;line-height:22px;white-space:normal;word-break:break-all;padding:6px 8px}}
.rwfj-wrap .layui-table-cell p{{margin:0}}
.rwfj-wrap .ld-zw{{display:block;color:#888;font-size:12px}}
.rwfj-wrap .layui-table-view{{position:relative;overflow:hidden}}
.rwfj-wrap .layui-table-fixed{{position:absolute;top:0;z-index:101;background:#fff}}
.rwfj-wrap .layui-table-fixed-l{{left:0;box-shadow:1px 0 8px rgba(0,0,0,.08)}}
.rwfj-wrap .layui-table-fixed-r{{right:-1px;box-shadow:-1px 0 8px rgba(0,0,0,.08)}}
#zoom p{{text-indent:2em;line-height:2;font-size:16px;margin:0}}
</style>
<script type="text/javascript" src="{FILES}/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="{FILES}/layui.js"></script>
<script type="text/javascript" src="{FILES}/common.js"></script>
<link id="layuicss-laydate" rel="stylesheet" href="{FILES}/laydate.css" media="all"><link id="layuicss-layer" rel="stylesheet" href="{FILES}/layer.css" media="all"><link id="layuicss-skincodecss" rel="stylesheet" href="{FILES}/code.css" media="all"></head>
<body>
<div class="top-bar"><div class="w1200"><span class="welcome">您好，欢迎访问雁溪市人民政府门户网站！</span><span class="top-links"><a href="javascript:void(0);" id="wza">无障碍</a>|<a href="javascript:void(0);" id="zzms">长者模式</a>|<a href="javascript:void(0);" id="jft">繁體</a>|<a href="http://www.yanxi.gov.cn/wap/">手机版</a></span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="http://www.yanxi.gov.cn/"><img src="{FILES}/logo.png" alt="雁溪市人民政府"></a>
<div class="search"><form action="http://www.yanxi.gov.cn/search/" method="get" target="_blank"><input type="text" name="q" class="sinput" placeholder="请输入关键词"><button type="submit" class="sbtn">搜索</button></form></div></div></div>
<div class="nav"><div class="w1200"><ul>
<li><a href="http://www.yanxi.gov.cn/">首页</a></li>
<li><a href="http://www.yanxi.gov.cn/zjyx/">走进雁溪</a></li>
<li class="on"><a href="http://www.yanxi.gov.cn/zwgk/">政务公开</a></li>
<li><a href="http://www.yanxi.gov.cn/zwfw/">政务服务</a></li>
<li><a href="http://www.yanxi.gov.cn/hdjl/">互动交流</a></li>
<li><a href="http://www.yanxi.gov.cn/ztzl/">专题专栏</a></li>
</ul></div></div>
<div class="w1200 main">
<div class="position">当前位置：<a href="http://www.yanxi.gov.cn/">首页</a> &gt; <a href="http://www.yanxi.gov.cn/zwgk/">政务公开</a> &gt; <a href="http://www.yanxi.gov.cn/zwgk/zdgzls/">重点工作落实</a> &gt; <a href="http://www.yanxi.gov.cn/zwgk/zdgzls/rwfj/">任务分解</a></div>
<div class="xxgk-table"><table cellspacing="0" cellpadding="0" border="0" width="100%">
<tbody><tr><th>索&nbsp;&nbsp;引&nbsp;&nbsp;号：</th><td>11331082002617530B/2025-00137</td><th>主题分类：</th><td>综合政务/其他</td></tr>
<tr><th>发布机构：</th><td>雁溪市人民政府办公室</td><th>成文日期：</th><td>2025-03-10</td></tr>
<tr><th>文&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;号：</th><td>雁政办发〔2025〕6号</td><th>发布日期：</th><td>2025-03-14</td></tr>
<tr><th>名&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;称：</th><td colspan="3">{TITLE}</td></tr>
<tr><th>有&nbsp;&nbsp;效&nbsp;&nbsp;性：</th><td>有效</td><th>公开方式：</th><td>主动公开</td></tr>
</tbody></table></div>
<div class="article">
<h1 class="art-title">{TITLE}</h1>
<div class="art-info"><span>发布时间：2025-03-14 10:26</span><span>来源：市政府办公室</span><span>浏览次数：<em id="clicks">1386</em></span><span class="fontsize">【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span><span><a href="javascript:window.print();">【打印】</a></span></div>
<div class="art-con" id="zoom">
<p style="text-align: center; text-indent: 0;">雁政办发〔2025〕6号</p>
<p style="text-indent: 0;">&nbsp;</p>
<p style="text-indent: 0;">各镇人民政府、街道办事处，雁溪经济开发区管委会，市政府各部门，市直及驻雁各单位：</p>
<p>为全面完成市十八届人大五次会议确定的各项目标任务，经市人民政府同意，现将《2025年市政府重点工作任务分解表》印发给你们，并就有关事项通知如下，请认真贯彻落实。</p>
<p>一、压实工作责任。各责任市领导要加强对分管领域重点工作的调度推进，定期听取工作汇报，协调解决重大问题。牵头单位对任务落实负总责，要细化年度目标、推进措施和时间节点，建立工作台账；配合单位要按照职责分工主动对接、密切配合，形成工作合力。任务分解表“牵头单位”栏列有两个单位的，两个单位共同牵头，排在前面的单位负责汇总报送进展情况。</p>
<p>二、强化督查问效。市政府督查室依托市重点工作督查督办系统对各项任务实行清单化管理、季度调度。各牵头单位于每季度末月25日前通过系统报送任务进展情况，全年工作总结于12月10日前报送。对工作推进不力、进度严重滞后的，按有关规定予以通报。</p>
<p>三、主动接受监督。任务分解表及各项任务推进情况在市政府门户网站“重点工作落实”专栏同步公开，接受社会监督。</p>
<p>&nbsp;</p>
<p>附件：2025年市政府重点工作任务分解表</p>
<p>&nbsp;</p>
<p style="text-align: right;">雁溪市人民政府办公室</p>
<p style="text-align: right;">2025年3月10日</p>
<p>（此件公开发布）</p>
</div>
<div class="art-fj"><span class="fj-tit">附件下载：</span><ul><li><a href="http://www.yanxi.gov.cn/zwgk/zdgzls/rwfj/202503/P020250314388610425317.xlsx" target="_blank">2025年市政府重点工作任务分解表.xlsx</a></li></ul></div>
<div class="rwfj-wrap">
<div class="rwfj-title"><h3>附件</h3><h2>2025年市政府重点工作任务分解表</h2><p class="rwfj-note">（在线查看，可按责任单位、责任市领导或关键词检索）</p></div>
<form class="layui-form rwfj-search" lay-filter="rwfjSearch" action="">
<div class="layui-form-item">
"""
    form = (select_block("qtdw", "责任单位", "全部责任单位", UNITS_SELECT)
            + select_block("zrld", "责任市领导", "全部市领导", LEADERS_SELECT)
            + '<div class="layui-inline"><label class="layui-form-label">关键词</label><div class="layui-input-inline">'
              '<input type="text" name="kw" placeholder="请输入任务关键词" autocomplete="off" class="layui-input"></div></div>'
              '<div class="layui-inline"><button type="button" class="layui-btn layui-btn-normal" lay-submit="" '
              'lay-filter="rwfjQuery">查询</button><button type="reset" class="layui-btn layui-btn-primary">重置</button></div>')
    mid = form + """
</div>
</form>
<table class="layui-hide" id="rwfjb" lay-filter="rwfjb"></table>"""
    view = layui_view()
    tail = """
<script type="text/html" id="tplZrld">
{{# layui.each(d.zrld.split('、'), function(i, n){ }}<p class="ld-item"><a href="{{ ldUrl(n) }}" target="_blank">{{ n }}</a><span class="ld-zw">{{ ldZw(n) }}</span></p>{{# }); }}
</script>
<script type="text/html" id="tplTool">
<div class="rwfj-tool"><span class="rwfj-count">共 <b>{{ d.count || 0 }}</b> 项重点任务</span><span class="rwfj-tip">（数据来源：雁溪市重点工作督查督办系统，更新时间：2025-03-14）</span></div>
</script>
<script type="text/html" id="tplZt">
{{# if(d.tjzt === '序时推进'){ }}<span class="layui-badge layui-bg-green">{{ d.tjzt }}</span>{{# } else { }}<span class="layui-badge layui-bg-blue">{{ d.tjzt }}</span>{{# } }}
</script>
<script type="text/html" id="tplCz">
 <a class="layui-btn layui-btn-normal layui-btn-xs" lay-event="jzqk"><i class="layui-icon layui-icon-search"></i>进展详情</a> 
</script>
<script type="text/javascript">
layui.use(['table', 'form', 'layer'], function () {
  var table = layui.table, form = layui.form, $ = layui.$;
  table.render({
    elem: '#rwfjb', id: 'rwfjb',
    url: '/dcdb/api/open/zdrw/list?wjbh=YZBF2025006',
    toolbar: '#tplTool', defaultToolbar: ['filter', 'exports', 'print'],
    page: false, limit: 100, skin: 'row',
    cols: [[
      {type: 'numbers', title: '序号', width: 50, fixed: 'left', rowspan: 2},
      {field: 'lb', title: '类别', width: 96, fixed: 'left', align: 'center', rowspan: 2},
      {field: 'rwnr', title: '重点任务', width: 360, fixed: 'left', rowspan: 2},
      {title: '责任分工', align: 'center', colspan: 3},
      {field: 'wcsx', title: '完成时限', width: 110, align: 'center', rowspan: 2},
      {field: 'tjzt', title: '推进状态', width: 90, align: 'center', templet: '#tplZt', rowspan: 2},
      {field: 'lxr', title: '联系人', width: 120, hide: true, rowspan: 2},
      {title: '操作', width: 110, fixed: 'right', align: 'center', toolbar: '#tplCz', rowspan: 2}
    ], [
      {field: 'zrld', title: '责任市领导', width: 150, align: 'center', templet: '#tplZrld'},
      {field: 'qtdw', title: '牵头单位', width: 150, templet: function (d) { return d.qtdw.split('、').join('<br>'); }},
      {field: 'phdw', title: '配合单位', width: 240}
    ]],
    done: function (res) { merge(res); }
  });
  // 合并相同单元格
  function merge(res) {
    var data = res.data;
    var mergeIndex = 0; //定位需要添加合并属性的行数
    var mark = 1; //这里涉及到简单的运算，mark是计算每次需要合并的格子数
    var columsName = ['lb', 'zrld', 'qtdw']; //需要合并的列名称
    var columsIndex = [1, 3, 4]; //需要合并的列索引值
    for (var k = 0; k < columsName.length; k++) {
      var trArr = $(".layui-table-body>.layui-table").find("tr");
      for (var i = 1; i < res.data.length; i++) {
        var tdCurArr = trArr.eq(i).find("td").eq(columsIndex[k]);
        var tdPreArr = trArr.eq(mergeIndex).find("td").eq(columsIndex[k]);
        if (data[i][columsName[k]] === data[i - 1][columsName[k]]) {
          mark += 1;
          tdPreArr.each(function () { $(this).attr("rowspan", mark); });
          tdCurArr.each(function () { $(this).css("display", "none"); });
        } else {
          mergeIndex = i;
          mark = 1;
        }
      }
      mergeIndex = 0;
      mark = 1;
    }
  }
  table.on('tool(rwfjb)', function (obj) {
    if (obj.event === 'jzqk') {
      layer.open({type: 2, title: '任务进展详情', area: ['800px', '560px'], content: '/dcdb/open/zdrw/detail?id=' + obj.data.id});
    }
  });
  form.on('submit(rwfjQuery)', function (d) { table.reload('rwfjb', {where: d.field}); return false; });
});
</script>
</div>
<div class="art-xgjd"><h4>相关解读</h4><ul>
<li><a href="http://www.yanxi.gov.cn/zwgk/zcjd/202503/t20250314_5162752.html" target="_blank">图解：一图读懂2025年市政府重点工作任务</a><span>2025-03-14</span></li>
<li><a href="http://www.yanxi.gov.cn/zwgk/zdgzls/rwfj/202503/t20250314_5162760.html" target="_blank">2025年市政府重点工作任务推进情况（一季度）</a><span>2025-03-14</span></li>
</ul></div>
<div class="art-share"><span>分享到：</span><a href="javascript:void(0);" class="share-wx" title="微信"></a><a href="javascript:void(0);" class="share-wb" title="微博"></a><a href="javascript:void(0);" class="share-qq" title="QQ空间"></a></div>
<div class="art-close"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
</div>
<div class="footer"><div class="w1200">
<p><a href="http://www.yanxi.gov.cn/wzdt/">网站地图</a> | <a href="http://www.yanxi.gov.cn/lxwm/">联系我们</a> | <a href="http://www.yanxi.gov.cn/smsm/">隐私声明</a></p>
<p>主办：雁溪市人民政府办公室　承办：雁溪市政务服务和大数据管理局　联系电话：0579-6621000</p>
<p>网站标识码：3310820017　<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备05012873号-1</a>　<img src="{FILES}/ga.png" alt="">浙公网安备 33108202000156号</p>
<p><span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=0C7D3A1E8B5F42A6E053012819AC61D9" target="_blank"><img id="imgConac" src="{FILES}/red.png" alt="党政机关"></a></span><span id="_span_jiucuo"><img src="{FILES}/jiucuo.png" alt="政府网站找错"></span></p>
</div></div>
<script type="text/javascript" src="{FILES}/visit.js"></script>
<div class="layui-layer-move"></div></body></html>
""".replace("{FILES}", FILES)
    return head + mid + view + tail


if __name__ == "__main__":
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(page())
    print(OUT, len(ROWS), "tasks")

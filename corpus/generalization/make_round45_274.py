#!/usr/bin/env python3
"""Generate 274_tongling_taizhang_hebing.csv as Excel 'CSV UTF-8 (逗号分隔)' writes it:
UTF-8 BOM, CRLF row ends, LF inside a cell (Alt+Enter), quotes only where needed,
every row padded to the used-range width, merged cells = value in the top-left cell only."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
SLUG = "274_tongling_taizhang_hebing"
W = 7

# 序号, 类别 (None = merged from above), 重点任务, 责任领导, 牵头单位, 配合单位, 完成时限
# None in 类别/责任领导/牵头单位/完成时限 = lower cell of a vertical merge (empty in CSV)
ROWS = [
 (1, "稳增长", "全县地区生产总值增长6%以上，规模以上工业增加值增长7.5%", "县长 何志远", "县发展改革局", "县统计局、县工信局、县财政局", "2024年12月底"),
 (2, None, "一般公共预算收入完成9.6亿元，税收收入占比达到72%", None, "县财政局", "国家税务总局桐岭县税务局、县自然资源局", None),
 (3, None, "社会消费品零售总额增长6.5%，网络零售额突破12亿元", "唐  敏", "县商务局", "县市场监管局,县统计局,县邮政分公司", "2024年12月底"),
 (4, None, "外贸进出口总额达到3.2亿美元，实际使用外资1,500万美元", None, None, "县发展改革局、县税务局", None),
 (5, None, "新增市场主体5,000户，其中企业1,200户", None, "县市场监管局", "县行政审批局、县税务局、各乡镇人民政府", "2024年11月底"),
 (6, "项目建设", "实施市县重点项目98个，完成年度投资112亿元", "县长 何志远", "县发展改革局", "县自然资源局、县住建局、县行政审批局\n各乡镇人民政府", "2024年12月底"),
 (7, None, "推进桐岭经济开发区扩区调规，新增工业用地2,000亩", None, None, "县自然资源局、县生态环境分局", None),
 (8, None, "建成投用桐北220千伏输变电工程", "唐  敏", "县工信局", "国网桐岭县供电公司、县自然资源局", "2024年9月底"),
 (9, None, "开工建设桐岭至石门高速公路连接线，完成投资4.5亿元", None, "县交通运输局", "县自然资源局、县财政局、沿线乡镇人民政府", None),
 (10, None, "完成国省干线公路大中修38公里，新改建农村客运候车亭60个", None, None, "县公路事务中心、县财政局", "2024年10月底"),
 (11, "改革创新", "深化“高效办成一件事”改革，企业开办压缩至1个工作日内", "常务副县长 梁振东", "县行政审批局", "县数据局、县市场监管局、县公安局", "2024年6月底"),
 (12, None, "打造\"桐岭好办\"营商环境品牌，开展政企恳谈会不少于10场", None, None, "县发展改革局、县工商联、县司法局", "2024年12月底"),
 (13, None, "推进县属国有企业市场化转型，完成2家平台公司整合", None, "县财政局", "县委组织部、县人社局、县审计局", None),
 (14, None, "新增高新技术企业8家，研发经费投入强度达到1.9%", "唐  敏", "县科技局", "县工信局、县财政局、县税务局", "2024年12月底"),
 (15, "乡村振兴", "粮食播种面积稳定在52万亩，总产量23万吨以上", "周海波", "县农业农村局", "县自然资源局、县水利局、各乡镇人民政府", "2024年10月底"),
 (16, None, "新建高标准农田2.8万亩，新增高效节水灌溉面积6,000亩", None, None, "县财政局、县水利局", "2024年12月底"),
 (17, None, "培育市级以上农业产业化龙头企业5家，打造“桐岭茶油”区域公用品牌", None, "县林业局", "县农业农村局、县市场监管局、县供销社", None),
 (18, None, "实施农村公路提质改造85公里，完成危桥改造12座", "唐  敏、周海波", "县交通运输局", "县财政局、各乡镇人民政府", "2024年11月底"),
 (19, None, "整治农村黑臭水体14条，农村生活污水治理率达到45%", None, "县生态环境分局", "县农业农村局、县住建局、县水利局", None),
 (20, "民生保障", "城镇新增就业3,800人，城镇调查失业率控制在5.5%以内", "副县长 罗春华", "县人社局", "县财政局、县教育局、县农业农村局", "2024年12月底"),
 (21, None, "开展职业技能培训1.2万人次，新增高技能人才3,000人", None, None, "县教育局、县工信局、县财政局", "2024年11月底"),
 (22, None, "县中医医院整体搬迁项目主体完工，推进县域医共体建设", "罗春华", "县卫生健康局", "无", None),
 (23, None, "城乡低保标准分别提高到每人每月780元、560元", None, "县民政局", "县财政局", "2024年7月底"),
 (24, None, "改造城镇老旧小区16个、惠及居民3,420户", "周海波", "县住建局", "县城市管理局、县自然资源局,城关镇人民政府", "2024年12月底"),
]

def q(cell):
    if any(c in cell for c in ',"\r\n'):
        return '"' + cell.replace('"', '""') + '"'
    return cell

def row(cells):
    cells = list(cells) + [""] * (W - len(cells))
    return ",".join(q(c) for c in cells)

out = [
 row(["桐岭县2024年政府工作报告重点任务推进台账"]),
 row(["填报单位：桐岭县人民政府办公室（县政府督查室）", "", "", "", "", "填报日期：2024年3月25日"]),
 row(["序号", "类别", "重点任务", "责任领导", "牵头单位", "配合单位", "完成时限"]),
]
import re
def units(s):
    return [u for u in re.split(r"[、,，；\n]", s) if u and u != "无"]
def names(s):
    return [re.sub(r"\s+", "", re.sub(r"^(常务副县长|副县长|县长)\s", "", x)) for x in s.split("、")]

gold = []
cur = {"lead": None, "leader": None}
for sn, cat, task, ldr, lead, coop, dl in ROWS:
    out.append(row([str(sn), cat or "", task, ldr or "", lead or "", coop, dl or ""]))
    if ldr is not None: cur["leader"] = ldr
    if lead is not None: cur["lead"] = lead
    L, C = units(cur["lead"]), units(coop)
    gold.append({"id": str(sn), "head": task[:12], "responsible_units": L + C,
                 "lead_units": L, "cooperating_units": C, "leaders": names(cur["leader"])})
out.append(row([]))
out.append(row(["备注：1.责任领导、牵头单位栏为合并单元格的，对应各项任务均由该领导、该单位负责；2.牵头单位请于每月25日前将进展情况报县政府督查室,电话：0738-6612345。"]))
with open(os.path.join(HERE, SLUG + ".csv"), "w", encoding="utf-8-sig", newline="") as f:
    f.write("\r\n".join(out) + "\r\n")
with open(os.path.join(HERE, SLUG + ".tasks.gold.jsonl"), "w", encoding="utf-8") as f:
    for g in gold:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(len(gold), "tasks")

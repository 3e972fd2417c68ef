#!/usr/bin/env python3
"""Writes the 95598 export fixtures for ImportCommandTests, byte for byte.

Written independently of the Swift reader, with Python's own codecs, so the tests check
the importer against files it did not make. Run from anywhere: python3 make_fixtures.py
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def write(name, data):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(data)


def csv_line(fields):
    """RFC 4180: quote a field with a comma, quote or line break; double its quotes."""
    out = []
    for field in fields:
        if any(c in field for c in ',"\r\n'):
            field = '"' + field.replace('"', '""') + '"'
        out.append(field)
    return ",".join(out)


# GBK as Excel saves 「CSV（逗号分隔）」 on Chinese Windows: CRLF, columns in the call
# centre's own order, an extra column HallDesk does not read, a category not in the seeds
# (line 4: once a broken row, now imported as 待归类) and a broken row (line 5: a date
# nobody can read).
gbk_rows = [
    ["工单编号", "受理时间", "业务类型", "诉求类别", "客户名称", "联系电话", "用电户号", "用电地址",
     "供电单位", "所属区域", "城乡类别", "客户类别", "诉求内容", "处理时限"],
    ["2026093000001", "2026-09-30 16:00:00", "投诉", "服务态度", "林美玲", "13800138000", "0301234567",
     "天河路88号3栋502", "天河供电所", "天河北", "城市", "居民", "营业员态度生硬，未说明电费构成", "1个工作日"],
    ["2026100200007", "2026/10/2 9:15", "故障报修", "TD", "陈伯", "13900139000", "0307654321",
     "龙洞村三巷5号", "龙洞供电所", "龙洞村", "农村", "居民", "整条巷停电，邻居家也没电", "90分钟"],
    ["2026100300002", "2026-10-03 10:20", "咨询", "电动汽车充电", "黄小姐", "13700137000", "",
     "珠江新城花城大道1号", "天河供电所", "珠江新城", "城市", "非居民", "充电桩报装流程", "5个工作日"],
    ["2026100400005", "2026年10月4日 上午", "意见", "抄表差错", "何先生", "13600136000", "0305550001",
     "五山路12号", "天河供电所", "五山", "城市", "居民", "抄表日期不固定", "5个工作日"],
    ["2026100500003", "2026-10-05 11:00", "建议", "DFZY", "周女士", "13500135000", "0305550002",
     "石牌东路8号", "天河供电所", "石牌", "城市", "居民", "建议电费账单列明阶梯用量", "5个工作日"],
]
write("gbk-crlf-two-bad.csv", "".join(csv_line(r) + "\r\n" for r in gbk_rows).encode("gb18030"))

# UTF-8 with BOM as Excel's 「CSV UTF-8」: header names by their aliases, 诉求内容 quoted
# over several lines with commas and doubled quotes, a major row, and one broken row
# (line 7: received in 2099, which the domain refuses as a time in the future).
bom_rows = [
    ["工单号", "受理日期", "工单类型", "诉求分类", "户名", "电话", "户号", "地址", "供电所", "台区",
     "城乡类型", "客户类型", "受理内容", "紧急程度"],
    ["2026111000011", "2026-11-10 08:05", "举报", "DQSS", "匿名", "", "", "沙河镇北", "天河供电所", "沙河",
     "城市", "居民", "有人夜间拆走变压器旁的电缆，\n已经两次，\n请尽快处理", "紧急"],
    ["2026111000012", "2026-11-10 09:30:00", "投诉", "电压质量", "吴先生", "13300133000", "0302220001",
     "长湴路9号", "天河供电所", "长湴", "城市", "居民", '晚上电压低，空调"启动不了"，\n冰箱也时停时开', "一般"],
    ["2026111000013", "2099-01-01 09:00", "表扬", "营业厅服务", "郑女士", "13200132000", "0302220002",
     "天河路100号", "天河供电所", "天河北", "城市", "居民", "营业员耐心解答", ""],
    ["2026111000014", "2026-11-10 15:45", "咨询", "YKSX", "冯先生", "13100131000", "", "科韵路20号",
     "天河供电所", "科韵", "城市", "非居民", "新装, 增容要多久？", ""],
]
write("utf8-bom-multiline.csv", ("\ufeff" + "".join(csv_line(r) + "\n" for r in bom_rows)).encode("utf-8"))

# Plain UTF-8 without BOM, LF, Excel's re-saved dates (no leading zeros), and no 城乡类别
# column: the fault report is counted as in the city, with a warning.
clean_rows = [
    ["受理时间", "工单编号", "业务类型", "诉求类别", "诉求内容", "客户名称", "供电单位"],
    ["2026/11/20 9:15", "2026112000021", "报障", "停电", "家里停电", "欧阳先生", "天河供电所"],
    ["2026/11/20 10:05:30", "2026112000022", "建议", "停电通知", "计划停电请提前短信通知", "谭女士", "天河供电所"],
]
write("clean-utf8.csv", "".join(csv_line(r) + "\n" for r in clean_rows).encode("utf-8"))

# GBK/CRLF again, as the call centre's own system writes it, with its own category names
# and no 所属区域 or 供电单位: the area comes from the address (seeds/areas.toml).
#   line 2: 电费电价, an alias of DFZY; address in 乐从城区 (跃进路);
#   line 3: 频繁停电, the hall's own name; address in 荷村 (rural, from the area);
#   line 4: 新能源充电设施, no name the hall knows: 待归类;
#   line 5: an address in 龙江镇, another station's territory: 非本所属地;
#   line 6: received 2026-11-23, imported in December: counts in November.
callcentre_rows = [
    ["工单编号", "受理时间", "业务类型", "诉求类别", "客户名称", "联系电话", "用电户号", "用电地址", "城乡类别",
     "客户类别", "诉求内容", "重要程度"],
    ["2026120100031", "2026-12-01 09:10:00", "投诉", "电费电价", "梁先生", "13802800001", "0301110001",
     "乐从镇跃进路18号", "", "居民", "上月电费比平时高一倍，要求核查", "一般"],
    ["2026120100032", "2026-12-01 10:20:00", "故障报修", "频繁停电", "陈伯", "13902800002", "0301110002",
     "乐从镇荷村东街3号", "", "居民", "一周停了三次电", ""],
    ["2026120100033", "2026-12-01 11:00:00", "意见", "新能源充电设施", "黄小姐", "13702800003", "",
     "乐从镇乐从大道西1号", "", "非居民", "小区充电桩报装太慢", ""],
    ["2026120100034", "2026-12-01 14:30:00", "投诉", "服务态度", "何先生", "13602800004", "0301110004",
     "龙江镇龙江大道88号", "", "居民", "抢修人员态度差", ""],
    ["2026112300035", "2026-11-23 16:45:00", "咨询", "电价", "周女士", "13502800005", "0301110005",
     "乐从镇水藤村二巷7号", "", "居民", "阶梯电价怎么算", ""],
]
write("gbk-callcentre-names.csv", "".join(csv_line(r) + "\r\n" for r in callcentre_rows).encode("gb18030"))

# The same layout with the gaps a real export has (issue 14): only lines 4 and 5, with no
# number and no time, are bad rows.
#   line 2: 业务类型 催办 (the platform's own, not one of the seven kinds): 业务类型待核;
#   line 3: 诉求内容 empty: 诉求内容为空;
#   line 6: 损坏赔偿, an alias of the compensation category PC.
callcentre_gap_rows = [
    callcentre_rows[0],
    ["2026120100041", "2026-12-01 09:30:00", "催办", "频繁停电", "梁先生", "13802800011", "0301110011",
     "乐从镇跃进路20号", "", "居民", "上周报的停电还没人来看", ""],
    ["2026120100042", "2026-12-01 10:00:00", "投诉", "服务态度", "陈伯", "13902800012", "0301110012",
     "乐从镇荷村东街5号", "", "居民", "", ""],
    ["", "2026-12-01 10:30:00", "投诉", "服务态度", "黄小姐", "13702800013", "",
     "乐从镇乐从大道西3号", "", "居民", "没有编号的一行", ""],
    ["2026120100044", "", "咨询", "电价", "何先生", "13602800014", "0301110014",
     "乐从镇跃进路22号", "", "居民", "没有受理时间的一行", ""],
    ["2026120100045", "2026-12-01 15:00:00", "投诉", "损坏赔偿", "周女士", "13502800015", "0301110015",
     "乐从镇水藤村二巷9号", "", "居民", "停电恢复后电视机烧坏，要求赔偿", ""],
]
write("gbk-callcentre-gaps.csv", "".join(csv_line(r) + "\r\n" for r in callcentre_gap_rows).encode("gb18030"))

#!/usr/bin/python3
"""Writes the .xlsx test inputs of the member import with openpyxl (python3-openpyxl).

  make_xlsx.py                 rewrites roster.xlsx beside this script (committed; run again after a change)
  make_xlsx.py --big N OUT     writes OUT.csv (UTF-8 with BOM) and OUT.xlsx with N valid members, for timing
"""
import csv
import datetime
import os
import random
import sys

import openpyxl
from openpyxl.styles import NamedStyle

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(area, birth, seq, male):
    """An 18-character resident ID (GB 11643) with a correct check character."""
    order = seq % 500 * 2 + (1 if male else 0)
    first17 = "%06d%s%03d" % (area, birth.strftime("%Y%m%d"), order)
    check = "10X98765432"[sum(int(c) * w for c, w in zip(first17, WEIGHTS)) % 11]
    return first17 + check


def roster(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "花名册"
    ws.append(["工号", "姓名", "性别", "出生日期", "身份证号码", "所在单位", "手机号码", "入会时间", "状态", "备注"])
    # row 2: everything typed as a clerk would; the ID is text, dates are real dates
    ws.append(["T1001", "张伟", "男", datetime.date(1985, 3, 2), id_number(110105, datetime.date(1985, 3, 2), 1, True),
               "经济学院分工会", "13812345678", datetime.date(2010, 9, 1), "在职", None])
    # row 3: numbers where clerks leave them as numbers (staff number, phone), join date as text, empty cells
    ws.append([1002, "李娜", "女", None, id_number(320102, datetime.date(1990, 12, 31), 2, False),
               "法学院分工会", 13912345678, "2015/7/1", None, "新入职"])
    # row 4: an invalid ID number (wrong check character)
    bad = id_number(110105, datetime.date(1970, 1, 1), 3, True)
    bad = bad[:17] + ("0" if bad[17] != "0" else "1")
    ws.append(["T1003", "王芳", "女", None, bad, "经济学院分工会", None, None, "退休", None])
    # row 5 stays empty; row 6: a retiree whose join date is an Excel date with a Chinese date format
    ws.append([])
    ws.append(["T1004", "单雄", "男", None, id_number(440103, datetime.date(1958, 6, 15), 4, True),
               "经济学院分工会", None, datetime.date(1988, 5, 4), "退休", "rich"])
    ws["D2"].number_format = "yyyy-mm-dd"
    ws["H2"].number_format = "yyyy-mm-dd"
    ws["H6"].number_format = 'yyyy"年"m"月"d"日"'
    # a second sheet, to read by name
    other = wb.create_sheet("说明")
    other["A1"] = "填表说明"
    other["B3"] = 42.5
    other["C3"] = True
    wb.save(path)


def big(n, out):
    rng = random.Random(20240308)
    units = ["%s分工会" % u for u in ["经济学院", "法学院", "文学院", "理学院", "工学院", "医学院", "外国语学院",
                                       "马克思主义学院", "教育学院", "艺术学院", "机关", "图书馆", "后勤集团",
                                       "信息学院", "化学学院", "物理学院", "数学学院", "生命科学学院", "历史学院",
                                       "哲学学院", "新闻学院", "管理学院", "体育学院", "音乐学院", "建筑学院",
                                       "环境学院", "材料学院", "能源学院", "农学院", "附属中学"]]
    surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单"
    given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞建国文斌宇浩凯婷雪琳晨阳欣怡子轩梓涵思远"
    header = ["工号", "姓名", "性别", "出生日期", "身份证号码", "所在单位", "手机号码", "入会时间", "状态"]
    rows = []
    for i in range(n):
        male = rng.random() < 0.5
        birth = datetime.date(1950, 1, 1) + datetime.timedelta(days=rng.randrange(0, 365 * 52))
        joined = birth + datetime.timedelta(days=365 * 23 + rng.randrange(0, 3000))
        if joined > datetime.date(2024, 1, 1):
            joined = datetime.date(2024, 1, 1)
        status = "退休" if birth.year < 1964 else "在职"
        name = rng.choice(surnames) + "".join(rng.choice(given) for _ in range(rng.choice([1, 2])))
        rows.append(["%06d" % (100000 + i), name, "男" if male else "女", birth,
                     id_number(110101 + i % 97, birth, i, male), rng.choice(units),
                     "1%d%09d" % (rng.choice([3, 5, 8, 9]), rng.randrange(10 ** 9)), joined, status])
    with open(out + ".csv", "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        for r in rows:
            w.writerow([v.isoformat() if isinstance(v, datetime.date) else v for v in r])
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("花名册")
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(out + ".xlsx")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--big":
        big(int(sys.argv[2]), sys.argv[3])
    else:
        roster(os.path.join(os.path.dirname(os.path.abspath(__file__)), "roster.xlsx"))

#!/usr/bin/env python3
"""Writes the rows of a roster CSV (UTF-8, header in the first row) to an .xlsx workbook with xlsxwriter in
constant-memory mode: frozen bold header, autofilter, column widths, dates as dates, ID and phone numbers as
text. It is the yardstick members_bench compares `uniondesk members export` with, and it makes the .xlsx
file the import is timed on."""

import csv
import datetime
import sys

import xlsxwriter

DATE_HEADERS = {"出生日期", "入会时间", "birth_date", "join_date"}
TEXT_HEADERS = {"工号", "身份证号码", "手机号码", "单位代码", "staff_no", "id_number", "phone", "unit_code"}


def main(source, target):
    with open(source, newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(f)
        header = next(reader)
        workbook = xlsxwriter.Workbook(target, {"constant_memory": True})
        sheet = workbook.add_worksheet("会员")
        bold = workbook.add_format({"bold": True})
        date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
        text_format = workbook.add_format({"num_format": "@"})
        dates = [h in DATE_HEADERS for h in header]
        texts = [h in TEXT_HEADERS for h in header]
        for c, h in enumerate(header):
            sheet.set_column(c, c, 20 if texts[c] else 12)
        sheet.write_row(0, 0, header, bold)
        sheet.freeze_panes(1, 0)
        row = 0
        for row, cells in enumerate(reader, start=1):
            for c, value in enumerate(cells):
                if value == "":
                    continue
                if dates[c]:
                    sheet.write_datetime(row, c, datetime.datetime.strptime(value, "%Y-%m-%d"), date_format)
                elif texts[c]:
                    sheet.write_string(row, c, value, text_format)
                else:
                    sheet.write_string(row, c, value)
        sheet.autofilter(0, 0, row, len(header) - 1)
        workbook.close()


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: write_xlsx.py IN.csv OUT.xlsx")
    main(sys.argv[1], sys.argv[2])

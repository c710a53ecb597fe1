# Chinese (Simplified) translations for uniondesk_zh_CN.ts, applied by fill_ts.py.
# Keys: the source text (as written in the code), or (context suffix, source) where a
# source needs a different translation in one context. Numerus messages get one form.

T = {
    # --- ud::app: demo data --------------------------------------------------------------
    "Say how many members to generate: --members N.": "请指定要生成的会员人数：--members N。",
    "--members must be a whole number from 1 to %1.": "--members 必须是 1 到 %1 之间的整数。",
    "--seed must be a whole number.": "--seed 必须是整数。",
    "Demo data generated in %1 (seed %2) in %3 s.": "已在 %1 中生成演示数据（种子 %2），用时 %3 秒。",
    "Sub-unions: %1 added, %2 already there.": "二级工会：新增 %1 个，已有 %2 个。",
    "Members: %1 (active %2, retired %3, left %4, deceased %5).":
        "会员：%1 名（在册 %2，退休 %3，调离 %4，去世 %5）。",
    "Status events: %1 (%2 transfers, %3 rejoined).": "状态变动：%1 条（调动 %2 条，重新入会 %3 条）。",
    "Names: %1 different; %2 of them are shared by three or more members.":
        "姓名：共 %1 个不同姓名，其中 %2 个有三名及以上会员同名。",
    "fill a database without members with a synthetic roster for trying the program (about 30 sub-unions, members with status histories; the same seed gives the same data). The generated rows get one change-history entry, not one each":
        "向尚无会员的数据库填入虚构的名册，用于试用本程序（约 30 个二级工会，会员带有状态变动记录；种子相同则数据相同）。生成的数据在变更记录中只记一条，而不是每行一条",

    # --- ud::app: members export / list ---------------------------------------------------
    "No sub-union has the code \"%1\". `uniondesk units list` shows the codes.":
        "没有代码为“%1”的二级工会。`uniondesk units list` 可列出全部代码。",
    "Unknown status \"%1\": use active, retired, left or deceased (or 在册, 退休, 调离, 去世).":
        "未知状态“%1”：请使用 active、retired、left 或 deceased（或 在册、退休、调离、去世）。",
    "--as-of needs a date such as 2024-12-31, not \"%1\".": "--as-of 需要日期，例如 2024-12-31，而不是“%1”。",
    "The output file must end in .xlsx or .csv: %1": "输出文件名必须以 .xlsx 或 .csv 结尾：%1",
    "Exported %1 member(s) to %2.": "已将 %1 名会员导出到 %2。",
    "ID and phone numbers are written in full; the export is recorded in the change history.":
        "身份证号和手机号以完整形式写出；本次导出已记入变更记录。",
    "ID and phone numbers are masked; --unmasked writes them in full.":
        "身份证号和手机号已脱敏；使用 --unmasked 可写出完整号码。",
    "(standard output)": "（标准输出）",
    "export members with every column: .xlsx with translated titles, or .csv (UTF-8 with BOM) whose header is the keys staff_no,name,gender,…; gender and status in words in both; ID and phone masked unless --unmasked, which is recorded in the change history":
        "导出会员的全部列：.xlsx 使用中文列标题，.csv（带 BOM 的 UTF-8）以 staff_no,name,gender,… 等键名为表头；两者的性别和状态均以文字写出；身份证号和手机号默认脱敏，使用 --unmasked 则写出完整号码，并记入变更记录",
    "list members; csv: keys as header and stored values (M/F, active, retired, left, deceased), every column; table: ten columns in words; --as-of gives the roster of that day from the status history; ID and phone masked unless --unmasked":
        "列出会员；csv：以键名为表头，写出存储值（M/F、active、retired、left、deceased）及全部列；table：以文字显示十列；--as-of 根据状态变动记录给出该日的名册；身份证号和手机号默认脱敏，除非使用 --unmasked",

    # --- ud::app: members import ----------------------------------------------------------
    "Usage: uniondesk [--db PATH|URL] members import FILE.xlsx|FILE.csv [options]\n":
        "用法：uniondesk [--db 路径|地址] members import 文件.xlsx|文件.csv [选项]\n"
        "从 .xlsx 工作簿的第一个工作表或 CSV 文件（UTF-8 或 GBK/GB18030，自动识别）导入会员。\n"
        "第一行为列名：可用常见的中文表头（工号、姓名、性别、身份证号码、所在单位、手机号码、\n"
        "入会时间、状态……），也可用 `members export` 写出的键名。全部数据在一个事务中保存：\n"
        "导入不成功则什么也不保存。\n"
        "\n"
        "选项：\n"
        "  --skip-invalid              保存有效的行，列出无效的行（不加此项时，只要有一行无效\n"
        "                              就什么也不保存）\n"
        "  --on-duplicate skip|update|error\n"
        "                              工号或身份证号已存在的行：保留已存的会员（skip）、按该行\n"
        "                              更新（update），或拒绝整个文件（error，默认）\n"
        "  --create-units              创建文件中提到但尚不存在的二级工会（不加此项时，会列出\n"
        "                              这些二级工会，什么也不保存）\n"
        "  --encoding utf-8|gb18030    CSV 文件的编码，在自动识别有误时使用\n"
        "  --dry-run                   检查并统计全部数据，但不保存\n"
        "\n"
        "问题写到标准错误，每行一条，格式为“row N: 原因”（N 为电子表格中的行号，表头为第 1 行）。\n"
        "标准输出的最后一行是汇总。\n"
        "\n"
        "退出码：\n"
        "  0  已导入（使用 --dry-run 时：导入可以成功）\n"
        "  1  未保存任何数据：有无效行、重复、二级工会不存在、文件无法读取、数据库错误，\n"
        "     或已取消\n"
        "  2  命令用法错误（未知选项、取值错误、缺少文件）\n",
    "--on-duplicate must be skip, update or error.": "--on-duplicate 只能是 skip、update 或 error。",
    "--encoding must be utf-8 or gb18030.": "--encoding 只能是 utf-8 或 gb18030。",
    "the header needs a staff number and a name column (工号, 姓名); it has: %1.":
        "表头必须包含工号列和姓名列（工号、姓名）；现有的列：%1。",
    "Nothing was imported.": "未导入任何数据。",
    "Sub-unions that would be created: %1": "将会创建的二级工会：%1",
    "Sub-unions created: %1": "已创建的二级工会：%1",
    "Dry run, nothing stored: %1": "试运行，未保存任何数据：%1",
    "import members; all or nothing unless --skip-invalid; exit code 0 imported, 1 nothing stored, 2 wrong use (members import --help)":
        "导入会员；除非使用 --skip-invalid，否则要么全部导入，要么全部不导入；退出码 0 已导入，1 未保存，2 用法错误（members import --help）",

    # --- ud::app: schedule ----------------------------------------------------------------
    "--%1 must be a number from %2 to %3.": "--%1 必须是 %2 到 %3 之间的数。",
    "--%1 is required.": "必须指定 --%1。",
    "(no timing)": "（无时间安排）",
    "Nothing in %1 could be recognised as a work plan: no sections, points or schedule items were found. Nothing was imported.":
        "%1 中没有可识别为工作要点的内容：未找到任何部分、要点或工作进度安排事项。未导入任何数据。",
    "There is already a work plan for %1. Nothing was imported; add --replace to replace it (its statuses and notes are lost).":
        "%1 年已有工作要点。未导入任何数据；如要替换，请加 --replace（原有的状态和备注将丢失）。",
    "Imported the work plan for %1 from %2.": "已从 %2 导入 %1 年工作要点。",
    "Title: %1": "标题：%1",
    "Document number: %1": "文号：%1",
    "Issued: %1": "印发日期：%1",
    "Union: %1": "工会：%1",
    "Key points: %1 sections, %2 points": "工作要点：%1 个部分，%2 条要点",
    "Schedule: %1 sections, %2 items": "工作进度安排：%1 个部分，%2 个事项",
    "Note: the document's title names the year %1, but it was imported as %2.":
        "注意：文件标题中的年份是 %1 年，但已按 %2 年导入。",
    "Items whose months need checking: %1": "月份需要核对的事项：%1",
    "Lines not recognised (not imported): %1": "未能识别的行（未导入）：%1",
    "yes": "是",
    "no": "否",
    "Section": "部分",
    "No.": "序号",
    "Work item": "工作事项",
    "Timing": "时间安排",
    "Months": "月份",
    "Due": "到期",
    "Status": "状态",
    "%1: %2 item(s), written to %3.": "%1：%2 个事项，已写入 %3。",
    "--out must name an .xlsx file.": "--out 必须是 .xlsx 文件。",
    "The work plan for %1 was written to %2.": "%1 年工作要点已写入 %2。",
    "The work plan for %1 was copied to %2 as a draft; every item is planned again.":
        "%1 年工作要点已作为草稿复制到 %2 年；所有事项的状态都重置为计划中。",
    "import a year's work plan and its schedule from the official document": "从正式文件导入某年的工作要点及工作进度安排",
    "list a year's schedule items, or those of one month": "列出某年（或某月）的工作进度安排事项",
    "print a month's schedule (A4 portrait) or the year overview (A4 landscape) to PDF":
        "将某月的工作安排（A4 纵向）或全年总览（A4 横向）打印为 PDF",
    "export a year's work plan and schedule to .xlsx": "将某年的工作要点和工作进度安排导出为 .xlsx",
    "copy a year's plan to the next year as a draft, with every status reset":
        "将某年的工作要点复制到下一年作为草稿，并重置所有状态",

    # --- ud::core: export filter description, plan document, schedule -----------------
    "search \"%1\"": "搜索“%1”",
    "sub-union %1": "二级工会 %1",
    "status %1": "状态 %1",
    "gender %1": "性别 %1",
    "age %1–%2": "年龄 %1–%2",
    "birth month %1": "出生月份 %1",
    "as of %1": "截至 %1",
    "all members": "全部会员",
    "%1: the file name must end in .xlsx or .csv.": "%1：文件名必须以 .xlsx 或 .csv 结尾。",
    "The export was cancelled; no file was written.": "导出已取消，未写入任何文件。",
    "Cannot write %1: %2": "无法写入 %1：%2",
    "The file %1 cannot be written: %2": "无法写入文件 %1：%2",
    "Unknown file type: %1. Use .xlsx or .csv.": "未知的文件类型：%1。请使用 .xlsx 或 .csv。",
    "%1 is not a Word document (.docx): it has no %2.": "%1 不是 Word 文档（.docx）：缺少 %2。",
    "%1 is too large to be a work plan.": "%1 太大，不可能是工作要点文件。",
    "%1 cannot be read: %2": "无法读取 %1：%2",
    "%1 is damaged: %2 cannot be read.": "%1 已损坏：无法读取 %2。",
    "%1 is damaged: its text cannot be read (%2).": "%1 已损坏：无法读取其中的文字（%2）。",
    "Planned": "计划中",
    "In progress": "进行中",
    "Done": "已完成",
    "Postponed": "已延期",
    "Cancelled": "已取消",
    "(draft)": "（草稿）",
    "line %1: %2": "第 %1 行：%2",
    "The file %1 does not exist.": "文件 %1 不存在。",
    "%1 is not a Word document (.docx). A .doc from an older Word must be saved as .docx first.":
        "%1 不是 Word 文档（.docx）。旧版 Word 的 .doc 文件须先另存为 .docx。",
    "The file %1 cannot be read: %2": "无法读取文件 %1：%2",
    "%1 is in an old Word format. Save it as .docx (or as plain text) and import that.":
        "%1 是旧版 Word 格式。请另存为 .docx（或纯文本）后再导入。",

    # --- DemoData ---------------------------------------------------------------------
    "The number of members must be between 1 and %1.": "会员人数必须在 1 到 %1 之间。",
    "The new member's id was not returned.": "数据库未返回新会员的编号。",

    # --- MemberColumns / lists --------------------------------------------------------
    "Staff no.": "工号",
    "Name": "姓名",
    "Gender": "性别",
    "Birth date": "出生日期",
    "ID number": "身份证号",
    "Sub-union code": "二级工会代码",
    "Sub-union": "二级工会",
    "Mobile": "手机号",
    "Joined union": "入会时间",
    "Age": "年龄",
    "Ethnicity": "民族",
    "Department": "部门",
    "Position/title": "职务/职称",
    "Education": "学历",
    "Political status": "政治面貌",
    "Employment type": "用工形式",
    "Note": "备注",

    # --- MemberImport -----------------------------------------------------------------
    "imported %1, updated %2, skipped %3, invalid %4": "导入 %1，更新 %2，跳过 %3，无效 %4",
    "%1 is an old Excel 97–2003 or WPS workbook. Open it and save it as an Excel workbook (.xlsx) or as CSV, then import that file.":
        "%1 是旧版 Excel 97–2003 或 WPS 工作簿。请打开它，另存为 Excel 工作簿（.xlsx）或 CSV，再导入该文件。",
    "%1 holds no rows.": "%1 中没有任何数据行。",
    "The ID number was stored as a number in Excel and has lost its last digits. Format the column as text and enter the numbers again.":
        "身份证号在 Excel 中被存成了数字，末尾几位已丢失。请把该列设为文本格式，重新录入号码。",
    "The birth date \"%1\" is not a date (write it as 1985-03-02).": "出生日期“%1”不是有效日期（请写成 1985-03-02 的形式）。",
    "The join date \"%1\" is not a date (write it as 2010-09-01).": "入会时间“%1”不是有效日期（请写成 2010-09-01 的形式）。",
    "The status \"%1\" is not known; use one of: %2.": "无法识别状态“%1”；请使用以下之一：%2。",
    "The sub-union %1 has the code %2, not %3.": "二级工会 %1 的代码是 %2，不是 %3。",
    "The staff number %1 belongs to %2, but the ID number to %3 (staff number %4).":
        "工号 %1 属于 %2，而身份证号属于 %3（工号 %4）。",
    "The staff number %1 is also in row %2.": "工号 %1 在第 %2 行也出现了。",
    "The ID number %1 is also in row %2.": "身份证号 %1 在第 %2 行也出现了。",
    "The member with staff number %1 was deleted meanwhile; import again.": "工号为 %1 的会员在此期间已被删除，请重新导入。",
    "The sub-union %1 does not exist (rows %2).": "二级工会 %1 不存在（第 %2 行）。",

    # --- MemberLists ------------------------------------------------------------------
    "No sub-union": "无二级工会",
    "%n member(s)": "%n 人",
    "Mobile numbers are masked.": "手机号已脱敏。",
    "Birthdays in %1": "%1生日名单",
    "MMMM yyyy": "yyyy年M月",
    "Active and retired members": "在册及退休会员",
    "Active members": "在册会员",
    "Upcoming retirements": "即将退休名单",
    "Retirement age": "退休年龄",
    "Retires on": "退休日期",
    "%1 to %2 · men at %3, women at %4 · %5": "%1 至 %2 · 男 %3 岁、女 %4 岁退休 · %5",
    "%n active member(s) without a birth date or gender are not considered.":
        "有 %n 名在册会员缺少出生日期或性别，未计算在内。",
    "Roster as of %1": "会员名册（截至 %1）",
    "active %1, retired %2": "在册 %1，退休 %2",
    "Reproduced from the dated status history.": "根据带日期的状态变动记录还原。",

    # --- MemberQuery, RecordStore, ReportPrinter, SafeOutput -------------------------
    "Male": "男",
    "Female": "女",
    "Saving failed: %1": "保存失败：%1",
    "No entries": "无记录",
    "The printer or file could not be opened for printing.": "无法打开打印机或文件进行打印。",
    "Printed %1": "打印于 %1",
    "Page %1 of %2": "第 %1 页，共 %2 页",
    "No output file was given.": "未指定输出文件。",
    "%1 is a folder. Give the name of a file to write.": "%1 是文件夹。请指定要写入的文件名。",
    "The folder %1 does not exist.": "文件夹 %1 不存在。",
    "Cannot write to the folder %1: %2": "无法写入文件夹 %1：%2",
    "The file %1 was not written.": "未写入文件 %1。",
    "The file %1 could not be written: %2": "无法写入文件 %1：%2",

    # --- Schedule model, reports, repository ------------------------------------------
    "Office": "责任部门",
    "Notes": "备注",
    "Union work schedule for %1": "%1工会工作安排",
    "Union work schedule %1: the year at a glance": "%1年工会工作安排全年总览",
    "Due this month": "本月到期",
    "%1 Due by the end of this month (shown in bold).": "%1 本月底前完成（以粗体显示）。",
    "%1 the item runs in this month    %2 due by the end of this month": "%1 本月进行的事项    %2 本月底前完成",
    "Deadline": "截止",
    "Done on": "完成日期",
    "Months to check": "待核对月份",
    "Schedule %1": "%1年工作进度安排",
    "due": "到期",
    "Key points %1": "%1年工作要点",
    "Key point": "工作要点",
    "There is no work plan for %1.": "%1 年没有工作要点。",
    "The schedule item no longer exists; another user may have deleted it.": "该事项已不存在，可能已被其他用户删除。",
    "%1 is not a valid year.": "%1 不是有效的年份。",
    "Nothing in the document could be recognised as a work plan: no sections, points or schedule items were found.":
        "文件中没有可识别为工作要点的内容：未找到任何部分、要点或工作进度安排事项。",
    "There is already a work plan for %1. Replace it only if you mean to: its items, statuses and notes are removed.":
        "%1 年已有工作要点。请确认确实要替换：原有的事项、状态和备注都将被删除。",
    "An item needs its text.": "事项必须填写内容。",
    "An item number cannot be negative.": "事项序号不能为负数。",
    "A done item needs the date it was done.": "已完成的事项必须填写完成日期。",
    "Only a done item has a date of completion.": "只有已完成的事项才有完成日期。",
    "A deadline needs the month it is due in.": "截止事项必须指定到期月份。",
    "There is already a work plan for %1.": "%1 年已有工作要点。",

    # --- XlsxReader -------------------------------------------------------------------
    "it is an old Excel 97–2003 workbook (.xls) or a password-protected one. Open it in Excel or WPS, remove the password if there is one, and save it as an Excel workbook (.xlsx).":
        "这是旧版 Excel 97–2003 工作簿（.xls）或设有密码的工作簿。请用 Excel 或 WPS 打开，如有密码先取消密码，再另存为 Excel 工作簿（.xlsx）。",
    "it is not an Excel workbook (.xlsx).": "这不是 Excel 工作簿（.xlsx）。",
    "the file is damaged (%1).": "文件已损坏（%1）。",
    "Cannot read %1: %2": "无法读取 %1：%2",
    "the part %1 is missing; it is not an Excel workbook (.xlsx) or it is damaged.":
        "缺少部件 %1；这不是 Excel 工作簿（.xlsx），或文件已损坏。",
    "the part %1 cannot be read.": "无法读取部件 %1。",
    "the part %1 is too large.": "部件 %1 太大。",
    "the part %1 cannot be opened (%2).": "无法打开部件 %1（%2）。",
    "the part %1 is damaged (%2).": "部件 %1 已损坏（%2）。",
    "the workbook part is damaged (%1).": "工作簿部件已损坏（%1）。",
    "the workbook has no worksheet.": "工作簿中没有工作表。",
    "the shared strings are damaged (%1).": "共享字符串已损坏（%1）。",
    "the cell formats are damaged (%1).": "单元格格式已损坏（%1）。",
    "the workbook has no sheet number %1.": "工作簿中没有第 %1 个工作表。",
    "the workbook has no sheet named \"%1\" (it has: %2).": "工作簿中没有名为“%1”的工作表（现有：%2）。",
    "the cell reference \"%1\" in sheet %2 is not valid.": "工作表 %2 中的单元格引用“%1”无效。",
    "a row number in sheet %1 is not valid.": "工作表 %1 中有无效的行号。",
    "a cell in sheet %1 refers to a missing shared string.": "工作表 %1 中有单元格引用了不存在的共享字符串。",
    "the number \"%1\" in sheet %2 is not valid.": "工作表 %2 中的数字“%1”无效。",
    "sheet %1 is damaged (%2).": "工作表 %1 已损坏（%2）。",

    # --- XlsxWriter -------------------------------------------------------------------
    "The workbook %1 could not be started: %2": "无法创建工作簿 %1：%2",
    "out of memory": "内存不足",
    "the file could not be written (%1)": "无法写入文件（%1）",
    "more rows or columns than a worksheet can hold": "行数或列数超出工作表的容量",
    "The workbook %1 could not be written: %2 (%3).": "无法写入工作簿 %1：%2（%3）。",
    "The workbook %1 is already complete.": "工作簿 %1 已经写完。",
    "sheet name": "工作表名称",
    "new worksheet": "新建工作表",
    "column width": "列宽",
    "header": "表头",
    "The workbook %1 has no worksheet to write to.": "工作簿 %1 中没有可写入的工作表。",
    "row %1": "第 %1 行",
    "autofilter": "自动筛选",
    "The workbook %1 could not be written: %2.": "无法写入工作簿 %1：%2。",
    "The workbook %1 could not be written completely; the disk may be full.": "工作簿 %1 未能完整写入，磁盘可能已满。",

    # --- ud::ui::MemberCommand --------------------------------------------------------
    "No database is open.": "未打开数据库。",
    "%1\n\nThis step has been removed from the undo history.": "%1\n\n此步骤已从撤销历史中移除。",
    "Cannot undo or redo": "无法撤销或重做",
    "Add member %1": "新增会员 %1",
    "Edit member %1": "编辑会员 %1",
    "Delete member %1": "删除会员 %1",
    "Record “%1” for %2": "为 %2 登记“%1”",
    "Remove “%1” from the history of %2": "从 %2 的变动记录中删除“%1”",

    # --- MemberDialog -----------------------------------------------------------------
    "New member": "新增会员",
    "Cannot record the event": "无法登记变动",
    "Cannot remove the event": "无法删除变动",
    "&Details": "基本信息(&D)",
    "&History": "变动记录(&H)",
    "(not given)": "（未填写）",
    "e.g. 1985-03-02; filled from the ID number": "例如 1985-03-02；根据身份证号自动填写",
    "18 characters; old 15-digit numbers are converted": "18 位；15 位旧号码会自动转换",
    "11-digit mobile number": "11 位手机号",
    "(none)": "（无）",
    "e.g. 2010-09-01; today when empty": "例如 2010-09-01；留空则为今天",
    "&Staff no.:": "工号(&S)：",
    "&Name:": "姓名(&N)：",
    "&Gender:": "性别(&G)：",
    "E&thnicity:": "民族(&T)：",
    "&ID number:": "身份证号(&I)：",
    "&Birth date:": "出生日期(&B)：",
    "&Mobile:": "手机号(&M)：",
    "S&ub-union:": "二级工会(&U)：",
    "&Department:": "部门(&D)：",
    "&Position/title:": "职务/职称(&P)：",
    "&Education:": "学历(&E)：",
    "&Political status:": "政治面貌(&P)：",
    "Emplo&yment:": "用工形式(&Y)：",
    "&Joined union:": "入会时间(&J)：",
    "Status:": "状态：",
    "N&ote:": "备注(&O)：",
    "Date": "日期",
    "Event": "变动",
    "(unchanged)": "（不变）",
    "Note, e.g. the document number": "备注，例如文号",
    "&Record Event": "登记变动(&R)",
    "Re&move Event": "删除变动(&M)",
    "Record a change of standing:": "登记状态变动：",
    "Record a transfer on the History tab to change the sub-union.": "如要更改二级工会，请在“变动记录”页登记调动。",
    "Save the new member first; the history starts with the day they joined.": "请先保存新会员；变动记录从入会之日开始。",
    "Active (joins on the date above)": "在册（于上面的日期入会）",
    "The status changes through the events on the History tab.": "状态通过“变动记录”页中登记的变动而改变。",
    "The birth date “%1” is not a date; write it like 1985-03-02.": "出生日期“%1”不是有效日期，请写成 1985-03-02 的形式。",
    "The join date “%1” is not a date; write it like 2010-09-01.": "入会时间“%1”不是有效日期，请写成 2010-09-01 的形式。",
    "Other members with this name (staff no. · sub-union): %1": "同名的其他会员（工号 · 二级工会）：%1",
    "; ": "；",
    "%1 → %2": "%1 → %2",
    "The current status and sub-union follow from the latest event.": "当前状态和二级工会由最近一次变动决定。",
    "The date “%1” is not a date; write it like 2024-03-08.": "日期“%1”不是有效日期，请写成 2024-03-08 的形式。",

    # --- MemberImportDialog -----------------------------------------------------------
    "Import Members": "导入会员",
    "An Excel workbook (.xlsx) or a CSV file with a header row": "带表头行的 Excel 工作簿（.xlsx）或 CSV 文件",
    "&Choose File…": "选择文件(&C)…",
    "Detect automatically": "自动识别",
    "UTF-8": "UTF-8",
    "GBK / GB18030 (Chinese Windows)": "GBK / GB18030（中文 Windows）",
    "The text encoding of a CSV file; change it when the preview shows garbled characters.":
        "CSV 文件的文字编码；预览中出现乱码时请更改。",
    "File:": "文件：",
    "Encoding:": "编码：",
    "Column in the file": "文件中的列",
    "First value": "第一行的值",
    "Imported as": "导入为",
    "Preview": "预览",
    "Columns": "列",
    "How to import": "导入方式",
    "Import the valid rows and leave out the rows with errors": "导入有效的行，略过有错误的行",
    "Keep the stored member (skip the row)": "保留已存的会员（跳过该行）",
    "Update the stored member from the row": "按该行更新已存的会员",
    "Create these sub-unions": "创建这些二级工会",
    "Rows with errors:": "有错误的行：",
    "Members already stored (same staff number or ID number):": "已存在的会员（工号或身份证号相同）：",
    "Sub-unions that do not exist:": "不存在的二级工会：",
    "&Import": "导入(&I)",
    "Spreadsheets (*.xlsx *.csv);;Excel workbooks (*.xlsx);;CSV files (*.csv)":
        "电子表格 (*.xlsx *.csv);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)",
    "Detect automatically (%1)": "自动识别（%1）",
    "GBK / GB18030": "GBK / GB18030",
    "(not imported)": "（不导入）",
    "Choose which columns hold the staff number and the name (tab \"Columns\").": "请在“列”页中指定工号列和姓名列。",
    "Row": "行",
    "Check": "检查结果",
    "Problems": "问题",
    "%1 (new)": "%1（新）",
    "OK": "正常",
    "Error": "错误",
    "Already stored": "已存在",
    "%1 (code %2; %n row(s))": "%1（代码 %2；%n 行）",
    "%n row(s) read": "已读取 %n 行",
    "; %n with errors": "；%n 行有错误",
    "; %n already stored": "；%n 行已存在",
    "; %n new sub-union(s)": "；%n 个新二级工会",
    "The preview shows the first %1 rows as they will be stored and every row with an error.":
        "预览按保存后的样子显示前 %1 行，以及所有有错误的行。",
    "%n row(s) have errors (marked red in the preview). Correct the file, or import only the valid rows.":
        "有 %n 行存在错误（在预览中标为红色）。请改正文件，或只导入有效的行。",
    "The file names sub-unions that do not exist. Create them, or correct the file.":
        "文件中有不存在的二级工会。请创建这些二级工会，或改正文件。",
    "There is nothing to import.": "没有可导入的数据。",
    "Importing members…": "正在导入会员…",
    "Cancel": "取消",
    "The import was cancelled; nothing was stored.": "导入已取消，未保存任何数据。",
    "Imported %n member(s).": "已导入 %n 名会员。",
    "Updated %n stored member(s).": "已更新 %n 名已存会员。",
    "Left %n stored member(s) unchanged.": "%n 名已存会员保持不变。",
    "Left out %n row(s) with errors.": "略过了 %n 个有错误的行。",
    "Created %n sub-union(s).": "已创建 %n 个二级工会。",

    # --- MemberListsDialog ------------------------------------------------------------
    "Include retired members": "包括退休会员",
    "&Group by sub-union": "按二级工会分组(&G)",
    "Show full &mobile numbers": "显示完整手机号(&M)",
    "Member Lists": "会员名单",
    "Birthdays of a month": "某月生日名单",
    "Roster on a date": "某日会员名册",
    "&Month:": "月份(&M)：",
    " years": " 岁",
    "to": "至",
    "&Between:": "时间范围(&B)：",
    "Men": "男",
    "Women": "女",
    "Retirement &age:": "退休年龄(&A)：",
    "&On:": "日期(&O)：",
    "All sub-unions": "全部二级工会",
    "&List:": "名单(&L)：",
    "&Sub-union:": "二级工会(&S)：",
    "Print &Preview…": "打印预览(&P)…",
    "Save as P&DF…": "另存为 PDF(&D)…",
    "&Export…": "导出(&E)…",
    "Print Preview — %1": "打印预览 — %1",
    "Printing failed": "打印失败",
    "Save as PDF": "另存为 PDF",
    "PDF files (*.pdf)": "PDF 文件 (*.pdf)",
    "Saving failed": "保存失败",
    "Export List": "导出名单",
    "Excel workbooks (*.xlsx);;CSV files (*.csv)": "Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)",
    "Export failed": "导出失败",

    # --- MembersModule / MembersPage ---------------------------------------------------
    "Members": "会员",
    "Choose the columns to show (also by right-clicking a column title)": "选择要显示的列（也可右键单击列标题）",
    "&Add Member…": "新增会员(&A)…",
    "Add": "新增",
    "Add a member": "新增一名会员",
    "&Edit Member…": "编辑会员(&E)…",
    "Edit": "编辑",
    "Edit the selected member and their history": "编辑所选会员及其变动记录",
    "&Delete Member": "删除会员(&D)",
    "Delete": "删除",
    "Delete the selected member": "删除所选会员",
    "Show Full &ID and Mobile Numbers": "显示完整身份证号和手机号(&I)",
    "Full ID/mobile": "完整号码",
    "Show ID and mobile numbers in full instead of masked (personal information)":
        "显示完整的身份证号和手机号，而不是脱敏后的号码（个人信息）",
    "&Clear Filters": "清除筛选(&C)",
    "Clear": "清除",
    "Show every member again": "重新显示全部会员",
    "&Import Members…": "导入会员(&I)…",
    "Import": "导入",
    "Import members from an Excel workbook (.xlsx) or a CSV file, with a preview": "从 Excel 工作簿（.xlsx）或 CSV 文件导入会员，导入前可预览",
    "&Export List…": "导出名单(&E)…",
    "Export": "导出",
    "Export the members shown, with the columns shown, to Excel or CSV": "将当前显示的会员按当前显示的列导出为 Excel 或 CSV",
    "&Lists and Printing…": "名单与打印(&L)…",
    "Lists": "名单",
    "Birthdays of a month, upcoming retirements, the roster on a date: print or export":
        "打印或导出某月生日名单、即将退休名单、某日会员名册",
    "Name, pinyin (zw), staff no., mobile or ID": "姓名、拼音（zw）、工号、手机号或身份证号",
    "Any status": "全部状态",
    "Men and women": "男女不限",
    "any": "任意",
    "Youngest age shown (whole years today)": "显示的最小年龄（按今天计算的周岁）",
    "Oldest age shown (whole years today)": "显示的最大年龄（按今天计算的周岁）",
    "Any birthday": "生日不限",
    "January": "1月",
    "February": "2月",
    "March": "3月",
    "April": "4月",
    "May": "5月",
    "June": "6月",
    "July": "7月",
    "August": "8月",
    "September": "9月",
    "October": "10月",
    "November": "11月",
    "December": "12月",
    "Birthday in %1": "%1生日",
    "Default Columns": "默认列",
    "Cannot show the members": "无法显示会员",
    "Cannot add the member": "无法新增会员",
    "Cannot edit the member": "无法编辑会员",
    "The member no longer exists.": "该会员已不存在。",
    "%1 was added; the current filter hides them.": "已新增 %1，但当前筛选条件未显示该会员。",
    "Cannot save the member": "无法保存会员",
    "Delete member": "删除会员",
    "Delete %1 (staff no. %2) and their history?": "确定删除 %1（工号 %2）及其变动记录吗？",
    "Members who retired, left or died are normally kept and given that status on the History tab. You can bring a deleted member back with Edit › Undo.":
        "退休、调离或去世的会员通常应保留，并在“变动记录”页中登记相应状态。删除的会员可以通过“编辑 › 撤销”恢复。",
    "Cannot delete the member": "无法删除会员",
    "%1 members": "共 %1 名会员",
    "%1 members, %2 shown": "共 %1 名会员，显示 %2 名",
    "No database is open. Open one with File › Open Database…, or start a new one with File › New Database….":
        "未打开数据库。请通过“文件 › 打开数据库…”打开一个数据库，或通过“文件 › 新建数据库…”新建一个。",
    "No members yet. Add one with Add.": "还没有会员。请点击“新增”添加。",
    "No member matches the filter.": "没有符合筛选条件的会员。",
    "members": "会员",
    "Export Members": "导出会员",
    "Export full ID and mobile numbers?\n\nChoose No to export them masked. An export with full numbers is recorded in the change history.":
        "是否导出完整的身份证号和手机号？\n\n选择“否”则导出脱敏后的号码。导出完整号码会记入变更记录。",
    "Exporting members…": "正在导出会员…",
    "Export cancelled; no file was written.": "导出已取消，未写入任何文件。",
    "Exported %n member(s) to %1": "已将 %n 名会员导出到 %1",
}

# Context-specific translations (context suffix after the last "::", source).
C = {
    ("MemberDialog", "Edit member %1"): "编辑会员 %1",
    ("MemberDialog", "Note"): "备注",
    ("MemberDialog", "Sub-union"): "二级工会",
    ("MemberImportDialog", "Columns"): "列",
    ("MembersPage", "Columns"): "列",
}

# Finished entries that read wrongly for members (a person's name is 姓名, not 名称).
FIX = {
    ("MemberRepository", "The name is required."): "必须填写姓名。",
}

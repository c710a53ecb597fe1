<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全部是(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全部否(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
<context>
    <name>ud::app</name>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>引擎：%1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>结构版本：%1（本程序：%2）</translation>
    </message>
    <message>
        <source>Integrity: %1 problem(s)</source>
        <translation>完整性：发现 %1 个问题</translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation>完整性：正常</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 KB).</source>
        <translation>备份已写入 %1（%2 KB）。</translation>
    </message>
    <message>
        <source>Restoring is only possible into a SQLite database file.</source>
        <translation>只能恢复到 SQLite 数据库文件。</translation>
    </message>
    <message>
        <source>Restoring replaces everything in %1 with the contents of %2. Add --yes to confirm.</source>
        <translation>恢复会用 %2 的内容替换 %1 中的全部数据。确认请加 --yes。</translation>
    </message>
    <message>
        <source>Restored %1 from %2. The previous contents were saved to %3.</source>
        <translation>已从 %2 恢复 %1。原有内容已保存到 %3。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 row(s) have errors.</source>
        <translation>未导入任何数据：有 %1 行存在错误。</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity and schema version</source>
        <translation>检查数据库完整性和结构版本</translation>
    </message>
    <message>
        <source>write a consistent backup (a SQLite file) while the database stays in use</source>
        <translation>在数据库使用中写出一致的备份（SQLite 文件）</translation>
    </message>
    <message>
        <source>replace the SQLite database with a backup (the current contents are backed up first)</source>
        <translation>用备份替换 SQLite 数据库（先备份当前内容）</translation>
    </message>
    <message>
        <source>list the sub-unions</source>
        <translation>列出二级工会</translation>
    </message>
    <message>
        <source>Say how many members to generate: --members N.</source>
        <translation>请指定要生成的会员人数：--members N。</translation>
    </message>
    <message>
        <source>--members must be a whole number from 1 to %1.</source>
        <translation>--members 必须是 1 到 %1 之间的整数。</translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation>--seed 必须是整数。</translation>
    </message>
    <message>
        <source>Demo data generated in %1 (seed %2) in %3 s.</source>
        <translation>已在 %1 中生成演示数据（种子 %2），用时 %3 秒。</translation>
    </message>
    <message>
        <source>Sub-unions: %1 added, %2 already there.</source>
        <translation>二级工会：新增 %1 个，已有 %2 个。</translation>
    </message>
    <message>
        <source>Members: %1 (active %2, retired %3, left %4, deceased %5).</source>
        <translation>会员：%1 名（在册 %2，退休 %3，调离 %4，去世 %5）。</translation>
    </message>
    <message>
        <source>Status events: %1 (%2 transfers, %3 rejoined).</source>
        <translation>状态变动：%1 条（调动 %2 条，重新入会 %3 条）。</translation>
    </message>
    <message>
        <source>Names: %1 different; %2 of them are shared by three or more members.</source>
        <translation>姓名：共 %1 个不同姓名，其中 %2 个有三名及以上会员同名。</translation>
    </message>
    <message>
        <source>No sub-union has the code &quot;%1&quot;. `uniondesk units list` shows the codes.</source>
        <translation>没有代码为“%1”的二级工会。`uniondesk units list` 可列出全部代码。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use active, retired, left or deceased (or 在册, 退休, 调离, 去世).</source>
        <translation>未知状态“%1”：请使用 active、retired、left 或 deceased（或 在册、退休、调离、去世）。</translation>
    </message>
    <message>
        <source>--as-of needs a date such as 2024-12-31, not &quot;%1&quot;.</source>
        <translation>--as-of 需要日期，例如 2024-12-31，而不是“%1”。</translation>
    </message>
    <message>
        <source>The output file must end in .xlsx or .csv: %1</source>
        <translation>输出文件名必须以 .xlsx 或 .csv 结尾：%1</translation>
    </message>
    <message>
        <source>Exported %1 member(s) to %2.</source>
        <translation>已将 %1 名会员导出到 %2。</translation>
    </message>
    <message>
        <source>ID and phone numbers are written in full; the export is recorded in the change history.</source>
        <translation>身份证号和手机号以完整形式写出；本次导出已记入变更记录。</translation>
    </message>
    <message>
        <source>ID and phone numbers are masked; --unmasked writes them in full.</source>
        <translation>身份证号和手机号已脱敏；使用 --unmasked 可写出完整号码。</translation>
    </message>
    <message>
        <source>(standard output)</source>
        <translation>（标准输出）</translation>
    </message>
    <message>
        <source>export members with every column: .xlsx with translated titles, or .csv (UTF-8 with BOM) whose header is the keys staff_no,name,gender,…; gender and status in words in both; ID and phone masked unless --unmasked, which is recorded in the change history</source>
        <translation>导出会员的全部列：.xlsx 使用中文列标题，.csv（带 BOM 的 UTF-8）以 staff_no,name,gender,… 等键名为表头；两者的性别和状态均以文字写出；身份证号和手机号默认脱敏，使用 --unmasked 则写出完整号码，并记入变更记录</translation>
    </message>
    <message>
        <source>list members; csv and json: keys as header and stored values (M/F, active, retired, left, deceased), every column; table: ten columns in words; --as-of gives the roster of that day from the status history; ID and phone masked unless --unmasked</source>
        <translation>列出会员；csv 和 json：以键名为表头，写出存储值（M/F、active、retired、left、deceased）及全部列；table：以文字显示十列；--as-of 根据状态变动记录给出该日的名册；身份证号和手机号默认脱敏，除非使用 --unmasked</translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, update or error.</source>
        <translation>--on-duplicate 只能是 skip、update 或 error。</translation>
    </message>
    <message>
        <source>the header needs a staff number and a name column (工号, 姓名); it has: %1.</source>
        <translation>表头必须包含工号列和姓名列（工号、姓名）；现有的列：%1。</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <source>Sub-unions that would be created: %1</source>
        <translation>将会创建的二级工会：%1</translation>
    </message>
    <message>
        <source>Sub-unions created: %1</source>
        <translation>已创建的二级工会：%1</translation>
    </message>
    <message>
        <source>Dry run, nothing stored: %1</source>
        <translation>试运行，未保存任何数据：%1</translation>
    </message>
    <message>
        <source>import members; all or nothing unless --skip-invalid; exit code 0 imported, 1 nothing stored, 2 wrong use (members import --help)</source>
        <translation>导入会员；除非使用 --skip-invalid，否则要么全部导入，要么全部不导入；退出码 0 已导入，1 未保存，2 用法错误（members import --help）</translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3.</source>
        <translation>--%1 必须是 %2 到 %3 之间的数。</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>必须指定 --%1。</translation>
    </message>
    <message>
        <source>(no timing)</source>
        <translation>（无时间安排）</translation>
    </message>
    <message>
        <source>There is already a work plan for %1. Nothing was imported; add --replace to replace it (its statuses and notes are lost).</source>
        <translation>%1 年已有工作要点。未导入任何数据；如要替换，请加 --replace（原有的状态和备注将丢失）。</translation>
    </message>
    <message>
        <source>Imported the work plan for %1 from %2.</source>
        <translation>已从 %2 导入 %1 年工作要点。</translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation>标题：%1</translation>
    </message>
    <message>
        <source>Document number: %1</source>
        <translation>文号：%1</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>印发日期：%1</translation>
    </message>
    <message>
        <source>Union: %1</source>
        <translation>工会：%1</translation>
    </message>
    <message>
        <source>Key points: %1 sections, %2 points</source>
        <translation>工作要点：%1 个部分，%2 条要点</translation>
    </message>
    <message>
        <source>Schedule: %1 sections, %2 items</source>
        <translation>工作进度安排：%1 个部分，%2 个事项</translation>
    </message>
    <message>
        <source>Note: the document&apos;s title names the year %1, but it was imported as %2.</source>
        <translation>注意：文件标题中的年份是 %1 年，但已按 %2 年导入。</translation>
    </message>
    <message>
        <source>Items whose months need checking: %1</source>
        <translation>月份需要核对的事项：%1</translation>
    </message>
    <message>
        <source>Lines not recognised (not imported): %1</source>
        <translation>未能识别的行（未导入）：%1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>工作事项</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时间安排</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1: %2 item(s), written to %3.</source>
        <translation>%1：%2 个事项，已写入 %3。</translation>
    </message>
    <message>
        <source>--out must name an .xlsx file.</source>
        <translation>--out 必须是 .xlsx 文件。</translation>
    </message>
    <message>
        <source>The work plan for %1 was written to %2.</source>
        <translation>%1 年工作要点已写入 %2。</translation>
    </message>
    <message>
        <source>The work plan for %1 was copied to %2 as a draft; every item is planned again.</source>
        <translation>%1 年工作要点已作为草稿复制到 %2 年；所有事项的状态都重置为计划中。</translation>
    </message>
    <message>
        <source>import a year&apos;s work plan and its schedule from the official document</source>
        <translation>从正式文件导入某年的工作要点及工作进度安排</translation>
    </message>
    <message>
        <source>list a year&apos;s schedule items, or those of one month</source>
        <translation>列出某年（或某月）的工作进度安排事项</translation>
    </message>
    <message>
        <source>export a year&apos;s work plan and schedule to .xlsx</source>
        <translation>将某年的工作要点和工作进度安排导出为 .xlsx</translation>
    </message>
    <message>
        <source>copy a year&apos;s plan to the next year as a draft, with every status reset</source>
        <translation>将某年的工作要点复制到下一年作为草稿，并重置所有状态</translation>
    </message>
    <message>
        <source>Access: read-only (%1)</source>
        <translation>访问：只读（%1）</translation>
    </message>
    <message>
        <source>Change history: %1 row(s) disagree with it</source>
        <translation>变更记录：%1 行与之不符</translation>
    </message>
    <message>
        <source>Change history: agrees with the rows</source>
        <translation>变更记录：与数据行一致</translation>
    </message>
    <message>
        <source>Cannot write to the standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] units import FILE.xlsx|FILE.csv [options]
Imports sub-unions from the first sheet of an .xlsx workbook or from a CSV file (UTF-8 or GBK/GB18030,
detected). The first row names the columns: code, name, short_name, parent_code, sort_order, active
(as `units list --format csv` writes them) or their titles (代码, 名称, 简称, 上级代码, 排序, 启用).
A parent may be a sub-union of the same file. Everything is stored in one transaction: unless the
import succeeds, nothing is stored.

Options:
  --skip-invalid              store the valid rows; list the invalid ones (without it, one invalid
                              row means nothing is stored)
  --on-duplicate skip|update|error
                              rows whose code is already stored: leave the stored sub-union, update
                              it from the row, or refuse the file (default)
  --dry-run                   check and count everything, store nothing
  --encoding utf-8|gb18030    how a CSV file is written (without it: detected; one encoding
                              throughout, a row in another one is refused)

Problems are written to standard error, one per line, as &quot;row N: reason&quot; (N as a spreadsheet
numbers rows; the header is row 1). The last line on standard output is the summary.

Exit codes:
  0  imported (with --dry-run: the import would succeed)
  1  nothing was stored: invalid rows, codes already stored, an unreadable file or a database error
  2  wrong use of the command (unknown option, bad value, missing FILE)
</source>
        <translation>用法：uniondesk [--db 路径|地址] units import 文件.xlsx|文件.csv [选项]
从 .xlsx 工作簿的第一个工作表或 CSV 文件（UTF-8 或 GBK/GB18030，自动识别）导入二级工会。
第一行为列名：code、name、short_name、parent_code、sort_order、active（即
`units list --format csv` 写出的键名），或其标题（代码、名称、简称、上级代码、排序、启用）。
上级单位可以是同一文件中的二级工会。全部数据在一个事务中保存：导入不成功则什么也不保存。

选项：
  --skip-invalid              保存有效的行，列出无效的行（不加此项时，只要有一行无效
                              就什么也不保存）
  --on-duplicate skip|update|error
                              代码已存在的行：保留已存的二级工会（skip）、按该行更新
                              （update），或拒绝整个文件（error，默认）
  --dry-run                   检查并统计全部数据，但不保存
  --encoding utf-8|gb18030    CSV 文件的编码（不加此项时自动识别；全文须为同一种编码，
                              编码不同的行会被拒绝）

问题写到标准错误，每行一条，格式为“row N: 原因”（N 为电子表格中的行号，表头为第 1 行）。
标准输出的最后一行是汇总。

退出码：
  0  已导入（使用 --dry-run 时：导入可以成功）
  1  未保存任何数据：有无效行、代码已存在、文件无法读取或数据库错误
  2  命令用法错误（未知选项、取值错误、缺少文件）
</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <source>import sub-unions; all or nothing unless --skip-invalid; exit code 0 imported, 1 nothing stored, 2 wrong use (units import --help)</source>
        <translation>导入二级工会；除非使用 --skip-invalid，否则要么全部导入、要么全不导入；退出码 0 已导入，1 未保存任何内容，2 用法错误（见 units import --help）</translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2025-12-31, not &quot;%2&quot;.</source>
        <translation>--%1 需要日期，例如 2025-12-31，而不是“%2”。</translation>
    </message>
    <message>
        <source>--format is for the terminal and .csv files; a .%1 file is written as printed.</source>
        <translation>--format 仅用于终端输出和 .csv 文件；.%1 文件按打印格式写出。</translation>
    </message>
    <message>
        <source>%1: %2 member(s), written to %3.</source>
        <translation>%1：%2 名会员，已写入 %3。</translation>
    </message>
    <message>
        <source>--to (%1) lies before --from (%2).</source>
        <translation>--to（%1）早于 --from（%2）。</translation>
    </message>
    <message>
        <source>list the active members whose statutory retirement date (raised by month of birth since 2025; a woman&apos;s original age as recorded, else the office&apos;s default) lies between two dates; csv keys staff_no,name,gender,birth_date,unit_name,retirement_date; .pdf and .xlsx as printed</source>
        <translation>列出法定退休日期（2025年起按出生年月渐进延迟；女职工按登记的原法定退休年龄，未登记的按本单位默认值）在两个日期之间的在册会员；csv 列为 staff_no,name,gender,birth_date,unit_name,retirement_date；.pdf 和 .xlsx 按打印格式输出</translation>
    </message>
    <message>
        <source>list the active members born in a month, by day, for birthday greetings (ages in the year given, this year by default); csv keys staff_no,name,gender,birth_date,unit_name</source>
        <translation>按日列出某月出生的在册会员，用于生日慰问（年龄按指定年份计算，默认今年）；csv 列为 staff_no,name,gender,birth_date,unit_name</translation>
    </message>
    <message>
        <source>list everyone on the roster on a date, active and retired, from the dated status history; csv keys staff_no,name,gender,birth_date,unit_name</source>
        <translation>根据带日期的状态记录，列出某日在册的全部会员（在职和退休）；csv 列为 staff_no,name,gender,birth_date,unit_name</translation>
    </message>
    <message>
        <source>%1 is not recognised as a work plan. %2 Nothing was imported.</source>
        <translation>%1 未被识别为工作要点。%2未导入任何数据。</translation>
    </message>
    <message>
        <source>Give --landscape or --portrait, not both.</source>
        <translation>--landscape 与 --portrait 只能选一个。</translation>
    </message>
    <message>
        <source>print a month&apos;s schedule (A4 portrait) or the year overview (A4 landscape) to PDF; --landscape or --portrait turns the page</source>
        <translation>将某月的工作安排（A4 纵向）或全年总览（A4 横向）打印为 PDF；--landscape 或 --portrait 改变纸张方向</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] members import FILE.xlsx|FILE.csv [options]
Imports members from the first sheet of an .xlsx workbook or from a CSV file (UTF-8 or GBK/GB18030,
detected). The first row names the columns: the usual Chinese headers (工号, 姓名, 性别, 身份证号码,
所在单位, 手机号码, 入会时间, 状态 …) or the keys `members export` writes. Everything is stored in one
transaction: unless the import succeeds, nothing is stored.

Options:
  --skip-invalid              store the valid rows; list the invalid ones (without it, one invalid
                              row means nothing is stored)
  --on-duplicate skip|update|error
                              rows whose staff number or ID number is already stored: leave the
                              stored member, update it from the row, or refuse the file (default)
  --create-units              create the sub-unions the file names that do not exist (without it,
                              they are listed and nothing is stored); not those for which a stored
                              sub-union is proposed
  --match-units               take the proposed stored sub-union for a name the file gives that matches
                              none exactly, where there is exactly one proposal (经济学院 for
                              经济学院分工会: one name contains the other, spaces and the words 分工会,
                              二级工会, 工会 left aside); without it, proposals are listed and nothing is
                              stored
  --encoding utf-8|gb18030    the encoding of a CSV file, when the detection guesses wrong
  --dry-run                   check and count everything, store nothing

Problems are written to standard error, one per line, as &quot;row N: reason&quot; (N as a spreadsheet
numbers rows; the header is row 1). The last line on standard output is the summary.

Exit codes:
  0  imported (with --dry-run: the import would succeed)
  1  nothing was stored: invalid rows, duplicates, missing sub-unions, an unreadable file (an old .xls
     or .et workbook: save it as .xlsx), a database error, or a cancelled run
  2  wrong use of the command (unknown option, bad value, missing FILE)
</source>
        <translation>用法：uniondesk [--db 路径|地址] members import 文件.xlsx|文件.csv [选项]
从 .xlsx 工作簿的第一个工作表或 CSV 文件（UTF-8 或 GBK/GB18030，自动识别）导入会员。
第一行为列名：可用常见的中文表头（工号、姓名、性别、身份证号码、所在单位、手机号码、
入会时间、状态……），也可用 `members export` 写出的键名。全部数据在一个事务中保存：
导入不成功则什么也不保存。

选项：
  --skip-invalid              保存有效的行，列出无效的行（不加此项时，只要有一行无效
                              就什么也不保存）
  --on-duplicate skip|update|error
                              工号或身份证号已存在的行：保留已存的会员（skip）、按该行
                              更新（update），或拒绝整个文件（error，默认）
  --create-units              创建文件中提到但尚不存在的二级工会（不加此项时，会列出
                              这些二级工会，什么也不保存）；已有建议二级工会的名称除外
  --match-units               文件中的名称与已有二级工会都不完全一致、但恰有一个建议时，
                              采用该建议（如“经济学院”对应“经济学院分工会”：一个名称包含
                              另一个，不计空格及“分工会、二级工会、工会”等字样）；不加此项
                              时只列出建议，不保存任何内容
  --encoding utf-8|gb18030    CSV 文件的编码，在自动识别有误时使用
  --dry-run                   检查并统计全部数据，但不保存

问题写到标准错误，每行一条，格式为“row N: 原因”（N 为电子表格中的行号，表头为第 1 行）。
标准输出的最后一行是汇总。

退出码：
  0  已导入（使用 --dry-run 时：导入可以成功）
  1  未保存任何数据：有无效行、重复、二级工会不存在、文件无法读取（旧版 .xls 或 .et
     工作簿：请另存为 .xlsx）、数据库错误，或已取消
  2  命令用法错误（未知选项、取值错误、缺少文件）
</translation>
    </message>
    <message>
        <source>Give --match-units to take the proposed sub-union where there is one.</source>
        <translation>加上 --match-units 即采用唯一建议的二级工会。</translation>
    </message>
    <message>
        <source>Where several sub-unions are proposed, write the code or the full name of the right one in the file.</source>
        <translation>建议了多个二级工会的，请在文件中填写正确二级工会的代码或全称。</translation>
    </message>
    <message>
        <source>Sub-union %1 taken as the stored %2 (%3)</source>
        <translation>文件中的“%1”按已有二级工会“%2”（%3）导入</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] units merge FROM INTO
Merges the sub-union with the code FROM into the one with the code INTO, in one transaction: its
members, their status events and the sub-units under it go to INTO, and FROM is deleted. Every
change is in the change history. For a sub-union stored twice, e.g. once by an import under the
name an HR file gives it.

Exit codes:
  0  merged
  1  nothing was changed: a code that is not stored, the same code twice, INTO lying below FROM,
     or a database error
  2  wrong use of the command (unknown option, missing codes)
</source>
        <translation>用法：uniondesk [--db 路径|地址] units merge FROM INTO
在一个事务中将代码为 FROM 的二级工会并入代码为 INTO 的二级工会：其会员、会员变动记录及
下级单位转到 INTO，FROM 被删除。每项更改都记入变更记录。用于重复录入的二级工会，例如导入
人事文件时按人事名称又建了一个。

退出码：
  0  已合并
  1  未作任何更改：代码不存在、两个代码相同、INTO 位于 FROM 之下，或数据库出错
  2  命令用法错误（未知选项、缺少代码）
</translation>
    </message>
    <message>
        <source>No sub-union has the code %1.</source>
        <translation>没有代码为 %1 的二级工会。</translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 (%2) into %3 (%4): %n member(s) moved</source>
        <translation>
            <numerusform>已将 %1（%2）并入 %3（%4）：转移会员 %n 名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n status event(s) moved.</source>
        <translation>
            <numerusform>，转移会员变动记录 %n 条。</numerusform>
        </translation>
    </message>
    <message>
        <source>merge the sub-union with code FROM into the one with code INTO: its members and their history move, FROM is deleted (units merge --help)</source>
        <translation>将代码为 FROM 的二级工会并入代码为 INTO 的二级工会：会员及其变动记录随之转移，FROM 被删除（units merge --help）</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--%1：“%2”不是日期（应为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] congress session add --key KEY --name NAME --year Y
           [--term N] [--meeting N] [--opens DATE] [--closes DATE]
Adds a congress session: NAME as written (第十二届教代会暨第十四届工代会第二次会议), KEY the short
name scripts and the other congress commands use (12-2). Term and meeting are read from a KEY of
the form TERM-MEETING unless given. Proposals are accepted from --opens to --closes (both days
included).

Exit codes: 0 added, 1 refused (the reason on standard error), 2 wrong use.
</source>
        <translation>用法：uniondesk [--db 路径|URL] congress session add --key 简称 --name 名称 --year 年份
           [--term 届] [--meeting 次] [--opens 日期] [--closes 日期]
新增一次教代会会议：名称照原文填写（第十二届教代会暨第十四届工代会第二次会议），简称供脚本和其他
congress 命令使用（12-2）。未给出届、次时，从“届-次”形式的简称中读取。提案征集时间从 --opens 到
--closes（含首尾两天）。

退出码：0 已新增，1 被拒绝（原因写在标准错误），2 用法错误。
</translation>
    </message>
    <message>
        <source>congress session add needs --key, --name and --year.</source>
        <translation>congress session add 需要 --key、--name 和 --year。</translation>
    </message>
    <message>
        <source>--year must be a year, e.g. 2024.</source>
        <translation>--year 应为年份，例如 2024。</translation>
    </message>
    <message>
        <source>Give --term and --meeting as numbers (the key %1 does not say them).</source>
        <translation>请用数字给出 --term 和 --meeting（简称 %1 中看不出届次）。</translation>
    </message>
    <message>
        <source>Added session %1: %2 (term %3, meeting %4, %5).</source>
        <translation>已新增会议 %1：%2（第 %3 届第 %4 次，%5 年）。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors.</source>
        <translation>
            <numerusform>未导入任何数据：%n 行有错误。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] congress reps import FILE.xlsx|FILE.csv --session KEY [--dry-run]
Imports the representatives of the session&apos;s term. Columns: 工号, 姓名, 代表团, and optionally
团长 (是 for the delegation&apos;s head), 起始日期, 备注. Each person is found on the roster by staff
number, or by name when the name is unique; a delegation is added when new. All or nothing:
problems go to standard error as &quot;row N: reason&quot;.

Exit codes: 0 imported, 1 nothing stored, 2 wrong use.
</source>
        <translation>用法：uniondesk [--db 路径|URL] congress reps import 文件.xlsx|文件.csv --session 简称 [--dry-run]
导入该会议所属届的代表。列：工号、姓名、代表团，可选 团长（代表团团长填“是”）、起始日期、备注。
按工号在会员名册中查找本人，姓名唯一时也可按姓名查找；新的代表团自动新增。全部成功才保存：
问题以“row N: 原因”写到标准错误。

退出码：0 已导入，1 未保存任何数据，2 用法错误。
</translation>
    </message>
    <message>
        <source>Name the session with --session KEY.</source>
        <translation>请用 --session 简称 指明会议。</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] congress proposals import FILE.xlsx|FILE.csv --session KEY [--dry-run]
Imports a session&apos;s proposals kept in a spreadsheet. Columns: 提案号, 案由, 类别, 提案人, 附议人 (several,
separated by 、 ， , ; or spaces), 提交日期, 立案情况 (立案/不立案/转为意见建议/并案/撤回, empty: not
decided), 并入提案号, 不立案理由, 主办单位, 协办单位, 办理期限, 答复日期, 答复结果 (A/B/C/D), 满意度
(满意/基本满意/不满意), 重点提案 (是/否); optionally 理由, 建议措施, 建议承办单位, 类型 (提案/意见建议).
People as staff number or unique name; a delegation&apos;s name as 提案人 makes a collective proposal.
Handling units are added when new. Every rule of the proposals applies (co-signers, the window,
merges). All or nothing: problems go to standard error as &quot;row N: reason&quot;.

Exit codes: 0 imported, 1 nothing stored, 2 wrong use.
</source>
        <translation>用法：uniondesk [--db 路径|URL] congress proposals import 文件.xlsx|文件.csv --session 简称 [--dry-run]
导入以表格保存的一次会议的提案。列：提案号、案由、类别、提案人、附议人（多人以 、 ， , ; 或空格分隔）、
提交日期、立案情况（立案/不立案/转为意见建议/并案/撤回，空为未审查）、并入提案号、不立案理由、主办单位、
协办单位、办理期限、答复日期、答复结果（A/B/C/D）、满意度（满意/基本满意/不满意）、重点提案（是/否）；
可选 理由、建议措施、建议承办单位、类型（提案/意见建议）。
人员填工号或唯一的姓名；提案人填代表团名称即为集体提案。新的承办单位自动新增。提案的各项规则
（附议、征集时间、并案）全部适用。全部成功才保存：问题以“row N: 原因”写到标准错误。

退出码：0 已导入，1 未保存任何数据，2 用法错误。
</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>提案人</translation>
    </message>
    <message>
        <source>Co-signers</source>
        <translation>附议人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>立案情况</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>答复结果</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>并入提案</translation>
    </message>
    <message>
        <source>Co-handling units</source>
        <translation>协办单位</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Key proposal</source>
        <translation>重点提案</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>办理阶段</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] congress reps list --session KEY [--format csv|table|json] [--out FILE]
Lists the representatives of the session&apos;s term by delegation.
</source>
        <translation>用法：uniondesk [--db 路径|URL] congress reps list --session 简称 [--format csv|table|json] [--out 文件]
按代表团列出该会议所属届的代表。
</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Serves from</source>
        <translation>任职起始</translation>
    </message>
    <message>
        <source>Served until</source>
        <translation>任职截止</translation>
    </message>
    <message>
        <source>add a congress session (congress session add --help)</source>
        <translation>新增一次教代会会议（congress session add --help）</translation>
    </message>
    <message>
        <source>list the congress sessions</source>
        <translation>列出教代会会议</translation>
    </message>
    <message>
        <source>import the representatives of a session&apos;s term, all or nothing (congress reps import --help)</source>
        <translation>导入一届的代表，全部成功才保存（congress reps import --help）</translation>
    </message>
    <message>
        <source>list the representatives of a session&apos;s term</source>
        <translation>列出一届的代表</translation>
    </message>
    <message>
        <source>import a session&apos;s proposals, all or nothing (congress proposals import --help)</source>
        <translation>导入一次会议的提案，全部成功才保存（congress proposals import --help）</translation>
    </message>
    <message>
        <source>list a session&apos;s proposals (csv keys number,title,category,proposer,cosigners,decision,lead_unit,result,rating, then others)</source>
        <translation>列出一次会议的提案（csv 键为 number,title,category,proposer,cosigners,decision,lead_unit,result,rating，其后为其他列）</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from 0 to %2.</source>
        <translation>--%1 应为 0 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>Congress: %1 sessions, %2 representatives, %3 proposals, %4 inspections.</source>
        <translation>教代会：%1 次会议，%2 名代表，%3 件提案，%4 次巡视。</translation>
    </message>
    <message>
        <source>%1: written to %2.</source>
        <translation>%1：已写入 %2。</translation>
    </message>
    <message>
        <source>Say what to print: --proposal NUMBER, --all, --compilation, --report or --referral.</source>
        <translation>请指明要打印的内容：--proposal 编号、--all、--compilation、--report 或 --referral。</translation>
    </message>
    <message>
        <source>Print one document at a time: %1 were given.</source>
        <translation>一次只能打印一种文档，而给出了：%1。</translation>
    </message>
    <message>
        <source>--unit goes with --referral.</source>
        <translation>--unit 只能与 --referral 一起使用。</translation>
    </message>
    <message>
        <source>--decimals and --rounding go with --report.</source>
        <translation>--decimals 和 --rounding 只能与 --report 一起使用。</translation>
    </message>
    <message>
        <source>--out must name a .pdf or an .odt file.</source>
        <translation>--out 必须是 .pdf 或 .odt 文件。</translation>
    </message>
    <message>
        <source>No congress session has the key &quot;%1&quot;.</source>
        <translation>没有简称为“%1”的教代会会议。</translation>
    </message>
    <message>
        <source>--rounding must be one of %1.</source>
        <translation>--rounding 必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>%1 has no proposal numbered &quot;%2&quot;.</source>
        <translation>%1 没有编号为“%2”的提案。</translation>
    </message>
    <message>
        <source>The form of proposal %1</source>
        <translation>提案 %1 的提案表</translation>
    </message>
    <message>
        <source>The forms of the proposals of %1</source>
        <translation>%1 全部提案的提案表</translation>
    </message>
    <message>
        <source>The compilation of proposals of %1</source>
        <translation>%1 提案汇编</translation>
    </message>
    <message>
        <source>No handling unit is named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的承办单位。</translation>
    </message>
    <message>
        <source>The referral notices of %1</source>
        <translation>%1 交办单</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s), written to %2.</source>
        <translation>
            <numerusform>%1：共 %n 页，已写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>print a session&apos;s proposal form (one or all), the compilation of its filed proposals, the proposal work report or the referral notices to the handling units, to .pdf or .odt</source>
        <translation>将一次会议的提案表（单件或全部）、已立案提案的提案汇编、提案工作报告或致承办单位的交办单打印为 .pdf 或 .odt</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] congress report --session KEY [options]
Counts the proposals of a congress session for the proposal work report: the items received and the
cases after merging, the decisions and the filing rate, the categories and the proposers&apos; delegations
(of the items received), the lead units and the reply results (of the filed cases), the proposers&apos;
ratings and the satisfaction rate (of the rated cases).

Options:
  --session KEY               the session&apos;s key (e.g. 12-2)
  --format csv|table|json     csv: the keys section,key,count,percent,replied,on_time,late,outstanding
                              (the last four for the lead units only); table: for reading (default)
  --decimals N                decimals of the percentages, 0 to 4 (default 0)
  --rounding half-up|truncate|largest-remainder
                              half-up (default; a table may sum to 99 or 101), truncate, or largest
                              remainder (a table of shares sums to exactly 100)
  --out FILE                  write to FILE: .pdf or .odt as printed, .xlsx one sheet per table,
                              anything else in the --format

Sections: received, decision, category, delegation, unit, result, rating, satisfaction.

Exit codes:
  0  written
  1  no such session, or the database or the file could not be read or written
  2  wrong use of the command (unknown option, bad value, missing --session)
</source>
        <translation>用法：uniondesk [--db 路径|URL] congress report --session 简称 [选项]
为提案工作报告统计一次教代会会议的提案：收到的提案件数和并案后的件数、立案情况和立案率、类别和
提案人所在代表团（按收到的提案统计），主办单位和答复结果（按立案的提案统计），提案人的满意度测评
和满意率（按已测评的提案统计）。

选项：
  --session 简称              会议的简称（例如 12-2）
  --format csv|table|json     csv：键为 section,key,count,percent,replied,on_time,late,outstanding
                              （后四项仅用于主办单位）；table：便于阅读（默认）
  --decimals N                百分比的小数位数，0 到 4（默认 0）
  --rounding half-up|truncate|largest-remainder
                              half-up 四舍五入（默认；一张表的合计可能为 99 或 101）、truncate 截尾，
                              或 largest-remainder 最大余额法（各项占比合计恰为 100）
  --out 文件                  写入文件：.pdf 或 .odt 按打印格式，.xlsx 每张表一个工作表，
                              其他文件按 --format 的格式

各部分：received（收到提案）、decision（立案情况）、category（提案类别）、delegation（代表团）、
unit（主办单位）、result（答复结果）、rating（满意度测评）、satisfaction（满意率）。

退出码：
  0  已写出
  1  没有该会议，或数据库、文件无法读取或写入
  2  命令用法错误（未知选项、取值错误、缺少 --session）
</translation>
    </message>
    <message>
        <source>--session is required.</source>
        <translation>必须指定 --session。</translation>
    </message>
    <message>
        <source>--decimals must be a number from 0 to %1.</source>
        <translation>--decimals 必须是 0 到 %1 之间的数。</translation>
    </message>
    <message>
        <source>--rounding must be half-up, truncate or largest-remainder.</source>
        <translation>--rounding 必须是 half-up、truncate 或 largest-remainder。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>count a session&apos;s proposals for the proposal work report; csv keys section,key,count,percent, then replied,on_time,late,outstanding for the lead units (congress report --help)</source>
        <translation>为提案工作报告统计一次会议的提案；csv 键为 section,key,count,percent，主办单位另有 replied,on_time,late,outstanding（congress report --help）</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] aid rules import FILE.json
Stores the rule table of a scheme&apos;s period from a JSON file (amounts in yuan, decimals allowed;
&quot;upTo&quot;: null is open-ended):
  { &quot;scheme&quot;: &quot;爱心大病医疗互助&quot;, &quot;period&quot;: &quot;2024&quot;, &quot;start&quot;: &quot;2024-01-01&quot;,
    &quot;end&quot;: &quot;2024-12-31&quot;,
    &quot;parts&quot;: [ { &quot;key&quot;: &quot;inpatient&quot;, &quot;name&quot;: &quot;住院&quot;, &quot;deductible&quot;: 5000,
                 &quot;mode&quot;: &quot;progressive&quot;, &quot;bands&quot;: [ { &quot;upTo&quot;: null, &quot;percent&quot;: 60 } ],
                 &quot;cap&quot;: 30000 } ],
    &quot;cap&quot;: 30000, &quot;rounding&quot;: &quot;fen&quot;,
    &quot;lumpSums&quot;: [ { &quot;illness&quot;: &quot;恶性肿瘤&quot;, &quot;amount&quot;: 10000, &quot;once&quot;: &quot;scheme&quot; } ] }
mode: progressive (each slice at its band&apos;s percent) or whole (everything above the deductible at the
percent of the band the cumulative amount falls in); rounding: fen or yuan (half-up); once: scheme
or period. A scheme named in the file is created when new; the period is created, or its days and
rules replaced (claims not yet paid are computed again).

Exit codes: 0 stored, 1 refused (every problem on standard error), 2 wrong use.
</source>
        <translation>用法：uniondesk [--db PATH|URL] aid rules import FILE.json
从 JSON 文件保存互助项目某一期的规则表（金额以元为单位，可带小数；
&quot;upTo&quot;: null 表示不设上限）：
  { &quot;scheme&quot;: &quot;爱心大病医疗互助&quot;, &quot;period&quot;: &quot;2024&quot;, &quot;start&quot;: &quot;2024-01-01&quot;,
    &quot;end&quot;: &quot;2024-12-31&quot;,
    &quot;parts&quot;: [ { &quot;key&quot;: &quot;inpatient&quot;, &quot;name&quot;: &quot;住院&quot;, &quot;deductible&quot;: 5000,
                 &quot;mode&quot;: &quot;progressive&quot;, &quot;bands&quot;: [ { &quot;upTo&quot;: null, &quot;percent&quot;: 60 } ],
                 &quot;cap&quot;: 30000 } ],
    &quot;cap&quot;: 30000, &quot;rounding&quot;: &quot;fen&quot;,
    &quot;lumpSums&quot;: [ { &quot;illness&quot;: &quot;恶性肿瘤&quot;, &quot;amount&quot;: 10000, &quot;once&quot;: &quot;scheme&quot; } ] }
mode：progressive（分段累进：每一段按所在分段的比例计算）或 whole（全额按档：起付线以上的
全部金额按累计金额所在分段的比例计算）；rounding：fen 或 yuan（四舍五入到分或元）；once：scheme
（每个互助项目限一次）或 period（每期限一次）。文件中的互助项目不存在时自动新建；该期不存在时
新建，否则替换其起止日期和规则（尚未支付的申请将重新计算）。

退出码：0 已保存，1 被拒绝（所有问题写到标准错误），2 用法错误。
</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB; a rule table is a few kilobytes.</source>
        <translation>%1 大于 4 MB；规则表通常只有几 KB。</translation>
    </message>
    <message numerus="yes">
        <source>Stored the rule table of %1 %2 (%3 to %4): %n part(s).</source>
        <translation>
            <numerusform>已保存 %1 %2 期的规则表（%3 至 %4）：%n 个费用类别。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) computed again.</source>
        <translation>
            <numerusform>已重新计算 %n 件申请。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] aid enroll import FILE.xlsx|FILE.csv --scheme NAME --period KEY
           [--dry-run]
Enrolls a sub-union&apos;s list in a period: 工号, 姓名, 份数, 缴费日期, 缴费方式 (工资代扣, 现金 or 转账),
optionally 缴费金额 (else the member&apos;s part of the fee for the shares), 补缴 (是 for arrears) and 备注.
A member already enrolled in the period is updated. Every rule applies (active members, retirees
where the scheme takes them, shares at most, no joining after enrollment closed); all or nothing,
each bad row as &quot;row N: reason&quot;.

Exit codes: 0 imported, 1 nothing imported (the reasons on standard error), 2 wrong use.
</source>
        <translation>用法：uniondesk [--db PATH|URL] aid enroll import FILE.xlsx|FILE.csv --scheme NAME --period KEY
           [--dry-run]
登记某个二级工会参加某期互助的名单：列为工号、姓名、份数、缴费日期、缴费方式（工资代扣、现金或
转账），可选缴费金额（不填时为所参加份数的个人缴纳金额）、补缴（补缴往期的填“是”）和备注。
已参加该期的会员将被更新。所有规则均适用（须为在册会员；互助项目接受退休人员时可含退休会员；
不超过最多份数；参加登记截止后不得参加）；要么全部导入，要么全不导入，每个有问题的行显示为
“row N: 原因”。

退出码：0 已导入，1 未导入任何数据（原因写到标准错误），2 用法错误。
</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged</source>
        <translation>新增 %1，更新 %2，未变 %3</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] aid claim compute --scheme NAME --period KEY --member STAFF_NO
           --part KEY --amount YUAN [--date DATE] [--received DATE] [--illness NAME]
What a claim would pay now, with its calculation step by step; stores nothing. The amount is the
eligible amount (自付 + 自理 + 自费) in yuan; --part a part&apos;s key or name; --date the treatment&apos;s
day (the period&apos;s first day when not given), --received the day the claim is received (the
treatment&apos;s day when not given); --illness a listed illness for its lump sum. The member&apos;s stored
claims of the period that come before it count: the rules apply to the cumulative amount, less
what they paid.

Exit codes: 0 computed, 1 refused by a rule (the rules named on standard error), 2 wrong use.
</source>
        <translation>用法：uniondesk [--db PATH|URL] aid claim compute --scheme NAME --period KEY --member STAFF_NO
           --part KEY --amount YUAN [--date DATE] [--received DATE] [--illness NAME]
计算一件申请现在可获支付的金额，并逐步列出计算过程；不保存任何内容。金额为可报金额
（自付 + 自理 + 自费），单位为元；--part 为费用类别的键或名称；--date 为就诊日期（不填时
为该期第一天），--received 为收到申请的日期（不填时为就诊日期）；--illness 为一次性补助
所列的疾病。该会员本期已保存且排在此申请之前的申请一并计入：规则按累计金额计算，
再减去这些申请已支付的金额。

退出码：0 已计算，1 被规则拒绝（所违反的规则写到标准错误），2 用法错误。
</translation>
    </message>
    <message>
        <source>--amount: &quot;%1&quot; is not an amount in yuan (at most two decimals).</source>
        <translation>--amount：“%1”不是以元为单位的金额（最多两位小数）。</translation>
    </message>
    <message>
        <source>Staff number %1 is not on the roster.</source>
        <translation>工号 %1 不在会员名册中。</translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4:</source>
        <translation>%1（%2），%3，%4：</translation>
    </message>
    <message>
        <source>Payout: %1 yuan</source>
        <translation>支付金额：%1 元</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] aid claims import FILE.xlsx|FILE.csv --scheme NAME --period KEY
           [--dry-run]
Stores claims of a period: 工号, 项目 (a part&apos;s key or name), 就诊日期, 金额 (or 自付, 自理 and 自费),
optionally 姓名 (checked against the roster), 出院日期, 申请日期 (when not given: the end of the
treatment), 不予计算, 疾病 (for a lump sum), 备注. The claims are computed in the order of their
treatment dates, each on the member&apos;s cumulative amount in the period less what the earlier claims
paid; every guard applies. All or nothing, each bad row as &quot;row N: reason&quot;.

Exit codes: 0 imported, 1 nothing imported (the reasons on standard error), 2 wrong use.
</source>
        <translation>用法：uniondesk [--db PATH|URL] aid claims import FILE.xlsx|FILE.csv --scheme NAME --period KEY
           [--dry-run]
保存某期的申请：列为工号、项目（费用类别的键或名称）、就诊日期、金额（或自付、自理和自费），
可选姓名（与会员名册核对）、出院日期、申请日期（不填时为治疗结束日期）、不予计算、
疾病（用于一次性补助）、备注。申请按就诊日期先后计算，每件按该会员本期的累计金额计算，
再减去之前各申请已支付的金额；所有校验规则均适用。要么全部导入，要么全不导入，每个有问题
的行显示为“row N: 原因”。

退出码：0 已导入，1 未导入任何数据（原因写到标准错误），2 用法错误。
</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s), paying %1 yuan</source>
        <translation>
            <numerusform>%n 件申请，支付 %1 元</numerusform>
        </translation>
    </message>
    <message>
        <source>Part</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>就诊日期</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>可报金额</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>支付金额</translation>
    </message>
    <message>
        <source>store a mutual-aid period&apos;s rule table from JSON (aid rules import --help)</source>
        <translation>从 JSON 文件保存互助项目某期的规则表（aid rules import --help）</translation>
    </message>
    <message>
        <source>write a mutual-aid period&apos;s rule table as JSON, in the form aid rules import reads</source>
        <translation>将互助项目某期的规则表写出为 JSON，格式与 aid rules import 读取的格式相同</translation>
    </message>
    <message>
        <source>enroll members in a mutual-aid period, all or nothing (aid enroll import --help)</source>
        <translation>登记会员参加某期互助，全部成功才保存（aid enroll import --help）</translation>
    </message>
    <message>
        <source>what a claim would pay now, with its calculation; stores nothing (aid claim compute --help)</source>
        <translation>计算一件申请现在可获支付的金额及计算过程；不保存任何内容（aid claim compute --help）</translation>
    </message>
    <message>
        <source>store a period&apos;s claims, computed in the order of treatment, all or nothing (aid claims import --help)</source>
        <translation>保存某期的申请，按就诊先后计算，全部成功才保存（aid claims import --help）</translation>
    </message>
    <message>
        <source>list a period&apos;s claims (csv keys staff_no,name,part,date,eligible,payout,status; amounts in yuan)</source>
        <translation>列出某期的申请（csv 键为 staff_no,name,part,date,eligible,payout,status；金额单位为元）</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] aid statement --scheme NAME --period KEY [options]
The fund&apos;s statement of income and expenditure for one period of a mutual-aid scheme: the balance
brought forward, the income by source, the payouts by part and the lump sums (claims and members paid),
the other expenses, the members and shares enrolled, the claims rejected and the balance carried forward.

Options:
  --scheme NAME               the scheme&apos;s name
  --period KEY                the period&apos;s key (e.g. 2024)
  --format csv|table|json     csv: the keys section,key,label,amount,count, amounts in yuan with two
                              decimals; table: for reading (default)
  --out FILE                  write to FILE: .pdf or .odt as printed for publication, .xlsx as a sheet,
                              anything else in the --format

Sections: balance (brought_forward, carried_forward), income (by ledger kind), payout (by part, and
lump_sum; count: claims), expense, total (income, payouts, expenditure), count (members_enrolled,
shares_enrolled, claims_paid, members_paid, claims_rejected).

Exit codes:
  0  written
  1  no such scheme or period, or the database or the file could not be read or written
  2  wrong use of the command (unknown option, missing --scheme or --period)
</source>
        <translation>用法：uniondesk [--db PATH|URL] aid statement --scheme NAME --period KEY [options]
互助项目某一期的互助金年度收支公示：上期结转、按来源列出的收入、按费用类别列出的互助金支付及
一次性补助（申请件数和获支付人数）、其他支出、参加人数和份数、不予支付的申请以及结转下期。

选项：
  --scheme NAME               互助项目名称
  --period KEY                期的键（例如 2024）
  --format csv|table|json     csv：键为 section,key,label,amount,count，金额以元为单位、保留
                              两位小数；table：便于阅读（默认）
  --out FILE                  写入 FILE：.pdf 或 .odt 为供公示的打印格式，.xlsx 为工作表，
                              其他扩展名按 --format 指定的格式

各部分：balance（brought_forward 上期结转、carried_forward 结转下期）、income（按收支账类别）、
payout（按费用类别，及 lump_sum 一次性补助；count 为申请件数）、expense（支出）、total（income
收入合计、payouts 互助金支付合计、expenditure 支出合计）、count（members_enrolled 参加人数、
shares_enrolled 参加份数、claims_paid 已支付申请件数、members_paid 获支付人数、claims_rejected
不予支付申请件数）。

退出码：
  0  已写出
  1  没有该互助项目或该期，或无法读写数据库或文件
  2  命令用法错误（未知选项、缺少 --scheme 或 --period）
</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] aid print --scheme NAME --period KEY WHAT --out FILE.pdf|FILE.odt
Prints the approval forms of claims (one A4 page each: the member, the claim, the calculation, the payout
in figures and in Chinese capitals, and the three review signatures) or the enrollment list for
signatures (each sub-union on its own page).

WHAT is one of:
  --claim ID [ID …]           the claims of these numbers (also --claim 3,5,7)
  --status STATUS             every claim of the period in that status: draft, sub_union, office,
                              committee, paid or rejected
  --enrollment [--unit CODE]  the enrollment list, of one sub-union with --unit

Exit codes:
  0  written
  1  no such scheme or period, no claim to print, or the file could not be written
  2  wrong use of the command
</source>
        <translation>用法：uniondesk [--db PATH|URL] aid print --scheme NAME --period KEY WHAT --out FILE.pdf|FILE.odt
打印申请审批表（每件一页 A4：会员信息、申请内容、计算过程、支付金额的小写和大写，以及三级
审核签字），或参加名单签名表（每个二级工会单独一页）。

WHAT 为以下之一：
  --claim ID [ID …]           这些编号的申请（也可写作 --claim 3,5,7）
  --status STATUS             本期处于该状态的全部申请：draft（草稿）、sub_union（分工会已审）、
                              office（校工会已审）、committee（委员会已批）、paid（已支付）
                              或 rejected（不予支付）
  --enrollment [--unit CODE]  参加名单；加 --unit 时只打印该二级工会的名单

退出码：
  0  已写出
  1  没有该互助项目或该期、没有可打印的申请，或无法写入文件
  2  命令用法错误
</translation>
    </message>
    <message>
        <source>The statement of %1: written to %2.</source>
        <translation>%1 年度收支公示已写入 %2。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Say what to print: --claim ID, --status STATUS or --enrollment.</source>
        <translation>请指明要打印的内容：--claim ID、--status STATUS 或 --enrollment。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
    </message>
    <message>
        <source>--unit goes with --enrollment.</source>
        <translation>--unit 须与 --enrollment 一起使用。</translation>
    </message>
    <message>
        <source>--claim takes claim numbers: &quot;%1&quot; is not one.</source>
        <translation>--claim 后应为申请编号：“%1”不是编号。</translation>
    </message>
    <message>
        <source>--claim takes claim numbers: none was given.</source>
        <translation>--claim 后应为申请编号：未给出任何编号。</translation>
    </message>
    <message>
        <source>--status must be one of %1.</source>
        <translation>--status 必须是以下之一：%1。</translation>
    </message>
    <message>
        <source>No sub-union has the code &quot;%1&quot;.</source>
        <translation>没有代码为“%1”的二级工会。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s), written to %2.</source>
        <translation>
            <numerusform>%1：%n 名会员，已写入 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>No claim of %1 is in the status %2.</source>
        <translation>%1 没有状态为“%2”的申请。</translation>
    </message>
    <message>
        <source>The approval forms of the claims of %1 in the status %2</source>
        <translation>%1 状态为“%2”的申请审批表</translation>
    </message>
    <message>
        <source>There is no mutual-aid claim with the number %1.</source>
        <translation>没有编号为 %1 的互助金申请。</translation>
    </message>
    <message>
        <source>Claim %1 is not one of %2.</source>
        <translation>申请 %1 不属于 %2。</translation>
    </message>
    <message>
        <source>The approval form of claim %1</source>
        <translation>申请 %1 的审批表</translation>
    </message>
    <message numerus="yes">
        <source>The approval forms of %n claim(s)</source>
        <translation>
            <numerusform>%n 件申请的审批表</numerusform>
        </translation>
    </message>
    <message>
        <source>the fund&apos;s statement of income and expenditure of a mutual-aid period; csv keys section,key,label,amount,count; --out FILE.pdf|.odt|.xlsx (aid statement --help)</source>
        <translation>互助项目某期的互助金年度收支公示；csv 键为 section,key,label,amount,count；--out FILE.pdf|.odt|.xlsx（aid statement --help）</translation>
    </message>
    <message>
        <source>print the approval forms of mutual-aid claims, or the enrollment list for signatures, to .pdf or .odt (aid print --help)</source>
        <translation>将互助金申请审批表或参加名单签名表打印为 .pdf 或 .odt（aid print --help）</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] care list [--year Y] [--kind KEY] [--unit CODE]
           [--format csv|table|json] [--out FILE]
Lists the care visits (慰问) of a year (this year unless given), newest first, optionally of one
kind (its key, e.g. illness) and one sub-union (its code).
csv keys: date,staff_no,name,unit,kind,kind_name,amount,form,payer,reason,visitors; unit is the
sub-union&apos;s name, kind the kind&apos;s key, amount in yuan with two decimals, form cash|goods, payer
university|sub_union, reason the recorded reason for a visit over its kind&apos;s amount or frequency.

Exit codes: 0 listed, 2 wrong use.
</source>
        <translation>用法：uniondesk [--db PATH|URL] care list [--year Y] [--kind KEY] [--unit CODE]
           [--format csv|table|json] [--out FILE]
列出某年（不指定时为今年）的慰问记录，最新的在前；可只列某一慰问类别（用其键，例如 illness）
或某个二级工会（用其代码）的记录。
csv 键：date,staff_no,name,unit,kind,kind_name,amount,form,payer,reason,visitors；unit 为
二级工会名称，kind 为慰问类别的键，amount 以元为单位、保留两位小数，form 为 cash|goods（现金|
慰问品），payer 为 university|sub_union（学校|二级工会），reason 为慰问金额或频次超出该类别
标准时登记的原因。

退出码：0 已列出，2 用法错误。
</translation>
    </message>
    <message>
        <source>list a year&apos;s care visits (csv keys date,staff_no,name,unit,kind,kind_name,amount,form,payer,reason,visitors; care list --help)</source>
        <translation>列出某年的慰问记录（csv 键为 date,staff_no,name,unit,kind,kind_name,amount,form,payer,reason,visitors；care list --help）</translation>
    </message>
    <message>
        <source>Care: %1 visits (%2 with a reason for an exception), %3 hardship cases.</source>
        <translation>慰问：%1 次（其中 %2 次登记了超标原因），困难帮扶 %3 件。</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation>--%1 必须是 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <source>Name the round with --round KEY.</source>
        <translation>请用 --round KEY 指明评选批次。</translation>
    </message>
    <message>
        <source>Round %1 has no nomination of %2.</source>
        <translation>评选批次 %1 中没有 %2 的推荐。</translation>
    </message>
    <message numerus="yes">
        <source>Round %1 has %n nominations of %2; name the member by staff number.</source>
        <translation>
            <numerusform>评选批次 %1 中有 %n 条“%2”的推荐；请用工号指明会员。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] awards round add --key KEY --year Y --award NAME [--quota N]
           [--quota-percent P --cutoff DATE] [--opens DATE] [--closes DATE] [--committee-weight W]
           [--objections-to TEXT]
Adds a round of an award (its name as `awards types list` gives it, e.g. 最美教师) in year Y, taking
nominations. KEY names the round in the other awards commands (e.g. 2024-最美教师).
  --quota N              how many are awarded at most (the total quota; default no limit)
  --quota-percent P      a sub-union may nominate P % of its active members on the cut-off date
  --cutoff DATE          that day; the quotas are computed at once (rounding and the minimum of 1 are
                         settings) and listed by `awards quotas`
  --opens, --closes      the nomination window
  --committee-weight W   the committee&apos;s score counts W %, the public vote 100 - W % (default 100:
                         no public vote)
  --objections-to TEXT   where the 公示 notice sends objections
A database without award types gets the plan&apos;s (最美教师, 三育人先进, 巾帼文明岗, 巾帼建功标兵, 工会工作先进,
优秀工会积极分子) first.

Exit codes: 0 added, 1 refused (the reason on standard error), 2 wrong use.
</source>
        <translation>用法：uniondesk [--db PATH|URL] awards round add --key KEY --year Y --award NAME [--quota N]
           [--quota-percent P --cutoff DATE] [--opens DATE] [--closes DATE] [--committee-weight W]
           [--objections-to TEXT]
新增 Y 年度某一奖项的评选批次并开始接受推荐（奖项名称以 `awards types list` 列出的为准，例如
最美教师）。KEY 为评选批次的简称，其他 awards 命令用它指明该评选批次（例如 2024-最美教师）。
  --quota N              最多表彰数（总名额；默认不限）
  --quota-percent P      各二级工会可推荐截止日期在册会员人数的 P %
  --cutoff DATE          上述截止日期；名额立即算出（取整方式及“至少为 1”在设置中设定），
                         可用 `awards quotas` 查看
  --opens, --closes      推荐起止日期
  --committee-weight W   评审委员会评分占 W %，群众投票占 100 - W %（默认 100：
                         不进行群众投票）
  --objections-to TEXT   公示通知中写明的异议受理部门
数据库中尚无奖项类型时，先添加工作要点中的奖项类型（最美教师、三育人先进、巾帼文明岗、巾帼建功标兵、
工会工作先进、优秀工会积极分子）。

退出码：0 已新增，1 被拒绝（原因写在标准错误），2 用法错误。
</translation>
    </message>
    <message>
        <source>awards round add needs --key, --year and --award.</source>
        <translation>awards round add 需要 --key、--year 和 --award。</translation>
    </message>
    <message>
        <source>--quota-percent must be a percent from 0 to 100 with at most two decimals, e.g. 4 or 2.5.</source>
        <translation>--quota-percent 必须是 0 到 100 之间的百分数，最多两位小数，例如 4 或 2.5。</translation>
    </message>
    <message>
        <source>--quota-percent needs --cutoff DATE: the day whose active members count.</source>
        <translation>--quota-percent 需要同时给出 --cutoff DATE：按该日的在册会员人数计算。</translation>
    </message>
    <message>
        <source>Added round %1: %2 %3.</source>
        <translation>已新增评选批次 %1：%2 年%3评选。</translation>
    </message>
    <message numerus="yes">
        <source>Quotas: %1 % of the active members on %2; %n sub-union(s), %3 nominations in all.</source>
        <translation>
            <numerusform>名额：按 %2 在册会员人数的 %1 % 计算；共 %n 个二级工会，合计推荐名额 %3 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>奖项</translation>
    </message>
    <message>
        <source>Total quota</source>
        <translation>总名额</translation>
    </message>
    <message>
        <source>Quota %</source>
        <translation>名额比例（%）</translation>
    </message>
    <message>
        <source>Headcount on</source>
        <translation>在册人数截止日期</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>推荐数</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>入选</translation>
    </message>
    <message>
        <source>Publicity from</source>
        <translation>公示开始</translation>
    </message>
    <message>
        <source>Publicity until</source>
        <translation>公示截止</translation>
    </message>
    <message>
        <source>Final on</source>
        <translation>定稿日期</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation>二级工会</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>在册会员</translation>
    </message>
    <message>
        <source>Computed quota</source>
        <translation>计算名额</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>已推荐</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>调整原因</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] awards quota set --round KEY --unit CODE --quota N [--reason TEXT]
Sets a sub-union&apos;s quota in the round by hand (e.g. +5 % for completed duties, 0 for unpaid
dues). A quota other than the computed one needs the reason, which the change history keeps; the
computed quota without a reason takes the change back.

Exit codes: 0 set, 1 refused (the reason on standard error), 2 wrong use.
</source>
        <translation>用法：uniondesk [--db PATH|URL] awards quota set --round KEY --unit CODE --quota N [--reason TEXT]
手动设定某二级工会在该评选批次中的名额（例如完成工作任务的增加 5 %，未缴纳会费的设为 0）。
名额与计算结果不同时须填写原因，原因记入变更记录；设回计算名额且不填原因，即撤销此前的调整。

退出码：0 已设定，1 被拒绝（原因写在标准错误），2 用法错误。
</translation>
    </message>
    <message>
        <source>awards quota set needs --round, --unit and --quota.</source>
        <translation>awards quota set 需要 --round、--unit 和 --quota。</translation>
    </message>
    <message>
        <source>Quota of %1 in round %2: %3.</source>
        <translation>%1 在评选批次 %2 中的名额：%3。</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] awards nominations import FILE.xlsx|FILE.csv --round KEY [--dry-run]
Imports nominations into a round that takes them. Columns:
  被推荐人   a member&apos;s staff number or unique name, or a collective&apos;s name
  类型       个人 or 集体 (may be left out when the award is for one kind only)
  推荐单位   the nominating sub-union&apos;s code or name
  负责人     a collective&apos;s head (staff number)
  成员       a collective&apos;s members on the roster: staff numbers separated by 、 , ， ; ； or spaces
  总人数, 女性人数   the collective as a whole, when some are not union members
  事迹       the deeds
and optionally 所在单位, 附件 (是/否), 已公示 (是/否), 备注.
The rows are checked one after the other by the award&apos;s rules (quota, repeat, women_share,
female_head, min_size, not_active, duplicate, deeds_length): a check the award type refuses makes its
row bad; the others are listed as warnings (&quot;row N: …&quot; on standard output) and do not block. All or
nothing: bad rows go to standard error as &quot;row N: reason&quot; and nothing is stored. The last line on
standard output is the summary.

Exit codes: 0 imported, 1 nothing stored, 2 wrong use.
</source>
        <translation>用法：uniondesk [--db PATH|URL] awards nominations import FILE.xlsx|FILE.csv --round KEY [--dry-run]
将推荐导入正在接受推荐的评选批次。列：
  被推荐人   会员的工号或唯一的姓名，或集体名称
  类型       个人 或 集体（奖项只评个人或只评集体时可省略）
  推荐单位   推荐的二级工会的代码或名称
  负责人     集体的负责人（工号）
  成员       集体中在会员名册上的成员：工号，以 、 , ， ; ； 或空格分隔
  总人数, 女性人数   集体的总人数和女性人数（集体中有非工会会员时填写）
  事迹       事迹
可选列：所在单位、附件（是/否）、已公示（是/否）、备注。
各行依次按奖项规则检查（quota、repeat、women_share、female_head、min_size、not_active、duplicate、
deeds_length）：奖项类型设为“拒绝”的检查项未通过时，该行为错误行；其他检查项作为警告列出
（在标准输出显示为“row N: …”），不影响导入。全部成功才保存：错误行以“row N: 原因”写到
标准错误，不保存任何数据。标准输出的最后一行为汇总。

退出码：0 已导入，1 未保存任何数据，2 用法错误。
</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] awards list --round KEY [--format csv|table|json] [--out FILE]
Lists the round&apos;s nominations in the order they came in, with the review and the checks.
csv keys: nominee,staff_no,kind,unit,status,score,votes,total,rank,people,women,attachments,
published,checks; nominee is the member&apos;s name or the collective&apos;s, kind individual|collective,
unit the nominating sub-union, status nominated|selected|withdrawn|final, score and total out of
100, rank in the review (empty when withdrawn), people and women of a collective, checks the keys
of the failed checks separated by spaces (`awards check` gives their sentences).

Exit codes: 0 listed, 1 no such round, 2 wrong use.
</source>
        <translation>用法：uniondesk [--db PATH|URL] awards list --round KEY [--format csv|table|json] [--out FILE]
按收到的先后列出该评选批次的推荐，并列出评审情况和检查结果。
csv 键：nominee,staff_no,kind,unit,status,score,votes,total,rank,people,women,attachments,
published,checks；nominee 为会员姓名或集体名称，kind 为 individual|collective，unit 为推荐的
二级工会，status 为 nominated|selected|withdrawn|final，score 和 total 为百分制，rank 为评审
排名（已撤销的为空），people 和 women 为集体的人数和女性人数，checks 为未通过检查项的键，
以空格分隔（`awards check` 给出相应的说明）。

退出码：0 已列出，1 评选批次不存在，2 用法错误。
</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>被推荐人</translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation>推荐单位</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>女性</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已公示</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] awards check --round KEY [--format csv|table|json] [--out FILE]
Checks the round&apos;s nominations (not the withdrawn ones) against the award&apos;s rules: one row per
nomination and failed check, nominations in the order they came in.
csv keys: nominee,unit,rule,severity,message; nominee is 张伟 20150032 or the collective&apos;s name,
unit the nominating sub-union, rule one of quota, repeat, women_share, female_head, min_size,
not_active, duplicate, deeds_length, severity refuse|warn as the award type says, message the
sentence, naming the rule. No rows: every nomination passes.

Exit codes: 0 checked, 1 no such round, 2 wrong use.
</source>
        <translation>用法：uniondesk [--db PATH|URL] awards check --round KEY [--format csv|table|json] [--out FILE]
按奖项规则检查该评选批次的推荐（已撤销的除外）：每条推荐的每个未通过检查项占一行，推荐按
收到的先后排列。
csv 键：nominee,unit,rule,severity,message；nominee 为“张伟 20150032”的形式或集体名称，unit 为
推荐的二级工会，rule 为 quota、repeat、women_share、female_head、min_size、not_active、duplicate、
deeds_length 之一，severity 为奖项类型规定的 refuse|warn，message 为说明，其中写明所涉规则。
没有任何行即所有推荐均通过检查。

退出码：0 已检查，1 评选批次不存在，2 用法错误。
</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] awards history import FILE.xlsx|FILE.csv [--dry-run]
Imports earlier years&apos; awards into the awards history, which the repeat rule reads. Columns:
工号 (or 姓名, when unique) for a member or 集体名称 for a collective (or one column 获奖者 holding
either), 奖项 (an award&apos;s name as `awards types list` gives it), 年度; optionally 推荐单位 and 备注.
An award already recorded (the same member or collective, award and year) is left as it is. All or
nothing: bad rows go to standard error as &quot;row N: reason&quot;.

Exit codes: 0 imported, 1 nothing stored, 2 wrong use.
</source>
        <translation>用法：uniondesk [--db PATH|URL] awards history import FILE.xlsx|FILE.csv [--dry-run]
将往年的获奖情况导入获奖记录，供重复获奖规则使用。列：会员填 工号（姓名唯一时也可填 姓名），
集体填 集体名称（也可用一列 获奖者 填写两者之一），奖项（名称以 `awards types list` 列出的为准），
年度；可选 推荐单位 和 备注。
已有的获奖记录（同一会员或集体、同一奖项、同一年度）保持不变。全部成功才保存：错误行以
“row N: 原因”写到标准错误。

退出码：0 已导入，1 未保存任何数据，2 用法错误。
</translation>
    </message>
    <message>
        <source>list the award types and their rules</source>
        <translation>列出奖项类型及其规则</translation>
    </message>
    <message>
        <source>add an award round taking nominations, with the sub-unions&apos; quotas (awards round add --help)</source>
        <translation>新增接受推荐的评选批次，并算出各二级工会的名额（awards round add --help）</translation>
    </message>
    <message>
        <source>list the award rounds and their stages</source>
        <translation>列出评选批次及其所处阶段</translation>
    </message>
    <message>
        <source>list the sub-unions&apos; quotas of a round with their nominations</source>
        <translation>列出某评选批次各二级工会的名额及推荐情况</translation>
    </message>
    <message>
        <source>set a sub-union&apos;s quota by hand, with the reason (awards quota set --help)</source>
        <translation>手动设定某二级工会的名额，并填写原因（awards quota set --help）</translation>
    </message>
    <message>
        <source>import a round&apos;s nominations, checked by the award&apos;s rules, all or nothing (awards nominations import --help)</source>
        <translation>导入某评选批次的推荐，按奖项规则检查，全部成功才保存（awards nominations import --help）</translation>
    </message>
    <message>
        <source>list a round&apos;s nominations with the review and the checks (awards list --help)</source>
        <translation>列出某评选批次的推荐及评审情况和检查结果（awards list --help）</translation>
    </message>
    <message>
        <source>check a round&apos;s nominations: one row per nomination and problem (csv keys nominee,unit,rule,severity,message; awards check --help)</source>
        <translation>检查某评选批次的推荐：每条推荐的每个问题占一行（csv 键为 nominee,unit,rule,severity,message；awards check --help）</translation>
    </message>
    <message>
        <source>import earlier years&apos; awards into the awards history, all or nothing (awards history import --help)</source>
        <translation>将往年获奖情况导入获奖记录，全部成功才保存（awards history import --help）</translation>
    </message>
    <message>
        <source>list the awards history (csv keys year,award,staff_no,name,collective,unit,source,round)</source>
        <translation>列出获奖记录（csv 键为 year,award,staff_no,name,collective,unit,source,round）</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] awards print --round KEY (--notice | --certificates) --out FILE.pdf|.odt
Prints a round&apos;s documents:
  --notice          the 公示 notice (A4): the title, the list by sub-union, the period from the first to
                    the last day of the 公示, where objections go, the union&apos;s name and the date; .pdf,
                    or .odt for editing. The round&apos;s 公示 must have started.
  --certificates    the certificates (奖状) of the final list, one A4 landscape page each, with the
                    union&apos;s name, the award, the year, the nominee and the date; .pdf only. The list must
                    be final.
Options of the certificates:
  --nominee WHO     only this nominee&apos;s certificate (a staff number, a member&apos;s name or a collective&apos;s
                    name)
  --date DATE       the date printed on them (default: the day the list became final)
The certificates&apos; wording is a setting of the database (Certificate Wording… on the 公示 tab of the
window).

Exit codes: 0 written, 1 refused (no such round, the 公示 not started, the list not final; the reason on
standard error) or the file could not be written, 2 wrong use.
</source>
        <translation>用法：uniondesk [--db PATH|URL] awards print --round KEY (--notice | --certificates) --out FILE.pdf|.odt
打印评选批次的文书：
  --notice          公示通知（A4）：标题、按二级工会排列的名单、公示起止日期、异议受理方式、
                    工会名称和日期；.pdf，或便于编辑的 .odt。该评选批次须已开始公示。
  --certificates    最终名单的奖状，每份一页 A4 横向，含工会名称、奖项、年度、获奖对象和日期；
                    仅限 .pdf。名单须已定稿。
奖状选项：
  --nominee WHO     只打印该推荐对象的奖状（工号、会员姓名或集体名称）
  --date DATE       奖状上的日期（默认：名单定稿之日）
奖状文字是数据库的一项设置（窗口“公示”页上的“奖状文字…”）。

退出码：0 已写出，1 被拒绝（评选批次不存在、尚未开始公示或名单未定稿；原因写在标准错误）或
文件无法写入，2 用法错误。
</translation>
    </message>
    <message>
        <source>Print one document at a time: --notice or --certificates.</source>
        <translation>一次只能打印一种文书：--notice 或 --certificates。</translation>
    </message>
    <message>
        <source>Say what to print: --notice or --certificates.</source>
        <translation>请指明要打印的内容：--notice 或 --certificates。</translation>
    </message>
    <message>
        <source>--nominee and --date go with --certificates.</source>
        <translation>--nominee 和 --date 只能与 --certificates 一起使用。</translation>
    </message>
    <message>
        <source>--out must name a .pdf file: certificates are printed on A4 landscape.</source>
        <translation>--out 必须是 .pdf 文件：奖状按 A4 横向打印。</translation>
    </message>
    <message>
        <source>The 公示 notice of round %1</source>
        <translation>评选批次 %1 的公示通知</translation>
    </message>
    <message>
        <source>The certificates of round %1</source>
        <translation>评选批次 %1 的奖状</translation>
    </message>
    <message>
        <source>print a round&apos;s 公示 notice (.pdf or .odt) or the certificates of its final list (.pdf) (awards print --help)</source>
        <translation>打印某评选批次的公示通知（.pdf 或 .odt）或最终名单的奖状（.pdf）（awards print --help）</translation>
    </message>
    <message>
        <source>Round %1 takes nominations again.</source>
        <translation>评选批次 %1 重新接受推荐。</translation>
    </message>
    <message>
        <source>Round %1 is in review; it takes no more nominations.</source>
        <translation>评选批次 %1 已进入评审，不再接受推荐。</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] awards score --round KEY --nominee WHO --score S [--votes N]
Records the committee&apos;s score (0–100, two decimals at most) and the public votes of a nomination
during the review. WHO is a staff number, a member&apos;s name or a collective&apos;s name.

Exit codes: 0 recorded, 1 refused (the reason on standard error), 2 wrong use.
</source>
        <translation>用法：uniondesk [--db PATH|URL] awards score --round KEY --nominee WHO --score S [--votes N]
在评审阶段录入某条推荐的评审委员会评分（0–100，最多两位小数）和群众投票票数。WHO 为工号、
会员姓名或集体名称。

退出码：0 已录入，1 被拒绝（原因写在标准错误），2 用法错误。
</translation>
    </message>
    <message>
        <source>awards score needs --nominee and --score, a number from 0 to 100.</source>
        <translation>awards score 需要 --nominee 和 --score（0 到 100 之间的数）。</translation>
    </message>
    <message>
        <source>%1: score %2.</source>
        <translation>%1：评分 %2。</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] awards select --round KEY [--nominee WHO [--off]]
Without --nominee: selects down the review&apos;s ranking (the committee&apos;s score and the public vote
weighted as the round says) within the total quota and each sub-union&apos;s quota, passing over
nominations a refusing check keeps out; the others are not selected. With --nominee: selects that
nomination by hand, or deselects it with --off.

Exit codes: 0 selected, 1 refused (the reason on standard error), 2 wrong use.
</source>
        <translation>用法：uniondesk [--db PATH|URL] awards select --round KEY [--nominee WHO [--off]]
不带 --nominee：按评审排名（评审委员会评分与群众投票按该评选批次规定的权重合计）依次确定入选，
不超过总名额和各二级工会的名额，并跳过因“拒绝”类检查项未通过而不能入选的推荐；其余推荐不入选。
带 --nominee：手动将该推荐设为入选，或用 --off 取消入选。

退出码：0 已确定入选，1 被拒绝（原因写在标准错误），2 用法错误。
</translation>
    </message>
    <message>
        <source>%1 is selected.</source>
        <translation>%1 已入选。</translation>
    </message>
    <message>
        <source>%1 is not selected.</source>
        <translation>%1 未入选。</translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %n selected.</source>
        <translation>
            <numerusform>评选批次 %1：入选 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] awards publicity --round KEY --start DATE [--days N]
           [--objections-to TEXT] [--dry-run]
Publishes the round&apos;s selected list (公示) from DATE for N working days (default: the setting, 5) and
prints the last day (ISO) alone on a line. The days are counted on the working calendar: weekends,
public holidays and the weekend days worked (调休); whether DATE counts as day 1 when it is a working
day is the calendar&apos;s setting (yes unless changed). The round must be in review. With --dry-run only the
last day is computed; nothing is stored.

Exit codes: 0 published (or computed), 1 refused (the reason on standard error), 2 wrong use.
</source>
        <translation>用法：uniondesk [--db PATH|URL] awards publicity --round KEY --start DATE [--days N]
           [--objections-to TEXT] [--dry-run]
自 DATE 起将该评选批次的入选名单公示 N 个工作日（默认为设置值 5），并单独一行输出公示的最后一天
（ISO 格式）。天数按工作日历计算：扣除周末和法定节假日，计入调休上班的周末；DATE 为工作日时是否
计为第 1 天由工作日历的设置决定（未修改时计入）。该评选批次须处于评审阶段。使用 --dry-run 时只
计算最后一天，不保存任何数据。

退出码：0 已公示（或已计算），1 被拒绝（原因写在标准错误），2 用法错误。
</translation>
    </message>
    <message>
        <source>Give the first day of the 公示 with --start DATE.</source>
        <translation>请用 --start DATE 给出公示的第一天。</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] awards objection add --round KEY --nominee WHO --date DATE
           --content TEXT [--handled-by NAME]
Records an objection received during the round&apos;s 公示 to a nomination on the published list
(WHO: a staff number, a member&apos;s name or a collective&apos;s name) and prints its number, which
`awards objection close` takes.

Exit codes: 0 recorded, 1 refused (the reason on standard error), 2 wrong use.
</source>
        <translation>用法：uniondesk [--db PATH|URL] awards objection add --round KEY --nominee WHO --date DATE
           --content TEXT [--handled-by NAME]
登记该评选批次公示期间收到的、针对已公示名单中某条推荐的异议（WHO：工号、会员姓名或集体名称），
并输出异议编号，供 `awards objection close` 使用。

退出码：0 已登记，1 被拒绝（原因写在标准错误），2 用法错误。
</translation>
    </message>
    <message>
        <source>awards objection add needs --round, --nominee, --date and --content.</source>
        <translation>awards objection add 需要 --round、--nominee、--date 和 --content。</translation>
    </message>
    <message>
        <source>Objection %1 to %2 recorded.</source>
        <translation>已登记对 %2 的异议（编号 %1）。</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] awards objection close --id N --outcome upheld|dismissed
           [--date DATE] [--handled-by NAME] [--finding TEXT]
Closes objection N (as `awards objection list` numbers them) on DATE (today unless given).
Upheld withdraws the nomination from the list; dismissed leaves it.

Exit codes: 0 closed, 1 refused (the reason on standard error), 2 wrong use.
</source>
        <translation>用法：uniondesk [--db PATH|URL] awards objection close --id N --outcome upheld|dismissed
           [--date DATE] [--handled-by NAME] [--finding TEXT]
于 DATE（不指定时为今天）办结第 N 号异议（编号见 `awards objection list`）。
upheld（异议成立）将该推荐从名单中撤销；dismissed（异议不成立）则予以保留。

退出码：0 已办结，1 被拒绝（原因写在标准错误），2 用法错误。
</translation>
    </message>
    <message>
        <source>awards objection close needs --id and --outcome upheld or dismissed.</source>
        <translation>awards objection close 需要 --id 和 --outcome upheld 或 dismissed。</translation>
    </message>
    <message>
        <source>Objection %1: %2.</source>
        <translation>异议 %1：%2。</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>异议内容</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>核查结论</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] awards finalize --round KEY [--date DATE]
Locks the round&apos;s list as final on DATE (today unless given): only after the last day of the
公示 and with every objection closed. The nominations on the list are awarded and enter the awards
history. A final list changes no more until `awards unlock`.

Exit codes: 0 final, 1 refused (the rule on standard error), 2 wrong use.
</source>
        <translation>用法：uniondesk [--db PATH|URL] awards finalize --round KEY [--date DATE]
于 DATE（不指定时为今天）将该评选批次的名单锁定为最终名单：须在公示期最后一天之后，且所有异议
均已办结。名单上的推荐对象即获奖，并记入获奖记录。名单定稿后不再变动，除非执行 `awards unlock`。

退出码：0 已定稿，1 被拒绝（所违反的规则写在标准错误），2 用法错误。
</translation>
    </message>
    <message numerus="yes">
        <source>Round %1 is final: %n awarded.</source>
        <translation>
            <numerusform>评选批次 %1 已定稿：共 %n 个获奖。</numerusform>
        </translation>
    </message>
    <message>
        <source>The final list of round %1 is unlocked.</source>
        <translation>评选批次 %1 的最终名单已解除锁定。</translation>
    </message>
    <message>
        <source>close a round&apos;s nominations and begin the review (--reopen: take nominations again)</source>
        <translation>截止某评选批次的推荐并开始评审（--reopen：重新接受推荐）</translation>
    </message>
    <message>
        <source>record a nomination&apos;s committee score and public votes</source>
        <translation>录入某条推荐的评审委员会评分和群众投票票数</translation>
    </message>
    <message>
        <source>select down the ranking within the quotas, or one nomination by hand (awards select --help)</source>
        <translation>按排名在名额内确定入选，或手动设定某条推荐入选（awards select --help）</translation>
    </message>
    <message>
        <source>publish the selected list (公示) for N working days and print its last day (awards publicity --help)</source>
        <translation>将入选名单公示 N 个工作日，并输出公示的最后一天（awards publicity --help）</translation>
    </message>
    <message>
        <source>record an objection during the 公示</source>
        <translation>登记公示期间收到的异议</translation>
    </message>
    <message>
        <source>close an objection: upheld withdraws the nomination</source>
        <translation>办结异议：异议成立则撤销该推荐</translation>
    </message>
    <message>
        <source>list a round&apos;s objections</source>
        <translation>列出某评选批次的异议</translation>
    </message>
    <message>
        <source>lock a round&apos;s list as final after its 公示 (awards finalize --help)</source>
        <translation>公示结束后将某评选批次的名单锁定为最终名单（awards finalize --help）</translation>
    </message>
    <message>
        <source>unlock a final list; the reason is kept in the change history</source>
        <translation>解除最终名单的锁定；原因记入变更记录</translation>
    </message>
    <message>
        <source>--year must be a year, e.g. 2025.</source>
        <translation>--year 应为年份，例如 2025。</translation>
    </message>
    <message>
        <source>Warning: the working calendar has no notice for %1 (none imported, none built in); its days are counted as an ordinary Monday–Friday week. Import the State Council&apos;s notice with `uniondesk calendar import FILE --year %1`.</source>
        <translation>警告：工作日历中没有 %1 年的放假通知（既未导入，也无内置通知），该年按普通的周一至周五计算。请用 `uniondesk calendar import FILE --year %1` 导入国务院办公厅的通知。</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] calendar import FILE --year Y [--encoding utf-8|gb18030]
Reads the State Council&apos;s notice of a year&apos;s holidays (国务院办公厅关于20XX年部分节假日安排的通知)
from FILE (its text as published, UTF-8 or GB18030, or a .docx) and stores its days off and its
Saturdays and Sundays worked as the working calendar of year Y, in place of what the year had.
Lines such as 二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。 are read;
the title, the preamble and the signature are passed over. Every day read is printed. All or
nothing: a line that cannot be read stores nothing, each such line as &quot;line N: reason&quot; on standard
error; notes (a weekday that is not the date&apos;s, a count of days that does not match) are printed
there too but do not stop the import. The import can be undone in the window (Edit › Import Log).

Exit codes: 0 stored, 1 nothing stored (the reasons on standard error), 2 wrong use.
</source>
        <translation>用法：uniondesk [--db PATH|URL] calendar import FILE --year Y [--encoding utf-8|gb18030]
从 FILE 读取国务院办公厅关于某年节假日安排的通知（国务院办公厅关于20XX年部分节假日安排的通知；
公布的原文，UTF-8 或 GB18030 编码，或 .docx），将其中的放假日期和调休上班的周六、周日保存为
Y 年的工作日历，替换该年原有的内容。
读取形如 二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。 的行；
标题、导语和落款略过。读到的每一天都会输出。全部成功才保存：有无法读取的行即不保存任何数据，每个
这样的行以“line N: 原因”写到标准错误；提示信息（星期与日期不符、天数不符）也写到标准错误，但不影响
导入。导入可在窗口中撤销（编辑 › 导入记录）。

退出码：0 已保存，1 未保存任何数据（原因写在标准错误），2 用法错误。
</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意：%1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 has lines that cannot be read as a notice of %2.</source>
        <translation>未导入任何数据：%1 中有无法按 %2 年放假通知读取的行。</translation>
    </message>
    <message>
        <source>Imported the working calendar of %1 from %2: %3 days off, %4 Saturdays or Sundays worked.</source>
        <translation>已从 %2 导入 %1 年工作日历：放假 %3 天，周六或周日调休上班 %4 天。</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] calendar list --year Y [--format csv|table|json] [--out FILE]
Lists the days of year Y&apos;s notice that differ from an ordinary Monday–Friday week: the days off
from Monday to Friday and the Saturdays and Sundays worked (a Saturday inside a holiday is off
anyway and is not listed). The year&apos;s imported days, or where none were imported the built-in
notice (2024–2026); a year with neither lists nothing, with a warning on standard error.
csv keys: date,kind; kind holiday or workday. The table also gives the weekday and the holiday.

Exit codes: 0 listed, 2 wrong use.
</source>
        <translation>用法：uniondesk [--db PATH|URL] calendar list --year Y [--format csv|table|json] [--out FILE]
列出 Y 年通知中与普通周一至周五不同的日子：周一至周五的放假日，以及调休上班的周六和周日（节假日
期间的周六本来就休息，不列出）。使用该年导入的日期，未导入的使用内置通知（2024–2026 年）；两者
都没有的年份不列出任何内容，并在标准错误给出警告。
csv 键：date,kind；kind 为 holiday 或 workday。表格另列出星期和节日名称。

退出码：0 已列出，2 用法错误。
</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] calendar workdays --from DATE --days N [--start-counts yes|no]
Prints the last day (ISO, alone on a line) of a period of N working days from DATE, on the working
calendar: Monday to Friday, less the days off and plus the Saturdays and Sundays worked of each
year&apos;s notice (imported, or built in for 2024–2026). With --start-counts yes, DATE is day 1 when it
is a working day; with no, day 1 is the next working day. Without the option, the database&apos;s setting
says (yes unless changed). A year with no notice is counted as ordinary weeks, with a warning on
standard error. N is from 1 to 10000.

Exit codes: 0 printed, 2 wrong use.
</source>
        <translation>用法：uniondesk [--db PATH|URL] calendar workdays --from DATE --days N [--start-counts yes|no]
按工作日历输出从 DATE 起 N 个工作日的最后一天（ISO 格式，单独一行）：周一至周五，扣除各年通知中
的放假日，加上调休上班的周六和周日（导入的通知，或 2024–2026 年的内置通知）。--start-counts yes
时，DATE 若为工作日则计为第 1 天；no 时，第 1 天为下一个工作日。不给此选项时按数据库的设置（未
修改时为 yes）。没有通知的年份按普通周计算，并在标准错误给出警告。N 为 1 至 10000。

退出码：0 已输出，2 用法错误。
</translation>
    </message>
    <message>
        <source>--from must be a date, e.g. 2025-09-26.</source>
        <translation>--from 必须是日期，例如 2025-09-26。</translation>
    </message>
    <message>
        <source>--days must be a number of working days from 1 to 10000.</source>
        <translation>--days 必须是 1 到 10000 之间的工作日数。</translation>
    </message>
    <message>
        <source>--start-counts must be yes or no.</source>
        <translation>--start-counts 只能是 yes 或 no。</translation>
    </message>
    <message>
        <source>store a year&apos;s working calendar from the State Council&apos;s notice of its holidays (calendar import --help)</source>
        <translation>根据国务院办公厅的节假日安排通知保存某年的工作日历（calendar import --help）</translation>
    </message>
    <message>
        <source>list a year&apos;s days off from Monday to Friday and Saturdays or Sundays worked (csv keys date,kind)</source>
        <translation>列出某年周一至周五的放假日和调休上班的周六、周日（csv 键为 date,kind）</translation>
    </message>
    <message>
        <source>print the last day of a period of N working days (a 公示)</source>
        <translation>输出 N 个工作日期限（如公示期）的最后一天</translation>
    </message>
    <message>
        <source>Mutual aid: %1 schemes, %2 periods, %3 enrollments; %4 claims (%5 paid, %6 in review, %7 rejected), %8 yuan paid out.</source>
        <translation>互助：互助项目 %1 个，%2 期，参加 %3 人次；互助金申请 %4 件（已支付 %5 件，审核中 %6 件，不予支付 %7 件），已支付互助金 %8 元。</translation>
    </message>
    <message>
        <source>Awards: %1 rounds, %2 nominations, %3 objections, %4 earlier awards in the history.</source>
        <translation>评优：评选批次 %1 个，推荐 %2 条，异议 %3 条，获奖记录中往年获奖 %4 条。</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] yearbook --year Y --out FILE.xlsx [--unmasked]
Writes the year-end workbook (年终报表) of year Y: one worksheet per area, each with a bold frozen
header and an autofilter, dates as dates and amounts in yuan:
  Overview           the year&apos;s figures, with charts (members by sub-union, mutual-aid payouts by
                     month, work items by status)
  Members            the roster on 31 December, the year&apos;s changes, and the members by sub-union,
                     gender and age band
  Work progress      every item of the year&apos;s work plan with its status
  Proposals          the proposals of the year&apos;s congress sessions and the report&apos;s tables
  Mutual aid         enrollment by scheme and sub-union, the claims paid, each fund&apos;s statement
  Hardship and care  hardship support and care visits by sub-union and cause or kind, with totals
  Awards             the final lists, and their numbers by award and sub-union
ID and phone numbers are masked; --unmasked writes them in full and records the export in the
change history. The file appears only when complete.

Exit codes:
  0  written
  1  the database or the file could not be read or written
  2  wrong use of the command (unknown option, bad year, missing --out or not .xlsx)
</source>
        <translation>用法：uniondesk [--db PATH|URL] yearbook --year Y --out FILE.xlsx [--unmasked]
写出 Y 年的年终报表：每个方面一个工作表，表头加粗并冻结、带自动筛选，日期按日期格式保存，
金额以元为单位：
  概览               全年各项数据，附图表（各二级工会会员人数、各月互助金支付、
                     各状态工作事项数）
  会员               12月31日的会员名册、全年变动，以及按二级工会、性别和年龄段
                     统计的会员人数
  工作进度           年度工作要点的全部事项及其状态
  提案               当年各次教代会会议的提案及提案工作报告各统计表
  医疗互助           按互助项目和二级工会统计的参加情况、已支付的申请、各项互助
                     基金的收支公示
  帮扶慰问           按二级工会及原因或慰问类别统计的困难帮扶和慰问，附合计
  评优表彰           最终名单，以及按奖项和二级工会统计的获奖数
身份证号和手机号已脱敏；使用 --unmasked 则写出完整号码，并将本次导出记入变更记录。
文件全部写完后才会出现。

退出码：
  0  已写出
  1  数据库或文件无法读取或写入
  2  命令用法错误（未知选项、年份有误、缺少 --out 或不是 .xlsx 文件）
</translation>
    </message>
    <message>
        <source>--out must name an .xlsx file, e.g. --out 年终报表%1.xlsx.</source>
        <translation>--out 必须是 .xlsx 文件，例如 --out 年终报表%1.xlsx。</translation>
    </message>
    <message>
        <source>--unmasked is recorded in the change history, which a read-only database cannot take: %1</source>
        <translation>使用 --unmasked 须记入变更记录，而只读数据库无法记录：%1</translation>
    </message>
    <message>
        <source>The year-end workbook of %1 (%2 member(s) on the roster of 31 December) was written to %3.</source>
        <translation>%1 年年终报表（12月31日会员名册共 %2 名会员）已写入 %3。</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] yearbook summary --year Y --out FILE.pdf|FILE.odt
Prints the figures of year Y that the union&apos;s annual work summary quotes, on A4 with the union&apos;s
name as heading: members on 31 December (by gender and sub-union), the year&apos;s new members, those
who left, retired or died, the sub-unions; the work plan&apos;s items done; the proposals received,
filed and replied and the satisfaction rate of the year&apos;s congress sessions; the mutual-aid
members, claims paid, payouts and fund balances by scheme; hardship support and care visits;
the awards given by award. .pdf for printing, .odt to edit in Word or WPS.

Exit codes:
  0  written
  1  the database or the file could not be read or written
  2  wrong use of the command (unknown option, bad year, missing --out or not .pdf or .odt)
</source>
        <translation>用法：uniondesk [--db PATH|URL] yearbook summary --year Y --out FILE.pdf|FILE.odt
按 A4 版式输出工会年度工作总结所引用的 Y 年各项数据，以工会名称为标题：12月31日的会员人数
（按性别和二级工会），当年新入会的会员，调离、退休或去世的会员，二级工会数；工作要点已完成的
事项；当年各次教代会会议收到、立案和已答复的提案及满意率；按互助项目统计的参加互助人数、已支付
的申请、互助金支付金额和基金结余；困难帮扶和慰问；按奖项统计的获奖数。.pdf 用于打印，.odt 可在
Word 或 WPS 中编辑。

退出码：
  0  已写出
  1  数据库或文件无法读取或写入
  2  命令用法错误（未知选项、年份有误、缺少 --out 或不是 .pdf 或 .odt 文件）
</translation>
    </message>
    <message>
        <source>--out must name a .pdf or an .odt file, e.g. --out 工会工作数据汇总%1.pdf.</source>
        <translation>--out 必须是 .pdf 或 .odt 文件，例如 --out 工会工作数据汇总%1.pdf。</translation>
    </message>
    <message>
        <source>write the year-end workbook (年终报表) of a year, one worksheet per area with charts; ID and phone masked unless --unmasked, which is recorded in the change history (yearbook --help)</source>
        <translation>写出某年的年终报表，每个方面一个工作表并附图表；身份证号和手机号默认脱敏，使用 --unmasked 则写出完整号码，并记入变更记录（yearbook --help）</translation>
    </message>
    <message>
        <source>print the year&apos;s figures for the annual work summary on A4 (members, work plan, proposals, mutual aid, care, awards) as PDF or .odt (yearbook summary --help)</source>
        <translation>按 A4 版式输出年度工作总结所需的全年数据（会员、工作要点、提案、医疗互助、慰问、评优），保存为 PDF 或 .odt（yearbook summary --help）</translation>
    </message>
    <message>
        <source>Work plan of %1: %2 items, %3 of them done.</source>
        <translation>%1 年工作进度：%2 项，其中已完成 %3 项。</translation>
    </message>
    <message>
        <source>fill a database without members with a synthetic roster for trying the program (about 30 sub-unions, members with status histories; the same seed gives the same data) and this year&apos;s work plan (the example schedule, done as far as the year has come). The generated rows get one change-history entry, not one each; the congress gets --sessions sessions (4) of --proposals proposals (60) when there are at least 40 active members; care visits, hardship cases and both mutual-aid schemes with their claims and ledger from 10 active members; the awards history and this year&apos;s rounds at every stage from 20</source>
        <translation>为没有会员的数据库生成虚构名册以试用程序（约 30 个二级工会，会员带状态变动；同一种子生成相同数据），以及本年度的工作进度（示例进度表，按年内已过的月份完成）。生成的数据只记一条变更记录；在职会员不少于 40 人时，另生成教代会 --sessions 次会议（4）、每次 --proposals 件提案（60）；在职会员不少于 10 人时，另生成慰问、困难帮扶和两个互助项目及其申请与收支账；不少于 20 人时，另生成历年获奖记录和本年度各阶段的评选批次</translation>
    </message>
    <message>
        <source>The summary of %1 (%2 working and %3 retired member(s) on 31 December) was written to %4.</source>
        <translation>%1 年数据汇总（12月31日在职会员 %2 人、退休会员 %3 人）已写入 %4。</translation>
    </message>
</context>
<context>
    <name>ud::app::CliOutput</name>
    <message>
        <source>--format must be csv, table or json.</source>
        <translation>--format 只能是 csv、table 或 json。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write to the standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>write error</source>
        <translation>写入错误</translation>
    </message>
</context>
<context>
    <name>ud::app::CommandLine</name>
    <message>
        <source>--db needs a file path or a postgresql:// address.</source>
        <translation>--db 需要一个文件路径或 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>Unknown command: %1

</source>
        <translation>未知命令：%1

</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|postgresql://user@host:port/dbname] [--create] [COMMAND]
Without a command, the window opens.

Commands:
</source>
        <translation>用法：uniondesk [--db 路径|postgresql://用户@主机:端口/数据库] [--create] [命令]
不带命令时打开程序窗口。

命令：
</translation>
    </message>
    <message>
        <source>
Options:
  --db PATH|URL   the database (default: %1)
  --create        make a new database if the file does not exist
  --version       print the version
  --help          print this help
</source>
        <translation>
选项：
  --db 路径|地址  使用的数据库（默认：%1）
  --create        文件不存在时新建数据库
  --version       显示版本
  --help          显示本帮助
</translation>
    </message>
    <message>
        <source>Check the path. To make a new database there, add --create.</source>
        <translation>请检查路径。如要在此处新建数据库，请加上 --create。</translation>
    </message>
    <message>
        <source>The database %1 is open read-only (%2). This command changes the database, so it was not run.</source>
        <translation>数据库 %1 以只读方式打开（%2）。此命令会修改数据库，因此未执行。</translation>
    </message>
    <message>
        <source>--encoding must be utf-8 or gb18030.</source>
        <translation>--encoding 只能是 utf-8 或 gb18030。</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] %1 %2
%3
</source>
        <translation>用法：uniondesk [--db 路径|URL] %1 %2
%3
</translation>
    </message>
</context>
<context>
    <name>ud::app::CommandOptions</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>选项 --%1 需要一个值。</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>未知选项：%1</translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation>缺少参数。</translation>
    </message>
    <message>
        <source>Too many arguments: %1</source>
        <translation>参数过多：%1</translation>
    </message>
</context>
<context>
    <name>ud::core</name>
    <message>
        <source>The database reported an error: %1</source>
        <translation>数据库报告错误：%1</translation>
    </message>
    <message>
        <source>Sub-unions</source>
        <translation>二级工会</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Member history</source>
        <translation>会员变动记录</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>The ID number is empty.</source>
        <translation>身份证号为空。</translation>
    </message>
    <message>
        <source>The ID number may contain only digits, and an X as the last of 18 characters; &quot;%1&quot; at position %2 is not allowed.</source>
        <translation>身份证号只能由数字组成，18 位号码的最后一位可以是 X；第 %2 位的“%1”不符合要求。</translation>
    </message>
    <message>
        <source>The ID number must have 18 characters (or 15 for an old number); this one has %1.</source>
        <translation>身份证号应为 18 位（旧号码为 15 位），此号码为 %1 位。</translation>
    </message>
    <message>
        <source>The birth date in the ID number, %1, is not a real date.</source>
        <translation>身份证号中的出生日期 %1 不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date in the ID number, %1, is before 1900.</source>
        <translation>身份证号中的出生日期 %1 早于 1900 年。</translation>
    </message>
    <message>
        <source>The birth date in the ID number, %1, is in the future.</source>
        <translation>身份证号中的出生日期 %1 晚于今天。</translation>
    </message>
    <message>
        <source>The check character is wrong: the last character should be %1, not %2.</source>
        <translation>校验码错误：最后一位应为 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>The mobile number is empty.</source>
        <translation>手机号码为空。</translation>
    </message>
    <message>
        <source>A mobile number may contain only digits, spaces and dashes; &quot;%1&quot; is not allowed.</source>
        <translation>手机号码只能包含数字、空格和短横线；不允许使用“%1”。</translation>
    </message>
    <message>
        <source>Only mainland China mobile numbers (+86) are accepted.</source>
        <translation>只接受中国大陆手机号码（+86）。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; this one has %1.</source>
        <translation>手机号码应为 11 位，此号码为 %1 位。</translation>
    </message>
    <message>
        <source>A mobile number starts with 13 to 19; %1 does not.</source>
        <translation>手机号码应以 13 至 19 开头，%1 不符合。</translation>
    </message>
    <message>
        <source>Work plans</source>
        <translation>工作要点</translation>
    </message>
    <message>
        <source>Key-point sections</source>
        <translation>工作要点部分</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>要点</translation>
    </message>
    <message>
        <source>Schedule sections</source>
        <translation>工作进度安排部分</translation>
    </message>
    <message>
        <source>Schedule items</source>
        <translation>工作进度安排事项</translation>
    </message>
    <message>
        <source>Full numbers shown</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Union name</source>
        <translation>工会名称</translation>
    </message>
    <message>
        <source>Co-signers a proposal needs</source>
        <translation>提案所需附议人数</translation>
    </message>
    <message>
        <source>Proposal number prefix</source>
        <translation>提案编号前缀</translation>
    </message>
    <message>
        <source>Proposal number digits</source>
        <translation>提案编号位数</translation>
    </message>
    <message>
        <source>Proposal categories</source>
        <translation>提案类别</translation>
    </message>
    <message>
        <source>Lead unit&apos;s reply time (months)</source>
        <translation>主办单位答复期限（月）</translation>
    </message>
    <message>
        <source>Co-handlers reply earlier (months)</source>
        <translation>协办单位提前答复（月）</translation>
    </message>
    <message>
        <source>Congress sessions</source>
        <translation>教代会会议</translation>
    </message>
    <message>
        <source>Handling units</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Special committees</source>
        <translation>专门委员会</translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation>专门委员会委员</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Co-signers</source>
        <translation>附议人</translation>
    </message>
    <message>
        <source>Proposal assignments</source>
        <translation>提案交办</translation>
    </message>
    <message>
        <source>Proposal replies</source>
        <translation>提案答复</translation>
    </message>
    <message>
        <source>Proposal ratings</source>
        <translation>提案满意度测评</translation>
    </message>
    <message>
        <source>Proposal reviews</source>
        <translation>提案回头看</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>代表巡视</translation>
    </message>
    <message>
        <source>Inspection participants</source>
        <translation>巡视代表</translation>
    </message>
    <message>
        <source>Inspection follow-up items</source>
        <translation>巡视整改事项</translation>
    </message>
    <message>
        <source>Documents of a mutual-aid claim</source>
        <translation>互助金申请材料</translation>
    </message>
    <message>
        <source>Mutual-aid schemes</source>
        <translation>互助项目</translation>
    </message>
    <message>
        <source>Mutual-aid periods</source>
        <translation>互助年度</translation>
    </message>
    <message>
        <source>Mutual-aid enrollment</source>
        <translation>参加互助登记</translation>
    </message>
    <message>
        <source>Mutual-aid claims</source>
        <translation>互助金申请</translation>
    </message>
    <message>
        <source>Mutual-aid fund ledger</source>
        <translation>互助金收支账</translation>
    </message>
    <message>
        <source>Warn of a second hardship case in a year</source>
        <translation>同一年内第二次困难帮扶时提醒</translation>
    </message>
    <message>
        <source>Hardship cases</source>
        <translation>困难帮扶</translation>
    </message>
    <message>
        <source>Care kinds</source>
        <translation>慰问类别</translation>
    </message>
    <message>
        <source>Care visits</source>
        <translation>慰问记录</translation>
    </message>
    <message>
        <source>Award quota rounding</source>
        <translation>评优名额取整方式</translation>
    </message>
    <message>
        <source>Award quota at least 1</source>
        <translation>评优名额至少为 1</translation>
    </message>
    <message>
        <source>Publicity period (working days)</source>
        <translation>公示期（工作日）</translation>
    </message>
    <message>
        <source>Certificate wording</source>
        <translation>奖状文字</translation>
    </message>
    <message>
        <source>Award types</source>
        <translation>奖项类型</translation>
    </message>
    <message>
        <source>Award rounds</source>
        <translation>评选批次</translation>
    </message>
    <message>
        <source>Award quotas</source>
        <translation>评优名额</translation>
    </message>
    <message>
        <source>Award nominations</source>
        <translation>评优推荐</translation>
    </message>
    <message>
        <source>Members of collective nominations</source>
        <translation>集体推荐的成员</translation>
    </message>
    <message>
        <source>Award objections</source>
        <translation>公示异议</translation>
    </message>
    <message>
        <source>Awards history</source>
        <translation>获奖记录</translation>
    </message>
    <message>
        <source>The first day of a period of working days counts as day 1</source>
        <translation>起始日计入工作日期限（计为第 1 天）</translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation>工作日历</translation>
    </message>
</context>
<context>
    <name>ud::core::Aid</name>
    <message>
        <source>Salary deduction</source>
        <translation>工资代扣</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转账</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Reviewed by the sub-union</source>
        <translation>分工会已审</translation>
    </message>
    <message>
        <source>Reviewed by the office</source>
        <translation>校工会已审</translation>
    </message>
    <message>
        <source>Approved by the committee</source>
        <translation>委员会已批</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不予支付</translation>
    </message>
    <message>
        <source>Members&apos; fees</source>
        <translation>会员缴费</translation>
    </message>
    <message>
        <source>The school&apos;s part</source>
        <translation>学校补助</translation>
    </message>
    <message>
        <source>The union&apos;s part</source>
        <translation>工会补助</translation>
    </message>
    <message>
        <source>Matching by the school</source>
        <translation>学校配套</translation>
    </message>
    <message>
        <source>Donations</source>
        <translation>捐赠</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>利息</translation>
    </message>
    <message>
        <source>Other income</source>
        <translation>其他收入</translation>
    </message>
    <message>
        <source>Claims paid</source>
        <translation>支付互助金</translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation>其他支出</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>互助项目</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. 爱心大病医疗互助</source>
        <translation>例如：爱心大病医疗互助</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>简称(&amp;S)：</translation>
    </message>
    <message>
        <source>Fee per share</source>
        <translation>每份金额</translation>
    </message>
    <message>
        <source>&amp;Fee per share:</source>
        <translation>每份金额(&amp;F)：</translation>
    </message>
    <message>
        <source>Member pays</source>
        <translation>个人缴纳</translation>
    </message>
    <message>
        <source>&amp;Member pays:</source>
        <translation>个人缴纳(&amp;M)：</translation>
    </message>
    <message>
        <source>School pays</source>
        <translation>学校补助</translation>
    </message>
    <message>
        <source>S&amp;chool pays:</source>
        <translation>学校补助(&amp;C)：</translation>
    </message>
    <message>
        <source>Union pays</source>
        <translation>工会补助</translation>
    </message>
    <message>
        <source>&amp;Union pays:</source>
        <translation>工会补助(&amp;U)：</translation>
    </message>
    <message>
        <source>Matching (%)</source>
        <translation>配套比例（%）</translation>
    </message>
    <message>
        <source>Ma&amp;tching of members&apos; fees (%):</source>
        <translation>学校配套比例（%）(&amp;T)：</translation>
    </message>
    <message>
        <source>What the school adds to the members&apos; fees, in percent: 100 is 1:1.</source>
        <translation>学校按会员个人缴纳金额配套的比例（%）：100 即 1:1 配套。</translation>
    </message>
    <message>
        <source>Shares at most</source>
        <translation>最多份数</translation>
    </message>
    <message>
        <source>Shares &amp;at most:</source>
        <translation>最多份数(&amp;A)：</translation>
    </message>
    <message>
        <source>Retirees</source>
        <translation>退休人员</translation>
    </message>
    <message>
        <source>&amp;Retired members may enroll</source>
        <translation>退休会员可以参加(&amp;R)</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>可参加</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>不可参加</translation>
    </message>
    <message>
        <source>Waiting days</source>
        <translation>等待期（天）</translation>
    </message>
    <message>
        <source>&amp;Waiting period (days):</source>
        <translation>等待期（天）(&amp;W)：</translation>
    </message>
    <message>
        <source>A first-time member&apos;s claims count for treatment that starts this many days after enrollment.</source>
        <translation>首次参加的会员，参加之日起满此天数后开始的就诊方可申请互助金。</translation>
    </message>
    <message>
        <source>Claim within (months)</source>
        <translation>申请期限（月）</translation>
    </message>
    <message>
        <source>&amp;Claim within (months):</source>
        <translation>申请期限（月）(&amp;C)：</translation>
    </message>
    <message>
        <source>A claim is received at most this many months after the treatment ended; 0 for no limit.</source>
        <translation>须在就诊结束后此月数内提出申请；0 表示不限。</translation>
    </message>
    <message>
        <source>Joining mid-period</source>
        <translation>中途参加</translation>
    </message>
    <message>
        <source>Members may &amp;join after the period started</source>
        <translation>本期开始后仍可参加(&amp;J)</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>不允许</translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation>补缴</translation>
    </message>
    <message>
        <source>Fees may be paid &amp;late for a past period</source>
        <translation>允许补缴往期(&amp;L)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>互助项目(&amp;S)：</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>年度(&amp;P)：</translation>
    </message>
    <message>
        <source>e.g. 2024</source>
        <translation>例如：2024</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation>开始日期(&amp;T)：</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>结束日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Enrollment opens</source>
        <translation>参加登记开始</translation>
    </message>
    <message>
        <source>Enrollment &amp;opens:</source>
        <translation>参加登记开始(&amp;O)：</translation>
    </message>
    <message>
        <source>Enrollment closes</source>
        <translation>参加登记截止</translation>
    </message>
    <message>
        <source>Enrollment &amp;closes:</source>
        <translation>参加登记截止(&amp;C)：</translation>
    </message>
    <message>
        <source>Rule table</source>
        <translation>规则表</translation>
    </message>
    <message>
        <source>Scheme name</source>
        <translation>互助项目名称</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>会员(&amp;M)：</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>&amp;Shares:</source>
        <translation>份数(&amp;S)：</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>参加日期</translation>
    </message>
    <message>
        <source>&amp;Enrolled:</source>
        <translation>参加日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Fee paid</source>
        <translation>缴费金额</translation>
    </message>
    <message>
        <source>&amp;Fee paid:</source>
        <translation>缴费金额(&amp;F)：</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>缴费方式</translation>
    </message>
    <message>
        <source>&amp;Paid by:</source>
        <translation>缴费方式(&amp;P)：</translation>
    </message>
    <message>
        <source>Paid &amp;late for a past period</source>
        <translation>补缴往期(&amp;L)</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>补缴</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按期缴纳</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation>二级工会</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>费用类别(&amp;P)：</translation>
    </message>
    <message>
        <source>Treatment from</source>
        <translation>就诊开始日期</translation>
    </message>
    <message>
        <source>Treatment &amp;from:</source>
        <translation>就诊开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Treatment until</source>
        <translation>就诊结束日期</translation>
    </message>
    <message>
        <source>Treatment &amp;until:</source>
        <translation>就诊结束日期(&amp;U)：</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>申请日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Co-payment (自付)</source>
        <translation>自付</translation>
    </message>
    <message>
        <source>Co-&amp;payment (自付):</source>
        <translation>自付(&amp;P)：</translation>
    </message>
    <message>
        <source>Category B share (自理)</source>
        <translation>自理</translation>
    </message>
    <message>
        <source>Category &amp;B share (自理):</source>
        <translation>自理(&amp;B)：</translation>
    </message>
    <message>
        <source>Uncovered (自费)</source>
        <translation>自费</translation>
    </message>
    <message>
        <source>Unco&amp;vered (自费):</source>
        <translation>自费(&amp;V)：</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>不予计算</translation>
    </message>
    <message>
        <source>&amp;Not counted:</source>
        <translation>不予计算(&amp;N)：</translation>
    </message>
    <message>
        <source>Illness</source>
        <translation>疾病</translation>
    </message>
    <message>
        <source>&amp;Illness (lump sum):</source>
        <translation>疾病（一次性补助）(&amp;I)：</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Payout by the rules</source>
        <translation>按规则计算的互助金</translation>
    </message>
    <message>
        <source>Lump sum</source>
        <translation>一次性补助</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>计算过程</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Reverses</source>
        <translation>冲正对象</translation>
    </message>
    <message>
        <source>&amp;Voucher:</source>
        <translation>凭证号(&amp;V)：</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>摘要(&amp;T)：</translation>
    </message>
    <message>
        <source>There is no mutual-aid scheme named %1.</source>
        <translation>没有名为“%1”的互助项目。</translation>
    </message>
    <message>
        <source>Rule: the member&apos;s, the school&apos;s and the union&apos;s parts (%1) add up to the fee per share (%2).</source>
        <translation>规则：个人缴纳、学校补助和工会补助之和（%1）应等于每份金额（%2）。</translation>
    </message>
    <message>
        <source>%1 has no period %2.</source>
        <translation>%1 没有 %2 期。</translation>
    </message>
    <message>
        <source>%1 has no rule table yet; import one first (Rule Table › Import, or aid rules import).</source>
        <translation>%1 还没有规则表，请先导入（规则表 › 导入，或 aid rules import）。</translation>
    </message>
    <message>
        <source>Rule: a period ends on or after its first day.</source>
        <translation>规则：结束日期不得早于开始日期。</translation>
    </message>
    <message>
        <source>Rule: enrollment closes on or after the day it opens.</source>
        <translation>规则：参加登记截止日期不得早于开始日期。</translation>
    </message>
    <message>
        <source>The scheme already has a period %1.</source>
        <translation>该互助项目已有 %1 期。</translation>
    </message>
    <message>
        <source>Rule: the periods of a scheme do not overlap; %1 covers some of these days.</source>
        <translation>规则：同一互助项目的各期不得重叠；%1 期已包含其中部分日期。</translation>
    </message>
    <message>
        <source>Choose the period.</source>
        <translation>请选择年度。</translation>
    </message>
    <message>
        <source>Rule: %1 is retired, and %2 does not take retired members.</source>
        <translation>规则：%1 已退休，而 %2 不接受退休会员参加。</translation>
    </message>
    <message>
        <source>Rule: only members of the union enroll; %1 has left the roster.</source>
        <translation>规则：只有工会会员才能参加；%1 已不在会员名册中。</translation>
    </message>
    <message numerus="yes">
        <source>Rule: %1 takes at most %n share(s) per member.</source>
        <translation>
            <numerusform>规则：%1 每名会员最多参加 %n 份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule: %1 is already enrolled in %2.</source>
        <translation>规则：%1 已参加 %2。</translation>
    </message>
    <message>
        <source>Rule: %1 does not take fees paid late for a past period.</source>
        <translation>规则：%1 不允许补缴往期。</translation>
    </message>
    <message>
        <source>Rule: %1 takes no members once its enrollment closed (%2); %3 enrolled on %4.</source>
        <translation>规则：%1 参加登记截止（%2）后不再接受参加；%3 的参加日期为 %4。</translation>
    </message>
    <message>
        <source>Rule: %1 ended on %2; a fee paid later is arrears.</source>
        <translation>规则：%1 已于 %2 结束，此后缴费属于补缴。</translation>
    </message>
    <message>
        <source>%1 lacks the column(s) %2.</source>
        <translation>%1 缺少列：%2。</translation>
    </message>
    <message>
        <source>工号 is empty.</source>
        <translation>工号为空。</translation>
    </message>
    <message>
        <source>staff number %1 is not on the roster.</source>
        <translation>工号 %1 不在会员名册中。</translation>
    </message>
    <message>
        <source>staff number %1 is %2 on the roster, not %3.</source>
        <translation>工号 %1 在会员名册中是 %2，不是 %3。</translation>
    </message>
    <message>
        <source>%1 (%2) appears twice in the file.</source>
        <translation>%1（%2）在文件中出现了两次。</translation>
    </message>
    <message>
        <source>份数 &quot;%1&quot; is not a whole number of shares.</source>
        <translation>份数“%1”不是整数。</translation>
    </message>
    <message>
        <source>缴费日期 &quot;%1&quot; is not a date.</source>
        <translation>缴费日期“%1”不是日期。</translation>
    </message>
    <message>
        <source>缴费方式 &quot;%1&quot; is not 工资代扣, 现金 or 转账.</source>
        <translation>缴费方式“%1”不是工资代扣、现金或转账。</translation>
    </message>
    <message>
        <source>缴费金额 &quot;%1&quot; is not an amount in yuan.</source>
        <translation>缴费金额“%1”不是以元为单位的金额。</translation>
    </message>
    <message>
        <source>the claim of %1 for %2</source>
        <translation>%1 %2 就诊的申请</translation>
    </message>
    <message>
        <source>Choose the scheme and period of the claim.</source>
        <translation>请选择申请所属的互助项目和年度。</translation>
    </message>
    <message>
        <source>Rule: only enrolled members claim; %1 is not enrolled in %2.</source>
        <translation>规则：只有参加互助的会员才能申请；%1 未参加 %2。</translation>
    </message>
    <message numerus="yes">
        <source>Rule: waiting period. %1 first enrolled on %2; treatment counts from %3 (%n day(s) later), this one started on %4.</source>
        <translation>
            <numerusform>规则：等待期。%1 于 %2 首次参加，%3（%n 天后）起的就诊方可计入，本次就诊开始于 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule: treatment inside the period. The treatment started on %1, outside %2 (%3 to %4).</source>
        <translation>规则：就诊须在期内。本次就诊开始于 %1，不在 %2（%3 至 %4）之内。</translation>
    </message>
    <message>
        <source>The treatment ends on or after the day it started.</source>
        <translation>就诊结束日期不得早于开始日期。</translation>
    </message>
    <message numerus="yes">
        <source>Rule: claims within %n month(s). The treatment ended on %1; the claim was received on %2, after %3.</source>
        <translation>
            <numerusform>规则：须在 %n 个月内申请。就诊于 %1 结束，申请于 %2 收到，已超过截止日期 %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no part %2; its parts are %3.</source>
        <translation>%1 没有费用类别 %2；其费用类别为：%3。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 pays no lump sums.</source>
        <translation>%1 没有一次性补助。</translation>
    </message>
    <message>
        <source>%1 is not a listed illness of %2 (%3).</source>
        <translation>%1 不是 %2 所列的疾病（%3）。</translation>
    </message>
    <message>
        <source>Rule: a lump sum once per member; %1 was already paid one by %2.</source>
        <translation>规则：一次性补助每名会员限领一次；%1 已领取过 %2 的一次性补助。</translation>
    </message>
    <message>
        <source>Rule: a lump sum once per member and period; %1 was already paid one in %2.</source>
        <translation>规则：一次性补助每名会员每期限领一次；%1 已在 %2 领取过。</translation>
    </message>
    <message>
        <source>Rule: a rejected claim needs the reason.</source>
        <translation>规则：不予支付的申请须填写原因。</translation>
    </message>
    <message>
        <source>%1 is %2; its details no longer change.</source>
        <translation>%1 的状态为“%2”，其内容不能再修改。</translation>
    </message>
    <message>
        <source>%1 is %2; there is no review step left.</source>
        <translation>%1 的状态为“%2”，已没有待审核的环节。</translation>
    </message>
    <message>
        <source>%1 is paid; a paid claim is corrected by a reversing entry in the ledger.</source>
        <translation>%1 已支付；已支付的申请只能通过在收支账中登记冲正来更正。</translation>
    </message>
    <message>
        <source>%1 is already rejected.</source>
        <translation>%1 已被驳回。</translation>
    </message>
    <message>
        <source>Rule: a claim is paid once the committee approved it; %1 is %2.</source>
        <translation>规则：申请须经委员会批准后才能支付；%1 的状态为“%2”。</translation>
    </message>
    <message>
        <source>Give the day of the payment.</source>
        <translation>请填写支付日期。</translation>
    </message>
    <message>
        <source>Claim of %1 (%2)</source>
        <translation>%1（%2）的互助金</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount in yuan.</source>
        <translation>%1“%2”不是以元为单位的金额。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date.</source>
        <translation>%1“%2”不是日期。</translation>
    </message>
    <message>
        <source>就诊日期 is empty.</source>
        <translation>就诊日期为空。</translation>
    </message>
    <message>
        <source>Give the amount.</source>
        <translation>请填写金额。</translation>
    </message>
    <message>
        <source>Rule: income is a positive amount.</source>
        <translation>规则：收入金额须为正数。</translation>
    </message>
    <message>
        <source>Rule: an expense is a negative amount.</source>
        <translation>规则：支出金额须为负数。</translation>
    </message>
    <message>
        <source>Rule: a claim&apos;s payout is posted when the claim is paid.</source>
        <translation>规则：申请的互助金在申请支付时自动入账。</translation>
    </message>
    <message>
        <source>Rule: a reversing entry is not reversed again; post a new entry instead.</source>
        <translation>规则：冲正记录不能再被冲正；请另记一笔新记录。</translation>
    </message>
    <message>
        <source>Rule: %1 is already reversed.</source>
        <translation>规则：%1 已被冲正。</translation>
    </message>
    <message>
        <source>Reverses %1</source>
        <translation>冲正 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 (%n share(s))</source>
        <translation>
            <numerusform>%2 %1（%n 份）</numerusform>
        </translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>更正：%1</translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation>%1：缺少此项</translation>
    </message>
    <message>
        <source>%1: expected a text</source>
        <translation>%1：应为文本</translation>
    </message>
    <message>
        <source>%1: expected a date such as 2024-01-01</source>
        <translation>%1：应为日期，例如 2024-01-01</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3</source>
        <translation>%1：“%2”不是 %3 之一</translation>
    </message>
    <message>
        <source>%1: expected an amount in yuan</source>
        <translation>%1：应为以元为单位的金额</translation>
    </message>
    <message>
        <source>%1: expected a percent</source>
        <translation>%1：应为百分比</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in yuan</source>
        <translation>%1：“%2”不是以元为单位的金额</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a percent</source>
        <translation>%1：“%2”不是百分比</translation>
    </message>
    <message>
        <source>%1: the amount %2 is negative</source>
        <translation>%1：金额 %2 为负数</translation>
    </message>
    <message>
        <source>%1: the percent %2 is outside 0–100</source>
        <translation>%1：百分比 %2 超出 0–100</translation>
    </message>
    <message>
        <source>%1: %2 has more than two decimals</source>
        <translation>%1：%2 的小数超过两位</translation>
    </message>
    <message>
        <source>%1: the amount %2 is too large</source>
        <translation>%1：金额 %2 过大</translation>
    </message>
    <message>
        <source>%1: expected a list</source>
        <translation>%1：应为列表</translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation>%1：应为对象</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>scheme: the scheme is not named</source>
        <translation>scheme：未填写互助项目名称</translation>
    </message>
    <message>
        <source>period: the period has no key</source>
        <translation>period：未填写年度</translation>
    </message>
    <message>
        <source>start: the period has no start date</source>
        <translation>start：未填写开始日期</translation>
    </message>
    <message>
        <source>end: the period has no end date</source>
        <translation>end：未填写结束日期</translation>
    </message>
    <message>
        <source>end: the period ends (%1) before it starts (%2)</source>
        <translation>end：结束日期（%1）早于开始日期（%2）</translation>
    </message>
    <message>
        <source>parts: the rules need at least one part</source>
        <translation>parts：规则至少需要一个费用类别</translation>
    </message>
    <message>
        <source>cap: the amount %1 is outside 0–%2</source>
        <translation>cap：金额 %1 超出 0–%2</translation>
    </message>
    <message>
        <source>%1: the part has no key</source>
        <translation>%1：费用类别没有键</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is already the key of parts[%3]</source>
        <translation>%1：“%2”已是 parts[%3] 的键</translation>
    </message>
    <message>
        <source>%1: the amount %2 is outside 0–%3</source>
        <translation>%1：金额 %2 超出 0–%3</translation>
    </message>
    <message>
        <source>%1: a part needs at least one band</source>
        <translation>%1：每个费用类别至少需要一个分段</translation>
    </message>
    <message>
        <source>%1: only the last band may be open-ended (upTo null)</source>
        <translation>%1：只有最后一个分段可以不设上限（upTo null）</translation>
    </message>
    <message>
        <source>%1: the limit %2 is not above the deductible %3</source>
        <translation>%1：上限 %2 未高于起付线 %3</translation>
    </message>
    <message>
        <source>%1: the limit %2 is not above the limit of the band before it (%3)</source>
        <translation>%1：上限 %2 未高于前一分段的上限（%3）</translation>
    </message>
    <message>
        <source>%1: the illness is not named</source>
        <translation>%1：未填写疾病名称</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is already listed in lumpSums[%3]</source>
        <translation>%1：“%2”已列在 lumpSums[%3] 中</translation>
    </message>
    <message>
        <source>The rules are not valid JSON: %1 at offset %2.</source>
        <translation>规则不是有效的 JSON：%1（偏移量 %2）。</translation>
    </message>
    <message>
        <source>The rules are not a JSON object ({ … }).</source>
        <translation>规则不是 JSON 对象（{ … }）。</translation>
    </message>
    <message>
        <source>The rules of %1 %2 have no part &quot;%3&quot;; their parts are: %4.</source>
        <translation>%1 %2 期的规则中没有费用类别“%3”；现有的费用类别：%4。</translation>
    </message>
    <message>
        <source>The eligible amount %1 is negative.</source>
        <translation>可报金额 %1 为负数。</translation>
    </message>
    <message>
        <source>The eligible amount %1 is too large.</source>
        <translation>可报金额 %1 过大。</translation>
    </message>
    <message>
        <source>The eligible amount %1 of the earlier claims in &quot;%2&quot; is outside 0–%3.</source>
        <translation>“%2”中之前各申请的可报金额 %1 超出 0–%3。</translation>
    </message>
    <message>
        <source>The amount %1 already paid by the earlier claims is negative.</source>
        <translation>之前各申请已支付的金额 %1 为负数。</translation>
    </message>
    <message>
        <source>The rules of %1 %2 list no illness for a lump sum, so &quot;%3&quot; has none.</source>
        <translation>%1 %2 期的规则未列出享受一次性补助的疾病，因此“%3”没有一次性补助。</translation>
    </message>
    <message>
        <source>&quot;%3&quot; is not an illness listed for a lump sum in the rules of %1 %2; the listed ones are: %4.</source>
        <translation>“%3”不是 %1 %2 期规则所列的一次性补助疾病；所列疾病为：%4。</translation>
    </message>
    <message>
        <source>%1: eligible amount of this claim %2</source>
        <translation>%1：本次申请可报金额 %2</translation>
    </message>
    <message>
        <source>%1: eligible amount of the earlier claims of the period %2</source>
        <translation>%1：本期之前各申请可报金额 %2</translation>
    </message>
    <message>
        <source>%1: cumulative eligible amount %2</source>
        <translation>%1：累计可报金额 %2</translation>
    </message>
    <message>
        <source>%1: deductible %2</source>
        <translation>%1：起付线 %2</translation>
    </message>
    <message>
        <source>%1: not above the deductible: %2</source>
        <translation>%1：未超过起付线：%2</translation>
    </message>
    <message>
        <source>Band above %1 at %2: %3</source>
        <translation>%1 以上部分按 %2：%3</translation>
    </message>
    <message>
        <source>Band %1–%2 at %3: %4</source>
        <translation>%1–%2 部分按 %3：%4</translation>
    </message>
    <message>
        <source>Above the limit of the last band, not paid: %1–%2</source>
        <translation>超出最高分段上限部分不予支付：%1–%2</translation>
    </message>
    <message>
        <source>%1: part cap %2 (computed %3): %2</source>
        <translation>%1：本类封顶 %2（计算得 %3）：%2</translation>
    </message>
    <message>
        <source>%1: on the eligible amount %2 of the earlier claims: %3</source>
        <translation>%1：按之前各申请的可报金额 %2 计算：%3</translation>
    </message>
    <message>
        <source>Total of the parts: %1</source>
        <translation>各费用类别合计：%1</translation>
    </message>
    <message>
        <source>Overall cap %1: %1</source>
        <translation>年度总封顶 %1：%1</translation>
    </message>
    <message>
        <source>Rounded half-up: %1</source>
        <translation>四舍五入：%1</translation>
    </message>
    <message>
        <source>Already paid by earlier claims of the period: −%1</source>
        <translation>减去本期之前各申请已支付：−%1</translation>
    </message>
    <message>
        <source>Lump sum for %1: %2</source>
        <translation>%1 一次性补助：%2</translation>
    </message>
    <message>
        <source>Lump sum for %1 already paid: %2</source>
        <translation>%1 一次性补助已领取过：%2</translation>
    </message>
    <message>
        <source>Payout: %1</source>
        <translation>支付金额：%1</translation>
    </message>
</context>
<context>
    <name>ud::core::AidDemo</name>
    <message>
        <source>Mutual-aid schemes are already recorded; demo data is added only to an empty database.</source>
        <translation>已有互助项目记录；演示数据只添加到空数据库中。</translation>
    </message>
    <message>
        <source>The mutual-aid demo needs a roster with at least 10 active members.</source>
        <translation>互助演示数据需要名册中至少有 10 名在职会员。</translation>
    </message>
</context>
<context>
    <name>ud::core::AidDocuments</name>
    <message>
        <source>Mutual-Aid Claim Approval Form</source>
        <translation>互助金申请审批表</translation>
    </message>
    <message>
        <source>%1    Claim No. %2</source>
        <translation>%1    申请编号：%2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation>二级工会</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>费用类别</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>就诊时间</translation>
    </message>
    <message>
        <source>Illness (lump sum)</source>
        <translation>疾病（一次性补助）</translation>
    </message>
    <message>
        <source>Own pay (自付)</source>
        <translation>自付</translation>
    </message>
    <message>
        <source>Self-care (自理)</source>
        <translation>自理</translation>
    </message>
    <message>
        <source>Self-paid (自费)</source>
        <translation>自费</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>不予计算</translation>
    </message>
    <message>
        <source>Eligible amount</source>
        <translation>可报金额</translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation>已收材料</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>计算过程</translation>
    </message>
    <message>
        <source>(no calculation kept)</source>
        <translation>（未保存计算过程）</translation>
    </message>
    <message>
        <source>Payout (yuan)</source>
        <translation>支付金额（元）</translation>
    </message>
    <message>
        <source>In capitals</source>
        <translation>大写金额</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>不予支付</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Opinion of the sub-union</source>
        <translation>二级工会意见</translation>
    </message>
    <message>
        <source>Opinion of the union office</source>
        <translation>校工会意见</translation>
    </message>
    <message>
        <source>Opinion of the mutual-aid committee</source>
        <translation>互助委员会意见</translation>
    </message>
    <message>
        <source>Signature (seal): ____________    Date: ____________</source>
        <translation>签字（盖章）：____________    日期：____________</translation>
    </message>
    <message>
        <source>Choose the claims whose approval forms are printed.</source>
        <translation>请选择要打印审批表的申请。</translation>
    </message>
    <message>
        <source>There is no mutual-aid claim with the number %1.</source>
        <translation>没有编号为 %1 的互助金申请。</translation>
    </message>
    <message>
        <source>Approval form of claim %1 (%2)</source>
        <translation>申请 %1 审批表（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Approval forms of %n claim(s)</source>
        <translation>
            <numerusform>%n 份申请的审批表</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: enrollment list for signatures</source>
        <translation>%1 参加互助签名表</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>会费（元）</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>缴费方式</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>本人签名</translation>
    </message>
    <message>
        <source>No sub-union</source>
        <translation>无二级工会</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 · %n member(s)</source>
        <translation>
            <numerusform>%1 至 %2 · 共 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 share(s), fees %2 yuan</source>
        <translation> · 共 %1 份，会费 %2 元</translation>
    </message>
</context>
<context>
    <name>ud::core::AidListModels</name>
    <message>
        <source>None yet</source>
        <translation>尚未设置</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n 个类别</numerusform>
        </translation>
    </message>
    <message>
        <source>Not readable</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation>补缴</translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>已冲正</translation>
    </message>
    <message>
        <source>Reverses an entry</source>
        <translation>冲正记录</translation>
    </message>
</context>
<context>
    <name>ud::core::AidStatement</name>
    <message>
        <source>Balance brought forward</source>
        <translation>上期结转</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>收入</translation>
    </message>
    <message>
        <source>Total income</source>
        <translation>收入合计</translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation>支出</translation>
    </message>
    <message>
        <source>Payouts: %1</source>
        <translation>互助金支出：%1</translation>
    </message>
    <message>
        <source>Payouts in all</source>
        <translation>互助金支出合计</translation>
    </message>
    <message>
        <source>Total expenditure</source>
        <translation>支出合计</translation>
    </message>
    <message>
        <source>Balance carried forward</source>
        <translation>结转下期</translation>
    </message>
    <message>
        <source>%1 %2 annual statement of income and expenditure</source>
        <translation>%1 %2 年度收支公示</translation>
    </message>
    <message>
        <source>Other claims</source>
        <translation>其他申请</translation>
    </message>
    <message>
        <source>Lump sums</source>
        <translation>一次性补助</translation>
    </message>
    <message>
        <source>The statement of %1 does not add up: it carries %2 forward, the ledger&apos;s balance is %3.</source>
        <translation>%1 的收支公示不平：结转下期 %2，而台账结余为 %3。</translation>
    </message>
    <message>
        <source>Members enrolled</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Shares enrolled</source>
        <translation>参加份数</translation>
    </message>
    <message>
        <source>Claims paid</source>
        <translation>已支付申请</translation>
    </message>
    <message>
        <source>Members paid</source>
        <translation>受助人数</translation>
    </message>
    <message>
        <source>Claims rejected</source>
        <translation>不予支付申请</translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation>期间：%1 至 %2</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message numerus="yes">
        <source>Members enrolled: %1, with %n share(s).</source>
        <translation>
            <numerusform>参加互助 %1 人，共 %n 份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Claims paid: %1, to %2 member(s); claims rejected: %3.</source>
        <translation>支付互助金 %1 件，受助会员 %2 人；不予支付 %3 件。</translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>%1 收支公示</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>A statement is written to .pdf, .odt or .xlsx, not to %1.</source>
        <translation>收支公示只能保存为 .pdf、.odt 或 .xlsx 文件，不能保存为 %1。</translation>
    </message>
</context>
<context>
    <name>ud::core::AwardDocuments</name>
    <message>
        <source>In the {year} selection you were honoured as “{award}”.
This certificate is awarded in recognition.</source>
        <comment>certificate wording; keep the placeholders {year} and {award}</comment>
        <translation>在{year}年度评选中，荣获“{award}”称号。
特发此证，以资鼓励。</translation>
    </message>
    <message>
        <source>Round %1 is %2; its 公示 notice is printed once the 公示 has started.</source>
        <translation>评选批次 %1 当前为“%2”；公示开始后才能打印公示通知。</translation>
    </message>
    <message>
        <source>Round %1 has nobody on its list.</source>
        <translation>评选批次 %1 的名单上没有推荐对象。</translation>
    </message>
    <message>
        <source>Publicity of the %1 %2 list</source>
        <comment>notice title: year, award</comment>
        <translation>%1 年度%2拟表彰名单公示</translation>
    </message>
    <message numerus="yes">
        <source>After nomination by the sub-unions and review by the selection committee, the following %n nominee(s) are proposed for the title of “%2” of %1. The list is made public as follows.</source>
        <translation>
            <numerusform>经各二级工会推荐、评审委员会评审，拟授予以下 %n 个推荐对象 %1 年度“%2”称号。现将名单公示如下。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <comment>the award and the number on its list</comment>
        <translation>
            <numerusform>%1（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation>二级工会</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>推荐对象</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <source>%1 (collective)</source>
        <translation>%1（集体）</translation>
    </message>
    <message numerus="yes">
        <source>The publicity runs from %1 to %2 (%n working day(s)).</source>
        <translation>
            <numerusform>公示期为 %1 至 %2（%n 个工作日）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone who objects to a nominee is asked to say so within the period, in writing and under their own name, to the union office.</source>
        <translation>如对公示对象有异议，请在公示期内以书面形式实名向校工会办公室反映。</translation>
    </message>
    <message>
        <source>Anyone who objects to a nominee is asked to say so within the period, in writing and under their own name, to: %1.</source>
        <translation>如对公示对象有异议，请在公示期内以书面形式实名反映至：%1。</translation>
    </message>
    <message>
        <source>Rule: certificates are printed for a final list; round %1 is %2.</source>
        <translation>规则：只有已定稿的名单才能打印奖状；评选批次 %1 当前为“%2”。</translation>
    </message>
    <message>
        <source>Nomination %1 is not on the final list of round %2.</source>
        <translation>%1 不在评选批次 %2 的最终名单中。</translation>
    </message>
    <message>
        <source>Certificates of %1</source>
        <translation>%1 奖状</translation>
    </message>
    <message>
        <source>Certificate of Honour</source>
        <translation>荣誉证书</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>certificate: to a collective</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>certificate: to a member</comment>
        <translation>%1 同志：</translation>
    </message>
</context>
<context>
    <name>ud::core::AwardModels</name>
    <message>
        <source>%1 / %2 women</source>
        <translation>%1 人（女 %2 人）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>被推荐人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation>推荐单位</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已公示</translation>
    </message>
    <message>
        <source>Committee score</source>
        <translation>评审委员会评分</translation>
    </message>
    <message>
        <source>Public votes</source>
        <translation>群众投票</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查结果</translation>
    </message>
</context>
<context>
    <name>ud::core::AwardRepositories</name>
    <message>
        <source>There is no award named &quot;%1&quot;; the awards are: %2.</source>
        <translation>没有名为“%1”的奖项；现有奖项：%2。</translation>
    </message>
    <message>
        <source>Give the number of years (1–99) within which %1 is not given to the same nominee again.</source>
        <translation>请填写年限（1–99）：同一推荐对象在此年限内不得重复获得“%1”。</translation>
    </message>
    <message>
        <source>The least share of women is a percent, 0–100.</source>
        <translation>女性最低比例应为 0–100 的百分数。</translation>
    </message>
    <message>
        <source>The least size of a collective is 0–9999 people.</source>
        <translation>集体最少人数应为 0–9999 人。</translation>
    </message>
    <message>
        <source>The least length of the deeds is 0–100000 characters.</source>
        <translation>事迹最少字数应为 0–100000 字。</translation>
    </message>
    <message>
        <source>Give the member or the collective that was given the award.</source>
        <translation>请填写获奖的会员或集体。</translation>
    </message>
    <message>
        <source>The year %1 is not a year from 1900 to 2999.</source>
        <translation>年度 %1 不在 1900 至 2999 之间。</translation>
    </message>
    <message>
        <source>%1 is already recorded with %2 in %3.</source>
        <translation>已有 %1 于 %3 年度获得“%2”的记录。</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1，%2 %3</translation>
    </message>
    <message>
        <source>Awards history</source>
        <translation>获奖记录</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1 年度</translation>
    </message>
</context>
<context>
    <name>ud::core::AwardRounds</name>
    <message>
        <source>The award round no longer exists; another user may have deleted it.</source>
        <translation>该评选批次已不存在，可能已被其他用户删除。</translation>
    </message>
    <message>
        <source>There is no award round with the key &quot;%1&quot;. `uniondesk awards round list` shows the rounds.</source>
        <translation>没有简称为“%1”的评选批次。`uniondesk awards round list` 可列出全部评选批次。</translation>
    </message>
    <message>
        <source>Rule: the final list of round %1 is locked; unlock it, with the reason, to change it.</source>
        <translation>规则：评选批次 %1 的最终名单已锁定；如需修改，请先填写原因解除锁定。</translation>
    </message>
    <message>
        <source>The year %1 is not a year from 1900 to 2999.</source>
        <translation>年度 %1 不在 1900 至 2999 之间。</translation>
    </message>
    <message>
        <source>The award of the round does not exist.</source>
        <translation>该评选批次的奖项不存在。</translation>
    </message>
    <message>
        <source>The nominations close (%1) before they open (%2).</source>
        <translation>推荐截止日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>The total quota is 0–99999 (0: no limit).</source>
        <translation>总名额应为 0–99999（0 表示不限）。</translation>
    </message>
    <message>
        <source>The quota percent is 0–100.</source>
        <translation>名额比例应为 0–100。</translation>
    </message>
    <message>
        <source>Give the cut-off date whose active members the quotas of the sub-unions are computed from.</source>
        <translation>请填写截止日期，各二级工会的名额按该日的在册会员人数计算。</translation>
    </message>
    <message>
        <source>The committee&apos;s weight is a percent, 0–100.</source>
        <translation>评审委员会评分的权重应为 0–100 的百分数。</translation>
    </message>
    <message>
        <source>A 公示 lasts 1–99 working days.</source>
        <translation>公示期为 1–99 个工作日。</translation>
    </message>
    <message>
        <source>Round %1 has nominations for %2; its award can no longer change.</source>
        <translation>评选批次 %1 已有“%2”的推荐，不能再更改奖项。</translation>
    </message>
    <message>
        <source>Round %1 has nominations; it cannot be deleted.</source>
        <translation>评选批次 %1 已有推荐，不能删除。</translation>
    </message>
    <message>
        <source>Round %1 has no quota percent and cut-off date to compute quotas from.</source>
        <translation>评选批次 %1 未设定名额比例和截止日期，无法计算名额。</translation>
    </message>
    <message>
        <source>The sub-union no longer exists.</source>
        <translation>该二级工会已不存在。</translation>
    </message>
    <message>
        <source>A quota is 0 or more.</source>
        <translation>名额不能小于 0。</translation>
    </message>
    <message>
        <source>Rule: a quota other than the computed one (%1 for %2) needs its reason.</source>
        <translation>规则：名额与计算结果（%2 为 %1）不同时，须填写原因。</translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation>原因不能超过 500 个字符。</translation>
    </message>
    <message>
        <source>Round %1 is %2; only a round taking nominations goes on to the review.</source>
        <translation>评选批次 %1 当前为“%2”；只有推荐中的评选批次才能进入评审。</translation>
    </message>
    <message>
        <source>Round %1 is %2; only a round in review takes nominations again.</source>
        <translation>评选批次 %1 当前为“%2”；只有评审中的评选批次才能重新接受推荐。</translation>
    </message>
    <message numerus="yes">
        <source>Round %1 has %n selected nomination(s); deselect them first.</source>
        <translation>
            <numerusform>评选批次 %1 有 %n 条推荐已入选，请先取消入选。</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 is %2; scores are recorded during the review.</source>
        <translation>评选批次 %1 当前为“%2”；评分须在评审阶段录入。</translation>
    </message>
    <message>
        <source>%1 is withdrawn; it is not scored.</source>
        <translation>%1 的推荐已撤销，不予评分。</translation>
    </message>
    <message>
        <source>A score is 0–100.</source>
        <translation>评分应为 0–100。</translation>
    </message>
    <message>
        <source>Votes cannot be fewer than 0.</source>
        <translation>票数不能小于 0。</translation>
    </message>
    <message>
        <source>Round %1 is %2; the selection is made during the review.</source>
        <translation>评选批次 %1 当前为“%2”；入选须在评审阶段确定。</translation>
    </message>
    <message>
        <source>%1 is withdrawn.</source>
        <translation>%1 的推荐已撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Rule: round %1 awards at most %n; as many are selected.</source>
        <translation>
            <numerusform>规则：评选批次 %1 最多表彰 %n 个，入选已达此数。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 may have %n selected in round %3; as many are.</source>
        <translation>
            <numerusform>%1：%2 在评选批次 %3 中最多入选 %n 个，已达此数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 is %2; the list is published after the review.</source>
        <translation>评选批次 %1 当前为“%2”；名单须在评审后公示。</translation>
    </message>
    <message>
        <source>Give the first day of the 公示.</source>
        <translation>请填写公示的第一天。</translation>
    </message>
    <message>
        <source>Round %1 has no selected nomination to publish.</source>
        <translation>评选批次 %1 没有可公示的入选推荐。</translation>
    </message>
    <message>
        <source>Round %1 is %2, not in publicity.</source>
        <translation>评选批次 %1 当前为“%2”，不在公示阶段。</translation>
    </message>
    <message>
        <source>Round %1 has objections to its 公示; the 公示 can no longer be taken back.</source>
        <translation>评选批次 %1 的公示已收到异议，不能再撤回公示。</translation>
    </message>
    <message>
        <source>Round %1 is %2; objections are recorded during its 公示.</source>
        <translation>评选批次 %1 当前为“%2”；异议须在公示期间登记。</translation>
    </message>
    <message>
        <source>%1 is not on the published list (%2).</source>
        <translation>%1 不在已公示的名单中（%2）。</translation>
    </message>
    <message>
        <source>The objection is dated %1, before the 公示 began (%2).</source>
        <translation>异议日期为 %1，早于公示开始日期（%2）。</translation>
    </message>
    <message>
        <source>The objection no longer exists.</source>
        <translation>该异议已不存在。</translation>
    </message>
    <message>
        <source>The objection to %1 of %2 is already closed (%3).</source>
        <translation>对 %1（%2）的异议已办结（%3）。</translation>
    </message>
    <message>
        <source>Give the outcome of the objection: upheld or dismissed.</source>
        <translation>请填写异议处理结果：异议成立或异议不成立。</translation>
    </message>
    <message>
        <source>Give the day the objection was closed.</source>
        <translation>请填写异议办结日期。</translation>
    </message>
    <message>
        <source>The objection is closed on %1, before it was received (%2).</source>
        <translation>异议办结日期 %1 早于收到日期（%2）。</translation>
    </message>
    <message>
        <source>Round %1 is %2; only a list in its 公示 becomes final.</source>
        <translation>评选批次 %1 当前为“%2”；只有公示中的名单才能定稿。</translation>
    </message>
    <message>
        <source>Rule: the 公示 of round %1 runs until %2; the list becomes final after it has ended.</source>
        <translation>规则：评选批次 %1 的公示期至 %2，公示结束后名单方可定稿。</translation>
    </message>
    <message numerus="yes">
        <source>Rule: %n objection(s) to round %1 are still open; close them before the list becomes final.</source>
        <translation>
            <numerusform>规则：评选批次 %1 还有 %n 条异议未办结，请先办结再定稿。</numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 has nobody left on its list.</source>
        <translation>评选批次 %1 的名单上已没有推荐对象。</translation>
    </message>
    <message>
        <source>Round %1 is %2; only a final list is unlocked.</source>
        <translation>评选批次 %1 当前为“%2”；只有已定稿的名单才能解除锁定。</translation>
    </message>
    <message>
        <source>Rule: unlocking the final list of round %1 needs the reason.</source>
        <translation>规则：解除评选批次 %1 最终名单的锁定须填写原因。</translation>
    </message>
</context>
<context>
    <name>ud::core::Awards</name>
    <message>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>集体</translation>
    </message>
    <message>
        <source>Individual or collective</source>
        <translation>个人或集体</translation>
    </message>
    <message>
        <source>No repeat rule</source>
        <translation>不限制重复获奖</translation>
    </message>
    <message>
        <source>Not again within some years</source>
        <translation>若干年内不得重复获奖</translation>
    </message>
    <message>
        <source>Once only</source>
        <translation>仅限一次</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Over the quota</source>
        <translation>超出名额</translation>
    </message>
    <message>
        <source>Repeat award</source>
        <translation>重复获奖</translation>
    </message>
    <message>
        <source>Share of women</source>
        <translation>女性比例</translation>
    </message>
    <message>
        <source>Woman as head</source>
        <translation>负责人为女性</translation>
    </message>
    <message>
        <source>Size of the collective</source>
        <translation>集体人数</translation>
    </message>
    <message>
        <source>Not an active member</source>
        <translation>非在册会员</translation>
    </message>
    <message>
        <source>Nominated twice</source>
        <translation>重复推荐</translation>
    </message>
    <message>
        <source>Deeds too short</source>
        <translation>事迹字数不足</translation>
    </message>
    <message>
        <source>Nominating</source>
        <translation>推荐中</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>评审中</translation>
    </message>
    <message>
        <source>In publicity</source>
        <translation>公示中</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>已定稿</translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation>已推荐</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>已入选</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>已获奖</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation>异议成立</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>异议不成立</translation>
    </message>
    <message>
        <source>Final list of a round</source>
        <translation>评选最终名单</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Round half up</source>
        <translation>四舍五入</translation>
    </message>
    <message>
        <source>Round down</source>
        <translation>向下取整</translation>
    </message>
    <message>
        <source>Round up</source>
        <translation>向上取整</translation>
    </message>
    <message>
        <source>Refused: the nomination is not accepted. Warning: it is accepted and shown.</source>
        <translation>拒绝：不接受该推荐。警告：接受该推荐，并标示问题。</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>奖项</translation>
    </message>
    <message>
        <source>&amp;Award:</source>
        <translation>奖项(&amp;A)：</translation>
    </message>
    <message>
        <source>e.g. 最美教师</source>
        <translation>例如 最美教师</translation>
    </message>
    <message>
        <source>For</source>
        <translation>评选对象</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>评选对象(&amp;F)：</translation>
    </message>
    <message>
        <source>Repeat rule</source>
        <translation>重复获奖限制</translation>
    </message>
    <message>
        <source>&amp;Repeat rule:</source>
        <translation>重复获奖限制(&amp;R)：</translation>
    </message>
    <message>
        <source>Whether the same person or collective may be given the award again</source>
        <translation>同一个人或集体能否再次获得该奖项</translation>
    </message>
    <message>
        <source>Not again within (years)</source>
        <translation>不得重复获奖年限</translation>
    </message>
    <message>
        <source>Not again &amp;within (years):</source>
        <translation>不得重复获奖年限(&amp;W)：</translation>
    </message>
    <message>
        <source>A 2024 round with 3 years excludes those given the award in 2021, 2022 or 2023</source>
        <translation>设为 3 年时，2024 年的评选将排除 2021、2022 或 2023 年已获得该奖项者</translation>
    </message>
    <message>
        <source>Least share of women (%)</source>
        <translation>女性最低比例（%）</translation>
    </message>
    <message>
        <source>Least share of &amp;women (%):</source>
        <translation>女性最低比例（%）(&amp;W)：</translation>
    </message>
    <message>
        <source>A collective&apos;s women among its people; 0: no rule</source>
        <translation>集体中女性所占比例；0 表示不限</translation>
    </message>
    <message>
        <source>A collective&apos;s &amp;head must be a woman</source>
        <translation>集体负责人须为女性(&amp;H)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必须</translation>
    </message>
    <message>
        <source>No rule</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Least size</source>
        <translation>最少人数</translation>
    </message>
    <message>
        <source>Least si&amp;ze:</source>
        <translation>最少人数(&amp;Z)：</translation>
    </message>
    <message>
        <source>A collective&apos;s people at least; 0: no rule</source>
        <translation>集体的最少人数；0 表示不限</translation>
    </message>
    <message>
        <source>Least deeds length</source>
        <translation>事迹最少字数</translation>
    </message>
    <message>
        <source>Least &amp;deeds length:</source>
        <translation>事迹最少字数(&amp;D)：</translation>
    </message>
    <message>
        <source>Characters of the deeds (事迹) at least; 0: no rule</source>
        <translation>事迹的最少字数；0 表示不限</translation>
    </message>
    <message>
        <source>Over the &amp;quota:</source>
        <translation>超出名额(&amp;Q)：</translation>
    </message>
    <message>
        <source>Repeat a&amp;ward:</source>
        <translation>重复获奖(&amp;W)：</translation>
    </message>
    <message>
        <source>Share of wo&amp;men:</source>
        <translation>女性比例(&amp;M)：</translation>
    </message>
    <message>
        <source>Woman as h&amp;ead:</source>
        <translation>负责人为女性(&amp;E)：</translation>
    </message>
    <message>
        <source>Si&amp;ze of the collective:</source>
        <translation>集体人数(&amp;Z)：</translation>
    </message>
    <message>
        <source>Not an acti&amp;ve member:</source>
        <translation>非在册会员(&amp;V)：</translation>
    </message>
    <message>
        <source>Nominated t&amp;wice:</source>
        <translation>重复推荐(&amp;W)：</translation>
    </message>
    <message>
        <source>Deeds too s&amp;hort:</source>
        <translation>事迹字数不足(&amp;H)：</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Or&amp;der:</source>
        <translation>排序(&amp;D)：</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>简称(&amp;K)：</translation>
    </message>
    <message>
        <source>e.g. 2024-最美教师</source>
        <translation>例如 2024-最美教师</translation>
    </message>
    <message>
        <source>How the command line and files name the round</source>
        <translation>命令行和文件中用以指明该评选批次的名称</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Nominations from</source>
        <translation>推荐开始日期</translation>
    </message>
    <message>
        <source>Nominations &amp;from:</source>
        <translation>推荐开始日期(&amp;F)：</translation>
    </message>
    <message>
        <source>Nominations until</source>
        <translation>推荐截止日期</translation>
    </message>
    <message>
        <source>Nominations &amp;until:</source>
        <translation>推荐截止日期(&amp;U)：</translation>
    </message>
    <message>
        <source>Total quota</source>
        <translation>总名额</translation>
    </message>
    <message>
        <source>&amp;Total quota:</source>
        <translation>总名额(&amp;T)：</translation>
    </message>
    <message>
        <source>How many are awarded; 0: no limit</source>
        <translation>表彰总数；0：不限</translation>
    </message>
    <message>
        <source>Quota per sub-union (0.01 %)</source>
        <translation>二级工会名额比例（0.01%）</translation>
    </message>
    <message>
        <source>Quota &amp;percent:</source>
        <translation>名额比例(&amp;P)：</translation>
    </message>
    <message>
        <source>A sub-union may nominate this share of its active members on the cut-off date</source>
        <translation>二级工会可推荐的人数占其在截止日期在册会员数的比例</translation>
    </message>
    <message>
        <source>Headcount on</source>
        <translation>在册人数截止日期</translation>
    </message>
    <message>
        <source>Head&amp;count on:</source>
        <translation>在册人数截止日期(&amp;C)：</translation>
    </message>
    <message>
        <source>The day whose active members the quotas are computed from</source>
        <translation>按该日的在册会员人数计算各单位名额</translation>
    </message>
    <message>
        <source>Committee weight (%)</source>
        <translation>评审委员会权重（%）</translation>
    </message>
    <message>
        <source>&amp;Committee weight (%):</source>
        <translation>评审委员会权重（%）(&amp;C)：</translation>
    </message>
    <message>
        <source>The committee&apos;s score against the public vote, e.g. 60 for 60/40; 100: no public vote</source>
        <translation>评审委员会评分与群众投票的权重之比，例如 60 表示 60:40；100：不进行群众投票</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Publicity from</source>
        <translation>公示开始日期</translation>
    </message>
    <message>
        <source>Publicity (working days)</source>
        <translation>公示期（工作日）</translation>
    </message>
    <message>
        <source>Publicity until</source>
        <translation>公示截止日期</translation>
    </message>
    <message>
        <source>Objections to</source>
        <translation>异议受理</translation>
    </message>
    <message>
        <source>&amp;Objections to:</source>
        <translation>异议受理(&amp;O)：</translation>
    </message>
    <message>
        <source>e.g. 校工会办公室，电话 88888888</source>
        <translation>例如 校工会办公室，电话 88888888</translation>
    </message>
    <message>
        <source>Where the 公示 notice asks objections to be sent</source>
        <translation>公示通知中写明的异议受理单位及联系方式</translation>
    </message>
    <message>
        <source>Final on</source>
        <translation>定稿日期</translation>
    </message>
    <message>
        <source>Reason for unlocking</source>
        <translation>解除锁定原因</translation>
    </message>
    <message>
        <source>Award name</source>
        <translation>奖项名称</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>评选批次</translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation>二级工会</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>在册会员数</translation>
    </message>
    <message>
        <source>Computed quota</source>
        <translation>计算名额</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation>名额(&amp;Q)：</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>调整原因</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. 完成年度工作任务，上浮5%</source>
        <translation>例如 完成年度工作任务，上浮5%</translation>
    </message>
    <message>
        <source>Sub-union name</source>
        <translation>二级工会名称</translation>
    </message>
    <message>
        <source>Sub-union code</source>
        <translation>二级工会代码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>会员(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Collective:</source>
        <translation>集体名称(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. 图书馆流通部</source>
        <translation>例如 图书馆流通部</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所在单位</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>所在单位(&amp;D)：</translation>
    </message>
    <message>
        <source>The department or office the collective belongs to</source>
        <translation>集体所属的部门或科室</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation>负责人(&amp;H)：</translation>
    </message>
    <message>
        <source>People</source>
        <translation>总人数</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>总人数(&amp;P)：</translation>
    </message>
    <message>
        <source>The whole collective when some are not union members; 0: the listed members are all</source>
        <translation>集体中有非工会会员时填写集体总人数；0：即所列会员人数</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>女性人数</translation>
    </message>
    <message>
        <source>&amp;Women:</source>
        <translation>女性人数(&amp;W)：</translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation>推荐单位</translation>
    </message>
    <message>
        <source>Nominated &amp;by:</source>
        <translation>推荐单位(&amp;B)：</translation>
    </message>
    <message>
        <source>Deeds</source>
        <translation>事迹</translation>
    </message>
    <message>
        <source>D&amp;eeds:</source>
        <translation>事迹(&amp;E)：</translation>
    </message>
    <message>
        <source>The deeds (事迹) as the sub-union wrote them</source>
        <translation>二级工会报送的事迹材料</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>&amp;Attachments received</source>
        <translation>附件已收到(&amp;A)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收到</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未收到</translation>
    </message>
    <message>
        <source>Published by the sub-union</source>
        <translation>二级工会已公示</translation>
    </message>
    <message>
        <source>The sub-union &amp;published its recommendation</source>
        <translation>二级工会已公示推荐结果(&amp;P)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>已公示</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>未公示</translation>
    </message>
    <message>
        <source>Committee score (0.01)</source>
        <translation>评审委员会评分（0.01 分）</translation>
    </message>
    <message>
        <source>Public votes</source>
        <translation>群众投票数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Head&apos;s name</source>
        <translation>负责人姓名</translation>
    </message>
    <message>
        <source>Head&apos;s staff no.</source>
        <translation>负责人工号</translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation>推荐记录</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>收到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>异议内容</translation>
    </message>
    <message>
        <source>&amp;Objection:</source>
        <translation>异议内容(&amp;O)：</translation>
    </message>
    <message>
        <source>What the objection says</source>
        <translation>异议的具体内容</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <source>&amp;Handled by:</source>
        <translation>处理人(&amp;H)：</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>处理结果(&amp;U)：</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>办结日期</translation>
    </message>
    <message>
        <source>&amp;Closed:</source>
        <translation>办结日期(&amp;C)：</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>核查情况</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>核查情况(&amp;F)：</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>核查发现的情况</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>推荐对象</translation>
    </message>
    <message>
        <source>S&amp;ub-union:</source>
        <translation>二级工会(&amp;U)：</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>ud::core::AwardsDemo</name>
    <message>
        <source>Award rounds or awards history are already recorded; demo data is added only to an empty database.</source>
        <translation>已有评选批次或获奖记录；演示数据只添加到空数据库中。</translation>
    </message>
    <message>
        <source>The awards demo needs a roster with at least 20 active members.</source>
        <translation>评优演示数据需要名册中至少有 20 名在册会员。</translation>
    </message>
</context>
<context>
    <name>ud::core::AwardsImport</name>
    <message>
        <source>%1 &quot;%2&quot; is not a number of people.</source>
        <translation>%1“%2”不是有效的人数。</translation>
    </message>
    <message numerus="yes">
        <source>%n members are named %1; give the staff number instead.</source>
        <translation>
            <numerusform>有 %n 名会员叫 %1，请改填工号。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is neither a staff number nor a name on the roster.</source>
        <translation>%1 在会员名册中既不是工号也不是姓名。</translation>
    </message>
    <message>
        <source>no sub-union has the code or name %1. `uniondesk units list` shows them.</source>
        <translation>没有代码或名称为 %1 的二级工会。`uniondesk units list` 可列出全部二级工会。</translation>
    </message>
    <message>
        <source>%1 lacks the column(s) %2.</source>
        <translation>%1 缺少列：%2。</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>新增 %1</translation>
    </message>
    <message>
        <source>, %1 already recorded</source>
        <translation>，已有 %1</translation>
    </message>
    <message numerus="yes">
        <source>; %n warning(s)</source>
        <translation>
            <numerusform>；警告 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lacks the column 类型: %2 is for individuals and collectives, so each row says which it is (个人 or 集体).</source>
        <translation>%1 缺少“类型”列：“%2”既可授予个人也可授予集体，因此每行须注明类型（个人或集体）。</translation>
    </message>
    <message>
        <source>类型 is empty; write 个人 or 集体.</source>
        <translation>“类型”为空，请填写“个人”或“集体”。</translation>
    </message>
    <message>
        <source>类型 &quot;%1&quot; is neither 个人 nor 集体.</source>
        <translation>类型“%1”既不是“个人”也不是“集体”。</translation>
    </message>
    <message>
        <source>被推荐人 is empty.</source>
        <translation>“被推荐人”为空。</translation>
    </message>
    <message>
        <source>推荐单位 is empty.</source>
        <translation>“推荐单位”为空。</translation>
    </message>
    <message>
        <source>女性人数 is given without 总人数.</source>
        <translation>填写了“女性人数”，但未填写“总人数”。</translation>
    </message>
    <message>
        <source>总人数 is 0.</source>
        <translation>“总人数”为 0。</translation>
    </message>
    <message>
        <source>%1 lacks the column 工号 or 集体名称.</source>
        <translation>%1 缺少“工号”或“集体名称”列。</translation>
    </message>
    <message>
        <source>no member has the staff number %1.</source>
        <translation>没有工号为 %1 的会员。</translation>
    </message>
    <message>
        <source>staff number %1 is %2 on the roster, not %3.</source>
        <translation>会员名册中工号 %1 对应的是 %2，不是 %3。</translation>
    </message>
    <message>
        <source>the row names nobody (工号 and 集体名称 are empty).</source>
        <translation>该行没有人员（工号和集体名称都为空）。</translation>
    </message>
    <message>
        <source>奖项 is empty.</source>
        <translation>“奖项”为空。</translation>
    </message>
    <message>
        <source>年度 &quot;%1&quot; is not a year.</source>
        <translation>年度“%1”不是有效年份。</translation>
    </message>
</context>
<context>
    <name>ud::core::Backup</name>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation>无法写入文件夹 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>The backup could not start: %1</source>
        <translation>无法开始备份：%1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
    <message>
        <source>The SQLite connection is not available for a backup.</source>
        <translation>SQLite 连接不可用，无法备份。</translation>
    </message>
    <message>
        <source>Cannot create the backup file: %1</source>
        <translation>无法创建备份文件：%1</translation>
    </message>
    <message>
        <source>The backup failed while copying table %1.</source>
        <translation>复制数据表 %1 时备份失败。</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database itself.</source>
        <translation>备份不能覆盖数据库本身。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 is not a UnionDesk backup.</source>
        <translation>文件 %1 不是工会事务台备份。</translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer UnionDesk (schema version %2; this version knows up to %3).</source>
        <translation>备份 %1 由更新版本的工会事务台写入（结构版本 %2，本版本最高支持 %3）。</translation>
    </message>
    <message>
        <source>Restoring is only possible into a SQLite database. For PostgreSQL use the server&apos;s own tools (pg_restore).</source>
        <translation>只能恢复到 SQLite 数据库。PostgreSQL 请使用服务器自带的工具（pg_restore）。</translation>
    </message>
    <message>
        <source>Cannot read the backup: %1</source>
        <translation>无法读取备份：%1</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>A backup cannot be taken while a change is being written.</source>
        <translation>正在写入修改时不能备份。</translation>
    </message>
</context>
<context>
    <name>ud::core::Calendar</name>
    <message>
        <source>Day off</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>Working day</source>
        <translation>上班</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节日</translation>
    </message>
    <message>
        <source>&amp;Holiday:</source>
        <translation>节日(&amp;H)：</translation>
    </message>
    <message>
        <source>e.g. 春节</source>
        <translation>例如 春节</translation>
    </message>
    <message>
        <source>Notice year</source>
        <translation>通知年度</translation>
    </message>
    <message>
        <source>&amp;Notice year:</source>
        <translation>通知年度(&amp;N)：</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
</context>
<context>
    <name>ud::core::CalendarDaysModel</name>
    <message>
        <source>A Saturday or Sunday inside the holiday: a day off in an ordinary week too</source>
        <translation>假期中的周六或周日：平常也是休息日</translation>
    </message>
    <message>
        <source>A working day from Monday to Friday: as an ordinary week has it</source>
        <translation>周一至周五的上班日：与平常相同</translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>星期</translation>
    </message>
</context>
<context>
    <name>ud::core::CalendarRepository</name>
    <message>
        <source>The notice&apos;s year must be from 1900 to 2999.</source>
        <translation>通知年度须在 1900 至 2999 之间。</translation>
    </message>
    <message>
        <source>%1 is not near the year %2 of the notice: a notice names days of its own year, and at most of the year before or after.</source>
        <translation>%1 与通知年度 %2 相差太远：通知只列本年度的日期，至多涉及上一年或下一年。</translation>
    </message>
    <message>
        <source>%1 is already a day of the notice of %2.</source>
        <translation>%1 已列在 %2 年的通知中。</translation>
    </message>
    <message>
        <source>A day without a date</source>
        <translation>无日期的记录</translation>
    </message>
    <message>
        <source>%1: the date is missing.</source>
        <translation>%1：缺少日期。</translation>
    </message>
    <message>
        <source>%1: the date is given twice.</source>
        <translation>%1：日期重复。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ud::core::Care</name>
    <message>
        <source>Illness</source>
        <translation>疾病</translation>
    </message>
    <message>
        <source>Accident</source>
        <translation>意外</translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation>灾害</translation>
    </message>
    <message>
        <source>Family hardship</source>
        <translation>家庭困难</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>慰问品</translation>
    </message>
    <message>
        <source>University union</source>
        <translation>校工会</translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation>二级工会</translation>
    </message>
    <message>
        <source>Higher union</source>
        <translation>上级工会</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>未批准</translation>
    </message>
    <message>
        <source>Standard amount</source>
        <translation>标准金额</translation>
    </message>
    <message>
        <source>At most</source>
        <translation>最高限额</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Once a year</source>
        <translation>每年一次</translation>
    </message>
    <message>
        <source>Once only</source>
        <translation>仅限一次</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒绝登记</translation>
    </message>
    <message>
        <source>Allowed with a reason</source>
        <translation>注明原因后允许</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>会员(&amp;M)：</translation>
    </message>
    <message>
        <source>S&amp;ub-union:</source>
        <translation>二级工会(&amp;U)：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>致困原因</translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation>致困原因(&amp;C)：</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>困难情况</translation>
    </message>
    <message>
        <source>S&amp;ituation:</source>
        <translation>困难情况(&amp;I)：</translation>
    </message>
    <message>
        <source>What happened, the family&apos;s circumstances</source>
        <translation>发生的情况及家庭状况</translation>
    </message>
    <message>
        <source>Household size</source>
        <translation>家庭人口</translation>
    </message>
    <message>
        <source>&amp;Household size:</source>
        <translation>家庭人口(&amp;H)：</translation>
    </message>
    <message>
        <source>Income per head (month)</source>
        <translation>家庭月人均收入</translation>
    </message>
    <message>
        <source>I&amp;ncome per head:</source>
        <translation>人均收入(&amp;N)：</translation>
    </message>
    <message>
        <source>The household&apos;s monthly income per person</source>
        <translation>家庭每月人均收入</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>形式(&amp;F)：</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>Cash paid, or the value of the goods</source>
        <translation>发放的现金，或慰问品的价值</translation>
    </message>
    <message>
        <source>Funded by</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Funded &amp;by:</source>
        <translation>资金来源(&amp;B)：</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>&amp;Review:</source>
        <translation>审核(&amp;R)：</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Sub-union name</source>
        <translation>二级工会名称</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>代码(&amp;K)：</translation>
    </message>
    <message>
        <source>e.g. marriage</source>
        <translation>例如 marriage</translation>
    </message>
    <message>
        <source>The same for the kind every year: how frequency limits and totals know it</source>
        <translation>同一类别每年使用同一代码，频次限制和统计据此识别该类别</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>慰问类别</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. 婚嫁慰问</source>
        <translation>例如 婚嫁慰问</translation>
    </message>
    <message>
        <source>Amount rule</source>
        <translation>标准类型</translation>
    </message>
    <message>
        <source>Amount &amp;rule:</source>
        <translation>标准类型(&amp;R)：</translation>
    </message>
    <message>
        <source>The standard amount or the most a visit may give; 0: no limit</source>
        <translation>标准金额或每次慰问的最高金额；0 表示不限</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>支出方</translation>
    </message>
    <message>
        <source>&amp;Paid by:</source>
        <translation>支出方(&amp;P)：</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>频次</translation>
    </message>
    <message>
        <source>Fre&amp;quency:</source>
        <translation>频次(&amp;Q)：</translation>
    </message>
    <message>
        <source>How often one member may have a visit of this kind</source>
        <translation>同一会员可享受此类慰问的次数</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>超限处理</translation>
    </message>
    <message>
        <source>&amp;Over the limit:</source>
        <translation>超限处理(&amp;O)：</translation>
    </message>
    <message>
        <source>A visit over the amount or the frequency: refused, or recorded with its reason</source>
        <translation>慰问超出金额或频次规定时：拒绝登记，或注明原因后登记</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Or&amp;der:</source>
        <translation>排序(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>慰问类别(&amp;K)：</translation>
    </message>
    <message>
        <source>Reason for the exception</source>
        <translation>超标准原因</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Only for a visit over the kind&apos;s amount or frequency</source>
        <translation>仅在本次慰问超出该类别的金额或频次规定时填写</translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation>慰问人</translation>
    </message>
    <message>
        <source>&amp;Visited by:</source>
        <translation>慰问人(&amp;V)：</translation>
    </message>
    <message>
        <source>Kind key</source>
        <translation>类别代码</translation>
    </message>
    <message>
        <source>Kind name</source>
        <translation>类别名称</translation>
    </message>
</context>
<context>
    <name>ud::core::CareDemo</name>
    <message>
        <source>Care visits or hardship cases are already recorded; demo data is added only to an empty database.</source>
        <translation>已有慰问或困难帮扶记录；演示数据只添加到空数据库中。</translation>
    </message>
    <message>
        <source>The care demo needs a roster with at least 10 active members.</source>
        <translation>慰问演示数据需要名册中至少有 10 名在职会员。</translation>
    </message>
</context>
<context>
    <name>ud::core::CareModels</name>
    <message>
        <source>(no sub-union)</source>
        <translation>（无二级工会）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>慰问 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation>二级工会</translation>
    </message>
    <message>
        <source>Care visits by sub-union and kind</source>
        <translation>各二级工会分类别慰问统计</translation>
    </message>
    <message>
        <source>Year %1, in yuan</source>
        <translation>%1 年度，单位：元</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>慰问次数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>University union</source>
        <translation>校工会</translation>
    </message>
    <message>
        <source>Sub-unions</source>
        <translation>二级工会</translation>
    </message>
    <message>
        <source>Care visits by month</source>
        <translation>分月慰问统计</translation>
    </message>
</context>
<context>
    <name>ud::core::CareRepositories</name>
    <message>
        <source>%1, hardship help on %2</source>
        <translation>%1，%2 困难帮扶</translation>
    </message>
    <message>
        <source>%1, %2 yuan</source>
        <translation>%1，%2 元</translation>
    </message>
    <message>
        <source>%1 already had hardship help in %2 (%3). Help is normally given once a year per family.</source>
        <translation>%1 在 %2 年已获得过困难帮扶（%3）。每户通常每年只帮扶一次。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Hardship help</source>
        <translation>困难帮扶</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <source>The year %1 is not a year from 1900 to 2999.</source>
        <translation>年度 %1 不在 1900 至 2999 之间。</translation>
    </message>
    <message>
        <source>The key %1 may hold only letters a–z, digits, - and _ (it names the kind in files).</source>
        <translation>代码 %1 只能包含字母 a–z、数字、- 和 _（文件中用它标识慰问类别）。</translation>
    </message>
    <message>
        <source>The %1 table already has the key %2 (%3).</source>
        <translation>%1 年度类别表中已有代码 %2（%3）。</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n visit(s) in %2 and stays in the %2 table.</source>
        <translation>
            <numerusform>“%1”在 %2 年度已有 %n 次慰问，只能保留在 %2 年度类别表中。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while visits are recorded under it (%2).</source>
        <translation>“%1”下已登记慰问（%2），不能删除。</translation>
    </message>
    <message>
        <source>The %1 table has no kinds to copy.</source>
        <translation>%1 年度类别表中没有可复制的类别。</translation>
    </message>
    <message>
        <source>%1, %2 on %3</source>
        <translation>%1，%3 %2</translation>
    </message>
    <message>
        <source>%1 of %2 gives the standard amount of %3 yuan; this visit gives %4 yuan.</source>
        <translation>%2 年度“%1”的标准为 %3 元，本次慰问为 %4 元。</translation>
    </message>
    <message>
        <source>%1 of %2 gives at most %3 yuan; this visit gives %4 yuan.</source>
        <translation>%2 年度“%1”最高 %3 元，本次慰问为 %4 元。</translation>
    </message>
    <message>
        <source>%1 already had a visit of the kind %2 in %3 (%4); the kind allows one a year.</source>
        <translation>%1 在 %3 年已有过“%2”慰问（%4），该类别每年限一次。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 already had a visit of the kind %2 (%3); the kind allows one only.</source>
        <translation>%1 已有过“%2”慰问（%3），该类别仅限一次。</translation>
    </message>
    <message>
        <source>The kind of the visit no longer exists.</source>
        <translation>该慰问的类别已不存在。</translation>
    </message>
    <message>
        <source>%1 is a kind of the %2 table; a visit on %3 takes a kind of the %4 table.</source>
        <translation>“%1”属于 %2 年度类别表；%3 的慰问须使用 %4 年度类别表中的类别。</translation>
    </message>
    <message>
        <source>The kind refuses visits over its rules.</source>
        <translation>该类别不允许登记超出规定的慰问。</translation>
    </message>
    <message>
        <source>Give the reason for the exception to record it.</source>
        <translation>请填写超标准原因后再登记。</translation>
    </message>
    <message>
        <source>Care visits</source>
        <translation>慰问记录</translation>
    </message>
</context>
<context>
    <name>ud::core::ChangeHistoryModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>数据表</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <source>Shown in: %1</source>
        <translation>显示位置：%1</translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation>打印机：%1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation>名单：%1</translation>
    </message>
    <message>
        <source>Selection: %1</source>
        <translation>范围：%1</translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation>记录数：%1</translation>
    </message>
    <message>
        <source>Full numbers: %1</source>
        <translation>完整号码：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation>列数：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <source>Record</source>
        <comment>the record a change is about, shown by its name</comment>
        <translation>记录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>history action (import step)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>import title, file</comment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>ud::core::ClaimsModel</name>
    <message>
        <source>%1 to %2</source>
        <comment>treatment dates</comment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>不予支付：%1</translation>
    </message>
    <message>
        <source>Paid on %1</source>
        <translation>已于 %1 支付</translation>
    </message>
    <message>
        <source>Paid on %1, voucher %2</source>
        <translation>已于 %1 支付，凭证号 %2</translation>
    </message>
    <message>
        <source>%1 by the rules and a lump sum of %2</source>
        <translation>按规则计算 %1，另加一次性补助 %2</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation>二级工会</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>就医时间</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>可报金额</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>互助金</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>ud::core::Congress</name>
    <message>
        <source>Not decided</source>
        <translation>未审查</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>立案</translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation>不立案</translation>
    </message>
    <message>
        <source>Converted to a suggestion</source>
        <translation>转为意见建议</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>并案</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Co-handling unit</source>
        <translation>协办单位</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未给出</translation>
    </message>
    <message>
        <source>A (solved)</source>
        <translation>A（已解决）</translation>
    </message>
    <message>
        <source>B (in progress or planned)</source>
        <translation>B（正在解决或列入计划）</translation>
    </message>
    <message>
        <source>C (later)</source>
        <translation>C（留作参考，待条件成熟时解决）</translation>
    </message>
    <message>
        <source>D (for reference)</source>
        <translation>D（留作参考）</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>已落实</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>推进中</translation>
    </message>
    <message>
        <source>Not carried out</source>
        <translation>未落实</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主任</translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation>副主任</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>简称(&amp;K)：</translation>
    </message>
    <message>
        <source>e.g. 12-2</source>
        <translation>例如 12-2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. 第十二届教代会暨第十四届工代会第二次会议</source>
        <translation>例如 第十二届教代会暨第十四届工代会第二次会议</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>届</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>届(&amp;T)：</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>次</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>次(&amp;M)：</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Meeting starts</source>
        <translation>会议开始</translation>
    </message>
    <message>
        <source>Meeting &amp;starts:</source>
        <translation>会议开始(&amp;S)：</translation>
    </message>
    <message>
        <source>Meeting ends</source>
        <translation>会议结束</translation>
    </message>
    <message>
        <source>Meeting &amp;ends:</source>
        <translation>会议结束(&amp;E)：</translation>
    </message>
    <message>
        <source>Proposals from</source>
        <translation>提案征集开始</translation>
    </message>
    <message>
        <source>Proposals &amp;from:</source>
        <translation>提案征集开始(&amp;F)：</translation>
    </message>
    <message>
        <source>Proposals until</source>
        <translation>提案征集截止</translation>
    </message>
    <message>
        <source>Proposals &amp;until:</source>
        <translation>提案征集截止(&amp;U)：</translation>
    </message>
    <message>
        <source>e.g. 人事处</source>
        <translation>例如 人事处</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>简称(&amp;S)：</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>排序(&amp;O)：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>This unit handles proposals</source>
        <translation>本单位承办提案</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>e.g. 经济学院代表团</source>
        <translation>例如 经济学院代表团</translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation>二级工会</translation>
    </message>
    <message>
        <source>&amp;Sub-union:</source>
        <translation>二级工会(&amp;S)：</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>团长</translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation>团长(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>会员(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>代表团(&amp;D)：</translation>
    </message>
    <message>
        <source>Serves from</source>
        <translation>任职起始</translation>
    </message>
    <message>
        <source>Serves &amp;from:</source>
        <translation>任职起始(&amp;F)：</translation>
    </message>
    <message>
        <source>Served until</source>
        <translation>任职截止</translation>
    </message>
    <message>
        <source>Served &amp;until:</source>
        <translation>任职截止(&amp;U)：</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>接替</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Delegation name</source>
        <translation>代表团名称</translation>
    </message>
    <message>
        <source>Committee</source>
        <translation>专门委员会</translation>
    </message>
    <message>
        <source>e.g. 提案工作委员会</source>
        <translation>例如 提案工作委员会</translation>
    </message>
    <message>
        <source>Proposal committee</source>
        <translation>提案工作委员会</translation>
    </message>
    <message>
        <source>This is the proposal committee</source>
        <translation>这是提案工作委员会</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>编号(&amp;U)：</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>案由(&amp;T)：</translation>
    </message>
    <message>
        <source>案由: one matter per proposal</source>
        <translation>案由：一事一案</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>建议措施</translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation>建议措施(&amp;M)：</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Proposer&apos;s category</source>
        <translation>提案人所选类别</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>提案人</translation>
    </message>
    <message>
        <source>Proposing delegation</source>
        <translation>提案代表团</translation>
    </message>
    <message>
        <source>Suggested unit</source>
        <translation>建议承办单位</translation>
    </message>
    <message>
        <source>Suggested &amp;unit:</source>
        <translation>建议承办单位(&amp;U)：</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>&amp;Submitted:</source>
        <translation>提交日期(&amp;S)：</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>立案情况</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>审查日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>并入提案</translation>
    </message>
    <message>
        <source>Key proposal</source>
        <translation>重点提案</translation>
    </message>
    <message>
        <source>&amp;Key proposal</source>
        <translation>重点提案(&amp;K)</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>交办日期</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>答复结果</translation>
    </message>
    <message>
        <source>To be completed</source>
        <translation>计划完成</translation>
    </message>
    <message>
        <source>Co-signer</source>
        <translation>附议人</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>测评日期</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>回头看日期</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>发现的问题(&amp;F)：</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>巡视</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>整改事项</translation>
    </message>
</context>
<context>
    <name>ud::core::CongressDemo</name>
    <message>
        <source>The congress already has sessions; demo data is added only to an empty one.</source>
        <translation>教代会已有会议；演示数据只添加到空的教代会中。</translation>
    </message>
    <message>
        <source>The congress demo needs a roster with at least 40 active members.</source>
        <translation>教代会演示数据需要名册中至少有 40 名在职会员。</translation>
    </message>
</context>
<context>
    <name>ud::core::CongressImport</name>
    <message>
        <source>%1 &quot;%2&quot; is not a date.</source>
        <translation>%1“%2”不是日期。</translation>
    </message>
    <message>
        <source>%1 is neither a staff number nor a name on the roster.</source>
        <translation>%1 在会员名册中既不是工号也不是姓名。</translation>
    </message>
    <message numerus="yes">
        <source>%n members are named %1; give the staff number instead.</source>
        <translation>
            <numerusform>有 %n 名会员叫 %1，请改填工号。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a representative of term %2.</source>
        <translation>%1 不是第 %2 届代表。</translation>
    </message>
    <message>
        <source>%1 lacks the column(s) %2.</source>
        <translation>%1 缺少列：%2。</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged</source>
        <translation>新增 %1，更新 %2，未变 %3</translation>
    </message>
    <message numerus="yes">
        <source>; %n new delegation(s)</source>
        <translation>
            <numerusform>；新增代表团 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n new handling unit(s)</source>
        <translation>
            <numerusform>；新增承办单位 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lacks the column 工号 or 姓名.</source>
        <translation>%1 缺少“工号”或“姓名”列。</translation>
    </message>
    <message>
        <source>staff number %1 is %2 on the roster, not %3.</source>
        <translation>工号 %1 在会员名册中是 %2，不是 %3。</translation>
    </message>
    <message>
        <source>the row names nobody (工号 and 姓名 are empty).</source>
        <translation>该行没有人员（工号和姓名都为空）。</translation>
    </message>
    <message>
        <source>代表团 is empty.</source>
        <translation>代表团为空。</translation>
    </message>
    <message>
        <source>提案号 is empty.</source>
        <translation>提案号为空。</translation>
    </message>
    <message>
        <source>proposal %1 is already stored in session %2.</source>
        <translation>提案 %1 已保存在会议 %2 中。</translation>
    </message>
    <message>
        <source>类型 &quot;%1&quot; is neither 提案 nor 意见建议.</source>
        <translation>类型“%1”既不是提案也不是意见建议。</translation>
    </message>
    <message>
        <source>提案人 is empty.</source>
        <translation>提案人为空。</translation>
    </message>
    <message>
        <source>重点提案 &quot;%1&quot; is neither 是 nor 否.</source>
        <translation>重点提案“%1”既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <source>立案情况 &quot;%1&quot; is none of 立案, 不立案, 转为意见建议, 并案, 撤回.</source>
        <translation>立案情况“%1”不是立案、不立案、转为意见建议、并案、撤回之一。</translation>
    </message>
    <message>
        <source>并案 needs 并入提案号.</source>
        <translation>并案需要填写并入提案号。</translation>
    </message>
    <message>
        <source>并入提案号 %1 is not a proposal of this session.</source>
        <translation>并入提案号 %1 不是本次会议的提案。</translation>
    </message>
    <message>
        <source>并入提案号 is given, but 立案情况 is not 并案.</source>
        <translation>填写了并入提案号，但立案情况不是并案。</translation>
    </message>
    <message>
        <source>协办单位, 答复 and 满意度 need a 主办单位.</source>
        <translation>协办单位、答复和满意度需要先有主办单位。</translation>
    </message>
    <message>
        <source>答复结果 &quot;%1&quot; is none of A, B, C, D.</source>
        <translation>答复结果“%1”不是 A、B、C、D 之一。</translation>
    </message>
    <message>
        <source>答复结果 and 满意度 need the 答复日期.</source>
        <translation>答复结果和满意度需要填写答复日期。</translation>
    </message>
    <message>
        <source>满意度 &quot;%1&quot; is none of 满意, 基本满意, 不满意.</source>
        <translation>满意度“%1”不是满意、基本满意、不满意之一。</translation>
    </message>
</context>
<context>
    <name>ud::core::CongressRepositories</name>
    <message>
        <source>There is no congress session with the key %1.</source>
        <translation>没有简称为 %1 的教代会会议。</translation>
    </message>
    <message>
        <source>The proposal window closes before it opens.</source>
        <translation>提案征集截止日期早于开始日期。</translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation>会议结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Term %1 already has a delegation named %2.</source>
        <translation>第 %1 届已有名为 %2 的代表团。</translation>
    </message>
    <message>
        <source>Give the day the new representative starts.</source>
        <translation>请填写新代表的任职起始日期。</translation>
    </message>
    <message>
        <source>%1 was already replaced or left on %2.</source>
        <translation>%1 已于 %2 被接替或离任。</translation>
    </message>
    <message>
        <source>%1 only started on %2; the replacement must start later.</source>
        <translation>%1 于 %2 才开始任职，接替日期必须晚于此日。</translation>
    </message>
    <message>
        <source>This member is already a representative of term %1.</source>
        <translation>该会员已是第 %1 届代表。</translation>
    </message>
    <message>
        <source>The delegation does not exist.</source>
        <translation>该代表团不存在。</translation>
    </message>
    <message>
        <source>The delegation belongs to term %1, not to term %2.</source>
        <translation>该代表团属于第 %1 届，不属于第 %2 届。</translation>
    </message>
    <message>
        <source>The member does not exist.</source>
        <translation>该会员不存在。</translation>
    </message>
    <message>
        <source>The service ends before it starts.</source>
        <translation>任职截止日期早于起始日期。</translation>
    </message>
</context>
<context>
    <name>ud::core::Csv</name>
    <message>
        <source>This system cannot read GB18030 text.</source>
        <translation>本系统无法读取 GB18030 编码的文本。</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>a quoted cell starts here (&quot;) and is never closed: it runs on to the end of the file. Add the missing closing quote and import again.</source>
        <translation>此处以引号（&quot;）开始的单元格没有结束引号，一直延续到文件末尾。请补上缺少的结束引号后重新导入。</translation>
    </message>
    <message>
        <source>a quoted cell starts here (&quot;) and runs on across the line break into what look like the following rows: its closing quote is missing. Add it and import again.</source>
        <translation>此处以引号（&quot;）开始的单元格跨过换行延续到了看起来是后面几行的内容：缺少结束引号。请补上后重新导入。</translation>
    </message>
    <message>
        <source>the bytes of this row are not %1 text, the encoding the rest of the file is read in (a row saved in another encoding?). Nothing was imported. Save the whole file in one encoding, or name its encoding with --encoding utf-8|gb18030 (in the window: the encoding choice of the import).</source>
        <translation>此行的字节不是 %1 文本，而文件其余部分是按 %1 读取的（可能是以另一种编码保存的行）。未导入任何内容。请将整个文件以同一种编码保存，或用 --encoding utf-8|gb18030 指定其编码（在窗口中：导入时的编码选项）。</translation>
    </message>
</context>
<context>
    <name>ud::core::Dashboard</name>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>items</source>
        <translation>项</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>(no sub-union)</source>
        <translation>（无二级工会）</translation>
    </message>
    <message>
        <source>Members by sub-union</source>
        <translation>各二级工会会员人数</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Gender not recorded</source>
        <translation>性别未登记</translation>
    </message>
    <message>
        <source>Members by age</source>
        <translation>会员年龄结构</translation>
    </message>
    <message>
        <source>under %1</source>
        <translation>%1 岁以下</translation>
    </message>
    <message>
        <source>%1 and over</source>
        <translation>%1 岁及以上</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2 岁</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) without a birth date or gender not shown</source>
        <translation>
            <numerusform>%n 名会员未登记出生日期或性别，未计入</numerusform>
        </translation>
    </message>
    <message>
        <source>Joined and left</source>
        <translation>入会与离会</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会</translation>
    </message>
    <message>
        <source>Left (retired, left, deceased)</source>
        <translation>离会（退休、调离、去世）</translation>
    </message>
    <message>
        <source>Work schedule by month</source>
        <translation>各月工作进度</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Proposals by category</source>
        <translation>提案类别分布</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>(uncategorised)</source>
        <translation>（未分类）</translation>
    </message>
    <message>
        <source>Proposals by stage</source>
        <translation>提案办理状态</translation>
    </message>
    <message>
        <source>Satisfaction rate %1 % (%2 of %3 rated)</source>
        <translation>满意率 %1%（已测评 %3 件，其中满意 %2 件）</translation>
    </message>
    <message>
        <source>Mutual-aid payouts by month</source>
        <translation>各月互助金支付</translation>
    </message>
    <message>
        <source>Mutual-aid fund balances</source>
        <translation>互助基金结余</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>结余</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>Awards by sub-union</source>
        <translation>各二级工会获奖情况</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>已获奖</translation>
    </message>
    <message>
        <source>Selected, list not final</source>
        <translation>已入选（名单未定稿）</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) have a birthday this month</source>
        <translation>
            <numerusform>本月有 %n 名会员过生日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work item(s) of this month not done yet</source>
        <translation>
            <numerusform>本月有 %n 项工作尚未完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work item(s) due by %1</source>
        <translation>
            <numerusform>%n 项工作须于 %1 前完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal reply(s) overdue, the oldest since %1</source>
        <translation>
            <numerusform>%n 件提案答复已逾期，最早的办理期限为 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal reply(s) due, the first by %1</source>
        <translation>
            <numerusform>%n 件提案即将到答复期限，最早的期限为 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mutual-aid claim(s) waiting for review</source>
        <translation>
            <numerusform>%n 件互助金申请待审核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n award round(s) in 公示, the first ending on %1</source>
        <translation>
            <numerusform>%n 个评选批次正在公示，最早于 %1 结束</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) reach retirement age by %1, the first on %2</source>
        <translation>
            <numerusform>截至 %1 有 %n 名会员到达法定退休年龄，最早的于 %2 到龄</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mutual-aid enrollment open in %n period(s), until %1</source>
        <translation>
            <numerusform>%n 期互助正在办理参加登记，截至 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mutual-aid enrollment open in %n period(s)</source>
        <translation>
            <numerusform>%n 期互助正在办理参加登记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mutual-aid enrollment closes on %1 (%n period(s))</source>
        <translation>
            <numerusform>互助参加登记将于 %1 截止（%n 期）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::core::Database</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 is not a UnionDesk database (it is not a SQLite database at all). It has not been changed.</source>
        <translation>文件 %1 不是工会事务台数据库（它根本不是 SQLite 数据库）。该文件未被改动。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged (it is truncated or its header is broken). It has not been changed; restore it from a backup.</source>
        <translation>数据库文件 %1 已损坏（文件不完整或文件头损坏）。该文件未被改动，请从备份恢复。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged: %2. It has not been changed; restore it from a backup.</source>
        <translation>数据库文件 %1 已损坏：%2。该文件未被改动，请从备份恢复。</translation>
    </message>
    <message>
        <source>The file %1 is a SQLite database of another program, not a UnionDesk database. It has not been changed.</source>
        <translation>文件 %1 是其他程序的 SQLite 数据库，不是工会事务台数据库。该文件未被改动。</translation>
    </message>
    <message>
        <source>The database %1 is on a network share. SQLite cannot lock files on network shares reliably and data could be lost when two computers write at once. Keep the file on this computer&apos;s own disk, or let several computers share a PostgreSQL server (--db postgresql://user@server/uniondesk).</source>
        <translation>数据库 %1 位于网络共享上。SQLite 无法可靠地锁定网络共享上的文件，两台电脑同时写入时可能丢失数据。请把文件放在本机磁盘上；如需多台电脑共用，请使用 PostgreSQL 服务器（--db postgresql://用户@服务器/uniondesk）。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer UnionDesk (schema version %2; this version knows up to %3). Open it with the newer UnionDesk. It has not been changed.</source>
        <translation>数据库 %1 由更新版本的工会事务台写入（结构版本 %2，本版本最高支持 %3）。请用新版本打开。该数据库未被改动。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>未安装 Qt 的 SQLite 驱动（软件包 libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 asks for a password. Give it in PGPASSWORD or ~/.pgpass, or type it when asked.</source>
        <translation>PostgreSQL 服务器 %1 需要密码。请在 PGPASSWORD 或 ~/.pgpass 中提供，或在提示时输入。</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server %1: %2</source>
        <translation>无法连接 PostgreSQL 服务器 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 already holds tables of another program; it is not a UnionDesk database. Nothing was changed.</source>
        <translation>数据库 %1 中已有其他程序的数据表，不是工会事务台数据库。未做任何改动。</translation>
    </message>
    <message>
        <source>Row %1 of table %2 points to a missing row of %3.</source>
        <translation>数据表 %2 的第 %1 行引用了 %3 中不存在的记录。</translation>
    </message>
    <message>
        <source>The database file %1 was left in the middle of a change that cannot be rolled back now. It has not been changed; close every other program that uses it and try again.</source>
        <translation>数据库文件 %1 停在一次未完成的修改中，现在无法回滚。文件未作任何改动；请关闭使用它的其他程序后重试。</translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation>它是以只读方式打开的</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>%1 处没有数据库。</translation>
    </message>
    <message>
        <source>The database %1 cannot be created: %2</source>
        <translation>无法创建数据库 %1：%2</translation>
    </message>
    <message>
        <source>the file is write-protected</source>
        <translation>文件受写保护</translation>
    </message>
    <message>
        <source>its folder %1 is write-protected</source>
        <translation>其所在文件夹 %1 受写保护</translation>
    </message>
    <message>
        <source>the files SQLite keeps beside it (%1-wal, %1-shm) are write-protected</source>
        <translation>SQLite 在其旁边保存的文件（%1-wal、%1-shm）受写保护</translation>
    </message>
    <message>
        <source>The database %1 cannot be created: %2.</source>
        <translation>无法创建数据库 %1：%2。</translation>
    </message>
    <message>
        <source>Row %1 of table %2 is in the change history but missing from the table.</source>
        <translation>数据表 %2 的第 %1 行在变更记录中存在，但表中缺少该行。</translation>
    </message>
    <message>
        <source>Row %1 of table %2 has no entry in the change history.</source>
        <translation>数据表 %2 的第 %1 行在变更记录中没有记录。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read here: %2. Check that you may read the file and write in its folder (SQLite keeps its -wal and -shm files beside it), or copy the file to a folder of your own.</source>
        <translation>此处无法读取数据库文件 %1：%2。请检查您是否有权读取该文件并在其所在文件夹中写入（SQLite 会在其旁边保存 -wal 和 -shm 文件），或将该文件复制到您自己的文件夹中。</translation>
    </message>
    <message>
        <source>The file %1 is an empty SQLite database that UnionDesk did not make; it may belong to another program. UnionDesk only creates a database in a new or empty (0-byte) file. It has not been changed.</source>
        <translation>文件 %1 是一个并非由工会事务台创建的空 SQLite 数据库，可能属于其他程序。工会事务台只在新文件或空文件（0 字节）中创建数据库。该文件未被改动。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Give the name of a database file in it.</source>
        <translation>%1 是文件夹，不是数据库文件。请给出其中一个数据库文件的名称。</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a device, a pipe or a socket), so it cannot hold a database. Nothing was written there.</source>
        <translation>%1 不是普通文件（而是设备、管道或套接字），不能存放数据库。未向其写入任何内容。</translation>
    </message>
</context>
<context>
    <name>ud::core::DatabaseLocation</name>
    <message>
        <source>No database given.</source>
        <translation>未指定数据库。</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid: %1</source>
        <translation>PostgreSQL 地址无效：%1</translation>
    </message>
    <message>
        <source>The PostgreSQL address names no database, e.g. postgresql://clerk@server:5432/uniondesk</source>
        <translation>PostgreSQL 地址中没有数据库名，例如 postgresql://clerk@server:5432/uniondesk</translation>
    </message>
</context>
<context>
    <name>ud::core::DateText</name>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>ud::core::DemoData</name>
    <message>
        <source>The number of members must be between 1 and %1.</source>
        <translation>会员人数必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The new member&apos;s id was not returned.</source>
        <translation>数据库未返回新会员的编号。</translation>
    </message>
</context>
<context>
    <name>ud::core::FailedRows</name>
    <message>
        <source>Error reason</source>
        <translation>错误原因</translation>
    </message>
    <message>
        <source>Rows to correct</source>
        <translation>待更正的行</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>ud::core::ImportLog</name>
    <message>
        <source>The import log names a table this version does not know (%1).</source>
        <translation>导入记录中有本版本不认识的数据表（%1）。</translation>
    </message>
    <message>
        <source>Some of its records were deleted meanwhile.</source>
        <translation>其中部分记录已在此期间被删除。</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>记录 %1</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1（%2）</translation>
    </message>
    <message>
        <source>• %1 (%2): %3 on %4 by %5</source>
        <comment>record (table): changed on time by user</comment>
        <translation>• %1（%2）：%5 于 %4 %3</translation>
    </message>
    <message numerus="yes">
        <source>• and %n more</source>
        <translation>
            <numerusform>• 另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>batch title (time)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>copy undone</source>
        <translation>撤销复制</translation>
    </message>
    <message>
        <source>copy redone</source>
        <translation>重做复制</translation>
    </message>
    <message>
        <source>copy to next year</source>
        <translation>复制到下一年</translation>
    </message>
    <message>
        <source>import undone</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>import redone</source>
        <translation>重做导入</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Copy to next year</source>
        <translation>复制到下一年</translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation>导入：%1</translation>
    </message>
    <message>
        <source>%L1 added</source>
        <translation>新增 %L1</translation>
    </message>
    <message>
        <source>%L1 changed</source>
        <translation>修改 %L1</translation>
    </message>
    <message>
        <source>%L1 removed</source>
        <translation>删除 %L1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>table: counts</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The import log has no entry %1.</source>
        <translation>导入记录中没有第 %1 条。</translation>
    </message>
    <message>
        <source>%1 has already been undone.</source>
        <translation>%1 已经撤销过了。</translation>
    </message>
    <message>
        <source>%1 cannot be undone: these records were changed after it.

%2

Nothing was changed. Undo those changes first, or set the records back by hand.</source>
        <translation>%1 无法撤销：以下记录在导入之后又被修改过。

%2

未做任何更改。请先撤销这些修改，或手工将这些记录改回原样。</translation>
    </message>
    <message>
        <source>%1 could not be undone: %2

Nothing was changed.</source>
        <translation>%1 撤销失败：%2

未做任何更改。</translation>
    </message>
    <message>
        <source>%1 has not been undone, so it cannot be done again.</source>
        <translation>%1 尚未撤销，无法重做。</translation>
    </message>
    <message>
        <source>%1 cannot be done again: these records were changed after it was undone.

%2

Nothing was changed.</source>
        <translation>%1 无法重做：以下记录在撤销之后又被修改过。

%2

未做任何更改。</translation>
    </message>
    <message>
        <source>%1 could not be done again: %2

Nothing was changed.</source>
        <translation>%1 重做失败：%2

未做任何更改。</translation>
    </message>
</context>
<context>
    <name>ud::core::ImportLogModel</name>
    <message>
        <source>Undone %1 by %2</source>
        <translation>已由 %2 于 %1 撤销</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变动</translation>
    </message>
</context>
<context>
    <name>ud::core::ImportPreview</name>
    <message>
        <source>%1 %2 is already stored; choose to skip or to update such rows.</source>
        <translation>%1 %2 已存在；请选择跳过或更新这类行。</translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 unchanged, %4 invalid, %5 repeated in the file</source>
        <translation>新增 %1 行，更新 %2 行，无变化 %3 行，无效 %4 行，文件内重复 %5 行</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation>文件内重复</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 skipped, %5 invalid</source>
        <translation>新增 %1，更新 %2，无变化 %3，跳过 %4，无效 %5</translation>
    </message>
</context>
<context>
    <name>ud::core::ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>ud::core::Member</name>
    <message>
        <source>Active</source>
        <translation>在册</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>调离</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>去世</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation>二级工会</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Position/title</source>
        <translation>职务/职称</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>学历</translation>
    </message>
    <message>
        <source>Political status</source>
        <translation>政治面貌</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>用工形式</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Joined union</source>
        <translation>入会时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From sub-union</source>
        <translation>原二级工会</translation>
    </message>
    <message>
        <source>Original retirement age</source>
        <translation>原法定退休年龄</translation>
    </message>
</context>
<context>
    <name>ud::core::MemberColumns</name>
    <message>
        <source>Sub-union code</source>
        <translation>二级工会代码</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
</context>
<context>
    <name>ud::core::MemberEvent</name>
    <message>
        <source>Joined</source>
        <translation>入会</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>调动</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>调离</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>去世</translation>
    </message>
    <message>
        <source>Rejoined</source>
        <translation>重新入会</translation>
    </message>
</context>
<context>
    <name>ud::core::MemberExport</name>
    <message>
        <source>search &quot;%1&quot;</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <source>sub-union %1</source>
        <translation>二级工会 %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>状态 %1</translation>
    </message>
    <message>
        <source>gender %1</source>
        <translation>性别 %1</translation>
    </message>
    <message>
        <source>age %1–%2</source>
        <translation>年龄 %1–%2</translation>
    </message>
    <message>
        <source>birth month %1</source>
        <translation>出生月份 %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>all members</source>
        <translation>全部会员</translation>
    </message>
    <message>
        <source>%1: the file name must end in .xlsx or .csv.</source>
        <translation>%1：文件名必须以 .xlsx 或 .csv 结尾。</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ud::core::MemberImport</name>
    <message>
        <source>imported %1, updated %2, skipped %3, invalid %4</source>
        <translation>导入 %1，更新 %2，跳过 %3，无效 %4</translation>
    </message>
    <message>
        <source>The ID number was stored as a number in Excel and has lost its last digits. Format the column as text and enter the numbers again.</source>
        <translation>身份证号在 Excel 中被存成了数字，末尾几位已丢失。请把该列设为文本格式，重新录入号码。</translation>
    </message>
    <message>
        <source>The birth date &quot;%1&quot; is not a date (write it as 1985-03-02).</source>
        <translation>出生日期“%1”不是有效日期（请写成 1985-03-02 的形式）。</translation>
    </message>
    <message>
        <source>The join date &quot;%1&quot; is not a date (write it as 2010-09-01).</source>
        <translation>入会时间“%1”不是有效日期（请写成 2010-09-01 的形式）。</translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is not known; use one of: %2.</source>
        <translation>无法识别状态“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>The sub-union %1 has the code %2, not %3.</source>
        <translation>二级工会 %1 的代码是 %2，不是 %3。</translation>
    </message>
    <message>
        <source>The staff number %1 belongs to %2, but the ID number to %3 (staff number %4).</source>
        <translation>工号 %1 属于 %2，而身份证号属于 %3（工号 %4）。</translation>
    </message>
    <message>
        <source>The staff number %1 is also in row %2.</source>
        <translation>工号 %1 在第 %2 行也出现了。</translation>
    </message>
    <message>
        <source>The ID number %1 is also in row %2.</source>
        <translation>身份证号 %1 在第 %2 行也出现了。</translation>
    </message>
    <message>
        <source>The member with staff number %1 was deleted meanwhile; import again.</source>
        <translation>工号为 %1 的会员在此期间已被删除，请重新导入。</translation>
    </message>
    <message>
        <source>The sub-union %1 does not exist (rows %2).</source>
        <translation>二级工会 %1 不存在（第 %2 行）。</translation>
    </message>
    <message>
        <source>The original retirement age &quot;%1&quot; is not 50 or 55.</source>
        <translation>原法定退休年龄“%1”不是50或55。</translation>
    </message>
    <message>
        <source>The sub-union %1 does not exist (rows %2); it may be the stored %3.</source>
        <translation>二级工会 %1 不存在（第 %2 行），可能是已有的“%3”。</translation>
    </message>
    <message>
        <source>The sub-union %1 does not exist (rows %2); it may be one of the stored %3.</source>
        <translation>二级工会 %1 不存在（第 %2 行），可能是已有的以下二级工会之一：%3。</translation>
    </message>
</context>
<context>
    <name>ud::core::MemberImportTemplate</name>
    <message>
        <source>Example: replace this row with your members</source>
        <translation>示例行：请替换为本单位会员信息</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
</context>
<context>
    <name>ud::core::MemberLists</name>
    <message>
        <source>No sub-union</source>
        <translation>无二级工会</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Mobile numbers are masked.</source>
        <translation>手机号已脱敏。</translation>
    </message>
    <message>
        <source>Birthdays in %1</source>
        <translation>%1生日名单</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation>二级工会</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号</translation>
    </message>
    <message>
        <source>Active and retired members</source>
        <translation>在册及退休会员</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>在册会员</translation>
    </message>
    <message>
        <source>Upcoming retirements</source>
        <translation>即将退休名单</translation>
    </message>
    <message>
        <source>Retirement age</source>
        <translation>退休年龄</translation>
    </message>
    <message>
        <source>Retires on</source>
        <translation>退休日期</translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s) without a birth date or gender are not considered.</source>
        <translation>
            <numerusform>有 %n 名在册会员缺少出生日期或性别，未计算在内。</numerusform>
        </translation>
    </message>
    <message>
        <source>Roster as of %1</source>
        <translation>会员名册（截至 %1）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Joined union</source>
        <translation>入会时间</translation>
    </message>
    <message>
        <source>active %1, retired %2</source>
        <translation>在册 %1，退休 %2</translation>
    </message>
    <message>
        <source>Reproduced from the dated status history.</source>
        <translation>根据带日期的状态变动记录还原。</translation>
    </message>
    <message>
        <source>%1 to %2 · statutory ages of the 2025 rise, women from %3 unless recorded · %4</source>
        <translation>%1至%2 · 按2025年起渐进式延迟法定退休年龄，女职工未登记的按原%3周岁 · %4</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员名单</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <source>aged %1–%2</source>
        <translation>%1–%2 岁</translation>
    </message>
    <message>
        <source>birthdays in month %1</source>
        <translation>%1 月生日</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>ID and mobile numbers are masked.</source>
        <translation>身份证号和手机号已部分隐藏。</translation>
    </message>
</context>
<context>
    <name>ud::core::MemberRepository</name>
    <message>
        <source>The staff number is required.</source>
        <translation>必须填写工号。</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>必须填写姓名。</translation>
    </message>
    <message>
        <source>The gender must be male or female.</source>
        <translation>性别必须为男或女。</translation>
    </message>
    <message>
        <source>The staff number %1 already belongs to %2.</source>
        <translation>工号 %1 已被 %2 使用。</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>身份证号：%1</translation>
    </message>
    <message>
        <source>The ID number already belongs to %1 (staff number %2).</source>
        <translation>该身份证号已属于 %1（工号 %2）。</translation>
    </message>
    <message>
        <source>The birth date %1 does not match the ID number (%2).</source>
        <translation>出生日期 %1 与身份证号中的出生日期（%2）不符。</translation>
    </message>
    <message>
        <source>The ID number belongs to a man, but the gender is female.</source>
        <translation>身份证号显示为男性，但性别填写为女。</translation>
    </message>
    <message>
        <source>The ID number belongs to a woman, but the gender is male.</source>
        <translation>身份证号显示为女性，但性别填写为男。</translation>
    </message>
    <message>
        <source>Mobile phone: %1</source>
        <translation>手机号码：%1</translation>
    </message>
    <message>
        <source>The birth date lies in the future.</source>
        <translation>出生日期晚于今天。</translation>
    </message>
    <message>
        <source>The join date lies in the future.</source>
        <translation>入会时间晚于今天。</translation>
    </message>
    <message>
        <source>The join date lies before the birth date.</source>
        <translation>入会时间早于出生日期。</translation>
    </message>
    <message>
        <source>The sub-union does not exist.</source>
        <translation>该二级工会不存在。</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>该会员已不存在。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be deleted because other records refer to this member (%2). Record that the member left instead.</source>
        <translation>无法删除会员 %1，仍有其他记录引用该会员（%2）。请改为登记该会员调离。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>The date of the event is required.</source>
        <translation>必须填写变动日期。</translation>
    </message>
    <message>
        <source>The date of the event lies in the future.</source>
        <translation>变动日期晚于今天。</translation>
    </message>
    <message>
        <source>The event lies before the member joined.</source>
        <translation>变动日期早于该会员的入会时间。</translation>
    </message>
    <message>
        <source>A transfer needs the sub-union the member moves to.</source>
        <translation>调动须指定会员调入的二级工会。</translation>
    </message>
    <message>
        <source>The member already belongs to that sub-union.</source>
        <translation>该会员已属于这个二级工会。</translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation>该变动记录已不存在。</translation>
    </message>
    <message>
        <source>A woman&apos;s original retirement age is 50 or 55, not %1.</source>
        <translation>女职工原法定退休年龄应为50或55周岁，不能是%1。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>This field cannot be set for several members at once.</source>
        <translation>该字段不能批量修改。</translation>
    </message>
</context>
<context>
    <name>ud::core::Nominations</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The nomination no longer exists; another user may have deleted it.</source>
        <translation>该推荐已不存在，可能已被其他用户删除。</translation>
    </message>
    <message>
        <source>The round of the nomination does not exist.</source>
        <translation>该推荐所属的评选批次不存在。</translation>
    </message>
    <message>
        <source>Rule: %1 is awarded to individuals only; this nomination is of a collective.</source>
        <translation>规则：“%1”只授予个人，而本推荐对象是集体。</translation>
    </message>
    <message>
        <source>Rule: %1 is awarded to collectives only; this nomination is of a member.</source>
        <translation>规则：“%1”只授予集体，而本推荐对象是个人。</translation>
    </message>
    <message>
        <source>Give the member who is nominated.</source>
        <translation>请选择被推荐的会员。</translation>
    </message>
    <message>
        <source>Give the name of the collective.</source>
        <translation>请填写集体名称。</translation>
    </message>
    <message>
        <source>The numbers of people are 0–99999.</source>
        <translation>人数应为 0–99999。</translation>
    </message>
    <message>
        <source>Give the number of people of the collective with its number of women.</source>
        <translation>填写女性人数时须同时填写集体总人数。</translation>
    </message>
    <message>
        <source>The collective has %1 people; it cannot have %2 women.</source>
        <translation>该集体共 %1 人，女性人数不能为 %2。</translation>
    </message>
    <message>
        <source>The collective has %1 people, but %2 members are listed.</source>
        <translation>该集体共 %1 人，但列出了 %2 名会员。</translation>
    </message>
    <message>
        <source>A member is listed twice in the collective.</source>
        <translation>集体中有会员被重复列出。</translation>
    </message>
    <message>
        <source>A score is 0–100.</source>
        <translation>评分应为 0–100。</translation>
    </message>
    <message>
        <source>Votes cannot be fewer than 0.</source>
        <translation>票数不能小于 0。</translation>
    </message>
    <message>
        <source>%1 has no quota in round %2; this is its nomination number %3.</source>
        <translation>%1 在评选批次 %2 中没有名额；这是其第 %3 个推荐。</translation>
    </message>
    <message numerus="yes">
        <source>%1 may nominate %n in round %2; this is its nomination number %3.</source>
        <translation>
            <numerusform>%1 在评选批次 %2 中的名额为 %n 个；这是其第 %3 个推荐。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was given %2 in %3; it is given to the same nominee only once.</source>
        <translation>%1 已于 %3 年获得“%2”；该奖项同一对象只能获得一次。</translation>
    </message>
    <message numerus="yes">
        <source>%1 was given %2 in %3; it is not given to the same nominee again within %n year(s).</source>
        <translation>
            <numerusform>%1 已于 %3 年获得“%2”；该奖项 %n 年内不得重复授予同一对象。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs at least %2 % women; %3 gives no people.</source>
        <translation>“%1”要求女性比例不低于 %2%；%3 未填写人数。</translation>
    </message>
    <message>
        <source>%1 needs at least %2 % women; %3 has %4 women among %5 people (%6 %).</source>
        <translation>“%1”要求女性比例不低于 %2%；%3 共 %5 人，其中女性 %4 人（%6%）。</translation>
    </message>
    <message>
        <source>%1 needs a woman as the collective&apos;s head; %2 names no head.</source>
        <translation>“%1”要求集体负责人为女性；%2 未填写负责人。</translation>
    </message>
    <message>
        <source>%1 needs a woman as the collective&apos;s head; the head of %2, %3, is not recorded as a woman.</source>
        <translation>“%1”要求集体负责人为女性；%2 的负责人 %3 登记的性别不是女性。</translation>
    </message>
    <message>
        <source>%1 needs a collective of at least %2 people; %3 has %4.</source>
        <translation>“%1”要求集体人数不少于 %2 人；%3 只有 %4 人。</translation>
    </message>
    <message>
        <source>%1 is not an active member (%2).</source>
        <translation>%1 不是在册会员（%2）。</translation>
    </message>
    <message>
        <source>The head of %1, %2, is not an active member (%3).</source>
        <translation>%1 的负责人 %2 不是在册会员（%3）。</translation>
    </message>
    <message>
        <source>%1 is already nominated in round %2 (by %3).</source>
        <translation>%1 已在评选批次 %2 中被推荐（推荐单位：%3）。</translation>
    </message>
    <message>
        <source>the deeds of %1 have %2 characters; %3 asks for at least %4.</source>
        <translation>%1 的事迹材料为 %2 字，“%3”要求不少于 %4 字。</translation>
    </message>
    <message>
        <source>Rule: round %1 no longer takes nominations; it is %2.</source>
        <translation>规则：评选批次 %1 已不再接受推荐，当前为“%2”。</translation>
    </message>
    <message>
        <source>%1 is already withdrawn.</source>
        <translation>%1 的推荐已撤回。</translation>
    </message>
    <message>
        <source>Rule: round %1 is past its nominations; withdraw %2 instead of deleting it.</source>
        <translation>规则：评选批次 %1 的推荐已截止；请撤回对 %2 的推荐，而不是删除。</translation>
    </message>
    <message>
        <source>%1 has objections; it cannot be deleted.</source>
        <translation>对 %1 的推荐已有异议记录，不能删除。</translation>
    </message>
</context>
<context>
    <name>ud::core::NoticeParser</name>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>「%1」 gives days off and working days in one sentence; they cannot be told apart.</source>
        <translation>「%1」在同一句中既有放假日期又有上班日期，无法区分。</translation>
    </message>
    <message>
        <source>「%1」 gives days without saying 放假 (day off) or 上班 (working day).</source>
        <translation>「%1」列出了日期，但没有注明“放假”或“上班”。</translation>
    </message>
    <message>
        <source>「%1」 names a day without making it a day off (放假) or a working day (上班); it stays as an ordinary week has it.</source>
        <translation>「%1」提到了日期，但没有注明“放假”或“上班”；该日按平常安排。</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation>%1 不是有效日期。</translation>
    </message>
    <message>
        <source>%1 is not near the year %2 of the notice.</source>
        <translation>%1 与通知年度 %2 相差太远。</translation>
    </message>
    <message>
        <source>%1 is a %2, not a %3 as the notice says.</source>
        <translation>%1 是%2，不是通知中所写的%3。</translation>
    </message>
    <message>
        <source>the days off in 「%1」 cannot be read; a notice writes them as 2月10日至17日 or 1月1日.</source>
        <translation>无法识别「%1」中的放假日期；通知中应写作“2月10日至17日”或“1月1日”。</translation>
    </message>
    <message>
        <source>the days off in 「%1」 end before they begin.</source>
        <translation>「%1」中的放假结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>the days off in 「%1」 run longer than a month.</source>
        <translation>「%1」中的放假时间超过一个月。</translation>
    </message>
    <message>
        <source>the working days in 「%1」 cannot be read; a notice writes them as 2月4日（星期日）、2月18日（星期日）上班.</source>
        <translation>无法识别「%1」中的上班日期；通知中应写作“2月4日（星期日）、2月18日（星期日）上班”。</translation>
    </message>
    <message>
        <source>%1 to %2 are %3 days, but the notice says %4.</source>
        <translation>%1 至 %2 共 %3 天，但通知写的是“%4”。</translation>
    </message>
    <message>
        <source>%1 is given twice (also on line %2).</source>
        <translation>%1 重复出现（第 %2 行也有）。</translation>
    </message>
    <message>
        <source>The text is too long to be a notice (%1 characters; a notice has a few thousand).</source>
        <translation>文本过长，不像是一份通知（%1 个字符；一份通知只有几千字）。</translation>
    </message>
    <message>
        <source>the line is too long to be a line of a notice (%1 characters).</source>
        <translation>该行过长，不像是通知中的一行（%1 个字符）。</translation>
    </message>
    <message>
        <source>the notice is for %1, not for %2.</source>
        <translation>这是 %1 年的通知，不是 %2 年的。</translation>
    </message>
    <message>
        <source>No days off or working days were read. A notice gives them in lines such as 「二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。」</source>
        <translation>未识别出任何放假或上班日期。通知中应有这样的行：「二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。」</translation>
    </message>
</context>
<context>
    <name>ud::core::PlanDocument</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is in an old Word format. Save it as .docx (or as plain text) and import that.</source>
        <translation>%1 是旧版 Word 格式。请另存为 .docx（或纯文本）后再导入。</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1 is not a Word document (.docx): it has no %2.</source>
        <translation>%1 不是 Word 文档（.docx）：缺少 %2。</translation>
    </message>
    <message>
        <source>%1 is damaged: its text cannot be read (%2).</source>
        <translation>%1 已损坏：无法读取其中的文字（%2）。</translation>
    </message>
    <message>
        <source>No numbered section heading was found. A work plan is expected to have sections headed 一、二、三、… with numbered points or items under them (1. …), and a schedule that gives each item its months, such as 1. 召开教代会（6月底前）.</source>
        <translation>未找到带编号的章节标题。工作要点应有以“一、二、三、……”为标题的部分，其下为带编号的要点或事项（1. ……），并附有注明各事项月份的工作进度安排，例如“1. 召开教代会（6月底前）”。</translation>
    </message>
    <message>
        <source>No schedule item with its months was found. A work plan is expected to have a schedule (the attachment 主要工作进度安排) with sections headed 一、二、… or by month (三月份), and items that give their months, such as 1. 召开教代会（6月底前）.</source>
        <translation>未找到注明月份的工作进度安排事项。工作要点应附有工作进度安排（附件“主要工作进度安排”），其各部分以“一、二、……”或月份（如“三月份”）为标题，各事项注明月份，例如“1. 召开教代会（6月底前）”。</translation>
    </message>
    <message>
        <source>%1 is not a Word document (.docx). Import the plan as a .docx or as a plain-text (.txt) file.</source>
        <translation>%1 不是 Word 文档（.docx）。请以 .docx 或纯文本（.txt）文件导入工作要点。</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete (cut short when it was copied or downloaded?): it cannot be read as a Word document (.docx). Copy it again, or open it in Word and save it again.</source>
        <translation>%1 已损坏或不完整（复制或下载时被截断？），无法作为 Word 文档（.docx）读取。请重新复制该文件，或在 Word 中打开后重新保存。</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>ud::core::PrintedDocument</name>
    <message>
        <source>The printer or file could not be opened for printing.</source>
        <translation>无法打开打印机或文件进行打印。</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>- %1 -</source>
        <translation>- %1 -</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: only .pdf and .odt files can be written.</source>
        <translation>%1：只能写出 .pdf 和 .odt 文件。</translation>
    </message>
</context>
<context>
    <name>ud::core::ProposalDocuments</name>
    <message>
        <source>No proposal of %1 is filed: there is nothing to compile.</source>
        <translation>%1 没有已立案的提案，无可汇编。</translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation>未分类</translation>
    </message>
    <message>
        <source>Compilation of proposals: %1</source>
        <translation>提案汇编：%1</translation>
    </message>
    <message>
        <source>Compilation of Proposals</source>
        <translation>提案汇编</translation>
    </message>
    <message numerus="yes">
        <source>%n filed proposal(s)</source>
        <translation>
            <numerusform>立案提案 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Proposal Committee of the Staff Congress</source>
        <translation>教代会提案工作委员会</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <comment>a category and its number of proposals</comment>
        <translation>
            <numerusform>%1（%n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source> (key proposal)</source>
        <translation>（重点提案）</translation>
    </message>
    <message>
        <source>Proposer: %1</source>
        <translation>提案人：%1</translation>
    </message>
    <message>
        <source>Co-signers: %1</source>
        <translation>附议人：%1</translation>
    </message>
    <message>
        <source>Lead unit: %1</source>
        <translation>主办单位：%1</translation>
    </message>
    <message>
        <source>Lead unit: %1    Co-handling units: %2</source>
        <translation>主办单位：%1    协办单位：%2</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>建议措施</translation>
    </message>
    <message>
        <source>Proposals merged into this one</source>
        <translation>并入本案的提案</translation>
    </message>
    <message>
        <source>%1 (collective proposal)</source>
        <translation>%1（集体提案）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Suggestion Form</source>
        <translation>意见建议表</translation>
    </message>
    <message>
        <source>Proposal Form</source>
        <translation>提案表</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>提案人</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Co-signers</source>
        <translation>附议人</translation>
    </message>
    <message>
        <source>(proposer&apos;s category: %1)</source>
        <translation>（提案人所选类别：%1）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Suggested handling unit</source>
        <translation>建议承办单位</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>; key proposal</source>
        <translation>；重点提案</translation>
    </message>
    <message>
        <source>Merged into proposal %1 %2</source>
        <translation>并入提案 %1 %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Proposals merged into this one:</source>
        <translation>并入本案的提案：</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>Committee&apos;s decision</source>
        <translation>审查结果</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>; %1</source>
        <translation>；%1</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Reply deadline</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>%1 (deadline %2)</source>
        <translation>%1（期限 %2）</translation>
    </message>
    <message>
        <source>Co-handling units</source>
        <translation>协办单位</translation>
    </message>
    <message>
        <source>Replied on %1</source>
        <translation>答复日期 %1</translation>
    </message>
    <message>
        <source>result %1</source>
        <translation>答复结果 %1</translation>
    </message>
    <message>
        <source>to be completed by %1</source>
        <translation>计划 %1 前完成</translation>
    </message>
    <message>
        <source>late</source>
        <translation>逾期答复</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Proposer&apos;s signature</source>
        <translation>提案人签名</translation>
    </message>
    <message>
        <source>Co-signers&apos; signatures</source>
        <translation>附议人签名</translation>
    </message>
    <message>
        <source>Opinion of the proposal committee</source>
        <translation>提案工作委员会意见</translation>
    </message>
    <message>
        <source>(seal)        Date:</source>
        <translation>（盖章）        日期：</translation>
    </message>
    <message>
        <source>The proposal is not one of %1.</source>
        <translation>该提案不属于 %1。</translation>
    </message>
    <message>
        <source>Proposal %1</source>
        <translation>提案 %1</translation>
    </message>
    <message>
        <source>%1 has no proposals.</source>
        <translation>%1 没有提案。</translation>
    </message>
    <message>
        <source>Proposal forms: %1</source>
        <translation>提案表：%1</translation>
    </message>
    <message>
        <source>Referral notices: %1</source>
        <translation>交办单：%1</translation>
    </message>
    <message>
        <source>Proposal Referral Notice</source>
        <translation>提案交办单</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>the unit a referral notice is addressed to</comment>
        <translation>%1：</translation>
    </message>
    <message>
        <source>The proposals below, submitted to %1, have been filed by the proposal committee and are referred to your unit. The lead unit handles each proposal together with its co-handling units and replies in writing to the proposer and to the proposal committee by the deadline; a co-handling unit sends its opinion to the lead unit by its own deadline.</source>
        <translation>现将向 %1 提交、经提案工作委员会立案的下列提案交你单位办理。主办单位请会同协办单位办理，并在办理期限内书面答复提案人和提案工作委员会；协办单位请在各自的期限内将办理意见送主办单位。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Other handling units</source>
        <translation>其他承办单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>(round %1)</source>
        <translation>（第 %1 轮）</translation>
    </message>
    <message>
        <source>Co-handling: %1</source>
        <translation>协办：%1</translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation>主办：%1</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>主办</translation>
    </message>
    <message>
        <source>Co-handling</source>
        <translation>协办</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s): %1 as lead unit, %2 as co-handling unit.</source>
        <translation>
            <numerusform>共 %n 件提案，其中主办 %1 件，协办 %2 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Received by: ____________    Date: ____________</source>
        <translation>签收人：____________    日期：____________</translation>
    </message>
    <message>
        <source>No filed proposal of %1 is assigned to %2.</source>
        <translation>%1 没有交办给 %2 的已立案提案。</translation>
    </message>
    <message>
        <source>No filed proposal of %1 is assigned to a handling unit.</source>
        <translation>%1 的已立案提案均未交办承办单位。</translation>
    </message>
</context>
<context>
    <name>ud::core::ProposalReport</name>
    <message>
        <source>There is no congress session with the id %1.</source>
        <translation>没有 ID 为 %1 的教代会会议。</translation>
    </message>
    <message>
        <source>Items received</source>
        <translation>收到提案</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>立案情况</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>提案类别</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Reply results</source>
        <translation>答复结果</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>满意度测评</translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation>满意率</translation>
    </message>
    <message>
        <source>Key proposals</source>
        <translation>重点提案</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按期</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>未答复</translation>
    </message>
    <message>
        <source>%1: proposal work report tables</source>
        <translation>%1：提案工作报告统计表</translation>
    </message>
    <message>
        <source>rounded half-up</source>
        <translation>四舍五入</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>截尾</translation>
    </message>
    <message>
        <source>by largest remainder</source>
        <translation>最大余额法</translation>
    </message>
    <message numerus="yes">
        <source>Percentages %1 to %n decimal(s).</source>
        <translation>
            <numerusform>百分比按%1保留 %n 位小数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>占比（%）</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>主办件数</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>答复结果</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>满意度</translation>
    </message>
</context>
<context>
    <name>ud::core::ProposalRepository</name>
    <message>
        <source>Awaiting decision</source>
        <translation>待审查</translation>
    </message>
    <message>
        <source>Filed, to be assigned</source>
        <translation>已立案待交办</translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Replied, to be rated</source>
        <translation>已答复待测评</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation>不立案</translation>
    </message>
    <message>
        <source>Converted to a suggestion</source>
        <translation>转为意见建议</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>并案</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>The session already has a proposal numbered %1.</source>
        <translation>本次会议已有编号为 %1 的提案。</translation>
    </message>
    <message>
        <source>A proposal has one proposer: a representative, or a delegation for a collective proposal.</source>
        <translation>一件提案只有一个提案人：一名代表，或集体提案的代表团。</translation>
    </message>
    <message>
        <source>The congress session does not exist.</source>
        <translation>该教代会会议不存在。</translation>
    </message>
    <message>
        <source>Rule: proposals are accepted until %1; this one was submitted on %2. It cannot be filed as a proposal; keep it as a suggestion instead.</source>
        <translation>规则：提案征集截止于 %1，此件提交于 %2，不能作为提案；可改作意见建议保存。</translation>
    </message>
    <message>
        <source>Rule: proposals are accepted from %1; this one was submitted on %2, before the call opened.</source>
        <translation>规则：提案征集自 %1 开始，此件提交于 %2，早于征集开始。</translation>
    </message>
    <message>
        <source>Give the proposer: a representative, or a delegation for a collective proposal.</source>
        <translation>请填写提案人：一名代表，或集体提案的代表团。</translation>
    </message>
    <message>
        <source>The proposer is not a representative.</source>
        <translation>提案人不是代表。</translation>
    </message>
    <message>
        <source>Rule: the proposer must be a representative of term %1; %2 is one of term %3.</source>
        <translation>规则：提案人必须是第 %1 届代表；%2 是第 %3 届代表。</translation>
    </message>
    <message>
        <source>Rule: %1 was not a representative on %2.</source>
        <translation>规则：%1 在 %2 不是代表。</translation>
    </message>
    <message>
        <source>Rule: a collective proposal comes from a delegation of term %1.</source>
        <translation>规则：集体提案须由第 %1 届的代表团提出。</translation>
    </message>
    <message>
        <source>A co-signer is not a representative.</source>
        <translation>有附议人不是代表。</translation>
    </message>
    <message>
        <source>Rule: %1 co-signs only once.</source>
        <translation>规则：%1 只能附议一次。</translation>
    </message>
    <message>
        <source>Rule: the proposer %1 cannot co-sign the own proposal.</source>
        <translation>规则：提案人 %1 不能附议自己的提案。</translation>
    </message>
    <message>
        <source>Rule: co-signers are representatives of term %1; %2 is one of term %3.</source>
        <translation>规则：附议人须为第 %1 届代表；%2 是第 %3 届代表。</translation>
    </message>
    <message numerus="yes">
        <source>Rule: a proposal needs at least %n co-signing representative(s); this one has %1. Keep the text as a suggestion instead, or add co-signers.</source>
        <translation>
            <numerusform>规则：提案至少需要 %n 名代表附议，此件只有 %1 名。可改作意见建议保存，或补充附议人。</numerusform>
        </translation>
    </message>
    <message>
        <source>The proposal no longer exists; another user may have deleted it.</source>
        <translation>该提案已不存在，可能已被其他用户删除。</translation>
    </message>
    <message>
        <source>%1 has been decided; it cannot be deleted. Mark it withdrawn instead.</source>
        <translation>%1 已经审查，不能删除；可改为撤回。</translation>
    </message>
    <message>
        <source>Other proposals are merged into %1; it cannot be deleted.</source>
        <translation>已有其他提案并入 %1，不能删除。</translation>
    </message>
    <message>
        <source>Give the day of the decision.</source>
        <translation>请填写审查日期。</translation>
    </message>
    <message>
        <source>Rule: %1 was kept as a suggestion; only a proposal can be filed, converted or merged.</source>
        <translation>规则：%1 是意见建议；只有提案才能立案、转为意见建议或并案。</translation>
    </message>
    <message numerus="yes">
        <source>Rule: %n proposal(s) are merged into %1; it stays filed while they are.</source>
        <translation>
            <numerusform>规则：已有 %n 件提案并入 %1，它必须保持立案。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has already been handed to its units; take the assignment back first.</source>
        <translation>%1 已交办承办单位；请先撤回交办。</translation>
    </message>
    <message>
        <source>%1 has been replied to; it can no longer be withdrawn.</source>
        <translation>%1 已有答复，不能再撤回。</translation>
    </message>
    <message>
        <source>Rule: a proposal that is not filed needs the reason.</source>
        <translation>规则：不立案须写明理由。</translation>
    </message>
    <message>
        <source>Choose the filed proposal %1 is merged into.</source>
        <translation>请选择 %1 并入的已立案提案。</translation>
    </message>
    <message>
        <source>Rule: a proposal cannot be merged into itself.</source>
        <translation>规则：提案不能并入自身。</translation>
    </message>
    <message>
        <source>Rule: proposals are merged only within a session; %1 is of another session.</source>
        <translation>规则：只能在同一次会议内并案；%1 属于另一次会议。</translation>
    </message>
    <message>
        <source>Rule: %1 is itself merged into another proposal; it cannot take others in.</source>
        <translation>规则：%1 本身已并入其他提案，不能再接受并案。</translation>
    </message>
    <message>
        <source>Rule: proposals are merged into a filed proposal; %1 is not filed.</source>
        <translation>规则：只能并入已立案的提案；%1 未立案。</translation>
    </message>
    <message>
        <source>Rule: only a filed proposal or a suggestion is handed to units; %1 is %2.</source>
        <translation>规则：只有已立案的提案或意见建议才能交办；%1 的状态是“%2”。</translation>
    </message>
    <message>
        <source>%1 has been replied to in this round; its units can no longer change.</source>
        <translation>%1 本轮已有答复，承办单位不能再更改。</translation>
    </message>
    <message>
        <source>Give the day the proposal is handed over.</source>
        <translation>请填写交办日期。</translation>
    </message>
    <message>
        <source>Rule: %1 is named twice; a unit is either the lead or a co-handler, once.</source>
        <translation>规则：%1 出现了两次；一个单位只能是主办或协办之一，且只出现一次。</translation>
    </message>
    <message>
        <source>The assignment no longer exists.</source>
        <translation>该交办记录已不存在。</translation>
    </message>
    <message>
        <source>Give the reply deadline.</source>
        <translation>请填写答复期限。</translation>
    </message>
    <message>
        <source>%1 has no lead unit in this round; assign it before recording the reply.</source>
        <translation>%1 本轮没有主办单位；请先交办，再登记答复。</translation>
    </message>
    <message>
        <source>The proposer has rated this round&apos;s reply; it can no longer change.</source>
        <translation>提案人已对本轮答复测评，答复不能再修改。</translation>
    </message>
    <message>
        <source>Give the day of the reply.</source>
        <translation>请填写答复日期。</translation>
    </message>
    <message>
        <source>The reply is dated before the proposal was handed over (%1).</source>
        <translation>答复日期早于交办日期（%1）。</translation>
    </message>
    <message>
        <source>Give the result code of the reply (A, B, C or D).</source>
        <translation>请填写答复结果（A、B、C 或 D）。</translation>
    </message>
    <message>
        <source>Rule: a reply with result B (in progress or planned) gives the completion date.</source>
        <translation>规则：答复结果为 B（正在解决或列入计划）时须写明计划完成时间。</translation>
    </message>
    <message>
        <source>%1 has no reply in this round to rate.</source>
        <translation>%1 本轮还没有答复，无法测评。</translation>
    </message>
    <message>
        <source>Give the day of the rating.</source>
        <translation>请填写测评日期。</translation>
    </message>
    <message>
        <source>Only the proposer and the co-signers rate the reply.</source>
        <translation>只有提案人和附议人可以测评答复。</translation>
    </message>
    <message>
        <source>The proposer has already rated the reply of round %1.</source>
        <translation>提案人已对第 %1 轮答复进行了测评。</translation>
    </message>
    <message>
        <source>%1 has had too many rounds.</source>
        <translation>%1 办理轮次过多。</translation>
    </message>
</context>
<context>
    <name>ud::core::ProposalsModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>name (staff number)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The reply was due on %1 and has not come</source>
        <translation>答复期限为 %1，至今未答复</translation>
    </message>
    <message>
        <source>%1 (round %2)</source>
        <translation>%1（第 %2 轮）</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>提案人</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>代表团</translation>
    </message>
    <message>
        <source>Co-signers</source>
        <translation>附议人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>立案情况</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>办理阶段</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>主办单位</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>答复结果</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Key proposal</source>
        <translation>重点提案</translation>
    </message>
</context>
<context>
    <name>ud::core::Record</name>
    <message>
        <source>%1 is required.</source>
        <translation>%1不能为空。</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1超过 %2 个字符。</translation>
    </message>
    <message>
        <source>%1 contains an invisible or control character (U+%2) at character %3. Remove it and try again.</source>
        <translation>%1 的第 %3 个字符是不可见字符或控制字符（U+%2），请删除后重试。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number.</source>
        <translation>%1“%2”不是整数。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>%1“%2”不是日期（应为 YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of: %3.</source>
        <translation>%1“%2”不是以下之一：%3。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <source>the header needs the columns %1 (%2).</source>
        <translation>表头须包含 %1 列（%2）。</translation>
    </message>
    <message>
        <source>%1 %2 appears twice in the file.</source>
        <translation>%1 %2 在文件中出现了两次。</translation>
    </message>
    <message>
        <source>%1 %2 does not exist.</source>
        <translation>%1 %2 不存在。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount in yuan (at most two decimals).</source>
        <translation>%1“%2”不是有效的金额（以元为单位，最多两位小数）。</translation>
    </message>
</context>
<context>
    <name>ud::core::RecordRepository</name>
    <message>
        <source>A record with this number already exists.</source>
        <translation>已有相同编号的记录。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>The record no longer exists; another user may have deleted it.</source>
        <translation>该记录已不存在，可能已被其他用户删除。</translation>
    </message>
    <message>
        <source>%1 %2 is already used by %3.</source>
        <translation>%1“%2”已被“%3”使用。</translation>
    </message>
    <message>
        <source>%1 cannot be deleted because records still refer to it (%2).</source>
        <translation>“%1”仍被其他记录引用（%2），不能删除。</translation>
    </message>
</context>
<context>
    <name>ud::core::RecordStore</name>
    <message>
        <source>Invalid table or column name: %1</source>
        <translation>无效的数据表或列名：%1</translation>
    </message>
    <message>
        <source>The record no longer exists; another user may have deleted it.</source>
        <translation>该记录已不存在，可能已被其他用户删除。</translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation>保存失败：%1</translation>
    </message>
</context>
<context>
    <name>ud::core::ReportPrinter</name>
    <message>
        <source>No entries</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>The printer or file could not be opened for printing.</source>
        <translation>无法打开打印机或文件进行打印。</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>Unknown file type: %1. Use .xlsx or .csv.</source>
        <translation>未知的文件类型：%1。请使用 .xlsx 或 .csv。</translation>
    </message>
    <message>
        <source>Unknown file type: %1. Use .pdf, .odt or .xlsx.</source>
        <translation>未知的文件类型：%1。请使用 .pdf、.odt 或 .xlsx。</translation>
    </message>
</context>
<context>
    <name>ud::core::RetirementAge</name>
    <message>
        <source>%1 years</source>
        <translation>%1岁</translation>
    </message>
    <message>
        <source>%1 years %2 months</source>
        <translation>%1岁%2个月</translation>
    </message>
</context>
<context>
    <name>ud::core::SafeOutput</name>
    <message>
        <source>No output file was given.</source>
        <translation>未指定输出文件。</translation>
    </message>
    <message>
        <source>%1 is a folder. Give the name of a file to write.</source>
        <translation>%1 是文件夹。请指定要写入的文件名。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot write to the folder %1: %2</source>
        <translation>无法写入文件夹 %1：%2</translation>
    </message>
    <message>
        <source>The file %1 was not written.</source>
        <translation>未写入文件 %1。</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>ud::core::Schedule</name>
    <message>
        <source>Planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>已延期</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ud::core::ScheduleDemo</name>
    <message>
        <source>demo data</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>ud::core::ScheduleItem</name>
    <message>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Section number</source>
        <translation>部分序号</translation>
    </message>
    <message>
        <source>Section title</source>
        <translation>部分标题</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>工作事项</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时间安排</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Months to check</source>
        <translation>待核对月份</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ud::core::ScheduleItemRepository</name>
    <message>
        <source>An item number cannot be negative.</source>
        <translation>事项序号不能为负数。</translation>
    </message>
    <message>
        <source>A done item needs the date it was done.</source>
        <translation>已完成的事项必须填写完成日期。</translation>
    </message>
    <message>
        <source>Only a done item has a date of completion.</source>
        <translation>只有已完成的事项才有完成日期。</translation>
    </message>
    <message>
        <source>A deadline needs the month it is due in.</source>
        <translation>截止事项必须指定到期月份。</translation>
    </message>
    <message>
        <source>The schedule item no longer exists; another user may have deleted it.</source>
        <translation>该事项已不存在，可能已被其他用户删除。</translation>
    </message>
</context>
<context>
    <name>ud::core::ScheduleReports</name>
    <message>
        <source>Union work schedule for %1</source>
        <translation>%1工会工作安排</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>Union work schedule %1: the year at a glance</source>
        <translation>%1年工会工作安排全年总览</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>工作事项</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时间安排</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation>本月到期</translation>
    </message>
    <message>
        <source>%1 Due by the end of this month (shown in bold).</source>
        <translation>%1 本月底前完成（以粗体显示）。</translation>
    </message>
    <message>
        <source>%1 the item runs in this month    %2 due by the end of this month</source>
        <translation>%1 本月进行的事项    %2 本月底前完成</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Months to check</source>
        <translation>待核对月份</translation>
    </message>
    <message>
        <source>Schedule %1</source>
        <translation>%1年工作进度安排</translation>
    </message>
    <message>
        <source>due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Key points %1</source>
        <translation>%1年工作要点</translation>
    </message>
    <message>
        <source>Key point</source>
        <translation>工作要点</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>（草稿）</translation>
    </message>
</context>
<context>
    <name>ud::core::ScheduleRepository</name>
    <message>
        <source>There is no work plan for %1.</source>
        <translation>%1 年没有工作要点。</translation>
    </message>
    <message>
        <source>%1 is not a valid year.</source>
        <translation>%1 不是有效的年份。</translation>
    </message>
    <message>
        <source>There is already a work plan for %1. Replace it only if you mean to: its items, statuses and notes are removed.</source>
        <translation>%1 年已有工作要点。请确认确实要替换：原有的事项、状态和备注都将被删除。</translation>
    </message>
    <message>
        <source>A done item needs the date it was done.</source>
        <translation>已完成的事项必须填写完成日期。</translation>
    </message>
    <message>
        <source>There is already a work plan for %1.</source>
        <translation>%1 年已有工作要点。</translation>
    </message>
    <message>
        <source>Schedule item %1-%2: %3</source>
        <translation>工作进度项目 %1-%2：%3</translation>
    </message>
</context>
<context>
    <name>ud::core::SubUnit</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. 0105</source>
        <translation>例如 0105</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Full name of the sub-union</source>
        <translation>二级工会全称</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>简称(&amp;S)：</translation>
    </message>
    <message>
        <source>Optional, for lists and printouts</source>
        <translation>选填，用于列表和打印</translation>
    </message>
    <message>
        <source>&amp;Parent unit:</source>
        <translation>上级单位(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>排序(&amp;O)：</translation>
    </message>
    <message>
        <source>Lists show sub-unions by this number, then by code.</source>
        <translation>列表先按此数字、再按代码排列二级工会。</translation>
    </message>
    <message>
        <source>This sub-union is active</source>
        <translation>启用此二级工会</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
</context>
<context>
    <name>ud::core::SubUnitRepository</name>
    <message>
        <source>A unit cannot be its own parent.</source>
        <translation>单位不能以自己为上级单位。</translation>
    </message>
    <message>
        <source>The parent unit lies below this unit; that would make a loop.</source>
        <translation>所选上级单位是本单位的下级，这会形成循环。</translation>
    </message>
    <message>
        <source>The parent unit does not exist.</source>
        <translation>上级单位不存在。</translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation>该单位已不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be deleted because records still belong to it (%2). Move them to another unit first, or mark the unit inactive.</source>
        <translation>无法删除“%1”，仍有记录属于该单位（%2）。请先把这些记录转到其他单位，或将该单位设为停用。</translation>
    </message>
    <message>
        <source>Sub-unions</source>
        <translation>二级工会</translation>
    </message>
    <message numerus="yes">
        <source>%n sub-unions</source>
        <translation>
            <numerusform>%n 个二级工会</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n member(s) and cannot be deleted. Move them to another sub-union, merge %1 into another sub-union, or mark it inactive.</source>
        <translation>
            <numerusform>“%1”还有 %n 名会员，不能删除。请先把会员转到其他二级工会，或将“%1”合并到其他二级工会，或将其设为停用。</numerusform>
        </translation>
    </message>
    <message>
        <source>A sub-union cannot be merged into itself.</source>
        <translation>二级工会不能合并到自身。</translation>
    </message>
    <message>
        <source>%1 lies below %2 and cannot take it in. Move %1 out from under %2 first.</source>
        <translation>“%1”是“%2”的下级单位，不能并入。请先把“%1”移出“%2”。</translation>
    </message>
</context>
<context>
    <name>ud::core::TableFile</name>
    <message>
        <source>%1 holds no rows.</source>
        <translation>%1 中没有任何数据行。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) not listed.</source>
        <translation>
            <numerusform>……另有 %n 个问题未列出。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is an Excel 97–2003 workbook (.xls), a WPS workbook (.et) or a workbook protected by a password, which cannot be read here. Open it in Excel or WPS, remove the password if there is one, save it as an Excel workbook (.xlsx) and import that file.</source>
        <translation>%1 是 Excel 97–2003 工作簿（.xls）、WPS 表格（.et）或设有密码的工作簿，本程序无法读取。请用 Excel 或 WPS 打开，如有密码请先取消，另存为 Excel 工作簿（.xlsx）后再导入。</translation>
    </message>
</context>
<context>
    <name>ud::core::Transaction</name>
    <message>
        <source>A part of this change failed, so none of it was saved.</source>
        <translation>此次修改有一部分失败，因此全部未保存。</translation>
    </message>
    <message>
        <source>The database %1 is open read-only (%2), so nothing can be changed.</source>
        <translation>数据库 %1 以只读方式打开（%2），不能做任何修改。</translation>
    </message>
</context>
<context>
    <name>ud::core::XlsxReader</name>
    <message>
        <source>it is an old Excel 97–2003 workbook (.xls) or a password-protected one. Open it in Excel or WPS, remove the password if there is one, and save it as an Excel workbook (.xlsx).</source>
        <translation>这是旧版 Excel 97–2003 工作簿（.xls）或设有密码的工作簿。请用 Excel 或 WPS 打开，如有密码先取消密码，再另存为 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>it is not an Excel workbook (.xlsx).</source>
        <translation>这不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the part %1 is missing; it is not an Excel workbook (.xlsx) or it is damaged.</source>
        <translation>缺少部件 %1；这不是 Excel 工作簿（.xlsx），或文件已损坏。</translation>
    </message>
    <message>
        <source>the workbook part is damaged (%1).</source>
        <translation>工作簿部件已损坏（%1）。</translation>
    </message>
    <message>
        <source>the workbook has no worksheet.</source>
        <translation>工作簿中没有工作表。</translation>
    </message>
    <message>
        <source>the shared strings are damaged (%1).</source>
        <translation>共享字符串已损坏（%1）。</translation>
    </message>
    <message>
        <source>the cell formats are damaged (%1).</source>
        <translation>单元格格式已损坏（%1）。</translation>
    </message>
    <message>
        <source>the workbook has no sheet number %1.</source>
        <translation>工作簿中没有第 %1 个工作表。</translation>
    </message>
    <message>
        <source>the workbook has no sheet named &quot;%1&quot; (it has: %2).</source>
        <translation>工作簿中没有名为“%1”的工作表（现有：%2）。</translation>
    </message>
    <message>
        <source>the cell reference &quot;%1&quot; in sheet %2 is not valid.</source>
        <translation>工作表 %2 中的单元格引用“%1”无效。</translation>
    </message>
    <message>
        <source>a row number in sheet %1 is not valid.</source>
        <translation>工作表 %1 中有无效的行号。</translation>
    </message>
    <message>
        <source>a cell in sheet %1 refers to a missing shared string.</source>
        <translation>工作表 %1 中有单元格引用了不存在的共享字符串。</translation>
    </message>
    <message>
        <source>the number &quot;%1&quot; in sheet %2 is not valid.</source>
        <translation>工作表 %2 中的数字“%1”无效。</translation>
    </message>
    <message>
        <source>sheet %1 is damaged (%2).</source>
        <translation>工作表 %1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>%1（第 %2 行第 %3 列）</translation>
    </message>
    <message>
        <source>sheet %1 has more than %L2 rows, the most that is read from one sheet. Split it into smaller files.</source>
        <translation>工作表 %1 超过 %L2 行，这是单个工作表可读取的最多行数。请将其拆分为几个较小的文件。</translation>
    </message>
    <message>
        <source>sheet %1 has more than %L2 cells, the most that is read from one sheet (each row counts from column A to its last filled cell). Delete the columns that are not needed, or split the sheet into smaller files.</source>
        <translation>工作表 %1 超过 %L2 个单元格，这是单个工作表可读取的最多单元格数（每行从 A 列算到最后一个有内容的单元格）。请删除不需要的列，或将工作表拆分为几个较小的文件。</translation>
    </message>
    <message>
        <source>the workbook has more than %L1 shared strings (the texts its cells share), the most that is read.</source>
        <translation>工作簿的共享字符串（单元格共用的文本）超过 %L1 个，这是可读取的上限。</translation>
    </message>
</context>
<context>
    <name>ud::core::XlsxWriter</name>
    <message>
        <source>The workbook %1 could not be started: %2</source>
        <translation>无法创建工作簿 %1：%2</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>the file could not be written (%1)</source>
        <translation>无法写入文件（%1）</translation>
    </message>
    <message>
        <source>more rows or columns than a worksheet can hold</source>
        <translation>行数或列数超出工作表的容量</translation>
    </message>
    <message>
        <source>The workbook %1 could not be written: %2 (%3).</source>
        <translation>无法写入工作簿 %1：%2（%3）。</translation>
    </message>
    <message>
        <source>The workbook %1 is already complete.</source>
        <translation>工作簿 %1 已经写完。</translation>
    </message>
    <message>
        <source>sheet name</source>
        <translation>工作表名称</translation>
    </message>
    <message>
        <source>new worksheet</source>
        <translation>新建工作表</translation>
    </message>
    <message>
        <source>column width</source>
        <translation>列宽</translation>
    </message>
    <message>
        <source>header</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>The workbook %1 has no worksheet to write to.</source>
        <translation>工作簿 %1 中没有可写入的工作表。</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>autofilter</source>
        <translation>自动筛选</translation>
    </message>
    <message>
        <source>The workbook %1 could not be written: %2.</source>
        <translation>无法写入工作簿 %1：%2。</translation>
    </message>
    <message>
        <source>The workbook %1 could not be written completely; the disk may be full.</source>
        <translation>工作簿 %1 未能完整写入，磁盘可能已满。</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>图表</translation>
    </message>
</context>
<context>
    <name>ud::core::YearSummary</name>
    <message>
        <source>(no sub-union)</source>
        <translation>（无二级工会）</translation>
    </message>
    <message>
        <source>The year must lie between 1900 and 2999.</source>
        <translation>年份必须在 1900 到 2999 之间。</translation>
    </message>
    <message>
        <source>Union work in figures, %1</source>
        <translation>%1 年度工会工作数据汇总</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>1. Members</source>
        <translation>一、会员情况</translation>
    </message>
    <message>
        <source>Members on 31 December</source>
        <translation>12月31日在册会员</translation>
    </message>
    <message>
        <source>    of them men</source>
        <translation>    其中男性</translation>
    </message>
    <message>
        <source>    of them women</source>
        <translation>    其中女性</translation>
    </message>
    <message>
        <source>    gender not recorded</source>
        <translation>    性别未登记</translation>
    </message>
    <message>
        <source>Retired members on 31 December</source>
        <translation>12月31日在册退休会员</translation>
    </message>
    <message>
        <source>New members in %1</source>
        <translation>%1 年新入会会员</translation>
    </message>
    <message>
        <source>Members who left in %1</source>
        <translation>%1 年调离会员</translation>
    </message>
    <message>
        <source>Members who retired in %1</source>
        <translation>%1 年退休会员</translation>
    </message>
    <message>
        <source>Members who died in %1</source>
        <translation>%1 年去世会员</translation>
    </message>
    <message>
        <source>Transfers between sub-unions in %1</source>
        <translation>%1 年在二级工会间调动</translation>
    </message>
    <message>
        <source>Sub-unions</source>
        <translation>二级工会数</translation>
    </message>
    <message>
        <source>Members on 31 December by sub-union:</source>
        <translation>12月31日各二级工会会员人数：</translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation>二级工会</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员人数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>2. Work plan</source>
        <translation>二、工作要点完成情况</translation>
    </message>
    <message>
        <source>Work items of the year</source>
        <translation>年度工作事项</translation>
    </message>
    <message>
        <source>Work items done</source>
        <translation>已完成事项</translation>
    </message>
    <message>
        <source>Share done</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>3. Congress proposals</source>
        <translation>三、教代会提案</translation>
    </message>
    <message>
        <source>No congress session in %1.</source>
        <translation>%1 年未召开教代会。</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会议次数</translation>
    </message>
    <message>
        <source>Proposals received</source>
        <translation>收到提案</translation>
    </message>
    <message>
        <source>Proposals filed (立案)</source>
        <translation>立案提案</translation>
    </message>
    <message>
        <source>Filing rate</source>
        <translation>立案率</translation>
    </message>
    <message>
        <source>Filed proposals replied</source>
        <translation>已答复的立案提案</translation>
    </message>
    <message>
        <source>Replies rated</source>
        <translation>已测评提案</translation>
    </message>
    <message>
        <source>Satisfaction rate (satisfied and basically satisfied)</source>
        <translation>满意率（满意和基本满意）</translation>
    </message>
    <message>
        <source>4. Mutual aid</source>
        <translation>四、医疗互助</translation>
    </message>
    <message>
        <source>No mutual-aid scheme in %1.</source>
        <translation>%1 年没有互助项目。</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>互助项目</translation>
    </message>
    <message>
        <source>Members enrolled</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Claims paid</source>
        <translation>支付件数</translation>
    </message>
    <message>
        <source>Payouts (yuan)</source>
        <translation>支付金额（元）</translation>
    </message>
    <message>
        <source>Balance on 31 December (yuan)</source>
        <translation>12月31日结余（元）</translation>
    </message>
    <message>
        <source>A member enrolled in several schemes is counted once in the total.</source>
        <translation>同时参加多个互助项目的会员，在合计中只计一次。</translation>
    </message>
    <message>
        <source>5. Hardship support and care</source>
        <translation>五、困难帮扶与慰问</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Hardship support</source>
        <translation>困难帮扶</translation>
    </message>
    <message>
        <source>Care visits</source>
        <translation>慰问</translation>
    </message>
    <message>
        <source>6. Awards</source>
        <translation>六、评优表彰</translation>
    </message>
    <message>
        <source>No award given in %1.</source>
        <translation>%1 年没有评优表彰。</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>奖项</translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation>获奖数</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>打印日期：%1</translation>
    </message>
    <message>
        <source>The year&apos;s summary is written to .pdf or .odt, not to %1.</source>
        <translation>年度数据汇总只能保存为 .pdf 或 .odt 文件，不能保存为 %1。</translation>
    </message>
</context>
<context>
    <name>ud::core::Yearbook</name>
    <message>
        <source>unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <source>under 30</source>
        <translation>30 岁以下</translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation>60 岁及以上</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2 岁</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Members on 31 December</source>
        <translation>12月31日在册会员</translation>
    </message>
    <message>
        <source>Retired members on 31 December</source>
        <translation>12月31日在册退休会员</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>入会</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>调动</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>退休</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>调离</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>去世</translation>
    </message>
    <message>
        <source>Work items of the year</source>
        <translation>年度工作事项</translation>
    </message>
    <message>
        <source>Work items done</source>
        <translation>已完成事项</translation>
    </message>
    <message>
        <source>Proposals received</source>
        <translation>收到提案</translation>
    </message>
    <message>
        <source>Proposals filed</source>
        <translation>立案提案</translation>
    </message>
    <message>
        <source>Satisfaction rate (%)</source>
        <translation>满意率（%）</translation>
    </message>
    <message>
        <source>Mutual-aid members</source>
        <translation>参加互助会员</translation>
    </message>
    <message>
        <source>Mutual-aid claims paid</source>
        <translation>支付互助金</translation>
    </message>
    <message>
        <source>Hardship support (cases)</source>
        <translation>困难帮扶（人次）</translation>
    </message>
    <message>
        <source>Care visits</source>
        <translation>慰问</translation>
    </message>
    <message>
        <source>Awards given</source>
        <translation>获得表彰</translation>
    </message>
    <message>
        <source>Members by sub-union on 31 December</source>
        <translation>12月31日各二级工会会员人数</translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation>二级工会</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Members by sub-union</source>
        <translation>各二级工会会员人数</translation>
    </message>
    <message>
        <source>Mutual-aid payouts by month</source>
        <translation>各月互助金支付</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Mutual-aid payouts by month (yuan)</source>
        <translation>各月互助金支付（元）</translation>
    </message>
    <message>
        <source>Work items by status</source>
        <translation>工作事项完成情况</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>事项数</translation>
    </message>
    <message>
        <source>Changes in %1</source>
        <translation>%1 年会员变动</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变动类型</translation>
    </message>
    <message>
        <source>From sub-union</source>
        <translation>原二级工会</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Members on 31 December by sub-union, gender and age band</source>
        <translation>12月31日会员按二级工会、性别和年龄段统计</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>年龄段</translation>
    </message>
    <message>
        <source>(no sub-union)</source>
        <translation>（无二级工会）</translation>
    </message>
    <message>
        <source>Work progress</source>
        <translation>工作进度</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时间安排</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>案由</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation>提案人</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>提交日期</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>立案情况</translation>
    </message>
    <message>
        <source>Key proposal</source>
        <translation>重点提案</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>答复结果</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Mutual aid</source>
        <translation>医疗互助</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>互助项目</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Fees (yuan)</source>
        <translation>缴费金额（元）</translation>
    </message>
    <message>
        <source>Claims paid in %1</source>
        <translation>%1 年互助金支付明细</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>申请日期</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>支付日期</translation>
    </message>
    <message>
        <source>Payout (yuan)</source>
        <translation>支付金额（元）</translation>
    </message>
    <message>
        <source>Fund statements of the periods in %1</source>
        <translation>%1 年各期收支公示</translation>
    </message>
    <message>
        <source>Brought forward (yuan)</source>
        <translation>上期结转（元）</translation>
    </message>
    <message>
        <source>Income (yuan)</source>
        <translation>收入（元）</translation>
    </message>
    <message>
        <source>Payouts (yuan)</source>
        <translation>互助金支出（元）</translation>
    </message>
    <message>
        <source>Other expenses (yuan)</source>
        <translation>其他支出（元）</translation>
    </message>
    <message>
        <source>Carried forward (yuan)</source>
        <translation>结转下期（元）</translation>
    </message>
    <message>
        <source>Members enrolled</source>
        <translation>参加人数</translation>
    </message>
    <message>
        <source>Claims paid</source>
        <translation>已支付申请</translation>
    </message>
    <message>
        <source>Cause or kind</source>
        <translation>致困原因或慰问类别</translation>
    </message>
    <message>
        <source>Hardship and care</source>
        <translation>帮扶慰问</translation>
    </message>
    <message>
        <source>Hardship support in all</source>
        <translation>困难帮扶合计</translation>
    </message>
    <message>
        <source>Care visits by sub-union and kind</source>
        <translation>各二级工会分类别慰问情况</translation>
    </message>
    <message>
        <source>Care visits in all</source>
        <translation>慰问合计</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Hardship support and care visits</source>
        <translation>困难帮扶和慰问</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>评优表彰</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>奖项</translation>
    </message>
    <message>
        <source>Nominee kind</source>
        <translation>推荐对象类型</translation>
    </message>
    <message>
        <source>Name or team</source>
        <translation>姓名或集体名称</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>评选批次</translation>
    </message>
    <message>
        <source>Awards by award and sub-union</source>
        <translation>各奖项分二级工会统计</translation>
    </message>
    <message>
        <source>The year must lie between 1900 and 2999.</source>
        <translation>年份须在 1900 至 2999 之间。</translation>
    </message>
    <message>
        <source>%1: the workbook&apos;s name must end in .xlsx.</source>
        <translation>%1：工作簿文件名必须以 .xlsx 结尾。</translation>
    </message>
    <message>
        <source>The workbook was cancelled; no file was written.</source>
        <translation>已取消生成年终报表，未写入任何文件。</translation>
    </message>
    <message>
        <source>Year-end workbook %1</source>
        <translation>%1 年年终报表</translation>
    </message>
    <message>
        <source>the roster as of %1</source>
        <translation>截至 %1 的会员名册</translation>
    </message>
</context>
<context>
    <name>ud::core::ZipArchive</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <source>the file is damaged (%1).</source>
        <translation>文件已损坏（%1）。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the part %1 is missing.</source>
        <translation>缺少部件 %1。</translation>
    </message>
    <message>
        <source>the part %1 cannot be read.</source>
        <translation>无法读取部件 %1。</translation>
    </message>
    <message>
        <source>the part %1 cannot be opened (%2).</source>
        <translation>无法打开部件 %1（%2）。</translation>
    </message>
    <message>
        <source>the part %1 is damaged (%2).</source>
        <translation>部件 %1 已损坏（%2）。</translation>
    </message>
    <message>
        <source>the part %1 is too large: it unpacks to %2, more than %3, the most that is read from one part.</source>
        <translation>部件 %1 太大：解压后为 %2，超过单个部件可读取的上限 %3。</translation>
    </message>
    <message>
        <source>the part %1 unpacks from %2 to %3, more than %L4 times its packed size; a file packed this tightly is refused, as it may be a zip bomb.</source>
        <translation>部件 %1 从 %2 解压为 %3，超过压缩大小的 %L4 倍；压缩比这么高的文件可能是压缩炸弹，已拒绝读取。</translation>
    </message>
</context>
<context>
    <name>ud::ui::AboutDialog</name>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>About UnionDesk</source>
        <translation>关于工会事务台</translation>
    </message>
    <message>
        <source>UnionDesk</source>
        <translation>工会事务台</translation>
    </message>
    <message>
        <source>Members, work schedule, staff congress, mutual aid and awards for the office of a university trade union.</source>
        <translation>面向高校工会办公室，管理会员、工作日程、教代会、互助帮扶和评优表彰等事务。</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt：</translation>
    </message>
    <message>
        <source>built with %1</source>
        <translation>编译时使用 %1</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>许可证：</translation>
    </message>
    <message>
        <source>UnionDesk is free software: you can share and change it under the terms of the GNU General Public License, version 3 or any later version.</source>
        <translation>工会事务台是自由软件：您可以依照 GNU 通用公共许可证（GNU General Public License）第 3 版或任何更新版本的条款分发和修改本软件。</translation>
    </message>
</context>
<context>
    <name>ud::ui::AidPage</name>
    <message>
        <source>The mutual-aid scheme every tab shows</source>
        <translation>各标签页显示的互助项目</translation>
    </message>
    <message>
        <source>The period every tab shows: its claims, enrollment and fund</source>
        <translation>各标签页显示的年度：其申请、参加名单和资金</translation>
    </message>
    <message>
        <source>Sche&amp;me:</source>
        <translation>互助项目(&amp;M)：</translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation>年度(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>互助金申请(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Enrollment</source>
        <translation>参加名单(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Fund</source>
        <translation>互助资金(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Schemes and Rules</source>
        <translation>项目与规则(&amp;S)</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>Mutual aid</source>
        <translation>医疗互助</translation>
    </message>
    <message>
        <source>Mutual &amp;Aid</source>
        <translation>医疗互助(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ud::ui::AidPrintDialog</name>
    <message>
        <source>&amp;Print Preview…</source>
        <translation>打印预览(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Cannot save the document</source>
        <translation>无法保存文档</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text for Word or WPS (*.odt)</source>
        <translation>可用 Word 或 WPS 编辑的 OpenDocument 文档 (*.odt)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>%1 is saved as a PDF file only.</source>
        <translation>%1 只能保存为 PDF 文件。</translation>
    </message>
</context>
<context>
    <name>ud::ui::AwardHistoryDialog</name>
    <message>
        <source>New award of an earlier year</source>
        <translation>新增往年获奖记录</translation>
    </message>
    <message>
        <source>Edit award</source>
        <translation>编辑获奖记录</translation>
    </message>
</context>
<context>
    <name>ud::ui::AwardHistoryPage</name>
    <message>
        <source>&amp;Add Award…</source>
        <translation>新增获奖记录(&amp;A)…</translation>
    </message>
    <message>
        <source>Record an award of an earlier year, for the repeat rule</source>
        <translation>登记往年的获奖情况，供检查重复获奖使用</translation>
    </message>
    <message>
        <source>&amp;Edit Award…</source>
        <translation>编辑获奖记录(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected award of an earlier year</source>
        <translation>编辑所选的往年获奖记录</translation>
    </message>
    <message>
        <source>&amp;Delete Award</source>
        <translation>删除获奖记录(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected award of an earlier year</source>
        <translation>删除所选的往年获奖记录</translation>
    </message>
    <message>
        <source>Add earlier years&apos; awards from an Excel workbook or a CSV file: 工号 or 集体名称, 奖项, 年度</source>
        <translation>从 Excel 工作簿或 CSV 文件添加往年获奖记录，列为：工号或集体名称、奖项、年度</translation>
    </message>
    <message>
        <source>Save the awards shown as a CSV file</source>
        <translation>将当前显示的获奖记录保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Import Awards History</source>
        <translation>导入获奖记录</translation>
    </message>
    <message>
        <source>Export Awards History</source>
        <translation>导出获奖记录</translation>
    </message>
    <message>
        <source>awards-history</source>
        <translation>获奖记录</translation>
    </message>
    <message>
        <source>Exported %1 awards to %2</source>
        <translation>已将 %1 条获奖记录导出到 %2</translation>
    </message>
    <message>
        <source>Cannot show the awards history</source>
        <translation>无法显示获奖记录</translation>
    </message>
    <message>
        <source>Cannot edit the award</source>
        <translation>无法编辑获奖记录</translation>
    </message>
    <message>
        <source>The award no longer exists.</source>
        <translation>该获奖记录已不存在。</translation>
    </message>
    <message>
        <source>Search name, staff number, award or collective</source>
        <translation>搜索姓名、工号、奖项或集体</translation>
    </message>
    <message>
        <source>No award recorded for this year. Final lists enter here; import earlier years&apos; lists so that the repeat rule sees them.</source>
        <translation>本年度还没有获奖记录。各评选批次的最终名单定稿后记入此处；请导入往年的获奖名单，以便检查重复获奖。</translation>
    </message>
    <message>
        <source>No award matches “%1”.</source>
        <translation>没有与“%1”匹配的获奖记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n award(s)</source>
        <translation>
            <numerusform>%n 条获奖记录</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <comment>award history step: year, award, nominee</comment>
        <translation>%3（%1 年%2）</translation>
    </message>
    <message>
        <source>Add award %1</source>
        <translation>新增获奖记录 %1</translation>
    </message>
    <message>
        <source>Edit award %1</source>
        <translation>编辑获奖记录 %1</translation>
    </message>
    <message>
        <source>Delete award %1</source>
        <translation>删除获奖记录 %1</translation>
    </message>
    <message>
        <source>Cannot add the award</source>
        <translation>无法新增获奖记录</translation>
    </message>
    <message>
        <source>Cannot save the award</source>
        <translation>无法保存获奖记录</translation>
    </message>
    <message>
        <source>Cannot delete the award</source>
        <translation>无法删除获奖记录</translation>
    </message>
    <message>
        <source>Delete award</source>
        <translation>删除获奖记录</translation>
    </message>
    <message>
        <source>Delete the award %1?</source>
        <translation>确定删除获奖记录 %1 吗？</translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation>可以通过“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <source>Awards history</source>
        <translation>获奖记录</translation>
    </message>
    <message>
        <source>All &amp;years</source>
        <translation>所有年度(&amp;Y)</translation>
    </message>
    <message>
        <source>Rule: an award of the final list of round %1 changes only by unlocking that round, with the reason, on its 公示 tab.</source>
        <translation>规则：评选批次 %1 最终名单中的获奖记录，只能在其“公示”标签页解除锁定（须填写原因）后修改。</translation>
    </message>
    <message numerus="yes">
        <source>%1 adds %n award(s) to the awards history.</source>
        <translation>
            <numerusform>%1 将向获奖记录添加 %n 条记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are already recorded and stay as they are.</source>
        <translation>
            <numerusform>另有 %n 条已存在，保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ud::ui::AwardTypeDialog</name>
    <message>
        <source>Award types</source>
        <translation>奖项类型</translation>
    </message>
    <message>
        <source>New award type</source>
        <translation>新增奖项类型</translation>
    </message>
    <message>
        <source>Edit award type %1</source>
        <translation>编辑奖项类型 %1</translation>
    </message>
</context>
<context>
    <name>ud::ui::AwardTypesPage</name>
    <message>
        <source>&amp;Add Award Type…</source>
        <translation>新增奖项类型(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an award with its rules</source>
        <translation>新增奖项及其评选规则</translation>
    </message>
    <message>
        <source>&amp;Edit Award Type…</source>
        <translation>编辑奖项类型(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected award&apos;s rules</source>
        <translation>编辑所选奖项的评选规则</translation>
    </message>
    <message>
        <source>&amp;Delete Award Type</source>
        <translation>删除奖项类型(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected award while no round or history uses it</source>
        <translation>删除所选奖项（仅限尚无评选批次或获奖记录使用该奖项时）</translation>
    </message>
    <message>
        <source>Add award types from an Excel workbook or a CSV file</source>
        <translation>从 Excel 工作簿或 CSV 文件添加奖项类型</translation>
    </message>
    <message>
        <source>Save the award types as a CSV file</source>
        <translation>将奖项类型保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Import Award Types</source>
        <translation>导入奖项类型</translation>
    </message>
    <message>
        <source>Export Award Types</source>
        <translation>导出奖项类型</translation>
    </message>
    <message>
        <source>award-types</source>
        <translation>奖项类型</translation>
    </message>
    <message>
        <source>Exported %1 award types to %2</source>
        <translation>已将 %1 个奖项类型导出到 %2</translation>
    </message>
    <message>
        <source>Cannot show the award types</source>
        <translation>无法显示奖项类型</translation>
    </message>
    <message>
        <source>Cannot edit the award type</source>
        <translation>无法编辑奖项类型</translation>
    </message>
    <message>
        <source>The award type no longer exists.</source>
        <translation>该奖项类型已不存在。</translation>
    </message>
    <message>
        <source>Search award</source>
        <translation>搜索奖项</translation>
    </message>
    <message>
        <source>No award type yet. Add the plan&apos;s (最美教师, 三育人先进, 巾帼文明岗 …) with Plan&apos;s Types, or with the first round.</source>
        <translation>还没有奖项类型。可通过“工作要点所列奖项”添加工作要点中的奖项（最美教师、三育人先进、巾帼文明岗……），或在新增第一个评选批次时添加。</translation>
    </message>
    <message>
        <source>No award matches “%1”.</source>
        <translation>没有与“%1”匹配的奖项。</translation>
    </message>
    <message numerus="yes">
        <source>%n award type(s)</source>
        <translation>
            <numerusform>%n 个奖项类型</numerusform>
        </translation>
    </message>
    <message>
        <source>Add award type %1</source>
        <translation>新增奖项类型 %1</translation>
    </message>
    <message>
        <source>Edit award type %1</source>
        <translation>编辑奖项类型 %1</translation>
    </message>
    <message>
        <source>Delete award type %1</source>
        <translation>删除奖项类型 %1</translation>
    </message>
    <message>
        <source>Cannot add the award type</source>
        <translation>无法新增奖项类型</translation>
    </message>
    <message>
        <source>Cannot save the award type</source>
        <translation>无法保存奖项类型</translation>
    </message>
    <message>
        <source>Cannot delete the award type</source>
        <translation>无法删除奖项类型</translation>
    </message>
    <message>
        <source>Delete award type</source>
        <translation>删除奖项类型</translation>
    </message>
    <message>
        <source>Delete the award type %1?</source>
        <translation>确定删除奖项类型“%1”吗？</translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation>可以通过“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <source>Award types</source>
        <translation>奖项类型</translation>
    </message>
    <message>
        <source>&amp;Plan&apos;s Types</source>
        <translation>工作要点所列奖项(&amp;P)</translation>
    </message>
    <message>
        <source>Plan&apos;s Types</source>
        <translation>工作要点所列奖项</translation>
    </message>
    <message>
        <source>Add the plan&apos;s award types (最美教师, 三育人先进, 巾帼文明岗, 巾帼建功标兵, 工会工作先进, 优秀工会积极分子) that are missing, with the rules of the published calls</source>
        <translation>添加工作要点中尚缺的奖项类型（最美教师、三育人先进、巾帼文明岗、巾帼建功标兵、工会工作先进、优秀工会积极分子），采用已发布评选通知中的规则</translation>
    </message>
    <message>
        <source>Cannot add the award types</source>
        <translation>无法添加奖项类型</translation>
    </message>
    <message>
        <source>Every award type of the plan is already there.</source>
        <translation>工作要点所列的奖项类型均已存在。</translation>
    </message>
    <message>
        <source>Add the plan&apos;s award types</source>
        <translation>添加工作要点所列奖项类型</translation>
    </message>
</context>
<context>
    <name>ud::ui::AwardsPage</name>
    <message>
        <source>The year whose rounds and awards the tabs show</source>
        <translation>各标签页显示该年度的评选批次和获奖记录</translation>
    </message>
    <message>
        <source>The round the nominations, review, 公示 and quotas show</source>
        <translation>“推荐”“评审”“公示”“名额”标签页显示的评选批次</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation>评选批次(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Nominations</source>
        <translation>推荐(&amp;N)</translation>
    </message>
    <message>
        <source>Rev&amp;iew</source>
        <translation>评审(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Publicity</source>
        <translation>公示(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Quotas</source>
        <translation>名额(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation>评选批次(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Award Types</source>
        <translation>奖项类型(&amp;A)</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>获奖记录(&amp;S)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>round: key (stage)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source> · total quota %1</source>
        <translation> · 总名额 %1</translation>
    </message>
    <message>
        <source> · 公示 until %1</source>
        <translation> · 公示至 %1</translation>
    </message>
    <message>
        <source>No round in %1: add one on the Rounds tab.</source>
        <translation>%1 年还没有评选批次：请在“评选批次”标签页中新增。</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>评优表彰</translation>
    </message>
    <message>
        <source>A&amp;wards</source>
        <translation>评优表彰(&amp;W)</translation>
    </message>
</context>
<context>
    <name>ud::ui::BatchChangeDialog</name>
    <message numerus="yes">
        <source>Change %n Selected Member(s)</source>
        <translation>
            <numerusform>批量修改选中的 %n 名会员</numerusform>
        </translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <source>Note, e.g. the document number</source>
        <translation>备注，例如文号</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>事件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Sub-union:</source>
        <translation>二级工会(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>Empty clears the field</source>
        <translation>留空则清空该字段</translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation>字段(&amp;F)：</translation>
    </message>
    <message>
        <source>New &amp;value:</source>
        <translation>新值(&amp;V)：</translation>
    </message>
    <message>
        <source>Record an &amp;Event</source>
        <translation>登记事件(&amp;E)</translation>
    </message>
    <message>
        <source>Set a &amp;Field</source>
        <translation>修改字段(&amp;F)</translation>
    </message>
    <message numerus="yes">
        <source>The change is made for all %n member(s) or, when one of them is refused, for none; Edit › Undo takes it back as one step.</source>
        <translation>
            <numerusform>更改对全部 %n 名会员同时生效；其中任何一人不符合规定时，全部不做更改。可用“编辑 › 撤销”一步撤回。</numerusform>
        </translation>
    </message>
    <message>
        <source>The date “%1” is not a date; write it like 2024-03-08.</source>
        <translation>日期“%1”不是有效日期，请写成 2024-03-08 的形式。</translation>
    </message>
</context>
<context>
    <name>ud::ui::CareKindDialog</name>
    <message>
        <source>Care kinds</source>
        <translation>慰问类别</translation>
    </message>
    <message>
        <source>New care kind</source>
        <translation>新增慰问类别</translation>
    </message>
    <message>
        <source>Edit care kind</source>
        <translation>编辑慰问类别</translation>
    </message>
</context>
<context>
    <name>ud::ui::CareKindsPage</name>
    <message>
        <source>&amp;Add Kind…</source>
        <translation>新增类别(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a kind of care visit to the year&apos;s table</source>
        <translation>在本年度类别表中新增一个慰问类别</translation>
    </message>
    <message>
        <source>&amp;Edit Kind…</source>
        <translation>编辑类别(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected kind</source>
        <translation>编辑所选类别</translation>
    </message>
    <message>
        <source>&amp;Delete Kind</source>
        <translation>删除类别(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected kind</source>
        <translation>删除所选类别</translation>
    </message>
    <message>
        <source>Add care kinds from an Excel workbook or a CSV file</source>
        <translation>从 Excel 工作簿或 CSV 文件添加慰问类别</translation>
    </message>
    <message>
        <source>Save the care kinds of every year as a CSV file</source>
        <translation>将各年度的慰问类别保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Import Care Kinds</source>
        <translation>导入慰问类别</translation>
    </message>
    <message>
        <source>Export Care Kinds</source>
        <translation>导出慰问类别</translation>
    </message>
    <message>
        <source>care-kinds</source>
        <translation>慰问类别</translation>
    </message>
    <message>
        <source>Exported %1 care kinds to %2</source>
        <translation>已将 %1 个慰问类别导出到 %2</translation>
    </message>
    <message>
        <source>Cannot show the care kinds</source>
        <translation>无法显示慰问类别</translation>
    </message>
    <message>
        <source>Cannot edit the care kind</source>
        <translation>无法编辑慰问类别</translation>
    </message>
    <message>
        <source>The care kind no longer exists.</source>
        <translation>该慰问类别已不存在。</translation>
    </message>
    <message>
        <source>Search kind or key</source>
        <translation>搜索类别或代码</translation>
    </message>
    <message>
        <source>The year has no care kinds yet. Copy the previous year&apos;s table, or add the standard kinds, then change the amounts to this year&apos;s.</source>
        <translation>本年度还没有慰问类别。可复制上一年度的类别表，或添加标准类别，再将金额改为本年度的标准。</translation>
    </message>
    <message>
        <source>No kind matches “%1”.</source>
        <translation>没有与“%1”匹配的类别。</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n 个类别</numerusform>
        </translation>
    </message>
    <message>
        <source>Add care kind %1</source>
        <translation>新增慰问类别 %1</translation>
    </message>
    <message>
        <source>Edit care kind %1</source>
        <translation>编辑慰问类别 %1</translation>
    </message>
    <message>
        <source>Delete care kind %1</source>
        <translation>删除慰问类别 %1</translation>
    </message>
    <message>
        <source>Cannot add the care kind</source>
        <translation>无法新增慰问类别</translation>
    </message>
    <message>
        <source>Cannot save the care kind</source>
        <translation>无法保存慰问类别</translation>
    </message>
    <message>
        <source>Cannot delete the care kind</source>
        <translation>无法删除慰问类别</translation>
    </message>
    <message>
        <source>Delete care kind</source>
        <translation>删除慰问类别</translation>
    </message>
    <message>
        <source>Delete the care kind %1 of %2?</source>
        <translation>确定删除 %2 年度的慰问类别“%1”吗？</translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation>可以通过“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <source>Care kinds</source>
        <translation>慰问类别</translation>
    </message>
    <message>
        <source>&amp;Copy from Previous Year</source>
        <translation>从上一年度复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Standard Kinds</source>
        <translation>标准类别(&amp;S)</translation>
    </message>
    <message>
        <source>Copy the kinds of the year before that this year lacks</source>
        <translation>复制上一年度有而本年度没有的类别</translation>
    </message>
    <message>
        <source>Add the standard kinds (婚嫁, 生育, 住院, 去世, 退休 …) that this year lacks</source>
        <translation>添加本年度尚缺的标准类别（婚嫁、生育、住院、去世、退休……）</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>%1 年度</translation>
    </message>
    <message>
        <source>Cannot add the care kinds</source>
        <translation>无法添加慰问类别</translation>
    </message>
    <message>
        <source>The %1 table already has every kind.</source>
        <translation>%1 年度类别表中已有全部类别。</translation>
    </message>
    <message>
        <source>Copy the %1 care kinds to %2</source>
        <translation>将 %1 年度的慰问类别复制到 %2 年度</translation>
    </message>
    <message>
        <source>Add the standard care kinds to %1</source>
        <translation>向 %1 年度添加标准慰问类别</translation>
    </message>
</context>
<context>
    <name>ud::ui::CarePage</name>
    <message>
        <source>&amp;Hardship</source>
        <translation>困难帮扶(&amp;H)</translation>
    </message>
    <message>
        <source>Care &amp;Visits</source>
        <translation>慰问登记(&amp;V)</translation>
    </message>
    <message>
        <source>Care &amp;Kinds</source>
        <translation>慰问类别(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Totals</source>
        <translation>统计(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Hardship &amp; care</source>
        <translation>困难帮扶与慰问</translation>
    </message>
    <message>
        <source>C&amp;are</source>
        <translation>帮扶慰问(&amp;A)</translation>
    </message>
</context>
<context>
    <name>ud::ui::CareTotalsView</name>
    <message>
        <source>No care visit in this year.</source>
        <translation>本年度没有慰问记录。</translation>
    </message>
    <message>
        <source>By sub-union and kind (yuan; the tooltip gives the number of visits)</source>
        <translation>按二级工会和类别（单位：元；鼠标悬停可查看慰问次数）</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月份</translation>
    </message>
</context>
<context>
    <name>ud::ui::CareVisitDialog</name>
    <message>
        <source>New care visit</source>
        <translation>新增慰问</translation>
    </message>
    <message>
        <source>Edit care visit</source>
        <translation>编辑慰问</translation>
    </message>
    <message>
        <source>%1: no limit on the amount.</source>
        <translation>%1：金额不限。</translation>
    </message>
    <message>
        <source>%1: the standard amount is %2 yuan.</source>
        <translation>%1：标准为 %2 元。</translation>
    </message>
    <message>
        <source>%1: at most %2 yuan.</source>
        <translation>%1：最高 %2 元。</translation>
    </message>
</context>
<context>
    <name>ud::ui::CareVisitsPage</name>
    <message>
        <source>&amp;Add Visit…</source>
        <translation>新增慰问(&amp;A)…</translation>
    </message>
    <message>
        <source>Record a care visit (慰问)</source>
        <translation>登记一次慰问</translation>
    </message>
    <message>
        <source>&amp;Edit Visit…</source>
        <translation>编辑慰问(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected visit</source>
        <translation>编辑所选慰问</translation>
    </message>
    <message>
        <source>&amp;Delete Visit</source>
        <translation>删除慰问(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected visit</source>
        <translation>删除所选慰问</translation>
    </message>
    <message>
        <source>Add care visits from an Excel workbook or a CSV file</source>
        <translation>从 Excel 工作簿或 CSV 文件添加慰问记录</translation>
    </message>
    <message>
        <source>Save the visits shown as a CSV file</source>
        <translation>将当前显示的慰问记录保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Import Care Visits</source>
        <translation>导入慰问记录</translation>
    </message>
    <message>
        <source>Export Care Visits</source>
        <translation>导出慰问记录</translation>
    </message>
    <message>
        <source>care-visits</source>
        <translation>慰问记录</translation>
    </message>
    <message>
        <source>Exported %1 care visits to %2</source>
        <translation>已将 %1 条慰问记录导出到 %2</translation>
    </message>
    <message>
        <source>Cannot show the care visits</source>
        <translation>无法显示慰问记录</translation>
    </message>
    <message>
        <source>Cannot edit the care visit</source>
        <translation>无法编辑慰问记录</translation>
    </message>
    <message>
        <source>The care visit no longer exists.</source>
        <translation>该慰问记录已不存在。</translation>
    </message>
    <message>
        <source>Search name, staff number or reason</source>
        <translation>搜索姓名、工号或原因</translation>
    </message>
    <message>
        <source>No care visit in this year yet. The year&apos;s kinds (on the Care Kinds tab) say the amounts and how often a member may have one.</source>
        <translation>本年度还没有慰问记录。本年度的慰问类别（见“慰问类别”标签页）规定了慰问金额以及每位会员可享受的次数。</translation>
    </message>
    <message>
        <source>No visit matches “%1”.</source>
        <translation>没有与“%1”匹配的慰问记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n 次慰问</numerusform>
        </translation>
    </message>
    <message>
        <source>Add care visit to %1</source>
        <translation>新增对 %1 的慰问</translation>
    </message>
    <message>
        <source>Edit care visit to %1</source>
        <translation>编辑对 %1 的慰问</translation>
    </message>
    <message>
        <source>Delete care visit to %1</source>
        <translation>删除对 %1 的慰问</translation>
    </message>
    <message>
        <source>Cannot add the care visit</source>
        <translation>无法新增慰问记录</translation>
    </message>
    <message>
        <source>Cannot save the care visit</source>
        <translation>无法保存慰问记录</translation>
    </message>
    <message>
        <source>Cannot delete the care visit</source>
        <translation>无法删除慰问记录</translation>
    </message>
    <message>
        <source>Delete care visit</source>
        <translation>删除慰问记录</translation>
    </message>
    <message>
        <source>Delete the visit to %1 (%2, %3)?</source>
        <translation>确定删除对 %1 的慰问（%2，%3）吗？</translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation>可以通过“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <source>Care visits</source>
        <translation>慰问记录</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>S&amp;ub-union:</source>
        <translation>二级工会(&amp;U)：</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All sub-unions</source>
        <translation>全部二级工会</translation>
    </message>
</context>
<context>
    <name>ud::ui::ChartView</name>
    <message>
        <source>No data yet.</source>
        <translation>暂无数据。</translation>
    </message>
    <message>
        <source>%1%2: %3 %4</source>
        <translation>%1%2：%3 %4</translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <translation>%1 %2（%3%）</translation>
    </message>
    <message numerus="yes">
        <source>%n more not shown, %1 %2 in all</source>
        <translation>
            <numerusform>另有 %n 项未列出，共 %1 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::ui::ClaimDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>New claim — %1</source>
        <translation>新增申请 — %1</translation>
    </message>
    <message>
        <source>Claim — %1</source>
        <translation>申请 — %1</translation>
    </message>
    <message>
        <source>Type part of the name or the staff number</source>
        <translation>输入姓名的一部分或工号</translation>
    </message>
    <message>
        <source>%1 (lump sum %2 yuan)</source>
        <translation>%1（一次性补助 %2 元）</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>会员(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation>类别(&amp;P)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Treatment:</source>
        <translation>就医时间(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>受理日期(&amp;R)：</translation>
    </message>
    <message>
        <source>Co-&amp;payment (自付):</source>
        <translation>自付(&amp;P)：</translation>
    </message>
    <message>
        <source>Category &amp;B share (自理):</source>
        <translation>乙类自理(&amp;B)：</translation>
    </message>
    <message>
        <source>Unco&amp;vered (自费):</source>
        <translation>自费(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Not counted:</source>
        <translation>不予计算(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Illness (lump sum):</source>
        <translation>重大疾病（一次性补助）(&amp;I)：</translation>
    </message>
    <message>
        <source>Documents received:</source>
        <translation>已收材料：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Payout</source>
        <translation>支付金额</translation>
    </message>
    <message>
        <source>This claim is %1; its details no longer change.</source>
        <translation>此申请状态为“%1”，内容不能再修改。</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source> (not enrolled)</source>
        <translation> （本期未参加）</translation>
    </message>
    <message>
        <source>Payout: %1 yuan</source>
        <translation>支付金额：%1 元</translation>
    </message>
    <message>
        <source>Payout: —</source>
        <translation>支付金额：—</translation>
    </message>
    <message>
        <source>Choose the member: the payout shows here as the rules compute it.</source>
        <translation>请选择会员：按规则计算出的支付金额会显示在这里。</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Cannot store the claim</source>
        <translation>无法保存申请</translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation>请选择会员。</translation>
    </message>
    <message>
        <source>Claim refused by the rules</source>
        <translation>申请不符合规则</translation>
    </message>
    <message>
        <source>Keep the claim as rejected with this reason? The office then has a record of what it received.</source>
        <translation>是否以此原因将申请作为“不予支付”保存？这样校工会对收到的申请留有记录。</translation>
    </message>
</context>
<context>
    <name>ud::ui::ClaimFilterBar</name>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any part</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any sub-union</source>
        <translation>全部二级工会</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>P&amp;art:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <source>Sub-&amp;union:</source>
        <translation>二级工会(&amp;U)：</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>待审核</translation>
    </message>
</context>
<context>
    <name>ud::ui::ClaimSteps</name>
    <message>
        <source>%1 (%2), %3</source>
        <comment>claim: name (staff number), treatment start</comment>
        <translation>%1（%2），%3</translation>
    </message>
    <message>
        <source>Enter rejected claim of %1</source>
        <translation>录入 %1 的不予支付申请</translation>
    </message>
    <message>
        <source>New claim of %1</source>
        <translation>新增 %1 的申请</translation>
    </message>
    <message>
        <source>Cannot store the claim</source>
        <translation>无法保存申请</translation>
    </message>
    <message>
        <source>Edit claim of %1</source>
        <translation>编辑 %1 的申请</translation>
    </message>
    <message>
        <source>Cannot save the claim</source>
        <translation>无法保存申请</translation>
    </message>
    <message>
        <source>Next review step of the claim of %1</source>
        <translation>%1 的申请进入下一审核步骤</translation>
    </message>
    <message>
        <source>Cannot take the claim to the next step</source>
        <translation>申请无法进入下一审核步骤</translation>
    </message>
    <message>
        <source>Reject claim of %1</source>
        <translation>驳回 %1 的申请</translation>
    </message>
    <message>
        <source>Cannot reject the claim</source>
        <translation>无法驳回申请</translation>
    </message>
    <message>
        <source>Pay claim of %1</source>
        <translation>支付 %1 的申请</translation>
    </message>
    <message>
        <source>Cannot pay the claim</source>
        <translation>无法支付申请</translation>
    </message>
    <message>
        <source>Cannot recompute the claims</source>
        <translation>无法重新计算申请</translation>
    </message>
    <message numerus="yes">
        <source>Recompute %n claim(s)</source>
        <translation>
            <numerusform>重新计算 %n 件申请</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::ui::ClaimsPage</name>
    <message>
        <source>Claims</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>&amp;New Claim…</source>
        <translation>新增申请(&amp;N)…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Enter a member&apos;s claim with the costs of one treatment</source>
        <translation>录入会员一次就诊费用的互助金申请</translation>
    </message>
    <message>
        <source>&amp;Edit Claim…</source>
        <translation>编辑申请(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Open the selected claim with its calculation</source>
        <translation>打开所选申请及其计算过程</translation>
    </message>
    <message>
        <source>Ne&amp;xt Review Step</source>
        <translation>下一审核步骤(&amp;X)</translation>
    </message>
    <message>
        <source>Next Step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>The claim passes its next review: sub-union, union office, committee</source>
        <translation>申请进入下一级审核：分工会、校工会、委员会</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>驳回(&amp;R)…</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Reject the selected claim, with the reason</source>
        <translation>驳回所选申请，须写明原因</translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation>支付(&amp;P)…</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>支付</translation>
    </message>
    <message>
        <source>Pay the approved claim: the day and the voucher; the payout goes to the fund&apos;s ledger</source>
        <translation>支付已批准的申请：填写支付日期和凭证号，支付金额记入互助金收支账</translation>
    </message>
    <message>
        <source>Print &amp;Approval Form…</source>
        <translation>打印审批表(&amp;A)…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The approval form (审批表) of the selected claim or of the claims shown: preview, print, or save as PDF or .odt</source>
        <translation>所选申请或当前列出的申请的审批表：可预览、打印，或另存为 PDF 或 .odt</translation>
    </message>
    <message>
        <source>Re&amp;compute Period</source>
        <translation>重新计算本期(&amp;C)</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>Compute the payouts of the period&apos;s open claims again by its rule table</source>
        <translation>按本期规则表重新计算本期未办结申请的支付金额</translation>
    </message>
    <message>
        <source>Search name, staff number or pinyin</source>
        <translation>搜索姓名、工号或拼音</translation>
    </message>
    <message>
        <source>Cannot show the claims</source>
        <translation>无法显示申请</translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation>
            <numerusform>%n 件申请</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <translation>
            <numerusform>共 %n 件申请，显示 %1 件</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 yuan to pay</source>
        <translation> · 待支付 %1 元</translation>
    </message>
    <message>
        <source>No claims in this period yet. Enter one with New Claim.</source>
        <translation>本期还没有申请。请通过“新增申请”录入。</translation>
    </message>
    <message>
        <source>No mutual-aid period yet. Add a scheme and its period under Schemes and Rules, or import a rule table there.</source>
        <translation>还没有互助期次。请在“项目与规则”中新增互助项目及其期次，或在那里导入规则表。</translation>
    </message>
    <message>
        <source>No claim matches the filters.</source>
        <translation>没有符合筛选条件的申请。</translation>
    </message>
    <message>
        <source>Reject claim</source>
        <translation>驳回申请</translation>
    </message>
    <message>
        <source>Why is the claim of %1 (%2) rejected? The reason is kept with the claim.</source>
        <translation>为什么驳回 %1（%2）的申请？原因将随申请一并保存。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Pay claim</source>
        <translation>支付申请</translation>
    </message>
    <message>
        <source>Pay %1 yuan to %2 (%3); the payout is posted to the fund&apos;s ledger.</source>
        <translation>向 %2（%3）支付 %1 元；支付金额将记入互助金收支账。</translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation>支付日期(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Voucher:</source>
        <translation>凭证号(&amp;V)：</translation>
    </message>
    <message numerus="yes">
        <source>Recomputed: %n claim(s) changed</source>
        <translation>
            <numerusform>已重新计算：%n 件申请有变化</numerusform>
        </translation>
    </message>
    <message>
        <source>Recomputed: every payout was already up to date</source>
        <translation>已重新计算：所有支付金额均无变化</translation>
    </message>
    <message>
        <source>The approval form (审批表) of the claim of %1</source>
        <translation>%1 的申请审批表</translation>
    </message>
    <message>
        <source>The approval form (审批表) of the selected claim</source>
        <translation>所选申请的审批表</translation>
    </message>
    <message>
        <source>Approval form %1</source>
        <translation>%1 审批表</translation>
    </message>
    <message numerus="yes">
        <source>The approval forms of the %n claim(s) shown</source>
        <translation>
            <numerusform>当前列出的 %n 件申请的审批表</numerusform>
        </translation>
    </message>
    <message>
        <source>Approval forms</source>
        <translation>审批表</translation>
    </message>
    <message>
        <source>Print Approval Forms</source>
        <translation>打印审批表</translation>
    </message>
</context>
<context>
    <name>ud::ui::CommitteeView</name>
    <message>
        <source>Every proposal of the session is decided.</source>
        <translation>本次会议的提案均已审查。</translation>
    </message>
    <message>
        <source>&amp;File (立案)</source>
        <translation>立案(&amp;F)</translation>
    </message>
    <message>
        <source>File the chosen proposals</source>
        <translation>将所选提案立案</translation>
    </message>
    <message>
        <source>&amp;Not Filed…</source>
        <translation>不立案(&amp;N)…</translation>
    </message>
    <message>
        <source>Do not file the chosen proposals, with one reason for all</source>
        <translation>所选提案不立案，共用一条理由</translation>
    </message>
    <message>
        <source>&amp;To Suggestions</source>
        <translation>转为意见建议(&amp;T)</translation>
    </message>
    <message>
        <source>Convert the chosen proposals to suggestions (意见建议)</source>
        <translation>将所选提案转为意见建议</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge the chosen proposals into one filed proposal of the session</source>
        <translation>将所选提案并入本次会议的一件已立案提案</translation>
    </message>
    <message>
        <source>&amp;Category…</source>
        <translation>调整类别(&amp;C)…</translation>
    </message>
    <message>
        <source>Re-classify the chosen proposals (the proposer&apos;s category is kept)</source>
        <translation>重新确定所选提案的类别（提案人所选类别仍予保留）</translation>
    </message>
    <message>
        <source>The proposals of the session not yet decided. Choose several (Ctrl or Shift and a click, Ctrl+A for all) and decide them at once; each decision is one step of Edit › Undo.</source>
        <translation>本次会议尚未审查的提案。可选择多件（按住 Ctrl 或 Shift 单击，Ctrl+A 全选）一并审查；每次审查是“编辑 › 撤销”中的一步。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n undecided chosen</source>
        <translation>
            <numerusform>待审查 %n 件，已选 %1 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation>不立案</translation>
    </message>
    <message>
        <source>The reason, for all chosen proposals:</source>
        <translation>不立案理由（适用于全部所选提案）：</translation>
    </message>
    <message>
        <source>Merge proposals</source>
        <translation>并案</translation>
    </message>
    <message>
        <source>Merge the chosen proposals into this filed proposal:</source>
        <translation>将所选提案并入以下已立案提案：</translation>
    </message>
    <message>
        <source>The session has no filed proposal to merge into: file one first.</source>
        <translation>本次会议还没有可并入的已立案提案，请先立案一件。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>The committee&apos;s category of the chosen proposals:</source>
        <translation>提案工作委员会为所选提案确定的类别：</translation>
    </message>
</context>
<context>
    <name>ud::ui::CongressPage</name>
    <message>
        <source>&amp;Proposals</source>
        <translation>提案(&amp;P)</translation>
    </message>
    <message>
        <source>Co&amp;mmittee</source>
        <translation>提案工作委员会(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Sessions and Representatives</source>
        <translation>会议与代表(&amp;S)</translation>
    </message>
    <message>
        <source>Replies due from the selected unit in the session (overdue in red)</source>
        <translation>所选单位在本次会议中待答复的提案（逾期的以红色显示）</translation>
    </message>
    <message>
        <source>&amp;Handling Units</source>
        <translation>承办单位(&amp;H)</translation>
    </message>
    <message>
        <source>Choose a unit above: its replies still due in the session show here.</source>
        <translation>请在上方选择一个单位，此处显示其在本次会议中尚待答复的提案。</translation>
    </message>
    <message>
        <source>Staff congress</source>
        <translation>教代会</translation>
    </message>
    <message>
        <source>&amp;Congress</source>
        <translation>教代会(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Inspections</source>
        <translation>代表巡视(&amp;I)</translation>
    </message>
</context>
<context>
    <name>ud::ui::CongressSettingsDialog</name>
    <message>
        <source>Proposal Settings</source>
        <translation>提案设置</translation>
    </message>
    <message>
        <source> co-signers</source>
        <translation> 名附议人</translation>
    </message>
    <message>
        <source>{year} stands for the session&apos;s year</source>
        <translation>{year} 代表会议的年度</translation>
    </message>
    <message>
        <source> months after the decision</source>
        <translation> 个月（自立案起）</translation>
    </message>
    <message>
        <source> months earlier</source>
        <translation> 个月（提前）</translation>
    </message>
    <message>
        <source>A proposal &amp;needs:</source>
        <translation>提案需要(&amp;N)：</translation>
    </message>
    <message>
        <source>Number &amp;prefix:</source>
        <translation>编号前缀(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation>位数(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Categories:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>One per line, in the order reports list them.</source>
        <translation>每行一个，按报告中列出的顺序。</translation>
    </message>
    <message>
        <source>&amp;Lead unit replies within:</source>
        <translation>主办单位答复期限(&amp;L)：</translation>
    </message>
    <message>
        <source>Co-handling units &amp;reply:</source>
        <translation>协办单位答复(&amp;R)：</translation>
    </message>
    <message>
        <source>Kept in the database for everyone who opens it; each change is recorded in the change history. Numbers and deadlines already given stay as they are.</source>
        <translation>保存在数据库中，所有打开它的人都使用这些设置；每次修改记入变更记录。已编的编号和已定的期限不变。</translation>
    </message>
    <message>
        <source>The first proposal of this year&apos;s session: %1</source>
        <translation>今年会议的第一件提案编号为：%1</translation>
    </message>
    <message>
        <source>Cannot Save the Settings</source>
        <translation>无法保存设置</translation>
    </message>
    <message>
        <source>Give at least one category.</source>
        <translation>请至少填写一个类别。</translation>
    </message>
</context>
<context>
    <name>ud::ui::ConnectDialog</name>
    <message>
        <source>Connect to PostgreSQL Server</source>
        <translation>连接 PostgreSQL 服务器</translation>
    </message>
    <message>
        <source>Server name, address, or socket folder</source>
        <translation>服务器名称、地址或套接字文件夹</translation>
    </message>
    <message>
        <source>Asked when the server needs it</source>
        <translation>服务器需要时再询问</translation>
    </message>
    <message>
        <source>Several computers can share one UnionDesk database on a PostgreSQL server. Ask the administrator of the server for these details.</source>
        <translation>多台电脑可以共用 PostgreSQL 服务器上的同一个工会事务台数据库。以下信息请向服务器管理员索取。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>ud::ui::DashboardPage</name>
    <message>
        <source>&amp;Refresh Overview</source>
        <translation>刷新概览(&amp;R)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read every figure and reminder again</source>
        <translation>重新读取全部数据和提醒</translation>
    </message>
    <message>
        <source>Year-End &amp;Workbook…</source>
        <translation>年终报表(&amp;W)…</translation>
    </message>
    <message>
        <source>Year-End Workbook</source>
        <translation>年终报表</translation>
    </message>
    <message>
        <source>Write the year&apos;s workbook (年终报表) of every area to an Excel file</source>
        <translation>将全年各项工作的年终报表导出为 Excel 文件</translation>
    </message>
    <message>
        <source>Year&apos;s &amp;Summary…</source>
        <translation>年度数据汇总(&amp;S)…</translation>
    </message>
    <message>
        <source>Year&apos;s Summary</source>
        <translation>年度数据汇总</translation>
    </message>
    <message>
        <source>Print the year&apos;s figures for the annual work summary, or save them as PDF or .odt</source>
        <translation>打印年度工作总结所需的全年数据，或另存为 PDF 或 .odt</translation>
    </message>
    <message>
        <source>Today&apos;s reminders</source>
        <translation>今日提醒</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>今天没有待办事项。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>概览(&amp;O)</translation>
    </message>
</context>
<context>
    <name>ud::ui::DelegationView</name>
    <message>
        <source>Delegation / representative</source>
        <translation>代表团 / 代表</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Replace Representative…</source>
        <translation>更换代表(&amp;R)…</translation>
    </message>
    <message>
        <source>Another member takes the selected representative&apos;s seat from a day on</source>
        <translation>自某日起由另一名会员接替所选代表</translation>
    </message>
    <message>
        <source>Delegations and representatives of the term</source>
        <translation>本届代表团和代表</translation>
    </message>
    <message>
        <source>%1 (head)</source>
        <translation>%1（团长）</translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation>接替 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n representative(s)</source>
        <translation>
            <numerusform>%1 · %n 名代表</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace representative</source>
        <translation>更换代表</translation>
    </message>
    <message>
        <source>New representative&apos;s &amp;staff number:</source>
        <translation>新代表工号(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>接替日期(&amp;F)：</translation>
    </message>
    <message>
        <source>No member has the staff number %1.</source>
        <translation>没有工号为 %1 的会员。</translation>
    </message>
    <message>
        <source>Cannot replace the representative</source>
        <translation>无法更换代表</translation>
    </message>
    <message>
        <source>Replace representative %1 by %2</source>
        <translation>由 %2 接替代表 %1</translation>
    </message>
    <message>
        <source>&amp;Import Representatives…</source>
        <translation>导入代表(&amp;I)…</translation>
    </message>
    <message>
        <source>Add the term&apos;s representatives from an Excel workbook or a CSV file with the columns 工号, 姓名 and 代表团 (团长: 是 marks a delegation&apos;s head)</source>
        <translation>从 Excel 工作簿或 CSV 文件添加本届代表，列为工号、姓名、代表团（团长列填“是”表示代表团团长）</translation>
    </message>
    <message>
        <source>Import Representatives</source>
        <translation>导入代表</translation>
    </message>
    <message>
        <source>Excel workbooks or CSV files (*.xlsx *.csv)</source>
        <translation>Excel 工作簿或 CSV 文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Cannot import the representatives</source>
        <translation>无法导入代表</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何数据</translation>
    </message>
    <message>
        <source>Import representatives from %1</source>
        <translation>从 %1 导入代表</translation>
    </message>
    <message>
        <source>Representatives imported: %1</source>
        <translation>已导入代表：%1</translation>
    </message>
</context>
<context>
    <name>ud::ui::DialogParts</name>
    <message>
        <source>Discard Changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <source>The changes in this window are not saved. Close it and discard them?</source>
        <translation>此窗口中的修改尚未保存。关闭窗口并放弃这些修改吗？</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
</context>
<context>
    <name>ud::ui::DoneDateDialog</name>
    <message>
        <source>Mark Done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>“%1” belongs to the plan of %2, a year that is over. On which day was it done?</source>
        <translation>“%1”属于已结束的 %2 年计划。它是哪一天完成的？</translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation>完成日期(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>ud::ui::EnrollmentDialog</name>
    <message>
        <source>Mutual-aid enrollment</source>
        <translation>互助参加名单</translation>
    </message>
    <message>
        <source>Enroll member</source>
        <translation>登记参加</translation>
    </message>
    <message>
        <source>Edit enrollment</source>
        <translation>编辑参加信息</translation>
    </message>
</context>
<context>
    <name>ud::ui::EnrollmentPage</name>
    <message>
        <source>&amp;Enroll Member…</source>
        <translation>登记参加(&amp;E)…</translation>
    </message>
    <message>
        <source>Enroll a member in the period</source>
        <translation>为会员登记参加本期互助</translation>
    </message>
    <message>
        <source>&amp;Edit Enrollment…</source>
        <translation>编辑参加信息(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected member&apos;s enrollment</source>
        <translation>编辑所选会员的参加信息</translation>
    </message>
    <message>
        <source>&amp;Delete Enrollment</source>
        <translation>删除参加记录(&amp;D)</translation>
    </message>
    <message>
        <source>Take the selected member off the period&apos;s enrollment</source>
        <translation>将所选会员从本期参加名单中删除</translation>
    </message>
    <message>
        <source>Enroll a sub-union&apos;s list from an Excel workbook or a CSV file: 工号, 姓名, 份数, 缴费日期, 缴费方式 (缴费金额, 补缴 and 备注 when given)</source>
        <translation>从 Excel 工作簿或 CSV 文件导入二级工会报来的参加名单：工号、姓名、份数、缴费日期、缴费方式（如有，另含缴费金额、补缴和备注）</translation>
    </message>
    <message>
        <source>Save the period&apos;s enrollment as a CSV file</source>
        <translation>将本期参加名单保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Import Enrollment</source>
        <translation>导入参加名单</translation>
    </message>
    <message>
        <source>Export Enrollment</source>
        <translation>导出参加名单</translation>
    </message>
    <message>
        <source>aid-enrollment</source>
        <translation>互助参加名单</translation>
    </message>
    <message>
        <source>Exported %1 enrolled members to %2</source>
        <translation>已将 %1 名参加会员导出到 %2</translation>
    </message>
    <message>
        <source>Cannot show the enrollment</source>
        <translation>无法显示参加名单</translation>
    </message>
    <message>
        <source>Cannot edit the enrollment</source>
        <translation>无法编辑参加信息</translation>
    </message>
    <message>
        <source>The enrollment no longer exists.</source>
        <translation>该参加记录已不存在。</translation>
    </message>
    <message>
        <source>Search name, staff number or sub-union</source>
        <translation>搜索姓名、工号或二级工会</translation>
    </message>
    <message>
        <source>Nobody is enrolled in this period yet. Enroll members one by one, or import the sub-unions&apos; lists.</source>
        <translation>本期还没有会员参加。请逐个登记参加，或导入各二级工会报来的参加名单。</translation>
    </message>
    <message>
        <source>Nobody enrolled matches “%1”.</source>
        <translation>参加名单中没有与“%1”匹配的会员。</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) enrolled</source>
        <translation>
            <numerusform>参加会员 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>Enroll %1 %2</source>
        <translation>登记参加：%1 %2</translation>
    </message>
    <message>
        <source>Edit enrollment of %1 %2</source>
        <translation>编辑 %1 %2 的参加信息</translation>
    </message>
    <message>
        <source>Delete enrollment of %1 %2</source>
        <translation>删除 %1 %2 的参加记录</translation>
    </message>
    <message>
        <source>Cannot enroll the member</source>
        <translation>无法登记参加</translation>
    </message>
    <message>
        <source>Cannot save the enrollment</source>
        <translation>无法保存参加信息</translation>
    </message>
    <message>
        <source>Cannot delete the enrollment</source>
        <translation>无法删除参加记录</translation>
    </message>
    <message>
        <source>Delete enrollment</source>
        <translation>删除参加记录</translation>
    </message>
    <message>
        <source>Take %1 (%2) off the period&apos;s enrollment?</source>
        <translation>确定将 %1（%2）从本期参加名单中删除吗？</translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation>可以通过“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>参加名单</translation>
    </message>
    <message>
        <source>&amp;Signature Lists…</source>
        <translation>签名表(&amp;S)…</translation>
    </message>
    <message>
        <source>Signature Lists</source>
        <translation>签名表</translation>
    </message>
    <message>
        <source>The period&apos;s enrollment by sub-union with a column to sign: preview, print, or save as PDF, .xlsx or .odt</source>
        <translation>按二级工会列出本期参加名单，带签名栏：可预览、打印，或另存为 PDF、.xlsx 或 .odt</translation>
    </message>
    <message>
        <source>Choose the period first.</source>
        <translation>请先选择期次。</translation>
    </message>
</context>
<context>
    <name>ud::ui::EnrollmentTotalsView</name>
    <message>
        <source>Sub-union</source>
        <translation>二级工会</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Fees (yuan)</source>
        <translation>缴费（元）</translation>
    </message>
    <message>
        <source>By sub-union</source>
        <translation>按二级工会汇总</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>(no sub-union)</source>
        <translation>（无二级工会）</translation>
    </message>
</context>
<context>
    <name>ud::ui::FailedRowsFile</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save the Rows to Correct</source>
        <translation>保存待更正的行</translation>
    </message>
    <message>
        <source>%1 (rows to correct)</source>
        <translation>%1（待更正）</translation>
    </message>
    <message>
        <source>Cannot save the rows</source>
        <translation>无法保存这些行</translation>
    </message>
</context>
<context>
    <name>ud::ui::FullNumbersLog</name>
    <message>
        <source>Member list</source>
        <translation>会员列表</translation>
    </message>
    <message>
        <source>Cannot show the full numbers</source>
        <translation>无法显示完整号码</translation>
    </message>
</context>
<context>
    <name>ud::ui::FundPage</name>
    <message>
        <source>Fund</source>
        <translation>互助金收支</translation>
    </message>
    <message>
        <source>&amp;Post Entry…</source>
        <translation>登记收支(&amp;P)…</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Post income (donations, interest …) or an expense to the fund&apos;s ledger</source>
        <translation>在互助金收支账中登记一笔收入（捐赠、利息……）或支出</translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation>冲正(&amp;R)…</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>冲正</translation>
    </message>
    <message>
        <source>Correct the selected entry by a reversing entry of the opposite amount</source>
        <translation>以一笔金额相反的冲正账目更正所选账目</translation>
    </message>
    <message>
        <source>Post &amp;Fees</source>
        <translation>登记缴费收入(&amp;F)</translation>
    </message>
    <message>
        <source>Post Fees</source>
        <translation>登记缴费收入</translation>
    </message>
    <message>
        <source>Post the period&apos;s fees from its enrollment: the members&apos;, the school&apos;s and the union&apos;s parts and the matching, each what the ledger does not hold yet</source>
        <translation>按本期参加名单登记缴费收入：个人缴纳、学校补助、工会补助和学校配套，只记入收支账中尚未入账的部分</translation>
    </message>
    <message>
        <source>Print &amp;Statement…</source>
        <translation>打印年度收支公示(&amp;S)…</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>收支公示</translation>
    </message>
    <message>
        <source>The fund&apos;s statement of the period (收支公示): preview, print, or save as PDF, .odt or .xlsx</source>
        <translation>本期互助金年度收支公示：可预览、打印，或另存为 PDF、.odt 或 .xlsx</translation>
    </message>
    <message>
        <source>Cannot show the ledger</source>
        <translation>无法显示收支账</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n 笔账目</numerusform>
        </translation>
    </message>
    <message>
        <source>Brought forward: %1 yuan   ·   Balance at the end: %2 yuan</source>
        <translation>上期结转：%1 元   ·   期末结余：%2 元</translation>
    </message>
    <message>
        <source>Nothing posted in this period yet. Post the fees from the enrollment with Post Fees; claims post their payouts when they are paid.</source>
        <translation>本期还没有收支记录。可用“登记缴费收入”按参加名单记入缴费收入；申请支付时，支付金额自动记入。</translation>
    </message>
    <message>
        <source>No mutual-aid period yet. Add a scheme and its period under Schemes and Rules.</source>
        <translation>还没有互助期次。请在“项目与规则”中新增互助项目及其期次。</translation>
    </message>
    <message>
        <source>Post entry</source>
        <translation>登记收支</translation>
    </message>
    <message>
        <source>Income: %1</source>
        <translation>收入：%1</translation>
    </message>
    <message>
        <source>Expense: %1</source>
        <translation>支出：%1</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类别(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Voucher:</source>
        <translation>凭证号(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>摘要(&amp;T)：</translation>
    </message>
    <message>
        <source>An expense is posted as a negative amount. A wrong entry is not changed later: it is reversed.</source>
        <translation>支出记为负数。记错的账目以后不能修改，只能冲正。</translation>
    </message>
    <message>
        <source>Cannot post the entry</source>
        <translation>无法登记账目</translation>
    </message>
    <message>
        <source>Post %1 %2 yuan</source>
        <translation>登记%1 %2 元</translation>
    </message>
    <message>
        <source>Reverse entry</source>
        <translation>冲正账目</translation>
    </message>
    <message>
        <source>Reverse the entry of %1, %2 %3 yuan, by an entry of the opposite amount today?</source>
        <translation>确定在今天记一笔相反金额，冲正 %1 的账目（%2 %3 元）吗？</translation>
    </message>
    <message>
        <source>Cannot reverse the entry</source>
        <translation>无法冲正账目</translation>
    </message>
    <message>
        <source>Reverse %1 %2 yuan</source>
        <translation>冲正%1 %2 元</translation>
    </message>
    <message>
        <source>Cannot post the fees</source>
        <translation>无法登记缴费收入</translation>
    </message>
    <message>
        <source>The ledger already holds the period&apos;s fees.</source>
        <translation>本期缴费收入已全部入账。</translation>
    </message>
    <message numerus="yes">
        <source>Post the period&apos;s fees (%n entry(ies))</source>
        <translation>
            <numerusform>登记本期缴费收入（%n 笔）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Posted %n entry(ies) of fees</source>
        <translation>
            <numerusform>已登记缴费收入 %n 笔</numerusform>
        </translation>
    </message>
    <message>
        <source>The fund&apos;s statement of %1 (收支公示)</source>
        <translation>%1 年度收支公示</translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation>%1 年度收支公示</translation>
    </message>
    <message>
        <source>Print Statement</source>
        <translation>打印年度收支公示</translation>
    </message>
</context>
<context>
    <name>ud::ui::HandlingUnitDialog</name>
    <message>
        <source>Handling units</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>New handling unit</source>
        <translation>新增承办单位</translation>
    </message>
    <message>
        <source>Edit handling unit</source>
        <translation>编辑承办单位</translation>
    </message>
</context>
<context>
    <name>ud::ui::HandlingUnitsPage</name>
    <message>
        <source>&amp;Add Unit…</source>
        <translation>新增承办单位(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a handling unit</source>
        <translation>新增一个承办单位</translation>
    </message>
    <message>
        <source>&amp;Edit Unit…</source>
        <translation>编辑承办单位(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected handling unit</source>
        <translation>编辑所选承办单位</translation>
    </message>
    <message>
        <source>&amp;Delete Unit</source>
        <translation>删除承办单位(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected handling unit</source>
        <translation>删除所选承办单位</translation>
    </message>
    <message>
        <source>Add or update handling units from an Excel workbook or a CSV file</source>
        <translation>从 Excel 工作簿或 CSV 文件新增或更新承办单位</translation>
    </message>
    <message>
        <source>Save all handling units as a CSV file</source>
        <translation>将全部承办单位保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Import Handling Units</source>
        <translation>导入承办单位</translation>
    </message>
    <message>
        <source>Export Handling Units</source>
        <translation>导出承办单位</translation>
    </message>
    <message>
        <source>handling-units</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Exported %1 handling units to %2</source>
        <translation>已将 %1 个承办单位导出到 %2</translation>
    </message>
    <message>
        <source>Cannot show the handling units</source>
        <translation>无法显示承办单位</translation>
    </message>
    <message>
        <source>Cannot edit the handling unit</source>
        <translation>无法编辑承办单位</translation>
    </message>
    <message>
        <source>The handling unit no longer exists.</source>
        <translation>该承办单位已不存在。</translation>
    </message>
    <message>
        <source>Search name</source>
        <translation>搜索名称</translation>
    </message>
    <message>
        <source>No handling units yet: 党委办公室, 人事处, 后勤管理处 …</source>
        <translation>还没有承办单位，如党委办公室、人事处、后勤管理处……</translation>
    </message>
    <message>
        <source>No handling unit matches “%1”.</source>
        <translation>没有与“%1”匹配的承办单位。</translation>
    </message>
    <message numerus="yes">
        <source>%n handling unit(s)</source>
        <translation>
            <numerusform>%n 个承办单位</numerusform>
        </translation>
    </message>
    <message>
        <source>Add handling unit %1</source>
        <translation>新增承办单位 %1</translation>
    </message>
    <message>
        <source>Edit handling unit %1</source>
        <translation>编辑承办单位 %1</translation>
    </message>
    <message>
        <source>Delete handling unit %1</source>
        <translation>删除承办单位 %1</translation>
    </message>
    <message>
        <source>Cannot add the handling unit</source>
        <translation>无法新增承办单位</translation>
    </message>
    <message>
        <source>Cannot save the handling unit</source>
        <translation>无法保存承办单位</translation>
    </message>
    <message>
        <source>Cannot delete the handling unit</source>
        <translation>无法删除承办单位</translation>
    </message>
    <message>
        <source>Delete handling unit</source>
        <translation>删除承办单位</translation>
    </message>
    <message>
        <source>Delete the handling unit %1?</source>
        <translation>确定删除承办单位“%1”吗？</translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation>可以通过“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <source>Handling units</source>
        <translation>承办单位</translation>
    </message>
</context>
<context>
    <name>ud::ui::HardshipDialog</name>
    <message>
        <source>New hardship case</source>
        <translation>新增困难帮扶</translation>
    </message>
    <message>
        <source>Edit hardship case</source>
        <translation>编辑困难帮扶</translation>
    </message>
</context>
<context>
    <name>ud::ui::HardshipPage</name>
    <message>
        <source>&amp;Add Case…</source>
        <translation>新增帮扶(&amp;A)…</translation>
    </message>
    <message>
        <source>Record hardship help for a member&apos;s family (送温暖/帮扶)</source>
        <translation>登记对会员家庭的困难帮扶（送温暖/帮扶）</translation>
    </message>
    <message>
        <source>&amp;Edit Case…</source>
        <translation>编辑帮扶(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected hardship case</source>
        <translation>编辑所选困难帮扶记录</translation>
    </message>
    <message>
        <source>&amp;Delete Case</source>
        <translation>删除帮扶(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected hardship case</source>
        <translation>删除所选困难帮扶记录</translation>
    </message>
    <message>
        <source>Add hardship cases from an Excel workbook or a CSV file</source>
        <translation>从 Excel 工作簿或 CSV 文件导入困难帮扶记录</translation>
    </message>
    <message>
        <source>Save all hardship cases as a CSV file</source>
        <translation>将全部困难帮扶记录保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Import Hardship Cases</source>
        <translation>导入困难帮扶记录</translation>
    </message>
    <message>
        <source>Export Hardship Cases</source>
        <translation>导出困难帮扶记录</translation>
    </message>
    <message>
        <source>hardship-cases</source>
        <translation>困难帮扶</translation>
    </message>
    <message>
        <source>Exported %1 hardship cases to %2</source>
        <translation>已将 %1 条困难帮扶记录导出到 %2</translation>
    </message>
    <message>
        <source>Cannot show the hardship cases</source>
        <translation>无法显示困难帮扶记录</translation>
    </message>
    <message>
        <source>Cannot edit the hardship case</source>
        <translation>无法编辑困难帮扶记录</translation>
    </message>
    <message>
        <source>The hardship case no longer exists.</source>
        <translation>该困难帮扶记录已不存在。</translation>
    </message>
    <message>
        <source>Search name or staff number</source>
        <translation>搜索姓名或工号</translation>
    </message>
    <message>
        <source>No hardship case in this year. Record the help given to a family in difficulty: the cause, the household, the amount and who funds it.</source>
        <translation>本年度还没有困难帮扶记录。请登记对困难家庭的帮扶：困难原因、家庭情况、帮扶金额和资金来源。</translation>
    </message>
    <message>
        <source>No hardship case matches “%1”.</source>
        <translation>没有与“%1”匹配的困难帮扶记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n 条帮扶记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Add hardship case of %1</source>
        <translation>新增 %1 的困难帮扶</translation>
    </message>
    <message>
        <source>Edit hardship case of %1</source>
        <translation>编辑 %1 的困难帮扶</translation>
    </message>
    <message>
        <source>Delete hardship case of %1</source>
        <translation>删除 %1 的困难帮扶</translation>
    </message>
    <message>
        <source>Cannot add the hardship case</source>
        <translation>无法新增困难帮扶记录</translation>
    </message>
    <message>
        <source>Cannot save the hardship case</source>
        <translation>无法保存困难帮扶记录</translation>
    </message>
    <message>
        <source>Cannot delete the hardship case</source>
        <translation>无法删除困难帮扶记录</translation>
    </message>
    <message>
        <source>Delete hardship case</source>
        <translation>删除困难帮扶记录</translation>
    </message>
    <message>
        <source>Delete the hardship case of %1 of %2?</source>
        <translation>确定删除 %1 于 %2 的困难帮扶记录吗？</translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation>可以通过“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <source>Hardship help</source>
        <translation>困难帮扶</translation>
    </message>
    <message>
        <source>Ask before a second case of a member in the same year</source>
        <translation>同一会员同一年第二次帮扶前询问</translation>
    </message>
    <message>
        <source>Help is normally given once a year per family; the setting is shared by everyone who uses this database</source>
        <translation>帮扶一般每户每年一次；此设置对共用此数据库的所有人生效</translation>
    </message>
    <message>
        <source>Cannot change the setting</source>
        <translation>无法更改设置</translation>
    </message>
    <message>
        <source>A second case in the year</source>
        <translation>同一年第二次帮扶</translation>
    </message>
    <message>
        <source>Record it anyway?</source>
        <translation>仍要登记吗？</translation>
    </message>
</context>
<context>
    <name>ud::ui::HistoryPage</name>
    <message>
        <source>Change history</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>&amp;Refresh History</source>
        <translation>刷新变更记录(&amp;R)</translation>
    </message>
    <message>
        <source>Every addition, change and deletion, newest first</source>
        <translation>所有新增、修改和删除操作，最新的在前</translation>
    </message>
    <message>
        <source>Read the history again (%1)</source>
        <translation>重新读取变更记录（%1）</translation>
    </message>
    <message>
        <source>Only changes on or after this day</source>
        <translation>只显示此日期当天及之后的变更</translation>
    </message>
    <message>
        <source>Only changes on or before this day</source>
        <translation>只显示此日期当天及之前的变更</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>数据表(&amp;T)：</translation>
    </message>
    <message>
        <source>Cannot show the change history</source>
        <translation>无法显示变更记录</translation>
    </message>
    <message>
        <source>All tables</source>
        <translation>全部数据表</translation>
    </message>
    <message>
        <source>No changes match the filter.</source>
        <translation>没有符合筛选条件的变更。</translation>
    </message>
    <message>
        <source>No changes yet. Every addition, change and deletion will be listed here.</source>
        <translation>暂无变更。所有新增、修改和删除操作都会列在这里。</translation>
    </message>
    <message>
        <source>Name or staff no.</source>
        <translation>姓名或工号</translation>
    </message>
    <message>
        <source>Only the changes of the people and records whose name or staff number holds this text</source>
        <translation>只显示姓名或工号包含此文字的人员和记录的变更</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>%1 has been deleted; the history keeps what it held.</source>
        <translation>%1 已被删除；变更记录中保留了其内容。</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>变更记录(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ud::ui::ImportLogDialog</name>
    <message>
        <source>&amp;Undo This Import</source>
        <translation>撤销此次导入(&amp;U)</translation>
    </message>
    <message>
        <source>Import Log</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>Every import and every copy of a work plan to the next year, newest first. Undoing one removes what it added and puts back what it changed, as long as nobody has changed those records since.</source>
        <translation>每一次导入、每一次将工作要点复制到下一年，最新的在前。撤销某次导入会删除它新增的记录、恢复它修改过的内容，前提是这些记录此后没有被改动过。</translation>
    </message>
    <message>
        <source>Remove what the selected import added and put back what it changed</source>
        <translation>删除所选导入新增的记录，恢复它修改过的内容</translation>
    </message>
    <message>
        <source>Cannot show the import log</source>
        <translation>无法显示导入记录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>import title (file)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Undo This Import</source>
        <translation>撤销此次导入</translation>
    </message>
    <message>
        <source>Undo %1 of %2?

%3

What it added is removed and what it changed is put back. Edit › Redo does it again.</source>
        <translation>撤销 %2 的%1？

%3

它新增的记录将被删除，修改过的内容将恢复原样。可用“编辑 › 重做”再次执行。</translation>
    </message>
    <message>
        <source>Cannot undo the import</source>
        <translation>无法撤销导入</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <comment>undo step: import</comment>
        <translation>撤销%1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
</context>
<context>
    <name>ud::ui::ImportPreviewDialog</name>
    <message>
        <source>Nothing is stored until you choose Import. The rows of %1 as they would be imported:</source>
        <translation>点击“导入”之前不会保存任何内容。%1 各行的导入预览：</translation>
    </message>
    <message>
        <source>Import the valid rows and leave out the rows with errors</source>
        <translation>导入有效的行，略过有错误的行</translation>
    </message>
    <message>
        <source>Update them from the file</source>
        <translation>按文件内容更新</translation>
    </message>
    <message>
        <source>Leave the stored records as they are</source>
        <translation>保留已有记录不变</translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation>全部不导入</translation>
    </message>
    <message>
        <source>Rows with errors:</source>
        <translation>有错误的行：</translation>
    </message>
    <message>
        <source>Rows already stored:</source>
        <translation>已存在的行：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Nothing can be imported this way:</source>
        <translation>按当前选择无法导入：</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>……另有 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>The file brings nothing new.</source>
        <translation>文件中没有需要导入的新内容。</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GBK / GB18030 (Chinese Windows)</source>
        <translation>GBK / GB18030（中文 Windows）</translation>
    </message>
    <message>
        <source>The text encoding of a CSV file; change it when the preview shows garbled characters.</source>
        <translation>CSV 文件的文字编码；预览中出现乱码时请更改。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一行的值</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>&amp;Save Rows with Errors…</source>
        <translation>保存有错误的行(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the rows with errors, with their reasons, as a file to correct and import again</source>
        <translation>将有错误的行连同错误原因另存为文件，改正后再次导入</translation>
    </message>
    <message>
        <source>Detect automatically (%1)</source>
        <translation>自动识别（%1）</translation>
    </message>
    <message>
        <source>GBK / GB18030</source>
        <translation>GBK / GB18030</translation>
    </message>
    <message>
        <source>Not needed for .xlsx</source>
        <translation>.xlsx 文件无需选择</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Cannot save the rows</source>
        <translation>无法保存这些行</translation>
    </message>
</context>
<context>
    <name>ud::ui::InspectionDialog</name>
    <message>
        <source>Inspections</source>
        <translation>代表巡视</translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation>新增巡视</translation>
    </message>
    <message>
        <source>Edit inspection</source>
        <translation>编辑巡视</translation>
    </message>
</context>
<context>
    <name>ud::ui::InspectionsPage</name>
    <message>
        <source>&amp;Add Inspection…</source>
        <translation>新增巡视(&amp;A)…</translation>
    </message>
    <message>
        <source>Record an inspection by representatives (代表巡视)</source>
        <translation>登记一次代表巡视</translation>
    </message>
    <message>
        <source>&amp;Edit Inspection…</source>
        <translation>编辑巡视(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected inspection</source>
        <translation>编辑所选巡视</translation>
    </message>
    <message>
        <source>&amp;Delete Inspection</source>
        <translation>删除巡视(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected inspection</source>
        <translation>删除所选巡视</translation>
    </message>
    <message>
        <source>Add inspections from an Excel workbook or a CSV file</source>
        <translation>从 Excel 工作簿或 CSV 文件添加巡视</translation>
    </message>
    <message>
        <source>Save all inspections as a CSV file</source>
        <translation>将全部巡视保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Import Inspections</source>
        <translation>导入巡视</translation>
    </message>
    <message>
        <source>Export Inspections</source>
        <translation>导出巡视</translation>
    </message>
    <message>
        <source>inspections</source>
        <translation>代表巡视</translation>
    </message>
    <message>
        <source>Exported %1 inspections to %2</source>
        <translation>已将 %1 次巡视导出到 %2</translation>
    </message>
    <message>
        <source>Cannot show the inspections</source>
        <translation>无法显示巡视</translation>
    </message>
    <message>
        <source>Cannot edit the inspection</source>
        <translation>无法编辑巡视</translation>
    </message>
    <message>
        <source>The inspection no longer exists.</source>
        <translation>该巡视记录已不存在。</translation>
    </message>
    <message>
        <source>Search topic or places</source>
        <translation>搜索主题或地点</translation>
    </message>
    <message>
        <source>No inspection yet. Representatives inspect in November: record the date, the topic, the places and what they found.</source>
        <translation>还没有巡视记录。代表通常在 11 月巡视：登记日期、主题、地点和发现的问题。</translation>
    </message>
    <message>
        <source>No inspection matches “%1”.</source>
        <translation>没有与“%1”相符的巡视。</translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation>
            <numerusform>%n 次巡视</numerusform>
        </translation>
    </message>
    <message>
        <source>Add inspection %1</source>
        <translation>新增巡视 %1</translation>
    </message>
    <message>
        <source>Edit inspection %1</source>
        <translation>编辑巡视 %1</translation>
    </message>
    <message>
        <source>Delete inspection %1</source>
        <translation>删除巡视 %1</translation>
    </message>
    <message>
        <source>Cannot add the inspection</source>
        <translation>无法新增巡视</translation>
    </message>
    <message>
        <source>Cannot save the inspection</source>
        <translation>无法保存巡视</translation>
    </message>
    <message>
        <source>Cannot delete the inspection</source>
        <translation>无法删除巡视</translation>
    </message>
    <message>
        <source>Delete inspection</source>
        <translation>删除巡视</translation>
    </message>
    <message>
        <source>Delete the inspection %1 of %2?</source>
        <translation>确定删除 %2 的巡视“%1”吗？</translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation>可以通过“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>代表巡视</translation>
    </message>
    <message>
        <source>Add &amp;Follow-up…</source>
        <translation>新增整改事项(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Move On</source>
        <translation>推进(&amp;M)</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>整改事项</translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation>承办单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add a follow-up item of the selected inspection, with the unit that handles it</source>
        <translation>为所选巡视新增整改事项，并指定承办单位</translation>
    </message>
    <message>
        <source>The selected follow-up item moves on: open → being handled → done</source>
        <translation>所选整改事项进入下一状态：未处理 → 办理中 → 已完成</translation>
    </message>
    <message>
        <source>Add Follow-up</source>
        <translation>新增整改事项</translation>
    </message>
    <message>
        <source>What is to be done:</source>
        <translation>整改内容：</translation>
    </message>
    <message>
        <source>No handling unit</source>
        <translation>不指定承办单位</translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation>承办单位：</translation>
    </message>
    <message>
        <source>Representatives: none recorded</source>
        <translation>参加代表：未登记</translation>
    </message>
    <message>
        <source>Representatives: %1</source>
        <translation>参加代表：%1</translation>
    </message>
    <message>
        <source>Cannot show the inspection</source>
        <translation>无法显示巡视</translation>
    </message>
    <message>
        <source>Cannot add the follow-up item</source>
        <translation>无法新增整改事项</translation>
    </message>
    <message>
        <source>Add follow-up %1</source>
        <translation>新增整改事项 %1</translation>
    </message>
    <message>
        <source>Cannot change the follow-up item</source>
        <translation>无法修改整改事项</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&amp;Representatives…</source>
        <translation>参加代表(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose the representatives who went on the selected inspection</source>
        <translation>选择参加所选巡视的代表</translation>
    </message>
    <message>
        <source>Representatives Who Went</source>
        <translation>参加巡视的代表</translation>
    </message>
    <message>
        <source>Cannot change the representatives</source>
        <translation>无法修改参加代表</translation>
    </message>
    <message>
        <source>Representatives of inspection %1</source>
        <translation>巡视 %1 的参加代表</translation>
    </message>
</context>
<context>
    <name>ud::ui::ListPage</name>
    <message>
        <source>No database is open. Open one with File › Open Database…, or start a new one with File › New Database….</source>
        <translation>未打开数据库。请通过“文件 › 打开数据库…”打开一个数据库，或通过“文件 › 新建数据库…”新建一个。</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Nothing was imported from %1. Correct these rows in the file and import it again:</source>
        <translation>未从 %1 导入任何数据。请在文件中改正以下各行后重新导入：</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <source>&amp;Save These Rows…</source>
        <translation>保存这些行(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the rows that failed, with their reasons, as a file to correct and import again</source>
        <translation>将导入失败的行连同错误原因另存为文件，改正后再次导入</translation>
    </message>
    <message>
        <source>Cannot save the rows</source>
        <translation>无法保存这些行</translation>
    </message>
    <message>
        <source>None of these rows is in %1 any more.</source>
        <translation>%1 中已没有这些行。</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to correct in %1</source>
        <translation>
            <numerusform>已将 %n 行待更正数据保存到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt *.xls *.et);;All files (*)</source>
        <translation>表格文件 (*.xlsx *.csv *.txt *.xls *.et);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import %1 (%2)</source>
        <comment>import step: records, file</comment>
        <translation>导入 %1（%2）</translation>
    </message>
</context>
<context>
    <name>ud::ui::MainWindow</name>
    <message>
        <source>&amp;New Database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new, empty database file</source>
        <translation>新建一个空的数据库文件</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation>打开数据库文件</translation>
    </message>
    <message>
        <source>Connect to &amp;PostgreSQL Server…</source>
        <translation>连接 PostgreSQL 服务器(&amp;P)…</translation>
    </message>
    <message>
        <source>Use a database that several computers share</source>
        <translation>使用多台电脑共用的数据库</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Save a copy of the whole database</source>
        <translation>保存整个数据库的副本</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Replace the contents of the database with a backup</source>
        <translation>用备份替换数据库的内容</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;About UnionDesk</source>
        <translation>关于工会事务台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开的数据库(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Tool Bar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <source>Show &amp;Tool Bar</source>
        <translation>显示工具栏(&amp;T)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 asks for the password of %2:</source>
        <translation>PostgreSQL 服务器 %1 需要用户 %2 的密码：</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>The open database</source>
        <translation>当前打开的数据库</translation>
    </message>
    <message>
        <source>%1 — UnionDesk</source>
        <translation>%1 — 工会事务台</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Use File › New Database… or File › Open Database…</source>
        <translation>请使用“文件 › 新建数据库…”或“文件 › 打开数据库…”</translation>
    </message>
    <message>
        <source>UnionDesk</source>
        <translation>工会事务台</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>没有最近打开的数据库</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>UnionDesk databases (*.sqlite)</source>
        <translation>工会事务台数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name, or open it with File › Open Database….</source>
        <translation>文件 %1 已存在。请另选一个名称，或通过“文件 › 打开数据库…”打开该文件。</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>UnionDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>工会事务台数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>UnionDesk backups (*.sqlite)</source>
        <translation>工会事务台备份 (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>备份已写入 %1</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>The current contents are saved first, as a backup in %1.</source>
        <translation>当前内容会先作为备份保存到 %1。</translation>
    </message>
    <message>
        <source>Restore now?</source>
        <translation>是否立即恢复？</translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <source>Restored from %1; the previous contents are in %2</source>
        <translation>已从 %1 恢复；原有内容保存在 %2</translation>
    </message>
    <message>
        <source>Automatic Backup Failed</source>
        <translation>自动备份失败</translation>
    </message>
    <message>
        <source>UnionDesk closes anyway; the database itself is not affected.</source>
        <translation>工会事务台仍将关闭；数据库本身不受影响。</translation>
    </message>
    <message>
        <source>Create a new, empty database there?</source>
        <translation>在此处新建一个空数据库吗？</translation>
    </message>
    <message>
        <source>Opened Read-Only</source>
        <translation>已以只读方式打开</translation>
    </message>
    <message>
        <source>The database %1 is open read-only: %2.</source>
        <translation>数据库 %1 以只读方式打开：%2。</translation>
    </message>
    <message>
        <source>You can look at everything, print and export, but nothing can be changed. To make changes, copy the file to a folder of your own, or ask for write access.</source>
        <translation>您可以查看、打印和导出全部内容，但不能做任何修改。如需修改，请将文件复制到您自己的文件夹，或申请写入权限。</translation>
    </message>
    <message>
        <source>%1 · %2 · read-only</source>
        <translation>%1 · %2 · 只读</translation>
    </message>
    <message>
        <source>The database %1 is open read-only (%2), so it cannot be replaced.</source>
        <translation>数据库 %1 以只读方式打开（%2），因此不能被替换。</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Go to the search field of the page</source>
        <translation>转到本页的搜索框</translation>
    </message>
    <message>
        <source>Cannot Open the Record</source>
        <translation>无法打开记录</translation>
    </message>
    <message>
        <source>The record no longer exists; another user may have deleted it.</source>
        <translation>该记录已不存在，可能已被其他用户删除。</translation>
    </message>
    <message>
        <source>%1 have no page to open them on.</source>
        <translation>%1没有可供打开的页面。</translation>
    </message>
    <message>
        <source>This page has no search field.</source>
        <translation>本页没有搜索框。</translation>
    </message>
    <message>
        <source>Second backup folder missing</source>
        <translation>第二备份文件夹不可用</translation>
    </message>
    <message>
        <source>The second backup folder %1 is not there (a USB stick that is not plugged in, a network share that is not connected). Automatic backups go to %2 only until it is back.</source>
        <translation>第二备份文件夹 %1 不可用（U 盘未插入或网络共享未连接）。在其恢复之前，自动备份只写入 %2。</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>正在备份 %1…</translation>
    </message>
    <message>
        <source>The other database opens all the same; %1 itself is not affected.</source>
        <translation>另一个数据库仍将打开；%1 本身不受影响。</translation>
    </message>
    <message>
        <source>Making the demo database…</source>
        <translation>正在生成演示数据库…</translation>
    </message>
    <message>
        <source>Cannot Make the Demo Database</source>
        <translation>无法生成演示数据库</translation>
    </message>
    <message>
        <source>Demo database: made-up members to try things on.</source>
        <translation>演示数据库：其中的会员均为虚构，可随意试用。</translation>
    </message>
    <message>
        <source>Demo database: made-up members to try things on. Your own database %1 is as it was; File › Open Recent opens it again.</source>
        <translation>演示数据库：其中的会员均为虚构，可随意试用。您自己的数据库 %1 保持原样，可通过“文件 › 最近打开的数据库”重新打开。</translation>
    </message>
    <message>
        <source>Everything in %1 (%2) will be replaced by the contents of the backup %3 (%4).</source>
        <translation>%1（%2）中的全部数据将被备份 %3（%4）的内容替换。</translation>
    </message>
    <message>
        <source>User &amp;Manual</source>
        <translation>使用手册(&amp;M)</translation>
    </message>
    <message>
        <source>A short manual of UnionDesk</source>
        <translation>工会事务台简明使用手册</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>开始使用(&amp;G)</translation>
    </message>
    <message>
        <source>The steps of setting up a new database</source>
        <translation>新数据库的设置步骤</translation>
    </message>
    <message>
        <source> · demo data</source>
        <translation> · 演示数据</translation>
    </message>
    <message>
        <source>The demo database: made-up data to try the program on</source>
        <translation>演示数据库：用于试用程序的虚构数据</translation>
    </message>
    <message>
        <source>%1 (demo data) — UnionDesk</source>
        <translation>%1（演示数据）— 工会事务台</translation>
    </message>
    <message>
        <source>Import &amp;Log…</source>
        <translation>导入记录(&amp;L)…</translation>
    </message>
    <message>
        <source>Every import and copy to the next year, each of which can be undone</source>
        <translation>每一次导入和复制到下一年的记录，均可撤销</translation>
    </message>
    <message>
        <source>Working &amp;Calendar…</source>
        <translation>工作日历(&amp;C)…</translation>
    </message>
    <message>
        <source>The days off and the Saturdays and Sundays worked of each year, from the State Council&apos;s notices: what periods of working days (a 公示) are counted on</source>
        <translation>各年度的放假日和周六、周日调休上班日，依据国务院办公厅的节假日安排通知；按工作日计算的期限（如公示期）以此为准</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Cannot Show the List</source>
        <translation>无法显示列表</translation>
    </message>
</context>
<context>
    <name>ud::ui::ManualDialog</name>
    <message>
        <source>User Manual</source>
        <translation>使用手册</translation>
    </message>
</context>
<context>
    <name>ud::ui::MemberDialog</name>
    <message>
        <source>New member</source>
        <translation>新增会员</translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation>编辑会员 %1</translation>
    </message>
    <message>
        <source>Cannot record the event</source>
        <translation>无法登记变动</translation>
    </message>
    <message>
        <source>Cannot remove the event</source>
        <translation>无法删除变动</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>基本信息(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>变动记录(&amp;H)</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>e.g. 1985-03-02; filled from the ID number</source>
        <translation>例如 1985-03-02；根据身份证号自动填写</translation>
    </message>
    <message>
        <source>18 characters; old 15-digit numbers are converted</source>
        <translation>18 位；15 位旧号码会自动转换</translation>
    </message>
    <message>
        <source>11-digit mobile number</source>
        <translation>11 位手机号</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>e.g. 2010-09-01; today when empty</source>
        <translation>例如 2010-09-01；留空则为今天</translation>
    </message>
    <message>
        <source>&amp;Staff no.:</source>
        <translation>工号(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>性别(&amp;G)：</translation>
    </message>
    <message>
        <source>E&amp;thnicity:</source>
        <translation>民族(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>出生日期(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>手机号(&amp;M)：</translation>
    </message>
    <message>
        <source>S&amp;ub-union:</source>
        <translation>二级工会(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Position/title:</source>
        <translation>职务/职称(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Education:</source>
        <translation>学历(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Political status:</source>
        <translation>政治面貌(&amp;P)：</translation>
    </message>
    <message>
        <source>Emplo&amp;yment:</source>
        <translation>用工形式(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Joined union:</source>
        <translation>入会时间(&amp;J)：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation>二级工会</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <source>Note, e.g. the document number</source>
        <translation>备注，例如文号</translation>
    </message>
    <message>
        <source>&amp;Record Event</source>
        <translation>登记变动(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;move Event</source>
        <translation>删除变动(&amp;M)</translation>
    </message>
    <message>
        <source>Record a change of standing:</source>
        <translation>登记状态变动：</translation>
    </message>
    <message>
        <source>Record a transfer on the History tab to change the sub-union.</source>
        <translation>如要更改二级工会，请在“变动记录”页登记调动。</translation>
    </message>
    <message>
        <source>Save the new member first; the history starts with the day they joined.</source>
        <translation>请先保存新会员；变动记录从入会之日开始。</translation>
    </message>
    <message>
        <source>Active (joins on the date above)</source>
        <translation>在册（于上面的日期入会）</translation>
    </message>
    <message>
        <source>The status changes through the events on the History tab.</source>
        <translation>状态通过“变动记录”页中登记的变动而改变。</translation>
    </message>
    <message>
        <source>The birth date “%1” is not a date; write it like 1985-03-02.</source>
        <translation>出生日期“%1”不是有效日期，请写成 1985-03-02 的形式。</translation>
    </message>
    <message>
        <source>The join date “%1” is not a date; write it like 2010-09-01.</source>
        <translation>入会时间“%1”不是有效日期，请写成 2010-09-01 的形式。</translation>
    </message>
    <message>
        <source>Other members with this name (staff no. · sub-union): %1</source>
        <translation>同名的其他会员（工号 · 二级工会）：%1</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The current status and sub-union follow from the latest event.</source>
        <translation>当前状态和二级工会由最近一次变动决定。</translation>
    </message>
    <message>
        <source>The date “%1” is not a date; write it like 2024-03-08.</source>
        <translation>日期“%1”不是有效日期，请写成 2024-03-08 的形式。</translation>
    </message>
    <message>
        <source>staff no. %1</source>
        <translation>工号 %1</translation>
    </message>
    <message>
        <source>Default (%1 years)</source>
        <translation>默认（%1周岁）</translation>
    </message>
    <message>
        <source>55 years (cadres)</source>
        <translation>55周岁（女干部）</translation>
    </message>
    <message>
        <source>50 years (workers)</source>
        <translation>50周岁（女工人）</translation>
    </message>
    <message>
        <source>A woman&apos;s statutory retirement age before the 2025 rise: 55 for cadres and most university staff, 50 for workers. The default is set in the member lists.</source>
        <translation>女职工2025年延迟退休改革前的法定退休年龄：女干部及多数高校教职工为55周岁，女工人为50周岁。默认值在“会员名单”中设置。</translation>
    </message>
    <message>
        <source>By the gradual rise in force since 1 January 2025: men from 60 to 63, women from 55 to 58 or from 50 to 55 years, by month of birth.</source>
        <translation>按2025年1月1日起施行的渐进式延迟法定退休年龄：男职工由60周岁延迟至63周岁，女职工由55周岁延迟至58周岁或由50周岁延迟至55周岁，按出生年月计算。</translation>
    </message>
    <message>
        <source>Original retirement &amp;age:</source>
        <translation>原法定退休年龄(&amp;A)：</translation>
    </message>
    <message>
        <source>Statutory retirement:</source>
        <translation>法定退休时间：</translation>
    </message>
    <message>
        <source>(needs the gender and the birth date)</source>
        <translation>（需填写性别和出生日期）</translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation>%1（届时%2）</translation>
    </message>
    <message>
        <source>%1 (after OK)</source>
        <translation>%1（点击“确定”后生效）</translation>
    </message>
    <message>
        <source>Cannot show the history</source>
        <translation>无法显示变动记录</translation>
    </message>
    <message>
        <source>Stored when you click OK.</source>
        <translation>点击“确定”后保存。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the history, stored when you click OK (Cancel takes them back).</source>
        <translation>
            <numerusform>变动记录有 %n 处更改，点击“确定”后保存（点击“取消”则全部放弃）。</numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;wards</source>
        <translation>获奖记录(&amp;W)</translation>
    </message>
    <message>
        <source>No award recorded for this member.</source>
        <translation>该会员没有获奖记录。</translation>
    </message>
    <message>
        <source>A new member has no awards yet.</source>
        <translation>新会员还没有获奖记录。</translation>
    </message>
    <message>
        <source>Awards from the final lists of the rounds and from earlier years&apos; lists; the repeat rule of a nomination reads them.</source>
        <translation>来自各评选批次最终名单及往年获奖名单的获奖记录；推荐时据此检查是否重复获奖。</translation>
    </message>
</context>
<context>
    <name>ud::ui::MemberImportDialog</name>
    <message>
        <source>Import Members</source>
        <translation>导入会员</translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file with a header row</source>
        <translation>带表头行的 Excel 工作簿（.xlsx）或 CSV 文件</translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GBK / GB18030 (Chinese Windows)</source>
        <translation>GBK / GB18030（中文 Windows）</translation>
    </message>
    <message>
        <source>The text encoding of a CSV file; change it when the preview shows garbled characters.</source>
        <translation>CSV 文件的文字编码；预览中出现乱码时请更改。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>第一行的值</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>How to import</source>
        <translation>导入方式</translation>
    </message>
    <message>
        <source>Import the valid rows and leave out the rows with errors</source>
        <translation>导入有效的行，略过有错误的行</translation>
    </message>
    <message>
        <source>Keep the stored member (skip the row)</source>
        <translation>保留已存的会员（跳过该行）</translation>
    </message>
    <message>
        <source>Update the stored member from the row</source>
        <translation>按该行更新已存的会员</translation>
    </message>
    <message>
        <source>Rows with errors:</source>
        <translation>有错误的行：</translation>
    </message>
    <message>
        <source>Members already stored (same staff number or ID number):</source>
        <translation>已存在的会员（工号或身份证号相同）：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Detect automatically (%1)</source>
        <translation>自动识别（%1）</translation>
    </message>
    <message>
        <source>GBK / GB18030</source>
        <translation>GBK / GB18030</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Choose which columns hold the staff number and the name (tab &quot;Columns&quot;).</source>
        <translation>请在“列”页中指定工号列和姓名列。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1（新）</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation>已存在</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>已读取 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n with errors</source>
        <translation>
            <numerusform>；%n 行有错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already stored</source>
        <translation>
            <numerusform>；%n 行已存在</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview shows the first %1 rows as they will be stored and every row with an error.</source>
        <translation>预览按保存后的样子显示前 %1 行，以及所有有错误的行。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors (marked red in the preview). Correct the file, or import only the valid rows.</source>
        <translation>
            <numerusform>有 %n 行存在错误（在预览中标为红色）。请改正文件，或只导入有效的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation>没有可导入的数据。</translation>
    </message>
    <message>
        <source>Importing members…</source>
        <translation>正在导入会员…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation>导入已取消，未保存任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n member(s).</source>
        <translation>
            <numerusform>已导入 %n 名会员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n stored member(s).</source>
        <translation>
            <numerusform>已更新 %n 名已存会员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left %n stored member(s) unchanged.</source>
        <translation>
            <numerusform>%n 名已存会员保持不变。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n row(s) with errors.</source>
        <translation>
            <numerusform>略过了 %n 个有错误的行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n sub-union(s).</source>
        <translation>
            <numerusform>已创建 %n 个二级工会。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save Rows with Errors…</source>
        <translation>保存有错误的行(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the rows with errors, with their reasons, as a file to correct and import again</source>
        <translation>将有错误的行连同错误原因另存为文件，改正后再次导入</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>文件中的名称</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>导入到</translation>
    </message>
    <message>
        <source>Use the &amp;Proposed Sub-unions</source>
        <translation>采用建议的二级工会(&amp;P)</translation>
    </message>
    <message>
        <source>For each name with exactly one proposal, import its rows into the proposed sub-union</source>
        <translation>名称只有一个建议的，将其各行导入建议的二级工会</translation>
    </message>
    <message>
        <source>&amp;Create Those Without a Proposal</source>
        <translation>新建无建议的二级工会(&amp;C)</translation>
    </message>
    <message>
        <source>Create a new sub-union for each name that no stored sub-union resembles</source>
        <translation>为与已有二级工会都不相近的名称新建二级工会</translation>
    </message>
    <message>
        <source>Sub-unions not found:</source>
        <translation>未找到的二级工会：</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.xls *.et);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>电子表格 (*.xlsx *.csv *.xls *.et);;Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>; %n sub-union(s) not found</source>
        <translation>
            <numerusform>；%n 个二级工会未找到</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <source>%1 · %2 (proposed)</source>
        <translation>%1 · %2（建议）</translation>
    </message>
    <message>
        <source>A new sub-union %1 (code %2)</source>
        <translation>新建二级工会 %1（代码 %2）</translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation>%1（未找到）</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to correct in %1.</source>
        <translation>
            <numerusform>已将 %n 行待更正数据保存到 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file names %n sub-union(s) that are not stored. Choose for each what its rows are imported as: a proposed sub-union, another stored one, or a new one.</source>
        <translation>
            <numerusform>文件中有 %n 个二级工会未找到。请为每个名称选择其各行导入到：建议的二级工会、其他已有二级工会，或新建。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported the rows of %n sub-union name(s) into stored sub-unions.</source>
        <translation>
            <numerusform>已将 %n 个二级工会名称的行导入已有二级工会。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::ui::MemberListsDialog</name>
    <message>
        <source>Include retired members</source>
        <translation>包括退休会员</translation>
    </message>
    <message>
        <source>&amp;Group by sub-union</source>
        <translation>按二级工会分组(&amp;G)</translation>
    </message>
    <message>
        <source>Show full &amp;mobile numbers</source>
        <translation>显示完整手机号(&amp;M)</translation>
    </message>
    <message>
        <source>Member Lists</source>
        <translation>会员名单</translation>
    </message>
    <message>
        <source>Birthdays of a month</source>
        <translation>某月生日名单</translation>
    </message>
    <message>
        <source>Upcoming retirements</source>
        <translation>即将退休名单</translation>
    </message>
    <message>
        <source>Roster on a date</source>
        <translation>某日会员名册</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Between:</source>
        <translation>时间范围(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation>日期(&amp;O)：</translation>
    </message>
    <message>
        <source>All sub-unions</source>
        <translation>全部二级工会</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>名单(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Sub-union:</source>
        <translation>二级工会(&amp;S)：</translation>
    </message>
    <message>
        <source>Print &amp;Preview…</source>
        <translation>打印预览(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save as Do&amp;cument…</source>
        <translation>另存为文档(&amp;C)…</translation>
    </message>
    <message>
        <source>55 years (cadres)</source>
        <translation>55周岁（女干部）</translation>
    </message>
    <message>
        <source>50 years (workers)</source>
        <translation>50周岁（女工人）</translation>
    </message>
    <message>
        <source>Men retire from 60 years, women from 55 or 50, each raised by 1 to 36 months (50: up to 60 months) by month of birth under the rise in force since 2025: at most 63, 58 and 55 years. A woman&apos;s own original age in her record comes first.</source>
        <translation>按2025年起施行的渐进式延迟法定退休年龄，男职工原60周岁、女职工原55或50周岁，按出生年月延迟1至36个月（原50周岁的最多60个月），最高分别为63、58、55周岁。会员档案中登记了本人原法定退休年龄的，以登记为准。</translation>
    </message>
    <message>
        <source>Women&apos;s original &amp;age:</source>
        <translation>女职工原法定退休年龄(&amp;A)：</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 纵向</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 横向</translation>
    </message>
    <message>
        <source>Orien&amp;tation:</source>
        <translation>打印方向(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ud::ui::MembersPage</name>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Choose the columns to show (also by right-clicking a column title)</source>
        <translation>选择要显示的列（也可右键单击列标题）</translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation>新增会员(&amp;A)…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>新增一名会员</translation>
    </message>
    <message>
        <source>&amp;Edit Member…</source>
        <translation>编辑会员(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected member and their history</source>
        <translation>编辑所选会员及其变动记录</translation>
    </message>
    <message>
        <source>&amp;Delete Member</source>
        <translation>删除会员(&amp;D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected member</source>
        <translation>删除所选会员</translation>
    </message>
    <message>
        <source>Show Full &amp;ID and Mobile Numbers</source>
        <translation>显示完整身份证号和手机号(&amp;I)</translation>
    </message>
    <message>
        <source>Full ID/mobile</source>
        <translation>完整号码</translation>
    </message>
    <message>
        <source>Show ID and mobile numbers in full instead of masked (personal information)</source>
        <translation>显示完整的身份证号和手机号，而不是脱敏后的号码（个人信息）</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Show every member again</source>
        <translation>重新显示全部会员</translation>
    </message>
    <message>
        <source>&amp;Import Members…</source>
        <translation>导入会员(&amp;I)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import members from an Excel workbook (.xlsx) or a CSV file, with a preview</source>
        <translation>从 Excel 工作簿（.xlsx）或 CSV 文件导入会员，导入前可预览</translation>
    </message>
    <message>
        <source>&amp;Export List…</source>
        <translation>导出名单(&amp;E)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export the members shown, with the columns shown, to Excel or CSV</source>
        <translation>将当前显示的会员按当前显示的列导出为 Excel 或 CSV</translation>
    </message>
    <message>
        <source>&amp;Lists and Printing…</source>
        <translation>名单与打印(&amp;L)…</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Birthdays of a month, upcoming retirements, the roster on a date: print or export</source>
        <translation>打印或导出某月生日名单、即将退休名单、某日会员名册</translation>
    </message>
    <message>
        <source>Name, pinyin (zw), staff no., mobile or ID</source>
        <translation>姓名、拼音（zw）、工号、手机号或身份证号</translation>
    </message>
    <message>
        <source>All sub-unions</source>
        <translation>全部二级工会</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Men and women</source>
        <translation>男女不限</translation>
    </message>
    <message>
        <source>Men</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Women</source>
        <translation>女</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Youngest age shown (whole years today)</source>
        <translation>显示的最小年龄（按今天计算的周岁）</translation>
    </message>
    <message>
        <source>Oldest age shown (whole years today)</source>
        <translation>显示的最大年龄（按今天计算的周岁）</translation>
    </message>
    <message>
        <source>Any birthday</source>
        <translation>生日不限</translation>
    </message>
    <message>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>Birthday in %1</source>
        <translation>%1生日</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Default Columns</source>
        <translation>默认列</translation>
    </message>
    <message>
        <source>Cannot show the members</source>
        <translation>无法显示会员</translation>
    </message>
    <message>
        <source>Cannot add the member</source>
        <translation>无法新增会员</translation>
    </message>
    <message>
        <source>Cannot edit the member</source>
        <translation>无法编辑会员</translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation>该会员已不存在。</translation>
    </message>
    <message>
        <source>%1 was added; the current filter hides them.</source>
        <translation>已新增 %1，但当前筛选条件未显示该会员。</translation>
    </message>
    <message>
        <source>Cannot save the member</source>
        <translation>无法保存会员</translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation>删除会员</translation>
    </message>
    <message>
        <source>Delete %1 (staff no. %2) and their history?</source>
        <translation>确定删除 %1（工号 %2）及其变动记录吗？</translation>
    </message>
    <message>
        <source>Members who retired, left or died are normally kept and given that status on the History tab. You can bring a deleted member back with Edit › Undo.</source>
        <translation>退休、调离或去世的会员通常应保留，并在“变动记录”页中登记相应状态。删除的会员可以通过“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <source>Cannot delete the member</source>
        <translation>无法删除会员</translation>
    </message>
    <message>
        <source>Cannot record the event</source>
        <translation>无法登记变动</translation>
    </message>
    <message>
        <source>Cannot remove the event</source>
        <translation>无法删除变动</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>共 %1 名会员</translation>
    </message>
    <message>
        <source>%1 members, %2 shown</source>
        <translation>共 %1 名会员，显示 %2 名</translation>
    </message>
    <message>
        <source>No member matches the filter.</source>
        <translation>没有符合筛选条件的会员。</translation>
    </message>
    <message>
        <source>members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Export Members</source>
        <translation>导出会员</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export full ID and mobile numbers?

Choose No to export them masked. An export with full numbers is recorded in the change history.</source>
        <translation>是否导出完整的身份证号和手机号？

选择“否”则导出脱敏后的号码。导出完整号码会记入变更记录。</translation>
    </message>
    <message>
        <source>Exporting members…</source>
        <translation>正在导出会员…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1</source>
        <translation>
            <numerusform>已将 %n 名会员导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation>新增会员 %1</translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation>编辑会员 %1</translation>
    </message>
    <message>
        <source>Delete member %1</source>
        <translation>删除会员 %1</translation>
    </message>
    <message>
        <source>Record “%1” for %2</source>
        <translation>为 %2 登记“%1”</translation>
    </message>
    <message>
        <source>Remove “%1” from the history of %2</source>
        <translation>从 %2 的变动记录中删除“%1”</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>会员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Print This List…</source>
        <translation>打印当前列表(&amp;P)…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print the members shown, with the columns shown, in the order shown</source>
        <translation>按当前显示的会员、列和顺序打印</translation>
    </message>
    <message>
        <source>Change &amp;Selected…</source>
        <translation>批量修改(&amp;S)…</translation>
    </message>
    <message>
        <source>Change Selected</source>
        <translation>批量修改</translation>
    </message>
    <message>
        <source>Record a transfer, retirement … or set a field for all selected members at once</source>
        <translation>为所有选中的会员一次登记调动、退休等事件，或修改某一字段</translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation>未做任何更改</translation>
    </message>
    <message numerus="yes">
        <source>Record “%1” for %n member(s)</source>
        <translation>
            <numerusform>为 %n 名会员登记“%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set “%1” for %n member(s)</source>
        <translation>
            <numerusform>为 %n 名会员修改“%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was saved; the current filter no longer shows them.</source>
        <translation>%1 已保存；当前筛选条件下不再显示。</translation>
    </message>
    <message>
        <source>Cannot print the list</source>
        <translation>无法打印列表</translation>
    </message>
    <message>
        <source>Save Import &amp;Template…</source>
        <translation>保存导入模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Save an Excel workbook with the column headings the import reads and an example row</source>
        <translation>保存一个 Excel 模板，含导入能识别的表头和一行示例</translation>
    </message>
    <message>
        <source>No members yet. Import the roster from an Excel workbook with Members › Import Members…; Members › Save Import Template… gives a workbook with the column headings it reads. Or add members one by one with Add.</source>
        <translation>还没有会员。请通过“会员 › 导入会员…”从 Excel 工作簿导入会员名册；“会员 › 保存导入模板…”可得到带有可识别表头的模板。也可以点“新增”逐个添加会员。</translation>
    </message>
    <message>
        <source>Cannot Save the Template</source>
        <translation>无法保存模板</translation>
    </message>
    <message>
        <source>Saved the import template %1: one member per row, then Members › Import Members…</source>
        <translation>导入模板已保存为 %1：每行填写一名会员，然后通过“会员 › 导入会员…”导入。</translation>
    </message>
    <message>
        <source>member import template</source>
        <translation>会员导入模板</translation>
    </message>
    <message>
        <source>Save Import Template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>The member roster</source>
        <translation>会员名册</translation>
    </message>
    <message>
        <source>Import the roster from an Excel workbook; its column headings are recognised (工号, 姓名, 身份证号码, 所在单位 …). The template has them, with an example row.</source>
        <translation>从 Excel 工作簿导入会员名册，自动识别表头（工号、姓名、身份证号码、所在单位……）。模板中已有这些表头和一行示例。</translation>
    </message>
    <message>
        <source>Import the Roster…</source>
        <translation>导入会员名册…</translation>
    </message>
    <message>
        <source>Save the Template…</source>
        <translation>保存模板…</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln member(s) (%1)</source>
        <translation>
            <numerusform>导入 %Ln 名会员（%1）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::ui::MergeUnitsDialog</name>
    <message>
        <source>Merge Sub-union</source>
        <translation>合并二级工会</translation>
    </message>
    <message>
        <source>Choose a sub-union</source>
        <translation>请选择二级工会</translation>
    </message>
    <message numerus="yes">
        <source>Merge %1 (code %2) into another sub-union: its %n member(s), their status history and its sub-units move there, and %1 is deleted.</source>
        <translation>
            <numerusform>将“%1”（代码 %2）并入另一个二级工会：其 %n 名会员、会员变动记录和下级单位转到该二级工会，随后删除“%1”。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>并入(&amp;I)：</translation>
    </message>
    <message>
        <source>For a sub-union stored twice, e.g. once more by an import under the name an HR file gives it. Edit › Undo takes a merge back.</source>
        <translation>用于重复录入的二级工会，例如导入人事文件时按人事名称又建了一个。合并后可通过“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>ud::ui::NominationDialog</name>
    <message>
        <source>Type part of the name, the staff number or the sub-union</source>
        <translation>输入姓名的一部分、工号或二级工会</translation>
    </message>
    <message>
        <source>&amp;Individual</source>
        <translation>个人(&amp;I)</translation>
    </message>
    <message>
        <source>Co&amp;llective</source>
        <translation>集体(&amp;L)</translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation>被推荐人</translation>
    </message>
    <message>
        <source>Collective</source>
        <translation>集体</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Attachments received</source>
        <translation>附件已收到(&amp;A)</translation>
    </message>
    <message>
        <source>The sub-union &amp;published its recommendation</source>
        <translation>二级工会已公示推荐结果(&amp;P)</translation>
    </message>
    <message>
        <source>New nomination — %1</source>
        <translation>新增推荐 — %1</translation>
    </message>
    <message>
        <source>Nomination — %1</source>
        <translation>推荐 — %1</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source>e.g. 图书馆流通部</source>
        <translation>例如 图书馆流通部</translation>
    </message>
    <message>
        <source>the department it belongs to</source>
        <translation>所属部门</translation>
    </message>
    <message>
        <source>the listed members</source>
        <translation>按所列成员</translation>
    </message>
    <message>
        <source>The whole collective when some are not union members; 0: the listed members are all</source>
        <translation>集体中有非工会会员时填写集体总人数；0 表示所列成员即为全体</translation>
    </message>
    <message>
        <source>The deeds (事迹) as the sub-union wrote them</source>
        <translation>二级工会报送的事迹原文</translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation>会员(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Depar&amp;tment:</source>
        <translation>所属部门(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation>负责人(&amp;H)：</translation>
    </message>
    <message>
        <source>Pe&amp;ople:</source>
        <translation>成员(&amp;O)：</translation>
    </message>
    <message>
        <source>of them &amp;women:</source>
        <translation>其中女性(&amp;W)：</translation>
    </message>
    <message>
        <source>Counted as a &amp;whole:</source>
        <translation>集体总人数(&amp;W)：</translation>
    </message>
    <message>
        <source>Nominated &amp;by:</source>
        <translation>推荐单位(&amp;B)：</translation>
    </message>
    <message>
        <source>D&amp;eeds:</source>
        <translation>事迹(&amp;E)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>规则检查</translation>
    </message>
    <message>
        <source>Each check as the award&apos;s rules say: refused ones keep the nomination out, warnings are shown on the list.</source>
        <translation>各项检查依据该奖项的规则：不通过的推荐不能保存，有警告的在名单中标出。</translation>
    </message>
    <message>
        <source>The list of round %1 is final; its nominations no longer change.</source>
        <translation>评选批次 %1 的名单已定稿，其中的推荐不能再修改。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message numerus="yes">
        <source>%n listed, %1 of them women</source>
        <translation>
            <numerusform>已列 %n 人，其中女性 %1 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 characters (at least %2)</source>
        <translation>%1 字（至少 %2 字）</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 字</translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation>请选择会员。</translation>
    </message>
    <message>
        <source>Give the collective&apos;s name.</source>
        <translation>请填写集体名称。</translation>
    </message>
    <message>
        <source>Choose the nominating sub-union.</source>
        <translation>请选择推荐单位。</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <source>Refused: the nomination cannot be stored</source>
        <translation>不通过：该推荐无法保存</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): the nomination can be stored</source>
        <translation>
            <numerusform>%n 条警告：该推荐可以保存</numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passes</source>
        <translation>全部检查通过</translation>
    </message>
    <message>
        <source>A refused check keeps the nomination out; see Checks.</source>
        <translation>有检查项不通过，该推荐无法保存；详见“规则检查”。</translation>
    </message>
    <message numerus="yes">
        <source>Stored with %n warning(s): %1</source>
        <translation>
            <numerusform>已保存，有 %n 条警告：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::ui::NominationListView</name>
    <message>
        <source>Search name, staff number or sub-union</source>
        <translation>搜索姓名、工号或二级工会</translation>
    </message>
    <message>
        <source>Cannot show the nominations</source>
        <translation>无法显示推荐</translation>
    </message>
</context>
<context>
    <name>ud::ui::NominationsView</name>
    <message>
        <source>Nominations</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Show &amp;withdrawn</source>
        <translation>显示已撤回(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;New Nomination…</source>
        <translation>新增推荐(&amp;N)…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Nominate a member or a collective; the checks show before it is stored</source>
        <translation>推荐个人或集体；保存前显示规则检查结果</translation>
    </message>
    <message>
        <source>&amp;Edit Nomination…</source>
        <translation>编辑推荐(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Open the selected nomination with its checks</source>
        <translation>打开所选推荐，查看其规则检查结果</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>撤回(&amp;W)…</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>The sub-union takes the nomination back; the reason is kept with it</source>
        <translation>二级工会撤回该推荐；撤回原因随推荐一并保存</translation>
    </message>
    <message>
        <source>&amp;Delete Nomination</source>
        <translation>删除推荐(&amp;D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete a nomination entered by mistake, while the round takes nominations</source>
        <translation>在推荐阶段删除误录的推荐</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Add a sub-union&apos;s nominations from an Excel workbook or a CSV file, checked row by row</source>
        <translation>从 Excel 工作簿或 CSV 文件添加二级工会报送的推荐，逐行检查</translation>
    </message>
    <message>
        <source>&amp;Begin Review</source>
        <translation>开始评审(&amp;B)</translation>
    </message>
    <message>
        <source>Begin Review</source>
        <translation>开始评审</translation>
    </message>
    <message>
        <source>Close the nominations: the committee scores and selects on the Review tab</source>
        <translation>结束推荐：评审委员会在“评审”页评分并确定入选名单</translation>
    </message>
    <message>
        <source>Import Nominations</source>
        <translation>导入推荐</translation>
    </message>
    <message>
        <source>Checks: &lt;span style=&quot;color:%1&quot;&gt;red — refused&lt;/span&gt;, &lt;span style=&quot;color:%2&quot;&gt;amber — warning&lt;/span&gt;; the tooltip of a row says why.</source>
        <translation>规则检查：&lt;span style=&quot;color:%1&quot;&gt;红色 — 不通过&lt;/span&gt;，&lt;span style=&quot;color:%2&quot;&gt;橙色 — 警告&lt;/span&gt;；鼠标悬停在行上可查看原因。</translation>
    </message>
    <message numerus="yes">
        <source>%n nomination(s)</source>
        <translation>
            <numerusform>%n 项推荐</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n withdrawn</source>
        <translation>
            <numerusform> · 已撤回 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n refused by a check</source>
        <translation>
            <numerusform> · 检查不通过 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n with warnings</source>
        <translation>
            <numerusform> · 有警告 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>No nomination in this round yet. Enter one with New Nomination, or import a sub-union&apos;s file.</source>
        <translation>本批次还没有推荐。请用“新增推荐”录入，或导入二级工会报送的文件。</translation>
    </message>
    <message>
        <source>No award round chosen. Add this year&apos;s rounds on the Rounds tab, then choose one at the top.</source>
        <translation>未选择评选批次。请先在“评选批次”页添加本年度的评选批次，再在顶部选择。</translation>
    </message>
    <message>
        <source>No nomination matches the search.</source>
        <translation>没有符合搜索条件的推荐。</translation>
    </message>
    <message>
        <source>Withdraw nomination</source>
        <translation>撤回推荐</translation>
    </message>
    <message>
        <source>Why is the nomination of %1 withdrawn? The reason is kept with it.</source>
        <translation>为什么撤回对 %1 的推荐？原因将随推荐一并保存。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Delete nomination</source>
        <translation>删除推荐</translation>
    </message>
    <message>
        <source>Delete the nomination of %1? Withdraw it instead when the sub-union takes it back.</source>
        <translation>确定删除对 %1 的推荐吗？如果是二级工会撤回推荐，请改用“撤回”。</translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation>可以通过“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message numerus="yes">
        <source>%1 adds %n nomination(s) to round %2.</source>
        <translation>
            <numerusform>%1 将向评选批次 %2 添加 %n 项推荐。</numerusform>
        </translation>
    </message>
    <message>
        <source>The award only warns of these; they are stored and shown on the list:</source>
        <translation>以下问题该奖项只作警告，相关推荐将照常保存并在名单中标出：</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n nomination(s) (%1)</source>
        <translation>
            <numerusform>导入 %n 项推荐（%1）</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
</context>
<context>
    <name>ud::ui::PeriodDialog</name>
    <message>
        <source>Mutual-aid periods</source>
        <translation>互助期次</translation>
    </message>
    <message>
        <source>New period</source>
        <translation>新增期次</translation>
    </message>
    <message>
        <source>Edit period</source>
        <translation>编辑期次</translation>
    </message>
</context>
<context>
    <name>ud::ui::PeriodsPage</name>
    <message>
        <source>&amp;Add Period…</source>
        <translation>新增期次(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a period to the selected scheme</source>
        <translation>为所选互助项目新增一期</translation>
    </message>
    <message>
        <source>&amp;Edit Period…</source>
        <translation>编辑期次(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected period</source>
        <translation>编辑所选期次</translation>
    </message>
    <message>
        <source>&amp;Delete Period</source>
        <translation>删除期次(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected period</source>
        <translation>删除所选期次</translation>
    </message>
    <message>
        <source>Add or update periods from an Excel workbook or a CSV file</source>
        <translation>从 Excel 工作簿或 CSV 文件新增或更新期次</translation>
    </message>
    <message>
        <source>Save all periods as a CSV file</source>
        <translation>将全部期次保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Import Periods</source>
        <translation>导入期次</translation>
    </message>
    <message>
        <source>Export Periods</source>
        <translation>导出期次</translation>
    </message>
    <message>
        <source>aid-periods</source>
        <translation>互助期次</translation>
    </message>
    <message>
        <source>Exported %1 periods to %2</source>
        <translation>已将 %1 个期次导出到 %2</translation>
    </message>
    <message>
        <source>Cannot show the periods</source>
        <translation>无法显示期次</translation>
    </message>
    <message>
        <source>Cannot edit the period</source>
        <translation>无法编辑期次</translation>
    </message>
    <message>
        <source>The period no longer exists.</source>
        <translation>该期次已不存在。</translation>
    </message>
    <message>
        <source>Search period</source>
        <translation>搜索期次</translation>
    </message>
    <message>
        <source>No period of this scheme yet. Add one, or import its rule table.</source>
        <translation>此互助项目还没有期次。请新增，或导入其规则表。</translation>
    </message>
    <message>
        <source>No period matches “%1”.</source>
        <translation>没有与“%1”匹配的期次。</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation>
            <numerusform>%n 期</numerusform>
        </translation>
    </message>
    <message>
        <source>Add period %1</source>
        <translation>新增 %1 期</translation>
    </message>
    <message>
        <source>Edit period %1</source>
        <translation>编辑 %1 期</translation>
    </message>
    <message>
        <source>Delete period %1</source>
        <translation>删除 %1 期</translation>
    </message>
    <message>
        <source>Cannot add the period</source>
        <translation>无法新增期次</translation>
    </message>
    <message>
        <source>Cannot save the period</source>
        <translation>无法保存期次</translation>
    </message>
    <message>
        <source>Cannot delete the period</source>
        <translation>无法删除期次</translation>
    </message>
    <message>
        <source>Delete period</source>
        <translation>删除期次</translation>
    </message>
    <message>
        <source>Delete the period %1 with its rule table?</source>
        <translation>确定删除 %1 期及其规则表吗？</translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation>可以通过“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <source>Periods</source>
        <translation>期次</translation>
    </message>
</context>
<context>
    <name>ud::ui::PlanImportDialog</name>
    <message>
        <source>Import Work Plan</source>
        <translation>导入工作要点</translation>
    </message>
    <message>
        <source>Paste the text of the work plan (工作要点 with its attachment 主要工作进度安排), or open it as a .docx or .txt file. Check the preview: nothing is saved until OK.</source>
        <translation>粘贴工作要点的全文（含附件“主要工作进度安排”），或打开 .docx 或 .txt 文件。请核对预览：点击“导入”之前不会保存任何内容。</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Paste the plan here</source>
        <translation>在此粘贴工作要点全文</translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时间安排</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation>无法读取文件</translation>
    </message>
    <message>
        <source>Open Work Plan</source>
        <translation>打开工作要点</translation>
    </message>
    <message>
        <source>Word documents and text files (*.docx *.txt);;All files (*)</source>
        <translation>Word 文档和文本文件 (*.docx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Document number: %1</source>
        <translation>文号：%1</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>印发日期：%1</translation>
    </message>
    <message>
        <source>Union: %1</source>
        <translation>工会：%1</translation>
    </message>
    <message numerus="yes">
        <source>Key points: %n section(s)</source>
        <translation>
            <numerusform>工作要点：%n 个部分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schedule: %n section(s)</source>
        <translation>
            <numerusform>工作进度安排：%n 个部分</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1月到期</translation>
    </message>
    <message>
        <source>Could not be read: set the months by hand after the import</source>
        <translation>无法识别：请在导入后手动设置月份</translation>
    </message>
    <message numerus="yes">
        <source>Lines not recognised: %n</source>
        <translation>
            <numerusform>未识别的行：%n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import yet.</source>
        <translation>尚无可导入的内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n key-point section(s)</source>
        <translation>
            <numerusform>工作要点 %n 个部分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n 条要点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schedule section(s)</source>
        <translation>
            <numerusform>工作进度安排 %n 个部分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 个事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timing(s) could not be read (highlighted): set their months after the import.</source>
        <translation>
            <numerusform>有 %n 个时间安排无法识别（已突出显示）：请在导入后设置月份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the plan</source>
        <translation>替换工作要点</translation>
    </message>
    <message>
        <source>There is already a work plan for %1. Replace it with this one?

Its items, statuses, done dates and notes are removed.</source>
        <translation>%1 年已有工作要点。是否用本次导入的内容替换？

原有的事项、状态、完成日期和备注都将被删除。</translation>
    </message>
    <message>
        <source>Cannot import the plan</source>
        <translation>无法导入工作要点</translation>
    </message>
    <message>
        <source>%1, %2; %3, %4.</source>
        <comment>import summary: key-point sections, points; schedule sections, items</comment>
        <translation>%1，%2；%3，%4。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>import summary, then the sentence on unread timings</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Read as UTF-8</source>
        <translation>按 UTF-8 读取</translation>
    </message>
    <message>
        <source>Read as GB18030 (GBK)</source>
        <translation>按 GB18030（GBK）读取</translation>
    </message>
</context>
<context>
    <name>ud::ui::ProposalDialog</name>
    <message>
        <source>&amp;Text</source>
        <translation>提案内容(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>立案审查(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Handling</source>
        <translation>交办(&amp;H)</translation>
    </message>
    <message>
        <source>Re&amp;ply</source>
        <translation>答复(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation>满意度测评(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;views</source>
        <translation>回头看(&amp;V)</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>变更记录(&amp;Y)</translation>
    </message>
    <message>
        <source>Given when submitted</source>
        <translation>提交时自动编号</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>编号(&amp;U)：</translation>
    </message>
    <message>
        <source>案由: one matter per proposal</source>
        <translation>案由：一事一案</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>案由(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation>建议措施(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>Co&amp;llective (a delegation&apos;s)</source>
        <translation>代表团集体提案(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Proposer:</source>
        <translation>提案人(&amp;P)：</translation>
    </message>
    <message>
        <source>Find a representative by name or staff number</source>
        <translation>按姓名或工号查找代表</translation>
    </message>
    <message>
        <source>C&amp;o-signers:</source>
        <translation>附议人(&amp;O)：</translation>
    </message>
    <message numerus="yes">
        <source>%n co-signer(s) chosen</source>
        <translation>
            <numerusform>已选附议人 %n 名</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Submitted:</source>
        <translation>提交日期(&amp;S)：</translation>
    </message>
    <message>
        <source>Suggested u&amp;nit:</source>
        <translation>建议承办单位(&amp;N)：</translation>
    </message>
    <message>
        <source>Now:</source>
        <translation>当前：</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>立案情况(&amp;D)：</translation>
    </message>
    <message>
        <source>D&amp;ecided on:</source>
        <translation>审查日期(&amp;E)：</translation>
    </message>
    <message>
        <source>Required when the proposal is not filed</source>
        <translation>不立案时必须填写</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>理由(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Merge into:</source>
        <translation>并入(&amp;M)：</translation>
    </message>
    <message>
        <source>Record the De&amp;cision</source>
        <translation>登记审查结果(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Key proposal (重点提案)</source>
        <translation>重点提案(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Lead unit:</source>
        <translation>主办单位(&amp;L)：</translation>
    </message>
    <message>
        <source>C&amp;o-handling units:</source>
        <translation>协办单位(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation>交办(&amp;A)</translation>
    </message>
    <message>
        <source>Assigned o&amp;n:</source>
        <translation>交办日期(&amp;N)：</translation>
    </message>
    <message>
        <source>The deadlines follow the settings: the lead unit replies within the months set after the assignment, co-handlers earlier.</source>
        <translation>办理期限按提案设置确定：主办单位在交办后规定的月数内答复，协办单位提前答复。</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>交办日期</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>Change the &amp;Deadline</source>
        <translation>修改期限(&amp;D)</translation>
    </message>
    <message>
        <source>Selected unit&apos;s deadli&amp;ne:</source>
        <translation>所选单位的期限(&amp;N)：</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>答复结果(&amp;U)：</translation>
    </message>
    <message>
        <source>To be &amp;completed:</source>
        <translation>计划完成(&amp;C)：</translation>
    </message>
    <message>
        <source>Replied o&amp;n:</source>
        <translation>答复日期(&amp;N)：</translation>
    </message>
    <message>
        <source>Repl&amp;y:</source>
        <translation>答复内容(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Store the Reply</source>
        <translation>保存答复(&amp;S)</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>答复日期</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>答复结果</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>按期</translation>
    </message>
    <message>
        <source>To be completed</source>
        <translation>计划完成</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Rated &amp;by:</source>
        <translation>测评人(&amp;B)：</translation>
    </message>
    <message>
        <source>O&amp;n:</source>
        <translation>日期(&amp;N)：</translation>
    </message>
    <message>
        <source>R&amp;ating:</source>
        <translation>满意度(&amp;A)：</translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation>意见(&amp;M)：</translation>
    </message>
    <message>
        <source>Store the Ra&amp;ting</source>
        <translation>保存测评(&amp;T)</translation>
    </message>
    <message>
        <source>The proposer&apos;s 不满意 sends the proposal back to the committee and the unit for another round; every round stays below.</source>
        <translation>提案人测评为“不满意”时，提案退回提案工作委员会和承办单位再办理一轮；各轮记录均保留在下方。</translation>
    </message>
    <message>
        <source>By</source>
        <translation>测评人</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Rated</source>
        <translation>测评日期</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>回头看日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Reviewed o&amp;n:</source>
        <translation>回头看日期(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Found:</source>
        <translation>发现的问题(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Add the Review</source>
        <translation>添加回头看记录(&amp;A)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>新增提案</translation>
    </message>
    <message>
        <source>%1 · a new proposal</source>
        <translation>%1 · 新提案</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>Proposal %1</source>
        <translation>提案 %1</translation>
    </message>
    <message>
        <source>&amp;Save the Text</source>
        <translation>保存提案内容(&amp;S)</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · round %4</source>
        <translation>%1 %2 · %3 · 第 %4 轮</translation>
    </message>
    <message>
        <source>the proposer&apos;s: %1</source>
        <translation>提案人所选：%1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Merged into %1 %2</source>
        <translation>并入 %1 %2</translation>
    </message>
    <message>
        <source>Merged into this one: %1</source>
        <translation>并入本案：%1</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>The proposer</source>
        <translation>提案人</translation>
    </message>
    <message>
        <source>Co-signer %1</source>
        <translation>附议人 %1</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
</context>
<context>
    <name>ud::ui::ProposalFilterBar</name>
    <message>
        <source>O&amp;verdue</source>
        <translation>逾期(&amp;V)</translation>
    </message>
    <message>
        <source>Only the proposals whose lead unit&apos;s reply is overdue</source>
        <translation>只显示主办单位逾期未答复的提案</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Sessi&amp;on:</source>
        <translation>会议(&amp;O)：</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>办理阶段(&amp;T)：</translation>
    </message>
    <message>
        <source>Any lead unit</source>
        <translation>全部主办单位</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Any delegation</source>
        <translation>全部代表团</translation>
    </message>
</context>
<context>
    <name>ud::ui::ProposalPrintDialog</name>
    <message>
        <source>Print Proposals</source>
        <translation>打印提案</translation>
    </message>
    <message>
        <source>The proposal &amp;form (提案表) of the selected proposal</source>
        <translation>所选提案的提案表(&amp;F)</translation>
    </message>
    <message>
        <source>The forms of &amp;all proposals of the session</source>
        <translation>本次会议全部提案的提案表(&amp;A)</translation>
    </message>
    <message>
        <source>The &amp;compilation (提案汇编) of the filed proposals</source>
        <translation>已立案提案的提案汇编(&amp;C)</translation>
    </message>
    <message>
        <source>The &amp;referral notices (交办单) to the handling units</source>
        <translation>致承办单位的交办单(&amp;R)</translation>
    </message>
    <message>
        <source>The proposal &amp;work report&apos;s tables</source>
        <translation>提案工作报告统计表(&amp;W)</translation>
    </message>
    <message>
        <source>Every handling unit</source>
        <translation>全部承办单位</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>承办单位(&amp;T)：</translation>
    </message>
    <message>
        <source>Half-up (as most reports)</source>
        <translation>四舍五入（多数报告的做法）</translation>
    </message>
    <message>
        <source>Truncate</source>
        <translation>截尾（舍去多余位数）</translation>
    </message>
    <message>
        <source>Largest remainder (each table sums to 100)</source>
        <translation>最大余额法（每张表合计为 100）</translation>
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation>小数位数(&amp;D)：</translation>
    </message>
    <message>
        <source>R&amp;ounding:</source>
        <translation>舍入方式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Print Preview…</source>
        <translation>打印预览(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>Proposal form %1</source>
        <translation>提案表 %1</translation>
    </message>
    <message>
        <source>%1 proposal forms</source>
        <translation>%1 提案表</translation>
    </message>
    <message>
        <source>%1 compilation of proposals</source>
        <translation>%1 提案汇编</translation>
    </message>
    <message>
        <source>%1 referral notices</source>
        <translation>%1 交办单</translation>
    </message>
    <message>
        <source>%1 proposal work report</source>
        <translation>%1 提案工作报告</translation>
    </message>
    <message>
        <source>Cannot save the document</source>
        <translation>无法保存文档</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text for Word or WPS (*.odt)</source>
        <translation>可用 Word 或 WPS 编辑的 OpenDocument 文档 (*.odt)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
</context>
<context>
    <name>ud::ui::ProposalSteps</name>
    <message>
        <source>Cannot submit the proposal</source>
        <translation>无法提交提案</translation>
    </message>
    <message>
        <source>Submit proposal %1 %2</source>
        <translation>提交提案 %1 %2</translation>
    </message>
    <message>
        <source>Edit proposal %1</source>
        <translation>编辑提案 %1</translation>
    </message>
    <message>
        <source>Cannot save the proposal</source>
        <translation>无法保存提案</translation>
    </message>
    <message>
        <source>Withdraw proposal %1</source>
        <translation>撤回提案 %1</translation>
    </message>
    <message>
        <source>Proposal %1: %2</source>
        <translation>提案 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s): %1</source>
        <translation>
            <numerusform>%n 件提案：%1</numerusform>
        </translation>
    </message>
    <message>
        <source> into %1</source>
        <translation>，并入 %1</translation>
    </message>
    <message>
        <source>Cannot record the decision</source>
        <translation>无法登记审查结果</translation>
    </message>
    <message>
        <source>Mark %1 as a key proposal</source>
        <translation>将 %1 列为重点提案</translation>
    </message>
    <message>
        <source>%1 no longer a key proposal</source>
        <translation>取消 %1 的重点提案</translation>
    </message>
    <message>
        <source>Cannot change the key proposal mark</source>
        <translation>无法更改重点提案标记</translation>
    </message>
    <message>
        <source>Assign proposal %1</source>
        <translation>交办提案 %1</translation>
    </message>
    <message>
        <source>Cannot assign the proposal</source>
        <translation>无法交办提案</translation>
    </message>
    <message>
        <source>Change the reply deadline of %1</source>
        <translation>修改 %1 的答复期限</translation>
    </message>
    <message>
        <source>Cannot change the deadline</source>
        <translation>无法修改期限</translation>
    </message>
    <message>
        <source>Reply to proposal %1</source>
        <translation>登记提案 %1 的答复</translation>
    </message>
    <message>
        <source>Cannot store the reply</source>
        <translation>无法保存答复</translation>
    </message>
    <message>
        <source>Rate proposal %1: %2</source>
        <translation>测评提案 %1：%2</translation>
    </message>
    <message>
        <source>Cannot store the rating</source>
        <translation>无法保存测评</translation>
    </message>
    <message>
        <source>Review proposal %1</source>
        <translation>提案 %1 回头看</translation>
    </message>
    <message>
        <source>Cannot store the review</source>
        <translation>无法保存回头看记录</translation>
    </message>
    <message numerus="yes">
        <source>Category of %n proposal(s): %1</source>
        <translation>
            <numerusform>%n 件提案的类别改为 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the category</source>
        <translation>无法修改类别</translation>
    </message>
    <message>
        <source>The proposal no longer exists.</source>
        <translation>该提案已不存在。</translation>
    </message>
</context>
<context>
    <name>ud::ui::ProposalsPage</name>
    <message>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>&amp;New Proposal…</source>
        <translation>新增提案(&amp;N)…</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Enter a proposal or a suggestion of the session</source>
        <translation>录入本次会议的提案或意见建议</translation>
    </message>
    <message>
        <source>&amp;Edit Proposal…</source>
        <translation>编辑提案(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Open the selected proposal: its text, decision, units, reply, ratings and history</source>
        <translation>打开所选提案：内容、立案审查、承办单位、答复、满意度测评和变更记录</translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation>审查(&amp;D)…</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>审查</translation>
    </message>
    <message>
        <source>The committee&apos;s decision: 立案, 不立案, 转为意见建议 or 并案</source>
        <translation>提案工作委员会审查：立案、不立案、转为意见建议或并案</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>交办(&amp;A)…</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>交办</translation>
    </message>
    <message>
        <source>Hand the proposal to its lead and co-handling units</source>
        <translation>将提案交主办单位和协办单位办理</translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation>答复(&amp;R)…</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>答复</translation>
    </message>
    <message>
        <source>Enter the lead unit&apos;s reply</source>
        <translation>录入主办单位的答复</translation>
    </message>
    <message>
        <source>Ra&amp;te…</source>
        <translation>测评(&amp;T)…</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>测评</translation>
    </message>
    <message>
        <source>Enter the proposer&apos;s or a co-signer&apos;s rating of the reply</source>
        <translation>录入提案人或附议人对答复的满意度测评</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>撤回(&amp;W)</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>The proposer withdraws the selected proposal</source>
        <translation>提案人撤回所选提案</translation>
    </message>
    <message>
        <source>&amp;Key Proposal</source>
        <translation>重点提案(&amp;K)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>Mark the selected proposal as a key one</source>
        <translation>将所选提案列为重点提案</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>The proposal forms, the compilation, the referral notices or the proposal work report: preview, print, or save as PDF or .odt</source>
        <translation>提案表、提案汇编、交办单或提案工作报告：打印预览、打印，或另存为 PDF 或 .odt</translation>
    </message>
    <message>
        <source>Proposal &amp;Settings…</source>
        <translation>提案设置(&amp;S)…</translation>
    </message>
    <message>
        <source>Co-signers a proposal needs, the numbers, the categories and the reply deadlines</source>
        <translation>提案所需附议人数、编号、类别和答复期限</translation>
    </message>
    <message>
        <source>Search number, title or proposer</source>
        <translation>搜索编号、案由或提案人</translation>
    </message>
    <message>
        <source>Cannot show the proposals</source>
        <translation>无法显示提案</translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation>
            <numerusform>%n 件提案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n proposal(s)</source>
        <translation>
            <numerusform>共 %n 件提案，显示 %1 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n overdue</source>
        <translation>
            <numerusform> · 逾期 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No proposals in this session yet. Enter one with New Proposal.</source>
        <translation>本次会议还没有提案。请用“新增提案”录入。</translation>
    </message>
    <message>
        <source>No congress session yet. Add one under Sessions and representatives.</source>
        <translation>还没有教代会会议。请在“会议与代表”中新增。</translation>
    </message>
    <message>
        <source>No proposal matches the filters.</source>
        <translation>没有符合筛选条件的提案。</translation>
    </message>
    <message>
        <source>Withdraw proposal</source>
        <translation>撤回提案</translation>
    </message>
    <message>
        <source>The proposer withdraws %1 %2?</source>
        <translation>确定由提案人撤回 %1 %2 吗？</translation>
    </message>
    <message>
        <source>You can take it back with Edit › Undo.</source>
        <translation>可以通过“编辑 › 撤销”恢复。</translation>
    </message>
</context>
<context>
    <name>ud::ui::PublicityView</name>
    <message>
        <source>&amp;Start Publicity</source>
        <translation>开始公示(&amp;S)</translation>
    </message>
    <message>
        <source>Start Publicity</source>
        <translation>开始公示</translation>
    </message>
    <message>
        <source>Publish the selected list from the first day for the working days given</source>
        <translation>自开始日期起，按设定的工作日数公示入选名单</translation>
    </message>
    <message>
        <source>&amp;Take Back</source>
        <translation>撤回公示(&amp;T)</translation>
    </message>
    <message>
        <source>Take Back</source>
        <translation>撤回公示</translation>
    </message>
    <message>
        <source>Take the 公示 back to the review while no objection is recorded</source>
        <translation>尚未登记异议时，可撤回公示，退回评审阶段</translation>
    </message>
    <message>
        <source>&amp;Add Objection…</source>
        <translation>登记异议(&amp;A)…</translation>
    </message>
    <message>
        <source>Add Objection</source>
        <translation>登记异议</translation>
    </message>
    <message>
        <source>Record an objection to a nominee on the list</source>
        <translation>登记对名单中某一推荐对象的异议</translation>
    </message>
    <message>
        <source>&amp;Close Objection…</source>
        <translation>办结异议(&amp;C)…</translation>
    </message>
    <message>
        <source>Close Objection</source>
        <translation>办结异议</translation>
    </message>
    <message>
        <source>The outcome of the selected objection: upheld withdraws the nomination</source>
        <translation>登记所选异议的处理结果：异议成立则撤回该推荐</translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation>定稿(&amp;F)</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>定稿</translation>
    </message>
    <message>
        <source>Lock the list as final: the 公示 has ended and every objection is closed</source>
        <translation>将名单锁定为最终名单：须公示期已结束且异议均已办结</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解除锁定(&amp;U)…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <source>Unlock the final list to change it; the reason is kept in the change history</source>
        <translation>解除最终名单的锁定以便修改；原因记入变更记录</translation>
    </message>
    <message>
        <source>Print &amp;Notice…</source>
        <translation>打印公示通知(&amp;N)…</translation>
    </message>
    <message>
        <source>Print Notice</source>
        <translation>打印公示通知</translation>
    </message>
    <message>
        <source>The 公示 notice: preview, print, or save as PDF or .odt</source>
        <translation>公示通知：可预览、打印，或另存为 PDF 或 .odt</translation>
    </message>
    <message>
        <source>Print Cer&amp;tificates…</source>
        <translation>打印奖状(&amp;T)…</translation>
    </message>
    <message>
        <source>Print Certificates</source>
        <translation>打印奖状</translation>
    </message>
    <message>
        <source>The certificates (奖状) of the final list on A4 landscape: preview, print, or save as PDF</source>
        <translation>最终名单的奖状（A4 横向）：可预览、打印，或另存为 PDF</translation>
    </message>
    <message>
        <source>Certificate &amp;Wording…</source>
        <translation>奖状文字(&amp;W)…</translation>
    </message>
    <message>
        <source>Certificate Wording</source>
        <translation>奖状文字</translation>
    </message>
    <message>
        <source>The wording of the certificates, shared by everyone who uses this database</source>
        <translation>奖状上的文字，本数据库的所有使用者共用</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>e.g. 校工会办公室，电话 88888888</source>
        <translation>例如：校工会办公室，电话 88888888</translation>
    </message>
    <message>
        <source>Where the 公示 notice asks objections to be sent</source>
        <translation>公示通知中写明的异议受理单位及联系方式</translation>
    </message>
    <message>
        <source>First &amp;day:</source>
        <translation>开始日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>公示期(&amp;L)：</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>结束日期：</translation>
    </message>
    <message>
        <source>&amp;Objections to:</source>
        <translation>异议受理(&amp;O)：</translation>
    </message>
    <message>
        <source>The list</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>异议</translation>
    </message>
    <message>
        <source>Cannot show the 公示</source>
        <translation>无法显示公示</translation>
    </message>
    <message>
        <source>The round takes nominations. Once the review has selected the list, its 公示 starts here.</source>
        <translation>本批次正在接受推荐。评审确定入选名单后，在此开始公示。</translation>
    </message>
    <message numerus="yes">
        <source>%n nominee(s) selected: choose the first day and start the 公示.</source>
        <translation>
            <numerusform>已选出 %n 个推荐对象：请选择开始日期，然后开始公示。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the list on the Review tab first.</source>
        <translation>请先在“评审”页确定入选名单。</translation>
    </message>
    <message numerus="yes">
        <source>In publicity from %1 to %2 (%n working day(s)).</source>
        <translation>
            <numerusform>公示中：%1 至 %2（%n 个工作日）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The list can be made final.</source>
        <translation>名单可以定稿。</translation>
    </message>
    <message>
        <source>The list is final since %1.</source>
        <translation>名单已于 %1 定稿。</translation>
    </message>
    <message>
        <source>No award round chosen.</source>
        <translation>未选择评选批次。</translation>
    </message>
    <message>
        <source>Unlocked before: %1</source>
        <translation>曾解除锁定，原因：%1</translation>
    </message>
    <message>
        <source>Add objection</source>
        <translation>登记异议</translation>
    </message>
    <message>
        <source>&amp;Nominee:</source>
        <translation>推荐对象(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation>收到日期(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Objection:</source>
        <translation>异议内容(&amp;O)：</translation>
    </message>
    <message>
        <source>Close objection</source>
        <translation>办结异议</translation>
    </message>
    <message>
        <source>&amp;Upheld: the nomination is withdrawn</source>
        <translation>异议成立(&amp;U)：撤回该推荐</translation>
    </message>
    <message>
        <source>&amp;Dismissed: the nomination stays on the list</source>
        <translation>异议不成立(&amp;D)：该推荐保留在名单中</translation>
    </message>
    <message>
        <source>The objection to %1 of %2: %3</source>
        <translation>%2 收到的对 %1 的异议：%3</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>办结日期(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Handled by:</source>
        <translation>处理人(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>核查情况(&amp;F)：</translation>
    </message>
    <message>
        <source>Unlock final list</source>
        <translation>解除最终名单锁定</translation>
    </message>
    <message>
        <source>Why is the final list of %1 unlocked? The reason is kept in the change history; its awards leave the awards history until the list is final again.</source>
        <translation>为什么要解除 %1 最终名单的锁定？原因将记入变更记录；在名单重新定稿之前，其中的奖项将从获奖记录中移除。</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>The 公示 notice of %1</source>
        <translation>%1 公示通知</translation>
    </message>
    <message>
        <source>Publicity notice %1</source>
        <translation>公示通知 %1</translation>
    </message>
    <message numerus="yes">
        <source>The certificates of the final list (%n)</source>
        <translation>
            <numerusform>最终名单的奖状（%n 份）</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates %1</source>
        <translation>奖状 %1</translation>
    </message>
    <message>
        <source>The certificate of %1</source>
        <translation>%1 的奖状</translation>
    </message>
    <message>
        <source>The certificate of the nominee selected</source>
        <translation>所选推荐对象的奖状</translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation>奖状 %1</translation>
    </message>
    <message>
        <source>Certificate wording</source>
        <translation>奖状文字</translation>
    </message>
    <message>
        <source>What a certificate says below the nominee&apos;s name. {year}, {award}, {unit} (the nominating sub-union) and {union} are put in; each line is a paragraph.</source>
        <translation>奖状上写在推荐对象名称下方的文字。{year}、{award}、{unit}（推荐单位）和 {union} 会替换为实际内容；每行为一个段落。</translation>
    </message>
    <message>
        <source>&amp;Standard Wording</source>
        <translation>标准文字(&amp;S)</translation>
    </message>
    <message>
        <source>The certificates&apos; wording is saved.</source>
        <translation>奖状文字已保存。</translation>
    </message>
    <message>
        <source>Cannot change the setting</source>
        <translation>无法更改设置</translation>
    </message>
</context>
<context>
    <name>ud::ui::QuotasView</name>
    <message>
        <source>Quotas</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>&amp;Compute Quotas</source>
        <translation>计算名额(&amp;C)</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Compute each sub-union&apos;s quota from its active members on the cut-off date; quotas set by hand with a reason stay</source>
        <translation>按截止日期各二级工会的在册会员数计算名额；已手工调整并注明原因的名额保持不变</translation>
    </message>
    <message>
        <source>&amp;Adjust Quota…</source>
        <translation>调整名额(&amp;A)…</translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Set the selected sub-union&apos;s quota by hand, with the reason (e.g. +5 % for completed duties, 0 for unpaid dues)</source>
        <translation>手工设定所选二级工会的名额并注明原因（例如完成年度工作任务上浮 5 %，未缴会费为 0）</translation>
    </message>
    <message>
        <source>Cannot show the quotas</source>
        <translation>无法显示名额</translation>
    </message>
    <message numerus="yes">
        <source>%1 % of the active members on %2 · %n sub-union(s), %3 places in all</source>
        <translation>
            <numerusform>按 %2 在册会员数的 %1 % · %n 个二级工会，共 %3 个名额</numerusform>
        </translation>
    </message>
    <message>
        <source>No quota per sub-union</source>
        <translation>不按二级工会分配名额</translation>
    </message>
    <message>
        <source> · total quota %1</source>
        <translation> · 总名额 %1</translation>
    </message>
    <message>
        <source>No award round chosen. Choose one at the top.</source>
        <translation>未选择评选批次。请在顶部选择。</translation>
    </message>
    <message>
        <source>No sub-union had active members on the cut-off date. Compute the quotas again once the roster is in.</source>
        <translation>截止日期时没有二级工会有在册会员。请在会员名册录入后重新计算名额。</translation>
    </message>
    <message>
        <source>This round has no quota per sub-union. Give its quota percent and cut-off date with Edit Round on the Rounds tab.</source>
        <translation>本批次不按二级工会分配名额。请在“评选批次”页用“编辑批次”填写名额比例和截止日期。</translation>
    </message>
    <message>
        <source>The quotas of %1 are computed again.</source>
        <translation>已重新计算 %1 的名额。</translation>
    </message>
    <message>
        <source>Adjust quota</source>
        <translation>调整名额</translation>
    </message>
    <message>
        <source>e.g. 完成年度工作任务，上浮5%</source>
        <translation>例如：完成年度工作任务，上浮5%</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n active member(s) on the cut-off date, computed quota %2.</source>
        <translation>
            <numerusform>%1：截止日期在册会员 %n 人，计算名额 %2 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation>名额(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>Another quota than the computed one needs its reason; the computed quota with no reason takes the change back.</source>
        <translation>名额与计算结果不同时须填写原因；改回计算名额且不填原因即撤销调整。</translation>
    </message>
</context>
<context>
    <name>ud::ui::RecordCommand</name>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>%1

This step has been removed from the undo history.</source>
        <translation>%1

此步骤已从撤销历史中移除。</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>无法撤销或重做</translation>
    </message>
</context>
<context>
    <name>ud::ui::RecordForm</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
</context>
<context>
    <name>ud::ui::RecordListPage</name>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>共 %2 个，显示 %1 个</translation>
    </message>
</context>
<context>
    <name>ud::ui::ReportActions</name>
    <message>
        <source>&amp;Print Preview…</source>
        <translation>打印预览(&amp;P)…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Show the list as it will be printed</source>
        <translation>按打印效果显示名单</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 &amp;PDF…</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Save the list as a PDF file</source>
        <translation>将名单保存为 PDF 文件</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>导出到 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the list as an Excel workbook or a CSV file</source>
        <translation>将名单保存为 Excel 工作簿或 CSV 文件</translation>
    </message>
    <message>
        <source>Save as &amp;Document…</source>
        <translation>另存为文档(&amp;D)…</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Save the list as a document to edit in Word or WPS (.odt)</source>
        <translation>将名单保存为可在 Word 或 WPS 中编辑的文档（.odt）</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export List</source>
        <translation>导出名单</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save as Document</source>
        <translation>另存为文档</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument 文档 (*.odt)</translation>
    </message>
    <message>
        <source>Cannot make the list</source>
        <translation>无法生成名单</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
</context>
<context>
    <name>ud::ui::RestoreDialog</name>
    <message>
        <source>members unknown</source>
        <translation>会员人数不详</translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation>%1 名会员</translation>
    </message>
    <message>
        <source>%1, no changes recorded</source>
        <translation>%1，无变更记录</translation>
    </message>
    <message>
        <source>%1, last change %2</source>
        <translation>%1，最后修改于 %2</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>No backups were found in %1. Choose Other File… to restore one from elsewhere.</source>
        <translation>在 %1 中没有找到备份。可点“其他文件…”从其他位置选择备份。</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>Backups found in %1, newest first:</source>
        <translation>%1 中的备份（最新的在前）：</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员人数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Other File…</source>
        <translation>其他文件(&amp;O)…</translation>
    </message>
    <message>
        <source>This database, %1, holds %2. Choose the backup to put in its place.</source>
        <translation>当前数据库 %1：%2。请选择用来替换它的备份。</translation>
    </message>
    <message>
        <source>Restoring replaces everything in this database, %1 (%2), with this backup of %3 written %4 (%5).</source>
        <translation>恢复后，当前数据库 %1（%2）中的全部数据将被这份 %3 的备份（备份于 %4，%5）替换。</translation>
    </message>
    <message>
        <source>The current contents are saved first, as a backup in %1.</source>
        <translation>当前内容会先作为备份保存到 %1。</translation>
    </message>
    <message>
        <source>This backup is of another database (%1), not of this one (%2).</source>
        <translation>这是另一个数据库（%1）的备份，不是当前数据库（%2）的。</translation>
    </message>
    <message>
        <source>UnionDesk backups (*.sqlite);;All files (*)</source>
        <translation>工会事务台备份 (*.sqlite);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ud::ui::ReviewView</name>
    <message>
        <source>Review</source>
        <translation>评审</translation>
    </message>
    <message>
        <source>&amp;Score…</source>
        <translation>评分(&amp;S)…</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>The committee&apos;s score and the public votes of the selected nomination (or type them into the table)</source>
        <translation>录入所选推荐的评审委员会评分和群众投票数（也可直接在表格中输入）</translation>
    </message>
    <message>
        <source>Select by &amp;Ranking</source>
        <translation>按排名确定入选(&amp;R)</translation>
    </message>
    <message>
        <source>Select by Ranking</source>
        <translation>按排名入选</translation>
    </message>
    <message>
        <source>Select down the ranking within the total quota and each sub-union&apos;s; refused nominations are passed over</source>
        <translation>在总名额和各二级工会名额内按排名依次确定入选；检查不通过的推荐将被跳过</translation>
    </message>
    <message>
        <source>Select or &amp;Deselect</source>
        <translation>入选/取消入选(&amp;D)</translation>
    </message>
    <message>
        <source>Select/Deselect</source>
        <translation>入选/取消</translation>
    </message>
    <message>
        <source>Select the nomination by hand within the quotas, or take it off the list</source>
        <translation>在名额内手工确定所选推荐入选，或将其从名单中取消</translation>
    </message>
    <message>
        <source>Take &amp;Nominations Again</source>
        <translation>重新接受推荐(&amp;N)</translation>
    </message>
    <message>
        <source>Reopen Nominations</source>
        <translation>重新推荐</translation>
    </message>
    <message>
        <source>Back to the nominations while nothing is selected</source>
        <translation>尚无入选时，可退回推荐阶段</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n selected (total quota %2)</source>
        <translation>
            <numerusform>共 %n 项，已入选 %1 项（总名额 %2）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n selected</source>
        <translation>
            <numerusform>共 %n 项，已入选 %1 项</numerusform>
        </translation>
    </message>
    <message>
        <source> · committee %1 %, public vote %2 %</source>
        <translation> · 评审委员会 %1 %，群众投票 %2 %</translation>
    </message>
    <message>
        <source> · committee&apos;s score only</source>
        <translation> · 仅按评审委员会评分</translation>
    </message>
    <message>
        <source>No nomination takes part in this round yet.</source>
        <translation>本批次还没有参评的推荐。</translation>
    </message>
    <message>
        <source>No award round chosen. Choose one at the top.</source>
        <translation>未选择评选批次。请在顶部选择。</translation>
    </message>
    <message>
        <source>No nomination matches the search.</source>
        <translation>没有符合搜索条件的推荐。</translation>
    </message>
    <message>
        <source>The review of %1.</source>
        <translation>评审对象：%1</translation>
    </message>
    <message>
        <source>&amp;Committee score (0–100):</source>
        <translation>评审委员会评分（0–100）(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Public votes:</source>
        <translation>群众投票数(&amp;P)：</translation>
    </message>
    <message numerus="yes">
        <source>Selected by ranking: %n nomination(s)</source>
        <translation>
            <numerusform>已按排名确定入选：%n 项推荐</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::ui::RoundDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>New award round</source>
        <translation>新增评选批次</translation>
    </message>
    <message>
        <source>Edit award round %1</source>
        <translation>编辑评选批次 %1</translation>
    </message>
    <message>
        <source>e.g. 2024-最美教师</source>
        <translation>例如：2024-最美教师</translation>
    </message>
    <message>
        <source>How the command line and files name the round</source>
        <translation>命令行和文件中用来指称该批次的简称</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>no quota per sub-union</source>
        <translation>不按二级工会分配</translation>
    </message>
    <message>
        <source>A sub-union may nominate this share of its active members on the cut-off date</source>
        <translation>二级工会可推荐的人数占其截止日期在册会员数的比例</translation>
    </message>
    <message>
        <source>The day whose active members the quotas are computed from</source>
        <translation>计算名额时以该日的在册会员为准</translation>
    </message>
    <message>
        <source>The committee&apos;s score against the public vote, e.g. 60 for 60/40; 100: no public vote</source>
        <translation>评审委员会评分与群众投票的权重之比，例如 60 表示 60/40；100 表示不进行群众投票</translation>
    </message>
    <message>
        <source>e.g. 校工会办公室，电话 88888888</source>
        <translation>例如：校工会办公室，电话 88888888</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年度(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Award:</source>
        <translation>奖项(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>简称(&amp;K)：</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Nominations:</source>
        <translation>推荐时间(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Total quota:</source>
        <translation>总名额(&amp;T)：</translation>
    </message>
    <message>
        <source>of the active members on</source>
        <translation>的在册会员，截止日期</translation>
    </message>
    <message>
        <source>Quota per &amp;sub-union:</source>
        <translation>二级工会名额(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Committee weight:</source>
        <translation>评审委员会权重(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Objections to:</source>
        <translation>异议受理(&amp;O)：</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>The round has nominations; its award no longer changes.</source>
        <translation>本批次已有推荐，奖项不能再更改。</translation>
    </message>
</context>
<context>
    <name>ud::ui::RoundSteps</name>
    <message>
        <source>Cannot add the round</source>
        <translation>无法新增评选批次</translation>
    </message>
    <message>
        <source>Add round %1</source>
        <translation>新增评选批次 %1</translation>
    </message>
    <message>
        <source>Edit round %1</source>
        <translation>编辑评选批次 %1</translation>
    </message>
    <message>
        <source>Cannot save the round</source>
        <translation>无法保存评选批次</translation>
    </message>
    <message numerus="yes">
        <source>Rule: a round is deleted only while it has no nominations; %1 has %n.</source>
        <translation>
            <numerusform>规则：评选批次只有在没有推荐时才能删除；%1 已有 %n 项推荐。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation>删除评选批次</translation>
    </message>
    <message>
        <source>Delete the round %1 with its quotas?</source>
        <translation>确定删除评选批次 %1 及其名额吗？</translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation>可以通过“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <source>Cannot delete the round</source>
        <translation>无法删除评选批次</translation>
    </message>
    <message>
        <source>Delete round %1</source>
        <translation>删除评选批次 %1</translation>
    </message>
    <message>
        <source>Compute the quotas of %1</source>
        <translation>计算 %1 的名额</translation>
    </message>
    <message>
        <source>Cannot compute the quotas</source>
        <translation>无法计算名额</translation>
    </message>
    <message>
        <source>Set the quota of %2 in %1</source>
        <translation>设定 %1 中 %2 的名额</translation>
    </message>
    <message>
        <source>Cannot set the quota</source>
        <translation>无法设定名额</translation>
    </message>
    <message>
        <source>Nominate %2 in %1</source>
        <translation>在 %1 中推荐 %2</translation>
    </message>
    <message>
        <source>Cannot store the nomination</source>
        <translation>无法保存推荐</translation>
    </message>
    <message>
        <source>Edit the nomination of %2</source>
        <translation>编辑对 %2 的推荐</translation>
    </message>
    <message>
        <source>Cannot save the nomination</source>
        <translation>无法保存推荐</translation>
    </message>
    <message>
        <source>Withdraw the nomination of %2</source>
        <translation>撤回对 %2 的推荐</translation>
    </message>
    <message>
        <source>Cannot withdraw the nomination</source>
        <translation>无法撤回推荐</translation>
    </message>
    <message>
        <source>Delete the nomination of %2</source>
        <translation>删除对 %2 的推荐</translation>
    </message>
    <message>
        <source>Cannot delete the nomination</source>
        <translation>无法删除推荐</translation>
    </message>
    <message>
        <source>Begin the review of %1</source>
        <translation>开始 %1 的评审</translation>
    </message>
    <message>
        <source>Cannot begin the review</source>
        <translation>无法开始评审</translation>
    </message>
    <message>
        <source>Take nominations again in %1</source>
        <translation>%1 重新接受推荐</translation>
    </message>
    <message>
        <source>Cannot take nominations again</source>
        <translation>无法重新接受推荐</translation>
    </message>
    <message>
        <source>Score %2</source>
        <translation>为 %2 评分</translation>
    </message>
    <message>
        <source>Cannot record the score</source>
        <translation>无法登记评分</translation>
    </message>
    <message>
        <source>Select by ranking in %1</source>
        <translation>%1 按排名确定入选</translation>
    </message>
    <message>
        <source>Cannot select</source>
        <translation>无法确定入选</translation>
    </message>
    <message>
        <source>Select %2</source>
        <translation>%2 入选</translation>
    </message>
    <message>
        <source>Deselect %2</source>
        <translation>取消 %2 入选</translation>
    </message>
    <message>
        <source>Cannot select the nomination</source>
        <translation>无法将该推荐确定入选</translation>
    </message>
    <message>
        <source>Cannot deselect the nomination</source>
        <translation>无法取消该推荐入选</translation>
    </message>
    <message>
        <source>Start the 公示 of %1</source>
        <translation>开始 %1 的公示</translation>
    </message>
    <message>
        <source>Cannot start the 公示</source>
        <translation>无法开始公示</translation>
    </message>
    <message>
        <source>Take back the 公示 of %1</source>
        <translation>撤回 %1 的公示</translation>
    </message>
    <message>
        <source>Cannot take the 公示 back</source>
        <translation>无法撤回公示</translation>
    </message>
    <message>
        <source>Record an objection to %2</source>
        <translation>登记对 %2 的异议</translation>
    </message>
    <message>
        <source>Cannot record the objection</source>
        <translation>无法登记异议</translation>
    </message>
    <message>
        <source>Close the objection to %2</source>
        <translation>办结对 %2 的异议</translation>
    </message>
    <message>
        <source>Cannot close the objection</source>
        <translation>无法办结异议</translation>
    </message>
    <message>
        <source>Make the list of %1 final</source>
        <translation>%1 名单定稿</translation>
    </message>
    <message>
        <source>Cannot make the list final</source>
        <translation>名单无法定稿</translation>
    </message>
    <message>
        <source>Unlock the final list of %1</source>
        <translation>解除 %1 最终名单的锁定</translation>
    </message>
    <message>
        <source>Cannot unlock the list</source>
        <translation>无法解除名单锁定</translation>
    </message>
</context>
<context>
    <name>ud::ui::RoundsView</name>
    <message>
        <source>Rounds</source>
        <translation>评选批次</translation>
    </message>
    <message>
        <source>&amp;Add Round…</source>
        <translation>新增批次(&amp;A)…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Add a round of an award in the year: its window, quotas and weights</source>
        <translation>新增本年度某一奖项的评选批次：推荐时间、名额和权重</translation>
    </message>
    <message>
        <source>&amp;Edit Round…</source>
        <translation>编辑批次(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected round&apos;s fields</source>
        <translation>编辑所选评选批次</translation>
    </message>
    <message>
        <source>&amp;Delete Round</source>
        <translation>删除批次(&amp;D)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected round while it has no nominations</source>
        <translation>删除所选评选批次（仅限尚无推荐时）</translation>
    </message>
    <message>
        <source>Cannot show the rounds</source>
        <translation>无法显示评选批次</translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) in %1</source>
        <translation>
            <numerusform>%1 年度共 %n 个评选批次</numerusform>
        </translation>
    </message>
    <message>
        <source>No award round in %1 yet. The plan names them: 最美教师 and 三育人先进 in spring, 巾帼文明岗, 巾帼建功标兵 and 工会工作先进 in autumn. Add one with Add Round.</source>
        <translation>%1 年度还没有评选批次。工作要点中列有：春季的最美教师和三育人先进，秋季的巾帼文明岗、巾帼建功标兵和工会工作先进。请用“新增批次”添加。</translation>
    </message>
    <message>
        <source>Cannot add the round</source>
        <translation>无法新增评选批次</translation>
    </message>
    <message>
        <source>Cannot edit the round</source>
        <translation>无法编辑评选批次</translation>
    </message>
    <message>
        <source>Rule: the final list of round %1 is locked; unlock it, with the reason, on the 公示 tab.</source>
        <translation>规则：评选批次 %1 的最终名单已锁定；请在“公示”页解除锁定并注明原因。</translation>
    </message>
</context>
<context>
    <name>ud::ui::RuleTableView</name>
    <message>
        <source>&amp;Import Rules…</source>
        <translation>导入规则(&amp;I)…</translation>
    </message>
    <message>
        <source>E&amp;xport Rules…</source>
        <translation>导出规则(&amp;X)…</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Store a rule table from its JSON file: the scheme and period it names are made when new, or the period&apos;s days and rules replaced</source>
        <translation>从 JSON 文件读入规则表：文件中指定的互助项目和期次不存在时自动新增，已存在的则替换该期的起止日期和规则</translation>
    </message>
    <message>
        <source>Save the selected period&apos;s rule table as a JSON file, to edit or to take to another database</source>
        <translation>将所选期次的规则表保存为 JSON 文件，以便修改或导入其他数据库</translation>
    </message>
    <message>
        <source>Rule table: choose a period above</source>
        <translation>规则表：请在上方选择期次</translation>
    </message>
    <message>
        <source>Rule table of %1</source>
        <translation>%1 期规则表</translation>
    </message>
    <message>
        <source>No rule table yet: import one with Import Rules…</source>
        <translation>还没有规则表：请通过“导入规则…”导入</translation>
    </message>
    <message>
        <source>The rule table cannot be read</source>
        <translation>无法读取规则表</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 元</translation>
    </message>
    <message>
        <source>Part: %1</source>
        <translation>费用类别：%1</translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation>起付线</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <source>Progressive: each slice at its band&apos;s percent</source>
        <translation>分段累进：各段金额按本段比例计算</translation>
    </message>
    <message>
        <source>Whole: all above the deductible at the band reached</source>
        <translation>全额按档：起付线以上的全部金额按所达档次的比例计算</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>above %1</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation>分段 %1</translation>
    </message>
    <message>
        <source>Cap per period</source>
        <translation>每期封顶</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Overall cap per member and period</source>
        <translation>年度总封顶（每人每期）</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>舍入方式</translation>
    </message>
    <message>
        <source>To the fen</source>
        <translation>到分</translation>
    </message>
    <message>
        <source>To the yuan</source>
        <translation>到元</translation>
    </message>
    <message>
        <source>Lump sums on first diagnosis</source>
        <translation>首次确诊一次性补助</translation>
    </message>
    <message>
        <source>%1, once per member</source>
        <translation>%1，每人一次</translation>
    </message>
    <message>
        <source>%1, once per member and period</source>
        <translation>%1，每人每期一次</translation>
    </message>
    <message>
        <source>Import Rules</source>
        <translation>导入规则</translation>
    </message>
    <message>
        <source>Rule tables (*.json);;All files (*)</source>
        <translation>规则表 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot import the rule table</source>
        <translation>无法导入规则表</translation>
    </message>
    <message>
        <source>Import rule table of %1 (%2)</source>
        <translation>导入 %1 期规则表（%2）</translation>
    </message>
    <message>
        <source>Rule table of %1 imported</source>
        <translation>已导入 %1 期规则表</translation>
    </message>
    <message>
        <source>Cannot export the rule table</source>
        <translation>无法导出规则表</translation>
    </message>
    <message>
        <source>Export Rules</source>
        <translation>导出规则</translation>
    </message>
    <message>
        <source>Rule tables (*.json)</source>
        <translation>规则表 (*.json)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>ud::ui::ScheduleItemDialog</name>
    <message>
        <source>Edit Schedule Item %1</source>
        <translation>编辑事项 %1</translation>
    </message>
    <message>
        <source>Add Schedule Item</source>
        <translation>新增事项</translation>
    </message>
    <message>
        <source>As written in the plan, e.g. 3-5月、9-11月 or 6月底前</source>
        <translation>按工作要点原文填写，例如 3-5月、9-11月 或 6月底前</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Deadline: due by the end of the month ticked (listed in that month only)</source>
        <translation>截止事项：在勾选月份的月底前完成（只列入该月）</translation>
    </message>
    <message>
        <source>The months still need checking</source>
        <translation>月份待核对</translation>
    </message>
    <message>
        <source>Set when the timing could not be read; cleared when you tick the months</source>
        <translation>时间安排无法识别时自动勾选；勾选月份后自动取消</translation>
    </message>
    <message>
        <source>Responsible office</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>部分(&amp;S)：</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>序号(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>工作事项(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Timing:</source>
        <translation>时间安排(&amp;T)：</translation>
    </message>
    <message>
        <source>Months:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation>责任部门(&amp;O)：</translation>
    </message>
    <message>
        <source>done on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>This timing could not be read: tick the months by hand.</source>
        <translation>无法识别此时间安排：请手动勾选月份。</translation>
    </message>
    <message>
        <source>The item needs its text.</source>
        <translation>请填写事项内容。</translation>
    </message>
    <message>
        <source>The item needs a section.</source>
        <translation>请选择事项所属的部分。</translation>
    </message>
    <message>
        <source>A deadline needs the month it is due in: tick it.</source>
        <translation>截止事项必须指定到期月份：请勾选该月份。</translation>
    </message>
</context>
<context>
    <name>ud::ui::SchedulePage</name>
    <message>
        <source>January</source>
        <translation>1月</translation>
    </message>
    <message>
        <source>February</source>
        <translation>2月</translation>
    </message>
    <message>
        <source>March</source>
        <translation>3月</translation>
    </message>
    <message>
        <source>April</source>
        <translation>4月</translation>
    </message>
    <message>
        <source>May</source>
        <translation>5月</translation>
    </message>
    <message>
        <source>June</source>
        <translation>6月</translation>
    </message>
    <message>
        <source>July</source>
        <translation>7月</translation>
    </message>
    <message>
        <source>August</source>
        <translation>8月</translation>
    </message>
    <message>
        <source>September</source>
        <translation>9月</translation>
    </message>
    <message>
        <source>October</source>
        <translation>10月</translation>
    </message>
    <message>
        <source>November</source>
        <translation>11月</translation>
    </message>
    <message>
        <source>December</source>
        <translation>12月</translation>
    </message>
    <message>
        <source>Work Schedule</source>
        <translation>工作进度安排</translation>
    </message>
    <message>
        <source>Key points (工作要点)</source>
        <translation>工作要点</translation>
    </message>
    <message>
        <source>Select a key-point section to see its part of the schedule</source>
        <translation>选择工作要点的某一部分，查看工作进度安排中对应的部分</translation>
    </message>
    <message>
        <source>&amp;Edit Item…</source>
        <translation>编辑事项(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit the selected item: text, timing, months, office, status, notes</source>
        <translation>编辑所选事项：内容、时间安排、月份、责任部门、状态、备注</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>标记完成(&amp;D)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>&amp;Add Item…</source>
        <translation>新增事项(&amp;A)…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Add an item to the selected section</source>
        <translation>在所选部分中新增事项</translation>
    </message>
    <message>
        <source>&amp;Remove Item</source>
        <translation>删除事项(&amp;R)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove the selected item from the plan</source>
        <translation>从工作进度安排中删除所选事项</translation>
    </message>
    <message>
        <source>&amp;Import Plan…</source>
        <translation>导入工作要点(&amp;I)…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Import a year&apos;s work plan from pasted text, a .docx or a .txt file, with a preview</source>
        <translation>从粘贴的文字、.docx 或 .txt 文件导入某年的工作要点，导入前可预览</translation>
    </message>
    <message>
        <source>&amp;Copy to Next Year…</source>
        <translation>复制到下一年(&amp;C)…</translation>
    </message>
    <message>
        <source>Copy to next year</source>
        <translation>复制到下一年</translation>
    </message>
    <message>
        <source>Copy this plan to the next year as a draft, with every status back to planned</source>
        <translation>将本年工作要点复制到下一年作为草稿，所有状态重置为计划中</translation>
    </message>
    <message>
        <source>&amp;Print Month Schedule…</source>
        <translation>打印月度工作安排(&amp;P)…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Print preview of the month&apos;s schedule: the month chosen in the filter, else this month</source>
        <translation>月度工作安排的打印预览：按筛选中选定的月份，未选定时为本月</translation>
    </message>
    <message>
        <source>Print &amp;Year Overview…</source>
        <translation>打印全年总览(&amp;Y)…</translation>
    </message>
    <message>
        <source>Year overview</source>
        <translation>全年总览</translation>
    </message>
    <message>
        <source>Print preview of every item against the twelve months (A4 landscape)</source>
        <translation>全部事项按十二个月排开的打印预览（A4 横向）</translation>
    </message>
    <message>
        <source>Save Month Schedule as P&amp;DF…</source>
        <translation>将月度工作安排保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Month PDF</source>
        <translation>月度 PDF</translation>
    </message>
    <message>
        <source>Save the month&apos;s schedule as a PDF file</source>
        <translation>将月度工作安排保存为 PDF 文件</translation>
    </message>
    <message>
        <source>Save Year Overview as PD&amp;F…</source>
        <translation>将全年总览保存为 PDF(&amp;F)…</translation>
    </message>
    <message>
        <source>Year PDF</source>
        <translation>全年 PDF</translation>
    </message>
    <message>
        <source>Save the year overview as a PDF file</source>
        <translation>将全年总览保存为 PDF 文件</translation>
    </message>
    <message>
        <source>E&amp;xport Year to Excel…</source>
        <translation>将全年导出为 Excel(&amp;X)…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Export the year&apos;s plan to an Excel workbook (.xlsx)</source>
        <translation>将该年的工作要点和工作进度安排导出为 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Show every item again</source>
        <translation>重新显示全部事项</translation>
    </message>
    <message>
        <source>The year whose plan is shown</source>
        <translation>所显示工作要点的年份</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>Only the items of that month&apos;s schedule (a deadline only in the month it is due)</source>
        <translation>只显示该月工作安排中的事项（截止事项只在到期的月份显示）</translation>
    </message>
    <message>
        <source>All sections</source>
        <translation>所有部分</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>This database has no work plan yet. Load the 2024 plan of 浙江工商大学工会 as an example to see how the schedule works, or import your own plan.</source>
        <translation>此数据库还没有工作要点。可以载入浙江工商大学工会的 2024 年工作要点作为示例，了解工作进度安排的用法；也可以导入自己的工作要点。</translation>
    </message>
    <message>
        <source>&amp;Load the 2024 Example</source>
        <translation>载入 2024 年示例(&amp;L)</translation>
    </message>
    <message>
        <source>Import a Plan…</source>
        <translation>导入工作要点…</translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation>暂不需要</translation>
    </message>
    <message>
        <source>Do not offer the example again for this database</source>
        <translation>此数据库不再提示载入示例</translation>
    </message>
    <message>
        <source>The filter hides %1.</source>
        <translation>当前筛选条件下不显示“%1”。</translation>
    </message>
    <message>
        <source>This key-point section has no schedule section of its own.</source>
        <translation>工作要点的这一部分在工作进度安排中没有对应的部分。</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>未打开数据库。</translation>
    </message>
    <message>
        <source>No work plan yet: import one with Import Plan…</source>
        <translation>还没有工作要点：请通过“导入工作要点…”导入。</translation>
    </message>
    <message>
        <source>Work Schedule %1</source>
        <translation>%1年工作进度安排</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 个事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>显示 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>已完成 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check (highlighted)</source>
        <translation>
            <numerusform>月份待核对 %n 个（已突出显示）</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a work plan for %1.</source>
        <translation>%1 年已有工作要点。</translation>
    </message>
    <message>
        <source>Cannot load the example plan</source>
        <translation>无法载入示例计划</translation>
    </message>
    <message>
        <source>The 2024 example plan was loaded.</source>
        <translation>已载入 2024 年示例计划。</translation>
    </message>
    <message>
        <source>Cannot save the item</source>
        <translation>无法保存事项</translation>
    </message>
    <message>
        <source>Cannot mark the item done</source>
        <translation>无法将事项标记完成</translation>
    </message>
    <message>
        <source>Cannot add the item</source>
        <translation>无法新增事项</translation>
    </message>
    <message>
        <source>The item was added; the current filter hides it.</source>
        <translation>已新增事项，但当前筛选条件未显示该事项。</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除事项</translation>
    </message>
    <message>
        <source>Remove item %1 from the plan?

%2

You can bring it back with Edit › Undo.</source>
        <translation>确定从工作进度安排中删除事项 %1 吗？

%2

可以通过“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <source>Cannot remove the item</source>
        <translation>无法删除事项</translation>
    </message>
    <message>
        <source>Cannot edit the item</source>
        <translation>无法编辑事项</translation>
    </message>
    <message numerus="yes">
        <source>Imported the %1 plan: %n item(s)</source>
        <translation>
            <numerusform>已导入 %1 年工作要点：%n 个事项</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the %1 plan to %2 as a draft?

Sections, items, timings, months and offices are copied; every status goes back to planned, done dates and notes are left behind.</source>
        <translation>是否将 %1 年工作要点复制到 %2 年作为草稿？

部分、事项、时间安排、月份和责任部门都会复制；所有状态重置为计划中，完成日期和备注不复制。</translation>
    </message>
    <message>
        <source>Cannot copy the plan</source>
        <translation>无法复制工作要点</translation>
    </message>
    <message>
        <source>The %1 plan was copied to %2 as a draft.</source>
        <translation>%1 年工作要点已作为草稿复制到 %2 年。</translation>
    </message>
    <message>
        <source>Cannot print the schedule</source>
        <translation>无法打印工作安排</translation>
    </message>
    <message>
        <source>Cannot print the year overview</source>
        <translation>无法打印全年总览</translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation>无法保存 PDF</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Exported the %1 plan to %2</source>
        <translation>已将 %1 年工作要点导出到 %2</translation>
    </message>
    <message>
        <source>Save Month Schedule as PDF</source>
        <translation>将月度工作安排保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Save Year Overview as PDF</source>
        <translation>将全年总览保存为 PDF</translation>
    </message>
    <message>
        <source>Export Year to Excel</source>
        <translation>将全年导出为 Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Add schedule item %1</source>
        <translation>新增事项“%1”</translation>
    </message>
    <message>
        <source>Edit schedule item %1</source>
        <translation>编辑事项 %1</translation>
    </message>
    <message>
        <source>Remove schedule item %1</source>
        <translation>删除事项“%1”</translation>
    </message>
    <message>
        <source>Mark item %1 done</source>
        <translation>将事项 %1 标记完成</translation>
    </message>
    <message>
        <source>Work schedule</source>
        <translation>工作进度安排</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>工作安排(&amp;S)</translation>
    </message>
    <message>
        <source>Mark the selected item done: today, or the day you choose for a plan of an earlier year</source>
        <translation>将选中事项标记为完成：日期为今天；往年计划的事项可选择完成日期</translation>
    </message>
    <message>
        <source>Month Schedule</source>
        <translation>月度安排</translation>
    </message>
    <message>
        <source>Which month&apos;s schedule?</source>
        <translation>打印哪个月的工作安排？</translation>
    </message>
    <message>
        <source>The year&apos;s work plan</source>
        <translation>年度工作要点</translation>
    </message>
    <message>
        <source>Import the work plan (工作要点) with its schedule from a Word file or text; the page then shows each month&apos;s work and prints it.</source>
        <translation>从 Word 文件或文字导入工作要点及其工作进度安排，之后可查看和打印每月的工作。</translation>
    </message>
    <message>
        <source>Import the Work Plan…</source>
        <translation>导入工作要点…</translation>
    </message>
    <message>
        <source>example plan</source>
        <translation>示例计划</translation>
    </message>
    <message>
        <source>Load the %1 example plan</source>
        <translation>载入 %1 年示例工作要点</translation>
    </message>
    <message>
        <source>Import the %1 work plan</source>
        <translation>导入 %1 年工作要点</translation>
    </message>
    <message>
        <source>Import the %1 work plan (%2)</source>
        <translation>导入 %1 年工作要点（%2）</translation>
    </message>
    <message>
        <source>Copy the %1 plan to %2</source>
        <translation>将 %1 年工作要点复制到 %2 年</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
</context>
<context>
    <name>ud::ui::ScheduleTreeModel</name>
    <message numerus="yes">
        <source>%1 of %n done</source>
        <translation>
            <numerusform>已完成 %1/%n</numerusform>
        </translation>
    </message>
    <message>
        <source>The timing &quot;%1&quot; could not be read: set the months by hand (Edit).</source>
        <translation>无法识别时间安排“%1”：请手动设置月份（编辑）。</translation>
    </message>
    <message>
        <source>No months set: the timing could not be read.</source>
        <translation>未设置月份：无法识别时间安排。</translation>
    </message>
    <message>
        <source>No months set.</source>
        <translation>未设置月份。</translation>
    </message>
    <message>
        <source>Due in month %1</source>
        <translation>%1月到期</translation>
    </message>
    <message>
        <source>Months: %1</source>
        <translation>月份：%1</translation>
    </message>
    <message>
        <source>Work item</source>
        <translation>工作事项</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>时间安排</translation>
    </message>
    <message>
        <source>Jan – Dec</source>
        <translation>1—12月</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>责任部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ud::ui::SchemeDialog</name>
    <message>
        <source>Mutual-aid schemes</source>
        <translation>互助项目</translation>
    </message>
    <message>
        <source>New mutual-aid scheme</source>
        <translation>新增互助项目</translation>
    </message>
    <message>
        <source>Edit mutual-aid scheme</source>
        <translation>编辑互助项目</translation>
    </message>
</context>
<context>
    <name>ud::ui::SchemesPage</name>
    <message>
        <source>&amp;Add Scheme…</source>
        <translation>新增项目(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a mutual-aid scheme</source>
        <translation>新增一个互助项目</translation>
    </message>
    <message>
        <source>&amp;Edit Scheme…</source>
        <translation>编辑项目(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected scheme</source>
        <translation>编辑所选互助项目</translation>
    </message>
    <message>
        <source>&amp;Delete Scheme</source>
        <translation>删除项目(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected scheme</source>
        <translation>删除所选互助项目</translation>
    </message>
    <message>
        <source>Add or update schemes from an Excel workbook or a CSV file</source>
        <translation>从 Excel 工作簿或 CSV 文件新增或更新互助项目</translation>
    </message>
    <message>
        <source>Save all schemes as a CSV file</source>
        <translation>将全部互助项目保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Import Schemes</source>
        <translation>导入互助项目</translation>
    </message>
    <message>
        <source>Export Schemes</source>
        <translation>导出互助项目</translation>
    </message>
    <message>
        <source>aid-schemes</source>
        <translation>互助项目</translation>
    </message>
    <message>
        <source>Exported %1 schemes to %2</source>
        <translation>已将 %1 个互助项目导出到 %2</translation>
    </message>
    <message>
        <source>Cannot show the schemes</source>
        <translation>无法显示互助项目</translation>
    </message>
    <message>
        <source>Cannot edit the scheme</source>
        <translation>无法编辑互助项目</translation>
    </message>
    <message>
        <source>The scheme no longer exists.</source>
        <translation>该互助项目已不存在。</translation>
    </message>
    <message>
        <source>Search name</source>
        <translation>搜索名称</translation>
    </message>
    <message>
        <source>No mutual-aid scheme yet. Add one, or import a rule table: it adds its scheme.</source>
        <translation>还没有互助项目。请新增，或导入规则表（会同时新增其互助项目）。</translation>
    </message>
    <message>
        <source>No scheme matches “%1”.</source>
        <translation>没有与“%1”匹配的互助项目。</translation>
    </message>
    <message numerus="yes">
        <source>%n scheme(s)</source>
        <translation>
            <numerusform>%n 个互助项目</numerusform>
        </translation>
    </message>
    <message>
        <source>Add scheme %1</source>
        <translation>新增互助项目 %1</translation>
    </message>
    <message>
        <source>Edit scheme %1</source>
        <translation>编辑互助项目 %1</translation>
    </message>
    <message>
        <source>Delete scheme %1</source>
        <translation>删除互助项目 %1</translation>
    </message>
    <message>
        <source>Cannot add the scheme</source>
        <translation>无法新增互助项目</translation>
    </message>
    <message>
        <source>Cannot save the scheme</source>
        <translation>无法保存互助项目</translation>
    </message>
    <message>
        <source>Cannot delete the scheme</source>
        <translation>无法删除互助项目</translation>
    </message>
    <message>
        <source>Delete scheme</source>
        <translation>删除互助项目</translation>
    </message>
    <message>
        <source>Delete the scheme %1?</source>
        <translation>确定删除互助项目“%1”吗？</translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation>可以通过“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation>互助项目</translation>
    </message>
</context>
<context>
    <name>ud::ui::SessionDialog</name>
    <message>
        <source>Congress sessions</source>
        <translation>教代会会议</translation>
    </message>
    <message>
        <source>New congress session</source>
        <translation>新增教代会会议</translation>
    </message>
    <message>
        <source>Edit congress session</source>
        <translation>编辑教代会会议</translation>
    </message>
</context>
<context>
    <name>ud::ui::SessionsPage</name>
    <message>
        <source>&amp;Add Session…</source>
        <translation>新增会议(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a congress session</source>
        <translation>新增一次教代会会议</translation>
    </message>
    <message>
        <source>&amp;Edit Session…</source>
        <translation>编辑会议(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected session</source>
        <translation>编辑所选会议</translation>
    </message>
    <message>
        <source>&amp;Delete Session</source>
        <translation>删除会议(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected session</source>
        <translation>删除所选会议</translation>
    </message>
    <message>
        <source>Add or update sessions from an Excel workbook or a CSV file</source>
        <translation>从 Excel 工作簿或 CSV 文件新增或更新会议</translation>
    </message>
    <message>
        <source>Save all sessions as a CSV file</source>
        <translation>将全部会议保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Import Sessions</source>
        <translation>导入会议</translation>
    </message>
    <message>
        <source>Export Sessions</source>
        <translation>导出会议</translation>
    </message>
    <message>
        <source>congress-sessions</source>
        <translation>教代会会议</translation>
    </message>
    <message>
        <source>Exported %1 sessions to %2</source>
        <translation>已将 %1 次会议导出到 %2</translation>
    </message>
    <message>
        <source>Cannot show the sessions</source>
        <translation>无法显示会议</translation>
    </message>
    <message>
        <source>Cannot edit the session</source>
        <translation>无法编辑会议</translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation>该会议已不存在。</translation>
    </message>
    <message>
        <source>Search key or name</source>
        <translation>搜索简称或名称</translation>
    </message>
    <message>
        <source>No congress session yet. Add the coming meeting with its proposal window.</source>
        <translation>还没有教代会会议。请新增即将召开的会议及其提案征集时间。</translation>
    </message>
    <message>
        <source>No session matches “%1”.</source>
        <translation>没有与“%1”匹配的会议。</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 次会议</numerusform>
        </translation>
    </message>
    <message>
        <source>Add session %1</source>
        <translation>新增会议 %1</translation>
    </message>
    <message>
        <source>Edit session %1</source>
        <translation>编辑会议 %1</translation>
    </message>
    <message>
        <source>Delete session %1</source>
        <translation>删除会议 %1</translation>
    </message>
    <message>
        <source>Cannot add the session</source>
        <translation>无法新增会议</translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation>无法保存会议</translation>
    </message>
    <message>
        <source>Cannot delete the session</source>
        <translation>无法删除会议</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>删除会议</translation>
    </message>
    <message>
        <source>Delete the session %1 (%2)?</source>
        <translation>确定删除会议“%1”（%2）吗？</translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation>可以通过“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>会议</translation>
    </message>
</context>
<context>
    <name>ud::ui::SettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>Backups beside the database</source>
        <translation>默认保存在数据库所在文件夹</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 个备份</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies after UnionDesk is restarted.</source>
        <translation>更改的语言将在重新启动工会事务台后生效。</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>保留最新的(&amp;K)：</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <source>Back up the database when UnionDesk closes or opens another one</source>
        <translation>关闭工会事务台或打开其他数据库时备份数据库</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>A USB stick or a network share: a second copy of each automatic backup, so that one lost disk loses nothing</source>
        <translation>U 盘或网络共享文件夹：每份自动备份在此再存一份，一处丢失也不怕</translation>
    </message>
    <message>
        <source>Second Backup Folder</source>
        <translation>第二备份文件夹</translation>
    </message>
    <message>
        <source>S&amp;econd folder:</source>
        <translation>第二文件夹(&amp;E)：</translation>
    </message>
    <message>
        <source>Each database keeps its newest automatic backups, named after it; older ones are deleted. When the second folder is missing (the stick is not plugged in), the status bar says so and the first folder is still written. A database on a PostgreSQL server is backed up with the server&apos;s own tools.</source>
        <translation>每个数据库保留最新的若干份自动备份，文件名中含数据库名称，更早的自动删除。第二文件夹不可用（如 U 盘未插入）时，状态栏会提示，第一个文件夹照常备份。PostgreSQL 服务器上的数据库请用服务器自带的工具备份。</translation>
    </message>
    <message>
        <source>e.g. 浙江工商大学工会</source>
        <translation>例如 浙江工商大学工会</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>本数据库</translation>
    </message>
    <message>
        <source>&amp;Union&apos;s name:</source>
        <translation>工会名称(&amp;U)：</translation>
    </message>
    <message>
        <source>Printed above lists and schedules. Kept in the database, for everyone who opens it; a change is recorded in the change history.</source>
        <translation>打印在名单和工作安排的上方。保存在数据库中，所有使用者共用；修改会记入变更记录。</translation>
    </message>
    <message>
        <source>Cannot Save the Union&apos;s Name</source>
        <translation>无法保存工会名称</translation>
    </message>
</context>
<context>
    <name>ud::ui::SignatureListDialog</name>
    <message>
        <source>Signature Lists — %1</source>
        <translation>签名表 — %1</translation>
    </message>
    <message>
        <source>Every sub-union</source>
        <translation>全部二级工会</translation>
    </message>
    <message>
        <source>&amp;Sub-union:</source>
        <translation>二级工会(&amp;S)：</translation>
    </message>
    <message>
        <source>Print &amp;Preview…</source>
        <translation>打印预览(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Save as Do&amp;cument…</source>
        <translation>另存为文档(&amp;C)…</translation>
    </message>
    <message>
        <source>Cannot show the signature lists</source>
        <translation>无法显示签名表</translation>
    </message>
</context>
<context>
    <name>ud::ui::StartPage</name>
    <message>
        <source>Getting Started</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <source>Set it up in these steps, in this order; each is ticked once the data is there. The Help menu has the manual (F1).</source>
        <translation>请按以下顺序完成设置；数据录入后，对应步骤会自动打 ✓。使用手册见“帮助”菜单（F1）。</translation>
    </message>
    <message>
        <source>&amp;Try with Demo Data</source>
        <translation>用演示数据试用(&amp;T)</translation>
    </message>
    <message>
        <source>First look around? The demo opens a separate database, uniondesk-demo.sqlite, with about 30 sub-unions and 1,000 made-up members. This database stays as it is; File › Open Recent brings it back.</source>
        <translation>想先看看？演示会另建一个数据库 uniondesk-demo.sqlite，其中约有 30 个二级工会和 1000 名虚构会员。当前数据库保持原样，可通过“文件 › 最近打开的数据库”回来。</translation>
    </message>
    <message>
        <source>The union&apos;s name</source>
        <translation>工会名称</translation>
    </message>
    <message>
        <source>Printed above every list and schedule, e.g. 浙江工商大学工会. It is kept in the database, for everyone who opens it.</source>
        <translation>打印在各种名单和工作安排的上方，例如“浙江工商大学工会”。保存在数据库中，所有使用者共用。</translation>
    </message>
    <message>
        <source>Enter the Name…</source>
        <translation>填写名称…</translation>
    </message>
    <message>
        <source>This database is still empty.</source>
        <translation>此数据库还是空的。</translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>已完成 %1/%2 步。</translation>
    </message>
</context>
<context>
    <name>ud::ui::UnitDialog</name>
    <message>
        <source>New sub-union</source>
        <translation>新增二级工会</translation>
    </message>
    <message>
        <source>Edit sub-union</source>
        <translation>编辑二级工会</translation>
    </message>
</context>
<context>
    <name>ud::ui::UnitsPage</name>
    <message>
        <source>Sub-unions</source>
        <translation>二级工会</translation>
    </message>
    <message>
        <source>Search code, name or short name</source>
        <translation>搜索代码、名称或简称</translation>
    </message>
    <message>
        <source>&amp;Add Sub-union…</source>
        <translation>新增二级工会(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a sub-union</source>
        <translation>新增一个二级工会</translation>
    </message>
    <message>
        <source>&amp;Edit Sub-union…</source>
        <translation>编辑二级工会(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected sub-union</source>
        <translation>编辑所选二级工会</translation>
    </message>
    <message>
        <source>&amp;Delete Sub-union</source>
        <translation>删除二级工会(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected sub-union</source>
        <translation>删除所选二级工会</translation>
    </message>
    <message>
        <source>Save all sub-unions as a CSV file</source>
        <translation>将全部二级工会保存为 CSV 文件</translation>
    </message>
    <message>
        <source>Cannot show the sub-unions</source>
        <translation>无法显示二级工会</translation>
    </message>
    <message>
        <source>Cannot add the sub-union</source>
        <translation>无法新增二级工会</translation>
    </message>
    <message>
        <source>Cannot edit the sub-union</source>
        <translation>无法编辑二级工会</translation>
    </message>
    <message>
        <source>The sub-union no longer exists.</source>
        <translation>该二级工会已不存在。</translation>
    </message>
    <message>
        <source>Cannot save the sub-union</source>
        <translation>无法保存二级工会</translation>
    </message>
    <message>
        <source>Delete sub-union</source>
        <translation>删除二级工会</translation>
    </message>
    <message>
        <source>Delete the sub-union %1 (code %2)?</source>
        <translation>确定删除二级工会“%1”（代码 %2）吗？</translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation>可以通过“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <source>Cannot delete the sub-union</source>
        <translation>无法删除二级工会</translation>
    </message>
    <message>
        <source>Import Sub-unions</source>
        <translation>导入二级工会</translation>
    </message>
    <message>
        <source>Export Sub-unions</source>
        <translation>导出二级工会</translation>
    </message>
    <message>
        <source>sub-unions</source>
        <translation>二级工会</translation>
    </message>
    <message>
        <source>Exported %1 sub-unions to %2</source>
        <translation>已将 %1 个二级工会导出到 %2</translation>
    </message>
    <message>
        <source>1 sub-union</source>
        <translation>1 个二级工会</translation>
    </message>
    <message numerus="yes">
        <source>%n sub-unions</source>
        <translation>
            <numerusform>%n 个二级工会</numerusform>
        </translation>
    </message>
    <message>
        <source>No sub-union matches “%1”.</source>
        <translation>没有与“%1”匹配的二级工会。</translation>
    </message>
    <message>
        <source>Add sub-union %1</source>
        <translation>新增二级工会 %1</translation>
    </message>
    <message>
        <source>Edit sub-union %1</source>
        <translation>编辑二级工会 %1</translation>
    </message>
    <message>
        <source>Delete sub-union %1</source>
        <translation>删除二级工会 %1</translation>
    </message>
    <message>
        <source>Add or update sub-unions from an Excel workbook or a CSV file</source>
        <translation>从 Excel 工作簿或 CSV 文件新增或更新二级工会</translation>
    </message>
    <message>
        <source>No sub-unions yet. Add one, or import a spreadsheet.</source>
        <translation>还没有二级工会。请新增，或导入表格文件。</translation>
    </message>
    <message>
        <source>Sub-&amp;unions</source>
        <translation>二级工会(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>合并到(&amp;M)…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Merge the selected sub-union into another: its members and their history move there</source>
        <translation>将选中的二级工会合并到另一个二级工会：会员及其变动记录随之转移</translation>
    </message>
    <message>
        <source>Cannot merge the sub-unions</source>
        <translation>无法合并二级工会</translation>
    </message>
    <message numerus="yes">
        <source>%1 (code %2, %n member(s))</source>
        <translation>
            <numerusform>%1（代码 %2，会员 %n 名）</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge sub-unions</source>
        <translation>合并二级工会</translation>
    </message>
    <message>
        <source>Merge %1 into %2?</source>
        <translation>确定将 %1 并入 %2 吗？</translation>
    </message>
    <message>
        <source>The members of %1, their status history and its sub-units move to %2, and %1 is deleted.</source>
        <translation>“%1”的会员、会员变动记录和下级单位将转到“%2”，随后删除“%1”。</translation>
    </message>
    <message>
        <source>You can take it back with Edit › Undo.</source>
        <translation>可以通过“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <source>Merge sub-union %1 into %2</source>
        <translation>将二级工会 %1 并入 %2</translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into %2: %n member(s) moved.</source>
        <translation>
            <numerusform>已将 %1 并入 %2，转移会员 %n 名。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the sub-unions one by one, or import their list from an Excel workbook or a CSV file with a code and a name column. The roster refers to them.</source>
        <translation>逐个录入二级工会，或从含代码和名称两列的 Excel 工作簿或 CSV 文件导入。会员名册要用到二级工会。</translation>
    </message>
    <message>
        <source>Add a Sub-union…</source>
        <translation>新增二级工会…</translation>
    </message>
    <message>
        <source>Import a List…</source>
        <translation>导入名单…</translation>
    </message>
</context>
<context>
    <name>ud::ui::WorkingCalendarDialog</name>
    <message>
        <source>&amp;Add Day</source>
        <translation>添加日期(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Day</source>
        <translation>删除日期(&amp;R)</translation>
    </message>
    <message>
        <source>Rea&amp;d Notice</source>
        <translation>识别通知(&amp;D)</translation>
    </message>
    <message>
        <source>A period of working days (a 公示) counts its &amp;first day as day 1 when that day is a working day</source>
        <translation>起始日为工作日时，按工作日计算的期限（如公示期）将起始日计为第 1 天(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Working Calendar</source>
        <translation>工作日历</translation>
    </message>
    <message>
        <source>Paste the State Council&apos;s notice of the year here (国务院办公厅关于…年部分节假日安排的通知), e.g.
二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。</source>
        <translation>在此粘贴国务院办公厅当年的节假日安排通知（国务院办公厅关于…年部分节假日安排的通知），例如：
二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。</translation>
    </message>
    <message>
        <source>Put the days read from the notice in the table, to check before saving</source>
        <translation>将从通知中识别出的日期填入表格，保存前请核对</translation>
    </message>
    <message>
        <source>Store the days in the table as the year&apos;s working calendar; Edit › Undo takes it back</source>
        <translation>将表格中的日期保存为该年度的工作日历；可用“编辑 › 撤销”恢复</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>The State Council&apos;s &amp;notice:</source>
        <translation>国务院办公厅通知(&amp;N)：</translation>
    </message>
    <message>
        <source>Only the days that differ from an ordinary Monday–Friday week matter: the days off and the Saturdays and Sundays worked. A Saturday or Sunday inside a holiday is shown dimmed. A year with no days stored uses the built-in notice (2024–2026), a year with neither an ordinary week.</source>
        <translation>只需列出与普通周一至周五作息不同的日期：放假日，以及调休上班的周六、周日。节假日内的周六、周日以灰色显示。未保存日期的年份使用内置通知（2024–2026），两者都没有的年份按普通的周一至周五作息。</translation>
    </message>
    <message>
        <source>Cannot read the working calendar</source>
        <translation>无法读取工作日历</translation>
    </message>
    <message>
        <source>The days of %1 were changed and not saved. Throw the changes away?</source>
        <translation>%1 年的日期已修改但尚未保存。放弃这些修改吗？</translation>
    </message>
    <message>
        <source>The days of %1 stored in this database.</source>
        <translation>本数据库中保存的 %1 年日期。</translation>
    </message>
    <message>
        <source>The built-in days of %1, from the State Council&apos;s notice. Changed, they are saved in this database.</source>
        <translation>%1 年的内置日期，来自国务院办公厅通知。修改后将保存到本数据库中。</translation>
    </message>
    <message>
        <source>No days for %1: an ordinary Monday–Friday week. Paste the State Council&apos;s notice of the year and read it, or add the days.</source>
        <translation>%1 年没有日期：按普通的周一至周五作息。请粘贴当年的国务院办公厅通知并识别，或手动添加日期。</translation>
    </message>
    <message>
        <source>Read: %1 days off, %2 Saturdays or Sundays worked. Check them in the table, then save.</source>
        <translation>识别结果：放假 %1 天，周六或周日调休上班 %2 天。请在表格中核对后保存。</translation>
    </message>
    <message>
        <source>Nothing was read:</source>
        <translation>未识别出任何内容：</translation>
    </message>
    <message>
        <source>Lines that could not be read:</source>
        <translation>无法识别的行：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>注意：</translation>
    </message>
    <message>
        <source>The notice read has lines that could not be read:
%1

Save the days shown all the same?</source>
        <translation>所识别的通知中有无法识别的行：
%1

仍然保存表格中显示的日期吗？</translation>
    </message>
    <message>
        <source>Cannot Save the Working Calendar</source>
        <translation>无法保存工作日历</translation>
    </message>
    <message>
        <source>Working calendar of %1</source>
        <translation>%1 年工作日历</translation>
    </message>
    <message>
        <source>Working calendar of %1 saved.</source>
        <translation>%1 年工作日历已保存。</translation>
    </message>
    <message>
        <source>The working calendar of %1 was not changed.</source>
        <translation>%1 年工作日历未作更改。</translation>
    </message>
</context>
<context>
    <name>ud::ui::YearEndActions</name>
    <message>
        <source>Year:</source>
        <translation>年份：</translation>
    </message>
    <message>
        <source>Writing the year-end workbook of %1…</source>
        <translation>正在生成 %1 年年终报表…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Year-End Workbook</source>
        <translation>年终报表</translation>
    </message>
    <message>
        <source>The year-end workbook was cancelled; no file was written.</source>
        <translation>已取消生成年终报表，未写入任何文件。</translation>
    </message>
    <message>
        <source>Cannot write the year-end workbook</source>
        <translation>无法生成年终报表</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the year-end workbook of %1 (%n member(s) on the roster of 31 December) to %2</source>
        <translation>
            <numerusform>%1 年年终报表已写入 %2（12月31日会员名册共 %n 人）</numerusform>
        </translation>
    </message>
    <message>
        <source>union-work-in-figures-%1</source>
        <translation>工会工作数据汇总-%1</translation>
    </message>
    <message>
        <source>Save the Year&apos;s Summary</source>
        <translation>保存年度数据汇总</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text for Word or WPS (*.odt)</source>
        <translation>可用 Word 或 WPS 编辑的 OpenDocument 文档 (*.odt)</translation>
    </message>
    <message>
        <source>Cannot save the year&apos;s summary</source>
        <translation>无法保存年度数据汇总</translation>
    </message>
    <message>
        <source>Saved the summary of %1 to %2</source>
        <translation>%1 年度数据汇总已保存到 %2</translation>
    </message>
    <message>
        <source>year-end-workbook-%1</source>
        <translation>年终报表-%1</translation>
    </message>
    <message>
        <source>Save the Year-End Workbook</source>
        <translation>保存年终报表</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Year&apos;s Summary</source>
        <translation>年度数据汇总</translation>
    </message>
    <message>
        <source>Cannot show the year&apos;s summary</source>
        <translation>无法显示年度数据汇总</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>打印预览 — %1</translation>
    </message>
    <message>
        <source>Save as PDF or .odt…</source>
        <translation>另存为 PDF 或 .odt…</translation>
    </message>
</context>
</TS>

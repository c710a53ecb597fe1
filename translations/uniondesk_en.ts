<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::app</name>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1 problem(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1 (%2 KB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring is only possible into a SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces everything in %1 with the contents of %2. Add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 from %2. The previous contents were saved to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1 row(s) have errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the database&apos;s integrity and schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a consistent backup (a SQLite file) while the database stays in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the SQLite database with a backup (the current contents are backed up first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the sub-unions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how many members to generate: --members N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--members must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data generated in %1 (seed %2) in %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-unions: %1 added, %2 already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: %1 (active %2, retired %3, left %4, deceased %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status events: %1 (%2 transfers, %3 rejoined).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names: %1 different; %2 of them are shared by three or more members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sub-union has the code &quot;%1&quot;. `uniondesk units list` shows the codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;: use active, retired, left or deceased (or 在册, 退休, 调离, 去世).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--as-of needs a date such as 2024-12-31, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output file must end in .xlsx or .csv: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 member(s) to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID and phone numbers are written in full; the export is recorded in the change history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID and phone numbers are masked; --unmasked writes them in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export members with every column: .xlsx with translated titles, or .csv (UTF-8 with BOM) whose header is the keys staff_no,name,gender,…; gender and status in words in both; ID and phone masked unless --unmasked, which is recorded in the change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list members; csv and json: keys as header and stored values (M/F, active, retired, left, deceased), every column; table: ten columns in words; --as-of gives the roster of that day from the status history; ID and phone masked unless --unmasked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-duplicate must be skip, update or error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header needs a staff number and a name column (工号, 姓名); it has: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-unions that would be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-unions created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run, nothing stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import members; all or nothing unless --skip-invalid; exit code 0 imported, 1 nothing stored, 2 wrong use (members import --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no timing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a work plan for %1. Nothing was imported; add --replace to replace it (its statuses and notes are lost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the work plan for %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Union: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key points: %1 sections, %2 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule: %1 sections, %2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the document&apos;s title names the year %1, but it was imported as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items whose months need checking: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines not recognised (not imported): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 item(s), written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must name an .xlsx file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work plan for %1 was written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work plan for %1 was copied to %2 as a draft; every item is planned again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a year&apos;s work plan and its schedule from the official document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a year&apos;s schedule items, or those of one month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export a year&apos;s work plan and schedule to .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy a year&apos;s plan to the next year as a draft, with every status reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access: read-only (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history: %1 row(s) disagree with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history: agrees with the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the standard output: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import sub-unions; all or nothing unless --skip-invalid; exit code 0 imported, 1 nothing stored, 2 wrong use (units import --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a date such as 2025-12-31, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is for the terminal and .csv files; a .%1 file is written as printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 member(s), written to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to (%1) lies before --from (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the active members whose statutory retirement date (raised by month of birth since 2025; a woman&apos;s original age as recorded, else the office&apos;s default) lies between two dates; csv keys staff_no,name,gender,birth_date,unit_name,retirement_date; .pdf and .xlsx as printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the active members born in a month, by day, for birthday greetings (ages in the year given, this year by default); csv keys staff_no,name,gender,birth_date,unit_name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list everyone on the roster on a date, active and retired, from the dated status history; csv keys staff_no,name,gender,birth_date,unit_name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not recognised as a work plan. %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --landscape or --portrait, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a month&apos;s schedule (A4 portrait) or the year overview (A4 landscape) to PDF; --landscape or --portrait turns the page</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --match-units to take the proposed sub-union where there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where several sub-unions are proposed, write the code or the full name of the right one in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-union %1 taken as the stored %2 (%3)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sub-union has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 (%2) into %3 (%4): %n member(s) moved</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n status event(s) moved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>merge the sub-union with code FROM into the one with code INTO: its members and their history move, FROM is deleted (units merge --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>congress session add needs --key, --name and --year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year must be a year, e.g. 2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --term and --meeting as numbers (the key %1 does not say them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added session %1: %2 (term %3, meeting %4, %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n row(s) have errors.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the session with --session KEY.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-handling units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] congress reps list --session KEY [--format csv|table|json] [--out FILE]
Lists the representatives of the session&apos;s term by delegation.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a congress session (congress session add --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the congress sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the representatives of a session&apos;s term, all or nothing (congress reps import --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the representatives of a session&apos;s term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a session&apos;s proposals, all or nothing (congress proposals import --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a session&apos;s proposals (csv keys number,title,category,proposer,cosigners,decision,lead_unit,result,rating, then others)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from 0 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congress: %1 sessions, %2 representatives, %3 proposals, %4 inspections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to print: --proposal NUMBER, --all, --compilation, --report or --referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one document at a time: %1 were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit goes with --referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--decimals and --rounding go with --report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must name a .pdf or an .odt file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No congress session has the key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rounding must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no proposal numbered &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form of proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forms of the proposals of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The compilation of proposals of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handling unit is named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The referral notices of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s), written to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>print a session&apos;s proposal form (one or all), the compilation of its filed proposals, the proposal work report or the referral notices to the handling units, to .pdf or .odt</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--session is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--decimals must be a number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rounding must be half-up, truncate or largest-remainder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count a session&apos;s proposals for the proposal work report; csv keys section,key,count,percent, then replied,on_time,late,outstanding for the lead units (congress report --help)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 4 MB; a rule table is a few kilobytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stored the rule table of %1 %2 (%3 to %4): %n part(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s) computed again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--amount: &quot;%1&quot; is not an amount in yuan (at most two decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff number %1 is not on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), %3, %4:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout: %1 yuan</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s), paying %1 yuan</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store a mutual-aid period&apos;s rule table from JSON (aid rules import --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a mutual-aid period&apos;s rule table as JSON, in the form aid rules import reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enroll members in a mutual-aid period, all or nothing (aid enroll import --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what a claim would pay now, with its calculation; stores nothing (aid claim compute --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store a period&apos;s claims, computed in the order of treatment, all or nothing (aid claims import --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a period&apos;s claims (csv keys staff_no,name,part,date,eligible,payout,status; amounts in yuan)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement of %1: written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to print: --claim ID, --status STATUS or --enrollment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit goes with --enrollment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--claim takes claim numbers: &quot;%1&quot; is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--claim takes claim numbers: none was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sub-union has the code &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n member(s), written to %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No claim of %1 is in the status %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval forms of the claims of %1 in the status %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mutual-aid claim with the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim %1 is not one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval form of claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The approval forms of %n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the fund&apos;s statement of income and expenditure of a mutual-aid period; csv keys section,key,label,amount,count; --out FILE.pdf|.odt|.xlsx (aid statement --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the approval forms of mutual-aid claims, or the enrollment list for signatures, to .pdf or .odt (aid print --help)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a year&apos;s care visits (csv keys date,staff_no,name,unit,kind,kind_name,amount,form,payer,reason,visitors; care list --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care: %1 visits (%2 with a reason for an exception), %3 hardship cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the round with --round KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 has no nomination of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Round %1 has %n nominations of %2; name the member by staff number.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awards round add needs --key, --year and --award.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quota-percent must be a percent from 0 to 100 with at most two decimals, e.g. 4 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quota-percent needs --cutoff DATE: the day whose active members count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added round %1: %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Quotas: %1 % of the active members on %2; %n sub-union(s), %3 nominations in all.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicity from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicity until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] awards quota set --round KEY --unit CODE --quota N [--reason TEXT]
Sets a sub-union&apos;s quota in the round by hand (e.g. +5 % for completed duties, 0 for unpaid
dues). A quota other than the computed one needs the reason, which the change history keeps; the
computed quota without a reason takes the change back.

Exit codes: 0 set, 1 refused (the reason on standard error), 2 wrong use.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awards quota set needs --round, --unit and --quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota of %1 in round %2: %3.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the award types and their rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add an award round taking nominations, with the sub-unions&apos; quotas (awards round add --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the award rounds and their stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the sub-unions&apos; quotas of a round with their nominations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a sub-union&apos;s quota by hand, with the reason (awards quota set --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import a round&apos;s nominations, checked by the award&apos;s rules, all or nothing (awards nominations import --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a round&apos;s nominations with the review and the checks (awards list --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check a round&apos;s nominations: one row per nomination and problem (csv keys nominee,unit,rule,severity,message; awards check --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import earlier years&apos; awards into the awards history, all or nothing (awards history import --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the awards history (csv keys year,award,staff_no,name,collective,unit,source,round)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one document at a time: --notice or --certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to print: --notice or --certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--nominee and --date go with --certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must name a .pdf file: certificates are printed on A4 landscape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 公示 notice of round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates of round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a round&apos;s 公示 notice (.pdf or .odt) or the certificates of its final list (.pdf) (awards print --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 takes nominations again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is in review; it takes no more nominations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] awards score --round KEY --nominee WHO --score S [--votes N]
Records the committee&apos;s score (0–100, two decimals at most) and the public votes of a nomination
during the review. WHO is a staff number, a member&apos;s name or a collective&apos;s name.

Exit codes: 0 recorded, 1 refused (the reason on standard error), 2 wrong use.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awards score needs --nominee and --score, a number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: score %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] awards select --round KEY [--nominee WHO [--off]]
Without --nominee: selects down the review&apos;s ranking (the committee&apos;s score and the public vote
weighted as the round says) within the total quota and each sub-union&apos;s quota, passing over
nominations a refusing check keeps out; the others are not selected. With --nominee: selects that
nomination by hand, or deselects it with --off.

Exit codes: 0 selected, 1 refused (the reason on standard error), 2 wrong use.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Round %1: %n selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first day of the 公示 with --start DATE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] awards objection add --round KEY --nominee WHO --date DATE
           --content TEXT [--handled-by NAME]
Records an objection received during the round&apos;s 公示 to a nomination on the published list
(WHO: a staff number, a member&apos;s name or a collective&apos;s name) and prints its number, which
`awards objection close` takes.

Exit codes: 0 recorded, 1 refused (the reason on standard error), 2 wrong use.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awards objection add needs --round, --nominee, --date and --content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection %1 to %2 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] awards objection close --id N --outcome upheld|dismissed
           [--date DATE] [--handled-by NAME] [--finding TEXT]
Closes objection N (as `awards objection list` numbers them) on DATE (today unless given).
Upheld withdraws the nomination from the list; dismissed leaves it.

Exit codes: 0 closed, 1 refused (the reason on standard error), 2 wrong use.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awards objection close needs --id and --outcome upheld or dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] awards finalize --round KEY [--date DATE]
Locks the round&apos;s list as final on DATE (today unless given): only after the last day of the
公示 and with every objection closed. The nominations on the list are awarded and enter the awards
history. A final list changes no more until `awards unlock`.

Exit codes: 0 final, 1 refused (the rule on standard error), 2 wrong use.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Round %1 is final: %n awarded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The final list of round %1 is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close a round&apos;s nominations and begin the review (--reopen: take nominations again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a nomination&apos;s committee score and public votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>select down the ranking within the quotas, or one nomination by hand (awards select --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publish the selected list (公示) for N working days and print its last day (awards publicity --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record an objection during the 公示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close an objection: upheld withdraws the nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a round&apos;s objections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lock a round&apos;s list as final after its 公示 (awards finalize --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlock a final list; the reason is kept in the change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--year must be a year, e.g. 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the working calendar has no notice for %1 (none imported, none built in); its days are counted as an ordinary Monday–Friday week. Import the State Council&apos;s notice with `uniondesk calendar import FILE --year %1`.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1 has lines that cannot be read as a notice of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported the working calendar of %1 from %2: %3 days off, %4 Saturdays or Sundays worked.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be a date, e.g. 2025-09-26.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--days must be a number of working days from 1 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start-counts must be yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store a year&apos;s working calendar from the State Council&apos;s notice of its holidays (calendar import --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list a year&apos;s days off from Monday to Friday and Saturdays or Sundays worked (csv keys date,kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the last day of a period of N working days (a 公示)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual aid: %1 schemes, %2 periods, %3 enrollments; %4 claims (%5 paid, %6 in review, %7 rejected), %8 yuan paid out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards: %1 rounds, %2 nominations, %3 objections, %4 earlier awards in the history.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must name an .xlsx file, e.g. --out 年终报表%1.xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unmasked is recorded in the change history, which a read-only database cannot take: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year-end workbook of %1 (%2 member(s) on the roster of 31 December) was written to %3.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out must name a .pdf or an .odt file, e.g. --out 工会工作数据汇总%1.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the year-end workbook (年终报表) of a year, one worksheet per area with charts; ID and phone masked unless --unmasked, which is recorded in the change history (yearbook --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the year&apos;s figures for the annual work summary on A4 (members, work plan, proposals, mutual aid, care, awards) as PDF or .odt (yearbook summary --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work plan of %1: %2 items, %3 of them done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill a database without members with a synthetic roster for trying the program (about 30 sub-unions, members with status histories; the same seed gives the same data) and this year&apos;s work plan (the example schedule, done as far as the year has come). The generated rows get one change-history entry, not one each; the congress gets --sessions sessions (4) of --proposals proposals (60) when there are at least 40 active members; care visits, hardship cases and both mutual-aid schemes with their claims and ledger from 10 active members; the awards history and this year&apos;s rounds at every stage from 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary of %1 (%2 working and %3 retired member(s) on 31 December) was written to %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::app::CliOutput</name>
    <message>
        <source>--format must be csv, table or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::app::CommandLine</name>
    <message>
        <source>--db needs a file path or a postgresql:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|postgresql://user@host:port/dbname] [--create] [COMMAND]
Without a command, the window opens.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
  --db PATH|URL   the database (default: %1)
  --create        make a new database if the file does not exist
  --version       print the version
  --help          print this help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path. To make a new database there, add --create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is open read-only (%2). This command changes the database, so it was not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding must be utf-8 or gb18030.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|URL] %1 %2
%3
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::app::CommandOptions</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing argument.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core</name>
    <message>
        <source>The database reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-unions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number may contain only digits, and an X as the last of 18 characters; &quot;%1&quot; at position %2 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number must have 18 characters (or 15 for an old number); this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number, %1, is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number, %1, is before 1900.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date in the ID number, %1, is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character is wrong: the last character should be %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mobile number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number may contain only digits, spaces and dashes; &quot;%1&quot; is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only mainland China mobile numbers (+86) are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number has 11 digits; this one has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mobile number starts with 13 to 19; %1 does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key-point sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full numbers shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Union name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-signers a proposal needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal number prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal number digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead unit&apos;s reply time (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-handlers reply earlier (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congress sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special committees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal assignments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection follow-up items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents of a mutual-aid claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual-aid schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual-aid periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual-aid enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual-aid claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual-aid fund ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn of a second hardship case in a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award quota rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award quota at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicity period (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award nominations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members of collective nominations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award objections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day of a period of working days counts as day 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::Aid</name>
    <message>
        <source>Salary deduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by the sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved by the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members&apos; fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school&apos;s part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The union&apos;s part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching by the school</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 爱心大病医疗互助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee per share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fee per share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member pays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;chool pays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Union pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Union pays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;tching of members&apos; fees (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the school adds to the members&apos; fees, in percent: 100 is 1:1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares &amp;at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retired members may enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting period (days):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A first-time member&apos;s claims count for treatment that starts this many days after enrollment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim within (months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claim within (months):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A claim is received at most this many months after the treatment ended; 0 for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joining mid-period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members may &amp;join after the period started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees may be paid &amp;late for a past period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment &amp;opens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment closes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment &amp;closes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Shares:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrolled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fee paid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid &amp;late for a past period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-payment (自付)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-&amp;payment (自付):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category B share (自理)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category &amp;B share (自理):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncovered (自费)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unco&amp;vered (自费):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not counted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Illness (lump sum):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout by the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lump sum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voucher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mutual-aid scheme named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: the member&apos;s, the school&apos;s and the union&apos;s parts (%1) add up to the fee per share (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no period %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no rule table yet; import one first (Rule Table › Import, or aid rules import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: a period ends on or after its first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: enrollment closes on or after the day it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme already has a period %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: the periods of a scheme do not overlap; %1 covers some of these days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1 is retired, and %2 does not take retired members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: only members of the union enroll; %1 has left the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rule: %1 takes at most %n share(s) per member.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rule: %1 is already enrolled in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1 does not take fees paid late for a past period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1 takes no members once its enrollment closed (%2); %3 enrolled on %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1 ended on %2; a fee paid later is arrears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks the column(s) %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>工号 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff number %1 is not on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff number %1 is %2 on the roster, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) appears twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>份数 &quot;%1&quot; is not a whole number of shares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费日期 &quot;%1&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费方式 &quot;%1&quot; is not 工资代扣, 现金 or 转账.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>缴费金额 &quot;%1&quot; is not an amount in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the claim of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the scheme and period of the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: only enrolled members claim; %1 is not enrolled in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rule: waiting period. %1 first enrolled on %2; treatment counts from %3 (%n day(s) later), this one started on %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rule: treatment inside the period. The treatment started on %1, outside %2 (%3 to %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The treatment ends on or after the day it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rule: claims within %n month(s). The treatment ended on %1; the claim was received on %2, after %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has no part %2; its parts are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pays no lump sums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a listed illness of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: a lump sum once per member; %1 was already paid one by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: a lump sum once per member and period; %1 was already paid one in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: a rejected claim needs the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; its details no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; there is no review step left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is paid; a paid claim is corrected by a reversing entry in the ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: a claim is paid once the committee approved it; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day of the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount in yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>就诊日期 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: income is a positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: an expense is a negative amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: a claim&apos;s payout is posted when the claim is paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: a reversing entry is not reversed again; post a new entry instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1 is already reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverses %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 (%n share(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a date such as 2024-01-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an amount in yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the amount %2 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the percent %2 is outside 0–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has more than two decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the amount %2 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheme: the scheme is not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>period: the period has no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start: the period has no start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end: the period has no end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end: the period ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parts: the rules need at least one part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cap: the amount %1 is outside 0–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the part has no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is already the key of parts[%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the amount %2 is outside 0–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a part needs at least one band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only the last band may be open-ended (upTo null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the limit %2 is not above the deductible %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the limit %2 is not above the limit of the band before it (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the illness is not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is already listed in lumpSums[%3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules are not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules are not a JSON object ({ … }).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules of %1 %2 have no part &quot;%3&quot;; their parts are: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eligible amount %1 is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eligible amount %1 is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The eligible amount %1 of the earlier claims in &quot;%2&quot; is outside 0–%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount %1 already paid by the earlier claims is negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules of %1 %2 list no illness for a lump sum, so &quot;%3&quot; has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%3&quot; is not an illness listed for a lump sum in the rules of %1 %2; the listed ones are: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: eligible amount of this claim %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: eligible amount of the earlier claims of the period %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cumulative eligible amount %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deductible %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not above the deductible: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band above %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band %1–%2 at %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above the limit of the last band, not paid: %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: part cap %2 (computed %3): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: on the eligible amount %2 of the earlier claims: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total of the parts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall cap %1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounded half-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already paid by earlier claims of the period: −%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lump sum for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lump sum for %1 already paid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::AidDemo</name>
    <message>
        <source>Mutual-aid schemes are already recorded; demo data is added only to an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mutual-aid demo needs a roster with at least 10 active members.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::AidDocuments</name>
    <message>
        <source>Mutual-Aid Claim Approval Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1    Claim No. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illness (lump sum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own pay (自付)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-care (自理)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-paid (自费)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no calculation kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In capitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion of the sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion of the union office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion of the mutual-aid committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature (seal): ____________    Date: ____________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the claims whose approval forms are printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no mutual-aid claim with the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval form of claim %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Approval forms of %n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: enrollment list for signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 · %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 share(s), fees %2 yuan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::AidListModels</name>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverses an entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::AidStatement</name>
    <message>
        <source>Balance brought forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenditure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total expenditure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 annual statement of income and expenditure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lump sums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement of %1 does not add up: it carries %2 forward, the ledger&apos;s balance is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Members enrolled: %1, with %n share(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Claims paid: %1, to %2 member(s); claims rejected: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A statement is written to .pdf, .odt or .xlsx, not to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::AwardDocuments</name>
    <message>
        <source>In the {year} selection you were honoured as “{award}”.
This certificate is awarded in recognition.</source>
        <comment>certificate wording; keep the placeholders {year} and {award}</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is %2; its 公示 notice is printed once the 公示 has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 has nobody on its list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicity of the %1 %2 list</source>
        <comment>notice title: year, award</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>After nomination by the sub-unions and review by the selection committee, the following %n nominee(s) are proposed for the title of “%2” of %1. The list is made public as follows.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <comment>the award and the number on its list</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (collective)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The publicity runs from %1 to %2 (%n working day(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Anyone who objects to a nominee is asked to say so within the period, in writing and under their own name, to the union office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who objects to a nominee is asked to say so within the period, in writing and under their own name, to: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: certificates are printed for a final list; round %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomination %1 is not on the final list of round %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of Honour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>certificate: to a collective</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>certificate: to a member</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::AwardModels</name>
    <message>
        <source>%1 / %2 women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::AwardRepositories</name>
    <message>
        <source>There is no award named &quot;%1&quot;; the awards are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number of years (1–99) within which %1 is not given to the same nominee again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The least share of women is a percent, 0–100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The least size of a collective is 0–9999 people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The least length of the deeds is 0–100000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the member or the collective that was given the award.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is not a year from 1900 to 2999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already recorded with %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::AwardRounds</name>
    <message>
        <source>The award round no longer exists; another user may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no award round with the key &quot;%1&quot;. `uniondesk awards round list` shows the rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: the final list of round %1 is locked; unlock it, with the reason, to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is not a year from 1900 to 2999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The award of the round does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nominations close (%1) before they open (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The total quota is 0–99999 (0: no limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quota percent is 0–100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the cut-off date whose active members the quotas of the sub-unions are computed from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee&apos;s weight is a percent, 0–100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 公示 lasts 1–99 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 has nominations for %2; its award can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 has nominations; it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 has no quota percent and cut-off date to compute quotas from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-union no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quota is 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: a quota other than the computed one (%1 for %2) needs its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is %2; only a round taking nominations goes on to the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is %2; only a round in review takes nominations again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Round %1 has %n selected nomination(s); deselect them first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 is %2; scores are recorded during the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is withdrawn; it is not scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score is 0–100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes cannot be fewer than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is %2; the selection is made during the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rule: round %1 awards at most %n; as many are selected.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 may have %n selected in round %3; as many are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 is %2; the list is published after the review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first day of the 公示.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 has no selected nomination to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is %2, not in publicity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 has objections to its 公示; the 公示 can no longer be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is %2; objections are recorded during its 公示.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on the published list (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection is dated %1, before the 公示 began (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection to %1 of %2 is already closed (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the outcome of the objection: upheld or dismissed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the objection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection is closed on %1, before it was received (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is %2; only a list in its 公示 becomes final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: the 公示 of round %1 runs until %2; the list becomes final after it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rule: %n objection(s) to round %1 are still open; close them before the list becomes final.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Round %1 has nobody left on its list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 is %2; only a final list is unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: unlocking the final list of round %1 needs the reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::Awards</name>
    <message>
        <source>Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual or collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repeat rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not again within some years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woman as head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of the collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an active member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deeds too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In publicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final list of a round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round half up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the nomination is not accepted. Warning: it is accepted and shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Award:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 最美教师</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the same person or collective may be given the award again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not again within (years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not again &amp;within (years):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 2024 round with 3 years excludes those given the award in 2021, 2022 or 2023</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least share of women (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least share of &amp;women (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collective&apos;s women among its people; 0: no rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collective&apos;s &amp;head must be a woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collective&apos;s people at least; 0: no rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least deeds length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Least &amp;deeds length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters of the deeds (事迹) at least; 0: no rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the &amp;quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat a&amp;ward:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of wo&amp;men:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Woman as h&amp;ead:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze of the collective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an acti&amp;ve member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated t&amp;wice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deeds too s&amp;hort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;der:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2024-最美教师</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the command line and files name the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominations from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominations &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominations until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominations &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Total quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many are awarded; 0: no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota per sub-union (0.01 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota &amp;percent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sub-union may nominate this share of its active members on the cut-off date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headcount on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&amp;count on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day whose active members the quotas are computed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee weight (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Committee weight (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee&apos;s score against the public vote, e.g. 60 for 60/40; 100: no public vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicity from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicity (working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicity until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objections to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objections to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 校工会办公室，电话 88888888</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the 公示 notice asks objections to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 完成年度工作任务，上浮5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-union name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-union code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collective:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 图书馆流通部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department or office the collective belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole collective when some are not union members; 0: the listed members are all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Women:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;eeds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deeds (事迹) as the sub-union wrote them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attachments received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published by the sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-union &amp;published its recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee score (0.01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&apos;s staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the objection says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handled by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ub-union:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::AwardsDemo</name>
    <message>
        <source>Award rounds or awards history are already recorded; demo data is added only to an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The awards demo needs a roster with at least 20 active members.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::AwardsImport</name>
    <message>
        <source>%1 &quot;%2&quot; is not a number of people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n members are named %1; give the staff number instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is neither a staff number nor a name on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sub-union has the code or name %1. `uniondesk units list` shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks the column(s) %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lacks the column 类型: %2 is for individuals and collectives, so each row says which it is (个人 or 集体).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型 is empty; write 个人 or 集体.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型 &quot;%1&quot; is neither 个人 nor 集体.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>被推荐人 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>推荐单位 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>女性人数 is given without 总人数.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>总人数 is 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks the column 工号 or 集体名称.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no member has the staff number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff number %1 is %2 on the roster, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row names nobody (工号 and 集体名称 are empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>奖项 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>年度 &quot;%1&quot; is not a year.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::Backup</name>
    <message>
        <source>Cannot write in the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite connection is not available for a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed while copying table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot overwrite the database itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a UnionDesk backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 was written by a newer UnionDesk (schema version %2; this version knows up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring is only possible into a SQLite database. For PostgreSQL use the server&apos;s own tools (pg_restore).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup cannot be taken while a change is being written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::Calendar</name>
    <message>
        <source>Day off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Holiday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 春节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notice year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::CalendarDaysModel</name>
    <message>
        <source>A Saturday or Sunday inside the holiday: a day off in an ordinary week too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A working day from Monday to Friday: as an ordinary week has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::CalendarRepository</name>
    <message>
        <source>The notice&apos;s year must be from 1900 to 2999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not near the year %2 of the notice: a notice names days of its own year, and at most of the year before or after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a day of the notice of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day without a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the date is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the date is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::Care</name>
    <message>
        <source>Illness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disaster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ub-union:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cause:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ituation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, the family&apos;s circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Household size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income per head (month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;ncome per head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household&apos;s monthly income per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash paid, or the value of the goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funded &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-union name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. marriage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same for the kind every year: how frequency limits and totals know it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 婚嫁慰问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount &amp;rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard amount or the most a visit may give; 0: no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fre&amp;quency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often one member may have a visit of this kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Over the limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visit over the amount or the frequency: refused, or recorded with its reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;der:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for a visit over the kind&apos;s amount or frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visited by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visited by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::CareDemo</name>
    <message>
        <source>Care visits or hardship cases are already recorded; demo data is added only to an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care demo needs a roster with at least 10 active members.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::CareModels</name>
    <message>
        <source>(no sub-union)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care visits by sub-union and kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1, in yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>University union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-unions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care visits by month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::CareRepositories</name>
    <message>
        <source>%1, hardship help on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already had hardship help in %2 (%3). Help is normally given once a year per family.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year %1 is not a year from 1900 to 2999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 may hold only letters a–z, digits, - and _ (it names the kind in files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 table already has the key %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n visit(s) in %2 and stays in the %2 table.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted while visits are recorded under it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 table has no kinds to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 gives the standard amount of %3 yuan; this visit gives %4 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 gives at most %3 yuan; this visit gives %4 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already had a visit of the kind %2 in %3 (%4); the kind allows one a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already had a visit of the kind %2 (%3); the kind allows one only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of the visit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a kind of the %2 table; a visit on %3 takes a kind of the %4 table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind refuses visits over its rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the exception to record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care visits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::ChangeHistoryModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full numbers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <comment>the record a change is about, shown by its name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>history action (import step)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>import title, file</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::ClaimsModel</name>
    <message>
        <source>%1 to %2</source>
        <comment>treatment dates</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid on %1, voucher %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by the rules and a lump sum of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::Congress</name>
    <message>
        <source>Not decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted to a suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-handling unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A (solved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B (in progress or planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C (later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D (for reference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vice chair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12-2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 第十二届教代会暨第十四届工代会第二次会议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting &amp;starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting &amp;ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 人事处</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This unit handles proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 经济学院代表团</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sub-union:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serves &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served &amp;until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 提案工作委员会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the proposal committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案由: one matter per proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposer&apos;s category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposing delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submitted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Topic:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::CongressDemo</name>
    <message>
        <source>The congress already has sessions; demo data is added only to an empty one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The congress demo needs a roster with at least 40 active members.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::CongressImport</name>
    <message>
        <source>%1 &quot;%2&quot; is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a staff number nor a name on the roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n members are named %1; give the staff number instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a representative of term %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks the column(s) %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n new delegation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n new handling unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 lacks the column 工号 or 姓名.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff number %1 is %2 on the roster, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row names nobody (工号 and 姓名 are empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代表团 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提案号 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposal %1 is already stored in session %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>类型 &quot;%1&quot; is neither 提案 nor 意见建议.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>提案人 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>重点提案 &quot;%1&quot; is neither 是 nor 否.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立案情况 &quot;%1&quot; is none of 立案, 不立案, 转为意见建议, 并案, 撤回.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>并案 needs 并入提案号.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>并入提案号 %1 is not a proposal of this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>并入提案号 is given, but 立案情况 is not 并案.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>协办单位, 答复 and 满意度 need a 主办单位.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复结果 &quot;%1&quot; is none of A, B, C, D.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>答复结果 and 满意度 need the 答复日期.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>满意度 &quot;%1&quot; is none of 满意, 基本满意, 不满意.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::CongressRepositories</name>
    <message>
        <source>There is no congress session with the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal window closes before it opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term %1 already has a delegation named %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the new representative starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already replaced or left on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only started on %2; the replacement must start later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member is already a representative of term %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegation belongs to term %1, not to term %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::Csv</name>
    <message>
        <source>This system cannot read GB18030 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted cell starts here (&quot;) and is never closed: it runs on to the end of the file. Add the missing closing quote and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted cell starts here (&quot;) and runs on across the line break into what look like the following rows: its closing quote is missing. Add it and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes of this row are not %1 text, the encoding the rest of the file is read in (a row saved in another encoding?). Nothing was imported. Save the whole file in one encoding, or name its encoding with --encoding utf-8|gb18030 (in the window: the encoding choice of the import).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::Dashboard</name>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no sub-union)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members by sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members by age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) without a birth date or gender not shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Joined and left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left (retired, left, deceased)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work schedule by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(uncategorised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction rate %1 % (%2 of %3 rated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual-aid payouts by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual-aid fund balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards by sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected, list not final</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) have a birthday this month</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work item(s) of this month not done yet</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work item(s) due by %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal reply(s) overdue, the oldest since %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposal reply(s) due, the first by %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mutual-aid claim(s) waiting for review</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n award round(s) in 公示, the first ending on %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) reach retirement age by %1, the first on %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mutual-aid enrollment open in %n period(s), until %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mutual-aid enrollment open in %n period(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mutual-aid enrollment closes on %1 (%n period(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::core::Database</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a UnionDesk database (it is not a SQLite database at all). It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is damaged (it is truncated or its header is broken). It has not been changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is damaged: %2. It has not been changed; restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is a SQLite database of another program, not a UnionDesk database. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is on a network share. SQLite cannot lock files on network shares reliably and data could be lost when two computers write at once. Keep the file on this computer&apos;s own disk, or let several computers share a PostgreSQL server (--db postgresql://user@server/uniondesk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer UnionDesk (schema version %2; this version knows up to %3). Open it with the newer UnionDesk. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 asks for a password. Give it in PGPASSWORD or ~/.pgpass, or type it when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 already holds tables of another program; it is not a UnionDesk database. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 points to a missing row of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 was left in the middle of a change that cannot be rolled back now. It has not been changed; close every other program that uses it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is write-protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder %1 is write-protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the files SQLite keeps beside it (%1-wal, %1-shm) are write-protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be created: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 is in the change history but missing from the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of table %2 has no entry in the change history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 cannot be read here: %2. Check that you may read the file and write in its folder (SQLite keeps its -wal and -shm files beside it), or copy the file to a folder of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is an empty SQLite database that UnionDesk did not make; it may belong to another program. UnionDesk only creates a database in a new or empty (0-byte) file. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Give the name of a database file in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a device, a pipe or a socket), so it cannot hold a database. Nothing was written there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::DatabaseLocation</name>
    <message>
        <source>No database given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL address names no database, e.g. postgresql://clerk@server:5432/uniondesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::DateText</name>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::DemoData</name>
    <message>
        <source>The number of members must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new member&apos;s id was not returned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::FailedRows</name>
    <message>
        <source>Error reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::ImportLog</name>
    <message>
        <source>The import log names a table this version does not know (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of its records were deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 (%2): %3 on %4 by %5</source>
        <comment>record (table): changed on time by user</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>• and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>batch title (time)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy to next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import redone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>table: counts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import log has no entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has already been undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be undone: these records were changed after it.

%2

Nothing was changed. Undo those changes first, or set the records back by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be undone: %2

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not been undone, so it cannot be done again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be done again: these records were changed after it was undone.

%2

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be done again: %2

Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::ImportLogModel</name>
    <message>
        <source>Undone %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::ImportPreview</name>
    <message>
        <source>%1 %2 is already stored; choose to skip or to update such rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 to update, %3 unchanged, %4 invalid, %5 repeated in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 unchanged, %4 skipped, %5 invalid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::ImportPreviewModel</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::Member</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position/title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original retirement age</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::MemberColumns</name>
    <message>
        <source>Sub-union code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::MemberEvent</name>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejoined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::MemberExport</name>
    <message>
        <source>search &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-union %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name must end in .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::MemberImport</name>
    <message>
        <source>imported %1, updated %2, skipped %3, invalid %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number was stored as a number in Excel and has lost its last digits. Format the column as text and enter the numbers again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date &quot;%1&quot; is not a date (write it as 1985-03-02).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The join date &quot;%1&quot; is not a date (write it as 2010-09-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status &quot;%1&quot; is not known; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-union %1 has the code %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff number %1 belongs to %2, but the ID number to %3 (staff number %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff number %1 is also in row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number %1 is also in row %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member with staff number %1 was deleted meanwhile; import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-union %1 does not exist (rows %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original retirement age &quot;%1&quot; is not 50 or 55.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-union %1 does not exist (rows %2); it may be the stored %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-union %1 does not exist (rows %2); it may be one of the stored %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::MemberImportTemplate</name>
    <message>
        <source>Example: replace this row with your members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::MemberLists</name>
    <message>
        <source>No sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Mobile numbers are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active and retired members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming retirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirement age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retires on</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n active member(s) without a birth date or gender are not considered.</source>
        <translation>
            <numerusform>%n active member without a birth date or gender is not considered.</numerusform>
            <numerusform>%n active members without a birth date or gender are not considered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Roster as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active %1, retired %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reproduced from the dated status history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 · statutory ages of the 2025 rise, women from %3 unless recorded · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aged %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthdays in month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID and mobile numbers are masked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::MemberRepository</name>
    <message>
        <source>The staff number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gender must be male or female.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff number %1 already belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number already belongs to %1 (staff number %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 does not match the ID number (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number belongs to a man, but the gender is female.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number belongs to a woman, but the gender is male.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The join date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The join date lies before the birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-union does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted because other records refer to this member (%2). Record that the member left instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the event is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of the event lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event lies before the member joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transfer needs the sub-union the member moves to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member already belongs to that sub-union.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A woman&apos;s original retirement age is 50 or 55, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This field cannot be set for several members at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::Nominations</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The nomination no longer exists; another user may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round of the nomination does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1 is awarded to individuals only; this nomination is of a collective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1 is awarded to collectives only; this nomination is of a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the member who is nominated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the name of the collective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers of people are 0–99999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number of people of the collective with its number of women.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collective has %1 people; it cannot have %2 women.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collective has %1 people, but %2 members are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member is listed twice in the collective.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score is 0–100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes cannot be fewer than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no quota in round %2; this is its nomination number %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 may nominate %n in round %2; this is its nomination number %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was given %2 in %3; it is given to the same nominee only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 was given %2 in %3; it is not given to the same nominee again within %n year(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs at least %2 % women; %3 gives no people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least %2 % women; %3 has %4 women among %5 people (%6 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a woman as the collective&apos;s head; %2 names no head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a woman as the collective&apos;s head; the head of %2, %3, is not recorded as a woman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a collective of at least %2 people; %3 has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an active member (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head of %1, %2, is not an active member (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already nominated in round %2 (by %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deeds of %1 have %2 characters; %3 asks for at least %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: round %1 no longer takes nominations; it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: round %1 is past its nominations; withdraw %2 instead of deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has objections; it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::NoticeParser</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 gives days off and working days in one sentence; they cannot be told apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 gives days without saying 放假 (day off) or 上班 (working day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>「%1」 names a day without making it a day off (放假) or a working day (上班); it stays as an ordinary week has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not near the year %2 of the notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a %2, not a %3 as the notice says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the days off in 「%1」 cannot be read; a notice writes them as 2月10日至17日 or 1月1日.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the days off in 「%1」 end before they begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the days off in 「%1」 run longer than a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the working days in 「%1」 cannot be read; a notice writes them as 2月4日（星期日）、2月18日（星期日）上班.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 are %3 days, but the notice says %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given twice (also on line %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long to be a notice (%1 characters; a notice has a few thousand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line is too long to be a line of a notice (%1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notice is for %1, not for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No days off or working days were read. A notice gives them in lines such as 「二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。」</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::PlanDocument</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in an old Word format. Save it as .docx (or as plain text) and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Word document (.docx): it has no %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: its text cannot be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No numbered section heading was found. A work plan is expected to have sections headed 一、二、三、… with numbered points or items under them (1. …), and a schedule that gives each item its months, such as 1. 召开教代会（6月底前）.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schedule item with its months was found. A work plan is expected to have a schedule (the attachment 主要工作进度安排) with sections headed 一、二、… or by month (三月份), and items that give their months, such as 1. 召开教代会（6月底前）.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Word document (.docx). Import the plan as a .docx or as a plain-text (.txt) file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete (cut short when it was copied or downloaded?): it cannot be read as a Word document (.docx). Copy it again, or open it in Word and save it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::PrintedDocument</name>
    <message>
        <source>The printer or file could not be opened for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- %1 -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: only .pdf and .odt files can be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::ProposalDocuments</name>
    <message>
        <source>No proposal of %1 is filed: there is nothing to compile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compilation of proposals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compilation of Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n filed proposal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Proposal Committee of the Staff Congress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n)</source>
        <comment>a category and its number of proposals</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (key proposal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-signers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead unit: %1    Co-handling units: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals merged into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (collective proposal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestion Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(proposer&apos;s category: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested handling unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; key proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into proposal %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals merged into this one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deadline %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-handling units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to be completed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposer&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-signers&apos; signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opinion of the proposal committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(seal)        Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal is not one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal forms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral notices: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal Referral Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>the unit a referral notice is addressed to</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposals below, submitted to %1, have been filed by the proposal committee and are referred to your unit. The lead unit handles each proposal together with its co-handling units and replies in writing to the proposer and to the proposal committee by the deadline; a co-handling unit sends its opinion to the lead unit by its own deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other handling units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(round %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-handling: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s): %1 as lead unit, %2 as co-handling unit.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Received by: ____________    Date: ____________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No filed proposal of %1 is assigned to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No filed proposal of %1 is assigned to a handling unit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::ProposalReport</name>
    <message>
        <source>There is no congress session with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: proposal work report tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounded half-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by largest remainder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Percentages %1 to %n decimal(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::ProposalRepository</name>
    <message>
        <source>Awaiting decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed, to be assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied, to be rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted to a suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session already has a proposal numbered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proposal has one proposer: a representative, or a delegation for a collective proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The congress session does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: proposals are accepted until %1; this one was submitted on %2. It cannot be filed as a proposal; keep it as a suggestion instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: proposals are accepted from %1; this one was submitted on %2, before the call opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the proposer: a representative, or a delegation for a collective proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposer is not a representative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: the proposer must be a representative of term %1; %2 is one of term %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1 was not a representative on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: a collective proposal comes from a delegation of term %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A co-signer is not a representative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1 co-signs only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: the proposer %1 cannot co-sign the own proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: co-signers are representatives of term %1; %2 is one of term %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rule: a proposal needs at least %n co-signing representative(s); this one has %1. Keep the text as a suggestion instead, or add co-signers.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The proposal no longer exists; another user may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been decided; it cannot be deleted. Mark it withdrawn instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other proposals are merged into %1; it cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1 was kept as a suggestion; only a proposal can be filed, converted or merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rule: %n proposal(s) are merged into %1; it stays filed while they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has already been handed to its units; take the assignment back first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been replied to; it can no longer be withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: a proposal that is not filed needs the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the filed proposal %1 is merged into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: a proposal cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: proposals are merged only within a session; %1 is of another session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1 is itself merged into another proposal; it cannot take others in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: proposals are merged into a filed proposal; %1 is not filed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: only a filed proposal or a suggestion is handed to units; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been replied to in this round; its units can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the proposal is handed over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1 is named twice; a unit is either the lead or a co-handler, once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The assignment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reply deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no lead unit in this round; assign it before recording the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposer has rated this round&apos;s reply; it can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day of the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is dated before the proposal was handed over (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the result code of the reply (A, B, C or D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: a reply with result B (in progress or planned) gives the completion date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no reply in this round to rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day of the rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the proposer and the co-signers rate the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposer has already rated the reply of round %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has had too many rounds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::ProposalsModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>name (staff number)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was due on %1 and has not come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (round %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key proposal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::Record</name>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains an invisible or control character (U+%2) at character %3. Remove it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header needs the columns %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 appears twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an amount in yuan (at most two decimals).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::RecordRepository</name>
    <message>
        <source>A record with this number already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists; another user may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is already used by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted because records still refer to it (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::RecordStore</name>
    <message>
        <source>Invalid table or column name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists; another user may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::ReportPrinter</name>
    <message>
        <source>No entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or file could not be opened for printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown file type: %1. Use .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown file type: %1. Use .pdf, .odt or .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::RetirementAge</name>
    <message>
        <source>%1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 years %2 months</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::SafeOutput</name>
    <message>
        <source>No output file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Give the name of a file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to the folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::Schedule</name>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::ScheduleDemo</name>
    <message>
        <source>demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::ScheduleItem</name>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::ScheduleItemRepository</name>
    <message>
        <source>An item number cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A done item needs the date it was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a done item has a date of completion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadline needs the month it is due in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule item no longer exists; another user may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::ScheduleReports</name>
    <message>
        <source>Union work schedule for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Union work schedule %1: the year at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Due by the end of this month (shown in bold).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the item runs in this month    %2 due by the end of this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key points %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::ScheduleRepository</name>
    <message>
        <source>There is no work plan for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a work plan for %1. Replace it only if you mean to: its items, statuses and notes are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A done item needs the date it was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a work plan for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule item %1-%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::SubUnit</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0105</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for lists and printouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists show sub-unions by this number, then by code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sub-union is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::SubUnitRepository</name>
    <message>
        <source>A unit cannot be its own parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent unit lies below this unit; that would make a loop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent unit does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted because records still belong to it (%2). Move them to another unit first, or mark the unit inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-unions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sub-unions</source>
        <translation type="unfinished">
            <numerusform>%n sub-union</numerusform>
            <numerusform>%n sub-unions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n member(s) and cannot be deleted. Move them to another sub-union, merge %1 into another sub-union, or mark it inactive.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A sub-union cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lies below %2 and cannot take it in. Move %1 out from under %2 first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::TableFile</name>
    <message>
        <source>%1 holds no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) not listed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is an Excel 97–2003 workbook (.xls), a WPS workbook (.et) or a workbook protected by a password, which cannot be read here. Open it in Excel or WPS, remove the password if there is one, save it as an Excel workbook (.xlsx) and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::Transaction</name>
    <message>
        <source>A part of this change failed, so none of it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is open read-only (%2), so nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::XlsxReader</name>
    <message>
        <source>it is an old Excel 97–2003 workbook (.xls) or a password-protected one. Open it in Excel or WPS, remove the password if there is one, and save it as an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is missing; it is not an Excel workbook (.xlsx) or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook part is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no worksheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shared strings are damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell formats are damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheet number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has no sheet named &quot;%1&quot; (it has: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell reference &quot;%1&quot; in sheet %2 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row number in sheet %1 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell in sheet %1 refers to a missing shared string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number &quot;%1&quot; in sheet %2 is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1 has more than %L2 rows, the most that is read from one sheet. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet %1 has more than %L2 cells, the most that is read from one sheet (each row counts from column A to its last filled cell). Delete the columns that are not needed, or split the sheet into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workbook has more than %L1 shared strings (the texts its cells share), the most that is read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::XlsxWriter</name>
    <message>
        <source>The workbook %1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file could not be written (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more rows or columns than a worksheet can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook %1 could not be written: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook %1 is already complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new worksheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook %1 has no worksheet to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autofilter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook %1 could not be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook %1 could not be written completely; the disk may be full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::YearSummary</name>
    <message>
        <source>(no sub-union)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year must lie between 1900 and 2999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Union work in figures, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members on 31 December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    of them men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    of them women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    gender not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired members on 31 December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New members in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who left in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who retired in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who died in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers between sub-unions in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-unions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members on 31 December by sub-union:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work items of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work items done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Congress proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No congress session in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals filed (立案)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed proposals replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction rate (satisfied and basically satisfied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Mutual aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mutual-aid scheme in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance on 31 December (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member enrolled in several schemes is counted once in the total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Hardship support and care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No award given in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s summary is written to .pdf or .odt, not to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::Yearbook</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>60 and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members on 31 December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired members on 31 December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work items of the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work items done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual-aid members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual-aid claims paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship support (cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members by sub-union on 31 December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members by sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual-aid payouts by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual-aid payouts by month (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work items by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members on 31 December by sub-union, gender and age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no sub-union)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims paid in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund statements of the periods in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brought forward (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payouts (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other expenses (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause or kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship and care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship support in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care visits by sub-union and kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care visits in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship support and care visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominee kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards by award and sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year must lie between 1900 and 2999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the workbook&apos;s name must end in .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-end workbook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the roster as of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::ZipArchive</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 cannot be opened (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 is too large: it unpacks to %2, more than %3, the most that is read from one part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the part %1 unpacks from %2 to %3, more than %L4 times its packed size; a file packed this tightly is refused, as it may be a zip bomb.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::AboutDialog</name>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About UnionDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnionDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members, work schedule, staff congress, mutual aid and awards for the office of a university trade union.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>built with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnionDesk is free software: you can share and change it under the terms of the GNU General Public License, version 3 or any later version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::AidPage</name>
    <message>
        <source>The mutual-aid scheme every tab shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period every tab shows: its claims, enrollment and fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sche&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peri&amp;od:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schemes and Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual aid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mutual &amp;Aid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::AidPrintDialog</name>
    <message>
        <source>&amp;Print Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text for Word or WPS (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is saved as a PDF file only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::AwardHistoryDialog</name>
    <message>
        <source>New award of an earlier year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit award</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::AwardHistoryPage</name>
    <message>
        <source>&amp;Add Award…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an award of an earlier year, for the repeat rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Award…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected award of an earlier year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected award of an earlier year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add earlier years&apos; awards from an Excel workbook or a CSV file: 工号 or 集体名称, 奖项, 年度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the awards shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Awards History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Awards History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awards-history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 awards to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the awards history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit the award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The award no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, staff number, award or collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No award recorded for this year. Final lists enter here; import earlier years&apos; lists so that the repeat rule sees them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No award matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n award(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <comment>award history step: year, award, nominee</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add award %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit award %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete award %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the award %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: an award of the final list of round %1 changes only by unlocking that round, with the reason, on its 公示 tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 adds %n award(s) to the awards history.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are already recorded and stay as they are.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::AwardTypeDialog</name>
    <message>
        <source>Award types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New award type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit award type %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::AwardTypesPage</name>
    <message>
        <source>&amp;Add Award Type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an award with its rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Award Type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected award&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Award Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected award while no round or history uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add award types from an Excel workbook or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the award types as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Award Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Award Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>award-types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 award types to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the award types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit the award type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The award type no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search award</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No award type yet. Add the plan&apos;s (最美教师, 三育人先进, 巾帼文明岗 …) with Plan&apos;s Types, or with the first round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No award matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n award type(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add award type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit award type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete award type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the award type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the award type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the award type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete award type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the award type %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Award types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan&apos;s Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan&apos;s Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the plan&apos;s award types (最美教师, 三育人先进, 巾帼文明岗, 巾帼建功标兵, 工会工作先进, 优秀工会积极分子) that are missing, with the rules of the published calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the award types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every award type of the plan is already there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the plan&apos;s award types</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::AwardsPage</name>
    <message>
        <source>The year whose rounds and awards the tabs show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round the nominations, review, 公示 and quotas show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ound:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nominations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rev&amp;iew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Award Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>round: key (stage)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · total quota %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · 公示 until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No round in %1: add one on the Rounds tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;wards</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::BatchChangeDialog</name>
    <message numerus="yes">
        <source>Change %n Selected Member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note, e.g. the document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sub-union:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty clears the field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Field:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an &amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a &amp;Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The change is made for all %n member(s) or, when one of them is refused, for none; Edit › Undo takes it back as one step.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The date “%1” is not a date; write it like 2024-03-08.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::CareKindDialog</name>
    <message>
        <source>Care kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New care kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit care kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::CareKindsPage</name>
    <message>
        <source>&amp;Add Kind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a kind of care visit to the year&apos;s table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Kind…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add care kinds from an Excel workbook or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the care kinds of every year as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Care Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Care Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>care-kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 care kinds to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the care kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit the care kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care kind no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search kind or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year has no care kinds yet. Copy the previous year&apos;s table, or add the standard kinds, then change the amounts to this year&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kind matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add care kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit care kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete care kind %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the care kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the care kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the care kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete care kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the care kind %1 of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy from Previous Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standard Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the kinds of the year before that this year lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the standard kinds (婚嫁, 生育, 住院, 去世, 退休 …) that this year lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the care kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 table already has every kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the %1 care kinds to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the standard care kinds to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::CarePage</name>
    <message>
        <source>&amp;Hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care &amp;Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care &amp;Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship &amp; care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;are</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::CareTotalsView</name>
    <message>
        <source>No care visit in this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By sub-union and kind (yuan; the tooltip gives the number of visits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::CareVisitDialog</name>
    <message>
        <source>New care visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit care visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no limit on the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the standard amount is %2 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most %2 yuan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::CareVisitsPage</name>
    <message>
        <source>&amp;Add Visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a care visit (慰问)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add care visits from an Excel workbook or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the visits shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Care Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Care Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>care-visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 care visits to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the care visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit the care visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care visit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, staff number or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No care visit in this year yet. The year&apos;s kinds (on the Care Kinds tab) say the amounts and how often a member may have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add care visit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit care visit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete care visit to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the care visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the care visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the care visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete care visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the visit to %1 (%2, %3)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ub-union:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sub-unions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::ChartView</name>
    <message>
        <source>No data yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more not shown, %1 %2 in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::ui::ClaimDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New claim — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the name or the staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lump sum %2 yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Treatment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-&amp;payment (自付):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category &amp;B share (自理):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unco&amp;vered (自费):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not counted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Illness (lump sum):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This claim is %1; its details no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not enrolled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout: %1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout: —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member: the payout shows here as the rules compute it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim refused by the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the claim as rejected with this reason? The office then has a record of what it received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::ClaimFilterBar</name>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-&amp;union:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::ClaimSteps</name>
    <message>
        <source>%1 (%2), %3</source>
        <comment>claim: name (staff number), treatment start</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter rejected claim of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New claim of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit claim of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review step of the claim of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take the claim to the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject claim of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reject the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay claim of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot pay the claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot recompute the claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recompute %n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::ui::ClaimsPage</name>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a member&apos;s claim with the costs of one treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Claim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected claim with its calculation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt Review Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim passes its next review: sub-union, union office, committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected claim, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay the approved claim: the day and the voucher; the payout goes to the fund&apos;s ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Approval Form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval form (审批表) of the selected claim or of the claims shown: preview, print, or save as PDF or .odt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;compute Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the payouts of the period&apos;s open claims again by its rule table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, staff number or pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 yuan to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claims in this period yet. Enter one with New Claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mutual-aid period yet. Add a scheme and its period under Schemes and Rules, or import a rule table there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No claim matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the claim of %1 (%2) rejected? The reason is kept with the claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1 yuan to %2 (%3); the payout is posted to the fund&apos;s ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paid on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voucher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recomputed: %n claim(s) changed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recomputed: every payout was already up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval form (审批表) of the claim of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval form (审批表) of the selected claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval form %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The approval forms of the %n claim(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Approval forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Approval Forms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::CommitteeView</name>
    <message>
        <source>Every proposal of the session is decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File (立案)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the chosen proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not Filed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not file the chosen proposals, with one reason for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert the chosen proposals to suggestions (意见建议)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the chosen proposals into one filed proposal of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-classify the chosen proposals (the proposer&apos;s category is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposals of the session not yet decided. Choose several (Ctrl or Shift and a click, Ctrl+A for all) and decide them at once; each decision is one step of Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n undecided chosen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason, for all chosen proposals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the chosen proposals into this filed proposal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has no filed proposal to merge into: file one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee&apos;s category of the chosen proposals:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::CongressPage</name>
    <message>
        <source>&amp;Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mmittee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions and Representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies due from the selected unit in the session (overdue in red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handling Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit above: its replies still due in the session show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff congress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Congress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Inspections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::CongressSettingsDialog</name>
    <message>
        <source>Proposal Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> co-signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{year} stands for the session&apos;s year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months after the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> months earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proposal &amp;needs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number &amp;prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Digits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, in the order reports list them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead unit replies within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-handling units &amp;reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the database for everyone who opens it; each change is recorded in the change history. Numbers and deadlines already given stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first proposal of this year&apos;s session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save the Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one category.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::ConnectDialog</name>
    <message>
        <source>Connect to PostgreSQL Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name, address, or socket folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked when the server needs it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several computers can share one UnionDesk database on a PostgreSQL server. Ask the administrator of the server for these details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::DashboardPage</name>
    <message>
        <source>&amp;Refresh Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every figure and reminder again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-End &amp;Workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-End Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the year&apos;s workbook (年终报表) of every area to an Excel file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year&apos;s &amp;Summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year&apos;s Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the year&apos;s figures for the annual work summary, or save them as PDF or .odt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::DelegationView</name>
    <message>
        <source>Delegation / representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace Representative…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another member takes the selected representative&apos;s seat from a day on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegations and representatives of the term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaces %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n representative(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Replace representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New representative&apos;s &amp;staff number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has the staff number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace the representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace representative %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Representatives…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the term&apos;s representatives from an Excel workbook or a CSV file with the columns 工号, 姓名 and 代表团 (团长: 是 marks a delegation&apos;s head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks or CSV files (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import representatives from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representatives imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::DialogParts</name>
    <message>
        <source>Discard Changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes in this window are not saved. Close it and discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::DoneDateDialog</name>
    <message>
        <source>Mark Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” belongs to the plan of %2, a year that is over. On which day was it done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::EnrollmentDialog</name>
    <message>
        <source>Mutual-aid enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit enrollment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::EnrollmentPage</name>
    <message>
        <source>&amp;Enroll Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll a member in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Enrollment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected member&apos;s enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected member off the period&apos;s enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll a sub-union&apos;s list from an Excel workbook or a CSV file: 工号, 姓名, 份数, 缴费日期, 缴费方式 (缴费金额, 补缴 and 备注 when given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the period&apos;s enrollment as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aid-enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 enrolled members to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit the enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, staff number or sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is enrolled in this period yet. Enroll members one by one, or import the sub-unions&apos; lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody enrolled matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) enrolled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enroll %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit enrollment of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete enrollment of %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot enroll the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 (%2) off the period&apos;s enrollment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signature Lists…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period&apos;s enrollment by sub-union with a column to sign: preview, print, or save as PDF, .xlsx or .odt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the period first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::EnrollmentTotalsView</name>
    <message>
        <source>Sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no sub-union)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::FailedRowsFile</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Rows to Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (rows to correct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::FullNumbersLog</name>
    <message>
        <source>Member list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the full numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::FundPage</name>
    <message>
        <source>Fund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Post Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post income (donations, interest …) or an expense to the fund&apos;s ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reverse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the selected entry by a reversing entry of the opposite amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post &amp;Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post the period&apos;s fees from its enrollment: the members&apos;, the school&apos;s and the union&apos;s parts and the matching, each what the ledger does not hold yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fund&apos;s statement of the period (收支公示): preview, print, or save as PDF, .odt or .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Brought forward: %1 yuan   ·   Balance at the end: %2 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing posted in this period yet. Post the fees from the enrollment with Post Fees; claims post their payouts when they are paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mutual-aid period yet. Add a scheme and its period under Schemes and Rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Voucher:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expense is posted as a negative amount. A wrong entry is not changed later: it is reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot post the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post %1 %2 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse the entry of %1, %2 %3 yuan, by an entry of the opposite amount today?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reverse the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse %1 %2 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot post the fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ledger already holds the period&apos;s fees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Post the period&apos;s fees (%n entry(ies))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Posted %n entry(ies) of fees</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The fund&apos;s statement of %1 (收支公示)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::HandlingUnitDialog</name>
    <message>
        <source>Handling units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New handling unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit handling unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::HandlingUnitsPage</name>
    <message>
        <source>&amp;Add Unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a handling unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Unit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected handling unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected handling unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update handling units from an Excel workbook or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all handling units as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Handling Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Handling Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handling-units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 handling units to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the handling units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit the handling unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handling unit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handling units yet: 党委办公室, 人事处, 后勤管理处 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handling unit matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n handling unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add handling unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit handling unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete handling unit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the handling unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the handling unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the handling unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete handling unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the handling unit %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::HardshipDialog</name>
    <message>
        <source>New hardship case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit hardship case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::HardshipPage</name>
    <message>
        <source>&amp;Add Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record hardship help for a member&apos;s family (送温暖/帮扶)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected hardship case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected hardship case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add hardship cases from an Excel workbook or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all hardship cases as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Hardship Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Hardship Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hardship-cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 hardship cases to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the hardship cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit the hardship case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hardship case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hardship case in this year. Record the help given to a family in difficulty: the cause, the household, the amount and who funds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hardship case matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add hardship case of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit hardship case of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete hardship case of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the hardship case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the hardship case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the hardship case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete hardship case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the hardship case of %1 of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before a second case of a member in the same year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help is normally given once a year per family; the setting is shared by everyone who uses this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second case in the year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::HistoryPage</name>
    <message>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every addition, change and deletion, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the history again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes on or after this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only changes on or before this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes yet. Every addition, change and deletion will be listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or staff no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the changes of the people and records whose name or staff number holds this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been deleted; the history keeps what it held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::ImportLogDialog</name>
    <message>
        <source>&amp;Undo This Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every import and every copy of a work plan to the next year, newest first. Undoing one removes what it added and puts back what it changed, as long as nobody has changed those records since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove what the selected import added and put back what it changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the import log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>import title (file)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo This Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1 of %2?

%3

What it added is removed and what it changed is put back. Edit › Redo does it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <comment>undo step: import</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::ImportPreviewDialog</name>
    <message>
        <source>Nothing is stored until you choose Import. The rows of %1 as they would be imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows and leave out the rows with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update them from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the stored records as they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows already stored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be imported this way:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file brings nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GBK / GB18030 (Chinese Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text encoding of a CSV file; change it when the preview shows garbled characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Rows with Errors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows with errors, with their reasons, as a file to correct and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GBK / GB18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed for .xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::InspectionDialog</name>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit inspection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::InspectionsPage</name>
    <message>
        <source>&amp;Add Inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an inspection by representatives (代表巡视)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Inspection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add inspections from an Excel workbook or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all inspections as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 inspections to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inspection no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search topic or places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inspection yet. Representatives inspect in November: record the date, the topic, the places and what they found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inspection matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n inspection(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add inspection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit inspection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete inspection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the inspection %1 of %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Follow-up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a follow-up item of the selected inspection, with the unit that handles it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected follow-up item moves on: open → being handled → done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No handling unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representatives: none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representatives: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the follow-up item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add follow-up %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the follow-up item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Representatives…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the representatives who went on the selected inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representatives Who Went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the representatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representatives of inspection %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::ListPage</name>
    <message>
        <source>No database is open. Open one with File › Open Database…, or start a new one with File › New Database….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1. Correct these rows in the file and import it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save These Rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows that failed, with their reasons, as a file to correct and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these rows is in %1 any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to correct in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.txt *.xls *.et);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import %1 (%2)</source>
        <comment>import step: records, file</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::MainWindow</name>
    <message>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to &amp;PostgreSQL Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a database that several computers share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the whole database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the contents of the database with a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About UnionDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Tool Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server %1 asks for the password of %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — UnionDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use File › New Database… or File › Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnionDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnionDesk databases (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose another name, or open it with File › Open Database….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnionDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnionDesk backups (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current contents are saved first, as a backup in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from %1; the previous contents are in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic Backup Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnionDesk closes anyway; the database itself is not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new, empty database there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is open read-only: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can look at everything, print and export, but nothing can be changed. To make changes, copy the file to a folder of your own, or ask for write access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is open read-only (%2), so it cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the search field of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open the Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record no longer exists; another user may have deleted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 have no page to open them on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page has no search field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second backup folder missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second backup folder %1 is not there (a USB stick that is not plugged in, a network share that is not connected). Automatic backups go to %2 only until it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other database opens all the same; %1 itself is not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the demo database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Make the Demo Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database: made-up members to try things on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo database: made-up members to try things on. Your own database %1 is as it was; File › Open Recent opens it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in %1 (%2) will be replaced by the contents of the backup %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &amp;Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short manual of UnionDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps of setting up a new database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo database: made-up data to try the program on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (demo data) — UnionDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every import and copy to the next year, each of which can be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working &amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days off and the Saturdays and Sundays worked of each year, from the State Council&apos;s notices: what periods of working days (a 公示) are counted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Show the List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::ManualDialog</name>
    <message>
        <source>User Manual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::MemberDialog</name>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1985-03-02; filled from the ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18 characters; old 15-digit numbers are converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11-digit mobile number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2010-09-01; today when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff no.:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;thnicity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ub-union:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position/title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Education:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Political status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emplo&amp;yment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Joined union:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note, e.g. the document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a change of standing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a transfer on the History tab to change the sub-union.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new member first; the history starts with the day they joined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (joins on the date above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status changes through the events on the History tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date “%1” is not a date; write it like 1985-03-02.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The join date “%1” is not a date; write it like 2010-09-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other members with this name (staff no. · sub-union): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current status and sub-union follow from the latest event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date “%1” is not a date; write it like 2024-03-08.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default (%1 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>55 years (cadres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50 years (workers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A woman&apos;s statutory retirement age before the 2025 rise: 55 for cadres and most university staff, 50 for workers. The default is set in the member lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the gradual rise in force since 1 January 2025: men from 60 to 63, women from 55 to 58 or from 50 to 55 years, by month of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original retirement &amp;age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statutory retirement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(needs the gender and the birth date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (after OK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored when you click OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) to the history, stored when you click OK (Cancel takes them back).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A&amp;wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No award recorded for this member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new member has no awards yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awards from the final lists of the rounds and from earlier years&apos; lists; the repeat rule of a nomination reads them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::MemberImportDialog</name>
    <message>
        <source>Import Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Excel workbook (.xlsx) or a CSV file with a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GBK / GB18030 (Chinese Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text encoding of a CSV file; change it when the preview shows garbled characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows and leave out the rows with errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the stored member (skip the row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the stored member from the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with errors:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members already stored (same staff number or ID number):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect automatically (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GBK / GB18030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which columns hold the staff number and the name (tab &quot;Columns&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n with errors</source>
        <translation>
            <numerusform>; %n with errors</numerusform>
            <numerusform>; %n with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already stored</source>
        <translation>
            <numerusform>; %n already stored</numerusform>
            <numerusform>; %n already stored</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview shows the first %1 rows as they will be stored and every row with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors (marked red in the preview). Correct the file, or import only the valid rows.</source>
        <translation>
            <numerusform>%n row has errors (marked red in the preview). Correct the file, or import only the valid rows.</numerusform>
            <numerusform>%n rows have errors (marked red in the preview). Correct the file, or import only the valid rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n member(s).</source>
        <translation>
            <numerusform>Imported %n member.</numerusform>
            <numerusform>Imported %n members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updated %n stored member(s).</source>
        <translation>
            <numerusform>Updated %n stored member.</numerusform>
            <numerusform>Updated %n stored members.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left %n stored member(s) unchanged.</source>
        <translation>
            <numerusform>Left %n stored member unchanged.</numerusform>
            <numerusform>Left %n stored members unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n row(s) with errors.</source>
        <translation>
            <numerusform>Left out %n row with errors.</numerusform>
            <numerusform>Left out %n rows with errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n sub-union(s).</source>
        <translation>
            <numerusform>Created %n sub-union.</numerusform>
            <numerusform>Created %n sub-unions.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save Rows with Errors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows with errors, with their reasons, as a file to correct and import again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;Proposed Sub-unions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each name with exactly one proposal, import its rows into the proposed sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Those Without a Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new sub-union for each name that no stored sub-union resembles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-unions not found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv *.xls *.et);;Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n sub-union(s) not found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (proposed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new sub-union %1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to correct in %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file names %n sub-union(s) that are not stored. Choose for each what its rows are imported as: a proposed sub-union, another stored one, or a new one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported the rows of %n sub-union name(s) into stored sub-unions.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::ui::MemberListsDialog</name>
    <message>
        <source>Include retired members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full &amp;mobile numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays of a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming retirements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster on a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Between:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;On:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sub-unions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sub-union:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Do&amp;cument…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>55 years (cadres)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>50 years (workers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men retire from 60 years, women from 55 or 50, each raised by 1 to 36 months (50: up to 60 months) by month of birth under the rise in force since 2025: at most 63, 58 and 55 years. A woman&apos;s own original age in her record comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women&apos;s original &amp;age:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orien&amp;tation:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::MembersPage</name>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the columns to show (also by right-clicking a column title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected member and their history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Full &amp;ID and Mobile Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full ID/mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ID and mobile numbers in full instead of masked (personal information)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every member again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members from an Excel workbook (.xlsx) or a CSV file, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the members shown, with the columns shown, to Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lists and Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthdays of a month, upcoming retirements, the roster on a date: print or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, pinyin (zw), staff no., mobile or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sub-unions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men and women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youngest age shown (whole years today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest age shown (whole years today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birthday in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added; the current filter hides them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (staff no. %2) and their history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members who retired, left or died are normally kept and given that status on the History tab. You can bring a deleted member back with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members, %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export full ID and mobile numbers?

Choose No to export them masked. An export with full numbers is recorded in the change history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n member(s) to %1</source>
        <translation>
            <numerusform>Exported %n member to %1</numerusform>
            <numerusform>Exported %n members to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Add member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record “%1” for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from the history of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print This List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the members shown, with the columns shown, in the order shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a transfer, retirement … or set a field for all selected members at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Record “%1” for %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set “%1” for %n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was saved; the current filter no longer shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Import &amp;Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an Excel workbook with the column headings the import reads and an example row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members yet. Import the roster from an Excel workbook with Members › Import Members…; Members › Save Import Template… gives a workbook with the column headings it reads. Or add members one by one with Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save the Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the import template %1: one member per row, then Members › Import Members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Import Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the roster from an Excel workbook; its column headings are recognised (工号, 姓名, 身份证号码, 所在单位 …). The template has them, with an example row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the Roster…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln member(s) (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::ui::MergeUnitsDialog</name>
    <message>
        <source>Merge Sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merge %1 (code %2) into another sub-union: its %n member(s), their status history and its sub-units move there, and %1 is deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a sub-union stored twice, e.g. once more by an import under the name an HR file gives it. Edit › Undo takes a merge back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::NominationDialog</name>
    <message>
        <source>Type part of the name, the staff number or the sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Individual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;llective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attachments received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-union &amp;published its recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New nomination — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomination — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 图书馆流通部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the department it belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the listed members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole collective when some are not union members; 0: the listed members are all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deeds (事迹) as the sub-union wrote them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depar&amp;tment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Head:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pe&amp;ople:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of them &amp;women:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as a &amp;whole:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominated &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;eeds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each check as the award&apos;s rules say: refused ones keep the nomination out, warnings are shown on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of round %1 is final; its nominations no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n listed, %1 of them women</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 characters (at least %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the collective&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the nominating sub-union.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: the nomination cannot be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): the nomination can be stored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every check passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refused check keeps the nomination out; see Checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stored with %n warning(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::ui::NominationListView</name>
    <message>
        <source>Search name, staff number or sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the nominations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::NominationsView</name>
    <message>
        <source>Nominations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Nomination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominate a member or a collective; the checks show before it is stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Nomination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected nomination with its checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-union takes the nomination back; the reason is kept with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a nomination entered by mistake, while the round takes nominations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sub-union&apos;s nominations from an Excel workbook or a CSV file, checked row by row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Begin Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the nominations: the committee scores and selects on the Review tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Nominations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks: &lt;span style=&quot;color:%1&quot;&gt;red — refused&lt;/span&gt;, &lt;span style=&quot;color:%2&quot;&gt;amber — warning&lt;/span&gt;; the tooltip of a row says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n nomination(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n withdrawn</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n refused by a check</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n with warnings</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No nomination in this round yet. Enter one with New Nomination, or import a sub-union&apos;s file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No award round chosen. Add this year&apos;s rounds on the Rounds tab, then choose one at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nomination matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the nomination of %1 withdrawn? The reason is kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the nomination of %1? Withdraw it instead when the sub-union takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 adds %n nomination(s) to round %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The award only warns of these; they are stored and shown on the list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n nomination(s) (%1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::PeriodDialog</name>
    <message>
        <source>Mutual-aid periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::PeriodsPage</name>
    <message>
        <source>&amp;Add Period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a period to the selected scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update periods from an Excel workbook or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all periods as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aid-periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 periods to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period of this scheme yet. Add one, or import its rule table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No period matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n period(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the period %1 with its rule table?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::PlanImportDialog</name>
    <message>
        <source>Import Work Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the text of the work plan (工作要点 with its attachment 主要工作进度安排), or open it as a .docx or .txt file. Check the preview: nothing is saved until OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the plan here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Work Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents and text files (*.docx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Union: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Key points: %n section(s)</source>
        <translation>
            <numerusform>Key points: %n section</numerusform>
            <numerusform>Key points: %n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schedule: %n section(s)</source>
        <translation>
            <numerusform>Schedule: %n section</numerusform>
            <numerusform>Schedule: %n sections</numerusform>
        </translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read: set the months by hand after the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Lines not recognised: %n</source>
        <translation>
            <numerusform>Lines not recognised: %n</numerusform>
            <numerusform>Lines not recognised: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key-point section(s)</source>
        <translation>
            <numerusform>%n key-point section</numerusform>
            <numerusform>%n key-point sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schedule section(s)</source>
        <translation>
            <numerusform>%n schedule section</numerusform>
            <numerusform>%n schedule sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timing(s) could not be read (highlighted): set their months after the import.</source>
        <translation>
            <numerusform>%n timing could not be read (highlighted): set its months after the import.</numerusform>
            <numerusform>%n timings could not be read (highlighted): set their months after the import.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a work plan for %1. Replace it with this one?

Its items, statuses, done dates and notes are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2; %3, %4.</source>
        <comment>import summary: key-point sections, points; schedule sections, items</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>import summary, then the sentence on unread timings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as GB18030 (GBK)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::ProposalDialog</name>
    <message>
        <source>&amp;Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given when submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>案由: one matter per proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;llective (a delegation&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proposer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a representative by name or staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;o-signers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n co-signer(s) chosen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Submitted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested u&amp;nit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ecided on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required when the proposal is not filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the De&amp;cision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key proposal (重点提案)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lead unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;o-handling units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadlines follow the settings: the lead unit replies within the months set after the assignment, co-handlers earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected unit&apos;s deadli&amp;ne:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be &amp;completed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repl&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store the Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated &amp;by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the Ra&amp;ting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposer&apos;s 不满意 sends the proposal back to the committee and the unit for another round; every round stays below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed o&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · a new proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 · round %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposer&apos;s: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged into this one: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-signer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::ProposalFilterBar</name>
    <message>
        <source>O&amp;verdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the proposals whose lead unit&apos;s reply is overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessi&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any delegation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::ProposalPrintDialog</name>
    <message>
        <source>Print Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal &amp;form (提案表) of the selected proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The forms of &amp;all proposals of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;compilation (提案汇编) of the filed proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;referral notices (交办单) to the handling units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal &amp;work report&apos;s tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every handling unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-up (as most reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Truncate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest remainder (each table sums to 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decimals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ounding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal form %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 proposal forms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 compilation of proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 referral notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 proposal work report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text for Word or WPS (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::ProposalSteps</name>
    <message>
        <source>Cannot submit the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit proposal %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as a key proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer a key proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the key proposal mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot assign the proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the reply deadline of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate proposal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Category of %n proposal(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::ProposalsPage</name>
    <message>
        <source>Proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a proposal or a suggestion of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Proposal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected proposal: its text, decision, units, reply, ratings and history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee&apos;s decision: 立案, 不立案, 转为意见建议 or 并案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the proposal to its lead and co-handling units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the lead unit&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ra&amp;te…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the proposer&apos;s or a co-signer&apos;s rating of the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposer withdraws the selected proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected proposal as a key one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposal forms, the compilation, the referral notices or the proposal work report: preview, print, or save as PDF or .odt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposal &amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-signers a proposal needs, the numbers, the categories and the reply deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search number, title or proposer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n proposal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n proposal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No proposals in this session yet. Enter one with New Proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No congress session yet. Add one under Sessions and representatives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proposal matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposer withdraws %1 %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can take it back with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::PublicityView</name>
    <message>
        <source>&amp;Start Publicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Publicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish the selected list from the first day for the working days given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the 公示 back to the review while no objection is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Objection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an objection to a nominee on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Objection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of the selected objection: upheld withdraws the nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the list as final: the 公示 has ended and every objection is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the final list to change it; the reason is kept in the change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 公示 notice: preview, print, or save as PDF or .odt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Cer&amp;tificates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates (奖状) of the final list on A4 landscape: preview, print, or save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;Wording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wording of the certificates, shared by everyone who uses this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 校工会办公室，电话 88888888</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the 公示 notice asks objections to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objections to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the 公示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round takes nominations. Once the review has selected the list, its 公示 starts here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n nominee(s) selected: choose the first day and start the 公示.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Select the list on the Review tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In publicity from %1 to %2 (%n working day(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The list can be made final.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is final since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No award round chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nominee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upheld: the nomination is withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismissed: the nomination stays on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The objection to %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handled by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock final list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the final list of %1 unlocked? The reason is kept in the change history; its awards leave the awards history until the list is final again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 公示 notice of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicity notice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The certificates of the final list (%n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the nominee selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a certificate says below the nominee&apos;s name. {year}, {award}, {unit} (the nominating sub-union) and {union} are put in; each line is a paragraph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Standard Wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates&apos; wording is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the setting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::QuotasView</name>
    <message>
        <source>Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compute Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute each sub-union&apos;s quota from its active members on the cut-off date; quotas set by hand with a reason stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adjust Quota…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the selected sub-union&apos;s quota by hand, with the reason (e.g. +5 % for completed duties, 0 for unpaid dues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 % of the active members on %2 · %n sub-union(s), %3 places in all</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No quota per sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · total quota %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No award round chosen. Choose one at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sub-union had active members on the cut-off date. Compute the quotas again once the roster is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This round has no quota per sub-union. Give its quota percent and cut-off date with Edit Round on the Rounds tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quotas of %1 are computed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 完成年度工作任务，上浮5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n active member(s) on the cut-off date, computed quota %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another quota than the computed one needs its reason; the computed quota with no reason takes the change back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::RecordCommand</name>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

This step has been removed from the undo history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::RecordForm</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> yuan</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::RecordListPage</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport to CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::ReportActions</name>
    <message>
        <source>&amp;Print Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the list as it will be printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list as an Excel workbook or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;Document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list as a document to edit in Word or WPS (.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::RestoreDialog</name>
    <message>
        <source>members unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, no changes recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, last change %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups were found in %1. Choose Other File… to restore one from elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups found in %1, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database, %1, holds %2. Choose the backup to put in its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces everything in this database, %1 (%2), with this backup of %3 written %4 (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current contents are saved first, as a backup in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is of another database (%1), not of this one (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UnionDesk backups (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::ReviewView</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee&apos;s score and the public votes of the selected nomination (or type them into the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select by &amp;Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select by Ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select down the ranking within the total quota and each sub-union&apos;s; refused nominations are passed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select or &amp;Deselect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select/Deselect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the nomination by hand within the quotas, or take it off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;Nominations Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen Nominations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the nominations while nothing is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n selected (total quota %2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · committee %1 %, public vote %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · committee&apos;s score only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nomination takes part in this round yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No award round chosen. Choose one at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nomination matches the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Committee score (0–100):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public votes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Selected by ranking: %n nomination(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::ui::RoundDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New award round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit award round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2024-最美教师</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the command line and files name the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no quota per sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sub-union may nominate this share of its active members on the cut-off date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day whose active members the quotas are computed from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee&apos;s score against the public vote, e.g. 60 for 60/40; 100: no public vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 校工会办公室，电话 88888888</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Award:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nominations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Total quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the active members on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota per &amp;sub-union:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Committee weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Objections to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round has nominations; its award no longer changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::RoundSteps</name>
    <message>
        <source>Cannot add the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rule: a round is deleted only while it has no nominations; %1 has %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the round %1 with its quotas?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the quotas of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot compute the quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the quota of %2 in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set the quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nominate %2 in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the nomination of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the nomination of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot withdraw the nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the nomination of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin the review of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot begin the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take nominations again in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take nominations again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select by ranking in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deselect %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot select the nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot deselect the nomination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the 公示 of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the 公示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take back the 公示 of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take the 公示 back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an objection to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the objection to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot close the objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the list of %1 final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the list final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the final list of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot unlock the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::RoundsView</name>
    <message>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a round of an award in the year: its window, quotas and weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected round&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected round while it has no nominations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n round(s) in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No award round in %1 yet. The plan names them: 最美教师 and 三育人先进 in spring, 巾帼文明岗, 巾帼建功标兵 and 工会工作先进 in autumn. Add one with Add Round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: the final list of round %1 is locked; unlock it, with the reason, on the 公示 tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::RuleTableView</name>
    <message>
        <source>&amp;Import Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a rule table from its JSON file: the scheme and period it names are made when new, or the period&apos;s days and rules replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected period&apos;s rule table as a JSON file, to edit or to take to another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule table: choose a period above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule table of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule table yet: import one with Import Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule table cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deductible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progressive: each slice at its band&apos;s percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole: all above the deductible at the band reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap per period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall cap per member and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the fen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lump sums on first diagnosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, once per member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, once per member and period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule tables (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot import the rule table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import rule table of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule table of %1 imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the rule table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule tables (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::ScheduleItemDialog</name>
    <message>
        <source>Edit Schedule Item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Schedule Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As written in the plan, e.g. 3-5月、9-11月 or 6月底前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: due by the end of the month ticked (listed in that month only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The months still need checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set when the timing could not be read; cleared when you tick the months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This timing could not be read: tick the months by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item needs its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item needs a section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadline needs the month it is due in: tick it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::SchedulePage</name>
    <message>
        <source>January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key points (工作要点)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a key-point section to see its part of the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected item: text, timing, months, office, status, notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an item to the selected section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected item from the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a year&apos;s work plan from pasted text, a .docx or a .txt file, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy to Next Year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to next year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this plan to the next year as a draft, with every status back to planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Month Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview of the month&apos;s schedule: the month chosen in the filter, else this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Year Overview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview of every item against the twelve months (A4 landscape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Month Schedule as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the month&apos;s schedule as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Year Overview as PD&amp;F…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the year overview as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Year to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the year&apos;s plan to an Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every item again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year whose plan is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the items of that month&apos;s schedule (a deadline only in the month it is due)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no work plan yet. Load the 2024 plan of 浙江工商大学工会 as an example to see how the schedule works, or import your own plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load the 2024 Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not offer the example again for this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter hides %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key-point section has no schedule section of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work plan yet: import one with Import Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work Schedule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to check (highlighted)</source>
        <translation>
            <numerusform>%n to check (highlighted)</numerusform>
            <numerusform>%n to check (highlighted)</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already a work plan for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot load the example plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 2024 example plan was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot mark the item done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item was added; the current filter hides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove item %1 from the plan?

%2

You can bring it back with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported the %1 plan: %n item(s)</source>
        <translation>
            <numerusform>Imported the %1 plan: %n item</numerusform>
            <numerusform>Imported the %1 plan: %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy the %1 plan to %2 as a draft?

Sections, items, timings, months and offices are copied; every status goes back to planned, done dates and notes are left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 plan was copied to %2 as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print the year overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the %1 plan to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Month Schedule as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Year Overview as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Year to Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add schedule item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit schedule item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove schedule item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark item %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected item done: today, or the day you choose for a plan of an earlier year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which month&apos;s schedule?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year&apos;s work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the work plan (工作要点) with its schedule from a Word file or text; the page then shows each month&apos;s work and prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the Work Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the %1 example plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the %1 work plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the %1 work plan (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the %1 plan to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::ScheduleTreeModel</name>
    <message numerus="yes">
        <source>%1 of %n done</source>
        <translation>
            <numerusform>%1 of %n done</numerusform>
            <numerusform>%1 of %n done</numerusform>
        </translation>
    </message>
    <message>
        <source>The timing &quot;%1&quot; could not be read: set the months by hand (Edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No months set: the timing could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No months set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due in month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jan – Dec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::SchemeDialog</name>
    <message>
        <source>Mutual-aid schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mutual-aid scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit mutual-aid scheme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::SchemesPage</name>
    <message>
        <source>&amp;Add Scheme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mutual-aid scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Scheme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update schemes from an Excel workbook or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all schemes as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aid-schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 schemes to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the schemes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit the scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scheme no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mutual-aid scheme yet. Add one, or import a rule table: it adds its scheme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheme matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scheme(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add scheme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit scheme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete scheme %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete scheme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the scheme %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schemes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::SessionDialog</name>
    <message>
        <source>Congress sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New congress session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit congress session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::SessionsPage</name>
    <message>
        <source>&amp;Add Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a congress session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update sessions from an Excel workbook or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all sessions as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>congress-sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 sessions to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search key or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No congress session yet. Add the coming meeting with its proposal window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session %1 (%2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::SettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups beside the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies after UnionDesk is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database when UnionDesk closes or opens another one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A USB stick or a network share: a second copy of each automatic backup, so that one lost disk loses nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second Backup Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;econd folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each database keeps its newest automatic backups, named after it; older ones are deleted. When the second folder is missing (the stick is not plugged in), the status bar says so and the first folder is still written. A database on a PostgreSQL server is backed up with the server&apos;s own tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 浙江工商大学工会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Union&apos;s name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed above lists and schedules. Kept in the database, for everyone who opens it; a change is recorded in the change history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save the Union&apos;s Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::SignatureListDialog</name>
    <message>
        <source>Signature Lists — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sub-union:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Do&amp;cument…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the signature lists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::StartPage</name>
    <message>
        <source>Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set it up in these steps, in this order; each is ticked once the data is there. The Help menu has the manual (F1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try with Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First look around? The demo opens a separate database, uniondesk-demo.sqlite, with about 30 sub-unions and 1,000 made-up members. This database stays as it is; File › Open Recent brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The union&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed above every list and schedule, e.g. 浙江工商大学工会. It is kept in the database, for everyone who opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is still empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::UnitDialog</name>
    <message>
        <source>New sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit sub-union</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::UnitsPage</name>
    <message>
        <source>Sub-unions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search code, name or short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Sub-union…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Sub-union…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save all sub-unions as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the sub-unions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot edit the sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sub-union no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the sub-union %1 (code %2)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can bring it back with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Sub-unions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Sub-unions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sub-unions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 sub-unions to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sub-unions</source>
        <translation>
            <numerusform>%n sub-union</numerusform>
            <numerusform>%n sub-unions</numerusform>
        </translation>
    </message>
    <message>
        <source>No sub-union matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add sub-union %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit sub-union %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete sub-union %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update sub-unions from an Excel workbook or a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sub-unions yet. Add one, or import a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-&amp;unions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge the selected sub-union into another: its members and their history move there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot merge the sub-unions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (code %2, %n member(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Merge sub-unions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members of %1, their status history and its sub-units move to %2, and %1 is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can take it back with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge sub-union %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merged %1 into %2: %n member(s) moved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the sub-unions one by one, or import their list from an Excel workbook or a CSV file with a code and a name column. The roster refers to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Sub-union…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a List…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::WorkingCalendarDialog</name>
    <message>
        <source>&amp;Add Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;d Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A period of working days (a 公示) counts its &amp;first day as day 1 when that day is a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the State Council&apos;s notice of the year here (国务院办公厅关于…年部分节假日安排的通知), e.g.
二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the days read from the notice in the table, to check before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the days in the table as the year&apos;s working calendar; Edit › Undo takes it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The State Council&apos;s &amp;notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the days that differ from an ordinary Monday–Friday week matter: the days off and the Saturdays and Sundays worked. A Saturday or Sunday inside a holiday is shown dimmed. A year with no days stored uses the built-in notice (2024–2026), a year with neither an ordinary week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the working calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days of %1 were changed and not saved. Throw the changes away?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days of %1 stored in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in days of %1, from the State Council&apos;s notice. Changed, they are saved in this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No days for %1: an ordinary Monday–Friday week. Paste the State Council&apos;s notice of the year and read it, or add the days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read: %1 days off, %2 Saturdays or Sundays worked. Check them in the table, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines that could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice read has lines that could not be read:
%1

Save the days shown all the same?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Save the Working Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working calendar of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working calendar of %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working calendar of %1 was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::YearEndActions</name>
    <message>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the year-end workbook of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year-End Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year-end workbook was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the year-end workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote the year-end workbook of %1 (%n member(s) on the roster of 31 December) to %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>union-work-in-figures-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Year&apos;s Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument text for Word or WPS (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the year&apos;s summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the summary of %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year-end-workbook-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Year-End Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year&apos;s Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the year&apos;s summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF or .odt…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ud::app</name>
    <message>
        <source>--format must be csv or table.</source>
        <translation>--format 只能是 csv 或 table。</translation>
    </message>
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
        <source>Imported: %1 added, %2 updated.</source>
        <translation>导入完成：新增 %1 条，更新 %2 条。</translation>
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
        <source>import sub-unions from CSV (code,name,short_name,parent_code,sort_order,active); all or nothing</source>
        <translation>从 CSV 导入二级工会（code,name,short_name,parent_code,sort_order,active）；要么全部导入，要么全部不导入</translation>
    </message>
</context>
<context>
    <name>ud::app::CommandLine</name>
    <message>
        <source>--db needs a file path or a postgresql:// address.</source>
        <translation>--db 需要一个文件路径或 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>Usage: uniondesk [--db PATH|postgresql://user@host:port/dbname] [COMMAND]
Without a command, the window opens.

Commands:
</source>
        <translation>用法：uniondesk [--db 路径|postgresql://用户@主机:端口/数据库] [命令]
不带命令时打开程序窗口。

命令：
</translation>
    </message>
    <message>
        <source>
Options:
  --db PATH|URL   the database (default: %1)
  --version       print the version
  --help          print this help
</source>
        <translation>
选项：
  --db 路径|地址   使用的数据库（默认：%1）
  --version       显示版本
  --help          显示本帮助
</translation>
    </message>
    <message>
        <source>Unknown command: %1

</source>
        <translation>未知命令：%1

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
        <source>Record</source>
        <translation>记录号</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
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
    <name>ud::core::MemberRepository</name>
    <message>
        <source>The staff number is required.</source>
        <translation>必须填写工号。</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>必须填写名称。</translation>
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
</context>
<context>
    <name>ud::core::SubUnitRepository</name>
    <message>
        <source>The code is required.</source>
        <translation>必须填写代码。</translation>
    </message>
    <message>
        <source>The code is longer than 32 characters.</source>
        <translation>代码超过 32 个字符。</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>必须填写名称。</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>名称超过 100 个字符。</translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation>代码 %1 已被“%2”使用。</translation>
    </message>
    <message>
        <source>The name %1 is already used by the unit with code %2.</source>
        <translation>名称“%1”已被代码为 %2 的单位使用。</translation>
    </message>
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
        <source>A unit with this id already exists.</source>
        <translation>已存在相同编号的单位。</translation>
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
        <source>The unit no longer exists.</source>
        <translation>该单位已不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be deleted because records still belong to it (%2). Move them to another unit first, or mark the unit inactive.</source>
        <translation>无法删除“%1”，仍有记录属于该单位（%2）。请先把这些记录转到其他单位，或将该单位设为停用。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>the header needs the columns code and name (代码, 名称).</source>
        <translation>表头必须包含代码和名称两列（code、name）。</translation>
    </message>
    <message>
        <source>the sort order &quot;%1&quot; is not a whole number.</source>
        <translation>排序“%1”不是整数。</translation>
    </message>
    <message>
        <source>the code %1 appears twice in the file.</source>
        <translation>代码 %1 在文件中出现了两次。</translation>
    </message>
    <message>
        <source>the parent unit %1 does not exist.</source>
        <translation>上级单位 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>ud::core::SubUnitsModel</name>
    <message>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>停用</translation>
    </message>
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
</context>
<context>
    <name>ud::core::Transaction</name>
    <message>
        <source>A part of this change failed, so none of it was saved.</source>
        <translation>此次修改有一部分失败，因此全部未保存。</translation>
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
    <name>ud::ui::HistoryModule</name>
    <message>
        <source>Change history</source>
        <translation>变更记录</translation>
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
        <source>any</source>
        <translation>任意</translation>
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
        <source>&amp;Record:</source>
        <translation>记录号(&amp;R)：</translation>
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
        <source>No database is open. Open one with File › Open Database…, or start a new one with File › New Database….</source>
        <translation>未打开数据库。请通过“文件 › 打开数据库…”打开一个数据库，或通过“文件 › 新建数据库…”新建一个。</translation>
    </message>
    <message>
        <source>No changes match the filter.</source>
        <translation>没有符合筛选条件的变更。</translation>
    </message>
    <message>
        <source>No changes yet. Every addition, change and deletion will be listed here.</source>
        <translation>暂无变更。所有新增、修改和删除操作都会列在这里。</translation>
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
        <source>UnionDesk backups (*.sqlite);;All files (*)</source>
        <translation>工会事务台备份 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>Everything in %1 will be replaced by the contents of the backup %2.</source>
        <translation>%1 中的全部数据将被备份 %2 的内容替换。</translation>
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
</context>
<context>
    <name>ud::ui::SettingsDialog</name>
    <message>
        <source>Back up the database when UnionDesk closes</source>
        <translation>关闭工会事务台时备份数据库</translation>
    </message>
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
        <source>Older automatic backups are deleted. A database on a PostgreSQL server is backed up with the server&apos;s own tools.</source>
        <translation>更早的自动备份会被删除。PostgreSQL 服务器上的数据库请使用服务器自带的工具备份。</translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation>备份文件夹</translation>
    </message>
</context>
<context>
    <name>ud::ui::UnitCommand</name>
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
</context>
<context>
    <name>ud::ui::UnitDialog</name>
    <message>
        <source>This sub-union is active</source>
        <translation>启用此二级工会</translation>
    </message>
    <message>
        <source>New sub-union</source>
        <translation>新增二级工会</translation>
    </message>
    <message>
        <source>Edit sub-union</source>
        <translation>编辑二级工会</translation>
    </message>
    <message>
        <source>e.g. 0105</source>
        <translation>例如 0105</translation>
    </message>
    <message>
        <source>Full name of the sub-union</source>
        <translation>二级工会全称</translation>
    </message>
    <message>
        <source>Optional, for lists and printouts</source>
        <translation>选填，用于列表和打印</translation>
    </message>
    <message>
        <source>Lists show sub-unions by this number, then by code.</source>
        <translation>列表先按此数字、再按代码排列二级工会。</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
        <translation>简称(&amp;S)：</translation>
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
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>ud::ui::UnitsModule</name>
    <message>
        <source>Sub-unions</source>
        <translation>二级工会</translation>
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
        <source>Add</source>
        <translation>新增</translation>
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
        <source>Edit</source>
        <translation>编辑</translation>
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
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected sub-union</source>
        <translation>删除所选二级工会</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>导入 CSV</translation>
    </message>
    <message>
        <source>Add or update sub-unions from a CSV file</source>
        <translation>从 CSV 文件新增或更新二级工会</translation>
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
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated</source>
        <translation>导入完成：新增 %1 条，更新 %2 条</translation>
    </message>
    <message>
        <source>Nothing was imported from %1. Correct these rows in the file and import it again:</source>
        <translation>未从 %1 导入任何数据。请在文件中改正以下各行后重新导入：</translation>
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
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
    <message>
        <source>Exported %1 sub-unions to %2</source>
        <translation>已将 %1 个二级工会导出到 %2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>共 %2 个，显示 %1 个</translation>
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
        <source>No database is open. Open one with File › Open Database…, or start a new one with File › New Database….</source>
        <translation>未打开数据库。请通过“文件 › 打开数据库…”打开一个数据库，或通过“文件 › 新建数据库…”新建一个。</translation>
    </message>
    <message>
        <source>No sub-unions yet. Add one, or import a CSV file.</source>
        <translation>还没有二级工会。请新增，或导入 CSV 文件。</translation>
    </message>
    <message>
        <source>No sub-union matches “%1”.</source>
        <translation>没有与“%1”匹配的二级工会。</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ud::app</name>
    <message>
        <source>--format must be csv or table.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Imported: %1 added, %2 updated.</source>
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
        <source>import sub-unions from CSV (code,name,short_name,parent_code,sort_order,active); all or nothing</source>
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
        <source>Usage: uniondesk [--db PATH|postgresql://user@host:port/dbname] [COMMAND]
Without a command, the window opens.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Options:
  --db PATH|URL   the database (default: %1)
  --version       print the version
  --help          print this help
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1

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
        <source>Record</source>
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
</context>
<context>
    <name>ud::core::SubUnitRepository</name>
    <message>
        <source>The code is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is longer than 32 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is already used by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 is already used by the unit with code %2.</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>A unit with this id already exists.</source>
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
        <source>The unit no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted because records still belong to it (%2). Move them to another unit first, or mark the unit inactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header needs the columns code and name (代码, 名称).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sort order &quot;%1&quot; is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the code %1 appears twice in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parent unit %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::core::SubUnitsModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>ud::core::Transaction</name>
    <message>
        <source>A part of this change failed, so none of it was saved.</source>
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
    <name>ud::ui::HistoryModule</name>
    <message>
        <source>Change history</source>
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
        <source>any</source>
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
        <source>&amp;Record:</source>
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
        <source>No database is open. Open one with File › Open Database…, or start a new one with File › New Database….</source>
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
        <source>UnionDesk backups (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in %1 will be replaced by the contents of the backup %2.</source>
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
</context>
<context>
    <name>ud::ui::SettingsDialog</name>
    <message>
        <source>Back up the database when UnionDesk closes</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Older automatic backups are deleted. A database on a PostgreSQL server is backed up with the server&apos;s own tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::UnitCommand</name>
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
</context>
<context>
    <name>ud::ui::UnitDialog</name>
    <message>
        <source>This sub-union is active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 0105</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, for lists and printouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists show sub-unions by this number, then by code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Short name:</source>
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
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ud::ui::UnitsModule</name>
    <message>
        <source>Sub-unions</source>
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
        <source>Add</source>
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
        <source>Edit</source>
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
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or update sub-unions from a CSV file</source>
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
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported from %1. Correct these rows in the file and import it again:</source>
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
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 sub-unions to %2</source>
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
    <message>
        <source>1 sub-union</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sub-unions</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No database is open. Open one with File › Open Database…, or start a new one with File › New Database….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sub-unions yet. Add one, or import a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sub-union matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

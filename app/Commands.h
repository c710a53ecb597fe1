#pragma once

#include <QCoreApplication>

namespace ud::app {

/// The context the command-line verbs' messages are translated under; written Tr::tr() so that lupdate files them
/// there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::app)
};

class CommandLine;

/// check, backup, restore.
void addDatabaseCommands(CommandLine& commandLine);
/// units list, units import (UnitCommands.cpp).
void addUnitCommands(CommandLine& commandLine);
/// members import (MemberImportCommands.cpp).
void addMemberImportCommands(CommandLine& commandLine);
/// members export, members list (MemberExportCommands.cpp).
void addMemberExportCommands(CommandLine& commandLine);
/// members lists retiring, birthdays, roster (MemberListCommands.cpp).
void addMemberListCommands(CommandLine& commandLine);
/// demo (DemoCommands.cpp).
void addDemoCommands(CommandLine& commandLine);
/// schedule import, list, print, export, copy (ScheduleCommands.cpp).
void addScheduleCommands(CommandLine& commandLine);
/// congress session add/list, reps import/list, proposals import/list (CongressCommands.cpp).
void addCongressCommands(CommandLine& commandLine);
/// congress print (CongressPrintCommands.cpp).
void addCongressPrintCommands(CommandLine& commandLine);
/// congress report (CongressReportCommands.cpp).
void addCongressReportCommands(CommandLine& commandLine);
/// aid rules import/export, aid enroll import, aid claim compute, aid claims import/list (AidCommands.cpp).
void addAidCommands(CommandLine& commandLine);
void addAidDocumentCommands(CommandLine& commandLine); // aid statement, aid print (AidDocumentCommands.cpp)
/// care list (CareCommands.cpp).
void addCareCommands(CommandLine& commandLine);
/// calendar import, list, workdays (CalendarCommands.cpp).
void addCalendarCommands(CommandLine& commandLine);
/// awards types list, round add/list, quotas, quota set, nominations import, list, check, history import/list
/// (AwardCommands.cpp).
void addAwardCommands(CommandLine& commandLine);
/// awards review, score, select, publicity, objection add/close/list, finalize, unlock (AwardStepCommands.cpp).
void addAwardStepCommands(CommandLine& commandLine);
/// awards print (AwardPrintCommands.cpp).
void addAwardPrintCommands(CommandLine& commandLine);
/// yearbook, yearbook summary (YearbookCommands.cpp).
void addYearbookCommands(CommandLine& commandLine);

} // namespace ud::app

#pragma once

#include "core/db/Database.h"

#include <QString>
#include <QStringList>

namespace ud::core {

/// What an awards import did, or why it stored nothing (errors as "row N: reason").
struct AwardImportResult {
    int added = 0;
    int unchanged = 0;    // history: entries already recorded
    QStringList warnings; // nominations: "row N: …" for each check the award only warns of
    QStringList errors;   // when there are any, nothing was stored; a row refused for several reasons has a line each
    bool dryRun = false;
    qint64 batch = 0; // the import in the import log, once stored
};

/// Imports the nominations of a round that takes nominations from .xlsx/.csv: 被推荐人 (a staff number or a unique
/// name; a collective's name), 类型 (个人/集体; may be left out when the award is for one kind only), 推荐单位 (the
/// sub-union's code or name), 负责人 (the head's staff number), 成员 (staff numbers separated by 、 ， , ； ; or
/// spaces), 总人数 and 女性人数 (the collective as a whole, when some are not union members), 事迹; optionally
/// 所在单位, 附件 (是/否), 已公示 (是/否), 备注. Every rule of the nominations applies, the rows one after the other: a
/// check the award type refuses makes its row bad, the others are warnings. All or nothing.
AwardImportResult importNominations(Database& db, const QString& path, const QString& roundKey, bool dryRun = false);

/// Imports earlier years' awards into the awards history from .xlsx/.csv: 工号 (or 姓名, when unique) for a member or
/// 集体名称 for a collective (or one column 获奖者 holding either), 奖项 (an award type's name), 年度; optionally
/// 推荐单位 and 备注. An entry already recorded is left as it is. All or nothing.
AwardImportResult importAwardHistory(Database& db, const QString& path, bool dryRun = false);

/// "12 added, 3 already recorded" for the command line and the status bar.
QString awardImportSummary(const AwardImportResult& result);
/// The number of rows the errors of an import name.
int badRowCount(const AwardImportResult& result);

} // namespace ud::core

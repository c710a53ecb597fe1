#pragma once

#include "core/db/Database.h"

#include <QString>
#include <QStringList>

namespace ud::core {

/// What a congress import did, or why it stored nothing (errors as "row N: reason").
struct CongressImportResult {
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int delegationsAdded = 0; // representatives: delegations the file named first
    int unitsAdded = 0;       // proposals: handling units the file named first
    QStringList errors;       // when there are any, nothing was stored
    bool dryRun = false;
    qint64 batch = 0; // the import in the import log, once stored
};

/// Imports the representatives of a session's term from .xlsx/.csv: 工号, 姓名, 代表团, optionally 团长 (是), 起始日期,
/// 备注. The person is found in the roster by staff number, or by name when the name is unique; a delegation is
/// added when the term has none of that name. All or nothing.
CongressImportResult importRepresentatives(Database& db, const QString& path, const QString& sessionKey,
                                           bool dryRun = false);

/// Imports a session's proposals kept in a spreadsheet: 提案号, 案由, 类别, 提案人, 附议人 (separated by 、 ， , ; or
/// spaces), 提交日期, 立案情况, 并入提案号, 不立案理由, 主办单位, 协办单位, 办理期限, 答复日期, 答复结果, 满意度,
/// 重点提案, and optionally 理由, 建议措施, 建议承办单位, 类型 (提案/意见建议). People as staff number or unique name
/// (a representative of the term; a delegation's name for a collective proposal). Handling units are added when new.
/// Every rule of the proposals applies; all or nothing.
CongressImportResult importProposals(Database& db, const QString& path, const QString& sessionKey, bool dryRun = false);

/// "12 added, 3 updated …" for the command line and the status bar.
QString congressImportSummary(const CongressImportResult& result);

} // namespace ud::core

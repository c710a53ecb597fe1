#pragma once

#include "core/awards/AwardRepositories.h"
#include "core/congress/PrintedDocument.h"

#include <memory>

namespace ud::core {

class Database;

/// The 公示 notice of a round's list (A4 portrait; PDF, or .odt for editing): the title
/// (关于2024年度最美教师拟表彰名单的 公示), what the list is, the list under the award's heading by sub-union (number,
/// sub-union, nominee, department), the period from the first to the last day of the 公示 in working days, where
/// objections go, the union's name and the day the 公示 starts. The nominations on the list (selected, or on the final
/// list) only; a withdrawn one is not. Throws ValidationError for a round whose 公示 has not started, or with nobody on
/// its list.
std::unique_ptr<PrintedDocument> publicityNotice(Database& db, qint64 roundId,
                                                 const QDate& printDate = QDate::currentDate());

/// The certificates (奖状) of a round's final list on A4 landscape, one page each in the list's order (by sub-union,
/// then as nominated), `nominationIds` alone when given: a framed page with the title, the nominee (a member by name,
/// a collective by its name), the wording of the CertificateText setting (the standard wording when empty) with the
/// year and award put in, the union's name and `date` (the day the list became final when not given). Throws
/// ValidationError when the list is not final, or a nomination given is not on it.
std::unique_ptr<PrintedDocument> awardCertificates(Database& db, qint64 roundId,
                                                   const QList<qint64>& nominationIds = {}, const QDate& date = {});

/// The standard wording of a certificate, with the placeholders the CertificateText setting may use.
QString standardCertificateText();

/// The nominations on a round's list as the notice and the certificates give them: those selected or final, by the
/// sub-unions' order, then as nominated.
QList<Nomination> listedNominations(Database& db, qint64 roundId);

} // namespace ud::core

#pragma once

#include "core/members/IdNumber.h"

#include <QDate>
#include <QString>

namespace ud::test {

/// A valid resident ID number (GB 11643) for a birth date ("yyyyMMdd") and a sequence number; an odd
/// sequence is a man, an even one a woman.
inline QString makeId(const QString& birth, int seq, const QString& region = QStringLiteral("330106"))
{
    const QString first17 = region + birth + QStringLiteral("%1").arg(seq % 1000, 3, 10, QLatin1Char('0'));
    return first17 + core::checkCharacter(first17);
}

inline QString makeId(const QDate& birth, int seq, const QString& region = QStringLiteral("330106"))
{
    return makeId(birth.toString(QStringLiteral("yyyyMMdd")), seq, region);
}

} // namespace ud::test

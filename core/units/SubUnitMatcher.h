#pragma once

#include "core/units/SubUnit.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ud::core {

/// Proposes stored sub-unions for a name a file gives that matches none exactly: an HR roster writes 经济学院 where
/// the union keeps 经济学院分工会. Names are compared by key(). A stored sub-union is proposed when the key of its name
/// or of its short name contains the file's key or is contained in it, the shorter of the two having at least two
/// characters; when some keys are equal to the file's, only those are proposed. Inactive sub-unions are not
/// proposed. Nothing is decided here: one proposal is for the clerk to confirm, several are a choice, none means the
/// name is new.
class SubUnitMatcher {
public:
    /// `units` in the order proposals are given (the list's order: sort order, code).
    explicit SubUnitMatcher(const QList<SubUnit>& units);

    /// The ids of the stored sub-unions `name` may mean; empty when there is none.
    QList<qint64> proposals(const QString& name) const;

    /// A name as it is compared: without spaces (also full-width ones), full-width letters and digits as ASCII, Latin
    /// letters in lower case, and without a trailing union word (分工会, 二级工会, 工会, also with 委员会), which an HR
    /// file leaves out or writes differently. 学院 and the like stay: they are part of the college's name, and a name
    /// that lacks them is still contained in the stored one.
    static QString key(const QString& name);

private:
    struct Entry {
        qint64 id = 0;
        QStringList keys; // of the name and the short name
    };
    QList<Entry> m_units;
};

} // namespace ud::core

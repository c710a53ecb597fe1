#include "core/units/SubUnitMatcher.h"

#include "core/io/Text.h"

namespace ud::core {

namespace {

// Shorter keys are too common to say anything (院, 系).
constexpr qsizetype kShortestKey = 2;

} // namespace

SubUnitMatcher::SubUnitMatcher(const QList<SubUnit>& units)
{
    for (const SubUnit& u : units) {
        if (!u.active)
            continue;
        Entry e{u.id, {key(u.name)}};
        if (const QString shortKey = key(u.shortName); !shortKey.isEmpty() && shortKey != e.keys.first())
            e.keys << shortKey;
        m_units << e;
    }
}

QString SubUnitMatcher::key(const QString& name)
{
    QString k = Text::halfWidthTrimmed(name).toLower();
    k.removeIf([](QChar c) { return c.isSpace(); });
    // Longest first: 二级工会 before 工会.
    for (const char16_t* suffix : {u"分工会委员会", u"工会委员会", u"二级工会", u"分工会", u"工会"}) {
        const QString s = QString::fromUtf16(suffix);
        if (k.endsWith(s) && k.size() > s.size()) {
            k.chop(s.size());
            break;
        }
    }
    return k;
}

QList<qint64> SubUnitMatcher::proposals(const QString& name) const
{
    const QString wanted = key(name);
    if (wanted.size() < kShortestKey)
        return {};
    QList<qint64> equal, related;
    for (const Entry& e : m_units) {
        bool same = false, near = false;
        for (const QString& k : e.keys) {
            if (k == wanted)
                same = true;
            else if (qMin(k.size(), wanted.size()) >= kShortestKey && (k.contains(wanted) || wanted.contains(k)))
                near = true;
        }
        if (same)
            equal << e.id;
        else if (near)
            related << e.id;
    }
    return equal.isEmpty() ? related : equal;
}

} // namespace ud::core

#include "core/db/ImportLogModel.h"

#include "core/db/Database.h"

#include <QFileInfo>
#include <QFont>

namespace ud::core {

namespace {

QString shownTime(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

ImportLogModel::ImportLogModel(QObject* parent) : QAbstractTableModel(parent) {}

void ImportLogModel::setDatabase(Database* db)
{
    m_db = db;
    reload();
}

void ImportLogModel::reload()
{
    beginResetModel();
    m_batches.clear();
    try {
        if (m_db)
            m_batches = ImportLog(*m_db).batches();
    } catch (...) {
        endResetModel();
        throw;
    }
    endResetModel();
}

int ImportLogModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_batches.size(); ++i)
        if (m_batches.at(i).id == id)
            return i;
    return -1;
}

int ImportLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_batches.size());
}

int ImportLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportLog::Batch& b = m_batches.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Time:
            return shownTime(b.startedAt);
        case User:
            return b.user;
        case What:
            return b.title();
        case Source:
            // A file by its name (the path in the tooltip); anything else as it was named.
            return b.kind == ImportLog::Kind::Import ? QFileInfo(b.source).fileName() : b.source;
        case Changes:
            return b.countsText();
        case Status:
            return b.undone() ? tr("Undone %1 by %2").arg(shownTime(b.undoneAt), b.undoneBy) : tr("In effect");
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Source && !b.source.isEmpty())
        return b.source;
    if (role == Qt::ToolTipRole && (index.column() == Changes || index.column() == Status))
        return data(index, Qt::DisplayRole);
    if (role == Qt::FontRole && b.undone()) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::UserRole)
        return b.id;
    if (role == UndoneRole)
        return b.undone();
    return {};
}

QVariant ImportLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char* const titles[ColumnCount] = {QT_TR_NOOP("Time"), QT_TR_NOOP("User"),   QT_TR_NOOP("What"),
                                                    QT_TR_NOOP("File"), QT_TR_NOOP("Status"), QT_TR_NOOP("Changes")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

} // namespace ud::core

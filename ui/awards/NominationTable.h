#pragma once

#include "core/awards/AwardModels.h"

#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>

#include <functional>

namespace ud::ui {

/// The colours of a failed check: red where one refuses, amber where they only warn.
QColor refusalColour();
QColor warningColour();

/// The nominations of a round as the awards page shows them (over core::NominationsModel): sorted by each column's
/// SortRole; a row whose checks fail is marked in the Checks column and the nominee, red where a check refuses and
/// amber where they only warn, with the checks' sentences as the tooltip of the whole row. With a score editor (the
/// review), the committee's score and the public votes of a nomination that takes part are edited in place.
class NominationTable : public QSortFilterProxyModel {
    Q_OBJECT
public:
    /// Stores a nomination's score (hundredths) and votes; false when refused.
    using ScoreEditor = std::function<bool(qint64 nominationId, int committeeScore, int publicVotes)>;

    explicit NominationTable(core::NominationsModel* source, QObject* parent = nullptr);
    core::NominationsModel* nominations() const { return m_source; }
    void setScoreEditor(ScoreEditor editor) { m_editor = std::move(editor); }
    /// Which nominations the table shows: all (by default), those that take part (not withdrawn), or those on the list
    /// (selected, or final).
    enum class Show { All, TakingPart, Listed };
    void setShow(Show show);

    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    core::NominationsModel* m_source;
    ScoreEditor m_editor;
    Show m_show = Show::All;
};

/// The editors of the review's score (0–100 with two decimals) and votes.
class ScoreDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace ud::ui

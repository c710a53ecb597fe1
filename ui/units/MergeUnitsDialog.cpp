#include "ui/units/MergeUnitsDialog.h"

#include "core/units/SubUnitRepository.h"
#include "ui/widgets/DialogParts.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace ud::ui {

MergeUnitsDialog::MergeUnitsDialog(core::Database& db, const core::SubUnit& source, QWidget* parent)
    : QDialog(parent), m_target(new QComboBox(this))
{
    setObjectName(QStringLiteral("mergeUnits"));
    setWindowTitle(tr("Merge Sub-union"));
    core::SubUnitRepository repo(db);
    const int members = repo.memberCount(source.id);

    // The units below the source cannot take it in (SubUnitRepository::merge()).
    const QList<core::SubUnit> units = repo.all();
    QSet<qint64> below{source.id};
    for (bool grew = true; grew;) {
        grew = false;
        for (const core::SubUnit& u : units) {
            if (u.parentId && below.contains(*u.parentId) && !below.contains(u.id)) {
                below.insert(u.id);
                grew = true;
            }
        }
    }
    m_target->setObjectName(QStringLiteral("mergeTarget"));
    m_target->addItem(tr("Choose a sub-union"));
    for (const core::SubUnit& u : units)
        if (!below.contains(u.id))
            m_target->addItem(QStringLiteral("%1 · %2").arg(u.code, u.name), u.id);

    auto* layout = dialogLayout(this);
    layout->addWidget(wrappedLabel(tr("Merge %1 (code %2) into another sub-union: its %n member(s), their status "
                                      "history and its sub-units move there, and %1 is deleted.",
                                      nullptr, members)
                                       .arg(source.name, source.code),
                                   this));
    auto* form = new QFormLayout;
    form->addRow(buddyLabel(tr("&Into:"), m_target), m_target);
    layout->addLayout(form);
    layout->addWidget(noteLabel(tr("For a sub-union stored twice, e.g. once more by an import under the name an HR "
                                   "file gives it. Edit › Undo takes a merge back."),
                                this));
    layout->addStretch(1);
    QDialogButtonBox* buttons = dialogButtons(this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Merge…"));
    layout->addWidget(buttons);
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] { m_ok->setEnabled(targetId() != 0); });
    m_ok->setEnabled(false);
    resize(480, sizeHint().height());
}

qint64 MergeUnitsDialog::targetId() const
{
    return m_target->currentData().toLongLong();
}

} // namespace ud::ui

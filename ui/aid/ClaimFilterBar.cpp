#include "ui/aid/ClaimFilterBar.h"

#include "ui/widgets/DialogParts.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

namespace ud::ui {

using core::ClaimStatus;

ClaimFilterBar::ClaimFilterBar(QWidget* parent)
    : QWidget(parent), m_status(new QComboBox(this)), m_part(new QComboBox(this)), m_unit(new QComboBox(this))
{
    m_status->setObjectName(QStringLiteral("claimStatus"));
    m_part->setObjectName(QStringLiteral("claimPart"));
    m_unit->setObjectName(QStringLiteral("claimUnit"));
    m_status->addItem(tr("Any status"), -1);
    for (ClaimStatus s : core::claimStatuses().values())
        m_status->addItem(core::claimStatuses().label(s), int(s));
    m_part->addItem(tr("Any part"), QString());
    m_unit->addItem(tr("Any sub-union"), QString());
    for (QComboBox* box : {m_status, m_part, m_unit}) {
        box->setMinimumContentsLength(10);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(buddyLabel(tr("S&tatus:"), m_status));
    layout->addWidget(m_status, 1);
    layout->addSpacing(8);
    layout->addWidget(buddyLabel(tr("P&art:"), m_part));
    layout->addWidget(m_part, 1);
    layout->addSpacing(8);
    layout->addWidget(buddyLabel(tr("Sub-&union:"), m_unit));
    layout->addWidget(m_unit, 1);
    layout->addStretch(1);

    for (QComboBox* box : {m_status, m_part, m_unit})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                emit filterChanged();
        });
}

void ClaimFilterBar::fill(const core::ClaimsModel& model)
{
    m_filling = true;
    const QString part = m_part->currentData().toString();
    const QString unit = m_unit->currentData().toString();
    m_part->clear();
    m_part->addItem(tr("Any part"), QString());
    for (const auto& [key, name] : model.parts())
        m_part->addItem(name, key);
    m_unit->clear();
    m_unit->addItem(tr("Any sub-union"), QString());
    for (const QString& u : model.units())
        m_unit->addItem(u, u);
    m_part->setCurrentIndex(qMax(0, m_part->findData(part)));
    m_unit->setCurrentIndex(qMax(0, m_unit->findData(unit)));
    m_filling = false;
}

core::ClaimFilter ClaimFilterBar::filter() const
{
    core::ClaimFilter f;
    if (m_status->currentData().toInt() >= 0)
        f.status = ClaimStatus(m_status->currentData().toInt());
    f.partKey = m_part->currentData().toString();
    f.unit = m_unit->currentData().toString();
    return f;
}

void ClaimFilterBar::clearFilters()
{
    m_filling = true;
    for (QComboBox* box : {m_status, m_part, m_unit})
        box->setCurrentIndex(0);
    m_filling = false;
    emit filterChanged();
}

void ClaimFilterBar::showStatus(const QString& statusKey)
{
    m_filling = true;
    for (QComboBox* box : {m_status, m_part, m_unit})
        box->setCurrentIndex(0);
    if (const auto status = core::claimStatuses().fromKey(statusKey))
        m_status->setCurrentIndex(qMax(0, m_status->findData(int(*status))));
    m_filling = false;
    emit filterChanged();
}

} // namespace ud::ui

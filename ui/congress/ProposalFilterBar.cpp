#include "ui/congress/ProposalFilterBar.h"

#include "core/congress/CongressRepositories.h"
#include "ui/widgets/DialogParts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace ud::ui {

using namespace core;

ProposalFilterBar::ProposalFilterBar(QWidget* parent)
    : QWidget(parent), m_session(new QComboBox(this)), m_stage(new QComboBox(this)), m_category(new QComboBox(this)),
      m_delegation(new QComboBox(this)), m_unit(new QComboBox(this)), m_overdue(new QCheckBox(tr("O&verdue"), this))
{
    m_session->setObjectName(QStringLiteral("session"));
    m_session->setMinimumContentsLength(22);
    m_session->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_stage->setObjectName(QStringLiteral("stage"));
    m_category->setObjectName(QStringLiteral("category"));
    m_delegation->setObjectName(QStringLiteral("delegation"));
    m_unit->setObjectName(QStringLiteral("unit"));
    m_overdue->setObjectName(QStringLiteral("overdue"));
    m_overdue->setToolTip(tr("Only the proposals whose lead unit's reply is overdue"));
    for (QComboBox* box : {m_delegation, m_unit, m_category}) {
        box->setMinimumContentsLength(8);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }
    m_stage->addItem(tr("Any stage"), -1);
    for (ProposalStage s : proposalStages().values())
        m_stage->addItem(proposalStages().label(s), int(s));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(buddyLabel(tr("Sessi&on:"), m_session));
    layout->addWidget(m_session, 2);
    layout->addSpacing(8);
    layout->addWidget(buddyLabel(tr("S&tage:"), m_stage));
    layout->addWidget(m_stage);
    layout->addWidget(m_category, 1);
    layout->addWidget(m_delegation, 1);
    layout->addWidget(m_unit, 1);
    layout->addWidget(m_overdue);

    connect(m_session, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            emit sessionChanged();
    });
    for (QComboBox* box : {m_stage, m_category, m_delegation, m_unit})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                emit filterChanged();
        });
    connect(m_overdue, &QCheckBox::toggled, this, &ProposalFilterBar::filterChanged);
}

void ProposalFilterBar::fill(Database* db, qint64 keep)
{
    m_filling = true;
    m_session->clear();
    if (db)
        for (const CongressSession& s : SessionRepository(*db).all())
            m_session->addItem(QStringLiteral("%1 · %2").arg(s.key, s.name), s.id);
    const int i = m_session->findData(keep);
    m_session->setCurrentIndex(i >= 0 ? i : (m_session->count() ? 0 : -1));
    m_unit->clear();
    m_unit->addItem(tr("Any lead unit"), 0);
    if (db)
        for (const HandlingUnit& u : HandlingUnitRepository(*db).all())
            m_unit->addItem(u.name, u.id);
    m_category->clear();
    m_category->addItem(tr("Any category"), QString());
    if (db)
        for (const QString& c : proposalCategories(*db))
            m_category->addItem(c, c);
    m_filling = false;
    if (db)
        fillForSession(*db);
}

void ProposalFilterBar::fillForSession(Database& db)
{
    m_filling = true;
    const qint64 kept = m_delegation->currentData().toLongLong();
    m_delegation->clear();
    m_delegation->addItem(tr("Any delegation"), 0);
    if (const auto s = SessionRepository(db).byId(sessionId()))
        for (const Delegation& d : DelegationRepository(db).ofTerm(s->term))
            m_delegation->addItem(d.name, d.id);
    m_delegation->setCurrentIndex(qMax(0, m_delegation->findData(kept)));
    m_filling = false;
}

qint64 ProposalFilterBar::sessionId() const
{
    return m_session->currentData().toLongLong();
}

bool ProposalFilterBar::setSession(qint64 id)
{
    const int i = m_session->findData(id);
    if (i >= 0)
        m_session->setCurrentIndex(i);
    return i >= 0;
}

ProposalFilter ProposalFilterBar::filter() const
{
    ProposalFilter f;
    if (m_stage->currentData().toInt() >= 0)
        f.stage = ProposalStage(m_stage->currentData().toInt());
    f.category = m_category->currentData().toString();
    f.delegationId = m_delegation->currentData().toLongLong();
    f.unitId = m_unit->currentData().toLongLong();
    f.overdueOnly = m_overdue->isChecked();
    return f;
}

void ProposalFilterBar::clearFilters()
{
    m_filling = true;
    for (QComboBox* box : {m_stage, m_category, m_delegation, m_unit})
        box->setCurrentIndex(0);
    m_overdue->setChecked(false);
    m_filling = false;
    emit filterChanged();
}

void ProposalFilterBar::setFilters(const QVariantMap& conditions)
{
    m_filling = true;
    for (QComboBox* box : {m_stage, m_category, m_delegation, m_unit})
        box->setCurrentIndex(0);
    if (const auto stage = proposalStages().fromKey(conditions.value(QStringLiteral("stage")).toString()))
        m_stage->setCurrentIndex(qMax(0, m_stage->findData(int(*stage))));
    if (conditions.contains(QStringLiteral("category")))
        m_category->setCurrentIndex(qMax(0, m_category->findData(conditions.value(QStringLiteral("category")))));
    m_overdue->setChecked(conditions.value(QStringLiteral("overdue")).toBool());
    m_filling = false;
    emit filterChanged();
}

} // namespace ud::ui

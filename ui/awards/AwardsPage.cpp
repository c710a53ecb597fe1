#include "ui/awards/AwardsPage.h"

#include "core/awards/AwardRepositories.h"
#include "core/db/Database.h"
#include "core/members/Member.h"
#include "core/units/SubUnit.h"
#include "core/units/SubUnitRepository.h"
#include "ui/awards/AwardRecordPages.h"
#include "ui/awards/NominationViews.h"
#include "ui/awards/PublicityView.h"
#include "ui/awards/RoundViews.h"
#include "ui/widgets/DialogParts.h"

#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ud::ui {

using core::AwardRoundRepository;

namespace {

bool isAwardsTable(const core::Table& table)
{
    for (const core::Table& t : core::awardTables())
        if (t == table)
            return true;
    return false;
}

} // namespace

AwardsPage::AwardsPage(ShellContext& shell, QWidget* parent)
    : QWidget(parent), m_shell(shell), m_steps(shell,
                                               [self = QPointer<AwardsPage>(this)](qint64 id) {
                                                   if (self)
                                                       self->roundChanged(id);
                                               }),
      m_year(new QSpinBox(this)), m_round(new QComboBox(this)), m_stage(new QLabel(this)), m_tabs(new QTabWidget(this)),
      m_nominations(new NominationsView(shell, m_steps, this)), m_review(new ReviewView(shell, m_steps, this)),
      m_publicity(new PublicityView(shell, m_steps, this)), m_quotas(new QuotasView(shell, m_steps, this)),
      m_rounds(new RoundsView(shell, m_steps, this)), m_types(new AwardTypesPage(shell, this)),
      m_history(new AwardHistoryPage(shell, this))
{
    setObjectName(QStringLiteral("awardsPage"));
    m_year->setObjectName(QStringLiteral("awardsYear"));
    m_year->setRange(1900, 2999);
    m_year->setValue(QDate::currentDate().year());
    m_year->setToolTip(tr("The year whose rounds and awards the tabs show"));
    m_round->setObjectName(QStringLiteral("awardsRound"));
    m_round->setMinimumContentsLength(26);
    m_round->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_round->setToolTip(tr("The round the nominations, review, 公示 and quotas show"));
    m_stage->setObjectName(QStringLiteral("roundStage"));

    auto* chooser = new QHBoxLayout;
    chooser->setContentsMargins(24, 12, 24, 0);
    chooser->setSpacing(6);
    chooser->addWidget(buddyLabel(tr("&Year:"), m_year));
    chooser->addWidget(m_year);
    chooser->addSpacing(12);
    chooser->addWidget(buddyLabel(tr("R&ound:"), m_round));
    chooser->addWidget(m_round, 1);
    chooser->addSpacing(12);
    chooser->addWidget(m_stage, 2);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_nominations, tr("&Nominations"));
    m_tabs->addTab(m_review, tr("Rev&iew"));
    m_tabs->addTab(m_publicity, tr("&Publicity"));
    m_tabs->addTab(m_quotas, tr("&Quotas"));
    m_tabs->addTab(m_rounds, tr("&Rounds"));
    m_tabs->addTab(m_types, tr("&Award Types"));
    m_tabs->addTab(m_history, tr("Hi&story"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(chooser);
    layout->addWidget(m_tabs, 1);

    connect(m_year, &QSpinBox::valueChanged, this, &AwardsPage::setYear);
    connect(m_round, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            roundChosen();
    });
    connect(m_rounds, &RoundsView::roundAdded, this, &AwardsPage::setRound);
    setYear(m_year->value());
}

void AwardsPage::setDatabase(core::Database* db)
{
    m_db = db;
    m_nominations->setDatabase(db);
    m_review->setDatabase(db);
    m_publicity->setDatabase(db);
    m_quotas->setDatabase(db);
    m_rounds->setDatabase(db);
    m_types->setDatabase(db);
    m_history->setDatabase(db);
    // A year without rounds opens on the latest year that has some.
    int year = QDate::currentDate().year();
    try {
        if (db && AwardRoundRepository(*db).ofYear(year).isEmpty())
            if (const QList<core::AwardRound> all = AwardRoundRepository(*db).all(); !all.isEmpty())
                year = all.first().year;
    } catch (const core::Error&) {
        // An older database without the awards' tables shows nothing.
    }
    if (m_year->value() != year)
        m_year->setValue(year); // fills the rounds through setYear()
    else
        setYear(year);
}

void AwardsPage::setYear(int year)
{
    if (m_year->value() != year) {
        m_year->setValue(year); // comes back here through valueChanged
        return;
    }
    m_rounds->setYear(year);
    m_history->setYear(year);
    fillRounds(roundId());
}

qint64 AwardsPage::roundId() const
{
    return m_round->currentData().toLongLong();
}

bool AwardsPage::setRound(qint64 id)
{
    if (!m_db)
        return false;
    const auto round = AwardRoundRepository(*m_db).byId(id);
    if (!round)
        return false;
    if (m_year->value() != round->year) {
        const QSignalBlocker block(m_year);
        m_year->setValue(round->year);
        m_rounds->setYear(round->year);
        m_history->setYear(round->year);
    }
    fillRounds(id);
    return roundId() == id;
}

void AwardsPage::fillRounds(qint64 keep)
{
    m_filling = true;
    m_round->clear();
    try {
        if (m_db)
            for (const core::AwardRound& r : AwardRoundRepository(*m_db).ofYear(m_year->value()))
                m_round->addItem(tr("%1 (%2)", "round: key (stage)").arg(r.key, core::roundStages().label(r.stage)),
                                 r.id);
    } catch (const core::Error&) {
        // An older database without the awards' tables shows nothing.
    }
    const int i = m_round->findData(keep);
    m_round->setCurrentIndex(i >= 0 ? i : (m_round->count() ? 0 : -1));
    m_filling = false;
    roundChosen();
}

void AwardsPage::roundChosen()
{
    const qint64 id = roundId();
    m_nominations->setRound(id);
    m_review->setRound(id);
    m_publicity->setRound(id);
    m_quotas->setRound(id);
    QString stage;
    if (m_db && id) {
        if (const auto r = AwardRoundRepository(*m_db).byId(id)) {
            stage = core::roundStages().label(r->stage);
            if (r->totalQuota > 0)
                stage += tr(" · total quota %1").arg(r->totalQuota);
            if (r->stage == core::RoundStage::Publicity)
                stage += tr(" · 公示 until %1").arg(r->publicityEnd.toString(Qt::ISODate));
        }
    } else if (m_db) {
        stage = tr("No round in %1: add one on the Rounds tab.").arg(m_year->value());
    }
    m_stage->setText(stage);
}

void AwardsPage::reloadRound()
{
    fillRounds(roundId()); // the stage in the chooser's text
    m_nominations->reload();
    m_review->reload();
    m_publicity->reload();
    m_quotas->reload();
    m_rounds->reload();
    m_history->reload();
}

void AwardsPage::roundChanged(qint64 id)
{
    m_announcing = true;
    for (const core::Table& table : {core::tables::AwardRounds, core::tables::Nominations, core::tables::AwardHistory})
        m_shell.notifyDataChanged(table);
    m_announcing = false;
    // The round of the step in front (an undone one that added it may be gone).
    if (!(m_db && id && AwardRoundRepository(*m_db).byId(id) && setRound(id)))
        fillRounds(roundId());
    reloadRound();
    m_rounds->selectRound(id);
}

QList<QAction*> AwardsPage::pageActions() const
{
    return m_nominations->pageActions();
}

QWidget* AwardsPage::searchField() const
{
    switch (m_tabs->currentIndex()) {
    case ReviewTab:
        return m_review->searchField();
    case TypesTab:
        return m_types->searchField();
    case HistoryTab:
        return m_history->searchField();
    case NominationsTab:
        return m_nominations->searchField();
    default:
        return nullptr;
    }
}

void AwardsPage::tableChanged(const core::Table& table)
{
    if (m_announcing)
        return;
    m_types->tableChanged(table);
    m_history->tableChanged(table);
    if (isAwardsTable(table) || table == core::tables::Members || table == core::tables::Units) {
        if (table == core::tables::Members || table == core::tables::Units) {
            m_types->reload();
            m_history->reload();
        }
        reloadRound();
    }
}

bool AwardsPage::showsRecordsOf(const core::Table& table) const
{
    return table == core::tables::AwardRounds || table == core::tables::Nominations ||
           table == core::tables::Objections || table == core::tables::AwardQuotas ||
           table == core::tables::AwardTypes || table == core::tables::AwardHistory;
}

bool AwardsPage::showFiltered(const core::PageFilter& filter)
{
    if (!m_db)
        return false;
    const QVariantMap& c = filter.conditions;
    if (filter.table == QLatin1String(core::tables::Nominations.name)) {
        if (!setRound(c.value(QStringLiteral("round_id")).toLongLong()))
            return false;
        m_tabs->setCurrentIndex(NominationsTab);
        QString unitName;
        if (const qint64 unit = c.value(QStringLiteral("unit_id")).toLongLong())
            if (const auto u = core::SubUnitRepository(*m_db).byId(unit))
                unitName = u->name;
        m_nominations->searchEdit()->setText(unitName);
        return true;
    }
    if (filter.table == QLatin1String(core::tables::AwardRounds.name)) {
        if (const qint64 round = c.value(QStringLiteral("round_id")).toLongLong()) {
            if (!setRound(round))
                return false;
            m_tabs->setCurrentIndex(PublicityTab);
            return true;
        }
        if (c.contains(QStringLiteral("year")))
            m_year->setValue(c.value(QStringLiteral("year")).toInt());
        m_tabs->setCurrentIndex(RoundsTab);
        return true;
    }
    return false;
}

bool AwardsPage::openRecord(const core::Table& table, qint64 id)
{
    if (!m_db)
        return false;
    const auto roundOfNomination = [this](qint64 nomination) {
        return m_db
            ->scalar(QStringLiteral("SELECT round_id FROM award_nominations WHERE id = :id"),
                     {{QStringLiteral("id"), nomination}})
            .toLongLong();
    };
    if (table == core::tables::Nominations) {
        if (!setRound(roundOfNomination(id)))
            return false;
        m_tabs->setCurrentIndex(NominationsTab);
        m_nominations->searchEdit()->clear();
        if (!m_nominations->selectNomination(id))
            return false;
        m_nominations->openDialog(false);
        return true;
    }
    if (table == core::tables::Objections) {
        const qint64 nomination =
            m_db->scalar(QStringLiteral("SELECT nomination_id FROM award_objections WHERE id = :id"),
                         {{QStringLiteral("id"), id}})
                .toLongLong();
        if (!setRound(roundOfNomination(nomination)))
            return false;
        m_tabs->setCurrentIndex(PublicityTab);
        return true;
    }
    if (table == core::tables::AwardQuotas) {
        const auto rows = m_db->rows(QStringLiteral("SELECT round_id, unit_id FROM award_quotas WHERE id = :id"),
                                     {{QStringLiteral("id"), id}});
        if (rows.isEmpty() || !setRound(rows.first().value(QStringLiteral("round_id")).toLongLong()))
            return false;
        m_tabs->setCurrentIndex(QuotasTab);
        m_quotas->selectUnit(rows.first().value(QStringLiteral("unit_id")).toLongLong());
        return true;
    }
    if (table == core::tables::AwardRounds) {
        if (!setRound(id))
            return false;
        m_tabs->setCurrentIndex(RoundsTab);
        if (!m_rounds->selectRound(id))
            return false;
        m_rounds->editRound();
        return true;
    }
    if (table == core::tables::AwardTypes) {
        m_tabs->setCurrentIndex(TypesTab);
        return m_types->openRecord(table, id);
    }
    if (table == core::tables::AwardHistory) {
        if (const auto e = core::AwardHistoryRepository(*m_db).byId(id))
            setYear(e->year);
        m_tabs->setCurrentIndex(HistoryTab);
        return m_history->openRecord(table, id);
    }
    return false;
}

} // namespace ud::ui

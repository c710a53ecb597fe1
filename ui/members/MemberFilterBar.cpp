#include "ui/members/MemberFilterBar.h"

#include "ui/widgets/PageActions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>

namespace ud::ui {

namespace {

constexpr int kSearchPauseMs = 150;

} // namespace

MemberFilterBar::MemberFilterBar(QAction* clearFilters, QWidget* parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_unit(new QComboBox(this)), m_status(new QComboBox(this)),
      m_gender(new QComboBox(this)), m_minAge(new QSpinBox(this)), m_maxAge(new QSpinBox(this)),
      m_month(new QComboBox(this)), m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("memberFilterBar"));

    m_search->setObjectName(QStringLiteral("memberSearch"));
    m_search->setPlaceholderText(tr("Name, pinyin (zw), staff no., mobile or ID"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(200);

    m_unit->setObjectName(QStringLiteral("unitFilter"));
    m_unit->setMinimumContentsLength(10);
    m_unit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_unit->addItem(tr("All sub-unions"));

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("Any status"));
    using Status = core::Member::Status;
    for (Status s : {Status::Active, Status::Retired, Status::Left, Status::Deceased})
        m_status->addItem(core::Member::statusLabel(s), int(s));

    m_gender->setObjectName(QStringLiteral("genderFilter"));
    m_gender->addItem(tr("Men and women"), QString());
    m_gender->addItem(tr("Men"), QStringLiteral("M"));
    m_gender->addItem(tr("Women"), QStringLiteral("F"));

    for (QSpinBox* spin : {m_minAge, m_maxAge}) {
        spin->setRange(0, 120);
        spin->setSpecialValueText(tr("any")); // 0: no limit
        spin->setAccelerated(true);
    }
    m_minAge->setObjectName(QStringLiteral("minAge"));
    m_maxAge->setObjectName(QStringLiteral("maxAge"));
    m_minAge->setToolTip(tr("Youngest age shown (whole years today)"));
    m_maxAge->setToolTip(tr("Oldest age shown (whole years today)"));

    m_month->setObjectName(QStringLiteral("monthFilter"));
    m_month->addItem(tr("Any birthday"));
    const char* const months[] = {
        QT_TRANSLATE_NOOP("ud::ui::MembersPage", "January"),   QT_TRANSLATE_NOOP("ud::ui::MembersPage", "February"),
        QT_TRANSLATE_NOOP("ud::ui::MembersPage", "March"),     QT_TRANSLATE_NOOP("ud::ui::MembersPage", "April"),
        QT_TRANSLATE_NOOP("ud::ui::MembersPage", "May"),       QT_TRANSLATE_NOOP("ud::ui::MembersPage", "June"),
        QT_TRANSLATE_NOOP("ud::ui::MembersPage", "July"),      QT_TRANSLATE_NOOP("ud::ui::MembersPage", "August"),
        QT_TRANSLATE_NOOP("ud::ui::MembersPage", "September"), QT_TRANSLATE_NOOP("ud::ui::MembersPage", "October"),
        QT_TRANSLATE_NOOP("ud::ui::MembersPage", "November"),  QT_TRANSLATE_NOOP("ud::ui::MembersPage", "December")};
    for (int m = 0; m < 12; ++m)
        m_month->addItem(tr("Birthday in %1").arg(tr(months[m])), m + 1);

    auto* clear = makeButton(clearFilters, this);
    clear->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_search, 3);
    layout->addWidget(m_unit, 2);
    layout->addWidget(m_status);
    layout->addWidget(m_gender);
    layout->addWidget(new QLabel(tr("Age"), this));
    layout->addWidget(m_minAge);
    layout->addWidget(new QLabel(tr("to"), this));
    layout->addWidget(m_maxAge);
    layout->addWidget(m_month);
    layout->addWidget(clear);

    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchPauseMs);
    connect(m_searchTimer, &QTimer::timeout, this, [this] { changed(); });
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    for (QComboBox* combo : {m_unit, m_status, m_gender, m_month})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { changed(); });
    for (QSpinBox* spin : {m_minAge, m_maxAge})
        connect(spin, &QSpinBox::valueChanged, this, [this] { changed(); });
}

core::MemberFilter MemberFilterBar::filter() const
{
    core::MemberFilter f;
    f.search = m_search->text();
    if (const auto unit = unitId())
        f.unitId = *unit;
    if (m_status->currentData().isValid())
        f.status = core::Member::Status(m_status->currentData().toInt());
    f.gender = m_gender->currentData().toString();
    if (m_minAge->value() > 0)
        f.minAge = m_minAge->value();
    if (m_maxAge->value() > 0)
        f.maxAge = m_maxAge->value();
    if (m_month->currentData().isValid())
        f.birthMonth = m_month->currentData().toInt();
    return f;
}

std::optional<qint64> MemberFilterBar::unitId() const
{
    const QVariant chosen = m_unit->currentData();
    return chosen.isValid() ? std::optional<qint64>(chosen.toLongLong()) : std::nullopt;
}

void MemberFilterBar::onChanged(std::function<void()> changed)
{
    m_changed = std::move(changed);
}

void MemberFilterBar::changed()
{
    if (!m_filling && m_changed)
        m_changed();
}

bool MemberFilterBar::applyPendingSearch()
{
    if (!m_searchTimer->isActive())
        return false;
    m_searchTimer->stop();
    changed();
    return true;
}

void MemberFilterBar::cancelPendingSearch()
{
    m_searchTimer->stop();
}

bool MemberFilterBar::setUnits(const QList<core::SubUnit>& units)
{
    const QVariant current = m_unit->currentData();
    m_filling = true;
    while (m_unit->count() > 1)
        m_unit->removeItem(1);
    for (const core::SubUnit& u : units)
        m_unit->addItem(u.name, u.id);
    const int index = current.isValid() ? m_unit->findData(current) : 0;
    m_unit->setCurrentIndex(qMax(0, index));
    m_filling = false;
    return !current.isValid() || index >= 0;
}

void MemberFilterBar::clear()
{
    m_filling = true;
    m_search->clear();
    m_unit->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    m_gender->setCurrentIndex(0);
    m_minAge->setValue(0);
    m_maxAge->setValue(0);
    m_month->setCurrentIndex(0);
    m_filling = false;
}

void MemberFilterBar::setFilter(const core::MemberFilter& filter)
{
    clear();
    m_filling = true;
    const auto choose = [](QComboBox* combo, const QVariant& wanted) {
        const int index = combo->findData(wanted);
        combo->setCurrentIndex(index < 0 ? 0 : index);
    };
    if (filter.unitId)
        choose(m_unit, *filter.unitId);
    if (filter.status)
        choose(m_status, int(*filter.status));
    choose(m_gender, filter.gender);
    m_minAge->setValue(filter.minAge.value_or(0));
    m_maxAge->setValue(filter.maxAge.value_or(0));
    if (filter.birthMonth)
        choose(m_month, *filter.birthMonth);
    m_filling = false;
}

} // namespace ud::ui

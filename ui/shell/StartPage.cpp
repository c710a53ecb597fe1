#include "ui/shell/StartPage.h"

#include "core/db/Database.h"
#include "core/db/DatabaseSettings.h"
#include "ui/shell/Module.h"
#include "ui/widgets/DialogParts.h"
#include "ui/widgets/PageHeader.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ud::ui {

namespace {

// The round mark before a step: its number while it is to do, a tick once it is done.
QLabel* stepMark(int number, bool done, QWidget* parent)
{
    auto* mark = new QLabel(done ? QStringLiteral("✓") : QString::number(number), parent);
    mark->setObjectName(QStringLiteral("stepMark"));
    mark->setAlignment(Qt::AlignCenter);
    mark->setFixedSize(30, 30);
    QFont font = mark->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    mark->setFont(font);
    mark->setStyleSheet(
        done ? QStringLiteral("QLabel { background: #2e7d32; color: white; border-radius: 15px; }")
             : QStringLiteral("QLabel { background: palette(highlight); color: palette(highlighted-text);"
                              " border-radius: 15px; }"));
    return mark;
}

} // namespace

StartPage::StartPage(QWidget* parent)
    : QWidget(parent), m_stepsLayout(new QVBoxLayout), m_navigationButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("startPage"));

    // Drawn as an entry of the navigation list below it.
    m_navigationButton->setObjectName(QStringLiteral("startButton"));
    m_navigationButton->setText(tr("Getting Started"));
    m_navigationButton->setIcon(QIcon(QStringLiteral(":/icons/app.svg")));
    m_navigationButton->setIconSize(QSize(20, 20));
    m_navigationButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_navigationButton->setCheckable(true);
    m_navigationButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_navigationButton->setFixedHeight(36);
    m_navigationButton->setFocusPolicy(Qt::TabFocus);
    m_navigationButton->setStyleSheet(QStringLiteral(
        "QToolButton#startButton { border: none; border-radius: 6px; padding: 0 8px; color: palette(text); }"
        "QToolButton#startButton:hover:!checked { background: rgba(128, 128, 128, 36); }"
        "QToolButton#startButton:checked { background: palette(highlight); color: palette(highlighted-text); }"));
    m_navigationButton->hide();

    m_header = new PageHeader(tr("Getting Started"), this);
    auto* intro = wrappedLabel(tr("Set it up in these steps, in this order; each is ticked once the data is there. "
                                  "The Help menu has the manual (F1)."),
                               this);

    m_stepsLayout->setContentsMargins(0, 0, 0, 0);
    m_stepsLayout->setSpacing(10);

    auto* demoBox = new QFrame(this);
    demoBox->setObjectName(QStringLiteral("demoBox"));
    demoBox->setStyleSheet(QStringLiteral("#demoBox { background: #eef5fc; border: 1px solid #b7d3ee; "
                                          "border-radius: 4px; }"));
    m_demo = new QPushButton(tr("&Try with Demo Data"), demoBox);
    m_demo->setObjectName(QStringLiteral("tryDemo"));
    connect(m_demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    auto* demoText = wrappedLabel(tr("First look around? The demo opens a separate database, uniondesk-demo.sqlite, "
                                     "with about 30 sub-unions and 1,000 made-up members. This database stays as it "
                                     "is; File › Open Recent brings it back."),
                                  demoBox);
    auto* demoLayout = new QHBoxLayout(demoBox);
    demoLayout->setContentsMargins(14, 10, 14, 10);
    demoLayout->setSpacing(14);
    demoLayout->addWidget(demoText, 1);
    demoLayout->addWidget(m_demo, 0, Qt::AlignVCenter);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(24, 20, 24, 16);
    column->setSpacing(12);
    column->addWidget(m_header);
    column->addWidget(intro);
    column->addSpacing(4);
    column->addLayout(m_stepsLayout);
    column->addSpacing(8);
    column->addWidget(demoBox);
    column->addStretch(1);
    content->setMaximumWidth(860);

    // On a small screen the steps scroll; on a wide one they keep a readable width at the left.
    auto* scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);
    scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

bool StartPage::refresh(core::Database& db, const QList<Module*>& modules)
{
    const bool writable = !db.isReadOnly();
    QList<Step> steps;
    Step name;
    name.title = tr("The union's name");
    name.text = tr("Printed above every list and schedule, e.g. 浙江工商大学工会. It is kept in the database, for "
                   "everyone who opens it.");
    name.buttons = {{tr("Enter the Name…"), [this] { emit unionNameRequested(); }, writable}};
    try {
        name.done = !core::DatabaseSettings(db).value(core::settings::UnionName).trimmed().isEmpty();
    } catch (const core::Error&) {
        name.done = false;
    }
    steps << name;

    bool canBeInUse = false;
    bool inUse = false;
    for (Module* module : modules) {
        for (const StartStep& s : module->startSteps()) {
            Step step{s.title, s.text, {}, s.done};
            for (const auto& [text, action] : s.buttons) {
                const QPointer<QAction> target = action;
                step.buttons.append({text,
                                     [this, id = module->id(), target] {
                                         emit pageRequested(id);
                                         if (target && target->isEnabled())
                                             target->trigger();
                                     },
                                     action && action->isEnabled()});
            }
            steps << step;
            canBeInUse = canBeInUse || s.inUse;
            inUse = inUse || (s.inUse && s.done);
        }
    }
    setSteps(steps);
    // A window of modules none of which puts a database in use (tests show some alone) never calls one new.
    return !canBeInUse || inUse;
}

void StartPage::setSteps(const QList<Step>& steps)
{
    // Later, not now: the click that led here may still be running in one of their buttons.
    for (const Shown& shown : std::as_const(m_steps)) {
        m_stepsLayout->removeWidget(shown.frame);
        shown.frame->hide();
        shown.frame->deleteLater();
    }
    m_steps.clear();

    int number = 0;
    for (const Step& step : steps) {
        ++number;
        auto* frame = new QFrame(this);
        frame->setObjectName(QStringLiteral("step%1").arg(number));
        frame->setFrameShape(QFrame::StyledPanel);

        auto* title = new QLabel(step.title, frame);
        QFont titleFont = title->font();
        titleFont.setBold(true);
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
        title->setFont(titleFont);
        QLabel* text = step.done ? noteLabel(step.text, frame) : wrappedLabel(step.text, frame);

        auto* buttonRow = new QHBoxLayout;
        buttonRow->setSpacing(8);
        QList<QPushButton*> buttons;
        for (const Button& b : step.buttons) {
            auto* button = new QPushButton(b.text, frame);
            button->setEnabled(b.enabled);
            connect(button, &QPushButton::clicked, this, b.click);
            buttonRow->addWidget(button);
            buttons << button;
        }
        buttonRow->addStretch(1);

        auto* body = new QVBoxLayout;
        body->setSpacing(6);
        body->addWidget(title);
        body->addWidget(text);
        body->addLayout(buttonRow);

        auto* row = new QHBoxLayout(frame);
        row->setContentsMargins(14, 12, 14, 12);
        row->setSpacing(14);
        row->addWidget(stepMark(number, step.done, frame), 0, Qt::AlignTop);
        row->addLayout(body, 1);

        m_stepsLayout->addWidget(frame);
        m_steps.append({frame, buttons, step.done});
    }
    const auto done = std::count_if(steps.cbegin(), steps.cend(), [](const Step& s) { return s.done; });
    m_header->setSubtitle(done == 0 ? tr("This database is still empty.")
                                    : tr("%1 of %2 steps done.").arg(done).arg(steps.size()));
}

QPushButton* StartPage::stepButton(int step, int button) const
{
    if (step < 0 || step >= m_steps.size())
        return nullptr;
    return m_steps.at(step).buttons.value(button);
}

bool StartPage::stepDone(int step) const
{
    return step >= 0 && step < m_steps.size() && m_steps.at(step).done;
}

} // namespace ud::ui

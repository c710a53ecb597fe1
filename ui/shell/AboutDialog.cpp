#include "ui/shell/AboutDialog.h"

#include "core/db/Database.h"
#include "ui/widgets/DialogParts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace ud::ui {

namespace {

QString databaseDescription(core::Database* db)
{
    if (!db)
        return AboutDialog::tr("No database open");
    QString version;
    try {
        version = db->engineVersion();
    } catch (const core::Error&) {
    }
    const QString engine = version.isEmpty() ? db->location().engineName()
                                             : QStringLiteral("%1 %2").arg(db->location().engineName(), version);
    // A path has no spaces to wrap at and may hold a name longer than a line: a zero-width space after each
    // character lets it wrap anywhere instead of running over the dialog's edge.
    QString where;
    for (const char32_t c : db->location().displayName().toUcs4())
        where += QString::fromUcs4(&c, 1) + QChar(0x200B);
    return QStringLiteral("%1\n%2").arg(engine, where);
}

} // namespace

AboutDialog::AboutDialog(core::Database* db, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About UnionDesk"));

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/app.svg")).pixmap(QSize(72, 72)));
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);

    auto* name = new QLabel(tr("UnionDesk"), this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.8);
    nameFont.setBold(true);
    name->setFont(nameFont);

    auto* summary = wrappedLabel(tr("Members, work schedule, staff congress, mutual aid and awards for the office "
                                    "of a university trade union."),
                                 this);

    auto* facts = new QFormLayout;
    facts->setLabelAlignment(Qt::AlignLeft);
    facts->setHorizontalSpacing(16);
    facts->addRow(tr("Version:"), new QLabel(QStringLiteral(UNIONDESK_VERSION), this));
    facts->addRow(tr("Qt:"),
                  new QLabel(QStringLiteral("%1 (%2)").arg(QString::fromLatin1(qVersion()),
                                                           tr("built with %1").arg(QStringLiteral(QT_VERSION_STR))),
                             this));
    auto* database = wrappedLabel(databaseDescription(db), this);
    database->setObjectName(QStringLiteral("database"));
    if (db)
        database->setToolTip(db->location().displayName());
    facts->addRow(tr("Database:"), database);
    facts->addRow(tr("Licence:"), new QLabel(QStringLiteral("GPL-3.0-or-later"), this));

    auto* licence = noteLabel(tr("UnionDesk is free software: you can share and change it under the terms of the "
                                 "GNU General Public License, version 3 or any later version."),
                              this);

    auto* text = new QVBoxLayout;
    text->setSpacing(10);
    text->addWidget(name);
    text->addWidget(summary);
    text->addSpacing(4);
    text->addLayout(facts);
    text->addSpacing(4);
    text->addWidget(licence);

    auto* top = new QHBoxLayout;
    top->setSpacing(20);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(text, 1);

    auto* buttons = dialogButtons(this, QDialogButtonBox::Close);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->setSpacing(16);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setFixedWidth(520);
}

} // namespace ud::ui

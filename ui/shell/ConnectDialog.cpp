#include "ui/shell/ConnectDialog.h"
#include "ui/shell/UserSettings.h"

#include "core/db/Database.h"
#include "ui/widgets/DialogParts.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ud::ui {

namespace {

} // namespace

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent), m_host(new QLineEdit(this)), m_port(new QSpinBox(this)), m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)), m_password(new QLineEdit(this))
{
    setWindowTitle(tr("Connect to PostgreSQL Server"));
    setMinimumWidth(420);

    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("Server name, address, or socket folder"));
    m_port->setObjectName(QStringLiteral("port"));
    m_port->setRange(1, 65535);
    m_port->setGroupSeparatorShown(false);
    m_database->setObjectName(QStringLiteral("database"));
    m_user->setObjectName(QStringLiteral("user"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Asked when the server needs it"));

    auto* intro = wrappedLabel(tr("Several computers can share one UnionDesk database on a PostgreSQL server. "
                                  "Ask the administrator of the server for these details."),
                               this);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);

    auto* buttons = dialogButtons(this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Connect"));

    auto* layout = dialogLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_host, &QLineEdit::textChanged, this, &ConnectDialog::updateOkButton);
    connect(m_database, &QLineEdit::textChanged, this, &ConnectDialog::updateOkButton);

    using namespace usersettings;
    core::DatabaseLocation last;
    last.engine = core::Engine::PostgreSQL;
    last.host = ServerHost.value();
    last.port = ServerPort.value();
    last.databaseName = ServerDatabase.value();
    last.user = ServerUser.isSet() ? ServerUser.value() : core::Database::systemUserName();
    setLocation(last);
}

core::DatabaseLocation ConnectDialog::location() const
{
    core::DatabaseLocation loc;
    loc.engine = core::Engine::PostgreSQL;
    loc.host = m_host->text().trimmed();
    loc.port = m_port->value();
    loc.databaseName = m_database->text().trimmed();
    loc.user = m_user->text().trimmed();
    loc.password = m_password->text();
    return loc;
}

void ConnectDialog::setLocation(const core::DatabaseLocation& location)
{
    m_host->setText(location.host);
    m_port->setValue(location.port);
    m_database->setText(location.databaseName);
    m_user->setText(location.user);
    m_password->setText(location.password);
    updateOkButton();
}

void ConnectDialog::accept()
{
    using namespace usersettings;
    ServerHost.set(m_host->text().trimmed());
    ServerPort.set(m_port->value());
    ServerDatabase.set(m_database->text().trimmed());
    ServerUser.set(m_user->text().trimmed());
    QDialog::accept();
}

void ConnectDialog::updateOkButton()
{
    m_ok->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty());
}

} // namespace ud::ui

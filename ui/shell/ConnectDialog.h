#pragma once

#include "core/db/DatabaseLocation.h"

#include <QDialog>

class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ud::ui {

/// Asks where a PostgreSQL server is: host, port, database, user and password.
/// Remembers everything but the password for next time.
class ConnectDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget* parent = nullptr);

    core::DatabaseLocation location() const;
    void setLocation(const core::DatabaseLocation& location);

public slots:
    void accept() override;

private:
    void updateOkButton();

    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QPushButton* m_ok = nullptr;
};

} // namespace ud::ui

#pragma once

#include <QDialog>

namespace ud::core {
class Database;
}

namespace ud::ui {

/// Name, version, the Qt and database versions in use, and the licence.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    /// `db` may be nullptr (no database open).
    explicit AboutDialog(core::Database* db, QWidget* parent = nullptr);
};

} // namespace ud::ui

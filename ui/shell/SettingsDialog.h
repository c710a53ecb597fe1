#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ud::core {
class Database;
}

namespace ud::ui {

/// The settings: of the open database, the union's name (kept in the database for everyone, each change recorded in
/// the change history); of this computer (QSettings), the language and the automatic backups (when, where, a second
/// folder, how many).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    /// `db` is the open database (nullptr: none, and no union's name to edit).
    explicit SettingsDialog(core::Database* db = nullptr, QWidget* parent = nullptr);

    /// Fills the fields from QSettings and the database.
    void load();
    /// Writes the fields to QSettings and a changed union's name to the database. False when the database refused
    /// the name (the reason is shown).
    bool save();
    /// Puts the cursor in the union's name.
    void focusUnionName();

    QComboBox* languageCombo() const { return m_language; }
    QCheckBox* backupOnCloseCheck() const { return m_backupOnClose; }
    QLineEdit* backupFolderEdit() const { return m_backupFolder; }
    QSpinBox* backupKeepSpin() const { return m_backupKeep; }
    QLineEdit* secondFolderEdit() const { return m_secondFolder; }
    /// Null without a database.
    QLineEdit* unionNameEdit() const { return m_unionName; }
    /// Whether save() changed the union's name.
    bool unionNameChanged() const { return m_unionNameChanged; }

public slots:
    void accept() override;

private:
    void browseFolder(QLineEdit* edit, const QString& title);
    void updateEnabled();

    core::Database* m_db;
    QLineEdit* m_unionName = nullptr;
    QComboBox* m_language;
    QCheckBox* m_backupOnClose;
    QLineEdit* m_backupFolder;
    QLineEdit* m_secondFolder;
    QSpinBox* m_backupKeep;
    QPushButton* m_browse;
    QPushButton* m_browseSecond;
    bool m_unionNameChanged = false;
};

} // namespace ud::ui

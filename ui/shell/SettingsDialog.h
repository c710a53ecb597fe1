#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ud::ui {

/// The settings of this computer (QSettings): language, and the automatic backups (when, where, a second folder, how
/// many).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    /// Fills the fields from QSettings.
    void load();
    /// Writes the fields to QSettings.
    void save() const;

    QComboBox* languageCombo() const { return m_language; }
    QCheckBox* backupOnCloseCheck() const { return m_backupOnClose; }
    QLineEdit* backupFolderEdit() const { return m_backupFolder; }
    QSpinBox* backupKeepSpin() const { return m_backupKeep; }
    QLineEdit* secondFolderEdit() const { return m_secondFolder; }

public slots:
    void accept() override;

private:
    void browseFolder(QLineEdit* edit, const QString& title);
    void updateEnabled();

    QComboBox* m_language;
    QCheckBox* m_backupOnClose;
    QLineEdit* m_backupFolder;
    QLineEdit* m_secondFolder;
    QSpinBox* m_backupKeep;
    QPushButton* m_browse;
    QPushButton* m_browseSecond;
};

} // namespace ud::ui

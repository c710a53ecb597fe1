#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace ud::ui {

/// The settings of this computer (QSettings): language, and the automatic backup on close.
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

public slots:
    void accept() override;

private:
    void browseFolder();
    void updateEnabled();

    QComboBox* m_language;
    QCheckBox* m_backupOnClose;
    QLineEdit* m_backupFolder;
    QSpinBox* m_backupKeep;
    QPushButton* m_browse;
};

} // namespace ud::ui

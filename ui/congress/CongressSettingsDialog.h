#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace ud::core {
class Database;
}

namespace ud::ui {

/// The proposal rules and forms kept in the database for everyone: co-signers a proposal needs, the number's prefix
/// and digits, the categories, the reply deadlines. Each change is recorded in the change history.
class CongressSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit CongressSettingsDialog(core::Database& db, QWidget* parent = nullptr);

    /// Writes the changed settings; false (with the reason shown) when the database refused.
    bool save();

    QSpinBox* cosignersSpin() const { return m_cosigners; }
    QLineEdit* prefixEdit() const { return m_prefix; }
    QSpinBox* digitsSpin() const { return m_digits; }
    QPlainTextEdit* categoriesEdit() const { return m_categories; }
    QSpinBox* leadMonthsSpin() const { return m_leadMonths; }
    QSpinBox* coEarlierSpin() const { return m_coEarlier; }

public slots:
    void accept() override;

private:
    void updateExample();

    core::Database& m_db;
    QSpinBox* m_cosigners;
    QLineEdit* m_prefix;
    QSpinBox* m_digits;
    QPlainTextEdit* m_categories;
    QSpinBox* m_leadMonths;
    QSpinBox* m_coEarlier;
    QLabel* m_example;
};

} // namespace ud::ui

#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace ud::core {
class Database;
}

namespace ud::ui {

class Module;
class PageHeader;

/// The page a new database opens on: the steps of setting it up (the union's name, then those the modules give),
/// each a heading, a line on what to do and the buttons that do it, ticked when done; and a way to try the program
/// on demo data first. A database is new until a step that puts it in use is done (the roster, the work plan).
class StartPage : public QWidget {
    Q_OBJECT
public:
    struct Button {
        QString text;
        std::function<void()> click;
        bool enabled = true; // not, e.g., an import on a read-only database
    };
    struct Step {
        QString title;
        QString text;
        QList<Button> buttons;
        bool done = false;
    };

    explicit StartPage(QWidget* parent = nullptr);

    /// Reads the steps of setting up `db` again: the union's name, then the steps of `modules` in their order.
    /// Returns whether the database is in use: a step that says so is done (always, when no module has such a step).
    bool refresh(core::Database& db, const QList<Module*>& modules);
    /// Shows `steps` in order, replacing those shown.
    void setSteps(const QList<Step>& steps);
    /// The button that shows this page, for the window to put above its navigation.
    QToolButton* navigationButton() const { return m_navigationButton; }
    QPushButton* demoButton() const { return m_demo; }
    /// The button `button` of step `step` (both from 0), or nullptr.
    QPushButton* stepButton(int step, int button) const;
    /// Whether step `step` shows as done.
    bool stepDone(int step) const;
    int stepCount() const { return int(m_steps.size()); }

signals:
    void demoRequested();
    /// The union's name step: the settings, there.
    void unionNameRequested();
    /// A module's step button was clicked: the window shows that module's page, then the step triggers its action.
    void pageRequested(const QString& moduleId);

private:
    struct Shown {
        QWidget* frame;
        QList<QPushButton*> buttons;
        bool done;
    };

    PageHeader* m_header;
    QVBoxLayout* m_stepsLayout;
    QList<Shown> m_steps;
    QPushButton* m_demo;
    QToolButton* m_navigationButton;
};

} // namespace ud::ui

#include "ui/schedule/PlanImportDialog.h"

#include "core/db/Database.h"
#include "core/schedule/PlanDocument.h"
#include "core/schedule/ScheduleRepository.h"
#include "ui/widgets/BusyCursor.h"
#include "ui/widgets/DialogParts.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ud::ui {

namespace {

const QString kFolderKey = QStringLiteral("schedule/lastFolder");
const QColor kFlagged(255, 236, 179);

QString monthsText(const core::Timing& t)
{
    QStringList list;
    for (int m : t.months.months())
        list << QString::number(m);
    return list.join(QLatin1Char(','));
}

} // namespace

PlanImportDialog::PlanImportDialog(core::Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("planImportDialog"));
    setWindowTitle(tr("Import Work Plan"));

    auto* intro = wrappedLabel(tr("Paste the text of the work plan (工作要点 with its attachment 主要工作进度安排), or "
                                  "open it as a .docx or .txt file. Check the preview: nothing is saved until OK."),
                               this);

    auto* open = new QPushButton(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Open File…"), this);
    open->setObjectName(QStringLiteral("openFile"));
    connect(open, &QPushButton::clicked, this, &PlanImportDialog::chooseFile);

    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(1990, 2999);
    m_year->setValue(QDate::currentDate().year());
    m_year->setGroupSeparatorShown(false);
    connect(m_year, &QSpinBox::valueChanged, this, [this] {
        if (!m_settingYear)
            m_yearChosen = true;
    });

    auto* top = new QHBoxLayout;
    top->addWidget(open);
    top->addStretch(1);
    top->addWidget(new QLabel(tr("Year:"), this));
    top->addWidget(m_year);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("planText"));
    m_text->setPlaceholderText(tr("Paste the plan here"));

    m_preview = new QTreeWidget(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setColumnCount(3);
    m_preview->setHeaderLabels({tr("Recognised"), tr("Timing"), tr("Months")});
    m_preview->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_preview->header()->setStretchLastSection(false);
    m_preview->setUniformRowHeights(true);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_text);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);

    m_buttons = dialogButtons(this);
    okButton()->setText(tr("&Import"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &PlanImportDialog::updatePreview);
    connect(m_text, &QPlainTextEdit::textChanged, m_timer, qOverload<>(&QTimer::start));

    resize(1000, 640);
    updatePreview();
}

QPushButton* PlanImportDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void PlanImportDialog::setText(const QString& text)
{
    m_path.clear();
    m_text->setPlainText(text);
    updatePreview();
}

void PlanImportDialog::setYear(int year)
{
    m_year->setValue(year);
    m_yearChosen = true;
}

int PlanImportDialog::year() const
{
    return m_year->value();
}

bool PlanImportDialog::loadFile(const QString& path, std::optional<core::Csv::Encoding> encoding)
{
    try {
        BusyCursor busy;
        setText(core::PlanDocument::readText(path, encoding)); // as the command line reads it, by the suffix
        m_path = path;
    } catch (const core::Csv::EncodingError& e) {
        // The command line's --encoding: the user says what the file is in.
        QMessageBox box(QMessageBox::Warning, tr("Cannot read the file"), e.message(), QMessageBox::Cancel, this);
        box.setObjectName(QStringLiteral("encodingChoice"));
        QPushButton* utf8 = box.addButton(tr("Read as UTF-8"), QMessageBox::AcceptRole);
        QPushButton* gb18030 = box.addButton(tr("Read as GB18030 (GBK)"), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() == utf8 && encoding != core::Csv::Encoding::Utf8)
            return loadFile(path, core::Csv::Encoding::Utf8);
        if (box.clickedButton() == gb18030 && encoding != core::Csv::Encoding::Gb18030)
            return loadFile(path, core::Csv::Encoding::Gb18030);
        return false;
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Cannot read the file"), e.message());
        return false;
    }
    return true;
}

void PlanImportDialog::chooseFile()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Work Plan"), settings.value(kFolderKey, QDir::homePath()).toString(),
        tr("Word documents and text files (*.docx *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(kFolderKey, QFileInfo(path).absolutePath());
    loadFile(path);
}

void PlanImportDialog::updatePreview()
{
    m_timer->stop();
    m_parsed = core::PlanDocument::parseText(m_text->toPlainText());
    if (m_parsed.year > 0 && !m_yearChosen) {
        m_settingYear = true;
        m_year->setValue(m_parsed.year);
        m_settingYear = false;
    }

    m_preview->clear();
    QFont bold = m_preview->font();
    bold.setBold(true);
    if (!m_parsed.title.isEmpty() || !m_parsed.documentNumber.isEmpty()) {
        auto* doc = new QTreeWidgetItem(m_preview, {m_parsed.title});
        doc->setFont(0, bold);
        if (!m_parsed.documentNumber.isEmpty())
            new QTreeWidgetItem(doc, {tr("Document number: %1").arg(m_parsed.documentNumber)});
        if (m_parsed.issueDate.isValid())
            new QTreeWidgetItem(doc, {tr("Issued: %1").arg(m_parsed.issueDate.toString(Qt::ISODate))});
        if (!m_parsed.unionName.isEmpty())
            new QTreeWidgetItem(doc, {tr("Union: %1").arg(m_parsed.unionName)});
    }
    if (!m_parsed.keyPoints.isEmpty()) {
        auto* key =
            new QTreeWidgetItem(m_preview, {tr("Key points: %n section(s)", nullptr, int(m_parsed.keyPoints.size()))});
        key->setFont(0, bold);
        for (const auto& s : m_parsed.keyPoints) {
            auto* section = new QTreeWidgetItem(key, {core::KeyPointSection{0, s.number, s.title, {}}.heading()});
            for (const core::KeyPoint& p : s.points) {
                auto* point = new QTreeWidgetItem(section, {QStringLiteral("%1. %2").arg(p.number).arg(p.text)});
                point->setToolTip(0, p.text);
            }
        }
    }
    const QList<const core::ParsedPlan::Item*> flagged = m_parsed.flaggedItems();
    if (!m_parsed.schedule.isEmpty()) {
        auto* schedule =
            new QTreeWidgetItem(m_preview, {tr("Schedule: %n section(s)", nullptr, int(m_parsed.schedule.size()))});
        schedule->setFont(0, bold);
        for (const auto& s : m_parsed.schedule) {
            auto* section = new QTreeWidgetItem(schedule, {core::ScheduleSection{0, s.number, s.title, 0}.heading()});
            section->setExpanded(true);
            for (const auto& i : s.items) {
                QString months = monthsText(i.timing);
                if (i.timing.deadline)
                    months = tr("due %1").arg(months);
                auto* row = new QTreeWidgetItem(
                    section, {QStringLiteral("%1. %2").arg(i.number).arg(i.text), i.timing.written, months});
                row->setToolTip(0, i.text);
                if (!i.timing.recognised) {
                    for (int c = 0; c < 3; ++c)
                        row->setBackground(c, kFlagged);
                    row->setData(0, Qt::UserRole, true);
                    row->setToolTip(1, tr("Could not be read: set the months by hand after the import"));
                }
            }
        }
        schedule->setExpanded(true);
    }
    if (!m_parsed.unrecognisedLines.isEmpty()) {
        auto* lines = new QTreeWidgetItem(
            m_preview, {tr("Lines not recognised: %n", nullptr, int(m_parsed.unrecognisedLines.size()))});
        lines->setFont(0, bold);
        for (const QString& l : m_parsed.unrecognisedLines)
            new QTreeWidgetItem(lines, {l});
    }
    m_preview->resizeColumnToContents(1);
    m_preview->resizeColumnToContents(2);

    const QString problem = core::PlanDocument::structureProblem(m_parsed);
    if (m_text->toPlainText().trimmed().isEmpty()) {
        m_summary->setText(tr("Nothing to import yet."));
    } else if (!problem.isEmpty()) {
        m_summary->setText(problem); // what is recognised stays in the preview; the reason it is no plan goes here
    } else {
        // The punctuation between the counts is the translator's (Chinese: ，；。 and no space between sentences).
        QString text = tr("%1, %2; %3, %4.", "import summary: key-point sections, points; schedule sections, items")
                           .arg(tr("%n key-point section(s)", nullptr, int(m_parsed.keyPoints.size())),
                                tr("%n point(s)", nullptr, m_parsed.pointCount()),
                                tr("%n schedule section(s)", nullptr, int(m_parsed.schedule.size())),
                                tr("%n item(s)", nullptr, m_parsed.itemCount()));
        if (!flagged.isEmpty())
            text = tr("%1 %2", "import summary, then the sentence on unread timings")
                       .arg(text, tr("%n timing(s) could not be read (highlighted): set their months after the import.",
                                     nullptr, int(flagged.size())));
        m_summary->setText(text);
    }
    okButton()->setEnabled(problem.isEmpty());
}

void PlanImportDialog::accept()
{
    if (m_timer->isActive())
        updatePreview();
    if (!core::PlanDocument::structureProblem(m_parsed).isEmpty())
        return;
    const int y = year();
    try {
        core::ScheduleRepository repo(m_db);
        auto replace = core::ScheduleRepository::Replace::No;
        if (repo.plan(y)) {
            const auto answer = QMessageBox::question(
                this, tr("Replace the plan"),
                tr("There is already a work plan for %1. Replace it with this one?\n\nIts items, statuses, done "
                   "dates and notes are removed.")
                    .arg(y),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
            if (answer != QMessageBox::Yes)
                return;
            replace = core::ScheduleRepository::Replace::Yes;
        }
        BusyCursor busy;
        m_importedId = repo.importPlan(y, m_parsed, replace, m_path);
    } catch (const core::Error& e) {
        QMessageBox::warning(this, tr("Cannot import the plan"), e.message());
        return;
    }
    QDialog::accept();
}

} // namespace ud::ui

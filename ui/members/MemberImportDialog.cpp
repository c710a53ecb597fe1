#include "ui/members/MemberImportDialog.h"

#include "core/units/SubUnitRepository.h"

#include "core/db/Database.h"
#include "core/io/FailedRows.h"
#include "core/io/XlsxReader.h"
#include "core/members/IdNumber.h"
#include "core/members/MemberQuery.h"
#include "ui/widgets/FailedRowsFile.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ud::ui {

namespace {

constexpr int kPreviewRows = 50; // the first rows shown as stored; failing rows are always shown

const QColor kInvalidColor(255, 224, 224);
const QColor kDuplicateColor(255, 244, 204);

QString dateText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

MemberImportDialog::MemberImportDialog(core::Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setWindowTitle(tr("Import Members"));
    resize(1000, 680);

    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit;
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("An Excel workbook (.xlsx) or a CSV file with a header row"));
    auto* choose = new QPushButton(tr("&Choose File…"));
    connect(choose, &QPushButton::clicked, this, &MemberImportDialog::chooseFile);
    m_encoding = new QComboBox;
    m_encoding->addItem(tr("Detect automatically"));
    m_encoding->addItem(tr("UTF-8"), int(core::Csv::Encoding::Utf8));
    m_encoding->addItem(tr("GBK / GB18030 (Chinese Windows)"), int(core::Csv::Encoding::Gb18030));
    m_encoding->setToolTip(tr("The text encoding of a CSV file; change it when the preview shows garbled characters."));
    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling && m_loaded)
            loadTable();
    });
    fileRow->addWidget(new QLabel(tr("File:")));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    fileRow->addWidget(new QLabel(tr("Encoding:")));
    fileRow->addWidget(m_encoding);

    m_mapping = new QTableWidget(0, 3);
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Imported as")});
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_preview = new QTableWidget;
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setWordWrap(false);

    auto* tabs = new QTabWidget;
    tabs->addTab(m_preview, tr("Preview"));
    tabs->addTab(m_mapping, tr("Columns"));

    m_status = new QLabel;
    m_status->setWordWrap(true);

    auto* choices = new QGroupBox(tr("How to import"));
    auto* choicesLayout = new QFormLayout(choices);
    m_skipInvalid = new QCheckBox(tr("Import the valid rows and leave out the rows with errors"));
    connect(m_skipInvalid, &QCheckBox::toggled, this, &MemberImportDialog::updateState);
    auto* duplicates = new QHBoxLayout;
    m_skipDuplicates = new QRadioButton(tr("Keep the stored member (skip the row)"));
    m_updateDuplicates = new QRadioButton(tr("Update the stored member from the row"));
    m_skipDuplicates->setChecked(true);
    duplicates->addWidget(m_skipDuplicates);
    duplicates->addWidget(m_updateDuplicates);
    duplicates->addStretch();
    connect(m_updateDuplicates, &QRadioButton::toggled, this, &MemberImportDialog::updateState);
    m_saveFailed = new QPushButton(tr("&Save Rows with Errors…"));
    m_saveFailed->setToolTip(tr("Save the rows with errors, with their reasons, as a file to correct and import "
                                "again"));
    connect(m_saveFailed, &QPushButton::clicked, this, &MemberImportDialog::saveFailedRows);
    auto* invalidRow = new QHBoxLayout;
    invalidRow->addWidget(m_skipInvalid);
    invalidRow->addStretch();
    invalidRow->addWidget(m_saveFailed);

    // One row per sub-union the file names that is not stored, each with its choice; stored ones whose names
    // contain the file's name or are contained in it are proposed, and the clerk confirms.
    m_missingUnits = new QTableWidget(0, 3);
    m_missingUnits->setObjectName(QStringLiteral("missingUnits"));
    m_missingUnits->setHorizontalHeaderLabels({tr("Name in the file"), tr("Rows"), tr("Import as")});
    m_missingUnits->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_missingUnits->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_missingUnits->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_missingUnits->verticalHeader()->hide();
    m_missingUnits->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_missingUnits->setSelectionMode(QAbstractItemView::NoSelection);
    m_acceptProposals = new QPushButton(tr("Use the &Proposed Sub-unions"));
    m_acceptProposals->setToolTip(tr("For each name with exactly one proposal, import its rows into the proposed "
                                     "sub-union"));
    connect(m_acceptProposals, &QPushButton::clicked, this, [this] {
        decideUnits([](const core::MemberImport::MissingUnit& u) -> std::optional<qint64> {
            if (u.proposals.size() == 1)
                return u.proposals.first().id;
            return std::nullopt;
        });
    });
    m_createUnits = new QPushButton(tr("&Create Those Without a Proposal"));
    m_createUnits->setToolTip(tr("Create a new sub-union for each name that no stored sub-union resembles"));
    connect(m_createUnits, &QPushButton::clicked, this, [this] {
        decideUnits([](const core::MemberImport::MissingUnit& u) -> std::optional<qint64> {
            if (u.proposals.isEmpty())
                return 0;
            return std::nullopt;
        });
    });
    auto* unitButtons = new QHBoxLayout;
    unitButtons->addWidget(m_acceptProposals);
    unitButtons->addWidget(m_createUnits);
    unitButtons->addStretch();
    choicesLayout->addRow(tr("Rows with errors:"), invalidRow);
    choicesLayout->addRow(tr("Members already stored (same staff number or ID number):"), duplicates);
    choicesLayout->addRow(tr("Sub-unions not found:"), m_missingUnits);
    choicesLayout->addRow(QString(), unitButtons);

    m_blockers = new QLabel;
    m_blockers->setWordWrap(true);
    m_blockers->setStyleSheet(QStringLiteral("color: #a00000;"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, &MemberImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_status);
    layout->addWidget(choices);
    layout->addWidget(m_blockers);
    layout->addWidget(buttons);
    fillMissingUnits();
    updateState();
}

void MemberImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Members"), QFileInfo(m_path).absolutePath(),
        tr("Spreadsheets (*.xlsx *.csv *.xls *.et);;Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (!path.isEmpty())
        setFile(path);
}

bool MemberImportDialog::setFile(const QString& path)
{
    m_path = path;
    m_unitChoices.clear();
    m_file->setText(QDir::toNativeSeparators(path));
    m_filling = true;
    m_encoding->setCurrentIndex(0);
    m_filling = false;
    loadTable();
    return m_loaded;
}

void MemberImportDialog::loadTable()
{
    m_loaded = false;
    m_rows = {};
    const bool csv = !QFileInfo(m_path).suffix().startsWith(QLatin1String("xls"), Qt::CaseInsensitive);
    m_encoding->setEnabled(csv);
    std::optional<core::Csv::Encoding> encoding;
    if (m_encoding->currentData().isValid())
        encoding = core::Csv::Encoding(m_encoding->currentData().toInt());
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_table = core::MemberImport::load(m_path, encoding);
        QApplication::restoreOverrideCursor();
    } catch (const core::Error& e) {
        QApplication::restoreOverrideCursor();
        m_table = {};
        m_mapping->setRowCount(0);
        m_preview->clear();
        m_preview->setRowCount(0);
        m_status->setText(e.message());
        updateState();
        return;
    }
    m_loaded = true;
    if (csv && !encoding) {
        m_filling = true;
        m_encoding->setItemText(
            0, tr("Detect automatically (%1)")
                   .arg(m_table.encoding == core::Csv::Encoding::Utf8 ? tr("UTF-8") : tr("GBK / GB18030")));
        m_filling = false;
    }
    fillMapping();
    rebuildRows();
}

void MemberImportDialog::fillMapping()
{
    m_filling = true;
    const core::MemberImport::Mapping mapping = core::MemberImport::autoMapping(m_table.header);
    m_mapping->setRowCount(int(m_table.header.size()));
    for (int i = 0; i < m_table.header.size(); ++i) {
        m_mapping->setItem(i, 0, new QTableWidgetItem(m_table.header.at(i)));
        const QString sample = m_table.rows.isEmpty() || i >= m_table.rows.first().size()
                                   ? QString()
                                   : core::XlsxReader::text(m_table.rows.first().at(i));
        m_mapping->setItem(i, 1, new QTableWidgetItem(sample));
        auto* combo = new QComboBox;
        combo->addItem(tr("(not imported)"));
        for (core::MemberColumn c : core::MemberImport::targetColumns())
            combo->addItem(core::MemberColumns::title(c), int(c));
        if (mapping.at(i))
            combo->setCurrentIndex(combo->findData(int(*mapping.at(i))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                rebuildRows();
        });
        m_mapping->setCellWidget(i, 2, combo);
    }
    m_filling = false;
}

core::MemberImport::Mapping MemberImportDialog::currentMapping() const
{
    core::MemberImport::Mapping mapping;
    for (int i = 0; i < m_mapping->rowCount(); ++i) {
        const auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(i, 2));
        if (combo && combo->currentData().isValid())
            mapping << core::MemberColumn(combo->currentData().toInt());
        else
            mapping << std::nullopt;
    }
    return mapping;
}

void MemberImportDialog::rebuildRows()
{
    const core::MemberImport::Mapping mapping = currentMapping();
    if (!mapping.contains(core::MemberColumn::StaffNo) || !mapping.contains(core::MemberColumn::Name)) {
        m_rows = {};
        m_loaded = false;
        m_preview->setRowCount(0);
        m_status->setText(tr("Choose which columns hold the staff number and the name (tab \"Columns\")."));
        updateState();
        m_loaded = true;
        return;
    }
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        m_rows = core::MemberImport(m_db).preview(m_table, mapping);
        QApplication::restoreOverrideCursor();
    } catch (const core::Error& e) {
        QApplication::restoreOverrideCursor();
        m_rows = {};
        m_status->setText(e.message());
    }
    fillPreview();
    updateState();
}

void MemberImportDialog::fillPreview()
{
    m_unitNames.clear();
    for (const core::SubUnit& u : core::SubUnitRepository(m_db).all())
        m_unitNames.insert(u.id, u.name);

    // The problem comes right after the check, where it is seen without scrolling sideways.
    const QStringList headers{tr("Row"),
                              tr("Check"),
                              tr("Problems"),
                              core::MemberColumns::title(core::MemberColumn::StaffNo),
                              core::MemberColumns::title(core::MemberColumn::Name),
                              core::MemberColumns::title(core::MemberColumn::Gender),
                              core::MemberColumns::title(core::MemberColumn::BirthDate),
                              core::MemberColumns::title(core::MemberColumn::IdNumber),
                              core::MemberColumns::title(core::MemberColumn::UnitName),
                              core::MemberColumns::title(core::MemberColumn::Phone),
                              core::MemberColumns::title(core::MemberColumn::JoinDate),
                              core::MemberColumns::title(core::MemberColumn::Status)};
    m_preview->clear();
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    m_shownRows.clear();
    for (int i = 0; i < m_rows.rows.size(); ++i)
        if (i < kPreviewRows || !m_rows.rows.at(i).isValid())
            m_shownRows << i;
    m_preview->setRowCount(int(m_shownRows.size()));
    int line = 0;
    for (int i : m_shownRows) {
        const core::MemberImport::PreviewRow& row = m_rows.rows.at(i);
        const core::Member& m = row.member;
        QString check = tr("OK");
        QString problems;
        QColor color;
        if (!row.isValid()) {
            check = tr("Error");
            problems = row.problems.join(QLatin1Char(' '));
            color = kInvalidColor;
        } else if (row.isDuplicate()) {
            check = tr("Already stored");
            problems = row.duplicateReason;
            color = kDuplicateColor;
        }
        const QStringList cells{QString::number(row.row),
                                check,
                                problems,
                                m.staffNo,
                                m.name,
                                core::MemberQuery::displayText(core::MemberColumn::Gender, m.gender),
                                dateText(m.birthDate),
                                core::maskIdNumber(m.idNumber), // the file is at hand; the screen shows masks
                                unitText(row),
                                core::maskPhone(m.phone),
                                dateText(m.joinDate),
                                core::Member::statusLabel(m.status)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (color.isValid())
                item->setBackground(color);
            if (!problems.isEmpty())
                item->setToolTip(row.isValid() ? row.duplicateReason : row.problems.join(QLatin1Char('\n')));
            m_preview->setItem(line, c, item);
        }
        ++line;
    }
    m_preview->resizeColumnsToContents();
    // A long reason is read in full from the tooltip; the rest of the row stays in view.
    m_preview->setColumnWidth(2, qMin(m_preview->columnWidth(2), 320));

    fillMissingUnits();

    const int total = int(m_rows.rows.size());
    const int invalid = m_rows.invalidCount();
    const int duplicates = m_rows.duplicateCount();
    QString status = tr("%n row(s) read", nullptr, total);
    status += tr("; %n with errors", nullptr, invalid);
    status += tr("; %n already stored", nullptr, duplicates);
    status += tr("; %n sub-union(s) not found", nullptr, int(m_rows.missingUnits.size()));
    if (total > kPreviewRows)
        status +=
            QLatin1Char('\n') + tr("The preview shows the first %1 rows as they will be stored and every row with "
                                   "an error.")
                                    .arg(kPreviewRows);
    m_status->setText(status);
}

void MemberImportDialog::fillMissingUnits()
{
    const QList<core::SubUnit> stored = core::SubUnitRepository(m_db).all();
    m_missingUnits->setRowCount(int(m_rows.missingUnits.size()));
    for (int i = 0; i < m_rows.missingUnits.size(); ++i) {
        const core::MemberImport::MissingUnit& u = m_rows.missingUnits.at(i);
        m_missingUnits->setItem(i, 0, new QTableWidgetItem(u.name));
        QStringList numbers;
        for (int n : u.rows)
            numbers << QString::number(n);
        auto* rows = new QTableWidgetItem(tr("%n row(s)", nullptr, int(u.rows.size())));
        rows->setToolTip(numbers.mid(0, 50).join(QLatin1String(", ")) +
                         (numbers.size() > 50 ? QStringLiteral(" …") : QString()));
        m_missingUnits->setItem(i, 1, rows);

        auto* combo = new QComboBox;
        combo->addItem(tr("Choose…"));
        QSet<qint64> proposed;
        for (const core::SubUnit& p : u.proposals) {
            combo->addItem(tr("%1 · %2 (proposed)").arg(p.code, p.name), p.id);
            proposed.insert(p.id);
        }
        combo->addItem(tr("A new sub-union %1 (code %2)").arg(u.name, u.code), qint64(0));
        combo->insertSeparator(combo->count());
        for (const core::SubUnit& s : stored)
            if (!proposed.contains(s.id))
                combo->addItem(QStringLiteral("%1 · %2").arg(s.code, s.name), s.id);
        const auto chosen = m_unitChoices.constFind(u.name);
        if (chosen != m_unitChoices.constEnd())
            combo->setCurrentIndex(qMax(0, combo->findData(*chosen)));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, name = u.name] {
            if (combo->currentData().isValid())
                m_unitChoices.insert(name, combo->currentData().toLongLong());
            else
                m_unitChoices.remove(name);
            updateUnitCells();
            updateState();
        });
        m_missingUnits->setCellWidget(i, 2, combo);
    }
    // As tall as its rows, up to five; the preview above takes the rest of the height.
    m_missingUnits->resizeRowsToContents();
    int height = 2 * m_missingUnits->frameWidth() + m_missingUnits->horizontalHeader()->sizeHint().height();
    for (int i = 0; i < qMin(m_missingUnits->rowCount(), 5); ++i)
        height += m_missingUnits->rowHeight(i);
    m_missingUnits->setFixedHeight(height + (m_missingUnits->rowCount() > 5 ? 0 : 2));
}

QComboBox* MemberImportDialog::unitChoiceCombo(int index) const
{
    return qobject_cast<QComboBox*>(m_missingUnits->cellWidget(index, 2));
}

void MemberImportDialog::decideUnits(
    const std::function<std::optional<qint64>(const core::MemberImport::MissingUnit&)>& choice)
{
    for (int i = 0; i < m_rows.missingUnits.size(); ++i) {
        QComboBox* combo = unitChoiceCombo(i);
        if (!combo || combo->currentData().isValid())
            continue;
        if (const std::optional<qint64> id = choice(m_rows.missingUnits.at(i)))
            combo->setCurrentIndex(combo->findData(*id));
    }
}

QString MemberImportDialog::unitText(const core::MemberImport::PreviewRow& row) const
{
    if (row.missingUnit < 0)
        return row.member.unitId ? m_unitNames.value(*row.member.unitId) : QString();
    const QString name = m_rows.missingUnits.at(row.missingUnit).name;
    const std::optional<qint64> choice = m_rows.unitChoice(row.missingUnit, options());
    if (!choice)
        return tr("%1 (not found)").arg(name);
    if (*choice == 0)
        return tr("%1 (new)").arg(name);
    return m_unitNames.value(*choice);
}

void MemberImportDialog::updateUnitCells()
{
    const int column = 8; // the sub-union, in fillPreview()'s headers
    for (int line = 0; line < m_shownRows.size(); ++line)
        if (QTableWidgetItem* item = m_preview->item(line, column))
            item->setText(unitText(m_rows.rows.at(m_shownRows.at(line))));
}

void MemberImportDialog::saveFailedRows()
{
    const core::FailedRows rows(m_table, m_rows.invalidLines());
    const QString path = ui::saveFailedRows(this, m_path, rows);
    if (!path.isEmpty())
        m_status->setText(tr("Saved %n row(s) to correct in %1.", nullptr, int(rows.rows().size()))
                              .arg(QDir::toNativeSeparators(path)));
}

core::MemberImport::Options MemberImportDialog::options() const
{
    core::MemberImport::Options o;
    o.skipInvalid = m_skipInvalid->isChecked();
    for (int i = 0; i < m_rows.missingUnits.size(); ++i) {
        const auto chosen = m_unitChoices.constFind(m_rows.missingUnits.at(i).name);
        if (chosen != m_unitChoices.constEnd())
            o.unitChoices.insert(i, *chosen);
    }
    o.onDuplicate = m_updateDuplicates->isChecked() ? core::MemberImport::OnDuplicate::Update
                                                    : core::MemberImport::OnDuplicate::Skip;
    return o;
}

void MemberImportDialog::updateState()
{
    const bool hasRows = m_loaded && !m_rows.rows.isEmpty();
    m_skipInvalid->setEnabled(hasRows && m_rows.invalidCount() > 0);
    m_skipDuplicates->setEnabled(hasRows && m_rows.duplicateCount() > 0);
    m_updateDuplicates->setEnabled(hasRows && m_rows.duplicateCount() > 0);
    m_saveFailed->setEnabled(hasRows && m_rows.invalidCount() > 0);
    m_missingUnits->setEnabled(!m_rows.missingUnits.isEmpty());
    const core::MemberImport::Options chosen = options();
    int undecided = 0, oneProposal = 0, noProposal = 0;
    for (int i = 0; i < m_rows.missingUnits.size(); ++i) {
        if (m_rows.unitChoice(i, chosen))
            continue;
        ++undecided;
        const auto proposals = m_rows.missingUnits.at(i).proposals.size();
        oneProposal += proposals == 1 ? 1 : 0;
        noProposal += proposals == 0 ? 1 : 0;
    }
    m_acceptProposals->setEnabled(hasRows && oneProposal > 0);
    m_createUnits->setEnabled(hasRows && noProposal > 0);

    QString why;
    if (hasRows) {
        const core::MemberImport::Options o = options();
        const int invalid = m_rows.invalidCount();
        int storable = 0;
        for (const auto& r : m_rows.rows)
            if (r.isValid() && (!r.isDuplicate() || o.onDuplicate == core::MemberImport::OnDuplicate::Update))
                ++storable;
        if (invalid > 0 && !o.skipInvalid)
            why = tr("%n row(s) have errors (marked red in the preview). Correct the file, or import only the valid "
                     "rows.",
                     nullptr, invalid);
        else if (undecided > 0)
            why = tr("The file names %n sub-union(s) that are not stored. Choose for each what its rows are imported "
                     "as: a proposed sub-union, another stored one, or a new one.",
                     nullptr, undecided);
        else if (storable == 0)
            why = tr("There is nothing to import.");
    }
    m_blockers->setText(why);
    m_blockers->setVisible(!why.isEmpty());
    m_import->setEnabled(hasRows && why.isEmpty());
}

void MemberImportDialog::runImport()
{
    if (!m_import->isEnabled())
        return;
    const int total = int(m_rows.rows.size());
    QProgressDialog progress(tr("Importing members…"), tr("Cancel"), 0, total, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    try {
        m_summary = core::MemberImport(m_db).execute(m_rows, options(), [&progress](int done, int) {
            progress.setValue(done);
            QCoreApplication::processEvents();
            return !progress.wasCanceled();
        });
    } catch (const core::Error& e) {
        progress.close();
        QMessageBox::warning(this, tr("Import Members"),
                             tr("Nothing was imported.") + QStringLiteral("\n\n") + e.message());
        return;
    }
    progress.close();
    if (m_summary.cancelled) {
        QMessageBox::information(this, tr("Import Members"), tr("The import was cancelled; nothing was stored."));
        return;
    }
    QString text = tr("Imported %n member(s).", nullptr, m_summary.imported);
    if (m_summary.updated > 0)
        text += QLatin1Char('\n') + tr("Updated %n stored member(s).", nullptr, m_summary.updated);
    if (m_summary.skipped > 0)
        text += QLatin1Char('\n') + tr("Left %n stored member(s) unchanged.", nullptr, m_summary.skipped);
    if (m_summary.invalid > 0)
        text += QLatin1Char('\n') + tr("Left out %n row(s) with errors.", nullptr, m_summary.invalid);
    if (m_summary.unitsCreated > 0)
        text += QLatin1Char('\n') + tr("Created %n sub-union(s).", nullptr, m_summary.unitsCreated);
    if (m_summary.unitsMatched > 0)
        text += QLatin1Char('\n') + tr("Imported the rows of %n sub-union name(s) into stored sub-unions.", nullptr,
                                       m_summary.unitsMatched);
    QMessageBox::information(this, tr("Import Members"), text);
    accept();
}

} // namespace ud::ui

#pragma once

#include "ui/shell/ImportPreviewDialog.h"
#include "ui/shell/RecordFlow.h"
#include "ui/shell/RecordListPage.h"
#include "ui/widgets/BusyCursor.h"

#include <QDialog>
#include <QPointer>

namespace ud::ui {

/// A RecordListPage of one repository's records: the table shows `Model` (a core::RecordListModel with
/// setDatabase() and reload()), add and edit open `Dialog` (a RecordDialog<Repo>), every change goes through a
/// RecordFlow (undoable), and import (previewed in an ImportPreviewDialog), CSV and the printed list come from the
/// repository (preview(), apply(), csvHeader(), csvRows(), listReport()). A feature's page derives from it with its
/// texts.
template <class Repo, class Model, class Dialog> class RecordPage : public RecordListPage {
public:
    using Record = typename Repo::Record;
    using FlowTexts = typename RecordFlow<Repo>::Texts;

    Model* model() const { return m_model; }

    /// Stores a new record and puts the change on the undo stack; its id, or 0 when refused (the reason is shown).
    qint64 addRecord(const Record& record) { return m_flow.add(record); }
    /// Stores the changed fields of a record (undoable); false when refused.
    bool editRecord(const Record& record) { return m_flow.edit(record); }
    /// Deletes a record (undoable), after asking when `confirm`; false when refused or cancelled.
    bool deleteRecord(qint64 id, bool confirm = false) { return m_flow.remove(id, confirm); }

protected:
    RecordPage(ShellContext& shell, const QString& title, const QIcon& icon, Texts texts, FlowTexts flowTexts,
               QWidget* parent)
        : RecordListPage(shell, title, icon, Record::type().table(), withAdd(std::move(texts), flowTexts), new Model,
                         parent),
          m_flow(shell, std::move(flowTexts),
                 [self = QPointer<RecordListPage>(this)](qint64 id) {
                     if (self)
                         static_cast<RecordPage*>(self.data())->recordChanged(id);
                 }),
          m_model(static_cast<Model*>(m_source))
    {
    }

    /// What the add dialog starts from.
    virtual Record newRecord() const { return {}; }

    void loadRecords(core::Database* db) override { m_model->setDatabase(db); }
    int rowOf(qint64 id) const override { return m_model->rowOf(id); }
    void runAddDialog() override
    {
        Dialog dialog(*m_db, newRecord(), this);
        if (dialog.exec() == QDialog::Accepted)
            addRecord(dialog.record());
    }
    bool runEditDialog(qint64 id) override
    {
        const auto record = Repo(*m_db).byId(id);
        if (!record)
            return false;
        Dialog dialog(*m_db, *record, this);
        if (dialog.exec() == QDialog::Accepted)
            editRecord(dialog.record());
        return true;
    }
    bool removeRecord(qint64 id, bool confirm) override { return deleteRecord(id, confirm); }
    core::ImportSummary importRecords(const QString& path, const core::ImportOptions& options) override
    {
        Repo repo(*m_db);
        return repo.apply(repo.preview(path), options);
    }
    std::optional<core::ImportSummary> previewAndImport(const QString& path) override
    {
        Repo repo(*m_db);
        typename Repo::Preview preview;
        {
            BusyCursor busy;
            preview = repo.preview(path);
        }
        // Read again when the user names the encoding of a CSV file; the last preview read is what is applied.
        ImportPreviewDialog dialog(preview, m_texts.importTitle, this,
                                   [&repo, &preview, path](std::optional<core::Csv::Encoding> encoding) {
                                       preview = repo.preview(path, encoding);
                                       return static_cast<const core::ImportPreview&>(preview);
                                   });
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        BusyCursor busy;
        return repo.apply(preview, dialog.options());
    }
    QStringList csvHeader() const override { return Repo::csvHeader(); }
    QList<QStringList> csvRows() const override { return Repo(*m_db).csvRows(); }
    core::Report listReport() const override { return Repo(*m_db).listReport(); }

private:
    static Texts withAdd(Texts texts, const FlowTexts& flow)
    {
        texts.cannotAdd = flow.cannotAdd;
        return texts;
    }

    RecordFlow<Repo> m_flow;
    Model* m_model;
};

} // namespace ud::ui

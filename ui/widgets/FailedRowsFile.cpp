#include "ui/widgets/FailedRowsFile.h"

#include "core/db/Error.h"
#include "core/io/FailedRows.h"
#include "ui/widgets/BusyCursor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

namespace ud::ui {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::ui::FailedRowsFile)
};

} // namespace

QString saveFailedRows(QWidget* parent, const QString& source, const core::FailedRows& rows)
{
    const QFileInfo info(source);
    const QString xlsxFilter = Tr::tr("Excel workbooks (*.xlsx)");
    const QString csvFilter = Tr::tr("CSV files (*.csv)");
    QString filter = xlsxFilter;
    QString path = QFileDialog::getSaveFileName(
        parent, Tr::tr("Save the Rows to Correct"),
        info.dir().filePath(Tr::tr("%1 (rows to correct)").arg(info.completeBaseName()) + QStringLiteral(".xlsx")),
        xlsxFilter + QStringLiteral(";;") + csvFilter, &filter);
    if (path.isEmpty())
        return {};
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        path += filter == csvFilter ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    try {
        BusyCursor busy;
        rows.write(path);
    } catch (const core::Error& e) {
        QMessageBox::warning(parent, Tr::tr("Cannot save the rows"), e.message());
        return {};
    }
    return path;
}

} // namespace ud::ui

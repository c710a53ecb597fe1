#pragma once

#include "core/io/XlsxWriter.h"

#include <QList>
#include <QString>

namespace ud::core {

/// The workbook a roster is typed or pasted into for the member import: a header row in the words the import
/// recognises (工号, 姓名, 身份证号码, 所在单位 …) and one example row.
namespace MemberImportTemplate {

/// The template's columns. The headers are the Chinese ones HR rosters use, which the import reads in any language.
QList<XlsxColumn> columns();
/// The example row, one value per column.
QVariantList exampleRow();
/// Writes the template to `path` (.xlsx); throws Error when it cannot, leaving `path` as it was.
void write(const QString& path);

} // namespace MemberImportTemplate

} // namespace ud::core

#include "core/report/Report.h"

namespace ud::core {

int Report::dataRowCount() const
{
    int n = 0;
    for (const Row& r : rows)
        if (r.heading.isEmpty())
            ++n;
    return n;
}

bool Report::hasHeadings() const
{
    return dataRowCount() < rows.size();
}

QList<int> Report::printedColumns() const
{
    const bool grouped = hasHeadings();
    QList<int> shown;
    for (int c = 0; c < columns.size(); ++c)
        if (!(grouped && columns.at(c).flags.testFlag(GroupKey)))
            shown << c;
    return shown;
}

} // namespace ud::core

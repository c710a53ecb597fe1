#include "core/io/XmlParser.h"

#include <QCoreApplication>

namespace ud::core {

namespace {

// The parser reads the parts of .xlsx workbooks: its messages are translated with XlsxReader's.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::XlsxReader)
};

} // namespace

QString XmlParser::error() const
{
    return Tr::tr("%1 at line %2, column %3")
        .arg(QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(m_parser))))
        .arg(XML_GetCurrentLineNumber(m_parser))
        .arg(XML_GetCurrentColumnNumber(m_parser) + 1);
}

} // namespace ud::core

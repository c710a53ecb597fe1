#include "core/units/SubUnit.h"

namespace ud::core {

const RecordType<SubUnit>& SubUnit::type()
{
    static const RecordType<SubUnit> type(
        tables::Units, "ud::core::SubUnit",
        {
            field("code", &SubUnit::code, QT_TRANSLATE_NOOP("ud::core::SubUnit", "Code"), Required | Unique, 32,
                  {QStringLiteral("代码"), QStringLiteral("编码"), QStringLiteral("单位代码")})
                .form(QT_TRANSLATE_NOOP("ud::core::SubUnit", "&Code:"),
                      QT_TRANSLATE_NOOP("ud::core::SubUnit", "e.g. 0105")),
            field("name", &SubUnit::name, QT_TRANSLATE_NOOP("ud::core::SubUnit", "Name"), Required | Unique, 100,
                  {QStringLiteral("名称"), QStringLiteral("单位名称"), QStringLiteral("二级工会")})
                .form(QT_TRANSLATE_NOOP("ud::core::SubUnit", "&Name:"),
                      QT_TRANSLATE_NOOP("ud::core::SubUnit", "Full name of the sub-union")),
            field("short_name", &SubUnit::shortName, QT_TRANSLATE_NOOP("ud::core::SubUnit", "Short name"), 0, 32,
                  {QStringLiteral("简称")})
                .form(QT_TRANSLATE_NOOP("ud::core::SubUnit", "&Short name:"),
                      QT_TRANSLATE_NOOP("ud::core::SubUnit", "Optional, for lists and printouts")),
            field("parent_id", &SubUnit::parentId, QT_TRANSLATE_NOOP("ud::core::SubUnit", "Parent unit"), 0, 0,
                  {QStringLiteral("上级代码"), QStringLiteral("上级单位代码")})
                .exportedAs("parent_code")
                .refersTo(tables::Units, "code", "name")
                .form(QT_TRANSLATE_NOOP("ud::core::SubUnit", "&Parent unit:")),
            field("sort_order", &SubUnit::sortOrder, QT_TRANSLATE_NOOP("ud::core::SubUnit", "Order"), 0, 0,
                  {QStringLiteral("排序")})
                .form(QT_TRANSLATE_NOOP("ud::core::SubUnit", "&Order:"), nullptr,
                      QT_TRANSLATE_NOOP("ud::core::SubUnit", "Lists show sub-unions by this number, then by code."))
                .range(-9999, 99999),
            field("active", &SubUnit::active, QT_TRANSLATE_NOOP("ud::core::SubUnit", "Status"), 0, 0,
                  {QStringLiteral("启用")})
                .form(QT_TRANSLATE_NOOP("ud::core::SubUnit", "This sub-union is active"))
                .shownAs(QT_TRANSLATE_NOOP("ud::core::SubUnit", "Active"),
                         QT_TRANSLATE_NOOP("ud::core::SubUnit", "Inactive")),
        },
        {QStringLiteral("name")});
    return type;
}

QList<Table> unitTables()
{
    return {tables::Units};
}

} // namespace ud::core

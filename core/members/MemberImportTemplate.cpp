#include "core/members/MemberImportTemplate.h"

#include "core/members/IdNumber.h"

#include <QCoreApplication>
#include <QDate>

namespace ud::core::MemberImportTemplate {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::MemberImportTemplate)
};

} // namespace

QList<XlsxColumn> columns()
{
    using K = XlsxColumn::Kind;
    // Each header is one the member import matches (MemberImport::autoMapping): the test of this file reads the
    // template back through it.
    return {{QStringLiteral("工号"), K::Text, 12},      {QStringLiteral("姓名"), K::Text, 10},
            {QStringLiteral("性别"), K::Text, 6},       {QStringLiteral("民族"), K::Text, 8},
            {QStringLiteral("出生日期"), K::Date, 12},  {QStringLiteral("身份证号码"), K::Text, 21},
            {QStringLiteral("所在单位"), K::Text, 26},  {QStringLiteral("部门"), K::Text, 14},
            {QStringLiteral("职务/职称"), K::Text, 12}, {QStringLiteral("学历"), K::Text, 12},
            {QStringLiteral("政治面貌"), K::Text, 10},  {QStringLiteral("用工性质"), K::Text, 10},
            {QStringLiteral("手机号码"), K::Text, 14},  {QStringLiteral("入会时间"), K::Date, 12},
            {QStringLiteral("状态"), K::Text, 8},       {QStringLiteral("原法定退休年龄"), K::Integer, 14},
            {QStringLiteral("备注"), K::Text, 36}};
}

QVariantList exampleRow()
{
    // A made-up member whose row passes the import's checks: the ID number fits the birth date and a man (odd 17th
    // digit) and has its check character.
    const QString first17 = QStringLiteral("33010619850302001");
    return {QStringLiteral("20150032"),
            QStringLiteral("张伟"),
            QStringLiteral("男"),
            QStringLiteral("汉族"),
            QDate(1985, 3, 2),
            first17 + checkCharacter(first17),
            QStringLiteral("信息与电子工程学院分工会"),
            QStringLiteral("计算机系"),
            QStringLiteral("副教授"),
            QStringLiteral("博士研究生"),
            QStringLiteral("中共党员"),
            QStringLiteral("事业编制"),
            QStringLiteral("13900000000"),
            QDate(2015, 7, 1),
            QStringLiteral("在职"),
            QVariant(),
            Tr::tr("Example: replace this row with your members")};
}

void write(const QString& path)
{
    XlsxWriter writer(path);
    writer.addSheet(Tr::tr("Members"), columns());
    writer.addRow(exampleRow());
    writer.finish();
}

} // namespace ud::core::MemberImportTemplate

#include "core/members/MemberImport.h"

#include "core/members/MemberImportWriter.h"

#include "core/io/Cores.h"
#include "core/io/DateText.h"
#include "core/io/TableFile.h"
#include "core/io/Text.h"
#include "core/io/XlsxReader.h"
#include "core/members/IdNumber.h"
#include "core/members/MemberRepository.h"
#include "core/members/Pinyin.h"
#include "core/members/RetirementAge.h"
#include "core/units/SubUnitMatcher.h"
#include "core/units/SubUnitRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <future>
#include <memory>
#include <vector>

namespace ud::core {

namespace {

// The context the messages of this file are translated under; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::MemberImport)
};

// The messages validate() gives for the same situation, so that the import says it the same way.
struct RepositoryTr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::MemberRepository)
};

// Rows below which a preview is read on one thread.
constexpr qsizetype kRowsPerThread = 2000;

const QHash<QString, MemberColumn>& headerAliases()
{
    static const QHash<QString, MemberColumn> aliases = [] {
        QHash<QString, MemberColumn> map;
        const auto add = [&map](MemberColumn column, std::initializer_list<const char16_t*> words) {
            for (const char16_t* w : words)
                map.insert(TableFile::headerKey(QString::fromUtf16(w)), column);
        };
        add(MemberColumn::StaffNo, {u"工号", u"职工号", u"教工号", u"人员编号", u"职工编号", u"员工编号", u"人事编号",
                                    u"编号", u"员工号", u"staff no.", u"staff number"});
        add(MemberColumn::Name, {u"姓名", u"名字", u"会员姓名", u"职工姓名"});
        add(MemberColumn::Gender, {u"性别", u"sex"});
        add(MemberColumn::Ethnicity, {u"民族"});
        add(MemberColumn::BirthDate, {u"出生日期", u"出生年月", u"出生年月日", u"生日", u"出生时间", u"birthday"});
        add(MemberColumn::IdNumber, {u"身份证号", u"身份证号码", u"身份证", u"证件号码", u"证件号", u"公民身份号码",
                                     u"身份证件号码", u"id no.", u"id"});
        add(MemberColumn::UnitCode,
            {u"单位代码", u"单位编码", u"单位编号", u"工会代码", u"二级工会代码", u"分工会代码", u"sub-union code"});
        add(MemberColumn::UnitName,
            {u"所在单位", u"二级工会", u"分工会", u"所在二级工会", u"所在分工会", u"所属二级工会", u"所属分工会",
             u"二级单位", u"单位", u"单位名称", u"工作单位", u"所属单位", u"所属工会", u"工会", u"sub-union", u"unit"});
        add(MemberColumn::Department, {u"部门", u"所在部门", u"科室", u"系", u"系别", u"教研室", u"处室"});
        add(MemberColumn::Title, {u"职务", u"职称", u"职务/职称", u"职务职称", u"岗位", u"职务(职称)"});
        add(MemberColumn::Education, {u"学历", u"最高学历", u"文化程度"});
        add(MemberColumn::PoliticalStatus, {u"政治面貌"});
        add(MemberColumn::EmploymentType,
            {u"用工性质", u"编制", u"用工形式", u"编制类别", u"人员类别", u"人员性质", u"编制情况"});
        add(MemberColumn::Phone,
            {u"手机", u"手机号", u"手机号码", u"联系电话", u"电话", u"移动电话", u"联系方式", u"电话号码", u"mobile"});
        add(MemberColumn::JoinDate, {u"入会时间", u"入会日期", u"入会年月", u"入会年份", u"joined union"});
        add(MemberColumn::Status, {u"状态", u"会员状态", u"人员状态", u"在职状态"});
        add(MemberColumn::Note, {u"备注", u"说明"});
        add(MemberColumn::OriginalRetirementAge,
            {u"原法定退休年龄", u"原退休年龄", u"原法定退休年龄（女）", u"女职工原法定退休年龄"});
        // The keys `members export` and `members list` write.
        for (const MemberColumnInfo& info : MemberColumns::all())
            if (info.column != MemberColumn::Age)
                map.insert(info.key, info.column);
        return map;
    }();
    return aliases;
}

enum class DateResult { Empty, Day, Month, Bad };

// A date cell: a date from .xlsx, an Excel serial number, or text in any of the usual forms. A year and
// month alone (1985-03, 1985年3月) gives the first of the month and Month.
DateResult readDate(const QVariant& cell, QDate* date)
{
    if (cell.isNull())
        return DateResult::Empty;
    if (cell.typeId() == QMetaType::QDate) {
        *date = cell.toDate();
        return date->isValid() ? DateResult::Day : DateResult::Bad;
    }
    if (cell.typeId() == QMetaType::Double) {
        const double v = cell.toDouble();
        // 19850302 typed into a number cell, else an Excel serial.
        if (v >= 19000101 && v <= 99991231 && v == std::floor(v)) {
            const auto d = parseDateText(XlsxReader::text(cell));
            if (d) {
                *date = *d;
                return DateResult::Day;
            }
            return DateResult::Bad;
        }
        *date = fromExcelSerial(v);
        return date->isValid() ? DateResult::Day : DateResult::Bad;
    }
    const QString text = Text::halfWidthTrimmed(cell.toString());
    if (text.isEmpty())
        return DateResult::Empty;
    if (const auto d = parseDateText(text)) {
        *date = *d;
        return DateResult::Day;
    }
    if (const auto m = parseYearMonth(text)) {
        *date = *m;
        return DateResult::Month;
    }
    return DateResult::Bad;
}

void assignField(Member& target, const Member& source, MemberColumn column)
{
    switch (column) {
    case MemberColumn::StaffNo:
        target.staffNo = source.staffNo;
        break;
    case MemberColumn::Name:
        target.name = source.name;
        break;
    case MemberColumn::Gender:
        target.gender = source.gender;
        break;
    case MemberColumn::BirthDate:
        target.birthDate = source.birthDate;
        break;
    case MemberColumn::IdNumber:
        target.idNumber = source.idNumber;
        break;
    case MemberColumn::Ethnicity:
        target.ethnicity = source.ethnicity;
        break;
    case MemberColumn::Department:
        target.department = source.department;
        break;
    case MemberColumn::Title:
        target.title = source.title;
        break;
    case MemberColumn::Education:
        target.education = source.education;
        break;
    case MemberColumn::PoliticalStatus:
        target.politicalStatus = source.politicalStatus;
        break;
    case MemberColumn::EmploymentType:
        target.employmentType = source.employmentType;
        break;
    case MemberColumn::Phone:
        target.phone = source.phone;
        break;
    case MemberColumn::JoinDate:
        target.joinDate = source.joinDate;
        break;
    case MemberColumn::Status:
        target.status = source.status;
        break;
    case MemberColumn::Note:
        target.note = source.note;
        break;
    case MemberColumn::OriginalRetirementAge:
        target.originalRetirementAge = source.originalRetirementAge;
        break;
    case MemberColumn::UnitCode:
    case MemberColumn::UnitName:
        target.unitId = source.unitId;
        break;
    case MemberColumn::Age:
        break;
    }
}

} // namespace

QString MemberImport::rowMessage(int row, const QString& reason)
{
    return TableFile::rowMessage(row, reason);
}

QString MemberImport::summaryText(const Summary& s)
{
    return Tr::tr("imported %1, updated %2, skipped %3, invalid %4")
        .arg(s.imported)
        .arg(s.updated)
        .arg(s.skipped)
        .arg(s.invalid);
}

MemberImport::Table MemberImport::load(const QString& path, std::optional<Csv::Encoding> encoding)
{
    // The pinyin of the names is written when the preview is stored; ICU reads its rules meanwhile.
    Pinyin::prepare();
    return TableFile::load(path, encoding);
}

QList<MemberColumn> MemberImport::targetColumns()
{
    QList<MemberColumn> list;
    for (const MemberColumnInfo& info : MemberColumns::all())
        if (info.column != MemberColumn::Age)
            list << info.column;
    return list;
}

MemberImport::Mapping MemberImport::autoMapping(const QStringList& header)
{
    Mapping mapping(header.size());
    QSet<MemberColumn> taken;
    for (int i = 0; i < header.size(); ++i) {
        const QString key = TableFile::headerKey(header.at(i));
        if (key.isEmpty())
            continue;
        std::optional<MemberColumn> column;
        const auto it = headerAliases().constFind(key);
        if (it != headerAliases().constEnd()) {
            column = *it;
        } else {
            // The column titles as this program shows them (in the current language).
            for (MemberColumn c : targetColumns())
                if (TableFile::headerKey(MemberColumns::title(c)) == key)
                    column = c;
        }
        if (column && !taken.contains(*column)) {
            mapping[i] = column;
            taken.insert(*column);
        }
    }
    // A file that names no sub-union but has a department column: in a university's HR roster the
    // department (部门) is the college, which is the sub-union.
    if (!taken.contains(MemberColumn::UnitName) && !taken.contains(MemberColumn::UnitCode)) {
        for (int i = 0; i < header.size(); ++i) {
            const QString key = TableFile::headerKey(header.at(i));
            if (mapping.at(i) == MemberColumn::Department &&
                (key == QStringLiteral("部门") || key == QStringLiteral("所在部门"))) {
                mapping[i] = MemberColumn::UnitName;
                break;
            }
        }
    }
    return mapping;
}

int MemberImport::Preview::invalidCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const PreviewRow& r) { return !r.isValid(); }));
}

int MemberImport::Preview::duplicateCount() const
{
    return int(
        std::count_if(rows.cbegin(), rows.cend(), [](const PreviewRow& r) { return r.isValid() && r.isDuplicate(); }));
}

QStringList MemberImport::Preview::invalidLines() const
{
    QStringList lines;
    for (const PreviewRow& r : rows)
        for (const QString& p : r.problems)
            lines << rowMessage(r.row, p);
    return lines;
}

QStringList MemberImport::Preview::blockers(const Options& options) const
{
    QStringList lines;
    if (!options.skipInvalid)
        lines << invalidLines();
    if (options.onDuplicate == OnDuplicate::Error) {
        for (const PreviewRow& r : rows)
            if (r.isValid() && r.isDuplicate())
                lines << rowMessage(r.row, r.duplicateReason);
    }
    for (int i = 0; i < missingUnits.size(); ++i) {
        if (unitChoice(i, options))
            continue;
        const MissingUnit& u = missingUnits.at(i);
        QStringList numbers;
        for (int n : u.rows.mid(0, 10))
            numbers << QString::number(n);
        if (u.rows.size() > 10)
            numbers << QStringLiteral("…");
        const QString name =
            u.code.isEmpty() || u.code == u.name ? u.name : QStringLiteral("%1 %2").arg(u.code, u.name);
        const QString rowList = numbers.join(QLatin1String(", "));
        QStringList proposed;
        for (const SubUnit& p : u.proposals)
            proposed << p.name;
        if (proposed.isEmpty())
            lines << Tr::tr("The sub-union %1 does not exist (rows %2).").arg(name, rowList);
        else if (proposed.size() == 1)
            lines << Tr::tr("The sub-union %1 does not exist (rows %2); it may be the stored %3.")
                         .arg(name, rowList, proposed.first());
        else
            lines << Tr::tr("The sub-union %1 does not exist (rows %2); it may be one of the stored %3.")
                         .arg(name, rowList, proposed.join(QLatin1String(", ")));
    }
    return lines;
}

std::optional<qint64> MemberImport::Preview::unitChoice(int index, const Options& options) const
{
    const auto chosen = options.unitChoices.constFind(index);
    if (chosen != options.unitChoices.constEnd())
        return *chosen;
    if (options.createUnits && missingUnits.at(index).proposals.isEmpty())
        return 0;
    return std::nullopt;
}

QHash<int, qint64> MemberImport::Preview::proposedChoices() const
{
    QHash<int, qint64> choices;
    for (int i = 0; i < missingUnits.size(); ++i)
        if (missingUnits.at(i).proposals.size() == 1)
            choices.insert(i, missingUnits.at(i).proposals.first().id);
    return choices;
}

MemberImport::Preview MemberImport::preview(const Table& table, const Mapping& mapping, const QDate& today) const
{
    Preview preview;
    preview.path = table.path;
    QHash<MemberColumn, int> column;
    for (int i = 0; i < mapping.size(); ++i)
        if (mapping.at(i) && *mapping.at(i) != MemberColumn::Age && !column.contains(*mapping.at(i)))
            column.insert(*mapping.at(i), i);

    // The stored sub-unions and members, read once.
    QHash<QString, qint64> unitByCode, unitByName, unitByShortName;
    QHash<qint64, QString> unitCodeOf;
    {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, code, name, short_name FROM units"));
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            unitByCode.insert(q.value(1).toString(), id);
            unitByName.insert(q.value(2).toString(), id);
            if (!q.value(3).toString().isEmpty())
                unitByShortName.insert(q.value(3).toString(), id);
            unitCodeOf.insert(id, q.value(1).toString());
        }
    }
    struct Stored {
        QString staffNo;
        QString name;
    };
    QHash<QString, qint64> memberByStaffNo, memberByIdNumber;
    QHash<qint64, Stored> stored;
    {
        QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, staff_no, name, id_number FROM members"));
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const QString staffNo = q.value(1).toString();
            memberByStaffNo.insert(staffNo, id);
            if (!q.value(3).isNull() && !q.value(3).toString().isEmpty())
                memberByIdNumber.insert(q.value(3).toString(), id);
            stored.insert(id, {staffNo, q.value(2).toString()});
        }
    }

    const auto has = [&](MemberColumn c) { return column.contains(c); };

    // Each row is read on its own first, on the cores: everything that needs neither the database nor the rows
    // before it. What is left for the rows in order is kept beside it.
    struct Update {
        Member member;            // as the file gives it
        QSet<MemberColumn> given; // the fields with a value in the file
        IdCheck id;               // of the file's ID number
    };
    struct Pending {
        QString unitCode; // a sub-union that is not stored yet, as the file gives it; both empty when it is stored
        QString unitName;
        std::unique_ptr<Update> update; // a row with the staff or ID number of a stored member
    };
    const qsizetype rowCount = table.rows.size();
    preview.rows.resize(rowCount);
    std::vector<Pending> pending(static_cast<size_t>(rowCount));
    const auto readRow = [&](qsizetype r, PreviewRow& row, Pending& left) {
        const QVariantList& cells = table.rows.at(r);
        row.row = r < table.rowNumbers.size() ? table.rowNumbers.at(r) : table.headerRow + int(r) + 1;
        const auto cell = [&](MemberColumn c) {
            const int i = column.value(c, -1);
            return i >= 0 && i < cells.size() ? cells.at(i) : QVariant();
        };
        const auto text = [&](MemberColumn c) { return TableFile::cellText(cell(c)); };

        // The row as the file gives it; `given` holds the fields with a value.
        Member m;
        QSet<MemberColumn> given;
        for (MemberColumn c :
             {MemberColumn::StaffNo, MemberColumn::Name, MemberColumn::Gender, MemberColumn::Ethnicity,
              MemberColumn::IdNumber, MemberColumn::Department, MemberColumn::Title, MemberColumn::Education,
              MemberColumn::PoliticalStatus, MemberColumn::EmploymentType, MemberColumn::Phone, MemberColumn::Note}) {
            if (!has(c))
                continue;
            QString value = text(c);
            // Numbers and codes: full-width digits and letters as clerks' input methods type them become ASCII.
            if (c == MemberColumn::StaffNo || c == MemberColumn::IdNumber || c == MemberColumn::Phone)
                value = Text::halfWidthTrimmed(value);
            if (value.isEmpty())
                continue;
            given.insert(c);
            Member one;
            switch (c) {
            case MemberColumn::StaffNo:
                one.staffNo = value;
                break;
            case MemberColumn::Name:
                one.name = value;
                break;
            case MemberColumn::Gender:
                one.gender = value;
                break;
            case MemberColumn::Ethnicity:
                one.ethnicity = value;
                break;
            case MemberColumn::IdNumber:
                one.idNumber = value;
                break;
            case MemberColumn::Department:
                one.department = value;
                break;
            case MemberColumn::Title:
                one.title = value;
                break;
            case MemberColumn::Education:
                one.education = value;
                break;
            case MemberColumn::PoliticalStatus:
                one.politicalStatus = value;
                break;
            case MemberColumn::EmploymentType:
                one.employmentType = value;
                break;
            case MemberColumn::Phone:
                one.phone = value;
                break;
            default:
                one.note = value;
                break;
            }
            assignField(m, one, c);
        }
        QStringList problems;
        const QVariant idCell = cell(MemberColumn::IdNumber);
        if (idCell.typeId() == QMetaType::Double && std::fabs(idCell.toDouble()) >= 1e16)
            problems << Tr::tr("The ID number was stored as a number in Excel and has lost its last digits. Format the "
                               "column as text and enter the numbers again.");
        const IdCheck id = m.idNumber.isEmpty() ? IdCheck() : checkIdNumber(m.idNumber, today);

        // A date column: a day, or a year and month alone (the first of the month), is taken; what is not a date is
        // left to the caller.
        const auto readDateColumn = [&](MemberColumn c, QDate* into) {
            QDate d;
            const DateResult result = has(c) ? readDate(cell(c), &d) : DateResult::Empty;
            if (result == DateResult::Day || result == DateResult::Month) {
                *into = d;
                given.insert(c);
            }
            return result;
        };
        switch (readDateColumn(MemberColumn::BirthDate, &m.birthDate)) {
        case DateResult::Month:
            // 出生年月: the ID number knows the day.
            if (id.valid && id.birthDate.year() == m.birthDate.year() && id.birthDate.month() == m.birthDate.month())
                m.birthDate = id.birthDate;
            break;
        case DateResult::Bad:
            problems << Tr::tr("The birth date \"%1\" is not a date (write it as 1985-03-02).")
                            .arg(text(MemberColumn::BirthDate));
            break;
        default:
            break;
        }
        if (readDateColumn(MemberColumn::JoinDate, &m.joinDate) == DateResult::Bad)
            problems << Tr::tr("The join date \"%1\" is not a date (write it as 2010-09-01).")
                            .arg(text(MemberColumn::JoinDate));
        if (has(MemberColumn::OriginalRetirementAge)) {
            // 50 or 55, as a number or as written (55岁, 55周岁); a man's is dropped by normalized().
            static const QRegularExpression age(QStringLiteral("^(\\d+)\\s*(岁|周岁)?$"));
            const QString value = Text::halfWidthTrimmed(text(MemberColumn::OriginalRetirementAge));
            if (!value.isEmpty()) {
                const auto match = age.match(value);
                const int years = match.hasMatch() ? match.captured(1).toInt() : 0;
                const auto gender = Member::genderFromText(m.gender);
                const bool man = gender ? *gender == QLatin1String("M") : id.valid && id.gender == IdCheck::Male;
                if (RetirementAge::isWomenAge(years)) {
                    m.originalRetirementAge = years;
                    given.insert(MemberColumn::OriginalRetirementAge);
                } else if (!(man && years == 60)) { // a roster may give the men's 60 in the same column

                    problems << Tr::tr("The original retirement age \"%1\" is not 50 or 55.").arg(value);
                }
            }
        }
        if (has(MemberColumn::Status)) {
            const QString value = text(MemberColumn::Status);
            if (!value.isEmpty()) {
                const auto status = Member::statusFromKey(value);
                if (status) {
                    m.status = *status;
                    given.insert(MemberColumn::Status);
                } else {
                    QStringList labels;
                    for (Member::Status s : {Member::Status::Active, Member::Status::Retired, Member::Status::Left,
                                             Member::Status::Deceased})
                        labels << Member::statusLabel(s);
                    problems << Tr::tr("The status \"%1\" is not known; use one of: %2.")
                                    .arg(value, labels.join(QLatin1String(", ")));
                }
            }
        }

        // The sub-union: by code when there is a code column, else by name, short name or code.
        const QString unitCode =
            has(MemberColumn::UnitCode) ? Text::halfWidthTrimmed(text(MemberColumn::UnitCode)) : QString();
        const QString unitName = has(MemberColumn::UnitName) ? text(MemberColumn::UnitName) : QString();
        row.unitText = unitCode.isEmpty() || unitName.isEmpty() ? unitCode + unitName
                                                                : QStringLiteral("%1 %2").arg(unitCode, unitName);
        if (!unitCode.isEmpty()) {
            given.insert(MemberColumn::UnitCode);
            const auto byCode = unitByCode.constFind(unitCode);
            const auto byName = unitName.isEmpty() ? unitByName.constEnd() : unitByName.constFind(unitName);
            if (byCode != unitByCode.constEnd()) {
                m.unitId = *byCode;
            } else if (byName != unitByName.constEnd()) {
                problems << Tr::tr("The sub-union %1 has the code %2, not %3.")
                                .arg(unitName, unitCodeOf.value(*byName), unitCode);
            } else {
                left.unitCode = unitCode;
                left.unitName = unitName;
            }
        } else if (!unitName.isEmpty()) {
            given.insert(MemberColumn::UnitName);
            if (unitByName.contains(unitName))
                m.unitId = unitByName.value(unitName);
            else if (unitByShortName.contains(unitName))
                m.unitId = unitByShortName.value(unitName);
            else if (unitByCode.contains(Text::halfWidthTrimmed(unitName)))
                m.unitId = unitByCode.value(Text::halfWidthTrimmed(unitName));
            else {
                left.unitName = unitName;
            }
        }

        // Duplicates of stored members: the staff number or the ID number is already there.
        const QString idNumber = id.valid ? id.normalized : m.idNumber;
        const qint64 byStaffNo = m.staffNo.isEmpty() ? 0 : memberByStaffNo.value(m.staffNo);
        const qint64 byIdNumber = idNumber.isEmpty() ? 0 : memberByIdNumber.value(idNumber);
        if (byStaffNo && byIdNumber && byStaffNo != byIdNumber) {
            problems << Tr::tr("The staff number %1 belongs to %2, but the ID number to %3 (staff number %4).")
                            .arg(m.staffNo, stored.value(byStaffNo).name, stored.value(byIdNumber).name,
                                 stored.value(byIdNumber).staffNo);
        } else if (byStaffNo || byIdNumber) {
            row.existingId = byStaffNo ? byStaffNo : byIdNumber;
            const Stored& other = stored.value(row.existingId);
            row.duplicateReason =
                byStaffNo ? RepositoryTr::tr("The staff number %1 already belongs to %2.").arg(m.staffNo, other.name)
                          : RepositoryTr::tr("The ID number already belongs to %1 (staff number %2).")
                                .arg(other.name, other.staffNo);
        }

        if (row.existingId) {
            // The update is worked out in order below: it needs the stored member.
            left.update.reset(new Update{std::move(m), std::move(given), id});
        } else {
            IdCheck idUsed; // the check of the ID number normalized() stores
            row.member = MemberRepository::normalized(m, today, m.idNumber.isEmpty() ? nullptr : &id, &idUsed);
            problems << MemberRepository::fieldProblems(row.member, today,
                                                        row.member.idNumber.isEmpty() ? nullptr : &idUsed);
        }
        row.problems = problems;
    };

    PreviewRow* previewed = preview.rows.data();
    Pending* kept = pending.data();
    const auto readRows = [&](qsizetype begin, qsizetype end) {
        for (qsizetype r = begin; r < end; ++r)
            readRow(r, previewed[r], kept[r]);
    };
    const int pieces = pieceCount(rowCount, kRowsPerThread);
    std::vector<std::future<void>> others;
    for (int k = 1; k < pieces; ++k)
        others.push_back(std::async(std::launch::async, readRows, rowCount * k / pieces, rowCount * (k + 1) / pieces));
    readRows(0, rowCount / pieces);
    for (auto& other : others)
        other.get(); // rethrows what the other thread threw

    // In file order: the sub-unions that are not stored yet, updates of stored members, duplicates inside the file.
    QHash<QString, int> staffNoRow, idNumberRow;      // first row of each staff and ID number in the file
    QHash<QString, int> missingByCode, missingByName; // index into preview.missingUnits
    MemberRepository repository(m_db);
    for (qsizetype r = 0; r < rowCount; ++r) {
        PreviewRow& row = previewed[r];
        Pending& left = kept[r];
        if (!left.unitCode.isEmpty()) {
            auto it = missingByCode.constFind(left.unitCode);
            if (it == missingByCode.constEnd()) {
                it = missingByCode.insert(left.unitCode, preview.missingUnits.size());
                preview.missingUnits.append(
                    {left.unitCode, left.unitName.isEmpty() ? left.unitCode : left.unitName, {}, {}});
                missingByName.insert(preview.missingUnits.last().name, *it);
            }
            row.missingUnit = *it;
        } else if (!left.unitName.isEmpty()) {
            auto it = missingByName.constFind(left.unitName);
            if (it == missingByName.constEnd()) {
                it = missingByName.insert(left.unitName, preview.missingUnits.size());
                preview.missingUnits.append({QString(), left.unitName, {}, {}});
            }
            row.missingUnit = *it;
        }
        if (row.missingUnit >= 0)
            preview.missingUnits[row.missingUnit].rows << row.row;

        if (row.existingId) {
            // What an update stores: the stored member with the file's values over it.
            const auto existing = repository.byId(row.existingId);
            Member merged = existing ? *existing : Member();
            const Update& update = *left.update;
            for (MemberColumn c : update.given)
                assignField(merged, update.member, c);
            merged.id = row.existingId;
            // The ID number checked above is the file's; a stored one is checked in normalized().
            const bool fileIdNumber = update.given.contains(MemberColumn::IdNumber);
            IdCheck idUsed;
            row.member = MemberRepository::normalized(merged, today, fileIdNumber ? &update.id : nullptr, &idUsed);
            row.problems << MemberRepository::fieldProblems(row.member, today,
                                                            row.member.idNumber.isEmpty() ? nullptr : &idUsed);
        }
        left = Pending();

        // Duplicates inside the file: the row a staff or ID number stood in first (0 for none, and it is noted).
        const auto firstRow = [&row](QHash<QString, int>& rows, const QString& value) {
            if (value.isEmpty())
                return 0;
            const auto first = rows.constFind(value);
            if (first != rows.constEnd())
                return *first;
            rows.insert(value, row.row);
            return 0;
        };
        if (const int first = firstRow(staffNoRow, row.member.staffNo))
            row.problems << Tr::tr("The staff number %1 is also in row %2.").arg(row.member.staffNo).arg(first);
        if (const int first = firstRow(idNumberRow, row.member.idNumber))
            row.problems
                << Tr::tr("The ID number %1 is also in row %2.").arg(maskIdNumber(row.member.idNumber)).arg(first);
    }

    // Only the rows that can be stored need their sub-union; a unit only invalid rows name is not missing.
    QList<MissingUnit> needed;
    QHash<int, int> newIndex;
    for (int i = 0; i < preview.missingUnits.size(); ++i) {
        MissingUnit u = preview.missingUnits.at(i);
        u.rows.clear();
        for (const PreviewRow& r : preview.rows)
            if (r.missingUnit == i && r.isValid())
                u.rows << r.row;
        if (!u.rows.isEmpty()) {
            newIndex.insert(i, needed.size());
            needed << u;
        }
    }
    for (PreviewRow& r : preview.rows)
        if (r.missingUnit >= 0)
            r.missingUnit = newIndex.value(r.missingUnit, -1);
    preview.missingUnits = needed;

    // Stored sub-unions a name may mean (经济学院 for 经济学院分工会), for the clerk to confirm. A sub-union the file
    // names by an unknown code alone has no name to compare.
    if (!preview.missingUnits.isEmpty()) {
        const QList<SubUnit> units = SubUnitRepository(m_db).all();
        const SubUnitMatcher matcher(units);
        for (MissingUnit& u : preview.missingUnits) {
            if (u.name == u.code)
                continue;
            for (const qint64 id : matcher.proposals(u.name))
                for (const SubUnit& s : units)
                    if (s.id == id)
                        u.proposals << s;
        }
    }

    // Codes for new sub-unions the file names only by name: the next free numbers after the stored codes.
    qint64 next = 0;
    int width = 3;
    for (const QString& code : unitByCode.keys()) {
        bool ok = false;
        const qint64 n = code.toLongLong(&ok);
        if (ok && n >= 0) {
            next = qMax(next, n);
            width = qMax(width, int(code.size()));
        }
    }
    QSet<QString> usedCodes(unitByCode.keyBegin(), unitByCode.keyEnd());
    for (const MissingUnit& u : preview.missingUnits)
        usedCodes.insert(u.code);
    // Names nothing is proposed for first: those are created, where a proposed one is usually not, so the codes of
    // the sub-unions created follow one another.
    for (const bool proposed : {false, true}) {
        for (MissingUnit& u : preview.missingUnits) {
            if (!u.code.isEmpty() || u.proposals.isEmpty() != !proposed)
                continue;
            QString code;
            do
                code = QStringLiteral("%1").arg(++next, width, 10, QLatin1Char('0'));
            while (usedCodes.contains(code));
            usedCodes.insert(code);
            u.code = code;
        }
    }
    return preview;
}

MemberImport::Summary MemberImport::execute(const Preview& preview, const Options& options, const Progress& progress,
                                            const QDate& today)
{
    return MemberImportWriter(m_db, today).write(preview, options, progress);
}

} // namespace ud::core

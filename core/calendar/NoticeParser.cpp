#include "core/calendar/NoticeParser.h"

#include "core/io/Text.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace ud::core {

namespace {

// A notice is a page: a few thousand characters in lines of at most a few hundred.
constexpr qsizetype kMaxText = 200000;
constexpr qsizetype kMaxLine = 2000;

// A date as notices write it, after full-width punctuation became ASCII: 2月4日, 2022年12月31日, with a note in
// brackets (星期日; 农历除夕、周二). Captures: year, month, day, note.
const QString kDate =
    QStringLiteral("(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日(?:\\s*\\(([^()]*)\\))?");
// The end of a range: 17日, 2月4日 or 2023年1月2日, with its note. Captures: year, month, day, note.
const QString kEnd =
    QStringLiteral("(?:(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月\\s*)?(\\d{1,2})\\s*日(?:\\s*\\(([^()]*)\\))?");

const QRegularExpression& headingPattern()
{
    // 「二、春节：…」, 「(二) 春节：…」, 「2. 春节：…」 or 「春节：…」: the holiday's name (no comma or stop in it: the
    // addressees' line has one) and the rest of the line.
    static const QRegularExpression re(QStringLiteral(
        "^(?:(?:[一二三四五六七八九十]+|\\d{1,2})\\s*[、.,]|\\(\\s*(?:[一二三四五六七八九十]+|\\d{1,2})\\s*\\))?"
        "\\s*([^:,;。()]{1,20}?)\\s*:\\s*(.*)$"));
    return re;
}

const QRegularExpression& datePattern()
{
    static const QRegularExpression re(kDate);
    return re;
}

const QRegularExpression& anyDatePattern()
{
    static const QRegularExpression re(QStringLiteral("\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日"));
    return re;
}

const QRegularExpression& rangePattern()
{
    static const QRegularExpression re(QStringLiteral("^%1(?:\\s*(?:至|到|-|~|—|–|〜)\\s*%2)?$").arg(kDate, kEnd));
    return re;
}

const QRegularExpression& listPattern()
{
    static const QRegularExpression re(QStringLiteral("^%1(?:\\s*(?:、|和|及|与|/)\\s*%1)*$").arg(kDate));
    return re;
}

// A sentence or clause ends at a comma, semicolon or full stop outside brackets.
const QRegularExpression& clauseSeparator()
{
    static const QRegularExpression re(QStringLiteral("[,;。.](?![^()]*\\))"));
    return re;
}

const QRegularExpression& countPattern()
{
    static const QRegularExpression re(QStringLiteral("^(?:共|放假)?\\s*(\\d{1,3})\\s*天"));
    return re;
}

const QRegularExpression& weekdayPattern()
{
    static const QRegularExpression re(QStringLiteral("(?:星期|周|礼拜)([一二三四五六日天])"));
    return re;
}

const QRegularExpression& titlePattern()
{
    static const QRegularExpression re(QStringLiteral("关于\\s*(\\d{4})\\s*年(?:[^。]*节假日|\\s*$)"));
    return re;
}

int weekdayNumber(const QString& written)
{
    static const QString days = QStringLiteral("一二三四五六日");
    if (written == QStringLiteral("天"))
        return 7;
    return int(days.indexOf(written)) + 1;
}

// How a line's date is written in messages: as the notice writes it.
QString writtenDate(int month, int day)
{
    return QStringLiteral("%1月%2日").arg(month).arg(day);
}

// Text pasted from a web page or a PDF: full-width forms become ASCII, and the dashes of ranges one kind.
QString normalizedLine(const QString& line)
{
    QString t = Text::halfWidthTrimmed(line);
    t.remove(QChar(0xFEFF));
    return t;
}

class Reader {
public:
    Reader(int year, NoticeReading& reading) : m_year(year), m_reading(reading) {}

    void problem(int line, const QString& reason)
    {
        m_reading.problems << NoticeParser::tr("line %1: %2").arg(line).arg(reason);
    }
    void warning(int line, const QString& reason)
    {
        m_reading.warnings << NoticeParser::tr("line %1: %2").arg(line).arg(reason);
    }

    void readHolidayLine(int line, const QString& name, const QString& body)
    {
        const QStringList clauses = body.split(clauseSeparator(), Qt::SkipEmptyParts);
        std::optional<std::pair<QDate, QDate>> lastRange;
        for (const QString& raw : clauses) {
            const QString clause = raw.trimmed();
            if (clause.isEmpty())
                continue;
            const qsizetype off = clause.indexOf(QStringLiteral("放假"));
            const qsizetype work = clause.indexOf(QStringLiteral("上班"));
            if (off >= 0 && work >= 0) {
                problem(line, NoticeParser::tr("「%1」 gives days off and working days in one sentence; they cannot be "
                                               "told apart.")
                                  .arg(clause));
            } else if (off >= 0) {
                lastRange = readDaysOff(line, name, clause.left(off).trimmed(), clause);
                if (lastRange)
                    checkCount(line, *lastRange, clause.mid(off + 2).trimmed());
            } else if (work >= 0) {
                readWorkdays(line, name, clause.left(work).trimmed(), clause);
            } else if (clause.startsWith(QStringLiteral("共"))) {
                if (lastRange)
                    checkCount(line, *lastRange, clause);
            } else if (anyDatePattern().match(clause).hasMatch()) {
                if (listPattern().match(clause).hasMatch())
                    problem(line, NoticeParser::tr("「%1」 gives days without saying 放假 (day off) or 上班 (working "
                                                   "day).")
                                      .arg(clause));
                else
                    warning(line, NoticeParser::tr("「%1」 names a day without making it a day off (放假) or a working "
                                                   "day (上班); it stays as an ordinary week has it.")
                                      .arg(clause));
            }
        }
    }

    void finish()
    {
        std::sort(m_reading.days.begin(), m_reading.days.end(),
                  [](const CalendarDay& a, const CalendarDay& b) { return a.date < b.date; });
    }

private:
    // The date of a match of kDate, in `year` unless it names its own; invalid (with the problem given) when no such
    // day exists.
    QDate dateOf(int line, const QString& yearText, int month, int day, int fallbackYear)
    {
        const int y = yearText.isEmpty() ? fallbackYear : yearText.toInt();
        const QDate date(y, month, day);
        if (!date.isValid()) {
            problem(line, NoticeParser::tr("%1 is not a date.").arg(writtenDate(month, day)));
            return {};
        }
        if (y < m_year - 1 || y > m_year + 1) {
            problem(line, NoticeParser::tr("%1 is not near the year %2 of the notice.")
                              .arg(date.toString(Qt::ISODate))
                              .arg(m_year));
            return {};
        }
        return date;
    }

    void checkWeekday(int line, const QDate& date, const QString& note)
    {
        const auto m = weekdayPattern().match(note);
        if (!m.hasMatch())
            return;
        const int written = weekdayNumber(m.captured(1));
        if (written != date.dayOfWeek())
            warning(line, NoticeParser::tr("%1 is a %2, not a %3 as the notice says.")
                              .arg(date.toString(Qt::ISODate), weekdayName(date.dayOfWeek()), weekdayName(written)));
    }

    std::optional<std::pair<QDate, QDate>> readDaysOff(int line, const QString& name, const QString& dates,
                                                       const QString& clause)
    {
        const auto m = rangePattern().match(dates);
        if (!m.hasMatch()) {
            problem(line,
                    NoticeParser::tr("the days off in 「%1」 cannot be read; a notice writes them as 2月10日至17日 "
                                     "or 1月1日.")
                        .arg(clause));
            return std::nullopt;
        }
        const int month = m.captured(2).toInt();
        const QDate start = dateOf(line, m.captured(1), month, m.captured(3).toInt(), m_year);
        if (!start.isValid())
            return std::nullopt;
        checkWeekday(line, start, m.captured(4));
        QDate end = start;
        if (m.hasCaptured(7)) {
            // 「至17日」 is in the month of the start, 「至2月4日」 in the year of the start; notices name the month
            // and the year where they change.
            end = dateOf(line, m.captured(5), m.hasCaptured(6) ? m.captured(6).toInt() : month, m.captured(7).toInt(),
                         start.year());
            if (!end.isValid())
                return std::nullopt;
            checkWeekday(line, end, m.captured(8));
            if (end < start) {
                problem(line, NoticeParser::tr("the days off in 「%1」 end before they begin.").arg(clause));
                return std::nullopt;
            }
            if (start.daysTo(end) > 31) {
                problem(line, NoticeParser::tr("the days off in 「%1」 run longer than a month.").arg(clause));
                return std::nullopt;
            }
        }
        for (QDate d = start; d <= end; d = d.addDays(1))
            add(line, d, DayKind::Holiday, name);
        return std::make_pair(start, end);
    }

    void readWorkdays(int line, const QString& name, const QString& dates, const QString& clause)
    {
        if (!listPattern().match(dates).hasMatch()) {
            problem(line, NoticeParser::tr("the working days in 「%1」 cannot be read; a notice writes them as "
                                           "2月4日（星期日）、2月18日（星期日）上班.")
                              .arg(clause));
            return;
        }
        auto it = datePattern().globalMatch(dates);
        while (it.hasNext()) {
            const auto m = it.next();
            const QDate date = dateOf(line, m.captured(1), m.captured(2).toInt(), m.captured(3).toInt(), m_year);
            if (!date.isValid())
                continue;
            checkWeekday(line, date, m.captured(4));
            add(line, date, DayKind::Workday, name);
        }
    }

    // 「共8天」 or 「放假1天」 against the range read.
    void checkCount(int line, const std::pair<QDate, QDate>& range, const QString& text)
    {
        const auto m = countPattern().match(text);
        if (!m.hasMatch())
            return;
        const qint64 days = range.first.daysTo(range.second) + 1;
        if (m.captured(1).toInt() != days)
            warning(line, NoticeParser::tr("%1 to %2 are %3 days, but the notice says %4.")
                              .arg(range.first.toString(Qt::ISODate), range.second.toString(Qt::ISODate))
                              .arg(days)
                              .arg(m.captured(0)));
    }

    void add(int line, const QDate& date, DayKind kind, const QString& name)
    {
        if (const int first = m_lineOf.value(date); first > 0) {
            problem(
                line,
                NoticeParser::tr("%1 is given twice (also on line %2).").arg(date.toString(Qt::ISODate)).arg(first));
            return;
        }
        m_lineOf.insert(date, line);
        CalendarDay day;
        day.date = date;
        day.kind = kind;
        day.name = name;
        day.year = m_year;
        m_reading.days << day;
    }

    int m_year;
    NoticeReading& m_reading;
    QHash<QDate, int> m_lineOf;
};

} // namespace

int NoticeReading::holidayCount() const
{
    return int(
        std::count_if(days.begin(), days.end(), [](const CalendarDay& d) { return d.kind == DayKind::Holiday; }));
}

int NoticeReading::workdayCount() const
{
    return int(days.size()) - holidayCount();
}

NoticeReading NoticeParser::parse(const QString& text, int year)
{
    NoticeReading reading;
    reading.year = year;
    if (text.size() > kMaxText) {
        reading.problems
            << tr("The text is too long to be a notice (%1 characters; a notice has a few thousand).").arg(text.size());
        return reading;
    }
    Reader reader(year, reading);
    static const QRegularExpression lineBreak(QStringLiteral("\r\n|\r|\n"));
    const QStringList lines = text.split(lineBreak);
    const auto isHolidayLine = [](const QRegularExpressionMatch& m) {
        if (!m.hasMatch())
            return false;
        const QString body = m.captured(2);
        return anyDatePattern().match(body).hasMatch() || body.contains(QStringLiteral("放假")) ||
               body.contains(QStringLiteral("上班"));
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = normalizedLine(lines.at(i));
        if (line.isEmpty())
            continue;
        if (line.size() > kMaxLine) {
            // Not a line of a notice; its length would only make the patterns slow.
            if (headingPattern().match(line.left(kMaxLine)).hasMatch())
                reader.problem(i + 1,
                               tr("the line is too long to be a line of a notice (%1 characters).").arg(line.size()));
            continue;
        }
        const auto m = headingPattern().match(line);
        if (!isHolidayLine(m)) {
            if (const auto title = titlePattern().match(line); title.hasMatch() && title.captured(1).toInt() != year)
                reader.problem(i + 1, tr("the notice is for %1, not for %2.").arg(title.captured(1)).arg(year));
            continue;
        }
        // A line broken where a web page or a PDF wrapped it goes on until its full stop.
        QString body = m.captured(2);
        const int first = i + 1;
        while (!body.endsWith(QStringLiteral("。")) && !body.endsWith(QLatin1Char('.')) && i + 1 < lines.size()) {
            const QString next = normalizedLine(lines.at(i + 1));
            if (next.isEmpty() || next.size() > kMaxLine || body.size() + next.size() > kMaxLine ||
                isHolidayLine(headingPattern().match(next)))
                break;
            body += next;
            ++i;
        }
        reader.readHolidayLine(first, Text::cleaned(m.captured(1)), body);
    }
    reader.finish();
    if (reading.days.isEmpty() && reading.problems.isEmpty())
        reading.problems << tr("No days off or working days were read. A notice gives them in lines such as "
                               "「二、春节：2月10日至17日放假调休，共8天。2月4日（星期日）、2月18日（星期日）上班。」");
    return reading;
}

QList<int> builtInNoticeYears()
{
    QList<int> years;
    static const QRegularExpression name(QStringLiteral("^(\\d{4})\\.txt$"));
    for (const QString& file : QDir(QStringLiteral(":/calendar")).entryList(QDir::Files, QDir::Name))
        if (const auto m = name.match(file); m.hasMatch())
            years << m.captured(1).toInt();
    return years;
}

QString builtInNotice(int year)
{
    QFile f(QStringLiteral(":/calendar/%1.txt").arg(year));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

NoticeReading builtInReading(int year)
{
    const QString text = builtInNotice(year);
    if (text.isEmpty()) {
        NoticeReading none;
        none.year = year;
        return none;
    }
    return NoticeParser::parse(text, year);
}

} // namespace ud::core

#include "core/schedule/PlanDocument.h"

#include "core/db/Error.h"
#include "core/io/Csv.h"
#include "core/io/Text.h"
#include "core/io/ZipArchive.h"
#include "core/record/Values.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <optional>

namespace ud::core {

namespace {

// The context the messages of this file are translated under; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::PlanDocument)
};

// ---------------------------------------------------------------------------------------------------------
// Line patterns. Matching runs on the text as written (full-width forms listed explicitly), so what is stored
// keeps the document's punctuation.

const QString kNumerals = QStringLiteral("一二三四五六七八九十");

const QRegularExpression& sectionPattern()
{
    // 一、政治引领和宣传工作  /  （一）政治引领  /  一. 政治引领
    static const QRegularExpression re(QStringLiteral(
        "^(?:([一二三四五六七八九十]{1,3})\\s*[、，,.．]|[（(]([一二三四五六七八九十]{1,3})[）)])\\s*(.*)$"));
    return re;
}

const QRegularExpression& pointPattern()
{
    // 1. 学习…  1．  1、  （1）  (1)  ①
    static const QRegularExpression re(QStringLiteral("^(?:([0-9０-９]{1,2})\\s*[.．、](?![0-9０-９])|[（(]([0-9０-９]{"
                                                      "1,2})[）)]|([\\x{2460}-\\x{2473}]))\\s*(.*)$"));
    return re;
}

const QRegularExpression& bulletPattern()
{
    static const QRegularExpression re(QStringLiteral("^[•●·▪■◆◇□○★☆►▶➢]\\s*(.+)$"));
    return re;
}

const QRegularExpression& attachmentPattern()
{
    static const QRegularExpression re(QStringLiteral("^附\\s*件\\s*[0-9０-９]*\\s*[:：]?\\s*(.*)$"));
    return re;
}

const QRegularExpression& footerPattern()
{
    static const QRegularExpression re(QStringLiteral("^(主送|抄送|报送|抄报|发送)\\s*[:：]"));
    return re;
}

const QRegularExpression& documentNumberPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "([^\\s〔\\[【（(]{1,12}[〔\\[【（(]\\s*([0-9０-９]{4})\\s*[〕\\]】）)]\\s*[0-9０-９]{1,4}\\s*号)"));
    return re;
}

const QRegularExpression& datePattern()
{
    static const QRegularExpression re(QStringLiteral(
        "([0-9]{4}|[〇零一二三四五六七八九]{4})\\s*年\\s*([0-9]{1,2}|[一二三四五六七八九十]{1,2})\\s*月\\s*"
        "([0-9]{1,2}|[一二三四五六七八九十]{1,3})\\s*日"));
    return re;
}

// A trailing timing in parentheses: …精神（全年）  …活动（3-5月、9-11月）。
const QRegularExpression& trailingParenthesesPattern()
{
    static const QRegularExpression re(QStringLiteral("[（(]([^（）()]*)[）)]\\s*[。；;.，,]?\\s*$"));
    return re;
}

int numberValue(const QString& digits)
{
    return Text::halfWidthTrimmed(digits).toInt();
}

std::optional<QDate> dateIn(const QString& line)
{
    const auto m = datePattern().match(Text::halfWidthTrimmed(line));
    if (!m.hasMatch())
        return std::nullopt;
    auto value = [](const QString& s) { return s.at(0).isDigit() ? s.toInt() : chineseNumeralValue(s); };
    const QDate d(value(m.captured(1)), value(m.captured(2)), value(m.captured(3)));
    if (!d.isValid())
        return std::nullopt;
    return d;
}

bool isCjk(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFFEF);
}

// "浙江工商大学工会 2024 年工作要点" → "浙江工商大学工会2024年工作要点": Word puts spaces between Chinese and digits.
QString withoutSpacingAroundCjk(const QString& s)
{
    QString out;
    const QString t = Text::cleaned(s);
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t.at(i).isSpace()) {
            qsizetype j = i;
            while (j < t.size() && t.at(j).isSpace())
                ++j;
            const bool cjkBefore = !out.isEmpty() && isCjk(out.back());
            const bool cjkAfter = j < t.size() && isCjk(t.at(j));
            if (!(cjkBefore || cjkAfter))
                out += QLatin1Char(' ');
            i = j - 1;
            continue;
        }
        out += t.at(i);
    }
    return out;
}

// Joins a line that continues the previous one: no space between Chinese, one between Latin words.
void appendContinuation(QString& text, const QString& more)
{
    if (!text.isEmpty() && !more.isEmpty() && text.back().isLetterOrNumber() && !isCjk(text.back()) &&
        more.front().isLetterOrNumber() && !isCjk(more.front()))
        text += QLatin1Char(' ');
    text += more;
}

bool endsSentence(const QString& text)
{
    static const QString ends = QStringLiteral("。！？；!?;”");
    return !text.isEmpty() && ends.contains(text.back());
}

// A short line naming the issuing office (浙江工商大学工会, 浙江工商大学工会办公室): a signature, not text.
bool isSignature(const QString& line)
{
    static const QRegularExpression re(
        QStringLiteral("^[^，。、；：,;:]{2,24}(工会|委员会|办公室)(（章）|\\(章\\))?$"));
    return re.match(line).hasMatch();
}

struct SplitTiming {
    QString text;
    Timing timing;
    QString office;
    bool found = false;
};

// Takes the timing off the end of an item's text: "…活动（3-5月、9-11月）" or "…会议 6月底前".
SplitTiming splitTrailingTiming(const QString& text)
{
    SplitTiming r;
    r.text = text;
    const auto m = trailingParenthesesPattern().match(text);
    if (m.hasMatch()) {
        const QString inside = m.captured(1).trimmed();
        Timing t = parseTiming(inside);
        QString office;
        if (!t.recognised && !looksLikeTiming(inside)) {
            // （3-6月，工会办公室）: the timing and the office in one pair of parentheses.
            static const QRegularExpression sep(QStringLiteral("[，,；;]"));
            const qsizetype cut = inside.lastIndexOf(sep);
            if (cut > 0) {
                const Timing first = parseTiming(inside.left(cut));
                if (first.recognised) {
                    t = first;
                    office = inside.mid(cut + 1).trimmed();
                }
            }
        }
        if (t.recognised || looksLikeTiming(inside)) {
            r.timing = t;
            r.office = office;
            r.text = text.left(m.capturedStart(0)).trimmed();
            r.found = true;
            return r;
        }
    }
    // Without parentheses: the last word, when it is a timing that reads fully.
    static const QRegularExpression lastWord(QStringLiteral("^(.*\\S)\\s+(\\S+)$"));
    const auto w = lastWord.match(text.trimmed());
    if (w.hasMatch()) {
        const Timing t = parseTiming(w.captured(2));
        if (t.recognised) {
            r.text = w.captured(1).trimmed();
            r.timing = t;
            r.found = true;
        }
    }
    return r;
}

// ---------------------------------------------------------------------------------------------------------

struct Entry {
    int number = 0;
    QString text;
    int line = 0;
    std::optional<Timing> timing; // from a table cell
    QString office;
    bool complete() const { return timing.has_value() || splitTrailingTiming(text).found; }
};

struct Block {
    int number = 0;
    QString title;
    bool inAttachment = false;
    std::optional<Timing> timing; // a section named by its months (三月份, 第一季度): items inherit it
    QList<Entry> entries;
    bool isSchedule() const
    {
        if (inAttachment)
            return true;
        int timed = 0;
        for (const Entry& e : entries)
            timed += e.complete() ? 1 : 0;
        return !entries.isEmpty() && timed * 2 > entries.size();
    }
};

class Parser {
public:
    ParsedPlan run(const QString& text);

private:
    enum class Mode { Preamble, Body, Attachment, Footer };
    void line(const QString& raw, int number);
    bool tableRow(const QStringList& cells, int number);
    void startSection(int number, const QString& title, int line);
    void startEntry(int number, const QString& text, int line);
    void unrecognised(const QString& text, int number);
    Block& currentBlock(int line);

    ParsedPlan m_plan;
    Mode m_mode = Mode::Preamble;
    QList<Block> m_blocks;
    QString m_noticeTitle; // from 关于印发《…》的通知
    QString m_headerName;  // 中国教育工会浙江工商大学委员会文件
    QString m_signature;
    std::optional<QDate> m_lastDate;
    QStringList m_intro;
    bool m_attachmentTitleSeen = false;
};

Block& Parser::currentBlock(int line)
{
    if (m_blocks.isEmpty() || (m_mode == Mode::Attachment && !m_blocks.last().inAttachment)) {
        Block b;
        b.number = 0; // a list without a section heading
        b.inAttachment = m_mode == Mode::Attachment;
        m_blocks << b;
        Q_UNUSED(line);
    }
    return m_blocks.last();
}

void Parser::startSection(int number, const QString& title, int line)
{
    Q_UNUSED(line);
    Block b;
    b.number = number;
    b.title = title.trimmed();
    b.inAttachment = m_mode == Mode::Attachment;
    const Timing t = parseTiming(b.title);
    if (t.recognised)
        b.timing = t;
    m_blocks << b;
    ++m_plan.headings;
    if (m_mode == Mode::Preamble)
        m_mode = Mode::Body;
}

void Parser::startEntry(int number, const QString& text, int line)
{
    Block& b = currentBlock(line);
    Entry e;
    e.number = number > 0 ? number : (b.entries.isEmpty() ? 1 : b.entries.last().number + 1);
    e.text = text.trimmed();
    e.line = line;
    b.entries << e;
    if (m_mode == Mode::Preamble)
        m_mode = Mode::Body;
}

void Parser::unrecognised(const QString& text, int number)
{
    m_plan.unrecognisedLines << Tr::tr("line %1: %2").arg(number).arg(text);
}

// A row of a table (cells separated by tabs): 序号 | 工作内容 | 时间 | 责任部门.
bool Parser::tableRow(const QStringList& rawCells, int number)
{
    QStringList cells;
    for (const QString& c : rawCells)
        if (!Text::cleaned(c).isEmpty())
            cells << Text::cleaned(c);
    if (cells.isEmpty())
        return true;
    if (cells.size() == 1) {
        line(cells.first(), number);
        return true;
    }
    static const QRegularExpression header(
        QStringLiteral("^(序号|编号|工作内容|主要工作|工作任务|工作项目|内容|项目|时间|时间安排|完成时间|进度安排|"
                       "时间节点|责任部门|负责部门|责任单位|牵头部门|负责人|备注)$"));
    int headerCells = 0;
    for (const QString& c : cells)
        headerCells += header.match(c).hasMatch() ? 1 : 0;
    if (headerCells >= 2)
        return true;

    int itemNumber = 0;
    int timingIndex = -1;
    Timing timing;
    QStringList rest;
    QList<int> restIndex;
    for (int i = 0; i < cells.size(); ++i) {
        const QString c = cells.at(i);
        const QString h = Text::halfWidthTrimmed(c);
        static const QRegularExpression bare(QStringLiteral("^(\\d{1,2})[.、]?$"));
        if (const auto b = bare.match(h); b.hasMatch() && itemNumber == 0 && i == 0) {
            itemNumber = b.captured(1).toInt();
            continue;
        }
        if (timingIndex < 0 && i > 0) {
            const Timing t = parseTiming(c);
            if (t.recognised || looksLikeTiming(c)) {
                timing = t;
                timingIndex = i;
                continue;
            }
        }
        rest << c;
        restIndex << i;
    }
    if (rest.isEmpty())
        return false;
    // The work is the longest remaining cell; a cell after the timing is the office.
    int textAt = 0;
    for (int i = 1; i < rest.size(); ++i)
        if (rest.at(i).size() > rest.at(textAt).size())
            textAt = i;
    QString text = rest.at(textAt);
    QString office;
    for (int i = 0; i < rest.size(); ++i)
        if (i != textAt && restIndex.at(i) > restIndex.at(textAt))
            office = office.isEmpty() ? rest.at(i) : office + QLatin1Char(' ') + rest.at(i);

    if (timingIndex < 0) {
        // A section row spanning the table (一、政治引领), or a row that continues the previous one.
        if (itemNumber == 0 && rest.size() == 1) {
            line(text, number);
            return true;
        }
    }
    if (const auto p = pointPattern().match(text); p.hasMatch() && itemNumber == 0) {
        itemNumber = numberValue(p.captured(1) + p.captured(2));
        text = p.captured(4);
    }
    if (m_mode == Mode::Preamble || m_mode == Mode::Body) {
        if (timingIndex >= 0)
            m_mode = Mode::Attachment;
    }
    startEntry(itemNumber, text, number);
    Entry& e = m_blocks.last().entries.last();
    if (timingIndex >= 0)
        e.timing = timing;
    e.office = office;
    return true;
}

void Parser::line(const QString& raw, int number)
{
    if (raw.contains(QLatin1Char('\t'))) {
        tableRow(raw.split(QLatin1Char('\t')), number);
        return;
    }
    const QString text = Text::cleaned(raw);
    if (text.isEmpty())
        return;

    if (m_plan.documentNumber.isEmpty() && m_mode == Mode::Preamble) {
        if (const auto m = documentNumberPattern().match(text); m.hasMatch()) {
            m_plan.documentNumber = m.captured(1).remove(QRegularExpression(QStringLiteral("\\s")));
            return;
        }
    }

    // A date on its own line (2024年3月8日, 2024年3月8日印发): the issue date when it says 印发, else the last one.
    if (text.size() <= 24) {
        if (const auto d = dateIn(text)) {
            static const QRegularExpression dateOnly(
                QStringLiteral("^[\\s0-9０-９〇零一二三四五六七八九十年月日]+(印发|印)?$"));
            if (dateOnly.match(text).hasMatch()) {
                if (text.contains(QStringLiteral("印发")))
                    m_plan.issueDate = *d;
                m_lastDate = d;
                return;
            }
        }
    }
    if (footerPattern().match(text).hasMatch()) {
        m_mode = Mode::Footer;
        return;
    }
    if (m_mode == Mode::Footer) {
        if (text.size() <= 30 && text.endsWith(QStringLiteral("办公室")) && m_signature.isEmpty())
            m_signature = text;
        return;
    }

    if (const auto a = attachmentPattern().match(text); a.hasMatch()) {
        m_mode = Mode::Attachment;
        m_attachmentTitleSeen = !a.captured(1).isEmpty();
        return;
    }

    if (m_mode == Mode::Preamble) {
        static const QRegularExpression notice(QStringLiteral("《([^》]+)》"));
        if (text.startsWith(QStringLiteral("关于"))) {
            if (const auto n = notice.match(text); n.hasMatch())
                m_noticeTitle = n.captured(1);
            return;
        }
        if (text.endsWith(QStringLiteral("文件")) && text.size() <= 30) {
            m_headerName = text.chopped(2);
            return;
        }
        static const QRegularExpression titleWords(
            QStringLiteral("(20[0-9]{2}|２０[０-９]{2})\\s*年.*(要点|计划|安排)"));
        if (!text.contains(QStringLiteral("《")) && text.size() <= 40 && titleWords.match(text).hasMatch() &&
            !endsSentence(text)) {
            m_plan.title = withoutSpacingAroundCjk(text);
            m_mode = Mode::Body;
            return;
        }
    }

    const auto s = sectionPattern().match(text);
    const auto p = pointPattern().match(text);
    const auto bullet = bulletPattern().match(text);
    Entry* current = nullptr;
    if (!m_blocks.isEmpty() && !m_blocks.last().entries.isEmpty() &&
        (m_mode != Mode::Attachment || m_blocks.last().inAttachment))
        current = &m_blocks.last().entries.last();
    const bool currentComplete =
        current && (m_mode == Mode::Attachment ? current->complete() : endsSentence(current->text));

    if (s.hasMatch()) {
        const int n = chineseNumeralValue(s.captured(1) + s.captured(2));
        const bool parenthesised = s.captured(1).isEmpty();
        const bool sameMode = !m_blocks.isEmpty() && m_blocks.last().inAttachment == (m_mode == Mode::Attachment);
        const int previous = sameMode ? m_blocks.last().number : 0;
        const bool inSequence = previous == 0 || n == previous + 1 || n == 1;
        if (parenthesised && m_mode != Mode::Attachment && !m_blocks.isEmpty() && sameMode) {
            // （一） under 一、 in the key points: a point.
            startEntry(n, s.captured(3), number);
            return;
        }
        if (inSequence || !current || currentComplete) {
            startSection(n, s.captured(3), number);
            return;
        }
    }
    if (p.hasMatch()) {
        int n = numberValue(p.captured(1) + p.captured(2));
        if (!p.captured(3).isEmpty())
            n = p.captured(3).at(0).unicode() - 0x2460 + 1;
        const int previous = current ? current->number : 0;
        if (!current || n == previous + 1 || n == 1 || currentComplete) {
            startEntry(n, p.captured(4), number);
            return;
        }
    }
    if (bullet.hasMatch() && m_mode != Mode::Preamble) {
        startEntry(0, bullet.captured(1), number);
        return;
    }

    if (m_mode == Mode::Preamble)
        return; // the notice around the plan (各二级工会：…)

    // A line that is only a timing starts a section of a plan written month by month (三月份, 第一季度).
    if (m_mode == Mode::Attachment && text.size() <= 12 && parseTiming(text).recognised &&
        (!current || currentComplete)) {
        startSection(0, text, number);
        return;
    }

    if (m_mode == Mode::Body && m_blocks.isEmpty()) {
        m_intro << text; // 总体思路
        return;
    }
    if (m_mode == Mode::Attachment && (m_blocks.isEmpty() || !m_blocks.last().inAttachment)) {
        if (!m_attachmentTitleSeen) {
            m_attachmentTitleSeen = true; // 2024年工会主要工作进度安排
            return;
        }
        if (isSignature(text))
            return;
        // Items without numbers under no heading.
        const SplitTiming st = splitTrailingTiming(text);
        if (st.found) {
            startEntry(0, text, number);
            return;
        }
        unrecognised(text, number);
        return;
    }
    if (isSignature(text) && (!current || currentComplete)) {
        if (m_signature.isEmpty())
            m_signature = text;
        return;
    }
    if (current && !currentComplete) {
        appendContinuation(current->text, text);
        return;
    }
    if (current && m_mode == Mode::Attachment) {
        // After a finished item: an item without a number when it ends with its timing.
        if (splitTrailingTiming(text).found) {
            startEntry(0, text, number);
            return;
        }
        unrecognised(text, number);
        return;
    }
    if (current) {
        appendContinuation(current->text, text); // a new paragraph of the same point
        return;
    }
    // Text right under a section heading, without a number: a point of its own.
    startEntry(0, text, number);
}

ParsedPlan Parser::run(const QString& text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    t.replace(QChar(0x2028), QLatin1Char('\n'));
    t.replace(QChar(0x2029), QLatin1Char('\n'));
    t.replace(QLatin1Char('\f'), QLatin1Char('\n'));
    t.remove(QChar(0xFEFF));
    const QStringList lines = t.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i)
        line(lines.at(i), i + 1);

    if (m_plan.title.isEmpty())
        m_plan.title = withoutSpacingAroundCjk(m_noticeTitle);
    static const QRegularExpression year(QStringLiteral("(20[0-9]{2})\\s*年"));
    const QString halfTitle = Text::halfWidthTrimmed(m_plan.title);
    if (const auto y = year.match(halfTitle); y.hasMatch()) {
        m_plan.year = y.captured(1).toInt();
        m_plan.unionName = halfTitle.left(y.capturedStart(0)).trimmed();
    }
    if (m_plan.unionName.endsWith(QChar(0x6821))) // 校: "2024年校工会…" names no union
        m_plan.unionName.clear();
    if (m_plan.unionName.isEmpty() && m_signature.endsWith(QStringLiteral("办公室")))
        m_plan.unionName = m_signature.chopped(3);
    if (m_plan.unionName.isEmpty())
        m_plan.unionName = m_headerName;
    if (!m_plan.issueDate.isValid() && m_lastDate)
        m_plan.issueDate = *m_lastDate;
    m_plan.intro = m_intro.join(QLatin1Char('\n'));

    for (const Block& b : m_blocks) {
        if (b.isSchedule()) {
            ParsedPlan::Section section;
            section.number = b.number;
            section.title = b.title;
            for (const Entry& e : b.entries) {
                ParsedPlan::Item item;
                item.number = e.number;
                item.line = e.line;
                item.office = e.office;
                if (e.timing) {
                    item.text = e.text;
                    item.timing = *e.timing;
                } else {
                    const SplitTiming st = splitTrailingTiming(e.text);
                    item.text = st.text;
                    if (st.found) {
                        item.timing = st.timing;
                        item.office = st.office;
                    } else if (b.timing) {
                        item.timing = *b.timing;
                    }
                }
                section.items << item;
            }
            m_plan.schedule << section;
        } else {
            ParsedPlan::PointSection section;
            section.number = b.number;
            section.title = b.title;
            for (const Entry& e : b.entries)
                section.points << KeyPoint{0, e.number, e.text};
            m_plan.keyPoints << section;
        }
    }
    // Sections without a heading number get their place.
    for (int i = 0; i < m_plan.schedule.size(); ++i)
        if (m_plan.schedule[i].number == 0)
            m_plan.schedule[i].number = i + 1;
    for (int i = 0; i < m_plan.keyPoints.size(); ++i)
        if (m_plan.keyPoints[i].number == 0)
            m_plan.keyPoints[i].number = i + 1;
    return m_plan;
}

// ---------------------------------------------------------------------------------------------------------
// .docx

// Word's automatic list numbers (numbering.xml): numId → per level the format and the text ("%1.").
struct Numbering {
    struct Level {
        QString format = QStringLiteral("decimal");
        QString text = QStringLiteral("%1.");
        int start = 1;
    };
    QHash<QString, QHash<int, Level>> abstract; // abstractNumId → levels
    QHash<QString, QString> abstractOf;         // numId → abstractNumId
    QHash<QString, QHash<int, int>> startOverride;
    QHash<QString, QList<int>> counters; // numId → counter per level

    void read(const QByteArray& xml)
    {
        QXmlStreamReader r(xml);
        QString abstractId, numId;
        int level = -1, overrideLevel = -1;
        while (!r.atEnd()) {
            r.readNext();
            if (!r.isStartElement())
                continue;
            const auto name = r.name();
            const QString val = r.attributes().value(QStringLiteral("w:val")).toString();
            if (name == QLatin1String("abstractNum")) {
                abstractId = r.attributes().value(QStringLiteral("w:abstractNumId")).toString();
                numId.clear();
            } else if (name == QLatin1String("num")) {
                numId = r.attributes().value(QStringLiteral("w:numId")).toString();
                abstractId.clear();
            } else if (name == QLatin1String("lvl") && !abstractId.isEmpty()) {
                level = r.attributes().value(QStringLiteral("w:ilvl")).toInt();
                abstract[abstractId][level] = Level();
            } else if (name == QLatin1String("start") && !abstractId.isEmpty() && level >= 0) {
                abstract[abstractId][level].start = val.toInt();
            } else if (name == QLatin1String("numFmt") && !abstractId.isEmpty() && level >= 0) {
                abstract[abstractId][level].format = val;
            } else if (name == QLatin1String("lvlText") && !abstractId.isEmpty() && level >= 0) {
                abstract[abstractId][level].text = val;
            } else if (name == QLatin1String("abstractNumId") && !numId.isEmpty()) {
                abstractOf[numId] = val;
            } else if (name == QLatin1String("lvlOverride") && !numId.isEmpty()) {
                overrideLevel = r.attributes().value(QStringLiteral("w:ilvl")).toInt();
            } else if (name == QLatin1String("startOverride") && !numId.isEmpty() && overrideLevel >= 0) {
                startOverride[numId][overrideLevel] = val.toInt();
            }
        }
    }

    static QString format(int value, const QString& fmt)
    {
        if (fmt.startsWith(QLatin1String("chinese")) || fmt.startsWith(QLatin1String("ideograph")) ||
            fmt.startsWith(QLatin1String("japanese")) || fmt.startsWith(QLatin1String("taiwanese")))
            return chineseNumeral(value);
        if (fmt == QLatin1String("decimalEnclosedCircle") || fmt == QLatin1String("decimalEnclosedCircleChinese"))
            return value >= 1 && value <= 20 ? QString(QChar(0x2460 + value - 1)) : QString::number(value);
        if (fmt == QLatin1String("decimalFullWidth") || fmt == QLatin1String("decimalFullWidth2")) {
            QString s = QString::number(value);
            for (QChar& c : s)
                c = QChar(c.unicode() - '0' + 0xFF10);
            return s;
        }
        if (fmt == QLatin1String("upperLetter"))
            return QString(QChar('A' + (value - 1) % 26));
        if (fmt == QLatin1String("lowerLetter"))
            return QString(QChar('a' + (value - 1) % 26));
        if (fmt == QLatin1String("bullet") || fmt == QLatin1String("none"))
            return QString();
        return QString::number(value);
    }

    // The number text of the next paragraph of list `numId` at `level`.
    QString next(const QString& numId, int level)
    {
        const QString abs = abstractOf.value(numId);
        if (abs.isEmpty() || numId == QLatin1String("0"))
            return {};
        const auto& levels = abstract.value(abs);
        QList<int>& c = counters[numId];
        while (c.size() <= 9)
            c << 0;
        auto startOf = [&](int l) {
            const auto o = startOverride.value(numId);
            return o.contains(l) ? o.value(l) : levels.value(l).start;
        };
        c[level] = c[level] == 0 ? startOf(level) : c[level] + 1;
        for (int l = level + 1; l < c.size(); ++l)
            c[l] = 0;
        const Level lv = levels.value(level);
        if (lv.format == QLatin1String("bullet"))
            return QStringLiteral("• ");
        QString text = lv.text;
        for (int l = 0; l <= level; ++l) {
            const int value = c[l] == 0 ? startOf(l) : c[l];
            text.replace(QStringLiteral("%%1").arg(l + 1), format(value, levels.value(l).format));
        }
        return text.isEmpty() ? QString() : text + QLatin1Char(' ');
    }
};

QString documentText(const QByteArray& xml, Numbering& numbering, const QString& path)
{
    QXmlStreamReader r(xml);
    QStringList lines;
    QString paragraph;  // the paragraph being read
    QString numberText; // its automatic number
    QStringList cells;  // the cells of the table row being read
    QString cell;
    int tableDepth = 0;
    int skipDepth = 0; // inside mc:Fallback, w:del, w:instrText
    QString numId;
    int numLevel = 0;
    auto endParagraph = [&]() {
        const QString p = numberText + paragraph;
        if (tableDepth > 0)
            cell += p;
        else
            lines << p;
        paragraph.clear();
        numberText.clear();
    };
    while (!r.atEnd()) {
        r.readNext();
        const auto name = r.name();
        if (r.isStartElement()) {
            if (skipDepth > 0 || name == QLatin1String("Fallback") || name == QLatin1String("del") ||
                name == QLatin1String("instrText") || name == QLatin1String("delText")) {
                ++skipDepth;
                continue;
            }
            if (name == QLatin1String("tbl")) {
                ++tableDepth;
            } else if (name == QLatin1String("tr") && tableDepth == 1) {
                cells.clear();
            } else if (name == QLatin1String("tc") && tableDepth == 1) {
                cell.clear();
            } else if (name == QLatin1String("p")) {
                paragraph.clear();
                numberText.clear();
                numId.clear();
                numLevel = 0;
            } else if (name == QLatin1String("ilvl")) {
                numLevel = qBound(0, r.attributes().value(QStringLiteral("w:val")).toInt(), 8);
            } else if (name == QLatin1String("numId")) {
                numId = r.attributes().value(QStringLiteral("w:val")).toString();
            } else if (name == QLatin1String("r") && !numId.isEmpty()) {
                numberText = numbering.next(numId, numLevel);
                numId.clear();
            } else if (name == QLatin1String("t")) {
                paragraph += r.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (name == QLatin1String("tab") && tableDepth == 0 && r.namespaceUri() == r.namespaceUri()) {
                paragraph += QLatin1Char('\t');
            } else if ((name == QLatin1String("br") || name == QLatin1String("cr")) && tableDepth == 0) {
                lines << numberText + paragraph; // a line or page break inside a paragraph ends a line
                paragraph.clear();
                numberText.clear();
            } else if (name == QLatin1String("noBreakHyphen")) {
                paragraph += QLatin1Char('-');
            }
        } else if (r.isEndElement()) {
            if (skipDepth > 0) {
                --skipDepth;
                continue;
            }
            if (name == QLatin1String("p")) {
                endParagraph();
            } else if (name == QLatin1String("tc") && tableDepth == 1) {
                cells << cell.simplified().replace(QLatin1Char('\t'), QLatin1Char(' '));
            } else if (name == QLatin1String("tr") && tableDepth == 1) {
                lines << cells.join(QLatin1Char('\t'));
            } else if (name == QLatin1String("tbl")) {
                --tableDepth;
            }
        }
    }
    if (r.hasError())
        throw Error(Tr::tr("%1 is damaged: its text cannot be read (%2).")
                        .arg(QDir::toNativeSeparators(path), r.errorString()));
    return lines.join(QLatin1Char('\n'));
}

// The start of a compound file (OLE2): Word's old .doc, and WPS's .wps, are kept in one.
const QByteArrayView kOleSignature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

// The start of a zip (a .docx is one), or of what is left of one cut short after its first bytes.
bool startsLikeZip(const QByteArray& start)
{
    const QByteArrayView localHeader("PK\x03\x04", 4);
    return start.size() >= 2 && (start.startsWith(localHeader) || localHeader.startsWith(start));
}

QString oldWordFormatMessage(const QString& path)
{
    return Tr::tr("%1 is in an old Word format. Save it as .docx (or as plain text) and import that.")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace

namespace PlanDocument {

ParsedPlan parseText(const QString& text)
{
    return Parser().run(text);
}

QString structureProblem(const ParsedPlan& plan)
{
    // What the parser recognises makes no plan by itself: random words yield "points" and "items" too. A plan has
    // headings and a schedule by month; without both, nothing is imported and the user reads what was looked for.
    if (plan.headings == 0)
        return Tr::tr("No numbered section heading was found. A work plan is expected to have sections headed 一、"
                      "二、三、… with numbered points or items under them (1. …), and a schedule that gives each "
                      "item its months, such as 1. 召开教代会（6月底前）.");
    for (const auto& section : plan.schedule)
        for (const auto& item : section.items)
            if (item.timing.recognised && !item.timing.months.isEmpty())
                return {};
    return Tr::tr("No schedule item with its months was found. A work plan is expected to have a schedule (the "
                  "attachment 主要工作进度安排) with sections headed 一、二、… or by month (三月份), and items that "
                  "give their months, such as 1. 召开教代会（6月底前）.");
}

QString readDocxText(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("The file %1 cannot be read: %2").arg(shown, file.errorString()));
    const QByteArray start = file.read(8);
    file.close();
    // The first bytes tell what the file is, whatever its name says.
    if (start.startsWith(kOleSignature))
        throw Error(oldWordFormatMessage(path));
    if (!startsLikeZip(start))
        throw Error(Tr::tr("%1 is not a Word document (.docx). Import the plan as a .docx or as a plain-text (.txt) "
                           "file.")
                        .arg(shown));
    // A zip whose directory at its end cannot be read: a .docx cut short in a copy or a download, or damaged.
    std::optional<ZipArchive> opened;
    try {
        opened.emplace(path);
    } catch (const Error&) {
        throw Error(Tr::tr("%1 is damaged or incomplete (cut short when it was copied or downloaded?): it cannot be "
                           "read as a Word document (.docx). Copy it again, or open it in Word and save it again.")
                        .arg(shown));
    }
    const ZipArchive& archive = *opened;
    const QString documentPart = QStringLiteral("word/document.xml");
    if (!archive.contains(documentPart))
        throw Error(Tr::tr("%1 is not a Word document (.docx): it has no %2.").arg(shown, documentPart));
    // A work plan is a few pages: a larger part is no plan (or a zip bomb).
    constexpr qint64 kMaxPartSize = 256ll * 1024 * 1024;
    const QByteArray document = archive.entry(documentPart, true, kMaxPartSize);
    Numbering numbering;
    numbering.read(archive.entry(QStringLiteral("word/numbering.xml"), false, kMaxPartSize));
    return documentText(document, numbering, path);
}

QString readTextFile(const QString& path, std::optional<Csv::Encoding> encoding)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("The file %1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    // One encoding throughout: a line in another one is named, never read as nonsense.
    Csv::Decoded text = Csv::decode(file.readAll(), encoding);
    if (text.badLine >= 0)
        throw Csv::EncodingError(QStringLiteral("%1: %2").arg(
            QFileInfo(path).fileName(), Csv::encodingMessage(int(text.badLine) + 1, text.encoding)));
    return std::move(text.text);
}

namespace {

// Invisible characters that text copied from a web page or Word may hold are dropped, page breaks become line
// breaks; control characters and direction overrides are refused with their line, never stored.
QString checkedCharacters(QString text, const QString& path)
{
    static const QRegularExpression invisible(QStringLiteral("[\\x{200B}-\\x{200D}\\x{2060}\\x{FEFF}]"));
    text.remove(invisible);
    text.replace(QLatin1Char('\f'), QLatin1Char('\n')).replace(QLatin1Char('\v'), QLatin1Char('\n'));
    qsizetype lineStart = 0;
    int line = 1;
    const qsizetype at = Text::forbiddenCharacter(text, true);
    if (at < 0)
        return text;
    for (qsizetype i = 0; i < at; ++i)
        if (text.at(i) == QLatin1Char('\n')) {
            ++line;
            lineStart = i + 1;
        }
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), at);
    const QString lineText = text.mid(lineStart, lineEnd < 0 ? -1 : lineEnd - lineStart);
    throw Error(QStringLiteral("%1: %2").arg(
        QFileInfo(path).fileName(), forbiddenCharacterMessage(Tr::tr("Line %1").arg(line), lineText, at - lineStart)));
}

} // namespace

QString readText(const QString& path, std::optional<Csv::Encoding> encoding)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("docx"))
        return checkedCharacters(readDocxText(path), path);
    if (suffix == QLatin1String("doc") || suffix == QLatin1String("wps"))
        throw Error(oldWordFormatMessage(path));
    return checkedCharacters(readTextFile(path, encoding), path);
}

ParsedPlan readFile(const QString& path, std::optional<Csv::Encoding> encoding)
{
    return parseText(readText(path, encoding));
}

QString examplePlanText()
{
    QFile f(QStringLiteral(":/plans/work-plan-2024.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace PlanDocument

} // namespace ud::core

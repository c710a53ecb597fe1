// The printed documents of the awards: the 公示 notice of a round's list and the certificates of its final list.

#include "core/awards/AwardDocuments.h"

#include "core/db/Database.h"
#include "core/db/DatabaseSettings.h"
#include "core/db/Error.h"
#include "core/io/DateText.h"
#include "core/units/SubUnitRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPen>
#include <QTextDocument>
#include <QTextTable>

#include <algorithm>
#include <climits>

namespace ud::core {

namespace {

// The context the messages of this file are translated under; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::AwardDocuments)
};

QString stageText(RoundStage stage)
{
    return roundStages().label(stage).toLower();
}

/// A member's department, for the notice's list.
QHash<qint64, QString> departments(Database& db, const QList<Nomination>& list)
{
    QHash<qint64, QString> map;
    for (const Nomination& n : list) {
        if (n.isCollective() || !n.memberId || map.contains(*n.memberId))
            continue;
        map.insert(*n.memberId, db.scalar(QStringLiteral("SELECT department FROM members WHERE id = :id"),
                                          {{QStringLiteral("id"), *n.memberId}})
                                    .toString());
    }
    return map;
}

/// The nominee as a certificate or the notice names it: the member's name, or the collective's.
QString nomineeName(const Nomination& n)
{
    return n.isCollective() ? n.teamName : n.memberName;
}

QString unionNameOf(Database& db)
{
    return DatabaseSettings(db).value(settings::UnionName).trimmed();
}

// A certificate's page: A4 landscape, a frame inside narrow margins, the text well inside the frame.
constexpr double kCertificateMarginMm = 12.0;
const QColor kCertificateRed(0xa6, 0x1b, 0x1b);

} // namespace

QString standardCertificateText()
{
    return Tr::tr(
        "In the {year} selection you were honoured as “{award}”.\nThis certificate is awarded in recognition.",
        "certificate wording; keep the placeholders {year} and {award}");
}

QList<Nomination> listedNominations(Database& db, qint64 roundId)
{
    QHash<qint64, int> unitOrder;
    int i = 0;
    for (const SubUnit& u : SubUnitRepository(db).all())
        unitOrder.insert(u.id, i++);
    QList<Nomination> list;
    for (const Nomination& n : NominationRepository(db).ofRound(roundId))
        if (n.status == NominationStatus::Selected || n.status == NominationStatus::Final)
            list << n;
    // By the sub-unions' order; within a sub-union as nominated (ofRound() gives them so).
    std::stable_sort(list.begin(), list.end(), [&unitOrder](const Nomination& a, const Nomination& b) {
        return unitOrder.value(a.unitId, INT_MAX) < unitOrder.value(b.unitId, INT_MAX);
    });
    return list;
}

std::unique_ptr<PrintedDocument> publicityNotice(Database& db, qint64 roundId, const QDate& printDate)
{
    const AwardRound round = AwardRoundRepository(db).require(roundId);
    if (round.stage != RoundStage::Publicity && round.stage != RoundStage::Final)
        throw ValidationError(Tr::tr("Round %1 is %2; its 公示 notice is printed once the 公示 has started.")
                                  .arg(round.key, stageText(round.stage)));
    const QList<Nomination> list = listedNominations(db, roundId);
    if (list.isEmpty())
        throw ValidationError(Tr::tr("Round %1 has nobody on its list.").arg(round.key));
    const QHash<qint64, QString> department = departments(db, list);
    const QString unionName = unionNameOf(db);

    const QString title =
        Tr::tr("Publicity of the %1 %2 list", "notice title: year, award").arg(round.year).arg(round.awardName);
    auto doc = std::make_unique<PrintedDocument>();
    doc->setTitle(title);
    doc->setPrintDate(printDate);
    doc->document().setMetaInformation(QTextDocument::DocumentTitle, title);
    DocumentWriter out(doc->document());
    out.paragraph(title, 18, true, Qt::AlignHCenter, 8, 14);
    out.bodyText(Tr::tr("After nomination by the sub-unions and review by the selection committee, the following %n "
                        "nominee(s) are proposed for the title of “%2” of %1. The list is made public as follows.",
                        nullptr, int(list.size()))
                     .arg(round.year)
                     .arg(round.awardName));
    out.paragraph(Tr::tr("%1 (%n)", "the award and the number on its list", int(list.size())).arg(round.awardName), 12,
                  true, Qt::AlignHCenter, 8, 6);

    QTextTable* table =
        out.table(int(list.size()) + 1,
                  {QTextLength(QTextLength::PercentageLength, 9), QTextLength(QTextLength::PercentageLength, 31),
                   QTextLength(QTextLength::PercentageLength, 30), QTextLength(QTextLength::PercentageLength, 30)},
                  true);
    const QStringList heads{Tr::tr("No."), Tr::tr("Sub-union"), Tr::tr("Nominee"), Tr::tr("Department")};
    for (int c = 0; c < heads.size(); ++c) {
        DocumentWriter::cell(table, 0, c, heads.at(c), true, Qt::AlignHCenter);
        DocumentWriter::shade(table, 0, c);
    }
    QTextTableFormat tableFormat = table->format();
    tableFormat.setHeaderRowCount(1);                     // repeated at the top of a second page
    tableFormat.setBottomMargin(PrintedDocument::px(12)); // the text after it would take no top margin
    table->setFormat(tableFormat);
    for (int r = 0; r < list.size(); ++r) {
        const Nomination& n = list.at(r);
        DocumentWriter::cell(table, r + 1, 0, QString::number(r + 1), false, Qt::AlignHCenter);
        DocumentWriter::cell(table, r + 1, 1, n.unitName);
        DocumentWriter::cell(table, r + 1, 2,
                             n.isCollective() ? Tr::tr("%1 (collective)").arg(n.teamName) : n.memberName);
        DocumentWriter::cell(table, r + 1, 3, n.isCollective() ? n.teamUnit : department.value(n.memberId.value_or(0)));
    }

    out.bodyText(Tr::tr("The publicity runs from %1 to %2 (%n working day(s)).", nullptr, round.publicityDays)
                     .arg(longDateText(round.publicityStart), longDateText(round.publicityEnd)));

    const QString to = round.objectionsTo.trimmed();
    out.bodyText(to.isEmpty() ? Tr::tr("Anyone who objects to a nominee is asked to say so within the period, in "
                                       "writing and under their own name, to the union office.")
                              : Tr::tr("Anyone who objects to a nominee is asked to say so within the period, in "
                                       "writing and under their own name, to: %1.")
                                    .arg(to));
    out.paragraph(QString(), PrintedDocument::kBodyPoints);
    if (!unionName.isEmpty())
        out.paragraph(unionName, PrintedDocument::kBodyPoints + 1.5, false, Qt::AlignRight, 18);
    out.paragraph(longDateText(round.publicityStart), PrintedDocument::kBodyPoints + 1.5, false, Qt::AlignRight,
                  unionName.isEmpty() ? 18 : 2);
    return doc;
}

std::unique_ptr<PrintedDocument> awardCertificates(Database& db, qint64 roundId, const QList<qint64>& nominationIds,
                                                   const QDate& date)
{
    const AwardRound round = AwardRoundRepository(db).require(roundId);
    if (round.stage != RoundStage::Final)
        throw ValidationError(Tr::tr("Rule: certificates are printed for a final list; round %1 is %2.")
                                  .arg(round.key, stageText(round.stage)));
    QList<Nomination> list;
    for (const Nomination& n : listedNominations(db, roundId))
        if (nominationIds.isEmpty() || nominationIds.contains(n.id))
            list << n;
    for (qint64 id : nominationIds)
        if (std::none_of(list.cbegin(), list.cend(), [id](const Nomination& n) { return n.id == id; }))
            throw ValidationError(Tr::tr("Nomination %1 is not on the final list of round %2.").arg(id).arg(round.key));
    if (list.isEmpty())
        throw ValidationError(Tr::tr("Round %1 has nobody on its list.").arg(round.key));

    const QString unionName = unionNameOf(db);
    QString wording = DatabaseSettings(db).value(settings::CertificateText).trimmed();
    if (wording.isEmpty())
        wording = standardCertificateText();
    const QDate day = date.isValid() ? date : round.finalized.isValid() ? round.finalized : QDate::currentDate();

    const QString title = Tr::tr("Certificates of %1").arg(round.key);
    auto doc = std::make_unique<PrintedDocument>();
    doc->setTitle(title);
    doc->setPrintDate(day);
    doc->setOrientation(QPageLayout::Landscape);
    doc->setMargins(kCertificateMarginMm);
    doc->setFooter(PrintedDocument::Footer::None);
    doc->document().setMetaInformation(QTextDocument::DocumentTitle, title);
    // A double frame in red around the page.
    doc->setPageDecoration([](QPainter& painter, const QRectF& area) {
        const double unit = area.width() / 1000.0;
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(kCertificateRed, unit * 4.0));
        painter.drawRect(area.adjusted(unit * 2, unit * 2, -unit * 2, -unit * 2));
        painter.setPen(QPen(kCertificateRed, unit * 1.2));
        painter.drawRect(area.adjusted(unit * 12, unit * 12, -unit * 12, -unit * 12));
    });

    // The text in a frameless table narrower than the page, centred: a table's width is a share of the page whatever
    // the device, where a block's side margins are not scaled to it.
    DocumentWriter out(doc->document());
    const QString indent(2, QChar(0x3000)); // two ideographic spaces, as Chinese text is indented
    for (const Nomination& n : std::as_const(list)) {
        out.pageBreak();
        out.paragraph(QString(), 64);
        const QTextBlock heading = out.paragraph(Tr::tr("Certificate of Honour"), 40, true, Qt::AlignHCenter, 0, 24);
        {
            QTextCharFormat red;
            red.setForeground(kCertificateRed);
            QTextCursor c(heading);
            c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            c.mergeCharFormat(red);
        }
        QTextTable* table = out.table(1, {QTextLength(QTextLength::PercentageLength, 100)}, false);
        QTextTableFormat format = table->format();
        format.setWidth(QTextLength(QTextLength::PercentageLength, 76));
        format.setAlignment(Qt::AlignHCenter);
        table->setFormat(format);
        QTextCursor c = table->cellAt(0, 0).firstCursorPosition();
        const auto line = [&c](const QString& text, double points, bool bold, Qt::Alignment align, double before,
                               bool first) {
            QTextBlockFormat block;
            block.setAlignment(align);
            block.setTopMargin(PrintedDocument::px(before));
            block.setLineHeight(150, QTextBlockFormat::ProportionalHeight);
            QTextCharFormat chars;
            chars.setFont(PrintedDocument::font(points, bold));
            if (first) {
                c.setBlockFormat(block);
                c.setBlockCharFormat(chars);
            } else {
                c.insertBlock(block, chars);
            }
            c.insertText(text, chars);
        };
        const QString salutation = n.isCollective() ? Tr::tr("%1:", "certificate: to a collective").arg(n.teamName)
                                                    : Tr::tr("%1:", "certificate: to a member").arg(n.memberName);
        line(salutation, 22, true, Qt::AlignLeft, 0, true);
        QString text = wording;
        text.replace(QStringLiteral("{year}"), QString::number(round.year))
            .replace(QStringLiteral("{award}"), round.awardName)
            .replace(QStringLiteral("{unit}"), n.unitName)
            .replace(QStringLiteral("{union}"), unionName)
            .replace(QStringLiteral("{nominee}"), nomineeName(n));
        for (const QString& l : text.split(QLatin1Char('\n')))
            if (!l.trimmed().isEmpty())
                line(indent + l.trimmed(), 20, false, Qt::AlignLeft | Qt::AlignJustify, 6, false);
        if (!unionName.isEmpty())
            line(unionName, 18, false, Qt::AlignRight, 56, false);
        line(longDateText(day), 18, false, Qt::AlignRight, unionName.isEmpty() ? 56 : 0, false);
    }
    return doc;
}

} // namespace ud::core

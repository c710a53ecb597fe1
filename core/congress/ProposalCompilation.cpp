// The compilation (提案汇编) of a session's filed proposals: ProposalDocuments::compilation().

#include "core/congress/ProposalDocuments.h"

#include "core/io/DateText.h"

#include <QCoreApplication>
#include <QTextDocument>
#include <QTextTable>

namespace ud::core {

namespace {

// The context the messages of this file are translated under; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::ProposalDocuments)
};

// Block properties that tie a table-of-contents line to the heading it points to: the heading carries its entry's
// index, and so does the block of the page-number cell of that entry.
constexpr int kTocTarget = QTextFormat::UserProperty + 1;
constexpr int kTocPage = QTextFormat::UserProperty + 2;

void mark(QTextBlock block, int property, int index)
{
    QTextCursor c(block);
    QTextBlockFormat format = block.blockFormat();
    format.setProperty(property, index);
    c.setBlockFormat(format);
}

// Writes each entry's page (1-based) into its cell of the table of contents; true when a number changed. A change
// can move what follows only when the contents grow by a line, which the fixed width of the page column prevents;
// the caller lays out again until nothing changes all the same.
bool writeTocPages(PrintedDocument& doc)
{
    QTextDocument& d = doc.document();
    QHash<int, int> pages;
    for (QTextBlock b = d.begin(); b.isValid(); b = b.next()) {
        const QVariant target = b.blockFormat().property(kTocTarget);
        if (target.isValid())
            pages.insert(target.toInt(), doc.pageOf(b) + 1);
    }
    // One edit block: the layout hears of the changes once, not once per number (a full layout each).
    QTextCursor c(&d);
    c.beginEditBlock();
    bool changed = false;
    for (QTextBlock b = d.begin(); b.isValid(); b = b.next()) {
        const QVariant entry = b.blockFormat().property(kTocPage);
        if (!entry.isValid())
            continue;
        const QString page = QString::number(pages.value(entry.toInt()));
        if (b.text() == page)
            continue;
        c.setPosition(b.position());
        c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        c.insertText(page, b.charFormat());
        changed = true;
    }
    c.endEditBlock();
    return changed;
}

} // namespace

QList<const ProposalFile*> ProposalDocuments::filedByCategory(QStringList* categories) const
{
    // The categories of the setting in its order, then any others in the order they first come.
    QStringList order = m_categories;
    for (const ProposalFile& f : m_files)
        if (f.proposal.decision == Decision::Filed && !order.contains(f.proposal.category))
            order << f.proposal.category;
    QList<const ProposalFile*> filed;
    categories->clear();
    for (const QString& category : std::as_const(order)) {
        bool any = false;
        for (const ProposalFile& f : m_files) {
            if (f.proposal.decision == Decision::Filed && f.proposal.category == category) {
                filed << &f;
                any = true;
            }
        }
        if (any)
            *categories << category;
    }
    return filed;
}

std::unique_ptr<PrintedDocument> ProposalDocuments::compilation() const
{
    QStringList categories;
    const QList<const ProposalFile*> filed = filedByCategory(&categories);
    if (filed.isEmpty())
        throw ValidationError(Tr::tr("No proposal of %1 is filed: there is nothing to compile.").arg(m_session.name));
    const auto categoryName = [](const QString& category) {
        return category.isEmpty() ? Tr::tr("Uncategorised") : category;
    };
    const auto countIn = [&](const QString& category) {
        return int(std::count_if(filed.cbegin(), filed.cend(),
                                 [&](const ProposalFile* f) { return f->proposal.category == category; }));
    };

    auto doc = newDocument(Tr::tr("Compilation of proposals: %1").arg(m_session.name));
    doc->setFooter(PrintedDocument::Footer::PageNumber);
    doc->setFirstNumberedPage(1);
    DocumentWriter out(doc->document());

    // The title page.
    out.paragraph(m_unionName.isEmpty() ? QString() : m_unionName, 16, false, Qt::AlignHCenter, 150, 0);
    out.paragraph(m_session.name, 18, true, Qt::AlignHCenter, 24, 0);
    out.paragraph(Tr::tr("Compilation of Proposals"), 28, true, Qt::AlignHCenter, 36, 0);
    out.paragraph(Tr::tr("%n filed proposal(s)", nullptr, int(filed.size())), 14, false, Qt::AlignHCenter, 36, 0);
    out.paragraph(Tr::tr("Proposal Committee of the Staff Congress"), 14, false, Qt::AlignHCenter, 200, 0);
    out.paragraph(longDateText(m_printDate), 14, false, Qt::AlignHCenter, 6, 0);

    // The table of contents: a heading row per category, then number, title and page of each proposal. The page
    // column has a fixed width, so that writing the numbers in never adds a line.
    out.pageBreak();
    out.paragraph(Tr::tr("Contents"), 16, true, Qt::AlignHCenter, 0, 12);
    QTextTable* toc = out.table(int(filed.size() + categories.size()),
                                {QTextLength(QTextLength::FixedLength, PrintedDocument::px(72)),
                                 QTextLength(QTextLength::VariableLength, 0),
                                 QTextLength(QTextLength::FixedLength, PrintedDocument::px(40))},
                                false);
    int row = 0;
    int entry = 0;
    for (const QString& category : std::as_const(categories)) {
        toc->mergeCells(row, 0, 1, 3);
        DocumentWriter::cell(
            toc, row, 0,
            Tr::tr("%1 (%n)", "a category and its number of proposals", countIn(category)).arg(categoryName(category)),
            true);
        ++row;
        for (const ProposalFile* f : filed) {
            if (f->proposal.category != category)
                continue;
            DocumentWriter::cell(toc, row, 0, f->proposal.number);
            DocumentWriter::cell(toc, row, 1, f->proposal.title);
            DocumentWriter::cell(toc, row, 2, QString(), false, Qt::AlignRight);
            mark(toc->cellAt(row, 2).firstCursorPosition().block(), kTocPage, entry);
            ++row;
            ++entry;
        }
    }

    // The proposals, a category at a time, each on its own page.
    entry = 0;
    for (const QString& category : std::as_const(categories)) {
        out.pageBreak();
        out.paragraph(
            Tr::tr("%1 (%n)", "a category and its number of proposals", countIn(category)).arg(categoryName(category)),
            16, true, Qt::AlignHCenter, 0, 12);
        bool first = true;
        for (const ProposalFile* f : filed) {
            const Proposal& p = f->proposal;
            if (p.category != category)
                continue;
            if (!first)
                out.pageBreak();
            first = false;
            QString heading = QStringLiteral("%1  %2").arg(p.number, p.title);
            if (p.keyProposal)
                heading += Tr::tr(" (key proposal)");
            mark(out.paragraph(heading, 14, true, Qt::AlignLeft, 0, 8), kTocTarget, entry++);
            out.paragraph(Tr::tr("Proposer: %1").arg(proposerText(p, true)));
            if (!p.cosignerIds.isEmpty())
                out.paragraph(Tr::tr("Co-signers: %1").arg(cosignersText(p)));
            if (const auto lead = f->lead()) {
                QStringList co;
                for (const Assignment& a : f->coHandlers())
                    co << a.unitName;
                out.paragraph(co.isEmpty() ? Tr::tr("Lead unit: %1").arg(lead->unitName)
                                           : Tr::tr("Lead unit: %1    Co-handling units: %2")
                                                 .arg(lead->unitName, co.join(QStringLiteral("、"))));
            }
            out.paragraph(Tr::tr("Reasons"), 12, true, Qt::AlignLeft, 10, 4);
            out.bodyText(p.reasons);
            out.paragraph(Tr::tr("Measures"), 12, true, Qt::AlignLeft, 10, 4);
            out.bodyText(p.measures);
            if (!f->sourceIds.isEmpty()) {
                out.paragraph(Tr::tr("Proposals merged into this one"), 12, true, Qt::AlignLeft, 10, 4);
                for (qint64 id : f->sourceIds) {
                    const ProposalFile* source = fileOf(id);
                    if (!source)
                        continue;
                    const Proposal& s = source->proposal;
                    out.paragraph(QStringLiteral("%1  %2").arg(s.number, s.title), PrintedDocument::kBodyPoints, true);
                    out.paragraph(Tr::tr("Proposer: %1").arg(proposerText(s, true)));
                    if (!s.cosignerIds.isEmpty())
                        out.paragraph(Tr::tr("Co-signers: %1").arg(cosignersText(s)));
                }
            }
        }
    }
    doc->setAfterLayout(writeTocPages);
    return doc;
}

} // namespace ud::core

#include "ui/widgets/PageHeader.h"

#include <QHBoxLayout>
#include <QLabel>

namespace ud::ui {

PageHeader::PageHeader(const QString& title, QWidget* parent)
    : QWidget(parent), m_title(new QLabel(title, this)), m_subtitle(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("pageTitle"));

    m_subtitle->setObjectName(QStringLiteral("pageSubtitle"));
    QPalette dim = m_subtitle->palette();
    dim.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_subtitle->setPalette(dim);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    // Bottom-aligned with the difference of the descents added: the two texts share a baseline.
    const int descentGap = QFontMetrics(titleFont).descent() - m_subtitle->fontMetrics().descent();
    m_subtitle->setContentsMargins(0, 0, 0, qMax(0, descentGap));
    layout->addWidget(m_title, 0, Qt::AlignBottom);
    layout->addWidget(m_subtitle, 0, Qt::AlignBottom);
    layout->addStretch(1);
}

void PageHeader::setTitle(const QString& title)
{
    m_title->setText(title);
}

QString PageHeader::title() const
{
    return m_title->text();
}

void PageHeader::setSubtitle(const QString& text)
{
    m_subtitle->setText(text);
}

QString PageHeader::subtitle() const
{
    return m_subtitle->text();
}

} // namespace ud::ui

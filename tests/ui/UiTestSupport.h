#pragma once

#include <QColor>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QSettings>
#include <QStringList>
#include <QVariantMap>

namespace ud::test {

/// True when `image` holds more than one colour (a blank or failed grab is one flat colour).
inline bool hasSeveralColours(const QImage& image)
{
    if (image.isNull())
        return false;
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != first)
                return true;
    return false;
}

/// Puts the application's QSettings back as they were when the scope ends.
class SettingsGuard {
public:
    SettingsGuard()
    {
        const QSettings settings;
        for (const QString& key : settings.allKeys())
            m_saved.insert(key, settings.value(key));
    }
    ~SettingsGuard()
    {
        QSettings settings;
        settings.clear();
        for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it)
            settings.setValue(it.key(), it.value());
    }
    SettingsGuard(const SettingsGuard&) = delete;
    SettingsGuard& operator=(const SettingsGuard&) = delete;

private:
    QVariantMap m_saved;
};

/// The labels under `widget` that show a mnemonic ("&Name:") but have no buddy: Qt shows their "&" as is, and
/// Alt+letter reaches nothing.
inline QStringList labelsWithoutBuddy(const QWidget* widget)
{
    static const QRegularExpression mnemonic(QStringLiteral("&[^&\\s]"));
    QStringList found;
    for (const QLabel* label : widget->findChildren<QLabel*>())
        if (label->textFormat() != Qt::RichText && label->text().contains(mnemonic) && !label->buddy())
            found << label->text();
    return found;
}

} // namespace ud::test

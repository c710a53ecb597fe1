#pragma once

// For the UI suite, which defines UD_SCREENSHOT_DIR (where the screenshots go) and UD_QM_DIR (the built translations).

#include "support/catch.h"

#include "UiTestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTranslator>
#include <QWidget>

namespace ud::test {

/// Saves a grab of `widget` (after the pending events) as UD_SCREENSHOT_DIR/<name>.png; the test fails when the
/// picture is missing, small or one flat colour.
inline void saveScreenshot(QWidget& widget, const QString& name)
{
    QCoreApplication::processEvents();
    REQUIRE(QDir().mkpath(QStringLiteral(UD_SCREENSHOT_DIR)));
    const QString path = QDir(QStringLiteral(UD_SCREENSHOT_DIR)).filePath(name + QStringLiteral(".png"));
    QFile::remove(path);
    REQUIRE(widget.grab().toImage().save(path));
    const QImage saved(path);
    REQUIRE(saved.width() > 100);
    REQUIRE(hasSeveralColours(saved));
}

#ifdef UD_QM_DIR
/// The users' language (Chinese) while it lives, so that screenshots show what they see.
class ChineseTranslation {
public:
    ChineseTranslation()
    {
        REQUIRE(m_translator.load(QStringLiteral(UD_QM_DIR "/uniondesk_zh_CN.qm")));
        QCoreApplication::installTranslator(&m_translator);
    }
    ~ChineseTranslation() { QCoreApplication::removeTranslator(&m_translator); }
    ChineseTranslation(const ChineseTranslation&) = delete;
    ChineseTranslation& operator=(const ChineseTranslation&) = delete;

private:
    QTranslator m_translator;
};
#endif

} // namespace ud::test

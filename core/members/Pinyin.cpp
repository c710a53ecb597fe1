#include "core/members/Pinyin.h"

#include "core/io/Text.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QtDebug>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <future>
#include <memory>
#include <utility>

namespace ud::core {

namespace {

// Surnames whose reading differs from the everyday reading of the character, which is what ICU gives
// (单 dan, 曾 ceng, 解 jie, …). They apply only at the start of a name. Compound surnames come first so
// that 尉迟 wins over a reading of 尉 alone.
struct SurnameReading {
    QString surname;
    QStringList syllables;
};

const QList<SurnameReading>& surnameReadings()
{
    static const QList<SurnameReading> readings = [] {
        const struct {
            const char16_t* surname;
            const char* syllables; // space-separated
        } table[] = {
            {u"尉迟", "yu chi"}, {u"万俟", "mo qi"}, {u"长孙", "zhang sun"}, {u"单于", "chan yu"}, {u"澹台", "tan tai"},
            {u"单", "shan"},     {u"曾", "zeng"},    {u"解", "xie"},         {u"仇", "qiu"},       {u"区", "ou"},
            {u"查", "zha"},      {u"朴", "piao"},    {u"盖", "ge"},          {u"繁", "po"},        {u"缪", "miao"},
            {u"覃", "qin"},      {u"翟", "zhai"},    {u"乐", "yue"},         {u"员", "yun"},       {u"秘", "bi"},
            {u"种", "chong"},    {u"黑", "he"},      {u"华", "hua"},         {u"纪", "ji"},        {u"过", "guo"},
            {u"句", "gou"},      {u"冼", "xian"},    {u"召", "shao"},        {u"沈", "shen"},      {u"燕", "yan"},
            {u"阚", "kan"},      {u"薄", "bo"},      {u"卜", "bu"},          {u"都", "du"},        {u"折", "she"},
            {u"粘", "nian"},     {u"洗", "xian"},    {u"乜", "nie"},         {u"隗", "wei"},
        };
        QList<SurnameReading> list;
        for (const auto& row : table)
            list.append({QString::fromUtf16(row.surname), QString::fromLatin1(row.syllables).split(QLatin1Char(' '))});
        return list;
    }();
    return readings;
}

// ICU's transliterator takes over 100 ms to create, and ICU does not promise that one instance may be used
// by several threads at once: there is one, behind a mutex, with the reading of every character seen so far.
class Transliteration {
public:
    static Transliteration& instance()
    {
        static Transliteration t;
        return t;
    }

    QMutex mutex;

    ~Transliteration()
    {
        if (m_loading.valid())
            delete m_loading.get().first;
    }

    // Creates the transliterator on another thread; transliterator() takes it from there.
    void startLoading()
    {
        QMutexLocker<QMutex> lock(&mutex);
        if (m_transliterator || m_failed || m_loading.valid())
            return;
        m_loading = std::async(std::launch::async, [] { return create(); });
    }

    // The ASCII reading of one character ("zhang" for 张, "e" for é); empty when there is none.
    // The caller holds `mutex`.
    QString readingLocked(char32_t ucs4)
    {
        const auto it = m_cache.constFind(ucs4);
        if (it != m_cache.constEnd())
            return *it;
        QString reading;
        if (transliterator()) {
            icu::UnicodeString text(static_cast<UChar32>(ucs4));
            m_transliterator->transliterate(text);
            reading.reserve(text.length());
            for (int32_t i = 0; i < text.length(); ++i) {
                const char16_t c = text.charAt(i);
                if (c >= u'a' && c <= u'z')
                    reading += QChar(c);
            }
        }
        m_cache.insert(ucs4, reading);
        return reading;
    }

private:
    const icu::Transliterator* transliterator()
    {
        if (!m_transliterator && !m_failed) {
            const auto [created, status] = m_loading.valid() ? m_loading.get() : create();
            m_transliterator.reset(created);
            if (U_FAILURE(status) || !m_transliterator) {
                m_transliterator.reset();
                m_failed = true;
                qWarning("ICU Han-Latin transliteration is not available (%s): names get no pinyin.",
                         u_errorName(status));
            }
        }
        return m_transliterator.get();
    }

    static std::pair<icu::Transliterator*, UErrorCode> create()
    {
        UErrorCode status = U_ZERO_ERROR;
        icu::Transliterator* t = icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD, status);
        if (U_FAILURE(status)) {
            delete t;
            t = nullptr;
        }
        return {t, status};
    }

    std::future<std::pair<icu::Transliterator*, UErrorCode>> m_loading;
    std::unique_ptr<icu::Transliterator> m_transliterator;
    bool m_failed = false;
    QHash<char32_t, QString> m_cache;
};

bool isAsciiLetter(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isAsciiDigit(char32_t c)
{
    return c >= '0' && c <= '9';
}

} // namespace

QStringList Pinyin::syllables(const QString& name)
{
    // Full-width letters and digits (Ａ, ３) become ASCII; full-width spaces become spaces.
    const QString text = Text::halfWidthTrimmed(name);
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });

    QStringList words;
    qsizetype pos = 0;
    if (!ascii) {
        for (const SurnameReading& s : surnameReadings()) {
            if (text.startsWith(s.surname)) {
                words << s.syllables;
                pos = s.surname.size();
                break;
            }
        }
    }

    Transliteration& tl = Transliteration::instance();
    // One lock per name; a name in plain ASCII needs no readings and takes none.
    QMutexLocker<QMutex> lock(ascii ? nullptr : &tl.mutex);

    QString word;
    enum { None, Letters, Digits } kind = None;
    const auto flush = [&] {
        if (!word.isEmpty())
            words << word;
        word.clear();
        kind = None;
    };

    while (pos < text.size()) {
        char32_t c = text.at(pos).unicode();
        qsizetype length = 1;
        if (QChar::isHighSurrogate(c) && pos + 1 < text.size() && text.at(pos + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(pos), text.at(pos + 1));
            length = 2;
        }
        pos += length;

        if (isAsciiLetter(c)) {
            if (kind != Letters)
                flush();
            kind = Letters;
            word += QChar(char16_t(c | 0x20));
        } else if (isAsciiDigit(c)) {
            if (kind != Digits)
                flush();
            kind = Digits;
            word += QChar(char16_t(c));
        } else if (QChar::script(c) == QChar::Script_Han) {
            flush();
            const QString syllable = tl.readingLocked(c);
            if (!syllable.isEmpty())
                words << syllable;
        } else if (c >= 0x80 && QChar::isLetter(c)) {
            // A Latin letter with a mark (é, ü) joins the word around it; letters of other scripts drop out.
            const QString reading = tl.readingLocked(c);
            if (reading.isEmpty()) {
                flush();
            } else {
                if (kind != Letters)
                    flush();
                kind = Letters;
                word += reading;
            }
        } else {
            flush();
        }
    }
    flush();
    return words;
}

void Pinyin::prepare()
{
    Transliteration::instance().startLoading();
}

QString Pinyin::full(const QString& name)
{
    return syllables(name).join(QString());
}

QString Pinyin::initials(const QString& name)
{
    QString result;
    for (const QString& w : syllables(name))
        result += isAsciiDigit(w.at(0).unicode()) ? w : w.left(1);
    return result;
}

} // namespace ud::core

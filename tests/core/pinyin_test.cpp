#include "support/catch.h"

#include "core/members/Pinyin.h"

#include <QRegularExpression>

#include <thread>
#include <vector>

using namespace ud::core;

namespace {

struct Expected {
    const char16_t* name;
    const char* full;
    const char* initials;
};

void checkNames(std::initializer_list<Expected> names)
{
    for (const Expected& e : names) {
        const QString name = QString::fromUtf16(e.name);
        INFO(name.toStdString());
        CHECK(Pinyin::full(name) == QLatin1String(e.full));
        CHECK(Pinyin::initials(name) == QLatin1String(e.initials));
    }
}

} // namespace

TEST_CASE("Pinyin of ordinary names", "[pinyin]")
{
    checkNames({
        {u"张伟", "zhangwei", "zw"},
        {u"王小明", "wangxiaoming", "wxm"},
        {u"欧阳修", "ouyangxiu", "oyx"},
        {u"诸葛亮", "zhugeliang", "zgl"},
        {u"吕刚", "lugang", "lg"}, // ICU writes ü as u
    });
    CHECK(Pinyin::syllables(QStringLiteral("张伟")) == QStringList{QStringLiteral("zhang"), QStringLiteral("wei")});
    CHECK(Pinyin::full(QString()).isEmpty());
    CHECK(Pinyin::initials(QString()).isEmpty());
}

TEST_CASE("Surnames with special readings use the override table", "[pinyin]")
{
    // ICU alone reads these dan, ceng, jie, chou, qu, cha, pu, wei chi, wan qi, di, tan, mou, gai, zhong, ju.
    checkNames({
        {u"单雄信", "shanxiongxin", "sxx"},
        {u"曾国藩", "zengguofan", "zgf"},
        {u"解缙", "xiejin", "xj"},
        {u"仇英", "qiuying", "qy"},
        {u"区志坚", "ouzhijian", "ozj"},
        {u"查良镛", "zhaliangyong", "zly"},
        {u"朴树", "piaoshu", "ps"},
        {u"尉迟恭", "yuchigong", "ycg"},
        {u"万俟卨", "moqixie", "mqx"},
        {u"长孙无忌", "zhangsunwuji", "zswj"},
        {u"翟志刚", "zhaizhigang", "zzg"},
        {u"覃静", "qinjing", "qj"},
        {u"缪海", "miaohai", "mh"},
        {u"盖叫天", "gejiaotian", "gjt"},
        {u"种师道", "chongshidao", "csd"},
        {u"句龙", "goulong", "gl"},
    });
}

TEST_CASE("Special surname readings apply only at the start of a name", "[pinyin]")
{
    checkNames({
        {u"李曾", "liceng", "lc"},
        {u"王单", "wangdan", "wd"},
        {u"\u3000单田芳 ", "shantianfang", "stf"},
    });
}

TEST_CASE("Pinyin of names with Latin letters, digits and punctuation", "[pinyin]")
{
    checkNames({
        {u"阿依古丽·买买提", "ayigulimaimaiti", "ayglmmt"},
        {u"李Mary", "limary", "lm"},
        {u"Anna Smith", "annasmith", "as"},
        {u"José王", "josewang", "jw"},
        {u"ＡＢ张", "abzhang", "az"},
        {u"张伟2", "zhangwei2", "zw2"},
        {u"张伟（退休）", "zhangweituixiu", "zwtx"},
        {u"张 伟", "zhangwei", "zw"},
    });
}

TEST_CASE("Pinyin gives the same readings from several threads", "[pinyin]")
{
    // Characters no other test uses, so that the threads fill the cache while they read it.
    QStringList names;
    for (char16_t c = 0x5100; c < 0x5200; c += 2)
        names << QString(QChar(c)) + QChar(char16_t(c + 1));

    constexpr int kThreads = 4;
    std::vector<QStringList> results(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&names, &results, t] {
            for (const QString& n : names)
                results[t] << Pinyin::full(n) + QLatin1Char('/') + Pinyin::initials(n);
        });
    }
    for (std::thread& t : threads)
        t.join();

    QStringList expected;
    for (const QString& n : names)
        expected << Pinyin::full(n) + QLatin1Char('/') + Pinyin::initials(n);
    for (const QStringList& r : results)
        CHECK(r == expected);
    // Most characters of this block have a reading; a broken transliteration would give none.
    CHECK(expected.filter(QRegularExpression(QStringLiteral("^[a-z]+/[a-z]+$"))).size() > names.size() / 2);
}

TEST_CASE("More surnames that ICU reads with their common reading", "[pinyin]")
{
    CHECK(ud::core::Pinyin::initials(QStringLiteral("阚")) == QStringLiteral("k"));
    CHECK(ud::core::Pinyin::full(QStringLiteral("薄")) == QStringLiteral("bo"));
    CHECK(ud::core::Pinyin::full(QStringLiteral("卜")) == QStringLiteral("bu"));
    CHECK(ud::core::Pinyin::full(QStringLiteral("单于")) == QStringLiteral("chanyu"));
    CHECK(ud::core::Pinyin::full(QStringLiteral("单")) == QStringLiteral("shan"));
}

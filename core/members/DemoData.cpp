#include "core/members/DemoData.h"

#include "core/db/BulkTuning.h"
#include "core/db/DatabaseSettings.h"
#include "core/db/RecordStore.h"
#include "core/members/IdNumber.h"
#include "core/members/Member.h"
#include "core/members/Pinyin.h"
#include "core/units/SubUnitRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <iterator>
#include <optional>
#include <random>
#include <vector>

namespace ud::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ud::core::DemoData", text);
}

QString trn(const char* text, int n)
{
    return QCoreApplication::translate("ud::core::DemoData", text, nullptr, n);
}

// std::uniform_int_distribution differs between standard libraries; the same seed must give the same roster
// everywhere, so numbers are drawn from the engine's raw output.
class Random {
public:
    explicit Random(quint64 seed) : m_engine(seed) {}
    int below(int n) { return n <= 1 ? 0 : int(m_engine() % quint64(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool chance(double p) { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0) < p; }

private:
    std::mt19937_64 m_engine;
};

struct Weighted {
    const char16_t* text;
    int weight;
};

// A list to draw from, each entry as often as its weight says.
class Pool {
public:
    Pool(std::initializer_list<Weighted> entries)
    {
        for (const Weighted& e : entries) {
            m_total += e.weight;
            m_values.append(QString::fromUtf16(e.text));
            m_cumulative.push_back(m_total);
        }
    }
    int pickIndex(Random& random) const
    {
        const int r = random.below(m_total);
        return int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r) - m_cumulative.begin());
    }
    const QString& pick(Random& random) const { return m_values.at(pickIndex(random)); }
    const QStringList& values() const { return m_values; }

private:
    QStringList m_values;
    std::vector<int> m_cumulative;
    int m_total = 0;
};

enum class UnitKind { College, Administration, Logistics, Library, Hospital };

// The one of five per-kind tables that belongs to `kind`.
template <class T>
const T& byKind(UnitKind kind, const T& college, const T& administration, const T& logistics, const T& library,
                const T& hospital)
{
    switch (kind) {
    case UnitKind::College:
        break;
    case UnitKind::Administration:
        return administration;
    case UnitKind::Logistics:
        return logistics;
    case UnitKind::Library:
        return library;
    case UnitKind::Hospital:
        return hospital;
    }
    return college;
}

struct UnitSpec {
    const char* code;
    const char16_t* name;
    const char16_t* shortName;
    UnitKind kind;
    int weight;                  // relative head count
    const char16_t* departments; // space-separated
};

// About 30 sub-unions of a comprehensive university, with their usual departments.
const UnitSpec kUnits[] = {
    {"101", u"经济学院分工会", u"经济", UnitKind::College, 34, u"经济学系 金融学系 国际经济与贸易系 财政学系 院办公室"},
    {"102", u"管理学院分工会", u"管理", UnitKind::College, 36,
     u"工商管理系 会计学系 市场营销系 旅游管理系 院办公室 MBA中心"},
    {"103", u"法学院分工会", u"法学", UnitKind::College, 24, u"法学系 知识产权研究所 法律诊所 院办公室"},
    {"104", u"人文学院分工会", u"人文", UnitKind::College, 30, u"中国语言文学系 历史学系 哲学系 古籍研究所 院办公室"},
    {"105", u"外国语学院分工会", u"外语", UnitKind::College, 30,
     u"英语系 日语系 德语系 法语系 大学外语教学部 院办公室"},
    {"106", u"马克思主义学院分工会", u"马院", UnitKind::College, 16,
     u"思想政治教育教研室 马克思主义基本原理教研室 中国近现代史纲要教研室 院办公室"},
    {"107", u"数学科学学院分工会", u"数学", UnitKind::College, 26, u"数学系 统计学系 应用数学研究所 院办公室"},
    {"108", u"物理学院分工会", u"物理", UnitKind::College, 24, u"物理学系 光电科学系 实验中心 院办公室"},
    {"109", u"化学与材料学院分工会", u"化学", UnitKind::College, 30, u"化学系 材料科学与工程系 分析测试中心 院办公室"},
    {"110", u"生命科学学院分工会", u"生科", UnitKind::College, 28,
     u"生物科学系 生物技术系 生态学研究所 实验中心 院办公室"},
    {"111", u"计算机科学与技术学院分工会", u"计算机", UnitKind::College, 38,
     u"计算机科学系 软件工程系 人工智能研究所 网络空间安全系 院办公室"},
    {"112", u"信息与电子工程学院分工会", u"信电", UnitKind::College, 34,
     u"电子工程系 通信工程系 微电子研究所 实验中心 院办公室"},
    {"113", u"机械工程学院分工会", u"机械", UnitKind::College, 30, u"机械设计系 机械电子工程系 工程训练中心 院办公室"},
    {"114", u"土木工程学院分工会", u"土木", UnitKind::College, 26, u"土木工程系 建筑工程系 交通工程系 院办公室"},
    {"115", u"建筑学院分工会", u"建筑", UnitKind::College, 16, u"建筑学系 城乡规划系 风景园林系 院办公室"},
    {"116", u"环境与资源学院分工会", u"环资", UnitKind::College, 22, u"环境工程系 资源科学系 土壤研究所 院办公室"},
    {"117", u"农业与生物技术学院分工会", u"农学", UnitKind::College, 26, u"农学系 园艺系 植物保护系 茶学系 院办公室"},
    {"118", u"医学院分工会", u"医学", UnitKind::College, 44, u"基础医学系 临床医学系 公共卫生系 护理系 院办公室"},
    {"119", u"药学院分工会", u"药学", UnitKind::College, 20, u"药学系 药物化学研究所 药理学系 院办公室"},
    {"120", u"教育学院分工会", u"教育", UnitKind::College, 22, u"教育学系 心理学系 课程与教学研究所 院办公室"},
    {"121", u"新闻与传播学院分工会", u"新传", UnitKind::College, 16, u"新闻学系 广播电视系 广告学系 院办公室"},
    {"122", u"公共管理学院分工会", u"公管", UnitKind::College, 22, u"行政管理系 社会保障系 土地管理系 院办公室"},
    {"123", u"艺术学院分工会", u"艺术", UnitKind::College, 18, u"美术系 音乐系 设计系 院办公室"},
    {"124", u"体育学院分工会", u"体育", UnitKind::College, 14, u"公共体育教学部 运动训练系 体育场馆中心"},
    {"125", u"继续教育学院分工会", u"继教", UnitKind::College, 10, u"培训部 学历教育部 办公室"},
    {"201", u"机关分工会", u"机关", UnitKind::Administration, 70,
     u"党委办公室 校长办公室 组织部 宣传部 人事处 财务处 教务处 科学技术研究院 学生工作部 国际交流处 保卫处 审计处 "
     u"资产管理处 发展规划处 研究生院 离退休工作处"},
    {"202", u"后勤分工会", u"后勤", UnitKind::Logistics, 60,
     u"后勤管理处 膳食服务中心 物业管理中心 基建处 能源管理中心 校园绿化中心 车辆服务中心"},
    {"203", u"图书馆分工会", u"图书馆", UnitKind::Library, 16,
     u"采编部 流通阅览部 信息咨询部 古籍特藏部 数字资源部 馆办公室"},
    {"204", u"校医院分工会", u"校医院", UnitKind::Hospital, 12, u"门诊部 内科 外科 口腔科 药剂科 预防保健科 院办公室"},
    {"205", u"信息技术中心分工会", u"信息中心", UnitKind::Administration, 10,
     u"网络运行部 应用开发部 数据中心 用户服务部"},
    {"206", u"出版社与资产经营公司分工会", u"资产公司", UnitKind::Administration, 10,
     u"编辑部 发行部 资产经营部 综合办公室"},
};

struct TitleSpec {
    const char16_t* title;
    int weight;
    int minAge;
};

// Titles by kind of unit; a title is only given to people old enough to have earned it.
const std::vector<TitleSpec>& titlesFor(UnitKind kind)
{
    static const std::vector<TitleSpec> college = {
        {u"教授", 12, 35},  {u"副教授", 20, 30},  {u"讲师", 22, 25},      {u"助教", 3, 22},
        {u"研究员", 3, 36}, {u"副研究员", 4, 31}, {u"助理研究员", 4, 26}, {u"高级实验师", 3, 35},
        {u"实验师", 5, 28}, {u"辅导员", 6, 22},   {u"科员", 6, 22},       {u"工程师", 3, 26},
    };
    static const std::vector<TitleSpec> administration = {
        {u"处长", 3, 38},      {u"副处长", 6, 34},     {u"科长", 10, 30}, {u"副科长", 8, 27},
        {u"主任科员", 10, 30}, {u"科员", 25, 22},      {u"职员", 8, 22},  {u"工程师", 5, 26},
        {u"会计师", 4, 26},    {u"助理研究员", 3, 26}, {u"编辑", 3, 24},  {u"副编审", 2, 35},
    };
    static const std::vector<TitleSpec> logistics = {
        {u"高级工程师", 3, 35}, {u"工程师", 10, 26}, {u"助理工程师", 10, 23}, {u"技师", 10, 28},
        {u"高级工", 10, 25},    {u"工人", 30, 22},   {u"科员", 10, 22},       {u"厨师", 8, 22},
    };
    static const std::vector<TitleSpec> library = {
        {u"研究馆员", 3, 38},  {u"副研究馆员", 10, 32}, {u"馆员", 25, 25},
        {u"助理馆员", 15, 22}, {u"工程师", 3, 26},      {u"科员", 5, 22},
    };
    static const std::vector<TitleSpec> hospital = {
        {u"主任医师", 3, 40}, {u"副主任医师", 6, 34}, {u"主治医师", 10, 29}, {u"医师", 10, 24},  {u"主管护师", 8, 30},
        {u"护师", 10, 24},    {u"护士", 8, 22},       {u"药师", 5, 24},      {u"检验师", 4, 24},
    };
    return byKind(kind, college, administration, logistics, library, hospital);
}

// Women with these titles (senior professional staff and cadres) retire at 60, others at 55.
bool retiresAtSixty(const QString& title)
{
    static const QSet<QString> senior = {
        QStringLiteral("教授"),       QStringLiteral("副教授"),     QStringLiteral("研究员"),
        QStringLiteral("副研究员"),   QStringLiteral("处长"),       QStringLiteral("副处长"),
        QStringLiteral("高级实验师"), QStringLiteral("研究馆员"),   QStringLiteral("副研究馆员"),
        QStringLiteral("主任医师"),   QStringLiteral("副主任医师"), QStringLiteral("高级工程师"),
        QStringLiteral("副编审"),
    };
    return senior.contains(title);
}

const Pool& educationFor(UnitKind kind)
{
    static const Pool college = {{u"博士研究生", 60}, {u"硕士研究生", 25}, {u"大学本科", 12}, {u"大学专科", 3}};
    static const Pool administration = {{u"博士研究生", 10}, {u"硕士研究生", 45}, {u"大学本科", 40}, {u"大学专科", 5}};
    static const Pool logistics = {
        {u"硕士研究生", 5}, {u"大学本科", 25}, {u"大学专科", 30}, {u"高中/中专", 30}, {u"初中", 10}};
    static const Pool library = {{u"博士研究生", 5}, {u"硕士研究生", 40}, {u"大学本科", 45}, {u"大学专科", 10}};
    static const Pool hospital = {{u"博士研究生", 5}, {u"硕士研究生", 30}, {u"大学本科", 45}, {u"大学专科", 20}};
    return byKind(kind, college, administration, logistics, library, hospital);
}

const Pool& employmentFor(UnitKind kind)
{
    static const Pool college = {{u"事业编制", 70}, {u"人事代理", 18}, {u"合同制", 8}, {u"劳务派遣", 4}};
    static const Pool administration = {{u"事业编制", 65}, {u"人事代理", 20}, {u"合同制", 10}, {u"劳务派遣", 5}};
    static const Pool logistics = {{u"事业编制", 25}, {u"合同制", 35}, {u"劳务派遣", 40}};
    static const Pool other = {{u"事业编制", 60}, {u"人事代理", 22}, {u"合同制", 18}};
    return byKind(kind, college, administration, logistics, other, other);
}

const Pool kPolitical = {
    {u"中共党员", 45},    {u"群众", 35},    {u"中共预备党员", 2}, {u"共青团员", 6},   {u"民盟盟员", 3},
    {u"九三学社社员", 2}, {u"民进会员", 2}, {u"农工党党员", 1},   {u"致公党党员", 1}, {u"无党派人士", 1},
};

const Pool kEthnicity = {
    {u"汉族", 940}, {u"回族", 10},  {u"满族", 10}, {u"蒙古族", 6}, {u"壮族", 6},   {u"土家族", 6},   {u"苗族", 5},
    {u"畲族", 5},   {u"朝鲜族", 3}, {u"彝族", 3},  {u"侗族", 2},   {u"布依族", 2}, {u"维吾尔族", 1}, {u"藏族", 1},
};

// Common surnames by frequency, with the ones whose reading as a surname differs (单 Shan, 曾 Zeng, 解 Xie,
// 仇 Qiu, 区 Ou, 查 Zha, 朴 Piao, 尉迟 Yuchi) and a few compound surnames.
const Pool kSurnames = {
    {u"王", 72},  {u"李", 71},  {u"张", 66},  {u"刘", 54}, {u"陈", 46}, {u"杨", 32}, {u"黄", 23},  {u"赵", 22},
    {u"吴", 21},  {u"周", 20},  {u"徐", 19},  {u"孙", 15}, {u"马", 14}, {u"朱", 14}, {u"胡", 13},  {u"郭", 12},
    {u"何", 12},  {u"林", 11},  {u"高", 11},  {u"罗", 10}, {u"郑", 10}, {u"梁", 9},  {u"谢", 8},   {u"宋", 8},
    {u"唐", 8},   {u"许", 7},   {u"韩", 7},   {u"冯", 7},  {u"邓", 7},  {u"曹", 7},  {u"彭", 6},   {u"曾", 6},
    {u"肖", 6},   {u"田", 6},   {u"董", 5},   {u"潘", 5},  {u"袁", 5},  {u"蔡", 5},  {u"蒋", 5},   {u"余", 5},
    {u"于", 5},   {u"杜", 5},   {u"叶", 5},   {u"程", 4},  {u"魏", 4},  {u"苏", 4},  {u"吕", 4},   {u"丁", 4},
    {u"任", 4},   {u"沈", 5},   {u"姚", 4},   {u"卢", 4},  {u"钟", 3},  {u"姜", 3},  {u"崔", 3},   {u"谭", 3},
    {u"陆", 3},   {u"范", 3},   {u"汪", 3},   {u"廖", 3},  {u"石", 3},  {u"金", 3},  {u"韦", 3},   {u"贾", 3},
    {u"夏", 3},   {u"方", 3},   {u"邹", 3},   {u"熊", 3},  {u"白", 3},  {u"孟", 3},  {u"秦", 3},   {u"邱", 3},
    {u"侯", 2},   {u"江", 2},   {u"尹", 2},   {u"薛", 2},  {u"段", 2},  {u"雷", 2},  {u"龙", 2},   {u"史", 2},
    {u"陶", 2},   {u"贺", 2},   {u"毛", 2},   {u"顾", 2},  {u"龚", 2},  {u"邵", 2},  {u"钱", 2},   {u"戴", 2},
    {u"严", 2},   {u"俞", 2},   {u"楼", 1},   {u"应", 1},  {u"童", 1},  {u"莫", 1},  {u"孔", 1},   {u"汤", 1},
    {u"单", 2},   {u"解", 1},   {u"仇", 1},   {u"区", 1},  {u"查", 1},  {u"朴", 1},  {u"尉迟", 1}, {u"欧阳", 1},
    {u"诸葛", 1}, {u"司马", 1}, {u"上官", 1},
};

// Given names; era 1: mostly people born before 1970, era 2: born 1990 or later, 0: any time.
struct GivenName {
    const char16_t* text;
    int weight;
    int era;
};

const std::vector<GivenName> kMaleNames = {
    {u"伟", 20, 0},  {u"强", 10, 0},  {u"磊", 10, 0},  {u"军", 10, 0},  {u"勇", 8, 0},   {u"杰", 8, 0},
    {u"涛", 8, 0},   {u"斌", 6, 0},   {u"超", 6, 0},   {u"明", 6, 0},   {u"刚", 6, 0},   {u"平", 5, 0},
    {u"辉", 6, 0},   {u"鹏", 5, 0},   {u"华", 5, 0},   {u"飞", 5, 0},   {u"波", 5, 0},   {u"宇", 5, 0},
    {u"浩", 5, 0},   {u"凯", 4, 0},   {u"健", 4, 0},   {u"俊", 4, 0},   {u"峰", 4, 0},   {u"亮", 4, 0},
    {u"晨", 3, 2},   {u"昊", 3, 2},   {u"哲", 3, 0},   {u"旭", 3, 0},   {u"毅", 3, 0},   {u"建国", 4, 1},
    {u"建华", 4, 1}, {u"志强", 4, 0}, {u"志明", 3, 0}, {u"海涛", 3, 0}, {u"晓东", 3, 0}, {u"文杰", 3, 0},
    {u"国强", 3, 1}, {u"建军", 3, 1}, {u"建平", 3, 1}, {u"永强", 2, 0}, {u"俊杰", 3, 0}, {u"浩然", 2, 2},
    {u"子轩", 2, 2}, {u"宇航", 2, 2}, {u"一鸣", 2, 2}, {u"博文", 2, 2}, {u"思远", 2, 0}, {u"天宇", 2, 2},
    {u"明辉", 2, 0}, {u"振华", 2, 1}, {u"家豪", 2, 2}, {u"文斌", 2, 0}, {u"立新", 2, 1}, {u"卫东", 2, 1},
    {u"红军", 1, 1}, {u"志刚", 2, 0}, {u"晓明", 3, 0}, {u"小龙", 2, 0}, {u"国华", 2, 1}, {u"德明", 1, 1},
    {u"学军", 1, 1}, {u"建新", 2, 1}, {u"海波", 2, 0}, {u"宏伟", 2, 0}, {u"建明", 2, 1}, {u"文华", 2, 0},
};

const std::vector<GivenName> kFemaleNames = {
    {u"芳", 15, 0},  {u"娜", 12, 0},  {u"敏", 12, 0},  {u"静", 12, 0},  {u"丽", 10, 0},  {u"艳", 8, 0},
    {u"娟", 8, 0},   {u"霞", 6, 0},   {u"燕", 6, 0},   {u"玲", 6, 0},   {u"婷", 6, 0},   {u"雪", 5, 0},
    {u"琳", 5, 0},   {u"颖", 5, 0},   {u"倩", 5, 0},   {u"洁", 5, 0},   {u"晶", 4, 0},   {u"欣", 4, 0},
    {u"红", 4, 1},   {u"梅", 4, 0},   {u"莉", 4, 0},   {u"萍", 4, 0},   {u"慧", 4, 0},   {u"蕾", 3, 0},
    {u"瑶", 3, 2},   {u"璐", 3, 0},   {u"佳", 3, 0},   {u"琦", 2, 0},   {u"秀英", 4, 1}, {u"桂英", 3, 1},
    {u"玉兰", 3, 1}, {u"丽娟", 3, 0}, {u"晓燕", 3, 0}, {u"丽华", 3, 1}, {u"秀兰", 2, 1}, {u"桂兰", 2, 1},
    {u"淑珍", 2, 1}, {u"海燕", 3, 0}, {u"红梅", 2, 1}, {u"春梅", 2, 1}, {u"雅琴", 2, 0}, {u"雨涵", 2, 2},
    {u"欣怡", 2, 2}, {u"梓涵", 2, 2}, {u"诗琪", 2, 2}, {u"佳怡", 2, 2}, {u"思琪", 2, 2}, {u"晓丽", 2, 0},
    {u"文静", 2, 0}, {u"晓红", 2, 0}, {u"美玲", 2, 0}, {u"丽萍", 2, 0}, {u"晓梅", 2, 0}, {u"梦瑶", 2, 2},
    {u"若曦", 1, 2}, {u"紫涵", 1, 2}, {u"婉清", 1, 0}, {u"晓婷", 2, 0}, {u"亚男", 1, 1}, {u"凤英", 1, 1},
};

// Two-character given names are also composed from the characters commonly used in each place.
const Pool kMaleFirst = {
    {u"建", 6}, {u"志", 6}, {u"国", 5}, {u"文", 6}, {u"明", 4}, {u"永", 4}, {u"德", 3}, {u"海", 4},
    {u"晓", 5}, {u"子", 4}, {u"浩", 4}, {u"宇", 4}, {u"俊", 4}, {u"家", 4}, {u"天", 3}, {u"一", 3},
    {u"思", 3}, {u"博", 3}, {u"嘉", 3}, {u"泽", 3}, {u"振", 3}, {u"立", 3}, {u"卫", 2}, {u"学", 3},
    {u"光", 2}, {u"春", 2}, {u"少", 2}, {u"世", 2}, {u"承", 2}, {u"瑞", 2}, {u"景", 2}, {u"鸿", 2},
    {u"鹏", 2}, {u"金", 2}, {u"荣", 2}, {u"良", 2}, {u"伟", 3}, {u"新", 2}, {u"正", 2}, {u"安", 2},
};
const Pool kMaleSecond = {
    {u"伟", 5}, {u"华", 5}, {u"明", 5}, {u"平", 4}, {u"军", 4}, {u"强", 5}, {u"林", 4}, {u"辉", 4},
    {u"东", 4}, {u"杰", 5}, {u"峰", 4}, {u"涛", 4}, {u"波", 4}, {u"斌", 4}, {u"成", 3}, {u"龙", 3},
    {u"宇", 4}, {u"轩", 3}, {u"航", 3}, {u"然", 3}, {u"阳", 4}, {u"磊", 3}, {u"飞", 3}, {u"刚", 3},
    {u"超", 3}, {u"勇", 3}, {u"鑫", 3}, {u"新", 3}, {u"生", 3}, {u"荣", 2}, {u"民", 3}, {u"庆", 2},
    {u"康", 2}, {u"凯", 3}, {u"锋", 2}, {u"豪", 2}, {u"晨", 2}, {u"翔", 2}, {u"彬", 2}, {u"钧", 2},
};
const Pool kFemaleFirst = {
    {u"秀", 4}, {u"丽", 5}, {u"美", 4}, {u"晓", 6}, {u"雅", 4}, {u"静", 3}, {u"慧", 4}, {u"玉", 4}, {u"春", 3},
    {u"海", 3}, {u"淑", 3}, {u"桂", 2}, {u"婉", 2}, {u"梦", 3}, {u"欣", 3}, {u"诗", 3}, {u"佳", 4}, {u"思", 3},
    {u"雨", 3}, {u"梓", 2}, {u"紫", 2}, {u"文", 3}, {u"红", 3}, {u"彩", 2}, {u"凤", 2}, {u"月", 2}, {u"嘉", 2},
    {u"若", 2}, {u"心", 2}, {u"馨", 2}, {u"小", 3}, {u"艳", 2}, {u"金", 2}, {u"冬", 2}, {u"晴", 2},
};
const Pool kFemaleSecond = {
    {u"英", 4}, {u"兰", 4}, {u"华", 4}, {u"芳", 5}, {u"燕", 4}, {u"娟", 4}, {u"梅", 4}, {u"琴", 3}, {u"红", 3},
    {u"玲", 4}, {u"萍", 3}, {u"霞", 3}, {u"婷", 4}, {u"洁", 3}, {u"敏", 4}, {u"静", 4}, {u"琳", 3}, {u"涵", 3},
    {u"怡", 3}, {u"琪", 3}, {u"瑶", 3}, {u"悦", 3}, {u"颖", 3}, {u"雪", 3}, {u"珍", 3}, {u"丹", 3}, {u"妍", 2},
    {u"茹", 2}, {u"萱", 2}, {u"蓉", 2}, {u"莉", 3}, {u"娜", 3}, {u"倩", 3}, {u"晶", 2}, {u"慧", 3},
};

class NamePool {
public:
    NamePool(const std::vector<GivenName>& names, const Pool& first, const Pool& second)
        : m_first(first), m_second(second)
    {
        for (const GivenName& n : names) {
            m_total += n.weight;
            m_names.append(QString::fromUtf16(n.text));
            m_eras.push_back(n.era);
            m_cumulative.push_back(m_total);
        }
    }
    // A given name: from the common names (which repeat across a large roster: 张伟, 王芳, 李娜), or composed of
    // two characters.
    QString pick(Random& random, int birthYear) const
    {
        if (random.chance(0.55))
            return m_first.pick(random) + m_second.pick(random);
        return common(random, birthYear);
    }

private:
    // A common name that fits the birth year: a name of another era is drawn again, up to a few times.
    const QString& common(Random& random, int birthYear) const
    {
        int i = 0;
        for (int attempt = 0; attempt < 4; ++attempt) {
            const int r = random.below(m_total);
            i = int(std::upper_bound(m_cumulative.begin(), m_cumulative.end(), r) - m_cumulative.begin());
            const int era = m_eras[size_t(i)];
            if (era == 0 || (era == 1 && birthYear < 1972) || (era == 2 && birthYear >= 1988))
                break;
        }
        return m_names.at(i);
    }

    const Pool& m_first;
    const Pool& m_second;
    QStringList m_names;
    std::vector<int> m_eras;
    std::vector<int> m_cumulative;
    int m_total = 0;
};

// Real county-level codes: mostly Zhejiang, the rest from across the country.
const Pool kRegions = {
    {u"330102", 30}, {u"330105", 30}, {u"330106", 40}, {u"330108", 20}, {u"330109", 20}, {u"330110", 20},
    {u"330203", 15}, {u"330212", 15}, {u"330302", 15}, {u"330381", 10}, {u"330402", 10}, {u"330502", 10},
    {u"330602", 12}, {u"330681", 8},  {u"330702", 10}, {u"330782", 10}, {u"330802", 8},  {u"331002", 10},
    {u"331102", 8},  {u"330902", 4},  {u"110105", 6},  {u"110108", 6},  {u"310104", 6},  {u"310115", 6},
    {u"320102", 5},  {u"320505", 5},  {u"340104", 6},  {u"360102", 5},  {u"350102", 5},  {u"370102", 5},
    {u"410105", 6},  {u"420106", 6},  {u"430104", 5},  {u"440106", 5},  {u"510107", 6},  {u"610113", 5},
    {u"130102", 4},  {u"140105", 3},  {u"210102", 3},  {u"230103", 3},  {u"500103", 4},  {u"450103", 3},
};

const char* const kMobilePrefixes[] = {"130", "131", "132", "133", "134", "135", "136", "137", "138", "139",
                                       "150", "151", "152", "153", "155", "156", "157", "158", "159", "166",
                                       "173", "175", "176", "177", "178", "180", "181", "182", "183", "184",
                                       "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"};

struct Unit {
    qint64 id = 0;
    UnitKind kind = UnitKind::College;
    QStringList departments;
};

struct Event {
    QDate date;
    MemberEvent::Kind kind = MemberEvent::Kind::Joined;
    qint64 unitId = 0;
    qint64 fromUnitId = 0; // transferred only
    QString note;
};

int daysBetween(const QDate& a, const QDate& b)
{
    return int(a.daysTo(b));
}

int ageOn(const QDate& birth, const QDate& day)
{
    int age = day.year() - birth.year();
    if (day.month() < birth.month() || (day.month() == birth.month() && day.day() < birth.day()))
        --age;
    return age;
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL, so empty text is bound as ''.
QVariant text(const QString& s)
{
    return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s);
}

QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

[[noreturn]] void fail(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    throw Error(QCoreApplication::translate("ud::core", "The database reported an error: %1")
                    .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText()));
}

void prepare(QSqlQuery& query, const QString& sql)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        fail(query);
}

void run(QSqlQuery& query)
{
    if (!query.exec())
        fail(query);
}

} // namespace

DemoData::Summary DemoData::generate(Database& db, const Options& options)
{
    QElapsedTimer timer;
    timer.start();
    if (options.members < 1 || options.members > MaxMembers)
        throw ValidationError(tr("The number of members must be between 1 and %1.").arg(MaxMembers));
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();

    // Tens of thousands of rows into ten indexes. SQLite keeps a statement journal for every INSERT that could
    // fail half-way, and by default writes it to a temporary file: about 30 small writes per member. In memory,
    // with a page cache large enough for the transaction, generation is several times faster. Both are
    // settings of this connection, put back afterwards.
    BulkTuning tuning(db);
    tuning.largeCache(true);

    Transaction tx(db);
    const qint64 existing = db.scalar(QStringLiteral("SELECT count(*) FROM members")).toLongLong();
    if (existing > 0)
        throw ValidationError(trn("The database already holds %n member(s). Demo data goes only into a database "
                                  "without members, so that it never mixes with a real roster; name a new "
                                  "database with --db.",
                                  int(existing)));

    Summary summary;
    Random random(options.seed);

    // A made-up union's name, so that headings, certificates and the overview read as they will for the office.
    DatabaseSettings stored(db);
    if (stored.value(settings::UnionName).isEmpty())
        stored.setValue(settings::UnionName, QStringLiteral("示例大学工会"));

    // Sub-unions: the ones with the demo codes (or names) that exist already are used as they are.
    SubUnitRepository unitRepo(db);
    std::vector<Unit> units;
    std::vector<int> unitWeights;
    int sortOrder = 0;
    for (const UnitSpec& spec : kUnits) {
        const QString code = QString::fromLatin1(spec.code);
        const QString name = QString::fromUtf16(spec.name);
        std::optional<SubUnit> found = unitRepo.byCode(code);
        if (!found) {
            const QVariant id =
                db.scalar(QStringLiteral("SELECT id FROM units WHERE name = :n"), {{QStringLiteral("n"), name}});
            if (id.isValid())
                found = unitRepo.byId(id.toLongLong());
        }
        Unit unit;
        unit.kind = spec.kind;
        unit.departments = QString::fromUtf16(spec.departments).split(QLatin1Char(' '));
        if (found) {
            unit.id = found->id;
            ++summary.unitsReused;
        } else {
            SubUnit u;
            u.code = code;
            u.name = name;
            u.shortName = QString::fromUtf16(spec.shortName);
            u.sortOrder = sortOrder;
            unit.id = unitRepo.add(u);
            ++summary.unitsAdded;
        }
        sortOrder += 10;
        units.push_back(unit);
        unitWeights.push_back(spec.weight);
    }
    std::vector<int> unitCumulative;
    int unitTotal = 0;
    for (int w : unitWeights)
        unitCumulative.push_back(unitTotal += w);
    auto pickUnit = [&]() -> int {
        const int r = random.below(unitTotal);
        return int(std::upper_bound(unitCumulative.begin(), unitCumulative.end(), r) - unitCumulative.begin());
    };
    // Another sub-union whose people can hold `title`: where a member can be transferred to.
    auto pickOtherUnit = [&](int current, const QString& title) -> int {
        for (int attempt = 0; attempt < 20; ++attempt) {
            const int u = pickUnit();
            if (u == current)
                continue;
            for (const TitleSpec& t : titlesFor(units[size_t(u)].kind))
                if (title == QString::fromUtf16(t.title))
                    return u;
        }
        return -1;
    };

    const NamePool maleNames(kMaleNames, kMaleFirst, kMaleSecond);
    const NamePool femaleNames(kFemaleNames, kFemaleFirst, kFemaleSecond);
    QHash<QString, QPair<QString, QString>> pinyinCache;
    QHash<QString, int> nameCounts;
    QSet<QString> idNumbers;
    QSet<QString> phones;
    QHash<int, int> staffSerial; // join year → last serial used
    idNumbers.reserve(options.members);
    phones.reserve(options.members);

    QSqlQuery insertMember(db.connection());
    prepare(
        insertMember,
        QStringLiteral(
            "INSERT INTO members (staff_no, name, name_pinyin, name_initials, gender, ethnicity, birth_date, "
            "id_number, unit_id, department, title, education, political_status, employment_type, phone, join_date, "
            "status, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    QSqlQuery insertEvent(db.connection());
    prepare(insertEvent, QStringLiteral("INSERT INTO member_events (member_id, event_date, kind, unit_id, "
                                        "from_unit_id, note) VALUES (?, ?, ?, ?, ?, ?)"));

    // Everyone is between 22 and 75 years old today.
    const QDate oldest = today.addYears(-76).addDays(1);
    const QDate youngest = today.addYears(-22);
    const int birthSpan = daysBetween(oldest, youngest);

    for (int n = 0; n < options.members; ++n) {
        const bool male = random.chance(0.52);
        const QDate birth = oldest.addDays(random.below(birthSpan + 1));
        const int age = ageOn(birth, today);

        int unitIndex = pickUnit();
        const UnitKind kind = units[size_t(unitIndex)].kind;

        // Name
        QString surname = kSurnames.pick(random);
        QString ethnicity = kEthnicity.pick(random);
        if (surname == QLatin1String("朴") && random.chance(0.8))
            ethnicity = QStringLiteral("朝鲜族");
        const QString name = surname + (male ? maleNames : femaleNames).pick(random, birth.year());

        // Title, held for as long as the member works here; young people do not hold senior titles.
        const std::vector<TitleSpec>& titles = titlesFor(kind);
        int titleTotal = 0;
        for (const TitleSpec& t : titles)
            titleTotal += t.weight;
        QString title;
        const int workingAge = std::min(age, 60);
        for (int attempt = 0; attempt < 6 && title.isEmpty(); ++attempt) {
            int r = random.below(titleTotal);
            for (const TitleSpec& t : titles) {
                if (r < t.weight) {
                    if (workingAge >= t.minAge)
                        title = QString::fromUtf16(t.title);
                    break;
                }
                r -= t.weight;
            }
        }
        if (title.isEmpty()) {
            for (const TitleSpec& t : titles)
                if (t.minAge == 22) {
                    title = QString::fromUtf16(t.title);
                    break;
                }
        }
        QString education = educationFor(kind).pick(random);
        if (age > 65 && education == QLatin1String("博士研究生") && random.chance(0.5))
            education = QStringLiteral("大学本科");
        QString political = kPolitical.pick(random);
        if (political == QLatin1String("共青团员") && age > 28)
            political = QStringLiteral("群众");
        const QString employment = employmentFor(kind).pick(random);

        // ID number: region, birth date, a sequence whose last digit is odd for men and even for women.
        QString idNumber;
        QString region = kRegions.pick(random);
        if (ethnicity == QLatin1String("朝鲜族") && random.chance(0.7))
            region = QStringLiteral("222401"); // 延吉
        const QString birthDigits = birth.toString(QStringLiteral("yyyyMMdd"));
        for (;;) {
            const int sequence = random.below(100) * 10 + random.below(5) * 2 + (male ? 1 : 0);
            const QString first17 = region + birthDigits + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
            idNumber = first17 + checkCharacter(first17);
            if (!idNumbers.contains(idNumber))
                break;
            region = kRegions.pick(random);
        }
        idNumbers.insert(idNumber);

        QString phone;
        if (!(age > 70 && random.chance(0.05))) {
            for (;;) {
                const char* prefix = kMobilePrefixes[random.below(int(std::size(kMobilePrefixes)))];
                phone = QString::fromLatin1(prefix) +
                        QStringLiteral("%1").arg(random.below(100000000), 8, 10, QLatin1Char('0'));
                if (!phones.contains(phone))
                    break;
            }
            phones.insert(phone);
        }

        // Career: joined between 22 and about 40, mostly early; retirement at 60 (men, and women in senior
        // posts) or 55.
        const int retirementAge = male || retiresAtSixty(title) ? 60 : 55;
        const QDate retirement = birth.addYears(retirementAge);
        const QDate earliestJoin = birth.addYears(22);
        const QDate activeEnd = std::min(today, retirement);
        const int joinWindow = std::max(0, daysBetween(earliestJoin, activeEnd.addDays(-30)));
        int offset = std::min(random.below(18 * 365), random.below(18 * 365));
        if (offset > joinWindow)
            offset = random.below(joinWindow + 1);
        QDate joinDate = earliestJoin.addDays(offset);
        if (random.chance(0.5)) {
            const QDate first(joinDate.year(), joinDate.month(), 1);
            if (first >= earliestJoin)
                joinDate = first;
        }

        std::vector<Event> events;
        events.push_back({joinDate, MemberEvent::Kind::Joined, units[size_t(unitIndex)].id, 0, QString()});
        QDate cursor = joinDate;
        bool hasLeft = false;

        // A transfer to another sub-union after at least a year (a few people move twice).
        for (int t = 0; t < 2; ++t) {
            const int span = daysBetween(cursor, activeEnd);
            if (span <= 730 || !random.chance(t == 0 ? 0.07 : 0.15))
                break;
            const int to = pickOtherUnit(unitIndex, title);
            if (to < 0)
                break;
            cursor = cursor.addDays(random.between(365, span - 1));
            events.push_back(
                {cursor, MemberEvent::Kind::Transferred, units[size_t(to)].id, units[size_t(unitIndex)].id, QString()});
            unitIndex = to;
        }
        // Some leave (moved elsewhere, resigned); a quarter of those come back later.
        if (daysBetween(cursor, activeEnd) > 400 && random.chance(0.03)) {
            static const char16_t* const reasons[] = {u"调离", u"辞职", u"合同期满"};
            cursor = cursor.addDays(random.between(365, daysBetween(cursor, activeEnd) - 1));
            events.push_back({cursor, MemberEvent::Kind::Left, units[size_t(unitIndex)].id, 0,
                              QString::fromUtf16(reasons[random.below(3)])});
            hasLeft = true;
            const int rest = daysBetween(cursor, activeEnd);
            if (rest > 400 && random.chance(0.25)) {
                cursor = cursor.addDays(random.between(180, rest - 1));
                if (random.chance(0.3)) {
                    const int to = pickOtherUnit(unitIndex, title);
                    if (to >= 0)
                        unitIndex = to;
                }
                events.push_back({cursor, MemberEvent::Kind::Rejoined, units[size_t(unitIndex)].id, 0, QString()});
                hasLeft = false;
                ++summary.rejoined;
            }
        }
        bool retired = false;
        if (!hasLeft && retirement <= today && retirement > cursor) {
            events.push_back({retirement, MemberEvent::Kind::Retired, units[size_t(unitIndex)].id, 0, QString()});
            cursor = retirement;
            retired = true;
        }
        // Deaths: mostly among the older retirees, rarely among those at work.
        const double deathChance = retired ? (age >= 70 ? 0.06 : age >= 65 ? 0.03 : 0.01) : 0.002;
        const int sinceLast = daysBetween(cursor, today);
        if (!hasLeft && sinceLast > 30 && random.chance(deathChance)) {
            cursor = cursor.addDays(random.between(30, sinceLast));
            events.push_back({cursor, MemberEvent::Kind::Deceased, units[size_t(unitIndex)].id, 0, QString()});
        }

        MemberEvent last;
        last.kind = events.back().kind;
        const Member::Status status = last.resultingStatus();
        switch (status) {
        case Member::Status::Active:
            ++summary.active;
            break;
        case Member::Status::Retired:
            ++summary.retired;
            break;
        case Member::Status::Left:
            ++summary.left;
            break;
        case Member::Status::Deceased:
            ++summary.deceased;
            break;
        }
        const Unit& unit = units[size_t(unitIndex)];
        const QString department = unit.departments.at(random.below(int(unit.departments.size())));
        if (status == Member::Status::Deceased)
            phone.clear();

        // Staff number: the year of joining and a serial within that year.
        const int serial = ++staffSerial[joinDate.year()];
        const QString staffNo =
            QString::number(joinDate.year()) + QStringLiteral("%1").arg(serial, 4, 10, QLatin1Char('0'));

        auto cached = pinyinCache.constFind(name);
        if (cached == pinyinCache.constEnd())
            cached = pinyinCache.insert(name, {Pinyin::full(name), Pinyin::initials(name)});
        ++nameCounts[name];

        const QVariant values[] = {text(staffNo),
                                   text(name),
                                   text(cached->first),
                                   text(cached->second),
                                   text(male ? QStringLiteral("M") : QStringLiteral("F")),
                                   text(ethnicity),
                                   text(birth.toString(Qt::ISODate)),
                                   text(idNumber),
                                   nullableId(unit.id),
                                   text(department),
                                   text(title),
                                   text(education),
                                   text(political),
                                   text(employment),
                                   text(phone),
                                   text(joinDate.toString(Qt::ISODate)),
                                   text(Member::statusKey(status)),
                                   text(QString())};
        for (int i = 0; i < int(std::size(values)); ++i)
            insertMember.bindValue(i, values[i]);
        run(insertMember);
        if (!insertMember.next())
            throw Error(tr("The new member's id was not returned."));
        const qint64 memberId = insertMember.value(0).toLongLong();
        insertMember.finish();

        for (const Event& e : events) {
            insertEvent.bindValue(0, memberId);
            insertEvent.bindValue(1, e.date.toString(Qt::ISODate));
            insertEvent.bindValue(2, MemberEvent::kindKey(e.kind));
            insertEvent.bindValue(3, nullableId(e.unitId));
            insertEvent.bindValue(4, nullableId(e.fromUnitId));
            insertEvent.bindValue(5, text(e.note));
            run(insertEvent);
            if (e.kind == MemberEvent::Kind::Transferred)
                ++summary.transfers;
        }
        summary.events += int(events.size());
        ++summary.members;
    }

    summary.distinctNames = int(nameCounts.size());
    for (auto it = nameCounts.cbegin(); it != nameCounts.cend(); ++it)
        if (it.value() >= 3)
            ++summary.namesSharedByThree;

    // The rows above bypass the per-row change history (they are synthetic); this one entry, an insert into
    // members without a row of its own, says what was added.
    RecordStore(db).note(
        QStringLiteral("insert"), QStringLiteral("members"),
        {{QStringLiteral("demo_data"), QStringLiteral("%1 members, %2 status events, seed %3, as of %4")
                                           .arg(summary.members)
                                           .arg(summary.events)
                                           .arg(options.seed)
                                           .arg(today.toString(Qt::ISODate))},
         {QStringLiteral("units_added"), summary.unitsAdded}});
    tx.commit();
    summary.milliseconds = timer.elapsed();
    return summary;
}

} // namespace ud::core

#include "app/CommandLine.h"
#include "app/Commands.h"
#include "core/aid/AidDemo.h"
#include "core/awards/AwardsDemo.h"
#include "core/care/CareDemo.h"
#include "core/congress/CongressDemo.h"
#include "core/members/DemoData.h"
#include "core/record/Money.h"
#include "core/schedule/ScheduleDemo.h"

#include <QCoreApplication>

#include <tuple>

namespace ud::app {

namespace {

int demo(CommandContext& ctx, const QStringList& args)
{
    CommandOptions options(args, ctx.err);
    options.value(QStringLiteral("members")).value(QStringLiteral("seed"));
    options.value(QStringLiteral("sessions")).value(QStringLiteral("proposals"));
    if (!options.parse(0, 0))
        return 2;
    if (!options.has(QStringLiteral("members"))) {
        ctx.err << Tr::tr("Say how many members to generate: --members N.") << '\n';
        return 2;
    }
    bool ok = false;
    const int members = options.get(QStringLiteral("members")).toInt(&ok);
    if (!ok || members < 1 || members > core::DemoData::MaxMembers) {
        ctx.err << Tr::tr("--members must be a whole number from 1 to %1.").arg(core::DemoData::MaxMembers) << '\n';
        return 2;
    }
    core::DemoData::Options demoOptions;
    demoOptions.members = members;
    if (options.has(QStringLiteral("seed"))) {
        demoOptions.seed = options.get(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            ctx.err << Tr::tr("--seed must be a whole number.") << '\n';
            return 2;
        }
    }
    core::CongressDemo::Options congress;
    congress.seed = demoOptions.seed;
    for (const auto& [name, value, most] : {std::tuple{"sessions", &congress.sessions, 30},
                                            std::tuple{"proposals", &congress.proposalsPerSession, 2000}}) {
        if (!options.has(QString::fromLatin1(name)))
            continue;
        *value = options.get(QString::fromLatin1(name)).toInt(&ok);
        if (!ok || *value < 0 || *value > most) {
            ctx.err << Tr::tr("--%1 must be a whole number from 0 to %2.").arg(QString::fromLatin1(name)).arg(most)
                    << '\n';
            return 2;
        }
    }
    core::Database& db = ctx.database();
    const core::DemoData::Summary s = core::DemoData::generate(db, demoOptions);
    ctx.out << Tr::tr("Demo data generated in %1 (seed %2) in %3 s.")
                   .arg(db.location().displayName())
                   .arg(demoOptions.seed)
                   .arg(double(s.milliseconds) / 1000.0, 0, 'f', 1)
            << '\n'
            << Tr::tr("Sub-unions: %1 added, %2 already there.").arg(s.unitsAdded).arg(s.unitsReused) << '\n'
            << Tr::tr("Members: %1 (active %2, retired %3, left %4, deceased %5).")
                   .arg(s.members)
                   .arg(s.active)
                   .arg(s.retired)
                   .arg(s.left)
                   .arg(s.deceased)
            << '\n'
            << Tr::tr("Status events: %1 (%2 transfers, %3 rejoined).").arg(s.events).arg(s.transfers).arg(s.rejoined)
            << '\n'
            << Tr::tr("Names: %1 different; %2 of them are shared by three or more members.")
                   .arg(s.distinctNames)
                   .arg(s.namesSharedByThree)
            << '\n';
    const core::ScheduleDemo::Summary plan = core::ScheduleDemo::generate(db, {demoOptions.seed, QDate::currentDate()});
    if (plan.items > 0)
        ctx.out << Tr::tr("Work plan of %1: %2 items, %3 of them done.")
                       .arg(QDate::currentDate().year())
                       .arg(plan.items)
                       .arg(plan.done)
                << '\n';
    if (congress.sessions > 0 && s.active >= 40) {
        const core::CongressDemo::Summary c = core::CongressDemo::generate(db, congress);
        ctx.out << Tr::tr("Congress: %1 sessions, %2 representatives, %3 proposals, %4 inspections.")
                       .arg(c.sessions)
                       .arg(c.representatives)
                       .arg(c.proposals)
                       .arg(c.inspections)
                << '\n';
    }
    if (s.active >= 10) {
        const core::CareDemo::Summary c = core::CareDemo::generate(db, {demoOptions.seed, QDate::currentDate()});
        ctx.out << Tr::tr("Care: %1 visits (%2 with a reason for an exception), %3 hardship cases.")
                       .arg(c.visits)
                       .arg(c.exceptions)
                       .arg(c.hardshipCases)
                << '\n';
        core::AidDemo::Options aid;
        aid.seed = demoOptions.seed;
        const core::AidDemo::Summary a = core::AidDemo::generate(db, aid);
        ctx.out << Tr::tr("Mutual aid: %1 schemes, %2 periods, %3 enrollments; %4 claims (%5 paid, %6 in review, %7 "
                          "rejected), %8 yuan paid out.")
                       .arg(a.schemes)
                       .arg(a.periods)
                       .arg(a.enrollments)
                       .arg(a.claims)
                       .arg(a.paid)
                       .arg(a.inReview)
                       .arg(a.rejected)
                       .arg(core::yuanText(a.payouts))
                << '\n';
    }
    if (s.active >= 20) {
        const core::AwardsDemo::Summary a = core::AwardsDemo::generate(db, {demoOptions.seed, QDate::currentDate()});
        ctx.out << Tr::tr("Awards: %1 rounds, %2 nominations, %3 objections, %4 earlier awards in the history.")
                       .arg(a.rounds)
                       .arg(a.nominations)
                       .arg(a.objections)
                       .arg(a.history)
                << '\n';
    }
    return 0;
}

} // namespace

void addDemoCommands(CommandLine& commandLine)
{
    commandLine.add(
        {{QStringLiteral("demo")},
         QStringLiteral("--members N [--seed S] [--sessions N] [--proposals N]"),
         Tr::tr(
             "fill a database without members with a synthetic roster for trying the program (about 30 "
             "sub-unions, members with status histories; the same seed gives the same data) and this year's work "
             "plan (the example schedule, done as far as the year has come). The "
             "generated rows get one change-history entry, not one each; the congress gets --sessions sessions (4) of "
             "--proposals proposals (60) when there are at least 40 active members; care visits, hardship cases "
             "and both mutual-aid schemes with their claims and ledger from 10 active members; the awards history "
             "and this year's rounds at every stage from 20"),
         demo,
         false,
         true,
         true,
         true});
}

} // namespace ud::app

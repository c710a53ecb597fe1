#include "core/members/MemberImportWriter.h"

#include "core/db/BulkTuning.h"
#include "core/db/ImportLog.h"
#include "core/db/RecordStore.h"
#include "core/io/DateText.h"
#include "core/io/TableFile.h"
#include "core/members/MemberRepository.h"
#include "core/members/Pinyin.h"
#include "core/units/SubUnitRepository.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QScopeGuard>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace ud::core {

namespace {

// The context the messages of this file are translated under; written Tr::tr() so that lupdate files them there.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ud::core::MemberImport)
};

// Rows made ready ahead are handed over in batches of kBatchRows, at most kReadyBatches waiting.
constexpr size_t kBatchRows = 256;
constexpr size_t kReadyBatches = 8;
// Rows stored between two calls of the progress callback.
constexpr int kReportEvery = 500;

QVariant nullableId(const std::optional<qint64>& id)
{
    return id ? QVariant(*id) : QVariant(QMetaType(QMetaType::LongLong));
}

MemberEvent::Kind eventKindFor(Member::Status status)
{
    switch (status) {
    case Member::Status::Retired:
        return MemberEvent::Kind::Retired;
    case Member::Status::Left:
        return MemberEvent::Kind::Left;
    case Member::Status::Deceased:
        return MemberEvent::Kind::Deceased;
    case Member::Status::Active:
        break;
    }
    return MemberEvent::Kind::Rejoined;
}
} // namespace

MemberImportWriter::Summary MemberImportWriter::write(const Preview& preview, const Options& options,
                                                      const Progress& progress)
{
    const QStringList blockers = preview.blockers(options);
    if (!blockers.isEmpty())
        throw ValidationError(TableFile::cappedMessages(blockers).join(QLatin1Char('\n'))); // a list one can read

    Summary summary;
    summary.invalid = preview.invalidCount();
    const int total = int(preview.rows.size());
    const auto report = [&](int done) { return !progress || progress(done, total); };
    if (!report(0)) {
        summary.cancelled = true;
        return summary;
    }

    const qint64 newRows = std::count_if(preview.rows.cbegin(), preview.rows.cend(),
                                         [](const PreviewRow& r) { return r.isValid() && !r.isDuplicate(); });
    // Tens of megabytes of new pages: written once into the file rather than to the write-ahead log and again.
    std::optional<BulkWrite> bulkWrite;
    if (newRows >= 5000 && !options.dryRun)
        bulkWrite.emplace(m_db);
    Transaction tx(m_db);
    // Every change from here on is one step of the import log, which the user can undo.
    ImportBatch logged(m_db, ImportLog::Kind::Import, tables::Members,
                       preview.path.isEmpty() ? QString() : QFileInfo(preview.path).absoluteFilePath());
    // SQLite's default page cache (2 MB) is far smaller than what 50,000 members with their indexes and history
    // touch; spilling it to the WAL in the middle of the transaction rewrites the same pages again and again.
    BulkTuning tuning(m_db);
    tuning.largeCache();
    // A large import into a small roster: SQLite builds the secondary indexes of the member tables faster from the
    // finished tables than it updates them row by row. The unique indexes stay, so uniqueness is still enforced,
    // and if anything fails the rollback puts the indexes back with everything else.
    // The change history gets two rows or more for each new member: its indexes too, when it is small.
    if (m_db.isSqlite() && newRows >= 5000) {
        QStringList deferred;
        if (newRows > m_db.scalar(QStringLiteral("SELECT count(*) FROM members")).toLongLong())
            deferred << tables::Members.sqlName() << tables::MemberEvents.sqlName();
        if (2 * newRows > m_db.scalar(QStringLiteral("SELECT count(*) FROM change_log")).toLongLong())
            deferred << tables::ChangeLog.sqlName();
        tuning.deferIndexes(deferred);
    }

    // Each missing sub-union: the stored one the clerk chose, or a new one, ordered after those stored.
    QList<qint64> unitIds;
    SubUnitRepository units(m_db);
    int nextOrder = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(sort_order), 0) FROM units")).toInt() + 1;
    for (int i = 0; i < preview.missingUnits.size(); ++i) {
        if (const qint64 stored = preview.unitChoice(i, options).value_or(0)) { // blockers() left none undecided
            unitIds << stored;
            ++summary.unitsMatched;
            continue;
        }
        SubUnit unit;
        unit.code = preview.missingUnits.at(i).code;
        unit.name = preview.missingUnits.at(i).name;
        unit.sortOrder = qMin(nextOrder++, 99999); // the largest order the field takes
        unitIds << units.add(unit);
        ++summary.unitsCreated;
    }

    // SQLite checks a CHECK (x IN ('a', 'b', …)) by building a temporary index of the list for every row it
    // inserts; for five such checks per member that was about a third of the import. What is stored here is
    // checked before: the gender by fieldProblems() in preview() and again below, status, event kind and history
    // action come from their enums. So the constraints are left to this code for the bulk insert and switched on
    // again after it (the pragma is this connection's alone).
    tuning.skipChecks(); // the test "every CHECK the member import leaves to itself" proves it refuses first

    const QStringList& memberColumns = MemberRepository::valueColumns();
    const QStringList eventColumns{QStringLiteral("member_id"), QStringLiteral("event_date"),   QStringLiteral("kind"),
                                   QStringLiteral("unit_id"),   QStringLiteral("from_unit_id"), QStringLiteral("note")};
    RecordStore::BulkInsert members(m_db, tables::Members.sqlName(), memberColumns);
    RecordStore::BulkInsert events(m_db, tables::MemberEvents.sqlName(), eventColumns);
    MemberRepository repository(m_db);
    const QString todayText = isoDateText(m_today);

    // What a new member stores: the member row (the pinyin of each distinct name worked out once: a roster repeats
    // names) and, given the member's id, the event rows.
    using Readings = QHash<QString, QPair<QString, QString>>; // name → full pinyin, initials
    // The member a row stores, with the sub-union created for it.
    const auto storedForm = [&](const PreviewRow& row) {
        Member m = row.member;
        if (row.missingUnit >= 0)
            m.unitId = unitIds.at(row.missingUnit);
        return m;
    };
    const auto newMember = [&](const PreviewRow& row) {
        Member m = storedForm(row);
        if (const QString problem = MemberRepository::genderProblem(m.gender); !problem.isEmpty())
            throw Error(rowMessage(row.row, problem));
        return m;
    };
    const auto memberValues = [&](const Member& m, Readings& readings) {
        auto reading = readings.constFind(m.name);
        if (reading == readings.constEnd())
            reading = readings.insert(m.name, {Pinyin::full(m.name), Pinyin::initials(m.name)});
        QVariantList values;
        values.reserve(memberColumns.size());
        MemberRepository::appendValues(m, reading->first, reading->second, values);
        return values;
    };
    const auto eventValues = [&](const Member& m, qint64 memberId) {
        const QDate joined = m.joinDate.isValid() ? m.joinDate : m_today;
        QList<QVariantList> rows{{memberId, isoDateText(joined), MemberEvent::kindKey(MemberEvent::Kind::Joined),
                                  nullableId(m.unitId), nullableId(std::nullopt), QStringLiteral("")}};
        if (m.status != Member::Status::Active)
            rows.append({memberId, todayText, MemberEvent::kindKey(eventKindFor(m.status)), nullableId(m.unitId),
                         nullableId(std::nullopt), QStringLiteral("")});
        return rows;
    };

    // On SQLite, when no stored member is updated, the rows are made ready on another thread (pinyin, the text as
    // UTF-8, the history's JSON), with the ids they will get, while this thread writes the rows made ready before.
    const bool updates = options.onDuplicate == OnDuplicate::Update && preview.duplicateCount() > 0;
    if (m_db.isSqlite() && !updates) {
        summary.skipped = preview.duplicateCount();
        struct Prepared {
            int index = 0; // in preview.rows
            RecordStore::BulkInsert::Ready member;
            QList<RecordStore::BulkInsert::Ready> events;
        };
        struct Batch {
            std::vector<Prepared> rows;
            std::exception_ptr error; // what making the next row ready threw
        };
        std::mutex mutex;
        std::condition_variable handed;
        std::deque<Batch> ready;
        std::deque<Batch> spent; // written, for the other thread to let go
        bool finished = false;   // the last batch is in `ready`
        bool stop = false;       // this thread no longer takes batches
        qint64 nextMemberId = members.firstUnusedId();
        qint64 nextEventId = events.firstUnusedId();
        std::thread worker([&] {
            Readings readings;
            Batch batch;
            const auto hand = [&](bool last) {
                std::deque<Batch> written;
                std::unique_lock<std::mutex> lock(mutex);
                handed.wait(lock, [&] { return stop || ready.size() < kReadyBatches; });
                if (stop)
                    return false;
                ready.push_back(std::move(batch));
                batch = Batch();
                finished = last;
                written.swap(spent);
                handed.notify_all();
                lock.unlock();
                return true; // `written` is let go here, on the thread that made it, not on the one writing
            };
            try {
                for (int i = 0; i < total; ++i) {
                    const PreviewRow& row = preview.rows.at(i);
                    if (!row.isValid() || row.isDuplicate())
                        continue;
                    const Member m = newMember(row);
                    Prepared p;
                    p.index = i;
                    p.member = members.prepare(memberValues(m, readings), nextMemberId);
                    for (QVariantList& e : eventValues(m, nextMemberId))
                        p.events.append(events.prepare(std::move(e), nextEventId++));
                    ++nextMemberId;
                    batch.rows.push_back(std::move(p));
                    if (batch.rows.size() == kBatchRows && !hand(false))
                        return;
                }
            } catch (...) {
                batch.error = std::current_exception();
            }
            hand(true);
        });
        const auto joinWorker = qScopeGuard([&] {
            {
                const std::lock_guard<std::mutex> lock(mutex);
                stop = true;
            }
            handed.notify_all();
            worker.join();
        });
        int nextReport = kReportEvery;
        for (;;) {
            Batch batch;
            {
                std::unique_lock<std::mutex> lock(mutex);
                handed.wait(lock, [&] { return !ready.empty() || finished; });
                if (ready.empty())
                    break;
                batch = std::move(ready.front());
                ready.pop_front();
            }
            handed.notify_all();
            for (const Prepared& p : batch.rows) {
                if (p.index >= nextReport) {
                    if (!report(p.index)) {
                        summary.cancelled = true;
                        return summary; // the transaction rolls back
                    }
                    nextReport = (p.index / kReportEvery + 1) * kReportEvery;
                }
                members.write(p.member);
                for (const RecordStore::BulkInsert::Ready& e : p.events)
                    events.write(e);
                ++summary.imported;
            }
            if (batch.error)
                std::rethrow_exception(batch.error);
            const std::lock_guard<std::mutex> lock(mutex);
            spent.push_back(std::move(batch));
        }
    } else {
        Readings readings;
        for (int i = 0; i < total; ++i) {
            if (i % kReportEvery == 0 && i > 0 && !report(i)) {
                summary.cancelled = true;
                return summary; // the transaction rolls back
            }
            const PreviewRow& row = preview.rows.at(i);
            if (!row.isValid())
                continue;
            if (row.isDuplicate()) {
                if (options.onDuplicate != OnDuplicate::Update) {
                    ++summary.skipped;
                    continue;
                }
                const Member m = storedForm(row);
                const auto before = repository.byId(row.existingId);
                if (!before)
                    throw Error(Tr::tr("The member with staff number %1 was deleted meanwhile; import again.")
                                    .arg(row.member.staffNo));
                QVariantMap changes = MemberRepository::toValues(m);
                // Sub-union and status change through dated events, as on the member's history tab.
                changes.remove(QStringLiteral("status"));
                changes.remove(QStringLiteral("unit_id"));
                bool changed = RecordStore(m_db).update(tables::Members.sqlName(), row.existingId, changes);
                if (m.unitId && m.unitId != before->unitId) {
                    MemberEvent e;
                    e.memberId = row.existingId;
                    e.date = m_today;
                    e.kind = MemberEvent::Kind::Transferred;
                    e.unitId = m.unitId;
                    repository.addEvent(e, m_today);
                    changed = true;
                }
                if (m.status != before->status) {
                    MemberEvent e;
                    e.memberId = row.existingId;
                    e.date = m_today;
                    e.kind = eventKindFor(m.status);
                    repository.addEvent(e, m_today);
                    changed = true;
                }
                if (changed)
                    ++summary.updated;
                else
                    ++summary.skipped;
                continue;
            }
            const Member m = newMember(row);
            const qint64 memberId = members.insert(memberValues(m, readings));
            for (const QVariantList& e : eventValues(m, memberId))
                events.insert(e);
            ++summary.imported;
        }
    }
    tuning.finish();
    if (!report(total)) {
        summary.cancelled = true;
        return summary;
    }
    logged.finish();
    if (!options.dryRun) {
        tx.commit();
        summary.batch = logged.id();
    }
    return summary;
}

} // namespace ud::core

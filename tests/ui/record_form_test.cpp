#include "support/TestDatabase.h"
#include "support/catch.h"

#include "core/units/SubUnit.h"
#include "ui/shell/RecordDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace ud;

namespace {

enum class Status { Open, Closed };

const core::KeyedEnum<Status>& statuses()
{
    static const core::KeyedEnum<Status> keys("Thing",
                                              {{Status::Open, "open", "Open"}, {Status::Closed, "closed", "Closed"}});
    return keys;
}

/// A record with one field of each kind a form edits.
struct Thing {
    qint64 id = 0;
    QString name;
    QString notes;
    int count = 0;
    bool done = false;
    QDate due;
    QDate start;
    Status status = Status::Open;
    std::optional<qint64> owner;

    static const core::RecordType<Thing>& type()
    {
        static const core::RecordType<Thing> type(
            core::tables::Units, "Thing",
            {
                core::field("name", &Thing::name, "Name", core::Required, 20).form("&Name:", "Who it is", "The name"),
                core::field("notes", &Thing::notes, "Notes", core::Multiline),
                core::field("count", &Thing::count, "Count").range(0, 50),
                core::field("done", &Thing::done, "Done").form("Done already"),
                core::field("due", &Thing::due, "Due"),
                core::field("start", &Thing::start, "Start", core::Required),
                core::enumField("status", &Thing::status, statuses(), Status::Open, "Status"),
                core::field("owner", &Thing::owner, "Owner"),
            });
        return type;
    }
};

/// Finds a problem with the name "bad", and one about the whole record when the count is 13.
struct ThingRepository {
    using Record = Thing;
    explicit ThingRepository(core::Database&) {}
    core::Problems problems(const Thing& t) const
    {
        core::Problems list;
        if (t.name == QStringLiteral("bad"))
            list.append({QStringLiteral("name"), QStringLiteral("The name is bad.")});
        if (t.count == 13)
            list.append({QString(), QStringLiteral("Thirteen brings bad luck.")});
        return list;
    }
};

class ThingDialog : public ui::RecordDialog<ThingRepository> {
public:
    ThingDialog(core::Database& db, const Thing& thing)
        : RecordDialog(
              db, thing,
              {{QStringLiteral("owner"), [](const Thing&) {
                    return QList<QPair<QString, qint64>>{{QStringLiteral("Ann"), 7}, {QStringLiteral("Bob"), 9}};
                }}})
    {
    }
};

} // namespace

TEST_CASE("A record form builds one editor per field from the descriptor", "[ui][form]")
{
    test::TestDatabase tdb;
    auto db = tdb.open();
    ThingDialog dialog(*db, Thing{});

    auto* name = dialog.editor<QLineEdit>(QStringLiteral("name"));
    REQUIRE(name);
    REQUIRE(name->maxLength() == 20);
    REQUIRE(name->placeholderText() == QStringLiteral("Who it is"));
    REQUIRE(name->toolTip() == QStringLiteral("The name"));
    REQUIRE(dialog.editor<QPlainTextEdit>(QStringLiteral("notes")));
    REQUIRE(dialog.editor<QSpinBox>(QStringLiteral("count"))->maximum() == 50);
    REQUIRE(dialog.editor<QCheckBox>(QStringLiteral("done"))->text() == QStringLiteral("Done already"));
    auto* due = dialog.editor<QDateEdit>(QStringLiteral("due"));
    REQUIRE(due);
    REQUIRE(due->text() == QStringLiteral("(none)"));                                         // optional: empty
    REQUIRE(dialog.editor<QDateEdit>(QStringLiteral("start"))->specialValueText().isEmpty()); // required: a date
    auto* status = dialog.editor<QComboBox>(QStringLiteral("status"));
    REQUIRE(status->count() == 2);
    REQUIRE(status->itemText(1) == QStringLiteral("Closed"));
    auto* owner = dialog.editor<QComboBox>(QStringLiteral("owner"));
    REQUIRE(owner->count() == 3);
    REQUIRE(owner->itemText(0) == QStringLiteral("(none)"));
    REQUIRE(owner->itemData(2).toLongLong() == 9);
    REQUIRE(dialog.editor(QStringLiteral("nothing")) == nullptr);
}

TEST_CASE("A record form reads and writes every kind of field", "[ui][form]")
{
    test::TestDatabase tdb;
    auto db = tdb.open();
    Thing thing;
    thing.id = 5;
    thing.name = QStringLiteral("Kettle");
    thing.notes = QStringLiteral("  two lines\nkept as typed ");
    thing.count = 12;
    thing.done = true;
    thing.due = QDate(2024, 9, 10);
    thing.start = QDate(2024, 3, 1);
    thing.status = Status::Closed;
    thing.owner = 9;
    ThingDialog dialog(*db, thing);
    REQUIRE(Thing::type().same(dialog.record(), thing));

    dialog.editor<QLineEdit>(QStringLiteral("name"))->setText(QStringLiteral("  Pot "));
    dialog.editor<QDateEdit>(QStringLiteral("due"))
        ->setDate(dialog.editor<QDateEdit>(QStringLiteral("due"))->minimumDate());
    dialog.editor<QComboBox>(QStringLiteral("owner"))->setCurrentIndex(0);
    dialog.editor<QComboBox>(QStringLiteral("status"))->setCurrentIndex(0);
    const Thing changed = dialog.record();
    REQUIRE(changed.id == 5);
    REQUIRE(changed.name == QStringLiteral("Pot"));
    REQUIRE(changed.notes == thing.notes);
    REQUIRE_FALSE(changed.due.isValid());
    REQUIRE(changed.start == QDate(2024, 3, 1));
    REQUIRE_FALSE(changed.owner.has_value());
    REQUIRE(changed.status == Status::Open);

    dialog.setRecord(thing);
    REQUIRE(Thing::type().same(dialog.record(), thing));
}

TEST_CASE("A record form keeps OK disabled until required fields are filled and shows problems by field", "[ui][form]")
{
    test::TestDatabase tdb;
    auto db = tdb.open();
    ThingDialog dialog(*db, Thing{});
    auto* name = dialog.editor<QLineEdit>(QStringLiteral("name"));
    REQUIRE_FALSE(dialog.okButton()->isEnabled());
    name->setText(QStringLiteral("   "));
    REQUIRE_FALSE(dialog.okButton()->isEnabled());
    name->setText(QStringLiteral("bad"));
    REQUIRE(dialog.okButton()->isEnabled());

    dialog.editor<QSpinBox>(QStringLiteral("count"))->setValue(13);
    dialog.accept();
    REQUIRE(dialog.result() != QDialog::Accepted);
    REQUIRE(dialog.problemsText() == QStringLiteral("The name is bad.\nThirteen brings bad luck."));
    auto* nameProblem = dialog.findChild<QLabel*>(QStringLiteral("nameProblem"));
    REQUIRE(nameProblem->isVisibleTo(&dialog));
    REQUIRE(nameProblem->text() == QStringLiteral("The name is bad."));
    auto* general = dialog.findChild<QLabel*>(QStringLiteral("problems"));
    REQUIRE(general->isVisibleTo(&dialog));
    REQUIRE(general->text() == QStringLiteral("Thirteen brings bad luck."));

    name->setText(QStringLiteral("good"));
    dialog.editor<QSpinBox>(QStringLiteral("count"))->setValue(1);
    dialog.accept();
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(dialog.problemsText().isEmpty());
    REQUIRE_FALSE(nameProblem->isVisibleTo(&dialog));
    REQUIRE_FALSE(general->isVisibleTo(&dialog));
}

TEST_CASE("Tab runs through a record form's fields in order, then OK and Cancel", "[ui][form]")
{
    test::TestDatabase tdb;
    auto db = tdb.open();
    ThingDialog dialog(*db, Thing{});
    QStringList order;
    QWidget* w = dialog.editor(QStringLiteral("name"));
    for (int i = 0; i < 40 && order.size() < 10; ++i, w = w->nextInFocusChain()) {
        if (!(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
            continue;
        order << (w->objectName().isEmpty() ? qobject_cast<QPushButton*>(w)->text() : w->objectName());
    }
    REQUIRE(order.join(QLatin1Char(',')) == QStringLiteral("name,notes,count,done,due,start,status,owner,OK,Cancel"));
}

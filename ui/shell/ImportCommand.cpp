#include "ui/shell/ImportCommand.h"

#include "core/db/Database.h"
#include "core/db/Error.h"
#include "core/db/ImportLog.h"
#include "ui/shell/Module.h"
#include "ui/widgets/BusyCursor.h"

namespace ud::ui {

namespace {

// After each step every table the batch changed is announced, so that lists and the history follow.
RecordChangedCallback announcer(ShellContext& shell, qint64 batch)
{
    QList<core::Table> tables;
    try {
        if (core::Database* db = shell.database())
            if (const auto b = core::ImportLog(*db).batch(batch))
                tables = b->tables();
    } catch (const core::Error&) {
        // Unread, no table is announced: the page that made the step reads its lists again itself.
    }
    return [&shell, tables](qint64) {
        for (const core::Table& table : tables)
            shell.notifyDataChanged(table);
    };
}

} // namespace

ImportCommand::ImportCommand(ShellContext& shell, qint64 batch, const QString& text, Direction direction)
    : RecordCommand(shell, announcer(shell, batch)), m_batch(batch), m_direction(direction)
{
    setText(text);
}

void ImportCommand::apply()
{
    if (m_direction == Direction::Does)
        doBatch();
    else
        undoBatch();
}

void ImportCommand::revert()
{
    if (m_direction == Direction::Does)
        undoBatch();
    else
        doBatch();
}

void ImportCommand::doBatch()
{
    BusyCursor busy; // a large import takes a few seconds
    core::ImportLog(database()).redo(m_batch);
}

void ImportCommand::undoBatch()
{
    BusyCursor busy;
    core::ImportLog(database()).undo(m_batch);
}

} // namespace ud::ui

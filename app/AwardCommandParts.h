#pragma once

#include "app/CliOutput.h"
#include "app/CommandLine.h"
#include "core/awards/Awards.h"

#include <QDate>
#include <QTextStream>

#include <optional>

namespace ud::app {

// What the awards commands (AwardCommands.cpp, AwardStepCommands.cpp) share.

/// The date of option `name` into `date` (left alone when the option is not given); false, with the reason written to
/// `err`, for text that is not a date.
bool readAwardDate(const CommandOptions& options, const QString& name, QDate* date, QTextStream& err);
/// The whole number of option `name` from `low` to `high` into `value` (left alone when not given); false, with the
/// reason written, otherwise.
bool readAwardNumber(const CommandOptions& options, const QString& name, int low, int high, int* value,
                     QTextStream& err);
/// The round of --round KEY; nullopt, with the reason written to the command's error stream, when the option is
/// missing. Throws ValidationError naming the key when there is no such round.
std::optional<core::AwardRound> awardRoundOption(CommandContext& ctx, const CommandOptions& options);
/// The start of a verb that lists one round: --round KEY and the output options (format, out) read from `args` into
/// `output`; nullopt, with the reason written, on wrong use. Throws ValidationError when there is no such round.
std::optional<core::AwardRound> roundListing(CommandContext& ctx, const QStringList& args, CliOutput& output);
/// The nomination of the round that takes part whose nominee is `who`: a staff number, a member's name or a
/// collective's name. Throws ValidationError when there is none, or several.
core::Nomination findNominee(core::Database& db, const core::AwardRound& round, const QString& who);

} // namespace ud::app

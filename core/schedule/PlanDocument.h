#pragma once

#include "core/io/Csv.h"

#include "core/schedule/Schedule.h"

#include <QString>

namespace ud::core {

/// Reads the official plan document (工作要点 with its attachment 主要工作进度安排): the title, document
/// number, issue date, key-point sections and points, and the schedule sections and items with their
/// timings. Works on the text as pasted from the document, a .txt file (UTF-8 or GB18030), or a .docx.
namespace PlanDocument {

/// Recognises what it can in `text`; never throws. Lines that fit nowhere are listed in
/// ParsedPlan::unrecognisedLines; an item whose timing cannot be read keeps it as written and is flagged.
ParsedPlan parseText(const QString& text);

/// What keeps `plan` from being taken for a work plan, as a message that says what was expected; empty when it has
/// the structure of one: at least one section heading (一、…, or a month in a schedule written month by month) and a
/// schedule with at least one item whose months were read. Anything else (a letter, random text) is no plan.
QString structureProblem(const ParsedPlan& plan);

/// The text of a .docx: one line per paragraph (runs joined), one line per table row with the cells
/// separated by tabs, Word's automatic list numbers written out. Throws Error when the file is not a
/// readable .docx, saying which it is: a .doc in Word's old format, a .docx that is damaged or incomplete (cut
/// short in a copy or a download), or no Word document at all.
QString readDocxText(const QString& path);

/// The text of a plain-text file (UTF-8 with or without BOM, else GB18030; `encoding` overrides). Throws Error when
/// unreadable, Csv::EncodingError when a line is not in the encoding of the rest (Csv::decode), naming the line.
QString readTextFile(const QString& path, std::optional<Csv::Encoding> encoding = std::nullopt);

/// The text of a plan file, by its suffix: a .docx (readDocxText()); a .doc or .wps refused as Word's old format;
/// anything else a text file (readTextFile()). Throws as those do.
QString readText(const QString& path, std::optional<Csv::Encoding> encoding = std::nullopt);

/// Reads and parses a .docx or a text file, by the file's suffix (readText()). Throws Error when unreadable.
ParsedPlan readFile(const QString& path, std::optional<Csv::Encoding> encoding = std::nullopt);

/// The 2024 plan of 浙江工商大学工会, shipped as an example for a new database.
QString examplePlanText();

} // namespace PlanDocument

} // namespace ud::core

#pragma once

#include "core/congress/CongressListModels.h"
#include "ui/shell/RecordDialog.h"
#include "ui/shell/RecordPage.h"

namespace ud::ui {

/// The repositories as the record pages use them: with the printed list of their records.
struct SessionList : core::SessionRepository {
    using SessionRepository::SessionRepository;
    core::Report listReport() const;
};
struct HandlingUnitList : core::HandlingUnitRepository {
    using HandlingUnitRepository::HandlingUnitRepository;
    core::Report listReport() const;
};

/// Adds or edits one congress session.
class SessionDialog : public RecordDialog<SessionList> {
    Q_OBJECT
public:
    SessionDialog(core::Database& db, const core::CongressSession& session, QWidget* parent = nullptr);
};

/// Adds or edits one handling unit.
class HandlingUnitDialog : public RecordDialog<HandlingUnitList> {
    Q_OBJECT
public:
    HandlingUnitDialog(core::Database& db, const core::HandlingUnit& unit, QWidget* parent = nullptr);
};

/// The congress sessions: add, edit, delete (undoable), import, CSV and the printed list.
class SessionsPage : public RecordPage<SessionList, core::SessionsModel, SessionDialog> {
    Q_OBJECT
public:
    explicit SessionsPage(ShellContext& shell, QWidget* parent = nullptr);

protected:
    core::CongressSession newRecord() const override;
};

/// The handling units (承办单位): add, edit, delete (undoable), import, CSV and the printed list.
class HandlingUnitsPage : public RecordPage<HandlingUnitList, core::HandlingUnitsModel, HandlingUnitDialog> {
    Q_OBJECT
public:
    explicit HandlingUnitsPage(ShellContext& shell, QWidget* parent = nullptr);

protected:
    core::HandlingUnit newRecord() const override;
};

} // namespace ud::ui

#pragma once

#include <QCursor>
#include <QGuiApplication>

namespace ud::ui {

/// Shows the wait cursor while a database call runs; restores it however the scope ends.
class BusyCursor {
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor&) = delete;
    BusyCursor& operator=(const BusyCursor&) = delete;
};

} // namespace ud::ui

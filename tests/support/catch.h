#pragma once

// Catch2 2.13 (Debian 12) and Catch2 3 keep their headers in different places.
#if defined(UD_CATCH3)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include <QString>
#include <ostream>

inline std::ostream& operator<<(std::ostream& os, const QString& s)
{
    return os << s.toStdString();
}

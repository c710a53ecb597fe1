#pragma once

// What every benchmark of this folder prints with: standard output as a QTextStream and the median of its runs.

#include <QTextStream>

#include <algorithm>
#include <vector>

namespace ud::bench {

/// Standard output, for the tables a benchmark prints.
inline QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

/// The median of `v` (0 for none).
inline double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

} // namespace ud::bench

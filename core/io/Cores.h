#pragma once

#include <QtGlobal>

#include <thread>

namespace ud::core {

/// The threads a large file is read on: one per core of the processor, at most 8.
inline int usableCores()
{
    return int(qBound(1u, std::thread::hardware_concurrency(), 8u));
}

/// Into how many pieces `amount` is cut so that each piece has at least `leastPerPiece`: one per core at most.
inline int pieceCount(qsizetype amount, qsizetype leastPerPiece)
{
    return int(qBound(qsizetype(1), amount / leastPerPiece, qsizetype(usableCores())));
}

} // namespace ud::core

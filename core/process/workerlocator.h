#pragma once
#include <QString>

namespace conlab {

// Where concurrency-lab-worker lives: $CONLAB_WORKER if set, else next to the
// running executable (the build puts every binary in one bin/ folder, and an
// install puts them side by side too).
class WorkerLocator
{
public:
    static QString workerPath();
};

} // namespace conlab

// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/settings/pythonprobe.h"

#include "core/cpython/pythonlocator.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

namespace conlab {

void PythonProbe::probe(const QString &chosen)
{
    using Answer = std::pair<PythonInterpreter, PythonInterpreter>;
    const quint64 generation = ++generation_;
    busy_ = true;
    auto *watcher = new QFutureWatcher<Answer>(this);
    connect(watcher, &QFutureWatcher<Answer>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != generation_)
            return;
        busy_ = false;
        const Answer a = watcher->result();
        emit answered(a.first, a.second);
    });
    watcher->setFuture(QtConcurrent::run([chosen] {
        return Answer{PythonLocator::find(chosen), PythonLocator::findFreeThreaded(chosen)};
    }));
}

} // namespace conlab

// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/sweep/sweepdata.h"
#include "core/sweep/sweepfile.h"

#include <QObject>
#include <QStringList>
#include <functional>
#include <memory>
#include <vector>

namespace conlab {

// The sweep page's results files, made, reopened and read on the thread
// pool: creating one writes a header with every number and syncs it to
// disk, reading one may parse ten million numbers, and reopening one waits
// out another writer's lock. None of it may hold up the window. The answer
// comes back on the GUI thread, to the callback of the newest request
// only: a request, or cancel(), makes every older answer void.
class SweepFiles : public QObject
{
    Q_OBJECT
public:
    // A file ready for a sweep to append to, or why there is none.
    struct Opened
    {
        SweepData data; // with the runs the file has already
        std::unique_ptr<SweepFile> file;
        QString error;         // set when `file` is null
        bool complete = false; // a resumed file that has every run already
    };
    using OnOpened = std::function<void(Opened &opened)>;
    using OnLoaded = std::function<void(const QStringList &paths, const std::vector<SweepLoad> &loads)>;

    explicit SweepFiles(QObject *parent = nullptr) : QObject(parent) { }

    // A new results file in the sweeps folder for `data`, header written.
    // A sweep with a CPython series and no interpreter for it gets no file:
    // the error says why (SweepPython).
    void create(SweepData data, OnOpened done);
    // `path` read back and opened for appending the runs it lacks, its
    // CPython series (if any) run by the interpreter `cpython` finds.
    void resume(const QString &path, const CPythonOptions &cpython, OnOpened done);
    // Each of `paths` read, in order.
    void load(const QStringList &paths, OnLoaded done);
    // What a status line says of `loads` (read from `paths`): why a file
    // cannot be opened, how many lines of one were skipped. Empty when all
    // is well.
    static QString problems(const QStringList &paths, const std::vector<SweepLoad> &loads);
    // No answer of an earlier request is delivered.
    void cancel();
    // A create() or resume() has not answered yet.
    bool isOpening() const { return opening_; }

private:
    template <typename Result>
    void inBackground(std::function<void(Result &)> work, std::function<void(Result &)> done);

    quint64 generation_ = 0;
    bool opening_ = false;
};

} // namespace conlab

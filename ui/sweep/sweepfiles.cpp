// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/sweep/sweepfiles.h"

#include "core/sweep/sweeppython.h"
#include "core/sweep/sweepstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace conlab {

template <typename Result>
void SweepFiles::inBackground(std::function<void(Result &)> work, std::function<void(Result &)> done)
{
    // The result lives in a block both threads share: should this object go
    // first, the pool thread finishes into it and the file closes with it.
    auto result = std::make_shared<Result>();
    const quint64 generation = ++generation_;
    opening_ = false; // whatever was opening is void now
    auto *watcher = new QFutureWatcher<void>(this);
    connect(watcher, &QFutureWatcher<void>::finished, this,
            [this, watcher, result, generation, done = std::move(done)] {
                watcher->deleteLater();
                if (generation != generation_)
                    return;
                opening_ = false;
                done(*result);
            });
    watcher->setFuture(QtConcurrent::run([result, work = std::move(work)] { work(*result); }));
}

void SweepFiles::create(SweepData data, OnOpened done)
{
    inBackground<Opened>(
        [data = std::move(data)](Opened &o) {
            o.data = data;
            o.error = SweepPython::prepare(o.data);
            if (o.error.isEmpty())
                o.file = SweepStore::createFile(o.data, &o.error);
        },
        std::move(done));
    opening_ = true;
}

void SweepFiles::resume(const QString &path, const CPythonOptions &cpython, OnOpened done)
{
    inBackground<Opened>(
        [path, cpython](Opened &o) {
            SweepLoad load = SweepFile::load(path);
            if (!load.data) {
                o.error = load.error;
                return;
            }
            o.data = std::move(*load.data);
            // A complete file is left alone: nothing would be appended.
            o.complete = o.data.complete();
            o.data.config.cpython = cpython;
            if (!o.complete)
                o.error = SweepPython::prepare(o.data);
            if (!o.complete && o.error.isEmpty())
                o.file = SweepFile::openForAppend(path, &o.error);
        },
        std::move(done));
    opening_ = true;
}

void SweepFiles::load(const QStringList &paths, OnLoaded done)
{
    using Loads = std::vector<SweepLoad>;
    inBackground<Loads>(
        [paths](Loads &loads) {
            for (const QString &p : paths)
                loads.push_back(SweepFile::load(p));
        },
        [paths, done = std::move(done)](Loads &loads) { done(paths, loads); });
}

QString SweepFiles::problems(const QStringList &paths, const std::vector<SweepLoad> &loads)
{
    // The texts were the sweep page's and keep its translation context.
    QStringList notes;
    for (std::size_t i = 0; i < loads.size(); ++i) {
        const QString name = QFileInfo(paths.value(static_cast<qsizetype>(i))).fileName();
        const SweepLoad &l = loads[i];
        if (!l.data) {
            //: %1 file name, %2 why it cannot be used
            notes << QCoreApplication::translate("conlab::SweepPage", "%1 cannot be opened: %2").arg(name, l.error);
        } else if (!l.issues.empty()) {
            const SweepFileIssue &first = l.issues.front();
            //: %1 file name, %n how many lines, %2 the first bad line's number, %3 what is wrong with it
            notes << QCoreApplication::translate("conlab::SweepPage", "%1: %n lines skipped (line %2: %3)", nullptr,
                                                 static_cast<int>(l.issues.size()))
                         .arg(name)
                         .arg(first.line)
                         .arg(first.message);
        }
    }
    return notes.join(u' ');
}

void SweepFiles::cancel()
{
    ++generation_;
    opening_ = false;
}

} // namespace conlab

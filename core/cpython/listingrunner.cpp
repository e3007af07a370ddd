// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/cpython/listingrunner.h"

#include "core/cpython/childprocess.h"
#include "core/cpython/listingstage.h"
#include "core/cpython/pythonlocator.h"
#include "kernel/monotonic.h"

namespace conlab {

namespace {
constexpr qsizetype kTailBytes = 4000;
}

ListingRunner::ListingRunner(ListingCommand command, CPythonOptions options, int defaultGraceMs)
    : command_(std::move(command)), options_(std::move(options)), defaultGraceMs_(defaultGraceMs)
{
}

ListingOutcome ListingRunner::run(const StdoutFn &onStdout, const TimelineFn &onTimeline)
{
    ListingOutcome outcome;
    outcome.file = command_.file;
    outcome.arguments = command_.arguments;
    outcome.environment = command_.environment;
    if (!command_.error.isEmpty()) {
        outcome.error = command_.error;
        return outcome;
    }
    outcome.interpreter = command_.needsFreeThreaded ? PythonLocator::findFreeThreaded(options_.interpreter)
                                                     : PythonLocator::find(options_.interpreter);
    if (!outcome.interpreter.ok()) {
        outcome.error = outcome.interpreter.error;
        return outcome;
    }
    if (cancel_.load()) {
        outcome.end = ListingOutcome::End::Cancelled;
        return outcome;
    }
    const ListingStage stage;
    if (!stage.ok()) {
        outcome.error = stage.error();
        return outcome;
    }
    ChildProcess child({outcome.interpreter.executable,
                        QStringList{QStringLiteral("-u"), command_.file} + command_.arguments, stage.dir(),
                        command_.environment});
    QByteArray errLine;
    QByteArray tail;
    bool traceback = false;
    const auto onStderr = [&](const QByteArray &bytes, std::int64_t) {
        errLine += bytes;
        qsizetype nl;
        while ((nl = errLine.indexOf('\n')) >= 0) {
            const QByteArray line = errLine.left(nl);
            errLine.remove(0, nl + 1);
            if (const auto record = TimelineRecord::parse(line)) {
                TimelineRecord r = *record;
                r.startNs -= child.startNs();
                r.endNs -= child.startNs();
                if (onTimeline)
                    onTimeline(r);
                continue;
            }
            traceback = traceback || line.startsWith("Traceback (most recent call last):");
            tail += line + '\n';
            if (tail.size() > kTailBytes)
                tail.remove(0, tail.size() - kTailBytes);
        }
    };
    const auto onOut = [&](const QByteArray &bytes, std::int64_t t) {
        if (onStdout)
            onStdout(bytes, t - child.startNs());
    };
    const int graceMs = options_.graceMs > 0 ? options_.graceMs : defaultGraceMs_;
    const std::int64_t deadline = monotonicNs() + std::int64_t{graceMs} * 1'000'000;
    const ChildExit exit = child.run(onOut, onStderr, deadline, cancel_);
    outcome.seconds = static_cast<double>(monotonicNs() - child.startNs()) / 1e9;
    outcome.pid = child.pid();
    tail += errLine;
    outcome.stderrTail = QString::fromUtf8(tail).trimmed();
    outcome.exitCode = exit.code;
    const QString tailNote = outcome.stderrTail.isEmpty() ? QString() : u'\n' + outcome.stderrTail;
    switch (exit.end) {
    case ChildExit::End::FailedToStart:
        //: %1 a program path, %2 the system's reason
        outcome.error = tr("Could not start %1: %2").arg(outcome.interpreter.executable, exit.error);
        break;
    case ChildExit::End::Cancelled:
        outcome.end = ListingOutcome::End::Cancelled;
        break;
    case ChildExit::End::TimedOut:
        outcome.end = ListingOutcome::End::DidNotFinish;
        //: %1 the listing, %2 seconds
        outcome.error = tr("%1 did not finish within %2 s; its processes were killed")
                            .arg(command_.file)
                            .arg(graceMs / 1000.0) + tailNote;
        break;
    case ChildExit::End::Signalled:
        outcome.end = ListingOutcome::End::Failed;
        //: %1 the listing, %2 a signal number
        outcome.error = tr("%1 was killed by signal %2").arg(command_.file).arg(exit.code) + tailNote;
        break;
    case ChildExit::End::Exited:
        if (exit.code != 0 || traceback) {
            outcome.end = ListingOutcome::End::Failed;
            //: %1 the listing, %2 its exit status
            outcome.error = tr("%1 failed (exit status %2)").arg(command_.file).arg(exit.code) + tailNote;
        } else {
            outcome.end = ListingOutcome::End::Finished;
        }
        break;
    }
    return outcome;
}

} // namespace conlab

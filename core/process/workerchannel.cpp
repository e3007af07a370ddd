// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/process/workerchannel.h"

#include "core/concurrency/runcontrol.h"
#include "core/text/terminaltext.h"
#include "kernel/monotonic.h"

#include <algorithm>
#include <limits>
#include <poll.h>

namespace conlab {

bool WorkerChannel::start(const QString &program, const protocol::Hello &hello, QString *error)
{
    QString why;
    if (!proc_.start(program, {}, &why)) {
        if (error)
            //: %1 path of the worker executable, %2 the system's reason
            *error = tr("cannot start the worker process %1: %2").arg(program, why);
        return false;
    }
    proc_.send(hello);
    return true;
}

WorkerChannel::Next WorkerChannel::next(protocol::Message &out)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        switch (decoder_.next(out)) {
        case protocol::Decoder::Status::Ok: return Next::Message;
        case protocol::Decoder::Status::Error: return Next::Malformed;
        case protocol::Decoder::Status::NeedMore: break;
        }
        if (eof_)
            return decoder_.midFrame() ? Next::Malformed : Next::Closed;
        if (attempt == 0 && !proc_.readInto(decoder_))
            eof_ = true;
    }
    if (eof_)
        return decoder_.midFrame() ? Next::Malformed : Next::Closed;
    return Next::NeedMore;
}

WorkerChannel::Next WorkerChannel::waitNext(protocol::Message &out, const RunControl &control)
{
    // No deadline: one that never comes, so TimedOut cannot be returned.
    return waitNext(out, control, std::numeric_limits<std::int64_t>::max());
}

WorkerChannel::Next WorkerChannel::waitNext(protocol::Message &out, const RunControl &control, std::int64_t deadlineNs)
{
    for (;;) {
        const Next n = next(out);
        if (n != Next::NeedMore)
            return n;
        if (control.cancelled())
            return Next::NeedMore;
        const std::int64_t left = deadlineNs - monotonicNs();
        if (left <= 0)
            return Next::TimedOut;
        // A worker's death shows at once as end-of-file (POLLHUP); the
        // 20 ms cap only bounds how late a cancel is seen.
        pollfd p{proc_.readFd(), POLLIN, 0};
        constexpr std::int64_t kCapNs = 20'000'000;
        ::poll(&p, 1, static_cast<int>((std::min(left, kCapNs) + 999'999) / 1'000'000));
    }
}

QString WorkerChannel::describe(const QString &what, std::optional<std::uint64_t> inFlight)
{
    proc_.drainStderr();
    // A worker's words reach terminals and the window: no escape sequences.
    QString text = TerminalText::safe(what);
    if (inFlight)
        //: %1 the number the worker was checking
        text += tr(" while checking %1").arg(*inFlight);
    const QString err = TerminalText::safe(QString::fromUtf8(proc_.stderrText()).trimmed());
    if (!err.isEmpty())
        //: %1 what the worker printed on stderr
        text += tr("; it said: %1").arg(err);
    return text;
}

QString WorkerChannel::describeExit(std::optional<std::uint64_t> inFlight)
{
    proc_.finish(200);
    //: %1 worker number, %2 its pid, %3 how it ended
    return describe(tr("worker %1 (pid %2) %3").arg(id_).arg(proc_.pid()).arg(proc_.exitDescription()), inFlight);
}

QString WorkerChannel::describeMalformed(std::optional<std::uint64_t> inFlight)
{
    const std::string why = decoder_.error().empty() ? std::string("its output ended in the middle of a frame")
                                                     : decoder_.error();
    //: %1 worker number, %2 what was wrong with its output
    return describe(tr("worker %1 sent malformed output (%2)").arg(id_).arg(QString::fromStdString(why)), inFlight);
}

QString WorkerChannel::describeUnresponsive(std::optional<std::uint64_t> inFlight, std::int64_t limitNs)
{
    //: %1 worker number, %2 its pid, %3 the watchdog's limit in seconds
    return describe(tr("worker %1 (pid %2) gave no answer within %3 s")
                        .arg(id_)
                        .arg(proc_.pid())
                        .arg(static_cast<double>(limitNs) / 1e9, 0, 'g', 3),
                    inFlight);
}

QString WorkerChannel::endSilentSpinner(std::int64_t limitNs)
{
    const pid_t pid = proc_.pid();
    proc_.stop();
    //: %1 the child's pid, %2 the watchdog's limit in seconds
    return describe(tr("the spinner's process (pid %1) drew no frame for %2 s: it is stopped or hung, and was killed")
                        .arg(pid)
                        .arg(static_cast<double>(limitNs) / 1e9, 0, 'g', 3),
                    std::nullopt);
}

WorkerCrash WorkerChannel::endAfterFault(WorkerCrash::Cause cause, std::optional<std::uint64_t> inFlight,
                                         QString message)
{
    // A worker that garbled its output or hangs may still run: SIGKILL, so
    // nothing it does next can reach the run. One that died is only reaped.
    proc_.stop();
    WorkerCrash c;
    c.cause = cause;
    c.worker = id_;
    c.pid = proc_.pid();
    c.signal = proc_.termSignal();
    c.exitCode = proc_.exitCode();
    c.n = inFlight;
    c.message = std::move(message);
    return c;
}

QString WorkerChannel::givingUp(const WorkerCrash &last)
{
    //: %1 the number, %2 how many worker processes it cost, %3 how the last one ended
    return tr("gave up on %1: its worker failed %2 times in a row; the last time, %3")
        .arg(last.n ? QString::number(*last.n) : QStringLiteral("?"))
        .arg(last.attempt)
        .arg(last.message);
}

} // namespace conlab

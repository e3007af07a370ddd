#include "process/workerchannel.h"

#include "primes/runcontrol.h"

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
    for (;;) {
        const Next n = next(out);
        if (n != Next::NeedMore)
            return n;
        if (control.cancelled())
            return Next::NeedMore;
        pollfd p{proc_.readFd(), POLLIN, 0};
        ::poll(&p, 1, 20);
    }
}

QString WorkerChannel::describe(const QString &what, std::optional<std::uint64_t> inFlight)
{
    proc_.drainStderr();
    QString text = what;
    if (inFlight)
        //: %1 the number the worker was checking
        text += tr(" while checking %1").arg(*inFlight);
    const QString err = QString::fromUtf8(proc_.stderrText()).trimmed();
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

} // namespace conlab

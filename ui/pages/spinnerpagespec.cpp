// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/pages/spinnerpagespec.h"

#include <QCoreApplication>

namespace conlab {

namespace {
QString listing(const char *name)
{
    return QStringLiteral(":/listings/") + QLatin1StringView(name);
}
} // namespace

SpinnerPageSpec SpinnerPageSpec::helloWorld()
{
    SpinnerPageSpec s;
    s.title = QT_TRANSLATE_NOOP("conlab::SpinnerPage", "Spinner hello world");
    s.intro = QT_TRANSLATE_NOOP("conlab::SpinnerPage",
                                "A spinner turns while slow() sleeps for a few seconds. The same "
                                "supervisor, three ways: the spinner in a thread, in a child "
                                "process, or as a coroutine on the event loop.");
    s.variants = {
        {SpinnerModel::Thread, SlowKind::Sleep, QT_TRANSLATE_NOOP("conlab::SpinnerPage", "S1 · thread, time.sleep()"),
         listing("spinner_thread.py")},
        {SpinnerModel::Process, SlowKind::Sleep, QT_TRANSLATE_NOOP("conlab::SpinnerPage", "S2 · process, time.sleep()"),
         listing("spinner_proc.py")},
        {SpinnerModel::Coroutine, SlowKind::Sleep,
         QT_TRANSLATE_NOOP("conlab::SpinnerPage", "S3 · coroutine, await asyncio.sleep()"),
         listing("spinner_async.py")},
    };
    s.baselineListing = listing("spinner_thread.py");
    return s;
}

SpinnerPageSpec SpinnerPageSpec::blockingCall()
{
    SpinnerPageSpec s;
    s.title = QT_TRANSLATE_NOOP("conlab::SpinnerPage", "A blocking call in a coroutine");
    s.intro = QT_TRANSLATE_NOOP("conlab::SpinnerPage",
                                "The coroutine version, with one line changed: slow() calls "
                                "time.sleep() instead of awaiting asyncio.sleep(). The event loop "
                                "has one thread, and that thread is now asleep.");
    s.variants = {
        {SpinnerModel::Coroutine, SlowKind::BlockingSleep,
         QT_TRANSLATE_NOOP("conlab::SpinnerPage", "S4 · coroutine, time.sleep() inside"),
         listing("spinner_async_blocking.py")},
    };
    s.baselineListing = listing("spinner_async.py");
    return s;
}

SpinnerPageSpec SpinnerPageSpec::gilQuiz()
{
    SpinnerPageSpec s;
    s.title = QT_TRANSLATE_NOOP("conlab::SpinnerPage", "The GIL quiz");
    s.intro = QT_TRANSLATE_NOOP("conlab::SpinnerPage",
                                "slow() now does CPU work: is_prime(5_000_111_000_222_021). Does the "
                                "spinner still turn? Ask the room before each run.");
    s.variants = {
        {SpinnerModel::Process, SlowKind::Prime, QT_TRANSLATE_NOOP("conlab::SpinnerPage", "S5 · process, is_prime()"),
         listing("spinner_prime_proc.py")},
        {SpinnerModel::Thread, SlowKind::Prime, QT_TRANSLATE_NOOP("conlab::SpinnerPage", "S6 · thread, is_prime()"),
         listing("spinner_prime_thread.py")},
        {SpinnerModel::Coroutine, SlowKind::Prime,
         QT_TRANSLATE_NOOP("conlab::SpinnerPage", "S7 · coroutine, is_prime() called directly"),
         listing("spinner_prime_async.py")},
    };
    s.baselineListing = listing("spinner_prime_proc.py");
    return s;
}

SpinnerPageSpec SpinnerPageSpec::powerNapping()
{
    SpinnerPageSpec s;
    s.title = QT_TRANSLATE_NOOP("conlab::SpinnerPage", "Power napping");
    s.intro = QT_TRANSLATE_NOOP("conlab::SpinnerPage",
                                "Two ways to keep the loop alive during CPU work: make is_prime() a "
                                "coroutine that awaits sleep(0) now and then, or hand it to a "
                                "process executor.");
    s.variants = {
        {SpinnerModel::Coroutine, SlowKind::Nap,
         QT_TRANSLATE_NOOP("conlab::SpinnerPage", "S8 · coroutine, is_prime() naps with sleep(0)"),
         listing("spinner_prime_async_nap.py")},
        {SpinnerModel::Coroutine, SlowKind::Executor,
         QT_TRANSLATE_NOOP("conlab::SpinnerPage", "coroutine, is_prime() in a process executor"),
         listing("spinner_prime_async_executor.py")},
    };
    s.baselineListing = listing("spinner_prime_async.py");
    return s;
}

int SpinnerPageSpec::variantFor(const RunRecording &recording, QString *why) const
{
    const auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return -1;
    };
    if (recording.kind != RunRecording::Kind::Spinner)
        return refuse(QCoreApplication::translate("conlab::SpinnerPage",
                                                  "this recording is of a primes run; open it on a primes page"));
    if (!recording.report)
        return refuse(QCoreApplication::translate("conlab::SpinnerPage", "the recording holds no report of the run"));
    for (int i = 0; i < variants.size(); ++i) {
        if (variants[i].model == recording.spinner.model && variants[i].slow == recording.spinner.slow)
            return i;
    }
    //: %1 the recorded model (thread, process, coroutine), %2 the recorded slow() kind
    return refuse(
        QCoreApplication::translate(
            "conlab::SpinnerPage",
            "this page has no %1 spinner with slow() = %2; open the recording on the page that has it")
            .arg(SpinnerChoices::modelName(recording.spinner.model), SpinnerChoices::slowName(recording.spinner.slow)));
}

} // namespace conlab

// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "cli.h"
#include "signalwatch.h"

#include <array>
#include <cstdio>

namespace conlab::cli {

bool isCommand(const QString &arg)
{
    static const std::array<QStringView, 5> kCommands = {u"primes", u"spinner", u"sweep", u"fidelity", u"join"};
    for (QStringView c : kCommands)
        if (arg == c)
            return true;
    return false;
}

bool needsGui(const QString &command)
{
    return command == u"sweep";
}

namespace {

QtMessageHandler previousHandler = nullptr;

// Without XDG_RUNTIME_DIR (root in a container, a CI job, an ssh session)
// every QGuiApplication warns about it while it loads the platform. A
// headless command never uses that folder, and the warning would stand
// before the command's own first line, so it is dropped; all else passes.
void quietRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

void prepareHeadlessGui()
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    previousHandler = qInstallMessageHandler(quietRuntimeDirWarning);
    SignalWatch::blockSignals();
}

int run(const QStringList &args)
{
    // args: program, command, options...; each command sees itself as argv[0].
    const QString command = args.value(1);
    const QStringList rest = args.mid(1);
    if (command == u"primes")
        return primesCommand(rest);
    if (command == u"spinner")
        return spinnerCommand(rest);
    if (command == u"sweep")
        return sweepCommand(rest);
    if (command == u"fidelity")
        return fidelityCommand(rest);
    if (command == u"join")
        return joinCommand(rest);
    return BadInput;
}

} // namespace conlab::cli

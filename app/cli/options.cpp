// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "options.h"

#include "cli.h"
#include "core/files/boundedread.h"
#include "core/numbers/numberlist.h"
#include "core/text/quotedvalue.h"

#include <QCoreApplication>
#include <cmath>
#include <cstdio>

namespace conlab::cli {

void Options::parse(const QStringList &args)
{
    if (!p_.parse(args)) {
        // Qt's text quotes an unknown option whole, however long it is.
        const QStringList unknown = p_.unknownOptionNames();
        if (!unknown.isEmpty())
            //: %1 the option the user typed, quoted
            throw UsageError{tr("Unknown option %1.").arg(QuotedValue::of(unknown.constFirst()))};
        throw UsageError{p_.errorText()};
    }
    const QStringList extra = p_.positionalArguments();
    if (!extra.isEmpty())
        //: %1 the unexpected word on the command line (quoted), %2 a hint on what to do instead
        throw UsageError{
            tr("unexpected argument %1; %2")
                .arg(QuotedValue::of(extra.first()),
                     positionalHint_.isEmpty() ? tr("this command takes only options (see --help)") : positionalHint_)};
}

QString Options::helpText() const
{
    // Qt's usage line starts with the program as it was run (argv[0]).
    QString text = p_.helpText();
    const QStringList args = QCoreApplication::arguments();
    const qsizetype lineEnd = text.indexOf(u'\n');
    const qsizetype at = args.isEmpty() ? -1 : text.indexOf(args.constFirst());
    if (at >= 0 && at < lineEnd)
        text.replace(at, args.constFirst().size(), QStringLiteral("concurrency-lab ") + command_);
    return text;
}

int Options::workers(const QString &name, int fallback, int min, int max) const
{
    if (!p_.isSet(name))
        return fallback;
    bool ok = false;
    const QString text = p_.value(name);
    const int n = text.toInt(&ok);
    if (!ok || n < min || n > max)
        //: %1 option name, %2 the value given (quoted), %3 and %4 the valid range
        throw UsageError{
            tr("--%1: %2 is not a whole number from %3 to %4").arg(name, QuotedValue::of(text)).arg(min).arg(max)};
    return n;
}

Pace Options::pace(const QString &name) const
{
    if (!p_.isSet(name))
        return Pace::native();
    QString why;
    const auto pace = Pace::parse(p_.value(name), &why);
    if (!pace)
        throw UsageError{u"--" + name + u": " + why};
    return *pace;
}

std::vector<std::uint64_t> Options::numbers(const QString &listName, const QString &fileName,
                                            const std::vector<std::uint64_t> &fallback) const
{
    if (p_.isSet(listName) && p_.isSet(fileName))
        //: %1 and %2 option names
        throw UsageError{tr("--%1 and --%2 cannot be used together").arg(listName, fileName)};
    NumberList list;
    QString option;
    if (p_.isSet(listName)) {
        option = listName;
        // Several --numbers options, or one with spaces, are all one list.
        list = NumberListParser::parse(p_.values(listName).join(u' '));
    } else if (p_.isSet(fileName)) {
        option = fileName;
        const QString path = p_.value(fileName);
        // A FIFO waits for its writer: say what the command waits for.
        if (BoundedRead::isStream(path)) {
            //: %1 the FIFO's path, quoted
            std::fprintf(stderr, "%s\n",
                         qPrintable(
                             tr("reading numbers from the FIFO %1 (Ctrl+C to stop)…").arg(QuotedValue::of(path))));
            std::fflush(stderr);
        }
        list = NumberListParser::parseFile(path, NumberListParser::FileKinds::AlsoFifos);
    } else {
        return fallback;
    }
    if (!list.ok()) {
        const NumberListError &e = *list.error;
        QString where = e.describe();
        if (e.index > 0)
            //: %1 the position of the bad number in the list, %2 the detailed message
            where = tr("number %1 at %2").arg(e.index).arg(where);
        throw UsageError{u"--" + option + u": " + where};
    }
    return std::move(list.numbers);
}

QString Options::choice(const QString &name, const QStringList &choices, const QString &fallback) const
{
    if (!p_.isSet(name))
        return fallback;
    const QString v = p_.value(name);
    if (!choices.contains(v))
        //: %1 option name, %2 the value given (quoted), %3 the valid values
        throw UsageError{
            tr("--%1: unknown value %2; choose one of %3").arg(name, QuotedValue::of(v), choices.join(u", "))};
    return v;
}

double Options::number(const QString &name, double fallback, double min, double max, const QString &unit) const
{
    if (!p_.isSet(name))
        return fallback;
    bool ok = false;
    const QString text = p_.value(name);
    const double v = text.toDouble(&ok);
    if (!ok || !(v >= min && v <= max))
        //: %1 option name, %2 value given (quoted), %3 and %4 the range, %5 the unit
        throw UsageError{
            tr("--%1: %2 is outside %3 to %4 %5").arg(name, QuotedValue::of(text)).arg(min).arg(max).arg(unit)};
    return v;
}

GilConfig Options::gil() const
{
    GilConfig cfg;
    cfg.enabled = choice(QStringLiteral("gil"), {QStringLiteral("on"), QStringLiteral("off")}, QStringLiteral("on"))
        == u"on";
    const double ms = number(QStringLiteral("switch-interval"), 5.0, 1.0, 1000.0, QStringLiteral("ms"));
    cfg.switchInterval = std::chrono::microseconds(std::llround(ms * 1000.0));
    return cfg;
}

QList<QCommandLineOption> Options::engineOptions()
{
    return {
        {QStringLiteral("engine"),
         tr("emulated (default): the app's C++ rebuild; cpython: run the matching listing in real CPython "
            "(python3 -u, from a temporary folder), reported the same way."),
         QStringLiteral("E")},
        {QStringLiteral("python"),
         tr("With --engine cpython: the interpreter to run (default: python3 on PATH; "
            "--gil off looks for python3.13t or python3.14t)."),
         QStringLiteral("PATH")},
        {QStringLiteral("grace"),
         tr("With --engine cpython: seconds the listing may run before it counts as not finished "
            "and is killed (default: several times CPython's time)."),
         QStringLiteral("S")},
    };
}

std::optional<CPythonOptions> Options::engine(const QStringList &emulatedOnly) const
{
    const bool cpython = choice(QStringLiteral("engine"), {QStringLiteral("emulated"), QStringLiteral("cpython")},
                                QStringLiteral("emulated"))
        == u"cpython";
    if (!cpython) {
        for (const QString &name : {QStringLiteral("python"), QStringLiteral("grace")})
            if (p_.isSet(name))
                //: %1 an option name
                throw UsageError{tr("--%1 applies to --engine cpython only").arg(name)};
        return std::nullopt;
    }
    for (const QString &name : emulatedOnly)
        if (p_.isSet(name))
            //: %1 an option name
            throw UsageError{tr("--%1 does not apply to --engine cpython: the listing runs as written, "
                                "at CPython's own speed")
                                 .arg(name)};
    CPythonOptions o;
    o.interpreter = p_.value(QStringLiteral("python"));
    o.graceMs = static_cast<int>(std::lround(number(QStringLiteral("grace"), 0, 1, 86400, QStringLiteral("s")) * 1000));
    return o;
}

QString Options::versionText()
{
    return QStringLiteral("concurrency-lab " PROJECT_VERSION "\n");
}

int reportUsageError(const QString &command, const UsageError &e)
{
    std::fprintf(stderr, "concurrency-lab %s: error: %s\n", qPrintable(command), qPrintable(e.message));
    std::fprintf(stderr, "Try 'concurrency-lab %s --help'.\n", qPrintable(command));
    return BadInput;
}

std::optional<QString> Options::helpOrVersion() const
{
    if (p_.isSet(QStringLiteral("help")))
        return helpText();
    if (p_.isSet(QStringLiteral("version")))
        return versionText();
    return std::nullopt;
}

} // namespace conlab::cli

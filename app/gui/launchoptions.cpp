// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/gui/launchoptions.h"

#include "app/cli/options.h"
#include "core/text/quotedvalue.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>

namespace conlab::gui::launch {

namespace {

// The context these strings had in guiapp.cpp, kept so their translations
// still apply.
class GuiApp
{
    Q_DECLARE_TR_FUNCTIONS(conlab::gui::GuiApp)
};

const QString kExperiment = QStringLiteral("experiment");
const QString kRun = QStringLiteral("run");
const QString kPresentation = QStringLiteral("presentation");
const QString kAudiencePort = QStringLiteral("audience-port");
const QString kAudienceBind = QStringLiteral("audience-bind");
const QString kAudienceCode = QStringLiteral("audience-code");

// Lets a lecturer open straight into an experiment, or onto the projector,
// from a desktop shortcut (the .desktop file's actions use these), and lets
// tests drive the real program.
void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(GuiApp::tr("Concurrency Lab: the concurrency models of Python, live."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        //: help of --experiment, N its value
        {kExperiment, GuiApp::tr("Open experiment N of the window's list, counting from 1."), QStringLiteral("N")},
        {kRun, GuiApp::tr("Press Run as soon as the window is up.")},
        {kPresentation, GuiApp::tr("Open in presentation mode: full screen, larger text (F11 in the window).")},
        //: help of --audience-port, N its value
        {kAudiencePort, GuiApp::tr("Start with Audience on, the room's vote, listening on port N (0: a free one)."),
         QStringLiteral("N")},
        //: help of --audience-bind, ADDR its value
        {kAudienceBind, GuiApp::tr("Start with Audience on, listening on ADDR (default: the LAN address)."),
         QStringLiteral("ADDR")},
        //: help of --audience-code, CODE its value
        {kAudienceCode, GuiApp::tr("Start with Audience on, with this 4-digit session code (default: a random one)."),
         QStringLiteral("CODE")},
    });
}

QString helpText()
{
    QCommandLineParser parser;
    addOptions(parser);
    QString text = parser.helpText();
    // Qt's usage line names the path the program was run by and knows
    // nothing of the subcommands.
    const qsizetype lineEnd = text.indexOf(u'\n');
    text.replace(0, lineEnd,
                 //: the usage lines of --help; keep "concurrency-lab" and the layout
                 GuiApp::tr("Usage: concurrency-lab [options]\n"
                            "       concurrency-lab COMMAND [options]"));
    if (!text.endsWith(u'\n'))
        text += u'\n';
    text += u'\n' + GuiApp::tr("Commands (headless, no display needed):") + u'\n';
    const std::pair<const char *, QString> commands[] = {
        {"primes", GuiApp::tr("check numbers for primality in one of six concurrency models")},
        {"spinner", GuiApp::tr("run the spinner supervisor and show how the spinner fares")},
        {"sweep", GuiApp::tr("time the primes workload at 1 to N workers and chart it")},
        {"fidelity", GuiApp::tr("run every lesson in real CPython and in the emulation, side by side")},
    };
    for (const auto &[name, line] : commands)
        text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(name).leftJustified(8), line);
    text += u'\n' + GuiApp::tr("Run 'concurrency-lab COMMAND --help' for a command's options.") + u'\n';
    return text;
}

void printError(const QString &message)
{
    std::fprintf(stderr, "concurrency-lab: error: %s\n", qPrintable(message));
}

} // namespace

bool asksForInfo(const QStringList &args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--")
            break;
        if (a == u"-h" || a == u"--help" || a == u"-?" || a == u"--help-all" || a == u"-v" || a == u"--version")
            return true;
    }
    return false;
}

int printInfo(const QStringList &args)
{
    bool version = false;
    for (qsizetype i = 1; i < args.size() && args.at(i) != u"--"; ++i) {
        const QString &a = args.at(i);
        if (a == u"-h" || a == u"--help" || a == u"-?" || a == u"--help-all")
            break; // the first one asked for wins, as with Qt's parser
        if (a == u"-v" || a == u"--version") {
            version = true;
            break;
        }
    }
    const QByteArray out = (version ? cli::Options::versionText() : helpText()).toUtf8();
    std::fwrite(out.constData(), 1, std::size_t(out.size()), stdout);
    return 0;
}

std::optional<LaunchOptions> parse(const QStringList &args, int experiments)
{
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(args)) {
        const QStringList unknown = parser.unknownOptionNames();
        //: %1 the option the user typed, quoted
        printError(unknown.isEmpty() ? parser.errorText()
                                     : GuiApp::tr("Unknown option %1.").arg(QuotedValue::of(unknown.constFirst())));
        return std::nullopt;
    }
    LaunchOptions out;
    if (parser.isSet(kExperiment)) {
        bool ok = false;
        const int n = parser.value(kExperiment).toInt(&ok);
        if (!ok || n < 1 || n > experiments) {
            //: %1 the value given (quoted), %2 the number of experiments
            printError(GuiApp::tr("--experiment takes a number from 1 to %2, not %1")
                           .arg(QuotedValue::of(parser.value(kExperiment)))
                           .arg(experiments));
            return std::nullopt;
        }
        out.experiment = n;
    }
    out.run = parser.isSet(kRun);
    out.presentation = parser.isSet(kPresentation);
    if (parser.isSet(kAudiencePort) || parser.isSet(kAudienceBind) || parser.isSet(kAudienceCode)) {
        AudienceOptions audience;
        // Each option's value, checked by AudienceOptions, which names the
        // option in its error.
        bool ok = true;
        const auto take = [&](const QString &name, auto parse, auto &field) {
            if (!ok || !parser.isSet(name))
                return;
            QString why;
            if (const auto value = parse(parser.value(name), &why))
                field = *value;
            else {
                printError(why);
                ok = false;
            }
        };
        take(kAudiencePort, &AudienceOptions::parsePort, audience.port);
        take(kAudienceBind, &AudienceOptions::parseBind, audience.bind);
        take(kAudienceCode, &AudienceOptions::parseCode, audience.code);
        if (!ok)
            return std::nullopt;
        out.audience = audience;
    }
    if (!parser.positionalArguments().isEmpty()) {
        //: %1 the unexpected word on the command line (quoted)
        printError(GuiApp::tr("unexpected argument %1; the headless commands are primes, spinner, sweep and fidelity")
                       .arg(QuotedValue::of(parser.positionalArguments().constFirst())));
        return std::nullopt;
    }
    return out;
}

} // namespace conlab::gui::launch

// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The CLI as a new user meets it, without a display: --help and --version
// of the window and of every subcommand, -platform, a Wayland session
// without Qt's Wayland plugin, "-" as stdout, and a pasted 131 KB value.
#include "clitesthelpers.h"

#include "core/primes/primesconfig.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using conlab::testing::CliRun;
using conlab::testing::waitForCli;

namespace {

// The environment of a text console or an ssh session: no display at all,
// plus whatever `extra` sets.
QProcessEnvironment noDisplay(const QStringList &extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        env.remove(QString::fromLatin1(name));
    for (const QString &kv : extra)
        env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
    return env;
}

CliRun runApp(const QStringList &args, const QProcessEnvironment &env = noDisplay())
{
    QProcess p;
    p.setProgram(conlab::testing::appPath());
    p.setArguments(args);
    p.setProcessEnvironment(env);
    p.start();
    return waitForCli(p, 120'000);
}

bool hasWaylandPlugin()
{
    const QDir dir(QLibraryInfo::path(QLibraryInfo::PluginsPath) + QStringLiteral("/platforms"));
    return !dir.entryList({QStringLiteral("libqwayland*.so")}, QDir::Files).isEmpty();
}

// The run ended well and stdout holds a Chrome trace and nothing else.
void verifyTraceOnStdout(const CliRun &r)
{
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.object().value(u"traceEvents").isArray());
}

} // namespace

class TestCliHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!conlab::testing::appPath().isEmpty(), "CONLAB_APP is not set; run this test through ctest");
    }

    void topLevelHelpWithoutDisplay_data()
    {
        QTest::addColumn<QString>("flag");
        QTest::newRow("--help") << QStringLiteral("--help");
        QTest::newRow("-h") << QStringLiteral("-h");
    }
    void topLevelHelpWithoutDisplay()
    {
        QFETCH(QString, flag);
        const CliRun r = runApp({flag});
        QVERIFY(r.finished);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        for (const char *word : {"--experiment", "--run", "--presentation", "--version", "COMMAND --help"})
            QVERIFY2(out.contains(QLatin1String(word)), qPrintable(u"no " + QLatin1String(word) + u" in:\n" + out));
        // One line for each subcommand, starting with its name.
        for (const char *command : {"primes", "spinner", "sweep"}) {
            const QRegularExpression line(QStringLiteral(R"(^  %1\s+\S)").arg(QLatin1String(command)),
                                          QRegularExpression::MultilineOption);
            QVERIFY2(line.match(out).hasMatch(),
                     qPrintable(u"no line for " + QLatin1String(command) + u" in:\n" + out));
        }
    }

    void versionWithoutDisplay_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")};
        QTest::newRow("-v") << QStringList{QStringLiteral("-v")};
        for (const char *c : {"primes", "spinner", "sweep"}) {
            QTest::addRow("%s --version", c) << QStringList{QLatin1String(c), QStringLiteral("--version")};
            QTest::addRow("%s -v", c) << QStringList{QLatin1String(c), QStringLiteral("-v")};
        }
    }
    void versionWithoutDisplay()
    {
        QFETCH(QStringList, args);
        const CliRun r = runApp(args);
        QVERIFY(r.finished);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(QRegularExpression(QStringLiteral(R"(^concurrency-lab \d+\.\d+\.\d+\n$)"))
                     .match(QString::fromUtf8(r.out))
                     .hasMatch(),
                 r.out.constData());
    }

    void subcommandHelpWithoutDisplay_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *c : {"primes", "spinner", "sweep"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void subcommandHelpWithoutDisplay()
    {
        QFETCH(QString, command);
        const CliRun r = runApp({command, QStringLiteral("--help")});
        QVERIFY(r.finished);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.startsWith(u"Usage: concurrency-lab " + command), qPrintable(out));
        QVERIFY2(out.contains(u"--version"), qPrintable(out));
    }

    void primesHelpListsEveryModel()
    {
        const CliRun r = runApp({QStringLiteral("primes"), QStringLiteral("--help")});
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 0);
        // Qt wraps the option's help: join it back into one line of words.
        const QString out = QString::fromUtf8(r.out).simplified();
        int models = 0;
        for (int m = int(conlab::PrimesModel::Sequential); m <= int(conlab::PrimesModel::CoroutinesExecutor); ++m) {
            const QString name = conlab::PrimesModels::name(conlab::PrimesModel(m));
            QVERIFY(!name.isEmpty());
            const QRegularExpression word(u"[ ,]" + QRegularExpression::escape(name) + u"[ ,]");
            QVERIFY2(word.match(out).hasMatch(), qPrintable(u"no model " + name + u" in: " + out));
            ++models;
        }
        QCOMPARE(models, 6);
    }

    // Qt reads -platform itself; the app's own display check must let it
    // through. A wrong --experiment gets past both and is refused by the
    // window's own parser (exit 2), so no window stays open.
    void platformArgumentCountsAsDisplay()
    {
        const CliRun r = runApp({QStringLiteral("-platform"), QStringLiteral("offscreen"),
                                 QStringLiteral("--experiment"), QStringLiteral("0")});
        QVERIFY(r.finished);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 2, r.err.constData());
        QVERIFY2(r.err.contains("--experiment"), r.err.constData());
        QVERIFY2(!r.err.contains("no display"), r.err.constData());
        const CliRun v = runApp(
            {QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY2(v.out.startsWith("concurrency-lab "), v.out.constData());
    }

    void waylandWithoutPluginExplains()
    {
        if (hasWaylandPlugin())
            QSKIP("Qt's Wayland plugin is installed here: the window would open on Wayland");
        const CliRun r = runApp({}, noDisplay({QStringLiteral("WAYLAND_DISPLAY=wayland-0")}));
        QVERIFY(r.finished);
        QCOMPARE(r.exitStatus, QProcess::NormalExit); // not SIGABRT
        QCOMPARE(r.exitCode, 1);
        const QString err = QString::fromUtf8(r.err);
        for (const char *word : {"Wayland", "qt6-wayland", "DISPLAY=", "QT_QPA_PLATFORM=offscreen"})
            QVERIFY2(err.contains(QLatin1String(word)), qPrintable(err));
    }

    // --trace - writes the trace, and only the trace, to stdout; the book's
    // lines still reach the terminal through stderr.
    void primesTraceToStdout()
    {
        const CliRun r = runApp({QStringLiteral("primes"), QStringLiteral("--numbers"), QStringLiteral("2,3,5,9"),
                                 QStringLiteral("--trace"), QStringLiteral("-")});
        verifyTraceOnStdout(r);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(r.err.contains("Checking 4 numbers"), r.err.constData());
        QVERIFY2(!r.out.contains("Checking"), r.out.constData());
    }

    void spinnerTraceToStdout()
    {
        const CliRun r = runApp({QStringLiteral("spinner"), QStringLiteral("--seconds"), QStringLiteral("0.2"),
                                 QStringLiteral("--trace"), QStringLiteral("-")});
        verifyTraceOnStdout(r);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(r.err.contains("Answer: "), r.err.constData());
    }

    void twoOutputsOnStdoutRefused_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("primes --json --trace -") << QStringList{QStringLiteral("primes"), QStringLiteral("--json"),
                                                                QStringLiteral("--trace"), QStringLiteral("-")};
        QTest::newRow("spinner --json --trace -") << QStringList{QStringLiteral("spinner"), QStringLiteral("--json"),
                                                                 QStringLiteral("--trace"), QStringLiteral("-")};
        QTest::newRow("sweep --out - --svg -")
            << QStringList{QStringLiteral("sweep"), QStringLiteral("--out"), QStringLiteral("-"),
                           QStringLiteral("--svg"), QStringLiteral("-")};
        QTest::newRow("sweep --json --out -") << QStringList{QStringLiteral("sweep"), QStringLiteral("--json"),
                                                             QStringLiteral("--out"), QStringLiteral("-")};
    }
    void twoOutputsOnStdoutRefused()
    {
        QFETCH(QStringList, args);
        const CliRun r = runApp(args);
        QVERIFY(r.finished);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QVERIFY2(r.exitCode == 2, r.err.constData());
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        QVERIFY2(r.err.contains("standard output"), r.err.constData());
    }

    // A threads sweep needs no worker process; the CSV is all of stdout.
    void sweepCsvToStdout()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        const CliRun r = runApp({QStringLiteral("sweep"), QStringLiteral("--series"), QStringLiteral("threads"),
                                 QStringLiteral("--max"), QStringLiteral("1"), QStringLiteral("--runs"),
                                 QStringLiteral("1"), QStringLiteral("--numbers"), QStringLiteral("7"),
                                 QStringLiteral("--out"), QStringLiteral("-")},
                                noDisplay({u"XDG_DATA_HOME=" + data.path()}));
        QVERIFY(r.finished);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QStringList lines = conlab::testing::linesOf(r.out);
        QVERIFY2(lines.size() == 2, r.out.constData()); // the header and the one run
        QCOMPARE(lines.at(0).count(u','), lines.at(1).count(u','));
        QVERIFY2(!lines.at(0).isEmpty() && !lines.at(0).at(0).isDigit(), r.out.constData());
    }

    // A value pasted by mistake: the message names the option and the
    // value's length, and quotes only its ends. 131000 characters: Linux
    // takes at most 128 KiB in one argument.
    void longValueIsElided_data()
    {
        const QString huge(131'000, u'x');
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("option");
        QTest::addColumn<int>("code");
        QTest::newRow("primes --model") << QStringList{QStringLiteral("primes"), QStringLiteral("--model"), huge}
                                        << QStringLiteral("--model") << 2;
        QTest::newRow("primes --workers") << QStringList{QStringLiteral("primes"), QStringLiteral("--workers"), huge}
                                          << QStringLiteral("--workers") << 2;
        QTest::newRow("primes --pace") << QStringList{QStringLiteral("primes"), QStringLiteral("--pace"), huge}
                                       << QStringLiteral("--pace") << 2;
        QTest::newRow("unknown option") << QStringList{QStringLiteral("spinner"), u"--" + huge}
                                        << QStringLiteral("nknown option") << 2; // Qt's wording: "Unknown option"
        QTest::newRow("sweep --series") << QStringList{QStringLiteral("sweep"), QStringLiteral("--series"), huge}
                                        << QStringLiteral("--series") << 2;
        QTest::newRow("sweep --out") << QStringList{QStringLiteral("sweep"), QStringLiteral("--out"),
                                                    u"/nonexistent/" + huge}
                                     << QStringLiteral("--out") << 2;
        QTest::newRow("window --experiment") << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen"),
                                                            QStringLiteral("--experiment"), huge}
                                             << QStringLiteral("--experiment") << 2;
    }
    void longValueIsElided()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, option);
        QFETCH(int, code);
        const CliRun r = runApp(args);
        QVERIFY(r.finished);
        QCOMPARE(r.exitStatus, QProcess::NormalExit);
        QCOMPARE(r.exitCode, code);
        // Only the error line: Qt may add a line of its own (XDG_RUNTIME_DIR).
        QString line;
        for (const QString &l : QString::fromUtf8(r.err).split(u'\n'))
            if (l.contains(u"error:"))
                line = l;
        QVERIFY2(!line.isEmpty(), r.err.left(400).constData());
        // The value is cut to about 80 characters; the rest is the message,
        // whose longest (--series) lists every series a sweep accepts (nine,
        // with the two Celery ones).
        QVERIFY2(line.size() < 380, qPrintable(line.left(400)));
        QVERIFY2(line.contains(option), qPrintable(line));
        QVERIFY2(line.contains(u"131000") || line.contains(u"131013"), qPrintable(line)); // its length
        QVERIFY2(line.contains(u"…"), qPrintable(line));
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_cli_help.moc"

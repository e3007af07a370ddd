// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// Runs the real `concurrency-lab spinner` (path in CONLAB_APP) through
// QProcess and checks what a user sees: the animation in a terminal, the
// JSON frame report, the refusals, and Ctrl+C.
#include "../common/proctools.h"
#include "clitesthelpers.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <algorithm>
#include <cmath>
#include <csignal>
#include <vector>

using namespace conlab::testing;

namespace {

// The book's glyphs and message (EXPERIMENTS.md), not taken from core/.
const QByteArray kGlyphs = QByteArrayLiteral("\\|/-");
const QByteArray kMessage = QByteArrayLiteral("thinking!");
const QByteArray kAnswer = QByteArrayLiteral("Answer: 42\n");
// spin() ends with `print('\r' + ' ' * len(status) + '\r')` after the glyph
// and its space.
const QByteArray kClear = '\r' + QByteArray(kMessage.size() + 2, ' ') + '\r';

// What the spinner command accepts; a message must not send the user to an
// option that is not among them.
const QStringList kSpinnerOptions = {
    QStringLiteral("--model"),           QStringLiteral("--slow"), QStringLiteral("--gil"),
    QStringLiteral("--switch-interval"), QStringLiteral("--pace"), QStringLiteral("--seconds"),
    QStringLiteral("--number"),          QStringLiteral("--json"), QStringLiteral("--help"),
};

CliRun runSpinner(const QStringList &args, int timeoutMs = 60'000)
{
    return runCli(QStringLiteral("spinner"), args, timeoutMs);
}

QString reprPattern(const QString &model, qint64 cliPid)
{
    if (model == u"thread")
        return QRegularExpression::escape(QStringLiteral("<Thread(Thread-1 (spin), initial)>"));
    if (model == u"process")
        return QRegularExpression::escape(QStringLiteral("<Process name='Process-1' parent=%1 initial>").arg(cliPid));
    // The file is the variant's listing (spinner_async.py, spinner_prime_async.py, ...).
    return QRegularExpression::escape(QStringLiteral("<Task pending name='Task-2' coro=<spin() running at "))
        + QStringLiteral(R"(spinner_\w+\.py:\d+)") + QRegularExpression::escape(QStringLiteral(">>"));
}

// Frames as `\r<glyph> thinking!`, back to back: their glyphs in order, or
// why the bytes are not such frames.
struct Frames
{
    bool ok = false;
    QString why;
    QByteArray glyphs;
};

Frames parseFrames(const QByteArray &bytes)
{
    Frames f;
    const qsizetype size = 2 + 1 + kMessage.size(); // \r, glyph, space, message
    for (qsizetype at = 0; at < bytes.size(); at += size) {
        const QByteArray one = bytes.mid(at, size);
        if (one.size() != size || one[0] != '\r' || !kGlyphs.contains(one[1]) || one[2] != ' '
            || one.mid(3) != kMessage) {
            f.why =
                QStringLiteral("not a frame at byte %1: %2").arg(at).arg(QString::fromLatin1(one.toPercentEncoding()));
            return f;
        }
        f.glyphs += one[1];
    }
    f.ok = true;
    return f;
}

QJsonObject parseJson(const QByteArray &out, QString *error)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &e);
    if (e.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = e.errorString() + u": " + QString::fromUtf8(out.left(300));
        return {};
    }
    return doc.object();
}

} // namespace

class TestCliSpinner : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void terminal_data();
    void terminal();
    void neverAppears_data();
    void neverAppears();
    void json_data();
    void json();
    void longSwitchIntervalStutters();
    void badInput_data();
    void badInput();
    void interrupt_data();
    void interrupt();
};

void TestCliSpinner::initTestCase()
{
    QVERIFY2(!appPath().isEmpty(), "CONLAB_APP is not set; run this test through ctest");
    QVERIFY2(QFileInfo(appPath()).isExecutable(), qPrintable(appPath()));
}

void TestCliSpinner::terminal_data()
{
    QTest::addColumn<QString>("model");
    QTest::addRow("S1 thread") << QStringLiteral("thread");
    QTest::addRow("S2 process") << QStringLiteral("process");
    QTest::addRow("S3 coroutine") << QStringLiteral("coroutine");
}

void TestCliSpinner::terminal()
{
    QFETCH(QString, model);
    // The pid of the CLI is in the process's repr, so start it by hand.
    QProcess p;
    p.setProgram(appPath());
    p.setArguments({QStringLiteral("spinner"), QStringLiteral("--model"), model, QStringLiteral("--slow"),
                    QStringLiteral("sleep"), QStringLiteral("--seconds"), QStringLiteral("1")});
    p.start();
    QVERIFY(p.waitForStarted(10'000));
    const qint64 pid = p.processId();
    QVERIFY2(p.waitForFinished(60'000), "the run took more than 60 s");
    const QByteArray out = p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QVERIFY2(p.exitCode() == 0, err.constData());
    // stderr holds only the verdict the window would reveal.
    QVERIFY2(err.startsWith("Verdict: Kept spinning. ") && err.count('\n') == 1 && err.endsWith('\n'), err.constData());

    const qsizetype firstNewline = out.indexOf('\n');
    QVERIFY2(firstNewline > 0, out.constData());
    const QString first = QString::fromUtf8(out.left(firstNewline));
    const QRegularExpression reprLine(u"^spinner object: "_qs + reprPattern(model, pid) + u'$');
    QVERIFY2(reprLine.match(first).hasMatch(), qPrintable(first));

    QVERIFY2(out.endsWith(kAnswer), out.constData());
    QByteArray middle = out.mid(firstNewline + 1);
    middle.chop(kAnswer.size());
    QVERIFY2(middle.endsWith(kClear),
             qPrintable(u"no cleared line before the answer: "_qs
                        + QString::fromLatin1(middle.right(40).toPercentEncoding())));
    middle.chop(kClear.size());
    QVERIFY2(!middle.contains('\n'), "a newline between the frames");

    const Frames frames = parseFrames(middle);
    QVERIFY2(frames.ok, qPrintable(frames.why));
    QVERIFY2(frames.glyphs.size() >= 5, qPrintable(QStringLiteral("%1 frames in 1 s").arg(frames.glyphs.size())));
    for (qsizetype k = 0; k < frames.glyphs.size(); ++k)
        QVERIFY2(frames.glyphs[k] == kGlyphs[k % 4],
                 qPrintable(QStringLiteral("frame %1 is '%2', expected '%3' (glyphs: %4)")
                                .arg(k)
                                .arg(QString(QLatin1Char(frames.glyphs[k])), QString(QLatin1Char(kGlyphs[k % 4])),
                                     QString::fromLatin1(frames.glyphs))));
}

void TestCliSpinner::neverAppears_data()
{
    QTest::addColumn<QString>("slow");
    QTest::addRow("S4 blocking-sleep") << QStringLiteral("blocking-sleep");
    QTest::addRow("S7 prime") << QStringLiteral("prime");
}

void TestCliSpinner::neverAppears()
{
    QFETCH(QString, slow);
    const CliRun r = runSpinner({QStringLiteral("--model"), QStringLiteral("coroutine"), QStringLiteral("--slow"), slow,
                                 QStringLiteral("--seconds"), QStringLiteral("1")});
    QVERIFY(r.finished);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.startsWith("Verdict: Never appeared. ") && r.err.count('\n') == 1, r.err.constData());
    // The same headline and why as the JSON report, which are the window's.
    const CliRun j = runSpinner({QStringLiteral("--model"), QStringLiteral("coroutine"), QStringLiteral("--slow"), slow,
                                 QStringLiteral("--seconds"), QStringLiteral("1"), QStringLiteral("--json")});
    QVERIFY2(j.exitCode == 0, j.err.constData());
    QString error;
    const QJsonObject verdict = parseJson(j.out, &error).value(u"verdict").toObject();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(verdict.value(u"outcome").toString(), QStringLiteral("never_appears"));
    // Measured figures differ between the two runs; the words may not.
    const auto words = [](QString text) {
        return text.replace(QRegularExpression(QStringLiteral(R"(\d+(\.\d+)?)")), QStringLiteral("N"));
    };
    QCOMPARE(words(QString::fromUtf8(r.err).trimmed()),
             words(u"Verdict: Never appeared. "_qs + verdict.value(u"why").toString()));
    // The spin task was created but never ran: no frame, and no cleanup
    // either, since a task cancelled before its first step runs nothing.
    QVERIFY2(!r.out.contains('\r'), qPrintable(QString::fromLatin1(r.out.toPercentEncoding())));
    const QStringList lines = linesOf(r.out);
    QCOMPARE(lines.size(), 2);
    const QRegularExpression reprLine(u"^spinner object: "_qs + reprPattern(QStringLiteral("coroutine"), 0) + u'$');
    QVERIFY2(reprLine.match(lines[0]).hasMatch(), qPrintable(lines[0]));
    QCOMPARE(lines[1], QStringLiteral("Answer: 42"));
}

void TestCliSpinner::json_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("slow");
    QTest::addColumn<bool>("spins");
    const auto s = [](const char *t) { return QString::fromLatin1(t); };
    QTest::addRow("S1 thread sleep") << s("thread") << s("sleep") << true;
    QTest::addRow("S2 process sleep") << s("process") << s("sleep") << true;
    QTest::addRow("S3 coroutine sleep") << s("coroutine") << s("sleep") << true;
    QTest::addRow("S4 coroutine blocking-sleep") << s("coroutine") << s("blocking-sleep") << false;
    QTest::addRow("S5 process prime") << s("process") << s("prime") << true;
    QTest::addRow("S6 thread prime") << s("thread") << s("prime") << true;
    QTest::addRow("S7 coroutine prime") << s("coroutine") << s("prime") << false;
    QTest::addRow("S8 coroutine nap") << s("coroutine") << s("nap") << true;
    QTest::addRow("executor") << s("coroutine") << s("executor") << true;
}

void TestCliSpinner::json()
{
    QFETCH(QString, model);
    QFETCH(QString, slow);
    QFETCH(bool, spins);
    const CliRun r = runSpinner({QStringLiteral("--model"), model, QStringLiteral("--slow"), slow,
                                 QStringLiteral("--seconds"), QStringLiteral("1"), QStringLiteral("--json")});
    QVERIFY(r.finished);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.isEmpty(), r.err.constData());
    QVERIFY2(!r.out.contains('\r'), "animation in the JSON output");

    QString error;
    const QJsonObject root = parseJson(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(root.value(u"schema").toString(), QStringLiteral("concurrency-lab.spinner/1"));
    QCOMPARE(root.value(u"engine").toString(), QStringLiteral("emulated"));
    QCOMPARE(root.value(u"model").toString(), model);
    QCOMPARE(root.value(u"slow").toString(), slow);
    QCOMPARE(root.value(u"pace").toString(), QStringLiteral("cpython"));
    QCOMPARE(root.value(u"answer").toInt(), 42);
    QCOMPARE(root.value(u"cancelled").toBool(true), false);
    QVERIFY(root.value(u"error").isNull());
    QVERIFY2(!root.value(u"spinner_object").toString().isEmpty(), r.out.constData());
    QCOMPARE(root.value(u"gil").toObject().contains(u"threads"), model == u"thread");

    const int frames = root.value(u"frames").toInt(-1);
    const double expected = root.value(u"expected_frames").toDouble(-1);
    const double maxGapMs = root.value(u"max_gap_ms").toDouble(-1);
    const double slowS = root.value(u"slow_s").toDouble(-1);
    const double elapsedS = root.value(u"elapsed_s").toDouble(-1);
    const QJsonArray times = root.value(u"frame_times_s").toArray();
    const QString figures = QStringLiteral("frames %1, expected %2, max gap %3 ms, slow %4 s, elapsed %5 s")
                                .arg(frames)
                                .arg(expected)
                                .arg(maxGapMs)
                                .arg(slowS)
                                .arg(elapsedS);
    qInfo("%s", qPrintable(figures));
    QCOMPARE(times.size(), frames);
    QVERIFY2(slowS > 0 && elapsedS >= slowS, qPrintable(figures));
    // 10 frames a second while slow() runs.
    QVERIFY2(std::abs(expected - slowS * 10) < 0.01, qPrintable(figures));
    if (slow.contains(u"sleep"))
        QVERIFY2(slowS >= 0.95, qPrintable(figures)); // --seconds 1
    double prev = 0;
    for (const QJsonValue &t : times) {
        QVERIFY2(t.toDouble(-1) >= prev, "frame times out of order");
        prev = t.toDouble();
    }

    // The verdict agrees with the figures printed beside it, and with the lesson.
    const QJsonObject verdict = root.value(u"verdict").toObject();
    const QString outcome = verdict.value(u"outcome").toString();
    const QString expectedOutcome = frames == 0 ? QStringLiteral("never_appears")
        : maxGapMs > 250                        ? QStringLiteral("stutters")
                                                : QStringLiteral("keeps_spinning");
    QVERIFY2(outcome == expectedOutcome, qPrintable(outcome + QStringLiteral("; ") + figures));
    if (!spins)
        QCOMPARE(outcome, QStringLiteral("never_appears"));
    QVERIFY2(!verdict.value(u"why").toString().isEmpty(), r.out.constData());

    if (spins) {
        double innerMaxMs = 0;
        for (qsizetype k = 1; k < times.size(); ++k)
            innerMaxMs = std::max(innerMaxMs, (times[k].toDouble() - times[k - 1].toDouble()) * 1000);
        QVERIFY2(frames >= expected / 2, qPrintable(figures));
        QVERIFY2(maxGapMs <= 500, qPrintable(figures));
        // Past its first frame the spinner keeps its pace in any case.
        QVERIFY2(innerMaxMs <= 500,
                 qPrintable(QStringLiteral("%1 ms between two frames; %2").arg(innerMaxMs).arg(figures)));
    } else {
        QVERIFY2(frames == 0, qPrintable(figures));
        // Nothing moved the whole time slow() ran.
        QVERIFY2(maxGapMs >= slowS * 1000 * 0.95, qPrintable(figures));
    }
}

void TestCliSpinner::longSwitchIntervalStutters()
{
    const CliRun r = runSpinner({QStringLiteral("--model"), QStringLiteral("thread"), QStringLiteral("--slow"),
                                 QStringLiteral("prime"), QStringLiteral("--switch-interval"), QStringLiteral("300"),
                                 QStringLiteral("--json")});
    QVERIFY(r.finished);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QString error;
    const QJsonObject root = parseJson(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(root.value(u"gil").toObject().value(u"switch_interval_ms").toDouble(), 300.0);
    QCOMPARE(root.value(u"answer").toInt(), 42);
    const double maxGapMs = root.value(u"max_gap_ms").toDouble(-1);
    qInfo("frames %d, max gap %.1f ms", root.value(u"frames").toInt(), maxGapMs);
    QVERIFY2(maxGapMs >= 250, qPrintable(QStringLiteral("max gap %1 ms").arg(maxGapMs)));
    const QJsonObject verdict = root.value(u"verdict").toObject();
    QCOMPARE(verdict.value(u"outcome").toString(), QStringLiteral("stutters"));
    // The why names the interval the run used.
    const QString why = verdict.value(u"why").toString();
    QVERIFY2(why.contains(QStringLiteral("every 300 ms")), qPrintable(why));
}

void TestCliSpinner::badInput_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("phrase");
    const auto s = [](const char *t) { return QString::fromLatin1(t); };
    QTest::addRow("thread blocking-sleep") << QStringList{s("--model"), s("thread"), s("--slow"), s("blocking-sleep")}
                                           << s("blocking-sleep") << s("sleep, prime");
    QTest::addRow("process nap") << QStringList{s("--model"), s("process"), s("--slow"), s("nap")} << s("nap")
                                 << s("sleep, prime");
    QTest::addRow("thread executor") << QStringList{s("--slow"), s("executor")} << s("executor") << s("sleep, prime");
    QTest::addRow("model fibers") << QStringList{s("--model"), s("fibers")} << s("'fibers'")
                                  << s("thread, process, coroutine");
    QTest::addRow("slow warp") << QStringList{s("--slow"), s("warp")} << s("'warp'")
                               << s("sleep, blocking-sleep, prime, nap, executor");
    QTest::addRow("gil maybe") << QStringList{s("--gil"), s("maybe")} << s("'maybe'") << s("on, off");
    QTest::addRow("switch-interval 0.5") << QStringList{s("--switch-interval"), s("0.5")} << s("'0.5'")
                                         << s("1 to 1000");
    QTest::addRow("switch-interval 2000")
        << QStringList{s("--switch-interval"), s("2000")} << s("'2000'") << s("1 to 1000");
    QTest::addRow("gil with coroutine") << QStringList{s("--gil"), s("off"), s("--model"), s("coroutine")} << s("--gil")
                                        << s("--model thread");
    QTest::addRow("switch-interval with process")
        << QStringList{s("--switch-interval"), s("10"), s("--model"), s("process")} << s("--switch-interval")
        << s("--model thread");
    QTest::addRow("seconds -1") << QStringList{s("--seconds"), s("-1")} << s("'-1'") << s("0.1 to 600");
    QTest::addRow("seconds abc") << QStringList{s("--seconds"), s("abc")} << s("'abc'") << s("0.1 to 600");
    QTest::addRow("number 12x") << QStringList{s("--number"), s("12x")} << s("'12x'") << s("only the digits 0-9");
    QTest::addRow("number 1,2") << QStringList{s("--number"), s("1,2")} << s("--number") << s("exactly one number");
    QTest::addRow("pace warp") << QStringList{s("--pace"), s("warp")} << s("'warp'") << s("native, cpython, book");
    QTest::addRow("unknown option") << QStringList{s("--frobnicate")} << s("frobnicate") << s("Unknown option");
    QTest::addRow("stray word") << QStringList{s("banana")} << s("'banana'") << s("unexpected argument");
}

void TestCliSpinner::badInput()
{
    QFETCH(QStringList, args);
    QFETCH(QString, token);
    QFETCH(QString, phrase);
    const CliRun r = runSpinner(args, 30'000);
    QVERIFY(r.finished);
    QCOMPARE(r.exitStatus, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.out.isEmpty(), r.out.constData()); // nothing ran
    const QString err = QString::fromUtf8(r.err);
    QVERIFY2(err.startsWith(u"concurrency-lab spinner: error: "), qPrintable(err));
    QVERIFY2(err.contains(token), qPrintable(u"no '" + token + u"' in: " + err));
    QVERIFY2(err.contains(phrase), qPrintable(u"no '" + phrase + u"' in: " + err));
    QVERIFY2(err.contains(u"concurrency-lab spinner --help"), qPrintable(err));

    // Every option the message mentions is one the spinner command has.
    const QString firstLine = err.section(u'\n', 0, 0);
    const QRegularExpression optionRe(QStringLiteral(R"((?<![\w-])--[a-z][a-z-]*)"));
    QStringList foreign;
    for (const QRegularExpressionMatch &m : optionRe.globalMatch(firstLine)) {
        if (!kSpinnerOptions.contains(m.captured(0)) && m.captured(0) != u"--frobnicate")
            foreign << m.captured(0);
    }
    QVERIFY2(foreign.isEmpty(),
             qPrintable(u"the message names options spinner lacks: "_qs + foreign.join(u", ") + u"\n" + err));
}

void TestCliSpinner::interrupt_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<int>("sig");
    QTest::addRow("process SIGINT") << QStringLiteral("process") << int(SIGINT);
    QTest::addRow("process SIGTERM") << QStringLiteral("process") << int(SIGTERM);
    QTest::addRow("thread SIGINT") << QStringLiteral("thread") << int(SIGINT);
    QTest::addRow("coroutine SIGINT") << QStringLiteral("coroutine") << int(SIGINT);
}

void TestCliSpinner::interrupt()
{
    QFETCH(QString, model);
    QFETCH(int, sig);
    QProcess p;
    p.setProgram(appPath());
    p.setArguments({QStringLiteral("spinner"), QStringLiteral("--model"), model, QStringLiteral("--slow"),
                    QStringLiteral("sleep"), QStringLiteral("--seconds"), QStringLiteral("30")});
    p.start();
    QVERIFY(p.waitForStarted(10'000));
    const qint64 pid = p.processId();
    const KillAtExit killChild(p);

    // The spinner object is printed once the signal handling is in place;
    // wait for a frame too, so the signal lands mid-sleep.
    QByteArray out;
    QDeadlineTimer deadline(15'000);
    while (!out.contains('\r') && !deadline.hasExpired() && p.state() == QProcess::Running) {
        p.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        out += p.readAllStandardOutput();
    }
    QVERIFY2(out.startsWith("spinner object: <"), out.constData());
    QVERIFY2(out.contains('\r'), "no frame within 15 s");
    QTRY_VERIFY_WITH_TIMEOUT(blocksTermSignals(pid), 10'000);

    std::vector<Recorded> workers;
    if (model == u"process")
        recordWorkers(pid, 1, workers);
    else
        QVERIFY2(childrenOf(int(pid)).isEmpty(), "a child process in a model without one");
    if (QTest::currentTestFailed())
        return;
    interruptCli(p, pid, sig);
    if (QTest::currentTestFailed())
        return;

    out += p.readAllStandardOutput();
    QVERIFY2(!out.contains("Answer:"), out.constData());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(u"cancelled"), qPrintable(err));

    verifyWorkersGone(workers);
}

QTEST_GUILESS_MAIN(TestCliSpinner)
#include "tst_cli_spinner.moc"

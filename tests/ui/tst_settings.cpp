// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// Settings: every value survives a round trip through QSettings, change
// signals fire once per real change, nonsense falls back to defaults, and a
// file cut short keeps each value saved or default.
#include "core/sweep/sweepconfig.h"
#include "ui/settings/settings.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <limits>

using namespace conlab;

class TestSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void defaults();
    void roundTrip();
    void changeSignals();
    void clampsAndFallbacks();
    void handEditedNonsenseFallsBack_data();
    void handEditedNonsenseFallsBack();
    void unwritableFileIsReported();
    void sweepChoicesRoundTrip();
    void writesAtomically();
    void truncatedFileLoadsWhatIsWhole();

private:
    QString iniPath() const { return dir_.filePath(QStringLiteral("settings.ini")); }
    QTemporaryDir dir_;
};

void TestSettings::defaults()
{
    QSettings store(dir_.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
    Settings s(&store);
    QCOMPARE(s.pace(), Pace::cpython());
    QCOMPARE(s.gilEnabled(), true);
    QCOMPARE(s.switchIntervalMs(), 5);
    QCOMPARE(s.workers(), 2);
    QCOMPARE(s.language(), QString());
    QCOMPARE(s.zoom(), 1.0);
    QCOMPARE(s.lastExperiment(), 0);
}

void TestSettings::roundTrip()
{
    const QByteArray geometry("geometry-bytes"), state("state-bytes");
    {
        QSettings store(iniPath(), QSettings::IniFormat);
        Settings s(&store);
        s.setWindowGeometry(geometry);
        s.setWindowState(state);
        s.setLastExperiment(6);
        s.setPace(Pace::book());
        s.setGilEnabled(false);
        s.setSwitchIntervalMs(20);
        s.setWorkers(12);
        s.setLanguage(QStringLiteral("pt_BR"));
        s.setZoom(1.5);
        s.sync();
    }
    QSettings store(iniPath(), QSettings::IniFormat);
    Settings s(&store);
    QCOMPARE(s.windowGeometry(), geometry);
    QCOMPARE(s.windowState(), state);
    QCOMPARE(s.lastExperiment(), 6);
    QCOMPARE(s.pace(), Pace::book());
    QCOMPARE(s.gilEnabled(), false);
    QCOMPARE(s.switchIntervalMs(), 20);
    QCOMPARE(s.workers(), 12);
    QCOMPARE(s.language(), QStringLiteral("pt_BR"));
    QCOMPARE(s.zoom(), 1.5);
    const RunSettings run = s.runSettings();
    QCOMPARE(run.pace, Pace::book());
    QCOMPARE(run.gil.enabled, false);
    QCOMPARE(run.gil.switchInterval, std::chrono::microseconds(20'000));
    QCOMPARE(run.workers, 12);
}

void TestSettings::changeSignals()
{
    QSettings store(dir_.filePath(QStringLiteral("signals.ini")), QSettings::IniFormat);
    Settings s(&store);
    QSignalSpy workers(&s, &Settings::workersChanged);
    QSignalSpy run(&s, &Settings::runSettingsChanged);
    QSignalSpy zoom(&s, &Settings::zoomChanged);
    QSignalSpy language(&s, &Settings::languageChanged);
    s.setWorkers(4);
    s.setWorkers(4); // no change, no signal
    QCOMPARE(workers.size(), 1);
    QCOMPARE(workers.at(0).at(0).toInt(), 4);
    QCOMPARE(run.size(), 1);
    s.setZoom(2.0);
    QCOMPARE(zoom.size(), 1);
    s.setLanguage(QStringLiteral("zh_CN"));
    QCOMPARE(language.size(), 1);
    QCOMPARE(language.at(0).at(0).toString(), QStringLiteral("zh_CN"));
    // The pages learn the CPython interpreter with the run settings: "Run
    // in CPython too" uses what Run > CPython Interpreter chose.
    s.setCpythonInterpreter(QStringLiteral("/opt/python3.13t/bin/python3"));
    QCOMPARE(run.size(), 2);
    QCOMPARE(run.at(1).at(0).value<RunSettings>().interpreter, QStringLiteral("/opt/python3.13t/bin/python3"));
    QCOMPARE(s.runSettings().interpreter, QStringLiteral("/opt/python3.13t/bin/python3"));
}

void TestSettings::clampsAndFallbacks()
{
    QSettings store(dir_.filePath(QStringLiteral("bad.ini")), QSettings::IniFormat);
    store.setValue(QStringLiteral("run/pace"), QStringLiteral("warp speed"));
    store.setValue(QStringLiteral("run/workers"), 1000);
    store.setValue(QStringLiteral("view/zoom"), 99.0);
    Settings s(&store);
    QCOMPARE(s.pace(), Pace::cpython());
    QCOMPARE(s.workers(), Settings::kMaxWorkers);
    QCOMPARE(s.zoom(), Settings::kMaxZoom);
    s.setSwitchIntervalMs(0);
    QCOMPARE(s.switchIntervalMs(), Settings::kMinSwitchIntervalMs);
}

// A settings file edited by hand (issue 13: `zoom=nan` hid every letter, at
// every start): a value that is not a finite number falls back to its
// default, and no getter returns anything outside its range.
void TestSettings::handEditedNonsenseFallsBack_data()
{
    QTest::addColumn<QByteArray>("ini");
    QTest::addRow("zoom nan") << QByteArray("[view]\nzoom=nan\n");
    QTest::addRow("zoom inf") << QByteArray("[view]\nzoom=inf\n");
    QTest::addRow("zoom -inf") << QByteArray("[view]\nzoom=-inf\n");
    QTest::addRow("zoom 1e999") << QByteArray("[view]\nzoom=1e999\n");
    QTest::addRow("zoom word") << QByteArray("[view]\nzoom=big\n");
    QTest::addRow("workers word") << QByteArray("[run]\nworkers=many\n");
    QTest::addRow("workers nan") << QByteArray("[run]\nworkers=nan\n");
    QTest::addRow("switch 1e308") << QByteArray("[run]\nswitchIntervalMs=1e308\n");
    QTest::addRow("sweep runs word") << QByteArray("[sweep]\nruns=lots\nmaxWorkers=nan\n");
    QTest::addRow("experiment word") << QByteArray("[window]\nlastExperiment=seven\n");
}

void TestSettings::handEditedNonsenseFallsBack()
{
    QFETCH(QByteArray, ini);
    const QString path = dir_.filePath(QStringLiteral("hand-edited.ini"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(ini);
    }
    QSettings store(path, QSettings::IniFormat);
    Settings s(&store);
    QCOMPARE(s.zoom(), 1.0);
    QCOMPARE(s.workers(), 2);
    QCOMPARE(s.switchIntervalMs(), 5);
    QCOMPARE(s.sweepRuns(), SweepConfig{}.runs);
    QCOMPARE(s.sweepMaxWorkers(), SweepConfig{}.maxWorkers);
    QCOMPARE(s.lastExperiment(), 0);
    // Nor can the app store one.
    s.setZoom(std::numeric_limits<double>::quiet_NaN());
    QVERIFY(std::isfinite(s.zoom()));
    s.setZoom(std::numeric_limits<double>::infinity());
    QCOMPARE(s.zoom(), 1.0);
}

// A settings file that cannot be written (here its folder is a regular
// file, which stops root too) loses every change at the next start: the
// app says so once, through saveFailed, which the window shows in its
// status bar. On main the loss was silent.
void TestSettings::unwritableFileIsReported()
{
    const QString blocker = dir_.filePath(QStringLiteral("not-a-folder"));
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const QString path = blocker + QStringLiteral("/settings.ini");
    QSettings store(path, QSettings::IniFormat);
    Settings s(&store);
    QSignalSpy failed(&s, &Settings::saveFailed);
    s.setWorkers(5); // written soon after, by itself
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10'000);
    QVERIFY2(failed.at(0).at(0).toString().contains(u"not-a-folder"), qPrintable(failed.at(0).at(0).toString()));
    s.setWorkers(6);
    s.sync();
    QCOMPARE(failed.count(), 1); // once per failure, not once per change
    QCOMPARE(s.workers(), 6);    // the value still holds for this session

    // A file that can be written says nothing.
    QSettings good(dir_.filePath(QStringLiteral("good.ini")), QSettings::IniFormat);
    Settings fine(&good);
    QSignalSpy quiet(&fine, &Settings::saveFailed);
    fine.setWorkers(5);
    fine.sync();
    QCOMPARE(quiet.count(), 0);
}

// The sweep page's series, workers and repeats: absent until chosen, kept
// as given (an empty series list too), clamped to what a sweep accepts.
void TestSettings::sweepChoicesRoundTrip()
{
    const QString path = dir_.filePath(QStringLiteral("sweep.ini"));
    {
        QSettings store(path, QSettings::IniFormat);
        Settings s(&store);
        QVERIFY(!s.sweepSeries().has_value());
        QCOMPARE(s.sweepMaxWorkers(), 20);
        QCOMPARE(s.sweepRuns(), 12);
        s.setSweepSeries({QStringLiteral("threads:gil=off"), QStringLiteral("pool")});
        s.setSweepMaxWorkers(100'000);
        s.setSweepRuns(0);
        s.sync();
    }
    QSettings store(path, QSettings::IniFormat);
    Settings s(&store);
    QCOMPARE(s.sweepSeries().value_or(QStringList{}),
             QStringList({QStringLiteral("threads:gil=off"), QStringLiteral("pool")}));
    QCOMPARE(s.sweepMaxWorkers(), SweepConfig::kMaxWorkers);
    QCOMPARE(s.sweepRuns(), 1);
    s.setSweepSeries({});
    s.sync();
    QSettings again(path, QSettings::IniFormat);
    Settings reread(&again);
    QVERIFY(reread.sweepSeries().has_value());
    QVERIFY(reread.sweepSeries()->isEmpty());
}

// QSettings writes through QSaveFile (a temporary file renamed over the old
// one) only while atomic sync is required: a crash mid-write then leaves the
// old file. Settings insists on it whatever store it is given.
void TestSettings::writesAtomically()
{
    QSettings store(iniPath(), QSettings::IniFormat);
    store.setAtomicSyncRequired(false);
    Settings s(&store);
    QVERIFY(store.isAtomicSyncRequired());
}

// A settings file cut at any byte (a disk that filled up, a copy that broke
// off) still opens, and every value is either what was saved or its
// default: never a prefix of the saved one (`workers=12` cut to
// `workers=1`). The values are chosen so that each prefix is neither.
void TestSettings::truncatedFileLoadsWhatIsWhole()
{
    const QString full = dir_.filePath(QStringLiteral("full.ini"));
    const QByteArray geometry("geometry-bytes");
    {
        QSettings store(full, QSettings::IniFormat);
        Settings s(&store);
        s.setWindowGeometry(geometry);
        s.setLastExperiment(16);
        s.setPace(Pace::book());
        s.setGilEnabled(false);
        s.setSwitchIntervalMs(20);
        s.setWorkers(12);
        s.setLanguage(QStringLiteral("zh_CN"));
        s.setZoom(2.5);
        s.setSweepRuns(30);
        s.sync();
    }
    QFile f(full);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.contains("workers=12\n"));
    const QString cut = dir_.filePath(QStringLiteral("cut.ini"));
    int wholeWorkers = 0;
    for (qsizetype n = 0; n <= bytes.size(); ++n) {
        {
            QFile out(cut);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(bytes.left(n));
        }
        const QByteArray where = "cut after byte " + QByteArray::number(n) + ": ..." + bytes.left(n).right(24);
        // Read twice: as cut, and after Settings wrote the file back, so a
        // cut value cannot come back whole on the next start either.
        for (int pass = 0; pass < 2; ++pass) {
            QSettings store(cut, QSettings::IniFormat);
            Settings s(&store);
            QVERIFY2(s.windowGeometry() == geometry || s.windowGeometry().isEmpty(), where.constData());
            QVERIFY2(s.lastExperiment() == 16 || s.lastExperiment() == 0, where.constData());
            QVERIFY2(s.pace() == Pace::book() || s.pace() == Pace::cpython(), where.constData());
            QVERIFY2(s.switchIntervalMs() == 20 || s.switchIntervalMs() == 5, where.constData());
            QVERIFY2(s.workers() == 12 || s.workers() == 2, where.constData());
            QVERIFY2(s.zoom() == 2.5 || s.zoom() == 1.0, where.constData());
            QVERIFY2(s.sweepRuns() == 30 || s.sweepRuns() == SweepConfig{}.runs, where.constData());
            const QString lang = s.language();
            QVERIFY2(lang.isEmpty() || lang == u"zh_CN", QByteArray(where + ' ' + lang.toUtf8()).constData());
            if (pass == 0 && s.workers() == 12)
                ++wholeWorkers;
            s.sync();
        }
    }
    // Once the workers line is whole, it loads: most cuts keep it.
    QVERIFY(wholeWorkers > 0);
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"

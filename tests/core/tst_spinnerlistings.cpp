// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The listings agree with the engine. The object line of a coroutine spinner
// names the listing on screen (the table in coroutinelisting.cpp against the
// listings themselves, and the repr a real run prints), and the durations in
// their comments are the pace's, not a figure typed once.
#include "core/spinner/coroutinelisting.h"
#include "core/spinner/slowestimate.h"
#include "core/spinner/spinnerrun.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace conlab;

Q_DECLARE_METATYPE(conlab::SlowKind)

namespace {
QString readListing(const QString &file)
{
    QFile f(QStringLiteral(CONLAB_LISTINGS_DIR "/") + file);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(f.readAll());
}
} // namespace

class TestSpinnerListings : public QObject
{
    Q_OBJECT
private slots:
    void placesPointAtTheDefinitions_data();
    void placesPointAtTheDefinitions();
    void everyVariantHasAListing();
    void definitionLine();
    void reprNamesTheVariantsListing_data();
    void reprNamesTheVariantsListing();
    void commentDurationsFollowThePace();
    void noListingTypesADuration();
};

void TestSpinnerListings::placesPointAtTheDefinitions_data()
{
    QTest::addColumn<SlowKind>("slow");
    QTest::addColumn<QString>("file");
    QTest::addRow("S3") << SlowKind::Sleep << QStringLiteral("spinner_async.py");
    QTest::addRow("S4") << SlowKind::BlockingSleep << QStringLiteral("spinner_async_blocking.py");
    QTest::addRow("S7") << SlowKind::Prime << QStringLiteral("spinner_prime_async.py");
    QTest::addRow("S8") << SlowKind::Nap << QStringLiteral("spinner_prime_async_nap.py");
    QTest::addRow("executor") << SlowKind::Executor << QStringLiteral("spinner_prime_async_executor.py");
}

void TestSpinnerListings::placesPointAtTheDefinitions()
{
    QFETCH(SlowKind, slow);
    QFETCH(QString, file);
    QCOMPARE(spinnerListingFile(SpinnerModel::Coroutine, slow), file);
    const QString source = readListing(file);
    QVERIFY2(!source.isEmpty(), qPrintable(file));
    const ListingPlace spin = coroutineSpinPlace(slow);
    QCOMPARE(spin.file, file);
    QCOMPARE(spin.line, conlab::definitionLine(source, QStringLiteral("spin")));
    QVERIFY(source.split(u'\n').value(spin.line - 1).startsWith(QStringLiteral("async def spin(")));
    const ListingPlace supervisor = coroutineSupervisorPlace(slow);
    QCOMPARE(supervisor.file, file);
    QCOMPARE(supervisor.line, conlab::definitionLine(source, QStringLiteral("supervisor")));
    QVERIFY(supervisor.line > 0);
}

void TestSpinnerListings::everyVariantHasAListing()
{
    for (SpinnerModel m : {SpinnerModel::Thread, SpinnerModel::Process, SpinnerModel::Coroutine})
        for (SlowKind s : SpinnerChoices::validSlows(m)) {
            const QString file = spinnerListingFile(m, s);
            QVERIFY2(!readListing(file).isEmpty(),
                     qPrintable(SpinnerChoices::modelName(m) + u' ' + SpinnerChoices::slowName(s) + u' ' + file));
        }
    // Threads and processes have no coroutine to point at.
    QCOMPARE(coroutineSpinPlace(SlowKind::Sleep).location(), QStringLiteral("spinner_async.py:8"));
}

void TestSpinnerListings::definitionLine()
{
    const QString source = QStringLiteral("import asyncio\n\n# def spin(): in a comment\nasync def spin(m):\n"
                                          "    pass\ndef spinner():\n    pass\ndef supervisor ():\n");
    QCOMPARE(conlab::definitionLine(source, QStringLiteral("spin")), 4);
    QCOMPARE(conlab::definitionLine(source, QStringLiteral("supervisor")), 8);
    QCOMPARE(conlab::definitionLine(source, QStringLiteral("slow")), 0);
}

void TestSpinnerListings::reprNamesTheVariantsListing_data()
{
    QTest::addColumn<SlowKind>("slow");
    QTest::addRow("S3") << SlowKind::Sleep;
    QTest::addRow("S4") << SlowKind::BlockingSleep;
}

void TestSpinnerListings::reprNamesTheVariantsListing()
{
    QFETCH(SlowKind, slow);
    SpinnerConfig c;
    c.model = SpinnerModel::Coroutine;
    c.slow = slow;
    c.seconds = 0.3;
    const SpinnerReport r = SpinnerRun(c).exec();
    const QString expected = QStringLiteral("<Task pending name='Task-2' coro=<spin() running at %1>>")
                                 .arg(coroutineSpinPlace(slow).location());
    QCOMPARE(r.spinnerRepr, expected);
}

void TestSpinnerListings::commentDurationsFollowThePace()
{
    const QString s5 = readListing(QStringLiteral("spinner_prime_proc.py"));
    QVERIFY(s5.contains(QStringLiteral("{{slow_cpu}}")));
    // 35,355,731 divisions: 31 ns each at the CPython pace, 93 at the book's.
    QVERIFY(qAbs(slowPrimeSeconds(Pace::cpython()) - 1.096) < 0.01);
    QVERIFY(qAbs(slowPrimeSeconds(Pace::book()) - 3.288) < 0.01);
    QVERIFY(fillListingPlaceholders(s5, Pace::cpython()).contains(QStringLiteral("# ~1.1 s of pure CPU")));
    QVERIFY(fillListingPlaceholders(s5, Pace::book()).contains(QStringLiteral("# ~3.3 s of pure CPU")));
    QCOMPARE(roughSeconds(0.0712), QStringLiteral("0.071 s"));
    QCOMPARE(roughSeconds(12.4), QStringLiteral("12 s"));
    // Native: whatever this machine measured. Under a sanitizer a native
    // division can cost as much as CPython's, so the figure is compared
    // with the calibration's own, not with a CPython constant.
    const QString native = fillListingPlaceholders(s5, Pace::native());
    QVERIFY(!native.contains(QStringLiteral("{{")));
    const QString nativeFigure = QStringLiteral("# ~%1 of pure CPU")
                                     .arg(roughSeconds(slowPrimeSeconds(Pace::native())));
    QVERIFY2(native.contains(nativeFigure), qPrintable(nativeFigure));
    // A multiplier scales the measured figure, so the comment must move.
    Pace slower = Pace::native();
    slower.kind = Pace::Kind::Multiplier;
    slower.multiplier = 1000.0;
    QVERIFY(qAbs(slowPrimeSeconds(slower) / slowPrimeSeconds(Pace::native()) - 1000.0) < 1.0);
}

void TestSpinnerListings::noListingTypesADuration()
{
    // "~3 s" in a comment goes stale as soon as the pace changes; a
    // placeholder does not. time.sleep(3) is code, not a comment.
    const QRegularExpression typed(QStringLiteral(R"(#.*~\s*\d)"));
    const QStringList files = QDir(QStringLiteral(CONLAB_LISTINGS_DIR)).entryList({QStringLiteral("*.py")});
    QVERIFY(files.size() >= 10);
    for (const QString &file : files) {
        const QStringList lines = readListing(file).split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i)
            QVERIFY2(!typed.match(lines[i]).hasMatch(),
                     qPrintable(QStringLiteral("%1:%2: %3").arg(file).arg(i + 1).arg(lines[i])));
    }
}

QTEST_MAIN(TestSpinnerListings)
#include "tst_spinnerlistings.moc"

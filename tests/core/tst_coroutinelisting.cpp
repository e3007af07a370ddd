// The object line of a coroutine spinner names the listing on screen: the
// table in coroutinelisting.cpp against the listings themselves, and the repr
// a real run prints.
#include "spinner/coroutinelisting.h"
#include "spinner/spinnerrun.h"

#include <QFile>
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

class TestCoroutineListing : public QObject
{
    Q_OBJECT
private slots:
    void placesPointAtTheDefinitions_data();
    void placesPointAtTheDefinitions();
    void everyVariantHasAListing();
    void definitionLine();
    void reprNamesTheVariantsListing_data();
    void reprNamesTheVariantsListing();
};

void TestCoroutineListing::placesPointAtTheDefinitions_data()
{
    QTest::addColumn<SlowKind>("slow");
    QTest::addColumn<QString>("file");
    QTest::addRow("S3") << SlowKind::Sleep << QStringLiteral("spinner_async.py");
    QTest::addRow("S4") << SlowKind::BlockingSleep << QStringLiteral("spinner_async_blocking.py");
    QTest::addRow("S7") << SlowKind::Prime << QStringLiteral("spinner_prime_async.py");
    QTest::addRow("S8") << SlowKind::Nap << QStringLiteral("spinner_prime_async_nap.py");
    QTest::addRow("executor") << SlowKind::Executor << QStringLiteral("spinner_prime_async_executor.py");
}

void TestCoroutineListing::placesPointAtTheDefinitions()
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

void TestCoroutineListing::everyVariantHasAListing()
{
    for (SpinnerModel m : {SpinnerModel::Thread, SpinnerModel::Process, SpinnerModel::Coroutine})
        for (SlowKind s : SpinnerChoices::validSlows(m)) {
            const QString file = spinnerListingFile(m, s);
            QVERIFY2(!readListing(file).isEmpty(), qPrintable(SpinnerChoices::modelName(m) + u' '
                                                               + SpinnerChoices::slowName(s) + u' ' + file));
        }
    // Threads and processes have no coroutine to point at.
    QCOMPARE(coroutineSpinPlace(SlowKind::Sleep).location(), QStringLiteral("spinner_async.py:8"));
}

void TestCoroutineListing::definitionLine()
{
    const QString source = QStringLiteral("import asyncio\n\n# def spin(): in a comment\nasync def spin(m):\n"
                                          "    pass\ndef spinner():\n    pass\ndef supervisor ():\n");
    QCOMPARE(conlab::definitionLine(source, QStringLiteral("spin")), 4);
    QCOMPARE(conlab::definitionLine(source, QStringLiteral("supervisor")), 8);
    QCOMPARE(conlab::definitionLine(source, QStringLiteral("slow")), 0);
}

void TestCoroutineListing::reprNamesTheVariantsListing_data()
{
    QTest::addColumn<SlowKind>("slow");
    QTest::addRow("S3") << SlowKind::Sleep;
    QTest::addRow("S4") << SlowKind::BlockingSleep;
}

void TestCoroutineListing::reprNamesTheVariantsListing()
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

QTEST_MAIN(TestCoroutineListing)
#include "tst_coroutinelisting.moc"

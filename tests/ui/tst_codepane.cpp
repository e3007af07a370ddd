// The code pane: the line diff against the baseline, and the listings the
// pages name are really in the resources.
#include "codepane/codepane.h"
#include "codepane/linediff.h"
#include "pages/spinnerpagespec.h"

#include <QFile>
#include <QTest>

using namespace conlab;

class TestCodePane : public QObject
{
    Q_OBJECT
private slots:
    void diff_data();
    void diff();
    void everySpinnerListingExists();
    void primesListingsExist_data();
    void primesListingsExist();
    void threadAgainstProcessMarksTheChangedLines();
    void baselineMarksNothing();
};

void TestCodePane::diff_data()
{
    QTest::addColumn<QStringList>("baseline");
    QTest::addColumn<QStringList>("changed");
    QTest::addColumn<QList<int>>("expected");
    const QStringList base = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")};
    QTest::addRow("same") << base << base << QList<int>{};
    QTest::addRow("one replaced") << base
                                  << QStringList{QStringLiteral("a"), QStringLiteral("B"), QStringLiteral("c")}
                                  << QList<int>{1};
    QTest::addRow("one inserted") << base
                                  << QStringList{QStringLiteral("a"), QStringLiteral("x"), QStringLiteral("b"),
                                                 QStringLiteral("c")}
                                  << QList<int>{1};
    QTest::addRow("one removed") << base << QStringList{QStringLiteral("a"), QStringLiteral("c")}
                                 << QList<int>{};
    QTest::addRow("indent counts") << base
                                   << QStringList{QStringLiteral("a"), QStringLiteral("  b"), QStringLiteral("c")}
                                   << QList<int>{1};
    QTest::addRow("blank never marked") << base
                                        << QStringList{QStringLiteral("a"), QString(), QStringLiteral("b"),
                                                       QStringLiteral("c")}
                                        << QList<int>{};
    QTest::addRow("empty baseline") << QStringList{} << base << QList<int>{0, 1, 2};
}

void TestCodePane::diff()
{
    QFETCH(QStringList, baseline);
    QFETCH(QStringList, changed);
    QFETCH(QList<int>, expected);
    QCOMPARE(changedLines(baseline, changed), expected);
}

void TestCodePane::everySpinnerListingExists()
{
    const SpinnerPageSpec specs[] = {SpinnerPageSpec::helloWorld(), SpinnerPageSpec::blockingCall(),
                                     SpinnerPageSpec::gilQuiz(), SpinnerPageSpec::powerNapping()};
    for (const SpinnerPageSpec &spec : specs) {
        QVERIFY2(QFile::exists(spec.baselineListing), qPrintable(spec.baselineListing));
        for (const SpinnerVariant &v : spec.variants)
            QVERIFY2(QFile::exists(v.listing), qPrintable(v.listing));
    }
}

void TestCodePane::primesListingsExist_data()
{
    QTest::addColumn<QString>("resource");
    for (const char *name : {"primes_common.py", "primes_sequential.py", "primes_procs.py",
                             "primes_procs_racy.py", "primes_threads.py", "primes_threads_pool.py"})
        QTest::addRow("%s", name) << QStringLiteral(":/listings/") + QLatin1StringView(name);
}

void TestCodePane::primesListingsExist()
{
    QFETCH(QString, resource);
    QVERIFY(QFile::exists(resource));
}

void TestCodePane::threadAgainstProcessMarksTheChangedLines()
{
    CodePane pane;
    pane.showListing(QStringLiteral(":/listings/spinner_proc.py"),
                     QStringLiteral(":/listings/spinner_thread.py"));
    const QStringList lines = pane.text().split(u'\n');
    QStringList marked;
    for (int line : pane.changedLines())
        marked << lines.value(line);
    QVERIFY(!marked.isEmpty());
    QVERIFY(marked.join(u'\n').contains(QStringLiteral("multiprocessing.Process(")));
    QVERIFY(marked.join(u'\n').contains(QStringLiteral("import multiprocessing")));
    // The shared parts are not marked.
    QVERIFY(!marked.join(u'\n').contains(QStringLiteral("def spin(")));

    // Switching the variant updates the pane at once.
    pane.showListing(QStringLiteral(":/listings/spinner_async.py"),
                     QStringLiteral(":/listings/spinner_thread.py"));
    QVERIFY(pane.text().contains(QStringLiteral("await asyncio.sleep(3)")));
}

void TestCodePane::baselineMarksNothing()
{
    CodePane pane;
    pane.showListing(QStringLiteral(":/listings/spinner_thread.py"),
                     QStringLiteral(":/listings/spinner_thread.py"));
    QVERIFY(pane.changedLines().isEmpty());
    QVERIFY(pane.text().contains(QStringLiteral("time.sleep(3)")));
}

QTEST_MAIN(TestCodePane)
#include "tst_codepane.moc"

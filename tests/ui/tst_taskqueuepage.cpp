// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The task-queue page on real Redis and real Celery, started by the page on
// loopback: one small run through the page's own controls, and the broker
// choices that must fail on the page, clearly, without a run.
#include "core/taskqueue/celerylocator.h"
#include "ui/engine/backgroundrun.h"
#include "ui/pages/taskqueuepage.h"
#include "core/audience/lanaddress.h"
#include "ui/taskqueue/queuelengthchart.h"
#include "ui/taskqueue/roompanel.h"
#include "ui/taskqueue/tasklanesview.h"
#include "ui/taskqueue/taskqueuecontrols.h"
#include "ui/taskqueue/taskresultsmodel.h"
#include "ui/widgets/numbersinput.h"
#include "../support/processscan.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QListWidget>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include <unistd.h>

using namespace conlab;
using conlab::testing::taskQueueProcesses;

namespace {

// What this test's sessions start: Celery nodes running primes_tasks, and
// redis-servers with their private config (the sessions' folders carry the
// test's name).
QStringList ours(const QStringList &before)
{
    QStringList now = taskQueueProcesses();
    now.removeIf([&](const QString &line) { return before.contains(line); });
    return now;
}

bool isPrime(std::uint64_t n)
{
    if (n < 2)
        return false;
    if (n % 2 == 0)
        return n == 2;
    for (std::uint64_t d = 3; d * d <= n; d += 2)
        if (n % d == 0)
            return false;
    return true;
}

} // namespace

class TestTaskQueuePage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void badBrokerUrlShowsAnErrorAndDoesNotRun_data();
    void badBrokerUrlShowsAnErrorAndDoesNotRun();
    void unreachableBrokerIsSaidOnThePage();
    void oneSmallRun_data();
    void oneSmallRun();
    void killedPoolProcessIsRedelivered();
    void roomKeepsTheSessionUntilClosed();
    void cleanupTestCase();

private:
    QStringList before_;
};

void TestTaskQueuePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const CeleryInterpreter celery = CeleryLocator::find();
    QVERIFY2(celery.ok(), qPrintable(celery.error));
    QString error;
    QVERIFY2(!CeleryLocator::redisServer(&error).isEmpty(), qPrintable(error));
    before_ = taskQueueProcesses();
}

void TestTaskQueuePage::badBrokerUrlShowsAnErrorAndDoesNotRun_data()
{
    QTest::addColumn<QString>("url");
    QTest::addRow("not redis") << QStringLiteral("http://example.org/");
    QTest::addRow("bad port") << QStringLiteral("redis://127.0.0.1:99999/0");
    QTest::addRow("empty") << QString();
}

void TestTaskQueuePage::badBrokerUrlShowsAnErrorAndDoesNotRun()
{
    QFETCH(QString, url);
    TaskQueuePage page;
    page.show();
    page.controls()->brokerBox()->setCurrentIndex(1);
    page.controls()->brokerUrlField()->setText(url);
    QVERIFY(!page.controls()->brokerError().isEmpty());
    auto *inline_ = page.findChild<QLabel *>(QStringLiteral("taskBrokerError"));
    QVERIFY(inline_);
    QVERIFY(inline_->isVisible());
    QVERIFY(inline_->text().contains(page.controls()->brokerError()));
    QVERIFY(!page.canRun());
    QSignalSpy running(&page, &ExperimentPage::runningChanged);
    page.run();
    QVERIFY(!page.isRunning());
    QCOMPARE(running.count(), 0);
    QVERIFY2(page.statusText().contains(page.controls()->brokerError()), qPrintable(page.statusText()));
    // Back to the app's own Redis: Run is possible again.
    page.controls()->brokerBox()->setCurrentIndex(0);
    QVERIFY(page.canRun());
}

void TestTaskQueuePage::unreachableBrokerIsSaidOnThePage()
{
    TaskQueuePage page;
    page.show();
    page.controls()->brokerBox()->setCurrentIndex(1);
    // Port 1 on loopback: nothing listens there.
    page.controls()->brokerUrlField()->setText(QStringLiteral("redis://:secret@127.0.0.1:1/0"));
    QVERIFY(page.canRun());
    page.run();
    QVERIFY(page.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 20000);
    QVERIFY2(page.statusText().startsWith(QStringLiteral("Could not start")), qPrintable(page.statusText()));
    QCOMPARE(page.results()->rowCount(), 0);
}

void TestTaskQueuePage::oneSmallRun_data()
{
    QTest::addColumn<int>("pool");
    QTest::addColumn<int>("concurrency");
    QTest::addRow("prefork 2") << 0 << 2;
    QTest::addRow("solo") << 2 << 1;
}

void TestTaskQueuePage::oneSmallRun()
{
    QFETCH(int, pool);
    QFETCH(int, concurrency);
    const std::vector<std::uint64_t> numbers{2, 1000003, 999999999989, 1000001};
    {
        TaskQueuePage page;
        page.resize(1280, 720);
        page.show();
        QAbstractItemModelTester tester(page.results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.controls()->poolBox()->setCurrentIndex(pool);
        page.controls()->concurrencyBox()->setValue(concurrency);
        page.controls()->nodesBox()->setValue(1);
        page.controls()->numbersInput()->setText(QStringLiteral("2 1000003 999999999989 1000001"));
        QTRY_VERIFY(page.controls()->numbersInput()->isValid()
                    && page.controls()->numbersInput()->numbers() == numbers);
        QTRY_VERIFY(page.canRun());
        QSignalSpy running(&page, &ExperimentPage::runningChanged);
        page.run();
        QVERIFY(page.isRunning());
        QVERIFY2(page.statusText().contains(QStringLiteral("Starting redis-server")), qPrintable(page.statusText()));
        QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 120000);
        QCOMPARE(running.count(), 2);
        QVERIFY2(page.statusText().startsWith(QStringLiteral("Done")), qPrintable(page.statusText()));

        // T1: four results, each right, with where it ran.
        TaskResultsModel *results = page.results();
        QCOMPARE(results->rowCount(), 4);
        std::set<std::uint64_t> seen;
        for (const TaskDone &done : results->rows()) {
            QVERIFY(std::find(numbers.begin(), numbers.end(), done.result.n) != numbers.end());
            QCOMPARE(done.result.prime, isPrime(done.result.n));
            QVERIFY(done.pid > 0);
            QVERIFY(!done.host.isEmpty());
            seen.insert(done.result.n);
            const int row = static_cast<int>(&done - results->rows().data());
            QCOMPARE(results->index(row, TaskResultsModel::PrimeColumn).data().toString(),
                     done.result.prime ? QStringLiteral("P") : QString());
            QCOMPARE(results->index(row, TaskResultsModel::PidColumn).data().toString(), QString::number(done.pid));
        }
        QCOMPARE(seen.size(), std::size_t{4});
        // A lane per worker process, named host:pid.
        QVERIFY(page.lanes()->laneCount() >= 1);
        QVERIFY(page.lanes()->laneCount() <= concurrency);
        QVERIFY(page.lanes()->laneNames().first().contains(u':'));
        QVERIFY(page.queueChart()->sampleCount() > 0);
        QVERIFY2(page.totalsText().startsWith(QStringLiteral("4 tasks in")), qPrintable(page.totalsText()));
        QVERIFY2(page.totalsText().contains(QStringLiteral("per task")), qPrintable(page.totalsText()));
        // The speedup is against a real sequential run of the same numbers in
        // CPython, timed after the tasks (the run counts as running until then).
        static const QRegularExpression speedup(QStringLiteral("speedup \\d+\\.\\d\\d× against sequential CPython "
                                                               "\\(\\d+\\.\\d\\d s\\)"));
        QVERIFY2(speedup.match(page.totalsText()).hasMatch(), qPrintable(page.totalsText()));
        QVERIFY(!page.killButton()->isEnabled());
        // The run's end stops its session: the room did not keep it.
        QTRY_VERIFY2_WITH_TIMEOUT(ours(before_).isEmpty(), qPrintable(ours(before_).join(u'\n')), 15000);

        // A second run starts while the page goes away: everything it started goes too.
        page.run();
        QVERIFY(page.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(!ours(before_).isEmpty(), 30000);
    }
    QTRY_VERIFY2_WITH_TIMEOUT(ours(before_).isEmpty(), qPrintable(ours(before_).join(u'\n')), 30000);
}

// T4 through the page: a pool process killed mid-task, with late acks; the
// broker hands the task to the other process and nothing is lost.
void TestTaskQueuePage::killedPoolProcessIsRedelivered()
{
    // The book's 9999999999999917 takes seconds in CPython: long enough to
    // be killed in the middle of it.
    constexpr std::uint64_t slow = 9999999999999917ull;
    TaskQueuePage page;
    page.show();
    page.controls()->poolBox()->setCurrentIndex(0);
    page.controls()->concurrencyBox()->setValue(2);
    page.controls()->acksLateBox()->setChecked(true);
    page.controls()->numbersInput()->setText(QStringLiteral("9999999999999917 2 1000003"));
    QTRY_VERIFY(page.canRun());
    page.run();
    // The two quick ones done first, so the only busy process is the slow one's.
    QTRY_VERIFY_WITH_TIMEOUT((page.busy().count(slow) && page.busy().size() == 1 && page.results()->rowCount() == 2)
                                 || !page.isRunning(),
                             60000);
    QVERIFY(page.isRunning());
    QVERIFY(page.killButton()->isEnabled());
    page.killPoolProcess();
    QVERIFY2(page.killText().contains(QString::number(slow)), qPrintable(page.killText()));
    QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 60000);
    QCOMPARE(page.results()->rowCount(), 3);
    QVERIFY2(page.killText().contains(QStringLiteral("another worker")), qPrintable(page.killText()));
    bool redelivered = false;
    for (int i = 0; i < page.incidents()->count(); ++i)
        redelivered |= page.incidents()->item(i)->text().startsWith(u"Redelivered: " + QString::number(slow));
    QVERIFY(redelivered);
}

// T3's set-up: the room keeps the session (broker and local nodes) between
// runs, and closing it stops them.
void TestTaskQueuePage::roomKeepsTheSessionUntilClosed()
{
    TaskQueuePage page;
    page.show();
    page.controls()->poolBox()->setCurrentIndex(2); // solo: quick to start
    page.controls()->numbersInput()->setText(QStringLiteral("2 1000003"));
    QVERIFY(!page.roomToggle()->isChecked());
    QVERIFY(page.roomPanel()->isHidden());
    page.roomToggle()->setChecked(true);
    QVERIFY(!page.canRun()); // the room's session is starting
    const QString lan = lanIPv4Address();
    if (lan.isEmpty()) {
        // No network here: said on the page, and the box goes off again.
        QTRY_VERIFY_WITH_TIMEOUT(!page.roomToggle()->isChecked(), 60000);
        QVERIFY(page.roomPanel()->statusText().contains(QStringLiteral("Could not open")));
        QTRY_VERIFY_WITH_TIMEOUT(ours(before_).isEmpty(), 15000);
        QSKIP("no LAN IPv4 address on this machine");
    }
    QTRY_VERIFY_WITH_TIMEOUT(!page.roomPanel()->joinCommand().isEmpty(), 60000);
    const QString join = page.roomPanel()->joinCommand();
    QVERIFY2(join.startsWith(QStringLiteral("concurrency-lab join redis://worker:")), qPrintable(join));
    QVERIFY2(join.contains(u'@' + lan + u':'), qPrintable(join));
    QVERIFY2(page.roomPanel()->celeryCommand().startsWith(QStringLiteral("celery -A primes_tasks -b redis://worker:")),
             qPrintable(page.roomPanel()->celeryCommand()));
    QVERIFY(page.roomPanel()->isVisible());
    // Said in words on the screen, with the LAN address: the broker is open.
    auto *banner = page.roomPanel()->findChild<QLabel *>(QStringLiteral("roomBanner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY2(banner->text().contains(lan), qPrintable(banner->text()));
    QVERIFY(page.hasRoomSession());
    // The nodes and the broker stay as they are while the room is open.
    QVERIFY(!page.controls()->poolBox()->isEnabled());
    QTRY_VERIFY(page.canRun());
    page.run();
    QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 60000);
    QVERIFY2(page.statusText().startsWith(QStringLiteral("Done")), qPrintable(page.statusText()));
    QCOMPARE(page.results()->rowCount(), 2);
    // The run ended; the room's session did not.
    QVERIFY(page.hasRoomSession());
    QCOMPARE(page.roomPanel()->joinCommand(), join);
    QVERIFY(!ours(before_).isEmpty());
    page.roomToggle()->setChecked(false);
    QVERIFY(page.roomPanel()->isHidden());
    QVERIFY(!page.hasRoomSession());
    QTRY_VERIFY2_WITH_TIMEOUT(ours(before_).isEmpty(), qPrintable(ours(before_).join(u'\n')), 30000);
    QVERIFY(page.controls()->poolBox()->isEnabled());
}

void TestTaskQueuePage::cleanupTestCase()
{
    BackgroundRun::stopAllAndWait(30000);
    QTRY_VERIFY2_WITH_TIMEOUT(ours(before_).isEmpty(), qPrintable(ours(before_).join(u'\n')), 15000);
}

QTEST_MAIN(TestTaskQueuePage)
#include "tst_taskqueuepage.moc"

// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The room's vote in the window: the reveal's chart with a known tally, the
// strip and join screen (the QR code read back by zbar), rounds following the
// page, the listener closing, and the window's --audience-* options.
#include "core/audience/audienceservice.h"
#include "ui/audience/audiencecontroller.h"
#include "ui/audience/audiencestrip.h"
#include "ui/audience/joinoverlay.h"
#include "ui/audience/qrcodeview.h"
#include "ui/audience/roomtallychart.h"
#include "ui/mainwindow.h"
#include "ui/pages/spinnerpage.h"
#include "ui/settings/settings.h"

#include <QApplication>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace conlab;

namespace {
RoundTally knownTally()
{
    RoundTally t;
    t.round = 4;
    t.questionKey = QStringLiteral("spinner");
    t.question = QStringLiteral("What will the spinner do?");
    t.answers = {QStringLiteral("Keeps spinning"), QStringLiteral("Stutters"), QStringLiteral("Never appears")};
    t.outcomes = {QStringLiteral("Kept spinning"), QStringLiteral("Stuttered"), QStringLiteral("Never appeared")};
    t.counts = {5, 13, 3};
    t.revealed = true;
    t.outcome = 3;
    return t;
}

// The length of the coloured bar in row `row` (0..2) of a chart's bars, in px.
int barLength(const QImage &image, int row, int rows)
{
    const int y = image.height() * (2 * row + 1) / (2 * rows);
    const QColor background = image.pixelColor(0, y);
    int longest = 0, run = 0;
    for (int x = 0; x < image.width(); ++x) {
        const QColor c = image.pixelColor(x, y);
        // A bar is saturated colour; text and the background are grey.
        const bool bar = c.hsvSaturation() > 120 && c != background;
        run = bar ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

bool connects(quint16 port)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, port);
    return s.waitForConnected(2000);
}
} // namespace

class TestAudienceWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(dir_.isValid()); }
    void revealShowsTheKnownTally();
    void stripAndJoinScreenSayWhereToVote();
    void roundsFollowThePage();
    void turningOffClosesTheListener();
    void badOptionsExitWith2_data();
    void badOptionsExitWith2();

private:
    QTemporaryDir dir_;
};

void TestAudienceWindow::revealShowsTheKnownTally()
{
    RoomTallyChart chart;
    chart.setTally(knownTally());
    chart.resize(600, chart.sizeHint().height());
    const QString text = chart.plainText();
    QVERIFY2(text.contains(QStringLiteral("The room: 21 voted")), qPrintable(text));
    // 13 of 21 chose Stutters, the run showed the spinner never appear.
    QVERIFY2(text.contains(QStringLiteral("62% said Stutters; it never appeared.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Stutters: 13 (62%)")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Never appears: 3 (14%) (the run showed this)")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("Keeps spinning: 5 (24%) (the run")));

    // The bars are as long as their counts: 13 the longest, 3 the shortest.
    auto *bars = chart.findChild<QWidget *>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(bars);
    QWidget *barsWidget = nullptr;
    for (QWidget *w : chart.findChildren<QWidget *>())
        if (QByteArray(w->metaObject()->className()) == "conlab::TallyBars")
            barsWidget = w;
    QVERIFY(barsWidget);
    const QImage image = barsWidget->grab().toImage();
    const int one = barLength(image, 0, 3), two = barLength(image, 1, 3), three = barLength(image, 2, 3);
    QVERIFY2(two > one && one > three && three > 0,
             qPrintable(QStringLiteral("bars %1 %2 %3").arg(one).arg(two).arg(three)));
    QVERIFY2(std::abs(double(one) / two - 5.0 / 13.0) < 0.1, qPrintable(QStringLiteral("%1/%2").arg(one).arg(two)));
}

void TestAudienceWindow::stripAndJoinScreenSayWhereToVote()
{
    QSettings store(dir_.filePath(QStringLiteral("strip.ini")), QSettings::IniFormat);
    Settings settings(&store);
    MainWindow window(&settings);
    window.setCurrentExperiment(0);
    window.show();
    QString error;
    AudienceOptions o;
    o.bind = QHostAddress(QHostAddress::LocalHost);
    o.code = QStringLiteral("0427");
    QVERIFY2(window.startAudience(o, &error), qPrintable(error));
    AudienceController *audience = window.audience();
    const quint16 port = audience->service()->port();
    QVERIFY(port > 0);
    const QString strip = audience->strip()->plainText();
    QVERIFY2(strip.contains(QStringLiteral("127.0.0.1:%1 · code 0427").arg(port)), qPrintable(strip));
    QVERIFY2(strip.contains(QStringLiteral("This machine only")), qPrintable(strip));
    QVERIFY(audience->strip()->isVisible());
    QVERIFY(audience->overlay()->isVisible()); // the room needs the code first
    QVERIFY2(audience->overlay()->plainText().contains(QStringLiteral("Code 0427")),
             qPrintable(audience->overlay()->plainText()));

    // The QR code as painted reads back as the join address, code included.
    const QString png = dir_.filePath(QStringLiteral("qr.png"));
    QVERIFY(audience->overlay()->qrCode()->toImage(6).save(png));
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), png});
    QVERIFY2(zbar.waitForStarted(5000), "zbarimg is missing: run scripts/install-deps.sh --test");
    QVERIFY(zbar.waitForFinished(20000));
    const QString read = QString::fromUtf8(zbar.readAllStandardOutput()).trimmed();
    QCOMPARE(read, QStringLiteral("http://127.0.0.1:%1/?c=0427").arg(port));
    QCOMPARE(read, audience->service()->joinUrl().toString());

    // In presentation mode, Esc closes the join screen and leaves full screen alone.
    window.setPresentationMode(true);
    audience->showJoinAction()->trigger();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTRY_VERIFY(audience->overlay()->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!audience->overlay()->isVisible());
    QVERIFY(window.isPresenting());
    window.setPresentationMode(false);
    audience->showJoinAction()->trigger();
    QVERIFY(audience->overlay()->isVisible());
}

void TestAudienceWindow::roundsFollowThePage()
{
    QSettings store(dir_.filePath(QStringLiteral("rounds.ini")), QSettings::IniFormat);
    Settings settings(&store);
    MainWindow window(&settings);
    window.setCurrentExperiment(0);
    window.show();
    QString error;
    AudienceOptions o;
    o.bind = QHostAddress(QHostAddress::LocalHost);
    QVERIFY2(window.startAudience(o, &error), qPrintable(error));
    AudienceService *service = window.audience()->service();
    const RoundTally first = service->tally();
    QVERIFY(first.open);
    QCOMPARE(first.questionKey, QStringLiteral("spinner"));
    QCOMPARE(first.answers.size(), 3);

    window.setCurrentExperiment(4); // Sequential: no question
    QCOMPARE(service->tally().round, 0);
    QVERIFY(window.audience()->strip()->plainText().contains(QStringLiteral("No question")));

    window.setCurrentExperiment(1); // another spinner page: a new round
    const RoundTally second = service->tally();
    QVERIFY(second.open);
    QVERIFY(second.round > first.round);

    // Reset page asks the question again: a new round.
    window.currentPage()->resetPage();
    QVERIFY(service->tally().round > second.round);

    // Running closes the round; the page's reveal reveals it with the verdict.
    auto *page = qobject_cast<SpinnerPage *>(window.currentPage());
    QVERIFY(page);
    QVERIFY(!page->roomTally()->isVisible());
    page->setSleepSeconds(0.5);
    QSignalSpy finished(page, &SpinnerPage::runFinished);
    window.audience()->showJoinAction()->trigger();
    QVERIFY(window.audience()->overlay()->isVisible());
    page->run();
    QVERIFY(!service->tally().open);
    QVERIFY2(!window.audience()->overlay()->isVisible(), "the join screen hides the run");
    QVERIFY(finished.wait(60000));
    const RoundTally revealed = service->tally();
    QVERIFY(revealed.revealed);
    QVERIFY(revealed.outcome.has_value());
    QVERIFY(page->roomTally()->isVisibleTo(page));
    QCOMPARE(page->roomTally()->tally().round, revealed.round);
    QCOMPARE(window.audience()->revealedRounds().size(), std::size_t(1));
    QVERIFY(window.audience()->exportAction()->isEnabled());
    // The recording keeps the round.
    const std::optional<RunRecording> rec = page->recording();
    QVERIFY(rec && rec->audience);
    QCOMPARE(rec->audience->round, revealed.round);
    QCOMPARE(rec->audience->outcome, revealed.outcome);
}

void TestAudienceWindow::turningOffClosesTheListener()
{
    QSettings store(dir_.filePath(QStringLiteral("off.ini")), QSettings::IniFormat);
    Settings settings(&store);
    quint16 port = 0;
    {
        MainWindow window(&settings);
        QString error;
        AudienceOptions o;
        o.bind = QHostAddress(QHostAddress::LocalHost);
        QVERIFY2(window.startAudience(o, &error), qPrintable(error));
        port = window.audience()->service()->port();
        QVERIFY(connects(port));
        window.audience()->stop();
        QVERIFY(!connects(port));
        QVERIFY(!window.audience()->strip()->isVisible());
        QVERIFY(!window.audience()->toggleAction()->isChecked());
        QVERIFY2(window.startAudience(o, &error), qPrintable(error));
        port = window.audience()->service()->port();
        QVERIFY(connects(port));
    }
    // Closing the window closed it too.
    QVERIFY(!connects(port));
}

void TestAudienceWindow::badOptionsExitWith2_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::addRow("code not 4 digits") << QStringList{QStringLiteral("--audience-code"), QStringLiteral("12a4")}
                                       << "--audience-code";
    QTest::addRow("code too long") << QStringList{QStringLiteral("--audience-code"), QStringLiteral("12345")}
                                   << "4 digits";
    QTest::addRow("port not a number") << QStringList{QStringLiteral("--audience-port"), QStringLiteral("http")}
                                       << "--audience-port";
    QTest::addRow("port too large") << QStringList{QStringLiteral("--audience-port"), QStringLiteral("70000")}
                                    << "1 to 65535";
    QTest::addRow("bind not an address") << QStringList{QStringLiteral("--audience-bind"),
                                                        QStringLiteral("lecture-hall")}
                                         << "--audience-bind";
    QTest::addRow("port in use") << QStringList{QStringLiteral("--audience-bind"), QStringLiteral("127.0.0.1"),
                                                QStringLiteral("--audience-port"), QStringLiteral("BUSY")}
                                 << "cannot listen on 127.0.0.1";
}

void TestAudienceWindow::badOptionsExitWith2()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    QTcpServer busy;
    QVERIFY(busy.listen(QHostAddress::LocalHost, 0));
    args.replaceInStrings(QStringLiteral("BUSY"), QString::number(busy.serverPort()));
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir_.filePath(QStringLiteral("config")));
    app.setProcessEnvironment(env);
    app.start(qEnvironmentVariable("CONLAB_APP"), args);
    QVERIFY2(app.waitForStarted(10000), "CONLAB_APP does not start");
    QVERIFY2(app.waitForFinished(60000), "the window did not exit on a bad option");
    const QString err = QString::fromUtf8(app.readAllStandardError());
    QCOMPARE(app.exitCode(), 2);
    QVERIFY2(err.contains(says), qPrintable(err));
}

QTEST_MAIN(TestAudienceWindow)
#include "tst_audiencewindow.moc"

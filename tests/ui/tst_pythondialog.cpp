// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// Run > CPython Interpreter with the real python3 of this machine: the probe
// shows the version found, a bad choice says what is wrong, OK stores the
// choice where the locator documents it, and the sweep setup's CPython
// series carries it.
#include "core/cpython/pythonlocator.h"
#include "ui/settings/pythondialog.h"
#include "ui/settings/settings.h"
#include "ui/sweep/sweepsetup.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace conlab;

class TestPythonDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void pathShowsTheVersion();
    void badChoiceSaysWhatIsWrong_data();
    void badChoiceSaysWhatIsWrong();
    void okStoresTheChoice();
    void cancelStoresNothing();
    void sweepSetupOffersTheCPythonSeries();

private:
    QString iniPath() const { return dir_.filePath(QStringLiteral("settings.ini")); }
    QTemporaryDir dir_;
    PythonInterpreter python3_;
};

void TestPythonDialog::initTestCase()
{
    QVERIFY(dir_.isValid());
    python3_ = PythonLocator::find();
    QVERIFY2(python3_.ok(), qPrintable(u"python3 is needed (scripts/install-deps.sh installs it): " + python3_.error));
}

void TestPythonDialog::pathShowsTheVersion()
{
    QSettings store(iniPath(), QSettings::IniFormat);
    Settings settings(&store);
    PythonDialog dialog(&settings);
    QCOMPARE(dialog.choice(), QString());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isProbing(), 30'000);
    const QString version =
        QStringLiteral("CPython %1.%2.%3").arg(python3_.major).arg(python3_.minor).arg(python3_.micro);
    QVERIFY2(dialog.foundText().contains(version), qPrintable(dialog.foundText()));
    QVERIFY2(dialog.foundText().contains(python3_.freeThreaded ? u"free-threaded" : u"not free-threaded"),
             qPrintable(dialog.foundText()));
    // Either a free-threaded interpreter for GIL off, or the sentence saying one is needed.
    const PythonInterpreter ft = PythonLocator::findFreeThreaded();
    QVERIFY2(dialog.gilOffText().contains(ft.ok() ? QStringLiteral("GIL off runs in")
                                                  : QStringLiteral("GIL off needs")),
             qPrintable(dialog.gilOffText()));
}

void TestPythonDialog::badChoiceSaysWhatIsWrong_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("phrase");
    QTest::addRow("missing") << dir_.filePath(QStringLiteral("no-such-python3")) << QStringLiteral("not found");
    // A program that runs but is no Python.
    QTest::addRow("not python") << QStringLiteral("/bin/true") << QStringLiteral("did not answer as a CPython 3");
}

void TestPythonDialog::badChoiceSaysWhatIsWrong()
{
    QFETCH(QString, path);
    QFETCH(QString, phrase);
    QSettings store(iniPath(), QSettings::IniFormat);
    Settings settings(&store);
    PythonDialog dialog(&settings);
    dialog.setChoice(path);
    QCOMPARE(dialog.choice(), path);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isProbing(), 30'000);
    QVERIFY2(dialog.foundText().contains(path), qPrintable(dialog.foundText()));
    QVERIFY2(dialog.foundText().contains(phrase), qPrintable(dialog.foundText()));
}

void TestPythonDialog::okStoresTheChoice()
{
    const QString chosen = python3_.executable;
    {
        QSettings store(iniPath(), QSettings::IniFormat);
        Settings settings(&store);
        PythonDialog dialog(&settings);
        dialog.setChoice(chosen);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isProbing(), 30'000);
        QVERIFY2(dialog.foundText().contains(chosen), qPrintable(dialog.foundText()));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        ok->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(settings.cpythonInterpreter(), chosen);
        settings.sync();
    }
    QSettings store(iniPath(), QSettings::IniFormat);
    QCOMPARE(store.value(QLatin1StringView(PythonLocator::kSettingsKey)).toString(), chosen);
    // Back to python3 on PATH: the key holds nothing.
    Settings settings(&store);
    PythonDialog dialog(&settings);
    QCOMPARE(dialog.choice(), chosen);
    dialog.setChoice(QString());
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(settings.cpythonInterpreter(), QString());
}

void TestPythonDialog::cancelStoresNothing()
{
    QSettings store(dir_.filePath(QStringLiteral("cancel.ini")), QSettings::IniFormat);
    Settings settings(&store);
    PythonDialog dialog(&settings);
    dialog.setChoice(QStringLiteral("/bin/true"));
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(settings.cpythonInterpreter(), QString());
}

void TestPythonDialog::sweepSetupOffersTheCPythonSeries()
{
    QSettings store(dir_.filePath(QStringLiteral("sweep.ini")), QSettings::IniFormat);
    Settings settings(&store);
    settings.setCpythonInterpreter(python3_.executable);
    SweepSetup setup;
    setup.useSettings(&settings);
    const SweepSeries cpython{PrimesModel::Processes, {}, SweepSeries::Engine::CPython};
    setup.setSeries({SweepSeries{}, cpython});
    const SweepConfig config = setup.config();
    QCOMPARE(config.series.size(), std::size_t(2));
    QVERIFY(config.series[0] == SweepSeries{});
    QVERIFY(config.series[1] == cpython);
    QCOMPARE(config.cpython.interpreter, python3_.executable);
    // Stored as its spec, and restored from it.
    QVERIFY2(settings.sweepSeries()->contains(QStringLiteral("processes:engine=cpython")),
             qPrintable(settings.sweepSeries()->join(u' ')));
}

QTEST_MAIN(TestPythonDialog)
#include "tst_pythondialog.moc"

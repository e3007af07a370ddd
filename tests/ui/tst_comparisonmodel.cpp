// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// Mark Shannon's table under QAbstractItemModelTester: the book's five
// columns and cells exactly as the chapter cites them, then "today", which
// adds the free-threaded column and answers the open cells with a source.
#include "ui/models/comparisonmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace conlab;
using namespace Qt::StringLiterals;
using Facts = ComparisonFacts;
using Status = ComparisonFacts::Status;
using Demo = ComparisonFacts::Demo;

Q_DECLARE_METATYPE(ComparisonFacts::Status)
Q_DECLARE_METATYPE(ComparisonFacts::Demo)

namespace {
QStringList rowCells(const ComparisonModel &model, int row)
{
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c)
        cells << model.index(row, c).data().toString();
    return cells;
}
} // namespace

class TestComparisonModel : public QObject
{
    Q_OBJECT
private slots:
    void tester();
    void bookColumns();
    void bookCells_data();
    void bookCells();
    void bookHasNoMarks();
    void todayAddsTheFreeThreadedColumn();
    void todayCells_data();
    void todayCells();
    void todayMarks_data();
    void todayMarks();
    void links_data();
    void links();
};

void TestComparisonModel::tester()
{
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 5);
    model.setToday(true);
    QCOMPARE(model.columnCount(), 6);
    model.retranslate();
    model.setToday(false);
    QCOMPARE(model.columnCount(), 5);
    model.retranslate();
}

void TestComparisonModel::bookColumns()
{
    ComparisonModel model;
    QStringList headers;
    for (int c = 0; c < model.columnCount(); ++c)
        headers << model.headerData(c, Qt::Horizontal).toString();
    QCOMPARE(headers, QStringList({u"Threads"_s, u"Async"_s, u"Multiprocessing"_s, u"PEP 554"_s, u"Ideal CSP"_s}));
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows << model.headerData(r, Qt::Vertical).toString();
    QCOMPARE(rows, QStringList({u"parallel execution"_s, u"shared raw memory"_s, u"shared objects"_s, u"overhead"_s}));
}

void TestComparisonModel::bookCells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("cells"); // Threads, Async, Multiprocessing, PEP 554, Ideal CSP
    QTest::addRow("parallel execution") << 0 << QStringList{u"No"_s, u"No"_s, u"Yes"_s, u"?"_s, u"Yes"_s};
    QTest::addRow("shared raw memory") << 1 << QStringList{u"Yes"_s, u"Yes"_s, u"Limited"_s, u"Limited?"_s, u"No"_s};
    QTest::addRow("shared objects") << 2 << QStringList{u"Yes"_s, u"Yes"_s, u"No"_s, u"No?"_s, u"No"_s};
    QTest::addRow("overhead") << 3 << QStringList{u"Medium"_s, u"Low"_s, u"High"_s, u"?"_s, u"—"_s};
}

void TestComparisonModel::bookCells()
{
    QFETCH(int, row);
    QFETCH(QStringList, cells);
    ComparisonModel model;
    QCOMPARE(rowCells(model, row), cells);
    // And back from today: the book's view is the book's again.
    model.setToday(true);
    model.setToday(false);
    QCOMPARE(rowCells(model, row), cells);
}

void TestComparisonModel::bookHasNoMarks()
{
    ComparisonModel model;
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex i = model.index(r, c);
            QCOMPARE(i.data(ComparisonModel::StatusRole).toInt(), static_cast<int>(Status::AsInBook));
            QCOMPARE(i.data(ComparisonModel::SourceNumberRole).toInt(), 0);
            QVERIFY(!i.data(Qt::FontRole).value<QFont>().bold());
        }
    }
}

void TestComparisonModel::todayAddsTheFreeThreadedColumn()
{
    ComparisonModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::columnsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::columnsRemoved);
    model.setToday(true);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 5);
    QCOMPARE(inserted.at(0).at(2).toInt(), 5);
    QCOMPARE(model.headerData(Facts::FreeThreaded, Qt::Horizontal).toString(), u"Free-threaded\n(GIL off)"_s);
    // The book's column titles stay as cited.
    QCOMPARE(model.headerData(Facts::Pep554, Qt::Horizontal).toString(), u"PEP 554"_s);
    model.setToday(true); // no change, no signal
    QCOMPARE(inserted.count(), 1);
    model.setToday(false);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.columnCount(), 5);
}

void TestComparisonModel::todayCells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("cells"); // ... PEP 554, Ideal CSP, Free-threaded
    QTest::addRow("parallel execution")
        << 0 << QStringList{u"No"_s, u"No"_s, u"Yes"_s, u"Yes"_s, u"Yes"_s, u"Yes"_s};
    QTest::addRow("shared raw memory")
        << 1 << QStringList{u"Yes"_s, u"Yes"_s, u"Limited"_s, u"Limited"_s, u"No"_s, u"Yes"_s};
    QTest::addRow("shared objects") << 2 << QStringList{u"Yes"_s, u"Yes"_s, u"No"_s, u"No"_s, u"No"_s, u"Yes"_s};
    // Subinterpreters' overhead is still not settled: it stays a question.
    QTest::addRow("overhead") << 3 << QStringList{u"Medium"_s, u"Low"_s, u"High"_s, u"?"_s, u"—"_s, u"Medium"_s};
}

void TestComparisonModel::todayCells()
{
    QFETCH(int, row);
    QFETCH(QStringList, cells);
    ComparisonModel model;
    model.setToday(true);
    QCOMPARE(rowCells(model, row), cells);
}

void TestComparisonModel::todayMarks_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("cites"); // what its source line must name
    QTest::addRow("PEP 554 parallel") << 0 << int(Facts::Pep554) << Status::Changed << u"PEP 684"_s;
    QTest::addRow("PEP 554 raw memory") << 1 << int(Facts::Pep554) << Status::Changed << u"PEP 734"_s;
    QTest::addRow("PEP 554 objects") << 2 << int(Facts::Pep554) << Status::Changed << u"PEP 734"_s;
    QTest::addRow("PEP 554 overhead") << 3 << int(Facts::Pep554) << Status::StillOpen << u"Still open"_s;
    QTest::addRow("free-threaded parallel") << 0 << int(Facts::FreeThreaded) << Status::Added << u"PEP 779"_s;
    QTest::addRow("free-threaded objects") << 2 << int(Facts::FreeThreaded) << Status::Added << u"PEP 703"_s;
    QTest::addRow("free-threaded overhead") << 3 << int(Facts::FreeThreaded) << Status::Added << u"3.14"_s;
    QTest::addRow("threads unchanged") << 0 << int(Facts::Threads) << Status::AsInBook << QString();
    QTest::addRow("CSP unchanged") << 3 << int(Facts::IdealCsp) << Status::AsInBook << QString();
}

void TestComparisonModel::todayMarks()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(Status, status);
    QFETCH(QString, cites);
    ComparisonModel model;
    model.setToday(true);
    const QModelIndex i = model.index(row, column);
    QCOMPARE(i.data(ComparisonModel::StatusRole).toInt(), static_cast<int>(status));
    const int mark = i.data(ComparisonModel::SourceNumberRole).toInt();
    const QFont font = i.data(Qt::FontRole).value<QFont>();
    if (status == Status::AsInBook) {
        QCOMPARE(mark, 0);
        QVERIFY(!font.bold() && !font.italic());
        return;
    }
    // Marked by more than colour: a number, and bold (changed) or italic (open).
    QVERIFY(mark > 0);
    QCOMPARE(font.bold(), status != Status::StillOpen);
    QCOMPARE(font.italic(), status == Status::StillOpen);
    const QString source = Facts::sourceText(static_cast<Facts::Source>(mark));
    QVERIFY2(source.contains(cites), qPrintable(source));
    const QString tip = i.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(source), qPrintable(tip));
    // What the book said stays one hover away; an added column had nothing.
    QCOMPARE(tip.contains(u"The book (2020): "_s), status != Status::Added);
}

void TestComparisonModel::links_data()
{
    QTest::addColumn<bool>("today");
    QTest::addColumn<QList<int>>("linked"); // row * 10 + column, each once
    QTest::addColumn<QList<Demo>>("demos");
    const QList<int> book = {0 * 10 + Facts::Threads, 0 * 10 + Facts::Async, 0 * 10 + Facts::Multiprocessing,
                             2 * 10 + Facts::Multiprocessing, 3 * 10 + Facts::Multiprocessing};
    const QList<Demo> bookDemos = {Demo::ThreadsWithGil, Demo::CoroutinesOnOneThread, Demo::ProcessPool, Demo::Race,
                                   Demo::TaskQueueOverhead};
    QTest::addRow("book") << false << book << bookDemos;
    QTest::addRow("today") << true << (QList<int>(book) << 0 * 10 + Facts::FreeThreaded)
                           << (QList<Demo>(bookDemos) << Demo::ThreadsWithoutGil);
}

void TestComparisonModel::links()
{
    QFETCH(bool, today);
    QFETCH(QList<int>, linked);
    QFETCH(QList<Demo>, demos);
    ComparisonModel model;
    model.setToday(today);
    for (int r = 0; r < model.rowCount(); ++r) {
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex i = model.index(r, c);
            const qsizetype at = linked.indexOf(r * 10 + c);
            const Demo expected = at < 0 ? Demo::None : demos.at(at);
            QCOMPARE(model.demo(i), expected);
            QCOMPARE(i.data(ComparisonModel::DemoRole).toInt(), static_cast<int>(expected));
            // A link looks like one; nothing else does.
            QCOMPARE(i.data(Qt::FontRole).value<QFont>().underline(), at >= 0);
        }
    }
}

QTEST_MAIN(TestComparisonModel)
#include "tst_comparisonmodel.moc"

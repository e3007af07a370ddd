// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// The comparison table: the book's cells, under QAbstractItemModelTester.
#include "ui/models/comparisonmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace conlab;
using namespace Qt::StringLiterals;

class TestComparisonModel : public QObject
{
    Q_OBJECT
private slots:
    void tester();
    void cells_data();
    void cells();
};

void TestComparisonModel::tester()
{
    ComparisonModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.retranslate();
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 3);
}

void TestComparisonModel::cells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("threads");
    QTest::addColumn<QString>("async");
    QTest::addColumn<QString>("multiprocessing");
    QTest::addRow("parallel execution") << 0 << u"no"_s << u"no"_s << u"yes"_s;
    QTest::addRow("shared raw memory") << 1 << u"yes"_s << u"yes"_s << u"limited"_s;
    QTest::addRow("shared objects") << 2 << u"yes"_s << u"yes"_s << u"no"_s;
    QTest::addRow("overhead") << 3 << u"medium"_s << u"low"_s << u"high"_s;
}

void TestComparisonModel::cells()
{
    QFETCH(int, row);
    QFETCH(QString, threads);
    QFETCH(QString, async);
    QFETCH(QString, multiprocessing);
    ComparisonModel model;
    QCOMPARE(model.index(row, ComparisonModel::Threads).data().toString(), threads);
    QCOMPARE(model.index(row, ComparisonModel::Async).data().toString(), async);
    QCOMPARE(model.index(row, ComparisonModel::Multiprocessing).data().toString(), multiprocessing);
}

QTEST_MAIN(TestComparisonModel)
#include "tst_comparisonmodel.moc"

// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/models/resultstablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using conlab::PrimeResult;
using conlab::ResultsTableModel;

class TestResultsTableModel : public QObject
{
    Q_OBJECT

private:
    static std::vector<PrimeResult> batch(std::initializer_list<std::uint64_t> ns, std::int64_t t = 0, int worker = 1)
    {
        std::vector<PrimeResult> out;
        for (std::uint64_t n : ns) {
            out.push_back({n, n % 2 == 1, static_cast<double>(n % 7) / 10.0, worker, t, t + 1000});
            t += 1000;
        }
        return out;
    }

private slots:
    // An export job reads a snapshot on another thread while the page moves
    // on: the snapshot shares the rows (no copy on the GUI thread) and they
    // never change under it.
    void snapshotSharesRowsThatNeverChange()
    {
        ResultsTableModel model;
        model.append(batch({2, 3, 5}));
        const auto snapshot = model.snapshot();
        QCOMPARE(snapshot->data(), model.results().data());
        model.append(batch({7}));
        QCOMPARE(snapshot->size(), std::size_t(3));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.result(3).n, 7u);
        const auto second = model.snapshot();
        model.clear();
        QCOMPARE(second->size(), std::size_t(4));
        QCOMPARE(second->back().n, 7u);
        QCOMPARE(model.rowCount(), 0);
    }

    void insertsIncrementally()
    {
        ResultsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.append(batch({2, 3, 5}));
        model.append({});
        model.append(batch({7, 11}));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(inserted.count(), 2); // one per batch, none for the empty one
        QCOMPARE(inserted.at(1).at(1).toInt(), 3);
        QCOMPARE(inserted.at(1).at(2).toInt(), 4);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.result(3).n, 7u);
    }

    void displayAndSortRoles_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QVariant>("sortValue");
        QTest::addRow("n") << int(ResultsTableModel::NumberColumn) << QStringLiteral("18446744073709551615")
                           << QVariant::fromValue<quint64>(18446744073709551615ull);
        QTest::addRow("prime") << int(ResultsTableModel::PrimeColumn) << QStringLiteral("P") << QVariant(true);
        QTest::addRow("elapsed") << int(ResultsTableModel::ElapsedColumn) << QStringLiteral("1.250000 s")
                                 << QVariant(1.25);
        QTest::addRow("worker") << int(ResultsTableModel::WorkerColumn) << QStringLiteral("3") << QVariant(3);
        QTest::addRow("start") << int(ResultsTableModel::StartColumn) << QStringLiteral("0.500 s")
                               << QVariant::fromValue<qint64>(500'000'000);
        QTest::addRow("end") << int(ResultsTableModel::EndColumn) << QStringLiteral("1.750 s")
                             << QVariant::fromValue<qint64>(1'750'000'000);
    }
    void displayAndSortRoles()
    {
        QFETCH(int, column);
        QFETCH(QString, display);
        QFETCH(QVariant, sortValue);
        ResultsTableModel model;
        model.append({{18446744073709551615ull, true, 1.25, 3, 500'000'000, 1'750'000'000}});
        const QModelIndex index = model.index(0, column);
        QCOMPARE(index.data(Qt::DisplayRole).toString(), display);
        QCOMPARE(index.data(ResultsTableModel::SortRole), sortValue);
    }

    void sortsNumericallyThroughProxy_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QList<quint64>>("expected");
        QTest::addRow("n ascending") << int(ResultsTableModel::NumberColumn) << Qt::AscendingOrder
                                     << QList<quint64>{9, 10, 100, 9999999999999999ull};
        QTest::addRow("n descending") << int(ResultsTableModel::NumberColumn) << Qt::DescendingOrder
                                      << QList<quint64>{9999999999999999ull, 100, 10, 9};
        // Starts: 0 and 1000 in the first batch, 500 and 1500 in the second.
        QTest::addRow("start ascending") << int(ResultsTableModel::StartColumn) << Qt::AscendingOrder
                                         << QList<quint64>{100, 9999999999999999ull, 9, 10};
    }
    void sortsNumericallyThroughProxy()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QList<quint64>, expected);
        ResultsTableModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ResultsTableModel::SortRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(column, order);
        // Rows keep arriving while sorted: the proxy must place them.
        model.append(batch({100, 9}));
        model.append(batch({9999999999999999ull, 10}, 500));
        QCOMPARE(proxy.rowCount(), 4);
        QList<quint64> got;
        for (int row = 0; row < proxy.rowCount(); ++row)
            got << proxy.index(row, ResultsTableModel::NumberColumn).data(ResultsTableModel::SortRole).value<quint64>();
        QCOMPARE(got, expected);
    }

    void clearResets()
    {
        ResultsTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.append(batch({2, 3}));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.clear();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 0);
    }

    void manyRowsInFewInserts()
    {
        ResultsTableModel model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        std::vector<PrimeResult> big(100'000);
        for (std::size_t k = 0; k < big.size(); ++k)
            big[k].n = k;
        model.append(big);
        model.append(big);
        QCOMPARE(model.rowCount(), 200'000);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.index(150'000, 0).data().toString(), QStringLiteral("50000"));
    }

    // A run reserves its rows up front, so the storage never moves while
    // batches arrive (a move of a million rows is what stalled the window).
    void reservedRowsNeverMove()
    {
        ResultsTableModel model;
        model.reserve(30'000);
        QCOMPARE(model.rowCount(), 0);
        model.append(batch({2}));
        const PrimeResult *first = &model.result(0);
        std::vector<PrimeResult> chunk(1'000);
        for (int k = 0; k < 29; ++k)
            model.append(chunk);
        QCOMPARE(model.rowCount(), 29'001);
        QCOMPARE(&model.result(0), first);
        QCOMPARE(model.result(0).n, 2u);
        model.clear(); // a cleared model gives its memory back
        QCOMPARE(model.results().capacity(), std::size_t(0));
    }
};

QTEST_MAIN(TestResultsTableModel)
#include "tst_resultstablemodel.moc"

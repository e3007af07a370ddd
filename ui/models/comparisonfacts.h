// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include <QCoreApplication>
#include <QString>

namespace conlab {

// Mark Shannon's table as the chapter cites it (python-dev, on PEP 554), what
// became of its open cells since the book (2020), and which of the lab's
// experiments shows each cell. Plain data and the words for it: the model
// reads it, the page shows it, the window opens the experiments it names.
// A fact changes here and nowhere else.
class ComparisonFacts
{
    Q_DECLARE_TR_FUNCTIONS(conlab::ComparisonFacts)
public:
    // The book's five columns, then the one "today" adds. The added column
    // comes last so that the book's columns keep their numbers in both views.
    enum Column { Threads, Async, Multiprocessing, Pep554, IdealCsp, FreeThreaded, ColumnCount };
    static constexpr int kBookColumns = FreeThreaded;
    enum Row { ParallelExecution, SharedRawMemory, SharedObjects, Overhead, RowCount };

    // The words of the cells, question marks and the dash included: those
    // marks were the honest state of 2020.
    enum class Value { No, Yes, Limited, LimitedUnsure, NoUnsure, Medium, Low, High, Unknown, NotApplicable };

    // Today's cell against the book's.
    enum class Status {
        AsInBook,  // nothing new to say
        Changed,   // the book's answer was replaced by a citable one
        Added,     // a cell of the column the book did not have
        StillOpen, // open then, and still not settled
    };

    // Where today's answer comes from; each is one numbered source line.
    enum class Source { None, Pep684, Pep734Memory, Pep734Objects, OverheadOpen, Pep703, FreeThreadedCost, Count };

    // The lab's experiment that shows a cell. The window decides which page
    // that is (ui/shell/demoopener), so the table names lessons, not pages.
    enum class Demo {
        None,
        CoroutinesOnOneThread, // P1's page, coroutines: one thread, no parallelism
        ProcessPool,           // P2: processes run in parallel
        ThreadsWithGil,        // P3: threads take turns at the GIL
        ThreadsWithoutGil,     // the threads page with the GIL off
        Race,                  // P5: processes share only their queues
        TaskQueueOverhead,     // T5: the cost per task of a process far away
    };

    struct Cell
    {
        Value book;
        Value today;
        Status status;
        Source source;
        Demo demo;
    };

    // row in [0, RowCount), column in [0, ColumnCount). The added column's
    // book value is NotApplicable: it is shown only today.
    static const Cell &cell(int row, int column);
    static QString valueText(Value value);
    static QString columnTitle(int column);
    static QString rowTitle(int row);
    // The source line without its number; empty for Source::None.
    static QString sourceText(Source source);
    // The number a cell's mark and its source line share: 1, 2, ...
    static int sourceNumber(Source source) { return static_cast<int>(source); }
    // The lesson a demo shows, as EXPERIMENTS.md names it ("P2", "T5").
    static QString demoLesson(Demo demo);
};

} // namespace conlab

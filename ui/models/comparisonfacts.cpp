// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/models/comparisonfacts.h"

namespace conlab {

namespace {
using V = ComparisonFacts::Value;
using St = ComparisonFacts::Status;
using Src = ComparisonFacts::Source;
using D = ComparisonFacts::Demo;
using C = ComparisonFacts::Cell;

constexpr C same(V v, D demo = D::None)
{
    return {v, v, St::AsInBook, Src::None, demo};
}

// Rows as in the book; columns Threads, Async, Multiprocessing, PEP 554,
// Ideal CSP, then free-threaded (today only). The book's cells are copied
// from EXPERIMENTS.md; today's cite the source their footnote names.
constexpr C kCells[ComparisonFacts::RowCount][ComparisonFacts::ColumnCount] = {
    // parallel execution
    {same(V::No, D::ThreadsWithGil), same(V::No, D::CoroutinesOnOneThread), same(V::Yes, D::ProcessPool),
     {V::Unknown, V::Yes, St::Changed, Src::Pep684, D::None}, same(V::Yes),
     {V::NotApplicable, V::Yes, St::Added, Src::Pep703, D::ThreadsWithoutGil}},
    // shared raw memory
    {same(V::Yes), same(V::Yes), same(V::Limited), {V::LimitedUnsure, V::Limited, St::Changed, Src::Pep734Memory, D::None},
     same(V::No), {V::NotApplicable, V::Yes, St::Added, Src::Pep703, D::None}},
    // shared objects
    {same(V::Yes), same(V::Yes), same(V::No, D::Race), {V::NoUnsure, V::No, St::Changed, Src::Pep734Objects, D::None},
     same(V::No), {V::NotApplicable, V::Yes, St::Added, Src::Pep703, D::None}},
    // overhead: what an interpreter costs is still not settled, so it stays
    // open rather than getting a number nobody has measured for the room.
    {same(V::Medium), same(V::Low), same(V::High, D::TaskQueueOverhead),
     {V::Unknown, V::Unknown, St::StillOpen, Src::OverheadOpen, D::None}, same(V::NotApplicable),
     {V::NotApplicable, V::Medium, St::Added, Src::FreeThreadedCost, D::None}},
};
} // namespace

const ComparisonFacts::Cell &ComparisonFacts::cell(int row, int column)
{
    Q_ASSERT(row >= 0 && row < RowCount && column >= 0 && column < ColumnCount);
    return kCells[row][column];
}

QString ComparisonFacts::valueText(Value value)
{
    switch (value) {
    case Value::No: return tr("No");
    case Value::Yes: return tr("Yes");
    case Value::Limited: return tr("Limited");
    case Value::LimitedUnsure: return tr("Limited?");
    case Value::NoUnsure: return tr("No?");
    case Value::Medium: return tr("Medium");
    case Value::Low: return tr("Low");
    case Value::High: return tr("High");
    case Value::Unknown: return QStringLiteral("?");
    case Value::NotApplicable: return QStringLiteral("—");
    }
    return {};
}

QString ComparisonFacts::columnTitle(int column)
{
    switch (column) {
    case Threads: return tr("Threads");
    case Async: return tr("Async");
    case Multiprocessing: return tr("Multiprocessing");
    case Pep554: return tr("PEP 554");
    case IdealCsp: return tr("Ideal CSP");
    case FreeThreaded: return tr("Free-threaded\n(GIL off)");
    default: return {};
    }
}

QString ComparisonFacts::rowTitle(int row)
{
    switch (row) {
    case ParallelExecution: return tr("parallel execution");
    case SharedRawMemory: return tr("shared raw memory");
    case SharedObjects: return tr("shared objects");
    case Overhead: return tr("overhead");
    default: return {};
    }
}

QString ComparisonFacts::sourceText(Source source)
{
    switch (source) {
    case Source::None:
    case Source::Count: return {};
    case Source::Pep684:
        return tr("PEP 684 (Python 3.12): each interpreter has its own GIL, so interpreters run in parallel. "
                  "PEP 734 (3.14) brings them to Python code: concurrent.interpreters and "
                  "InterpreterPoolExecutor.");
    case Source::Pep734Memory:
        return tr("PEP 734 (3.14): only memoryview and the interpreters' Queue share mutable data between "
                  "interpreters.");
    case Source::Pep734Objects:
        return tr("PEP 734 (3.14): other objects are copied, most through pickle, so mutable ones do not stay "
                  "in sync.");
    case Source::OverheadOpen:
        return tr("Still open: there is no settled figure for what an interpreter costs against a thread or a "
                  "process.");
    case Source::Pep703:
        return tr("PEP 703, supported since Python 3.14 (PEP 779): a build without the GIL, where threads run "
                  "Python code in parallel and share objects as before.");
    case Source::FreeThreadedCost:
        return tr("Threads cost what they did; single-threaded code runs somewhat slower than on the default "
                  "build (Python 3.14 documentation).");
    }
    return {};
}

QString ComparisonFacts::demoLesson(Demo demo)
{
    switch (demo) {
    case Demo::None: return {};
    case Demo::CoroutinesOnOneThread:
        return tr("P1 with coroutines: every number is checked on one thread, no faster than sequential.");
    case Demo::ProcessPool: return tr("P2 against P3: processes run at once, one per core.");
    case Demo::ThreadsWithGil: return tr("P3 against P2: threads take turns at the GIL.");
    case Demo::ThreadsWithoutGil: return tr("P3 with the GIL off: threads run at once, one per core.");
    case Demo::Race: return tr("P5: processes share no objects, only queues, and the report loop races on them.");
    case Demo::TaskQueueOverhead: return tr("T5: with many tiny tasks, the round trip of each task dominates.");
    }
    return {};
}

} // namespace conlab

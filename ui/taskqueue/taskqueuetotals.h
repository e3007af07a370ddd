// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLabel>

namespace conlab {

// The line over a task-queue run: how far it is, or how it ended, with the
// broker's overhead per task (T5) and the speedup against a sequential run
// of the same numbers in real CPython (primes_sequential.py), or, until that
// has been timed, against the sum of the task times, which is what one
// CPython process running the same tasks one after another would take.
class TaskQueueTotals : public QLabel
{
    Q_OBJECT
public:
    struct Numbers
    {
        qsizetype tasks = 0;    // results in
        qsizetype total = 0;    // numbers asked
        int lanes = 0;          // worker processes that ran a task
        double wall = 0.0;      // seconds, first task sent to last result in
        double sumElapsed = 0.0; // seconds, the workers' own is_prime times
        double sequentialCPython = 0.0; // seconds, primes_sequential.py on the same numbers; 0 until timed
        bool ended = false;
    };

    explicit TaskQueueTotals(QWidget *parent = nullptr);

    void setNumbers(const Numbers &numbers);
    const Numbers &numbers() const { return numbers_; }
    // The broker's cost per task, in seconds: see the .cpp for the formula.
    static double overheadPerTask(const Numbers &n);
    // A step larger than `base`, the page's font at its zoom.
    void fitToFont(const QFont &base);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    Numbers numbers_;
};

} // namespace conlab

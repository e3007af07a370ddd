// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/primes/racetally.h"

#include <QWidget>
#include <array>
#include <optional>

class QLabel;
class QGridLayout;

namespace conlab {

// The tally of a repeated racy run, over the live view: for the emulation,
// and for CPython when it runs the listing too, how far the series is and
// one box per outcome (complete, lost, hung) with its count and what its
// runs had in common. In the live view, so PNG and SVG exports show it.
// Hidden until a series starts.
class RaceTallyView : public QWidget
{
    Q_OBJECT
public:
    explicit RaceTallyView(QWidget *parent = nullptr);

    // CPython's side shows only when it has a tally (the interpreter and
    // its command are in the CPython panel under the live view).
    void showTallies(const RaceTally &emulation, const std::optional<RaceTally> &cpython);
    void clear();
    // What it says, as plain text: for tests and screen readers.
    QString text() const;

    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Side
    {
        QLabel *heading = nullptr;
        std::array<QLabel *, 3> outcomes{};
        QLabel *unjudged = nullptr;
    };
    Side makeSide(int row);
    void showSide(Side &side, const QString &heading, const RaceTally *tally);
    void render();

    QGridLayout *grid_ = nullptr;
    Side emulationSide_;
    Side cpythonSide_;
    std::optional<RaceTally> emulation_;
    std::optional<RaceTally> cpython_;
    QStringList text_; // what the labels say, as plain text
};

} // namespace conlab

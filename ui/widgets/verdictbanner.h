// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/spinner/spinnercomparison.h"
#include "core/spinner/spinnerverdict.h"

#include <QFrame>
#include <optional>

class QLabel;

namespace conlab {

// The reveal after a spinner run, sized for the back row: the verdict in
// large bold type in its own colour, the room's guess beside it marked right
// or wrong, one line of why from the engine's figures, and, for S7 and S8,
// how the two compare. Every line wraps; nothing is ever elided, so it fits
// beside other controls on a 1024-pixel screen.
class VerdictBanner : public QFrame
{
    Q_OBJECT
public:
    // The verdict's type against the page's: big enough to read across a
    // lecture hall, small enough that "Never appeared" fits a narrow column.
    static constexpr double kHeadlineScale = 1.8;
    static constexpr int kBarWidth = 10; // the coloured bar on the left, px

    explicit VerdictBanner(QWidget *parent = nullptr);

    // After a run: what it showed, and the guess made before Run. In a
    // scroll area the banner then scrolls itself into view.
    void reveal(const SpinnerConfig &config, const SpinnerReport &report, std::optional<SpinnerOutcome> guess);
    // The S7/S8 comparison to show under the why; nothing hides the line.
    void setComparison(std::optional<SpinnerComparison> comparison);
    // A new run or a new question: the banner goes.
    void clear();

    bool isRevealed() const { return verdict_.has_value(); }
    std::optional<SpinnerVerdict> verdict() const { return verdict_; }
    // True or false when a guess met a measured outcome; nothing otherwise.
    std::optional<bool> guessRight() const;
    // What the banner says, as plain text (the verdict, the guess, why,
    // the comparison), one line each; empty while hidden.
    QString plainText() const;
    int headlinePixelSize() const;

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void render();
    void updateAccessibleText();
    QColor colour() const;
    QString headline() const;
    QString guessLine(bool html) const;

    QLabel *headline_ = nullptr;
    QLabel *why_ = nullptr;
    QLabel *comparison_ = nullptr;
    SpinnerConfig config_;
    SpinnerReport report_;
    std::optional<SpinnerVerdict> verdict_;
    std::optional<SpinnerOutcome> guess_;
    std::optional<SpinnerComparison> comparisonData_;
    bool rendering_ = false;
};

} // namespace conlab

// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/spinner/spinnerverdict.h"

#include <QGroupBox>
#include <optional>

class QButtonGroup;
class QPushButton;
class QRadioButton;

namespace conlab {

// Predict, then reveal: the room guesses what the spinner will do before
// Run (mouse, or keys 1, 2, 3 on the page). The reveal after the run
// is the page's VerdictBanner, which reads the guess from here.
class PredictionBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit PredictionBox(QWidget *parent = nullptr);

    std::optional<SpinnerOutcome> guess() const;
    void setGuess(std::optional<SpinnerOutcome> guess);
    // What the run showed, once the banner reveals it (nothing before), so
    // a screen reader can say whether the guess was right.
    void setMeasured(std::optional<SpinnerOutcome> outcome);
    // Keys 1, 2, 3 answer in the whole window while `page` shows, and in
    // `page` itself while the window is not active (where shortcuts do not
    // fire); a focused spin box still takes its digits first.
    void answerKeysIn(QWidget *page);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateAccessibleText();

    QButtonGroup *group_ = nullptr;
    QRadioButton *options_[3] = {};
    QPushButton *clear_ = nullptr;
    std::optional<SpinnerOutcome> measured_;
};

} // namespace conlab

#pragma once
#include "spinner/spinnerverdict.h"

#include <QGroupBox>
#include <optional>

class QButtonGroup;
class QPushButton;
class QRadioButton;

namespace conlab {

// Predict, then reveal: the room guesses what the spinner will do before
// Run (mouse, or keys 1, 2, 3 through the page). The reveal after the run
// is the page's VerdictBanner, which reads the guess from here.
class PredictionBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit PredictionBox(QWidget *parent = nullptr);

    std::optional<SpinnerOutcome> guess() const;
    void setGuess(std::optional<SpinnerOutcome> guess);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QButtonGroup *group_ = nullptr;
    QRadioButton *options_[3] = {};
    QPushButton *clear_ = nullptr;
};

} // namespace conlab

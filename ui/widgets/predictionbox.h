#pragma once
#include "pages/spinneroutcome.h"

#include <QGroupBox>
#include <optional>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;

namespace conlab {

// Predict, then reveal: the room guesses what the spinner will do before
// Run (mouse, or keys 1, 2, 3 through the page), and after the run the
// measured outcome appears beside the guess, marked right or wrong.
class PredictionBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit PredictionBox(QWidget *parent = nullptr);

    std::optional<SpinnerOutcome> guess() const;
    void setGuess(std::optional<SpinnerOutcome> guess);
    // After a run: the outcome, or nothing for a cancelled run.
    void reveal(std::optional<SpinnerOutcome> measured);
    // A new run starts: the old verdict goes, the guess stays.
    void hideReveal();
    QString verdictText() const;
    // True when the last reveal had a guess that matched.
    std::optional<bool> lastVerdict() const { return verdict_; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateVerdict();

    QButtonGroup *group_ = nullptr;
    QRadioButton *options_[3] = {};
    QPushButton *clear_ = nullptr;
    QLabel *verdictLabel_ = nullptr;
    std::optional<SpinnerOutcome> measured_;
    std::optional<SpinnerOutcome> guessAtReveal_;
    std::optional<bool> verdict_;
    bool revealed_ = false;
};

} // namespace conlab

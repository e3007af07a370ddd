#include "widgets/predictionbox.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace conlab {

PredictionBox::PredictionBox(QWidget *parent) : QGroupBox(parent)
{
    group_ = new QButtonGroup(this);
    auto *layout = new QVBoxLayout(this);
    for (int i = 0; i < 3; ++i) {
        options_[i] = new QRadioButton(this);
        group_->addButton(options_[i], i + 1);
        layout->addWidget(options_[i]);
    }
    clear_ = new QPushButton(this);
    auto *row = new QHBoxLayout;
    row->addWidget(clear_);
    row->addStretch(1);
    layout->addLayout(row);
    connect(clear_, &QPushButton::clicked, this, [this] { setGuess(std::nullopt); });
    retranslateUi();
}

std::optional<SpinnerOutcome> PredictionBox::guess() const
{
    const int id = group_->checkedId();
    if (id < 1 || id > 3)
        return std::nullopt;
    return static_cast<SpinnerOutcome>(id);
}

void PredictionBox::setGuess(std::optional<SpinnerOutcome> guess)
{
    if (!guess) {
        // An exclusive group never lets the last button go by itself.
        group_->setExclusive(false);
        for (QRadioButton *b : options_)
            b->setChecked(false);
        group_->setExclusive(true);
        return;
    }
    options_[static_cast<int>(*guess) - 1]->setChecked(true);
}

void PredictionBox::retranslateUi()
{
    setTitle(tr("Predict: what will the spinner do?"));
    //: Keyboard hint: the key 1 picks this answer
    options_[0]->setText(tr("1  Keep spinning"));
    //: Keyboard hint: the key 2 picks this answer
    options_[1]->setText(tr("2  Stutter"));
    //: Keyboard hint: the key 3 picks this answer
    options_[2]->setText(tr("3  Never appear"));
    clear_->setText(tr("No guess"));
}

void PredictionBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

} // namespace conlab

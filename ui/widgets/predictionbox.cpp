#include "widgets/predictionbox.h"

#include "theme/palette.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
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
    verdictLabel_ = new QLabel(this);
    verdictLabel_->setWordWrap(true);
    verdictLabel_->setTextFormat(Qt::RichText);
    verdictLabel_->hide();
    layout->addWidget(verdictLabel_);
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

void PredictionBox::reveal(std::optional<SpinnerOutcome> measured)
{
    revealed_ = true;
    measured_ = measured;
    guessAtReveal_ = guess();
    verdict_.reset();
    if (measured_ && guessAtReveal_)
        verdict_ = (*measured_ == *guessAtReveal_);
    updateVerdict();
}

void PredictionBox::hideReveal()
{
    revealed_ = false;
    verdict_.reset();
    verdictLabel_->hide();
}

QString PredictionBox::verdictText() const
{
    return verdictLabel_->isHidden() ? QString() : verdictLabel_->text();
}

void PredictionBox::updateVerdict()
{
    if (!revealed_) {
        verdictLabel_->hide();
        return;
    }
    QString html;
    if (!measured_) {
        html = tr("The run did not finish, so there is nothing to compare.").toHtmlEscaped();
    } else {
        //: %1 what the run measured, e.g. "Never appears"
        html = tr("Measured: %1").arg(SpinnerOutcomes::name(*measured_)).toHtmlEscaped();
        if (guessAtReveal_) {
            const bool right = verdict_.value_or(false);
            const QColor c = right ? theme::right : theme::wrong;
            //: %1 the guess the room picked before the run
            const QString guessText = tr("Your guess: %1").arg(SpinnerOutcomes::name(*guessAtReveal_));
            const QString mark = right ? tr("✔ right") : tr("✘ wrong");
            html += QStringLiteral("<br>") + guessText.toHtmlEscaped()
                + QStringLiteral(" <b><span style=\"color:%1\">%2</span></b>")
                      .arg(c.name(), mark.toHtmlEscaped());
        } else {
            html += QStringLiteral("<br>") + tr("No guess was made.").toHtmlEscaped();
        }
    }
    verdictLabel_->setText(html);
    verdictLabel_->show();
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
    updateVerdict();
}

void PredictionBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QGroupBox::changeEvent(event);
}

} // namespace conlab

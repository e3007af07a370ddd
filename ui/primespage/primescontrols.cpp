// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/primespage/primescontrols.h"

#include "core/numbers/sample.h"
#include "ui/widgets/numbersinput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

namespace conlab {

PrimesControls::PrimesControls(std::vector<PrimesModel> models, QWidget *parent)
    : QWidget(parent), models_(std::move(models))
{
    Q_ASSERT(!models_.empty());
    modelLabel_ = new QLabel(this);
    modelBox_ = new QComboBox(this);
    for (PrimesModel m : models_)
        modelBox_->addItem({}, static_cast<int>(m));
    const bool raceChoice = std::any_of(models_.begin(), models_.end(), &PrimesModels::hasRacyVersion);
    racyBox_ = new QCheckBox(this);
    racyBox_->setVisible(raceChoice);
    // Jobs so short that the results come in a burst: the race shows at once.
    smallButton_ = new QPushButton(this);
    smallButton_->setObjectName(QStringLiteral("manySmallNumbers"));
    smallButton_->setVisible(raceChoice);
    connect(smallButton_, &QPushButton::clicked, this, [this] {
        QStringList list;
        for (std::size_t k = 0; k < kSmallSampleCount; ++k)
            list << QString::number(kSmallSampleFirst + k);
        numbers_->setText(list.join(u' '));
    });
    // The race's odds, not one anecdote: the racy run N times, then the tally.
    repeatButton_ = new QPushButton(this);
    repeatButton_->setObjectName(QStringLiteral("repeatRacyRun"));
    repeatBox_ = new QSpinBox(this);
    repeatBox_->setObjectName(QStringLiteral("repeatCount"));
    repeatBox_->setRange(1, kMaxRepeat);
    repeatBox_->setValue(kDefaultRepeat);
    repeatButton_->setVisible(raceChoice);
    repeatBox_->setVisible(raceChoice);
    connect(repeatButton_, &QPushButton::clicked, this, [this] { emit repeatRequested(repeatBox_->value()); });
    settingsLabel_ = new QLabel(this);
    settingsLabel_->setWordWrap(true);
    numbers_ = new NumbersInput(this);

    modelRow_ = new QHBoxLayout;
    modelRow_->addWidget(modelLabel_);
    modelRow_->addWidget(modelBox_);
    for (QWidget *w : raceWidgets())
        modelRow_->addWidget(w);
    modelRow_->addWidget(settingsLabel_, 1);
    raceRow_ = new QHBoxLayout;
    raceRow_->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(modelRow_);
    layout->addLayout(raceRow_);
    layout->addWidget(numbers_);

    connect(modelBox_, &QComboBox::currentIndexChanged, this, [this] {
        updateRacyBox();
        emit choiceChanged();
    });
    connect(racyBox_, &QCheckBox::toggled, this, [this] {
        updateRacyBox();
        emit choiceChanged();
    });
    updateRacyBox();
    retranslateUi();
}

PrimesModel PrimesControls::model() const
{
    return static_cast<PrimesModel>(modelBox_->currentData().toInt());
}

void PrimesControls::setModel(PrimesModel model)
{
    const int index = modelBox_->findData(static_cast<int>(model));
    if (index >= 0)
        modelBox_->setCurrentIndex(index);
}

bool PrimesControls::racy() const
{
    return PrimesModels::hasRacyVersion(model()) && racyBox_->isChecked();
}

void PrimesControls::setRacy(bool racy)
{
    racyBox_->setChecked(racy);
}

void PrimesControls::showConfig(const PrimesConfig &config)
{
    setModel(config.model);
    if (PrimesModels::hasRacyVersion(config.model))
        setRacy(config.racy);
    if (config.numbers.size() <= 10'000) {
        QStringList parts;
        for (std::uint64_t n : config.numbers)
            parts << QString::number(n);
        numbers_->setText(parts.join(QStringLiteral(", ")));
    }
}

void PrimesControls::setSettingsText(const QString &text)
{
    settingsLabel_->setText(text);
}

void PrimesControls::setRunning(bool running)
{
    running_ = running;
    modelBox_->setEnabled(!running);
    numbers_->setEnabled(!running);
    updateRacyBox();
}

std::array<QWidget *, 4> PrimesControls::raceWidgets() const
{
    return {racyBox_, smallButton_, repeatButton_, repeatBox_};
}

void PrimesControls::fitWidth(int width)
{
    if (racyBox_->isHidden())
        return; // a page without the race has one short row
    // The settings' line wraps, but keeps room for a few words.
    const int settings = std::min(settingsLabel_->sizeHint().width(), 16 * fontMetrics().averageCharWidth());
    const int spacing = modelRow_->spacing() > 0
        ? modelRow_->spacing()
        : style()->layoutSpacing(QSizePolicy::PushButton, QSizePolicy::PushButton, Qt::Horizontal);
    int oneRow = modelLabel_->sizeHint().width() + modelBox_->sizeHint().width() + settings + 6 * spacing;
    for (QWidget *w : raceWidgets())
        oneRow += w->sizeHint().width();
    const bool split = width < oneRow;
    if (split == raceSplit_)
        return;
    raceSplit_ = split;
    // The race's controls on a line of their own when the model's line
    // would push the page wider than the screen.
    int at = split ? 0 : 2;
    for (QWidget *w : raceWidgets()) {
        (split ? modelRow_ : raceRow_)->removeWidget(w);
        (split ? raceRow_ : modelRow_)->insertWidget(at++, w);
    }
}

void PrimesControls::setCanRun(bool canRun)
{
    canRun_ = canRun;
    updateRacyBox();
}

void PrimesControls::updateRacyBox()
{
    racyBox_->setEnabled(!running_ && PrimesModels::hasRacyVersion(model()));
    smallButton_->setEnabled(!running_);
    // Only the racy loop has outcomes to tally.
    repeatButton_->setEnabled(!running_ && canRun_ && racy());
    repeatBox_->setEnabled(!running_ && racy());
}

void PrimesControls::retranslateUi()
{
    const auto name = [](PrimesModel m) {
        switch (m) {
        case PrimesModel::Sequential: return tr("sequential (sequential.py)");
        case PrimesModel::Coroutines: return tr("coroutines on one event loop");
        case PrimesModel::Processes: return tr("processes (procs.py)");
        case PrimesModel::CoroutinesExecutor: return tr("coroutines + process executor");
        case PrimesModel::Threads: return tr("threads (threads.py)");
        case PrimesModel::Pool: return tr("thread pool (ThreadPoolExecutor)");
        }
        return QString();
    };
    for (int i = 0; i < modelBox_->count(); ++i)
        modelBox_->setItemText(i, name(static_cast<PrimesModel>(modelBox_->itemData(i).toInt())));
    //: checkbox on the process-pool page
    racyBox_->setText(tr("race condition (procs.py before its fix)"));
    smallButton_->setText(tr("Many small numbers"));
    smallButton_->setToolTip(tr("Check the 400 numbers from 1000000: the results come in a burst, and the race "
                                "loses or hangs far more often."));
    racyBox_->setToolTip(tr("The report loop stops once the job queue is empty, while workers may still be "
                            "checking numbers: their results are lost."));
    //: button beside the race box; the count next to it says how many runs
    repeatButton_->setText(tr("Repeat"));
    repeatButton_->setToolTip(tr("Run the racy procs.py again and again, each run with a new seed, and tally how "
                                 "the runs end: complete, lost or hung. With \"Run in CPython too\", CPython "
                                 "then runs the racy listing as many times."));
    //: suffix of the repeat count: "10×" reads "ten times"
    repeatBox_->setSuffix(tr("×"));
    repeatBox_->setToolTip(tr("How many racy runs Repeat makes"));
    repeatBox_->setAccessibleName(tr("Repeat count"));
    //: label of the model choice
    modelLabel_->setText(tr("Model:"));
}

void PrimesControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace conlab

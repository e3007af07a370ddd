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
    racyBox_ = new QCheckBox(this);
    racyBox_->setVisible(std::any_of(models_.begin(), models_.end(), &PrimesModels::hasRacyVersion));
    // Jobs so short that the results come in a burst: the race shows at once.
    smallButton_ = new QPushButton(this);
    smallButton_->setVisible(std::any_of(models_.begin(), models_.end(), &PrimesModels::hasRacyVersion));
    connect(smallButton_, &QPushButton::clicked, this, [this] {
        QStringList list;
        for (std::size_t k = 0; k < kSmallSampleCount; ++k)
            list << QString::number(kSmallSampleFirst + k);
        numbers_->setText(list.join(u' '));
    });
    settingsLabel_ = new QLabel(this);
    settingsLabel_->setWordWrap(true);
    numbers_ = new NumbersInput(this);

    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(modelLabel_);
    modelRow->addWidget(modelBox_);
    modelRow->addWidget(racyBox_);
    modelRow->addWidget(smallButton_);
    modelRow->addWidget(settingsLabel_, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(modelRow);
    layout->addWidget(numbers_);

    connect(modelBox_, &QComboBox::currentIndexChanged, this, [this] {
        updateRacyBox();
        emit choiceChanged();
    });
    connect(racyBox_, &QCheckBox::toggled, this, &PrimesControls::choiceChanged);
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

void PrimesControls::updateRacyBox()
{
    racyBox_->setEnabled(!running_ && PrimesModels::hasRacyVersion(model()));
    smallButton_->setEnabled(!running_);
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

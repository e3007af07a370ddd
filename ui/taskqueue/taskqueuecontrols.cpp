// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "ui/taskqueue/taskqueuecontrols.h"

#include "ui/theme/palette.h"
#include "ui/widgets/numbersinput.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace conlab {

TaskQueueControls::TaskQueueControls(QWidget *parent) : QWidget(parent)
{
    poolLabel_ = new QLabel(this);
    pool_ = new QComboBox(this);
    pool_->setObjectName(QStringLiteral("taskPool"));
    // The chapter's three models again: processes, threads, one at a time.
    pool_->addItem(QStringLiteral("prefork"), static_cast<int>(CeleryPool::Prefork));
    pool_->addItem(QStringLiteral("threads"), static_cast<int>(CeleryPool::Threads));
    pool_->addItem(QStringLiteral("solo"), static_cast<int>(CeleryPool::Solo));
    concurrencyLabel_ = new QLabel(this);
    concurrency_ = new QSpinBox(this);
    concurrency_->setObjectName(QStringLiteral("taskConcurrency"));
    concurrency_->setRange(1, 16);
    concurrency_->setValue(2);
    nodesLabel_ = new QLabel(this);
    nodes_ = new QSpinBox(this);
    nodes_->setObjectName(QStringLiteral("taskNodes"));
    nodes_->setRange(0, 8);
    nodes_->setValue(1);
    acksLate_ = new QCheckBox(this);
    acksLate_->setObjectName(QStringLiteral("taskAcksLate"));
    acksLate_->setChecked(true);
    brokerLabel_ = new QLabel(this);
    broker_ = new QComboBox(this);
    broker_->setObjectName(QStringLiteral("taskBroker"));
    broker_->addItem(QString());
    broker_->addItem(QString());
    url_ = new QLineEdit(this);
    url_->setObjectName(QStringLiteral("taskBrokerUrl"));
    url_->setPlaceholderText(QStringLiteral("redis://:password@host:6379/0"));
    url_->setEnabled(false);
    urlError_ = new QLabel(this);
    urlError_->setObjectName(QStringLiteral("taskBrokerError"));
    urlError_->setWordWrap(true);
    QPalette pal = urlError_->palette();
    pal.setColor(QPalette::WindowText, theme::wrong);
    urlError_->setPalette(pal);
    urlError_->hide();
    numbersLabel_ = new QLabel(this);
    numbers_ = new NumbersInput(this);
    numbers_->useSample();

    auto *nodesRow = new QHBoxLayout;
    nodesRow->addWidget(poolLabel_);
    nodesRow->addWidget(pool_);
    nodesRow->addSpacing(8);
    nodesRow->addWidget(concurrencyLabel_);
    nodesRow->addWidget(concurrency_);
    nodesRow->addSpacing(8);
    nodesRow->addWidget(nodesLabel_);
    nodesRow->addWidget(nodes_);
    nodesRow->addSpacing(8);
    nodesRow->addWidget(acksLate_);
    nodesRow->addStretch(1);
    auto *brokerRow = new QHBoxLayout;
    brokerRow->addWidget(brokerLabel_);
    brokerRow->addWidget(broker_);
    brokerRow->addWidget(url_, 1);
    auto *numbersRow = new QHBoxLayout;
    numbersRow->addWidget(numbersLabel_);
    numbersRow->addWidget(numbers_, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(nodesRow);
    layout->addLayout(brokerRow);
    layout->addWidget(urlError_);
    layout->addLayout(numbersRow);

    for (QComboBox *box : {pool_, broker_})
        connect(box, &QComboBox::currentIndexChanged, this, &TaskQueueControls::changed);
    for (QSpinBox *box : {concurrency_, nodes_})
        connect(box, &QSpinBox::valueChanged, this, &TaskQueueControls::changed);
    connect(acksLate_, &QCheckBox::toggled, this, &TaskQueueControls::changed);
    connect(broker_, &QComboBox::currentIndexChanged, this, [this] {
        url_->setEnabled(!usesEmbeddedBroker() && broker_->isEnabled());
        validateUrl();
    });
    connect(url_, &QLineEdit::textChanged, this, &TaskQueueControls::validateUrl);
    connect(numbers_, &NumbersInput::validityChanged, this, &TaskQueueControls::changed);
    connect(numbers_, &NumbersInput::numbersChanged, this, &TaskQueueControls::changed);
    retranslateUi();
}

TaskQueueSession::Setup TaskQueueControls::setup() const
{
    TaskQueueSession::Setup s;
    if (!usesEmbeddedBroker())
        s.broker = parsed_;
    s.nodes = nodes_->value();
    s.node.pool = pool();
    s.node.concurrency = concurrency_->value();
    s.node.acksLate = acksLate_->isChecked();
    return s;
}

std::vector<std::uint64_t> TaskQueueControls::numbers() const
{
    return numbers_->numbers();
}

bool TaskQueueControls::isValid() const
{
    return numbers_->isValid() && !numbers_->numbers().empty() && brokerError().isEmpty();
}

bool TaskQueueControls::usesEmbeddedBroker() const
{
    return broker_->currentIndex() == 0;
}

QString TaskQueueControls::brokerError() const
{
    if (usesEmbeddedBroker())
        return {};
    if (url_->text().trimmed().isEmpty())
        return tr("Type the broker's URL, as redis://:password@host:6379/0");
    return parsed_.error;
}

CeleryPool TaskQueueControls::pool() const
{
    return static_cast<CeleryPool>(pool_->currentData().toInt());
}

int TaskQueueControls::concurrency() const
{
    return concurrency_->value();
}

void TaskQueueControls::validateUrl()
{
    parsed_ = BrokerUrl::parse(url_->text().trimmed());
    const QString error = brokerError();
    //: %1 says what is wrong with the broker URL the user typed
    urlError_->setText(error.isEmpty() ? QString() : tr("Broker URL: %1").arg(error));
    urlError_->setVisible(!error.isEmpty());
    emit changed();
}

void TaskQueueControls::setSessionLocked(bool locked)
{
    for (QWidget *w : std::initializer_list<QWidget *>{pool_, concurrency_, nodes_, acksLate_, broker_})
        w->setEnabled(!locked);
    url_->setEnabled(!locked && !usesEmbeddedBroker());
}

void TaskQueueControls::setNumbersLocked(bool locked)
{
    numbers_->setEnabled(!locked);
}

void TaskQueueControls::retranslateUi()
{
    poolLabel_->setText(tr("Pool:"));
    pool_->setToolTip(tr("prefork: processes; threads: threads under the GIL; solo: one task at a time"));
    concurrencyLabel_->setText(tr("Concurrency:"));
    concurrency_->setToolTip(tr("Pool processes or threads per worker node"));
    nodesLabel_->setText(tr("Local nodes:"));
    nodes_->setToolTip(tr("Celery worker nodes started on this machine; 0 uses only workers already attached"));
    acksLate_->setText(tr("Late acks"));
    acksLate_->setToolTip(tr("Acknowledge a task after it is done, so a killed worker's task goes to another"));
    brokerLabel_->setText(tr("Broker:"));
    broker_->setItemText(0, tr("This app's Redis"));
    broker_->setItemText(1, tr("Redis at a URL"));
    numbersLabel_->setText(tr("Numbers:"));
    validateUrl();
}

void TaskQueueControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace conlab

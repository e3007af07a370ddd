// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "core/taskqueue/taskqueuesession.h"

#include <QWidget>

#include <cstdint>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace conlab {

class NumbersInput;

// What a task-queue run stands on, as the lecturer chooses it: the local
// nodes' pool, concurrency and late acks (T2, T4), how many nodes, the
// numbers, and the broker: the app's own Redis or one at a URL, which is
// parsed as it is typed and names the wrong part inline.
class TaskQueueControls : public QWidget
{
    Q_OBJECT
public:
    explicit TaskQueueControls(QWidget *parent = nullptr);

    // The session's set-up as chosen now; nodes' names are the session's.
    TaskQueueSession::Setup setup() const;
    std::vector<std::uint64_t> numbers() const;
    bool isValid() const; // numbers and, when one is given, the broker URL
    bool usesEmbeddedBroker() const;
    QString brokerError() const; // empty when the broker choice is fine
    CeleryPool pool() const;
    int concurrency() const;

    NumbersInput *numbersInput() const { return numbers_; }
    QComboBox *poolBox() const { return pool_; }
    QSpinBox *concurrencyBox() const { return concurrency_; }
    QSpinBox *nodesBox() const { return nodes_; }
    QCheckBox *acksLateBox() const { return acksLate_; }
    QComboBox *brokerBox() const { return broker_; }
    QLineEdit *brokerUrlField() const { return url_; }

    // While a run goes, or the room is open, the nodes and the broker stay as
    // they are: changing them would mean a new session (a new password).
    void setSessionLocked(bool locked);
    void setNumbersLocked(bool locked);

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validateUrl();

    QLabel *poolLabel_ = nullptr;
    QComboBox *pool_ = nullptr;
    QLabel *concurrencyLabel_ = nullptr;
    QSpinBox *concurrency_ = nullptr;
    QLabel *nodesLabel_ = nullptr;
    QSpinBox *nodes_ = nullptr;
    QCheckBox *acksLate_ = nullptr;
    QLabel *brokerLabel_ = nullptr;
    QComboBox *broker_ = nullptr;
    QLineEdit *url_ = nullptr;
    QLabel *urlError_ = nullptr;
    QLabel *numbersLabel_ = nullptr;
    NumbersInput *numbers_ = nullptr;
    BrokerUrl parsed_;
};

} // namespace conlab

// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once
#include "ui/pages/infopage.h"

class QLabel;
class QTableView;

namespace conlab {

class ComparisonModel;

// Experiment 9: the chapter's summary table of the three models, read-only,
// large enough to point at.
class ComparisonPage : public InfoPage
{
    Q_OBJECT
public:
    explicit ComparisonPage(QWidget *parent = nullptr);
    QString title() const override;
    QWidget *liveView() override;
    ComparisonModel *model() const { return model_; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fitTable();

    QLabel *title_ = nullptr;
    QLabel *intro_ = nullptr;
    QLabel *note_ = nullptr;
    QTableView *table_ = nullptr;
    ComparisonModel *model_ = nullptr;
};

} // namespace conlab
